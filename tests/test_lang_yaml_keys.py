"""No data file of khronika/lang repeats a key in one mapping. YAML loaders keep the last of two
equal keys without a word, so a list added under a name already used silently replaces the
first (an events.yaml context list was lost so once, and every rule reading it went quiet)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

LANG = Path(__file__).resolve().parents[1] / "khronika" / "lang"


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping with a key twice."""


def _mapping(loader, node, deep=False):
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"key {key!r} repeated at line {key_node.start_mark.line + 1} "
                             f"(first at line {seen[key]})")
        seen[key] = key_node.start_mark.line + 1
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_the_check_finds_a_repeated_key():
    with pytest.raises(ValueError, match="'missions' repeated at line 3"):
        yaml.load("contexts:\n  missions: [місія]\n  missions: [представництво]\n", Loader=_StrictLoader)


@pytest.mark.parametrize("path", sorted(LANG.rglob("*.yaml")), ids=lambda p: str(p.relative_to(LANG)))
def test_no_data_file_repeats_a_key(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
