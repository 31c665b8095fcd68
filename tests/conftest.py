"""Shared pytest fixtures.

- `dovecot`: one private Dovecot server for the whole session (see tests/dovecot.py for what it
  offers: append(), messages(), client(), stop()/start()/kill() for outage tests).
  A test that stops or kills it should `dovecot.start()` again before it ends (the fixture also
  restarts it for the next test if it finds it down).
- `imap_account`: a FRESH user with an empty mailbox for each test (tests never see each
  other's mail): .host, .port, .imaps_port, .username, .password, .ca_file, .maildir.
- `maildir`: a temp local Maildir with INBOX (the root) and a Maildir++ `.Drafts` folder.
"""
from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from tests.dovecot import Dovecot, ImapUser


@pytest.fixture(scope="session")
def dovecot():
    server = Dovecot()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def imap_account(dovecot) -> ImapUser:
    dovecot.start()  # no-op when running; revives it after another test's outage
    return dovecot.add_user()


@pytest.fixture
def maildir(tmp_path) -> Path:
    root = tmp_path / "Maildir"
    md = mailbox.Maildir(root, create=True)
    md.add_folder("Drafts")
    return root
