"""One `nottoday run` per state directory, and a way for `status` to see it.

Two daemons on one state database would race each other to the same drafts, so `run` holds an
exclusive flock on STATE_DIR/run.pid for its lifetime (the kernel drops it on any exit, kill -9
included: no stale-lock cleanup needed). The file also says which pid holds it.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

from .errors import UserError

PID_FILE = "run.pid"


class RunLock:
    """Held while the daemon runs; release() (or process exit) frees it."""

    def __init__(self, state_dir: Path) -> None:
        self.path = Path(state_dir) / PID_FILE
        self.fd: int | None = None

    def acquire(self) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = _read_pid(fd)
            os.close(fd)
            who = f" (pid {other})" if other else ""
            raise UserError(
                f"another `nottoday run`{who} is already using {self.path.parent}; stop it first "
                "(`systemctl --user stop nottoday`), or give this config its own state_dir"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            try:
                os.ftruncate(self.fd, 0)
            except OSError:
                pass
            os.close(self.fd)  # closing drops the flock
            self.fd = None


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return int(os.read(fd, 32).decode().strip() or "0") or None
    except (OSError, ValueError):
        return None


def running_pid(state_dir: Path) -> int | None:
    """The pid of the `nottoday run` holding the lock, or None. Creates nothing."""
    path = Path(state_dir) / PID_FILE
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_pid(fd) or -1
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
