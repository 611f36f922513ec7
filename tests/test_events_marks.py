"""The quote marks the events rules read are one set, in `grammar.marks`: the grammar room
(`grammar.ties`) and the sides read from case (`arguments.case_sides`) use it without importing
the lexicon room, so a new kind of mark is added once and no import cycle is needed for it."""
import ast
import pathlib

import khronika.extract.events as events
from khronika.extract.events.grammar import marks

ROOT = pathlib.Path(events.__file__).parent


def _mark_tuples(path):
    """The tuple or set literals of a module made only of opening quote marks."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Tuple, ast.Set)) and node.elts and all(
                isinstance(e, ast.Constant) and e.value in marks.OPENING_MARKS for e in node.elts):
            found.append(node.lineno)
    return found


def test_opening_marks_are_one_set():
    assert {"«", "„", "“"} <= marks.OPENING_MARKS
    stray = {str(p.relative_to(ROOT)): _mark_tuples(p) for p in ROOT.rglob("*.py")
             if p.name != "marks.py"}
    assert {k: v for k, v in stray.items() if v} == {}


def test_marks_import_nothing_of_the_events_package():
    tree = ast.parse(pathlib.Path(marks.__file__).read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert all(isinstance(n, ast.ImportFrom) and n.module == "__future__" for n in imports)
