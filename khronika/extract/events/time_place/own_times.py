"""Two triggers of one type in one sentence are one happening unless something parts them;
a time of each that neither holds parts them: the items of a day's schedule ("10:00 –
засідання уряду; 18:30 – зустріч із головою Світового банку") are told in one sentence but
happen apart. A day and a clock time on it ("сьогодні ... о 15:00") stay one."""
from __future__ import annotations


def apart_in_time(a, b) -> bool:
    """True when candidates a and b each have a time of their own and neither value holds the
    other (a day holds its clock times, a month its days)."""
    if not a.time or not b.time:
        return False
    x, y = a.time.get("value") or "", b.time.get("value") or ""
    if not x[:1].isdigit() or not y[:1].isdigit():
        return False        # PAST_REF, a SET: no place on the calendar to part them by
    return not (x.startswith(y) or y.startswith(x))
