"""Entities of part E26 (issue 12): a home body's alias before a plural of states, a
hyphenated compound of common nouns at a sentence's start, and sports competitions, each
tested with sentences written for the test."""
from __future__ import annotations

from entity_helpers import Analysed

A = Analysed("2024-11-05")


def _pairs(text: str) -> set[tuple[str, str]]:
    return A.mention_pairs(text)


def _typed(text: str) -> dict[str, str]:
    return {m["text"]: e["type"] for e in A.named(text) for m in e["mentions"]}


def test_ministry_alias_before_a_plural_of_states_is_not_the_home_ministry():
    """"МЗС країн Північної Європи", "Міноборони держав-членів НАТО": the ministries of a
    group of other states, none of them Ukraine's; the named group or body stays."""
    text = ("Представники МЗС країн Північної Європи обговорили нові обмеження. "
            "Згодом Міноборони держав-членів НАТО погодили графік постачань.")
    got = _pairs(text)
    assert not any(eid in ("mfa-of-ukraine", "ministry-of-defence-of-ukraine") for _, eid in got), got
    assert ("НАТО", "nato") in got


def test_head_of_ministries_of_a_group_is_not_the_home_minister():
    """"Глави МЗС країн G7", "міністри закордонних справ держав-членів ЄС": the office of
    several other states; no role reference to Ukraine's minister, and no speaker."""
    for text in ("Глави МЗС країн G7 заявили, що продовжать тиск на агресора.",
                 "Міністри закордонних справ держав-членів ЄС наголосили, що санкції залишаться."):
        roles, doc = A.role_refs(text)
        assert roles == [], (text, roles)
        assert all(q.speaker is None or doc.entities[q.speaker].type != "PER" for q in doc.quotes)


def test_ministry_alias_with_one_state_is_still_that_state():
    """The plural rule leaves a single state alone: "МЗС Естонії" is Estonia's ministry, a
    bare "МЗС" in a Ukrainian text is Ukraine's."""
    got = _pairs("МЗС Естонії викликало посла, а в МЗС повідомили про протест.")
    assert ("МЗС Естонії", "mfa-of-estonia") in got
    assert ("МЗС", "mfa-of-ukraine") in got


def test_hyphenated_compound_of_common_nouns_is_no_name():
    """"Держави-учасниці", "Країни-члени" at a sentence's start carry a capital but are
    common nouns: no entity of their own; the body after them is found."""
    text = ("Держави-учасниці ОБСЄ не погодили кошторис на наступний рік. "
            "Країни-члени Ради Європи підтримали резолюцію.")
    got = A.named(text)
    words = {m["text"] for e in got for m in e["mentions"]}
    assert not any(w.startswith(("Держави-", "Країни-")) for w in words), words
    assert ("ОБСЄ", "osce") in _pairs(text)


def test_name_compound_keeps_its_hyphen():
    """A name written with a hyphen ("Івано-Франківськ", "Жан-Клод") is no compound of
    common nouns, nor is a compound with an adjective ("Націонал-ліберальна"): still found;
    so is a compound of common nouns capitalised inside a sentence, the name of a monument."""
    got = _pairs("Делегація з Івано-Франківська приїхала до Луцька.")
    assert ("Івано-Франківська", "ivano-frankivsk") in got
    words = {m for m, _ in _pairs("Мешканці села проголосували за пам’ятник Янголові-Охоронцю , а не за бюст.")}
    assert "Янголові-Охоронцю" in words, words
    words = {m for m, _ in _pairs("На виборах Націонал-ліберальна спілка Молдови отримала два мандати.")}
    assert any(w.startswith("Націонал-ліберальна") for w in words), words


def test_competition_is_no_person():
    """"у Лізі чемпіонів", "в Лізі націй": "Лізі" is also the dative of the name "Ліза",
    but before a lowercase genitive it is the competition's head: a MISC name of the whole,
    never a person."""
    for text in ("Київське Динамо двічі програло у Лізі чемпіонів цього сезону.",
                 "Наша збірна посіла друге місце в Лізі націй."):
        typed = _typed(text)
        assert "PER" not in typed.values(), (text, typed)
        assert any(w.startswith("Лізі ") and t == "MISC" for w, t in typed.items()), (text, typed)


def test_competition_with_a_place_name_is_misc_not_a_body():
    """"Ліга Європи" names a tournament, not an organisation."""
    typed = _typed("Вчора ввечері у матчі Ліги Європи забили чотири голи.")
    assert typed.get("Ліги Європи") == "MISC", typed


def test_first_name_that_looks_like_a_competition_stays_a_person():
    """"Лізі Петренко": the first name with a surname is the person."""
    typed = _typed("Минулого тижня Лізі Петренко вручили премію за репортаж.")
    assert typed.get("Лізі Петренко") == "PER", typed
