"""The time lexicon (`lang/uk/timex.yaml`) turned into flat dictionaries keyed by the
normalised word, so the scanner does one dict lookup per token and pattern."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...lang.uk import load


def _invert(groups: dict) -> dict[str, object]:
    return {form: key for key, forms in groups.items() for form in forms}


@dataclass(frozen=True)
class Lexicon:
    months: dict
    ambiguous_months: frozenset
    ordinals: dict
    tens: dict
    cardinals: dict
    weekdays: dict
    units: dict
    day_words: dict
    eve_words: frozenset
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
    duration_na_forms: frozenset
    special_durations: dict
    season_adverbs: dict
    season_nouns: dict
    season_months: dict
    day_part_adverbs: dict
    day_part_nouns: dict
    day_part_triggers: frozenset
    day_part_previous: frozenset
    weekend: frozenset
    frequency_adverbs: dict
    every: frozenset
    refs: dict            # first word -> list of (tuple of words, value)
    ref_blockers_next: frozenset
    ref_blockers_prev: frozenset
    future_cues: frozenset
    named_days: dict      # first word form -> list of entries
    single_unit_forms: frozenset
    clause_bounds: frozenset
    number_units: frozenset
    bare_year_preps: frozenset
    night_to: frozenset
    year_parts: dict
    starters: frozenset   # every word that can begin a match: the scanner skips the rest


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Built once per process from the data file."""
    d = load("timex")
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
                "frequency_adverbs"):
        starters.update(d[key])
    for forms in d["deictic"].values():
        starters.update(forms)
    starters.update(d["weekend_words"], d["eve_words"])
    starters.update(d["new_year_adjectives"], d["every_words"], refs, named)
    return Lexicon(
        months=_invert(d["months"]), ambiguous_months=fs(d["ambiguous_month_forms"]),
        ordinals=_invert(d["ordinals"]), tens=dict(d["tens_prefix"]),
        cardinals=_invert(d["cardinals"]), weekdays=_invert(d["weekdays"]),
        units=_invert(d["units"]), day_words=dict(d["day_words"]), eve_words=fs(d["eve_words"]),
        year_words=dict(d["year_words"]), deictic=_invert(d["deictic"]),
        new_year=fs(d["new_year_adjectives"]),
        new_year_next_from=int(d["new_year_next_from_month"]),
        mod_words=dict(d["mod_words"]), mod_nouns=dict(d["mod_nouns"]),
        prepositions=fs(d["prepositions"]), year_markers=fs(d["year_markers"]),
        range_connectors=fs(d["range_connectors"]), weekday_preps=fs(d["weekday_preps"]),
        clock_preps=fs(d["clock_preps"]), after_words=fs(d["after_words"]),
        ago_words=fs(d["ago_words"]), duration_preps=fs(d["duration_preps"]),
        duration_na_forms=fs(d["duration_na_forms"]),
        special_durations=dict(d["special_durations"]),
        season_adverbs=dict(d["season_adverbs"]), season_nouns=_invert(d["season_nouns"]),
        season_months={k: tuple(v) for k, v in d["season_months"].items()},
        day_part_adverbs=dict(d["day_part_adverbs"]), day_part_nouns=dict(d["day_part_nouns"]),
        day_part_triggers=fs(d["day_part_triggers"]),
        day_part_previous=fs(d["day_part_previous"]), weekend=fs(d["weekend_words"]),
        frequency_adverbs=dict(d["frequency_adverbs"]), every=fs(d["every_words"]),
        refs=refs, ref_blockers_next=fs(d["ref_blockers_next"]),
        ref_blockers_prev=fs(d["ref_blockers_prev"]), future_cues=fs(d["future_cues"]),
        named_days=named, single_unit_forms=fs(d["single_unit_forms"]),
        clause_bounds=fs(d["clause_bounds"]), number_units=fs(d["number_units"]),
        bare_year_preps=fs(d["bare_year_preps"]), night_to=fs(d["night_to"]),
        year_parts=_invert(d["year_parts"]), starters=fs(starters))
