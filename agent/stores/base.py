"""One small interface over a mailbox, so a pass (agent.scan) is the same for IMAP and Maildir.

The contract is read-mostly: a store lists and reads messages without changing them (IMAP:
EXAMINE + BODY.PEEK[]; Maildir: files opened read-only, never moved new/ -> cur/) and its only
write is `append_draft()`. Messages are addressed by a `ref`: the UID (int) on IMAP, the file
key (str) in a Maildir. `Listing.ordered` tells the scanner whether refs are increasing UIDs
(advance a high-water mark) or an unordered set (remember each ref).

Errors (see imap.py): `Unreachable` (a ConnectionError: network, retry soon), `LoginFailed`
(a CredentialError: retry slowly), `UserError` (certificate, missing folder: the user must act).
The daemon opens its own IDLE connection (agent.idle); `ImapStore.client` is the underlying
imapclient connection for anything else that needs it.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from email.header import decode_header, make_header
from email.utils import parseaddr
from typing import Iterator, Union

Ref = Union[int, str]

DRAFT_FLAGS = ("\\Draft", "\\Seen")
SOURCE_HEADER = "X-Nottoday-Source"


@dataclass(frozen=True)
class Listing:
    """Candidate messages of one folder for this pass."""

    uidvalidity: int        # 0 for stores without UIDs
    refs: tuple[Ref, ...]   # in the order to process them
    ordered: bool           # True: refs are increasing UIDs
    uidnext: int = 0        # IMAP: the folder's UIDNEXT when listed (0: unknown); every UID
                            # below it was either listed or left out by `since`


@dataclass(frozen=True)
class Fetched:
    ref: Ref
    raw: bytes | None       # None: the message vanished or could not be read (skip it)
    error: str | None = None
    # True: the read failed for a reason that may pass (a FETCH response without the body, or
    # for another UID): the scanner retries it on later passes, a bounded number of times.
    # False with raw None: it is gone or too large for good.
    transient: bool = False
    flags: frozenset[str] | None = None   # read with the message (None: not read; ask `flags`)


@dataclass(frozen=True)
class HeaderInfo:
    """What the conversation-level checks need of a message, read without its body: flags and
    the ids that tie it to other messages (see agent.rebuild)."""

    ref: Ref
    flags: frozenset[str]           # IMAP system flags, e.g. "\\Answered" (Maildir's R maps to it)
    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    sources: tuple[str, ...]        # normalized X-Nottoday-Source values
    to: str = ""
    subject: str = ""
    from_addr: str = ""             # lower-case address of From
    date: str = ""                  # the Date header as written (the ledger dates sent mail by it)

    def refers_to(self, message_id: str) -> bool:
        """Whether this message replies to (or continues the thread of) `message_id`."""
        return message_id in self.in_reply_to or message_id in self.references


ANSWERED = "\\Answered"
INDEX_FIELDS = ("Message-ID", "In-Reply-To", "References", SOURCE_HEADER, "To", "Subject", "From", "Date")
COMMON_SENT = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX.Sent", "INBOX/Sent",
               "[Gmail]/Sent Mail", "[Google Mail]/Sent Mail", "Gesendet", "Gesendete Objekte",
               "Gesendete Elemente", "Envoyés", "Éléments envoyés", "Enviados", "Elementos enviados",
               "Posta inviata", "Inviata", "Verzonden", "Verzonden items", "Itens enviados")


def msg_ids(value: str | None) -> tuple[str, ...]:
    """The <...> ids in an In-Reply-To/References/Message-ID value, in order."""
    return tuple(t for t in str(value or "").replace(",", " ").split()
                 if t.startswith("<") and t.endswith(">") and len(t) > 2)


def header_info(ref: Ref, flags, headers) -> HeaderInfo:
    """A HeaderInfo from an email.message.Message holding (at least) INDEX_FIELDS."""
    def text(name: str) -> str:
        return " ".join(str(v) for v in (headers.get_all(name) or ()))
    mid = msg_ids(text("Message-ID"))
    return HeaderInfo(ref, frozenset(flags), mid[0] if mid else None, msg_ids(text("In-Reply-To")),
                      msg_ids(text("References")),
                      tuple(normalize_source(v) for v in headers.get_all(SOURCE_HEADER) or ()),
                      text("To"), text("Subject"), parseaddr(text("From"))[1].strip().lower(),
                      text("Date"))


def matches(info: HeaderInfo, pairs: list[tuple[str, str]]) -> bool:
    """The exact test behind a `find_headers` search (IMAP SEARCH HEADER is a substring match):
    Message-ID / In-Reply-To / References hold the id, X-Nottoday-Source equals it ("" = has one)."""
    for name, value in pairs:
        field = name.lower()
        if field == "message-id" and info.message_id == value:
            return True
        if field == "in-reply-to" and value in info.in_reply_to:
            return True
        if field == "references" and value in info.references:
            return True
        if field == SOURCE_HEADER.lower() and (normalize_source(value) in info.sources
                                               or (value == "" and info.sources)):
            return True
    return False


def normalize_source(value: str) -> str:
    """X-Nottoday-Source as compared: decoded, unfolded, whitespace-free (ids never contain spaces).

    A non-ASCII or very long Message-ID is written RFC 2047-encoded by the email package; the
    value read back from Drafts is decoded so that it matches the key it was made from."""
    text = str(value)
    if "=?" in text:
        try:
            text = str(make_header(decode_header(text)))
        except (ValueError, LookupError, UnicodeError):  # a broken encoded word: compare as is
            pass
    return "".join(text.split())


class MailStore(ABC):
    """A mailbox: open(), list and fetch messages read-only, append drafts, close()."""

    kind: str = "?"

    @abstractmethod
    def open(self) -> None:
        """Connect/log in (IMAP) or check the directories (Maildir); raises UserError."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection; never raises."""

    def __enter__(self) -> "MailStore":
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @abstractmethod
    def uidvalidity(self, folder: str) -> int:
        """The folder's UIDVALIDITY (0 when the store has none); raises UserError if missing."""

    @abstractmethod
    def list_messages(self, folder: str, after_uid: int, since: datetime | None) -> Listing:
        """Messages newer than `after_uid` (ordered stores) and, if `since`, not older than it."""

    @abstractmethod
    def fetch(self, folder: str, refs: list[Ref]) -> Iterator[Fetched]:
        """Raw bytes of each ref, without marking anything read. Yields in the order given."""

    @abstractmethod
    def drafts_folder(self) -> str:
        """Where drafts go: configured, else SPECIAL-USE \\Drafts, else a common name."""

    @abstractmethod
    def sent_folder(self) -> str | None:
        """The owner's sent mail: configured, else SPECIAL-USE \\Sent, else a common name; None
        when there is none (some setups keep sent mail elsewhere)."""

    @abstractmethod
    def header_index(self, folder: str, since: datetime | None = None) -> Iterator[HeaderInfo]:
        """Flags and threading headers of the folder's messages (not older than `since`), read
        without bodies and without changing anything."""

    @abstractmethod
    def flags(self, folder: str, ref: Ref) -> frozenset[str]:
        """The message's flags (IMAP system flags; a Maildir's letters mapped to them)."""

    @abstractmethod
    def find_headers(self, folder: str, pairs: list[tuple[str, str]]) -> list[HeaderInfo]:
        """Messages of `folder` with any of the (header, value) pairs (see `matches`), read
        without bodies. Its cost must not grow with the folder: one SEARCH on IMAP."""

    def flags_of(self, folder: str, refs: list[Ref]) -> dict[Ref, frozenset[str]]:
        """The flags of several messages (IMAP: one FETCH FLAGS for all of them)."""
        return {r: self.flags(folder, r) for r in refs}

    def replies(self, folder: str, ids: list[str], senders: frozenset[str]) -> list[HeaderInfo]:
        """Messages of `folder` from one of `senders` (lower-case addresses) that may reply to
        one of `ids` (callers check `refers_to`), read without bodies. Here: SEARCHes by thread
        header, 20 ids a time; IMAP keeps the owner's mail of the folder for the pass instead."""
        out: list[HeaderInfo] = []
        for i in range(0, len(ids), 20):
            pairs = [(h, m) for m in ids[i:i + 20] for h in ("In-Reply-To", "References")]
            out += [h for h in self.find_headers(folder, pairs) if h.from_addr in senders]
        return out

    def change_token(self, folder: str) -> str | None:
        """Something that changes whenever a message is added to or removed from `folder`
        (IMAP: UIDVALIDITY, UIDNEXT and MESSAGES from one STATUS, never a SELECT), so a check
        of the folder's contents can be skipped while it stays the same; None when the store
        cannot tell (the check then runs every time)."""
        return None

    def headers(self, folder: str, refs: list[Ref]) -> Iterator[HeaderInfo]:
        """Flags and threading headers of just these messages (the new ones of a folder read
        incrementally, e.g. Sent for the ledger), without bodies. Stores override this with a
        read of only those refs; this fallback reads the folder's index."""
        wanted = set(refs)
        return (i for i in self.header_index(folder) if i.ref in wanted)

    @abstractmethod
    def append_draft(self, raw: bytes, when: datetime | None = None) -> None:
        """Save a draft (flags \\Draft \\Seen). The only write a store ever makes."""
