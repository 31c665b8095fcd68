"""The relationship ledger: every rejection remembered, and what happened next, from the mailbox.

A rejection is the start of a relationship, not the end of a thread. Each one detected (or filed
by the user into the corrections folder) gets a row in the state database: company, contact,
role, stage, date, the rejection's and the follow-up draft's Message-IDs, or why there was no
draft. What happens next is read from the mailbox with no action from the user:

- the follow-up was sent: the draft's Message-ID, or any reply of the owner's in the thread,
  turns up in the Sent folder (read incrementally like INBOX: UIDVALIDITY + highest UID,
  headers only) or in a scanned folder;
- the draft was deleted unsent: gone from Drafts (one SEARCH by its Message-ID per pass, for
  drafts still waiting) and never sent — a possible false alarm;
- the company replied: a message in a scanned folder In-Reply-To/References any message of the
  conversation, from the company's domain (or the contact's address);
- later mail from the same company or contact (a newer rejection, an interview invitation).

`note()` runs inside agent.scan's per-message transaction; `follow_up()` once per pass after
the folders. Neither reads anything whose size grows with the mailbox: lookups are indexed SQL,
and the mailbox is asked by SEARCH, by Message-ID, or for the headers of new Sent UIDs.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from datetime import datetime, timezone
from email.utils import parseaddr, parsedate_to_datetime
from functools import lru_cache

from drafts.addresses import is_ats_domain, is_mail_provider
from drafts.lexicon import vocab

from .mailfacts import header_facts
from .pipeline import ALREADY, DRAFTED, NOT_REJECTION, SEEN, DraftBox, Outcome
from .state import Event, Relationship, State
from .stores.base import HeaderInfo, MailStore, matches

log = logging.getLogger("nottoday.ledger")

# event kinds
REJECTION = "rejection"              # the rejection itself (detected)
CORRECTION = "correction"            # filed by the user into the corrections folder
DRAFT_SAVED = "draft-saved"
NO_DRAFT = "no-draft"
SENT = "sent"                        # the owner's mail in the thread: the follow-up, a reply, the check-in
DISCARDED = "draft-discarded"        # the draft left Drafts unsent: a possible false alarm
COMPANY_REPLIED = "company-replied"
LATER_MAIL = "later-mail"            # more mail from the company or contact, outside the thread
NEWER_REJECTION = "newer-rejection"
CHECKIN_SAVED = "checkin-saved"

DETECTED, CORRECTED = "detected", "correction"
SENT_TAG = "ledger:sent:"            # the Sent folder's row in the folders table
DRAFT_CHECK_BATCH = 20               # draft ids OR-ed into one SEARCH
SENT_BATCH = 500                     # Sent headers handled per transaction


# --- who is the company --------------------------------------------------------------------
def org_key(addr: str | None) -> str | None:
    """What "the same company" means for an address: its organisation's domain (hr.acme.com ->
    acme.com; acme.co.uk stays), the address itself at a public mail provider, and None at an
    applicant-tracking system (greenhouse-mail.io sends for everyone)."""
    addr = (addr or "").strip().lower()
    if "@" not in addr:
        return None
    key = _domain_key(addr.rpartition("@")[2].rstrip("."))
    return addr if key is _PROVIDER else key


_PROVIDER = object()


@lru_cache(maxsize=4096)
def _domain_key(domain: str):
    """org_key's answer for a domain (_PROVIDER: the address itself). Remembered: a pass asks it
    for every message, and the ATS check tries each suffix of the domain against the vendors'
    brands; a mailbox's senders share few domains."""
    if is_mail_provider(domain):
        return _PROVIDER
    if is_ats_domain(domain):
        return None
    labels = domain.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in vocab()["second_level_labels"] else 2
    return ".".join(labels[-keep:])


def same_company(addr: str, rel: Relationship) -> bool:
    addr = addr.lower()
    return bool(addr) and (addr == (rel.contact_addr or "").lower()
                           or (rel.domain is not None and org_key(addr) == rel.domain))


def parse_date(value: str | None) -> float | None:
    """A Date header as unix time (None when missing or broken: mail is untrusted)."""
    try:
        d = parsedate_to_datetime(str(value or "").strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return (d if d.tzinfo else d.replace(tzinfo=timezone.utc)).timestamp()


# --- per message (inside scan's transaction) ------------------------------------------------
class Following:
    """The pipeline as a pass uses it, so that every message it lets go unparsed (the first-look
    prefilter) still tells the ledger who wrote and what it replies to."""

    def __init__(self, pipeline, owner: frozenset[str]) -> None:
        self.pipeline = pipeline
        self.owner = owner

    def handle(self, raw: bytes, folder: str, ref, box, *args, flags=None, **kwargs) -> Outcome:
        decided = self.decide(raw, folder, ref, box, *args, **kwargs)
        return decided if isinstance(decided, Outcome) else self.settle(decided, box, flags)

    def decide(self, raw: bytes, folder: str, ref, box, *args, **kwargs):
        """As Pipeline.decide (agent.scan decides a batch, then settles it)."""
        return self._with_facts(self.pipeline.decide(raw, folder, ref, box, *args, **kwargs), raw, folder, ref)

    def examine(self, raw: bytes):
        """As Pipeline.examine (in a worker process: agent.workers)."""
        return self.pipeline.examine(raw)

    def decide_examined(self, examined, raw: bytes, folder: str, ref, box, seen, own_ids):
        """As Pipeline.decide_examined; where that leaves the message to `decide`, `decide`."""
        outcome = self.pipeline.decide_examined(examined, folder, ref, box, seen, own_ids)
        if outcome is None:
            return self.decide(raw, folder, ref, box, seen=seen, own_ids=own_ids)
        return self._with_facts(outcome, raw, folder, ref)

    def _with_facts(self, outcome, raw: bytes, folder: str, ref):
        if isinstance(outcome, Outcome) and outcome.facts is None and outcome.action == NOT_REJECTION:
            try:
                outcome = dataclasses.replace(outcome, facts=header_facts(raw, self.owner))
            except Exception:  # noqa: BLE001 - hostile headers: the ledger just learns nothing
                log.debug("no header facts for %s %s", folder, ref, exc_info=True)
        return outcome

    def settle(self, pending, box, flags=None) -> Outcome:
        return self.pipeline.settle(pending, box, flags)


def note(state: State, account: str, outcome: Outcome) -> None:
    """What this message means for the ledger: a new relationship, the owner's reply in one, the
    company writing back, or later mail from a company already in the ledger. Bookkeeping never
    costs a message its draft or a pass its progress: a failure here is one log line."""
    try:
        _note(state, account, outcome)
    except Exception as exc:  # noqa: BLE001 - hostile input tripping a bug must not stop the pass
        log.warning("ledger: could not record %s %s (%s)", outcome.folder, outcome.ref, type(exc).__name__)
        log.debug("details", exc_info=True)


def _note(state: State, account: str, outcome: Outcome) -> None:
    f = outcome.facts
    if f is None or outcome.action == SEEN:
        return
    rejection = outcome.verdict is not None and outcome.verdict.rejection
    if rejection and outcome.action == ALREADY and outcome.draft is None:
        return   # a resend of news already answered: the same conversation, nothing new
    threads = state.relationships_in_thread(account, f.refs)
    for rel_id in threads:
        rel = state.relationship(rel_id)
        if f.own:
            state.add_event(rel_id, SENT, f.message_id or "", f.date, "your reply")
        elif same_company(f.from_addr, rel):
            state.add_event(rel_id, COMPANY_REPLIED, f.message_id or "", f.date,
                            f"{f.from_name or f.from_addr} replied: {f.subject}")
        else:
            continue
        state.add_thread_id(account, f.message_id, rel_id)
    if not f.own:
        _later_mail(state, account, outcome, threads, rejection)
    if rejection:
        _relationship(state, account, outcome)


def _later_mail(state: State, account: str, outcome: Outcome, threads: set[int], rejection: bool) -> None:
    f = outcome.facts
    key = org_key(f.from_addr)
    if key is None or f.date is None:
        return
    # asked for every message of a pass: each side of the OR on its own index (EXPLAIN: MULTI-INDEX
    # OR); "account=? AND (domain=? OR contact_addr=?)" read every relationship of the account
    for rel in state.relationships(None, "(account=? AND domain=?) OR (account=? AND contact_addr=?)",
                                   (account, key, account, f.from_addr)):
        if rel.id in threads or rel.source_key == outcome.key or rel.date is None or f.date <= rel.date:
            continue
        label = ("a newer rejection" if rejection else "an interview invitation" if f.invitation
                 else "new mail")
        state.add_event(rel.id, NEWER_REJECTION if rejection else LATER_MAIL, f.message_id or "",
                        f.date, f"{label}: {f.subject}")


def _relationship(state: State, account: str, outcome: Outcome) -> None:
    f, d = outcome.facts, outcome.facts.details
    draft_to = str(outcome.draft.get("To", "")) if outcome.draft is not None else ""
    name, addr = parseaddr(draft_to) if draft_to else ((d.contact_name if d else "") or "", (d.reply_to if d else "") or "")
    language = getattr(outcome.verdict, "language", None) or (d.language if d else None)
    rel_id = state.add_relationship(
        account, outcome.key, origin=CORRECTED if f.correction else DETECTED,
        company=d.company if d else None, contact_name=name or (d.contact_name if d else None),
        contact_first=d.contact_first_name if d else None, contact_addr=addr.lower() or None,
        domain=org_key(addr or f.from_addr), role=d.role if d else None, stage=d.stage if d else None,
        language=language, subject=f.subject, date=f.date, folder=outcome.folder,
        ref=str(outcome.ref), message_id=f.message_id)
    state.add_event(rel_id, CORRECTION if f.correction else REJECTION, f.message_id or "", f.date,
                    f"from {f.from_name or f.from_addr}: {f.subject}")
    state.add_thread_id(account, f.message_id, rel_id)
    if outcome.drafted and outcome.draft is not None:
        msgid = str(outcome.draft.get("Message-ID")) if outcome.action == DRAFTED else None
        state.update_relationship(rel_id, draft_message_id=msgid, no_draft=None)
        state.add_event(rel_id, DRAFT_SAVED, msgid or "", parse_date(outcome.draft.get("Date")),
                        f"follow-up draft to {addr}")
        state.add_thread_id(account, msgid, rel_id)
    else:
        why = outcome.reason or outcome.action
        state.update_relationship(rel_id, no_draft=why)
        state.add_event(rel_id, NO_DRAFT, "", None, why)


# --- once per pass, after the folders ----------------------------------------------------------
def follow_up(state: State, store: MailStore, box: DraftBox, account, lookback_days: int,
              answered: list[Outcome] = ()) -> None:
    """Sent mail since the last pass, the owner's earlier replies to rejections found answered in
    this pass, and drafts that left Drafts unsent (not in a dry run: nothing was appended)."""
    sent = box.sent_folder()
    if sent:
        _replies_to_answered(state, store, account.name, sent, answered)
        _scan_sent(state, store, account.name, sent, lookback_days)
    if not box.dry_run:
        _check_drafts(state, store, box, account.name)


def _replies_to_answered(state: State, store: MailStore, account: str, sent: str,
                         answered: list[Outcome]) -> None:
    """A rejection answered before nottoday saw it (e.g. old mail filed as a correction): its
    replies in Sent may be older than Sent's high-water mark. One SEARCH each."""
    for o in answered:
        mid = o.facts.message_id if o.facts else None
        rel_id = state.relationship_id(account, o.key)
        if not mid or rel_id is None:
            continue
        hits = store.find_headers(sent, [("In-Reply-To", mid), ("References", mid)])
        with state.transaction():
            for info in hits:
                _note_sent(state, account, info)
            if not hits:   # \Answered, or a reply in its own folder: answered, date unknown
                state.add_event(rel_id, SENT, "", None, o.reason or "you answered it")


def _scan_sent(state: State, store: MailStore, account: str, sent: str, lookback_days: int) -> None:
    tag = SENT_TAG + sent
    uidvalidity = store.uidvalidity(sent)
    current = state.folder(account, tag)
    if current is None or current.uidvalidity != uidvalidity:
        cutoff = current.cutoff if current else time.time() - lookback_days * 86400
        state.set_folder(account, tag, uidvalidity, 0, cutoff)
        after = 0
    else:
        cutoff, after = current.cutoff, current.highest_uid
    since = datetime.fromtimestamp(cutoff, timezone.utc) if after == 0 else None
    token = store.change_token(sent) if getattr(store, "kind", "") == "maildir" else None   # see scan
    marker = f"ledger:sent-listed:{account}:{sent}"
    if token is not None and current is not None and state.marker(marker) == token:
        return
    listing = store.list_messages(sent, after, since)
    refs = list(listing.refs)
    if not listing.ordered:
        known = state.refs(account, tag)
        refs = [r for r in refs if str(r) not in known]
    for i in range(0, len(refs), SENT_BATCH):
        batch = refs[i:i + SENT_BATCH]
        infos = list(store.headers(sent, batch))
        with state.transaction():
            for info in infos:
                _note_sent(state, account, info)
            if listing.ordered:
                state.advance(account, tag, max(int(r) for r in batch))
            else:
                for r in batch:
                    state.record_ref(account, tag, str(r))
    if listing.ordered and listing.uidnext - 1 > after:   # below UIDNEXT: read, or older than the cutoff
        with state.transaction():
            state.advance(account, tag, listing.uidnext - 1)
    if token is not None:
        state.set_marker(marker, token)


def _note_sent(state: State, account: str, info: HeaderInfo) -> None:
    """One message of the owner's in Sent: which relationships it continues."""
    ids = {*info.in_reply_to, *info.references, info.message_id}
    for rel_id in state.relationships_in_thread(account, ids):
        rel = state.relationship(rel_id)
        what = ("the check-in" if info.message_id and info.message_id == rel.checkin_message_id
                else "the follow-up draft" if info.message_id and info.message_id == rel.draft_message_id
                else "your reply")
        state.add_event(rel_id, SENT, info.message_id or "", parse_date(info.date), what)
        state.add_thread_id(account, info.message_id, rel_id)


def waiting_drafts(state: State, account: str) -> list[Relationship]:
    """Relationships whose follow-up draft was saved and neither sent nor noticed gone."""
    return state.relationships(
        account, f"id IN (SELECT relationship FROM relationship_events WHERE kind='{DRAFT_SAVED}') AND "
        f"id NOT IN (SELECT relationship FROM relationship_events WHERE kind IN ('{SENT}', '{DISCARDED}'))")


def _check_drafts(state: State, store: MailStore, box: DraftBox, account: str) -> None:
    """Drafts that left Drafts unsent. Skipped while the Drafts folder's change token (IMAP:
    one STATUS of UIDVALIDITY, UIDNEXT, MESSAGES) is what the last check saw: nothing was added
    or expunged since, so no draft can have gone. An idle pass thus costs one STATUS, whatever
    the number of drafts; the SEARCHes below run only after Drafts changed."""
    token = store.change_token(box.folder)
    marker = f"ledger:drafts-checked:{account}:{box.folder}"
    if token is not None and state.marker(marker) == token:
        return
    _drafts_gone(state, store, box, account)
    if token is not None:
        state.set_marker(marker, token)


def _drafts_gone(state: State, store: MailStore, box: DraftBox, account: str) -> None:
    waiting = [(rel, ("Message-ID", rel.draft_message_id) if rel.draft_message_id
                else ("In-Reply-To", rel.message_id)) for rel in waiting_drafts(state, account)]
    waiting = [(rel, pair) for rel, pair in waiting if pair[1]]
    for i in range(0, len(waiting), DRAFT_CHECK_BATCH):
        batch = waiting[i:i + DRAFT_CHECK_BATCH]
        hits = store.find_headers(box.folder, [pair for _rel, pair in batch])
        gone = [rel for rel, pair in batch if not any(matches(h, [pair]) for h in hits)]
        with state.transaction():
            for rel in gone:
                log.info("%s: the follow-up draft to %s was deleted unsent: a possible false alarm",
                         account, rel.contact_addr or rel.company or rel.source_key)
                state.add_event(rel.id, DISCARDED, "", None, "the draft was deleted unsent: a possible false alarm")


# --- reading it back -----------------------------------------------------------------------------
def status(rel: Relationship, events: list[Event]) -> str:
    """One phrase for the table: where the relationship stands, and what is new."""
    kinds = {e.kind for e in events}
    checkin_sent = any(e.kind == SENT and e.detail == "the check-in" for e in events)
    if COMPANY_REPLIED in kinds:
        text = "they replied"
    elif checkin_sent:
        text = "check-in sent"
    elif CHECKIN_SAVED in kinds:
        text = "check-in draft waiting"
    elif SENT in kinds:
        text = "follow-up sent"
    elif DISCARDED in kinds:
        text = "possible false alarm (draft deleted)"
    elif DRAFT_SAVED in kinds:
        text = "draft waiting"
    else:
        text = "no draft: " + short_reason(rel.no_draft)
    if NEWER_REJECTION in kinds:
        text += "; rejected again later"
    if any(e.kind == LATER_MAIL and (e.detail or "").startswith("an interview") for e in events):
        text += "; new: interview invitation"
    elif LATER_MAIL in kinds:
        text += "; new mail from them"
    return ("correction; " if rel.origin == CORRECTED else "") + text


def short_reason(reason: str | None) -> str:
    reason = reason or "unknown"
    if "answered" in reason:
        return "already answered"
    if "address" in reason:
        return "no address"
    return reason if len(reason) <= 40 else reason[:39] + "…"


EVENT_TEXT = {REJECTION: "rejection", CORRECTION: "filed by you as a rejection", DRAFT_SAVED: "draft saved",
              NO_DRAFT: "no draft", SENT: "you wrote", DISCARDED: "draft deleted",
              COMPANY_REPLIED: "they replied", LATER_MAIL: "later mail", NEWER_REJECTION: "rejected again",
              CHECKIN_SAVED: "check-in draft saved"}
