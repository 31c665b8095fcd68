"""What the relationship ledger keeps of one handled message: its threading ids, sender and date,
and for a rejection who and what it was about. Small and flat, so a pass that holds every
outcome (agent.scan.PassSummary) never holds the messages themselves."""
from __future__ import annotations

from dataclasses import dataclass

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
