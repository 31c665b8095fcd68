"""A cheap change check for local Maildirs, so mail synced by mbsync/offlineimap is seen in
seconds instead of at the next `interval`.

A directory's mtime changes whenever an entry is added, removed or renamed, which is exactly what
delivery (tmp/ -> new/) and syncing do. Two stat() calls per folder every CHECK_SECONDS cost
nothing; inotify would be faster still but is Linux-only and loses events on overflow, and the
scheduled pass stays the safety net either way.
"""
from __future__ import annotations

import os
from pathlib import Path

from .idle import WaitResult, Wakeup

CHECK_SECONDS = 2.0


class MaildirWatcher:
    """Watches the new/ and cur/ directories of some Maildir folders."""

    def __init__(self, folders: list[Path], check_seconds: float = CHECK_SECONDS) -> None:
        self.dirs = [Path(f) / sub for f in folders for sub in ("new", "cur")]
        self.check_seconds = check_seconds
        self._last = self._snapshot()

    def _snapshot(self) -> tuple:
        out = []
        for d in self.dirs:
            try:
                st = os.stat(d)
                out.append((st.st_ino, st.st_mtime_ns))
            except OSError:
                out.append(None)
        return tuple(out)

    def changed(self) -> bool:
        now = self._snapshot()
        if now != self._last:
            self._last = now
            return True
        return False

    def wait(self, wake: Wakeup, timeout: float | None = None) -> WaitResult:
        """Block until a watched directory changed ("mail") or a wake-up/timeout ("wake")."""
        import time

        end = None if timeout is None else time.monotonic() + timeout
        while True:
            span = self.check_seconds if end is None else min(self.check_seconds, end - time.monotonic())
            if span <= 0:
                return WaitResult("wake")
            if wake.wait(span):
                return WaitResult("wake")
            if self.changed():
                return WaitResult("mail")
