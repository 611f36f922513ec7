"""A person or state named inside what a meeting talked about takes no part in it (issue 16):
"обговорили ситуацію з Навальним" (whom a state of affairs concerns), also when the partner's
"з" phrase stands between the verb and the topic ("обговорив з Байденом переговори з Росією").
Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, typed

from khronika.extract.events.lexicon.compiled import lexicon

ENTS.setdefault("biden", ("Joe Biden", "Джо Байден", "PER", None))
ENTS.setdefault("macron", ("Emmanuel Macron", "Емманюель Макрон", "PER", None))
ENTS.setdefault("navalny", ("Alexei Navalny", "Олексій Навальний", "PER", None))
ENTS.setdefault("scholz", ("Olaf Scholz", "Олаф Шольц", "PER", None))
ENTS.setdefault("zelenskyy", ("Volodymyr Zelenskyy", "Володимир Зеленський", "PER", None))


consults = typed("CONSULT")


def test_situation_nouns_take_the_topics_partner():
    assert {"ситуація", "становище"} <= lexicon().word_list("partner_taking_nouns")


def test_whom_a_situation_concerns_is_no_party(core_pipeline):
    doc = build(core_pipeline, "Макрон і Шольц обговорили ситуацію з Навальним.",
                names=[("Макрон", "macron"), ("Шольц", "scholz"), ("Навальним", "navalny")])
    [ev] = consults(doc)
    assert "navalny" not in ev.actors + ev.recipients and {"macron", "scholz"} <= set(ev.actors)


def test_the_topic_after_the_partners_phrase(core_pipeline):
    doc = build(core_pipeline, "Учора Макрон обговорив з Байденом ситуацію з Навальним.",
                names=[("Макрон", "macron"), ("Байденом", "biden"), ("Навальним", "navalny")])
    [ev] = consults(doc)
    assert ev.actors == ["macron"] and ev.recipients == ["biden"]
    doc = build(core_pipeline, "Шольц обговорив із Макроном майбутні переговори з Росією.",
                names=[("Шольц", "scholz"), ("Макроном", "macron"), ("Росією", "russia")])
    [ev] = consults(doc)
    assert "russia" not in ev.actors + ev.recipients and ev.recipients == ["macron"]


def test_a_surname_read_as_an_adjective_ends_the_partners_phrase(core_pipeline):
    # "Зеленським" is read by the dictionary as an adjective; "війну Росії" after it is the
    # topic, not part of the partner's "з" phrase
    doc = build(core_pipeline, "Прем'єри обговорили з Зеленським війну Росії.",
                names=[("Зеленським", "zelenskyy"), ("Росії", "russia")])
    [ev] = consults(doc)
    assert "russia" not in ev.actors + ev.recipients and "zelenskyy" in ev.recipients
