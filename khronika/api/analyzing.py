"""Analysis of a pasted text for `/api/analyze` and the `/analyze` page, never stored.

Analysis is CPU work that anyone can ask for, so it must never take the threads that reads
need: it runs in its own small process pool (its own core, its own GIL), at most `queue`
requests are admitted at once (running and waiting), and a request beyond that is answered
at once with 503 and `Retry-After` instead of waiting in line. The pool starts on the first
analysis, never when the app is created. Options: `KHRONIKA_OPT_API_ANALYSIS_PROCESSES`
(default 1; 0 runs analyses on one dedicated thread instead), `KHRONIKA_OPT_API_ANALYSIS_QUEUE`
(default 4), `KHRONIKA_OPT_API_ANALYSIS_NICE` (default 10: the pool's processes yield the CPU
to the server's reads when both want it; 0 leaves them at the server's priority)."""
from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..pipeline import analyze, collect_less_often, get_pipeline

_LOCK = threading.Lock()
RETRY_AFTER = 10        # seconds a refused client is asked to wait


def analyze_text(text: str, date=None, title: str | None = None, url: str | None = None,
                 settings=None, author: str | None = None,
                 speakers: list[str] | None = None) -> dict:
    """Runs the configured pipeline; one analysis at a time per process because the components
    share caches that were not written for concurrent use."""
    with _LOCK:
        pipeline = get_pipeline(settings)
        doc = analyze(text, date, id="analyzed", title=title, url=url, pipeline=pipeline,
                      author=author, speakers=speakers)
    return doc.to_json()


def _lower_priority(nice: int) -> None:
    """In each pool process: analysis is the work that may wait, reads are not. The process
    does nothing but analyse, so it collects less often too (`collect_less_often`)."""
    import os
    collect_less_often()
    if nice and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:
            pass


class AnalysisBusy(Exception):
    """Every analysis place is taken: the client should come back after `retry_after` s."""

    def __init__(self, retry_after: int = RETRY_AFTER):
        super().__init__(f"the analyser is busy; retry in {retry_after} s")
        self.retry_after = retry_after


class Analyzer:
    """A bounded analysis queue in front of a process pool (or one thread)."""

    def __init__(self, settings=None, processes: int = 1, queue: int = 4,
                 retry_after: int = RETRY_AFTER, nice: int = 10):
        self.settings = settings
        self.nice = max(0, min(19, int(nice)))
        self.processes = max(0, int(processes))
        self.queue = max(1, int(queue))
        self.retry_after = retry_after
        self.admitted = 0           # changed only on the event loop's thread
        self._executor: Executor | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings) -> "Analyzer":
        return cls(settings, processes=settings.option("api", "analysis_processes", 1),
                   queue=settings.option("api", "analysis_queue", 4),
                   nice=settings.option("api", "analysis_nice", 10))

    def executor(self) -> Executor:
        with self._lock:
            if self._executor is None:
                if self.processes:
                    import multiprocessing
                    # spawn, not fork: the server has threads, and a forked copy of a lock
                    # held by one of them would never be released in the child
                    self._executor = ProcessPoolExecutor(
                        self.processes, mp_context=multiprocessing.get_context("spawn"),
                        initializer=_lower_priority, initargs=(self.nice,))
                else:
                    self._executor = ThreadPoolExecutor(1, thread_name_prefix="analysis")
            return self._executor

    async def run(self, text: str, date=None, title: str | None = None,
                  url: str | None = None, author: str | None = None,
                  speakers: list[str] | None = None) -> dict:
        if self.admitted >= self.queue:
            raise AnalysisBusy(self.retry_after)
        self.admitted += 1
        try:
            who = {k: v for k, v in (("author", author), ("speakers", speakers)) if v}
            future = self.executor().submit(analyze_text, text, date, title, url, self.settings,
                                           **who)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            # a worker died (out of memory, killed): start a fresh pool for the next request
            with self._lock:
                broken, self._executor = self._executor, None
            if broken is not None:
                broken.shutdown(wait=False, cancel_futures=True)
            raise AnalysisBusy(self.retry_after) from None
        finally:
            self.admitted -= 1

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            # the server is stopping: nobody waits for a running analysis any more, and its
            # process would otherwise go on alone for as long as the text takes
            processes = list((getattr(executor, "_processes", None) or {}).values())
            executor.shutdown(wait=False, cancel_futures=True)
            for proc in processes:
                if proc.is_alive():
                    proc.terminate()
