"""Every Ukrainian data file loads and is not empty (each layer also tests its own schema)."""
import pytest

from khronika.lang.uk import DataFileError, data_files, load


@pytest.mark.parametrize("name", data_files())
def test_data_file_loads(name):
    data = load(name)
    assert data, f"{name}.yaml is empty"


def test_core_file_has_pronouns():
    assert "він" in load("core")["pronouns"]["masc"]


def test_missing_file_is_a_clear_error():
    with pytest.raises(DataFileError, match="no Ukrainian data file"):
        load("no-such-file")


def _duplicate_keys(node, path="") -> list[str]:
    """Keys given twice in one mapping: YAML keeps the last silently, so a second
    `continuation_verbs:` further down a long lexicon would shadow the first without a sound."""
    import yaml

    found: list[str] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = getattr(key, "value", None)
            if isinstance(name, str):
                if name in seen:
                    found.append(f"{path}/{name} (line {key.start_mark.line + 1})")
                seen.add(name)
            found += _duplicate_keys(value, f"{path}/{name}")
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            found += _duplicate_keys(item, f"{path}[{i}]")
    return found


@pytest.mark.parametrize("name", data_files())
def test_data_file_has_no_duplicate_key(name):
    import yaml

    from khronika.lang.uk import HERE

    with (HERE / f"{name}.yaml").open(encoding="utf-8") as f:
        node = yaml.compose(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert _duplicate_keys(node) == [], f"{name}.yaml gives a key twice"


def test_duplicate_key_check_sees_a_repeated_key():
    import yaml

    node = yaml.compose("a:\n  x: 1\n  y: 2\n  x: 3\nb: [ {k: 1, k: 2} ]\n", Loader=yaml.SafeLoader)
    assert _duplicate_keys(node) == ["/a/x (line 4)", "/b[0]/k (line 5)"]
