"""A lost, emptied or damaged state is an error naming the file and `nottoday state reset`, and the
reset rebuilds it from the mailbox so that nothing drafted or answered is drafted again
(against the real Dovecot, and a Maildir)."""
from __future__ import annotations

import email
import email.policy
import mailbox
import sqlite3

import pytest

from agent.cli import main
from agent.state import State
from tests.mailfactory import make_message, rejection

OWNER = "Sam Taylor <sam.taylor@example.org>"


def draft_targets(dovecot, account) -> list[str]:
    return sorted(email.message_from_bytes(m.raw, policy=email.policy.default)["In-Reply-To"]
                  for m in dovecot.messages(account, "Drafts"))


@pytest.mark.parametrize("damage", ["empty", "garbage", "foreign"])
def test_a_damaged_state_file_stops_the_pass_with_the_reset_hint(damage, maildir, config_for, tmp_path, capsys):
    cfg = config_for(maildir=maildir)
    db = tmp_path / "state" / "state.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    if damage == "empty":
        db.write_bytes(b"")
    elif damage == "garbage":
        db.write_bytes(b"\x00not a database at all" * 100)
    else:
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE notes (x)")
        con.commit()
        con.close()
    mailbox.Maildir(maildir).add(rejection("<r1@n.example>"))
    for command in (["once"], ["once", "--dry-run"], ["status"]):
        capsys.readouterr()
        assert main(["--config", str(cfg), *command]) == 1, command
        err = capsys.readouterr().err
        assert str(db) in err and "nottoday state reset" in err, (command, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert list(mailbox.Maildir(maildir).get_folder("Drafts").keys()) == []   # nothing drafted blind
    assert main(["--config", str(cfg), "state", "reset"]) == 0
    assert list((tmp_path / "state").glob("state.sqlite3.old-*")), "the old file is kept"
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(mailbox.Maildir(maildir).get_folder("Drafts")) == 1


def test_first_run_state_file_is_created_whole(tmp_path):
    with State.open(tmp_path / "st") as st:
        assert st.folder("main", "INBOX") is None
    assert not list((tmp_path / "st").glob(".state.sqlite3.*.new"))   # no leftover temp file
    with State.open(tmp_path / "st"):
        pass                                                          # opens again fine


@pytest.mark.dovecot
def test_reset_rebuilds_from_drafts_answered_flag_and_sent(dovecot, imap_account, config_for, tmp_path, capsys):
    # A rejection nottoday drafted; then the state is lost.
    dovecot.append(imap_account, "INBOX", rejection("<drafted@n.example>"))
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0
    # Meanwhile: one rejection the user answered in their mail client (\Answered), one answered
    # from another device (only the reply in Sent tells), and one nobody answered yet.
    dovecot.append(imap_account, "INBOX", rejection("<flagged@n.example>"), flags=[b"\\Answered"])
    dovecot.append(imap_account, "INBOX", rejection("<replied@n.example>"))
    dovecot.append(imap_account, "Sent", make_message(
        subject="Re: Your application", body="Thanks Maria!", sender=OWNER, message_id="<mine@example.org>",
        to="Maria Lopez <maria.lopez@northwind.example>",
        extra_headers={"In-Reply-To": "<replied@n.example>", "References": "<replied@n.example>"}))
    dovecot.append(imap_account, "INBOX", rejection("<new@n.example>"))
    for f in (tmp_path / "state").glob("state.sqlite3*"):
        f.unlink()

    capsys.readouterr()
    assert main(["--config", str(cfg), "once"]) == 1
    assert "state reset" in capsys.readouterr().err
    assert main(["--config", str(cfg), "state", "reset"]) == 0
    out = capsys.readouterr().out
    assert "1 rejection(s) already drafted, 2 message(s) you answered (Sent folder 'Sent')" in out
    assert main(["--config", str(cfg), "once"]) == 0
    assert draft_targets(dovecot, imap_account) == ["<drafted@n.example>", "<new@n.example>"]
    with State.open(tmp_path / "state") as st:
        assert st.message("main", "<flagged@n.example>").verdict == "rebuilt"
        assert "answered" in st.message("main", "<replied@n.example>").reason
    # the inbox was only read: the flags the user set are untouched, nothing marked read
    flags = {m.flags for m in dovecot.messages(imap_account, "INBOX")}
    assert all(b"\\Seen" not in f for f in flags)


def test_reset_on_a_maildir_reads_the_replied_flag(maildir, config_for, tmp_path):
    md = mailbox.Maildir(maildir)
    answered = mailbox.MaildirMessage(rejection("<answered@n.example>"))
    answered.set_subdir("cur")
    answered.set_flags("RS")
    md.add(answered)
    md.add(rejection("<open@n.example>"))
    cfg = config_for(maildir=maildir)
    assert main(["--config", str(cfg), "state", "reset"]) == 0
    assert main(["--config", str(cfg), "once"]) == 0
    drafts = [m["In-Reply-To"] for m in mailbox.Maildir(maildir).get_folder("Drafts")]
    assert drafts == ["<open@n.example>"]


def test_reset_refuses_while_the_daemon_runs(maildir, config_for, tmp_path, capsys):
    from agent.pidfile import RunLock
    cfg = config_for(maildir=maildir)
    lock = RunLock(tmp_path / "state").acquire()
    try:
        assert main(["--config", str(cfg), "state", "reset"]) == 1
        assert "stop it first" in capsys.readouterr().err
    finally:
        lock.release()


def test_threads_creating_the_state_at_once_share_one_database(tmp_path):
    """The daemon's account threads open a new state at the same moment: one database, no error,
    and no thread left writing to a file another one replaced."""
    import threading

    errors, barrier = [], threading.Barrier(8)

    def open_and_write(i):
        try:
            barrier.wait()
            with State.open(tmp_path / "st") as st:
                st.set_folder(f"acct{i}", "INBOX", 1, 0, 0.0)
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=open_and_write, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    with State.open(tmp_path / "st") as st:
        assert all(st.folder(f"acct{i}", "INBOX") is not None for i in range(8))
    assert not list((tmp_path / "st").glob(".state.sqlite3.*"))
