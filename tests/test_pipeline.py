import pytest

from khronika.document import Document
from khronika.pipeline import Pipeline, PipelineError, component
from khronika.settings import Settings


@component("test-counter", requires=("tokens",), provides=("counted",))
class Counter:
    def __init__(self, settings):
        self.word = settings.option("test-counter", "word", "так")

    def __call__(self, doc):
        doc.meta["count"] = sum(t.norm == self.word for t in doc.tokens)


def test_configured_order_and_options():
    s = Settings(pipeline=("segment", "test-counter"), options={"test-counter": {"word": "ні"}})
    p = Pipeline(s)
    assert p.names == ["segment", "test-counter"]
    doc = p(Document(text="Ні, ні і так."))
    assert doc.meta["count"] == 2


def test_missing_requirement_is_a_clear_error():
    with pytest.raises(PipelineError, match="needs tokens"):
        Pipeline(Settings(pipeline=("test-counter",)))


def test_unknown_component_is_named():
    with pytest.raises(PipelineError, match="unknown component 'nope'"):
        Pipeline(Settings(pipeline=("segment", "nope")))


def test_disable_switch():
    p = Pipeline(Settings(pipeline=("segment", "morph"), disable=("morph",)))
    assert p.names == ["segment"]


def test_settings_from_env():
    s = Settings.from_env({"KHRONIKA_PIPELINE": "segment, morph", "KHRONIKA_MAX_CHARS": "10",
                           "KHRONIKA_OPT_QUOTES_MIN_CHARS": "12", "KHRONIKA_DB": "sqlite:///x.db"})
    assert s.pipeline == ("segment", "morph") and s.max_chars == 10 and s.db == "sqlite:///x.db"
    assert s.option("quotes", "min_chars") == 12
    with pytest.raises(ValueError, match="KHRONIKA_MAX_CHARS"):
        Settings.from_env({"KHRONIKA_MAX_CHARS": "lots"})


def test_text_cap_and_missing_date_are_reported():
    p = Pipeline(Settings(pipeline=("segment",), max_chars=20))
    doc = p(Document(text="Слово " * 10))
    assert len(doc.text) == 20
    assert any("cut to 20" in w for w in doc.warnings)
    assert any("no publication date" in w for w in doc.warnings)


@pytest.fixture
def gc_threshold():
    """The process's collector thresholds, put back after the test."""
    import gc
    saved = gc.get_threshold()
    gc.set_threshold(700, *saved[1:])
    yield gc
    gc.set_threshold(*saved)


def test_building_a_pipeline_leaves_the_collector_alone(gc_threshold):
    Pipeline(Settings(pipeline=("segment",)))
    assert gc_threshold.get_threshold()[0] == 700


def test_collect_less_often_raises_never_lowers_nor_enables(gc_threshold):
    from khronika.pipeline import GC_THRESHOLD, collect_less_often
    collect_less_often()
    assert gc_threshold.get_threshold()[0] == GC_THRESHOLD
    gc_threshold.set_threshold(GC_THRESHOLD * 2)
    collect_less_often()
    assert gc_threshold.get_threshold()[0] == GC_THRESHOLD * 2
    gc_threshold.set_threshold(0)           # the collector turned off by the host program
    collect_less_often()
    assert gc_threshold.get_threshold()[0] == 0


def test_cli_analyze_opts_in_to_collecting_less_often(gc_threshold, monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.pipeline import GC_THRESHOLD
    monkeypatch.setenv("KHRONIKA_PIPELINE", "segment")
    text = tmp_path / "a.txt"
    text.write_text("Ні, ні і так.", encoding="utf-8")
    res = CliRunner().invoke(app, ["analyze", str(text)])
    assert res.exit_code == 0, res.output
    assert gc_threshold.get_threshold()[0] == GC_THRESHOLD


def test_preload_loads_what_the_first_documents_would():
    """`Pipeline.preload` (the benchmark's per-process cost) loads lingua, the NER model, the
    Russian dictionary and place names now, not in the middle of some later document."""
    from khronika.extract import foreign, morph
    p = Pipeline(Settings(pipeline=("segment", "morph", "foreign", "entities", "timex")))
    spent = p.preload()
    assert set(spent) == {"foreign", "entities", "timex"}
    assert foreign._DETECTOR is not None and morph._RU_MORPH is not None
    entities = dict((info.name, run) for info, run in p.components)["entities"]
    assert entities._ner is not False
    assert entities.namer.ru_places is not None and entities.namer.ru_places._cities
    doc = p(Document(text="Він сказав: «Мы здесь живём и никуда не уйдём отсюда никогда».", date=None))
    assert doc.foreign_spans


def test_a_layer_whose_own_import_is_broken_is_raised_not_skipped(monkeypatch):
    """A built-in layer whose module does not exist is skipped (not written yet); one whose
    module exists but imports something missing is a bug: raised, not a layer quietly left out
    of every document."""
    import importlib

    from khronika import pipeline

    real = importlib.import_module

    def broken(name, *args, **kwargs):
        if name == "khronika.extract.broken_for_test":
            raise ModuleNotFoundError("No module named 'khronika.nowhere'", name="khronika.nowhere")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(pipeline.importlib, "import_module", broken)
    monkeypatch.setitem(pipeline.BUILTIN_MODULES, "broken_for_test", "khronika.extract.broken_for_test")
    with pytest.raises(ModuleNotFoundError):
        pipeline.registered("broken_for_test")
    monkeypatch.setitem(pipeline.BUILTIN_MODULES, "unwritten_for_test", "khronika.extract.unwritten_for_test")
    with pytest.raises(pipeline.PipelineError):
        pipeline.registered("unwritten_for_test")
