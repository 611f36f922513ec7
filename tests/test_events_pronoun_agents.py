"""A personal pronoun subject acts when what it stands for is a person or a body ("Посол
сказав ... Він також закликав союзників ..."), not when it stands for a thing ("Ця реформа
важлива. Вона вимагає змін"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import build


@pytest.mark.parametrize("text", [
    "Посол виступив на форумі. Він також закликав союзників пришвидшити постачання снарядів.",
    "Міністерка прибула на форум. Вона закликала партнерів посилити санкції.",
    "Депутати зібралися на засідання. Вони вимагали відставки уряду.",
])
def test_a_pronoun_for_someone_asks(core_pipeline, text):
    assert "REQUEST" in [e.type for e in build(core_pipeline, text).events]


@pytest.mark.parametrize("text", [
    "Ця реформа важлива. Вона вимагає змін у законах.",
    "Нові правила набули чинності. Вони вимагають від компаній звітності.",
    "Новий закон набув чинності. Він вимагає від компаній звітності.",
])
def test_a_pronoun_for_a_thing_asks_nothing(core_pipeline, text):
    assert "REQUEST" not in [e.type for e in build(core_pipeline, text).events]
