"""Two triggers of one type in one sentence are one happening unless something parts them;
a time of each that neither holds parts them: the items of a day's schedule ("10:00 –
засідання уряду; 18:30 – зустріч із головою Світового банку") are told in one sentence but
happen apart. A day and a clock time on it ("сьогодні ... о 15:00") stay one."""
from __future__ import annotations

from ...timex.calendar import CLOCK_VALUE


def apart_in_time(a, b) -> bool:
    """True when candidates a and b each have a time of their own and neither value holds the
    other (a day holds its clock times, a month its days)."""
    if not a.time or not b.time:
        return False
    x, y = a.time.get("value") or "", b.time.get("value") or ""
    if not x[:1].isdigit() or not y[:1].isdigit():
        return False        # PAST_REF, a SET: no place on the calendar to part them by
    return not (x.startswith(y) or y.startswith(x))


def scheduled_hour(doc, tx, type_: str, status: str, explicit) -> bool:
    """"11:00 – міжнародна конференція; 16:00 – зустріч президента з лідерами ЄС": a meeting
    told with no verb at an hour of the report's own day is an item of the day's schedule,
    still to come, not one going on (the status its date alone gave, `explicit` "time")."""
    return type_ == "CONSULT" and status == "ongoing" and explicit == "time" and tx is not None \
        and tx.type == "TIME" and bool(CLOCK_VALUE.match(tx.value or "")) and doc.date is not None \
        and tx.value[:10] == doc.date.isoformat()
