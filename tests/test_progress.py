"""The progress bar (agent/progress.py): what it says, and that it shows only on a terminal —
`once` on a Maildir run once under a real pseudo-terminal and once with its output piped."""
from __future__ import annotations

import io
import mailbox
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from agent.progress import Progress
from tests.mailfactory import invite, rejection

ROOT = Path(__file__).resolve().parent.parent


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_done_total_rate_and_time_left():
    now = [100.0]
    stream = Terminal()
    p = Progress("main", enabled=True, stream=stream, clock=lambda: now[0])
    p.add_total(1000)
    now[0] += 10
    p.advance(250)
    assert p.text() == "main: [######..................] 250/1000 messages, 25/s, 30 s left"
    now[0] += 40
    p.advance(750)
    assert p.text().startswith("main: [########################] 1000/1000 messages, 20/s")
    assert "left" not in p.text()
    assert "\r" in stream.getvalue()


def test_lines_go_above_the_bar_and_close_clears_it(capsys):
    stream = Terminal()
    p = Progress("main", enabled=True, stream=stream)
    p.add_total(2)
    p.line("main: INBOX uid 1: not a rejection")
    p.close()
    assert capsys.readouterr().out == "main: INBOX uid 1: not a rejection\n"
    assert stream.getvalue().endswith("\r\x1b[K")


def test_off_when_not_a_terminal_or_under_systemd(monkeypatch):
    assert Progress("x").enabled is False or sys.stderr.isatty()   # pytest captures: not a tty
    monkeypatch.setenv("INVOCATION_ID", "abc")
    assert Progress("x", stream=Terminal()).enabled is False
    monkeypatch.delenv("INVOCATION_ID")
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    assert Progress("x", stream=Terminal()).enabled is True


def _mailbox(tmp_path, config_for) -> Path:
    md = mailbox.Maildir(tmp_path / "Maildir", create=True)
    md.add_folder("Drafts")
    for i in range(30):
        md.add(invite(f"<i{i}@a.example>") if i % 3 else rejection(f"<r{i}@n.example>"))
    return config_for(maildir=tmp_path / "Maildir")


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("INVOCATION_ID", "JOURNAL_STREAM")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_once_shows_the_bar_on_a_terminal(tmp_path, config_for):
    cfg = _mailbox(tmp_path, config_for)
    pid, fd = pty.fork()
    if pid == 0:   # the child: stdout and stderr are the terminal
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "agent", "--config", str(cfg), "once"], _env())
    out, deadline = b"", time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            if select.select([fd], [], [], 1)[0]:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    text = out.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert "main: [" in text and "/30 messages" in text and "/s" in text
    assert "main: 30 new message(s), 10 rejection(s), saved 10 draft(s)" in text


def test_once_piped_has_no_bar(tmp_path, config_for):
    cfg = _mailbox(tmp_path, config_for)
    proc = subprocess.run([sys.executable, "-m", "agent", "--config", str(cfg), "once"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=_env())
    assert proc.returncode == 0, proc.stderr
    assert "\r" not in proc.stdout + proc.stderr and "messages, " not in proc.stderr
    assert proc.stdout.count("\n") == 31        # one line per message, then the summary
