"""The IDLE watcher against a real Dovecot: push arrives, wake-ups work, dead servers are noticed."""
from __future__ import annotations

import shlex
import sys
import threading
import time
from dataclasses import dataclass

import pytest

from agent.idle import IdleWatcher, Wakeup, connect

pytestmark = pytest.mark.dovecot

MSG = (b"From: hr@example.com\r\nTo: me@example.org\r\nSubject: hello\r\n"
       b"Message-ID: <idle-test@example.com>\r\n\r\nbody\r\n")


@dataclass(frozen=True)
class Acct:
    name: str
    host: str
    port: int
    security: str
    username: str
    password_command: object
    ca_file: str = ""
    oauth2_token_command: object = None
    folders: tuple = ("INBOX",)


def account(user, tls=False, password=None) -> Acct:
    pw = password or user.password
    cmd = f"printf '%s\\n' {shlex.quote(pw)}"
    if tls:
        return Acct("t", "localhost", user.imaps_port, "tls", user.username, cmd, ca_file=user.ca_file)
    return Acct("t", user.host, user.port, "none", user.username, [sys.executable, "-c", f"print({pw!r})"])


@pytest.mark.parametrize("tls", [False, True])
def test_new_mail_wakes_the_watcher(imap_account, dovecot, tls):
    client = connect(account(imap_account, tls=tls))
    assert IdleWatcher.supported(client)
    watcher = IdleWatcher(client, "INBOX")
    watcher.start()
    wake = Wakeup()
    try:
        threading.Timer(0.3, dovecot.append, (imap_account, "INBOX", MSG)).start()
        started = time.monotonic()
        result = watcher.wait(wake, timeout=30)
        assert result.reason == "mail"
        assert time.monotonic() - started < 30
        # nothing else happens: a bounded wait ends as "wake" (timeout), the connection stays usable
        assert watcher.wait(wake, timeout=0.5).reason == "wake"
        threading.Timer(0.2, wake.set).start()
        assert watcher.wait(wake, timeout=30).reason == "wake"
    finally:
        watcher.close()
        wake.close()
    # the watcher never set \Seen: it only EXAMINEs
    assert dovecot.messages(imap_account, "INBOX")[0].flags == frozenset()


def test_idle_is_renewed_and_still_delivers(imap_account, dovecot):
    client = connect(account(imap_account))
    watcher = IdleWatcher(client, "INBOX", renew_seconds=0.4)
    watcher.start()
    wake = Wakeup()
    try:
        assert watcher.wait(wake, timeout=1.5).reason == "wake"      # renewed ~3 times meanwhile
        dovecot.append(imap_account, "INBOX", MSG)
        assert watcher.wait(wake, timeout=30).reason == "mail"
    finally:
        watcher.close()
        wake.close()


@pytest.mark.parametrize("how", ["stop", "kill"])
def test_a_dead_server_is_noticed_not_waited_on_forever(imap_account, dovecot, how):
    client = connect(account(imap_account))
    watcher = IdleWatcher(client, "INBOX")
    watcher.start()
    wake = Wakeup()
    errors = []

    def watch():
        try:
            watcher.wait(wake, timeout=60)
            errors.append(None)
        except Exception as exc:  # noqa: BLE001 - the point: it must raise
            errors.append(exc)

    t = threading.Thread(target=watch)
    t.start()
    time.sleep(0.3)
    try:
        getattr(dovecot, how)()
        t.join(30)
        assert not t.is_alive(), "the watcher did not notice the server going away"
        assert errors and errors[0] is not None
    finally:
        dovecot.start()
        watcher.close(polite=False)
        wake.close()


def test_wrong_password_is_an_auth_failure_for_the_retry_policy(imap_account):
    from agent.daemon import AUTH, classify_error

    with pytest.raises(Exception) as err:
        connect(account(imap_account, password="wrong-password"))
    assert classify_error(err.value) == AUTH
    assert "wrong-password" not in str(err.value)


def test_waking_from_suspend_checks_the_connection_and_asks_for_a_pass(imap_account, monkeypatch):
    """Suspend stops the monotonic clock but not the wall clock; the watcher sees the jump."""
    import agent.idle as idle_mod

    real = idle_mod.time

    class Suspended:
        jump = 0.0

        @staticmethod
        def monotonic():
            return real.monotonic()

        @classmethod
        def time(cls):
            cls.jump += 60.0            # every look at the wall clock: another minute "asleep"
            return real.time() + cls.jump

    monkeypatch.setattr(idle_mod, "time", Suspended)
    monkeypatch.setattr(idle_mod, "SLICE_SECONDS", 0.2)
    client = connect(account(imap_account))
    watcher = IdleWatcher(client, "INBOX")
    watcher.start()
    wake = Wakeup()
    try:
        started = real.monotonic()
        assert watcher.wait(wake, timeout=30).reason == "mail"   # run a pass after waking up
        took = real.monotonic() - started
        assert took < 5, took
        monkeypatch.setattr(idle_mod, "time", real)
        assert watcher.wait(wake, timeout=0.3).reason == "wake"  # connection renewed and healthy
    finally:
        watcher.close()
        wake.close()


class FreezableProxy:
    """A TCP relay to Dovecot that can go silent without closing anything: a half-open
    connection, as after a Wi-Fi change or a NAT timeout (no FIN, no RST, just nothing)."""

    def __init__(self, port: int):
        import socket

        self.target = port
        self.frozen = threading.Event()
        self.closed = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        import select
        import socket

        client, _ = self.listener.accept()
        upstream = socket.create_connection(("127.0.0.1", self.target))
        pair = {client: upstream, upstream: client}
        while not self.closed.is_set():
            if self.frozen.is_set():
                time.sleep(0.05)
                continue
            readable, _, _ = select.select(list(pair), [], [], 0.05)
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    self.closed.set()
                    break
                pair[sock].sendall(data)
        for sock in pair:
            sock.close()

    def close(self):
        self.closed.set()
        self.listener.close()


def test_a_half_open_connection_is_noticed_at_the_idle_renewal(imap_account):
    proxy = FreezableProxy(imap_account.port)
    acct = account(imap_account)
    acct = Acct(acct.name, "127.0.0.1", proxy.port, "none", acct.username, acct.password_command)
    client = connect(acct, read_timeout=1.0)
    watcher = IdleWatcher(client, "INBOX", renew_seconds=0.5)
    watcher.start()
    wake = Wakeup()
    try:
        assert watcher.wait(wake, timeout=1.2).reason == "wake"     # renewals pass while it relays
        proxy.frozen.set()                                           # the server goes silent
        started = time.monotonic()
        with pytest.raises(Exception) as err:                        # DONE/NOOP unanswered: timeout
            watcher.wait(wake, timeout=30)
        assert time.monotonic() - started < 10
        from agent.daemon import NETWORK, classify_error
        assert classify_error(err.value) == NETWORK, repr(err.value)
    finally:
        proxy.close()
        watcher.close(polite=False)
        wake.close()
