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
        if self.n(i - 1) != "від":
            return False
        nouns = self.lex.dated_paper_nouns
        for k in range(i - 2, max(-1, i - 2 - _REACH), -1):
            tok = self.toks[k]
            if tok.lemma in nouns or tok.norm in nouns:
                return True
            if tok.pos == "VERB" or (not tok.is_word and tok.norm not in (".", "№", "-", "«", "»", '"')):
                return False     # another clause, or the paper's noun is not this day's
        return False
