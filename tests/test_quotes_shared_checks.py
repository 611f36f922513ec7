"""The checks several parts of the quote layer share live in one place each, so the parts
cannot drift apart: whether a verb lets a text speak on its own, whether a preposition and a
noun name the document words are written in, whether a noun names a person."""
from khronika.document import Token
from khronika.extract.quotes.lexicon import lexicon, names_document


def _tok(text, lemma=None, pos=None, case=None, tags=()):
    return Token(0, len(text), text, text.lower(), lemma=lemma or text.lower(), pos=pos,
                 case=case, tags=frozenset(tags))


def test_a_document_verb_or_an_impersonal_form_lets_a_text_speak():
    lex = lexicon()
    assert lex.is_document_verb(_tok("йдеться", lemma="йтися", pos="VERB"))
    assert lex.is_document_verb(_tok("вказано", lemma="вказати", tags={"Impe"}))
    assert not lex.is_document_verb(_tok("сказав", lemma="сказати", pos="VERB"))


def test_a_body_preposition_and_a_document_noun_name_a_document():
    lex = lexicon()
    assert names_document(lex, _tok("у"), _tok("зверненні", lemma="звернення"))
    assert not names_document(lex, _tok("після"), _tok("звернення", lemma="звернення"))
    assert not names_document(lex, _tok("у"), _tok("місті", lemma="місто"))


def test_an_animate_noun_in_the_nominative_names_a_person():
    from khronika.extract.quotes.referred_speakers import person_noun
    assert person_noun(_tok("сусідка", pos="NOUN", case="nomn"))
    assert not person_noun(_tok("місто", pos="NOUN", case="nomn"))
    assert not person_noun(_tok("сусідки", pos="NOUN", case="gent"))


def test_the_lead_sentences_with_an_interview_word_are_read_between_its_bounds():
    from khronika.document import Document
    from khronika.extract.quotes.interview import _interview_sentences
    from khronika.pipeline import Pipeline
    from khronika.settings import Settings
    text = ("Про дороги говорили всі. Мер в інтерв'ю газеті пояснив план. "
            "Потім був дощ. Голова громади в розмові з нами додав деталі. Кінець.")
    doc = Pipeline(Settings(pipeline=("segment",)))(Document(text, date="2026-03-12"))
    lex = lexicon()
    firsts = [text[s.start:s.end].split()[0] for s in _interview_sentences(doc, lex, len(text))]
    assert firsts == ["Про", "Мер", "Голова"]
    second = doc.sentences[1].start
    assert [text[s.start:s.end].split()[0] for s in _interview_sentences(
        doc, lex, doc.sentences[3].start, second)] == ["Мер"]
