"""Turn files, folders, JSON Lines and standard input into raw documents, reporting bad input
instead of raising: one broken file or line never stops the others.

`read_inputs` yields `RawDoc` for every readable document and `InputError` for every one that
is not (binary data, invalid UTF-8, an empty file, a file over the size cap, a malformed JSON
line), each naming its path and, for JSON Lines, the line number.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..document import no_surrogates, parse_date

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class RawDoc:
    text: str
    id: str | None = None
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str = ""            # path, or path:line
    extra: dict = field(default_factory=dict)


@dataclass
class InputError:
    source: str                 # path or path:line
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters in the first 8 KB: not a text document."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and control / len(head) > 0.05


def decode(data: bytes, source: str) -> str | InputError:
    if looks_binary(data):
        return InputError(source, "binary data, not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(source, f"invalid UTF-8 at byte {exc.start}")
    if not text.strip():
        return InputError(source, "empty document")
    return text


def html_to_doc(html: str, source: str) -> RawDoc | InputError:
    """Main text, title and date of an HTML page (trafilatura)."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    if found is None:
        return InputError(source, "no article text found in the HTML page")
    meta = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    text = (meta.get("text") or "").strip()
    title = meta.get("title") or None
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1:]
    if not text:
        return InputError(source, "no article text found in the HTML page")
    try:
        date = parse_date(meta.get("date"))
    except ValueError:
        date = None
    return RawDoc(text=text, title=title, date=date, url=meta.get("url") or None, source=source)


def is_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head


MAX_ID = 200
MAX_TITLE = 2000
MAX_URL = 4000
def id_problem(doc_id: str) -> str | None:
    """Why a document id cannot be used (it must be the last part of a URL path), or None."""
    if not doc_id.strip():
        return "is empty"
    if len(doc_id) > MAX_ID:
        return f"is longer than {MAX_ID} characters"
    if doc_id in (".", "..") or "/" in doc_id or "\\" in doc_id:
        return "may not contain '/' or '\\' or be '.' or '..'"
    if doc_id != doc_id.strip():
        return "may not start or end with a space"
    bad = next((c for c in doc_id if unicodedata.category(c) in ("Cc", "Cs", "Cf", "Zl", "Zp")),
               None)
    if bad is not None:
        return f"may not contain the control character U+{ord(bad):04X}"
    return None


def _str_field(obj: dict, key: str, limit: int) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"the \"{key}\" field must be a string, not {_kind(value)}")
    if len(value) > limit:
        raise ValueError(f"the \"{key}\" field is longer than {limit:,} characters")
    return no_surrogates(value).strip() or None


def _kind(value) -> str:
    return {dict: "an object", list: "an array", bool: "true/false", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


def parse_json_line(line: str, source: str, default_date: dt.date | None) -> RawDoc | InputError:
    """One document from one JSON line, every field checked: a bad field makes the line an
    InputError naming it, and the caller goes on with the next line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(source, f"malformed JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return InputError(source, "malformed JSON: nested too deeply")
    if not isinstance(obj, dict):
        return InputError(source, "a JSON line must be an object with a \"text\" field")
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(source, "the \"text\" field is missing or not a string")
    if not text.strip():
        return InputError(source, "empty document")
    text = no_surrogates(text)
    try:
        title = _str_field(obj, "title", MAX_TITLE)
        url = _str_field(obj, "url", MAX_URL)
        raw_date = obj.get("date")
        if raw_date is not None and not isinstance(raw_date, str):
            raise ValueError(f"the \"date\" field must be a string YYYY-MM-DD, not {_kind(raw_date)}")
        date = parse_date(raw_date) or default_date
    except ValueError as exc:
        return InputError(source, str(exc))
    doc_id = obj.get("id")
    if doc_id is not None:
        if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
            return InputError(source, f"the \"id\" field must be a string, not {_kind(doc_id)}")
        doc_id = str(doc_id)
        why = id_problem(doc_id)
        if why:
            return InputError(source, f"the \"id\" field {why}: {doc_id[:80]!r}")
    extra = {k: v for k, v in obj.items() if k not in ("id", "text", "date", "title", "url")}
    return RawDoc(text=text, id=doc_id, date=date, title=title, url=url, source=source,
                  extra=extra)


def read_jsonl(stream: IO | Iterable[str | bytes], name: str,
               default_date: dt.date | None = None) -> Iterator[RawDoc | InputError]:
    """One document per line; bytes lines are decoded one by one, so a line of invalid UTF-8
    is reported with its number and the lines after it are still read."""
    stem = Path(name).stem.strip("<>")
    for n, line in enumerate(stream, 1):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        source = f"{name}:{n}"
        if isinstance(line, bytes):
            line = decode(line, source)
            if isinstance(line, InputError):
                yield line
                continue
        item = parse_json_line(line, source, default_date)
        if isinstance(item, RawDoc) and item.id is None:
            item.id = f"{stem}-{n}"
        yield item


def _capped_lines(fb: IO[bytes], source: str, max_bytes: int) -> Iterator[bytes | InputError]:
    """The lines of a binary stream; a line over `max_bytes` is never held whole: it becomes
    an InputError naming its number and the lines after it are still read."""
    n = 0
    while True:
        line = fb.readline(max_bytes + 1) if max_bytes else fb.readline()
        if not line:
            return
        n += 1
        if max_bytes and len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):     # skip the rest of that line
                line = fb.readline(1 << 20)
            yield InputError(f"{source}:{n}", f"line is over the {max_bytes:,}-byte cap "
                                              f"(KHRONIKA_MAX_BYTES)")
            continue
        yield line


def read_file(path: Path, default_date: dt.date | None = None,
              max_bytes: int = 50_000_000) -> Iterator[RawDoc | InputError]:
    source = str(path)
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            # an archive of a year of news is one JSON Lines file of gigabytes: it is read a
            # line at a time, so the cap holds for each line (one document), not the file
            with path.open("rb") as fb:
                yield from read_jsonl(_capped_lines(fb, source, max_bytes), source, default_date)
            return
        size = path.stat().st_size
        if max_bytes and size > max_bytes:
            yield InputError(source, f"file is {size:,} bytes, over the {max_bytes:,}-byte cap "
                                     f"(KHRONIKA_MAX_BYTES)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    text = decode(data, source)
    if isinstance(text, InputError):
        yield text
        return
    if path.suffix.lower() in HTML_SUFFIXES or is_html(text):
        doc = html_to_doc(text, source)
        if isinstance(doc, RawDoc):
            doc.id = path.stem
            doc.date = default_date or doc.date
        yield doc
        return
    yield RawDoc(text=text, id=path.stem, date=default_date, source=source)


def walk(folder: Path, suffixes: set[str]) -> Iterator[Path | InputError]:
    """The document files under a folder, sorted by path, and an InputError for each folder
    that cannot be read (it was skipped without a word). Linked folders are not followed,
    so a link loop cannot run forever."""
    found: list[Path] = []
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append, followlinks=False):
        for name in files:
            child = Path(root) / name
            if not name.startswith(".") and child.suffix.lower() in suffixes and child.is_file():
                found.append(child)
    yield from sorted(found)
    for exc in errors:
        yield InputError(str(exc.filename or folder), f"cannot read folder: {exc.strerror or exc}")


def missing(path: Path) -> InputError:
    """Why a named path cannot be read: a link to nowhere or in a loop is not a missing file."""
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:
            return InputError(str(path), "symbolic link loop")
        except OSError:
            return InputError(str(path), "broken symbolic link (its target does not exist)")
        return InputError(str(path), "symbolic link loop")
    return InputError(str(path), "no such file or folder")


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files named, and the documents inside folders named (recursively, sorted)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from walk(path, TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES)
        elif path.exists():
            yield path
        else:
            yield missing(path)


def read_inputs(paths: Iterable[str | Path], default_date: dt.date | None = None,
                max_bytes: int = 50_000_000, stdin: IO[str] | None = None
                ) -> Iterator[RawDoc | InputError]:
    for p in paths:
        if str(p) == "-":
            yield from read_jsonl(stdin or sys.stdin.buffer, "<stdin>", default_date)
            continue
        for item in iter_paths([p]):
            if isinstance(item, InputError):
                yield item
            else:
                yield from read_file(item, default_date, max_bytes)
