"""An analysis worker only analyses: the store's SQLAlchemy layer and query code are no part
of its memory (it imports `store.textindex` alone, for the search terms it makes)."""
from __future__ import annotations

import ast
import os
import subprocess
import sys

CODE = """
import sys
from khronika.ingest import stages
from khronika.ingest.readers import RawDoc
from khronika.settings import Settings
out = stages.analyse_chunk([RawDoc(text="Президент провів зустріч у Києві.", id="a")], Settings(),
                           lambda doc: doc)
assert out[0].terms and not out[0].error, out
print(sorted(m for m in sys.modules if m.startswith(("sqlalchemy", "khronika.store"))))
"""


def test_an_analysis_worker_does_not_load_the_store():
    env = dict(os.environ, KHRONIKA_OPT_CHRONICLE_EMBEDDINGS="false")
    res = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         timeout=300, env=env)
    assert res.returncode == 0, res.stderr[-2000:]
    loaded = ast.literal_eval(res.stdout.strip().splitlines()[-1])
    assert "khronika.store.textindex" in loaded
    assert not [m for m in loaded if m.startswith("sqlalchemy") or m == "khronika.store.api"], loaded


def test_the_store_classes_still_import_from_the_package():
    from khronika.store import Page, Store, StoreError
    from khronika.store import api
    assert (Store, Page, StoreError) == (api.Store, api.Page, api.StoreError)
