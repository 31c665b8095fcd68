"""The fetch path reads what detection needs and nothing more: the header and the text parts
(the header first; BODYSTRUCTURE only for multipart mail), never an attachment, a huge text part only up to its first
MAX_TEXT_BYTES. What the classifier sees of the rebuilt message is what it saw of the whole one:
same subject, sender, ids and text, on every corpus message, over IMAP and from a Maildir."""
from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from agent.config import AccountConfig
from agent.stores.imap import ImapStore
from agent.stores.maildir import MaildirStore
from agent.stores.textparts import MAX_TEXT_BYTES, header_plan, slim, text_plan
from classifiers import parse_message
from tests.mailfactory import rejection

TESTS = Path(__file__).parent
CORPUS = sorted([*TESTS.glob("heldout*/messages/*.eml"), *(TESTS / "fixtures" / "classifiers").glob("*.eml")])
ATTACHMENT = base64.encodebytes(os.urandom(3 * 1024 * 1024)).replace(b"\n", b"\r\n")


def with_attachment() -> bytes:
    head = rejection("<att@n.example>").split(b"\r\n\r\n", 1)
    body = head[1]
    lines = [l for l in head[0].split(b"\r\n") if not l.lower().startswith((b"content-type", b"content-transfer", b"mime-version"))]
    return (b"\r\n".join(lines) + b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n"
            b"--zz\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + b"\r\n--zz\r\n"
            b"Content-Type: application/pdf; name=cv.pdf\r\nContent-Disposition: attachment; filename=cv.pdf\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + ATTACHMENT + b"\r\n--zz--\r\n")


def huge_text() -> bytes:
    return rejection("<huge@n.example>") + b"filler line of a very long letter\r\n" * 40000


def same_view(a: bytes, b: bytes) -> None:
    x, y = parse_message(a), parse_message(b)
    assert (x.subject, x.from_, x.message_id, x.in_reply_to, x.references, x.to, x.reply_to, x.date) == \
           (y.subject, y.from_, y.message_id, y.in_reply_to, y.references, y.to, y.reply_to, y.date)
    assert " ".join(x.text_plain.split()) == " ".join(y.text_plain.split())
    assert " ".join(x.text_html.split()) == " ".join(y.text_html.split())


@pytest.fixture
def store(imap_account):
    acct = AccountConfig(name="t", host=imap_account.host, port=imap_account.port, security="none",
                         username=imap_account.username,
                         password_command=["printf", "%s", imap_account.password])
    s = ImapStore(acct)
    s.open()
    yield s
    s.close()


@pytest.mark.dovecot
def test_imap_reads_text_parts_only_and_detection_sees_the_same(dovecot, imap_account, store, monkeypatch):
    originals = [p.read_bytes() for p in CORPUS] + [with_attachment()]
    with dovecot.client(imap_account) as c:
        for i in range(0, len(originals), 100):
            c.multiappend("INBOX", originals[i:i + 100])
    stored = dovecot.messages(imap_account, "INBOX")
    whole_fetches = []
    real_bodies = ImapStore._bodies
    monkeypatch.setattr(ImapStore, "_bodies", lambda self, f, uids, d: whole_fetches.extend(uids) or real_bodies(self, f, uids, d))
    got = list(store.fetch("INBOX", [m.uid for m in stored]))
    assert whole_fetches == []          # every corpus message had a plan: nothing read whole
    for m, f in zip(stored, got):
        assert f.raw is not None, f.error
        same_view(m.raw, f.raw)
    big = got[-1].raw
    assert len(big) < 10_000 and len(stored[-1].raw) > 3_000_000   # the attachment stayed on the server


@pytest.mark.dovecot
def test_one_part_mail_is_planned_from_its_header(dovecot, imap_account, store, monkeypatch):
    """BODYSTRUCTURE is asked only for the multipart message; the one-part one is read as its
    header and BODY[1] (its body)."""
    uids = [dovecot.append(imap_account, "INBOX", rejection("<one@n.example>")),
            dovecot.append(imap_account, "INBOX", with_attachment())]
    asked = []
    real = ImapStore._fetch_items
    monkeypatch.setattr(ImapStore, "_fetch_items", lambda self, u, items: asked.append((list(u), items)) or real(self, u, items))
    one, multi = store.fetch("INBOX", uids)
    assert [u for u, items in asked if "BODYSTRUCTURE" in items] == [[uids[1]]]
    assert one.raw == dovecot.messages(imap_account, "INBOX")[0].raw
    assert len(multi.raw) < 10_000


def test_header_plan_reads_one_part_messages_and_hands_over_the_rest():
    plain = header_plan(b"Subject: x\r\nContent-Type: text/plain;\r\n charset=utf-8\r\n\r\n", 500)
    assert plain.single and [(p.section, p.subtype) for p in plain.parts] == [("1", "plain")]
    assert header_plan(b"Subject: x\r\n\r\n", 100).parts[0].subtype == "plain"      # no Content-Type: text/plain
    assert header_plan(b"Content-Type: TEXT/HTML\r\n\r\n", 100).parts[0].subtype == "html"
    assert header_plan(b"Content-Type: application/pdf\r\n\r\n", 100).parts == ()
    assert header_plan(b"Content-Type: text/plain\r\nContent-Disposition: attachment\r\n\r\n", 9).parts == ()
    assert header_plan(b"Content-Type: text/calendar\r\n\r\n", 100).parts == ()
    for unsure in (b"Content-Type: multipart/mixed; boundary=a\r\n\r\n", b"Content-Type: message/rfc822\r\n\r\n",
                   b"Content-Type: text/plain\r\nContent-type: text/html\r\n\r\n", b"Content-Type: text\r\n\r\n"):
        assert header_plan(unsure, 100) is None


@pytest.mark.dovecot
def test_a_huge_text_part_is_read_only_in_part(dovecot, imap_account, store):
    uid = dovecot.append(imap_account, "INBOX", huge_text())
    (f,) = store.fetch("INBOX", [uid])
    assert MAX_TEXT_BYTES < len(f.raw) < MAX_TEXT_BYTES + 8192
    assert parse_message(f.raw).text_plain.startswith(parse_message(huge_text()).text_plain[:500])


def test_no_plan_for_hostile_structures():
    leaf = (b"TEXT", b"PLAIN", (b"CHARSET", b"utf-8"), None, None, b"7BIT", 10, 1)
    assert text_plan(None) is None and text_plan(()) is None
    nested = leaf
    for _ in range(30):
        nested = ([nested], b"MIXED", (b"BOUNDARY", b"b"))
    assert text_plan(nested) is None                           # too deep
    assert text_plan(([leaf] * 150, b"MIXED", (b"BOUNDARY", b"b"))) is None   # too many parts
    assert text_plan(([leaf], b"MIXED", ())) is None           # no boundary
    plan = text_plan(([leaf, (b"TEXT", b"PLAIN", (b"CHARSET", b'x"\r\nBcc: evil'), None, None, b"7BIT", 5, 1)],
                      b"MIXED", (b"BOUNDARY", b"b")))
    assert [p.charset for p in plan.parts] == ["utf-8", ""]   # a value that is not a token is dropped


def test_maildir_reads_text_parts_only(tmp_path):
    md = tmp_path / "Maildir"
    for d in (md, md / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (d / sub).mkdir(parents=True)
    raw = with_attachment()
    (md / "new" / "1.M1.test").write_bytes(raw)
    s = MaildirStore(AccountConfig(name="m", maildir=str(md)))
    s.open()
    (f,) = s.fetch("INBOX", ["1.M1.test"])
    assert len(f.raw) < 10_000
    same_view(raw, f.raw)
    for p in CORPUS:
        same_view(p.read_bytes(), slim(p.read_bytes()))


@pytest.mark.dovecot
def test_nothing_new_is_known_from_uidnext_without_a_search(dovecot, imap_account, store, monkeypatch):
    uid = dovecot.append(imap_account, "INBOX", rejection("<n1@n.example>"))
    searches = []
    real = store.client.search
    monkeypatch.setattr(store.client, "search", lambda *a, **k: searches.append(a) or real(*a, **k))
    assert store.list_messages("INBOX", uid, None).refs == ()
    assert searches == []
    uid2 = dovecot.append(imap_account, "INBOX", rejection("<n2@n.example>"))
    assert store.list_messages("INBOX", uid, None).refs == (uid2,)


def test_alternative_boundary_only_for_a_plain_multipart_alternative():
    from agent.stores.textparts import alternative_boundary

    assert alternative_boundary(b'Content-Type: multipart/alternative;\r\n boundary="b-1"\r\n\r\n') == b"b-1"
    assert alternative_boundary(b"Content-Type: Multipart/Alternative; boundary=x9; charset=a\r\n\r\n") == b"x9"
    for other in (b"Content-Type: multipart/mixed; boundary=a\r\n\r\n", b"Subject: x\r\n\r\n",
                  b"Content-Type: multipart/alternative; boundary*0=a\r\n\r\n",
                  b"Content-Type: multipart/alternative\r\n\r\n"):
        assert alternative_boundary(other) is None
    leaf = (b"text", b"plain", (b"charset", b"utf-8"), None, None, b"8bit", 10, 1)
    plan = text_plan(([leaf, (b"text", b"html", None, None, None, b"base64", 20, 1)], b"alternative"), b"b-1")
    assert plan.boundary == "b-1" and [(p.section, p.subtype) for p in plan.parts] == [("1", "plain"), ("2", "html")]


def test_maildir_slimming_reads_parts_quickly_and_as_the_standard_library_does():
    """slim finds parts with classifiers.mimequick; on every corpus message (and one with a 3 MB
    attachment) it makes the same bytes as the standard library's reading did."""
    from agent.stores import textparts
    from classifiers import mimequick

    quick = 0
    for raw in [p.read_bytes() for p in CORPUS] + [with_attachment()]:
        end = textparts._HEADER_END.search(raw)
        if end is None or b"multipart/" not in raw[:end.start()].lower():
            continue
        try:
            mine = textparts._slim_quick(raw, end.end())
        except mimequick.Unsure:
            continue
        quick += 1
        assert mine == textparts._slim_stdlib(raw, end.end())
    assert quick > 50
    assert len(slim(with_attachment())) < 10_000


@pytest.mark.dovecot
def test_sizes_are_asked_only_for_big_messages_and_small_parts_are_read_whole(dovecot, imap_account, store, monkeypatch):
    """One UID SEARCH LARGER per batch says which messages are over SMALL_MESSAGE: only those are
    asked their RFC822.SIZE; a text part the server says is small is fetched without a partial
    range; the bytes detection gets are the same."""
    from agent.stores import imap as imap_mod
    small = rejection("<small@n.example>")
    long_letter = rejection("<long@n.example>") + b"a long letter line\r\n" * 3000    # ~60 KB, one part
    uids = [dovecot.append(imap_account, "INBOX", small), dovecot.append(imap_account, "INBOX", long_letter),
            dovecot.append(imap_account, "INBOX", huge_text())]
    asked = []
    real = ImapStore._fetch_items
    monkeypatch.setattr(ImapStore, "_fetch_items", lambda self, u, items: asked.append((sorted(u), items)) or real(self, u, items))
    got = list(store.fetch("INBOX", uids))
    assert imap_mod.SMALL_MESSAGE < len(long_letter) < MAX_TEXT_BYTES
    assert ([uids[0]], ["BODY.PEEK[HEADER]"]) in asked
    assert ([uids[1], uids[2]], ["RFC822.SIZE", "BODY.PEEK[HEADER]"]) in asked
    assert ([uids[0], uids[1]], ["BODY.PEEK[1]"]) in asked          # sizes known small: no <0.n>
    assert ([uids[2]], [f"BODY.PEEK[1]<0.{MAX_TEXT_BYTES}>"]) in asked
    stored = dovecot.messages(imap_account, "INBOX")
    assert got[0].raw == stored[0].raw and got[1].raw == stored[1].raw
    assert len(got[2].raw) <= MAX_TEXT_BYTES + 4096 and got[2].raw.endswith(b"\n")


def letter_with_attachments(text_attachment: bool) -> bytes:
    """multipart/mixed: the letter as multipart/alternative, then a PDF (and a .txt) attached."""
    head = rejection("<mixed@n.example>").split(b"\r\n\r\n", 1)
    lines = [l for l in head[0].split(b"\r\n") if not l.lower().startswith((b"content-type", b"content-transfer", b"mime-version"))]
    txt = (b"--mm\r\nContent-Type: text/plain; name=notes.txt\r\nContent-Disposition: attachment; filename=notes.txt\r\n\r\n"
           b"ATTACHED NOTES NOT TO BE READ\r\n") if text_attachment else b""
    return (b"\r\n".join(lines) + b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"mm\"\r\n\r\n"
            b"--mm\r\nContent-Type: multipart/alternative; boundary=\"aa\"\r\n\r\n"
            b"--aa\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + head[1] + b"\r\n"
            b"--aa\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>" + head[1] + b"</p>\r\n--aa--\r\n"
            b"--mm\r\nContent-Type: application/pdf; name=cv.pdf\r\nContent-Disposition: attachment; filename=cv.pdf\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + ATTACHMENT[:200_000] + b"\r\n" + txt + b"--mm--\r\n")


@pytest.mark.dovecot
def test_mixed_mail_with_its_text_in_an_alternative_needs_no_bodystructure(dovecot, imap_account, store, monkeypatch):
    """BODY (no dispositions) plans a multipart/mixed whose text parts all sit in a
    multipart/alternative; a text part beside the attachments (which may be one) makes the
    store ask BODYSTRUCTURE, which says it is attached: it is not read."""
    uids = [dovecot.append(imap_account, "INBOX", letter_with_attachments(False)),
            dovecot.append(imap_account, "INBOX", letter_with_attachments(True)),
            dovecot.append(imap_account, "INBOX", with_attachment())]
    asked = []
    real = ImapStore._fetch_items
    monkeypatch.setattr(ImapStore, "_fetch_items", lambda self, u, items: asked.append((sorted(u), items)) or real(self, u, items))
    got = list(store.fetch("INBOX", uids))
    assert (uids, ["BODY"]) in asked
    assert ([uids[1], uids[2]], ["BODYSTRUCTURE"]) in asked
    assert not any(uids[0] in u for u, items in asked if items == ["BODYSTRUCTURE"])
    for f in got[:2]:
        assert b"ATTACHED NOTES" not in f.raw and len(f.raw) < 10_000
        assert parse_message(f.raw).text_plain.strip() == parse_message(got[0].raw).text_plain.strip() != ""
    assert len(got[2].raw) < 10_000


@pytest.mark.dovecot
def test_a_batch_is_read_by_sequence_numbers_mapped_from_its_uids(dovecot, imap_account, store, monkeypatch):
    """With ESEARCH, a batch's FETCHes name messages by sequence number (the answers carry no
    UID): mapped from one SEARCH RETURN (ALL) UID set, checked again after the batch. Gaps in the
    UIDs (expunged mail) make numbers and UIDs differ; every message still gets its own bytes.
    A mapping that changed while the batch was read has it read again by UID."""
    from agent.stores import imap as imap_mod
    raws = [rejection(f"<seq{i}@n.example>") + f"letter {i}\r\n".encode() for i in range(8)]
    uids = [dovecot.append(imap_account, "INBOX", r) for r in raws]
    with dovecot.client(imap_account) as c:
        c.select_folder("INBOX")
        c.delete_messages([uids[1], uids[4]])
        c.expunge()
    keep = [u for i, u in enumerate(uids) if i not in (1, 4)]
    maps = []
    real_map = ImapStore._map_numbers
    monkeypatch.setattr(ImapStore, "_map_numbers", lambda self, f, b: maps.append(real_map(self, f, b)) or maps[-1])
    by_uid = []
    real_uid_fetch = imap_mod.parse_fetch
    monkeypatch.setattr(imap_mod, "parse_fetch", lambda data, by_number=False: by_uid.append(by_number) or real_uid_fetch(data, by_number))
    got = list(store.fetch("INBOX", keep))
    assert maps[0] == dict(zip(range(1, 7), keep)) and maps[1] == maps[0]
    assert by_uid and all(by_uid)                       # every FETCH of the batch by number
    assert [f.ref for f in got] == keep
    assert [f.raw for f in got] == [r for i, r in enumerate(raws) if i not in (1, 4)]

    # the second mapping differs (as after an expunge): the batch is read again, by UID
    maps.clear()
    by_uid.clear()
    shifted = iter([dict(zip(range(1, 7), keep)), dict(zip(range(2, 8), keep))])
    monkeypatch.setattr(ImapStore, "_map_numbers", lambda self, f, b: next(shifted))
    got = list(store.fetch("INBOX", keep))
    assert True in by_uid and by_uid[-1] is False       # read by number, then again by UID
    assert [f.raw for f in got] == [r for i, r in enumerate(raws) if i not in (1, 4)]
