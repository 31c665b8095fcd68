"""Hostile mail for the fuzz tests, derived by mutation from the labelled corpora in tests/.

    .venv/bin/python -m tests.fuzz.generate [OUT_DIR]     # writes the messages as .eml files

Deterministic (one seeded random.Random): the same messages on every run and machine. Each
message belongs to one mutation family (FAMILIES); generate() yields every family at least
MIN_PER_FAMILY times, so a family that silently produces nothing fails the tests. Messages are
built in memory at test time; a 1 MB header block or a 1,000-deep MIME tree is never committed.
"""
from __future__ import annotations

import base64
import email
import email.policy
import random
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
# Seeds: every labelled held-out corpus except heldout2 (the IMAP test's real rejections come
# from there, so no fuzz message shares a Message-ID or a conversation with them).
SEED_DIRS = ("heldout", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
SEED = 20261206
TOTAL = 2_200
MIN_PER_FAMILY = 12
MB = 1_000_000

# Header kinds each duplicated and removed in turn (the case mail-parser answers with a list).
HEADER_KINDS = ("Subject", "From", "To", "Cc", "Reply-To", "Message-ID", "Date", "In-Reply-To",
                "References", "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
                "Sender", "Return-Path", "List-Unsubscribe", "Auto-Submitted")


@dataclass(frozen=True)
class FuzzMessage:
    family: str
    name: str        # seed file and mutation, for failure messages
    raw: bytes


# -- seeds -------------------------------------------------------------------------------
def seed_files() -> list[Path]:
    return sorted(p for d in SEED_DIRS for p in (TESTS / d / "messages").glob("*.eml"))


@lru_cache(maxsize=None)
def _seeds() -> tuple[tuple[str, bytes], ...]:
    out = []
    for path in seed_files():
        raw = path.read_bytes().replace(b"\r\n", b"\n")
        out.append((f"{path.parent.parent.name}/{path.name}", raw))
    if not out:
        raise RuntimeError(f"no seed messages under {TESTS}/heldout*/messages")
    return tuple(out)


def plain_messages() -> list[tuple[str, bytes]]:
    """The seeds themselves, unmutated: the baseline a fuzz message's time is compared with."""
    return list(_seeds())


def _split(raw: bytes) -> tuple[list[bytes], bytes]:
    """(header lines, folded continuation lines kept with their header; body)."""
    head, sep, body = raw.partition(b"\n\n")
    lines: list[bytes] = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and lines:
            lines[-1] += b"\n" + line
        else:
            lines.append(line)
    return lines, body


def _join(lines: list[bytes], body: bytes) -> bytes:
    return b"\n".join(lines) + b"\n\n" + body


def _name(line: bytes) -> bytes:
    return line.split(b":", 1)[0].strip().lower()


@lru_cache(maxsize=None)
def _text(raw: bytes) -> str:
    """The seed's readable text (plain, else HTML), for mutations that rebuild the body."""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        part = msg.get_body(("plain", "html"))
        if part is not None:
            return part.get_content()
    except Exception:
        pass
    return raw.partition(b"\n\n")[2].decode("utf-8", "replace")


def _without(lines: list[bytes], *names: str) -> list[bytes]:
    drop = {n.lower().encode() for n in names}
    return [ln for ln in lines if _name(ln) not in drop]


# -- mutation families -------------------------------------------------------------------
HOSTILE_VALUES = {
    "Subject": [b"second subject", b"Re: =?utf-8?q?=0D=0ABcc:_x@evil.example?=", b"J\xf6rg \xe9t\xe9", b""],
    "From": [b"Eve <eve@evil.example>", b"J\xf6rg M\xfcller <j@x.example>", b"not an address", b"<>", b""],
    "To": [b"other@x.example", b"\xff\xfe <y@x.example>", b"undisclosed-recipients:;", b",,,,"],
    "Cc": [b"c@x.example", b"Ren\xe9e <r@x.example>", b"@@@"],
    "Reply-To": [b"reply@x.example", b"=?utf-8?b?Pz8/?= <q@x.example>", b"<"],
    "Message-ID": [b"<dup@x.example>", b"no-brackets", b"<>", b"<a@b> <c@d>"],
    "Date": [b"Mon, 30 Nov 2026 10:00:00 +0000", b"yesterday", b"Mon, 99 Foo 99999 99:99:99 +9999", b""],
    "In-Reply-To": [b"<p@x.example>", b"garbage", b"<" + b"x" * 500 + b">"],
    "References": [b"<r1@x.example> <r2@x.example>", b"<<<>>>", b" ".join(b"<r%d@x>" % i for i in range(300))],
    "Content-Type": [b"text/html; charset=utf-8", b"multipart/mixed", b"text/plain; charset=x-bogus", b"garbage/;;;"],
    "Content-Transfer-Encoding": [b"base64", b"quoted-printable", b"x-uuencode", b"8bit"],
    "MIME-Version": [b"1.0", b"2.0", b"\x00"],
    "Sender": [b"s@x.example", b"\xe9"], "Return-Path": [b"<>", b"<b@x.example>"],
    "List-Unsubscribe": [b"<mailto:u@x.example>", b"\xff"], "Auto-Submitted": [b"auto-replied", b"no"],
}


def duplicate_header(rng, raw, i):
    kind = HEADER_KINDS[i % len(HEADER_KINDS)]
    lines, body = _split(raw)
    extra = kind.encode() + b": " + rng.choice(HOSTILE_VALUES[kind])
    existing = [k for k, ln in enumerate(lines) if _name(ln) == kind.lower().encode()]
    if existing and rng.random() < 0.5:     # the copy right after the original
        lines.insert(existing[0] + 1, extra)
    elif rng.random() < 0.5:
        lines.insert(0, extra)
    else:
        lines.append(extra)
    return kind, _join(lines, body)


def missing_header(rng, raw, i):
    choices = [*HEADER_KINDS, "every-addressing", "all"]
    kind = choices[i % len(choices)]
    lines, body = _split(raw)
    if kind == "all":
        return kind, body if rng.random() < 0.5 else b"\n" + body
    if kind == "every-addressing":
        return kind, _join(_without(lines, "From", "To", "Cc", "Reply-To", "Sender"), body)
    return kind, _join(_without(lines, kind), body)


def truncated_mime(rng, raw, i):
    lines, body = _split(raw)
    how = ("body", "header", "part-header", "closing")[i % 4]
    if how == "body" and body:
        return how, _join(lines, body[: rng.randrange(len(body))])
    if how == "header":
        head = b"\n".join(lines)
        return how, head[: rng.randrange(1, max(2, len(head)))]
    if how == "part-header":
        k = body.find(b"Content-Type", 1)
        if k > 0:
            return how, _join(lines, body[: k + rng.randrange(1, 30)])
    # the closing delimiter and everything after the last part's headers are gone
    k = body.rfind(b"\n--")
    return "closing", _join(lines, body[:k] if k > 0 else body[: len(body) // 2])


def wrong_boundary(rng, raw, i):
    lines, body = _split(raw)
    text = _text(raw).encode("utf-8", "replace")
    lines = _without(lines, "Content-Type", "Content-Transfer-Encoding", "MIME-Version")
    how = ("mismatch", "missing-param", "empty", "in-text", "no-delimiters", "unclosed")[i % 6]
    boundary = {"mismatch": b"AAA", "missing-param": None, "empty": b"", "in-text": b"the",
                "no-delimiters": b"ZZZ", "unclosed": b"BBB"}[how]
    ct = b"Content-Type: multipart/alternative" + (b"" if boundary is None else b'; boundary="' + boundary + b'"')
    delim = {"mismatch": b"XXX", "in-text": b"the", "unclosed": b"BBB"}.get(how, b"ZZZ2")
    if how == "no-delimiters":
        parts = text
    else:
        parts = (b"--" + delim + b"\nContent-Type: text/plain; charset=utf-8\n\n" + text + b"\n--" + delim
                 + b"\nContent-Type: text/html\n\n<p>" + text[:500] + b"</p>\n"
                 + (b"" if how == "unclosed" else b"--" + delim + b"--\n"))
    return how, _join([*lines, b"MIME-Version: 1.0", ct], parts)


def deep_nesting(rng, raw, i):
    depth = (1000, 999, 500, 200, 64)[i % 5]
    lines, _ = _split(raw)
    lines = _without(lines, "Content-Type", "Content-Transfer-Encoding", "MIME-Version")
    text = _text(raw).encode("utf-8", "replace")
    opens = b"".join(b"--b%d\nContent-Type: multipart/mixed; boundary=\"b%d\"\n\n" % (k, k + 1)
                     for k in range(depth))
    inner = b"--b%d\nContent-Type: text/plain; charset=utf-8\n\n" % depth + text + b"\n"
    closes = b"".join(b"--b%d--\n" % k for k in range(depth, -1, -1)) if i % 2 == 0 else b""
    return f"depth-{depth}", _join([*lines, b"MIME-Version: 1.0",
                                    b'Content-Type: multipart/mixed; boundary="b0"'], opens + inner + closes)


LIES = [("utf-8", "latin-1"), ("us-ascii", "utf-8"), ("utf-16", "utf-8"), ("x-bogus", "utf-8"),
        ("iso-2022-jp", "cp1252"), ("utf-7", "utf-8"), ("utf-32", "latin-1"), ("", "cp1252"),
        ("shift_jis", "utf-16")]


def lying_charset(rng, raw, i):
    declared, actual = LIES[i % len(LIES)]
    lines, _ = _split(raw)
    lines = _without(lines, "Content-Type", "Content-Transfer-Encoding", "MIME-Version")
    text = _text(raw) + "\nJörg Müller — café ünïcödé 😀\n"
    body = text.encode(actual, "replace")
    cte = b"8bit"
    if i % 3 == 0:
        body, cte = base64.encodebytes(body), b"base64"
    ct = b"Content-Type: text/plain; charset=" + declared.encode() if declared else b"Content-Type: text/plain"
    return f"{declared or 'none'}-is-{actual}", _join([*lines, b"MIME-Version: 1.0", ct,
                                                      b"Content-Transfer-Encoding: " + cte], body)


def nul_and_8bit(rng, raw, i):
    lines, body = _split(raw)
    junk = [b"\x00", b"\xff", b"\xfe\xff", b"\x80\x81\x8d\x9d", b"\xc3", b"\xed\xa0\x80", b"\x00" * 50,
            bytes(range(256))]
    where = ("header-value", "header-name", "body", "everywhere")[i % 4]
    if where in ("header-value", "everywhere") and lines:
        for _ in range(rng.randint(1, 4)):
            k = rng.randrange(len(lines))
            pos = rng.randrange(len(lines[k]) + 1)
            lines[k] = lines[k][:pos] + rng.choice(junk[:-1]) + lines[k][pos:]
    if where in ("header-name", "everywhere"):
        lines.insert(rng.randrange(len(lines) + 1), b"X-\xe9\x00: v\xe9\x00")
    if where in ("body", "everywhere") and body:
        body = bytearray(body)
        for _ in range(rng.randint(1, 30)):
            pos = rng.randrange(len(body) + 1)
            body[pos:pos] = rng.choice(junk)
        body = bytes(body)
    return where, _join(lines, body)


RUNS = [")", "(", "!", "!?", ".", "-", "*", "$", "%", "<", ")(", "😀", "'", ",", "a", "a)", "x.", "_", "=", "/",
        "a:", "http://", ":/", "a-", "Mr. "]
RUN_LENGTHS = [1_000, 2_000, 4_000, 8_000, 10_000, 19_500]


def long_lines(rng, raw, i):
    unit = RUNS[i % len(RUNS)]
    n = RUN_LENGTHS[(i // len(RUNS)) % len(RUN_LENGTHS)]
    run = (unit * (n // len(unit) + 1))[:n]
    if i % 7 == 3:
        run = "https://example.com/" + "a/" * (n // 2)
    elif i % 7 == 5:
        run = "".join(rng.choice("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") for _ in range(n))
    lines, _ = _split(raw)
    lines = _without(lines, "Content-Type", "Content-Transfer-Encoding", "MIME-Version")
    text = _text(raw)
    where = ("after", "before", "inside", "subject")[i % 4]
    if where == "after":
        text = text + "\n" + run + "\n"
    elif where == "before":
        text = run + "\n" + text
    elif where == "inside":
        k = rng.randrange(len(text) + 1)
        text = text[:k] + run + text[k:]
    else:
        lines = _without(lines, "Subject") + [b"Subject: Your application " + run.encode()]
    return f"{where}-{n}x{unit[:8]!r}", _join([*lines, b"MIME-Version: 1.0",
                                              b"Content-Type: text/plain; charset=utf-8",
                                              b"Content-Transfer-Encoding: 8bit"], text.encode())


def huge_header(rng, raw, i):
    lines, body = _split(raw)
    how = ("many-headers", "one-subject", "one-to", "folded-references")[i % 4]
    if how == "many-headers":
        lines = lines + [b"X-Filler-%d: %s" % (k, b"v" * 90) for k in range(MB // 100)]
    elif how == "one-subject":
        lines = _without(lines, "Subject") + [b"Subject: " + b"Rejection " * (MB // 10)]
    elif how == "one-to":
        lines = _without(lines, "To") + [b"To: " + b", ".join(b"p%d@x.example" % k for k in range(MB // 16))]
    else:
        lines = _without(lines, "References") + [
            b"References: " + b"\n ".join(b"<ref%d@x.example>" % k for k in range(MB // 20))]
    return how, _join(lines, body)


BROKEN_WORDS = [b"=?utf-8?b?####?=", b"=?utf-8?q?=ZZ=?=", b"=?x-unknown?q?abc?=", b"=?utf-8?q?unterminated",
                b"=?utf-8?b?" + base64.b64encode(b"Hi\r\nBcc: spy@evil.example") + b"?=",
                b"=?=?utf-8?q?nested?=?=", b"=?utf-8?b?" + base64.b64encode(b"\x00\xff\xfe") + b"?=",
                b" ".join([b"=?utf-8?q?w=C3=B6rd?="] * 1000), b"=??q?empty-charset?=", b"=?utf-8?x?bad-enc?=",
                b"=?utf-16?b?" + base64.b64encode("Olivia".encode("utf-16-le")) + b"?=",
                b"=?utf-8*en?q?with_language?=", b"=?utf-8?b?" + b"QUFB" * 20_000 + b"?="]


def broken_encoded_word(rng, raw, i):
    word = BROKEN_WORDS[i % len(BROKEN_WORDS)]
    where = ("Subject", "From", "To", "Reply-To")[(i // len(BROKEN_WORDS)) % 4]
    lines, body = _split(raw)
    value = word if where == "Subject" else word + b" <olivia@x.example>"
    return f"{where}-{i % len(BROKEN_WORDS)}", _join(_without(lines, where) + [where.encode() + b": " + value], body)


def empty_body(rng, raw, i):
    lines, _ = _split(raw)
    how = ("empty", "whitespace", "no-separator", "empty-multipart", "empty-base64", "empty-html")[i % 6]
    plain = _without(lines, "Content-Type", "Content-Transfer-Encoding")
    if how == "empty":
        return how, _join(lines, b"")
    if how == "whitespace":
        return how, _join(plain, b" \n\t\n \n")
    if how == "no-separator":
        return how, b"\n".join(lines)
    if how == "empty-multipart":
        return how, _join(plain + [b'Content-Type: multipart/mixed; boundary="e"'], b"--e--\n")
    if how == "empty-base64":
        return how, _join(plain + [b"Content-Type: text/plain", b"Content-Transfer-Encoding: base64"], b"\n")
    return how, _join(plain + [b"Content-Type: text/html"], b"<html><body></body></html>")


def html_bomb(rng, raw, i):
    lines, _ = _split(raw)
    lines = _without(lines, "Content-Type", "Content-Transfer-Encoding", "MIME-Version")
    text = _text(raw).replace("&", "&amp;").replace("<", "&lt;")
    n = (50_000, 100_000, 200_000)[i % 3]
    bombs = [
        ("nested-divs", "<div>" * n + text + "</div>" * n),
        ("unclosed-comment", "<p>" + text + "</p><!--" + "x" * n * 4),
        ("huge-attribute", '<p title="' + "a" * n * 4 + '>' + text),
        ("entities", "<p>" + "&amp;&#x1F600;&nbsp;&bogus;" * (n // 2) + text),
        ("lt-sea", "<" * n * 2 + text),
        ("unclosed-script", "<p>" + text + "</p><script>" + "var a=1;" * n),
        ("nested-tables", "<table><tr><td>" * (n // 10) + text),
        ("blockquotes", "<blockquote>" * (n // 10) + text),
        ("tag-soup", "".join(rng.choice(["<b>", "</i>", "<p", '"', "'", ">", "<br/>", "x "]) for _ in range(n))),
    ]
    how, html = bombs[i % len(bombs)]
    return f"{how}-{n}", _join([*lines, b"MIME-Version: 1.0", b"Content-Type: text/html; charset=utf-8"],
                               html.encode("utf-8", "replace"))


def bad_transfer_encoding(rng, raw, i):
    lines, _ = _split(raw)
    lines = _without(lines, "Content-Type", "Content-Transfer-Encoding", "MIME-Version")
    text = _text(raw).encode("utf-8", "replace")
    how = ("base64-garbage", "base64-truncated", "qp-garbage", "unknown-cte", "qp-soft-breaks")[i % 5]
    body, cte = {
        "base64-garbage": (b"!!!not base64!!!\n" + text, b"base64"),
        "base64-truncated": (base64.encodebytes(text)[:-7], b"base64"),
        "qp-garbage": (text.replace(b" ", b"=ZZ ") + b"=\n=", b"quoted-printable"),
        "unknown-cte": (text, b"x-made-up"),
        "qp-soft-breaks": (b"=\n" * 5000 + text, b"quoted-printable"),
    }[how]
    return how, _join([*lines, b"MIME-Version: 1.0", b"Content-Type: text/plain; charset=utf-8",
                       b"Content-Transfer-Encoding: " + cte], body)


# family -> (mutation, share of TOTAL). Costly families (1 MB blocks) get few messages.
FAMILIES = {
    "duplicate-header": (duplicate_header, 0.16),
    "missing-header": (missing_header, 0.12),
    "truncated-mime": (truncated_mime, 0.08),
    "wrong-boundary": (wrong_boundary, 0.07),
    "deep-nesting": (deep_nesting, 0.02),
    "lying-charset": (lying_charset, 0.08),
    "nul-and-8bit": (nul_and_8bit, 0.10),
    "long-lines": (long_lines, 0.10),
    "huge-header": (huge_header, 0.0),          # MIN_PER_FAMILY of them
    "broken-encoded-word": (broken_encoded_word, 0.09),
    "empty-body": (empty_body, 0.07),
    "html-bomb": (html_bomb, 0.03),
    "bad-transfer-encoding": (bad_transfer_encoding, 0.08),
}


def counts(total: int = TOTAL) -> dict[str, int]:
    return {family: max(MIN_PER_FAMILY, round(total * share)) for family, (_, share) in FAMILIES.items()}


def generate(total: int = TOTAL, seed: int = SEED, families=None):
    """Yield FuzzMessages: counts(total)[family] per family, seeds taken round-robin."""
    seeds = _seeds()
    for family, n in counts(total).items():
        if families is not None and family not in families:
            continue
        rng = random.Random(f"{seed}/{family}")     # a family's messages do not depend on the others
        mutate = FAMILIES[family][0]
        for i in range(n):
            seed_name, raw = seeds[(i * 7 + len(family)) % len(seeds)]
            how, out = mutate(rng, raw, i)
            yield FuzzMessage(family, f"{family}/{how}/{seed_name}", out)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("fuzz-out")
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for n, msg in enumerate(generate(), 1):
        (out / f"{n:05d}-{msg.family}.eml").write_bytes(msg.raw)
    print(f"{n} messages in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
