"""Exactly once against the real Dovecot: crashes (kill -9 after APPEND), UIDVALIDITY changes,
messages without Message-ID, malformed messages, copies in two folders."""
from __future__ import annotations

import email
import email.policy
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from agent.cli import main
from agent.pipeline import Pipeline
from agent.state import State
from tests.mailfactory import invite, rejection

pytestmark = pytest.mark.dovecot

ROOT = Path(__file__).resolve().parent.parent


def sources(dovecot, account) -> list[str]:
    """The rejection each draft answers (its In-Reply-To): drafts carry no header of ours."""
    return sorted(str(email.message_from_bytes(m.raw, policy=email.policy.default)["In-Reply-To"])
                  for m in dovecot.messages(account, "Drafts"))


def test_kill_9_after_append_before_state_drafts_nothing_twice(dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection("<r1@n.example>"))
    dovecot.append(imap_account, "INBOX", rejection("<r2@n.example>"))
    cfg = config_for(imap_account)
    # A real process dies by SIGKILL right after its first APPEND, before the state is written.
    script = textwrap.dedent(f"""
        import os, signal
        from agent.state import State
        def crash(*a, **k):
            os.kill(os.getpid(), signal.SIGKILL)
        State.record_message = crash
        from agent.cli import main
        main(["--config", {str(cfg)!r}, "once"])
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    assert sources(dovecot, imap_account) == ["<r1@n.example>"]   # appended, then killed
    with State.open(cfg.parent / "state") as st:
        assert not st.seen("main", "<r1@n.example>")              # state never learnt of it

    assert main(["--config", str(cfg), "once"]) == 0
    assert sources(dovecot, imap_account) == ["<r1@n.example>", "<r2@n.example>"]
    with State.open(cfg.parent / "state") as st:
        assert st.message("main", "<r1@n.example>").drafted      # recognised as already drafted
        on_server = {email.message_from_bytes(m.raw)["Message-ID"] for m in dovecot.messages(imap_account, "Drafts")}
        assert st.draft_message_ids("main") <= on_server          # never a Message-ID not on the server
        assert st.folder("main", "INBOX").highest_uid == 2


def test_uidvalidity_change_redrafts_nothing(dovecot, imap_account, config_for, capsys):
    with dovecot.client(imap_account) as c:
        c.create_folder("Jobs")
    msgs = [rejection("<u1@n.example>"), rejection(None, subject="No id here"), invite("<i1@a.example>")]
    for raw in msgs:
        dovecot.append(imap_account, "Jobs", raw)
    cfg = config_for(imap_account, extra_account='folders = ["INBOX", "Jobs"]')
    assert main(["--config", str(cfg), "once"]) == 0
    first = sources(dovecot, imap_account)
    assert len(first) == 2 and "<u1@n.example>" in first
    old_validity = dovecot.folder_status(imap_account, "Jobs")["UIDVALIDITY"]

    # The folder is deleted and recreated with the same messages (new UIDVALIDITY), plus one new.
    with dovecot.client(imap_account) as c:
        c.delete_folder("Jobs")
        c.create_folder("Jobs")
    for raw in msgs + [rejection("<u2@n.example>")]:
        dovecot.append(imap_account, "Jobs", raw)
    assert dovecot.folder_status(imap_account, "Jobs")["UIDVALIDITY"] != old_validity

    assert main(["--config", str(cfg), "once"]) == 0
    assert sources(dovecot, imap_account) == sorted(first + ["<u2@n.example>"])
    assert "UIDVALIDITY changed" in capsys.readouterr().err


def test_message_without_message_id_drafted_once(dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection(None))
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0
    assert main(["--config", str(cfg), "once"]) == 0
    drafts = dovecot.messages(imap_account, "Drafts")
    assert len(drafts) == 1
    d = email.message_from_bytes(drafts[0].raw, policy=email.policy.default)
    assert "nottoday" not in str(d).lower()
    assert d["In-Reply-To"] is None  # nothing to thread under


def test_lost_state_is_an_error_until_reset_then_nothing_is_drafted_twice(dovecot, imap_account,
                                                                          config_for, tmp_path, capsys):
    dovecot.append(imap_account, "INBOX", rejection("<r1@n.example>"))
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0
    (tmp_path / "state" / "state.sqlite3").unlink()   # user wiped the state dir
    for extra in ("-wal", "-shm"):
        (tmp_path / "state" / f"state.sqlite3{extra}").unlink(missing_ok=True)
    capsys.readouterr()
    assert main(["--config", str(cfg), "once"]) == 1
    assert "nottoday state reset" in capsys.readouterr().err
    assert main(["--config", str(cfg), "state", "reset"]) == 0
    assert main(["--config", str(cfg), "once"]) == 0
    assert sources(dovecot, imap_account) == ["<r1@n.example>"]


def test_malformed_message_is_logged_skipped_and_the_pass_goes_on(dovecot, imap_account, config_for, capsys):
    bad = dovecot.append(imap_account, "INBOX", b"garbage without any header at all\r\n")
    dovecot.append(imap_account, "INBOX", rejection("<r1@n.example>"))
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0
    out, err = capsys.readouterr()
    said = [line for line in (out + err).splitlines() if f"uid {bad}" in line]
    assert len(said) == 1 and "no headers" in said[0]        # one clear line about it
    assert "skipped 1" in out
    assert sources(dovecot, imap_account) == ["<r1@n.example>"]
    with State.open(cfg.parent / "state") as st:
        assert st.counts("main").malformed == 1
        assert st.folder("main", "INBOX").highest_uid == 2


def test_same_message_in_two_folders_drafted_once(dovecot, imap_account, config_for):
    with dovecot.client(imap_account) as c:
        c.create_folder("Jobs")
    dovecot.append(imap_account, "INBOX", rejection("<r1@n.example>"))
    dovecot.append(imap_account, "Jobs", rejection("<r1@n.example>"))
    cfg = config_for(imap_account, extra_account='folders = ["INBOX", "Jobs"]')
    assert main(["--config", str(cfg), "once"]) == 0
    assert sources(dovecot, imap_account) == ["<r1@n.example>"]


def test_server_crash_mid_pass_then_restart(dovecot, imap_account, config_for):
    from agent import scan
    from agent.config import load_config
    from agent.stores.imap import Unreachable

    for i in range(4):
        dovecot.append(imap_account, "INBOX", rejection(f"<c{i}@n.example>"))
    config = load_config(config_for(imap_account))
    account = config.accounts["main"]
    pipeline = Pipeline.from_config(config)
    handled = []

    def crash_after_second(outcome):
        handled.append(outcome.key)
        if len(handled) == 2:
            dovecot.kill()

    try:
        with pytest.raises(Unreachable, match=r"connection to 127.0.0.1:\d+ lost while"):
            scan.run_pass(account, config, pipeline, on_outcome=crash_after_second)
    finally:
        dovecot.start()
    with State.open(config.daemon.state_dir) as st:
        assert st.folder("main", "INBOX").highest_uid == 2
        assert st.last_pass("main").error
    scan.run_pass(account, config, pipeline)
    assert sources(dovecot, imap_account) == [f"<c{i}@n.example>" for i in range(4)]


def test_concurrent_passes_on_one_account_are_serialised(dovecot, imap_account, config_for):
    """`once` while the daemon is mid-pass: the second pass waits, then finds the drafts."""
    import threading

    from agent import scan
    from agent.config import load_config

    for i in range(3):
        dovecot.append(imap_account, "INBOX", rejection(f"<p{i}@n.example>"))
    config = load_config(config_for(imap_account))
    account = config.accounts["main"]
    pipeline = Pipeline.from_config(config)
    first_inside = threading.Event()
    release = threading.Event()

    def slow(outcome):
        first_inside.set()
        release.wait(10)

    t = threading.Thread(target=scan.run_pass, args=(account, config, pipeline),
                         kwargs={"on_outcome": slow})
    t.start()
    assert first_inside.wait(10)
    second = []
    t2 = threading.Thread(target=lambda: second.append(scan.run_pass(account, config, pipeline)))
    t2.start()
    t2.join(1.0)
    assert t2.is_alive()        # blocked on the account lock, not racing the first pass
    release.set()
    t.join(20)
    t2.join(20)
    assert second and second[0].drafts == 0
    assert sources(dovecot, imap_account) == [f"<p{i}@n.example>" for i in range(3)]


def test_copies_in_one_batch_are_drafted_once_and_a_reused_id_is_its_own(dovecot, imap_account, config_for):
    """A pass decides a whole batch before it asks Drafts and records anything: a second copy in
    the same batch must still be seen as handled, and another message reusing the Message-ID
    must still be handled on its own (agent.scan._handle_window settles before a key met twice)."""
    dovecot.append(imap_account, "INBOX", rejection("<dup@n.example>"))
    dovecot.append(imap_account, "INBOX", invite())
    dovecot.append(imap_account, "INBOX", rejection("<dup@n.example>"))
    dovecot.append(imap_account, "INBOX", invite("<dup@n.example>"))   # job words: classified, its own key
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0
    assert sources(dovecot, imap_account) == ["<dup@n.example>"]
    with State.open(Path(cfg).parent / "state") as state:
        keys = {k for (k,) in state.db.execute("SELECT key FROM messages")}
    assert "<dup@n.example>" in keys and any(k.startswith("<dup@n.example>#") for k in keys)
