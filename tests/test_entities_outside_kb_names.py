"""Names the knowledge base does not know: one id in every case, the same in every document,
and the right nominative for Ukrainian and foreign surname types (-а/-ая, -ко, -ук, -ич, -ія,
-дзе/-швілі, double surnames, particles). Texts written for these tests; the statistical model
is replaced by a stand-in that tags the given name."""
import pytest

from ner_double import analyse_with_spans
from entity_helpers import pipe  # noqa: F401  (a fixture)


# the nominative, then the name in other cases
NAMES = [
    ("Оксана Петрук", ["Оксани Петрук", "Оксані Петрук", "Оксану Петрук", "Оксаною Петрук"]),
    ("Ірина Заболотна", ["Ірини Заболотної", "Ірині Заболотній", "Ірину Заболотну", "Іриною Заболотною"]),
    ("Марія Кузьменко", ["Марії Кузьменко", "Марію Кузьменко", "Марією Кузьменко"]),
    ("Тарас Дмитренко", ["Тараса Дмитренка", "Тарасові Дмитренку", "Тарасом Дмитренком"]),
    ("Богдан Гнатюк", ["Богдана Гнатюка", "Богданові Гнатюку", "Богданом Гнатюком"]),
    ("Андрій Ковалевич", ["Андрія Ковалевича", "Андрієві Ковалевичу", "Андрієм Ковалевичем"]),
    ("Ніна Ковалевич", ["Ніни Ковалевич", "Ніні Ковалевич", "Ніною Ковалевич"]),
    # a man's -ія surname declines as a noun in -ія after a vowel: -ії, -ією
    ("Георгій Гвахарія", ["Георгія Гвахарії", "Георгієві Гвахарії", "Георгієм Гвахарією"]),
    ("Леван Махарадзе", ["Левана Махарадзе", "Леванові Махарадзе", "Леваном Махарадзе"]),
    ("Ніко Гелашвілі", ["Ніко Гелашвілі"]),
    ("Олена Ткач-Бойко", ["Олени Ткач-Бойко", "Оленою Ткач-Бойко"]),
    ("Роман Бондар-Шевчук", ["Романа Бондаря-Шевчука", "Романові Бондарю-Шевчуку", "Романом Бондарем-Шевчуком"]),
    ("Людвіг ван Берген", ["Людвіга ван Бергена", "Людвігові ван Бергену", "Людвігом ван Бергеном"]),
    ("Карл фон Гайнц", ["Карла фон Гайнца", "Карлом фон Гайнцом"]),
    ("Анна Маркович", ["Анни Маркович", "Анні Маркович", "Анною Маркович"]),
    # a woman's name before an undeclined surname: Yaroslav's genitive would decline it
    ("Ярослава Білоус", ["Ярослави Білоус", "Ярославою Білоус"]),
    # "Олександра Махова" is Makhov's genitive or Makhova's nominative: with nothing around it
    # to tell, the man's oblique case (the old reading, and how a man is named in an object)
    ("Олександр Махов", ["Олександра Махова", "Олександрові Махову", "Олександром Маховим"]),
    ("Василь Кравчишин", ["Василя Кравчишина", "Василеві Кравчишину", "Василем Кравчишиним"]),
    # "Наталі" is Наталя's genitive, not the undeclined name Natalie
    ("Наталя Гордієнко", ["Наталі Гордієнко", "Наталею Гордієнко"]),
    ("Максим Стрілецький", ["Максима Стрілецького", "Максимові Стрілецькому", "Максимом Стрілецьким"]),
    ("Світлана Стрілецька", ["Світлани Стрілецької", "Світлані Стрілецькій", "Світланою Стрілецькою"]),
    ("Джеймс Макдермотт", ["Джеймса Макдермотта", "Джеймсові Макдермотту", "Джеймсом Макдермоттом"]),
    ("Жан-Люк Моро", ["Жана-Люка Моро", "Жаном-Люком Моро"]),
]


def _person(pipe, text, name):
    doc = analyse_with_spans(pipe, text, "2024-05-03", [(name, "PER")])
    got = [(doc.entities[m.entity].id, doc.entities[m.entity].name_uk, doc.entities[m.entity].kb)
           for m in doc.mentions if m.type == "PER"]
    assert len(got) == 1, (text, got)
    return got[0]


@pytest.mark.parametrize("nominative, forms", NAMES)
def test_a_name_outside_the_kb_has_one_id_and_its_nominative_in_every_case(pipe, nominative, forms):
    first = nominative.split()[0]
    verb = "провела" if first.endswith(("а", "я")) and first != "Ніко" else "провів"
    eid, name_uk, kb = _person(pipe, f"Учора в Києві {nominative} {verb} зустріч.", nominative)
    assert name_uk == nominative and not kb
    for form in forms:
        # each form in a document of its own: the id is made from the nominative, not kept
        # from an earlier mention
        text = f"Учора журналісти поспілкувалися з різними людьми. Слово надали: {form}."
        assert _person(pipe, text, form) == (eid, nominative, False), form
