"""Issue 16: a pass with nothing new costs the same whatever the size of the mailbox — against
Dovecot, counting the IMAP commands nottoday sends (every one goes through imaplib's send) and
the rows the state hands out. No SEARCH, no FETCH, no SELECT or EXAMINE, no read of every draft
or ledger row: one STATUS per folder read (its UIDNEXT says there is nothing new) and one of
Drafts (unchanged since the last check)."""
from __future__ import annotations

import collections
import imaplib
import re
import time
from datetime import datetime, timedelta, timezone

import pytest

from agent.cli import main
from agent.state import State
from tests.mailfactory import invite, make_message, rejection

pytestmark = pytest.mark.dovecot

TAGGED = re.compile(rb"^[A-Z]+\d+ (UID )?([A-Z]+)")


@pytest.fixture
def wire(monkeypatch):
    """The IMAP commands sent, by name ("UID SEARCH", "EXAMINE", ...), with their folder when
    they name one."""
    sent: collections.Counter = collections.Counter()
    real = imaplib.IMAP4.send

    def send(self, data):
        m = TAGGED.match(bytes(data))
        if m:
            name = ((m.group(1) or b"") + m.group(2)).decode()
            sent[name] += 1
        return real(self, data)
    monkeypatch.setattr(imaplib.IMAP4, "send", send)
    return sent


@pytest.fixture
def rows(monkeypatch):
    """How many rows the state's bulk reads returned (drafts, relationships, events)."""
    counted: collections.Counter = collections.Counter()
    for name in ("draft_conversations", "draft_message_ids", "relationships", "events", "refs"):
        real = getattr(State, name)

        def counting(self, *a, _real=real, _name=name, **k):
            out = _real(self, *a, **k)
            counted[_name] += len(out)
            return out
        monkeypatch.setattr(State, name, counting)
    return counted


def _idle_pass(cfg, wire, rows) -> tuple[dict, dict]:
    wire.clear()
    rows.clear()
    assert main(["--config", str(cfg), "once"]) == 0
    return dict(wire), dict(rows)


def test_a_pass_with_nothing_new_sends_no_search_or_fetch(dovecot, imap_account, config_for, wire, rows,
                                                          tmp_path):
    for i in range(12):
        dovecot.append(imap_account, "INBOX", rejection(f"<r{i}@n{i}.example>") if i % 3 == 0
                       else invite(f"<i{i}@a.example>"))
    dovecot.append(imap_account, "Sent", make_message(subject="Hello", body="Hi\n", sender="Sam <sam.taylor@example.org>",
                                                      to="a@b.example", message_id="<s1@example.org>"))
    cfg = config_for(imap_account)
    cfg.write_text(cfg.read_text() + "\n[checkin]\nafter_days = 14\n")   # check-ins on: their scan too
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(dovecot.messages(imap_account, "Drafts")) == 4

    commands, read = _idle_pass(cfg, wire, rows)
    print(f"\nidle pass: commands {commands}, state rows read {read}")
    assert not {"SEARCH", "UID SEARCH", "FETCH", "UID FETCH", "APPEND", "SELECT", "EXAMINE"} & set(commands)
    assert commands.get("STATUS") == 3           # INBOX and Sent (UIDNEXT), Drafts (unchanged)
    assert sum(read.values()) == 0               # no draft, relationship or event row read

    # the same after more mail and more drafts: the idle pass's commands do not change
    for i in range(12, 24):
        dovecot.append(imap_account, "INBOX", rejection(f"<r{i}@n{i}.example>") if i % 3 == 0
                       else invite(f"<i{i}@a.example>"))
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(dovecot.messages(imap_account, "Drafts")) == 8
    again, read = _idle_pass(cfg, wire, rows)
    assert again == commands
    assert sum(read.values()) == 0


def test_a_folder_of_old_mail_is_not_searched_again(dovecot, imap_account, config_for, wire, rows):
    """Everything in INBOX is older than the lookback: the first pass lists nothing, and later
    passes are answered by UIDNEXT instead of a SEARCH SINCE of the whole folder each time."""
    old = datetime.now(timezone.utc) - timedelta(days=60)
    for i in range(5):
        dovecot.append(imap_account, "INBOX", rejection(f"<old{i}@n.example>"), msg_time=old)
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once"]) == 0
    commands, _read = _idle_pass(cfg, wire, rows)
    assert not {"SEARCH", "UID SEARCH"} & set(commands)
    assert dovecot.messages(imap_account, "Drafts") == []
    # new mail after that is read, whatever its date (it is above the mark)
    dovecot.append(imap_account, "INBOX", rejection("<new@n.example>"))
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(dovecot.messages(imap_account, "Drafts")) == 1


def test_a_maildir_pass_with_nothing_new_lists_no_folder(tmp_path, config_for, rows, monkeypatch):
    """A Maildir has no UIDNEXT: while its folders' new/ and cur/ are as the last pass left them
    (time stamps settled), nothing is listed, statted or read from the state's refs."""
    import mailbox
    import os

    from agent.stores.maildir import MaildirStore

    root = tmp_path / "Maildir"
    md = mailbox.Maildir(root, create=True)
    md.add_folder("Drafts")
    md.add_folder("Sent")
    for i in range(6):
        md.add(rejection(f"<r{i}@n{i}.example>") if i % 3 == 0 else invite(f"<i{i}@a.example>"))
    cfg = config_for(maildir=root)
    assert main(["--config", str(cfg), "once"]) == 0

    def settle(*dirs, ago=60):   # as if the last change were a minute ago
        old = start - ago
        for d in dirs or (root, root / ".Drafts", root / ".Sent"):
            for sub in ("new", "cur"):
                os.utime(d / sub, (old, old))
    start = time.time()
    listed = []
    real = MaildirStore.list_messages
    monkeypatch.setattr(MaildirStore, "list_messages",
                        lambda self, folder, *a: listed.append(folder) or real(self, folder, *a))

    settle()
    assert main(["--config", str(cfg), "once"]) == 0      # notes the settled stamps
    listed.clear()
    rows.clear()
    assert main(["--config", str(cfg), "once"]) == 0
    assert listed == [] and rows.get("refs", 0) == 0

    md.add(rejection("<late@late.example>"))             # new/ changes: INBOX is listed again
    settle(root, ago=30)
    listed.clear()
    assert main(["--config", str(cfg), "once"]) == 0
    assert listed == ["INBOX"]
    assert sum(1 for _ in mailbox.Maildir(root / ".Drafts", factory=None, create=False)) == 3


def test_the_state_database_is_not_checkpointed_and_recreated_every_pass(tmp_path):
    """A quiet connection kept per state database: a pass's State closing is not the last
    connection, so the WAL is not synced, deleted and created again each time (~20 ms a pass);
    databases beyond KEPT_OPEN are let go."""
    from agent import state as statemod

    d = tmp_path / "state"
    with State.open(d) as st:
        st.finish_pass(st.begin_pass("main"), 0, 0, 0, 0)
    assert (d / "state.sqlite3-wal").exists()                   # kept between passes
    with State.open(d) as st:
        assert st.last_pass("main").finished is not None
    for i in range(statemod.KEPT_OPEN + 3):
        State.open(tmp_path / f"other{i}").close()
    assert len(statemod._kept) <= statemod.KEPT_OPEN
