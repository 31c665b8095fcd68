"""`nottoday run` as a real subprocess against a real Dovecot: push, outages, crashes, signals.

Every test writes its own config (password via password_command reading a file), starts
`python -m agent --config CFG -v run` with stderr to a file, and looks at what lands in Drafts.
Bounds are generous liveness limits (30 s), not speed claims: bench/bench_idle_latency.py measures.
"""
from __future__ import annotations

import os
import pwd
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from email import message_from_bytes
from pathlib import Path

import pytest

from tests.mailfactory import invite, rejection

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


LIVENESS = 30.0


# --- helpers --------------------------------------------------------------------------------
def account_toml(name: str, user, tmp_path: Path, password: str | None = None) -> str:
    pw_file = tmp_path / f"{name}.pw"
    pw_file.write_text((password or user.password) + "\n")
    pw_file.chmod(0o600)
    return f"""
[accounts.{name}]
host = "{user.host}"
port = {user.port}
security = "none"
username = "{user.username}"
password_command = ["cat", "{pw_file}"]
"""


def write_config(tmp_path: Path, accounts: str, threshold: float = 5.0, interval: int = 20,
                 idle: bool = True) -> Path:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[identity]
name = "Sam Taylor"
email = "sam.taylor@example.org"
{accounts}
[daemon]
interval = {interval}
idle = {str(idle).lower()}
lookback_days = 14
state_dir = "{tmp_path / 'state'}"

[detection]
threshold = {threshold}
""")
    return cfg


class Daemon:
    """One `nottoday run` subprocess with its log in a file."""

    def __init__(self, cfg: Path, tmp_path: Path):
        self.log_path = tmp_path / f"run-{uuid.uuid4().hex[:6]}.log"
        self._log = open(self.log_path, "wb")
        env = {k: v for k, v in os.environ.items() if k not in ("JOURNAL_STREAM", "NOTTODAY_CONFIG")}
        self.proc = subprocess.Popen([sys.executable, "-m", "agent", "--config", str(cfg), "-v", "run"],
                                     stdout=self._log, stderr=subprocess.STDOUT, env=env,
                                     cwd=str(Path(__file__).resolve().parent.parent))

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_log(self, text: str, timeout: float = LIVENESS, count: int = 1) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.log().count(text) >= count:
                return
            if self.proc.poll() is not None:
                raise AssertionError(f"nottoday run exited ({self.proc.returncode}):\n{self.log()[-3000:]}")
            time.sleep(0.05)
        raise AssertionError(f"{text!r} not logged within {timeout} s:\n{self.log()[-3000:]}")

    def signal(self, sig) -> None:
        self.proc.send_signal(sig)

    def stop(self, timeout: float = 10.0, sig=None) -> tuple[int, float]:
        """SIGTERM (or `sig`); returns (exit status, seconds it took)."""
        started = time.monotonic()
        self.proc.send_signal(sig or signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"no exit within {timeout} s after SIGTERM:\n{self.log()[-3000:]}")
        return rc, time.monotonic() - started

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._log.close()


@pytest.fixture
def daemons():
    started: list[Daemon] = []

    def start(cfg: Path, tmp_path: Path) -> Daemon:
        d = Daemon(cfg, tmp_path)
        started.append(d)
        return d

    yield start
    for d in started:
        d.kill()


def draft_sources(dovecot, user) -> Counter:
    """The rejection each draft answers (In-Reply-To), counted (exactly-once means every count is 1)."""
    out: Counter = Counter()
    for m in dovecot.messages(user, "Drafts"):
        out[" ".join(str(message_from_bytes(m.raw).get("In-Reply-To", "")).split())] += 1
    return out


def wait_drafts(dovecot, user, expected: set[str], timeout: float = LIVENESS) -> Counter:
    end = time.monotonic() + timeout
    while True:
        got = draft_sources(dovecot, user)
        if set(got) >= expected or time.monotonic() > end:
            return got
        time.sleep(0.2)


def deliver_on_disk(user, raw: bytes) -> None:
    """Deliver like an MTA does while the IMAP server is down: a file in Maildir/new."""
    dove = pwd.getpwnam("dovecot")
    name = f"{time.time():.6f}.{uuid.uuid4().hex}.test"
    tmp = user.maildir / "tmp" / name
    tmp.write_bytes(raw)
    os.chown(tmp, dove.pw_uid, dove.pw_gid)
    os.rename(tmp, user.maildir / "new" / name)


def open_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def mid(tag: str) -> str:
    return f"<{tag}-{uuid.uuid4().hex[:8]}@northwind.example>"


# --- tests ----------------------------------------------------------------------------------
def test_idle_turns_a_new_rejection_into_a_draft_in_seconds(imap_account, dovecot, tmp_path, daemons):
    cfg = write_config(tmp_path, account_toml("main", imap_account, tmp_path), interval=3600)
    d = daemons(cfg, tmp_path)
    d.wait_log("watching INBOX")
    d.wait_log("pass 1 done")
    r1, inv = mid("r1"), mid("inv")
    dovecot.append(imap_account, "INBOX", invite(message_id=inv))
    started = time.monotonic()
    dovecot.append(imap_account, "INBOX", rejection(message_id=r1))
    got = wait_drafts(dovecot, imap_account, {r1})
    latency = time.monotonic() - started
    assert got == Counter({r1: 1}), d.log()[-3000:]
    assert latency < LIVENESS          # with interval = 1 h, only IDLE can explain this
    draft = message_from_bytes(dovecot.messages(imap_account, "Drafts")[0].raw)
    assert draft["In-Reply-To"] == r1
    assert all(not m.flags for m in dovecot.messages(imap_account, "INBOX"))   # nothing marked read
    rc, took = d.stop()
    assert rc == 0 and took < 10, d.log()[-2000:]
    assert "stopped" in d.log()


def test_server_outage_reconnects_and_drafts_everything_exactly_once(imap_account, dovecot, tmp_path, daemons):
    cfg = write_config(tmp_path, account_toml("main", imap_account, tmp_path), interval=3600)
    d = daemons(cfg, tmp_path)
    d.wait_log("watching INBOX")
    before, during, after = mid("before"), mid("during"), mid("after")
    dovecot.append(imap_account, "INBOX", rejection(message_id=before))
    assert wait_drafts(dovecot, imap_account, {before}) == Counter({before: 1})
    fds_before = open_fds(d.proc.pid)
    try:
        dovecot.stop()
        deliver_on_disk(imap_account, rejection(message_id=during))
        d.wait_log("reconnecting in")
        time.sleep(1.0)
    finally:
        dovecot.start()
    dovecot.append(imap_account, "INBOX", rejection(message_id=after))
    got = wait_drafts(dovecot, imap_account, {before, during, after}, timeout=45)
    assert got == Counter({before: 1, during: 1, after: 1}), d.log()[-3000:]
    d.wait_log("working again")     # logged when the pass returns, just after its drafts are saved
    assert open_fds(d.proc.pid) <= fds_before + 1       # reconnecting leaks no sockets (months of uptime)
    rc, _ = d.stop()
    assert rc == 0


def test_kill_9_in_the_middle_of_a_pass_then_restart_drafts_each_once(imap_account, dovecot, tmp_path, daemons):
    ids = [mid(f"bulk{i}") for i in range(30)]
    with dovecot.client(imap_account) as c:
        for i in ids:
            c.append("INBOX", rejection(message_id=i))
    cfg = write_config(tmp_path, account_toml("main", imap_account, tmp_path), interval=3600)
    d = daemons(cfg, tmp_path)
    end = time.monotonic() + LIVENESS
    while not draft_sources(dovecot, imap_account) and time.monotonic() < end:
        time.sleep(0.02)
    d.kill()                                               # SIGKILL mid-pass
    first = draft_sources(dovecot, imap_account)
    assert first and sum(first.values()) < len(ids), "not killed mid-pass: raise the message count"
    d2 = daemons(cfg, tmp_path)
    got = wait_drafts(dovecot, imap_account, set(ids), timeout=60)
    assert got == Counter({i: 1 for i in ids}), d2.log()[-3000:]
    rc, _ = d2.stop()
    assert rc == 0


def test_sighup_reloads_the_threshold_and_keeps_the_old_config_when_broken(imap_account, dovecot, tmp_path, daemons):
    from agent.state import State

    accounts = account_toml("main", imap_account, tmp_path)
    cfg = write_config(tmp_path, accounts, threshold=1000.0, interval=3600)
    d = daemons(cfg, tmp_path)
    d.wait_log("watching INBOX")
    d.wait_log("pass 1 done")
    high = mid("high")
    dovecot.append(imap_account, "INBOX", rejection(message_id=high))
    end = time.monotonic() + LIVENESS
    while time.monotonic() < end:                          # handled under threshold 1000: no draft
        with State.open(tmp_path / "state") as st:
            if st.counts("main").seen >= 1:
                break
        time.sleep(0.1)
    assert draft_sources(dovecot, imap_account) == Counter()

    write_config(tmp_path, accounts, threshold=5.0, interval=3600)
    d.signal(signal.SIGHUP)
    d.wait_log("reloaded")
    low = mid("low")
    dovecot.append(imap_account, "INBOX", rejection(message_id=low))
    assert wait_drafts(dovecot, imap_account, {low}) == Counter({low: 1})

    cfg.write_text(cfg.read_text().replace("threshold = 5.0", 'threshold = "whatever"'))
    d.signal(signal.SIGHUP)
    d.wait_log("keeping the previous config")
    assert "detection.threshold" in d.log()
    still = mid("still")
    dovecot.append(imap_account, "INBOX", rejection(message_id=still))
    assert wait_drafts(dovecot, imap_account, {low, still}) == Counter({low: 1, still: 1})
    rc, took = d.stop()
    assert rc == 0 and took < 10


def test_an_account_with_a_wrong_password_does_not_block_the_other(imap_account, dovecot, tmp_path, daemons):
    good, bad, typo = imap_account, dovecot.add_user(), dovecot.add_user()
    accounts = (account_toml("bad", bad, tmp_path, password="not-the-password")
                + account_toml("typo", typo, tmp_path) + 'folders = ["Inbx"]\n'
                + account_toml("good", good, tmp_path))
    cfg = write_config(tmp_path, accounts, interval=3600)
    d = daemons(cfg, tmp_path)
    r_good, r_bad = mid("good"), mid("bad")
    dovecot.append(bad, "INBOX", rejection(message_id=r_bad))
    dovecot.append(good, "INBOX", rejection(message_id=r_good))
    assert wait_drafts(dovecot, good, {r_good}) == Counter({r_good: 1}), d.log()[-3000:]
    d.wait_log("bad: login failed")
    assert "not-the-password" not in d.log()
    assert draft_sources(dovecot, bad) == Counter()
    assert d.log().count("bad: login failed") == 1         # retried slowly, not hammered
    d.wait_log("typo: cannot watch folder 'Inbx'")
    assert "check `folders` in the config" in d.log()
    rc, _ = d.stop()
    assert rc == 0


def test_without_idle_and_for_maildir_the_schedule_polls_every_interval(imap_account, dovecot, tmp_path, daemons):
    import mailbox

    root = tmp_path / "Maildir"
    md = mailbox.Maildir(root, create=True)
    md.add_folder("Drafts")
    accounts = account_toml("main", imap_account, tmp_path) + f'\n[accounts.local]\nmaildir = "{root}"\n'
    cfg = write_config(tmp_path, accounts, interval=10, idle=False)
    d = daemons(cfg, tmp_path)
    d.wait_log("main: pass 1 done")
    d.wait_log("local: pass 1 done")
    assert "watching INBOX" not in d.log()                 # idle = false: no IDLE connection
    r_imap, r_md = mid("polled"), mid("maildir")
    dovecot.append(imap_account, "INBOX", rejection(message_id=r_imap))
    md.add(rejection(message_id=r_md))
    assert wait_drafts(dovecot, imap_account, {r_imap}) == Counter({r_imap: 1}), d.log()[-3000:]
    end = time.monotonic() + LIVENESS
    while time.monotonic() < end and not len(mailbox.Maildir(root / ".Drafts", create=False)):
        time.sleep(0.2)
    drafts = [m["In-Reply-To"] for m in mailbox.Maildir(root / ".Drafts", create=False)]
    assert drafts == [r_md], d.log()[-3000:]
    d.wait_log("main: pass 2 done")       # the scheduled poll; logged after the draft and the ledger's
    d.wait_log("local: pass 2 done")      # reads that follow it, so waited for rather than asserted
    rc, took = d.stop(sig=signal.SIGINT)                   # Ctrl+C: same clean stop as SIGTERM
    assert rc == 0 and took < 10


def test_maildir_changes_are_picked_up_without_waiting_for_the_interval(tmp_path, daemons):
    import mailbox

    root = tmp_path / "Maildir"
    md = mailbox.Maildir(root, create=True)
    md.add_folder("Drafts")
    cfg = write_config(tmp_path, f'\n[accounts.local]\nmaildir = "{root}"\n', interval=3600)
    d = daemons(cfg, tmp_path)
    d.wait_log("local: watching")
    d.wait_log("local: pass 1 done")
    r = mid("synced")
    md.add(rejection(message_id=r))                        # as mbsync would deliver it
    end = time.monotonic() + LIVENESS
    while time.monotonic() < end and not len(mailbox.Maildir(root / ".Drafts", create=False)):
        time.sleep(0.1)
    drafts = [m["In-Reply-To"] for m in mailbox.Maildir(root / ".Drafts", create=False)]
    assert drafts == [r], d.log()[-3000:]                  # interval is 1 h: the change check did it
    assert list((root / "new").iterdir())                  # the original stays unread in new/
    rc, _ = d.stop()
    assert rc == 0
