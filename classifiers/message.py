"""The neutral, parsed view of one email that detection and composition both read.

Parsing is pure (bytes in, dataclass out) so `check`, `draft`, `evaluate` and the daemon
all see a message the same way. Everything here is untrusted data from the sender.
"""
from __future__ import annotations

import email.utils
import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime

import mailparser

log = logging.getLogger(__name__)


class MalformedMessage(ValueError):
    """The bytes could not be parsed as an email at all."""


@dataclass(frozen=True)
class Address:
    name: str
    addr: str  # lower-cased

    def __str__(self) -> str:
        return email.utils.formataddr((self.name, self.addr)) if self.name else self.addr


@dataclass(frozen=True)
class Message:
    raw: bytes
    message_id: str | None          # with angle brackets, as in the header; None when absent
    subject: str
    from_: Address | None
    reply_to: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: datetime | None
    date_header: str
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: dict[str, str]          # lower-case name -> first value (decoded)
    text_plain: str                  # the text/plain body ("" when none)
    text_html: str                   # the text/html body ("" when none)
    attachments: tuple[str, ...] = field(default=())   # file names

    @property
    def key(self) -> str:
        """A stable identity for exactly-once bookkeeping: the Message-ID, else a content hash."""
        if self.message_id:
            return self.message_id
        return "sha256:" + hashlib.sha256(self.raw).hexdigest()

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def _addresses(pairs) -> tuple[Address, ...]:
    out = []
    for pair in pairs or ():
        try:
            name, addr = pair
        except (TypeError, ValueError):
            continue
        addr = (addr or "").strip().lower()
        if addr and "@" in addr:
            out.append(Address((name or "").strip(), addr))
    return tuple(out)


def _msgids(value: str) -> tuple[str, ...]:
    ids = []
    for token in (value or "").replace(",", " ").split():
        token = token.strip()
        if token.startswith("<") and token.endswith(">") and len(token) > 2:
            ids.append(token)
    return tuple(ids)


def parse_message(raw: bytes) -> Message:
    """Parse raw RFC 5322 bytes. Raises MalformedMessage when nothing usable is there."""
    if not isinstance(raw, (bytes, bytearray)) or not raw.strip():
        raise MalformedMessage("empty message")
    try:
        mail = mailparser.parse_from_bytes(bytes(raw))
    except Exception as exc:  # mail-parser raises many types on hostile input
        raise MalformedMessage(f"unparseable message ({type(exc).__name__})") from None
    headers: dict[str, str] = {}
    for name, value in (mail.headers or {}).items():
        if isinstance(value, list):
            value = value[0] if value else ""
        headers.setdefault(str(name).lower(), str(value))
    if not headers:
        raise MalformedMessage("no headers")
    msgids = _msgids(headers.get("message-id", ""))
    from_ = _addresses(mail.from_)
    date = None
    try:
        date = mail.date if isinstance(mail.date, datetime) else None
    except Exception:
        date = None
    in_reply = _msgids(headers.get("in-reply-to", ""))
    return Message(
        raw=bytes(raw),
        message_id=msgids[0] if msgids else None,
        subject=(mail.subject or "").strip(),
        from_=from_[0] if from_ else None,
        reply_to=_addresses(mail.reply_to),
        to=_addresses(mail.to),
        cc=_addresses(mail.cc),
        date=date,
        date_header=headers.get("date", ""),
        in_reply_to=in_reply[0] if in_reply else None,
        references=_msgids(headers.get("references", "")),
        headers=headers,
        text_plain="\n".join(mail.text_plain or []),
        text_html="\n".join(mail.text_html or []),
        attachments=tuple(str(a.get("filename", "")) for a in (mail.attachments or [])),
    )
