"""What detection needs of a message: its header and its text parts, never an attachment.

IMAP: the header comes first (with the size of the few big messages); a message it says is one
part gets its plan from it (`header_plan`: its body, BODY[1], is the text, or there is no text),
and only multipart and message/* ones are asked for their structure (`text_plan`: BODY, or
BODYSTRUCTURE where a text part's disposition matters), which says where the text parts are.
The store then fetches each text part, at most MAX_TEXT_BYTES of it (BODY.PEEK[n]<0.N>, or
BODY.PEEK[n] when the server said it is no bigger), and
`rebuild` makes one parseable message of them: a single-part message is its header and body as
they were; a multipart one keeps its header (and boundary) and holds the text parts flat, each
with a Content-Type and transfer encoding taken from the structure. Maildir: `slim` does the
same from the file's bytes (the standard parser splits parts without decoding them).

A structure that cannot be read this way (no boundary, too many parts, nested too deep) gives no
plan: the store then reads the whole message as before, under the same size limits.
"""
from __future__ import annotations

import email.parser
import email.policy
import re
from dataclasses import dataclass

from classifiers import mimequick as mq

MAX_TEXT_BYTES = 256 * 1024     # of one text part: more is not a letter, the start decides
MAX_PARTS = 100                 # as classifiers.message.MAX_MULTIPARTS
MAX_DEPTH = 12
_TOKEN = re.compile(rb"^[A-Za-z0-9._+-]{1,64}$")


@dataclass(frozen=True)
class TextPart:
    section: str        # IMAP section number, "1", "1.2", ...
    subtype: str        # "plain" / "html"
    charset: str
    encoding: str       # content transfer encoding
    size: int
    known: bool = False  # `size` is the server's (BODYSTRUCTURE, RFC822.SIZE) or a bound it vouched for

    @property
    def whole(self) -> bool:
        """Fetched without a partial range: the server said it is at most MAX_TEXT_BYTES (the
        answer then does not echo `<0>`: 3 bytes a part)."""
        return self.known and 0 <= self.size <= MAX_TEXT_BYTES


@dataclass(frozen=True)
class Plan:
    single: bool                 # the top-level body is the only part: header + body as they are
    boundary: str
    parts: tuple[TextPart, ...]

    @property
    def items(self) -> tuple[str, ...]:
        return ("BODY.PEEK[HEADER]",) + self.part_items

    @property
    def part_items(self) -> tuple[str, ...]:
        return tuple(f"BODY.PEEK[{p.section}]" if p.whole else f"BODY.PEEK[{p.section}]<0.{MAX_TEXT_BYTES}>"
                     for p in self.parts)

    def estimate(self) -> int:
        return 4096 + sum(max(0, min(p.size, MAX_TEXT_BYTES)) for p in self.parts)


class _Unplannable(Exception):
    pass


def _b(value) -> bytes:
    return value if isinstance(value, bytes) else str(value or "").encode()


def _params(value) -> dict[bytes, bytes]:
    if not isinstance(value, (list, tuple)):
        return {}
    items = list(value)
    return {_b(items[i]).lower(): _b(items[i + 1]) for i in range(0, len(items) - 1, 2)}


def _token(value, default: bytes) -> str:
    v = _b(value)
    return (v if _TOKEN.match(v) else default).decode().lower()


def text_plan(structure, boundary: bytes = b"", rendered_only: bool = False) -> Plan | None:
    """Where the text parts of a message are, from its BODYSTRUCTURE (imapclient's tuples), or
    from its BODY (no extension data: no dispositions, no boundary) when `boundary` is given:
    for a multipart/alternative, whose parts are renderings of one text, not attachments; with
    `rendered_only`, for any multipart whose every text part sits directly in a
    multipart/alternative (the common multipart/mixed of a letter and its attachments) — None
    when one does not (a text part beside attachments may be one: BODYSTRUCTURE says)."""
    try:
        if not isinstance(structure, (list, tuple)) or not structure:
            return None
        if _multipart(structure):
            boundary = _params(structure[2] if len(structure) > 2 else None).get(b"boundary", b"") or boundary
            if not boundary or len(boundary) > 200 or b"\r" in boundary or b"\n" in boundary:
                return None
            parts: list[TextPart] = []
            _walk(structure, "", parts, [0], 0, rendered_only)
            return Plan(False, boundary.decode("latin-1"), tuple(parts))
        if rendered_only:
            return None
        parts = []
        _leaf(structure, "1", parts)
        return Plan(True, "", tuple(parts))
    except (_Unplannable, IndexError, TypeError, ValueError, AttributeError):
        return None


def _multipart(node) -> bool:
    return isinstance(node[0], (list, tuple))


def _walk(node, prefix: str, out: list[TextPart], count: list[int], depth: int, rendered_only: bool = False) -> None:
    if depth > MAX_DEPTH:
        raise _Unplannable("nested too deep")
    rendering = len(node) > 1 and _b(node[1]).lower() == b"alternative"
    children = node[0]
    if isinstance(children, tuple) and children and not isinstance(children[0], (list, tuple)):
        children = [children]
    for i, child in enumerate(children, 1):
        count[0] += 1
        if count[0] > MAX_PARTS:
            raise _Unplannable("too many parts")
        section = f"{prefix}{i}"
        if _multipart(child):
            _walk(child, section + ".", out, count, depth + 1, rendered_only)
        elif _b(child[0]).lower() == b"message" and _b(child[1]).lower() == b"rfc822" and len(child) > 8:
            inner = child[8]    # a forwarded message: its text parts are text too
            if isinstance(inner, (list, tuple)) and inner and _multipart(inner):
                _walk(inner, section + ".", out, count, depth + 1, rendered_only)
            elif isinstance(inner, (list, tuple)) and inner:
                _leaf(inner, section + ".1", out, rendered_only)
        else:
            _leaf(child, section, out, rendered_only and not rendering)


def _leaf(node, section: str, out: list[TextPart], unsure: bool = False) -> None:
    if _b(node[0]).lower() != b"text":
        return
    subtype = _b(node[1]).lower()
    if subtype not in (b"plain", b"html"):
        return
    if unsure:      # a text part outside an alternative, its disposition not known
        raise _Unplannable("a text part whose disposition is needed")
    disposition = node[9] if len(node) > 9 else None       # text: lines at 7, md5 at 8
    if isinstance(disposition, (list, tuple)) and disposition and _b(disposition[0]).lower() == b"attachment":
        return
    charset = _params(node[2]).get(b"charset", b"")
    known = isinstance(node[6], int) and not isinstance(node[6], bool)
    size = int(node[6] or 0)
    out.append(TextPart(section, subtype.decode(), _token(charset, b""), _token(node[5], b"7bit"), size, known))


_FIELD = re.compile(rb"^(content-type|content-disposition)[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.I | re.M)


def header_plan(header: bytes, size: int) -> Plan | None:
    """The plan of a message whose header says it is one part: its body (BODY[1]) is its text
    when that is text/plain or text/html and not an attachment, else it has none. None when the
    structure is needed: multipart or message/*, or a Content-Type or Content-Disposition the
    server's parser may read otherwise (twice, or not type/subtype). `size`: the message's
    RFC822.SIZE, or a bound the server vouched for (SEARCH LARGER); 0 when unknown."""
    found: dict[bytes, bytes] = {}
    for m in _FIELD.finditer(header):
        name = m.group(1).lower()
        if name in found:
            return None
        found[name] = b" ".join(m.group(2).split())
    ctype = found.get(b"content-type", b"text/plain").split(b";", 1)[0].strip().lower()
    if ctype.count(b"/") != 1:
        return None
    main, sub = (t.strip() for t in ctype.split(b"/"))
    if main in (b"multipart", b"message") or not main or not sub:
        return None
    if (main != b"text" or sub not in (b"plain", b"html")
            or found.get(b"content-disposition", b"").strip().lower().startswith(b"attachment")):
        return Plan(True, "", ())
    # BODY[1]: a one-part message's only part, its body (RFC 3501 6.4.5), echoed 3 bytes shorter than TEXT
    return Plan(True, "", (TextPart("1", sub.decode(), "", "", max(0, size - len(header)), size > 0),))


_BOUNDARY_PARAM = re.compile(rb';\s*boundary\s*=\s*(?:"([^"\\\r\n]{1,200})"|([^";\s]{1,200}))', re.I)


def multipart_boundary(header: bytes) -> tuple[bytes, bytes] | None:
    """(subtype, boundary) of a message whose header says it is multipart (one Content-Type, a
    plain boundary parameter); None for anything else."""
    found = [m.group(2) for m in _FIELD.finditer(header) if m.group(1).lower() == b"content-type"]
    if len(found) != 1:
        return None
    value = b" ".join(found[0].split())
    ctype = value.split(b";", 1)[0].strip().lower()
    if not ctype.startswith(b"multipart/") or b"*" in value:
        return None
    m = _BOUNDARY_PARAM.search(value)
    return (ctype[len(b"multipart/"):], m.group(1) or m.group(2)) if m else None


def alternative_boundary(header: bytes) -> bytes | None:
    """The boundary of a message whose header says it is multipart/alternative (one
    Content-Type, a plain boundary parameter); None for anything else."""
    found = multipart_boundary(header)
    return found[1] if found and found[0] == b"alternative" else None


def part_key(part: TextPart) -> bytes:
    """The FETCH response item that carries `part` (imapclient drops .PEEK)."""
    return f"BODY[{part.section}]".encode() if part.whole else f"BODY[{part.section}]<0>".encode()


def rebuild(plan: Plan, header: bytes, bodies: list[bytes]) -> bytes:
    """One message of the header and the text parts (bodies in plan order)."""
    header = header if header.endswith(b"\r\n\r\n") or header.endswith(b"\n\n") else header.rstrip(b"\r\n") + b"\r\n\r\n"
    if plan.single:
        return header + (_cut(bodies[0], plan.parts[0]) if plan.parts else b"")
    b = plan.boundary.encode("latin-1")
    out = [header]
    for part, body in zip(plan.parts, bodies):
        charset = f'; charset="{part.charset}"' if part.charset else ""
        out.append(b"--" + b + b"\r\nContent-Type: text/" + part.subtype.encode() + charset.encode()
                   + b"\r\nContent-Transfer-Encoding: " + part.encoding.encode() + b"\r\n\r\n"
                   + _cut(body, part) + b"\r\n")
    out.append(b"--" + b + b"--\r\n")
    return b"".join(out)


def _cut(body: bytes, part: TextPart) -> bytes:
    """A part cut at MAX_TEXT_BYTES ends at its last line break (base64 and QP stay decodable)."""
    if part.size > len(body) and len(body) >= MAX_TEXT_BYTES:
        nl = body.rfind(b"\n")
        return body[:nl + 1] if nl > 0 else body
    return body


_PARSER = email.parser.BytesParser(policy=email.policy.compat32)
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def slim(raw: bytes) -> bytes:
    """A local message as `rebuild` would make it over IMAP: when it holds parts that are not
    text (attachments), its header and text parts only; else `raw` unchanged. Parts are found
    by classifiers.mimequick (boundary lines by bytes.find: an attachment is skipped, never
    read line by line); what it is unsure of goes through the standard library's parser."""
    end = _HEADER_END.search(raw)
    if end is None or b"multipart/" not in raw[:end.start()].lower():
        return raw
    try:
        return _slim_quick(raw, end.end())
    except mq.Unsure:
        return _slim_stdlib(raw, end.end())
    except Exception:  # noqa: BLE001 - hostile bytes: the whole message goes on, parse_message judges it
        return raw


def _slim_quick(raw: bytes, header_end: int) -> bytes:
    head, body = mq.split_head(raw)
    top = mq.fields(head)
    main, _sub, params = mq.content_type(top)
    boundary = params.get("boundary", "")
    if main != "multipart" or not boundary or not boundary.isascii():
        raise mq.Unsure("no boundary")
    parts: list[TextPart] = []
    bodies: list[bytes] = []
    others = _slim_walk(top, body, parts, bodies, [0], 0)
    if not others:
        return raw
    return rebuild(Plan(False, boundary, tuple(parts)), raw[:header_end], bodies)


def _slim_walk(fields, body: bytes, parts: list, bodies: list, count: list[int], depth: int) -> int:
    """Collect the text parts under one multipart; returns how many other leaves there were."""
    count[0] += 1
    if count[0] > MAX_PARTS or depth > MAX_DEPTH:
        raise mq.Unsure("too many parts")
    main, sub, params = mq.content_type(fields)
    if main == "multipart":
        if sub == "digest" or not params.get("boundary") or not params["boundary"].isascii():
            raise mq.Unsure("a digest, or no boundary")
        return sum(_slim_walk(mq.fields(h), b, parts, bodies, count, depth + 1)
                   for h, b in mq.split_parts(body, params["boundary"].encode()))
    if main == "message":
        raise mq.Unsure("a message inside")
    disposition = mq.value(fields, b"content-disposition").strip().lower()
    if main != "text" or sub not in ("plain", "html") or disposition.startswith("attachment"):
        return 1
    cte = mq.value(fields, b"content-transfer-encoding").strip().encode()
    parts.append(TextPart(str(len(parts) + 1), sub, _token(params.get("charset", "").encode(), b""),
                          _token(cte or b"7bit", b"7bit"), len(body)))
    bodies.append(body)
    return 0


def _slim_stdlib(raw: bytes, header_end: int) -> bytes:
    """slim through the standard library's parser (what mimequick is unsure of)."""
    end_at = header_end
    try:
        msg = _PARSER.parsebytes(raw)
        boundary = msg.get_boundary()
        texts, others = [], 0
        for i, part in enumerate(msg.walk()):
            if i > MAX_PARTS:
                return raw
            if part.is_multipart() or part.get_content_type() == "message/rfc822":
                continue
            disposition = str(part.get("Content-Disposition", "")).strip().lower()
            if part.get_content_type() in ("text/plain", "text/html") and not disposition.startswith("attachment"):
                texts.append(part)
            else:
                others += 1
        if not others or not boundary:
            return raw
        parts = []
        bodies = []
        for k, part in enumerate(texts, 1):
            payload = getattr(part, "_payload", "")
            body = payload.encode("ascii", "surrogateescape") if isinstance(payload, str) else b""
            parts.append(TextPart(str(k), part.get_content_subtype(), _token(part.get_content_charset() or "", b""),
                                  _token(str(part.get("Content-Transfer-Encoding", "7bit")).strip(), b"7bit"),
                                  len(body)))
            bodies.append(body)
        return rebuild(Plan(False, boundary, tuple(parts)), raw[:end_at], bodies)
    except Exception:  # noqa: BLE001 - hostile bytes: the whole message goes on, parse_message judges it
        return raw
