"""A one-line progress bar for long runs on a terminal: done / total, rate, time left.

A first pass over a big mailbox, or `evaluate` over a big corpus, takes minutes; a person at a
terminal should see it move. Nothing of it is written when stderr is not a terminal or under
systemd (the journal wants lines, not carriage returns). Lines printed through `line()` appear
above the bar, which is redrawn below them.
"""
from __future__ import annotations

import sys
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
