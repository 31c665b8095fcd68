"""Logging to stderr, one line per event; no timestamps of our own under systemd (journald adds them).

Secrets: code never logs one, and as a second line of defence every secret the credentials module
hands out is registered here and masked if it ever shows up in a log line (say, echoed back inside
a server's error message).
"""
from __future__ import annotations

import logging
import os
import sys
import threading

from .terminal import escape_controls

THIRD_PARTY_LOGGERS = ("mailparser", "mailparser_reply", "imapclient", "keyring", "urllib3", "schedule")

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
MASK = "<hidden>"


def register_secret(value: str) -> None:
    """Mask `value` in every log line from now on (values shorter than 4 characters are not masked:
    they would mangle ordinary words)."""
    if value and len(value) >= 4:
        with _secrets_lock:
            _secrets.add(value)


def mask_secrets(text: str) -> str:
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
    for value in known:
        if value in text:
            text = text.replace(value, MASK)
    return text


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


class OneLineFormatter(logging.Formatter):
    """Keeps every record on one line (a hostile subject cannot forge log lines), masks secrets,
    and under journald prefixes the syslog priority ("<6>") instead of a timestamp."""

    PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3, logging.CRITICAL: 2}

    def __init__(self, journald: bool):
        self.journald = journald
        if journald:
            super().__init__("%(name)s: %(message)s")
        else:
            super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%Y-%m-%d %H:%M:%S")

    def format(self, record: logging.LogRecord) -> str:
        text = mask_secrets(super().format(record))
        text = escape_controls(text.replace("\r", "\\r").replace("\n", "\\n"))
        if self.journald:
            text = f"<{self.PRIORITY.get(record.levelno, 6)}>{text}"
        return text


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is now (not the object it was when set up)."""

    def __init__(self):
        super().__init__(sys.stderr)

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


def setup(verbosity: int = 0) -> None:
    """verbosity: -1 quiet (warnings), 0 normal (info), 1+ verbose (debug)."""
    level = logging.WARNING if verbosity < 0 else logging.INFO if verbosity == 0 else logging.DEBUG
    handler = _StderrHandler()
    handler.setFormatter(OneLineFormatter(under_journald()))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Third-party chatter ("mailparser.core: Email content 'calendar' not handled") is about
    # their internals, not the user's mail: errors only, warnings too with -v. imapclient never
    # goes below WARNING: its debug log shows protocol lines, base64 XOAUTH2 strings included.
    for noisy in THIRD_PARTY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING if verbosity > 0 else logging.ERROR)


def under_systemd() -> bool:
    """True when systemd runs us (a service or timer sets INVOCATION_ID; JOURNAL_STREAM names our
    stderr) and stdout is no terminal: per-message lines for people are then left to the log.
    A terminal always counts as a person (desktop terminals may inherit INVOCATION_ID)."""
    try:
        if sys.stdout.isatty():
            return False
    except (AttributeError, ValueError):  # replaced or closed stdout
        pass
    return bool(os.environ.get("INVOCATION_ID")) or under_journald()
