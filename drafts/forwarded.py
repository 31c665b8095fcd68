"""A message forwarded inside a mail: its sender, subject and text, read off the header block a
mail client writes above it ("From: … / Subject: …", "Von: … / Betreff: …", "De : … / Objet : …").

A colleague forwarding a rejection, a recruiter pasting the client's note, or a recruiter
re-sending an automated letter: the forwarded block speaks for its own sender, not for the mail's.
"""
from __future__ import annotations

import dataclasses
import email.utils
import re
from dataclasses import dataclass

from classifiers.message import Address, Message

from .text import one_line

_FROM = re.compile(r"^[ \t>*]*(?:from|von|de|da|van|envoyé par|expéditeur|remetente|mittente)[ \t]*:[ \t]*(.+)$",
                   re.IGNORECASE | re.MULTILINE)
_SUBJECT = re.compile(r"^[ \t>*]*(?:subject|betreff|objet|asunto|oggetto|onderwerp|assunto)[ \t]*:[ \t]*(.*)$",
                      re.IGNORECASE)
_HEADER = re.compile(r"^[ \t>*]*[^\W\d_][\w -]{0,25}[ \t]?:[ \t]")
MAX_HEADER_LINES = 8
MAX_FROM_CHARS = 320     # a name and an address (254 at most); the email library's address
                         # parser recurses on longer hostile lines ("http://" x 19,500)


@dataclass(frozen=True)
class Forwarded:
    """The first forwarded message: where its header block starts in the text, its sender, its
    subject ("" when the block names none) and its text."""
    start: int
    sender: Address
    subject: str
    text: str


def forwarded(full: str) -> Forwarded | None:
    """The first header block in the text that names a sender with an address, or None."""
    for m in _FROM.finditer(full):
        name, addr = email.utils.parseaddr(m.group(1).strip()[:MAX_FROM_CHARS])
        if "@" not in addr or " " in addr:
            continue
        lines = full[m.end():].split("\n")[1:]
        subject, used = "", 0
        for line in lines[:MAX_HEADER_LINES]:
            if not _HEADER.match(line):
                break
            used += 1
            s = _SUBJECT.match(line)
            if s:
                subject = s.group(1)
        text = "\n".join(lines[used:]).strip("\n")
        return Forwarded(m.start(), Address(one_line(name), addr.lower()), one_line(subject, 300), text)
    return None


def as_message(msg: Message, fwd: Forwarded) -> Message:
    """The forwarded message as a message of its own: its sender, subject and text (the outer
    mail's other headers stay; nothing is parsed again)."""
    return dataclasses.replace(msg, from_=fwd.sender, reply_to=(), cc=(), subject=fwd.subject or msg.subject,
                               text_plain=fwd.text, text_html="")
