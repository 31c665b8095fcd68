"""A quick reader of MIME structure from raw bytes: header lines by regex, parts split at their
boundary lines by bytes.find, nothing decoded. The standard library's parser reads a message a
line at a time in Python (a 3 MB attachment is 40,000 lines); the prefilter's first look and a
Maildir message's slimming (agent.stores.textparts.slim) need only the header fields and where
the parts are.

It reads what it is sure of exactly as the standard library's compat32 parser would, and raises
`Unsure` for everything else (a line that is not a header line, a bare CR, a continuation line
first, an RFC 2231 parameter, a boundary that is never closed); callers then use the standard
library's parser as before.
"""
from __future__ import annotations

import re

from .decoding import MAX_HEADER_CHARS, decode_8bit


class Unsure(Exception):
    """Something this reader does not read as the standard library would: the caller hands over."""


_LINE = re.compile(rb"\r?\n")
_HEADER_LINE = re.compile(rb"[\x21-\x39\x3b-\x7e]+:")    # compat32's header name (no "From " lines)
_PARAM = re.compile(r';\s*([A-Za-z0-9*._-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)')


def split_head(raw: bytes) -> tuple[bytes, bytes]:
    """Header block and body, split at the first empty line (as the standard library does,
    when every line before it is a header line: else Unsure)."""
    if raw[:1] in (b"\n", b"\r"):
        return b"", raw
    m = _BLANK.search(raw)
    head, body = (raw[:m.start()], raw[m.end():]) if m else (raw, b"")
    if b"\r" in head.replace(b"\r\n", b""):
        raise Unsure("bare CR")
    return head, body


_BLANK = re.compile(rb"\r?\n\r?\n")


def fields(head: bytes) -> dict[bytes, list[bytes]]:
    """name (lower case) -> raw values, folding kept."""
    out: dict[bytes, list[bytes]] = {}
    last: list[bytes] | None = None
    for line in _LINE.split(head):
        if line[:1] in (b" ", b"\t"):
            if last is None:
                raise Unsure("continuation first")
            last[-1] += b"\n" + line[1:]   # as the standard library's reading: one space for the fold
            continue
        m = _HEADER_LINE.match(line)
        if m is None:
            raise Unsure("not a header line")
        name = line[:m.end() - 1].lower()
        last = out.setdefault(name, [])
        last.append(line[m.end():].lstrip(b" \t"))
    return out


def unfold(value: bytes) -> str:
    """A raw header value as text: 8-bit bytes decoded as decode_8bit does, folds one space."""
    text = decode_8bit(value[:MAX_HEADER_CHARS]) if not value.isascii() else value[:MAX_HEADER_CHARS].decode("ascii")
    return text.replace("\n", " ")


def value(fields: dict[bytes, list[bytes]], name: bytes) -> str:
    """The first value of header `name` (lower-case bytes), unfolded; "" when missing."""
    values = fields.get(name)
    return unfold(values[0]) if values else ""


def content_type(fields: dict[bytes, list[bytes]]) -> tuple[str, str, dict[str, str]]:
    """(maintype, subtype, params) as compat32 reads them; text/plain when missing or broken."""
    ctype, _sep, rest = value(fields, b"content-type").partition(";")
    ctype = ctype.strip().lower()
    if ctype.count("/") != 1:
        return "text", "plain", {}
    params = {}
    for m in _PARAM.finditer(";" + rest):
        name = m.group(1).lower()
        if name.endswith("*") or "*" in name:
            raise Unsure("RFC 2231 parameter")
        v = m.group(2)
        if v.startswith('"'):
            v = v[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        params.setdefault(name, v)
    main, sub = ctype.split("/")
    return main.strip(), sub.strip(), params


def split_parts(body: bytes, boundary: bytes):
    """The parts between `--boundary` lines, each as (header block, body); Unsure unless a
    closing `--boundary--` line ends them."""
    found = marks(body, b"--" + boundary)
    if not found or not found[-1][2] or any(closing for _s, _e, closing in found[:-1]):
        raise Unsure("boundary not closed")
    for (_s, a, _c), (b, _e, _c2) in zip(found, found[1:]):
        chunk = body[a:b]
        chunk = chunk[2:] if chunk[:2] == b"\r\n" else chunk[1:] if chunk[:1] == b"\n" else chunk
        if chunk[:2] == b"\r\n":     # a part without a header
            yield b"", chunk[2:]
        elif chunk[:1] == b"\n":
            yield b"", chunk[1:]
        else:
            yield split_head(chunk)


def marks(body: bytes, dashed: bytes) -> list[tuple[int, int, bool]]:
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
