"""A rank before a name: an award list's serviceman is not the KB's civilian namesake, while
a commander or a general named with a rank keeps the link (texts written for these tests)."""
import datetime as dt

import pytest

from khronika.document import Document
from entity_helpers import pipe  # noqa: F401  (a fixture)


def people(pipe, text, date="2023-05-10"):
    doc = pipe(Document(text=text, date=dt.date.fromisoformat(date)))
    return {e.id: e.kb for e in doc.entities.values() if e.type == "PER"}


def test_a_serviceman_in_an_award_list_is_not_the_deputy_of_that_name(pipe):
    got = people(pipe, "Нагородити орденом «За мужність» III ступеня старшого лейтенанта "
                       "Геруса Андрія Андрійовича.")
    assert "andrii-herus" not in got
    assert got.get("andrii-herus-local") is False


def test_the_deputy_without_a_rank_keeps_the_link(pipe):
    got = people(pipe, "Голова енергетичного комітету Андрій Герус заявив про нові відключення.")
    assert got.get("andrii-herus") is True


@pytest.mark.parametrize("text, pid", [
    ("Генерал-лейтенант Буданов провів нараду.", "kyrylo-budanov"),
    ("Командувач Сухопутних військ генерал-лейтенант Павлюк відвідав бригаду.", "oleksandr-pavliuk"),
    ("Головою військової адміністрації буде генерал Жирнов Микола Миколайович.", "mykola-zhyrnov"),
])
def test_a_uniformed_office_holder_named_with_a_rank_keeps_the_link(pipe, text, pid):
    assert people(pipe, text, "2022-03-01" if "Жирнов" in text else "2024-05-10").get(pid) is True
