"""RSS and Atom feeds (feedparser): each item becomes a document. An item that carries its
full text (content:encoded, Atom content) is taken as it is; an item with only a teaser is
fetched from its link, falling back to the teaser when the link does not answer. A link that
may not be fetched (`fetch.py`: not http/https, or an internal address) is reported and its item
skipped."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .fetch import doc_from_bytes, fetch_bytes, is_url, looks_like_feed
from .readers import InputError, RawDoc

MIN_FULL_TEXT = 400     # characters of item text below which the linked page is fetched


def _html_text(fragment: str) -> str:
    """Paragraph text of an HTML fragment from a feed item."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html
    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:
        return fragment.strip()
    blocks = root.xpath("//p|//li|//h1|//h2|//h3|//blockquote")
    if blocks:
        parts = [" ".join(b.text_content().split()) for b in blocks]
    else:
        parts = [" ".join(line.split()) for line in root.text_content().splitlines()]
    return "\n\n".join(p for p in parts if p)


def _entry_date(entry) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def is_feed_file(path: Path) -> bool:
    if path.suffix.lower() in (".rss", ".atom"):
        return True
    if path.suffix.lower() != ".xml":
        return False
    try:
        with path.open("rb") as f:
            return looks_like_feed(f.read(2048))
    except OSError:
        return False


def read_feed(data: bytes, source: str, default_date: dt.date | None = None, *,
              fetch_links: bool = True):
    """Raw documents (or InputErrors) for every item of a feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = getattr(parsed, "bozo_exception", None)
        yield InputError(source, f"broken or empty feed{': ' + str(why) if why else ''}")
        return
    for n, entry in enumerate(parsed.entries, 1):
        item_source = f"{source}#{n}"
        link = entry.get("link") or None
        title = (entry.get("title") or "").strip() or None
        text = ""
        if entry.get("content"):
            text = _html_text(entry.content[0].get("value") or "")
        summary = _html_text(entry.get("summary") or "")
        if len(summary) > len(text):
            text = summary
        date = default_date or _entry_date(entry)
        if len(text) < MIN_FULL_TEXT and link and fetch_links and is_url(link):
            got = fetch_bytes(link)
            if isinstance(got, InputError) and got.message.startswith("refused"):
                # a feed is someone else's text: a link to a file or an internal address is
                # an attempt to read what the feed's author cannot, so the item goes nowhere
                yield InputError(item_source, f"item link {link} {got.message}")
                continue
            if not isinstance(got, InputError):
                page = doc_from_bytes(got[0], item_source, link, got[1], date)
                if isinstance(page, RawDoc) and len(page.text) > len(text):
                    page.title = page.title or title
                    page.date = date or page.date
                    yield page
                    continue
            elif not text:
                yield InputError(item_source, f"item has no text and its link failed: {got.message}")
                continue
        if not text.strip():
            yield InputError(item_source, "feed item has no text")
            continue
        yield RawDoc(text=text, title=title, date=date, url=link, source=item_source,
                     id=None)
