"""Fetch a URL (http, https, file) with timeouts and turn the answer into raw documents: an
HTML page becomes its article, a feed becomes its items, plain text stays text. A URL that
does not answer becomes an `InputError`, never an exception."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import unquote, urlparse

from .readers import InputError, RawDoc, decode, html_to_doc, is_html

TIMEOUT = 15.0
MAX_BYTES = 20_000_000
USER_AGENT = "khronika/0.1 (+news chronicle; polite fetcher)"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://", "file://"))


def fetch_bytes(url: str, timeout: float = TIMEOUT) -> tuple[bytes, str] | InputError:
    """(body, content type) of a URL, or an InputError saying why not."""
    parsed = urlparse(url)
    if parsed.scheme == "file":
        path = Path(unquote(parsed.path))
        if parsed.netloc and parsed.netloc != "localhost":   # file://tmp/x as some feeds write it
            path = Path("/" + unquote(parsed.netloc) + parsed.path)
        try:
            return path.read_bytes(), ""
        except OSError as exc:
            return InputError(url, f"cannot read: {exc.strerror or exc}")
    import httpx
    try:
        with httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
                          follow_redirects=True, headers={"User-Agent": USER_AGENT}) as client:
            resp = client.get(url)
    except httpx.TimeoutException:
        return InputError(url, f"no answer within {timeout:.0f} s")
    except httpx.HTTPError as exc:
        return InputError(url, f"cannot fetch: {type(exc).__name__}: {exc}")
    if resp.status_code >= 400:
        return InputError(url, f"HTTP {resp.status_code}")
    if len(resp.content) > MAX_BYTES:
        return InputError(url, f"answer is over {MAX_BYTES:,} bytes")
    return resp.content, resp.headers.get("content-type", "")


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    ct = content_type.lower()
    if any(k in ct for k in ("rss", "atom", "application/xml", "text/xml")):
        return True
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) \
        or head.startswith(b"<rss") or head.startswith(b"<feed")


def doc_from_bytes(data: bytes, source: str, url: str | None, content_type: str = "",
                   default_date: dt.date | None = None) -> RawDoc | InputError:
    """One document from a page or a text body."""
    text = decode(data, source)
    if isinstance(text, InputError):
        return text
    if "html" in content_type.lower() or is_html(text):
        doc = html_to_doc(text, source)
    else:
        doc = RawDoc(text=text, source=source)
    if isinstance(doc, RawDoc):
        doc.url = url or doc.url
        doc.date = default_date or doc.date
    return doc


def fetch_url(url: str, default_date: dt.date | None = None):
    """Raw documents behind a URL: a page's article, or every item of a feed."""
    got = fetch_bytes(url)
    if isinstance(got, InputError):
        yield got
        return
    data, ctype = got
    if looks_like_feed(data, ctype):
        from .feeds import read_feed
        yield from read_feed(data, url, default_date)
        return
    yield doc_from_bytes(data, url, url, ctype, default_date)
