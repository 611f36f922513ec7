"""Latency and throughput of the HTTP API (timeline, search, entity page) under concurrent clients.

    python bench/bench_api.py                          # 100,000 documents, 50 clients, 60 s each
    python bench/bench_api.py --docs 10000 --seconds 10
    python bench/bench_api.py --db /tmp/api.db --reuse # keep and reuse a synthesised store
    python bench/bench_api.py --db /tmp/ingested.db --reuse --store-entities --docs N
                                                       # a store `khronika ingest` made

Synthesises a store with direct bulk inserts (documents, entities, mentions, per-document
events, chronicle events with their entity links, and the lemma search index; no analysis),
starts `khronika serve` on a free loopback port in a subprocess, and drives it with N
concurrent clients for a fixed time. Prints p50/p95/p99 latency and requests/s per
endpoint, the error count, and the CPU per request of the server and of the load generator
(a bare keep-alive HTTP/1.1 client by default; `--client httpx` spends ~5 ms of CPU per
request at 50 clients, more than the server, and its queue showed up as the server's
latency). The warm-up runs other request sequences than the measured ones. The documents are synthesised from varied names, places, event
types, dates and text, not analysed: say so when quoting the figures. Loopback only; every loop is bounded by the clock or a count.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATUSES = ("occurred", "occurred", "occurred", "planned", "ongoing", "negated")
PLACES = [("kyiv", "Kyiv", "Київ", "Києві"), ("kharkiv", "Kharkiv", "Харків", "Харкові"),
          ("lviv", "Lviv", "Львів", "Львові"), ("odesa", "Odesa", "Одеса", "Одесі"),
          ("warsaw", "Warsaw", "Варшава", "Варшаві"), ("brussels", "Brussels", "Брюссель", "Брюсселі"),
          ("berlin", "Berlin", "Берлін", "Берліні"), ("istanbul", "Istanbul", "Стамбул", "Стамбулі")]
FIRST = ["Іван", "Петро", "Олена", "Марія", "Андрій", "Оксана", "Тарас", "Ірина", "Богдан", "Леся"]
LAST = ["Коваленко", "Шевчук", "Бондаренко", "Ткаченко", "Мельник", "Кравчук", "Олійник", "Лисенко",
        "Гончар", "Савчук", "Руденко", "Марченко"]
VERBS = {"CONSULT": "провів переговори", "AGREE": "підписав угоду", "AID": "оголосив про допомогу",
         "ACCUSE": "звинуватив", "REJECT": "відкинув пропозицію", "ASSAULT": "повідомив про обстріл",
         "SANCTION": "запровадив санкції", "REQUEST": "попросив про підтримку"}
FILLER = ["ми", "продовжимо", "роботу", "з", "партнерами", "щодо", "безпеки", "енергетики", "нових",
          "рішень", "для", "громад", "регіону", "підтримка", "важлива", "сьогодні", "завтра", "уряд",
          "парламент", "домовленості", "виконання", "зустріч", "делегації", "обговорили", "питання",
          "відновлення", "інфраструктури", "фінансування", "програми", "захисту", "кордону", "людей"]
QUERIES = ["переговори", "переговорах у Стамбулі", "угоди", "санкціями", "допомогу Україні", "обстріл Харкова",
           "пропозицію", "підтримки"]


def synthesise(url: str, n_docs: int, seed: int = 7) -> None:
    """Bulk-insert `n_docs` documents, each with one event, straight through the ORM tables."""
    from collections import defaultdict

    from sqlalchemy import bindparam, insert, update

    from khronika.store import Store
    from khronika.store import search as search_index
    from khronika.store.models import (ChronicleEntityRow, ChronicleEventRow, DocEventRow,
                                       DocumentRow, EntityDocRow, EntityRow, MentionRow, QuoteRow)
    from khronika.store.textindex import index_text, name_key

    rnd = random.Random(seed)
    store = Store(url)
    store.migrate()
    people = [(f"p{i}", f"{FIRST[i % 10]} {LAST[i // 10 % 12]}{'' if i < 120 else ' ' + str(i)}")
              for i in range(300)]
    now = dt.datetime(2030, 1, 1)
    index_cache: dict[str, str] = {}

    def indexed(sentence: str) -> str:
        if sentence not in index_cache:
            index_cache[sentence] = index_text(sentence)
        return index_cache[sentence]

    with store.session() as s, s.begin():
        s.execute(insert(EntityRow.__table__), [
            {"id": pid, "name": pid, "name_uk": name, "type": "PER", "wikidata": None, "kb": False,
             "search_key": name_key(name, pid)} for pid, name in people] + [
            {"id": key, "name": en, "name_uk": uk, "type": "LOC", "wikidata": None, "kb": False,
             "search_key": name_key(en, uk, key)} for key, en, uk, _ in PLACES])
    start_day = dt.date(2024, 1, 1)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    batch = 5000
    t0 = time.perf_counter()
    for lo in range(0, n_docs, batch):
        docs, mentions, devents, chron, links, search_rows = [], [], [], [], [], []
        ent_docs, quotes = [], []
        for i in range(lo, min(n_docs, lo + batch)):
            # a skewed choice: a few people are in the news every day, most rarely
            pid, pname = people[min(int(rnd.paretovariate(1.2)) - 1, len(people) - 1)
                                if rnd.random() < 0.5 else rnd.randrange(len(people))]
            place = PLACES[rnd.randrange(len(PLACES))]
            etype = rnd.choice(list(VERBS))
            status = rnd.choice(STATUSES)
            day = start_day + dt.timedelta(days=rnd.randrange(2400))
            sentence = f"{pname} {VERBS[etype]} у {place[3]}."
            said = " ".join(rnd.choice(FILLER) for _ in range(6 + rnd.randrange(10)))
            quote = f"«{said.capitalize()}»"
            filler = (f" {quote}, — сказав {pname}. Документ номер {i} від {day:%d.%m.%Y}, "
                      f"{rnd.choice(FILLER)} {rnd.choice(FILLER)}.")
            text = sentence + filler
            doc_id, ev_id = f"d{i}", f"ev-{i:08x}"
            docs.append({"id": doc_id, "url": f"https://bench.invalid/{i}", "title": f"Новина {i}",
                         "date": day, "language": "uk", "text": text,
                         "content_hash": hashlib.sha256(text.encode()).hexdigest(), "minhash": None,
                         "duplicate_of": None, "source": "bench", "warnings": None, "ingested_at": now})
            mentions.append({"doc_id": doc_id, "entity_id": pid, "start": 0, "end": len(pname), "text": pname})
            at = sentence.index(place[3])
            mentions.append({"doc_id": doc_id, "entity_id": place[0], "start": at, "end": at + len(place[3]),
                             "text": place[3]})
            q_at = text.index(quote)
            quotes.append({"doc_id": doc_id, "start": q_at, "end": q_at + len(quote), "text": quote,
                           "kind": "direct", "speaker": pid, "cue_start": None, "cue_end": None,
                           "cue_text": None, "date": day})
            n_person = text.count(pname)
            ent_docs.append({"entity_id": pid, "doc_id": doc_id, "date": day, "mentions": n_person})
            ent_docs.append({"entity_id": place[0], "doc_id": doc_id, "date": day, "mentions": 1})
            counts[pid][0] += n_person
            counts[pid][1] += 1
            counts[place[0]][0] += 1
            counts[place[0]][1] += 1
            verb_at = len(pname) + 1
            devents.append({"doc_id": doc_id, "local_id": "e1", "type": etype, "mode": None, "status": status,
                            "actors": [pid], "recipients": [], "place": place[0], "time_value": day.isoformat(),
                            "time_mod": None, "trigger_start": verb_at,
                            "trigger_end": verb_at + len(VERBS[etype]), "trigger_text": VERBS[etype],
                            "evidence_start": 0, "evidence_end": len(sentence), "evidence_text": sentence,
                            "confidence": 0.7, "extra": None, "chronicle_id": ev_id})
            chron.append({"id": ev_id, "type": etype, "mode": None, "status": status, "date": day,
                          "date_end": day, "time_value": day.isoformat(), "time_mod": None,
                          "actors": [pid], "recipients": [], "place": place[0], "confidence": 0.7,
                          "n_sources": 1, "summary": sentence, "first_doc": doc_id, "updated_at": now,
                          "precision": "day", "reported": day})
            links.append({"event_id": ev_id, "entity_id": pid, "role": "actor", "date": day})
            links.append({"event_id": ev_id, "entity_id": place[0], "role": "place", "date": day})
            search_rows.append({"kind": "document", "ref": doc_id, "doc": doc_id,
                                "body": indexed(sentence) + " " + index_text(filler)})
            search_rows.append({"kind": "event", "ref": ev_id, "doc": doc_id, "body": indexed(sentence)})
        with store.session() as s, s.begin():
            s.execute(insert(DocumentRow.__table__), docs)
            s.execute(insert(ChronicleEventRow.__table__), chron)
            s.execute(insert(DocEventRow.__table__), devents)
            s.execute(insert(MentionRow.__table__), mentions)
            s.execute(insert(ChronicleEntityRow.__table__), links)
            s.execute(insert(EntityDocRow.__table__), ent_docs)
            s.execute(insert(QuoteRow.__table__), quotes)
            search_index.insert_rows(s, search_rows)
        done = min(n_docs, lo + batch)
        if done == n_docs:
            with store.session() as s, s.begin():
                s.execute(update(EntityRow.__table__).where(EntityRow.id == bindparam("key")),
                          [{"key": k, "n_mentions": m, "n_documents": d} for k, (m, d) in counts.items()])
        print(f"  synthesised {done:,} documents ({done / (time.perf_counter() - t0):,.0f}/s)", file=sys.stderr)
    del search_index
    store.close()


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by the server and its worker processes: on a shared machine
    the latencies move with the others' load, the CPU per request much less."""
    import psutil
    try:
        proc = psutil.Process(pid)
        total = sum(proc.cpu_times()[:2])
        for child in proc.children(recursive=True):
            try:
                total += sum(child.cpu_times()[:2])
            except psutil.Error:
                pass
        return total
    except psutil.Error:
        return float("nan")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(url: str, port: int, workers: int, cache_seconds: float | None) -> subprocess.Popen:
    env = {**os.environ, "KHRONIKA_DB": url, "KHRONIKA_OPT_API_SERVER_TIMING": "1"}
    if cache_seconds is not None:
        env["KHRONIKA_OPT_API_CACHE_SECONDS"] = str(cache_seconds)
    env.pop("KHRONIKA_API_TOKEN", None)
    exe = str(Path(sys.executable).with_name("khronika"))
    cmd = [exe, "serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers:                 # else the server's own default (one per core)
        cmd += ["--workers", str(workers)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


async def wait_ready(base: str, proc: subprocess.Popen) -> None:
    import httpx
    async with httpx.AsyncClient() as client:
        for _ in range(600):                      # at most ~60 s
            if proc.poll() is not None:
                raise SystemExit("server exited: " + proc.stderr.read().decode()[-2000:])
            try:
                if (await client.get(base + "/api/health", timeout=2)).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit("server did not start")


# the entities asked about: the synthesised store's people and places, or (`--store-entities`)
# the most mentioned entities of a store made by `khronika ingest`, whose ids are others
PEOPLE = [f"p{i}" for i in range(300)]
PLACE_IDS = [p[0] for p in PLACES]


def store_entities(url: str, n: int = 300) -> tuple[list[str], list[str]]:
    """The `n` most mentioned entities of the store and its most mentioned places."""
    from sqlalchemy import select

    from khronika.store import Store
    from khronika.store.models import EntityRow
    store = Store(url)
    try:
        with store.session() as s:
            top = s.execute(select(EntityRow.id, EntityRow.type)
                            .order_by(EntityRow.n_mentions.desc(), EntityRow.id).limit(n)).all()
    finally:
        store.close()
    return [i for i, _ in top], [i for i, t in top if t == "LOC"][:len(PLACES)] or [top[0][0]]


def requests_for(rnd: random.Random, endpoint: str) -> tuple[str, dict]:
    if endpoint == "timeline":
        choice = rnd.randrange(4)
        if choice == 0:
            return "/api/timeline", {"limit": 50, "offset": rnd.randrange(0, 2000)}
        if choice == 1:
            return "/api/timeline", {"entity": rnd.choice(PEOPLE), "limit": 50}
        if choice == 2:
            return "/api/timeline", {"type": rnd.choice(TYPES), "limit": 50}
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(2300))
        return "/api/timeline", {"date_from": day.isoformat(),
                                 "date_to": (day + dt.timedelta(days=30)).isoformat(), "limit": 50}
    if endpoint == "entity":
        if rnd.randrange(5) == 0:
            return f"/api/entities/{quote(rnd.choice(PLACE_IDS), safe='')}", {}
        return f"/api/entities/{quote(rnd.choice(PEOPLE), safe='')}", {}
    return "/api/search", {"q": rnd.choice(QUERIES), "limit": 20, "offset": rnd.choice((0, 0, 20))}


class RawClient:
    """A keep-alive HTTP/1.1 GET over one asyncio connection, with none of a general
    client's machinery: at 50 clients httpx itself costs more CPU per request than the
    server does, and on a shared 2-core machine its queue showed up as the server's
    latency. `--client httpx` measures with httpx instead."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None
        self.server_ms: float | None = None

    async def get(self, path: str, params: dict) -> tuple[int, bytes]:
        from urllib.parse import urlencode
        target = path + ("?" + urlencode(params) if params else "")
        request = (f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                   f"Accept-Encoding: identity\r\n\r\n").encode()
        for attempt in (0, 1):               # a kept-alive connection the server closed
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            try:
                self.writer.write(request)
                head = await self.reader.readuntil(b"\r\n\r\n")
                break
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                if attempt:
                    raise
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
        if "content-length" in fields:
            body = await self.reader.readexactly(int(fields["content-length"]))
        elif fields.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(p[:-2] for p in parts)
        else:
            body = await self.reader.read()
        if fields.get("connection", "").lower() == "close":
            await self.close()
        self.server_ms = _server_ms(fields.get("server-timing", ""))
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def _server_ms(header: str) -> float | None:
    """The `app;dur=MS` of a Server-Timing header (`khronika.api.timing`), or None."""
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == "dur":
            try:
                return float(value)
            except ValueError:
                return None
    return None


async def load(base: str, clients: int, seconds: float, endpoint: str, kind: str = "raw",
               seed: int = 1) -> dict:
    import json
    import resource

    import httpx
    lat: list[float] = []
    held: list[float] = []          # the server's own time (Server-Timing), in ms
    errors: list[str] = []
    host, port = base.rsplit("//", 1)[1].split(":")
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        async def get(raw: RawClient | None, path: str, params: dict) -> tuple[int, bytes]:
            if raw is not None:
                answer = await asyncio.wait_for(raw.get(path, params), 60)
                if raw.server_ms is not None:
                    held.append(raw.server_ms)
                return answer
            r = await client.get(path, params=params)
            ms = _server_ms(r.headers.get("server-timing", ""))
            if ms is not None:
                held.append(ms)
            return r.status_code, r.content

        async def worker(k: int) -> None:
            rnd = random.Random(seed * 100_000 + k)
            raw = RawClient(host, int(port)) if kind == "raw" else None
            while time.perf_counter() < deadline:
                path, params = requests_for(rnd, endpoint)
                t = time.perf_counter()
                try:
                    status, content = await get(raw, path, params)
                    body = json.loads(content) if status == 200 else {}
                    ok = status == 200 and ("items" in body or "id" in body)
                    if not ok:
                        errors.append(f"{status} {path} {params}")
                except (httpx.HTTPError, OSError, asyncio.TimeoutError, ValueError) as exc:
                    errors.append(f"{type(exc).__name__} {path}")
                lat.append(time.perf_counter() - t)
            if raw is not None:
                await raw.close()
        t0 = time.perf_counter()
        deadline = t0 + seconds
        await asyncio.gather(*(worker(k) for k in range(clients)))
        elapsed = time.perf_counter() - t0
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = (cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime)
    lat.sort()
    held.sort()

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")

    def spct(p: float) -> float:
        return held[min(len(held) - 1, int(p * len(held)))] if held else float("nan")
    return {"endpoint": endpoint, "requests": len(lat), "errors": len(errors), "rps": len(lat) / elapsed,
            "p50": pct(0.50), "p95": pct(0.95), "p99": pct(0.99),
            "s50": spct(0.50), "s95": spct(0.95), "s99": spct(0.99),
            "mean": statistics.fmean(lat) * 1000 if lat else float("nan"), "first_errors": errors[:5],
            "client_cpu": client_cpu / max(1, len(lat)) * 1000}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=60.0, help="per endpoint")
    ap.add_argument("--endpoints", default="timeline,search,entity",
                    help="comma-separated: timeline, search, entity")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--workers", type=int, default=0,
                    help="server worker processes (default: the server's own, one per core)")
    ap.add_argument("--db", help="SQLite file (default: a temporary one)")
    ap.add_argument("--cache-seconds", type=float, default=None,
                    help="server read cache TTL (default: the server's, 10 s; 0 turns it off)")
    ap.add_argument("--client", choices=("raw", "httpx"), default="raw",
                    help="load generator: a bare keep-alive HTTP/1.1 client (default) or httpx")
    ap.add_argument("--reuse", action="store_true", help="reuse --db if it exists instead of rebuilding")
    ap.add_argument("--store-entities", action="store_true",
                    help="ask about the store's most mentioned entities (a store made by "
                         "`khronika ingest`, reused with --db and --reuse) instead of the "
                         "synthesised ones' ids")
    args = ap.parse_args()
    if not (1 <= args.clients <= 500 and 0 < args.seconds <= 600 and 1 <= args.docs <= 2_000_000):
        ap.error("clients 1..500, seconds 0..600, docs 1..2,000,000")

    tmp = None
    if args.db:
        path = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="khronika-bench-")
        path = Path(tmp.name) / "api.db"
    url = f"sqlite:///{path}"
    if not (args.reuse and path.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        t = time.perf_counter()
        synthesise(url, args.docs)
        print(f"store: {args.docs:,} documents synthesised in {time.perf_counter() - t:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
    if args.store_entities:
        global PEOPLE, PLACE_IDS
        PEOPLE, PLACE_IDS = store_entities(url)
        print(f"asking about the store's {len(PEOPLE)} most mentioned entities "
              f"({len(PLACE_IDS)} places among them)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(url, port, args.workers, args.cache_seconds)
    try:
        asyncio.run(wait_ready(base, proc))
        # warm the caches (morphology for the queries, SQLite pages) before measuring
        # (other request sequences than the measured ones: those are not in the read cache)
        asyncio.run(load(base, 4, min(3.0, args.seconds), "search", args.client, seed=0))
        asyncio.run(load(base, 4, min(3.0, args.seconds), "timeline", args.client, seed=0))
        cache = "default (10 s)" if args.cache_seconds is None else f"{args.cache_seconds:g} s"
        print(f"{args.clients} clients, {args.seconds:g} s per endpoint, {args.workers or 'default'} server worker(s), "
              f"{args.docs:,} documents, SQLite, loopback, read cache {cache}, {args.client} client")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"{'endpoint':10} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
              f"{'errors':>7} {'server CPU ms/req':>18} {'client CPU ms/req':>18}  "
              f"{'in server p50/p95/p99 ms':>26}")
        total_errors = 0
        for endpoint in [e.strip() for e in args.endpoints.split(",") if e.strip()]:
            cpu0 = server_cpu(proc.pid)
            res = asyncio.run(load(base, args.clients, args.seconds, endpoint, args.client))
            cpu = (server_cpu(proc.pid) - cpu0) / max(1, res["requests"]) * 1000
            total_errors += res["errors"]
            print(f"{endpoint:10} {res['requests']:9,} {res['rps']:8.1f} {res['p50']:8.1f} {res['p95']:8.1f} "
                  f"{res['p99']:8.1f} {res['errors']:7} {cpu:18.1f} {res['client_cpu']:18.1f}  "
                  f"{res['s50']:8.1f} {res['s95']:8.1f} {res['s99']:8.1f}", flush=True)
            for e in res["first_errors"]:
                print("   error:", e)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        if tmp is not None:
            tmp.cleanup()
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
