"""An IMAP mailbox through imapclient: read-only scanning, drafts appended, nothing else.

Read-only by construction: folders are EXAMINEd (`select_folder(readonly=True)`) and messages
fetched with BODY.PEEK[] only, so not even \\Seen changes. TLS is verified by default
(`ssl.create_default_context(cafile=ca_file or None)`); plaintext (`security = "none"`) is only
allowed to a loopback host.

Failures become errors with one clear line and no secret, typed for the daemon's retry policy:
`Unreachable` (an OSError: network, retry soon), `LoginFailed` (a CredentialError: retry
slowly), plain `UserError` (certificate, missing folder: the user must act).

The server is untrusted too. Every network operation (connect + login, each command) has an
overall deadline, not just a per-read timeout: a server dripping a byte every few seconds would
otherwise hold a pass for ever. When it passes, a watchdog shuts the socket down, which ends any
blocked read or write at once. Sizes are enforced on what is actually read: a literal is refused
*before* it is read when it would take the command past MAX_MESSAGE_BYTES (whatever RFC822.SIZE
said), and so is a line over imaplib's 1 MB. Either leaves the connection out of step, so it is
dropped; in a FETCH of bodies the store then reconnects and reads the batch one message at a
time, and the one whose literal is refused is "larger than 50 MB" for good. A FETCH response
without the body, or for a UID not asked, never gives a message its bytes: the UID asked is a
`transient` failure (the scanner retries it later), or gone for good if a UID SEARCH no longer
finds it.
"""
from __future__ import annotations

import ast
import contextlib
import dataclasses
import email.parser
import email.policy
import imaplib
import logging
import queue
import socket
import ssl
import sys
import threading
import time
from datetime import datetime, timezone
from typing import Iterator

from imapclient import IMAPClient
from imapclient.datetime_util import format_criteria_date
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imap4 import IMAP4WithTimeout
from imapclient.imapclient import SocketTimeout
from imapclient.tls import IMAP4_TLS

from ..config import is_loopback
from ..credentials import login_secret
from ..errors import CredentialError, UserError
from .base import (COMMON_SENT, DRAFT_FLAGS, INDEX_FIELDS, Fetched, HeaderInfo, Listing,
                   MailStore, Ref, header_info, matches)
from .fetchparse import parse_esearch, parse_fetch
from .textparts import header_plan, multipart_boundary, part_key, rebuild, text_plan

log = logging.getLogger("nottoday.imap")

CONNECT_TIMEOUT = 15.0
READ_TIMEOUT = 60.0
OPERATION_TIMEOUT = 120.0      # seconds one command (or connect + login) may take in all
MIN_TRANSFER_RATE = 64 * 1024  # bytes/s: a FETCH of big messages gets size / this more time
CLOSE_TIMEOUT = 3.0            # LOGOUT is a courtesy: never wait long for it
FETCH_BATCH = 500         # UIDs per batch of FETCHes (bodies go in byte-bounded groups): each batch
                          # costs ~10 commands (SEARCHes, FETCHes by shape) and their tagged answers
READ_AHEAD_MIN = 500      # messages to read before a second session reads ahead (fetch)
INDEX_BATCH = 500          # header-only fetches are small: many UIDs per round trip
FETCH_BATCH_BYTES = 16 * 1024 * 1024   # declared sizes per body FETCH: a few big ones go alone
SMALL_MESSAGE = 32 * 1024  # at most this (SEARCH LARGER says which are not): no RFC822.SIZE asked
MAX_MESSAGE_BYTES = 50 * 1024 * 1024   # bigger is not a rejection email; never load it
LITERAL_MARGIN = 64 * 1024             # literals one command may bring beyond MAX_MESSAGE_BYTES
MAX_LINE_BYTES = imaplib._MAXLINE      # imaplib refuses longer lines (1 MB)
COMMON_DRAFTS = ("Drafts", "INBOX.Drafts", "INBOX/Drafts", "[Gmail]/Drafts", "[Google Mail]/Drafts",
                 "Draft", "Entwürfe", "INBOX.Entwürfe", "Brouillons", "Borradores", "Bozze", "Rascunhos")


class Unreachable(ConnectionError):
    """The server could not be reached or dropped us (network trouble: worth retrying soon)."""


class LoginFailed(CredentialError):
    """The server refused the username/password or token."""


# What to check when the server refuses a login, by where the secret came from
LOGIN_HINTS = {
    "oauth2": "check the username, and that oauth2_token_command prints a valid access token for it",
    "typed": "check the username and the password you typed",
    "command": "check the username, and that password_command prints the right password",
    "keyring": "check the username, and store the right password with `nottoday login {name}`",
}
REFUSED_HINT = "; check host and port in the config, and that the IMAP server is running there"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.gaierror):
        return f"host not found ({exc.strerror or exc})"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "timed out"
    text = getattr(exc, "strerror", None) or _text(str(exc)) or type(exc).__name__
    return text.strip().splitlines()[0][:200]


def _text(value) -> str:
    """Server text as words: bytes decoded, and imaplib's errors, which arrive as the repr of
    bytes ("b'[AUTHENTICATIONFAILED] ...'"), unwrapped."""
    if isinstance(value, str) and len(value) > 2 and value[:2] in ("b'", 'b"') and value[-1] == value[1]:
        try:
            value = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            pass
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def ssl_context(ca_file: str) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=ca_file or None)


class _Refused(Exception):
    """The server sent something nottoday will not read; the connection is out of step now.
    Deliberately not an imaplib error, so imaplib and imapclient let it through unchanged."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class _TooLarge(_Refused):
    """A literal that would take the command past MAX_MESSAGE_BYTES (refused unread)."""


def _literal_limit() -> int:
    return MAX_MESSAGE_BYTES + LITERAL_MARGIN


class _Watchdog:
    """The deadline of the operation in progress on one connection. When it passes, the socket
    is shut down (by descriptor, so it works mid TLS handshake too): any blocked read or write
    returns at once. Also counts the literal bytes the operation has been offered.

    One watcher thread per connection, started with its first operation and re-armed by each
    (a thread per command cost more than the command itself on a loaded machine); it ends when
    the connection closes (disarm) and starts again should another operation follow."""

    def __init__(self) -> None:
        self.fd = -1
        self.fired = False
        self.literal_bytes = 0
        self._lock = threading.Lock()  # a descriptor is never shut down once it may be closed
        self._cond = threading.Condition(threading.Lock())
        self._deadline: float | None = None   # time.monotonic() of the operation's end
        self._done = False                    # the connection closed: the watcher thread ends
        self._thread: threading.Thread | None = None

    def arm(self, fd: int) -> None:
        with self._lock:
            self.fd = fd

    def disarm(self) -> None:
        """The connection is closing: its descriptor number may soon belong to something else."""
        with self._lock:
            self.fd = -1
        with self._cond:
            self._done = True
            self._cond.notify()

    @contextlib.contextmanager
    def running(self, seconds: float):
        self.fired = False
        self.literal_bytes = 0
        with self._cond:
            self._deadline = time.monotonic() + seconds
            self._done = False
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="imap-deadline", daemon=True)
                self._thread.start()
            self._cond.notify()
        try:
            yield
        finally:
            with self._cond:
                self._deadline = None

    def _watch(self) -> None:
        with self._cond:
            while not self._done:
                if self._deadline is None:
                    self._cond.wait()
                    continue
                left = self._deadline - time.monotonic()
                if left > 0:
                    self._cond.wait(left)
                    continue
                self._deadline = None
                self._fire()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            if self.fd < 0:
                return
            try:
                sock = socket.socket(fileno=self.fd)
            except OSError:
                return
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            finally:
                sock.detach()  # the connection's own socket object still owns the descriptor


class _Bounded:
    """imaplib's reads, checked: literals against the operation's byte budget before they are
    read (imaplib reads a literal with read(size) right after parsing `{size}`), lines against
    MAX_LINE_BYTES."""

    watchdog: _Watchdog

    def read(self, size: int) -> bytes:
        w = self.watchdog
        w.literal_bytes += size
        if w.literal_bytes > _literal_limit():
            raise _TooLarge(f"a {_mb(size)} literal (over the {MAX_MESSAGE_BYTES // 2**20} MB limit)")
        return super().read(size)

    def readline(self) -> bytes:
        try:
            return super().readline()
        except imaplib.IMAP4.error:
            raise _Refused(f"a line longer than {_mb(MAX_LINE_BYTES)}") from None

    def _remember(self, sock: socket.socket) -> socket.socket:
        self.watchdog.arm(sock.fileno())
        _no_delay(sock)
        return sock

    def shutdown(self) -> None:  # every close of the connection comes through here
        self.watchdog.disarm()
        super().shutdown()


class _PlainIMAP4(_Bounded, IMAP4WithTimeout):
    def __init__(self, watchdog: _Watchdog, host: str, port: int, timeout: float | None) -> None:
        self.watchdog = watchdog
        super().__init__(host, port, timeout)

    def _create_socket(self, timeout=None):
        return self._remember(super()._create_socket(timeout))


class _TlsIMAP4(_Bounded, IMAP4_TLS):
    def __init__(self, watchdog: _Watchdog, host: str, port: int, context, timeout: float | None) -> None:
        self.watchdog = watchdog
        super().__init__(host, port, context, timeout)

    def _create_socket(self, timeout=None):
        raw = self._remember(socket.create_connection(
            (self.host, self.port), timeout=timeout if timeout is not None else self._timeout))
        try:
            return self.ssl_context.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            self.watchdog.disarm()
            raw.close()
            raise


class _Client(IMAPClient):
    """IMAPClient over the checked imaplib connections above."""

    def __init__(self, watchdog: _Watchdog, *args, **kwargs) -> None:
        self._watchdog = watchdog
        super().__init__(*args, **kwargs)
        # imapclient sets imaplib's debug level to 5 and sends its messages to a logger that
        # agent.logs keeps at WARNING: imaplib still formatted a repr of every line, every regex
        # match and every response's data, literals included, to be dropped (a sixth of the
        # CPU of reading a first pass). Only when that logger would show them are they made.
        if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
            self._imap.debug = 0

    def _create_IMAP4(self):
        connect = getattr(self._timeout, "connect", None)
        if self.ssl:
            return _TlsIMAP4(self._watchdog, self.host, self.port, self.ssl_context, connect)
        return _PlainIMAP4(self._watchdog, self.host, self.port, connect)


def _no_delay(sock: socket.socket) -> None:
    """TCP_NODELAY: imapclient sends a command in pieces (the line, then CRLF) and every
    command waits for its answer, so with Nagle the last piece waits for the server's delayed
    ACK — about 40 ms added to each SEARCH or FETCH it sends, on any network."""
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:
        pass


def _mb(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 10**6 else f"{size} bytes"


class ImapStore(MailStore):
    """One logged-in IMAP session for one account (`AccountConfig`); a long `fetch` opens a
    second one for the time it reads ahead (`_read_ahead`)."""

    kind = "imap"

    def __init__(self, account, timeout: float = READ_TIMEOUT, secret=None,
                 deadline: float | None = None) -> None:
        self.account = account
        self._secret = secret  # a credentials.Secret to try instead of the configured one (login)
        self._typed = secret is not None   # a typed secret is forgotten after login: no second session
        self.timeout = timeout  # for one read; `deadline` for a whole operation
        self.deadline = float(deadline or getattr(account, "command_timeout", 0) or OPERATION_TIMEOUT)
        self.client: IMAPClient | None = None
        self._watchdog = _Watchdog()
        self._uidvalidity: dict[str, int] = {}
        self._selected: str | None = None
        self._status: dict[str, tuple[int, int]] = {}     # folder -> (UIDVALIDITY, UIDNEXT) by STATUS
        self._drafts: str | None = None
        self._folders: list[tuple[tuple[str, ...], str]] | None = None
        self._indexes: dict[str, list[HeaderInfo]] = {}   # only for servers without SEARCH HEADER
        self._numbers: dict[int, int] | None = None   # {sequence number: UID} while a batch is read
        self._uidnext: dict[str, int] = {}                  # the last EXAMINE's UIDNEXT per folder
        # the owner's mail per (folder, senders): UID -> headers, and the UIDs below which it is complete
        self._owner_mail: dict[tuple[str, frozenset[str]], tuple[dict[int, HeaderInfo], int]] = {}

    @property
    def where(self) -> str:
        return f"{self.account.host}:{self.account.port}"

    # --- session -----------------------------------------------------------------------
    def open(self) -> None:
        a = self.account
        if a.security not in ("tls", "starttls", "none"):
            raise UserError(f"account {a.name}: security must be tls, starttls or none, not {a.security!r}")
        if a.security == "none" and not is_loopback(a.host):
            raise UserError(f"account {a.name}: security = \"none\" sends the password in clear text; "
                            f"it is only allowed to localhost, not {a.host}: use tls or starttls")
        self._watchdog = w = _Watchdog()  # a fresh one per connection: never shuts an old socket
        with w.running(self.deadline):  # connect, greeting, TLS and login: one deadline
            try:
                client = self._connect(a, w)
                try:
                    if a.security == "starttls":
                        self._starttls(client)
                    self._login(client)
                except BaseException as exc:
                    if w.fired or isinstance(exc, _Refused):
                        client.shutdown()
                    else:
                        _quiet_close(client)
                    raise
            except (Unreachable, LoginFailed, _Refused, OSError) as exc:
                if w.fired:  # imapclient reports any failure during LOGIN as a refused login
                    raise Unreachable(f"cannot connect to {self.where}: no answer within "
                                      f"{self.deadline:.0f} s (connect and log in)") from None
                if isinstance(exc, _Refused):
                    raise Unreachable(f"cannot connect to {self.where}: the server sent {exc.what}") from None
                raise
        self.client = client

    def _connect(self, a, w: _Watchdog) -> IMAPClient:
        timeout = SocketTimeout(connect=min(CONNECT_TIMEOUT, self.deadline), read=self.timeout)
        try:
            if a.security == "tls":
                return _Client(w, a.host, port=a.port, ssl=True, ssl_context=ssl_context(a.ca_file),
                               timeout=timeout)
            return _Client(w, a.host, port=a.port, ssl=False, timeout=timeout)
        except ssl.SSLCertVerificationError as exc:
            raise self._cert_error(exc) from None
        except ssl.SSLError as exc:
            raise Unreachable(f"cannot connect to {self.where}: TLS failed ({_reason(exc)}); "
                              "is this the IMAPS port (993)? For port 143 use security = \"starttls\"") from None
        except (OSError, IMAPClientError) as exc:
            raise Unreachable(f"cannot connect to {self.where}: {_reason(exc)}"
                              + (REFUSED_HINT if isinstance(exc, ConnectionRefusedError) else "")) from None

    def _cert_error(self, exc: ssl.SSLCertVerificationError) -> UserError:
        why = getattr(exc, "verify_message", "") or _reason(exc)
        return UserError(f"account {self.account.name}: certificate of {self.where} not trusted ({why}): "
                         "set ca_file to the CA certificate that signed it, or fix the host name")

    def _starttls(self, client: IMAPClient) -> None:
        try:
            if b"STARTTLS" not in client.capabilities():
                raise UserError(f"account {self.account.name}: {self.where} does not offer STARTTLS; "
                                "use security = \"tls\" (port 993)")
            client.starttls(ssl_context(self.account.ca_file))
        except ssl.SSLCertVerificationError as exc:
            raise self._cert_error(exc) from None
        except (OSError, IMAPClientError) as exc:
            raise Unreachable(f"cannot connect to {self.where}: STARTTLS failed ({_reason(exc)})") from None

    def _login(self, client: IMAPClient) -> None:
        a = self.account
        secret = self._secret or login_secret(a)  # raises CredentialError with an actionable message
        try:
            if secret.kind == "oauth2":
                client.oauth2_login(a.username, secret.value)
            else:
                client.login(a.username, secret.value)
        except LoginError as exc:
            if isinstance(exc.__context__, imaplib.IMAP4.abort):
                # imapclient wraps a dropped connection as LoginError: a server restarting
                # mid-login is trouble to retry soon, not a wrong password
                why = _text(str(exc.__context__)).replace(secret.value, "<hidden>")
                raise Unreachable(f"cannot connect to {self.where}: the server closed the connection "
                                  f"while logging in ({why.splitlines()[0][:200] if why else 'no reason given'})"
                                  ) from None
            server = _text(exc.args[0] if exc.args else "").replace(secret.value, "<hidden>")[:200]
            source = ("oauth2" if secret.kind == "oauth2" else "typed" if self._secret is not None
                      else "command" if a.password_command else "keyring")
            raise LoginFailed(f"login failed for {a.username} on {a.host}: "
                              + LOGIN_HINTS[source].format(name=a.name)
                              + (f"; server said: {server}" if server else "")) from None
        except (OSError, IMAPClientError) as exc:
            raise Unreachable(f"cannot connect to {self.where}: {_reason(exc)}") from None
        finally:
            del secret
            self._secret = None

    def close(self) -> None:
        if self.client is not None:
            with self._watchdog.running(CLOSE_TIMEOUT):
                _quiet_close(self.client)
        self._drop()

    def _drop(self) -> None:
        """Forget the connection without a word to the server (it is out of step or dead)."""
        if self.client is not None:
            try:
                self.client.shutdown()
            except Exception:
                pass
        self.client = None
        self._selected = None
        self._numbers = None

    @contextlib.contextmanager
    def _op(self, doing: str, size: int = 0, reads_bodies: bool = False):
        """One network operation under one deadline (longer by `size` bytes at MIN_TRANSFER_RATE).
        A dropped, stalled or misbehaving connection becomes one clear Unreachable line (retry
        soon) and is dropped; `reads_bodies`: a refused literal (_TooLarge) is left to the caller."""
        seconds = self.deadline + size / MIN_TRANSFER_RATE
        w = self._watchdog
        with w.running(seconds):
            try:
                yield
            except _TooLarge:
                self._drop()
                if reads_bodies:
                    raise
                raise Unreachable(f"{self.where} sent a literal over the {MAX_MESSAGE_BYTES // 2**20} MB "
                                  f"limit while {doing}; connection dropped") from None
            except (OSError, imaplib.IMAP4.abort, EOFError, _Refused) as exc:
                self._drop()
                if w.fired:
                    raise Unreachable(f"{self.where} timed out after {seconds:.0f} s while {doing}") from None
                if isinstance(exc, _Refused):
                    raise Unreachable(f"{self.where} sent {exc.what} while {doing}; "
                                      "connection dropped") from None
                raise Unreachable(f"connection to {self.where} lost while {doing}: {_reason(exc)}") from None
        if w.fired:  # it finished just as time ran out: the socket is shut down all the same
            self._drop()
            raise Unreachable(f"{self.where} timed out after {seconds:.0f} s while {doing}")

    _guard = _op  # the older name, still used by some callers

    def _c(self) -> IMAPClient:
        if self.client is None:
            raise RuntimeError("ImapStore used before open()")
        return self.client

    # --- folders -------------------------------------------------------------------------
    def folders(self) -> list[tuple[tuple[str, ...], str]]:
        """(flags, name) of every folder; names decoded from modified UTF-7 by imapclient."""
        if self._folders is None:
            with self._op("listing folders"):
                listed = self._c().list_folders()
            self._folders = [(tuple(_text(f) for f in flags), _text(name)) for flags, _delim, name in listed]
        return self._folders

    def capabilities(self) -> tuple[str, ...]:
        with self._op("asking for capabilities"):
            return tuple(_text(c) for c in self._c().capabilities())

    def _examine(self, folder: str) -> dict:
        try:
            with self._op(f"opening {folder}"):
                info = self._c().select_folder(folder, readonly=True)
        except IMAPClientError as exc:
            raise UserError(f"account {self.account.name}: cannot open folder {folder!r}: "
                            f"{_reason(exc)}; check `folders` in the config (`nottoday doctor` lists them)") from None
        self._selected = folder
        self._numbers = None
        if self._uidvalidity.get(folder) != _int(info.get(b"UIDVALIDITY")):
            self._owner_mail = {k: v for k, v in self._owner_mail.items() if k[0] != folder}
        self._uidvalidity[folder] = _int(info.get(b"UIDVALIDITY"))
        self._uidnext[folder] = _int(info.get(b"UIDNEXT"))
        return info

    def uidvalidity(self, folder: str) -> int:
        """UIDVALIDITY (and UIDNEXT, kept for list_messages) by one STATUS, without selecting the
        folder. (Also where a folder's pass starts: the owner's mail kept for it is read afresh.)"""
        self._owner_mail = {k: v for k, v in self._owner_mail.items() if k[0] != folder}
        try:
            with self._op(f"opening {folder}"):
                st = self._c().folder_status(folder, ["UIDVALIDITY", "UIDNEXT"])
        except IMAPClientError:   # refused (a missing folder, a server without STATUS): EXAMINE says why
            st = {}
        uidvalidity, uidnext = _int(st.get(b"UIDVALIDITY")), _int(st.get(b"UIDNEXT"))
        if not uidvalidity:
            return int(self._examine(folder).get(b"UIDVALIDITY", 0))
        self._status[folder] = (uidvalidity, uidnext)
        return uidvalidity

    def list_messages(self, folder: str, after_uid: int, since: datetime | None) -> Listing:
        """UID SEARCH for what is new — unless UIDNEXT already says nothing is: an idle poll then
        costs the same on 100,000 messages as on 10. The STATUS that `uidvalidity()` just sent
        answers it, and the folder is not even selected: Dovecot takes longer for an EXAMINE
        the bigger the folder, much longer after a LIST (1 -> 19 ms for 20,000 messages), while
        a STATUS stays at 0.1-0.2 ms."""
        uidvalidity, uidnext = self._status.pop(folder, (0, 0))
        if uidvalidity and 0 < uidnext <= after_uid + 1:   # also an empty folder never read (UIDNEXT 1)
            return Listing(uidvalidity, (), ordered=True, uidnext=uidnext)
        info = self._examine(folder)
        uidnext = _int(info.get(b"UIDNEXT"))
        if 0 < uidnext <= after_uid + 1:   # also an empty folder never read (UIDNEXT 1)
            return Listing(int(info.get(b"UIDVALIDITY", 0)), (), ordered=True, uidnext=uidnext)
        criteria: list = []
        if after_uid > 0:
            criteria += ["UID", f"{after_uid + 1}:*"]
        if since is not None:
            criteria += ["SINCE", since.date()]
        with self._op(f"searching {folder}"):
            uids = self._search_all(criteria or ["ALL"])
        refs = tuple(sorted(u for u in uids if u > after_uid))  # "n:*" always matches the last one
        return Listing(int(info.get(b"UIDVALIDITY", 0)), refs, ordered=True, uidnext=uidnext)

    def _search_all(self, criteria: list) -> list[int]:
        """UID SEARCH: with ESEARCH (RFC 4731) as RETURN (ALL), whose answer is a compact set
        (1:10000) where a plain SEARCH lists every UID (~5 bytes each)."""
        client = self._c()
        if client.has_capability("ESEARCH"):
            imap = client._imap
            args = [c if isinstance(c, str) else format_criteria_date(c) for c in criteria]
            imap.untagged_responses.pop("ESEARCH", None)
            try:
                typ, _data = imap.uid("SEARCH", "RETURN", "(ALL)", *args)
            except imaplib.IMAP4.abort:
                raise
            except IMAPClientError:
                typ = "BAD"
            found = parse_esearch(imap.untagged_responses.pop("ESEARCH", []), uid=True)
            if typ == "OK" and found is not None:
                return found
        return client.search(criteria)

    def change_token(self, folder: str) -> str | None:
        """UIDVALIDITY, UIDNEXT and MESSAGES by one STATUS (no SELECT, nothing that grows with
        the folder): while all three stay the same, no message was added or expunged — an
        expunge lowers MESSAGES, and only an append, which raises UIDNEXT, could make up for it."""
        try:
            with self._op(f"asking for the status of {folder}"):
                st = self._c().folder_status(folder, ["UIDVALIDITY", "UIDNEXT", "MESSAGES"])
        except IMAPClientError:
            return None
        values = [_int(st.get(k)) for k in (b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES")]
        return ":".join(map(str, values)) if all(values[:2]) else None

    def fetch(self, folder: str, refs: list[Ref]) -> Iterator[Fetched]:
        """What detection needs of each message (agent.stores.textparts): per batch one FETCH of
        RFC822.SIZE and the header (FLAGS are asked only for rejections: DraftBox.prepare); the plan of a one-part message is read from its
        header, a multipart one's from its BODYSTRUCTURE (one FETCH for those); then the text
        parts of messages shaped alike in one FETCH each; never an attachment. A message whose
        structure gives no plan is read whole (BODY.PEEK[]), under the size limits.

        A long run of messages (a first pass) is read ahead by a second session in a thread
        (`_read_ahead`), so that the server prepares the next batch while this process
        classifies the last one; same messages, same order, same failures."""
        uids = [int(r) for r in refs]
        ahead = self._second_session(folder) if len(uids) >= READ_AHEAD_MIN else None
        if ahead is not None:
            yield from _read_ahead(ahead, folder, uids)
            return
        for i in range(0, len(uids), FETCH_BATCH):
            yield from self._fetch_batch(folder, uids[i:i + FETCH_BATCH])

    def _second_session(self, folder: str) -> "ImapStore | None":
        """A session of its own on `folder` for `_read_ahead`, or None: no second login with a
        typed password (it is not kept), none when the folder is not the one this session
        listed (UIDVALIDITY), and none when the server will not have it (a connection limit,
        a refused login): this session then reads as before."""
        expected = self._uidvalidity.get(folder)
        if self._typed or not expected:
            return None
        other = ImapStore(self.account, self.timeout, deadline=self.deadline)
        try:
            other.open()
            other._examine(folder)
        except Exception as exc:  # noqa: BLE001 - any refusal: read on this session instead
            log.debug("%s: no second session to read %s ahead (%s)", self.where, folder, _reason(exc))
            other._drop()
            return None
        if other._uidvalidity.get(folder) != expected:
            other.close()
            return None
        return other

    def _fetch_batch(self, folder: str, batch: list[int], by_number: bool = True) -> list[Fetched]:
        """One batch of `fetch`: a Fetched per UID of `batch`, in its order. Its FETCHes name the
        messages by sequence number when `_numbers` could map them (the answers then carry no
        UID: ~9 bytes a response); should the mapping be in doubt afterwards, the batch is read
        again by UID."""
        if self._selected != folder:  # the caller may have searched Drafts or Sent meanwhile
            self._examine(folder)
        small = self._small(folder, batch)
        self._numbers = self._map_numbers(folder, batch) if by_number else None
        try:
            out = self._read_batch(folder, batch, small)
            if self._numbers is not None and self._map_numbers(folder, batch) != self._numbers:
                raise _Renumbered()
        except _Renumbered:
            log.info("%s: %s changed while it was read (messages expunged); reading the batch by UID",
                     self.where, folder)
            self._numbers = None
            return self._fetch_batch(folder, batch, by_number=False)
        finally:
            self._numbers = None
        return out

    def _map_numbers(self, folder: str, batch: list[int]) -> dict[int, int] | None:
        """{sequence number: UID} of `batch`, from one SEARCH RETURN (ALL) UID set (ESEARCH,
        RFC 4731: a compact answer): sequence numbers run in UID order, so the n-th number found
        is the n-th UID — when every UID of the batch was found. None without ESEARCH, or when
        a UID is missing (expunged: the batch is read by UID, as before)."""
        client = self._c()
        if not client.has_capability("ESEARCH"):
            return None
        imap = client._imap
        with self._op(f"searching {folder}"):
            try:
                imap.untagged_responses.pop("ESEARCH", None)
                typ, _data = imap.search(None, "RETURN", "(ALL)", "UID", _message_set(batch))
            except imaplib.IMAP4.abort:
                raise
            except IMAPClientError:
                return None
        numbers = parse_esearch(imap.untagged_responses.pop("ESEARCH", []), uid=False)
        wanted = sorted(set(batch))
        if typ != "OK" or numbers is None or len(numbers) != len(wanted):
            return None
        imap.untagged_responses.pop("EXPUNGE", None)   # told before the SEARCH: the numbers reflect it
        return dict(zip(numbers, wanted))

    def _read_batch(self, folder: str, batch: list[int], small: set[int]) -> list[Fetched]:
        limit = MAX_MESSAGE_BYTES
        meta, headers, small = self._first_look(folder, batch, small)
        declared = {u: _small_size() if u in small else _int(meta.get(u, {}).get(b"RFC822.SIZE")) for u in batch}
        got = {u: Fetched(u, None, f"larger than {limit // 2**20} MB")
               for u in batch if declared[u] > limit}   # not a letter: not even its text
        plans = {}
        ask: dict[str, list[int]] = {"BODY": [], "BODYSTRUCTURE": []}
        multipart: dict[int, tuple[bytes, bytes]] = {}
        for u in batch:
            if u in got:
                continue
            if u in headers:
                plans[u] = header_plan(headers[u], declared[u])
                if plans[u] is None:
                    found = multipart_boundary(headers[u])
                    if found:   # BODY first (no extension data: ~40% shorter), BODYSTRUCTURE if need be
                        multipart[u] = found
                    ask["BODY" if found else "BODYSTRUCTURE"].append(u)
            else:
                plans[u] = text_plan(meta.get(u, {}).get(b"BODYSTRUCTURE"))
        for item, uids in ask.items():
            if uids:
                with self._op(f"reading {folder}"):
                    structures = self._fetch_items(uids, [item])
                for u in uids:
                    structure = structures.get(u, {}).get(item.encode())
                    if item == "BODY":
                        # no attachment among alternatives: a text part in one needs no disposition;
                        # any other text part does (the second round, BODYSTRUCTURE)
                        subtype, boundary = multipart[u]
                        plans[u] = text_plan(structure, boundary, rendered_only=subtype != b"alternative")
                        if plans[u] is None and subtype != b"alternative":
                            ask["BODYSTRUCTURE"].append(u)
                    else:
                        plans[u] = text_plan(structure)
        shapes: dict[tuple, list[int]] = {}
        for u in batch:
            if plans.get(u) is not None:
                shapes.setdefault((u in headers, plans[u].items), []).append(u)
        for uids in shapes.values():
            estimate = {u: plans[u].estimate() for u in uids}
            for group in _groups(uids, estimate):
                got.update(self._text_parts(folder, group, plans, estimate, headers))
        for group in _groups([u for u in batch if u not in got], declared):
            got.update(self._bodies(folder, group, declared))
        out = []
        for uid in batch:
            flags = meta.get(uid, {}).get(b"FLAGS")
            out.append(got[uid] if flags is None else dataclasses.replace(
                got[uid], flags=frozenset(_text(f) for f in flags)))
        return out


    def _first_look(self, folder: str, batch: list[int], small: set[int]) -> tuple[dict, dict[int, bytes], set[int]]:
        """The header of each message of `batch`, and RFC822.SIZE of those over SMALL_MESSAGE:
        (what the FETCH said, {UID: header}, the UIDs known to be at most SMALL_MESSAGE). One
        UID SEARCH LARGER says which messages are bigger (an answer of a few bytes a batch, where
        RFC822.SIZE costs ~17 bytes a message: most mail is small); a server that refuses it gets
        RFC822.SIZE asked for all. Should the headers be refused (a literal past the size limit,
        an answer that cannot be parsed), the batch is asked for RFC822.SIZE and BODYSTRUCTURE
        as before, and no header is known."""
        try:
            with self._op(f"reading {folder}", reads_bodies=True):
                try:
                    meta: dict | None = {}
                    for uids, items in (([u for u in batch if u in small], ["BODY.PEEK[HEADER]"]),
                                        ([u for u in batch if u not in small], ["RFC822.SIZE", "BODY.PEEK[HEADER]"])):
                        if uids:
                            meta.update(self._fetch_items(uids, items))
                except imaplib.IMAP4.abort:
                    raise
                except IMAPClientError:
                    meta = None
        except _TooLarge:
            self._reopen(folder)
            meta = None
        if meta is not None:
            headers = {u: bytes(h) for u, e in meta.items()
                       if u in batch and isinstance(h := e.get(b"BODY[HEADER]"), (bytes, bytearray))}
            return meta, headers, small
        with self._op(f"reading {folder}"):
            return self._fetch_items(batch, ["RFC822.SIZE", "BODYSTRUCTURE"]), {}, set()

    def _small(self, folder: str, batch: list[int]) -> set[int]:
        """The UIDs of `batch` whose RFC822.SIZE the server says is at most `_small_size()`: all
        but those UID SEARCH LARGER finds (the answer names the few big ones); empty when the
        server will not say."""
        imap = self._c()._imap
        with self._op(f"searching {folder}"):
            try:
                typ, data = imap.uid("SEARCH", "UID", _message_set(batch), "LARGER", str(_small_size()))
            except imaplib.IMAP4.abort:
                raise
            except IMAPClientError:     # BAD: a server without it; the sizes are asked instead
                return set()
        if typ != "OK":
            return set()
        larger: set[int] = set()
        for line in data:
            if isinstance(line, (bytes, bytearray)):
                words = line.split()
                if not all(w.isdigit() for w in words):
                    return set()
                larger.update(int(w) for w in words)
        return set(batch) - larger

    def _fetch_items(self, uids: list[int], items: list[str]) -> dict[int, dict[bytes, object]]:
        """UID FETCH through imaplib, parsed by agent.stores.fetchparse (imapclient's parser cost
        more than the rest of a first pass's IMAP work). NO/BAD and answers that cannot be
        parsed raise IMAPClientError, as imapclient.fetch does."""
        imap = self._c()._imap
        numbers = self._numbers
        if numbers is not None:      # by sequence number (`_fetch_batch`): no UID in the answers
            uid_of = numbers
            number_of = {u: n for n, u in numbers.items()}
            if all(u in number_of for u in uids):
                typ, data = imap.fetch(_message_set([number_of[u] for u in uids]), "(" + " ".join(items) + ")")
                if "EXPUNGE" in imap.untagged_responses or "VANISHED" in imap.untagged_responses:
                    raise _Renumbered()     # forbidden during a FETCH (RFC 3501 7.4.1): trust nothing
                if typ != "OK":
                    raise IMAPClientError(f"FETCH failed: {_text(data[-1]) if data and data[-1] else typ}")
                out = {}
                for n, entry in parse_fetch([d for d in data if d is not None], by_number=True).items():
                    if n not in uid_of:
                        continue
                    if b"UID" in entry and entry[b"UID"] != uid_of[n]:
                        raise _Renumbered()
                    out[uid_of[n]] = entry
                return out
        typ, data = imap.uid("FETCH", _message_set(uids), "(" + " ".join(items) + ")")
        if typ != "OK":
            raise IMAPClientError(f"FETCH failed: {_text(data[-1]) if data and data[-1] else typ}")
        return parse_fetch([d for d in data if d is not None])

    def _text_parts(self, folder: str, uids: list[int], plans: dict, estimate: dict[int, int],
                    headers: dict[int, bytes]) -> dict[int, Fetched]:
        """The text parts of `uids` (one shape; their header too unless `headers` has it), rebuilt
        into parseable messages. Whatever does not come back whole is left out: the caller reads
        those messages the old way."""
        plan = plans[uids[0]]
        known = uids[0] in headers
        items = list(plan.part_items if known else plan.items)
        data: dict = {}
        if items:
            try:
                with self._op(f"reading {folder}", size=sum(estimate[u] for u in uids), reads_bodies=True):
                    try:
                        data = self._fetch_items(uids, items)
                    except imaplib.IMAP4.abort:
                        raise
                    except IMAPClientError:
                        return {}
            except _TooLarge:
                self._reopen(folder)
                return {}
        out = {}
        for u in uids:
            entry = data.get(u, {})
            header = headers[u] if known else entry.get(b"BODY[HEADER]")
            bodies = [entry.get(part_key(p)) for p in plans[u].parts]
            if isinstance(header, (bytes, bytearray)) and all(isinstance(b, (bytes, bytearray)) for b in bodies):
                out[u] = Fetched(u, rebuild(plans[u], bytes(header), [bytes(b) for b in bodies]))
        return out

    def _bodies(self, folder: str, uids: list[int], declared: dict[int, int]) -> dict[int, Fetched]:
        """BODY.PEEK[] of `uids`: a Fetched for each, each with its own bytes or a reason."""
        doing = f"reading {folder}"
        try:
            with self._op(doing, size=sum(declared[u] for u in uids), reads_bodies=True):
                try:
                    data = self._c().fetch(uids, ["BODY.PEEK[]"])
                except imaplib.IMAP4.abort:
                    raise
                except IMAPClientError as exc:  # NO/BAD, or a response imapclient cannot parse
                    data, refused = None, exc
        except _TooLarge as exc:
            log.info("%s sent %s while %s; reconnecting", self.where, exc.what, doing)
            self._reopen(folder)
            if len(uids) > 1:  # whose was it? one at a time
                return self._one_by_one(folder, uids, declared)
            return {uids[0]: Fetched(uids[0], None, f"larger than {MAX_MESSAGE_BYTES // 2**20} MB")}
        if data is None:  # the connection is still in step
            if len(uids) > 1:  # whose answer was it? one at a time
                return self._one_by_one(folder, uids, declared)
            why = f"the server's answer could not be used ({_reason(refused)})"
            return {uids[0]: Fetched(uids[0], None, why, transient=True)}
        out = {}
        for u in uids:
            raw = data.get(u, {}).get(b"BODY[]")
            if isinstance(raw, (bytes, bytearray)):
                out[u] = Fetched(u, bytes(raw))
        stray = sorted(set(data) - set(uids))  # never given to a UID asked: ignored
        instead = f" (it answered for UID {', '.join(map(str, stray[:3]))} instead)" if stray else ""
        missing = [u for u in uids if u not in out]
        if missing:
            with self._op(doing):
                present = set(self._c().search(["UID", ",".join(map(str, missing))]))
            for u in missing:
                out[u] = (Fetched(u, None, "the server sent no body for it" + instead, transient=True) if u in present
                          else Fetched(u, None, "no longer on the server"))
        return out

    def _one_by_one(self, folder: str, uids: list[int], declared: dict[int, int]) -> dict[int, Fetched]:
        out: dict[int, Fetched] = {}
        for u in uids:
            out.update(self._bodies(folder, [u], declared))
        return out

    def _reopen(self, folder: str) -> None:
        """A new session on `folder` after one was dropped; the folder must still be the same one."""
        before = self._uidvalidity.get(folder)
        self._drop()
        self.open()
        self._examine(folder)
        if before is not None and self._uidvalidity.get(folder) != before:
            raise Unreachable(f"{folder} on {self.where} changed (UIDVALIDITY) while reconnecting; "
                              "the next pass reads it again")

    # --- drafts ----------------------------------------------------------------------------
    def drafts_folder(self) -> str:
        if self._drafts:
            return self._drafts
        names = {name: flags for flags, name in self.folders()}
        wanted = self.account.drafts_folder
        if wanted:
            if wanted not in names:
                raise UserError(f"account {self.account.name}: drafts_folder {wanted!r} does not exist; "
                                f"folders: {', '.join(sorted(names))}; leave drafts_folder unset and "
                                "nottoday finds the Drafts folder itself (`nottoday doctor` shows which)")
            self._drafts = wanted
            return wanted
        for name, flags in names.items():
            if "\\Drafts" in flags:
                self._drafts = name
                return name
        lower = {n.lower(): n for n in names}
        for candidate in COMMON_DRAFTS:
            if candidate.lower() in lower:
                self._drafts = lower[candidate.lower()]
                return self._drafts
        raise UserError(f"account {self.account.name}: no Drafts folder found (no \\Drafts special-use "
                        "flag, no folder named Drafts); set drafts_folder in the config")

    def sent_folder(self) -> str | None:
        names = {name: flags for flags, name in self.folders()}
        wanted = self.account.sent_folder
        if wanted:
            if wanted not in names:
                raise UserError(f"account {self.account.name}: sent_folder {wanted!r} does not exist; "
                                "leave it unset to find the folder marked \\Sent")
            return wanted
        for name, flags in names.items():
            if "\\Sent" in flags:
                return name
        lower = {n.lower(): n for n in names}
        return next((lower[c.lower()] for c in COMMON_SENT if c.lower() in lower), None)

    def header_index(self, folder: str, since: datetime | None = None) -> Iterator[HeaderInfo]:
        """UID SEARCH, then FLAGS and the threading headers in batches: never a body."""
        self._examine(folder)
        with self._op(f"searching {folder}"):
            uids = sorted(self._c().search(["SINCE", since.date()] if since is not None else ["ALL"]))
        yield from self._headers(folder, uids)

    def flags_of(self, folder: str, refs: list[Ref]) -> dict[Ref, frozenset[str]]:
        """FLAGS of `refs` in one FETCH (the \\Answered check of a batch's rejections)."""
        if not refs:
            return {}
        if self._selected != folder:
            self._examine(folder)
        with self._op(f"reading the flags of messages in {folder}"):
            data = self._fetch_items([int(r) for r in refs], ["FLAGS"])
        return {r: frozenset(_text(f) for f in data[int(r)].get(b"FLAGS", ()))
                for r in refs if int(r) in data and isinstance(data[int(r)].get(b"FLAGS"), tuple)}

    def flags(self, folder: str, ref: Ref) -> frozenset[str]:
        if self._selected != folder:
            self._examine(folder)
        with self._op(f"reading the flags of a message in {folder}"):
            data = self._c().fetch([int(ref)], ["FLAGS"])
        return frozenset(_text(f) for f in data.get(int(ref), {}).get(b"FLAGS", ()))

    def find_headers(self, folder: str, pairs: list[tuple[str, str]]) -> list[HeaderInfo]:
        """One UID SEARCH (HEADER name value, OR-ed), then the headers of what it found, checked
        exactly (`matches`). A server that refuses SEARCH HEADER gets the folder's header index
        read once per connection instead."""
        if not pairs:
            return []
        if self._selected != folder:
            self._examine(folder)
        c = self._c()
        criteria: list = []
        for name, value in pairs:
            # bytes: imapclient does not pass the charset down into nested criteria
            term = ["HEADER", name, value.encode("utf-8", "replace")]
            criteria = term if not criteria else ["OR", criteria, term]
        charset = None if all(v.isascii() for _n, v in pairs) else "UTF-8"
        try:
            with self._op(f"searching {folder}"):
                uids = sorted(c.search(criteria, charset=charset))
        except IMAPClientError as exc:
            log.debug("SEARCH HEADER refused in %s (%s): reading its headers instead", folder, _reason(exc))
            if folder not in self._indexes:
                self._indexes[folder] = list(self.header_index(folder))
            return [i for i in self._indexes[folder] if matches(i, pairs)]
        return [i for i in self._headers(folder, uids) if matches(i, pairs)]

    def replies(self, folder: str, ids: list[str], senders: frozenset[str]) -> list[HeaderInfo]:
        """The owner's mail of `folder` (the caller checks which of it replies to `ids`): one
        SEARCH FROM for the whole folder the first time in a pass, then one for the UIDs above
        what that covered, and the threading headers of what they find. A header SEARCH of the
        whole folder per rejection made Dovecot read every message's header each time."""
        if not senders:
            return []
        if self._selected != folder:
            self._examine(folder)
        known, below = self._owner_mail.get((folder, senders), ({}, 1))
        criteria: list = []
        for addr in sorted(senders):
            term = ["FROM", addr.encode("utf-8", "replace")]
            criteria = term if not criteria else ["OR", criteria, term]
        if below > 1:
            criteria = ["UID", f"{below}:*"] + criteria
        charset = None if all(a.isascii() for a in senders) else "UTF-8"
        covered = self._uidnext.get(folder, 0)   # the search below sees at least every UID under it
        try:
            with self._op(f"searching {folder}"):
                uids = sorted(u for u in self._c().search(criteria, charset=charset) if u not in known)
        except IMAPClientError as exc:
            log.debug("SEARCH FROM refused in %s (%s): searching by thread headers", folder, _reason(exc))
            return super().replies(folder, ids, senders)
        for info in self._headers(folder, uids):
            if info.from_addr in senders:
                known[int(info.ref)] = info
        self._owner_mail[(folder, senders)] = (known, max(below, covered))
        return list(known.values())

    def _headers(self, folder: str, uids: list[int]) -> Iterator[HeaderInfo]:
        """FLAGS and the threading headers of `uids` (selected folder), in batches."""
        c = self._c()
        fields = " ".join(f.upper() for f in INDEX_FIELDS)
        item = f"BODY.PEEK[HEADER.FIELDS ({fields})]"
        key = f"BODY[HEADER.FIELDS ({fields})]".encode()
        parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
        for i in range(0, len(uids), INDEX_BATCH):
            with self._op(f"reading {folder}"):
                data = c.fetch(uids[i:i + INDEX_BATCH], ["FLAGS", item])
            for uid in uids[i:i + INDEX_BATCH]:
                entry = data.get(uid)
                if entry is None:
                    continue
                raw = next((v for k, v in entry.items() if k.upper() == key), b"") or b""
                flags = (_text(f) for f in entry.get(b"FLAGS", ()))
                yield header_info(uid, flags, parser.parsebytes(bytes(raw)))

    def headers(self, folder: str, refs: list[Ref]) -> Iterator[HeaderInfo]:
        """FLAGS and the threading headers of these UIDs (BODY.PEEK of header fields only)."""
        if self._selected != folder:
            self._examine(folder)
        yield from self._headers(folder, sorted(int(r) for r in refs))

    def create_folder(self, name: str) -> None:
        """CREATE a folder: only `nottoday doctor --fix` calls it (the corrections folder)."""
        try:
            with self._op(f"creating {name}"):
                self._c().create_folder(name)
        except IMAPClientError as exc:
            raise UserError(f"account {self.account.name}: cannot create folder {name!r}: {_reason(exc)}") from None
        self._folders = None

    def append_draft(self, raw: bytes, when: datetime | None = None) -> None:
        folder = self.drafts_folder()
        try:
            with self._op(f"saving a draft to {folder}", size=len(raw)):
                self._c().append(folder, raw, flags=DRAFT_FLAGS, msg_time=when or datetime.now(timezone.utc))
        except IMAPClientError as exc:  # NO [OVERQUOTA], read-only folder, ...
            raise UserError(f"account {self.account.name}: the server refused to save a draft in "
                            f"{folder}: {_reason(exc)}") from None


_END = object()
READ_AHEAD_SWITCH = 0.0005   # seconds: the GIL switch interval while a reader thread runs
_switch_lock = threading.Lock()
_switch_users = [0, 0.0]     # read-aheads running, the interval before the first one


def _quick_switch(on: bool) -> None:
    """While a reader thread parses answers, a thread that gave up the GIL for a moment (every
    SQLite call does) waits up to the switch interval to get it back: at the default 5 ms the
    state lookups of a 10,000-message pass took 2.0 s instead of 0.1 s (measured); at 0.5 ms
    0.6 s. Process-wide, so counted: the last read-ahead to end puts the old interval back."""
    with _switch_lock:
        if on:
            if _switch_users[0] == 0:
                _switch_users[1] = sys.getswitchinterval()
                sys.setswitchinterval(min(_switch_users[1], READ_AHEAD_SWITCH))
            _switch_users[0] += 1
        else:
            _switch_users[0] -= 1
            if _switch_users[0] == 0:
                sys.setswitchinterval(_switch_users[1])


def _read_ahead(reader: ImapStore, folder: str, uids: list[int]) -> Iterator[Fetched]:
    """`reader`'s batches of `uids`, fetched in a thread while the caller works on the previous
    batch: the server reads and sends the next batch meanwhile (its wait, and this process's
    reading of the answer, overlap the caller's classifying). At most one batch waits, so memory
    stays a few batches. A failure reaches the caller where the batch it hit would have been,
    as reading on one session would raise it. The caller stopping early (closing the generator)
    stops the thread after its current command; `reader` is closed either way. The caller's own
    session stays free for Drafts, Sent and APPEND meanwhile."""
    ready: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for i in range(0, len(uids), FETCH_BATCH):
                if stop.is_set() or not put(reader._fetch_batch(folder, uids[i:i + FETCH_BATCH])):
                    return
            put(_END)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
            put(exc)
        finally:
            reader.close()

    thread = threading.Thread(target=work, name="nottoday-read-ahead", daemon=True)
    _quick_switch(True)
    try:
        thread.start()
        while True:
            try:
                item = ready.get(timeout=0.5)
            except queue.Empty:
                if not thread.is_alive() and ready.empty():
                    raise Unreachable(f"{reader.where}: reading {folder} ahead stopped") from None
                continue
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield from item
    finally:
        stop.set()
        _quick_switch(False)


def _small_size() -> int:
    """What a message found small by `_small` is at most: never over the size limit."""
    return min(SMALL_MESSAGE, MAX_MESSAGE_BYTES)


class _Renumbered(Exception):
    """The sequence numbers a batch was read by may no longer be the ones mapped: read it by UID."""


def _int(value) -> int:
    """A number the server sent, or 0 when it sent something else."""
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def _message_set(uids: list[int]) -> str:
    """1,2,3,7 -> "1:3,7" (a short command line; the server answers in UID order anyway)."""
    runs: list[str] = []
    ordered = sorted(set(uids))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        runs.append(str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}")
        i = j + 1
    return ",".join(runs)


def _groups(uids: list[int], declared: dict[int, int]) -> Iterator[list[int]]:
    """`uids` in runs whose declared sizes add up to at most FETCH_BATCH_BYTES (at least one each)."""
    group: list[int] = []
    total = 0
    for u in uids:
        if group and total + declared[u] > FETCH_BATCH_BYTES:
            yield group
            group, total = [], 0
        group.append(u)
        total += declared[u]
    if group:
        yield group


def _quiet_close(client: IMAPClient) -> None:
    try:
        client.socket().settimeout(3)
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            pass
