"""Forms of foreign and parliamentary news retold in Ukrainian that the lexicon missed: martial law
or an emergency imposed, troops sent in or raised on alert, women hostages freed, a pact's force
ended, a border blocked to a neighbour, a greeting by phone, call-up papers served, hundreds of
protesters detained (the people counted after "сотні"); and the same words in other senses (a state
of war in force or extended, new rules brought in, a summons to an interrogation, quarantine
ended, a teacher's greeting). Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build, sorted_types as _types

ENTS.setdefault("syria", ("Syria", "Сирія", "LOC", "Q858"))


def test_a_border_blocked_to_a_neighbour_is_a_sanction(core_pipeline):
    text = "Туреччина перекрила кордон із Сирією."
    doc = build(core_pipeline, text, names=[("Туреччина", "turkey"), ("Сирією", "syria")])
    assert _types(doc) == ["SANCTION"]


@pytest.mark.parametrize("text, type_", [
    ("Президент сусідньої країни оголосив воєнний стан.", "COERCE"),
    ("Уряд запровадив надзвичайний стан у столиці.", "COERCE"),
    ("Сусідня держава ввела війська до прикордонних сіл.", "MOBILIZE"),
    ("Командування підняло по тривозі армію.", "MOBILIZE"),
    ("Угруповання звільнило чотирьох заручниць.", "RETREAT"),
    ("Уряд також припинив дію угоди про вільну торгівлю.", "REJECT"),
    ("Прем'єр-міністр привітав переможця виборів телефоном.", "CONSULT"),
    ("Працівники військкомату вручили повістки двомстам чоловікам.", "MOBILIZE"),
    ("Поліція затримала сотні протестувальників.", "COERCE"),
])
def test_foreign_news_forms_tell_a_happening(core_pipeline, text, type_):
    assert _types(build(core_pipeline, text)) == [type_]


@pytest.mark.parametrize("text", [
    "Країна живе в умовах воєнного стану.",
    "Парламент продовжив воєнний стан ще на дев'яносто днів.",
    "Уряд ввів нові правила для перевізників.",
    "Слідчий вручив повістку на допит свідкові.",
    "Уряд припинив дію карантину.",
    "Вчитель привітав учнів з початком навчального року.",
])
def test_the_same_words_in_other_senses_tell_none(core_pipeline, text):
    assert _types(build(core_pipeline, text)) == []
