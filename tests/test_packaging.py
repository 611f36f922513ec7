"""The wheel is the product a user installs: it must carry every data file, the NER model and
the examples, and `khronika demo` must run from it outside this repository."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("build")
    out = tmp_path_factory.mktemp("dist")
    # Built from a clean copy: setuptools' build/ folder keeps files the tree no longer has.
    src = tmp_path_factory.mktemp("src") / "khronika-src"
    shutil.copytree(ROOT, src, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "screenshots", "*.db"))
    r = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                        "--outdir", str(out), str(src)], capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    wheels = list(out.glob("khronika-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_carries_data_models_and_examples(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "khronika").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
    missing = sorted(shipped - names)
    assert not missing, f"files of the package missing from the wheel: {missing[:20]}"
    extra = sorted(n for n in names if n.startswith("khronika/") and n not in shipped)
    assert not extra, f"files in the wheel that the package does not have: {extra[:20]}"
    for needed in ("khronika/lang/uk/events.yaml", "khronika/models/ner_uk/model.crfsuite",
                   "khronika/examples/news.jsonl", "khronika/web/templates/base.html"):
        assert needed in names
    assert not any(n.startswith(("tests/", "bench/")) for n in names)


def test_demo_runs_from_the_installed_wheel(wheel, tmp_path):
    """A fresh virtual environment gets the wheel; its dependencies are borrowed from this
    environment (a path entry, so this checkout's editable hook is not loaded), so the test
    needs no network and proves the package works without the repository around it."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               capture_output=True, text=True, check=True).stdout.strip())
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q",
                        "--no-deps", "--no-index", str(wheel)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    (site / "zz_borrowed_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    away = tmp_path / "elsewhere"
    away.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["KHRONIKA_OPT_CHRONICLE_EMBEDDINGS"] = "false"
    where = subprocess.run([str(py), "-c", "import khronika; print(khronika.__file__)"], cwd=away,
                           env=env, capture_output=True, text=True)
    assert str(venv) in where.stdout, where.stdout + where.stderr
    r = subprocess.run([str(venv / "bin" / "khronika"), "demo", "--db-path", "demo.db"], cwd=away,
                       env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "у хроніці" in r.stderr and (away / "demo.db").exists()
    assert str(ROOT) not in r.stdout + r.stderr
    version = subprocess.run([str(venv / "bin" / "khronika"), "--version"], cwd=away, env=env,
                             capture_output=True, text=True)
    from khronika import __version__
    assert version.stdout.strip() == f"khronika {__version__}"
