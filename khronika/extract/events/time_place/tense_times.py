"""A time the sentence tells that its event's tense puts on the other side of the document date
is not that event's time. "Наступного тижня очікуємо транш від ЄС, який виділив нам 1,2 млрд": a
date to come does not date what a past verb tells. "Учора уряд схвалив пакет допомоги, а Литва
згодом передасть гаубиці": the day that opens the sentence governs its first clause; a clause of
its own with a future verb tells a plan still to come, which a past day does not date. A past day
inside the plan's own clause stays ("Зустріч мала відбутися вчора": the day it was set for).
An hour of the small hours after the document's day is of its night, not to come (a live blog
dated by the day it began: timex/midnight.night_after).
"""
from __future__ import annotations

import datetime as dt

from ....document import Document, Timex
from ...timex.midnight import night_after


def other_side_time(doc: Document, status: str, rng: tuple[dt.date, dt.date], tx: Timex,
                    clause: tuple[int, int]) -> bool:
    """Whether timex `tx` (of value range `rng`) lies on the other side of the document date
    from the event's status: a time to come for what occurred, or a time gone, told outside the
    event's clause (char span `clause`), for what is planned."""
    if status == "occurred":
        return rng[0] > doc.date and not night_after(doc.date, tx.value)
    if status == "planned":
        return rng[1] < doc.date and not clause[0] <= tx.start < clause[1]
    return False
