"""The date of a paper: "ухвала суду від 9 липня", "постанова Кабміну № 854 від 10 серпня",
"рішенні Господарського суду від 2 квітня". A ruling, a decree or a letter is cited by the day
it was issued, which is behind the report that cites it: that day is the last one of its name,
even a few weeks ahead of the document date would be nearer, and whatever the tense of the
sentence ("Про це свідчить ухвала від 9 липня"). The paper's noun (`dated_paper_nouns`, lemmas)
stands before "від" in the same stretch of words, with only its genitive tail, a number and
its "№" between ("ухвала Печерського районного суду м. Києва від ...")."""
from __future__ import annotations

# how far back from "від" the paper's noun may stand
_REACH = 9


class DatedPapers:
    """`_dated_paper` for the scanner (a mixin: uses its `toks`, `n` and `lex`)."""

    def _dated_paper(self, i: int) -> bool:
        """Whether the day starting at token i is the issue date of a paper named before it."""
        return self._paper_noun(self.toks, i) is not None

    def _paper_noun(self, toks, i: int):
        """The noun of the paper the day at toks[i] dates ("постанову від 12 квітня"), or None."""
        if i < 1 or toks[i - 1].norm != "від":
            return None
        nouns = self.lex.dated_paper_nouns
        for k in range(i - 2, max(-1, i - 2 - _REACH), -1):
            tok = toks[k]
            if tok.lemma in nouns or tok.norm in nouns:
                return tok
            if tok.pos == "VERB" or (not tok.is_word and tok.norm not in (".", "№", "-", "«", "»", '"')):
                return None      # another clause, or the paper's noun is not this day's
        return None

    def _cited_paper_day(self, sent: int, tx) -> bool:
        """Whether the time `tx` of sentence `sent` is the date of a paper the text cites, not
        the day of what it tells ("Кабмін змінив постанову від 12 квітня 2023 року. О 10:00
        відбудеться засідання": the meeting is not on the paper's day). A paper by which the
        clause's act was done ("Указом від 24 лютого 2022 року введено воєнний стан") dates
        that act, so its day still anchors."""
        s = self.doc.sentences[sent]
        toks = self.doc.tokens[s.first_token:s.last_token]
        i = next((k for k, t in enumerate(toks) if t.start == tx.start), None)
        noun = self._paper_noun(toks, i) if i is not None else None
        return noun is not None and noun.case != "ablt"
