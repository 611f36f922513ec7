"""The statistical NER: corpus reading, BIO projection, the shipped model, training end to end.

Texts here are written for the tests (not taken from any corpus)."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from khronika.document import Document
from khronika.extract.segment import segment
from khronika.ner import MODEL_DIR, load_ner
from khronika.ner.corpus import bio_labels, doc_ids, read_ann, split
from khronika.ner.evaluate import error_kinds, score
from khronika.ner.model import NerModel, bio_to_spans


def _doc(text: str) -> Document:
    d = Document(text=text)
    segment(d)
    return d


def _found(doc: Document, spans) -> set[tuple[str, str]]:
    return {(doc.text[s:e], t) for s, e, t in spans}


# A tiny brat corpus written for these tests: one sentence pattern, varied names.
_PEOPLE = ["Остап Вишня", "Марта Коваль", "Іван Сірко", "Леся Гнатюк", "Богдан Ступка",
           "Олена Пчілка", "Тарас Бульба", "Соломія Кругол"]
_CITIES = ["Полтаві", "Ужгороді", "Чернігові", "Луцьку", "Херсоні", "Житомирі", "Ірпені", "Умані"]
_ORGS = ["ТОВ «Зоряна пряжа»", "ПАТ «Степовий млин»", "ТОВ «Лісова криниця»", "ПАТ «Річкова баржа»"]


def _write_tiny_corpus(root: Path, n_docs: int = 8) -> None:
    for k in range(n_docs):
        lines, ann, t = [], [], 1
        for j in range(3):
            per = _PEOPLE[(k + j) % len(_PEOPLE)]
            city = _CITIES[(k * 3 + j) % len(_CITIES)]
            org = _ORGS[(k + 2 * j) % len(_ORGS)]
            base = sum(len(x) + 1 for x in lines)
            line = f"Учора {per} відвідав {org} у {city}."
            for surface, typ in ((per, "PERS"), (org, "ORG"), (city, "LOC")):
                s = base + line.index(surface)
                ann.append(f"T{t}\t{typ} {s} {s + len(surface)}\t{surface}")
                t += 1
            lines.append(line)
        (root / f"d{k:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (root / f"d{k:02d}.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")


def test_read_ann_maps_types_and_skips_continuations(tmp_path):
    p = tmp_path / "x.ann"
    p.write_text("T1\tPERS 0 5\tОстап\nT2\tDATE 6 10\tвчор\nT3\tLOC 11 30\tвул. Садова,\n"
                 "Полтава\nT4\tORG\t31\t35\tНБУ\n", encoding="utf-8")
    assert read_ann(p) == [(0, 5, "PER"), (11, 30, "LOC"), (31, 35, "ORG")]


def test_bio_labels_follow_khronika_tokens():
    d = _doc("Вчора Марта Коваль прилетіла до Ужгорода.")
    s = d.text.index("Марта")
    e = s + len("Марта Коваль")
    c = d.text.index("Ужгорода")
    labels = bio_labels(d, [(s, e, "PER"), (c, c + len("Ужгорода"), "LOC")])
    assert labels == ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    assert bio_to_spans(d.tokens, labels) == [(s, e, "PER"), (c, c + 8, "LOC")]


def test_bio_to_spans_opens_a_span_on_a_stray_inside_tag():
    d = _doc("Бачив Ірпінь і Умань.")
    spans = bio_to_spans(d.tokens, ["O", "I-LOC", "O", "B-LOC", "O"])
    assert [d.text[s:e] for s, e, _ in spans] == ["Ірпінь", "Умань"]


def test_split_is_fixed_and_disjoint():
    ids = [f"doc{i}" for i in range(50)]
    train, held = split(ids, 0.2, seed=0)
    assert len(held) == 10 and not train & held and train | held == set(ids)
    assert split(list(reversed(ids)), 0.2, seed=0) == (train, held)
    assert split(ids, 0.2, seed=1)[1] != held


def test_score_counts_exact_spans_only():
    s = score([([(0, 5, "PER"), (6, 9, "LOC")], [(0, 5, "PER"), (6, 10, "LOC")])])
    assert s["PER"]["f1"] == 1.0 and s["LOC"]["f1"] == 0.0
    assert s["micro"]["tp"] == 1 and s["micro"]["gold"] == 2


def test_error_kinds_tell_type_border_spurious_and_missed():
    gold = [(0, 10, "ORG"), (20, 25, "PER"), (30, 40, "LOC"), (50, 55, "ORG"), (60, 70, "ORG")]
    pred = [(0, 10, "ORG"), (20, 25, "LOC"), (30, 35, "LOC"), (50, 58, "PER"), (80, 85, "PER")]
    kinds = {(k, s): o for k, s, o in error_kinds(pred, gold)}
    assert kinds == {("type", (20, 25, "LOC")): (20, 25, "PER"),
                     ("border", (30, 35, "LOC")): (30, 40, "LOC"),
                     ("border+type", (50, 58, "PER")): (50, 55, "ORG"),
                     ("spurious", (80, 85, "PER")): None,
                     ("missed", (60, 70, "ORG")): None}


def test_shipped_model_is_packaged_with_its_licence():
    files = resources.files("khronika.models.ner_uk")
    assert files.joinpath("model.crfsuite").is_file()
    licence = files.joinpath("LICENSE.md").read_text(encoding="utf-8")
    assert "CC BY-NC-SA 4.0" in licence and "NER-UK 2.0" in licence and "lang-uk" in licence
    meta = json.loads(files.joinpath("meta.json").read_text(encoding="utf-8"))
    assert meta["heldout_scores"]["micro"]["f1"] > 0.5


def test_shipped_model_finds_a_person_and_a_city():
    model = load_ner()
    assert isinstance(model, NerModel)
    assert load_ner() is model                      # cached
    d = _doc("У понеділок міністр Олександр Петренко прилетів до Львова на переговори.")
    found = _found(d, model.predict(d))
    assert ("Олександр Петренко", "PER") in found
    assert ("Львова", "LOC") in found


def test_shipped_model_spans_point_into_the_text():
    model = load_ner()
    d = _doc("Представники Національного банку України зустрілися з Іриною Мельник у Дніпрі.\n"
             "Друга фраза без імен.")
    spans = model.predict(d)
    assert spans, "expected at least one entity"
    for s, e, t in spans:
        assert 0 <= s < e <= len(d.text) and t in {"PER", "ORG", "LOC", "MISC"}
        assert d.text[s:e] == d.text[s:e].strip()
    assert model.predict(_doc("")) == []


def test_load_ner_is_none_without_a_model(monkeypatch, tmp_path):
    import khronika.ner as ner
    monkeypatch.setattr(ner, "MODEL_DIR", tmp_path)
    ner.load_ner.cache_clear()
    try:
        assert ner.load_ner() is None
    finally:
        monkeypatch.undo()
        ner.load_ner.cache_clear()
    assert ner.load_ner() is not None


def test_training_runs_end_to_end_on_a_tiny_corpus(tmp_path):
    from khronika.ner.train import train
    data, out = tmp_path / "data", tmp_path / "model"
    data.mkdir()
    _write_tiny_corpus(data)
    assert len(doc_ids(data)) == 8
    meta = train(data, out, holdout=0.25, seed=0, params={"max_iterations": 30}, log=lambda s: None)
    assert meta["train_documents"] == 6 and meta["heldout_documents"] == 2
    assert (out / "model.crfsuite").is_file() and "CC BY-NC-SA 4.0" in (out / "LICENSE.md").read_text()
    model = NerModel(out / "model.crfsuite")
    d = _doc("Учора Іван Сірко відвідав ТОВ «Степовий млин» у Полтаві.")
    found = _found(d, model.predict(d))
    assert ("Іван Сірко", "PER") in found and ("Полтаві", "LOC") in found


def test_train_ner_command_rejects_a_missing_folder(tmp_path):
    from typer.testing import CliRunner
    from khronika.cli import app
    r = CliRunner().invoke(app, ["train-ner", "--data", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert r.exit_code != 0


def test_a_span_with_an_open_guillemet_takes_the_closing_one():
    d = _doc("Контракт отримало ТОВ «Зоряна пряжа» з Полтави.")
    labels = ["O"] * len(d.tokens)
    k = [t.text for t in d.tokens].index("ТОВ")
    labels[k:k + 4] = ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]     # ТОВ « Зоряна пряжа, no »
    spans = bio_to_spans(d.tokens, labels)
    assert [d.text[s:e] for s, e, _ in spans] == ["ТОВ «Зоряна пряжа»"]


def test_a_span_drops_a_closing_guillemet_whose_opening_one_it_left_out():
    d = _doc("Проєкт «Зоряна пряжа» почався в Полтаві.")
    toks = [t.text for t in d.tokens]
    labels = ["O"] * len(d.tokens)
    k = toks.index("Зоряна")
    labels[k:k + 3] = ["B-ORG", "I-ORG", "L-ORG"]              # Зоряна пряжа », no «
    spans = bio_to_spans(d.tokens, labels)
    assert [d.text[s:e] for s, e, _ in spans] == ["Зоряна пряжа"]


def test_bilou_marks_ends_and_single_token_spans():
    from khronika.ner.corpus import to_bilou
    assert to_bilou(["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG"]) == \
        ["B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG"]
    d = _doc("Марта Коваль їде до Умані.")
    spans = bio_to_spans(d.tokens, ["B-PER", "L-PER", "O", "O", "U-LOC", "O"])
    assert [d.text[s:e] for s, e, _ in spans] == ["Марта Коваль", "Умані"]


def test_known_attributes_are_cached_per_model_and_equal_crfsuite_info(tmp_path, monkeypatch):
    from khronika.ner import MODEL_DIR
    from khronika.ner.model import MODEL_FILE, known_attributes
    path = MODEL_DIR / MODEL_FILE
    if not path.is_file():
        pytest.skip("no shipped model")
    import pycrfsuite
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    first = known_attributes(tagger, path)
    assert list((tmp_path / "khronika").glob("ner-*.attrs.json"))
    again = known_attributes(tagger, path)
    assert first == again == frozenset(a for a, _ in tagger.info().state_features)


def test_gazetteer_marks_kb_names_with_position_and_type():
    from khronika.ner.gazetteer import default_gazetteer
    gaz = default_gazetteer()
    assert gaz is not None
    words = "Делегація Міністерства оборони України прибула до Франції .".split()
    got = dict(zip(words, gaz.features(words)))
    assert got["Міністерства"][0] == "gz=B-ORG" and "gz=L-ORG" in got["України"]
    assert "gzw=LOC" in got["України"]           # a name on its own inside the longer one
    assert got["Франції"][0].startswith("gz=U-") and "LOC" in got["Франції"][0]
    assert got["прибула"] == () and got["."] == ()
    # the alias is capitalised: a lower-case common word is no match
    assert gaz.features(["франції"]) == [()]


def test_a_sentence_cut_after_a_spaced_initial_is_tagged_as_one():
    from khronika.ner.model import ner_sentences
    d = _doc("Американські психологи ( Г . Шаффер , П . Емерсон ) вивчали реакції .\n"
             "Бульйон любив Франц-Йосиф І .\nОднак він їв і кашу .")
    seqs = [[t.text for t in d.tokens[a:b]] for a, b in ner_sentences(d)]
    assert "Шаффер" in seqs[0] and "Емерсон" in seqs[0] and seqs[0][-1] == "."
    assert any(s[-2:] == ["І", "."] for s in seqs)       # a line break ends it
    assert sum(len(s) for s in seqs) == len(d.tokens)
    labels = bio_labels(d, [(d.text.index("Г ."), d.text.index(" , П"), "PER")])
    assert [lab for lab in labels if lab != "O"] == ["B-PER", "I-PER", "I-PER"]


def test_a_sentence_cut_after_a_spaced_name_abbreviation_is_tagged_as_one():
    from khronika.ner.model import ner_sentences
    d = _doc("Виставка відбудеться на вул . Лаврська , 12 , а лекція в Інституті ім . "
             "С . Костюка .\nДо берега 100 м . Далі ліс .")
    seqs = [[t.text for t in d.tokens[a:b]] for a, b in ner_sentences(d)]
    assert "Лаврська" in seqs[0] and "Костюка" in seqs[0]
    assert any(s[:2] == ["Далі", "ліс"] for s in seqs)      # metres end a sentence
    assert sum(len(s) for s in seqs) == len(d.tokens)


def test_kb_names_are_looked_up_once_per_document(monkeypatch):
    """The entity layer's KB lookup is the one the NER features read (not repeated), and it
    is not left on the document afterwards."""
    if load_ner() is None:
        pytest.skip("no shipped model")
    from khronika.kb import matches
    from khronika.pipeline import Pipeline
    from khronika.settings import Settings
    calls = []
    real = matches.match_words
    monkeypatch.setattr(matches, "match_words", lambda *a: calls.append(1) or real(*a))
    pipe = Pipeline(Settings(pipeline=("segment", "morph", "entities")))
    d = Document(text="Учора Марта Коваль зустрілася з Президентом України у Полтаві.")
    pipe(d)
    assert any(m.text == "Марта Коваль" for m in d.mentions)     # the NER ran
    assert len(calls) == 1 and "_kb_matches" not in d.meta


def test_gazetteer_features_from_the_document_lookup_equal_a_fresh_one():
    from khronika.kb.matches import doc_matches
    from khronika.ner.gazetteer import default_gazetteer
    from khronika.ner.model import ner_sentences
    gaz = default_gazetteer()
    d = _doc("Делегація Міністерства оборони України прибула до Франції. Київ чекає.\n"
             "Ґроссі приїде до Запоріжжя.")
    m = doc_matches(d, gaz.kb)
    for a, b in ner_sentences(d):
        words = [t.text for t in d.tokens[a:b]]
        assert gaz.features(words, m[a:b]) == gaz.features(words)
    assert any(m)


def test_run_time_features_are_the_training_features_the_model_weighs_encoded():
    """The tagger gets bytes (python-crfsuite would encode every str again): the same
    attributes, in the same order, as the str features filtered to what the model knows."""
    from khronika.ner.features import doc_context, sentence_features, word_features
    model = load_ner()
    known = model._known
    text = ("Президент Володимир Зеленський зустрівся в Києві з Олафом Шольцом. "
            "Газета «Нова Доба» пише: «ЄС і НАТО готові». На Харківщині тривоги.")
    doc = Document(text=text)
    segment(doc)
    sents = [[t.text for t in doc.tokens[s.first_token:s.last_token]] for s in doc.sentences]
    ctx = doc_context(sents)
    checked = 0
    for words in sents:
        gaz = model._gaz.features(words) if model._gaz is not None else None
        want = [[a for a in tok if a in known or a.startswith(("BOS", "EOS", "first", "doc", "inq", "gz", "-1gz", "+1gz"))]
                for tok in sentence_features(words, ctx, word_features, None, gaz)]
        got = sentence_features(words, ctx, model._word_features, known, gaz, encoded=True)
        assert all(isinstance(a, bytes) for tok in got for a in tok)
        assert [[a.decode() for a in tok] for tok in got] == want
        checked += len(words)
    assert checked > 25


def test_shape_shortcut_gives_the_per_letter_shape():
    """`features.shape` answers lower- and title-case words without its loop per letter:
    the same shape as the loop on every kind of letter (cased, uncased, titlecase, digits)."""
    import random

    from khronika.ner.features import shape

    def per_letter(word: str) -> str:
        out: list[str] = []
        for ch in word:
            c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
            if not out or out[-1] != c:
                out.append(c)
        return "".join(out)[:6]

    letters = "абвгґдеєжзиіїйАБВГҐДЕЄЖЗИІЇЙabcXYZʼªǅǆǄßẞﬁ中文ᾈᾀΣσς0123-'’.²"
    rng = random.Random(5)
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    words += [c + tail for c in map(chr, range(0x250, 0x2000)) for tail in ("", "а", "Б")]
    for w in words:
        assert shape(w) == per_letter(w), repr(w)
