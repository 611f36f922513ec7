""""Вони" after the adversary named by a common word ("окупанти", "російські військові") is the
adversary, the doer of what it tells (issue 16); after any other plural subject it is left
alone. Sentences written for these tests."""
from __future__ import annotations

from test_events import build


def of_type(doc, type_):
    return [e for e in doc.events if e.type == type_]


def test_they_after_the_occupiers_is_the_adversary(core_pipeline):
    doc = build(core_pipeline, "Загарбники підійшли до Чернігова. Вони обстріляли житлові квартали.")
    [ev] = of_type(doc, "ASSAULT")
    assert ev.actors == ["russia"]
    doc = build(core_pipeline, "Окупанти заходять у села. Вони грабують будинки і викрадають людей.")
    [ev] = of_type(doc, "COERCE")
    assert ev.actors == ["russia"]


def test_they_after_the_adversarys_forces(core_pipeline):
    doc = build(core_pipeline, "Російські військові цілеспрямовано шукали вчителів. Вони викрадають голів громад.",
                refs=[("Російські", "russia", "adjective")])
    [ev] = of_type(doc, "COERCE")
    assert ev.actors == ["russia"]


def test_they_after_another_subject_is_left_alone(core_pipeline):
    doc = build(core_pipeline, "Окупанти підійшли до міста. Наші гармати вдарили по колоні. Вони обстріляли склади.")
    assert all("russia" not in e.actors for e in of_type(doc, "ASSAULT") if "склади" in e.evidence.text)
    doc = build(core_pipeline, "Окупанти відступили.\n\nВони обстріляли склади.")
    assert all(e.actors == [] for e in of_type(doc, "ASSAULT"))
