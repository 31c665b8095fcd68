"""A one-line progress bar for long runs on a terminal: done / total, rate, time left.

A first pass over a big mailbox, or `evaluate` over a big corpus, takes minutes; a person at a
terminal should see it move. Nothing of it is written when stderr is not a terminal or under
systemd (the journal wants lines, not carriage returns). Lines printed through `line()` appear
above the bar, which is redrawn below them. `Progress` serves `once` and `evaluate`; `PassBars`
serves `run`, whose account threads share one bar and whose log lines must not tear it.
"""
from __future__ import annotations

import sys
import threading
import time

from .logs import under_systemd

REDRAW_EVERY = 0.2     # seconds between redraws: drawing costs more than handling a message
BAR_WIDTH = 24


def wanted(stream=None) -> bool:
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and not under_systemd()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
    if seconds >= 60:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds} s"


class Progress:
    """`add_total(n)` as work is found, `advance()` per item, `line(text)` to print above the
    bar, `close()` at the end. Inert (prints only `line`s) when `enabled` is False."""

    def __init__(self, label: str = "", enabled: bool | None = None, stream=None, clock=time.monotonic):
        self.stream = stream or sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.label, self.clock = label, clock
        self.total = self.done = 0
        self.started = clock()
        self._drawn = 0.0
        self._shown = False

    def add_total(self, n: int) -> None:
        self.total += n
        self._draw(force=True)

    def advance(self, n: int = 1) -> None:
        self.done += n
        self._draw()

    def line(self, text: str, out=None) -> None:
        """Print a whole line (to stdout by default) without tearing the bar."""
        self._clear()
        print(text, file=out or sys.stdout, flush=self.enabled)
        self._draw(force=True)

    def text(self) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        total = max(self.total, self.done)
        filled = int(BAR_WIDTH * self.done / total) if total else 0
        left = f", {_duration((total - self.done) / rate)} left" if rate > 0 and total > self.done else ""
        head = f"{self.label}: " if self.label else ""
        return (f"{head}[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {self.done}/{total} "
                f"messages, {rate:.0f}/s{left}")

    def _draw(self, force: bool = False) -> None:
        if not self.enabled or not self.total:
            return
        now = self.clock()
        if not force and now - self._drawn < REDRAW_EVERY and self.done < self.total:
            return
        self._drawn = now
        self.stream.write("\r\x1b[K" + self.text())
        self.stream.flush()
        self._shown = True

    def _clear(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def close(self) -> None:
        self._clear()


RUN_MIN_MESSAGES = 100   # `run`: a pass with fewer messages to read shows no bar (it is over at once)


class _Above:
    """sys.stderr while the daemon's bar is up: whatever the log writes goes above the bar."""

    def __init__(self, bars: "PassBars", real) -> None:
        self._bars, self._real = bars, real

    def write(self, text: str) -> int:
        with self._bars.lock:
            if self._bars.bar is not None:
                self._bars.bar._clear()
            n = self._real.write(text)
            if self._bars.bar is not None and text.endswith("\n"):
                self._bars.bar._draw(force=True)
            return n

    def __getattr__(self, name):
        return getattr(self._real, name)


class PassBars:
    """`nottoday run` on a terminal: one bar over the passes in flight (every account's), shown
    while one of them has at least `minimum` messages to read — a first pass over a big mailbox —
    and gone when they are done. Log lines print above it (install() routes sys.stderr through
    it). The account workers call from their own threads: everything is under one lock."""

    def __init__(self, stream=None, minimum: int = RUN_MIN_MESSAGES, clock=time.monotonic) -> None:
        self.stream = stream or sys.stderr
        self.minimum = minimum
        self.clock = clock
        self.lock = threading.RLock()
        self.bar: Progress | None = None
        self._passes: dict[int, list[int]] = {}    # id of a pass on the bar -> [listed, done]
        self._real_stderr = None

    def install(self) -> None:
        self._real_stderr = sys.stderr
        sys.stderr = _Above(self, sys.stderr)

    def uninstall(self) -> None:
        with self.lock:
            if self.bar is not None:
                self.bar.close()
                self.bar = None
        if self._real_stderr is not None:
            sys.stderr, self._real_stderr = self._real_stderr, None

    def wrap(self, run_pass):
        """`run_pass(account, config, context, stop_event)` reporting to the bar."""
        def run(account, config, context, stop_event):
            key = object()
            try:
                return run_pass(account, config, context, stop_event,
                                on_listing=lambda _folder, n: self._listed(id(key), account.name, n),
                                on_outcome=lambda _outcome: self._done(id(key)))
            finally:
                self._finished(id(key))
        return run

    def _listed(self, key: int, name: str, n: int) -> None:
        with self.lock:
            if key not in self._passes:
                if n < self.minimum and self.bar is None:
                    return
                self._passes[key] = [0, 0]
                if self.bar is None:
                    self.bar = Progress(name, enabled=True, stream=self.stream, clock=self.clock)
                elif name not in self.bar.label.split(", "):
                    self.bar.label += ", " + name
            self._passes[key][0] += n
            self.bar.add_total(n)

    def _done(self, key: int) -> None:
        with self.lock:
            if key in self._passes and self.bar is not None:
                self._passes[key][1] += 1
                self.bar.advance()

    def _finished(self, key: int) -> None:
        with self.lock:
            counts = self._passes.pop(key, None)
            if counts is None or self.bar is None:
                return
            self.bar.total -= max(0, counts[0] - counts[1])   # what a stopped pass left unread
            if not self._passes:
                self.bar.close()
                self.bar = None
