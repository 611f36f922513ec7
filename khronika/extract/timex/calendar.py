"""Calendar arithmetic for TIMEX3 values: ISO weeks, month shifts, and the choice of a year
for a day or month written without one (nearest to the document date, or the nearest in the
direction the sentence's tense points to)."""
from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

# The value of one day, with its year or without ("2024-03-15", "XXXX-03-15"): the patterns
# that join a time to its day, find a weekday's week or see a day just named all ask this one
# question of a timex already emitted, so it is asked in one way.
DAY_VALUE = re.compile(r"(\d{4}|XXXX)-\d{2}-\d{2}$")
# The value of a clock time on its day ("2024-05-01T23:30": day, hour, minute), as the scanner
# writes every one; the readers of hours, headings and stamps, here and in the events layer,
# ask it this way.
CLOCK_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")
# A clock time as a text writes it ("14:35", "9.05"), any hour: a pattern the readers of
# stamps embed (a dateline's, a live blog's entry, a caption's), each with its own anchors.
# (numeric_dates reads a time to resolve and takes only real hours and minutes: clock_time.)
_HOURS, _MINUTES = r"\d{1,2}", r"\d{2}"
CLOCK_WRITTEN = rf"{_HOURS}[:.]{_MINUTES}"
_CLOCK_TOKEN = re.compile(rf"({_HOURS})[:.]({_MINUTES})$")


def clock_time(word: str) -> tuple[int, str] | None:
    """The hour and the minutes ("05") of a token written as a clock time (`CLOCK_WRITTEN`)
    that is a real time of day, hours to 23 and minutes to 59 ("24:00", "9.75": None). Whether
    the words around it make it a time ("о 14:35", not a score "2:15") is its caller's."""
    m = _CLOCK_TOKEN.match(word)
    if m is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return int(m.group(1)), m.group(2)


def week_id(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def day_id(d: dt.date) -> str:
    return d.isoformat()


def month_id(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def shift_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _pick(cands: list[tuple[dt.date, object]], ref: dt.date, tense: str | None):
    """Nearest candidate to `ref`; a future-tense sentence takes the first one on or after it,
    a past-tense one the last one on or before it (when such a candidate exists)."""
    if tense == "futr":
        fut = [c for c in cands if c[0] >= ref]
        if fut:
            return min(fut, key=lambda c: c[0])[1]
    elif tense == "past":
        past = [c for c in cands if c[0] <= ref]
        if past:
            return max(past, key=lambda c: c[0])[1]
    return min(cands, key=lambda c: abs((c[0] - ref).days))[1]


# A day told in the past tense may lie this many days after the document date and still be of
# this year: a text dated in another time zone or just after midnight, and above all a day the
# sentence sets or starts rather than tells ("домовилися про режим тиші з 3 серпня" a few days
# before it): a happening is not told days before it comes, and a day of the year before is
# given with its year. Further ahead, a past verb's day is the last one ("обстріляв 3 вересня").
PAST_SLACK_DAYS = 10


# A named day ("День незалежності", "Великдень") is greeted, prepared for and marked in the
# weeks around it as much as on it ("привітав із Днем незалежності" four days before): under a
# past verb it keeps the nearest year while that lies within this many days of the document.
NAMED_DAY_NEAR_DAYS = 60

# A feast that is the time of its clause's verb ("На Різдво окупанти обстріляли Херсон",
# "Напередодні Великодня", "Після Дня Незалежності"): what happened on it lies behind the text,
# a day's lag allowed (a text dated in another time zone or just after midnight).
TOLD_DAY_SLACK_DAYS = 1


def _past_or_nearest(cands: list[tuple[dt.date, object]], ref: dt.date, tense: str | None,
                     named: bool = False, gone: bool = False):
    """What happened cannot lie ahead of the text that tells it: a past tense takes the last
    candidate on or before the document date (`PAST_SLACK_DAYS` allowed), whatever is nearer
    ahead ("16 січня ворог атакував" written on 25 November is the January gone). The scanner
    passes "past" only for the day's own past verb (`Scanner._day_tense`): a past verb that
    reports or sets something else ("повідомив про зустріч 9 січня") leaves the nearest.
    A feast told as the time of the verb ("На Різдво обстріляли") is the last one `gone` under
    a past verb, however near the next one is (`TOLD_DAY_SLACK_DAYS`)."""
    if tense == "past" and gone:
        slack = ref + dt.timedelta(days=TOLD_DAY_SLACK_DAYS)
        past = [c for c in cands if c[0] <= slack]
        if past:
            return max(past, key=lambda c: c[0])[1]
    if tense == "past" and named:
        nearest = min(cands, key=lambda c: abs((c[0] - ref).days))
        if abs((nearest[0] - ref).days) <= NAMED_DAY_NEAR_DAYS:
            return nearest[1]
    if tense == "past":
        slack = ref + dt.timedelta(days=PAST_SLACK_DAYS)
        past = [c for c in cands if c[0] <= slack]
        if past:
            return max(past, key=lambda c: c[0])[1]
    return _pick(cands, ref, tense)


def year_for_day(month: int, day: int, ref: dt.date, tense: str | None,
                 named: bool = False, gone: bool = False) -> int | None:
    """The year that puts day.month nearest the document date (GUIDELINES); a future tense
    takes the next one, the day's own past verb the last one."""
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = safe_date(y, month, day)
        if d:
            cands.append((d, y))
    if not cands:
        return None
    return _past_or_nearest(cands, ref, tense, named, gone)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter of a year (python-dateutil), in the Gregorian calendar."""
    return easter(year, EASTER_ORTHODOX)


def western_easter(year: int) -> dt.date:
    """Easter of the Western churches ("християни західного обряду святкують Великдень")."""
    return easter(year, EASTER_WESTERN)


def moveable_year(offset: int, ref: dt.date, tense: str | None, western: bool = False,
                  gone: bool = False) -> dt.date:
    """A feast counted from Easter, named without a year: the occurrence nearest the document
    date, the tense deciding as for a named day (see `year_for_day`)."""
    easter_of = western_easter if western else orthodox_easter
    cands = [(easter_of(y) + dt.timedelta(days=offset),) * 2
             for y in (ref.year - 1, ref.year, ref.year + 1)]
    return _past_or_nearest(cands, ref, tense, named=True, gone=gone)


def year_for_month(month: int, ref: dt.date, tense: str | None) -> int:
    """A month named without a year: the current month counts as both past and future."""
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        first = dt.date(y, month, 1)
        ny, nm = shift_months(y, month, 1)
        last = dt.date(ny, nm, 1) - dt.timedelta(days=1)
        # compare by the end for the past, by the start for the future
        if tense == "futr":
            cands.append((last, y))
        elif tense == "past":
            cands.append((first, y))
        else:
            mid = first + (last - first) / 2
            cands.append((mid, y))
    return _pick(cands, ref, tense)


def shift_weeks(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(weeks=n)


def weekday_in_week(d: dt.date, weekday: int) -> dt.date:
    """The day with ISO weekday `weekday` (1 = Monday) in the ISO week of `d`."""
    return d + dt.timedelta(days=weekday - d.isoweekday())


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth given weekday (0 Monday) of a month: the third Saturday of May 2016 is the 21st."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def weekday_near(ref: dt.date, weekday: int, tense: str | None) -> dt.date:
    """A bare weekday: the next one for the future, the last one for the past, else nearest."""
    ahead = (weekday - ref.isoweekday()) % 7 or 7
    behind = (ref.isoweekday() - weekday) % 7 or 7
    if tense == "futr":     # "у середу виступатиму" written on a Wednesday: that day, as
        # the past is (an address is dated by its video, often past midnight)
        return ref if weekday == ref.isoweekday() else ref + dt.timedelta(days=ahead)
    if tense == "past":     # "у понеділок відбулася" written on a Monday: that day
        return ref if weekday == ref.isoweekday() else ref - dt.timedelta(days=behind)
    if weekday == ref.isoweekday():
        return ref
    return ref + dt.timedelta(days=ahead) if ahead <= behind else ref - dt.timedelta(days=behind)


def month_for_day(day: int, ref: dt.date, tense: str | None) -> tuple[int, int]:
    """(year, month) of a day of the month named without its month ("15-го"): this month,
    unless the tense puts it on the other side of the document date (the month before for
    the past, the month after for the future)."""
    y, m = ref.year, ref.month
    if tense == "past" and day > ref.day:
        return shift_months(y, m, -1)
    if tense == "futr" and day < ref.day:
        return shift_months(y, m, 1)
    return y, m


def ref_for_offset(offset: int) -> str:
    """The TIMEX3 reference value that stands in for a relative expression with no anchor."""
    return "PRESENT_REF" if offset == 0 else "FUTURE_REF" if offset > 0 else "PAST_REF"


def season_year(season: str, ref: dt.date, tense: str | None, months: dict) -> int:
    """The year of a season named without a year: the tense moves it past or ahead."""
    first, last = months[season]
    y = ref.year
    if season == "WI":
        if ref.month <= 2:          # the winter that began last December
            return y - 1
        return y if ref.month == 12 or tense != "past" else y - 1
    if tense == "futr" and ref.month > last:
        return y + 1
    if tense == "past" and ref.month < first:
        return y - 1
    return y
