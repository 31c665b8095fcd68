"""agent.pipeline logic with an in-memory store (pure logic; the IMAP paths are in test_e2e_*)."""
from __future__ import annotations

from datetime import datetime

import pytest

from agent.config import AccountConfig
from agent.pipeline import (ALREADY, DRAFTED, FAILED, MALFORMED, NO_ADDRESS, NOT_REJECTION, SEEN,
                            WOULD_DRAFT, Action, DraftBox, Pipeline)
from agent.stores.base import HeaderInfo, MailStore, matches
from agent.stores.imap import ImapStore
from agent.errors import UserError
from classifiers import Classifier, DetectionSettings
from drafts import Composer, DraftSettings, Identity
from tests.mailfactory import invite, make_message, rejection, resend

IDENTITY = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam")


class MemoryStore(MailStore):
    """Only the Drafts side matters here."""

    def __init__(self, sources=()):
        self.appended: list[bytes] = []
        self._sources = set(sources)

    def open(self): pass
    def close(self): pass
    def uidvalidity(self, folder): return 1
    def list_messages(self, folder, after_uid, since): raise NotImplementedError
    def fetch(self, folder, refs): raise NotImplementedError
    def drafts_folder(self): return "Drafts"
    def sent_folder(self): return None
    def header_index(self, folder, since=None): return iter(())
    def flags(self, folder, ref): return frozenset()

    def find_headers(self, folder, pairs):
        drafts = [HeaderInfo(i, frozenset(), None, (), (), (s,)) for i, s in enumerate(self._sources)]
        return [d for d in drafts if matches(d, pairs)]

    def append_draft(self, raw: bytes, when: datetime | None = None) -> None:
        self.appended.append(raw)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Classifier(DetectionSettings(), IDENTITY.owner()), Composer(IDENTITY, DraftSettings()))


def test_rejection_is_drafted_once_per_pass(pipeline):
    store = MemoryStore()
    box = DraftBox(store)
    first = pipeline.handle(rejection("<r@n.example>"), "INBOX", 1, box)
    again = pipeline.handle(rejection("<r@n.example>"), "Jobs", 7, box)
    assert (first.action, again.action) == (DRAFTED, ALREADY)
    assert len(store.appended) == 1
    assert b"nottoday" not in store.appended[0].lower()            # nothing names the tool
    assert b"\n" not in store.appended[0].replace(b"\r\n", b"")   # CRLF throughout


def test_the_draft_message_id_is_opaque_deterministic_and_at_the_owners_domain(pipeline):
    ids = []
    for key in (b"k" * 32, b"k" * 32, b"other-install-key-0123456789abcd"):
        store = MemoryStore()
        out = pipeline.handle(rejection("<r@n.example>"), "INBOX", 1,
                              DraftBox(store, install_key=key, domain="example.org"))
        ids.append(out.draft["Message-ID"])
    assert ids[0] == ids[1] != ids[2]
    assert ids[0].endswith("@example.org>") and "r@n.example" not in ids[0]


def test_existing_draft_source_prevents_append(pipeline):
    store = MemoryStore(sources={"<r@n.example>"})
    out = pipeline.handle(rejection("<r@n.example>"), "INBOX", 1, DraftBox(store))
    assert out.action == ALREADY and out.drafted and store.appended == []


def test_dry_run_appends_nothing(pipeline):
    store = MemoryStore()
    out = pipeline.handle(rejection("<r@n.example>"), "INBOX", 1, DraftBox(store, dry_run=True))
    assert out.action == WOULD_DRAFT and out.draft is not None and store.appended == []


def test_not_rejection_seen_malformed(pipeline):
    box = DraftBox(MemoryStore())
    assert pipeline.handle(invite(), "INBOX", 1, box).action == NOT_REJECTION
    assert pipeline.handle(rejection("<s@n.example>"), "INBOX", 2, box,
                           seen=lambda k: k == "<s@n.example>").action == SEEN
    bad = pipeline.handle(b"\x00\x01 no headers", "INBOX", 3, box)
    assert bad.action == MALFORMED and bad.key.startswith("sha256:") and bad.reason == "no headers"
    assert box.store.appended == []


def test_an_outcome_says_what_became_of_the_message_in_one_vocabulary(pipeline):
    """Outcome.action is an Action; its value is the word the state records and status reads."""
    box = DraftBox(MemoryStore())
    outcomes = [pipeline.handle(raw, "INBOX", n, box) for n, raw in
                enumerate([rejection("<v@n.example>"), invite(), b"\x00 no headers"], 1)]
    assert [o.action for o in outcomes] == [Action.DRAFTED, Action.NOT_REJECTION, Action.MALFORMED]
    assert all(type(o.action) is Action and Action(str(o.action)) is o.action for o in outcomes)
    assert {a.value for a in Action} >= {"drafted", "already-drafted", "old", "unreadable"}


def test_rejection_without_follow_up_address(pipeline):
    raw = make_message(subject="Your application to Corvid Mobility",
                       sender="Corvid Mobility <no-reply@us.greenhouse-mail.io>", message_id="<n@x>",
                       body="Hi Sam,\n\nThank you for applying. Unfortunately we have decided to move "
                            "forward with other candidates whose experience more closely matches the "
                            "role.\n\nThis mailbox is not monitored; please do not reply.\n\n"
                            "The Corvid Talent Team\n")
    out = pipeline.handle(raw, "INBOX", 1, DraftBox(MemoryStore()))
    assert out.action == NO_ADDRESS and out.reason == "no follow-up address"


def test_a_crash_in_detection_skips_the_message_only():
    class Exploding:
        def classify(self, msg, ctx):
            raise RecursionError("hostile nesting")

    p = Pipeline(Exploding(), Composer(IDENTITY, DraftSettings()))
    out = p.handle(rejection("<r@n.example>"), "INBOX", 5, DraftBox(MemoryStore()))
    assert out.action == FAILED and out.reason == "RecursionError"


def test_reply_to_own_draft_sets_thread_context():
    seen = []

    class Recorder:
        def classify(self, msg, ctx):
            seen.append(ctx.reply_to_own_mail)
            from classifiers import Verdict
            return Verdict(False, 0.0, 5.0, (), "en")

    p = Pipeline(Recorder(), Composer(IDENTITY, DraftSettings()))
    box = DraftBox(MemoryStore())
    p.handle(rejection("<a@n.example>", extra_headers={"In-Reply-To": "<d1@example.org>"}), "INBOX", 1, box,
             own_ids={"<d1@example.org>"})
    p.handle(rejection("<b@n.example>"), "INBOX", 2, box, own_ids={"<d1@example.org>"})
    assert seen == [True, False]


def test_imap_drafts_folder_fallbacks():
    def store_with(folders, configured=""):
        s = ImapStore(AccountConfig(name="a", host="h", username="u", drafts_folder=configured))
        s._folders = folders
        return s

    assert store_with([((), "INBOX"), (("\\HasNoChildren", "\\Drafts"), "Brouillons perso")]).drafts_folder() \
        == "Brouillons perso"
    assert store_with([((), "INBOX"), ((), "INBOX.Drafts")]).drafts_folder() == "INBOX.Drafts"
    assert store_with([((), "INBOX"), ((), "[Gmail]/Drafts")]).drafts_folder() == "[Gmail]/Drafts"
    assert store_with([((), "INBOX"), ((), "Entwürfe")]).drafts_folder() == "Entwürfe"
    assert store_with([((), "INBOX"), ((), "Mine")], configured="Mine").drafts_folder() == "Mine"
    with pytest.raises(UserError, match="set drafts_folder"):
        store_with([((), "INBOX"), ((), "Sent")]).drafts_folder()
    with pytest.raises(UserError, match="does not exist"):
        store_with([((), "INBOX")], configured="Nope").drafts_folder()


def test_a_resent_rejection_gets_no_second_draft(pipeline):
    """The same news forwarded again by its sender: the first copy's draft answers it."""
    store = MemoryStore()
    box = DraftBox(store)
    first = pipeline.handle(rejection("<r@n.example>"), "INBOX", 1, box)
    again = pipeline.handle(resend("<resend@n.example>"), "INBOX", 2, box)
    assert first.action == DRAFTED and again.verdict.rejection and again.verdict.resent
    assert again.action == ALREADY and again.drafted and again.draft is None
    assert len(store.appended) == 1


def test_a_resend_is_drafted_when_the_first_copy_never_arrived(pipeline):
    """Only the resend came through (the first copy sits in a spam folder nobody scans)."""
    store = MemoryStore()
    out = pipeline.handle(resend("<resend@n.example>"), "INBOX", 2, DraftBox(store))
    assert out.action == DRAFTED and len(store.appended) == 1


def test_a_resend_matches_drafts_of_earlier_passes():
    """The conversations of earlier drafts come from the state; a different subject or person
    is another conversation."""
    from agent.state import conversation_key
    p = Pipeline(Classifier(DetectionSettings(), IDENTITY.owner()), Composer(IDENTITY, DraftSettings()))
    earlier = conversation_key("Maria Lopez <maria.lopez@northwind.example>",
                               "Re: Your application for Senior Product Marketing Manager")
    store = MemoryStore()
    out = p.handle(resend("<resend@n.example>"), "INBOX", 2, DraftBox(store, conversations={earlier}))
    assert out.action == ALREADY and store.appended == []
    other = conversation_key("Maria Lopez <maria.lopez@northwind.example>", "Re: Your application for Designer")
    out = p.handle(resend("<resend2@n.example>"), "INBOX", 3, DraftBox(store, conversations={other}))
    assert out.action == DRAFTED


def test_conversation_key_ignores_reply_and_forward_prefixes():
    from agent.state import conversation_key
    a = conversation_key("Maria <MARIA@n.example>", "Re: Fwd: Your  Application")
    assert a == conversation_key("maria@n.example", "RE: your application") == ("maria@n.example", "your application")
    assert a != conversation_key("jo@n.example", "Re: Your application")
