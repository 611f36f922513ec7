"""People the KB knows, named inside a Russian passage: the KB writes them in Ukrainian."""
from entity_helpers import Analysed
from khronika.pipeline import analyze

RU = ("Дорогие граждане России! Я обращаюсь к вам. {}")
AT = Analysed("2022-03-20")


def people(sentence, date="2022-03-20"):
    doc = AT.doc(RU.format(sentence), date).to_json()
    return {e["id"]: [m["text"] for m in e["mentions"]] for e in doc["entities"] if e["type"] == "PER"}


def test_a_full_russian_name_links_by_surname_spelling_and_first_name_consonants():
    got = people("Владимир Зеленский встретился с Александром Лукашенко. Спасибо Андрею Ермаку.")
    assert "Владимир Зеленский" in got.get("volodymyr-zelenskyy", [])
    assert "Андрею Ермаку" in got.get("andriy-yermak", [])
    assert not any(e.startswith("andrej-") for e in got)    # "Андрею" is a dative, no address


def test_a_russian_surname_alone_links_and_another_first_name_does_not():
    got = people("Путин должен остановить войну. Об этом знает и госсекретарь Блинкен.")
    assert got.get("vladimir-putin") == ["Путин"]
    assert got.get("antony-blinken") == ["Блинкен"]
    got = people("Спасибо Дмитрию Путину за честность.")
    assert "vladimir-putin" not in got


def test_a_ukrainian_place_spelt_the_same_in_a_russian_passage_is_the_kbs():
    doc = analyze(RU.format("Посмотрите на Чернигов. На Бородянку. На разбитые школы."),
                  "2022-03-20").to_json()
    ids = {e["id"] for e in doc["entities"]}
    assert {"chernihiv", "borodianka"} <= ids
