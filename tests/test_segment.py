from khronika.document import Document
from khronika.extract.segment import paragraphs, segment


def seg(text):
    doc = Document(text=text)
    segment(doc)
    return doc


def test_offsets_point_into_original_text():
    text = "Міністр заявив: «Ми на зв’язку з партнерами». Зустріч — 5 січня 2026 р. у Києві."
    doc = seg(text)
    for tok in doc.tokens:
        assert text[tok.start:tok.end] == tok.text
    assert "зв’язку" in [t.text for t in doc.tokens]          # original apostrophe kept
    assert "зв'язку" in [t.norm for t in doc.tokens]           # unified for matching


def test_abbreviation_does_not_end_sentence_but_paragraphs_do():
    doc = seg("Угоду підписали 5 січня 2026 р. у Варшаві, див. додаток.\nДругий абзац. Ще речення.")
    assert len(doc.paragraphs) == 2
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    assert texts[0] == "Угоду підписали 5 січня 2026 р. у Варшаві, див. додаток."
    assert texts[1:] == ["Другий абзац.", "Ще речення."]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1]


def test_speech_dash_split_from_word():
    for dash in "-–—":
        doc = seg(f"{dash}Починаємо цей рік дипломатією.")
        assert [t.text for t in doc.tokens[:2]] == [dash, "Починаємо"]


def test_dash_variants_normalised_and_words_split():
    doc = seg("Рада Україна–НАТО зібралася 5–7 січня.")
    words = [t.text for t in doc.tokens]
    assert words[:4] == ["Рада", "Україна", "–", "НАТО"]
    assert "5" in words and "7" in words
    assert [t.norm for t in doc.tokens if t.text == "–"] == ["-", "-"]


def test_blank_lines_and_whitespace_are_not_paragraphs():
    text = "  Перший.  \n\n\n\tДругий.\n"
    ps = paragraphs(text)
    assert [text[p.start:p.end] for p in ps] == ["Перший.", "Другий."]


def test_sentence_token_ranges_cover_every_token_once():
    doc = seg("Один. Два три.\nЧотири п'ять шість.")
    seen = []
    for i, s in enumerate(doc.sentences):
        toks = doc.sentence_tokens(i)
        assert all(t.sentence == i and s.start <= t.start and t.end <= s.end for t in toks)
        seen.extend(toks)
    assert seen == doc.tokens
    assert doc.sentence_at(doc.text.index("Чотири")) == 2
