"""FETCH responses as imaplib hands them over, parsed without imapclient's lexer.

imapclient's response parser tokenizes a character at a time in Python: on a first pass it cost
more than the rest of the IMAP work (BODYSTRUCTURE of every message, then headers and text
parts). imaplib has already split the literals out: each response is a run of text pieces with
the literal bytes between them. Here one regex tokenizes the text pieces and the literals drop
in where their `{n}` markers end a piece.

The result has imapclient's shape, so callers do not change: {UID: {b"ITEM": value}} with items
upper-cased, numbers as int, NIL as None, strings and literals as bytes, lists as tuples.
Responses without a UID (unsolicited flag updates) are left out. Anything that is not a
well-formed FETCH response raises imapclient's ProtocolError, as imapclient's parser would: the
connection itself is still in step (imaplib read the whole answer).
"""
from __future__ import annotations

import re

from imapclient.exceptions import ProtocolError

_TOKEN = re.compile(rb'[()]|"(?:[^"\\]|\\.)*"|[^\s()"\[]+(?:\[[^\]]*\][^\s()"]*)?|\S')
_UNQUOTE = re.compile(rb"\\(.)", re.S)
_OPEN, _CLOSE, _QUOTE, _BRACE = ord("("), ord(")"), ord('"'), ord("{")


class _Atom(bytes):
    """An unquoted token (an item name, a flag)."""


def _responses(data: list) -> list:
    """Every response's top-level items, one list per response, in order; literals in place."""
    out: list = []
    stack: list[list] = []
    items: list = out
    for piece in data:
        if isinstance(piece, tuple):
            text, literal = piece[0], piece[1]
            if not isinstance(literal, (bytes, bytearray)):
                raise ProtocolError("unexpected FETCH response data")
        else:
            text, literal = piece, None
        if not isinstance(text, (bytes, bytearray)):
            raise ProtocolError("unexpected FETCH response data")
        tokens = _TOKEN.findall(text)
        if literal is not None:
            if not tokens or tokens[-1][:1] != b"{" or not tokens[-1].endswith(b"}") or not tokens[-1][1:-1].isdigit():
                raise ProtocolError("a literal without its marker")
            tokens.pop()
        for t in tokens:
            c = t[0]
            if c == _OPEN:
                stack.append(items)
                items = []
            elif c == _CLOSE:
                if not stack:
                    raise ProtocolError("an unbalanced ')' in a FETCH response")
                done = tuple(items)
                items = stack.pop()
                items.append(done)
            elif c == _QUOTE:
                if len(t) < 2 or t[-1] != _QUOTE:
                    raise ProtocolError("an unterminated string in a FETCH response")
                t = t[1:-1]
                items.append(_UNQUOTE.sub(rb"\1", t) if b"\\" in t else t)
            elif t.isdigit():
                items.append(int(t))
            elif c == _BRACE or len(t) == 1 and not (t.isalnum() or t == b"\\"):
                raise ProtocolError(f"unexpected {bytes(t[:20])!r} in a FETCH response")
            elif t == b"NIL" or t == b"nil":
                items.append(None)
            else:
                items.append(_Atom(t))
        if literal is not None:
            items.append(bytes(literal))
    if stack:
        raise ProtocolError("a FETCH response cut short")
    return out


def parse_fetch(data: list, by_number: bool = False) -> dict[int, dict[bytes, object]]:
    """imaplib's `uid("FETCH", ...)` data -> {UID: {ITEM: value}}; with `by_number`, a FETCH by
    message sequence numbers (no UID asked) -> {number: {ITEM: value}}."""
    flat = _responses(data)
    out: dict[int, dict[bytes, object]] = {}
    i, n = 0, len(flat)
    while i < n:
        if not isinstance(flat[i], int) or i + 1 >= n or not isinstance(flat[i + 1], tuple):
            raise ProtocolError("a FETCH response without its message number")
        number, items = flat[i], flat[i + 1]
        i += 2
        if len(items) % 2:
            raise ProtocolError("a FETCH response with an item without its value")
        entry: dict[bytes, object] = {}
        for k in range(0, len(items), 2):
            name = items[k]
            if not isinstance(name, _Atom):
                raise ProtocolError("a FETCH item name that is not an atom")
            key = bytes(name).upper()
            entry[key] = _body(items[k + 1]) if key in (b"BODYSTRUCTURE", b"BODY") else items[k + 1]
        uid = number if by_number else entry.get(b"UID")
        if isinstance(uid, int):
            if uid in out:
                out[uid].update(entry)
            else:
                out[uid] = entry
    return out


_SEQ_SET = re.compile(rb"^(\d+)(?::(\d+))?$")


def parse_esearch(lines: list, uid: bool) -> list[int] | None:
    """The numbers of one ESEARCH answer's ALL (RFC 4731: `(TAG "x") [UID] ALL 1:5,9`), in
    order; [] when it found nothing; None when it is not one well-formed answer, or when its UID
    marker is not what was asked (`uid`: UIDs, else sequence numbers)."""
    if len(lines) != 1 or not isinstance(lines[0], (bytes, bytearray)):
        return None
    words = bytes(lines[0]).split()
    while words and not words[0].upper().startswith((b"ALL", b"MIN", b"MAX", b"COUNT", b"UID")):
        words.pop(0)                # the (TAG "x") correlator
    marked = bool(words) and words[0].upper() == b"UID"
    if marked:
        words.pop(0)
    if marked != uid:
        return None
    if not words:
        return []
    if len(words) != 2 or words[0].upper() != b"ALL":
        return None
    out: list[int] = []
    for run in words[1].split(b","):
        m = _SEQ_SET.match(run)
        if not m:
            return None
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        if b < a or b - a > 10_000_000:
            return None
        out.extend(range(a, b + 1))
    return out


def _body(node):
    """A body structure as imapclient shapes it: a multipart's children gathered in a list at
    index 0 (agent.stores.textparts reads that shape); a message/rfc822's inner body likewise."""
    if not isinstance(node, tuple) or not node:
        return node
    if isinstance(node[0], tuple):
        k = 0
        while k < len(node) and isinstance(node[k], tuple):
            k += 1
        return ([_body(c) for c in node[:k]],) + node[k:]
    if (len(node) > 8 and isinstance(node[0], bytes) and isinstance(node[1], bytes)
            and node[0].lower() == b"message" and node[1].lower() == b"rfc822"):
        return node[:8] + (_body(node[8]),) + node[9:]
    return node
