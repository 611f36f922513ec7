"""A seat of office named under "у"/"в" ("на Даунінг-стріт") is where a meeting was held: "У Білому домі пройшла
зустріч", "в Єлисейському палаці відбулися переговори". The knowledge base keeps such seats as
bodies (the White House acts for its president), so the place reader, which takes towns and
lands only, passed them by; the chronicle's place is the seat's town (`office_seats` in
events.yaml), and the seat is then no party to the meeting. Only for consultations: "У Кремлі
пригрозили" names the Kremlin as the one who threatens, not a place."""
from __future__ import annotations

from functools import lru_cache

from ....document import Document
from ....kb import get_kb
from ....lang.uk import load
from ..grammar.names import Arg, token_index_at


@lru_cache(maxsize=1)
def office_seats() -> dict[str, str]:
    """Seat of office -> its town (knowledge-base ids both, `office_seats` in events.yaml)."""
    kb = get_kb()
    return {seat: town for seat, town in (load("events").get("office_seats") or {}).items()
            if kb.entity(seat) is not None and kb.entity(town) is not None}


def seat_place(doc: Document, args: list[Arg], lo: int, hi: int,
               visit: bool = False) -> tuple[str | None, set[int]]:
    """The town of the first seat of office in [lo, hi) after "у"/"в"/"на" (or "до" for a
    visit: "До Білого дому прибули лідери"), with the start of that name (not a participant
    then); (None, set()) when none is named so."""
    seats = office_seats()
    preps = ("в", "у", "на", "до") if visit else ("в", "у", "на")
    for a in args:
        if a.kind != "mention" or a.entity not in seats:
            continue
        k = token_index_at(doc, a.start, lo, hi)
        if k is None or k == lo or doc.tokens[k - 1].norm not in preps:
            continue
        return seats[a.entity], {a.start}
    return None, set()
