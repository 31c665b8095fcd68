"""Shared pytest fixtures.

- `dovecot`: one private Dovecot server for the whole session (see tests/dovecot.py for what it
  offers: append(), messages(), client(), stop()/start()/kill() for outage tests).
  A test that stops or kills it should `dovecot.start()` again before it ends (the fixture also
  restarts it for the next test if it finds it down).
- `imap_account`: a FRESH user with an empty mailbox for each test (tests never see each
  other's mail): .host, .port, .imaps_port, .username, .password, .ca_file, .maildir.
- `maildir`: a temp local Maildir with INBOX (the root) and a Maildir++ `.Drafts` folder.
- `config_for`: writes a nottoday config.toml for a test and returns its path:
  `config_for(imap_account, security="starttls")`, `config_for(maildir=path)`; identity Sam
  Taylor, state in tmp_path/"state", password via password_command. Drive commands with
  `agent.cli.main(["--config", str(path), "once"])`. `write_config()` is the plain function.
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


@pytest.fixture(scope="session")
def clf():
    """Sam's classifier with the built-in rules, built once (a test module may define its own)."""
    from tests.ourwords import sam_classifier
    return sam_classifier()


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


def write_config(path: Path, *, account=None, maildir: Path | None = None, state_dir: Path,
                 security: str = "none", ca_file: str | None = None, port: int | None = None,
                 host: str | None = None, lookback_days: int = 14, extra_account: str = "",
                 name: str = "main") -> Path:
    """Write a nottoday config.toml for a test: one account on the fixture's Dovecot (`account`
    is an ImapUser; password via password_command) or on a local `maildir`; identity Sam Taylor."""
    lines = [
        "[identity]",
        'name = "Sam Taylor"',
        'email = "sam.taylor@example.org"',
        'signature = "Sam"',
        "",
        f"[accounts.{name}]",
    ]
    if maildir is not None:
        lines.append(f"maildir = {str(maildir)!r}")
    else:
        default_port = account.imaps_port if security == "tls" else account.port
        lines += [
            f"host = {(host or account.host)!r}",
            f"port = {port or default_port}",
            f'security = "{security}"',
            f"username = {account.username!r}",
            f'password_command = ["printf", "%s", {account.password!r}]',
            f"ca_file = {(account.ca_file if ca_file is None else ca_file)!r}",
        ]
    lines.append(extra_account)
    lines += ["", "[daemon]", f"state_dir = {str(state_dir)!r}", f"lookback_days = {lookback_days}", ""]
    path.write_text("\n".join(lines))
    return path


@pytest.fixture
def config_for(tmp_path):
    """config_for(imap_account, **kw) / config_for(maildir=PATH) -> path of a written config.toml."""
    def make(account=None, **kw) -> Path:
        kw.setdefault("state_dir", tmp_path / "state")
        return write_config(tmp_path / "config.toml", account=account, **kw)
    return make
