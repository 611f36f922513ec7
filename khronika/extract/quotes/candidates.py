"""What the speaker resolution weighs: a candidate speaker (an entity's mention or reference
near the quote) and the answer that the attribution names someone who is no entity."""
from __future__ import annotations

from dataclasses import dataclass

SPEAKER_TYPES = ("PER", "ORG")
# the attribution names a speaker who is no entity ("Хтось сказав"): no fallback to anyone else
NOBODY = ""


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    entity: str | None
    type: str | None
    nominative: bool
    gender: str | None
    pronoun: bool = False
