"""The iCalendar feed of announced events (the same builder as `khronika export --format ics`),
so a user can subscribe from any calendar app."""
from __future__ import annotations

from ..ical import build_ics, span, title  # noqa: F401  (the feed's builder, shared with export)
