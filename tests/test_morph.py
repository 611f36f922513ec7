from khronika.document import Document
from khronika.extract.morph import analyse


def test_verb_features(core_pipeline):
    doc = core_pipeline(Document(text="Вона заявила, що зустріч відбудеться завтра."))
    by_text = {t.text: t for t in doc.tokens}
    said = by_text["заявила"]
    assert (said.lemma, said.pos, said.gender, said.tense) == ("заявити", "VERB", "femn", "past")
    fut = by_text["відбудеться"]
    assert fut.tense == "futr" and fut.aspect == "perf"
    assert by_text["зустріч"].case == "nomn" and by_text["зустріч"].number == "sing"
    assert by_text[","].lemma is None            # punctuation carries no analysis


def test_apostrophe_variants_analyse_alike():
    assert analyse("зв’язку").lemma == analyse("зв'язку").lemma == analyse("звʼязку").lemma


def test_cache_returns_same_object():
    assert analyse("перемовини") is analyse("перемовини")
