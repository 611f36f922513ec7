"""Seasons, mixed into the scanner: "влітку 2026 року", "навесні 2025", "взимку 2022–2023
років", "до весни". A season without a year takes the one the verb's tense and the document
date point to (`calendar.season_year`); a winter spans two years and belongs to the first.

A mixin of `scan.Scanner` (it supplies n, toks, lex, ref, emit, tense_at, `_year` and the
story year `_story_year`; `_period` comes from `periods.Periods`).
"""
from __future__ import annotations

from . import calendar as cal


class Seasons:
    """`m_season` and the year written after a season."""

    def m_season(self, i: int) -> int | None:
        s = self.lex.season_adverbs.get(self.n(i))
        if s is None:
            s = self.lex.season_nouns.get(self.n(i))
            if s is None or self.n(i - 1) not in self.lex.season_preps:
                return None     # a season noun counts after "до", "з", "на" ("до весни")
        p = self._period(i + 1, bare=False)
        if p is not None and p[2] == "Y" and p[1].isdigit():     # "влітку 2026 року"
            self.emit(i, p[0], "DATE", f"{p[1]}-{s}")
            return p[0]
        y = self._season_year(i + 1, s)
        if y is not None:
            self.emit(i, y[1], "DATE", f"{y[0]:04d}-{s}")
            return y[1]
        told = self._year_before(i, adjacent=True)
        if told is not None:            # "торік восени", "У 2023 році навесні"
            self.emit(i, i + 1, "DATE", f"{told:04d}-{s}")
            return i + 1
        if self.ref is None:
            self.emit(i, i + 1, "DATE", f"XXXX-{s}")
        else:
            # "до весни", "на зиму": a season something is set for lies ahead
            tense = "futr" if self.n(i - 1) in ("до", "на") else self.tense_at(i)
            y = (self._clause_story_year(i, self.lex.season_months[s][0], season=True)
                 or self._story_year(i) if tense != "futr" else None) \
                or cal.season_year(s, self.ref, tense, self.lex.season_months)
            self.emit(i, i + 1, "DATE", f"{y}-{s}")
        return i + 1

    def _season_year(self, i: int, season: str) -> tuple[int, int] | None:
        """The year of a season written without "року" ("навесні 2025", "восени 2024,"), or the
        winter across two years ("взимку 2022–2023 років": the winter that starts in the first)
        -> (year, next index). Not a count of things ("влітку 2025 осіб виїхали")."""
        t = self.n(i)
        if not (len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2100):
            return None
        if season == "WI" and self.n(i + 1) == "-":
            y2 = self._year(i + 2, marker_needed=False)
            if y2 is not None and y2[0] == int(t) + 1:
                end = y2[1] + 1 if self.n(y2[1]) in self.lex.year_markers else y2[1]
                return int(t), end
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if nxt is not None and nxt.is_word and nxt.pos in ("NOUN", "ADJF", "NUMR"):
            return None
        return int(t), i + 1
