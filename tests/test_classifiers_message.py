"""parse_message on hostile header shapes: duplicated, missing, 8-bit, broken encodings.

Issue 10: a message with two Subject: headers made mail-parser return a list and every pass
stopped at it; raw Latin-1 bytes in a display name reached the draft's To header as `\\udcf6`.
"""
from __future__ import annotations

import dataclasses
import re

import pytest

from classifiers import MalformedMessage, Message, parse_message
from classifiers.message import clean_text, decode_8bit

SURROGATE = re.compile("[\ud800-\udfff]")


def mail(*headers: bytes, body: bytes = b"Hello Sam,\n\nThanks.\n") -> bytes:
    return b"\n".join(headers) + b"\n\n" + body


BASE = (b"From: Olivia Stone <olivia@acme.example>", b"To: Sam Taylor <sam.taylor@example.org>",
        b"Message-ID: <m1@acme.example>", b"Date: Mon, 30 Nov 2026 10:00:00 +0000")


def text_fields(msg: Message):
    """Every str anywhere in the message's fields (raw bytes aside)."""
    for f in dataclasses.fields(msg):
        value = getattr(msg, f.name)
        if f.name == "raw":
            continue
        stack = [value]
        while stack:
            v = stack.pop()
            if isinstance(v, str):
                yield f.name, v
            elif isinstance(v, dict):
                stack += [*v.keys(), *v.values()]
            elif isinstance(v, (tuple, list)):
                stack += list(v)
            elif dataclasses.is_dataclass(v):
                stack += [getattr(v, g.name) for g in dataclasses.fields(v)]


def test_two_subject_headers_take_the_first():
    msg = parse_message(mail(*BASE, b"Subject: Your application", b"Subject: second copy"))
    assert msg.subject == "Your application"
    assert msg.headers["subject"] == "Your application"


@pytest.mark.parametrize("name", [b"From", b"To", b"Cc", b"Reply-To", b"Message-ID", b"Date",
                                  b"In-Reply-To", b"References", b"Content-Type"])
def test_every_duplicated_header_gives_its_first_value(name):
    first = {b"From": b"A <a@x.example>", b"To": b"B <b@x.example>", b"Cc": b"C <c@x.example>",
             b"Reply-To": b"R <r@x.example>", b"Message-ID": b"<one@x.example>",
             b"Date": b"Tue, 1 Dec 2026 09:00:00 +0000", b"In-Reply-To": b"<p1@x.example>",
             b"References": b"<p1@x.example>", b"Content-Type": b"text/plain; charset=utf-8"}[name]
    second = {b"From": b"Z <z@x.example>", b"To": b"Y <y@x.example>", b"Cc": b"W <w@x.example>",
              b"Reply-To": b"V <v@x.example>", b"Message-ID": b"<two@x.example>",
              b"Date": b"garbage", b"In-Reply-To": b"<p2@x.example>",
              b"References": b"<p2@x.example>", b"Content-Type": b"text/html"}[name]
    msg = parse_message(mail(b"Subject: s", name + b": " + first, name + b": " + second))
    key = name.decode().lower()
    assert msg.headers[key] == first.decode()
    if name == b"From":
        assert msg.from_.addr == "a@x.example"
    elif name in (b"To", b"Cc"):
        assert [a.addr for a in getattr(msg, key.replace("-", "_"))] == [first.decode()[3:-1]]
    elif name == b"Reply-To":
        assert [a.addr for a in msg.reply_to] == ["r@x.example"]
    elif name == b"Message-ID":
        assert msg.message_id == "<one@x.example>" and msg.key == "<one@x.example>"
    elif name == b"In-Reply-To":
        assert msg.in_reply_to == "<p1@x.example>"
    elif name == b"References":
        assert msg.references == ("<p1@x.example>",)
    elif name == b"Date":
        assert msg.date is not None and msg.date.day == 1


def test_missing_headers_are_empty_not_errors():
    msg = parse_message(mail(b"X-Only: 1", body=b"just a body"))
    assert msg.subject == "" and msg.from_ is None and msg.to == () and msg.message_id is None
    assert msg.date is None and msg.date_header == "" and msg.key.startswith("sha256:")


@pytest.mark.parametrize("raw_name,expected", [
    (b"J\xf6rg M\xfcller", "Jörg Müller"),                 # Latin-1 / Windows-1252
    (b"J\xc3\xb6rg M\xc3\xbcller", "Jörg Müller"),          # UTF-8
    (b"Ren\xe9e \x93Quote\x94", "Renée “Quote”"),           # Windows-1252 quotes
    (b"Bad \x81 byte", "Bad \x81 byte"),                    # undefined in Windows-1252: Latin-1
])
def test_undeclared_8bit_display_names_are_decoded(raw_name, expected):
    for header in (b"From", b"To", b"Cc", b"Reply-To"):
        raw = mail(b"Subject: s", b"Message-ID: <m@x.example>",
                   header + b": " + raw_name + b" <p@x.example>",
                   *(h for h in BASE if not h.startswith(header + b":")))
        msg = parse_message(raw)
        field = {b"From": [msg.from_], b"To": msg.to, b"Cc": msg.cc, b"Reply-To": msg.reply_to}[header]
        assert [a.name for a in field if a.addr == "p@x.example"] == [expected], header


def test_undeclared_8bit_subject_and_other_headers_are_decoded():
    msg = parse_message(mail(*BASE, b"Subject: Candidature \xe9t\xe9 2026", b"X-Note: caf\xe9"))
    assert msg.subject == "Candidature été 2026"
    assert msg.headers["x-note"] == "café"


def test_no_surrogate_reaches_any_field():
    raw = mail(b"From: \xff\xfe <a@x.example>", b"To: \xed\xa0\x80 <b@x.example>",
               b"Subject: \x80\x81\x82 =?utf-8?q?=ff=fe?= =?bogus-charset?b?w6k=?=",
               b"X-\xe9: v\xe9", b"Content-Type: text/plain; charset=utf-8",
               body=b"body \xff\xfe bytes\n")
    msg = parse_message(raw)
    assert [(f, v) for f, v in text_fields(msg) if SURROGATE.search(v)] == []
    assert msg.from_.addr == "a@x.example"


@pytest.mark.parametrize("subject,expected", [
    (b"=?utf-8?q?Caf=C3=A9?= news", "Café news"),
    (b"=?iso-8859-1?q?Caf=E9?=", "Café"),
    (b"=?utf-8?q?Caf=E9?=", "Café"),                                 # lying charset: cp1252 fallback
    (b"=?no-such-charset?q?Caf=E9?=", "Café"),
    (b"=?utf-8?b?not base64!?=", None),                             # broken: kept, never raises
    (b"=?utf-8?q?unterminated", "=?utf-8?q?unterminated"),
    (b"Senior Engineer =?utf-8?b?4oCT?= Data", "Senior Engineer – Data"),
])
def test_encoded_words(subject, expected):
    msg = parse_message(mail(*BASE, b"Subject: " + subject))
    if expected is not None:
        assert msg.subject == expected
    assert not SURROGATE.search(msg.subject)


def test_folded_header_is_unfolded():
    msg = parse_message(mail(*BASE, b"Subject: Product Manager,\n Payments"))
    assert msg.subject == "Product Manager, Payments"


def test_huge_header_is_capped_and_fast():
    import time
    start = time.perf_counter()
    msg = parse_message(mail(*BASE, b"Subject: " + b"x" * 1_000_000,
                             b"To: " + b", ".join(b"p%d@x.example" % i for i in range(60_000))))
    assert time.perf_counter() - start < 10
    assert 0 < len(msg.subject) <= 20_000


@pytest.mark.parametrize("raw", [b"", b"   \n", b"no header here", b"\x00\xff\n\n", None, "str not bytes"])
def test_nothing_usable_is_malformed(raw):
    with pytest.raises(MalformedMessage):
        parse_message(raw)


def test_any_parser_exception_becomes_malformed(monkeypatch):
    import classifiers.message as message

    def boom(raw):
        raise KeyError("inside mail-parser")
    monkeypatch.setattr(message.mailparser, "parse_from_bytes", boom)
    with pytest.raises(MalformedMessage) as err:     # an attachment: mail-parser reads it
        parse_message(mail(*BASE, b"Subject: s", b"Content-Type: application/pdf; name=cv.pdf"))
    assert "\n" not in str(err.value) and "KeyError" in str(err.value)
    monkeypatch.setattr(message, "_quick_bodies", boom)   # the quick reader fails: mail-parser decides
    with pytest.raises(MalformedMessage):
        parse_message(mail(*BASE, b"Subject: s"))


_ALT = b"Content-Type: multipart/alternative; boundary=\"b1\""
_SHAPES = [
    (b"Content-Type: text/plain; charset=utf-8",), (),
    (b"Content-Type: text/html; charset=iso-8859-1", b"Content-Transfer-Encoding: quoted-printable"),
    (b"Content-Type: text/plain; charset=bogus-charset", b"Content-Transfer-Encoding: base64"),
    (b"Content-Type: text/plain; charset=utf-8", b"Content-Transfer-Encoding: 8bit"),
]
_BODIES = {
    _ALT: b"pre\n--b1\nContent-Type: text/plain; charset=utf-8\n\nHi Sam \xc3\xa9\n--b1\n"
          b"Content-Type: text/html; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n"
          b"<p>Hi =E9</p>\n--b1--\n",
    b"Content-Type: multipart/mixed; boundary=\"o\"": b"--o\n" + _ALT + b"\n\n--b1\n\nplain\n--b1--\n"
          b"--o\nContent-Type: application/pdf; name=\"cv.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERg==\n--o--\n",
    b"Content-Type: multipart/mixed; boundary=\"u\"": b"--u\nContent-Type: text/plain\n\nnever closed\n",
    b"Content-Type: multipart/related; boundary=n": b"--n\r\n--n\r\n" + _ALT + b"\r\n\r\n--b1 \r\n\r\none\r\n\r\n"
          b"--b1\r\nContent-Type: text/plain; charset=\"koi8-r\"\r\n\r\n\xf0\xd2\xc9\r\n--b1--\r\nafter\r\n--n--\r\n",
    b"Content-Type: multipart/mixed; boundary=\"d\"": b"--d\nContent-Type: text/plain\n\na\n--dx\n\n--d--\n",
    b"Content-Type: multipart/mixed; boundary=\"r\"": b"--r\nContent-Type: text/plain\n\nbare\rCR\n--r--\n",
}


@pytest.mark.parametrize("shape", range(len(_SHAPES) + len(_BODIES)))
def test_quick_bodies_read_what_mail_parser_reads(shape):
    """The quick reader of common shapes gives mail-parser's date and texts, or hands over."""
    import mailparser
    import classifiers.message as message

    if shape < len(_SHAPES):
        body = b"Bonjour Sam \xe9t\xe9\n" if b"8bit" in b"".join(_SHAPES[shape]) else b"SGkgU2FtIMOp\n" \
            if b"base64" in b"".join(_SHAPES[shape]) else b"Hi =E9t=E9 Sam\n"
        raw = mail(*BASE, *_SHAPES[shape], body=body)
    else:
        ctype, body = list(_BODIES.items())[shape - len(_SHAPES)]
        raw = mail(*BASE, b"MIME-Version: 1.0", ctype, body=body)
    items, body = message._split(raw)
    data = message._for_mailparser(items, body)
    slow = mailparser.parse_from_bytes(data)
    quick = message._quick_bodies(data)
    if quick is None:        # it hands over exactly what it is not sure of: attachments, defects
        assert slow.attachments or slow.defects
        return
    assert quick == (message._date(slow), slow.text_plain, slow.text_html) and not slow.attachments


def test_decode_helpers():
    assert decode_8bit(b"caf\xc3\xa9") == "café"
    assert decode_8bit(b"caf\xe9") == "café"
    assert clean_text("a\udce9b") == "aéb"
    lone = clean_text("lone \ud800 high")
    assert not SURROGATE.search(lone) and "\ufffd" in lone
    assert clean_text(None) == "" and clean_text(3) == "3"


def test_a_latin1_display_name_reaches_the_draft_decoded():
    """Issue 10 part 9: raw Latin-1 bytes in a display name became `\\udcf6` in the draft's To."""
    import email.policy

    from classifiers import Classifier, DetectionSettings
    from drafts import Composer, Identity

    raw = (b"From: J\xf6rg M\xfcller <joerg.mueller@acme.example>\nTo: Sam Taylor <sam.taylor@example.org>\n"
           b"Subject: Ihre Bewerbung \xfcber uns\nMessage-ID: <latin1@acme.example>\n"
           b"Content-Type: text/plain; charset=utf-8\n\nHi Sam,\n\nThank you for interviewing with us. "
           b"Unfortunately we have decided to move forward with another candidate.\n\nJ\xc3\xb6rg\n")
    msg = parse_message(raw)
    assert msg.from_.name == "Jörg Müller" and msg.subject == "Ihre Bewerbung über uns"
    identity = Identity(name="Sam Taylor", email="sam.taylor@example.org", aliases=(), signature="Sam")
    verdict = Classifier(DetectionSettings(), identity.owner()).classify(msg)
    draft = Composer(identity).compose(msg, verdict)
    assert draft is not None
    assert str(draft["To"]) == "Jörg Müller <joerg.mueller@acme.example>"
    assert str(draft["Subject"]) == "Re: Ihre Bewerbung über uns"
    head = draft.as_bytes(policy=email.policy.SMTP).split(b"\r\n\r\n")[0]
    assert head.isascii() and b"udc" not in head.lower()
