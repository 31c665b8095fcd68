"""The daemon's loop logic with fake passes (pure logic: no mailbox, no network).

The real thing against Dovecot is in test_daemon_imap.py; here we pin down what must hold whatever
the pass does: failures are retried with backoff, one account never blocks another, scheduled-job
exceptions do not stop the loop, a bad reload keeps the old config, stop is prompt.
"""
from __future__ import annotations

import logging
import random
import threading
import time
from dataclasses import dataclass, field, replace

import pytest

from agent.backoff import Backoff, auth_backoff, network_backoff
from agent.daemon import AUTH, BUG, NETWORK, USER, Daemon, Hooks, classify_error, describe
from agent.errors import ConfigError, CredentialError, UserError


# --- backoff --------------------------------------------------------------------------------
def test_backoff_grows_exponentially_with_jitter_and_is_capped():
    b = Backoff(base=1.0, cap=300.0, rng=random.Random(7))
    delays = [b.next_delay() for _ in range(15)]
    for n, d in enumerate(delays):
        ceiling = min(300.0, 2 ** n)
        assert ceiling / 2 <= d <= ceiling
    assert max(delays) <= 300.0
    assert delays[-1] >= 150.0            # reached the cap region
    assert len(set(delays)) == len(delays)  # jittered, not lock-step


def test_backoff_reset_starts_over():
    b = Backoff(base=2.0, cap=60.0, rng=random.Random(1))
    for _ in range(10):
        b.next_delay()
    b.reset()
    assert 1.0 <= b.next_delay() <= 2.0


def test_auth_failures_back_off_far_slower_than_network_ones():
    assert auth_backoff().next_delay() >= 150.0          # never hammer a wrong password
    assert network_backoff().next_delay() <= 2.0
    net = network_backoff()
    assert max(net.next_delay() for _ in range(40)) <= 300.0


# --- error classification -------------------------------------------------------------------
def test_classify_error():
    from imapclient.exceptions import IMAPClientError, LoginError
    import imaplib
    import ssl

    assert classify_error(LoginError("[AUTHENTICATIONFAILED] Authentication failed.")) == AUTH
    assert classify_error(CredentialError("account a: password_command failed")) == AUTH
    assert classify_error(LoginError("[UNAVAILABLE] Temporary authentication failure.")) == NETWORK
    assert classify_error(UserError("no Drafts folder")) == USER
    for exc in (ConnectionRefusedError(111, "refused"), TimeoutError(), ssl.SSLError("bad"),
                imaplib.IMAP4.abort("socket error: EOF"), IMAPClientError("NO server error"), OSError("x")):
        assert classify_error(exc) == NETWORK, exc
    assert classify_error(KeyError("x")) == BUG


def test_describe_is_one_line():
    assert describe(OSError("first\nsecond")) == "OSError: first"
    assert describe(TimeoutError()) == "TimeoutError"


# --- fakes ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Acct:
    name: str
    maildir: str = "/nonexistent"
    host: str = ""
    port: int = 0
    username: str = "u"
    folders: tuple = ("INBOX",)

    @property
    def is_maildir(self):
        return bool(self.maildir)


@dataclass(frozen=True)
class DaemonCfg:
    interval: int = 3600
    idle: bool = False
    state_dir: str = "/nonexistent/state"


@dataclass(frozen=True)
class Cfg:
    accounts: dict
    daemon: DaemonCfg = DaemonCfg()
    threshold: float = 5.0
    path: str = "test.toml"

    def require_mailbox(self):
        pass


@dataclass
class Recorder:
    """A pass that records calls and fails as scripted per account."""

    script: dict = field(default_factory=dict)   # name -> list of exceptions (None = success)
    calls: dict = field(default_factory=dict)
    contexts: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def run_pass(self, account, config, context, stop):
        with self.lock:
            self.calls[account.name] = self.calls.get(account.name, 0) + 1
            self.contexts.append((account.name, context))
            steps = self.script.get(account.name, [])
            exc = steps.pop(0) if steps else None
        if exc is not None:
            raise exc
        return "ok"

    def count(self, name):
        with self.lock:
            return self.calls.get(name, 0)


def fast_backoffs():
    return {NETWORK: lambda: Backoff(0.02, 0.05), AUTH: lambda: Backoff(60.0, 120.0)}


def wait_until(pred, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.01)
    return pred()


@pytest.fixture
def run_daemon():
    started = []

    def start(daemon):
        t = threading.Thread(target=daemon.run, daemon=True)
        t.start()
        started.append((daemon, t))
        return t

    yield start
    for daemon, t in started:
        daemon.request_stop()
        t.join(15)


def prepare(config):
    return ("context", config.threshold)


# --- behaviour ------------------------------------------------------------------------------
def test_network_failures_are_retried_until_a_pass_succeeds(run_daemon, caplog):
    caplog.set_level(logging.INFO)
    rec = Recorder(script={"a": [ConnectionRefusedError(111, "Connection refused")] * 3})
    cfg = Cfg({"a": Acct("a")})
    d = Daemon(cfg, Hooks(prepare=prepare, run_pass=rec.run_pass), load=lambda: cfg, backoffs=fast_backoffs())
    run_daemon(d)
    assert wait_until(lambda: d.workers.get("a") and d.workers["a"].passes == 1)
    assert rec.count("a") == 4
    text = caplog.text
    assert text.count("reconnecting in") == 3
    assert "working again after 3 failed attempt(s)" in text


def test_failing_account_does_not_block_the_others(run_daemon, caplog):
    from imapclient.exceptions import LoginError

    blocker = threading.Event()
    rec = Recorder(script={"bad": [LoginError("[AUTHENTICATIONFAILED] Authentication failed.")] * 100})

    def run_pass(account, config, context, stop):
        if account.name == "slow":
            blocker.wait(20)  # a pass that hangs (e.g. a huge first pass)
        return rec.run_pass(account, config, context, stop)

    cfg = Cfg({"bad": Acct("bad"), "slow": Acct("slow"), "good": Acct("good")})
    d = Daemon(cfg, Hooks(prepare=prepare, run_pass=run_pass), load=lambda: cfg, backoffs=fast_backoffs())
    run_daemon(d)
    assert wait_until(lambda: rec.count("good") == 1)
    assert wait_until(lambda: rec.count("bad") >= 1)
    time.sleep(0.3)
    assert rec.count("bad") == 1          # slow auth backoff: not hammered
    assert "login to" in caplog.text and "failed" in caplog.text and "nottoday login bad" in caplog.text
    d.poll_all()
    assert wait_until(lambda: rec.count("good") == 2)   # still served while "slow" hangs
    blocker.set()


def test_scheduled_poll_runs_passes_and_a_raising_job_does_not_stop_the_loop(run_daemon, caplog):
    rec = Recorder()
    cfg = Cfg({"a": Acct("a")}, daemon=DaemonCfg(interval=1))
    d = Daemon(cfg, Hooks(prepare=prepare, run_pass=rec.run_pass), load=lambda: cfg, backoffs=fast_backoffs())
    boom = {"n": 0}

    def bad_job():
        boom["n"] += 1
        raise RuntimeError("job exploded")

    original_plan = d._plan

    def plan():
        original_plan()
        d.scheduler.every(1).seconds.do(d._guarded("boom", bad_job))

    d._plan = plan
    run_daemon(d)
    assert wait_until(lambda: boom["n"] >= 2, timeout=10)
    assert wait_until(lambda: rec.count("a") >= 3, timeout=10)   # first pass + polls every second
    assert "scheduled job boom failed (RuntimeError: job exploded)" in caplog.text


def test_unexpected_exception_in_a_pass_is_logged_and_retried(run_daemon, caplog):
    rec = Recorder(script={"a": [KeyError("bug")]})
    cfg = Cfg({"a": Acct("a")})
    d = Daemon(cfg, Hooks(prepare=prepare, run_pass=rec.run_pass), load=lambda: cfg, backoffs=fast_backoffs())
    run_daemon(d)
    assert wait_until(lambda: d.workers.get("a") and d.workers["a"].passes == 1)
    assert "unexpected error (KeyError: 'bug')" in caplog.text


def test_reload_applies_a_good_config_and_keeps_the_old_one_on_errors(run_daemon, caplog):
    rec = Recorder()
    cfg1 = Cfg({"a": Acct("a")}, threshold=5.0)
    cfg2 = Cfg({"a": Acct("a"), "b": Acct("b")}, threshold=9.0)
    source = {"next": cfg2}

    def load():
        value = source["next"]
        if isinstance(value, Exception):
            raise value
        return value

    d = Daemon(cfg1, Hooks(prepare=prepare, run_pass=rec.run_pass), load=load, backoffs=fast_backoffs())
    run_daemon(d)
    assert wait_until(lambda: rec.count("a") == 1)
    d.request_reload()
    assert wait_until(lambda: rec.count("b") == 1)
    assert wait_until(lambda: rec.count("a") == 2)   # updated worker runs a pass with the new settings
    assert ("a", ("context", 9.0)) in rec.contexts

    source["next"] = ConfigError(["test.toml: detection.threshold: expected a number"])
    d.request_reload()
    assert wait_until(lambda: "keeping the previous config" in caplog.text)
    assert "detection.threshold: expected a number" in caplog.text
    assert d.runtime.config is cfg2
    d.poll_all()
    assert wait_until(lambda: rec.count("b") == 2)
    assert rec.contexts[-1][1] == ("context", 9.0)

    source["next"] = cfg1
    d.request_reload()
    assert wait_until(lambda: "b" not in d.workers)


def test_stop_is_prompt_and_lets_the_message_in_hand_finish(run_daemon):
    in_pass = threading.Event()
    finished = []

    def run_pass(account, config, context, stop):
        in_pass.set()
        for i in range(1000):               # many messages; each checks stop between messages
            if stop.is_set():
                break
            time.sleep(0.01)
            finished.append(i)
        return "stopped"

    cfg = Cfg({"a": Acct("a")})
    d = Daemon(cfg, Hooks(prepare=prepare, run_pass=run_pass), load=lambda: cfg)
    t = run_daemon(d)
    assert in_pass.wait(10)
    started = time.monotonic()
    d.request_stop()
    t.join(10)
    assert not t.is_alive()
    assert time.monotonic() - started < 5
    assert 0 < len(finished) < 1000


def test_worker_sleeping_in_backoff_wakes_for_stop_and_for_reload(run_daemon):
    rec = Recorder(script={"a": [OSError("down")] * 2})
    cfg = Cfg({"a": Acct("a")})
    slow = {NETWORK: lambda: Backoff(100.0, 300.0), AUTH: lambda: Backoff(100.0, 300.0)}
    d = Daemon(cfg, Hooks(prepare=prepare, run_pass=rec.run_pass), load=lambda: replace(cfg), backoffs=slow)
    t = run_daemon(d)
    assert wait_until(lambda: rec.count("a") == 1)
    d.request_reload()                            # e.g. after `nottoday login`: retry now
    assert wait_until(lambda: rec.count("a") == 2, timeout=5)
    started = time.monotonic()
    d.request_stop()
    t.join(10)
    assert not t.is_alive() and time.monotonic() - started < 3


def test_broken_rules_at_reload_keep_the_old_context(run_daemon, caplog):
    rec = Recorder()
    cfg1 = Cfg({"a": Acct("a")}, threshold=5.0)
    cfg2 = Cfg({"a": Acct("a")}, threshold=-1.0)

    def prep(config):
        if config.threshold < 0:
            raise ValueError("rule 'x': pattern is not a list")
        return prepare(config)

    d = Daemon(cfg1, Hooks(prepare=prep, run_pass=rec.run_pass), load=lambda: cfg2, backoffs=fast_backoffs())
    run_daemon(d)
    assert wait_until(lambda: rec.count("a") == 1)
    d.request_reload()
    assert wait_until(lambda: "keeping the previous config" in caplog.text)
    assert "rule 'x': pattern is not a list" in caplog.text
    assert d.runtime.config is cfg1


def test_broken_template_at_start_is_a_config_error_exit_2_without_traceback(tmp_path):
    import subprocess
    import sys

    template = tmp_path / "reply.j2"
    template.write_text("Hi {{ contact_first_name \n")            # unclosed tag
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[identity]
name = "Sam Taylor"
email = "sam.taylor@example.org"
[accounts.local]
maildir = "{tmp_path / 'Maildir'}"
[daemon]
state_dir = "{tmp_path / 'state'}"
[drafts]
template = "{template}"
""")
    proc = subprocess.run([sys.executable, "-m", "agent", "--config", str(cfg), "run"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert f"nottoday: {cfg}:" in proc.stderr and "reply.j2" in proc.stderr
