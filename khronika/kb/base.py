"""The knowledge base: entities, dated roles and the surface-form index built from the data
files in `khronika/lang/uk/kb/`.

The index maps a tuple of normalised token forms ("офісу", "президента", "україни") to the
entities it can name; it is built once per process from generated inflections (see
`inflect.py`) and cached as a pickle keyed by a hash of the data files and of this code, so a
fresh process loads it in well under a second.

This module builds, caches and shares the one knowledge base of the process; the records are
in `records.py`, the entity table and surface index in `table.py`, the API in `knowledge.py`
and the reading of data files in `datafiles.py`. Their public names stay importable from here,
where most callers import them.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from ..lang import uk as _lang_uk
from ..lang.uk import HERE as LANG_DIR
from ..lang.uk import load
from .datafiles import (GENDERS, KB_FILES, KEYS, NOT_ENTITIES, TYPES, _first_and_surname,  # noqa: F401
                        check_records, kb_files, parse_entities, read_yaml)
from .knowledge import _JOINS, KnowledgeBase, _caps, _lexeme, alias_tokens  # noqa: F401
from .records import KBEntity, RoleSpan, Surface, _date  # noqa: F401
from .table import EntityTable, Index  # noqa: F401


def _data_hash() -> str:
    from .official import package_versions
    h = hashlib.sha1()
    # (file names, not paths: two installs of the same data share one compiled cache)
    # (body_names.yaml, where `lang.uk.load` reads it: the body heads that shape the
    # generated aliases, `bodynames`)
    for p in [*(LANG_DIR / "kb").glob("*.yaml"), _lang_uk.HERE / "body_names.yaml", *kb_files()]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    for mod in ("base.py", "records.py", "table.py", "knowledge.py", "datafiles.py", "inflect.py",
                "official.py", "generated.py", "bodynames.py", "../textnorm.py"):
        h.update((Path(__file__).parent / mod).read_bytes())     # textnorm: the index keys
    h.update(package_versions().encode())
    return h.hexdigest()[:16]


def _cache_dir() -> Path:
    base = os.environ.get("KHRONIKA_CACHE") or os.environ.get("XDG_CACHE_HOME") \
        or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "khronika"


def build_kb(official: bool = True) -> KnowledgeBase:
    """Load every data file, add the places of the official data packages (unless
    `official=False`) and build the index (no cache)."""
    entities: dict[str, KBEntity] = {}
    user = Path(os.environ["KHRONIKA_KB_DIR"]).resolve() if os.environ.get("KHRONIKA_KB_DIR") else None
    for path in kb_files():
        mine = user is not None and path.resolve().parent == user
        for e in parse_entities(path):
            if e.id in entities and not mine:
                raise ValueError(f"duplicate knowledge-base id {e.id!r} ({path})")
            entities[e.id] = e          # a user's entry replaces the shipped one of its id
    if official:
        from .generated import add_official
        add_official(entities)
    kb = KnowledgeBase(entities, (load("kb/roles") or {}).get("roles") or {})
    if official:
        from .official import renamed_alias_gates
        kb.build_index(renamed_alias_gates())
    else:
        kb.build_index()
    return kb


@lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """The process-wide knowledge base (one object: layers share lookups keyed by it)."""
    return load_kb()


def load_kb() -> KnowledgeBase:
    """The knowledge base from the compiled cache when the data is unchanged.

    A missing cache (first use, or the data changed) is compiled in a child process and then
    loaded like any other: building takes ~540 MB at its peak, most of it garbage by the end,
    and a long `khronika analyze` that built it in-process kept that heap and went past its
    600 MB limit. If the child cannot write the cache, the knowledge base is built here."""
    key = _data_hash()
    path = _cache_dir() / f"kb-{key}.pickle"
    if os.environ.get("KHRONIKA_KB_CACHE", "1") == "0":
        return build_kb()
    kb = _read_cache(path)
    if kb is None and _compile_in_child(path):
        kb = _read_cache(path)
    if kb is None:
        kb = build_kb()
        write_cache(kb, path)
    return kb


def _read_cache(path: Path) -> KnowledgeBase | None:
    try:
        with path.open("rb") as f:
            kb = pickle.load(f)
    except Exception:
        return None
    try:
        os.utime(path)      # in use: not stale (file systems mounted noatime keep no access time)
    except OSError:
        pass
    return kb


def write_pickle(obj, path: Path) -> None:
    """Write a compiled table atomically (a reader never sees half a file); a cache that
    cannot be written is only rebuilt next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


STALE_DAYS = 14      # a compiled knowledge base unused this long is removed


def write_cache(kb: KnowledgeBase, path: Path) -> None:
    """Write the compiled knowledge base atomically, and remove compiled ones of other data
    that nothing has loaded for STALE_DAYS: each upgrade or edit of the data compiles a new
    ~19 MB file, and the old ones would pile up in the user's cache."""
    write_pickle(kb, path)
    prune_caches(path)


def prune_caches(keep: Path, days: float = STALE_DAYS) -> int:
    import time
    cutoff = time.time() - days * 86400
    removed = 0
    for p in keep.parent.glob("kb-*.pickle"):
        try:
            if p != keep and max(p.stat().st_mtime, p.stat().st_atime) < cutoff:
                p.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def _compile_in_child(path: Path) -> bool:
    import subprocess
    import sys
    code = ("import sys; from pathlib import Path; from khronika.kb.base import build_kb, write_cache; "
            "write_cache(build_kb(), Path(sys.argv[1]))")
    try:
        # -I: the child imports this installed khronika, never a checkout in the working
        # directory (if it cannot import at all, the caller builds in-process)
        done = subprocess.run([sys.executable, "-I", "-c", code, str(path)], stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    except OSError:
        return False
    return done.returncode == 0 and path.exists()
