"""ImapStore against the private Dovecot: listing, read-only fetching, finding drafts, appends."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from agent.config import AccountConfig
from agent.stores import imap as imap_mod
from agent.stores.imap import ImapStore
from tests.mailfactory import invite, rejection

pytestmark = pytest.mark.dovecot


@pytest.fixture
def store(imap_account):
    acct = AccountConfig(name="t", host=imap_account.host, port=imap_account.port, security="none",
                         username=imap_account.username,
                         password_command=["printf", "%s", imap_account.password])
    s = ImapStore(acct)
    s.open()
    yield s
    s.close()


def test_listing_is_incremental_and_since_uses_internaldate(dovecot, imap_account, store):
    old = datetime.now(timezone.utc) - timedelta(days=30)
    dovecot.append(imap_account, "INBOX", invite("<old@a.example>"), msg_time=old)
    dovecot.append(imap_account, "INBOX", rejection("<r1@n.example>"))
    week_ago = datetime.now(timezone.utc) - timedelta(days=7)
    assert store.list_messages("INBOX", 0, week_ago).refs == (2,)
    assert store.list_messages("INBOX", 0, None).refs == (1, 2)
    assert store.list_messages("INBOX", 2, None).refs == ()     # "3:*" matches uid 2: filtered out
    listing = store.list_messages("INBOX", 1, None)
    assert listing.refs == (2,) and listing.ordered
    assert listing.uidvalidity == dovecot.folder_status(imap_account, "INBOX")["UIDVALIDITY"]


def test_fetch_never_sets_seen_and_skips_huge_messages(dovecot, imap_account, store, monkeypatch):
    small = rejection("<r1@n.example>")
    dovecot.append(imap_account, "INBOX", small)
    dovecot.append(imap_account, "INBOX", rejection("<big@n.example>") + b"x" * 5000 + b"\r\n")
    monkeypatch.setattr(imap_mod, "MAX_MESSAGE_BYTES", 4000)
    got = list(store.fetch("INBOX", [1, 2, 99]))
    assert got[0].raw == small
    assert got[1].raw is None and "larger than" in got[1].error
    assert got[2].raw is None and got[2].error == "no longer on the server"
    assert all(m.flags == frozenset() for m in dovecot.messages(imap_account, "INBOX"))


DRAFT_ID = "<0f3a9c2e@example.org>"


def test_find_headers_and_append(dovecot, imap_account, store):
    """One SEARCH finds a draft by its Message-ID, by the header older drafts carry, or as a reply."""
    dovecot.append(imap_account, "Drafts", b"Subject: mine\r\nIn-Reply-To: <other@n.example>\r\n\r\nhand-written\r\n")
    dovecot.append(imap_account, "Drafts", b"Subject: old\r\nX-Nottoday-Source:\r\n <a@n.example>\r\n\r\nx\r\n")
    store.append_draft(f"Subject: Re: x\r\nMessage-ID: {DRAFT_ID}\r\nIn-Reply-To: <b@n.example>\r\n\r\nbody\r\n".encode())
    assert [h.sources for h in store.find_headers("Drafts", [("X-Nottoday-Source", "<a@n.example>")])] == [("<a@n.example>",)]
    assert [h.message_id for h in store.find_headers("Drafts", [("Message-ID", DRAFT_ID)])] == [DRAFT_ID]
    replies = store.find_headers("Drafts", [("Message-ID", "<none@x>"), ("In-Reply-To", "<b@n.example>")])
    assert [h.in_reply_to for h in replies] == [("<b@n.example>",)]
    assert store.find_headers("Drafts", [("In-Reply-To", "<b@n.exam>")]) == []   # substring is not a match
    assert len(store.find_headers("Drafts", [("X-Nottoday-Source", "")])) == 1     # "has the header"
    last = dovecot.messages(imap_account, "Drafts")[-1]
    assert last.flags == {"\\Draft", "\\Seen"}


def test_find_headers_without_search_header(dovecot, imap_account, store, monkeypatch):
    """Servers that refuse SEARCH HEADER: the folder's headers are read once instead."""
    from imapclient.exceptions import IMAPClientError

    dovecot.append(imap_account, "Drafts", b"Subject: mine\r\n\r\nhand-written draft\r\n")
    dovecot.append(imap_account, "Drafts", b"Subject: ours\r\nX-Nottoday-Source: <a@n.example>\r\n\r\nx\r\n")
    real_search = store.client.search

    def picky(criteria="ALL", charset=None):
        if "HEADER" in str(criteria):
            raise IMAPClientError("SEARCH command error: BAD [b'Unknown search key']")
        return real_search(criteria, charset)

    monkeypatch.setattr(store.client, "search", picky)
    found = store.find_headers("Drafts", [("X-Nottoday-Source", "<a@n.example>")])
    assert [h.sources for h in found] == [("<a@n.example>",)]
