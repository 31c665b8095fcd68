"""The neutral, parsed view of one email that detection and composition both read.

Parsing is pure (bytes in, dataclass out) so `check`, `draft`, `evaluate` and the daemon
all see a message the same way. Everything here is untrusted data from the sender.

mail-parser reads the MIME structure and the bodies; the header fields are read here from
the raw header block, because mail-parser answers a duplicated header with a list, drops or
surrogate-escapes undeclared 8-bit bytes, and raises on some values. Raw 8-bit header bytes
are decoded as UTF-8, else Windows-1252 (what mail clients assume), so no surrogate escape
ever reaches a field. Any failure while parsing is a MalformedMessage with a one-line reason.
"""
from __future__ import annotations

import email.feedparser
import email.header
import email.parser
import email.policy
import email.utils
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

import mailparser
from mailparser.dates import parse_mail_date

from . import mimequick
from .decoding import MAX_HEADER_CHARS, decode_8bit

log = logging.getLogger(__name__)

ADDRESS_HEADERS = ("from", "reply-to", "to", "cc")
# mail-parser builds the MIME tree recursively: each level rescans the rest of the message, so
# 1,000 nested multiparts take seconds before it gives up. No real mail has this many.
MAX_MULTIPARTS = 100
BOUNDARY = re.compile(rb"boundary\s*=", re.IGNORECASE)
# The only headers mail-parser is given (besides the bodies): what it needs to decode them and
# the date. It parses every address header eagerly (seconds for a 1 MB To:), and we read the
# header fields ourselves anyway.
_FOR_MAILPARSER = ("content-type", "content-transfer-encoding", "mime-version",
                   "content-disposition", "date")
_SURROGATE = re.compile("[\ud800-\udfff]")
_FOLD = re.compile(r"\r?\n(?=[ \t])|\r(?=[ \t])")
_ENCODED_WORD = re.compile(r"=\?[^?\s]{1,60}\?[bBqQ]\?[^?\s]*\?=")


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


# -- decoding ----------------------------------------------------------------------------
def clean_text(value: object) -> str:
    """`value` as a str without surrogates: surrogate-escaped bytes (what the email library
    makes of undeclared 8-bit bytes) are decoded as in decode_8bit, any other lone
    surrogate becomes U+FFFD."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if not _SURROGATE.search(text):
        return text
    try:
        return decode_8bit(text.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError:      # surrogates that are not escaped bytes
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _charset_decode(data: bytes, charset: str | None) -> str:
    """Bytes of an encoded word in its declared charset; an unknown or lying charset falls
    back to decode_8bit."""
    if charset and charset.lower() not in ("unknown-8bit", "x-unknown"):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    return decode_8bit(data)


def decode_words(value: str) -> str:
    """RFC 2047 encoded words decoded; a broken one is kept as it came."""
    if "=?" not in value or not _ENCODED_WORD.search(value):
        return value
    try:
        parts = email.header.decode_header(value)
    except Exception:      # a broken encoded word: the text as it came
        return value
    out = []
    for i, (chunk, charset) in enumerate(parts):
        text = chunk if isinstance(chunk, str) else _charset_decode(chunk, charset)
        # decode_header drops the whitespace between an encoded word and plain text
        if out and charset is None and isinstance(chunk, bytes) and parts[i - 1][1] is not None:
            text = " " + text.lstrip() if text[:1] not in (" ", "") else text
        elif out and charset is not None and parts[i - 1][1] is None and not out[-1].endswith(" "):
            out.append(" ")
        out.append(text)
    return clean_text("".join(out))


def _unfold(raw: str) -> str:
    """A raw header value (surrogate-escaped 8-bit bytes, maybe folded) as one line of text."""
    return _FOLD.sub("", clean_text(raw[:MAX_HEADER_CHARS])).strip()


def _split(raw: bytes) -> tuple[list[tuple[str, str]], bytes]:
    """The header block as (name, raw value) pairs (8-bit bytes surrogate-escaped, folding
    kept), and the body's bytes, split where the email library splits them."""
    parsed, body = _headers_only(raw)
    if body is None:
        # the payload as stored (get_payload() would decode 8-bit bytes by the declared charset)
        body = getattr(parsed, "_payload", None)
        body = body.encode("ascii", "surrogateescape") if isinstance(body, str) else b""
    return list(parsed.raw_items()), body


_HEADERS_ONLY = email.parser.BytesHeaderParser(policy=email.policy.compat32)
_HEADER_RE = email.feedparser.headerRE      # what the email library takes for a header line


def _headers_only(data: bytes):
    """(BytesHeaderParser(policy=compat32).parsebytes(data), the body's bytes or None). The
    library reads the body too, a line at a time in Python, only to store it whole as the
    payload; when the header block ends where it will end (every line before the first empty
    line is a header line to the library, none a "From " line, no bare CR) only the header
    block is parsed and the rest is stored as the library would store it."""
    try:
        head, body = mimequick.split_head(data)
    except mimequick.Unsure:
        head = b""
    if head and body:
        lines = head.decode("ascii", "surrogateescape").split("\n")
        if all(map(_HEADER_RE.match, lines)) and not any(line.startswith("From ") for line in lines):
            msg = _HEADERS_ONLY.parsebytes(data[:len(data) - len(body)])
            msg.set_payload(body.decode("ascii", "surrogateescape"))
            return msg, body
    return _HEADERS_ONLY.parsebytes(data), None


def _for_mailparser(items: list[tuple[str, str]], body: bytes) -> bytes:
    """The message as mail-parser gets it: the first of each _FOR_MAILPARSER header, capped,
    and the body unchanged."""
    head, seen = [], set()
    for name, value in items:
        key = name.strip().lower()
        if key in _FOR_MAILPARSER and key not in seen:
            seen.add(key)
            head.append(f"{name}: {value[:MAX_HEADER_CHARS]}".encode("utf-8", "surrogateescape"))
    return b"\n".join(head) + b"\n\n" + body


def _addresses(values: list[str]) -> tuple[Address, ...]:
    """The addresses in one header's values (the first occurrence only), names decoded."""
    out = []
    for name, addr in email.utils.getaddresses(values[:1]):
        addr = clean_text(addr).strip().lower()
        if addr and "@" in addr:
            out.append(Address(decode_words(clean_text(name)).strip(), addr))
    return tuple(out)


def _msgids(value: str) -> tuple[str, ...]:
    ids = []
    for token in (value or "").replace(",", " ").split():
        token = token.strip()
        if token.startswith("<") and token.endswith(">") and len(token) > 2:
            ids.append(token)
    return tuple(ids)


def _joined(parts) -> str:
    if isinstance(parts, str):
        return clean_text(parts)
    return "\n".join(clean_text(p) for p in parts or () if p is not None)


def _date(mail) -> datetime | None:
    try:
        date = mail.date
    except Exception:      # mail-parser raises on some hostile dates
        return None
    return date if isinstance(date, datetime) else None


def _attachments(mail) -> tuple[str, ...]:
    names = []
    for a in mail.attachments or ():
        name = a.get("filename", "") if isinstance(a, dict) else ""
        names.append(clean_text(name))
    return tuple(names)


# -- bodies ------------------------------------------------------------------------------
class _Sink:
    """What MailParser._decode_body_payload writes its charset defects to (unread here)."""
    def __init__(self) -> None:
        self._has_defects, self._defects_categories, self._defects = False, set(), []


_BODY_TYPES = ("text/plain", "text/html")
_VIEW_HEADERS = ("content-type", "content-disposition", "content-id", "content-transfer-encoding")


def _quick_bodies(data: bytes):
    """(date, text_plain, text_html) as mail-parser reads them from `data`, for the common shape
    only: text/plain and text/html parts in multipart containers, no attachment, no defect, ASCII
    part headers; None for anything else (mail-parser then reads it). mail-parser parses the
    message twice, walks it twice, re-encodes attachments and builds a dict of every header:
    about 5 ms of a candidate's 7 on the bench. The bodies are decoded by mail-parser's own
    routine, so a body is the same text either way.

    The parts are split at their boundary lines by mimequick where it is sure (the standard
    library's parser compiles a regex per boundary, 0.4 ms, and a boundary is new in every
    message); each part is then read by the standard library alone, as it would read it inside
    the multipart. Where mimequick is unsure, the standard library parses the whole message."""
    top = _headers_only(data)[0]   # compat32, as mail-parser reads it
    try:
        parts = list(_split_parts(top))
    except mimequick.Unsure:
        parts = list(email.message_from_bytes(data).walk())
    plain: list[str] = []
    html: list[str] = []
    for i, part in enumerate(parts):
        if part.defects:
            return None                       # mail-parser's recovery paths (epilogue parts)
        for name, value in part.raw_items():
            if name.lower() in _VIEW_HEADERS and not (isinstance(value, str) and value.isascii()):
                return None                   # mail-parser reads these through a UTF-8 view
        if part.is_multipart() or part.get_content_maintype() == "multipart":
            if part.get_content_maintype() != "multipart" or part.get("content-disposition") is not None \
                    or part.get_filename() is not None:
                return None
            continue
        ctype = part.get_content_type()
        if ctype not in _BODY_TYPES or part.get_filename() is not None \
                or part.get_content_disposition() not in (None, "inline"):
            return None                       # an attachment, or a part mail-parser files elsewhere
        text = mailparser.MailParser._decode_body_payload(_Sink(), part, part.get_content_charset("utf-8"), i)
        if text:
            (html if ctype == "text/html" else plain).append(text)
    raw_date = next((v for n, v in top.raw_items() if n.lower() == "date"), None)
    date = parse_mail_date(raw_date).value if raw_date is not None else None
    return (date if isinstance(date, datetime) else None), plain, html


def _split_parts(part):
    """`part` (read headers-only) and, when it is a multipart, its parts depth first, as
    msg.walk() lists them; mimequick.Unsure where the standard library might read otherwise."""
    yield part
    if part.get_content_maintype() == "message" or part.defects:
        raise mimequick.Unsure("message part or defect")
    if part.get_content_maintype() != "multipart":
        return
    boundary = part.get_boundary()
    payload = part._payload
    if not boundary or not boundary.isascii() or not isinstance(payload, str) \
            or part.get_content_subtype() == "digest":
        raise mimequick.Unsure("no boundary")
    body = payload.encode("ascii", "surrogateescape")
    if b"\r" in body.replace(b"\r\n", b""):
        raise mimequick.Unsure("bare CR")
    found = mimequick.marks(body, b"--" + boundary.encode("ascii"))
    if not found or not found[-1][2] or any(closing for _s, _e, closing in found[:-1]):
        raise mimequick.Unsure("boundary not closed")
    for (_s, a, _c), (b, _e, _c2) in zip(found, found[1:]):
        chunk = body[a:b]
        chunk = chunk[2:] if chunk[:2] == b"\r\n" else chunk[1:] if chunk[:1] == b"\n" else chunk
        if not chunk:
            continue                          # two boundary lines in a row: no part between
        yield from _split_parts(_headers_only(chunk)[0])


def _bodies(data: bytes) -> tuple[datetime | None, str, str, tuple[str, ...]]:
    """(date, text_plain, text_html, attachment names) of the message mail-parser is given."""
    try:
        quick = _quick_bodies(data)
    except Exception:       # noqa: BLE001 - whatever it is, mail-parser decides (and may raise)
        quick = None
    if quick is not None:
        date, plain, html = quick
        return date, _joined(plain), _joined(html), ()
    mail = mailparser.parse_from_bytes(data)
    return _date(mail), _joined(mail.text_plain), _joined(mail.text_html), _attachments(mail)


# -- parsing -----------------------------------------------------------------------------
def parse_message(raw: bytes) -> Message:
    """Parse raw RFC 5322 bytes. Raises MalformedMessage when nothing usable is there."""
    if not isinstance(raw, (bytes, bytearray)) or not raw.strip():
        raise MalformedMessage("empty message")
    raw = bytes(raw)
    try:
        return _parse(raw)
    except MalformedMessage:
        raise
    except RecursionError:
        raise MalformedMessage("unparseable message (nested too deeply)") from None
    except Exception as exc:  # mail-parser and the email library raise many types on hostile input
        raise MalformedMessage(f"unparseable message ({type(exc).__name__})") from None


def _parse(raw: bytes) -> Message:
    if len(BOUNDARY.findall(raw)) > MAX_MULTIPARTS:
        raise MalformedMessage(f"more than {MAX_MULTIPARTS} multipart sections")
    items, body = _split(raw)
    values: dict[str, list[str]] = {}
    for name, value in items:
        values.setdefault(clean_text(name).strip().lower(), []).append(_unfold(value))
    headers = {name: decode_words(vals[0]) for name, vals in values.items()}
    if not headers:
        raise MalformedMessage("no headers")
    date, text_plain, text_html, attachments = _bodies(_for_mailparser(items, body))
    msgids = _msgids(headers.get("message-id", ""))
    from_ = _addresses(values.get("from", []))
    in_reply = _msgids(headers.get("in-reply-to", ""))
    return Message(
        raw=raw,
        message_id=msgids[0] if msgids else None,
        subject=headers.get("subject", "").strip(),
        from_=from_[0] if from_ else None,
        reply_to=_addresses(values.get("reply-to", [])),
        to=_addresses(values.get("to", [])),
        cc=_addresses(values.get("cc", [])),
        date=date,
        date_header=headers.get("date", ""),
        in_reply_to=in_reply[0] if in_reply else None,
        references=_msgids(headers.get("references", "")),
        headers=headers,
        text_plain=text_plain,
        text_html=text_html,
        attachments=attachments,
    )

