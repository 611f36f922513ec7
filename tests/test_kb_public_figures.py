"""Public figures an address thanks or recalls are KB entries: linked, with a Wikidata id
where it is sure; a body named by an adjective ("Суспільне") is found in every case
(sentences written for these tests)."""
from entity_helpers import Analysed


AT = Analysed("2022-05-01")
entities = AT.by_id


def test_artists_who_backed_ukraine_are_linked():
    ents = entities("На концерті на підтримку України виступили Пол Маккартні та Ед Ширан, "
                    "а Джоан Роулінг передала гроші на лікування дітей.")
    for eid, qid in (("paul-mccartney", "Q2599"), ("ed-sheeran", "Q47447"), ("j-k-rowling", "Q34660")):
        assert ents[eid]["kb"] and ents[eid]["wikidata"] == qid


def test_russians_named_in_russian_are_linked():
    ents = entities("Я благодарю Дмитрия Муратова и Юрия Дудя за честные слова.")
    assert ents["dmitry-muratov"]["kb"] and ents["yury-dud"]["kb"]


def test_bands_are_bodies_not_places_or_people():
    ents = entities("Пісню записали разом із гуртами Pink Floyd та Queen.")
    assert ents["pink-floyd"]["type"] == "ORG" and ents["queen-band"]["type"] == "ORG"


def test_kings_with_a_regnal_number_in_cyrillic():
    ents = entities("Ярославна була дружиною короля Гаральда ІІІ Суворого і бабусею Сігурда Хрестоносця.")
    assert ents["harald-hardrada"]["kb"] and ents["sigurd-the-crusader"]["kb"]


def test_a_broadcaster_named_by_an_adjective_in_every_case():
    for text in ("Про це Умєров сказав Суспільному.", "За даними Суспільного, вибухи чули в Одесі.",
                 "Інтерв'ю із Суспільним вийде завтра."):
        assert "suspilne" in entities(text, "2024-05-01"), text
    assert "suspilne" not in entities("Суспільне життя в місті завмерло.", "2024-05-01")
