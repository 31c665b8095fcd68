"""A cheap first look before the classifier: is this message about a job at all?

Most mail in an inbox (orders, newsletters, friends) has nothing to do with a job application,
and parsing it with mail-parser and running spaCy over it costs about a millisecond. The first
look reads the subject and the first kilobytes of each text part with the standard library's
parser (no attachment is decoded) and searches them once for the job vocabulary of the seven
languages (prefilter.toml, data). Only a message holding one of those word starts goes on to
`parse_message` and the classifier.

Its recall must be 1.0: a message it lets go is never looked at again. tests/test_prefilter.py
measures it on every labelled corpus (and on everything the classifier calls a rejection there).
Rules a user adds or re-scores can match anything, so `applies(settings)` is False for them and
every message goes to the classifier.
"""
from __future__ import annotations

import email.parser
import email.policy
import hashlib
import html
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .message import BOUNDARY, MAX_HEADER_CHARS, clean_text, decode_8bit, decode_words
from .model import DetectionSettings

VOCAB_FILE = Path(__file__).with_name("prefilter.toml")
LOOK_CHARS = 4096            # characters of each text part looked at
LOOK_BYTES = 4 * LOOK_CHARS  # encoded bytes decoded per part (base64/QP and multibyte charsets)
MAX_PARTS = 100              # as parse_message: more is hostile, and goes to the classifier
_TAG = re.compile(r"<(?:style|script)\b.*?</(?:style|script)\s*>|<[^>]*>", re.I | re.S)
_PARSER = email.parser.BytesParser(policy=email.policy.compat32)


@dataclass(frozen=True)
class Look:
    """What the first look read: enough to decide, and to record a message it lets go."""

    subject: str
    text: str
    message_id: str | None
    key: str                 # as classifiers.Message.key: the Message-ID, else a content hash


@lru_cache(maxsize=1)
def vocabulary() -> re.Pattern:
    """One regex of every language's word starts (longest first, so none shadows another)."""
    data = tomllib.loads(VOCAB_FILE.read_text(encoding="utf-8"))
    words = sorted({w.lower() for words in data.values() for w in words}, key=len, reverse=True)
    alternatives = "|".join(_pattern(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})")


def _pattern(word: str) -> str:
    """A word start; "=" at the end: the whole word ("pass=" is not "password")."""
    whole = word.endswith("=")
    text = re.escape(word.rstrip("=")).replace(r"\ ", r"\s+")
    return text + (r"(?!\w)" if whole else "")


def applies(settings: DetectionSettings) -> bool:
    """Whether the first look may skip messages: only for the built-in rules and scores (a user
    rule, a re-scored rule or a lower threshold can call other mail a rejection)."""
    return not settings.rules and not settings.scores and settings.threshold >= DetectionSettings.threshold


def is_candidate(subject: str, text: str) -> bool:
    return vocabulary().search(f"{subject}\n{text}".lower()) is not None


def first_look(raw: bytes) -> Look | None:
    """Subject, the start of the text and the key of `raw`; None when the standard library cannot
    read it (the classifier then decides, and reports it malformed if it is)."""
    if not raw.strip() or len(BOUNDARY.findall(raw)) > MAX_PARTS:
        return None               # what parse_message refuses, it reports (malformed)
    try:
        msg = _PARSER.parsebytes(raw)
        if not msg.keys():
            return None
        texts = []
        parts = 0
        for part in msg.walk():
            parts += 1
            if parts > MAX_PARTS:
                return None
            if part.is_multipart() or part.get_content_maintype() != "text":
                continue
            texts.append(_start(part))
        subject = decode_words(_header(msg, "subject"))
        mid = next(iter(_ids(decode_words(_header(msg, "message-id")))), None)
    except Exception:  # noqa: BLE001 - hostile bytes: let the classifier's parser judge them
        return None
    key = mid or "sha256:" + hashlib.sha256(raw).hexdigest()
    return Look(subject.strip(), "\n".join(texts), mid, key)


def candidate(raw: bytes) -> tuple[bool, Look | None]:
    """(go on to the classifier?, the look). Unreadable for the first look means go on."""
    look = first_look(raw)
    return (look is None or is_candidate(look.subject, look.text)), look


def _header(msg, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    text = clean_text(str(value)[:MAX_HEADER_CHARS])
    return re.sub(r"\r?\n[ \t]", " ", text)


def _ids(value: str) -> list[str]:
    return [t for t in value.replace(",", " ").split() if t.startswith("<") and t.endswith(">") and len(t) > 2]


def _start(part) -> str:
    """The first LOOK_CHARS characters of a text part, decoded; HTML without its tags."""
    payload = getattr(part, "_payload", None)   # as stored: get_payload() decodes 8-bit text
    if not isinstance(payload, str):
        return ""
    encoded = payload[:LOOK_BYTES].encode("ascii", "surrogateescape")
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte == "base64":
        import binascii

        clean = re.sub(rb"[^A-Za-z0-9+/]", b"", encoded)
        try:
            data = binascii.a2b_base64(clean[: len(clean) // 4 * 4])
        except binascii.Error:
            data = b""
    elif cte == "quoted-printable":
        import quopri

        data = quopri.decodestring(encoded)
    else:
        data = encoded
    charset = part.get_content_charset() or ""
    try:
        text = data.decode(charset, "replace") if charset else decode_8bit(data)
    except LookupError:
        text = decode_8bit(data)
    if part.get_content_subtype() == "html":
        text = html.unescape(_TAG.sub(" ", text))
    return text[:LOOK_CHARS]
