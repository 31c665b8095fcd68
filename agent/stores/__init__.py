"""Mail stores: one interface (base.MailStore), an IMAP and a Maildir backend."""
from __future__ import annotations

from .base import Fetched, Listing, MailStore, normalize_source


def make_store(account) -> MailStore:
    """The store for an account (not opened yet): Maildir when `maildir` is set, else IMAP."""
    if getattr(account, "maildir", ""):
        from .maildir import MaildirStore
        return MaildirStore(account)
    from .imap import ImapStore
    return ImapStore(account)


__all__ = ["MailStore", "Listing", "Fetched", "make_store", "normalize_source"]
