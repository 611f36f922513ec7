"""Item 5 of issue 11: analysis work grows linearly with the text. Not timed (tests never
depend on timing): the lines executed in the layers that were quadratic are counted with a
trace function, on 4x more paragraphs of the same prose; linear work gives 4x, the old code
gave 10-16x. The timing benchmark is `bench/bench_long.py`."""
from __future__ import annotations

import sys

import pytest

from khronika.document import Document
from khronika.pipeline import Pipeline
from khronika.settings import Settings

PARAGRAPH = ("Голова Донецької ОВА Вадим Філашкін заявив, що росіяни обстріляли Андріївку "
             "Бахмутського району. «Ми готові до переговорів», — сказав міністр Андрій Сибіга. "
             "Вчора він зустрівся з Гаканом Фіданом в Анкарі, і сторони домовилися про обмін.")
# the speaker resolution is split in mixins: its walks back over the candidates that this
# prose runs ("сказав міністр") are in `referred_speakers`
WATCHED = ("extract/entities/places.py", "extract/quotes/speakers.py",
           "extract/quotes/referred_speakers.py", "extract/events/merging/merge.py")


@pytest.fixture(scope="module")
def pipe():
    p = Pipeline(Settings())
    p(Document(text=PARAGRAPH, date="2025-06-01"))
    return p


def _lines(pipe, paragraphs: int, watched=WATCHED, text=None) -> dict[str, int]:
    counts = {w: 0 for w in watched}

    def tracer(frame, event, arg):
        name = frame.f_code.co_filename.replace("\\", "/")
        for w in watched:
            if name.endswith(w):
                def local(frame, event, arg, w=w):
                    if event == "line":
                        counts[w] += 1
                    return local
                return local
        return None

    doc = Document(text=text or "\n\n".join([PARAGRAPH] * paragraphs), date="2025-06-01")
    sys.settrace(tracer)
    try:
        pipe(doc)
    finally:
        sys.settrace(None)
    return counts


def test_layer_work_is_linear_in_text_length(pipe):
    small, big = _lines(pipe, 15), _lines(pipe, 60)
    for w in WATCHED:
        assert small[w] > 0, w
        assert big[w] <= 5 * small[w], f"{w}: {small[w]} -> {big[w]} lines for 4x the text"


# A new person (no KB entry) in every paragraph, named again by surname and by "він": the
# document's local people and pronoun anchors grow with the text, and each was once compared
# with all of them.
FIRST = ("Олена", "Ігор", "Марія", "Тарас", "Оксана", "Богдан", "Ірина", "Василь")
STEMS = ("Кравч", "Борис", "Гнат", "Дем", "Лук", "Остап", "Свир", "Тимош", "Фед", "Ярем")
ENDS = ("енко", "юк", "ишин", "ович", "ак", "ун")
# (the local namer's people, matched through `_FormIndex`, are in local_people.py)
PEOPLE_WATCHED = ("extract/entities/localnames.py", "extract/entities/local_people.py",
                  "extract/coref.py")


def _people_text(n: int) -> str:
    names = [f"{FIRST[k % len(FIRST)]} {STEMS[k % len(STEMS)]}{ENDS[k // len(STEMS) % len(ENDS)]}"
             for k in range(n)]
    return "\n\n".join(f"Директор підприємства {p} заявив, що роботи тривають. Пізніше "
                        f"{p.split()[1]} додав, що він задоволений." for p in names)


def test_local_people_and_pronouns_cost_linear_work(pipe):
    small = _lines(pipe, 15, PEOPLE_WATCHED, _people_text(15))
    big = _lines(pipe, 60, PEOPLE_WATCHED, _people_text(60))
    for w in PEOPLE_WATCHED:
        assert small[w] > 0, w
        assert big[w] <= 5 * small[w], f"{w}: {small[w]} -> {big[w]} lines for 4x the text"
