"""Check-ins (`[checkin] after_days`): one short draft in the thread of a follow-up that was sent
and has been quiet since, once per relationship.

Due when: the follow-up (or any reply of the owner's) was sent; the company never wrote back;
no newer rejection from them exists; no check-in was saved before; and the conversation's last
message — whoever sent it, dated by the mailbox — is `after_days` old. So the clock is the
mail's, not nottoday's: a first pass over an old, answered, quiet relationship makes it due at
once. Later mail from the company outside the thread (an invitation) also counts as not quiet.

Cheap when nothing changed: the scan of candidates runs only when the ledger noted an event
since the last scan (State.ledger_mark), `after_days` changed, or the earliest moment a quiet
relationship comes due (remembered from the last scan) has arrived. Due-ness only changes with
new events or with time, so skipping is exact; an idle pass costs two indexed lookups, whatever
the size of the ledger.

Exactly once, also across crashes: the check-in's Message-ID is deterministic (agent.draftid,
source key "checkin:" + the rejection's key) and looked up with one SEARCH in Drafts (and one in
Sent) before the APPEND; the state records it after. `now` is injectable: tests never wait.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from drafts import Identity
from drafts.checkin import CheckinComposer, CheckinRequest

from .draftid import draft_message_id
from .ledger import (CHECKIN_SAVED, COMPANY_REPLIED, CORRECTION, LATER_MAIL, NEWER_REJECTION, REJECTION,
                     SENT)
from .pipeline import DraftBox, draft_bytes
from .state import Event, Relationship, State

log = logging.getLogger("nottoday.checkin")

SOURCE_PREFIX = "checkin:"
THREAD_KINDS = (REJECTION, CORRECTION, SENT)               # messages of the conversation itself
QUIET_KINDS = THREAD_KINDS + (LATER_MAIL,)                  # any of them ends the quiet


@dataclass(frozen=True)
class Due:
    rel: Relationship
    last_at: float                 # the conversation's last message (unix time)
    reply_to: str                  # its Message-ID: the check-in answers it


def source_key(rel: Relationship) -> str:
    return SOURCE_PREFIX + rel.source_key


def candidates(state: State, account: str) -> list[Relationship]:
    """Follow-up sent, no check-in yet, and neither a reply nor a newer rejection from them."""
    return state.relationships(
        account, "checkin_message_id IS NULL AND contact_addr IS NOT NULL AND "
        f"id IN (SELECT relationship FROM relationship_events WHERE kind='{SENT}') AND "
        "id NOT IN (SELECT relationship FROM relationship_events WHERE kind IN "
        f"('{COMPANY_REPLIED}', '{NEWER_REJECTION}', '{CHECKIN_SAVED}'))")


def due(rel: Relationship, events: list[Event], after_days: int, now: float) -> Due | None:
    d = _quiet(rel, events)
    if d is None or now - d.last_at < after_days * 86400:
        return None
    return d


def _quiet(rel: Relationship, events: list[Event]) -> Due | None:
    """The conversation's last message and the one a check-in would answer (None: no check-in
    can ever be due until the ledger learns more)."""
    dated = [e for e in events if e.kind in QUIET_KINDS and e.at is not None]
    if rel.date is not None:
        dated.append(Event(REJECTION, rel.message_id or "", rel.date, None, rel.created))
    if not dated:
        return None
    last_at = max(e.at for e in dated)
    thread = [e for e in dated if e.kind in THREAD_KINDS and e.message_id]
    target = max(thread, key=lambda e: e.at).message_id if thread else rel.message_id
    return Due(rel, last_at, target) if target else None


def run(state: State, box: DraftBox, account: str, identity: Identity, after_days: int,
        now: float | None = None) -> int:
    """Save every check-in now due; returns how many were saved (or, dry run, would be)."""
    if after_days <= 0:
        return 0
    if not box.key:
        log.debug("%s: no install key, no check-ins", account)
        return 0
    now = time.time() if now is None else now
    marker = f"checkin:{account}"
    mark = state.ledger_mark()
    last = (state.marker(marker) or "").split(":")
    if len(last) == 3 and last[:2] == [str(after_days), str(mark)] and now < float(last[2]):
        return 0    # nothing new in the ledger and nothing comes due before `now`: no scan
    todo, next_due = [], float("inf")
    for rel in candidates(state, account):
        d = _quiet(rel, state.events(rel.id))
        if d is None:
            continue
        if now - d.last_at >= after_days * 86400:
            todo.append(d)
        else:
            next_due = min(next_due, d.last_at + after_days * 86400)
    saved = 0
    if todo:
        composer = CheckinComposer(identity)
        saved = sum(_save(state, box, account, identity, composer, d, now) for d in todo)
    # `mark` as read before the saves: a check-in saved now is news, so the next pass looks once more
    state.set_marker(marker, f"{after_days}:{mark}:{next_due!r}")
    return saved


def _save(state: State, box: DraftBox, account: str, identity: Identity, composer: CheckinComposer,
          d: Due, now: float) -> bool:
    rel = d.rel
    msgid = draft_message_id(box.key, source_key(rel), identity.domain)
    refs = tuple(r for r in (rel.message_id,) if r and r != d.reply_to)
    req = CheckinRequest(rel.contact_addr or "", rel.contact_name, rel.contact_first, rel.company, rel.role,
                         rel.stage, rel.language, rel.subject, d.reply_to, refs,
                         datetime.fromtimestamp(d.last_at, timezone.utc))
    draft = composer.compose(req, msgid, datetime.fromtimestamp(now, timezone.utc))
    if draft is None:
        return False
    where = _already_there(box, msgid)
    if box.dry_run:
        log.info("%s: would save a check-in draft for %s (quiet since %s)", account, rel.contact_addr,
                 _day(d.last_at))
        return where is None
    if where is None:
        box.store.append_draft(draft_bytes(draft), datetime.fromtimestamp(now, timezone.utc))
        log.info("%s: check-in draft saved to %s for %s (%s; quiet since %s)", account, box.folder,
                 rel.contact_addr, rel.company or rel.subject, _day(d.last_at))
    else:
        log.info("%s: the check-in for %s is already in %s", account, rel.contact_addr, where)
    with state.transaction():
        state.update_relationship(rel.id, checkin_message_id=msgid)
        state.add_event(rel.id, CHECKIN_SAVED, msgid, None,
                        f"check-in draft to {rel.contact_addr} (quiet since {_day(d.last_at)})")
        state.add_thread_id(account, msgid, rel.id)
    return where is None


def _already_there(box: DraftBox, msgid: str) -> str | None:
    """Where a check-in with this Message-ID already is (a crash after the APPEND), or None."""
    for folder in (box.folder, box.sent_folder()):
        if folder and box.store.find_headers(folder, [("Message-ID", msgid)]):
            return folder
    return None


def _day(ts: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(ts))
