"""Issue 15: the relationship ledger follows each rejection from the mailbox alone — the sent
follow-up found in Sent, a deleted draft noticed, the company's reply and a later invitation
marked — against Dovecot; the `ledger` command's table, JSON, CSV and story."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest

from agent.cli import main
from tests.mailfactory import invite, make_message, rejection

OWNER = "Sam Taylor <sam.taylor@example.org>"
MARIA = "Maria Lopez <maria.lopez@northwind.example>"
NOW = datetime.now(timezone.utc)


def ledger(cfg, capsys, *args) -> list[dict]:
    capsys.readouterr()
    assert main(["--config", str(cfg), "ledger", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def once(cfg, capsys) -> str:
    capsys.readouterr()
    assert main(["--config", str(cfg), "once"]) == 0
    return capsys.readouterr().out


def delete(dovecot, account, folder: str, uid: int) -> None:
    """What the user's mail client does (the test's own connection, never nottoday's)."""
    with dovecot.client(account) as c:
        c.select_folder(folder)
        c.delete_messages([uid])
        c.expunge()


def send_draft(dovecot, account) -> bytes:
    """The user sends the draft: a copy in Sent (same Message-ID, as most clients keep it), the
    draft gone from Drafts."""
    (draft,) = dovecot.messages(account, "Drafts")
    dovecot.append(account, "Sent", draft.raw, flags=[b"\\Seen"])
    delete(dovecot, account, "Drafts", draft.uid)
    return draft.raw


def header(raw: bytes, name: str) -> str:
    import email
    import email.policy
    return str(email.message_from_bytes(raw, policy=email.policy.default)[name] or "")


@pytest.mark.dovecot
def test_sent_follow_up_is_found_in_sent_and_a_deleted_draft_is_a_possible_false_alarm(
        dovecot, imap_account, config_for, capsys):
    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>", date=NOW - timedelta(days=2)))
    dovecot.append(imap_account, "INBOX", rejection(
        "<r2@orbit.example>", sender="Lee Park <lee.park@orbit.example>", subject="Your application at Orbit",
        date=NOW - timedelta(days=1)))
    cfg = config_for(imap_account)
    once(cfg, capsys)
    rows = {r["message_id"]: r for r in ledger(cfg, capsys)}
    assert rows["<r1@northwind.example>"]["status"] == "draft waiting"
    assert rows["<r1@northwind.example>"]["contact_addr"] == "maria.lopez@northwind.example"
    assert rows["<r1@northwind.example>"]["stage"] == "interviewed"
    assert rows["<r1@northwind.example>"]["draft_message_id"].endswith("@example.org>")

    drafts = {header(m.raw, "In-Reply-To"): m for m in dovecot.messages(imap_account, "Drafts")}
    sent_raw = drafts["<r1@northwind.example>"].raw
    dovecot.append(imap_account, "Sent", sent_raw, flags=[b"\\Seen"])            # Northwind: sent
    delete(dovecot, imap_account, "Drafts", drafts["<r1@northwind.example>"].uid)
    delete(dovecot, imap_account, "Drafts", drafts["<r2@orbit.example>"].uid)    # Orbit: deleted unsent
    once(cfg, capsys)
    rows = {r["message_id"]: r for r in ledger(cfg, capsys)}
    assert rows["<r1@northwind.example>"]["status"] == "follow-up sent"
    assert rows["<r2@orbit.example>"]["status"] == "possible false alarm (draft deleted)"

    # a third pass finds nothing new: the Sent folder is read from its high-water mark on
    once(cfg, capsys)
    assert {r["status"] for r in ledger(cfg, capsys)} == {"follow-up sent", "possible false alarm (draft deleted)"}


@pytest.mark.dovecot
def test_a_reply_by_hand_in_the_thread_counts_as_the_follow_up(dovecot, imap_account, config_for, capsys):
    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>"))
    cfg = config_for(imap_account)
    once(cfg, capsys)
    (draft,) = dovecot.messages(imap_account, "Drafts")
    delete(dovecot, imap_account, "Drafts", draft.uid)       # the user writes their own reply instead
    dovecot.append(imap_account, "Sent", make_message(
        subject="Re: Your application", body="Thank you, Maria!\n", sender=OWNER, to=MARIA,
        message_id="<mine@example.org>", extra_headers={"In-Reply-To": "<r1@northwind.example>"}))
    once(cfg, capsys)
    (row,) = ledger(cfg, capsys)
    assert row["status"] == "follow-up sent"


@pytest.mark.dovecot
def test_the_company_replying_and_a_later_invitation_are_marked(dovecot, imap_account, config_for, capsys):
    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>", date=NOW - timedelta(days=5)))
    dovecot.append(imap_account, "INBOX", rejection(
        "<r2@acme.example>", sender="Jonas Weber <jonas.weber@acme.example>",
        subject="Your application for Growth Marketing Lead", date=NOW - timedelta(days=4)))
    cfg = config_for(imap_account)
    once(cfg, capsys)
    sent = send_draft_to(dovecot, imap_account, "<r1@northwind.example>")
    # Maria answers the follow-up (In-Reply-To the sent draft), from the company's domain
    dovecot.append(imap_account, "INBOX", make_message(
        subject="Re: Your application", body="Hi Sam,\n\nLovely to hear from you. Let's talk in spring.\n\nMaria\n",
        sender="Maria Lopez <maria.lopez@northwind.example>", message_id="<back@northwind.example>",
        date=datetime.now(timezone.utc) + timedelta(minutes=2),
        extra_headers={"In-Reply-To": header(sent, "Message-ID"),
                       "References": f"<r1@northwind.example> {header(sent, 'Message-ID')}"}))
    # Acme invites Sam to interview for another role, weeks later, from another address there
    dovecot.append(imap_account, "INBOX", invite("<inv@acme.example>", sender="Recruiting <jobs@careers.acme.example>",
                                                 date=NOW - timedelta(hours=3)))
    # and mail from an unrelated company changes nothing
    dovecot.append(imap_account, "INBOX", invite("<inv@other.example>", sender="Ann <ann@other.example>"))
    once(cfg, capsys)
    rows = {r["message_id"]: r for r in ledger(cfg, capsys)}
    assert rows["<r1@northwind.example>"]["status"] == "they replied"
    assert rows["<r2@acme.example>"]["status"] == "draft waiting; new: interview invitation"

    capsys.readouterr()
    assert main(["--config", str(cfg), "ledger", "show", str(rows["<r1@northwind.example>"]["id"])]) == 0
    story = capsys.readouterr().out
    order = [story.index(s) for s in ("  rejection: from Maria", "draft saved", "you wrote: the follow-up draft",
                                      "they replied: Maria Lopez replied")]
    assert order == sorted(order), story


def send_draft_to(dovecot, account, original: str) -> bytes:
    (draft,) = [m for m in dovecot.messages(account, "Drafts") if header(m.raw, "In-Reply-To") == original]
    dovecot.append(account, "Sent", draft.raw, flags=[b"\\Seen"])
    delete(dovecot, account, "Drafts", draft.uid)
    return draft.raw


@pytest.mark.dovecot
def test_a_newer_rejection_from_the_same_company_is_marked_on_the_older_one(dovecot, imap_account, config_for, capsys):
    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>", date=NOW - timedelta(days=9)))
    dovecot.append(imap_account, "INBOX", rejection("<r2@northwind.example>", subject="Your application for Data Lead",
                                                    sender="Tom <tom@hr.northwind.example>", date=NOW - timedelta(days=1)))
    cfg = config_for(imap_account)
    once(cfg, capsys)
    rows = {r["message_id"]: r for r in ledger(cfg, capsys)}
    assert rows["<r1@northwind.example>"]["status"] == "draft waiting; rejected again later"
    assert rows["<r2@northwind.example>"]["status"] == "draft waiting"


def test_ledger_table_and_csv_from_a_maildir(maildir, config_for, capsys):
    import mailbox
    md = mailbox.Maildir(maildir)
    md.add(rejection("<r1@northwind.example>"))
    md.add(invite())
    cfg = config_for(maildir=maildir)
    once(cfg, capsys)
    assert main(["--config", str(cfg), "ledger"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "COMPANY", "ROLE", "STAGE", "DATE", "STATUS"]
    assert len(lines) == 2 and "Northwind Labs" in lines[1] and lines[1].endswith("draft waiting")
    assert main(["--config", str(cfg), "ledger", "--csv"]) == 0
    (row,) = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["company"] == "Northwind Labs" and row["status"] == "draft waiting"


def test_an_empty_ledger_and_a_bad_id(tmp_path, config_for, maildir, capsys):
    cfg = config_for(maildir=maildir)
    assert main(["--config", str(cfg), "ledger"]) == 0
    assert "The ledger is empty" in capsys.readouterr().out
    assert main(["--config", str(cfg), "ledger", "show", "x"]) == 1
    assert "give the relationship's ID" in capsys.readouterr().err


def test_a_maildir_sent_folder_is_read_incrementally_too(maildir, config_for, capsys):
    import mailbox
    md = mailbox.Maildir(maildir)
    md.add(rejection("<r1@northwind.example>"))
    sent = md.add_folder("Sent")
    cfg = config_for(maildir=maildir)
    once(cfg, capsys)
    (draft,) = list(md.get_folder("Drafts"))
    sent.add(draft.as_bytes())                       # the user sent it (their client filed a copy)
    md.get_folder("Drafts").clear()
    once(cfg, capsys)
    (row,) = ledger(cfg, capsys)
    assert row["status"] == "follow-up sent"
    once(cfg, capsys)                                # nothing new: still one event, nothing re-read
    capsys.readouterr()
    assert main(["--config", str(cfg), "ledger", "show", str(row["id"])]) == 0
    assert capsys.readouterr().out.count("you wrote") == 1


@pytest.mark.dovecot
def test_a_reply_without_job_words_still_counts_as_the_company_writing_back(dovecot, imap_account, config_for, capsys):
    """The first look (classifiers.prefilter) lets such a message go unparsed; the ledger still
    reads its header block."""
    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>"))
    cfg = config_for(imap_account)
    once(cfg, capsys)
    sent = send_draft(dovecot, imap_account)
    dovecot.append(imap_account, "INBOX", make_message(
        subject="Coffee?", body="Hi Sam,\n\nLovely to hear from you! Shall we grab a coffee next month?\n\nMaria\n",
        sender=MARIA, message_id="<coffee@northwind.example>", date=datetime.now(timezone.utc) + timedelta(minutes=2),
        extra_headers={"In-Reply-To": header(sent, "Message-ID")}))
    once(cfg, capsys)
    (row,) = ledger(cfg, capsys)
    assert row["status"] == "they replied"
