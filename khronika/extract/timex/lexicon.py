"""The time lexicon (`lang/uk/timex.yaml`) turned into flat dictionaries keyed by the
normalised word, so the scanner does one dict lookup per token and pattern."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...lang.uk import load
from . import length_adjectives
from ...textnorm import one_apostrophe


def _invert(groups: dict) -> dict[str, object]:
    return {form: key for key, forms in groups.items() for form in forms}


@dataclass(frozen=True)
class Lexicon:
    months: dict
    ambiguous_months: frozenset
    ordinals: dict
    big_ordinals: dict      # "сороковий" 40, "тисячний" 1000: ordinals of round numbers
    tens: dict
    cardinals: dict
    weekdays: dict
    units: dict
    day_words: dict
    eve_words: frozenset
    report_stamp_words: frozenset   # "Оновлено: 5 травня": a stamp, no heading
    heading_label_preps: frozenset  # "Дайджест за 6 травня": a label before a heading's day
    feast_time_preps: frozenset     # "на Різдво": the feast is its clause's time
    report_day_words: frozenset     # "минулої доби": counted from the report, not the story
    report_stretch_nouns: frozenset  # "минулої доби": the 24 hours up to the report
    subjunctive_words: frozenset    # "щоб ... надійшли": a past form that is no past
    recurring_regime_lemmas: frozenset  # "комендантська година з 00:00": hours of every day
    regime_bound_preps: frozenset   # "з 00:00 до 05:00": the bounds of such a regime
    year_words: dict
    deictic: dict
    new_year: frozenset
    new_year_next_from: int
    mod_words: dict
    mod_nouns: dict
    prepositions: frozenset
    year_markers: frozenset
    range_connectors: frozenset
    weekday_preps: frozenset
    clock_preps: frozenset
    after_words: frozenset
    ago_words: frozenset
    duration_preps: frozenset
    duration_phrases: frozenset   # (word, word) before a bare unit: "більш як (тиждень)"
    duration_na_forms: frozenset
    special_durations: dict
    season_adverbs: dict
    season_nouns: dict
    season_months: dict
    day_part_adverbs: dict
    day_part_nouns: dict
    day_part_triggers: frozenset
    day_part_as_of: frozenset   # "станом на ранок": "на" a day part is a time after these
    day_part_previous: frozenset
    day_part_degrees: frozenset
    day_part_adjectives: frozenset
    day_part_intensifiers: frozenset
    day_part_intensifier_preps: frozenset
    day_part_approach: frozenset
    night_words: frozenset      # a night that names no day of its own: "уночі", "тієї ночі"
    night_past_words: frozenset     # "минулої ночі": the night before the document's day
    day_part_until: frozenset   # "до ранку" after a verb that lasts: the end of the stretch
    weekend: frozenset
    weekend_gen_preps: frozenset    # "протягом вихідних"
    weekend_past_preps: frozenset   # "за вихідні" told in the past
    weekday_genitives: frozenset    # "на 15:00 п'ятниці"
    rate_units: frozenset         # "грн" in "450 грн в місяць": a rate, a SET of the unit
    weekend_determiners: dict     # "цими", "минулими" (+ the period determiners) -> weeks
    frequency_adverbs: dict
    weekday_runs: dict    # (first, last) ISO weekday -> a SET value with a name ("XXXX-WXX-WD")
    every: frozenset
    refs: dict            # first word -> list of (tuple of words, value)
    ref_blockers_next: frozenset
    ref_blockers_prev: frozenset
    future_cues: frozenset
    phase_verbs: frozenset     # "продовжували бомбардувати": the infinitive's act in their tense
    forecast_words: frozenset  # lemmas of a forecast or a schedule: its bare weekday lies ahead
    asking_verbs: frozenset    # "зажадали припинити вогонь з понеділка": the infinitive's act lies ahead
    named_days: dict      # first word form -> list of entries
    single_unit_forms: frozenset
    clause_bounds: frozenset
    subordinators: frozenset   # words opening a clause whose verb does not date a verbless one
    set_for_preps: frozenset   # "призначили на 31 березня": a day set for, not a day gone
    as_of_words: frozenset     # "станом на 1 жовтня": a day gone after all
    until_preps: frozenset     # "продовжили до 20 січня": a term set ...
    setting_verbs: frozenset   # ... by one of these verbs (lemmas) lies ahead of the setting
    scheduled_nouns: frozenset  # lemmas of happenings a date may belong to ("зустріч 9 січня")
    clause_walls: frozenset    # tokens a past verb does not date a day across ("що", quotes)
    number_units: frozenset
    bare_year_preps: frozenset
    year_carry_breaks: frozenset   # words that end the clause a year carries over
    year_carry_blockers: frozenset  # prepositions before a year that make it a range end
    not_first_words: frozenset     # "(вже) не перший тиждень": more than one unit
    stretch_day_forms: frozenset  # "першого дня", "в останній день": a day of a stretch told
    title_nouns: frozenset   # "фільм «20 днів у Маріуполі»": the kinds of work a title names
    first_length_preps: frozenset         # "протягом першої доби": a length of one unit
    first_length_plural_preps: frozenset  # "у перші місяці": a length of a few
    night_to: frozenset
    year_parts: dict
    day_adjectives: dict
    day_nouns: frozenset
    that_words: frozenset
    clock_hours_ins: dict         # "(між) восьмою" -> 8
    clock_range_joiners: dict     # "з" -> {"до", "по"}: the words between two clock hours
    clock_bound_preps: frozenset  # "до 18 години": a clock hour, not a length
    meal_parts: dict              # "обіду" -> {"після": "TAF"}: a time named by a meal
    month_pairs: dict             # "січень-серпень" -> (1, 8): a period of months
    weekday_plurals: dict         # "(по) вівторках" -> "XXXX-WXX-2"
    told_day_parts: frozenset     # "(наступного) ранку": a part of a day counted from one
    times_words: frozenset        # "двічі" (на тиждень): how often, a SET
    every_plural: frozenset       # "кожні" (п'ять років)
    same_particles: frozenset     # "того ж дня", "того самого року"
    anchor_shifts: dict           # ("після", "цього") -> +1: a count from the day told
    new_week_words: frozenset
    vague_counts: frozenset
    plural_units: frozenset
    war_start: str
    war_nouns: frozenset
    war_modifiers: frozenset
    war_first_days: frozenset
    war_qualified: frozenset
    big_numbers: frozenset
    number_words: frozenset   # every word a number in words may hold
    decade_words: dict
    decade_markers: frozenset
    century_nouns: frozenset
    short_year_markers: frozenset
    old_year_markers: frozenset
    decade_genitive_heads: frozenset
    count_year_markers: frozenset
    year_list_joiners: frozenset
    year_list_end_markers: frozenset
    number_signs: frozenset
    year_pair_span: int
    genitive_unit_forms: frozenset
    ordinal_unit_forms: frozenset
    approx_genitive_words: frozenset
    short_date_preps: frozenset
    dated_paper_nouns: frozenset
    range_openers: frozenset
    plural_only_unit_forms: frozenset
    article_abbreviations: frozenset
    law_part_words: frozenset
    clock_hours: dict
    clock_hour_nouns: frozenset
    clock_day_parts: dict
    own_country: frozenset
    month_preps: frozenset
    ambiguous_month_cases: dict
    za_unit_forms: frozenset
    already_words: frozenset
    only_words: frozenset
    clock_quarter_before_words: frozenset  # "за чверть п'ята": a quarter before the hour
    clock_hours_nom: dict                  # "п'ята" -> 5          # "лише тиждень": one unit's length, as after already_words
    plural_ago_forms: frozenset
    war_day_nouns: frozenset
    war_particles: frozenset
    last_words: frozenset
    season_preps: frozenset
    day_halves: dict
    day_half_nouns: frozenset
    count_range_max: int
    vague_plural_preps: frozenset
    vague_plural_forms: frozenset
    war_periods: dict     # form -> W / M / Y
    repeat_joiners: frozenset
    war_start_days: frozenset
    tense_ref_blockers_prev: frozenset
    tense_ref_blockers_next: frozenset
    count_adjectives: frozenset
    war_first_units: frozenset
    war_context: frozenset       # lemmas that say a text is about the war
    war_context_min: int
    day_choice_joiners: frozenset
    western_feast_words: frozenset
    country_days: dict           # holiday -> ISO code -> "MM-DD"
    country_forms: dict          # written form (one or more words) -> ISO code
    clock_lead_words: frozenset  # words after which a bare "14:35" is a clock time
    schedule_item_marks: frozenset  # marks opening a schedule item ("; 15:00 – брифінг")
    clock_zone_words: frozenset  # "05:00 за київським": the clock a bare time is read on
    clock_zone_codes: frozenset  # "18:00 UTC"
    month_part_words: dict       # "останні", "20-х" -> the mod of a month part
    month_week_ordinals: dict    # "третьому" (тижні) -> the mod of that week of a month
    week_nouns: frozenset        # "тиждень", "тижні": an ordinal week of a month or a year
    year_part_last_words: frozenset  # "в останньому кварталі": the year's last quarter or half
    month_part_nouns: frozenset
    month_range_connectors: frozenset
    month_halves: dict           # 1 / 2 -> the mod of a half of a month
    month_last_third_words: frozenset   # "третій" before "декаді": the end of the month
    month_third_nouns: frozenset
    edge_day_nouns: frozenset      # "день" of "в останній день травня"
    roman_parts: dict             # "I кварталу": Roman numerals of a quarter or a half
    night_from: frozenset         # "у ніч з 24 на 25 листопада"
    year_adjectives: dict         # "торішнього" -> -1 (before a month or a season)
    clock_hours_gen: dict         # "близько восьмої": the hour in the genitive
    clock_gen_preps: frozenset
    clock_half_words: frozenset   # "пів" of "о пів на п'яту"
    clock_half_hours: dict        # "п'яту" -> 5
    half_durations: dict          # "пів року" -> P6M
    one_and_half_words: frozenset  # "півтора року" -> P1.5Y
    and_a_half_words: frozenset   # ("з", "половиною") of "два з половиною роки" -> P2.5Y
    quarter_durations: dict       # "чверть години" -> PT15M
    quarter_words: frozenset      # "чверть": the word that begins one
    then_words: frozenset          # "Тоді, 24 лютого": the story's year, however far back
    story_year_blockers: frozenset  # "за 2024 рік": a year summed over sets no story
    anniversary_nouns: frozenset   # "80-ті роковини": an ordinal, no decade
    historic_markers: frozenset    # "з часів 11 вересня": a famous day of history
    famous_days: dict              # "MM-DD" -> the year of that famous day
    memory_verbs: frozenset        # "не забуде 24 лютого": memory looks back (lemmas)
    recalling_verbs: frozenset     # "Пам'ятаємо весну 2022 року.": a year recalled sets a story
    memory_joiners: frozenset      # "пам'ятаємо, як 11 вересня ...": the memory's content clause
    anniversary_count_nouns: frozenset   # "80-ї річниці": the noun counted
    anniversary_day_nouns: frozenset     # "у день 80-ї річниці"
    anniversary_reach: int         # sentences either side for the year counted from
    year_qualifiers: frozenset     # "2026 фінансовому році"
    year_label_stems: tuple        # "бюджет-2026": stems of nouns labelled by a year
    year_summary_words: frozenset  # "за підсумками року"
    anchor_date_preps: dict        # "через тиждень після удару 1 червня": після -> +1
    anchor_count_preps: frozenset  # "через", "за" open such a count
    deictic_year_parts: frozenset  # "минулому кварталі", "кожного кварталу"
    year_purpose_preps: frozenset  # "на 2025 рік": a year something is for
    length_bound_words: frozenset  # "(трохи) більше години": one unit's length
    length_adjective_forms: dict   # "дводенних" -> "P2D" (timex/length_adjectives.py)
    length_adjective_units: dict   # "денн" -> "D": the unit stems, for "30-денне"
    length_adjective_digits: object    # the compiled pattern of "30-денне"
    age_nouns: frozenset           # "у 15-річному віці": an age, no length
    age_preps: frozenset           # "у 18 років": an age, no length
    age_year_forms: frozenset
    age_datives: frozenset         # "Йому 41 рік": an age
    age_verbs: frozenset
    aside_openers: frozenset       # "Як стало відомо сьогодні, 8 червня ...": an aside's day
    edit_stamp_words: frozenset    # "Оновлено: 6 травня": an edit's day, not the text's today
    exact_words: frozenset         # "Рівно через рік": the same day a year on
    feast_nouns: frozenset         # "Напередодні свята": the holiday named just before
    starters: frozenset   # every word that can begin a match: the scanner skips the rest


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Built once per process from the data file."""
    return _build(load("timex"))


@lru_cache(maxsize=1)
def russian_lexicon() -> Lexicon:
    """The lexicon for a Russian passage inside a Ukrainian text (an address that turns to
    Russian speakers): the Ukrainian forms with the data file's `russian` forms added, so
    "12 марта" and "сегодня" there are read as dates. Used only inside passages the `foreign`
    layer marked: "мая" or "года" in Ukrainian text stay what they are."""
    d = load("timex")
    ru = d["russian"]
    merged = dict(d)
    for key, extra in ru.items():
        base = d[key]
        if isinstance(base, dict) and all(isinstance(v, list) for v in base.values()):
            merged[key] = {k: list(base.get(k, [])) + list(extra.get(k, []))
                           for k in {**base, **extra}}
        elif isinstance(base, dict):
            merged[key] = {**base, **extra}
        else:
            merged[key] = list(base) + list(extra)
    return _build(merged)


def _month_pairs(months: dict) -> dict[str, tuple[int, int]]:
    """"січень-серпень", "січні-вересні": two months joined by a hyphen into one token, each
    pair of forms of two different months (the tokenizer keeps hyphenated words whole)."""
    return {f"{a}-{b}": (int(m1), int(m2))
            for m1, forms1 in months.items() for m2, forms2 in months.items() if m1 != m2
            for a in forms1 for b in forms2}


def _build(d: dict) -> Lexicon:
    refs: dict[str, list] = {}
    for value, phrases in d["refs"].items():
        for phrase in phrases:
            words = tuple(phrase.split())
            refs.setdefault(words[0], []).append((words, value))
    for entries in refs.values():
        entries.sort(key=lambda e: -len(e[0]))
    named: dict[str, list] = {}
    for entry in d["named_days"]:
        words = [frozenset(w) for w in entry["words"]]
        for form in entry["words"][0]:
            named.setdefault(form, []).append({**entry, "words": words})
    fs = frozenset
    starters: set[str] = set()
    for key in ("months", "ordinals", "cardinals", "weekdays", "units", "season_nouns"):
        for forms in d[key].values():
            starters.update(forms)
    for key in ("tens_prefix", "day_words", "year_words", "mod_words", "mod_nouns",
                "special_durations", "season_adverbs", "day_part_adverbs", "day_part_nouns",
                "day_part_degrees", "frequency_adverbs"):
        starters.update(d[key])
    for forms in (*d["deictic"].values(), *d["year_adjectives"].values()):
        starters.update(forms)
    starters.update(d["weekend_words"], d["eve_words"], d["meal_parts"], d["weekday_plurals"],
                    _month_pairs(d["months"]))
    starters.update(d["new_year_adjectives"], d["every_words"], refs, named)
    length_forms = length_adjectives.forms(d)
    starters.update(length_forms, d["feast_nouns"])
    for forms in d["day_adjectives"].values():
        starters.update(forms)
    starters.update(d["that_words"], d["new_week_words"], d["vague_counts"], d["big_numbers"],
                    d["decade_words"], d["clock_hours"], d["not_first_words"],
                    d["month_part_words"], d["month_last_third_words"], d["clock_hours_gen"],
                    d["month_week_ordinals"], d["year_part_last_words"],
                    d["clock_hours_ins"],
                    d["clock_half_words"], d["one_and_half_words"], d["year_summary_words"], d["quarter_words"],
                    d["century_nouns"])     # ("XIX ст.": the abbreviation is looked for too)
    for forms in d["year_parts"].values():
        starters.update(forms)      # "I кварталу": the Roman numeral is looked for from the noun
    for forms in d["big_ordinals"].values():
        starters.update(forms)
    number_words = set(d["big_numbers"]) | set(d["number_words_more"]) | set(d["tens_prefix"])
    for key in ("cardinals", "ordinals", "big_ordinals"):
        for forms in d[key].values():
            number_words.update(forms)
    return Lexicon(
        months=_invert(d["months"]), ambiguous_months=fs(d["ambiguous_month_forms"]),
        ordinals=_invert(d["ordinals"]), tens=dict(d["tens_prefix"]),
        big_ordinals=_invert(d["big_ordinals"]),
        cardinals=_invert(d["cardinals"]), weekdays=_invert(d["weekdays"]),
        units=_invert(d["units"]), day_words=dict(d["day_words"]), eve_words=fs(d["eve_words"]),
        report_stamp_words=fs(d["report_stamp_words"]),
        heading_label_preps=fs(d["heading_label_preps"]),
        feast_time_preps=fs(d["feast_time_preps"]),
        report_day_words=fs(d["report_day_words"]),
        report_stretch_nouns=fs(d["report_stretch_nouns"]),
        subjunctive_words=fs(d["subjunctive_words"]),
        recurring_regime_lemmas=fs(d["recurring_regime_lemmas"]),
        regime_bound_preps=fs(d["regime_bound_preps"]),
        year_words=dict(d["year_words"]), deictic=_invert(d["deictic"]),
        new_year=fs(d["new_year_adjectives"]),
        new_year_next_from=int(d["new_year_next_from_month"]),
        mod_words=dict(d["mod_words"]), mod_nouns=dict(d["mod_nouns"]),
        prepositions=fs(d["prepositions"]), year_markers=fs(d["year_markers"]),
        range_connectors=fs(d["range_connectors"]), weekday_preps=fs(d["weekday_preps"]),
        clock_preps=fs(d["clock_preps"]), after_words=fs(d["after_words"]),
        ago_words=fs(d["ago_words"]), duration_preps=fs(d["duration_preps"]),
        duration_phrases=frozenset(tuple(p.split()) for p in d["duration_phrases"]),
        duration_na_forms=fs(d["duration_na_forms"]),
        special_durations=dict(d["special_durations"]),
        season_adverbs=dict(d["season_adverbs"]), season_nouns=_invert(d["season_nouns"]),
        season_months={k: tuple(v) for k, v in d["season_months"].items()},
        day_part_adverbs=dict(d["day_part_adverbs"]), day_part_nouns=dict(d["day_part_nouns"]),
        day_part_triggers=fs(d["day_part_triggers"]), day_part_as_of=fs(d["day_part_as_of"]),
        day_part_previous=fs(d["day_part_previous"]),
        day_part_degrees=fs(d["day_part_degrees"]),
        day_part_adjectives=fs(d["day_part_adjectives"]),
        day_part_intensifiers=fs(d["day_part_intensifiers"]),
        day_part_intensifier_preps=fs(d["day_part_intensifier_preps"]),
        day_part_approach=fs(d["day_part_approach"]), weekend=fs(d["weekend_words"]),
        night_words=fs(d.get("night_words") or ()), night_past_words=fs(d.get("night_past_words") or ()),
        day_part_until=fs(d.get("day_part_until") or ()),
        weekend_gen_preps=fs(d["weekend_gen_preps"]),
        weekend_past_preps=fs(d["weekend_past_preps"]),
        weekday_genitives=fs(d["weekday_genitives"]), rate_units=fs(d["rate_units"]),
        weekend_determiners={**_invert(d["deictic"]), **{str(k): int(v) for k, v in
                                                          d["weekend_determiners"].items()}},
        frequency_adverbs=dict(d["frequency_adverbs"]), every=fs(d["every_words"]),
        weekday_runs={tuple(int(n) for n in str(k).split("-")): str(v)
                      for k, v in d["weekday_runs"].items()},
        refs=refs, ref_blockers_next=fs(d["ref_blockers_next"]),
        ref_blockers_prev=fs(d["ref_blockers_prev"]), future_cues=fs(d["future_cues"]),
        phase_verbs=fs(d.get("phase_verbs") or ()),
        asking_verbs=fs(d.get("asking_verbs") or ()),
        forecast_words=fs(d["forecast_words"]),
        named_days=named, single_unit_forms=fs(d["single_unit_forms"]),
        clause_bounds=fs(d["clause_bounds"]), subordinators=fs(d["subordinators"]),
        set_for_preps=fs(d["set_for_preps"]), as_of_words=fs(d["as_of_words"]),
        scheduled_nouns=fs(d["scheduled_nouns"]), until_preps=fs(d["until_preps"]),
        setting_verbs=fs(d["setting_verbs"]), clause_walls=fs(d["clause_walls"]),
        number_units=fs(d["number_units"]),
        bare_year_preps=fs(d["bare_year_preps"]),
        year_carry_breaks=fs(d["year_carry_breaks"]),
        year_carry_blockers=fs(d["year_carry_blockers"]),
        not_first_words=fs(d["not_first_words"]), night_to=fs(d["night_to"]),
        year_parts=_invert(d["year_parts"]),
        day_adjectives=_invert(d["day_adjectives"]), day_nouns=fs(d["day_nouns"]),
        that_words=fs(d["that_words"]), same_particles=fs(d["same_particles"]),
        times_words=fs(d["times_words"]), told_day_parts=fs(d["told_day_parts"]), weekday_plurals=dict(d["weekday_plurals"]), month_pairs=_month_pairs(d["months"]), meal_parts=dict(d["meal_parts"]), clock_bound_preps=fs(d["clock_bound_preps"]), clock_hours_ins=dict(d["clock_hours_ins"]),
        clock_range_joiners={k: fs(v) for k, v in d["clock_range_joiners"].items()}, every_plural=fs(d["every_plural"]),
        anchor_shifts={tuple(str(k).split()): int(v) for k, v in d["anchor_shifts"].items()},
        new_week_words=fs(d["new_week_words"]),
        first_length_preps=fs(d["first_length_preps"]), title_nouns=fs(d["title_nouns"]),
        stretch_day_forms=fs(d["stretch_day_forms"]),
        first_length_plural_preps=fs(d["first_length_plural_preps"]),
        vague_counts=fs(d["vague_counts"]), plural_units=fs(d["plural_units"]),
        war_start=str(d["war_start"]), war_nouns=fs(d["war_nouns"]),
        war_modifiers=fs(d["war_modifiers"]), war_first_days=fs(d["war_first_days"]),
        war_qualified=fs(d["war_qualified"]), big_numbers=fs(d["big_numbers"]),
        number_words=fs(number_words), decade_words=dict(d["decade_words"]),
        decade_markers=fs(d["decade_markers"]), century_nouns=fs(d["century_nouns"]),
        short_year_markers=fs(d["short_year_markers"]),
        old_year_markers=fs(d["old_year_markers"]),
        decade_genitive_heads=fs(d["decade_genitive_heads"]),
        count_year_markers=fs(d["count_year_markers"]),
        year_list_joiners=fs(d["year_list_joiners"]),
        year_list_end_markers=fs(d["year_list_end_markers"]),
        number_signs=fs(d["number_signs"]),
        year_pair_span=int(d["year_pair_span"]),
        genitive_unit_forms=fs(d["genitive_unit_forms"]), ordinal_unit_forms=fs(d["ordinal_unit_forms"]), approx_genitive_words=fs(d["approx_genitive_words"]), short_date_preps=fs(d["short_date_preps"]),
        dated_paper_nouns=fs(d["dated_paper_nouns"]),
        range_openers=fs(d["range_openers"]),
        plural_only_unit_forms=fs(d["plural_only_unit_forms"]),
        article_abbreviations=fs(d["article_abbreviations"]),
        law_part_words=fs(d["law_part_words"]), clock_hours=dict(d["clock_hours"]),
        clock_hour_nouns=fs(d["clock_hour_nouns"]), clock_day_parts=dict(d["clock_day_parts"]),
        own_country=fs(d["own_country"]), month_preps=fs(d["month_preps"]),
        ambiguous_month_cases={k: tuple(v) for k, v in d["ambiguous_month_cases"].items()},
        za_unit_forms=fs(d["za_unit_forms"]), already_words=fs(d["already_words"]),
        only_words=fs(d["only_words"]),
        clock_quarter_before_words=fs(d["clock_quarter_before_words"]),
        clock_hours_nom=dict(d["clock_hours_nom"]),
        plural_ago_forms=fs(d["plural_ago_forms"]), war_day_nouns=fs(d["war_day_nouns"]),
        war_particles=fs(d["war_particles"]), last_words=fs(d["last_words"]), season_preps=fs(d["season_preps"]),
        day_halves={int(k): v for k, v in d["day_halves"].items()},
        day_half_nouns=fs(d["day_half_nouns"]), count_range_max=int(d["count_range_max"]),
        vague_plural_preps=fs(d["vague_plural_preps"]),
        vague_plural_forms=fs(d["vague_plural_forms"]),
        war_periods=_invert(d["war_period_nouns"]), repeat_joiners=fs(d["repeat_joiners"]),
        war_start_days=fs(d["war_start_days"]),
        tense_ref_blockers_prev=fs(d["tense_ref_blockers_prev"]),
        tense_ref_blockers_next=fs(d["tense_ref_blockers_next"]),
        count_adjectives=fs(d["count_adjectives"]), war_first_units=fs(d["war_first_units"]),
        war_context=fs(d["war_context"]), war_context_min=int(d["war_context_min"]),
        day_choice_joiners=fs(d["day_choice_joiners"]),
        western_feast_words=fs(d["western_feast_words"]),
        country_days={k: dict(v) for k, v in d["country_days"].items()},
        country_forms=dict(d["country_forms"]),
        clock_lead_words=fs(d["clock_lead_words"]),
        schedule_item_marks=fs(d["schedule_item_marks"]),
        clock_zone_words=fs(d["clock_zone_words"]), clock_zone_codes=fs(d["clock_zone_codes"]),
        month_part_words=dict(d["month_part_words"]),
        month_week_ordinals=dict(d["month_week_ordinals"]), week_nouns=fs(d["week_nouns"]),
        year_part_last_words=fs(d["year_part_last_words"]),
        month_part_nouns=fs(d["month_part_nouns"]),
        month_range_connectors=fs(d["month_range_connectors"]),
        month_halves={int(k): v for k, v in d["month_halves"].items()},
        year_adjectives=_invert(d["year_adjectives"]),
        roman_parts=dict(d["roman_parts"]), night_from=fs(d["night_from"]),
        month_last_third_words=fs(d["month_last_third_words"]),
        month_third_nouns=fs(d["month_third_nouns"]),
        edge_day_nouns=fs(d["edge_day_nouns"]),
        clock_hours_gen=dict(d["clock_hours_gen"]), clock_gen_preps=fs(d["clock_gen_preps"]),
        clock_half_words=fs(d["clock_half_words"]), clock_half_hours=dict(d["clock_half_hours"]),
        half_durations=dict(d["half_durations"]),
        one_and_half_words=fs(d["one_and_half_words"]),
        and_a_half_words=frozenset(tuple(p) for p in d["and_a_half_words"]),
        quarter_durations=dict(d["quarter_durations"]), quarter_words=fs(d["quarter_words"]),
        then_words=fs(d["then_words"]), story_year_blockers=fs(d["story_year_blockers"]),
        anniversary_nouns=fs(d["anniversary_nouns"]),
        historic_markers=fs(d["historic_markers"]),
        famous_days={str(k): int(v) for k, v in d["famous_days"].items()},
        memory_verbs=fs(d["memory_verbs"]),
        recalling_verbs=fs(d["recalling_verbs"]),
        memory_joiners=fs(d["memory_joiners"]),
        anniversary_count_nouns=fs(d["anniversary_count_nouns"]),
        anniversary_day_nouns=fs(d["anniversary_day_nouns"]),
        anniversary_reach=int(d["anniversary_reach"]),
        year_qualifiers=fs(d["year_qualifiers"]),
        year_label_stems=tuple(d["year_label_stems"]),
        year_summary_words=fs(d["year_summary_words"]),
        anchor_date_preps={str(k): int(v) for k, v in d["anchor_date_preps"].items()},
        anchor_count_preps=fs(d["anchor_count_preps"]),
        deictic_year_parts=fs(d["deictic_year_parts"]),
        year_purpose_preps=fs(d["year_purpose_preps"]),
        length_bound_words=fs(d["length_bound_words"]),
        length_adjective_forms=length_forms,
        length_adjective_units=dict(d["length_adjective_units"]),
        length_adjective_digits=length_adjectives.digit_form(d),
        age_nouns=fs(d["age_nouns"]), age_preps=fs(d["age_preps"]),
        age_year_forms=fs(d["age_year_forms"]), age_datives=fs(d["age_datives"]),
        age_verbs=fs(d["age_verbs"]),
        aside_openers=fs(d["aside_openers"]),
        edit_stamp_words=fs(d["edit_stamp_words"]),
        exact_words=fs(d["exact_words"]),
        feast_nouns=fs(d["feast_nouns"]),
        starters=fs(starters))


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lowercase Ukrainian country name (CLDR, through Babel) -> ISO 3166 alpha-2 code, for
    telling whose holiday a "День Конституції ..." is. Read once, on the first such holiday."""
    from babel import Locale
    names = {}
    for code, name in Locale("uk").territories.items():
        if len(code) == 2 and code.isalpha():
            names.setdefault(one_apostrophe(name.lower()), code)
    return names

