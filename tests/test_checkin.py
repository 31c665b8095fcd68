"""Issue 15: one check-in draft in the thread of a sent follow-up that has been quiet for
`[checkin] after_days` (time injected, never waited for), never a second, and none where the
company wrote back or the follow-up was never sent — against Dovecot."""
from __future__ import annotations

import email
import email.policy
import time
from datetime import datetime, timedelta, timezone

import pytest

from agent import scan
from agent.config import load_config
from agent.pipeline import Pipeline
from tests.mailfactory import make_message, rejection

OWNER = "Sam Taylor <sam.taylor@example.org>"
MARIA = "Maria Lopez <maria.lopez@northwind.example>"
NOW = datetime.now(timezone.utc)
DAY = 86400.0


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def with_checkin(path, days: int = 90):
    path.write_text(path.read_text() + f"\n[checkin]\nafter_days = {days}\n")
    return path


def run(cfg, now: float | None = None):
    config = load_config(cfg)
    return scan.run_pass(config.accounts["main"], config, Pipeline.from_config(config), now=now)


def checkins(dovecot, account) -> list:
    """Drafts that are not the follow-up (they answer something other than the rejection)."""
    return [parsed(m.raw) for m in dovecot.messages(account, "Drafts")
            if str(parsed(m.raw)["In-Reply-To"]) != "<r1@northwind.example>"]


def send_follow_up(dovecot, account) -> str:
    (draft,) = dovecot.messages(account, "Drafts")
    dovecot.append(account, "Sent", draft.raw, flags=[b"\\Seen"])
    with dovecot.client(account) as c:
        c.select_folder("Drafts")
        c.delete_messages([draft.uid])
        c.expunge()
    return str(parsed(draft.raw)["Message-ID"])


@pytest.mark.dovecot
def test_one_check_in_after_the_quiet_days_and_never_a_second(dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>", date=NOW - timedelta(days=3)))
    cfg = with_checkin(config_for(imap_account))
    run(cfg)
    follow_up = send_follow_up(dovecot, imap_account)
    assert run(cfg).checkins == 0                          # sent just now: not quiet yet
    assert run(cfg, now=time.time() + 89 * DAY).checkins == 0
    assert checkins(dovecot, imap_account) == []

    assert run(cfg, now=time.time() + 91 * DAY).checkins == 1
    (draft,) = checkins(dovecot, imap_account)
    assert str(draft["In-Reply-To"]) == follow_up          # in the thread, after the last message
    assert str(draft["References"]).split() == ["<r1@northwind.example>", follow_up]
    assert draft["To"].addresses[0].addr_spec == "maria.lopez@northwind.example"
    assert str(draft["Subject"]) == "Re: Your application for Senior Product Marketing Manager"
    body = draft.get_content()
    assert "Hi Maria," in body and "Northwind Labs" in body and "has anything opened up" in body
    assert b"nottoday" not in draft.as_bytes().lower()

    # never a second: not on the next pass, not months later, not after the draft was deleted
    assert run(cfg, now=time.time() + 92 * DAY).checkins == 0
    assert run(cfg, now=time.time() + 400 * DAY).checkins == 0
    uid = next(m.uid for m in dovecot.messages(imap_account, "Drafts"))
    with dovecot.client(imap_account) as c:
        c.select_folder("Drafts")
        c.delete_messages([uid])
        c.expunge()
    assert run(cfg, now=time.time() + 500 * DAY).checkins == 0
    assert dovecot.messages(imap_account, "Drafts") == []


@pytest.mark.dovecot
def test_an_old_answered_quiet_relationship_is_due_at_once(dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>", date=NOW - timedelta(days=130)))
    dovecot.append(imap_account, "Sent", make_message(
        subject="Re: Your application", body="Thank you, Maria!\n", sender=OWNER, to=MARIA,
        message_id="<mine@example.org>", date=NOW - timedelta(days=120),
        extra_headers={"In-Reply-To": "<r1@northwind.example>", "References": "<r1@northwind.example>"}))
    cfg = with_checkin(config_for(imap_account, lookback_days=365))
    summary = run(cfg)                                      # the first pass, real time
    assert [o.action for o in summary.outcomes] == ["already-answered"]
    assert summary.checkins == 1
    (draft,) = checkins(dovecot, imap_account)
    assert str(draft["In-Reply-To"]) == "<mine@example.org>"
    assert "about 4 months" in draft.get_content()
    assert run(cfg).checkins == 0


@pytest.mark.dovecot
def test_no_check_in_where_the_company_replied_or_the_follow_up_was_never_sent(dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>", date=NOW - timedelta(days=3)))
    dovecot.append(imap_account, "INBOX", rejection(
        "<r2@orbit.example>", sender="Lee Park <lee.park@orbit.example>", subject="Your application at Orbit",
        date=NOW - timedelta(days=2)))
    cfg = with_checkin(config_for(imap_account))
    run(cfg)
    (northwind,) = [m for m in dovecot.messages(imap_account, "Drafts")
                    if str(parsed(m.raw)["In-Reply-To"]) == "<r1@northwind.example>"]
    dovecot.append(imap_account, "Sent", northwind.raw, flags=[b"\\Seen"])
    with dovecot.client(imap_account) as c:
        c.select_folder("Drafts")
        c.delete_messages([northwind.uid])
        c.expunge()
    sent_id = str(parsed(northwind.raw)["Message-ID"])
    dovecot.append(imap_account, "INBOX", make_message(
        subject="Re: Your application", body="Hi Sam, thanks, we'll be in touch.\n", sender=MARIA,
        message_id="<back@northwind.example>", date=NOW + timedelta(minutes=1),
        extra_headers={"In-Reply-To": sent_id}))
    # Northwind wrote back; Orbit's draft was never sent: neither is ever due
    assert run(cfg, now=time.time() + 365 * DAY).checkins == 0
    drafts = dovecot.messages(imap_account, "Drafts")
    assert [str(parsed(m.raw)["In-Reply-To"]) for m in drafts] == ["<r2@orbit.example>"]


@pytest.mark.dovecot
def test_check_ins_are_off_by_default(dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>", date=NOW - timedelta(days=3)))
    cfg = config_for(imap_account)
    run(cfg)
    send_follow_up(dovecot, imap_account)
    assert run(cfg, now=time.time() + 1000 * DAY).checkins == 0
    assert dovecot.messages(imap_account, "Drafts") == []


@pytest.mark.dovecot
def test_a_check_in_saved_before_a_crash_is_not_saved_again(dovecot, imap_account, config_for, monkeypatch):
    from agent.stores.imap import ImapStore

    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>", date=NOW - timedelta(days=3)))
    cfg = with_checkin(config_for(imap_account))
    run(cfg)
    send_follow_up(dovecot, imap_account)
    real = ImapStore.append_draft

    def append_then_die(self, raw, when=None):
        real(self, raw, when)
        raise RuntimeError("killed after the APPEND, before the state was written")
    monkeypatch.setattr(ImapStore, "append_draft", append_then_die)
    with pytest.raises(RuntimeError):
        run(cfg, now=time.time() + 91 * DAY)
    monkeypatch.setattr(ImapStore, "append_draft", real)
    assert len(checkins(dovecot, imap_account)) == 1       # appended, but not recorded
    assert run(cfg, now=time.time() + 92 * DAY).checkins == 0   # found by its Message-ID
    assert len(checkins(dovecot, imap_account)) == 1
