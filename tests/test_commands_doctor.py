"""`nottoday doctor` and `nottoday login` against the private Dovecot."""
from __future__ import annotations

import socket
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
    assert f"FAILED: login failed for {imap_account.username} on 127.0.0.1: check the username, and " \
        "that password_command prints the right password; server said: [AUTHENTICATIONFAILED]" in out
    assert "wrong-pass-123" not in out and "b'" not in out
    assert out.count("account main") == 1        # the heading; the FAILED line does not repeat it
    assert main(["--config", str(cfg), "doctor", "nope"]) == 1
    assert "no account named 'nope'" in capsys.readouterr().err


def test_doctor_missing_folder_and_drafts_folder(dovecot, imap_account, config_for, capsys):
    cfg = config_for(imap_account, extra_account='folders = ["INBOX", "Jobs"]\ndrafts_folder = "Entwürfe"')
    assert main(["--config", str(cfg), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "drafts_folder 'Entwürfe' does not exist" in out and "leave drafts_folder unset" in out
    with dovecot.client(imap_account) as c:
        c.create_folder("Entwürfe")   # sent as modified UTF-7, decoded back by the store
    assert main(["--config", str(cfg), "doctor"]) == 1
    assert "folders not on the server: Jobs" in capsys.readouterr().out
    with dovecot.client(imap_account) as c:
        c.create_folder("Jobs")
    assert main(["--config", str(cfg), "doctor"]) == 0
    assert "drafts go to: Entwürfe (configured)" in capsys.readouterr().out


def test_doctor_oauth2_login_failure_points_at_the_token_command(dovecot, imap_account, config_for, capsys):
    cfg = config_for(imap_account)
    text = cfg.read_text().replace("password_command", 'oauth2_token_command = ["printf", "not-a-token"]\n#')
    cfg.write_text(text)
    assert main(["--config", str(cfg), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "FAILED: login failed for " in out and "oauth2_token_command prints a valid access token" in out
    assert "b'" not in out and "not-a-token" not in out


def test_connection_refused_says_what_to_check(tmp_path, imap_account, config_for, capsys):
    with socket.socket() as s:       # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = config_for(imap_account, port=port)
    assert main(["--config", str(cfg), "doctor"]) == 1
    out = capsys.readouterr().out
    assert f"FAILED: cannot connect to 127.0.0.1:{port}: Connection refused; check host and port in the " \
        "config, and that the IMAP server is running there" in out
    assert main(["--config", str(cfg), "once"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nottoday: account main: cannot connect") and "IMAP server is running" in err


def test_doctor_maildir(maildir, config_for, capsys):
    assert main(["--config", str(config_for(maildir=maildir)), "doctor"]) == 0
    assert "drafts go to: Drafts" in capsys.readouterr().out


@pytest.fixture
def memory_keyring():
    """A usable keyring for `login` (the system's is outside the test's control)."""
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = Memory()
    backend.store = {}
    keyring.set_keyring(backend)
    yield backend.store
    keyring.set_keyring(previous)


def test_login_checks_then_stores(dovecot, imap_account, config_for, monkeypatch, capsys, memory_keyring):
    cfg = config_for(imap_account)
    cfg.write_text(cfg.read_text().replace("password_command", "# password_command"))
    monkeypatch.setattr("agent.commands.login.has_terminal", lambda: True)

    monkeypatch.setattr("getpass.getpass", lambda prompt: "not-it-987")
    assert main(["--config", str(cfg), "login"]) == 1
    assert memory_keyring == {}
    err = capsys.readouterr().err
    assert "not-it-987" not in err
    assert f"login failed for {imap_account.username} on 127.0.0.1: check the username and the password " \
        "you typed; server said: [AUTHENTICATIONFAILED] Authentication failed." in err   # no b'...'

    monkeypatch.setattr("getpass.getpass", lambda prompt: imap_account.password)
    assert main(["--config", str(cfg), "login", "main"]) == 0
    assert memory_keyring == {("nottoday", f"main:{imap_account.username}"): imap_account.password}
    assert "stored in the system keyring" in capsys.readouterr().out

    # the password now comes from the keyring; a wrong one there points at `nottoday login`
    memory_keyring[("nottoday", f"main:{imap_account.username}")] = "stale-pass-456"
    assert main(["--config", str(cfg), "doctor"]) == 1
    assert "FAILED: login failed for " + imap_account.username + " on 127.0.0.1: check the username, " \
        "and store the right password with `nottoday login main`" in capsys.readouterr().out
