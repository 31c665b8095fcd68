"""agent.state: the SQLite bookkeeping behind exactly-once and `nottoday status`."""
from __future__ import annotations

import sqlite3

import pytest

from agent.state import DB_NAME, State


@pytest.fixture
def state(tmp_path):
    s = State.open(tmp_path / "st")
    yield s
    s.close()


def test_open_creates_wal_db(tmp_path):
    with State.open(tmp_path / "a" / "b") as s:
        assert (tmp_path / "a" / "b" / DB_NAME).exists()
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_folder_cursor_only_moves_forward(state):
    assert state.folder("acct", "INBOX") is None
    state.set_folder("acct", "INBOX", 42, 0, 1000.0)
    state.advance("acct", "INBOX", 7)
    state.advance("acct", "INBOX", 3)
    f = state.folder("acct", "INBOX")
    assert (f.uidvalidity, f.highest_uid, f.cutoff) == (42, 7, 1000.0)
    state.set_folder("acct", "INBOX", 43, 0, 1000.0)  # UIDVALIDITY changed: restart
    assert state.folder("acct", "INBOX").highest_uid == 0
    assert state.folder("other", "INBOX") is None


def test_messages_keys_refs_and_counts(state):
    state.record_message("acct", "INBOX", "1", "<a@x>", "rejection", 9.0, drafted=True)
    state.record_message("acct", "INBOX", "2", "<b@x>", "rejection", 6.0, drafted=False,
                         reason="no follow-up address")
    state.record_message("acct", "INBOX", "3", "<c@x>", "other", -2.0)
    state.record_message("acct", "INBOX", "4", "sha256:ff", "malformed", reason="no headers")
    state.record_ref("acct", "INBOX", "1700000000.M1P2.host")
    # a second record of the same key (a copy in another folder) does not overwrite the first
    state.record_message("acct", "Archive", "9", "<a@x>", "other")
    assert state.seen("acct", "<a@x>") and not state.seen("acct", "<zz@x>")
    assert not state.seen("other-acct", "<a@x>")
    assert state.message("acct", "<a@x>").drafted is True
    assert state.message("acct", "<b@x>").reason == "no follow-up address"
    assert state.refs("acct", "INBOX") == {"1700000000.M1P2.host"}
    assert state.refs("acct", "Archive") == set()
    c = state.counts("acct")
    assert (c.seen, c.rejections, c.drafts, c.no_address, c.malformed) == (4, 2, 1, 1, 1)


def test_passes_and_errors(state):
    assert state.last_pass("acct") is None and state.last_error("acct") is None
    p = state.begin_pass("acct")
    assert state.last_pass("acct").finished is None
    state.finish_pass(p, fetched=3, rejections=1, drafts=1, skipped=0)
    last = state.last_pass("acct")
    assert (last.fetched, last.rejections, last.drafts, last.error) == (3, 1, 1, None)
    assert last.finished >= last.started
    p2 = state.begin_pass("acct")
    state.finish_pass(p2, 0, 0, 0, 0, error="cannot connect to imap.example:993: timed out")
    assert state.last_pass("acct").error.startswith("cannot connect")
    assert state.last_error("acct")[1].startswith("cannot connect")
    state.record_error("acct", "login failed")
    assert state.last_error("acct")[1] == "login failed"
    assert state.accounts() == ["acct"]


def test_transaction_is_all_or_nothing(state):
    state.set_folder("acct", "INBOX", 1, 0, 0.0)
    with pytest.raises(RuntimeError):
        with state.transaction():
            state.record_message("acct", "INBOX", "1", "<a@x>", "other")
            state.advance("acct", "INBOX", 1)
            raise RuntimeError("crash")
    assert not state.seen("acct", "<a@x>")
    assert state.folder("acct", "INBOX").highest_uid == 0


def test_state_survives_reopen_and_second_connection(tmp_path):
    with State.open(tmp_path) as s:
        s.record_draft("acct", "<a@x>", "<d1@example.org>", "maria@x", "Re: hi", "Drafts")
    with State.open(tmp_path) as s, State.open(tmp_path) as s2:
        assert s.draft_message_ids("acct") == {"<d1@example.org>"}
        s2.record_message("acct", "INBOX", "1", "<a@x>", "rejection", drafted=True)
        assert s.seen("acct", "<a@x>")
    assert sqlite3.connect(tmp_path / DB_NAME).execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 1


def test_scratch_copy_sees_state_but_writes_nothing(tmp_path):
    with State.open(tmp_path) as s:
        s.set_folder("acct", "INBOX", 5, 10, 0.0)
    scratch = State.scratch_copy(tmp_path)
    assert scratch.folder("acct", "INBOX").highest_uid == 10
    scratch.advance("acct", "INBOX", 20)
    scratch.record_message("acct", "INBOX", "20", "<n@x>", "other")
    scratch.close()
    with State.open(tmp_path) as s:
        assert s.folder("acct", "INBOX").highest_uid == 10 and not s.seen("acct", "<n@x>")
    assert State.scratch_copy(tmp_path / "none").folder("acct", "INBOX") is None
    assert not (tmp_path / "none").exists()
