"""Server-rendered SVG of an entity's network: the entity in the middle, the partners it meets,
asks, strikes or aids on a circle around it, one edge per event type coloured like the timeline
and as thick as the number of events. Arrows point from actor to recipient."""
from __future__ import annotations

import math

from markupsafe import Markup, escape

from ..labels import plural, type_label
from .highlight import entity_href

SIZE = 560
R = 200


def _short(name: str, width: int = 22) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


def network_svg(net: dict | None) -> Markup:
    if not net or not net.get("nodes"):
        return Markup("")
    c = SIZE / 2
    me = net["id"]
    nodes = net["nodes"]
    pos = {me: (c, c)}
    for i, n in enumerate(nodes):
        a = -math.pi / 2 + 2 * math.pi * i / len(nodes)
        pos[n["id"]] = (c + R * math.cos(a), c + R * math.sin(a))
    top = max((e["n"] for e in net["edges"]), default=1)
    out = [f'<svg class="chart network" viewBox="0 0 {SIZE} {SIZE}" role="img" '
           f'aria-label="{escape("Мережа: " + net["name"])}">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerUnits="userSpaceOnUse" '
           'markerHeight="11" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#777"/></marker></defs>']
    # several types between one pair: fan the edges out so each stays visible
    seen: dict[tuple[str, str], int] = {}
    for e in net["edges"]:
        a, b = e["source"], e["target"]
        if a not in pos or b not in pos:
            continue
        pair = tuple(sorted((a, b)))
        k = seen.get(pair, 0)
        seen[pair] = k + 1
        (x1, y1), (x2, y2) = pos[a], pos[b]
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        bend = (k - 0) * 18 * (1 if k % 2 else -1) if k else 0
        cx, cy = mx - dy / length * bend, my + dx / length * bend
        # stop short of the node circles
        sx, sy = x1 + dx / length * 14, y1 + dy / length * 14
        ex, ey = x2 - dx / length * 16, y2 - dy / length * 16
        width = 1.5 + 5 * math.sqrt(e["n"] / top)
        out.append(f'<path class="edge ev-{escape(e["type"])}" d="M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}" '
                   f'stroke-width="{width:.1f}" marker-end="url(#arrow)" data-type="{escape(e["type"])}" '
                   f'data-source="{escape(a)}" data-target="{escape(b)}" data-n="{e["n"]}">'
                   f'<title>{escape(type_label(e["type"]))}: {escape(plural(e["n"], "подія"))}</title></path>')
    for n in [{"id": me, "name": net["name"], "type": None, "n": 0}] + nodes:
        x, y = pos[n["id"]]
        cls = "node me" if n["id"] == me else f"node ent-{escape(n.get('type') or 'MISC')}"
        r = 14 if n["id"] == me else 9
        anchor = "middle" if abs(x - c) < 40 else ("start" if x > c else "end")
        lx = x + (0 if anchor == "middle" else (13 if anchor == "start" else -13))
        ly = y + (28 if n["id"] == me else (-14 if y < c and anchor == "middle" else 4 if anchor != "middle" else 22))
        title = n["name"] + ("" if n["id"] == me else f" — {plural(n['n'], 'подія')}")
        out.append(f'<a href="{escape(entity_href(n["id"]))}" class="{cls}" data-id="{escape(n["id"])}">'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}"/>'
                   f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">{escape(_short(n["name"]))}</text>'
                   f'<title>{escape(title)}</title></a>')
    out.append("</svg>")
    return Markup("".join(out))
