"""Speakers of quotes, resolved through hand-made entity layers (mentions, refs, entities), so
these tests do not depend on the entity extractor."""
import pytest

from khronika.document import Document, Entity, Mention, Ref
from khronika.extract.quotes import extract_quotes
from khronika.pipeline import Pipeline
from khronika.settings import Settings

from quote_helpers import CORE, PEOPLE, build, pipe_fixture, speakers


base = pipe_fixture(CORE)


def test_name_subject_before_verb(base):
    text = "Президент України Іван Петренко заявив, що переговори тривають."
    doc = build(base, text, [("України", "ukraine"), ("Іван Петренко", "petrenko")],
                [("Президент України", "petrenko", "role")])
    assert speakers(doc) == [("indirect", "petrenko")]


def test_role_after_quote_dash(base):
    text = "«Ми продовжимо роботу з партнерами вже цього тижня», – зазначив Президент України."
    doc = build(base, text, [("України", "ukraine")], [("Президент України", "petrenko", "role")])
    assert speakers(doc) == [("direct", "petrenko")]


def test_resolved_pronoun_subject(base):
    text = ("Андрій Мельник зустрівся з Іваном Петренком.\n\n"
            "Він зазначив, що зустріч була корисною для обох сторін.")
    doc = build(base, text, [("Андрій Мельник", "melnyk"), ("Іваном Петренком", "petrenko")],
                [("Він", "melnyk", "pronoun")])
    assert speakers(doc) == [("indirect", "melnyk")]


def test_unresolved_pronoun_falls_back_by_gender(base):
    text = ("Оксана Коваль зустрілася з Іваном Петренком у Києві.\n\n"
            "Вона заявила, що співпраця буде продовжена.")
    doc = build(base, text, [("Оксана Коваль", "koval"), ("Іваном Петренком", "petrenko")],
                [("Вона", None, "pronoun")])
    assert speakers(doc) == [("indirect", "koval")]


def test_frame_pronoun_without_ref_uses_gender(base):
    text = ("Оксана Коваль провела нараду з Іваном Петренком.\n\n"
            "За її словами, нові правила почнуть діяти з березня.")
    doc = build(base, text, [("Оксана Коваль", "koval"), ("Іваном Петренком", "petrenko")])
    assert speakers(doc) == [("indirect", "koval")]
    text2 = text.replace("За її словами", "За його словами")
    doc2 = build(base, text2, [("Оксана Коваль", "koval"), ("Іваном Петренком", "petrenko")])
    assert speakers(doc2) == [("indirect", "petrenko")]


def test_feminine_verb_skips_masculine_name(base):
    text = ("Оксана Коваль і Іван Петренко відвідали школу.\n\n"
            "«Ми допоможемо відновити спортивний зал до вересня», – пообіцяла вона.")
    doc = build(base, text, [("Оксана Коваль", "koval"), ("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("direct", "koval")]


def test_name_after_verb_in_attribution(base):
    text = "«Ми чекаємо рішення до кінця тижня», – додав Іван Петренко."
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    q = extract_quotes(doc)[0]
    assert (q.speaker, q.cue.text) == ("petrenko", "додав")


def test_unattributed_quote_takes_previous_speaker_and_chain_shares_it(base):
    text = ("Іван Петренко заявив, що країна готова до переговорів.\n\n"
            "«Ми зробили все можливе для цього, і наші партнери це бачать».\n\n"
            "«Перший абзац великої заяви про нашу позицію.\n\n"
            "Другий абзац тієї самої заяви без жодних лапок.\n\n"
            "Третій абзац закінчує заяву», – сказала Оксана Коваль.")
    doc = build(base, text, [("Іван Петренко", "petrenko"), ("Оксана Коваль", "koval")])
    assert speakers(doc) == [("indirect", "petrenko"), ("direct", "petrenko"),
                             ("direct", "koval"), ("direct", "koval"), ("direct", "koval")]


def test_dash_address_speaker_from_lead(base):
    text = ("Про це у вечірньому зверненні повідомив мер Іван Петренко.\n\n"
            "-Починаємо тиждень із ремонту мостів. Це наш обов'язок.\n\n"
            "Ми дякуємо всім, хто допомагає місту.")
    doc = build(base, text, [("Іван Петренко", "petrenko")], [("мер", "petrenko", "role")])
    assert speakers(doc) == [("direct", "petrenko"), ("direct", "petrenko")]


def test_names_inside_quotes_are_not_fallback_speakers(base):
    text = ("Іван Петренко виступив у парламенті.\n\n"
            "«Я вчора говорив з Андрієм Мельником про бюджет», – сказав він.\n\n"
            "Він додав, що рішення ухвалять наступного тижня.")
    doc = build(base, text, [("Іван Петренко", "petrenko"), ("Андрієм Мельником", "melnyk")])
    assert speakers(doc) == [("direct", "petrenko"), ("indirect", "petrenko")]


def test_organisation_can_speak(base):
    text = "МЗС заявило, що посла викликали для пояснень."
    doc = build(base, text, [("МЗС", "mzs")])
    assert speakers(doc) == [("indirect", "mzs")]


def test_no_entity_layer_means_no_speaker(base):
    doc = base(Document("Міністр заявив, що уряд виділить кошти."))
    assert speakers(doc) == [("indirect", None)]


def test_full_pipeline_resolves_speakers_through_entities():
    """With the entity layer in place, roles and pronouns reach the right person."""
    from khronika.pipeline import PipelineError, registered
    try:
        registered("entities")
    except PipelineError:
        pytest.skip("entity layer not available")
    pipe = Pipeline(Settings(pipeline=("segment", "morph", "entities", "quotes")))
    text = ("Прем'єр-міністр Великої Британії Кір Стармер заявив, що Лондон продовжить допомогу.\n\n"
            "«Ми залишаємося поруч з Україною», – наголосив він.")
    doc = pipe(Document(text))
    kinds = [q.kind for q in doc.quotes]
    assert kinds == ["indirect", "direct"]
    speakers = {q.speaker for q in doc.quotes}
    assert len(speakers) == 1 and None not in speakers
    (sp,) = speakers
    assert doc.entities[sp].type == "PER"


def test_unresolved_subject_pronoun_is_not_the_object_name(base):
    text = ("Іван Петренко прибув до Варшави.\n\n"
            "«Ми домовилися про нові поставки», – сказав він після зустрічі з Андрієм Мельником.")
    doc = build(base, text, [("Іван Петренко", "petrenko"), ("Андрієм Мельником", "melnyk")],
                [("він", None, "pronoun")])
    assert speakers(doc) == [("direct", "petrenko")]


def test_country_speaks_only_as_a_nominative_subject(base):
    text = "Україна заявила, що не визнає результатів так званих виборів."
    doc = build(base, text, [("Україна", "ukraine")])
    assert speakers(doc) == [("indirect", "ukraine")]
    text2 = "«Ми не визнаємо цих виборів», – наголосив Президент України."
    doc2 = build(base, "Іван Петренко виступив у Раді.\n\n" + text2,
                 [("Іван Петренко", "petrenko"), ("України", "ukraine")])
    assert speakers(doc2) == [("direct", "petrenko")]


@pytest.mark.parametrize("text", [
    "Іван Петренко говорив про стійкість. Хтось із гостей сказав, що таке буває лише в кіно.",
    "Іван Петренко говорив про стійкість. Йому одразу відповіли, що це може статися будь-де.",
    "Іван Петренко говорив про стійкість. Здоровий глузд підказує і каже, що реакція має бути швидкою.",
])
def test_an_indefinite_speaker_is_nobody_named_before(base, text):
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("indirect", None)]


def test_a_common_noun_that_named_a_person_refers_back(base):
    text = ("Голова громади Іван Петренко відвідав школу.\n\n"
            "Голова наголосив, що ремонт завершать до осені.")
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("indirect", "petrenko")]


def test_named_before_answers_as_a_scan_of_every_token():
    """`_named_before` looks the word up per lemma instead of scanning all text before each
    attribution; on random token streams it answers as the scan did."""
    import random
    from types import SimpleNamespace as NS

    from khronika.extract.quotes.speakers import SpeakerResolver

    def scan(tokens, people, word, before):
        people = [p for p in people if p < before]
        return any(t.end <= before and t.lemma == word.lemma and any(0 <= p - t.end <= 60 for p in people)
                   for t in tokens)

    rng = random.Random(3)
    for _ in range(300):
        pos, tokens = 0, []
        for _ in range(rng.randint(0, 40)):
            pos += rng.randint(1, 15)
            n = rng.randint(1, 8)
            tokens.append(NS(start=pos, end=pos + n, lemma=rng.choice(["голова", "міністр", None])))
            pos += n
        people = sorted(rng.sample(range(pos + 20), rng.randint(0, 6)))
        r = SpeakerResolver.__new__(SpeakerResolver)
        r.doc, r._people, r._first_named = NS(tokens=tokens), people, None
        for _ in range(20):
            word, before = NS(lemma=rng.choice(["голова", "міністр", None, "посол"])), rng.randint(0, pos + 30)
            assert r._named_before(word, before) == scan(tokens, people, word, before)


def test_unattributed_line_is_not_the_nearest_persons(base):
    # a film line quoted in an address: the director named before did not say it
    text = ("Цю стрічку зняв Іван Петренко у тисяча дев'ятсот дев'яностому році.\n\n"
            "Пам'ятаєте, як це звучало в кіно?\n\n"
            "«Я повернуся, і ми ще побачимо, хто переможе».\n\n"
            "Так почалася нова епоха кіно.")
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("direct", None)]


def test_sentence_before_names_who_speaks(base):
    text = ("Іван Петренко прокоментував нічний удар по місту.\n\n"
            "«Ми відповімо на кожен удар, і відповімо так, що це запам'ятають».")
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("direct", "petrenko")]


def test_chain_does_not_jump_over_narration(base):
    text = ("«Ми завершимо ремонт до зими», – сказав Іван Петренко.\n\n"
            "Міст пошкодили влітку під час обстрілу, рух ним обмежили.\n\n"
            "Місто відвідала делегація з Польщі.\n\n"
            "«Солідарність – це не слова, а щоденна робота для людей».")
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("direct", "petrenko"), ("direct", None)]


ADDRESS_OPENING = ("Я дякую всім, хто сьогодні працює. Ми тримаємося. Я вірю в нашу перемогу.\n\n")


def test_a_line_quoted_inside_an_address_is_not_the_last_speakers(base):
    # the quote opens inside the writer's own sentence and names no speaker: not Petrenko's
    text = (ADDRESS_OPENING + "Іван Петренко усе пояснив: хто обирає ганьбу, отримує і війну.\n\n"
            "Колись я бачив фільм, у його героя є така репліка: «Все має відбуватися вчасно».")
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("indirect", "petrenko"), ("direct", None)]


def test_a_quote_opening_its_paragraph_still_continues_the_speaker(base):
    text = (ADDRESS_OPENING + "Іван Петренко сказав: «Ми готові допомагати».\n\n"
            "«І ми допоможемо вже цього тижня».")
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("direct", "petrenko"), ("direct", "petrenko")]


def test_a_subjectless_verb_in_an_address_is_the_writers(base):
    # paragraphs after a name, "наголосив" with no subject is the writer speaking of himself
    text = (ADDRESS_OPENING + "І хай Іван Петренко буде прикладом для всіх.\n\n"
            "Ми всіх знайдемо.\n\n"
            "Сьогодні у зверненні до парламенту наголосив на тому, що санкції мають містити нафту.\n\n"
            "Але нагадаю те, що сказав спочатку: стійкість – це міра.")
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("indirect", None), ("indirect", None)]


def test_a_relative_pronoun_speaks_for_the_name_before_it(base):
    text = (ADDRESS_OPENING + "Я вдячний Івану Петренку, який заявив, що допомога надійде.")
    doc = build(base, text, [("Івану Петренку", "petrenko")])
    assert speakers(doc) == [("indirect", "petrenko")]
    # a common noun before the relative: nobody the text names, not the last person
    text = ("Іван Петренко виступив у Сеулі. Світ не може підтримувати державу, яка вважає, що має "
            "право руйнувати життя народів.")
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("indirect", None)]


def test_a_generic_you_is_nobody_named_near_it(base):
    text = ("Іван Петренко приїхав до нас. Уявіть, як це, коли телефонуєш друзям і кажеш: "
            "закрийте небо, зупиніть обстріли.")
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("indirect", None)]


def test_a_verb_with_an_object_before_that_is_no_speech(base):
    text = ("Іван Петренко приїхав до Лісабона. Ваш народ днями відзначатиме річницю революції, що "
            "звільнила вас від диктатури.")
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == []


@pytest.mark.parametrize("text,mentions,refs", [
    # a clause describing the speech after the caption's comma holds a verb of its own
    ("«Ми вдячні партнерам за кожну гривню підтримки» – Іван Петренко під час звернення, яке він "
     "записав у Києві.", [("Іван Петренко", "petrenko")], []),
    ("«Ворог за добу втратив понад двісті танків», – МЗС у ранковому зведенні, яке опублікували "
     "вранці.", [("МЗС", "mzs")], []),
    # "з" and an adjective before the caption's noun
    ("«Ми не залишимо наших людей у біді», – з вечірнього звернення Івана Петренка.",
     [("Івана Петренка", "petrenko")], []),
])
def test_captions_with_a_described_speech_or_a_source_phrase(base, text, mentions, refs):
    doc = build(base, text, mentions, refs)
    assert speakers(doc) == [("direct", mentions[0][1])]


def test_an_indirect_question_of_one_verb_is_no_claim(base):
    text = "МЗС терпляче пояснює міжнародній бюрократії, що відбувається."
    doc = build(base, text, [("МЗС", "mzs")])
    assert speakers(doc) == []


def _imports(package: str) -> set[str]:
    """The khronika modules a package's sources import (relative imports resolved)."""
    import ast
    from pathlib import Path
    import khronika
    root = Path(khronika.__file__).parent
    out = set()
    for path in (root / package.replace(".", "/")).rglob("*.py"):
        mod = ["khronika", *path.relative_to(root).with_suffix("").parts]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = mod[:len(mod) - node.level] if node.level else []
                out.add(".".join([*base, *(node.module or "").split(".")]).strip("."))
            elif isinstance(node, ast.Import):
                out.update(a.name for a in node.names)
    return out


def test_quotes_and_events_share_the_address_author_without_importing_each_other():
    assert not any(m.startswith("khronika.extract.events") for m in _imports("extract.quotes"))
    assert not any(m.startswith("khronika.extract.quotes") for m in _imports("extract.events"))
    assert "khronika.extract.author" in _imports("extract.quotes")
    assert "khronika.extract.author" in _imports("extract.events")


@pytest.mark.parametrize("frame, described", [
    ("За словами військового експерта", "військового експерта"),
    ("На думку аналітиків", "аналітиків"),
    ("За словами представника міської ради", "представника міської ради"),
])
def test_a_described_speaker_is_nobody_named_before(base, frame, described):
    # the person who spoke last is not the analyst the next sentence cites: no speaker, and
    # the words that describe the one who speaks
    text = f"Іван Петренко заявив, що переговори тривають. {frame}, наступ почнеться навесні."
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    quotes = extract_quotes(doc)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "petrenko"), ("indirect", None)]
    assert quotes[1].speaker_text is not None and quotes[1].speaker_text.text == described
    assert quotes[0].speaker_text is None


def test_a_frame_owner_named_or_by_pronoun_still_speaks(base):
    text = "Іван Петренко провів нараду. За його словами, наступ почнеться навесні."
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("indirect", "petrenko")]
    text = "Іван Петренко провів нараду. За словами Оксани Коваль, наступ почнеться навесні."
    doc = build(base, text, [("Іван Петренко", "petrenko"), ("Оксани Коваль", "koval")])
    assert speakers(doc) == [("indirect", "koval")]


def test_a_thing_or_someone_is_no_described_speaker(base):
    # "хтось" and a thing that "says" leave the quote unattributed with no description
    text = "Іван Петренко провів нараду. Хтось сказав: «Ми переможемо».\n\nЦі слова кажуть: «Годі»."
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == [None, None]
    assert [q.speaker_text for q in quotes] == [None, None]


def test_an_office_after_its_holder_refers_back_unlike_a_description(base):
    # "міністра" is an office the person named before holds; "аналітика" is someone else
    text = "Глава МЗС Іван Петренко подякував партнерам. За словами міністра, санкції запрацюють."
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    assert speakers(doc) == [("indirect", "petrenko")]


def test_a_press_service_relaying_a_lead_in_is_no_quote_of_its_own(base):
    # "Як повідомляє пресслужба, Петренко заявив: «...»": one quote, Petrenko's, cued by his verb
    text = "Як повідомляє пресслужба міністерства, Іван Петренко заявив: «Ми отримаємо танки»."
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    quotes = extract_quotes(doc)
    assert [(q.kind, q.speaker, q.cue.text) for q in quotes] == [("direct", "petrenko", "заявив")]


def test_the_people_of_a_place_or_union_speak_not_the_place_nor_the_last_person(base):
    # "Жителі" is read first as a locative singular, yet it is the plural verb's subject
    text = "Іван Петренко провів нараду. Жителі Києва розповіли, що чули вибухи."
    doc = build(base, text, [("Іван Петренко", "petrenko"), ("Києва", "kyiv")])
    quotes = extract_quotes(doc)
    assert [(q.speaker, q.speaker_text.text if q.speaker_text else None) for q in quotes] == [
        (None, "Жителі Києва")]
    text = "Іван Петренко провів нараду. Більшість громадян Євросоюзу вважають, що санкції діють."
    doc = build(base, text, [("Іван Петренко", "petrenko"), ("Євросоюзу", "eu")])
    assert speakers(doc) == [("indirect", None)]
    # a spokesman noun is no member of the people: the body speaks through him
    text = "Іван Петренко провів нараду. Представник МЗС заявив, що санкції діють."
    doc = build(base, text, [("Іван Петренко", "petrenko"), ("МЗС", "mzs")])
    assert speakers(doc) == [("indirect", "mzs")]


def test_a_quote_relayed_by_an_unnamed_press_service_is_the_lead_in_speakers(base):
    text = "Іван Петренко сказав: «Ми отримаємо танки», – повідомляє пресслужба."
    doc = build(base, text, [("Іван Петренко", "petrenko")])
    quotes = extract_quotes(doc)
    assert [(q.speaker, q.cue.text) for q in quotes] == [("petrenko", "сказав")]
    # with no one in the lead-in, the press service speaks for nobody the text names
    text = "«Ми отримаємо танки», – повідомляє пресслужба."
    doc = build(base, text)
    assert [q.speaker for q in extract_quotes(doc)] == [None]


ORGS = {
    "wfp": Entity("wfp", "World Food Programme", "Всесвітня продовольча програма", "ORG"),
    "un": Entity("un", "United Nations", "ООН", "ORG"),
}


@pytest.mark.parametrize("text", [
    "Всесвітня продовольча програма ООН повідомила, що запаси зерна в регіоні вичерпуються.",
    "Як повідомила Всесвітня продовольча програма ООН, запаси зерна в регіоні вичерпуються.",
])
def test_an_agency_named_with_its_parent_speaks_not_the_parent(base, text):
    PEOPLE.update(ORGS)
    doc = build(base, text, [("Всесвітня продовольча програма", "wfp"), ("ООН", "un")])
    assert speakers(doc) == [("indirect", "wfp")]
    # the parent alone still speaks
    doc = build(base, "ООН повідомила, що запаси зерна вичерпуються.", [("ООН", "un")])
    assert speakers(doc) == [("indirect", "un")]


ADDRESS_BODY = ("Доброго вечора, українці!\n\nСьогодні я говорив з Іваном Петренком. Ми обговорили "
                "оборону.\n\nСьогодні у зверненні до парламенту наголосив, що країна вистоїть.")


def test_a_subjectless_verb_in_a_titled_address_is_never_the_last_person_named(base):
    # few first-person verbs, but the title calls it an address: its author speaks, and a
    # title that names no author leaves the speaker unknown, not the last person named
    doc = base(Document(ADDRESS_BODY, title="Звернення до українців"))
    start = ADDRESS_BODY.index("Іваном Петренком")
    doc.entities["petrenko"] = PEOPLE["petrenko"]
    doc.mentions.append(Mention(start, start + 16, "Іваном Петренком", "petrenko", "PER"))
    assert speakers(doc) == [("indirect", None)]


def test_the_inputs_author_field_names_the_address_author(base):
    # an address whose title names nobody: the input's "author" field, when the knowledge base
    # knows one person by it; anything else leaves the speaker unknown
    from khronika.analysis import analyze_raw
    from khronika.extract.author import address_author
    from khronika.ingest.readers import RawDoc
    import datetime as dt
    raw = RawDoc(text=ADDRESS_BODY, title="Звернення до українців", date=dt.date(2025, 6, 10),
                 extra={"author": "Володимир Зеленський"})
    doc = analyze_raw(raw, base).doc
    assert doc.meta["author"] == "Володимир Зеленський"
    assert address_author(doc) == "volodymyr-zelenskyy"
    assert [q.speaker for q in extract_quotes(doc)] == ["volodymyr-zelenskyy"]
    raw.extra = {"author": "Редакція"}
    doc = analyze_raw(raw, base).doc
    assert address_author(doc) is None
    assert [q.speaker for q in extract_quotes(doc)] == [None]
    # a "speakers" list of one name is the author; of two, no one author
    raw.extra = {"speakers": ["Володимир Зеленський"]}
    doc = analyze_raw(raw, base).doc
    assert [q.speaker for q in extract_quotes(doc)] == ["volodymyr-zelenskyy"]
    raw.extra = {"speakers": ["Михайло Подоляк", "Денис Шмигаль"]}
    doc = analyze_raw(raw, base).doc
    assert address_author(doc) is None


def test_a_speakers_name_is_the_author_only_when_the_text_or_the_office_bears_it_out(base):
    # a "speakers" list may name the voice of a translated video: a deputy head of an office,
    # whom the text never names, is not the author whose "я" speaks and whose "ми" acts
    from khronika.analysis import analyze_raw
    from khronika.extract.author import address_author
    from khronika.ingest.readers import RawDoc
    import datetime as dt
    raw = RawDoc(text=ADDRESS_BODY, title="Звернення до українців", date=dt.date(2022, 4, 10),
                 extra={"speakers": ["Олексій Дніпров"]})
    doc = analyze_raw(raw, base).doc
    assert address_author(doc) is None
    assert "oleksii-dniprov" not in doc.entities
    assert [q.speaker for q in extract_quotes(doc)] == [None]
    # the same name in the "author" field is taken as given
    raw.extra = {"author": "Олексій Дніпров"}
    doc = analyze_raw(raw, base).doc
    assert address_author(doc) == "oleksii-dniprov"
    # a head of government on that date is borne out by the office
    raw.extra = {"speakers": ["Денис Шмигаль"]}
    doc = analyze_raw(raw, base).doc
    assert address_author(doc) == "denys-shmyhal"


def test_a_speakers_name_the_text_names_is_the_author(base):
    from khronika.pipeline import set_author
    from khronika.extract.author import address_author
    import datetime as dt
    text = "Олексій Дніпров: добрий день.\n\nСьогодні наголосив, що країна вистоїть."
    doc = Document(text, title="Звернення до українців", date=dt.date(2022, 4, 10))
    set_author(doc, speakers=["Олексій Дніпров"])
    doc = base(doc)
    doc.entities["oleksii-dniprov"] = Entity("oleksii-dniprov", "Oleksii Dniprov", "Олексій Дніпров", "PER")
    doc.mentions.append(Mention(0, 15, "Олексій Дніпров", "oleksii-dniprov", "PER"))
    assert address_author(doc) == "oleksii-dniprov"


def test_a_name_written_as_the_verbs_gender_speaks_whatever_reading_the_entity_took(base):
    """"Олександра Махова заявила": the entity layer may read Oleksandr Makhov's genitive; the
    feminine verb and a name that reads as a woman's in the nominative make the mention its
    subject all the same (a name the KB knows keeps the KB's gender)."""
    text = "Олександра Махова заявила, що школи відкриються вчасно."
    doc = base(Document(text))
    doc.entities["makhov"] = Entity("makhov", "Oleksandr Makhov", "Олександр Махов", "PER", kb=False)
    doc.mentions.append(Mention(0, 17, "Олександра Махова", "makhov", "PER"))
    assert speakers(doc) == [("indirect", "makhov")]
    doc = base(Document("Андрій Махов заявила, що школи відкриються вчасно."))
    doc.entities["makhov"] = Entity("makhov", "Andrii Makhov", "Андрій Махов", "PER", kb=False)
    doc.mentions.append(Mention(0, 12, "Андрій Махов", "makhov", "PER"))
    assert speakers(doc) == [("indirect", None)]
