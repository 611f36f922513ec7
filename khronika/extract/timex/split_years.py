"""Years written as a pair split by a slash, mixed into the scanner: a sports season, a
school, fiscal or marketing year ("у сезоні 2024/25 років", "2024/2025 навчальний рік",
"врожай 2023/24 маркетингового року").

Such a pair names one stretch that runs over New Year, so it carries no year marker of its
own ("у сезоні 2023/24") and its short second half is no count: read alone, "25 років" is a
length of 25 years. It gets one DATE per year, as a range of years ("2024–2025 роки") does.
Only the next year may follow the slash, so a number such as "№ 2024/17" stays none.

A mixin of `scan.Scanner` (it supplies n, lex, emit).
"""
from __future__ import annotations


class SplitYears:
    """`_split_years`, tried first by `NumericDates.m_numeric`."""

    def _split_years(self, i: int) -> int | None:
        """Token i is the first year of "YYYY/YY" or "YYYY/YYYY" (tokens i, i+1 "/", i+2),
        else None; the end token (past a year marker after the pair)."""
        t, nxt = self.n(i), self.n(i + 2)
        if self.n(i + 1) != "/" or not (len(t) == 4 and t.isdigit() and nxt.isdigit()) \
                or not 1900 <= int(t) <= 2100 or self.n(i - 1) in self.lex.number_signs:
            return None
        second = int(t) + 1
        if not (nxt == str(second) or (len(nxt) == 2 and int(nxt) == second % 100)):
            return None
        end = i + 3 + (self.n(i + 3) in self.lex.year_markers)
        self.emit(i, i + 1, "DATE", t)
        self.emit(i + 2, end, "DATE", f"{second:04d}")
        return end
