"""Issue 12: a rejection the owner already answered gets no draft (\\Answered, or their reply in
the same folder or in Sent), and a draft gives nothing away when it is sent — against Dovecot,
a Maildir, and neomutt sending a saved draft to a file sink."""
from __future__ import annotations

import email
import email.policy
import mailbox
import shutil
import subprocess
from pathlib import Path

import pytest

from agent.cli import main
from tests.mailfactory import make_message, rejection

OWNER = "Sam Taylor <sam.taylor@example.org>"
MARIA = "Maria Lopez <maria.lopez@northwind.example>"


def reply_from_owner(to_id: str, message_id: str = "<mine@example.org>") -> bytes:
    return make_message(subject="Re: Your application", body="Thank you, Maria!\n", sender=OWNER,
                        to=MARIA, message_id=message_id,
                        extra_headers={"In-Reply-To": to_id, "References": to_id})


def answered_targets(dovecot, account) -> list[str]:
    return sorted(str(email.message_from_bytes(m.raw, policy=email.policy.default)["In-Reply-To"])
                  for m in dovecot.messages(account, "Drafts"))


@pytest.mark.dovecot
def test_answered_rejections_get_no_draft_and_every_surface_says_why(dovecot, imap_account, config_for, capsys):
    dovecot.append(imap_account, "INBOX", rejection("<flag@n.example>"), flags=[b"\\Answered"])
    dovecot.append(imap_account, "INBOX", rejection("<inbox@n.example>"))
    dovecot.append(imap_account, "INBOX", reply_from_owner("<inbox@n.example>", "<r-inbox@example.org>"))
    dovecot.append(imap_account, "INBOX", rejection("<sent@n.example>"))
    dovecot.append(imap_account, "Sent", reply_from_owner("<sent@n.example>", "<r-sent@example.org>"))
    dovecot.append(imap_account, "INBOX", rejection("<open@n.example>"))
    cfg = config_for(imap_account)

    assert main(["--config", str(cfg), "once", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "flagged as answered" in out and "your reply is in INBOX" in out and "your reply is in Sent" in out
    assert out.count("would save a draft") == 1

    assert main(["--config", str(cfg), "-v", "once"]) == 0
    out, err = capsys.readouterr()
    assert out.count("no draft: you already answered it") == 3
    assert answered_targets(dovecot, imap_account) == ["<open@n.example>"]
    assert main(["--config", str(cfg), "status"]) == 0
    assert "3 you had already answered" in capsys.readouterr().out
    # read only: the owner's flags are as they were, nothing marked read
    assert all(b"\\Seen" not in m.flags for m in dovecot.messages(imap_account, "INBOX"))


@pytest.mark.dovecot
def test_a_reply_from_someone_else_in_the_thread_does_not_count(dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection("<r@n.example>"))
    dovecot.append(imap_account, "INBOX", make_message(
        subject="Re: Your application", body="Adding my colleague.\n", sender=MARIA,
        message_id="<fwd@n.example>", extra_headers={"In-Reply-To": "<r@n.example>"}))
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0
    assert answered_targets(dovecot, imap_account) == ["<r@n.example>"]


def test_maildir_replied_flag_and_sent_folder(maildir, config_for):
    md = mailbox.Maildir(maildir)
    flagged = mailbox.MaildirMessage(rejection("<flag@n.example>"))
    flagged.set_subdir("cur")
    flagged.set_flags("RS")
    md.add(flagged)
    md.add(rejection("<sent@n.example>"))
    md.add_folder("Sent").add(reply_from_owner("<sent@n.example>"))
    md.add(rejection("<open@n.example>"))
    assert main(["--config", str(config_for(maildir=maildir)), "once"]) == 0
    assert [m["In-Reply-To"] for m in md.get_folder("Drafts")] == ["<open@n.example>"]


@pytest.mark.dovecot
def test_a_sent_draft_carries_nothing_that_names_the_tool(dovecot, imap_account, config_for, tmp_path):
    neomutt = shutil.which("neomutt")
    if neomutt is None:
        pytest.skip("neomutt is not installed (./dev test installs it)")
    dovecot.append(imap_account, "INBOX", rejection("<r1@n.example>"))
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0
    (draft,) = dovecot.messages(imap_account, "Drafts")
    assert b"nottoday" not in draft.raw.lower()
    # The owner opens the draft in neomutt and sends it; sendmail is a file sink.
    (tmp_path / "draft.eml").write_bytes(draft.raw.replace(b"\r\n", b"\n"))
    sink = tmp_path / "sink.sh"
    sink.write_text(f"#!/bin/sh\ncat > {tmp_path / 'sent.eml'}\n")
    sink.chmod(0o755)
    (tmp_path / "muttrc").write_text(
        f'set sendmail="{sink}"\nset record=""\nset copy=no\nset use_from=yes\n'
        'set from="sam.taylor@example.org"\nset send_charset="utf-8"\n')
    proc = subprocess.run([neomutt, "-n", "-F", str(tmp_path / "muttrc"), "-H", str(tmp_path / "draft.eml")],
                          input=b"\n", capture_output=True, timeout=60, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    sent = (tmp_path / "sent.eml").read_bytes()
    assert b"Maria" in sent and b"In-Reply-To: <r1@n.example>" in sent   # the real draft went out
    assert b"nottoday" not in sent.lower()
    parsed = email.message_from_bytes(sent, policy=email.policy.default)
    assert parsed["Message-ID"].endswith("@example.org>")                 # the owner's own domain
