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


def test_stale_compiled_caches_of_other_data_are_removed(tmp_path):
    import os
    import time
    keep = tmp_path / "kb-current.pickle"
    old = tmp_path / "kb-old.pickle"
    recent = tmp_path / "kb-recent.pickle"
    other = tmp_path / "world-cities-1.pickle"
    for p in (keep, old, recent, other):
        p.write_bytes(b"x")
    month_ago = time.time() - 30 * 86400
    for p in (old, other, keep):
        os.utime(p, (month_ago, month_ago))
    assert base.prune_caches(keep) == 1
    assert not old.exists() and keep.exists() and recent.exists() and other.exists()


def test_the_cache_key_does_not_depend_on_where_the_data_is_installed(tmp_path, monkeypatch):
    import shutil
    key = base._data_hash()
    shutil.copytree(base.LANG_DIR / "kb", tmp_path / "kb")
    monkeypatch.setattr(base, "LANG_DIR", tmp_path)
    assert base._data_hash() == key
    (tmp_path / "kb" / "countries.yaml").write_text("# changed\n", encoding="utf-8")
    assert base._data_hash() != key
