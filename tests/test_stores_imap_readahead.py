"""ImapStore.fetch reading a long run ahead on a second session (a thread), against Dovecot:
the same messages in the same order as one session reads them, failures where they happen,
the caller's own session free meanwhile, the second session gone when the caller stops."""
from __future__ import annotations

import sys
import threading
import time

import pytest

from agent.config import AccountConfig
from agent.stores import imap as imap_mod
from agent.stores.imap import ImapStore, Unreachable
from tests.mailfactory import invite, rejection

pytestmark = pytest.mark.dovecot

N = 14


def _account(imap_account) -> AccountConfig:
    return AccountConfig(name="t", host=imap_account.host, port=imap_account.port, security="none",
                         username=imap_account.username,
                         password_command=["printf", "%s", imap_account.password])


@pytest.fixture
def store(imap_account):
    s = ImapStore(_account(imap_account))
    s.open()
    yield s
    s.close()


@pytest.fixture
def filled(dovecot, imap_account, monkeypatch):
    """N messages in INBOX, batches of 3, read ahead from 6 messages on; the sessions opened."""
    with dovecot.client(imap_account) as c:
        c.multiappend("INBOX", [(rejection if i % 2 else invite)(f"<m{i}@n.example>") for i in range(N)])
    monkeypatch.setattr(imap_mod, "FETCH_BATCH", 3)
    monkeypatch.setattr(imap_mod, "READ_AHEAD_MIN", 6)
    opened = []
    real_open = ImapStore.open
    monkeypatch.setattr(ImapStore, "open", lambda self: opened.append(self) or real_open(self))
    return opened


def _readers_gone(timeout: float = 30.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not any(t.name == "nottoday-read-ahead" for t in threading.enumerate()):
            return True
        time.sleep(0.02)
    return False


def test_a_long_run_is_read_ahead_and_reads_as_one_session_does(dovecot, imap_account, store, filled, monkeypatch):
    refs = store.list_messages("INBOX", 0, None).refs
    assert len(refs) == N
    before = sys.getswitchinterval()
    it = store.fetch("INBOX", list(refs))
    ahead = [next(it)]
    assert sys.getswitchinterval() == min(before, imap_mod.READ_AHEAD_SWITCH)   # while reading ahead
    ahead += list(it)
    assert sys.getswitchinterval() == before                                   # and put back
    assert len(filled) == 1 and filled[0] is not store          # a second session read them
    monkeypatch.setattr(imap_mod, "READ_AHEAD_MIN", 10 ** 9)
    alone = list(store.fetch("INBOX", list(refs)))
    assert len(filled) == 1                                       # ... and this time nobody else
    assert [(f.ref, f.raw, f.error) for f in ahead] == [(f.ref, f.raw, f.error) for f in alone]
    assert all(f.raw for f in ahead)
    assert _readers_gone()
    assert all(m.flags == frozenset() for m in dovecot.messages(imap_account, "INBOX"))


def test_the_callers_session_is_free_while_the_reader_reads(dovecot, imap_account, store, filled):
    dovecot.append(imap_account, "Drafts", b"Subject: mine\r\nIn-Reply-To: <m3@n.example>\r\n\r\nx\r\n")
    refs = list(store.list_messages("INBOX", 0, None).refs)
    got = []
    for f in store.fetch("INBOX", refs):
        got.append(f.ref)
        if len(got) == 4:    # what a window's settling does between two messages
            assert [h.in_reply_to for h in store.find_headers("Drafts", [("In-Reply-To", "<m3@n.example>")])] \
                == [("<m3@n.example>",)]
            store.append_draft(b"Subject: Re: x\r\nMessage-ID: <d@example.org>\r\n\r\nbody\r\n")
    assert got == refs
    assert dovecot.folder_status(imap_account, "Drafts")["MESSAGES"] == 2


def test_a_failure_reaches_the_caller_after_the_messages_before_it(imap_account, store, filled, monkeypatch):
    refs = list(store.list_messages("INBOX", 0, None).refs)
    real = ImapStore._fetch_batch

    def failing(self, folder, batch):
        if self is not store and batch[0] == refs[6]:
            raise Unreachable("connection to the server lost while reading INBOX")
        return real(self, folder, batch)

    monkeypatch.setattr(ImapStore, "_fetch_batch", failing)
    got = []
    with pytest.raises(Unreachable, match="connection to the server lost"):
        for f in store.fetch("INBOX", refs):
            got.append(f.ref)
    assert got == refs[:6]
    assert _readers_gone()


def test_stopping_early_ends_the_reader_and_its_session(imap_account, store, filled, monkeypatch):
    closed = []
    real_close = ImapStore.close
    monkeypatch.setattr(ImapStore, "close", lambda self: closed.append(self) or real_close(self))
    refs = list(store.list_messages("INBOX", 0, None).refs)
    it = store.fetch("INBOX", refs)
    assert [next(it).ref for _ in range(2)] == refs[:2]
    it.close()
    assert _readers_gone()
    assert closed == [filled[0]]
    assert store.list_messages("INBOX", 0, None).refs == tuple(refs)   # the caller's session still works


def test_no_second_session_means_one_session_reads_all(imap_account, store, filled, monkeypatch):
    real_open = ImapStore.open

    def refused(self):
        filled.append(self)
        if self is not store:
            raise Unreachable("cannot connect: too many connections")
        real_open(self)

    monkeypatch.setattr(ImapStore, "open", refused)
    refs = list(store.list_messages("INBOX", 0, None).refs)
    got = list(store.fetch("INBOX", refs))
    assert len(filled) == 1                       # the second session was tried, and refused
    assert [f.ref for f in got] == refs and all(f.raw for f in got)


def test_a_typed_password_is_not_kept_for_a_second_session(imap_account, filled):
    from agent.credentials import Secret

    s = ImapStore(_account(imap_account), secret=Secret("password", imap_account.password))
    s.open()
    try:
        refs = list(s.list_messages("INBOX", 0, None).refs)
        assert [f.ref for f in s.fetch("INBOX", refs)] == refs
        assert filled == [s]
    finally:
        s.close()


# -- exactly once with the read-ahead on (a pass over more messages than READ_AHEAD_MIN) -----------
ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent


def _sources(dovecot, account) -> list[str]:
    import email

    return sorted(str(email.message_from_bytes(m.raw)["In-Reply-To"]) for m in dovecot.messages(account, "Drafts"))


def _mailbox(dovecot, imap_account) -> list[str]:
    ids = [f"<k{i}@n.example>" for i in range(10)]
    with dovecot.client(imap_account) as c:
        c.multiappend("INBOX", [rejection(m) if i % 3 == 0 else invite(m) for i, m in enumerate(ids)])
    return [m for i, m in enumerate(ids) if i % 3 == 0]


def test_kill_9_mid_pass_while_reading_ahead_drafts_nothing_twice(dovecot, imap_account, config_for):
    import subprocess
    import sys
    import textwrap

    from agent.cli import main

    rejections = _mailbox(dovecot, imap_account)
    cfg = config_for(imap_account)
    # batches of 2, read ahead from 4 messages on, a window per rejection (so messages are
    # settled while the reader is still reading); SIGKILL at the fifth message's record, after the
    # drafts of the first two rejections (k0, k3) were appended
    script = textwrap.dedent(f"""
        import os, signal
        from agent import scan
        from agent.state import State
        from agent.stores import imap
        imap.FETCH_BATCH, imap.READ_AHEAD_MIN, scan.WINDOW_REJECTIONS = 2, 4, 1
        real, seen = State.record_message, []
        def record(self, *a, **k):
            seen.append(1)
            if len(seen) == 5:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(self, *a, **k)
        State.record_message = record
        opened, real_open = [], imap.ImapStore.open
        def open_(self):
            opened.append(self)
            if len(opened) == 2:
                print("second session", flush=True)
            return real_open(self)
        imap.ImapStore.open = open_
        from agent.cli import main
        main(["--config", {str(cfg)!r}, "once"])
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    assert b"second session" in proc.stdout
    assert _sources(dovecot, imap_account) == rejections[:2]
    assert main(["--config", str(cfg), "once"]) == 0
    assert _sources(dovecot, imap_account) == sorted(rejections)     # each exactly once


def test_server_killed_while_reading_ahead_then_restarted(dovecot, imap_account, config_for, monkeypatch):
    from agent import scan
    from agent.config import load_config
    from agent.pipeline import Pipeline
    from agent.state import State

    rejections = _mailbox(dovecot, imap_account)
    monkeypatch.setattr(imap_mod, "FETCH_BATCH", 2)
    monkeypatch.setattr(imap_mod, "READ_AHEAD_MIN", 4)
    monkeypatch.setattr(scan, "WINDOW_REJECTIONS", 1)    # settled (and killed) while still reading
    config = load_config(config_for(imap_account))
    account = config.accounts["main"]
    pipeline = Pipeline.from_config(config)
    handled = []

    def crash_after_third(outcome):
        handled.append(outcome.key)
        if len(handled) == 3:
            dovecot.kill()

    try:
        with pytest.raises(Unreachable):
            scan.run_pass(account, config, pipeline, on_outcome=crash_after_third)
    finally:
        dovecot.start()
    assert _readers_gone()
    with State.open(config.daemon.state_dir) as st:
        assert st.last_pass("main").error
    scan.run_pass(account, config, pipeline)
    assert _sources(dovecot, imap_account) == sorted(rejections)
