"""The MailStore contract (agent/stores/base.py), one suite run against every backend: the real
Dovecot over IMAP and a local Maildir (vdirsyncer's StorageTests idea). A backend is a fixture
giving an opened store and a `put(folder, raw, flags)` that delivers mail behind its back."""
from __future__ import annotations

import mailbox
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

import pytest

from agent.config import AccountConfig
from agent.stores import make_store
from agent.stores.base import ANSWERED, MailStore
from tests.mailfactory import invite, make_message, rejection

OWNER = "Sam Taylor <sam.taylor@example.org>"

MAILDIR_LETTERS = {"\\Answered": "R", "\\Seen": "S", "\\Draft": "D", "\\Flagged": "F"}


@dataclass
class Backend:
    store: MailStore
    put: Callable[..., None]          # put(folder, raw, flags=()) delivers a message
    flags_of: Callable[[str], list]   # the flags of every message of a folder, as the server has them


def _imap(dovecot, imap_account) -> Backend:
    acct = AccountConfig(name="t", host=imap_account.host, port=imap_account.port, security="none",
                         username=imap_account.username,
                         password_command=["printf", "%s", imap_account.password])

    def put(folder, raw, flags=(), when=None):
        dovecot.append(imap_account, folder, raw, flags=[f.encode() for f in flags], msg_time=when)

    return Backend(make_store(acct), put,
                   lambda folder: [set(m.flags) for m in dovecot.messages(imap_account, folder)])


def _maildir(tmp_path) -> Backend:
    root = tmp_path / "Maildir"
    md = mailbox.Maildir(root, create=True)
    for name in ("Drafts", "Sent"):
        md.add_folder(name)

    def folder_of(name):
        return md if name == "INBOX" else md.get_folder(name)

    def put(folder, raw, flags=(), when=None):
        msg = mailbox.MaildirMessage(raw)
        if flags:
            msg.set_subdir("cur")
            msg.set_flags("".join(MAILDIR_LETTERS[f] for f in flags))
        if when is not None:
            msg.set_date(when.timestamp())   # Maildir.add sets the file time: what "since" reads
        folder_of(folder).add(msg)

    letters = {v: k for k, v in MAILDIR_LETTERS.items()}

    def flags_of(name):
        return [{letters[c] for c in folder_of(name).get_message(k).get_flags()} for k in folder_of(name).keys()]

    return Backend(make_store(AccountConfig(name="t", maildir=str(root))), put, flags_of)


@pytest.fixture(params=["imap", "maildir"])
def backend(request, tmp_path):
    if request.param == "imap":
        b = _imap(request.getfixturevalue("dovecot"), request.getfixturevalue("imap_account"))
    else:
        b = _maildir(tmp_path)
    b.store.open()
    yield b
    b.store.close()


def test_listing_then_fetching_reads_every_message_and_changes_nothing(backend):
    raws = [rejection("<c1@n.example>"), invite("<c2@a.example>")]
    for raw in raws:
        backend.put("INBOX", raw)
    before = backend.flags_of("INBOX")
    listing = backend.store.list_messages("INBOX", 0, None)
    got = list(backend.store.fetch("INBOX", list(listing.refs)))
    assert [f.ref for f in got] == list(listing.refs)
    assert sorted(f.raw.replace(b"\r\n", b"\n") for f in got) == sorted(r.replace(b"\r\n", b"\n") for r in raws)
    assert backend.flags_of("INBOX") == before           # not even \Seen


def test_since_leaves_out_older_mail(backend):
    backend.put("INBOX", invite("<old@a.example>"), when=datetime.now(timezone.utc) - timedelta(days=40))
    backend.put("INBOX", rejection("<new@n.example>"))
    refs = backend.store.list_messages("INBOX", 0, datetime.now(timezone.utc) - timedelta(days=7)).refs
    fetched = [f.raw for f in backend.store.fetch("INBOX", list(refs))]
    assert len(fetched) == 1 and b"<new@n.example>" in fetched[0]


def test_a_missing_ref_is_gone_not_an_error(backend):
    backend.put("INBOX", rejection("<c1@n.example>"))
    missing = 999 if backend.store.kind == "imap" else "no-such-file"
    (got,) = list(backend.store.fetch("INBOX", [missing]))
    assert got.raw is None and not got.transient


def test_drafts_folder_append_and_find_headers(backend):
    store = backend.store
    assert store.drafts_folder() in ("Drafts",)
    store.append_draft(b"Subject: Re: x\r\nMessage-ID: <d1@example.org>\r\nIn-Reply-To: <r1@n.example>\r\n"
                       b"\r\nbody\r\n", datetime.now(timezone.utc))
    backend.put("Drafts", b"Subject: old\r\nX-Nottoday-Source: <r0@n.example>\r\n\r\nx\r\n")
    assert [h.message_id for h in store.find_headers("Drafts", [("Message-ID", "<d1@example.org>")])] == ["<d1@example.org>"]
    assert [h.in_reply_to for h in store.find_headers("Drafts", [("In-Reply-To", "<r1@n.example>")])] == [("<r1@n.example>",)]
    assert [h.sources for h in store.find_headers("Drafts", [("X-Nottoday-Source", "<r0@n.example>")])] == [("<r0@n.example>",)]
    assert store.find_headers("Drafts", [("In-Reply-To", "<r1@n.exam>")]) == []
    assert store.find_headers("Drafts", []) == []
    assert {"\\Draft", "\\Seen"} in backend.flags_of("Drafts")


def test_sent_folder_flags_and_header_index(backend):
    store = backend.store
    assert store.sent_folder() == "Sent"
    backend.put("INBOX", rejection("<a@n.example>"), flags=[ANSWERED])
    backend.put("Sent", make_message(subject="Re: x", body="Thanks!\n", sender=OWNER, message_id="<s@example.org>",
                                     extra_headers={"In-Reply-To": "<b@n.example>", "References": "<z@n.example> <b@n.example>"}))
    (inbox,) = list(store.header_index("INBOX"))
    assert ANSWERED in inbox.flags and ANSWERED in store.flags("INBOX", inbox.ref)
    (sent,) = list(store.header_index("Sent"))
    assert sent.from_addr == "sam.taylor@example.org" and sent.refers_to("<b@n.example>")
    assert [h.message_id for h in store.find_headers("Sent", [("References", "<z@n.example>")])] == ["<s@example.org>"]
