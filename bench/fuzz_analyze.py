"""Property-based fuzzing (hypothesis) of `khronika.analyze` and of the JSON Lines reader.

    python bench/fuzz_analyze.py --inputs 100000            # both targets, 100,000 inputs in all
    python bench/fuzz_analyze.py --inputs 5000 --target jsonl
    nice -n 19 python bench/fuzz_analyze.py --inputs 1000000 --procs 4 --log fuzz.log

With `--procs P` the inputs are split over P worker processes; worker k draws its batch seeds
from its own fixed range (`--seed + k * 1,000,000` upwards), so a run can be repeated exactly
and no two workers test the same inputs. Each worker appends its progress lines, tagged `wK`,
to the log; the parent prints the sum when all are done.

Checks on every input: no exception; every span in the output (mentions, quotes, cues,
timexes, triggers, evidence) is exactly `text[start:end]`; the output is the same when the
same text is analysed again (the cross-process check, PYTHONHASHSEED, is
`bench/fuzz_hashseed.py`). The JSON Lines reader must turn every line into a document or an
error naming `path:line`, never raise, and never pass a lone surrogate on.

Texts are built from pieces of Ukrainian news prose (names, dates, relative times, quotes,
numbers) mixed with what breaks analysers: zero-width characters and BOMs, Turkish dotted İ,
characters without a Unicode name, lone surrogates, numbers thousands of digits long, odd
dashes and quote marks, and publication dates at both ends of the calendar. The run goes in
batches (a failing input is printed, shrunk, and the run goes on with the next batch) and
prints inputs, failures and inputs per second at the end, also when stopped (Ctrl-C or a TERM
signal). `tests/test_hardening_crash.py` runs a few hundred of the same inputs."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

WORDS = [
    "Київ", "Києві", "Україна", "України", "Зеленський", "Зеленського", "Умєров", "Фідан",
    "Туреччина", "Анкарі", "Сибіга", "НАТО", "ЄС", "Президент", "міністр", "заявив", "сказав",
    "повідомив", "зустрівся", "зустрінеться", "переговори", "домовилися", "обстріляли",
    "санкції", "запровадили", "підписали", "угоду", "відвідає", "вчора", "сьогодні", "завтра",
    "минулого", "наступного", "тижня", "місяця", "року", "у понеділок", "в неділю", "днів",
    "тому", "через", "5 грудня", "2024 року", "31.12.9999", "01.01.0001", "о 10:30", "вранці",
    "ввечері", "три роки тому", "через сто років", "за тисячу років", "у 9999 році",
    "«", "»", "„", "“", '"', "—", "–", "-", ":", ",", ".", "!", "?", "(", ")", "\n", "\n\n",
    "МЗС", "Міноборони", "РНБО", "Андріївку", "Бахмутського району", "Харківщині", "ООН",
    "Путін", "росія", "Польщі", "Варшаві", "Макрон", "США", "Трамп", "п'ятого", "двадцять",
    "тисяча", "мільйон", "№", "%", "$", "€", "100", "2025", "1991", "0", "999999",
]
ODD = [
    "\u200b", "\ufeff", "\u200c", "\u200d", "\u2060", "\u00ad", "İ", "ı", "ǅ", "ß", "ﬁ",
    "\u0301", "\u0306", "\U000e0001", "\U0010ffff", "\ue000", "\u0378", "\u2028", "\u2029",
    "\x00", "\x07", "\x1b", "\r", "\t", "\x85", "\ud800", "\udfff", "\ud83d", "😀", "👨‍👩‍👧",
    "\u202e", "\U00017000", "Ї", "ї", "ґ", "Ґ", "’", "ʼ", "`", "\u00a0", "\u2009", "\u3000",
]


def _long_number() -> st.SearchStrategy[str]:
    return st.integers(4290, 4400).map(lambda n: "9" * n)


piece = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(WORDS),
    st.sampled_from(ODD),
    st.text(max_size=6),                                   # any code points at all
    st.integers(-10**6, 10**12).map(str),
    _long_number(),
)
texts = st.lists(st.tuples(st.sampled_from(["", " ", " ", " ", "\n"]), piece),
                 min_size=1, max_size=40).map(lambda parts: "".join(a + b for a, b in parts))
dates = st.one_of(
    st.none(),
    st.dates(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(1, 3, 1)),
    st.dates(min_value=dt.date(9999, 10, 1), max_value=dt.date(9999, 12, 31)),
)


def spans(node, path="doc"):
    """Every {start, end, text} span in the SPEC JSON."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int) \
                and isinstance(node.get("text"), str):
            yield path, node
        for k, v in node.items():
            if k != "text":
                yield from spans(v, f"{path}.{k}")
    elif isinstance(node, list):
        for n, v in enumerate(node):
            yield from spans(v, f"{path}[{n}]")


_PIPELINE = None


def pipeline():
    global _PIPELINE
    if _PIPELINE is None:
        from khronika.pipeline import collect_less_often, get_pipeline
        from khronika.settings import Settings
        collect_less_often()    # as `khronika analyze` does
        _PIPELINE = get_pipeline(Settings())
    return _PIPELINE


def check_analyze(text: str, date) -> None:
    from khronika.pipeline import analyze
    out = analyze(text, date, id="fuzz", pipeline=pipeline()).to_json()
    body = out["text"]
    assert len(body) == len(text) or len(text) > pipeline().settings.max_chars
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in body), "lone surrogate passed on"
    for where, span in spans(out):
        if where == "doc":
            continue
        s, e = span["start"], span["end"]
        assert 0 <= s <= e <= len(body), f"{where}: span {s}-{e} outside the text"
        assert body[s:e] == span["text"], f"{where}: {body[s:e]!r} != {span['text']!r}"
    dump = json.dumps(out, ensure_ascii=False, sort_keys=True)
    dump.encode("utf-8")                                     # can be written out
    again = json.dumps(analyze(text, date, id="fuzz", pipeline=pipeline()).to_json(),
                       ensure_ascii=False, sort_keys=True)
    assert dump == again, "a second analysis of the same text differs"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6)
field_values = st.one_of(json_values, texts, st.sampled_from(["2025-12-06", "2026-01-01garbage",
                                                             "..", "a/b", "x\x01", "\ud800", ""]))
records = st.dictionaries(st.sampled_from(["id", "text", "date", "title", "url", "lang", "x"]),
                          field_values, max_size=6)
lines = st.one_of(records.map(lambda r: json.dumps(r, ensure_ascii=False)),
                  records.map(json.dumps), st.text(max_size=40), st.just("{"), st.just("[]"),
                  st.just('{"text": "\\ud800 Київ"}'))


def check_jsonl(batch: list[str]) -> None:
    from khronika.ingest.readers import InputError, RawDoc, read_jsonl
    raw = "\n".join(batch).encode("utf-8", "surrogatepass")
    items = list(read_jsonl(raw.splitlines(keepends=True), "fuzz.jsonl"))
    for item in items:
        assert isinstance(item, (RawDoc, InputError))
        assert item.source.startswith("fuzz.jsonl:")
        if isinstance(item, RawDoc):
            for value in (item.text, item.title, item.url, item.id):
                assert value is None or not any(0xD800 <= ord(c) <= 0xDFFF for c in value)
            assert item.text.strip()
            assert item.id and "/" not in item.id


CALLS = {"analyze": 0, "jsonl": 0}


def run(target: str, n: int, seed: int) -> list[str]:
    """n inputs of one target; the failures found (each printed as it is found)."""
    failures: list[str] = []
    conf = settings(max_examples=n, deadline=None, database=None, derandomize=False,
                    suppress_health_check=list(HealthCheck), print_blob=True,
                    phases=[Phase.generate, Phase.shrink])
    if target == "analyze":
        @conf
        @given(texts, dates)
        def prop(text, date):
            check_analyze(text, date)
            CALLS["analyze"] += 1                     # inputs checked and passed
    else:
        @conf
        @given(st.lists(lines, min_size=1, max_size=8))
        def prop(batch):
            check_jsonl(batch)
            CALLS["jsonl"] += 1
    prop._hypothesis_internal_use_seed = seed
    try:
        prop()
    except Exception as exc:          # the shrunk failing input, reported; the run goes on
        notes = "\n".join(getattr(exc, "__notes__", []))      # hypothesis's falsifying example
        msg = f"{target} seed {seed}: {type(exc).__name__}: {exc}\n{notes}"
        print(msg, file=sys.stderr, flush=True)
        failures.append(msg)
    return failures


SEED_STRIDE = 1_000_000      # worker k's batch seeds: seed + k * SEED_STRIDE, +1, +2, ...


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, cwd=Path(__file__).parent, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _log(path: Path | None, line: str) -> None:
    print(line, flush=True)
    if path:
        with path.open("a", encoding="utf-8") as f:
            f.write(line + "\n")


def parallel(args) -> int:
    """Start args.procs workers, each with its share of the inputs and its own seed range."""
    share, extra = divmod(args.inputs, args.procs)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--target", args.target,
           "--batch", str(args.batch)] + (["--log", str(args.log)] if args.log else [])
    _log(args.log, f"{time.strftime('%H:%M:%S')} start: {args.inputs:,} inputs over "
                   f"{args.procs} processes, commit {_commit()}")
    t0 = time.perf_counter()
    workers = [subprocess.Popen(cmd + ["--inputs", str(share + (k < extra)),
                                       "--seed", str(args.seed + k * SEED_STRIDE),
                                       "--tag", f"w{k}"], stdout=subprocess.PIPE, text=True)
               for k in range(args.procs)]
    ran = failed = 0
    for w in workers:
        try:
            out, _ = w.communicate()
        except KeyboardInterrupt:          # stopped: each worker logs what it ran
            for other in workers:
                other.terminate()
            out, _ = w.communicate()
        last = out.strip().splitlines()[-1] if out.strip() else ""
        if last.startswith("RESULT "):
            _, n, f = last.split()
            ran, failed = ran + int(n), failed + int(f)
        else:
            failed += 1                                   # a worker that died is a failure
    elapsed = time.perf_counter() - t0
    _log(args.log, f"{time.strftime('%H:%M:%S')} all {args.procs} processes: inputs run {ran:,} "
                   f"in {elapsed:,.1f} s ({ran / max(elapsed, 1e-9):,.1f}/s); failures {failed}")
    return 1 if failed else 0


def _stop_on_term(*_):
    raise KeyboardInterrupt


def main(argv=None) -> int:
    signal.signal(signal.SIGTERM, _stop_on_term)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=2000, help="inputs in all")
    ap.add_argument("--target", choices=["both", "analyze", "jsonl"], default="both")
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1, help="first batch seed (worker 0)")
    ap.add_argument("--procs", type=int, default=1, help="worker processes")
    ap.add_argument("--tag", default="", help=argparse.SUPPRESS)
    ap.add_argument("--log", type=Path, help="append progress lines here")
    args = ap.parse_args(argv)
    if args.procs > 1:
        return parallel(args)
    tag = f"{args.tag} " if args.tag else ""
    targets = ["analyze", "jsonl"] if args.target == "both" else [args.target]
    if not args.tag:
        _log(args.log, f"{time.strftime('%H:%M:%S')} start: {args.inputs:,} inputs, seeds from "
                       f"{args.seed}, commit {_commit()}")
    pipeline()                                        # models loaded before the clock starts
    done = {t: 0 for t in targets}       # inputs asked for; CALLS counts those that passed
    failures: list[str] = []
    t0 = time.perf_counter()
    seed = args.seed
    stopped = False
    try:
        while sum(done.values()) < args.inputs:
            for t in targets:
                n = min(args.batch, args.inputs - sum(done.values()))
                if n <= 0:
                    break
                for msg in run(t, n, seed):
                    failures.append(msg)
                    _log(args.log, f"{tag}FAILURE {msg}")
                done[t] += n
                seed += 1
            _log(args.log, f"{tag}{time.strftime('%H:%M:%S')} inputs run {sum(CALLS.values()):,} "
                           f"({', '.join(f'{k} {CALLS[k]:,}' for k in targets)}) failures "
                           f"{len(failures)} elapsed {time.perf_counter() - t0:,.0f} s "
                           f"next seed {seed}")
    except KeyboardInterrupt:          # Ctrl-C or a TERM signal: the figures so far
        stopped = True
    elapsed = time.perf_counter() - t0
    ran = sum(CALLS.values())
    _log(args.log, f"{tag}{time.strftime('%H:%M:%S')} {'stopped' if stopped else 'done'}: inputs "
                   f"run {ran:,} in {elapsed:,.1f} s ({ran / max(elapsed, 1e-9):,.1f}/s); "
                   f"failures {len(failures)}")
    if args.tag:
        print(f"RESULT {ran} {len(failures)}", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
