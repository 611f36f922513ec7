"""A quote mark left open does not make the paragraphs after it speech unless the quote is
framed as speech: a mark opened inside narration and a stray closing mark paragraphs later,
with no speech verb after it, leave the narration between as narration; a quote whose next
paragraphs do not reopen with a mark ends at its paragraph when a later paragraph opens a new
one. Sentences written for these tests."""
from __future__ import annotations

from quote_helpers import MARKS, analysed, pipe_fixture, texts

pipe = pipe_fixture(MARKS)


def _quoted(pipe, text):
    return texts(analysed(pipe, text, "2021-05-04").quotes)


def _none_of(quotes, *words):
    return not any(w in q for q in quotes for w in words)


def test_mark_opened_in_narration_with_stray_close_much_later(pipe):
    text = ("Підлітки тепер живуть у режимі « офлайн-мінімум .\n\n"
            "Частка домогосподарств з широкосмуговим доступом за рік зросла на п'яту частину.\n\n"
            "У селах кількість абонентів мобільного зв'язку теж збільшилася.\n\n"
            "Кожен третій школяр має власний планшет » .\n\n"
            "Опитування провели навесні.")
    quoted = _quoted(pipe, text)
    assert _none_of(quoted, "домогосподарств", "абонентів"), quoted


def test_unclosed_name_in_report_with_closing_mark_paragraphs_later(pipe):
    text = ("Місто підписало угоду з консорціумом « Зелений транзит на десять років.\n\n"
            "Перші тролейбуси мають вийти на маршрут восени.\n\n"
            "Депо на околиці реконструюють за кошти позики.\n\n"
            "Проєкт отримав назву « Чисте місто » ще взимку, а кошторис » затвердили влітку.")
    quoted = _quoted(pipe, text)
    assert _none_of(quoted, "тролейбуси", "Депо"), quoted


def test_closing_with_speech_verb_keeps_the_quote_running_on(pipe):
    text = ("Суд зазначив, що відповідач «не довів належними доказами шкоди довкіллю.\n"
            "Сама лише близькість звалища до річки такою шкодою не є», наголосила колегія.")
    quoted = _quoted(pipe, text)
    assert any("близькість звалища" in q for q in quoted), quoted


def test_paragraph_quote_not_reopened_ends_before_a_new_mark(pipe):
    text = ("Видання процитувало програму форуму.\n"
            "«У розкладі значилося: «10:00 – Північна група: ми постачаємо зерно з Полтавщини».\n"
            "Друга фірма зареєстрована у Роттердамі навесні.\n"
            "Її рахунки веде аудитор з Амстердама.\n"
            "«Фірма створена для пошуку нових ринків збуту», – повідомили в компанії.")
    quoted = _quoted(pipe, text)
    assert _none_of(quoted, "Роттердамі", "аудитор"), quoted
    assert any(q.startswith("Фірма створена") for q in quoted), quoted


def test_reopened_paragraphs_still_one_quote(pipe):
    text = ("Міністр сказав:\n"
            "«Ми відкриємо три нові пункти пропуску.\n"
            "«Черги на кордоні скоротяться вдвічі.\n"
            "«Це лише початок», – додав він.")
    quoted = _quoted(pipe, text)
    assert any("Черги" in q for q in quoted) and any("початок" in q for q in quoted), quoted


def test_closing_mark_with_no_opening_one_makes_no_quote(pipe):
    # no quote is open in any earlier paragraph: the words before the stray mark are narration
    for text in ("Підлітки тепер живуть у режимі « офлайн-мінімум .\n\n"
                 "Частка домогосподарств з широкосмуговим доступом за рік зросла.\n\n"
                 "Кожен третій школяр має власний планшет » .\n\n"
                 "Опитування провели навесні.",
                 "Ціни на пальне знову поповзли вгору » .\n\nЗаправки в області працюють цілодобово.",
                 "Фермери області засіяли соняшником майже половину полів\" .\n\nЖнива почнуться у вересні.",
                 "Бригада відремонтувала міст через Ворсклу за два тижні » , і рух відновили в суботу."):
        quoted = _quoted(pipe, text)
        assert _none_of(quoted, "школяр", "пальне", "соняшником", "міст"), quoted


def test_stray_closing_mark_with_speech_frame_still_quotes(pipe):
    for text, first in (("Будемо будувати далі » , – сказав мер на зустрічі з мешканцями.", "Будемо"),
                        ("Школа відкриється першого вересня » , – запевнила директорка.", "Школа"),
                        ("Маршрут продовжать до вокзалу, – пояснив перевізник. – Це вже вирішено » .",
                         "Маршрут")):
        quoted = _quoted(pipe, text)
        assert any(q.startswith(first) for q in quoted), quoted


# The annotation guidelines: a closing mark without its opening mark still closes a quote that
# began at the start of the paragraph. Words in the first person there are someone's own, even
# with no speech verb after the mark; narration stays narration.
def test_first_person_words_closed_by_a_stray_mark_stay_a_quote(pipe):
    text = ("Голова громади звернувся до мешканців.\n\n"
            "Ми відбудуємо кожну школу і кожну лікарню».")
    quoted = _quoted(pipe, text)
    assert any("відбудуємо кожну школу" in q for q in quoted), quoted
