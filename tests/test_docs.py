"""The documentation stays true: generated parts match the code, every variable the code reads
is documented, links resolve, and the README's tour runs in a fresh folder."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from khronika import docgen

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
README = ROOT / "README.md"
KHRONIKA = Path(sys.executable).with_name("khronika")


def test_generated_docs_are_current():
    stale = [str(p.relative_to(ROOT)) for p in docgen.stale()]
    assert not stale, f"stale: {stale}; run `{docgen.REGENERATE}` and commit the result"


def test_every_environment_variable_is_documented():
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    used = set()
    for path in (ROOT / "khronika").rglob("*.py"):
        used |= set(re.findall(r"KHRONIKA_[A-Z][A-Z0-9_]*[A-Z0-9]", path.read_text(encoding="utf-8")))
    used.discard("KHRONIKA_OPT_")
    missing = sorted(v for v in used if f"`{v}" not in text)
    assert not missing, (f"{missing} are read by the code but not in docs/configuration.md: "
                         f"give the Settings field a `doc` and run `{docgen.REGENERATE}`, "
                         "or add a row under 'Other variables'")


def test_configuration_lists_every_setting():
    from dataclasses import fields

    from khronika.settings import Settings
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    for f in fields(Settings):
        if f.name != "options":
            assert f"`{docgen.env_name(f)}`" in text
            assert f.metadata.get("doc"), f"Settings.{f.name} has no `doc` for docs/configuration.md"


@pytest.mark.parametrize("page", ["README.md"] + [f"docs/{p.name}" for p in sorted(DOCS.glob("*.md"))])
def test_relative_links_resolve(page):
    path = ROOT / page
    text = path.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" in target or target.startswith("mailto:"):
            continue
        assert (path.parent / target).exists(), f"{page} links to {target}, which does not exist"


def test_readme_names_no_file_outside_the_clone():
    text = README.read_text(encoding="utf-8")
    assert "shared/" not in text, "a user's clone has no ../shared: point at docs/ instead"


def tour_commands() -> list[str]:
    """The README tour's shell lines that need no network and no server."""
    tour = README.read_text(encoding="utf-8").split("## A short tour", 1)[1].split("\n## ", 1)[0]
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", tour, re.S):
        for line in block.splitlines():
            line = line.split("  #", 1)[0].strip()
            if not line or line.startswith("#"):
                continue
            if "://" in line.replace("sqlite:///", "") or " serve" in line:
                continue
            lines.append(line)
    return lines


def test_tour_has_commands():
    cmds = tour_commands()
    assert any(" ingest " in c for c in cmds) and any(" analyze " in c for c in cmds)


def test_tour_runs_in_order(tmp_path):
    """The tour's lines, in order, from the clone's root, against a store of their own."""
    if not KHRONIKA.exists():
        pytest.skip("the khronika script is not installed next to this Python")
    env = dict(os.environ, KHRONIKA_OPT_CHRONICLE_EMBEDDINGS="false",
               KHRONIKA_DB=f"sqlite:///{tmp_path / 'chronicle.db'}")
    for line in tour_commands():
        if line.startswith("export "):
            continue
        cmd = line.replace(".venv/bin/khronika", shlex.quote(str(KHRONIKA)))
        cmd = re.sub(r"-o (\S+)", lambda m: "-o " + shlex.quote(str(tmp_path / m.group(1))), cmd)
        r = subprocess.run(cmd, shell=True, cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=300)
        assert r.returncode == 0, f"{line}\n{r.stderr[-2000:]}"
        assert (r.stdout + r.stderr).strip(), f"{line} printed nothing"
