"""What the relationship ledger keeps of one handled message: its threading ids, sender and date,
and for a rejection who and what it was about. Small and flat, so a pass that holds every
outcome (agent.scan.PassSummary) never holds the messages themselves."""
from __future__ import annotations

import email.parser
import email.policy
from dataclasses import dataclass
from functools import lru_cache
from email.utils import parseaddr, parsedate_to_datetime

from classifiers import Message
from drafts import Details

# rule ids that say "come to an interview" (classifiers' *-invitation / scheduling rules)
INVITATION_MARKERS = ("invitation", "invite", "scheduling", "reschedule")


@dataclass(frozen=True)
class MailFacts:
    message_id: str | None
    from_addr: str              # lower-case
    from_name: str
    date: float | None          # the message's Date (unix time)
    refs: tuple[str, ...]       # In-Reply-To and References ids
    subject: str
    own: bool                   # sent by the mailbox owner
    correction: bool = False    # filed by the user into the corrections folder
    invitation: bool = False    # detection saw an interview invitation in it
    details: Details | None = None   # for a rejection: contact, company, role, stage, language


def facts_of(msg: Message, owner: frozenset[str], details: Details | None = None, verdict=None,
             correction: bool = False) -> MailFacts:
    sender = msg.from_
    refs = tuple(dict.fromkeys(r for r in (msg.in_reply_to, *msg.references) if r))
    hits = getattr(verdict, "hits", ()) or ()
    invitation = any(h.score < 0 and any(m in h.id for m in INVITATION_MARKERS) for h in hits)
    return MailFacts(
        message_id=msg.message_id, from_addr=sender.addr if sender else "",
        from_name=(sender.name if sender else "") or "",
        date=_timestamp(msg.date), refs=refs,
        subject=" ".join((msg.subject or "").split())[:300],
        own=bool(sender and sender.addr in owner), correction=correction,
        invitation=invitation, details=details)


def _timestamp(date) -> float | None:
    """A Date as unix time; None for none or one the platform cannot convert (year 1 or 9999)."""
    try:
        return date.timestamp() if date is not None else None
    except (OverflowError, OSError, ValueError):
        return None


HEADER_BYTES = 256 * 1024    # headers past this are hostile: what follows is not read


def header_facts(raw: bytes, owner: frozenset[str]) -> MailFacts:
    """Facts from the header block alone, for a message the pipeline let go without parsing it
    (classifiers.prefilter): a terse reply from a company ("let's talk in spring") carries no job
    vocabulary, yet it is the company writing back."""
    head = raw[:HEADER_BYTES].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    h = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\r\n\r\n")

    def ids(name: str) -> list[str]:
        value = " ".join(str(v) for v in h.get_all(name) or ())
        return [t for t in value.replace(",", " ").split() if t.startswith("<") and t.endswith(">") and len(t) > 2]
    name, addr = parseaddr(str(h.get("From", "")))
    try:
        date = _timestamp(parsedate_to_datetime(str(h.get("Date", ""))))
    except (TypeError, ValueError, IndexError, OverflowError):
        date = None
    mid = ids("Message-ID")
    refs = tuple(dict.fromkeys(ids("In-Reply-To") + ids("References")))
    addr = addr.strip().lower()
    return MailFacts(message_id=mid[0] if mid else None, from_addr=addr, from_name=name.strip(), date=date,
                     refs=refs, subject=" ".join(str(h.get("Subject", "")).split())[:300], own=addr in owner)


def look_facts(look, owner: frozenset[str]) -> MailFacts:
    """header_facts from what the prefilter's first look already read (classifiers.prefilter.Look):
    the header is not parsed a second time for a message let go."""
    f = look.fields
    name, addr = _sender(f.get("from", ""))
    try:
        date = _timestamp(parsedate_to_datetime(f.get("date", "")))
    except (TypeError, ValueError, IndexError, OverflowError):
        date = None
    mid = _ids(f.get("message-id", ""))
    addr = addr.strip().lower()
    return MailFacts(message_id=mid[0] if mid else None, from_addr=addr, from_name=name.strip(), date=date,
                     refs=tuple(dict.fromkeys(_ids(look.refs))),
                     subject=" ".join(f.get("subject", "").split())[:300], own=addr in owner)


def _sender(value: str) -> tuple[str, str]:
    """parseaddr, remembered per From value (one of a sane length): most mail comes from
    senders met before (a newsletter, a colleague), and the standard library's address parser
    was a third of the time spent on the facts of a message the first look lets go."""
    return _known_sender(value) if len(value) <= 320 else parseaddr(value)


@lru_cache(maxsize=4096)
def _known_sender(value: str) -> tuple[str, str]:
    return parseaddr(value)


def _ids(value: str) -> list[str]:
    return [t for t in value.replace(",", " ").split() if t.startswith("<") and t.endswith(">") and len(t) > 2]
