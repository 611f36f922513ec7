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
