"""Issue 10's reproductions, end to end against the real Dovecot: one bad message never stops a
pass, nothing is drafted twice after a crash whatever the Message-ID looks like, two state
directories on one mailbox take turns, secrets a credential command prints are never echoed, and
text from mail reaches the terminal without control characters."""
from __future__ import annotations

import email
import email.policy
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from agent.cli import main
from agent.state import State
from tests.mailfactory import invite, make_message, rejection

pytestmark = pytest.mark.dovecot
ROOT = Path(__file__).resolve().parent.parent


def drafts(dovecot, account) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(m.raw, policy=email.policy.default)
            for m in dovecot.messages(account, "Drafts")]


def two_subjects(i: int) -> bytes:
    return (f"From: News <news@letters.example>\r\nTo: sam.taylor@example.org\r\n"
            f"Subject: Weekly digest {i}\r\nSubject: again {i}\r\nMessage-ID: <n{i}@letters.example>\r\n"
            f"Date: Mon, 30 Nov 2026 10:00:00 +0000\r\n\r\nNews of the week.\r\n").encode()


def test_a_message_with_two_subjects_does_not_stop_the_pass(dovecot, imap_account, config_for, capsys):
    for i in range(3):
        dovecot.append(imap_account, "INBOX", invite(f"<i{i}@a.example>"))
    dovecot.append(imap_account, "INBOX", two_subjects(1))
    dovecot.append(imap_account, "INBOX", rejection("<after@n.example>"))
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0
    assert [d["In-Reply-To"] for d in drafts(dovecot, imap_account)] == ["<after@n.example>"]
    assert "Traceback" not in capsys.readouterr().err
    with State.open(cfg.parent / "state") as st:
        assert st.folder("main", "INBOX").highest_uid == 5
        assert st.seen("main", "<n1@letters.example>")
    for command in ("check", "draft"):
        path = cfg.parent / "two.eml"
        path.write_bytes(two_subjects(2))
        rc = main(["--config", str(cfg), command, str(path)])
        assert rc in (0, 3)
        assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("message_id", ["<abc-ü-123@mail.example>", "<" + "x" * 400 + "@mail.example>"],
                         ids=["non-ascii", "very-long"])
def test_crash_after_append_with_an_unusual_message_id_drafts_once(message_id, dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection(message_id))
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0          # the state knows the account now
    dovecot.append(imap_account, "INBOX", rejection(message_id.replace("@", "-2@")))
    # A real process dies by SIGKILL right after its APPEND, before the state is written.
    script = textwrap.dedent(f"""
        import os, signal
        from agent.state import State
        State.record_message = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
        from agent.cli import main
        main(["--config", {str(cfg)!r}, "once"])
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    assert len(drafts(dovecot, imap_account)) == 2
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(drafts(dovecot, imap_account)) == 2             # recognised, not drafted again


def test_two_state_directories_on_one_mailbox_take_turns(dovecot, imap_account, config_for, tmp_path):
    for i in range(30):
        dovecot.append(imap_account, "INBOX", rejection(f"<t{i}@n.example>"))
    a = config_for(imap_account)
    b = tmp_path / "b.toml"
    b.write_text(a.read_text().replace(str(tmp_path / "state"), str(tmp_path / "state-b")))
    procs = [subprocess.Popen([sys.executable, "-m", "agent", "--config", str(c), "once"], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for c in (a, b)]
    for p in procs:
        p.communicate(timeout=300)
    got = sorted(d["In-Reply-To"] for d in drafts(dovecot, imap_account))
    assert got == sorted(f"<t{i}@n.example>" for i in range(30))   # 30, not 54


SECRET = "s3cr3t-Passw0rd-xyz"


def test_a_failing_password_command_never_echoes_what_it_printed(dovecot, imap_account, config_for, tmp_path, capsys):
    cfg = config_for(imap_account)
    text = re.sub(r"password_command = .*", f'password_command = "echo {SECRET} >&2; echo {SECRET}; exit 4"',
                  cfg.read_text())
    cfg.write_text(text)
    assert main(["--config", str(cfg), "once"]) == 1
    assert main(["--config", str(cfg), "status"]) == 0
    out, err = capsys.readouterr()
    assert "exit status 4" in err
    assert SECRET not in out + err
    db = sqlite3.connect(tmp_path / "state" / "state.sqlite3")
    dump = "\n".join(db.iterdump())
    db.close()
    assert "exit status 4" in dump and SECRET not in dump


def test_control_characters_from_mail_never_reach_the_terminal(dovecot, imap_account, config_for, capsys):
    raw = make_message(subject="Your application \x1b[2J\x1b]0;pwned\x07 update\u202e", body=REJECTION_TEXT,
                       sender="Maria Lopez <maria.lopez@northwind.example>", message_id="<esc@n.example>")
    dovecot.append(imap_account, "INBOX", raw)
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once", "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "Your application" in out
    for text in (out, err):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text


REJECTION_TEXT = ("Hi Sam,\n\nThank you for interviewing for the Product Manager role. We have decided to "
                  "move forward with another candidate.\n\nBest,\nMaria Lopez\nNorthwind Labs\n")


def test_a_follow_up_outside_the_senders_domain_is_said_in_the_log(dovecot, imap_account, config_for, capsys):
    dovecot.append(imap_account, "INBOX", rejection(
        "<rt@n.example>", extra_headers={"Reply-To": "Maria <maria@elsewhere.example>"}))
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "--verbose", "once"]) == 0     # in the log
    lines = [line for line in capsys.readouterr().err.splitlines() if "check the address" in line]
    assert len(lines) == 1 and "maria@elsewhere.example" in lines[0] and "northwind.example" in lines[0]
    dovecot.append(imap_account, "INBOX", rejection(
        "<rt2@n.example>", extra_headers={"Reply-To": "Maria <maria@elsewhere.example>"}))
    assert main(["--config", str(cfg), "once"]) == 0                  # and on the per-message line
    out = capsys.readouterr().out
    assert "not at the sender's domain northwind.example: check the address" in out


def test_two_different_messages_sharing_a_message_id_are_both_handled(dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection("<shared@n.example>"))
    dovecot.append(imap_account, "INBOX", rejection(
        "<shared@n.example>", subject="Your application for Data Analyst",
        sender="Ken Ito <ken.ito@otherco.example>"))
    dovecot.append(imap_account, "INBOX", rejection("<shared@n.example>"))   # a plain copy: no draft
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0
    assert sorted(str(d["To"]) for d in drafts(dovecot, imap_account)) == [
        "Ken Ito <ken.ito@otherco.example>", "Maria Lopez <maria.lopez@northwind.example>"]
    assert main(["--config", str(cfg), "once"]) == 0                # and never again
    assert len(drafts(dovecot, imap_account)) == 2
