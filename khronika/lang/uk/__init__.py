"""Ukrainian data files and their loader.

Each `*.yaml` here holds one kind of knowledge (speech verbs, event triggers, months and
ordinals, the knowledge base under `kb/`). Code never types Ukrainian word lists inline:
it calls `load("name")` and gets the parsed YAML, cached for the process.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
# libyaml's loader reads the data 6x faster than the pure-Python one, with the same result
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(ValueError):
    """A language data file that is missing or malformed."""


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Parsed contents of `lang/uk/<name>.yaml` (name may hold a sub-folder: "kb/people")."""
    path = HERE / f"{name}.yaml"
    if not path.is_file():
        raise DataFileError(f"no Ukrainian data file {path.name!r} in {path.parent}")
    try:
        with path.open(encoding="utf-8") as f:
            return yaml.load(f, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: {exc}") from exc


def data_files() -> list[str]:
    """Names of every data file, for the test that loads them all."""
    return sorted(str(p.relative_to(HERE).with_suffix("")) for p in HERE.rglob("*.yaml"))
