"""Server-side highlighting of a document's annotations.

Article text is untrusted, so the marked-up HTML is assembled here from offsets, escaping every
text piece and every attribute value; templates only ever insert the `Markup` this returns.
Spans may overlap arbitrarily (a quote running over several event sentences, a mention inside
a quote), so the text is cut at every span boundary and tags are closed and reopened around
each cut to keep the HTML well nested.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote as urlquote

from markupsafe import Markup, escape

# outer layers first: a sentence holds quotes, a quote holds mentions
_PRIORITY = {"event": 0, "quote": 1, "trigger": 2, "cue": 2, "mention": 3, "timex": 3}
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    attrs: dict = field(default_factory=dict)      # attributes on every fragment
    first_attrs: dict = field(default_factory=dict)  # attributes on the first fragment only (ids)
    href: str | None = None
    badge: tuple[str, str, str] | None = None       # (text, href, id) shown where the span opens

    @property
    def key(self) -> tuple:
        return (self.start, -self.end, _PRIORITY[self.kind], id(self))


def _attrs(values: dict) -> str:
    return "".join(f' {name}="{escape(str(v))}"' for name, v in values.items() if v is not None)


def entity_href(entity_id: str) -> str:
    return "/entity/" + urlquote(str(entity_id), safe="")


def event_href(event_id) -> str:
    return "/event/" + urlquote(str(event_id), safe="")


def collect_spans(doc: dict, chronicle_ids: list | None = None) -> list[_Span]:
    """Every annotation of a SPEC JSON document as a span to mark (bad offsets are dropped)."""
    text = doc.get("text") or ""
    n = len(text)
    names = {e.get("id"): (e.get("name_uk") or e.get("name") or e.get("id"))
             for e in doc.get("entities") or []}
    spans: list[_Span] = []

    def add(start, end, kind, **kw):
        try:
            start, end = int(start), int(end)
        except (TypeError, ValueError):
            return
        start, end = max(0, start), min(n, end)
        if start < end:
            spans.append(_Span(start, end, kind, **kw))

    for ent in doc.get("entities") or []:
        etype = str(ent.get("type") or "MISC")
        for m in ent.get("mentions") or []:
            add(m.get("start"), m.get("end"), "mention",
                attrs={"class": f"hl-ent ent-{etype}", "title": f"{names.get(ent.get('id'))} ({etype})"},
                href=entity_href(ent.get("id")))
    for i, tx in enumerate(doc.get("timexes") or []):
        value = str(tx.get("value") or "")
        title = " ".join(str(p) for p in (tx.get("type"), value, tx.get("mod")) if p)
        add(tx.get("start"), tx.get("end"), "timex",
            attrs={"class": "hl-tx", "title": title}, first_attrs={"id": f"tx-{i + 1}"},
            href=f"/?date_from={value}&date_to={value}" if _FULL_DATE.match(value) else None)
    for i, q in enumerate(doc.get("quotes") or []):
        speaker = q.get("speaker")
        who = names.get(speaker) if speaker else "невідомий мовець"
        add(q.get("start"), q.get("end"), "quote",
            attrs={"class": f"hl-quote q-{q.get('kind') or 'direct'}", "title": f"Цитата: {who}"},
            first_attrs={"id": f"q-{q.get('start')}"})
        cue = q.get("cue") or None
        if cue:
            add(cue.get("start"), cue.get("end"), "cue", attrs={"class": "hl-cue", "title": f"Мовець: {who}"},
                href=(entity_href(speaker) + "#quotes") if speaker else None)
    chronicle_ids = list(chronicle_ids or [])
    for i, ev in enumerate(doc.get("events") or []):
        etype = str(ev.get("type") or "")
        status = str(ev.get("status") or "")
        local_id = str(ev.get("id") or f"e{i + 1}")
        cid = chronicle_ids[i] if i < len(chronicle_ids) else None
        evidence = ev.get("evidence") or {}
        badge_href = event_href(cid) if cid is not None else f"#ev-{local_id}"
        add(evidence.get("start"), evidence.get("end"), "event",
            attrs={"class": f"hl-ev ev-{etype} st-{status}", "data-event": local_id,
                   "title": f"{etype} ({status})"},
            first_attrs={"id": f"ev-{local_id}"},
            badge=(etype + (" · заплановано" if status == "planned" else ""), badge_href,
                   f"ev-c{cid}" if cid is not None else None))
        trigger = ev.get("trigger") or {}
        add(trigger.get("start"), trigger.get("end"), "trigger", attrs={"class": "hl-trigger"})
    return spans


def highlight(doc: dict, chronicle_ids: list | None = None) -> Markup:
    """The document text as HTML with every annotation marked and linked."""
    text = doc.get("text") or ""
    spans = collect_spans(doc, chronicle_ids)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[_Span] = []
    opened: set[int] = set()

    def tag_of(span: _Span) -> str:
        return "a" if getattr(span, "_as_link", False) else "span"

    for a, b in zip(cuts, cuts[1:]):
        active = sorted((s for s in spans if s.start <= a and s.end >= b), key=lambda s: s.key)
        common = 0
        while common < len(stack) and common < len(active) and stack[common] is active[common]:
            common += 1
        for span in reversed(stack[common:]):
            out.append(f"</{tag_of(span)}>")
        stack = stack[:common]
        for span in active[common:]:
            in_link = any(tag_of(s) == "a" for s in stack)
            span._as_link = bool(span.href) and not in_link
            attrs = dict(span.attrs)
            first = id(span) not in opened
            if first:
                attrs.update(span.first_attrs)
            else:
                attrs["class"] = (attrs.get("class", "") + " cont").strip()
            if span._as_link:
                attrs = {"href": span.href, **attrs}
            out.append(f"<{tag_of(span)}{_attrs(attrs)}>")
            if first and span.badge:
                label, href, anchor = span.badge
                if in_link:
                    out.append(f'<span class="ev-badge"{_attrs({"id": anchor})}>{escape(label)}</span>')
                else:
                    out.append(f'<a class="ev-badge"{_attrs({"href": href, "id": anchor})}>{escape(label)}</a>')
            opened.add(id(span))
            stack.append(span)
        out.append(str(escape(text[a:b])))
    for span in reversed(stack):
        out.append(f"</{tag_of(span)}>")
    return Markup("".join(out))


def mark_matches(text: str, query: str) -> Markup:
    """The text with every word whose stem a query word shares in <mark>: "Умєрова" is marked
    for the query "Умєров" (the search finds inflected forms, so it shows them too)."""
    from ..store.textindex import WORD, stem
    stems = {stem(m.group()) for m in WORD.finditer(query or "")}
    stems.discard("")
    out, at = [], 0
    for m in WORD.finditer(text or ""):
        if stem(m.group()) in stems:
            out.append(str(escape(text[at:m.start()])))
            out.append(f"<mark>{escape(m.group())}</mark>")
            at = m.end()
    out.append(str(escape((text or "")[at:])))
    return Markup("".join(out))
