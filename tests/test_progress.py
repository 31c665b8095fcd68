"""The progress bar (agent/progress.py): what it says, and that it shows only on a terminal —
`once` and `run` on a Maildir, each once under a real pseudo-terminal and once with its output piped."""
from __future__ import annotations

import io
import mailbox
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agent.progress import RUN_MIN_MESSAGES, PassBars, Progress
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


# --- `nottoday run`: one bar over the passes in flight, log lines above it -------------------------
class _Account:
    def __init__(self, name):
        self.name = name


def _fake_pass(n: int, log_every: int = 0):
    def run_pass(account, config, context, stop_event, on_listing=None, on_outcome=None):
        on_listing("INBOX", n)
        for i in range(n):
            if log_every and i % log_every == 0:
                sys.stderr.write(f"a log line {i}\n")
            on_outcome(object())
        return "summary"
    return run_pass


def test_run_bar_follows_a_long_pass_and_is_gone_after_it():
    stream = Terminal()
    bars = PassBars(stream=stream, minimum=100)
    assert bars.wrap(_fake_pass(150))(_Account("main"), None, None, None) == "summary"
    out = stream.getvalue()
    assert "main: [" in out and "150/150 messages" in out
    assert out.endswith("\r\x1b[K") and bars.bar is None      # cleared when the pass is over


def test_run_bar_not_shown_for_a_few_new_messages():
    stream = Terminal()
    bars = PassBars(stream=stream, minimum=100)
    bars.wrap(_fake_pass(3))(_Account("main"), None, None, None)
    assert stream.getvalue() == ""


def test_run_bar_log_lines_go_above_it(monkeypatch):
    stream = Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    bars = PassBars(stream=stream, minimum=10)
    bars.install()
    try:
        bars.wrap(_fake_pass(40, log_every=20))(_Account("main"), None, None, None)
    finally:
        bars.uninstall()
    assert sys.stderr is stream
    out = stream.getvalue()
    # every log line starts on a cleared line and the bar is drawn again after it
    assert "\r\x1b[Ka log line 20\n" in out
    assert out.index("a log line 20\n") < out.rindex("/40 messages")


def test_run_bar_a_stopped_pass_leaves_nothing_behind():
    stream = Terminal()
    bars = PassBars(stream=stream, minimum=10)

    def stopped(account, config, context, stop_event, on_listing=None, on_outcome=None):
        on_listing("INBOX", 50)
        for _ in range(5):
            on_outcome(object())
        raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        bars.wrap(stopped)(_Account("main"), None, None, None)
    assert bars.bar is None and stream.getvalue().endswith("\r\x1b[K")


def _run_maildir(tmp_path, config_for, n: int) -> Path:
    md = mailbox.Maildir(tmp_path / "Maildir", create=True)
    md.add_folder("Drafts")
    for i in range(n):
        md.add(invite(f"<i{i}@a.example>") if i % 20 else rejection(f"<r{i}@n{i}.example>"))
    return config_for(maildir=tmp_path / "Maildir")


def test_run_shows_the_bar_on_a_terminal_during_a_long_first_pass(tmp_path, config_for):
    cfg = _run_maildir(tmp_path, config_for, RUN_MIN_MESSAGES + 20)
    env = _env()
    env["NOTTODAY_LOCK_DIR"] = str(tmp_path / "locks")
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "agent", "--config", str(cfg), "-v", "run"], env)
    out, deadline = b"", time.monotonic() + 180
    try:
        while time.monotonic() < deadline and b"pass 1 done" not in out:
            if select.select([fd], [], [], 1)[0]:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
        os.kill(pid, signal.SIGTERM)
        while True:   # drain until the child is gone
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
    assert f"/{RUN_MIN_MESSAGES + 20} messages" in text and "main: [" in text, text
    assert "pass 1 done" in text
    # each log line starts at the left edge: the bar was cleared before it was written
    for line in text.replace("\r\n", "\n").split("\n"):
        if " INFO " in line or " DEBUG " in line:
            assert line.startswith("\r\x1b[K") or line[:4].isdigit(), repr(line)


def test_run_piped_has_no_bar(tmp_path, config_for):
    cfg = _run_maildir(tmp_path, config_for, RUN_MIN_MESSAGES + 20)
    env = _env()
    env["NOTTODAY_LOCK_DIR"] = str(tmp_path / "locks")
    proc = subprocess.Popen([sys.executable, "-m", "agent", "--config", str(cfg), "-v", "run"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    out = b""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and b"pass 1 done" not in out:
        line = proc.stdout.readline()
        if not line:
            break
        out += line
    proc.send_signal(signal.SIGTERM)
    rest, _ = proc.communicate(timeout=60)
    out += rest
    text = out.decode(errors="replace")
    assert proc.returncode == 0, text
    assert "pass 1 done" in text
    assert "\r" not in text and "messages, " not in text
