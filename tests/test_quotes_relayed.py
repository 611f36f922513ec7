"""A press service relaying a person's words: the person whose words they are speaks, never
the service; a person left unnamed ("слова командувача") is nobody the text names. Texts
written for these tests."""

from quote_helpers import NAMES, pipe_fixture, reader, spans_or_none


pipe = pipe_fixture(NAMES)
quotes = reader(spans_or_none, "2026-03-05")


def test_the_service_relays_an_unnamed_commanders_words(pipe):
    got = quotes(pipe, "Пресслужба Генштабу передає слова командувача: «Ми утримуємо позиції "
                       "і не відступимо».")
    assert got == [("Ми утримуємо позиції і не відступимо", None)]


def test_the_service_cites_a_named_minister(pipe):
    got = quotes(pipe, "Пресслужба міністерства наводить слова Дениса Шмигаля: «Постачання "
                       "снарядів зросло вдвічі».")
    assert got == [("Постачання снарядів зросло вдвічі", "denys-shmyhal")]


def test_a_role_speaks_after_as_the_service_relays(pipe):
    got = quotes(pipe, "Як передає пресслужба, командувач наголосив, що оборона на сході "
                       "тримається.")
    assert got == [("оборона на сході тримається", None)]


def test_a_named_person_speaks_after_as_the_service_relays(pipe):
    got = quotes(pipe, "Як передає пресслужба Генштабу, генерал Олександр Сирський наголосив, "
                       "що оборона на сході тримається.")
    assert got == [("оборона на сході тримається", "oleksandr-syrskyi")]


def test_words_of_a_thing_are_the_subjects_own(pipe):
    got = quotes(pipe, "Денис Шмигаль передав слова подяки: «Дякуємо партнерам за підтримку».")
    assert got == [("Дякуємо партнерам за підтримку", "denys-shmyhal")]
