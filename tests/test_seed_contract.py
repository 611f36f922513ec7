"""The reference documents through the full pipeline: output valid against SPEC.md, offsets
true, and the scorer runs end to end. Skips when ../shared is absent."""
import json
import subprocess
import sys

import jsonschema

import khronika
from khronika.schema import DOCUMENT_SCHEMA, check_offsets


def test_seed_documents_validate(shared_dir):
    for path in sorted((shared_dir / "gold").glob("seed-*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out = khronika.analyze(gold["text"], gold["date"], id=gold["id"]).to_json()
        jsonschema.validate(out, DOCUMENT_SCHEMA)
        assert check_offsets(out) == [], path.name
        assert out["text"] == gold["text"]


def test_scorer_runs_end_to_end(shared_dir):
    cmd = f"{sys.executable} -m khronika.cli analyze --input {{input}} --format jsonl"
    res = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "--gold",
                          str(shared_dir / "gold"), "--cmd", cmd, "--json"],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    figures = json.loads(res.stdout)
    assert figures["documents"] == 2 and figures["missing_documents"] == []
    assert set(figures) >= {"entities", "timexes", "quotes", "events"}
