"""Logging to stderr, one line per event; no timestamps of our own under systemd (journald adds them)."""
from __future__ import annotations

import logging
import os
import sys


def under_journald() -> bool:
    """True when stderr is connected to the journal (systemd sets JOURNAL_STREAM=dev:inode)."""
    value = os.environ.get("JOURNAL_STREAM", "")
    if not value or ":" not in value:
        return False
    try:
        dev, ino = (int(x) for x in value.split(":", 1))
        st = os.fstat(sys.stderr.fileno())
    except (ValueError, OSError):
        return False
    return st.st_dev == dev and st.st_ino == ino


class _OneLine(logging.Formatter):
    """Keeps every record on one line, so a hostile subject cannot forge log lines."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text.replace("\r", "\\r").replace("\n", "\\n")


def setup(verbosity: int = 0) -> None:
    """verbosity: -1 quiet (warnings), 0 normal (info), 1+ verbose (debug)."""
    level = logging.WARNING if verbosity < 0 else logging.INFO if verbosity == 0 else logging.DEBUG
    if under_journald():
        fmt = "<%(levelno)s>%(name)s: %(message)s"
    else:
        fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    handler = logging.StreamHandler(sys.stderr)
    formatter = _OneLine(fmt, datefmt="%Y-%m-%d %H:%M:%S")
    if under_journald():
        # journald reads "<N>" prefixes as syslog priorities: map Python levels onto them.
        class _Prio(_OneLine):
            MAP = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3, logging.CRITICAL: 2}

            def format(self, record):
                record.levelno_sd = self.MAP.get(record.levelno, 6)
                return super().format(record)

        formatter = _Prio("<%(levelno_sd)s>%(name)s: %(message)s")
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Third-party chatter that would otherwise print per message at INFO.
    for noisy in ("mailparser", "imapclient", "keyring"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
