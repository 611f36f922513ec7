"""The compiled knowledge base is made in a child process on first use, so the process that
goes on to analyse does not keep the build's heap (its peak memory is measured by
bench/bench_kb_startup.py and the analyze RSS figures, not here)."""
from khronika.kb import base


def test_a_missing_cache_is_compiled_by_a_child_and_loaded(tmp_path, monkeypatch):
    def no_build_here(*a, **k):
        raise AssertionError("the knowledge base was built in the analysing process")

    monkeypatch.setenv("KHRONIKA_CACHE", str(tmp_path))
    monkeypatch.setattr(base, "build_kb", no_build_here)
    kb = base.load_kb()         # not get_kb: the process-wide object stays the one it was
    assert kb.entity("ukraine") is not None
    assert list((tmp_path / "khronika").glob("kb-*.pickle"))
