"""`nottoday once` against a hostile IMAP server (tests/hostile_imap.py): faults Dovecot cannot produce.

Each fault must end the pass in bounded time with one clear line and no traceback, mark nothing
handled that was not read, and, once the server behaves again, the next pass drafts the rejection
exactly once. Deadlines are shrunk to COMMAND_TIMEOUT through the account's `command_timeout`.
"""
from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from agent.cli import main
from agent.state import DB_NAME
from tests.conftest import write_config
from tests.hostile_imap import Fault, HostileImap
from tests.mailfactory import invite, rejection

COMMAND_TIMEOUT = 2            # seconds; the store's default is two minutes
SERVER_LIFETIME = 90.0         # the fake server gives up by itself after this
REJ_ID = "<rej-hostile@northwind.example>"
WRITES = re.compile(r"^\S+ (UID )?(SELECT|STORE|EXPUNGE|COPY|MOVE|DELETE|RENAME|CREATE)\b", re.I)


def mailbox() -> list[bytes]:
    """uid 1 and 3: interview invites; uid 2 (where every fault hits): a clear rejection."""
    return [invite("<inv-1@acme.example>"), rejection(REJ_ID), invite("<inv-3@acme.example>")]


@pytest.fixture
def server():
    with HostileImap(mailbox(), max_seconds=SERVER_LIFETIME) as s:
        yield s


@pytest.fixture
def cfg(server, tmp_path) -> Path:
    account = SimpleNamespace(host=server.host, port=server.port, imaps_port=server.port,
                              username="sam", password="pw", ca_file="")
    return write_config(tmp_path / "config.toml", account=account, state_dir=tmp_path / "state",
                        extra_account=f"command_timeout = {COMMAND_TIMEOUT}")


def once(cfg: Path, capsys) -> SimpleNamespace:
    t0 = time.monotonic()
    status = main(["--config", str(cfg), "once"])
    elapsed = time.monotonic() - t0
    out, err = capsys.readouterr()
    return SimpleNamespace(status=status, out=out, err=err, elapsed=elapsed,
                           lines=[line for line in err.splitlines() if line.strip()])


def handled(cfg: Path) -> dict[str, tuple[str, int]]:
    """ref -> (verdict, drafted) of every message the state holds for account main."""
    db = sqlite3.connect(cfg.parent / "state" / DB_NAME)
    try:
        rows = db.execute("SELECT ref, verdict, drafted FROM messages WHERE account = 'main'").fetchall()
    finally:
        db.close()
    return {ref: (verdict, drafted) for ref, verdict, drafted in rows}


def drafts_for_rejection(server) -> int:
    return sum(1 for raw in server.folders["Drafts"] if f"In-Reply-To: {REJ_ID}".encode() in raw)


def assert_read_only(server) -> None:
    """Never a write but APPEND to Drafts, whatever the server did."""
    assert not [c for c in server.commands if WRITES.match(c)]
    appends = [c for c in server.commands if re.match(r"^\S+ APPEND ", c, re.I)]
    assert all(re.match(r'^\S+ APPEND "?Drafts"? ', c, re.I) for c in appends), appends


def assert_recovers(server, cfg: Path, capsys, faulty) -> None:
    """The fault off: the next pass drafts the rejection once, the one after drafts nothing; the
    faulty pass took no longer than a few deadlines more than this normal one (generous)."""
    server.fault = Fault()
    good = once(cfg, capsys)
    assert good.status == 0, good.err
    assert handled(cfg)["2"] == ("rejection", 1)
    assert drafts_for_rejection(server) == 1
    again = once(cfg, capsys)
    assert again.status == 0 and drafts_for_rejection(server) == 1
    assert faulty.elapsed < 2 * good.elapsed + 5 * COMMAND_TIMEOUT, (faulty.elapsed, good.elapsed)
    assert_read_only(server)


def assert_one_clear_line(result, *words: str) -> str:
    assert "Traceback" not in result.err
    matching = [line for line in result.lines if all(w in line for w in words)]
    assert len(matching) == 1, result.err
    return matching[0]


# --- faults that end the pass: the connection cannot be trusted any more ---------------------
@pytest.mark.parametrize("kind, words", [
    ("drip", ("timed out after 2 s while reading INBOX",)),
    ("stall", ("timed out after 2 s while reading INBOX",)),
    ("endless_line", ("sent a line longer than 1 MB while reading INBOX",)),
    ("stall_greeting", ("cannot connect to", "no answer within 2 s")),
    ("stall_login", ("cannot connect to", "no answer within 2 s")),
    # a restart while logging in is the server's trouble, not a wrong password
    ("bye_login", ("cannot connect to", "closed the connection")),
])
def test_a_server_that_stops_making_sense_ends_the_pass_in_bounded_time(server, cfg, capsys, kind, words):
    server.fault = Fault(kind, drip_seconds=0.4)
    faulty = once(cfg, capsys)
    assert faulty.status == 1
    line = assert_one_clear_line(faulty, *words)
    assert line.startswith("nottoday: account main: ")
    assert faulty.lines == [line]
    assert "2" not in handled(cfg)
    assert drafts_for_rejection(server) == 0
    assert_recovers(server, cfg, capsys, faulty)


# --- faults in one FETCH response: that message is retried, the rest of the pass goes on ---------
@pytest.mark.parametrize("kind", ["missing_body", "wrong_uid", "garbage"])
def test_a_bad_fetch_response_is_retried_not_recorded(server, cfg, capsys, kind):
    server.fault = Fault(kind)
    faulty = once(cfg, capsys)
    assert faulty.status == 0, faulty.err
    assert_one_clear_line(faulty, "INBOX uid 2", "next pass")
    state = handled(cfg)
    assert "2" not in state                                          # not handled: it was not read
    assert state["1"] == ("other", 0) and state["3"] == ("other", 0)  # its neighbours were
    assert drafts_for_rejection(server) == 0
    assert_recovers(server, cfg, capsys, faulty)


def test_a_message_the_server_keeps_failing_is_given_up_loudly_after_bounded_tries(server, cfg, capsys):
    server.fault = Fault("missing_body")
    results = [once(cfg, capsys) for _ in range(10)]
    given_up = [r for r in results if any("giving up" in line and "uid 2" in line for line in r.lines)]
    assert len(given_up) == 1, [r.err for r in results]
    assert handled(cfg)["2"][0] == "unreadable"
    assert all("Traceback" not in r.err for r in results)
    assert_read_only(server)


# --- a literal bigger than its RFC822.SIZE (or than anything): refused unread -----------------------
@pytest.mark.parametrize("kind", ["lying_literal", "huge_literal"])
def test_an_oversized_literal_is_refused_unread_and_the_rest_is_read(server, cfg, capsys, kind):
    server.fault = Fault(kind)
    result = once(cfg, capsys)
    assert result.status == 0, result.err
    assert_one_clear_line(result, "INBOX uid 2", "larger than 50 MB")
    state = handled(cfg)
    assert state["2"] == ("unreadable", 0)                            # settled: too large for good
    assert state["1"] == ("other", 0) and state["3"] == ("other", 0)
    assert drafts_for_rejection(server) == 0
    assert_read_only(server)


PASS_AND_PEAK = """
import sys
from agent.cli import main
status = main(["--config", sys.argv[1], "once"])
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print("PEAK", int(peak.split()[1]) * 1024, status)
"""


def peak_of_a_pass(cfg: Path) -> int:
    proc = subprocess.run([sys.executable, "-c", PASS_AND_PEAK, str(cfg)], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[1])
    line = next((l for l in proc.stdout.splitlines() if l.startswith("PEAK ")), None)
    assert line is not None, proc.stderr
    _, peak, status = line.split()
    assert status == "0", proc.stderr
    return int(peak)


def test_a_lying_literal_never_reaches_memory(tmp_path):
    """The process' peak memory with a 100 MB literal announced as 505 bytes stays within a
    small margin of the same pass on a well-behaved server."""
    literal = 100 * 2**20
    peaks = {}
    for kind in (None, "lying_literal"):
        with HostileImap(mailbox(), Fault(kind, literal_bytes=literal), max_seconds=SERVER_LIFETIME) as server:
            account = SimpleNamespace(host=server.host, port=server.port, imaps_port=server.port,
                                      username="sam", password="pw", ca_file="")
            cfg = write_config(tmp_path / f"{kind}.toml", account=account, state_dir=tmp_path / f"state-{kind}",
                               extra_account=f"command_timeout = {COMMAND_TIMEOUT * 5}")
            peaks[kind] = peak_of_a_pass(cfg)
    assert peaks["lying_literal"] - peaks[None] < literal // 5, peaks
