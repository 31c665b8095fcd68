"""`nottoday doctor` and `nottoday login` against the private Dovecot."""
from __future__ import annotations

from dataclasses import replace

import pytest

from agent.cli import main

pytestmark = pytest.mark.dovecot


def test_doctor_reports_folders_drafts_and_capabilities(dovecot, imap_account, config_for, capsys):
    cfg = config_for(imap_account, security="starttls")
    assert main(["--config", str(cfg), "doctor"]) == 0
    out = capsys.readouterr().out
    assert f"logged in as {imap_account.username}" in out
    assert "capabilities: IDLE yes, UIDPLUS yes, CONDSTORE yes" in out
    assert "    Drafts  \\Drafts" in out and "    Sent  \\Sent" in out and "    INBOX" in out
    assert "drafts go to: Drafts (SPECIAL-USE \\Drafts)" in out
    assert out.rstrip().endswith("OK")


def test_doctor_named_account_and_failures(dovecot, imap_account, config_for, capsys):
    cfg = config_for(replace(imap_account, password="wrong-pass-123"))
    assert main(["--config", str(cfg), "doctor", "main"]) == 1
    out = capsys.readouterr().out
    assert f"FAILED: login failed for {imap_account.username} on 127.0.0.1" in out
    assert "wrong-pass-123" not in out
    assert main(["--config", str(cfg), "doctor", "nope"]) == 1
    assert "no account named 'nope'" in capsys.readouterr().err


def test_doctor_missing_folder_and_drafts_folder(dovecot, imap_account, config_for, capsys):
    cfg = config_for(imap_account, extra_account='folders = ["INBOX", "Jobs"]\ndrafts_folder = "Entwürfe"')
    assert main(["--config", str(cfg), "doctor"]) == 1
    assert "drafts_folder 'Entwürfe' does not exist" in capsys.readouterr().out
    with dovecot.client(imap_account) as c:
        c.create_folder("Entwürfe")   # sent as modified UTF-7, decoded back by the store
    assert main(["--config", str(cfg), "doctor"]) == 1
    assert "folders not on the server: Jobs" in capsys.readouterr().out
    with dovecot.client(imap_account) as c:
        c.create_folder("Jobs")
    assert main(["--config", str(cfg), "doctor"]) == 0
    assert "drafts go to: Entwürfe (configured)" in capsys.readouterr().out


def test_doctor_maildir(maildir, config_for, capsys):
    assert main(["--config", str(config_for(maildir=maildir)), "doctor"]) == 0
    assert "drafts go to: Drafts" in capsys.readouterr().out


def test_login_checks_then_stores(dovecot, imap_account, config_for, monkeypatch, capsys):
    from agent import credentials

    stored = {}
    monkeypatch.setattr(credentials, "store_password", lambda acct, pw: stored.update({acct.name: pw}))
    cfg = config_for(imap_account)
    cfg.write_text(cfg.read_text().replace("password_command", "# password_command"))

    monkeypatch.setattr("getpass.getpass", lambda prompt: "not-it-987")
    assert main(["--config", str(cfg), "login"]) == 1
    assert stored == {}
    assert "not-it-987" not in capsys.readouterr().err

    monkeypatch.setattr("getpass.getpass", lambda prompt: imap_account.password)
    assert main(["--config", str(cfg), "login", "main"]) == 0
    assert stored == {"main": imap_account.password}
    assert "stored in the system keyring" in capsys.readouterr().out
