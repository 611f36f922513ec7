""""Вони" read by its antecedent, the nearest plural subject before it (issue 16): the adversary
named by a common word ("окупанти", "російські військові"), or the people or states named
together as one subject ("Ніїністьо та Зеленський ... Вони домовилися"); after any other plural
subject it is left alone. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, of_type

ENTS.setdefault("sauli-niinisto", ("Sauli Niinistö", "Саулі Ніїністьо", "PER", None))
ENTS.setdefault("volodymyr-zelenskyy", ("Volodymyr Zelenskyy", "Володимир Зеленський", "PER", None))


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


def test_they_after_parties_named_together(core_pipeline):
    doc = build(core_pipeline, "Саулі Ніїністьо та Володимир Зеленський зустрілися в Гельсінкі. "
                "Вони домовилися про спільне виробництво дронів.",
                names=[("Саулі Ніїністьо", "sauli-niinisto"), ("Володимир Зеленський", "volodymyr-zelenskyy")])
    [ev] = of_type(doc, "AGREE")
    assert {"sauli-niinisto", "volodymyr-zelenskyy"} <= set(ev.actors)
    doc = build(core_pipeline, "Україна і Польща провели консультації. Вони підписали угоду про транзит.",
                names=[("Україна", "ukraine"), ("Польща", "poland")])
    [ev] = of_type(doc, "AGREE")
    assert set(ev.actors) == {"ukraine", "poland"}


def test_they_after_one_person_is_left_alone(core_pipeline):
    doc = build(core_pipeline, "Володимир Зеленський зустрівся з прем'єром. Вони підписали угоду про транзит.",
                names=[("Володимир Зеленський", "volodymyr-zelenskyy")])
    assert all(e.actors == [] for e in of_type(doc, "AGREE"))
