"""IMAP IDLE on a dedicated watcher connection: "something changed, run a pass now".

Why a connection of its own: the pass (agent.scan) selects folders, searches and appends drafts on
its own connection. If IDLE shared that connection, mail arriving between the pass's last SEARCH
and the next IDLE would be announced to nobody. The watcher EXAMINEs (read-only, never sets \\Seen)
the watched folder and stays in IDLE, so every arrival after the watch began wakes the worker,
and the worker runs a pass after the watch is up, which covers everything before.

Dead connections are noticed in four ways, because imapclient's idle_check() returns [] both for
"nothing happened" and for "the server hung up":
- poll() says the socket is readable but nothing could be read: EOF, the server is gone;
- IDLE is re-issued every RENEW_SECONDS (RFC 2177 asks for < 29 min; imapclient's docs and NAT
  boxes suggest ~10) followed by a NOOP, both under the socket's read timeout;
- TCP keepalive makes the kernel report a peer that vanished (Wi-Fi gone, laptop moved);
- a jump of the wall clock against the monotonic clock means the machine slept: check at once.
"""
from __future__ import annotations

import logging
import os
import select
import socket
import time
from dataclasses import dataclass


log = logging.getLogger("nottoday.idle")

RENEW_SECONDS = 9 * 60
SLICE_SECONDS = 30.0          # how often the sleep detector looks at the clocks
SLEEP_JUMP_SECONDS = 20.0     # wall clock ran this much ahead of the monotonic one: we were asleep
GOODBYE_SECONDS = 3.0         # how long a polite DONE/LOGOUT may take before the socket is dropped
WAKE_READ_BYTES = 4096        # wake-up bytes drained from the pipe per read
# TCP keepalive: first probe after 60 s idle, then every 15 s, 4 unanswered: gone (~2 min)
KEEPALIVE = (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4))


class ConnectionLost(ConnectionError):
    """The server closed the connection or stopped answering."""


class Wakeup:
    """A self-pipe: any thread calls set(); a thread blocked in poll() on fileno() returns at once."""

    def __init__(self) -> None:
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)
        os.set_blocking(self._w, False)

    def fileno(self) -> int:
        return self._r

    def set(self) -> None:
        try:
            os.write(self._w, b"!")
        except BlockingIOError:  # pipe full: a wake-up is already pending
            pass
        except OSError:  # closed during shutdown
            pass

    def clear(self) -> bool:
        """Drain pending wake-ups; True if there was one."""
        woke = False
        while True:
            try:
                data = os.read(self._r, WAKE_READ_BYTES)
            except (BlockingIOError, OSError):
                return woke
            if not data:
                return woke
            woke = True

    def wait(self, timeout: float | None) -> bool:
        """Block until set() or timeout; True if woken (the wake-up is consumed)."""
        poller = select.poll()
        poller.register(self._r, select.POLLIN)
        poller.poll(None if timeout is None else max(0, timeout) * 1000)
        return self.clear()

    def close(self) -> None:
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass


def _keepalive(sock: socket.socket) -> None:
    """Let the kernel notice a vanished peer within ~2 minutes instead of hours."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        for name, value in KEEPALIVE:
            if hasattr(socket, name):
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)
    except OSError:
        pass


def connect(account, read_timeout: float | None = None):
    """A logged-in IMAPClient for `account`, opened exactly as a pass opens its store (same TLS,
    same errors). The password/token command runs anew on each call: OAuth2 tokens expire.
    read_timeout bounds every wait for a reply (DONE, NOOP): how long a silent server may take."""
    from .stores.imap import ImapStore

    store = ImapStore(account) if read_timeout is None else ImapStore(account, timeout=read_timeout)
    store.open()
    _keepalive(store.client.socket())
    return store.client


def close(client, polite: bool = True) -> None:
    """End a session; never raises. polite=False just drops the socket (fast, for shutdown)."""
    if client is None:
        return
    try:
        if polite:
            client.socket().settimeout(GOODBYE_SECONDS)
            client.logout()
        else:
            client.shutdown()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            pass


def _has_news(responses) -> bool:
    """EXISTS/RECENT among untagged responses means new mail; BYE means the server is leaving."""
    news = False
    for resp in responses or ():
        if isinstance(resp, tuple) and resp and resp[0] == b"BYE":
            raise ConnectionLost("the server said goodbye (BYE)")
        if isinstance(resp, tuple) and len(resp) >= 2 and resp[1] in (b"EXISTS", b"RECENT"):
            news = True
    return news


@dataclass(frozen=True)
class WaitResult:
    reason: str           # "mail": new messages; "wake": woken or timed out


class IdleWatcher:
    """One connection in IDLE on one folder. wait() returns when there is something to do."""

    def __init__(self, client, folder: str, renew_seconds: float = RENEW_SECONDS):
        self.client = client
        self.folder = folder
        self.renew_seconds = renew_seconds
        self._idling = False
        self._since = 0.0

    @staticmethod
    def supported(client) -> bool:
        return client.has_capability("IDLE")

    def start(self) -> None:
        """EXAMINE the folder and enter IDLE. Any EXISTS that came with the IDLE reply is kept
        for the next wait() (imaplib files such early lines under untagged_responses)."""
        self.client.select_folder(self.folder, readonly=True)
        self._enter()

    def _enter(self) -> None:
        self.client._imap.untagged_responses.clear()
        self.client.idle()
        self._idling = True
        self._since = time.monotonic()

    def _early_news(self) -> bool:
        pending = self.client._imap.untagged_responses
        news = bool(pending.get("EXISTS") or pending.get("RECENT"))
        pending.clear()
        return news

    def _renew(self) -> bool:
        """Leave IDLE, prove the connection alive with NOOP, enter IDLE again.
        Returns True if news came with DONE or NOOP (they must not be dropped on the floor)."""
        news = self._leave()
        _text, responses = self.client.noop()
        news = _has_news(responses) or news
        self._enter()
        return news

    def _leave(self) -> bool:
        if not self._idling:
            return False
        self._idling = False
        _text, responses = self.client.idle_done()
        return _has_news(responses)

    def wait(self, wake: Wakeup, timeout: float | None = None) -> WaitResult:
        """Block until new mail, a wake-up, or `timeout`; renews IDLE as needed on the way.

        Returns "mail" when the folder got new messages, "wake" on a wake-up or timeout.
        Raises ConnectionLost (or the socket/imaplib error) when the connection is dead.
        """
        if self._early_news():
            return WaitResult("mail")
        sock = self.client.socket()
        poller = select.poll()
        poller.register(sock.fileno(), select.POLLIN | select.POLLPRI)
        poller.register(wake.fileno(), select.POLLIN)
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            now = time.monotonic()
            if end is not None and now >= end:
                return WaitResult("wake")
            if now - self._since >= self.renew_seconds:
                log.debug("%s: re-issuing IDLE", self.folder)
                if self._renew() or self._early_news():
                    return WaitResult("mail")
                continue
            span = min(SLICE_SECONDS, self.renew_seconds - (now - self._since))
            if end is not None:
                span = min(span, end - now)
            wall0, mono0 = time.time(), time.monotonic()
            events = dict(poller.poll(max(0.0, span) * 1000))
            if wake.fileno() in events:
                wake.clear()
                return WaitResult("wake")
            if sock.fileno() in events:
                if events[sock.fileno()] & (select.POLLERR | select.POLLHUP | select.POLLNVAL):
                    raise ConnectionLost("the connection was closed")
                responses = self.client.idle_check(timeout=0)
                if not responses:
                    # Readable yet nothing to read: EOF. (Or half a TLS record: the NOOP decides.)
                    if self._renew():
                        return WaitResult("mail")
                    continue
                if _has_news(responses):
                    return WaitResult("mail")
                continue
            slept = (time.time() - wall0) - (time.monotonic() - mono0)
            if slept > SLEEP_JUMP_SECONDS:
                log.info("%s: the computer was asleep for about %d s; checking the connection",
                         self.folder, slept)
                self._renew()
                return WaitResult("mail")  # run a pass: mail may have come while asleep

    def close(self, polite: bool = True) -> None:
        if polite:
            try:
                self.client.socket().settimeout(GOODBYE_SECONDS)
                self._leave()
            except Exception:
                polite = False
        close(self.client, polite=polite)
