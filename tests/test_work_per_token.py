"""Issue 14 (scale): passes that run on every document and look for a rare word or a rare
ending do their Python-level work only where it may be. Not timed (tests never depend on
timing): what used to be read or tried for every token or every sentence is counted. The
timing is `bench/bench_core.py`'s; `bench/compare_output.py` shows the output unchanged."""
from __future__ import annotations

import re

import khronika
from khronika.document import Document, Token
from khronika.extract import body_refs, segment as seg


class _Counted(Token):
    """A token that counts the reads of the fields the body-noun passes test first."""
    __slots__ = ()
    reads: list = []

    def __getattribute__(self, name):
        if name in ("is_word", "case", "number", "pos"):
            _Counted.reads.append(name)
        return object.__getattribute__(self, name)


def _counted_doc(text: str) -> Document:
    doc = khronika.analyze(text, date="2025-06-02")
    doc.tokens = [_Counted(t.start, t.end, t.text, t.norm, t.sentence, t.is_word, t.lemma, t.pos,
                           t.case, t.number, t.gender, t.tense, t.person, t.aspect, t.mood, t.tags)
                  for t in doc.tokens]
    return doc


def test_body_noun_passes_read_only_the_tokens_of_their_nouns():
    # a long story with one office noun ("міністра") and one body noun ("суду") in it
    text = ("Фермери з Полтавщини зібрали рекордний урожай гречки, хоча весна була посушлива. "
            "Агрономи пояснюють це новими сортами та раннім посівом на добре зволожених полях. "
            "Ціни на крупу в магазинах обласного центру поки тримаються на торішньому рівні. "
            "Пресслужба Мінагрополітики навела слова міністра про експорт. "
            "Кооператив тим часом чекає на рішення суду щодо оренди складу біля залізниці.")
    doc = _counted_doc(text)
    n_words = sum(1 for t in doc.tokens if object.__getattribute__(t, "is_word"))
    _Counted.reads = []
    body_refs.office_refs(doc, khronika.kb.get_kb())
    body_refs.noun_refs(doc)
    # each pass reads a few fields of its own nouns and their neighbours, not of every word
    assert 0 < len(_Counted.reads) < n_words // 2, (len(_Counted.reads), n_words)


def test_body_noun_passes_find_the_nouns_they_found_before():
    doc = khronika.analyze("Окружний адміністративний суд Києва відкрив провадження. Рішення "
                           "суду оскаржать.", date="2025-06-02")
    refs = [r for r in doc.refs if r.kind == "body"]
    assert [r.text for r in refs] == ["суду"]


class _CountingPattern:
    def __init__(self, pattern: re.Pattern):
        self.pattern, self.calls = pattern, 0

    def fullmatch(self, text):
        self.calls += 1
        return self.pattern.fullmatch(text)


def test_final_letter_tries_its_pattern_only_on_a_two_character_last_token(monkeypatch):
    counting = _CountingPattern(seg._LETTER_STOP)
    monkeypatch.setattr(seg, "_LETTER_STOP", counting)
    doc = Document(text="Перше речення закінчилося. Друге теж! А третє питає? Гостя прибула "
                        "разом із паном Лі Ю.", date=None)
    seg.segment(doc)
    assert counting.calls == 1          # only "Ю." could be a letter and its stop
    assert [t.text for t in doc.tokens[-3:]] == ["Лі", "Ю", "."]


def test_letter_then_word_pattern_finds_what_a_look_behind_first_pattern_finds():
    # the pattern opens with its space and looks behind from after it; the matches (their
    # start, the letter, the word) are those of the same pattern written look-behind first
    reference = re.compile(r"(?<=[^\W\d_]{2}) ([^\W\d_])\. +([^\W\d_][\w'’ʼ-]*)")
    texts = ["Зустріч вів Чжоу Е. Учасники розійшлися.", "а Б. Вовк", "аб  В. Гай", "аб\tВ. Гай",
             "12 В. Гай", "Пан Ф. Кеннеді і пані Г.  Ліщук", "ab C. Doe; вг Д. Е. Є", " Ж. Зоря",
             "Оля Я.Ярош", "ґа І.  Їжак-Ґудзь та ще ґа Ї. Є'ва"]
    for text in texts:
        want = [(m.start(), m.end(1), m.start(2), m.group(2)) for m in reference.finditer(text)]
        got = [(m.start(), m.end(1), m.start(2), m.group(2)) for m in seg._LETTER_THEN_WORD.finditer(text)]
        assert got == want, text


def test_where_finds_the_tokens_a_loop_over_every_token_finds():
    from khronika.extract.tokenscan import where
    doc = khronika.analyze("Ракети «Нептун» влучили біля Одеси, а не під Миколаєвом; під вечір "
                           "гармати стихли. Нептун — бог моря.", date="2025-06-02")
    toks = doc.tokens
    preps = {"біля", "під"}
    assert where(toks, "norm", preps) == [i for i, t in enumerate(toks) if t.norm in preps]
    names = {"нептун": 1}
    lemmas = {"ракета", "гармата"}
    assert where(toks, "text", {"Нептун"}) == [i for i, t in enumerate(toks) if t.text == "Нептун"]
    assert where(toks, "norm", names, preps) == \
        [i for i, t in enumerate(toks) if t.norm in names or t.norm in preps]
    assert where(toks, "lemma", lemmas) == [i for i, t in enumerate(toks) if t.lemma in lemmas]
    assert where(toks, "lemma", lemmas) and where([], "norm", preps) == []


def _recognizer():
    from khronika.pipeline import get_pipeline
    return next(run for info, run in get_pipeline().components if info.name == "entities")


def test_world_city_and_weapon_passes_read_only_their_words_tokens():
    from khronika.extract.entities.state import DocState
    text = ("Колона з гуманітарним вантажем вирушила вранці й увечері була біля Ряшева. Водії "
            "розповіли, що дорога видалась довгою, а черги на кордоні короткими. Тим часом "
            "військові отримали нові ракети «Нептун» і готуються до навчань на полігоні.")
    doc = _counted_doc(text)
    n_words = sum(1 for t in doc.tokens if object.__getattribute__(t, "is_word"))
    rec = _recognizer()
    st = DocState(doc, rec.kb)      # nothing covered: every word is free to be read
    doc.mentions, doc.entities = [], {}
    _Counted.reads = []
    rec.world_cities(st)
    rec.named_things(st)
    assert len(_Counted.reads) < n_words // 2, (len(_Counted.reads), n_words)
    assert {m.text for m in doc.mentions} >= {"Нептун"}


def test_columns_give_what_the_tokens_give_and_read_each_field_once():
    from khronika.extract.tokenscan import Columns, where
    doc = khronika.analyze("Бригада тримала оборону біля Куп'янська до ранку. Вранці під Лиманом "
                           "знову гриміли гармати, а біля річки стояли гаубиці «Богдана».",
                           date="2025-06-02")
    toks = doc.tokens
    cols = Columns(toks)
    preps, lemmas = {"біля", "під", "до"}, {"гармата", "гаубиця", "річка"}
    for field, keys in (("norm", (preps,)), ("lemma", (lemmas,)), ("text", ({"Богдана"},)),
                        ("norm", (preps, {"вранці": 1}))):
        assert where(cols, field, *keys) == where(toks, field, *keys), field
        assert where(cols, field, *keys) == [i for i, t in enumerate(toks)
                                             if any(getattr(t, field) in k for k in keys)]
    assert cols.values("lemma") is cols.values("lemma")     # built once, then shared
    assert len(cols) == len(toks) and where(Columns([]), "norm", preps) == []


def test_world_city_pass_stops_at_a_preposition_that_ends_the_text():
    doc = khronika.analyze("Гуманітарна колона пройшла через Ряшів, далі шлях лежав до",
                           date="2025-06-02")
    assert [t.norm for t in doc.tokens][-1] == "до"
    assert "Ряшів" in {m.text for m in doc.mentions}


def test_where_skips_a_key_set_the_document_shares_no_word_with():
    """A key set none of whose words the document holds is answered by the set's own test for
    a shared value, not asked about each token; a set that shares one is asked as before, and
    the indexes are the loop's for sets, dicts and other containers alike."""
    from khronika.extract.tokenscan import Columns, where

    asked = []

    class Keys(frozenset):
        def __contains__(self, word):
            asked.append(word)
            return frozenset.__contains__(self, word)

    doc = khronika.analyze("Зранку біля мосту стояли вантажівки з зерном. Увечері під "
                           "Ізюмом знову було чути гармати.", date="2025-06-02")
    toks = doc.tokens
    cols = Columns(toks)
    absent = Keys({"гаубиця", "танкер"})
    assert where(cols, "norm", absent) == [] and where(toks, "lemma", absent) == []
    assert asked == []                  # no token was asked about
    present = Keys({"біля", "під"})
    want = [i for i, t in enumerate(toks) if t.norm in ("біля", "під")]
    assert len(want) == 2 and where(cols, "norm", present) == want
    assert len(asked) == len(toks)      # the set that shares a word is asked as before
    for keys in ({"гармата": 1}, {"гармата", "міст"}, ["гармата", "міст"], {"танкер": 1}):
        for field in ("norm", "lemma", "text"):
            loop = [i for i, t in enumerate(toks) if getattr(t, field) in keys]
            assert where(cols, field, keys) == where(toks, field, keys) == loop, (keys, field)
            assert where(cols, field, keys, absent, present) == \
                [i for i, t in enumerate(toks) if any(getattr(t, field) in k for k in (keys, absent, present))]


def test_street_pass_asks_only_its_candidate_tokens(monkeypatch):
    """`streets._kind` (is this a street noun?) is asked of street nouns, abbreviations and
    each sentence's first word, not of every token of the document."""
    from khronika.extract.entities import streets
    asked = []
    real = streets._kind
    monkeypatch.setattr(streets, "_kind", lambda t, *a: asked.append(t.text) or real(t, *a))
    text = ("Мешканці району зібралися біля школи, щоб обговорити ремонт даху та нові вікна. "
            "Директорка подякувала батькам за допомогу і пообіцяла звіт про витрати до осені. "
            "Збори відбулися на вулиці Садовій, а наступні призначили на кінець місяця.")
    doc = khronika.analyze(text, date="2025-06-02")
    n_words = sum(1 for t in doc.tokens if t.is_word)
    assert "вулиці" in asked and len(asked) <= 6, asked
    assert n_words > 30
    assert any(m.text == "вулиці Садовій" for m in doc.mentions)


def test_street_pass_finds_the_streets_it_found_before():
    doc = khronika.analyze("Вулиця Шевченка закрита. Рух перекрили на вул. Городоцькій і на "
                           "вулицях Коперника та Бандери.", date="2025-06-02")
    found = {m.text for m in doc.mentions if m.type == "LOC"}
    assert {"Вулиця Шевченка", "вул. Городоцькій", "вулицях Коперника", "Бандери"} <= found, found

