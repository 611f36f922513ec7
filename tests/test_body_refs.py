"""Bodies referred to by a bare common noun ("у міськраді", "суду", "у відомстві", "міністра"):
the body named before, the body of a named person's office, the body of the story's city, or
nothing; never a body of its own called "Міськрада" (khronika/extract/body_refs.py)."""
import pytest

import khronika
from khronika.extract.body_refs import body_nouns, fits, office_nouns

DATE = "2025-05-14"


def _on(doc, word: str, after: int = 1) -> set[str]:
    """The entities of the mentions and refs lying on the `after`-th occurrence of `word`."""
    pos = -1
    for _ in range(after):
        pos = doc.text.index(word, pos + 1)
    end = pos + len(word)
    return {x.entity for x in [*doc.mentions, *doc.refs] if x.entity and x.start < end and pos < x.end}


def _speakers(doc) -> list:
    return [q.speaker for q in sorted(doc.quotes, key=lambda q: q.start)]


def test_lexicon_lists_body_nouns_with_kinds():
    nouns = body_nouns()
    assert {"міськрада", "суд", "міністерство", "відомство", "парламент"} <= set(nouns)
    assert nouns["міськрада"].place and nouns["парламент"].home == "verkhovna-rada"
    assert office_nouns()["міністр"] == "міністерство"
    assert fits("Франківський районний суд Львова", nouns["суд"])
    assert not fits("Львівська міська рада", nouns["парламент"])


def test_city_council_of_the_mayor_named_before():
    doc = khronika.analyze("Мер Львова Андрій Садовий закликав містян економити воду. У міськраді "
                           "пояснили, що насосна станція запрацює за тиждень.", date=DATE)
    assert _on(doc, "міськраді") == {"lviv-city-council"}
    assert _speakers(doc) == ["lviv-city-council"]
    assert "miskrada" not in doc.entities


def test_city_council_of_the_city_the_story_is_about():
    doc = khronika.analyze("У Полтаві відремонтують дах ліцею. У міськраді уточнили, що роботи "
                           "оплатять з бюджету громади.", date=DATE)
    assert _speakers(doc) == ["poltava-city-council"]


@pytest.mark.parametrize("text", [
    "У Луцьку та Рівному обмежили рух вантажівок. У міськраді повідомили, що заборона діє до осені.",
    "Жителі невеликого села залишилися без газу. У міськраді повідомили, що ремонт триватиме добу.",
])
def test_no_city_or_two_cities_leave_the_council_unknown(text):
    doc = khronika.analyze(text, date=DATE)
    assert _speakers(doc) == [None]
    assert not any(not e.kb and e.type == "ORG" for e in doc.entities.values())


def test_court_named_before_is_the_court_of_the_verdict():
    doc = khronika.analyze("Франківський районний суд Львова призначив підприємцю штраф. Суд "
                           "врахував, що він визнав провину.", date=DATE)
    court = next(iter(_on(doc, "Франківський")))
    assert _on(doc, "Суд", after=1) == {court}
    assert "sud" not in doc.entities


def test_ministry_named_before_speaks_through_its_noun():
    doc = khronika.analyze("Мінфін продав облігації на мільярд гривень. У відомстві зазначили, що "
                           "попит перевищив пропозицію.", date=DATE)
    assert _on(doc, "відомстві") == {"ministry-of-finance-of-ukraine"}
    assert _speakers(doc) == ["ministry-of-finance-of-ukraine"]


def test_minister_after_his_ministry_is_its_head_on_the_date():
    doc = khronika.analyze("Пресслужба Міноборони передає слова міністра: «Партнери вже "
                           "погодили новий пакет».", date=DATE)
    assert _speakers(doc) == ["rustem-umerov"]


def test_press_service_of_the_parliament_speaks_for_the_rada():
    doc = khronika.analyze("Депутати ухвалили зміни до закону про освіту. Про це повідомила "
                           "пресслужба парламенту.", date=DATE)
    assert _speakers(doc) == ["verkhovna-rada"]


def test_parliament_of_another_state_named_is_not_the_rada():
    doc = khronika.analyze("Угорський парламент схвалив поправки до виборчого закону. Про це "
                           "повідомила пресслужба парламенту.", date=DATE)
    assert "verkhovna-rada" not in _speakers(doc)
    assert not any(not e.kb and e.type == "ORG" for e in doc.entities.values())


def test_loose_noun_means_the_body_just_named_or_nobody():
    doc = khronika.analyze("Державна прикордонна служба посилила контроль на кордоні. У відомстві "
                           "додали, що черги зменшилися.", date=DATE)
    assert _speakers(doc) and _speakers(doc)[0] is not None
    doc = khronika.analyze("Уночі над містом збили вісім дронів. У відомстві повідомили, що "
                           "постраждалих немає.", date=DATE)
    assert _speakers(doc) == [None]
    assert "vidomstvo" not in doc.entities


@pytest.mark.parametrize("text", [
    "МЗС України висловило протест через поїздку угорського міністра до окупованого Криму.",
    "Міноборони прозвітувало про закупівлі. Журналісти порівняли їх із цифрами колишнього міністра.",
    "МЗС України відреагувало на заяву польського міністра щодо кордону.",
])
def test_office_noun_of_another_state_or_a_former_holder_is_not_the_head(text):
    doc = khronika.analyze(text, date=DATE)
    assert not {"andrii-sybiha", "rustem-umerov", "denys-shmyhal"} & _on(doc, "міністра")


def test_a_fund_or_bank_named_by_its_abbreviation_is_the_fund_or_bank_of_the_bare_noun():
    doc = khronika.analyze("Місія МВФ завершила перегляд програми. Фонд погодив виділення Україні "
                           "наступного траншу.", date=DATE)
    assert _on(doc, "Фонд") == {"imf"}
    doc = khronika.analyze("Світовий банк оцінив збитки. Банк надасть Україні ще мільярд доларів.", date=DATE)
    assert _on(doc, "Банк") == {"world-bank"}
