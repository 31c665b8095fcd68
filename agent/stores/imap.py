"""An IMAP mailbox through imapclient: read-only scanning, drafts appended, nothing else.

Read-only by construction: folders are EXAMINEd (`select_folder(readonly=True)`) and messages
fetched with BODY.PEEK[] only, so not even \\Seen changes. TLS is verified by default
(`ssl.create_default_context(cafile=ca_file or None)`); plaintext (`security = "none"`) is only
allowed to a loopback host.

Failures become errors with one clear line and no secret, typed for the daemon's retry policy:
`Unreachable` (an OSError: network, retry soon), `LoginFailed` (a CredentialError: retry
slowly), plain `UserError` (certificate, missing folder: the user must act).
"""
from __future__ import annotations

import ast
import contextlib
import email.parser
import email.policy
import imaplib
import logging
import socket
import ssl
from datetime import datetime, timezone
from typing import Iterator

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import SocketTimeout

from ..config import is_loopback
from ..credentials import login_secret
from ..errors import CredentialError, UserError
from .base import (COMMON_SENT, DRAFT_FLAGS, INDEX_FIELDS, SOURCE_HEADER, Fetched, HeaderInfo, Listing,
                   MailStore, Ref, header_info, normalize_source)

log = logging.getLogger("nottoday.imap")

CONNECT_TIMEOUT = 15.0
READ_TIMEOUT = 60.0
FETCH_BATCH = 25
INDEX_BATCH = 500          # header-only fetches are small: many UIDs per round trip
MAX_MESSAGE_BYTES = 50 * 1024 * 1024   # bigger is not a rejection email; never load it
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


class ImapStore(MailStore):
    """One logged-in IMAP session for one account (`AccountConfig`)."""

    kind = "imap"

    def __init__(self, account, timeout: float = READ_TIMEOUT, secret=None) -> None:
        self.account = account
        self._secret = secret  # a credentials.Secret to try instead of the configured one (login)
        self.timeout = timeout
        self.client: IMAPClient | None = None
        self._selected: str | None = None
        self._drafts: str | None = None
        self._folders: list[tuple[tuple[str, ...], str]] | None = None

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
        timeout = SocketTimeout(connect=CONNECT_TIMEOUT, read=self.timeout)
        try:
            if a.security == "tls":
                client = IMAPClient(a.host, port=a.port, ssl=True, ssl_context=ssl_context(a.ca_file),
                                    timeout=timeout)
            else:
                client = IMAPClient(a.host, port=a.port, ssl=False, timeout=timeout)
        except ssl.SSLCertVerificationError as exc:
            raise self._cert_error(exc) from None
        except ssl.SSLError as exc:
            raise Unreachable(f"cannot connect to {self.where}: TLS failed ({_reason(exc)}); "
                              "is this the IMAPS port (993)? For port 143 use security = \"starttls\"") from None
        except (OSError, IMAPClientError) as exc:
            raise Unreachable(f"cannot connect to {self.where}: {_reason(exc)}"
                              + (REFUSED_HINT if isinstance(exc, ConnectionRefusedError) else "")) from None
        try:
            if a.security == "starttls":
                self._starttls(client)
            self._login(client)
        except BaseException:
            _quiet_close(client)
            raise
        self.client = client

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
            _quiet_close(self.client)
        self.client = None
        self._selected = None

    @contextlib.contextmanager
    def _guard(self, doing: str):
        """A dropped connection mid-pass becomes one clear Unreachable line (retry soon)."""
        try:
            yield
        except (OSError, imaplib.IMAP4.abort, EOFError) as exc:
            raise Unreachable(f"connection to {self.where} lost while {doing}: {_reason(exc)}") from None

    def _c(self) -> IMAPClient:
        if self.client is None:
            raise RuntimeError("ImapStore used before open()")
        return self.client

    # --- folders -------------------------------------------------------------------------
    def folders(self) -> list[tuple[tuple[str, ...], str]]:
        """(flags, name) of every folder; names decoded from modified UTF-7 by imapclient."""
        if self._folders is None:
            self._folders = [(tuple(_text(f) for f in flags), _text(name))
                             for flags, _delim, name in self._c().list_folders()]
        return self._folders

    def capabilities(self) -> tuple[str, ...]:
        return tuple(_text(c) for c in self._c().capabilities())

    def _examine(self, folder: str) -> dict:
        try:
            with self._guard(f"opening {folder}"):
                info = self._c().select_folder(folder, readonly=True)
        except IMAPClientError as exc:
            raise UserError(f"account {self.account.name}: cannot open folder {folder!r}: "
                            f"{_reason(exc)}; check `folders` in the config (`nottoday doctor` lists them)") from None
        self._selected = folder
        return info

    def uidvalidity(self, folder: str) -> int:
        return int(self._examine(folder).get(b"UIDVALIDITY", 0))

    def list_messages(self, folder: str, after_uid: int, since: datetime | None) -> Listing:
        info = self._examine(folder)
        criteria: list = []
        if after_uid > 0:
            criteria += ["UID", f"{after_uid + 1}:*"]
        if since is not None:
            criteria += ["SINCE", since.date()]
        with self._guard(f"searching {folder}"):
            uids = self._c().search(criteria or ["ALL"])
        refs = tuple(sorted(u for u in uids if u > after_uid))  # "n:*" always matches the last one
        return Listing(int(info.get(b"UIDVALIDITY", 0)), refs, ordered=True)

    def fetch(self, folder: str, refs: list[Ref]) -> Iterator[Fetched]:
        if self._selected != folder:
            self._examine(folder)
        for i in range(0, len(refs), FETCH_BATCH):
            batch = [int(r) for r in refs[i:i + FETCH_BATCH]]
            with self._guard(f"reading {folder}"):
                sizes = self._c().fetch(batch, ["RFC822.SIZE"])
                small = [u for u in batch if int(sizes.get(u, {}).get(b"RFC822.SIZE", 0)) <= MAX_MESSAGE_BYTES]
                data = self._c().fetch(small, ["BODY.PEEK[]"]) if small else {}
            for uid in batch:
                raw = data.get(uid, {}).get(b"BODY[]")
                if uid in sizes and uid not in small:
                    yield Fetched(uid, None, f"larger than {MAX_MESSAGE_BYTES // 2**20} MB")
                elif raw is None:
                    yield Fetched(uid, None, "no longer on the server")
                else:
                    yield Fetched(uid, bytes(raw))

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

    def draft_sources(self) -> set[str]:
        """One SEARCH HEADER plus a header-only fetch: the set is cached by the caller per pass."""
        folder = self.drafts_folder()
        self._examine(folder)
        c = self._c()
        sources: set[str] = set()
        parser = email.parser.BytesHeaderParser()
        key = f"BODY[HEADER.FIELDS ({SOURCE_HEADER.upper()})]".encode()
        with self._guard(f"reading {folder}"):
            try:
                uids = c.search(["HEADER", SOURCE_HEADER, ""])
            except IMAPClientError as exc:  # a server that cannot SEARCH HEADER: read every draft's header
                log.debug("SEARCH HEADER refused (%s); fetching the header of every draft", _reason(exc))
                uids = c.search(["ALL"])
            items = []
            for i in range(0, len(uids), 500):
                data = c.fetch(uids[i:i + 500], [f"BODY.PEEK[HEADER.FIELDS ({SOURCE_HEADER.upper()})]"])
                items.extend(data.values())
        for item in items:
            raw = next((v for k, v in item.items() if k.upper() == key), None)
            for value in (parser.parsebytes(bytes(raw)).get_all(SOURCE_HEADER) or ()) if raw else ():
                sources.add(normalize_source(value))
        return sources

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
        c = self._c()
        fields = " ".join(f.upper() for f in INDEX_FIELDS)
        item = f"BODY.PEEK[HEADER.FIELDS ({fields})]"
        key = f"BODY[HEADER.FIELDS ({fields})]".encode()
        parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
        with self._guard(f"searching {folder}"):
            uids = sorted(c.search(["SINCE", since.date()] if since is not None else ["ALL"]))
        for i in range(0, len(uids), INDEX_BATCH):
            with self._guard(f"reading {folder}"):
                data = c.fetch(uids[i:i + INDEX_BATCH], ["FLAGS", item])
            for uid in uids[i:i + INDEX_BATCH]:
                entry = data.get(uid)
                if entry is None:
                    continue
                raw = next((v for k, v in entry.items() if k.upper() == key), b"") or b""
                flags = (_text(f) for f in entry.get(b"FLAGS", ()))
                yield header_info(uid, flags, parser.parsebytes(bytes(raw)))

    def append_draft(self, raw: bytes, when: datetime | None = None) -> None:
        folder = self.drafts_folder()
        try:
            with self._guard(f"saving a draft to {folder}"):
                self._c().append(folder, raw, flags=DRAFT_FLAGS, msg_time=when or datetime.now(timezone.utc))
        except IMAPClientError as exc:  # NO [OVERQUOTA], read-only folder, ...
            raise UserError(f"account {self.account.name}: the server refused to save a draft in "
                            f"{folder}: {_reason(exc)}") from None


def _quiet_close(client: IMAPClient) -> None:
    try:
        client.socket().settimeout(3)
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            pass
