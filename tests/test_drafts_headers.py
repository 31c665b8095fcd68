"""Proof that drafts thread under the rejection on a real IMAP server, and survive the trip.

The original and its draft go into one Dovecot folder; `UID THREAD REFERENCES UTF-8 ALL` must
put them in one thread with the draft below the original. Controls make the test able to fail:
a copy with its subject edited still threads (the headers do it), and the same copy without
In-Reply-To/References does not (the server is not just grouping everything).
"""
from __future__ import annotations

import email
import email.policy
from datetime import datetime, timezone
from pathlib import Path

import pytest

from classifiers.message import parse_message
from classifiers.model import Verdict
from drafts import Composer, DraftSettings, Identity

pytestmark = pytest.mark.dovecot

FIXTURES = Path(__file__).parent / "fixtures" / "drafts"
SAM = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam")
NOW = datetime(2026, 3, 20, 9, 30, tzinfo=timezone.utc)
HEADERS = ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
           "X-Nottoday-Source", "Content-Type", "Content-Transfer-Encoding", "MIME-Version")


def draft_bytes(fixture: str, language: str = "") -> tuple[bytes, bytes]:
    """The original and its draft; language "" lets the draft follow the message's own."""
    raw = (FIXTURES / fixture).read_bytes()
    draft = Composer(SAM, DraftSettings()).compose(
        parse_message(raw), Verdict(True, 9.0, 5.0, (), language), now=NOW)
    return raw, draft.as_bytes(policy=email.policy.SMTP)


def edited(raw: bytes, subject: str, drop_threading: bool = False) -> bytes:
    msg = email.message_from_bytes(raw, policy=email.policy.SMTP)
    msg.replace_header("Subject", subject)
    del msg["Message-ID"]
    msg["Message-ID"] = "<edited-copy@example.org>"
    if drop_threading:
        del msg["In-Reply-To"], msg["References"]
    return msg.as_bytes()


def threads(dovecot, user, folder: str) -> list:
    with dovecot.client(user) as c:
        assert b"THREAD=REFERENCES" in c.capabilities()
        c.select_folder(folder, readonly=True)
        return [list(t) for t in c.thread(algorithm="REFERENCES", criteria="ALL", charset="UTF-8")]


def flatten(thread) -> list[int]:
    out = []
    for item in thread:
        out.extend(flatten(item) if isinstance(item, (tuple, list)) else [item])
    return out


@pytest.mark.parametrize("fixture", ["personal-interviewed.eml", "team-alias-german.eml",
                                     "hostile-headers.eml"])
def test_draft_threads_under_the_original(dovecot, imap_account, fixture):
    original, draft = draft_bytes(fixture)
    orig_uid = dovecot.append(imap_account, "INBOX", original)
    draft_uid = dovecot.append(imap_account, "INBOX", draft, flags=(r"\Draft", r"\Seen"))
    renamed_uid = dovecot.append(imap_account, "INBOX", edited(draft, "Following up"))
    loose_uid = dovecot.append(imap_account, "INBOX", edited(draft, "Following up", drop_threading=True))

    found = threads(dovecot, imap_account, "INBOX")
    thread = next(t for t in found if orig_uid in flatten(t))
    assert flatten(thread)[0] == orig_uid                     # the rejection is the root
    assert draft_uid in flatten(thread) and renamed_uid in flatten(thread)
    assert loose_uid not in flatten(thread)                   # control: no headers, no thread


def test_every_header_round_trips_through_dovecot(dovecot, imap_account):
    _, draft = draft_bytes("team-alias-german.eml")
    dovecot.append(imap_account, "Drafts", draft, flags=(r"\Draft", r"\Seen"))
    [stored] = dovecot.messages(imap_account, "Drafts")
    assert {r"\Draft", r"\Seen"} <= stored.flags
    sent = email.message_from_bytes(draft, policy=email.policy.default)
    back = email.message_from_bytes(stored.raw, policy=email.policy.default)
    for name in HEADERS:
        assert str(back[name]) == str(sent[name]), name
    assert back["To"].addresses[0].display_name == "Kranich Karriere"
    assert back["To"].addresses[0].addr_spec == "karriere@kranich-logistik.de"
    assert back["Subject"] == "Aw: Ihre Bewerbung als Marketing Manager (m/w/d)"
    assert back["In-Reply-To"] == "<de-42@kranich-logistik.de>"
    assert back["References"] == "<de-42@kranich-logistik.de>"
    assert back.get_content() == sent.get_content()
    assert back.get_content().startswith("Guten Tag Jürgen Müller,")
    assert len(back.keys()) == len(set(back.keys())) == len(HEADERS)
