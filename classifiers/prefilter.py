"""A cheap first look before the classifier: is this message about a job at all?

Most mail in an inbox (orders, newsletters, friends) has nothing to do with a job application,
and parsing it with mail-parser and running spaCy over it costs about a millisecond. The first
look reads the subject and the first kilobytes of each text part and searches them once for the
job vocabulary of the seven languages (prefilter.toml, data). Only a message holding one of those
word starts goes on to `parse_message` and the classifier.

It reads the raw bytes itself (`_quick`: header lines by regex, parts split at their boundary
lines, no attachment decoded) — the standard library's parser cost more than the rest of a pass
over mail that is not about a job. Whatever that reader is not sure of (a line that is not a
header, an RFC 2231 boundary, a forwarded message/rfc822, nesting deeper than MAX_DEPTH, a
boundary never closed) goes to the standard library's parser instead, as before; a test checks
on every corpus that both read the same subject and key, and that the quick one never misses a
candidate the other finds.

Its recall must be 1.0: a message it lets go is never looked at again. tests/test_prefilter.py
measures it on every labelled corpus (and on everything the classifier calls a rejection there).
Rules a user adds or re-scores can match anything, so `applies(settings)` is False for them and
every message goes to the classifier.
"""
from __future__ import annotations

import binascii
import email.parser
import email.policy
import hashlib
import html
import quopri
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import mimequick as mq
from .message import BOUNDARY, MAX_HEADER_CHARS, clean_text, decode_8bit, decode_words
from .mimequick import Unsure as _Unsure
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
    # the first value of each header (raw: folded, encoded words kept), for whoever records a
    # message let go (agent.mailfacts.look_facts): From, Date, threading ids
    fields: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    refs: str = ""           # every In-Reply-To and References value, joined


@lru_cache(maxsize=1)
def vocabulary() -> re.Pattern:
    """One regex of every language's word starts, as a trie (common starts written once): the
    regex engine then tries a position against a few letters, not against 700 words in turn."""
    return re.compile(rf"(?<!\w){_trie(_words())}")


def _words() -> list[str]:
    data = tomllib.loads(VOCAB_FILE.read_text(encoding="utf-8"))
    return sorted({w.lower() for words in data.values() for w in words}, key=len, reverse=True)


def _trie(words: list[str]) -> str:
    """The regex matching what the alternation of `_pattern(w)` matches. A word start that ends
    at a node ends the search there (any longer word through it matches it too)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w.rstrip("="):
            node = node.setdefault(ch, {})
        node["=" if w.endswith("=") else ""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""
        alts = [r"(?!\w)"] if "=" in node else []
        alts += [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                 for ch, child in sorted(node.items()) if ch not in ("", "=")]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return emit(root)


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
    """Subject, the start of the text and the key of `raw`; None when it cannot be read (the
    classifier then decides, and reports it malformed if it is)."""
    # counted cheaply first: the case-blind regex over every byte was a fifth of the look's cost
    many = raw.count(b"oundary") + raw.count(b"OUNDARY") > MAX_PARTS
    if not raw or raw.isspace() or (many and len(BOUNDARY.findall(raw)) > MAX_PARTS):
        return None               # what parse_message refuses, it reports (malformed)
    try:
        quick = _quick(raw)
    except _Unsure:
        quick = None
    except Exception:  # noqa: BLE001 - hostile bytes: the standard library's parser judges them
        quick = None
    return quick if quick is not None else _stdlib_look(raw)


def _stdlib_look(raw: bytes) -> Look | None:
    """The first look through the standard library's parser (what `_quick` is unsure of)."""
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
        fields = {name: _header(msg, name) for name in FACT_FIELDS}
        refs = " ".join(_header_all(msg, "in-reply-to") + _header_all(msg, "references"))
    except Exception:  # noqa: BLE001 - hostile bytes: let the classifier's parser judge them
        return None
    key = mid or "sha256:" + hashlib.sha256(raw).hexdigest()
    return Look(subject.strip(), "\n".join(texts), mid, key, fields, refs)


def candidate(raw: bytes) -> tuple[bool, Look | None]:
    """(go on to the classifier?, the look). Unreadable for the first look means go on."""
    look = first_look(raw)
    return (look is None or is_candidate(look.subject, look.text)), look


FACT_FIELDS = ("from", "date", "subject", "message-id")
_FOLDED = re.compile(r"\r?\n[ \t]")


def _header(msg, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    return _FOLDED.sub(" ", clean_text(str(value)[:MAX_HEADER_CHARS]))


def _header_all(msg, name: str) -> list[str]:
    return [_FOLDED.sub(" ", clean_text(str(v)[:MAX_HEADER_CHARS])) for v in msg.get_all(name) or ()]


def _ids(value: str) -> list[str]:
    return [t for t in value.replace(",", " ").split() if t.startswith("<") and t.endswith(">") and len(t) > 2]


def _start(part) -> str:
    """The first LOOK_CHARS characters of a text part, decoded; HTML without its tags."""
    payload = getattr(part, "_payload", None)   # as stored: get_payload() decodes 8-bit text
    if not isinstance(payload, str):
        return ""
    encoded = payload[:LOOK_BYTES].encode("ascii", "surrogateescape")
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    return _decode(encoded, cte, part.get_content_charset() or "", part.get_content_subtype() == "html")


_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")


def _decode(encoded: bytes, cte: str, charset: str, is_html: bool) -> str:
    """The first LOOK_CHARS characters of a part's (start of) encoded body."""
    if cte == "base64":
        clean = _NOT_BASE64.sub(b"", encoded)
        try:
            data = binascii.a2b_base64(clean[: len(clean) // 4 * 4])
        except binascii.Error:
            data = b""
    elif cte == "quoted-printable":
        data = quopri.decodestring(encoded)
    else:
        data = encoded
    try:
        text = data.decode(charset, "replace") if charset else decode_8bit(data)
    except LookupError:
        text = decode_8bit(data)
    if is_html:
        text = html.unescape(_TAG.sub(" ", text))
    return text[:LOOK_CHARS]


# --- the quick reader (classifiers.mimequick) ------------------------------------------------
MAX_DEPTH = 4


def _quick(raw: bytes) -> Look:
    head, body = mq.split_head(raw)
    fields = mq.fields(head)
    if not fields:
        raise _Unsure("no header")
    texts: list[str] = []
    _part_texts(fields, body, texts, [0], 0)
    subject = decode_words(mq.value(fields, b"subject"))
    mid = next(iter(_ids(decode_words(mq.value(fields, b"message-id")))), None)
    key = mid or "sha256:" + hashlib.sha256(raw).hexdigest()
    facts = {name: mq.value(fields, name.encode()) for name in FACT_FIELDS}
    refs = " ".join(mq.unfold(v) for name in (b"in-reply-to", b"references") for v in fields.get(name, ()))
    return Look(subject.strip(), "\n".join(texts), mid, key, facts, refs)


def _part_texts(fields, body: bytes, out: list[str], count: list[int], depth: int) -> None:
    count[0] += 1
    if count[0] > MAX_PARTS or depth > MAX_DEPTH:
        raise _Unsure("too many parts")
    main, sub, params = mq.content_type(fields)
    if main == "multipart":
        if sub == "digest":
            raise _Unsure("a digest (its parts default to message/rfc822)")
        boundary = params.get("boundary", "")
        if not boundary or not boundary.isascii():
            raise _Unsure("no boundary")
        for head, part in mq.split_parts(body, boundary.encode()):
            _part_texts(mq.fields(head), part, out, count, depth + 1)
        return
    if main == "message":
        raise _Unsure("a message inside")
    if main != "text":
        return
    cte = mq.value(fields, b"content-transfer-encoding").strip().lower()
    out.append(_decode(body[:LOOK_BYTES], cte, params.get("charset", "").lower(), sub == "html"))


