"""Reply headers built from untrusted values: subject, threading ids, addresses.

Every value is flattened to one printable line before it reaches the email library, and the
library (EmailMessage + Address objects) does all quoting, encoding and folding.
"""
from __future__ import annotations

import email.policy
import re
from email.headerregistry import HeaderRegistry, UnstructuredHeader

from .text import one_line

# Reply prefixes in common clients' languages: a subject starting with one is already a reply.
_REPLY_PREFIX = re.compile(
    r"^\s*(?:re|aw|sv|vs|antw|odp|res|r|ref|rif|ynt|atb|vá|απ|回复|回覆|答复)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]",
    re.IGNORECASE)
# A msg-id we are willing to repeat: <printable ASCII without spaces or angle brackets>.
_MSGID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")
MAX_REFERENCES = 20


# Forward prefixes (and a sender's "Resending:"), for thread_subject.
_FORWARD_PREFIX = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc|i|doorst|resend(?:ing)?|resent)\s*[:：]", re.IGNORECASE)


def topic(subject: str | None) -> str:
    """The subject without its reply and forward prefixes, as written ("WG: Re: Entscheidung
    Brand Manager" -> "Entscheidung Brand Manager"): "TR:", "RV:" or "I:" names no company or role."""
    subject = one_line(subject, 400)
    while m := _REPLY_PREFIX.match(subject) or _FORWARD_PREFIX.match(subject):
        subject = subject[m.end():].lstrip()
    return subject


def thread_subject(subject: str | None) -> str:
    """The subject a whole conversation shares: without reply/forward prefixes, case or extra
    spacing ("Re: Fwd: Your  Application" -> "your application")."""
    return " ".join(topic(subject).split()).casefold()


def reply_subject(subject: str | None) -> str:
    """'Re: ' + subject, unless the subject already is a reply (Re:/RE:/Aw:/Sv:/...)."""
    subject = one_line(subject, 400)
    if not subject:
        return "Re:"
    if _REPLY_PREFIX.match(subject):
        return subject
    return "Re: " + subject


def safe_msgid(value: str | None) -> str | None:
    return value if value and _MSGID.fullmatch(value) else None


def threading(message_id: str | None, references: tuple[str, ...]) -> tuple[str, str] | None:
    """(In-Reply-To, References) for a reply, or None when the original has no usable id."""
    mid = safe_msgid(message_id)
    if not mid:
        return None
    refs: list[str] = []
    for r in references:
        if safe_msgid(r) and r not in refs and r != mid:
            refs.append(r)
    if len(refs) > MAX_REFERENCES - 1:   # keep the thread root and the most recent ones (RFC 5322)
        refs = refs[:1] + refs[-(MAX_REFERENCES - 2):]
    return mid, " ".join([*refs, mid])


class _MsgIdList(UnstructuredHeader):
    """In-Reply-To / References / X-Nottoday-Source: folded between ids, never RFC 2047-encoded.

    The stock folder encodes any token longer than a line (long Outlook ids), which breaks
    threading in every client. Values that are not plain msg-ids fall back to the stock folder.
    """

    def fold(self, *, policy):
        tokens = str(self).split()
        if not tokens or not all(_MSGID.fullmatch(t) or re.fullmatch(r"[\x21-\x7e]{1,250}", t)
                                 for t in tokens):
            return super().fold(policy=policy)
        head = f"{self.name}:"
        lines, line = [], head
        for token in tokens:
            if line != head and len(line) + 1 + len(token) > policy.max_line_length:
                lines.append(line)
                line = ""
            line += " " + token
        lines.append(line)
        return policy.linesep.join(lines) + policy.linesep


_REGISTRY = HeaderRegistry()
for _name in ("in-reply-to", "references", "x-nottoday-source"):
    _REGISTRY.map_to_type(_name, _MsgIdList)
# policy.default with the id-list headers above; header objects keep their class, so the
# draft folds the same way whichever policy (SMTP for IMAP APPEND) serialises it later.
DRAFT_POLICY = email.policy.default.clone(header_factory=_REGISTRY)
