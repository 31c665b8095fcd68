"""agent.stores.fetchparse reads FETCH responses as imapclient's own parser does (pure logic:
imaplib's data shapes, checked against imapclient.response_parser as the oracle)."""
from __future__ import annotations

import pytest
from imapclient.exceptions import ProtocolError
from imapclient.response_parser import parse_fetch_response

from agent.stores.fetchparse import parse_fetch

MULTI = (b'7 (UID 17 RFC822.SIZE 3120 FLAGS (\\Seen \\Answered) BODYSTRUCTURE ((("text" "plain" '
         b'("charset" "utf-8") NIL NIL "quoted-printable" 120 4 NIL NIL NIL NIL)("text" "html" ("charset" '
         b'"utf-8") NIL NIL "base64" 300 5 NIL NIL NIL NIL) "alternative" ("boundary" "alt") NIL NIL NIL)'
         b'("application" "pdf" ("name" "a \\"b\\".pdf") NIL NIL "base64" 2000 NIL ("attachment" '
         b'("filename" "a.pdf")) NIL NIL)("message" "rfc822" NIL NIL NIL "7bit" 400 ("Mon, 1 Jan 2024" '
         b'"hi" NIL NIL NIL NIL NIL NIL NIL "<x@y>") ("text" "plain" ("charset" "us-ascii") NIL NIL "7bit" '
         b'10 1 NIL NIL NIL NIL) 12 NIL NIL NIL NIL) "mixed" ("boundary" "mix") NIL NIL NIL))')
SINGLE = b'8 (UID 18 RFC822.SIZE 864 FLAGS () BODYSTRUCTURE ("text" "plain" ("charset" "utf-8") NIL NIL "8bit" 547 14 NIL NIL NIL NIL))'
LITERALS = [(b'9 (UID 19 BODY[HEADER] {12}', b'Subject: x\r\n'), (b' BODY[1]<0> {5}', b'hello'), b')']
FIELDS = [(b'3 (UID 4 FLAGS (\\Draft) BODY[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO)] {21}', b'Message-ID: <a@b>\r\n\r\n'), b')']
NAMED = [(b'5 (UID 6 BODYSTRUCTURE ("application" "pdf" ("name" {7}', b'a\r\nb.pd'), b') NIL NIL "base64" 10 NIL NIL NIL NIL))']


@pytest.mark.parametrize("data", [[MULTI], [SINGLE], LITERALS, FIELDS, NAMED, [SINGLE, MULTI] + LITERALS])
def test_same_as_imapclient(data):
    ours = parse_fetch(data)
    theirs = parse_fetch_response(data, uid_is_key=True)
    assert set(ours) == set(theirs)
    for uid, items in theirs.items():
        assert set(ours[uid]) - {b"UID"} == {k for k in items if k != b"SEQ"}
        for key, value in items.items():
            if key != b"SEQ":
                assert _plain(ours[uid][key]) == _plain(value), key


def _plain(value):
    if isinstance(value, (list, tuple)):
        return tuple(_plain(v) for v in value)
    return bytes(value) if isinstance(value, (bytes, bytearray)) else value


def test_flag_updates_without_a_uid_are_left_out():
    assert parse_fetch([b"3 (FLAGS (\\Seen))", SINGLE]).keys() == {18}


@pytest.mark.parametrize("data", [[b"7 (UID 17 RFC822.SIZE"], [b"(UID 1)"], [b'7 (UID 17 "x")'],
                                  [b"7 (UID 17 BODY[1] {5}"], [(b"7 (UID 17 BODY[1] 5", b"hello"), b")"],
                                  [b"7 (UID 17 FLAGS (\\Seen)"], [b"7 (UID 17 X \x00 Y)"]])
def test_broken_answers_raise_protocol_error(data):
    with pytest.raises(ProtocolError):
        parse_fetch(data)


def test_esearch_answers_are_read_only_when_they_are_what_was_asked():
    from agent.stores.fetchparse import parse_esearch
    assert parse_esearch([b'(TAG "ABCD1") UID ALL 1:3,7,9:10'], uid=True) == [1, 2, 3, 7, 9, 10]
    assert parse_esearch([b'(TAG "ABCD1") ALL 4:5'], uid=False) == [4, 5]
    assert parse_esearch([b'(TAG "ABCD1") UID'], uid=True) == []          # nothing found
    assert parse_esearch([b'(TAG "ABCD1") ALL 4:5'], uid=True) is None     # numbers where UIDs were asked
    assert parse_esearch([b'(TAG "ABCD1") UID ALL 4:5'], uid=False) is None
    assert parse_esearch([b'(TAG "A") ALL 5:4'], uid=False) is None
    assert parse_esearch([b'(TAG "A") ALL 1:x'], uid=False) is None
    assert parse_esearch([b'(TAG "A") ALL 1', b'(TAG "B") ALL 2'], uid=False) is None
    assert parse_esearch([], uid=False) is None
