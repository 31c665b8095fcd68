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


@dataclass(frozen=True)
class Fetched:
    ref: Ref
    raw: bytes | None       # None: the message vanished or could not be read (skip it)
    error: str | None = None
    # True: the read failed for a reason that may pass (a FETCH response without the body, or
    # for another UID): the scanner retries it on later passes, a bounded number of times.
    # False with raw None: it is gone or too large for good.
    transient: bool = False


def normalize_source(value: str) -> str:
    """X-Nottoday-Source as compared: unfolded, whitespace-free (ids never contain spaces)."""
    return "".join(str(value).split())


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
    def draft_sources(self) -> set[str]:
        """Normalized X-Nottoday-Source values of every message in the Drafts folder."""

    @abstractmethod
    def append_draft(self, raw: bytes, when: datetime | None = None) -> None:
        """Save a draft (flags \\Draft \\Seen). The only write a store ever makes."""
