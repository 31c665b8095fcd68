"""One message through parse -> classify -> compose -> exactly-once append to Drafts.

Exactly-once has two halves. Here: before appending, the Drafts folder is asked whether a draft
for this message already exists — by the draft's deterministic Message-ID (agent.draftid), by the
X-Nottoday-Source header older drafts carry, or as any draft replying to it — which covers a
crash after the APPEND but before the state was written. In agent.scan: the message key is
recorded after the message is handled, so nothing is drafted twice after a UIDVALIDITY change or
when the same message sits in two folders.

A rejection the owner already answered gets no draft either: flagged \\Answered, or a reply of
theirs to it in the Sent folder or in the rejection's own folder.

`handle` is `decide` (parse, classify, compose: no mailbox question) then `settle` (the Drafts
and already-answered checks, then the APPEND). A pass (agent.scan) decides a whole batch first,
asks the mailbox once for all its rejections (`DraftBox.prepare`: one SEARCH in Drafts, one in
Sent, the owner's mail of the folder), then settles and records each message in order.

Every message is untrusted: unparseable or hostile input, or a bug it trips in detection or
composition, gives one log line and an Outcome marked skipped; the pass goes on. Store errors
(network) are not caught here: the pass fails and the message is retried next time.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import parseaddr
from enum import StrEnum
from typing import Callable

from classifiers import Classifier, MalformedMessage, ThreadContext, Verdict, parse_message
from classifiers import prefilter
from drafts import Composer, extract_details

from .draftid import draft_message_id
from .mailfacts import MailFacts, facts_of, look_facts
from .state import conversation_key
from .stores.base import ANSWERED as ANSWERED_FLAG
from .stores.base import SOURCE_HEADER, HeaderInfo, MailStore, Ref, matches

log = logging.getLogger("nottoday.pipeline")

class Action(StrEnum):
    """What became of one message (Outcome.action); the value is what the state records."""
    DRAFTED = "drafted"                  # a new draft was appended
    ALREADY = "already-drafted"          # a draft for it was in Drafts already (crash recovery)
    WOULD_DRAFT = "would-draft"          # --dry-run: a draft would have been appended
    NO_ADDRESS = "no-address"            # a rejection, but nobody to follow up with
    NOT_REJECTION = "not-rejection"
    SEEN = "seen"                        # key handled before (UIDVALIDITY change, copy elsewhere)
    MALFORMED = "malformed"
    FAILED = "failed"                    # detection/composition raised: skipped, logged
    ANSWERED = "already-answered"        # a rejection the owner already replied to: no draft
    OLD = "old"                          # Maildir: new here, but its Date is before the cutoff
    UNREADABLE = "unreadable"            # vanished or too large (agent.scan)


# The members by name, as the rest of agent imports them
DRAFTED, ALREADY, WOULD_DRAFT, NO_ADDRESS = Action.DRAFTED, Action.ALREADY, Action.WOULD_DRAFT, Action.NO_ADDRESS
NOT_REJECTION, SEEN, MALFORMED, FAILED = Action.NOT_REJECTION, Action.SEEN, Action.MALFORMED, Action.FAILED
ANSWERED, OLD, UNREADABLE = Action.ANSWERED, Action.OLD, Action.UNREADABLE


@dataclass(frozen=True)
class Outcome:
    folder: str
    ref: Ref
    key: str
    action: Action
    verdict: Verdict | None = None
    draft: EmailMessage | None = None
    subject: str = ""
    reason: str | None = None
    fingerprint: str = ""    # see fingerprint(): recorded with the key
    facts: MailFacts | None = None   # for the relationship ledger (agent.ledger)

    @property
    def drafted(self) -> bool:
        """A draft for this message is (or, in a dry run, would be) in the Drafts folder."""
        return self.action in (DRAFTED, ALREADY, WOULD_DRAFT)


def draft_bytes(draft: EmailMessage) -> bytes:
    """The draft as stored on the server: CRLF line endings."""
    return draft.as_bytes(policy=draft.policy.clone(linesep="\r\n"))


def content_key(raw: bytes) -> str:
    return "sha256:" + hashlib.sha256(raw).hexdigest()


CHECKS_PER_SEARCH = 20    # rejections whose Drafts / Sent criteria are OR-ed into one SEARCH


class DraftBox:
    """The mailbox as one pass asks it about each rejection: is a draft for it in Drafts already,
    has the owner answered it. Each question is a SEARCH, never a read of a whole folder, so its
    cost does not grow with the number of drafts or sent messages. A pass asks for a whole batch
    of rejections at once (`prepare`): one SEARCH in Drafts and one in Sent per batch, and the
    owner's mail of the folder (`MailStore.replies`) instead of a header SEARCH of it per
    rejection; what was not prepared is asked on its own."""

    def __init__(self, store: MailStore, dry_run: bool = False,
                 conversations: set[tuple[str, str]] | frozenset | Callable[[], set] = frozenset(),
                 install_key: bytes = b"", owner: frozenset[str] = frozenset(),
                 domain: str = "") -> None:
        self.store = store
        self.dry_run = dry_run
        self._folder: str | None = None   # found on first use (agent.scan: after INBOX's EXAMINE)
        self.key = install_key
        self.owner = frozenset(a.lower() for a in owner)
        self.domain = domain
        self.saved: set[str] = set()       # keys drafted in this pass (a dry run appends nothing)
        # (recipient, subject) of the drafts written before (state) and in this pass; a callable
        # is asked only when a draft is composed (an idle pass never reads every draft's row)
        self._conversations = conversations if callable(conversations) else set(conversations)
        self._sent: str | None | bool = False
        self._drafts_for: dict[str, list[HeaderInfo]] = {}          # prepared: key -> Drafts hits
        self._sent_for: dict[str, list[HeaderInfo]] = {}            # prepared: Message-ID -> Sent hits
        self._replies_for: dict[tuple[str, str], bool] = {}         # prepared: (folder, id) -> owner replied
        self._flags_for: dict[tuple[str, Ref], frozenset[str]] = {}  # prepared: (folder, ref) -> flags

    @property
    def folder(self) -> str:
        """The Drafts folder (a LIST on IMAP, once), looked up when first needed: agent.scan asks
        after its first folder's STATUS. (Dovecot answers an EXAMINE that follows a LIST the more
        slowly the bigger the folder: 8 ms instead of 0.8 at 10,000 messages.)"""
        if self._folder is None:
            self._folder = self.store.drafts_folder()
        return self._folder

    @property
    def conversations(self) -> set[tuple[str, str]]:
        if callable(self._conversations):
            self._conversations = set(self._conversations())
        return self._conversations

    def draft_id(self, key: str) -> str | None:
        """The Message-ID a draft for `key` gets (None without an install key: tests, demo)."""
        return draft_message_id(self.key, key, self.domain) if self.key else None

    def _ours(self, key: str) -> list[tuple[str, str]]:
        ours = [(SOURCE_HEADER, key)]
        draft_id = self.draft_id(key)
        if draft_id:
            ours.append(("Message-ID", draft_id))
        return ours

    def prepare(self, folder: str, wanted: list[tuple[str, str | None, str | None]],
                unflagged: list[Ref] = ()) -> None:
        """Ask the mailbox once about a batch of rejections of `folder` — (key, the id a draft
        would reply to, the message's Message-ID) each — before any of them is settled: the
        answers serve `existing` and `answered` for exactly these. Drafts saved in this pass
        after the SEARCH are in `saved`, which `existing` looks at first. `unflagged`: refs
        whose flags the fetch did not read (one FETCH FLAGS for them all)."""
        self._drafts_for, self._sent_for, self._replies_for = {}, {}, {}
        self._flags_for = {(folder, r): f for r, f in self.store.flags_of(folder, list(unflagged)).items()} \
            if unflagged else {}
        wanted = [w for w in wanted if w[0] not in self.saved]
        for i in range(0, len(wanted), CHECKS_PER_SEARCH):
            chunk = wanted[i:i + CHECKS_PER_SEARCH]
            asks = {key: self._ours(key) + ([("In-Reply-To", reply)] if reply else []) for key, reply, _m in chunk}
            hits = self.store.find_headers(self.folder, [p for pairs in asks.values() for p in pairs])
            for key, pairs in asks.items():
                self._drafts_for[key] = [h for h in hits if matches(h, pairs)]
        ids = list(dict.fromkeys(mid for _k, _r, mid in wanted if mid))
        if not ids:
            return
        sent = self.sent_folder()
        for i in range(0, len(ids), CHECKS_PER_SEARCH):
            chunk = ids[i:i + CHECKS_PER_SEARCH]
            hits = self.store.find_headers(sent, [p for mid in chunk for p in _thread(mid)]) if sent else []
            for mid in chunk:
                self._sent_for[mid] = [h for h in hits if matches(h, _thread(mid))]
        replies = self.store.replies(folder, ids, self.owner) if self.owner else []
        for mid in ids:
            self._replies_for[(folder, mid)] = any(h.refers_to(mid) and h.from_addr in self.owner for h in replies)

    def existing(self, key: str, message_id: str | None) -> str | None:
        """Why no draft is needed because one is in Drafts already, or None."""
        if key in self.saved:
            return f"a draft for it was saved to {self.folder} in this pass"
        ours = self._ours(key)
        if key in self._drafts_for:
            hits = [h for h in self._drafts_for[key]
                    if matches(h, ours + ([("In-Reply-To", message_id)] if message_id else []))]
        else:
            hits = self.store.find_headers(self.folder, ours + ([("In-Reply-To", message_id)] if message_id else []))
        if any(matches(h, ours) for h in hits):
            return f"a draft for it is already in {self.folder}"
        if hits:
            return f"a draft replying to it is already in {self.folder}"
        return None

    def answered(self, folder: str, ref: Ref, message_id: str | None,
                 flags: frozenset[str] | None = None) -> str | None:
        """Why the owner has answered this message already, or None. `flags`: the message's
        flags as the fetch read them (None: asked here)."""
        if flags is None:
            flags = self._flags_for.get((folder, ref))
        if ANSWERED_FLAG in (self.store.flags(folder, ref) if flags is None else flags):
            return "you already answered it (it is flagged as answered)"
        if not message_id:
            return None
        thread = _thread(message_id)
        sent = self.sent_folder()
        if sent:
            hits = self._sent_for[message_id] if message_id in self._sent_for else self.store.find_headers(sent, thread)
            if hits:
                return f"you already answered it (your reply is in {sent})"
        replied = self._replies_for.get((folder, message_id))
        if replied is None:
            replied = any(h.from_addr in self.owner for h in self.store.find_headers(folder, thread))
        if replied:
            return f"you already answered it (your reply is in {folder})"
        return None

    def sent_folder(self) -> str | None:
        if self._sent is False:
            self._sent = self.store.sent_folder()
        return self._sent or None

    def save(self, draft: EmailMessage, key: str, now: datetime | None = None) -> None:
        if not self.dry_run:
            self.store.append_draft(draft_bytes(draft), now or datetime.now(timezone.utc))
        self.saved.add(key)
        self.conversations.add(conversation_key(str(draft.get("To", "")), str(draft.get("Subject", ""))))

    def answers(self, draft: EmailMessage) -> bool:
        """Whether a draft to the same person in the same conversation was written already."""
        return conversation_key(str(draft.get("To", "")), str(draft.get("Subject", ""))) in self.conversations


def _thread(message_id: str) -> list[tuple[str, str]]:
    return [("In-Reply-To", message_id), ("References", message_id)]


PREFILTERED = "prefiltered"   # the fingerprint of a message the first look let go (see handle)


class Pipeline:
    """Classifier + composer, built once per config load (spaCy pipelines are costly).
    `use_prefilter`: messages without job vocabulary skip parsing and the classifier
    (classifiers.prefilter; from_config turns it on unless user rules could match anything)."""

    def __init__(self, classifier: Classifier, composer: Composer, use_prefilter: bool = False) -> None:
        self.classifier = classifier
        self.composer = composer
        self.use_prefilter = use_prefilter
        self._owner: frozenset[str] | None = None

    @classmethod
    def from_config(cls, config) -> "Pipeline":
        """Raises classifiers.RuleError / drafts.TemplateError when rules or template are broken."""
        return cls(Classifier(config.detection, config.identity.owner()),
                   Composer(config.identity, config.drafts), prefilter.applies(config.detection))

    def _look_facts(self, look) -> MailFacts | None:
        """The ledger's facts of a message let go, from the first look's header fields."""
        try:
            if self._owner is None:
                self._owner = self.composer.identity.owner().addresses
            return look_facts(look, self._owner)
        except Exception:  # noqa: BLE001 - hostile headers: agent.ledger.Following reads them itself
            return None

    def handle(self, raw: bytes, folder: str, ref: Ref, box: DraftBox,
               seen: Callable[[str], str | bool | None] = lambda key: None,
               own_ids: frozenset[str] | set[str] = frozenset(), forced: str | None = None,
               flags: frozenset[str] | None = None) -> Outcome:
        """Decide about one message and, for a new rejection, save its draft (exactly once)."""
        decided = self.decide(raw, folder, ref, box, seen, own_ids, forced)
        return self.settle(decided, box, flags) if isinstance(decided, Pending) else decided

    def decide(self, raw: bytes, folder: str, ref: Ref, box: DraftBox,
               seen: Callable[[str], str | bool | None] = lambda key: None,
               own_ids: frozenset[str] | set[str] = frozenset(), forced: str | None = None) -> "Outcome | Pending":
        """Everything about one message that needs no answer from the mailbox: an Outcome, or for
        a rejection with a draft composed, a Pending that `settle` finishes.
        `forced`: the user said it is a rejection (the corrections folder); the reason why.

        `seen(key)` tells what the state knows of a key: None/False (never handled), the
        fingerprint it was handled with, or True/"" (handled; fingerprint unknown). Any exception
        from parsing, classifying or composing is this message's failure, never the pass's;
        only the store's own errors (network, refused APPEND) propagate."""
        where = _where(folder, ref)
        look = self._first_look(raw)
        if look is not None:
            return self._let_go(folder, ref, look.key, look.subject, self._look_facts(look))
        try:
            msg = parse_message(raw)
        except Exception as exc:  # noqa: BLE001 - hostile bytes: this message's failure only
            reason = str(exc) if isinstance(exc, MalformedMessage) else \
                f"unparseable message ({type(exc).__name__})"
            log.warning("skipping %s: %s", where, reason)
            log.debug("details for %s", where, exc_info=not isinstance(exc, MalformedMessage))
            return Outcome(folder, ref, content_key(raw), MALFORMED, reason=reason)
        try:
            fp = fingerprint(msg)
            key = self._unseen_key(where, folder, ref, msg.key, fp, msg.subject, seen)
            if isinstance(key, Outcome):
                return key
            verdict, draft, facts = self._study(msg, bool(_refs(msg) & set(own_ids)), forced)
            if draft is not None:
                _mark(draft, box.draft_id(key))
        except Exception as exc:  # noqa: BLE001 - hostile input tripping a bug must not stop the pass
            log.warning("skipping %s: cannot process it (%s)", where, type(exc).__name__)
            log.debug("details for %s", where, exc_info=True)
            return Outcome(folder, ref, msg.key, FAILED, subject=msg.subject,
                           reason=type(exc).__name__)
        return self._conclude(folder, ref, where, key, fp, msg.key, msg.message_id, msg.subject,
                              msg.from_.addr if msg.from_ is not None else "", verdict, draft, facts)

    def _first_look(self, raw: bytes):
        """The prefilter's look at a message it lets go without parsing, else None."""
        if self.use_prefilter:
            go, look = prefilter.candidate(raw)
            if not go:
                return look
        return None

    def _study(self, msg, reply_to_own_mail: bool, forced: str | None = None
               ) -> tuple[Verdict, EmailMessage | None, MailFacts]:
        """A parsed message's verdict, its draft (rejections only; not yet marked with its
        Draft id) and the ledger's facts: the part of `decide` and `examine` that is the same."""
        verdict = self.classifier.classify(msg, ThreadContext(reply_to_own_mail=reply_to_own_mail))
        if forced and not verdict.rejection:
            verdict = dataclasses.replace(verdict, rejection=True, reason=forced)
        details = extract_details(msg, self.composer.identity) if verdict.rejection else None
        draft = self.composer.compose(msg, verdict, details) if verdict.rejection else None
        facts = facts_of(msg, self.composer.identity.owner().addresses, details, verdict,
                         correction=bool(forced))
        return verdict, draft, facts

    @staticmethod
    def _let_go(folder: str, ref: Ref, key: str, subject: str, facts: MailFacts | None) -> Outcome:
        # recorded under its key with a fingerprint no real one equals: a later rejection
        # reusing this Message-ID is handled as its own message, never taken as seen
        return Outcome(folder, ref, key, NOT_REJECTION, subject=subject, fingerprint=PREFILTERED, facts=facts)

    @staticmethod
    def _unseen_key(where: str, folder: str, ref: Ref, key: str, fp: str, subject: str,
                    seen: Callable[[str], str | bool | None]) -> "str | Outcome":
        """The key this message is handled under, or its SEEN outcome when the state knows it."""
        earlier = seen(key)
        if earlier not in (None, False):
            if earlier in (True, "") or earlier == fp:
                log.debug("%s: %s handled before", where, key)
                return Outcome(folder, ref, key, SEEN, subject=subject, fingerprint=fp)
            # another message under the same Message-ID (a sloppy or hostile sender): it is
            # its own message, keyed by Message-ID and content, never silently dropped
            log.info("%s: Message-ID %s was already used by a different message; handling "
                     "this one on its own", where, key)
            key = f"{key}#{fp[:16]}"
            if seen(key) not in (None, False):
                return Outcome(folder, ref, key, SEEN, subject=subject, fingerprint=fp)
        return key

    @staticmethod
    def _conclude(folder: str, ref: Ref, where: str, key: str, fp: str, msg_key: str,
                  message_id: str | None, subject: str, sender: str, verdict: Verdict,
                  draft: EmailMessage | None, facts: MailFacts | None) -> "Outcome | Pending":
        if not verdict.rejection:
            return Outcome(folder, ref, key, NOT_REJECTION, verdict, subject=subject,
                           reason=verdict.reason, fingerprint=fp, facts=facts)
        if draft is None:
            log.info("%s: rejection without a follow-up address, no draft", where)
            return Outcome(folder, ref, key, NO_ADDRESS, verdict, subject=subject,
                           reason="no follow-up address", fingerprint=fp, facts=facts)
        # a message sharing another's Message-ID (key disambiguated) is not that one's thread
        return Pending(folder, ref, key, where, message_id, message_id if key == msg_key else None,
                       subject, verdict, draft, fp, facts, sender)

    def examine(self, raw: bytes) -> "Examined | None":
        """The pure part of `decide`, for a worker process (agent.workers): first look, parse,
        classify (as a message that replies to none of the owner's drafts), drafting and the
        ledger's facts — no state, no mailbox, no log line. None: let `decide` do this message
        (it raised somewhere; `decide` logs and records that as it always does)."""
        try:
            look = self._first_look(raw)
            if look is not None:
                return Examined(True, self._look_facts(look), look.key, subject=look.subject)
            msg = parse_message(raw)
            verdict, draft, facts = self._study(msg, False)
            return Examined(False, facts, msg.key, fingerprint(msg), msg.subject, frozenset(_refs(msg)),
                            msg.message_id, msg.from_.addr if msg.from_ is not None else "", verdict, draft)
        except Exception:  # noqa: BLE001 - decide() meets it again and logs it
            return None

    def decide_examined(self, ex: "Examined", folder: str, ref: Ref, box: DraftBox,
                        seen: Callable[[str], str | bool | None] = lambda key: None,
                        own_ids: frozenset[str] | set[str] = frozenset()) -> "Outcome | Pending | None":
        """`decide` finished from a worker's `examine`: the same Outcome or Pending, the same log
        lines. None: a reply to one of the owner's drafts, which is classified with that context
        (call `decide`)."""
        where = _where(folder, ref)
        if ex.let_go:
            return self._let_go(folder, ref, ex.key, ex.subject, ex.facts)
        key = self._unseen_key(where, folder, ref, ex.key, ex.fingerprint, ex.subject, seen)
        if isinstance(key, Outcome):
            return key
        if any(r in own_ids for r in ex.refs):
            return None
        draft = ex.draft
        if draft is not None:
            _mark(draft, box.draft_id(key))
        return self._conclude(folder, ref, where, key, ex.fingerprint, ex.key, ex.message_id, ex.subject,
                              ex.sender, ex.verdict, draft, ex.facts)

    def settle(self, p: "Pending", box: DraftBox, flags: frozenset[str] | None = None) -> Outcome:
        """A decided rejection's end: no draft when one is in Drafts already or the owner has
        answered it (`flags`: the message's, as fetched; None: asked), else its draft saved."""
        folder, ref, key, where, verdict, draft, fp, facts = (p.folder, p.ref, p.key, p.where, p.verdict,
                                                              p.draft, p.fingerprint, p.facts)
        subject = p.subject
        if verdict.resent and box.answers(draft):
            # "resending in case it went to spam": the first copy already has its follow-up
            log.info("%s: %s forwards again news already answered by a draft; no second draft",
                     where, key)
            return Outcome(folder, ref, key, ALREADY, verdict, None, subject,
                           reason="resend of a message already drafted", fingerprint=fp, facts=facts)
        why = box.existing(key, p.reply_to)
        if why:
            log.info("%s: %s", where, why)
            return Outcome(folder, ref, key, ALREADY, verdict, draft, subject, why, fp, facts)
        why = box.answered(folder, ref, p.message_id, flags)
        if why:
            log.info("%s: rejection, no draft: %s", where, why)
            return Outcome(folder, ref, key, ANSWERED, verdict, None, subject, why, fp, facts)
        note = _other_domain(where, p.sender, draft)
        box.save(draft, key)
        if box.dry_run:
            return Outcome(folder, ref, key, WOULD_DRAFT, verdict, draft, subject, note, fp, facts)
        log.info("%s: rejection (score %.1f), draft saved to %s for %s",
                 where, verdict.score, box.folder, draft.get("To", "") + self.composer.answers_note(draft))
        return Outcome(folder, ref, key, DRAFTED, verdict, draft, subject, note, fp, facts)


@dataclass(frozen=True)
class Examined:
    """What `Pipeline.examine` found in one message (in a worker process; picklable)."""

    let_go: bool                   # by the first look (then only key, subject and facts are set)
    facts: MailFacts | None
    key: str = ""
    fingerprint: str = ""
    subject: str = ""
    refs: frozenset[str] = frozenset()   # In-Reply-To and References
    message_id: str | None = None
    sender: str = ""
    verdict: Verdict | None = None
    draft: EmailMessage | None = None


def _refs(msg) -> set[str]:
    """The Message-IDs a message answers (In-Reply-To and References)."""
    return {msg.in_reply_to, *msg.references} - {None}


def _where(folder: str, ref: Ref) -> str:
    return f"{folder} {'uid ' if isinstance(ref, int) else ''}{ref}"


@dataclass(frozen=True)
class Pending:
    """A rejection decided and its draft composed, waiting for the mailbox's answers
    (Pipeline.settle): is a draft for it in Drafts already, has the owner answered it."""

    folder: str
    ref: Ref
    key: str
    where: str
    message_id: str | None     # the rejection's own Message-ID (its thread in Sent / the folder)
    reply_to: str | None       # the id a draft for it would reply to (None: key disambiguated)
    subject: str
    verdict: Verdict
    draft: EmailMessage
    fingerprint: str
    facts: MailFacts | None
    sender: str                # From's address (the follow-up's domain is compared with it)



def _mark(draft: EmailMessage, message_id: str | None) -> None:
    """The draft's identity for exactly-once: its deterministic Message-ID, and nothing that
    would leave with the mail and name the tool (no X-Nottoday-Source)."""
    del draft[SOURCE_HEADER]
    if message_id:
        del draft["Message-ID"]
        draft["Message-ID"] = message_id


FINGERPRINT_TEXT = 4096   # characters of body text that tell two messages apart


def fingerprint(msg) -> str:
    """What tells two messages under one Message-ID apart: sender, subject and the start of the
    text. Copies of one message (another folder, a re-read folder) share it; a date or a
    server-added header does not change it."""
    body = " ".join((msg.text_plain or msg.text_html or "")[:FINGERPRINT_TEXT].split())
    sender = msg.from_.addr if msg.from_ is not None else ""
    subject = " ".join(msg.subject.split()).lower()
    return hashlib.sha256("\x00".join((sender, subject, body)).encode("utf-8", "replace")).hexdigest()


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower().rstrip(".")


def _same_organisation(a: str, b: str) -> bool:
    """hr.acme.com and acme.com are one organisation; acme.com and gmail.com are not."""
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def _other_domain(where: str, sender_addr: str, draft: EmailMessage) -> str | None:
    """A follow-up to a Reply-To or body address outside the sender's domain is worth a look
    before sending (a typo, or a sender steering replies elsewhere): say so in the log, and
    return the note for the outcome (None when the domains agree)."""
    to = parseaddr(str(draft.get("To", "")))[1]
    if not sender_addr or not to:
        return None
    sender, target = _domain(sender_addr), _domain(to)
    if not sender or not target or _same_organisation(sender, target):
        return None
    log.info("%s: the follow-up goes to %s (from Reply-To or the message), not to the "
             "sender's domain %s: check the address before sending", where, to, sender)
    return f"{to} is not at the sender's domain {sender}: check the address before sending"
