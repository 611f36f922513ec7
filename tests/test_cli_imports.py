"""A query command (`timeline`, `search`, `entity`, `quotes`, `calendar`) reads the store and
prints: it must not import the language pipeline, the knowledge base, the NER model or Alembic,
whose imports (and data) cost more than the query itself. Checked on the modules a fresh
process holds after the command, not by timing.

`search` alone lemmatises its query words as the index did (`store.textindex.lemma`), so it
may hold the morphological analyser, and `khronika.pipeline`, the registry that analyser's
module signs itself into; no other extractor."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from khronika.store import Store

CODE = """
import json, sys
sys.argv = ["khronika"] + json.loads(sys.argv[1])
from khronika.cli import main
try:
    main()
except SystemExit:
    pass
heavy = ("khronika.pipeline", "khronika.analysis", "khronika.extract", "khronika.kb",
         "khronika.ner", "khronika.parallel", "alembic")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))), file=sys.stderr)
"""

SEARCH_NEEDS = ["khronika.extract", "khronika.extract.morph", "khronika.pipeline"]

COMMANDS = [["timeline"], ["timeline", "--json"], ["search", "нарада"], ["search", "нарада", "--json"],
            ["entity", "Кабмін"], ["quotes", "--json"], ["calendar", "--from", "2025-01-01"]]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'q.db'}"
    store = Store(url)
    store.migrate()           # the schema at head, as after any ingest
    store.close()
    return url


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_query_command_imports_no_pipeline(db, args):
    res = subprocess.run([sys.executable, "-c", CODE, json.dumps(args + ["--db", db])],
                         capture_output=True, text=True, timeout=300)
    loaded = json.loads(res.stderr.strip().splitlines()[-1])
    if args[0] == "search":
        loaded = [m for m in loaded if m not in SEARCH_NEEDS]
    assert loaded == [], f"{' '.join(args)} imported {loaded}"
