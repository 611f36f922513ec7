"""A sentence that goes on with the subject left out after a word of what came next ("Потім
провів переговори", "Далі відвідав Ірпінь", "Тоді зустрілася з ..."): the word opening it is no
subject of its own, so the person of the sentence before acts (issue 16). Sentences written for
these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

from khronika.extract.events.lexicon.compiled import lexicon

ENTS.setdefault("olaf-scholz", ("Olaf Scholz", "Олаф Шольц", "PER", "Q61053"))
ENTS.setdefault("emmanuel-macron", ("Emmanuel Macron", "Емманюель Макрон", "PER", "Q3052772"))
ENTS.setdefault("maia-sandu", ("Maia Sandu", "Мая Санду", "PER", "Q6735700"))
ENTS.setdefault("irpin", ("Irpin", "Ірпінь", "LOC", "Q1020849"))
ENTS.setdefault("chisinau", ("Chisinau", "Кишинів", "LOC", "Q21197"))


consults = typed("CONSULT")


def test_sequence_adverbs_are_data():
    assert {"далі", "пізніше", "згодом"} <= lexicon().word_list("sequence_adverbs")


def test_a_word_of_what_came_next_is_no_subject(core_pipeline):
    doc = build(core_pipeline, "Емманюель Макрон прибув до Кишинева. Потім провів переговори з Маєю Санду.",
                names=[("Емманюель Макрон", "emmanuel-macron"), ("Кишинева", "chisinau"),
                       ("Маєю Санду", "maia-sandu")])
    talk = [e for e in consults(doc) if "maia-sandu" in e.recipients]
    assert talk and all("emmanuel-macron" in e.actors for e in talk)
    doc = build(core_pipeline, "Олаф Шольц приїхав до Києва. Далі відвідав Ірпінь.",
                names=[("Олаф Шольц", "olaf-scholz"), ("Києва", "kyiv"), ("Ірпінь", "irpin")])
    visit = [e for e in consults(doc) if e.place == "irpin"]
    assert visit and visit[0].actors[:1] == ["olaf-scholz"]


def test_a_name_opening_the_sentence_is_still_its_subject(core_pipeline):
    doc = build(core_pipeline, "Олаф Шольц приїхав до Києва. Макрон відвідав Ірпінь.",
                names=[("Олаф Шольц", "olaf-scholz"), ("Києва", "kyiv"), ("Макрон", "emmanuel-macron"),
                       ("Ірпінь", "irpin")])
    visit = [e for e in consults(doc) if e.place == "irpin"]
    assert visit and "olaf-scholz" not in visit[0].actors
