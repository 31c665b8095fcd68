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
    if not raw.strip() or len(BOUNDARY.findall(raw)) > MAX_PARTS:
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


# --- the quick reader ------------------------------------------------------------------------
class _Unsure(Exception):
    """Something the quick reader does not read as the standard library would: it hands over."""


MAX_DEPTH = 4
_LINE = re.compile(rb"\r?\n")
_HEADER_LINE = re.compile(rb"[\x21-\x39\x3b-\x7e]+:")    # compat32's header name (no "From " lines)
_PARAM = re.compile(r';\s*([A-Za-z0-9*._-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)')


def _quick(raw: bytes) -> Look:
    head, body = _split_head(raw)
    fields = _fields(head)
    if not fields:
        raise _Unsure("no header")
    texts: list[str] = []
    _part_texts(fields, body, texts, [0], 0)
    subject = decode_words(_value(fields, b"subject"))
    mid = next(iter(_ids(decode_words(_value(fields, b"message-id")))), None)
    key = mid or "sha256:" + hashlib.sha256(raw).hexdigest()
    facts = {name: _value(fields, name.encode()) for name in FACT_FIELDS}
    refs = " ".join(_unfold(v) for name in (b"in-reply-to", b"references") for v in fields.get(name, ()))
    return Look(subject.strip(), "\n".join(texts), mid, key, facts, refs)


def _split_head(raw: bytes) -> tuple[bytes, bytes]:
    """Header block and body, split at the first empty line (as the standard library does,
    when every line before it is a header line: else _Unsure)."""
    if raw[:1] in (b"\n", b"\r"):
        return b"", raw
    m = _BLANK.search(raw)
    head, body = (raw[:m.start()], raw[m.end():]) if m else (raw, b"")
    if b"\r" in head.replace(b"\r\n", b""):
        raise _Unsure("bare CR")
    return head, body


_BLANK = re.compile(rb"\r?\n\r?\n")


def _fields(head: bytes) -> dict[bytes, list[bytes]]:
    """name (lower case) -> raw values, folding kept."""
    out: dict[bytes, list[bytes]] = {}
    last: list[bytes] | None = None
    for line in _LINE.split(head):
        if line[:1] in (b" ", b"\t"):
            if last is None:
                raise _Unsure("continuation first")
            last[-1] += b"\n" + line[1:]   # as the standard library's reading: one space for the fold
            continue
        m = _HEADER_LINE.match(line)
        if m is None:
            raise _Unsure("not a header line")
        name = line[:m.end() - 1].lower()
        last = out.setdefault(name, [])
        last.append(line[m.end():].lstrip(b" \t"))
    return out


def _unfold(value: bytes) -> str:
    text = decode_8bit(value[:MAX_HEADER_CHARS]) if not value.isascii() else value[:MAX_HEADER_CHARS].decode("ascii")
    return text.replace("\n", " ")


def _value(fields: dict[bytes, list[bytes]], name: bytes) -> str:
    values = fields.get(name)
    return _unfold(values[0]) if values else ""


def _content_type(fields: dict[bytes, list[bytes]]) -> tuple[str, str, dict[str, str]]:
    """(maintype, subtype, params) as compat32 reads them; text/plain when missing or broken."""
    value = _value(fields, b"content-type")
    ctype, _sep, rest = value.partition(";")
    ctype = ctype.strip().lower()
    if ctype.count("/") != 1:
        return "text", "plain", {}
    params = {}
    for m in _PARAM.finditer(";" + rest):
        name = m.group(1).lower()
        if name.endswith("*") or "*" in name:
            raise _Unsure("RFC 2231 parameter")
        v = m.group(2)
        if v.startswith('"'):
            v = v[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        params.setdefault(name, v)
    main, sub = ctype.split("/")
    return main.strip(), sub.strip(), params


def _part_texts(fields, body: bytes, out: list[str], count: list[int], depth: int) -> None:
    count[0] += 1
    if count[0] > MAX_PARTS or depth > MAX_DEPTH:
        raise _Unsure("too many parts")
    main, sub, params = _content_type(fields)
    if main == "multipart":
        if sub == "digest":
            raise _Unsure("a digest (its parts default to message/rfc822)")
        boundary = params.get("boundary", "")
        if not boundary or not boundary.isascii():
            raise _Unsure("no boundary")
        for head, part in _split_parts(body, boundary.encode()):
            _part_texts(_fields(head), part, out, count, depth + 1)
        return
    if main == "message":
        raise _Unsure("a message inside")
    if main != "text":
        return
    cte = _value(fields, b"content-transfer-encoding").strip().lower()
    out.append(_decode(body[:LOOK_BYTES], cte, params.get("charset", "").lower(), sub == "html"))


def _split_parts(body: bytes, boundary: bytes):
    """The parts between `--boundary` lines, each as (header block, body); _Unsure unless a
    closing `--boundary--` line ends them."""
    marks = _marks(body, b"--" + boundary)
    if not marks or not marks[-1][2] or any(closing for _s, _e, closing in marks[:-1]):
        raise _Unsure("boundary not closed")
    for (_s, a, _c), (b, _e, _c2) in zip(marks, marks[1:]):
        chunk = body[a:b]
        chunk = chunk[2:] if chunk[:2] == b"\r\n" else chunk[1:] if chunk[:1] == b"\n" else chunk
        if chunk[:2] == b"\r\n":     # a part without a header
            yield b"", chunk[2:]
        elif chunk[:1] == b"\n":
            yield b"", chunk[1:]
        else:
            yield _split_head(chunk)


def _marks(body: bytes, dashed: bytes) -> list[tuple[int, int, bool]]:
    """The boundary lines: (where the line break before it starts, where the line's text ends,
    closing?). A boundary line is `--boundary`, maybe `--`, maybe blanks, then the line's end."""
    out = []
    i = body.find(dashed)
    n = len(dashed)
    while i >= 0:
        if i == 0 or body[i - 1:i] == b"\n":
            j = i + n
            closing = body[j:j + 2] == b"--"
            if closing:
                j += 2
            while body[j:j + 1] in (b" ", b"\t"):
                j += 1
            if j == len(body) or body[j:j + 1] == b"\n" or body[j:j + 2] == b"\r\n":
                start = i - 2 if i >= 2 and body[i - 2:i] == b"\r\n" else i - 1 if i else 0
                out.append((start, j, closing))
                if closing:
                    return out
        i = body.find(dashed, i + 1)
    return out
