"""Log lines: one per event, journald-friendly under systemd, levels from -v/-q, secrets masked."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

import pytest

from agent import logs
from agent.credentials import run_secret_command


def run_logging(code: str, env_extra: dict | None = None, journal_stream_from_stderr: bool = False) -> str:
    """Run a snippet in a fresh interpreter with stderr to a file; return what it wrote."""
    prog = textwrap.dedent(f"""
        import os, sys, logging
        if {journal_stream_from_stderr!r}:
            st = os.fstat(2)
            os.environ["JOURNAL_STREAM"] = f"{{st.st_dev}}:{{st.st_ino}}"
        from agent import logs
        {textwrap.indent(textwrap.dedent(code), "        ").strip()}
    """)
    env = {k: v for k, v in os.environ.items() if k != "JOURNAL_STREAM"}
    env.update(env_extra or {})
    proc = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stderr


def test_terminal_lines_have_timestamp_and_level():
    out = run_logging("""
        logs.setup(0)
        logging.getLogger("nottoday.daemon").info("main: watching INBOX")
        logging.getLogger("nottoday.daemon").debug("hidden at normal verbosity")
    """)
    lines = out.splitlines()
    assert len(lines) == 1
    assert lines[0].endswith(" INFO nottoday.daemon: main: watching INBOX")
    assert lines[0][:4].isdigit() and lines[0][4] == "-"     # 2026-01-31 12:00:00 ...


def test_journald_lines_have_priority_and_no_timestamp():
    out = run_logging("""
        logs.setup(0)
        log = logging.getLogger("nottoday.daemon")
        log.info("started")
        log.warning("lost imap.example.net:993")
        log.error("login failed")
    """, journal_stream_from_stderr=True)
    assert out.splitlines() == [
        "<6>nottoday.daemon: started",
        "<4>nottoday.daemon: lost imap.example.net:993",
        "<3>nottoday.daemon: login failed",
    ]


def test_journal_stream_of_another_file_is_ignored():
    out = run_logging("""
        logs.setup(0)
        logging.getLogger("x").info("hello")
    """, env_extra={"JOURNAL_STREAM": "1:1"})
    assert " INFO x: hello" in out and not out.startswith("<")


def test_verbosity_levels():
    code = """
        logs.setup({v})
        log = logging.getLogger("nottoday")
        log.debug("D"); log.info("I"); log.warning("W")
        logging.getLogger("imapclient").debug("protocol line")
    """
    quiet = run_logging(code.format(v=-1))
    normal = run_logging(code.format(v=0))
    verbose = run_logging(code.format(v=2))
    assert ": W" in quiet and ": I" not in quiet
    assert ": I" in normal and ": D" not in normal
    assert ": D" in verbose and "protocol line" not in verbose   # imapclient never at debug


def test_one_line_per_event_even_with_hostile_text():
    out = run_logging("""
        logs.setup(0)
        logging.getLogger("x").info("subject: %s", "Hi\\n2026-01-01 00:00:00 ERROR forged line\\r")
        try:
            raise ValueError("boom")
        except ValueError:
            logging.getLogger("x").exception("failed")
    """)
    lines = out.splitlines()
    assert len(lines) == 2
    assert "Hi\\n2026-01-01 00:00:00 ERROR forged line\\r" in lines[0]
    assert "Traceback" in lines[1] and "ValueError: boom" in lines[1]


def test_secrets_handed_out_are_masked_in_logs(caplog):
    secret = "hunter2-very-secret"
    assert run_secret_command(["printf", secret], "main", "password_command") == secret
    record = logging.LogRecord("nottoday", logging.ERROR, __file__, 1,
                               "server said: bad password %s for user", (secret,), None)
    text = logs.OneLineFormatter(journald=False).format(record)
    assert secret not in text and "bad password <hidden> for user" in text
    assert logs.mask_secrets("abc") == "abc"
