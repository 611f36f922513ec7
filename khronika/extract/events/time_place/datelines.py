"""The date of a report itself, written at its head ("КИЇВ, 3 березня (Укрінформ) –", "5
травня 2024, 10:15."): it dates none of what the report tells. Found by the time layer
(`timex.datelines`), whose "today" it is; the events layer asks it here.
"""
from __future__ import annotations

from ...timex.datelines import report_stamp

__all__ = ["report_stamp"]
