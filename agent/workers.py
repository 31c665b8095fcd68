"""Detection on the machine's other cores during a long pass: a pool of forked worker processes.

A first pass is CPU-bound in one process (first look, parse, classify, drafting: ~3/4 of its
CPU). That work is pure — the message's bytes in, a picklable result out
(agent.pipeline.Pipeline.examine) — so workers do it, and everything with an effect stays in
the calling process, in UID order, exactly as without them: the state and ledger writes, the
Drafts and Sent checks, the APPENDs, the log lines (agent.scan consumes the results in order).

Why fork, and when it is safe. A worker must hold the built classifier: spawned, it would
rebuild it (10-16 s of CPU); forked, it shares the parent's copy-on-write. Forking a process
whose other threads may hold a lock leaves that lock held forever in the child, so a pool is
only made when every other live thread is one that provably holds nothing the child uses: an
IMAP connection's deadline watcher (agent.stores.imap._Watchdog, parked on its own condition;
the child never touches it). CPython re-initialises its own locks (GIL, import lock, logging
handlers) in a forked child. The read-ahead thread of a pass starts after the pool exists. The
daemon (`run`) has account and IDLE threads, so its passes stay in one process; `once` uses the
pool (`evaluate` does not: it classifies without the pipeline). Only idle cores are used (see
`wanted`).

Workers die with the pass: the pool is closed when the folder's messages are read, and a worker
also ends when its parent does (Linux: PR_SET_PDEATHSIG, so even a kill -9 of the parent leaves
no orphan; elsewhere at its next read of the closed pipe). A worker that dies mid-pass (killed,
out of memory) loses nothing: its chunks are decided in the calling process, as without a pool.
"""
from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import os
import queue
import signal
import threading
import time
from collections import deque
from multiprocessing.connection import Connection, Pipe
from typing import Callable, Iterable, Iterator

log = logging.getLogger("nottoday.workers")

MAX_WORKERS = 4       # the calling process's own share of a pass (fetch, settle, record) caps the gain
MIN_MESSAGES = 400    # below this a pass is decided in process (forking costs ~20-50 ms a worker)
CHUNK = 16            # messages sent to a worker at once
IN_FLIGHT = 3         # chunks a worker has queued at most (keeps it busy while results are consumed)
CLOSE_WAIT = 2.0      # seconds a worker gets to exit before it is killed
SAFE_THREADS = ("imap-deadline",)   # threads proven to hold no lock a child uses (see above)
ENV = "NOTTODAY_WORKERS"   # "0": never use workers; a number: that many (benchmarks, diagnostics)


def wanted(messages: int) -> int:
    """How many workers a pass over `messages` should use: 0 (in process) for small batches, or
    where forking is unavailable or unsafe; else one per idle CPU beyond the one the calling
    process needs (`idle_cpus`), capped at MAX_WORKERS. Workers only pay on cores nobody else
    is using: on a busy machine they compete with its other jobs and their own overhead (the
    results' pickling, each process's own caches, ~20% more CPU in all) makes the pass slower
    (bench/RESULTS.md, 2026-12-06 22:13: 2 cores at load 4-5). `NOTTODAY_WORKERS` overrides."""
    forced = os.environ.get(ENV, "").strip()
    if forced.isdigit() and int(forced) == 0:
        return 0
    if messages < MIN_MESSAGES or not hasattr(os, "fork") or not fork_is_safe():
        return 0
    if forced.isdigit():
        return min(int(forced), 16)
    return max(0, min(idle_cpus() - 1, MAX_WORKERS))


def idle_cpus() -> int:
    """The CPUs this process may use (`taskset` limits them) less what the rest of the machine
    keeps busy: the 1-minute load average less this process's own running, rounded."""
    cpus = _cpus()
    try:
        others = max(0.0, os.getloadavg()[0] - 1.0)
    except (AttributeError, OSError):
        others = 0.0
    return max(0, min(cpus, int(cpus - others + 0.5)))


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def fork_is_safe() -> bool:
    """Called from the main thread, and every other live thread is a known lock-free waiter."""
    if threading.current_thread() is not threading.main_thread():
        return False
    return all(t is threading.main_thread() or t.name in SAFE_THREADS for t in threading.enumerate())


class _Worker:
    def __init__(self, pid: int, conn: Connection) -> None:
        self.pid = pid
        self.conn = conn
        self.alive = True
        self.queued = 0      # chunks sent, answers not read yet


class _Chunk:
    __slots__ = ("items", "worker", "results")

    def __init__(self, items: list, worker: "_Worker | None") -> None:
        self.items = items
        self.worker = worker   # None: this process's own (results computed here, or by the caller)
        self.results: list | None = None


def _ready(w: _Worker) -> bool:
    try:
        return w.conn.poll()
    except (OSError, EOFError):
        return True   # reading it will tell


class Pool:
    """`size` forked processes running `work(item)` for each item of a chunk; `map` hands out
    chunks and yields results in the input's order."""

    def __init__(self, work: Callable[[object], object], size: int) -> None:
        self._workers: list[_Worker] = []
        self._work = work
        parent = os.getpid()
        gc.freeze()   # the parent's objects stay out of the children's collections: fewer copied pages
        try:
            for _ in range(size):
                mine, theirs = Pipe(duplex=True)
                pid = os.fork()
                if pid == 0:   # the child: never returns
                    try:
                        mine.close()
                        for w in self._workers:
                            w.conn.close()
                        _serve(theirs, work, parent)
                    finally:
                        os._exit(0)
                theirs.close()
                self._workers.append(_Worker(pid, mine))
        except BaseException:
            self.close()
            raise
        finally:
            gc.unfreeze()

    @property
    def pids(self) -> list[int]:
        return [w.pid for w in self._workers]

    def map(self, items: Iterable, send: Callable[[object], object] = lambda x: x) -> Iterator[tuple[object, object]]:
        """(item, result) for each of `items`, in order; `send(item)` is what `work` gets (a
        worker's must pickle). The result is None when nobody could do it (the caller does it
        itself, as without a pool). Every live worker keeps up to IN_FLIGHT chunks queued; while
        the oldest chunk's answer is not in yet, this process examines a chunk of its own (taken
        from further on) instead of waiting, so the calling process is one more core's worth."""
        source = iter(items)
        pending: deque[_Chunk] = deque()
        more = True
        while True:
            while more:                                  # every live worker fed
                w = self._free()
                if w is None:
                    break
                chunk = list(itertools.islice(source, CHUNK))
                if not chunk:
                    more = False
                    break
                pending.append(self._send(w, chunk, send))
            if not pending:
                chunk = list(itertools.islice(source, CHUNK)) if more else []
                if not chunk:
                    return
                pending.append(_Chunk(chunk, None))      # no worker left: the caller decides these
            head = pending[0]
            if head.worker is not None and head.worker.alive and not _ready(head.worker):
                mine = next((c for c in pending if c.worker is None and c.results is None), None)
                if mine is None and more and len(pending) < IN_FLIGHT * len(self._live()) + 2:
                    chunk = list(itertools.islice(source, CHUNK))
                    if chunk:
                        mine = _Chunk(chunk, None)
                        pending.append(mine)
                    else:
                        more = False
                if mine is not None:
                    mine.results = [self._here(send(x)) for x in mine.items]
                    continue
            yield from self._collect(pending.popleft())

    def _live(self) -> list[_Worker]:
        return [w for w in self._workers if w.alive]

    def _free(self) -> "_Worker | None":
        return min((w for w in self._live() if w.queued < IN_FLIGHT), key=lambda w: w.queued, default=None)

    def _send(self, w: _Worker, chunk: list, send) -> "_Chunk":
        try:
            w.conn.send([send(x) for x in chunk])
        except (OSError, EOFError, ValueError):
            self._lost(w)
            return _Chunk(chunk, None)
        w.queued += 1
        return _Chunk(chunk, w)

    def _here(self, item):
        try:
            return self._work(item)
        except Exception:  # noqa: BLE001 - the caller does it again and logs it
            return None

    def _collect(self, c: "_Chunk") -> Iterator[tuple[object, object]]:
        results = c.results
        if c.worker is not None:
            if c.worker.alive:
                try:
                    results = c.worker.conn.recv()
                    c.worker.queued -= 1
                except (OSError, EOFError):
                    self._lost(c.worker)
        if not isinstance(results, list) or len(results) != len(c.items):
            results = [None] * len(c.items)
        yield from zip(c.items, results)

    def _lost(self, w: _Worker) -> None:
        """A worker gone mid-pass: what it had is done by the caller (results None)."""
        w.alive = False
        with contextlib.suppress(OSError):
            w.conn.close()
        status = _reap(w.pid, 0.5)
        log.warning("a detection worker (pid %d) ended (%s); its messages are handled in the main "
                    "process", w.pid, _status_text(status))

    def close(self) -> None:
        """Every worker told to stop, waited for briefly, then killed; all reaped."""
        for w in self._workers:
            if w.alive:
                with contextlib.suppress(OSError, EOFError, ValueError):
                    w.conn.send(None)
            with contextlib.suppress(OSError):
                w.conn.close()
        deadline = time.monotonic() + CLOSE_WAIT
        for w in self._workers:
            if _reap(w.pid, max(0.0, deadline - time.monotonic())) is None:
                with contextlib.suppress(OSError):
                    os.kill(w.pid, signal.SIGKILL)
                _reap(w.pid, None)
            w.alive = False
        self._workers = []

    def __enter__(self) -> "Pool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _reap(pid: int, timeout: float | None) -> int | None:
    """The child's wait status once it has exited (within `timeout` s; None: wait as long as it
    takes), or None if it is still running."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            done, status = os.waitpid(pid, 0 if timeout is None else os.WNOHANG)
        except ChildProcessError:
            return 0
        if done:
            return status
        if deadline is not None and time.monotonic() >= deadline:
            return None
        time.sleep(0.01)


def _status_text(status: int | None) -> str:
    if status is None:
        return "still running"
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit status {os.WEXITSTATUS(status)}"


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this process when its parent ends, however it ends."""
    with contextlib.suppress(Exception):
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)   # PR_SET_PDEATHSIG
    if os.getppid() != parent:   # the parent ended before the line above
        os._exit(0)


def _serve(conn: Connection, work: Callable[[object], object], parent: int) -> None:
    """The worker's loop: a chunk in, its results out, until told to stop or the parent is gone.
    It writes nothing anywhere but the pipe: no logging (the parent logs what happens), no
    state; an item whose work raises gets None (the parent does that one itself). A thread of
    its own reads the pipe, so the parent's send of the next chunk never waits for this process
    to finish sending results the parent is not reading yet (large chunks both ways would
    otherwise block each other)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    logging.disable(logging.CRITICAL)
    inbox: queue.SimpleQueue = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                chunk = conn.recv()
            except (EOFError, OSError):
                chunk = None
            inbox.put(chunk)
            if chunk is None:
                return
    threading.Thread(target=read, daemon=True).start()
    while True:
        chunk = inbox.get()
        if chunk is None:
            return
        results = []
        for item in chunk:
            try:
                results.append(work(item))
            except Exception:  # noqa: BLE001 - the parent does this item again and logs it
                results.append(None)
        try:
            conn.send(results)
        except Exception:  # noqa: BLE001 - parent gone, or a result that does not pickle
            try:
                conn.send([None] * len(chunk))
            except Exception:  # noqa: BLE001
                return
