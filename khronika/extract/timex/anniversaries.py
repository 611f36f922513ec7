"""The day of an anniversary ("у день 80-ї річниці визволення", "у 80-ту річницю депортації"):
a date only when the text writes nearby the year it counts from ("... завершилося 28 жовтня
1944 року": the 80th anniversary falls on 28 October 2024). Without such a year the phrase
dates nothing: its value cannot be known, and a guessed one is worse than none. A year that
puts the anniversary more than a year from the document date counts something else.

Run after the scan, since the date it counts from often comes in the next sentence.
A mixin of `scan.Scanner` (it supplies doc, lex, ref, out, `_bound`).
"""
from __future__ import annotations

import re

from ...document import Timex
from . import calendar as cal

_ORDINAL = re.compile(r"(\d{1,3})-?(?:ї|ої|у|ту|а|та|ті|ій|ої|й|го|ю)$")
_DATED = re.compile(r"(\d{4})(?:-(\d{2})-(\d{2}))?")


class Anniversaries:
    """`_anniversary_days`, run after the scan."""

    def _anniversary_days(self) -> None:
        lex, doc = self.lex, self.doc
        nouns = lex.anniversary_count_nouns
        low = doc.text.lower()
        if not any(stem in low for stem in {n[:6] for n in nouns}):
            return      # most documents name none: a few C-level searches
        added = []
        for si, s in enumerate(doc.sentences):
            toks = doc.tokens[s.first_token:s.last_token]
            for k, tok in enumerate(toks):
                if tok.norm not in nouns or k == 0:
                    continue
                count = self._anniversary_count(toks[k - 1].norm)
                if count is None:
                    continue
                first = k - 1
                if first > 0 and toks[first - 1].norm in lex.anniversary_day_nouns:
                    first -= 1          # "у день 80-ї річниці"
                elif not (first > 0 and toks[first - 1].norm in ("у", "в")
                          and tok.case == "accs"):
                    continue            # "до 80-ї річниці" is no day; "у 80-ту річницю" is
                value = self._anniversary_value(si, count)
                if value is None:
                    continue
                a, b = toks[first].start, tok.end
                if any(tx.start < b and a < tx.end for _, tx in self.out):
                    continue
                added.append((si, Timex(a, b, doc.text[a:b], "DATE", value)))
        if added:
            self.out.extend(added)
            self.out.sort(key=lambda st: st[1].start)

    def _anniversary_count(self, word: str) -> int | None:
        """The number of years in "80-ї", "десятої", "п'яту" before the anniversary noun."""
        m = _ORDINAL.match(word)
        if m:
            return int(m.group(1)) or None
        return self.lex.ordinals.get(word)

    def _anniversary_value(self, si: int, count: int) -> str | None:
        """The day (or the year) `count` years after the nearest date written with its year
        within `anniversary_reach` sentences of sentence `si`, when it falls within a year of
        the document date (any, with no document date)."""
        reach = self.lex.anniversary_reach
        best = None
        for sent, tx in self.out:
            if abs(sent - si) > reach or tx.type != "DATE" or self._bound(tx):
                continue
            m = _DATED.fullmatch(tx.value)
            if not m or m.group(1) not in tx.text:
                continue        # only a year the text writes, not one worked out
            year = int(m.group(1)) + count
            if self.ref is not None and abs(year - self.ref.year) > 1:
                continue
            if best is None or abs(sent - si) < best[0]:
                if m.group(2):
                    day = cal.safe_date(year, int(m.group(2)), int(m.group(3)))
                    if day is None:
                        continue
                    best = (abs(sent - si), day.isoformat())
                else:
                    best = (abs(sent - si), f"{year:04d}")
        return best[1] if best else None


__all__ = ["Anniversaries"]
