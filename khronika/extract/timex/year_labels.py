"""Years that label a thing or a summary rather than tell when something happened: "бюджет-2026"
(one hyphenated word: the budget of 2026), "за підсумками року" (the year the sums are drawn
for). Economic news writes its periods so; TIMEX3 tags the year in both.

A mixin of `scan.Scanner` (it supplies n, lex, ref, out, sent, toks, doc, emit, `_context`,
`tense_at`).
"""
from __future__ import annotations

import re

from ...document import Timex

_HYPHEN_YEAR = re.compile(r"-((?:19|20)\d\d)(?![\w-])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")


class YearLabels:
    """`m_summary_year` (a pattern of the scan) and `_labelled_years` (run after it)."""

    def m_summary_year(self, i: int) -> int | None:
        """"за підсумками року", "підсумки року": the year in view (named in this sentence or
        the one before), else the document's; a past verb sums up a year that is over, the
        one before the document's. The span is "року"."""
        if self.n(i + 1) not in ("року", "рік"):
            return None
        year = self._context("Y")
        if year is None:
            if self.ref is None:
                return None
            year = f"{self.ref.year - (self.tense_at(i) == 'past'):04d}"
        self.emit(i + 1, i + 2, "DATE", year)
        return i + 2

    def _labelled_years(self) -> None:
        """"бюджет-2026", "бюджету-2025", "Стратегія-2030": a noun of `year_label_stems`
        joined to a year in one word; the year is a DATE, spanning its digits only."""
        stems = self.lex.year_label_stems
        doc = self.doc
        added = []
        for m in _HYPHEN_YEAR.finditer(doc.text):   # one C-level pass: hyphen + year only
            w = _WORD_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())
            if w is None or not w.group(1).lower().startswith(stems):
                continue
            start, end = m.start(1), m.end(1)
            added.append((doc.sentence_at(start),
                          Timex(start, end, doc.text[start:end], "DATE", m.group(1))))
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda st: st[1].start)


__all__ = ["YearLabels"]
