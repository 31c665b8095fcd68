"""Corrections from the mail client: a message the user files into the corrections folder
(`[accounts.X] corrections_folder`, default "Not today") is a rejection the classifier missed.

The folder is scanned like any other (read-only, incrementally, exactly once across restarts),
after the configured folders, through `Filed`: every message in it is treated as a rejection and
gets its draft, unless the ledger already holds its key — drafted (or answered) from INBOX, or
filed before. A message INBOX saw as "not a rejection" is exactly what this folder is for, so the
state's record of it does not count as handled here. nottoday never creates, moves or deletes
mail in it; only `nottoday doctor --fix` creates the folder when it is missing.
"""
from __future__ import annotations

from .errors import UserError
from .state import State


def folder_for(account, store) -> str | None:
    """The account's corrections folder when it exists and is not one of its ordinary folders."""
    name = (getattr(account, "corrections_folder", "") or "").strip()
    if not name or name in account.folders:
        return None
    return name if exists(store, name) else None


def exists(store, name: str) -> bool:
    """Whether the folder is there, without selecting it (a failed SELECT deselects the current one)."""
    try:
        if getattr(store, "kind", "") == "maildir":
            store.folder_path(name)
            return True
        if getattr(store, "kind", "") == "imap":
            return name in {n for _flags, n in store.folders()}
    except UserError:
        return False
    return False


class Filed:
    """The pipeline as the corrections folder uses it: the verdict forced to "rejection", and a
    message already in the ledger is seen (never drafted twice)."""

    def __init__(self, pipeline, state: State, account: str, folder: str) -> None:
        self.pipeline = pipeline
        self.state = state
        self.account = account
        self.reason = f"you filed it in {folder}"

    def _seen(self, key: str) -> bool | None:
        return True if self.state.relationship_id(self.account, key) is not None else None

    def handle(self, raw: bytes, folder: str, ref, box, seen=None, own_ids=frozenset(), flags=None):
        return self.pipeline.handle(raw, folder, ref, box, seen=self._seen, own_ids=own_ids,
                                    forced=self.reason, flags=flags)

    def decide(self, raw: bytes, folder: str, ref, box, seen=None, own_ids=frozenset()):
        return self.pipeline.decide(raw, folder, ref, box, seen=self._seen, own_ids=own_ids,
                                    forced=self.reason)

    def settle(self, pending, box, flags=None):
        return self.pipeline.settle(pending, box, flags)
