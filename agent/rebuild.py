"""Rebuild lost state from the mailbox itself (`nottoday state reset`).

The state database is what keeps nottoday from drafting twice. When it is lost, the mailbox still
tells most of it: every draft nottoday saved is a reply (its In-Reply-To names the rejection) and
carries the rejection's key; the owner's replies in Sent name what they answered; and a message
the owner answered carries \\Answered. Each such key is recorded as handled, so the next pass
re-reads the lookback window and drafts only what was neither drafted nor answered.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from .state import State
from .stores.base import ANSWERED, MailStore

log = logging.getLogger("nottoday.rebuild")


@dataclass
class Rebuilt:
    """What one account's rebuild found."""

    drafted: int = 0       # rejections with a draft in Drafts
    answered: int = 0      # messages the owner answered (\Answered, or a reply in Sent)
    sent_folder: str | None = None


def rebuild_account(state: State, account, store: MailStore, lookback_days: int,
                    now: float | None = None) -> Rebuilt:
    """Record, for `account`, every message the mailbox shows as drafted or answered, and start
    its folders over at the lookback cutoff (one transaction)."""
    now = time.time() if now is None else now
    cutoff = now - lookback_days * 86400
    since = datetime.fromtimestamp(cutoff, timezone.utc)
    result = Rebuilt()

    drafts = store.drafts_folder()
    drafted: dict[str, tuple[str, str, str | None]] = {}   # key -> (to, subject, draft Message-ID)
    for info in store.header_index(drafts):
        for key in (*info.sources, *info.in_reply_to):
            drafted.setdefault(key, (info.to, info.subject, info.message_id))

    answered: set[str] = set()
    result.sent_folder = store.sent_folder()
    if result.sent_folder:
        for info in store.header_index(result.sent_folder, since):
            answered.update(info.in_reply_to)
            answered.update(info.references[-1:])   # the message replied to, when In-Reply-To is missing
    folders = {}
    for folder in account.folders:
        folders[folder] = store.uidvalidity(folder)
        for info in store.header_index(folder, since):
            if ANSWERED in info.flags and info.message_id:
                answered.add(info.message_id)

    with state.transaction():
        state.forget_account(account.name)
        for folder, uidvalidity in folders.items():
            state.set_folder(account.name, folder, uidvalidity, 0, cutoff)
        for key, (to, subject, draft_id) in drafted.items():
            state.record_message(account.name, "", "", key, "rebuilt", drafted=True,
                                 reason=f"drafted before (a draft is in {drafts})")
            state.record_draft(account.name, key, draft_id, to, subject, drafts)
        for key in answered - drafted.keys():
            state.record_message(account.name, "", "", key, "rebuilt",
                                 reason="answered before (\\Answered, or your reply in Sent)")
    result.drafted, result.answered = len(drafted), len(answered - drafted.keys())
    log.info("account %s: state rebuilt: %d drafted, %d answered", account.name,
             result.drafted, result.answered)
    return result
