"""`nottoday login [ACCOUNT]`: ask for an account's password and keep it in the system keyring.

The password is read with getpass (never echoed, never an argument), tried against the server
first (so a typo is not stored; `--no-check` skips that), then stored with
credentials.store_password. Accounts using password_command or OAuth2 need no login.
"""
from __future__ import annotations

import getpass

from ..errors import UserError


def add_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "login", help="store an account's password in the system keyring",
        description="Ask for the password of ACCOUNT (default: the only account), check it "
        "against the server and store it in the system keyring.")
    p.add_argument("account", nargs="?", metavar="ACCOUNT", help="the [accounts.NAME] to log in to")
    p.add_argument("--no-check", action="store_true", help="store without trying to log in first")
    p.set_defaults(func=run)


def pick_account(config, name: str | None):
    config.require_mailbox()
    if name is None:
        if len(config.accounts) != 1:
            raise UserError(f"which account? nottoday login ACCOUNT, one of: {', '.join(config.accounts)}")
        return next(iter(config.accounts.values()))
    if name not in config.accounts:
        raise UserError(f"no account named {name!r}; accounts: {', '.join(config.accounts)}")
    return config.accounts[name]


def run(args) -> int:
    from .. import credentials
    from ..credentials import Secret

    account = pick_account(args.config_obj, getattr(args, "account", None))
    if account.maildir:
        raise UserError(f"account {account.name} is a local maildir: it needs no password")
    if account.oauth2_token_command:
        raise UserError(f"account {account.name} logs in with oauth2_token_command: no password to store")
    if account.password_command:
        print(f"note: account {account.name} has password_command set, which is used instead of the keyring")
    password = getpass.getpass(f"Password for {account.username} on {account.host}: ")
    if not password:
        raise UserError("no password given; nothing stored")
    if not getattr(args, "no_check", False):
        from ..stores.imap import ImapStore

        store = ImapStore(account, secret=Secret("password", password))
        try:
            store.open()  # LoginFailed (a UserError) or Unreachable, each with a clear message
        except OSError as exc:
            raise UserError(f"{exc}; nothing stored (or use --no-check)") from None
        store.close()
        print(f"logged in to {account.host} as {account.username}")
    credentials.store_password(account, password)
    del password
    print(f"password for account {account.name} stored in the system keyring")
    return 0
