"""Issue 14 (scale): the entity layer's per-span and per-token passes do their work only on
the words that may need it. Not timed (tests never depend on timing): the calls that used to
be made for every token or every word of a span are counted. The timing benchmark is
`bench/bench_core.py`; `bench/compare_output.py` shows the output unchanged."""
from __future__ import annotations

from khronika.document import Document
from khronika.extract.entities import span_context
from khronika.extract.entities.local_people import LocalPeople, _FormIndex
from khronika.extract.entities.span_context import _after_award
from khronika.extract.segment import segment
from khronika.extract.tokenscan import Columns


class _State:
    """What `link_partials` reads of a DocState."""

    def __init__(self, doc):
        self.doc = doc
        self.covered = [None] * len(doc.tokens)
        self.first_seen = {}
        self.added = []
        self.columns = Columns(doc.tokens)

    def sentence_initial(self, i):
        return i == 0 or self.doc.tokens[i - 1].sentence != self.doc.tokens[i].sentence

    def add_mention(self, i, j, eid, etype, source):
        self.added.append((i, j, eid))


def test_link_partials_asks_the_form_index_only_for_forms_it_holds(monkeypatch):
    # many capitalised words, of which one form belongs to a person named before
    text = ("Оксана Дрозденко приїхала до Вінниці. Там Дрозденко зустріла Мирослава, Тараса, "
            "Галину, Степана й Ореста. Потім Дрозденко поїхала до Житомира.")
    doc = Document(text=text, date="2025-03-04")
    segment(doc)
    people = {"oksana-drozdenko": {"surname_forms": {"дрозденко"}, "first_forms": {"оксана"},
                                   "gender": "femn"}}
    forms = _FormIndex(people)
    asked = []
    real = _FormIndex.named

    def named(self, form, first_too):
        asked.append(form)
        return real(self, form, first_too)
    monkeypatch.setattr(_FormIndex, "named", named)
    st = _State(doc)
    st.first_seen["oksana-drozdenko"] = 0
    LocalPeople.link_partials(LocalPeople(), st, people, forms)
    assert set(asked) <= {"дрозденко", "оксана"}, asked
    # the person's forms after the first mention are still found (none is covered here)
    assert [doc.tokens[i].text for i, _, _ in st.added] == ["Дрозденко"] * 3


class _Tok:
    def __init__(self, norm):
        self.norm = norm


def test_after_award_reads_only_the_first_word_of_a_span_no_title_starts(monkeypatch):
    titles = (("герой", "україни"), ("народний", "артист"))
    toks = [_Tok(w) for w in ("петро", "іваненко", "з", "полтави", "і", "київщини")]
    calls = []
    real = span_context._WORD

    class Counting:
        def findall(self, s):
            calls.append(s)
            return real.findall(s)

        def search(self, s):
            calls.append(s)
            return real.search(s)
    monkeypatch.setattr(span_context, "_WORD", Counting())
    assert _after_award(toks, 0, len(toks), titles) == 0
    assert calls == ["петро"]
    # a span that begins with a title still loses it
    toks = [_Tok(w) for w in ("героя", "україни", "петра", "іваненка")]
    assert _after_award(toks, 0, len(toks), titles) == 2
