"""Fetch a URL and turn the answer into raw documents: an HTML page becomes its article, a feed
becomes its items, plain text stays text. A URL that does not answer, or may not be fetched,
becomes an `InputError`, never an exception.

Anything that names a URL can be written by someone else (a feed's item links, a URL posted
to the API), so every fetch is guarded: only http and https; the host is resolved here and
refused when any of its addresses is loopback, private, link-local (cloud metadata lives
there), multicast or reserved, unless `KHRONIKA_ALLOW_PRIVATE_URLS` is set for an intranet;
the connection goes to the very address that was checked (a second DNS answer cannot swap
it); redirects are followed by hand and every hop is checked again; the body is read in
chunks up to a byte cap, within a total time limit."""
from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from .readers import InputError, RawDoc, decode, html_to_doc, is_html

TIMEOUT = 15.0              # seconds for connecting and between two chunks of the answer
TOTAL_TIMEOUT = 60.0        # seconds for one whole fetch, redirects and body included
MAX_BYTES = 20_000_000
MAX_REDIRECTS = 5
USER_AGENT = "khronika/0.1 (+news chronicle; polite fetcher)"
SCHEMES = ("http", "https")


def is_url(source: str) -> bool:
    """A URL of a scheme that names something to read (an identifier like `urn:` does not):
    such a source is fetched, or refused, never taken for a file name."""
    return source.lower().startswith(("http://", "https://", "file:", "ftp://", "gopher://",
                                      "data:", "dict://", "ldap://", "jar:"))


@dataclass(frozen=True)
class FetchPolicy:
    allow_private: bool = False
    timeout: float = TIMEOUT
    total_timeout: float = TOTAL_TIMEOUT
    max_bytes: int = MAX_BYTES

    @classmethod
    def from_settings(cls, settings=None) -> "FetchPolicy":
        if settings is None:
            from ..settings import Settings
            settings = Settings.from_env()
        return cls(allow_private=settings.allow_private_urls, timeout=settings.fetch_timeout,
                   total_timeout=max(settings.fetch_timeout, TOTAL_TIMEOUT),
                   max_bytes=settings.fetch_max_bytes)


class Refused(Exception):
    """A URL that may not be fetched, and why."""


def _public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address):
        for inner in (ip.ipv4_mapped, ip.sixtofour,
                      ip.teredo[1] if ip.teredo else None):
            if inner is not None and not _public(inner):
                return False
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int, allow_private: bool) -> str:
    """The address to connect to for `host`, after checking every address it resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise Refused(f"cannot resolve host {host!r}: {exc}") from None
    addrs: list[str] = []
    for family, *_rest, sockaddr in infos:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        addr = str(sockaddr[0]).split("%", 1)[0]
        if addr not in addrs:
            addrs.append(addr)
    if not addrs:
        raise Refused(f"host {host!r} has no address")
    if not allow_private:
        for addr in addrs:
            if not _public(ipaddress.ip_address(addr)):
                raise Refused(f"refused: {host} resolves to the non-public address {addr} "
                              f"(set KHRONIKA_ALLOW_PRIVATE_URLS=1 to fetch from an intranet)")
    return addrs[0]


def _pinned(url: str, allow_private: bool) -> tuple[str, dict[str, str], dict]:
    """The URL rewritten to the checked address, with the Host header and TLS name kept."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise Refused(f"refused: only http and https URLs are fetched, not {scheme or 'no'}: "
                      f"URLs (a local file is given by its path)")
    host = parts.hostname
    if not host:
        raise Refused("refused: the URL has no host")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise Refused("refused: the URL has a bad port") from None
    if parts.username or parts.password:
        raise Refused("refused: URLs with credentials are not fetched")
    addr = resolve(host, port, allow_private)
    netloc = f"[{addr}]" if ":" in addr else addr
    if parts.port:
        netloc += f":{parts.port}"
    host_header = parts.netloc.rsplit("@", 1)[-1]
    extensions = {"sni_hostname": host} if scheme == "https" else {}
    return (urlunsplit((scheme, netloc, parts.path or "/", parts.query, "")),
            {"Host": host_header}, extensions)


def fetch_bytes(url: str, timeout: float | None = None,
                policy: FetchPolicy | None = None) -> tuple[bytes, str] | InputError:
    """(body, content type) of a URL, or an InputError saying why not."""
    policy = policy or FetchPolicy.from_settings()
    if timeout is not None:
        policy = FetchPolicy(policy.allow_private, timeout, max(timeout, policy.total_timeout),
                             policy.max_bytes)
    import httpx
    deadline = time.monotonic() + policy.total_timeout
    current = url
    try:
        with httpx.Client(timeout=httpx.Timeout(policy.timeout, connect=min(policy.timeout, 10.0)),
                          follow_redirects=False,
                          headers={"User-Agent": USER_AGENT}) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                target, headers, extensions = _pinned(current, policy.allow_private)
                with client.stream("GET", target, headers=headers,
                                   extensions=extensions) as resp:
                    if resp.is_redirect and resp.headers.get("location"):
                        current = urljoin(current, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        return InputError(url, f"HTTP {resp.status_code}")
                    declared = resp.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > policy.max_bytes:
                        return InputError(url, f"answer is over {policy.max_bytes:,} bytes")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in resp.iter_bytes():
                        size += len(chunk)
                        if size > policy.max_bytes:
                            return InputError(url, f"answer is over {policy.max_bytes:,} bytes")
                        if time.monotonic() > deadline:
                            return InputError(url, f"answer not complete within "
                                                   f"{policy.total_timeout:.0f} s")
                        chunks.append(chunk)
                    return b"".join(chunks), resp.headers.get("content-type", "")
            return InputError(url, f"more than {MAX_REDIRECTS} redirects")
    except Refused as exc:
        where = "" if current == url else f" (redirected to {current})"
        return InputError(url, f"{exc}{where}")
    except httpx.TimeoutException:
        return InputError(url, f"no answer within {policy.timeout:.0f} s")
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
        return InputError(url, f"cannot fetch: {type(exc).__name__}: {exc}")


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
