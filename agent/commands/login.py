"""`nottoday login [ACCOUNT]`: ask for an account's password and keep it in the system keyring.

The password is read with getpass (never echoed, never an argument), tried against the server
first (so a typo is not stored; `--no-check` skips that), then stored with
credentials.store_password. Everything that would make the typing pointless is checked before
asking: an account using password_command or OAuth2 (the keyring would never be read), no usable
keyring, no terminal to type on. Each is one line, as is Ctrl-D at the prompt.
"""
from __future__ import annotations

import getpass
import os
import sys

from ..errors import UserError
from .common import pick_one_account

TTY = "/dev/tty"   # where getpass asks, when it can


def has_terminal() -> bool:
    """Whether getpass can ask without echoing: a controlling terminal, or stdin is one."""
    try:
        os.close(os.open(TTY, os.O_RDWR | os.O_NOCTTY))
        return True
    except OSError:
        return sys.stdin is not None and sys.stdin.isatty()


def refuse_needless(account) -> None:
    """Accounts whose password would never be read from the keyring: say why, in one line."""
    if account.maildir:
        raise UserError(f"account {account.name} is a local maildir: it needs no password")
    if account.oauth2_token_command:
        raise UserError(f"account {account.name} logs in with oauth2_token_command, so a stored "
                        "password would never be used; nothing to do")
    if account.password_command:
        raise UserError(f"account {account.name} gets its password from password_command, so a stored "
                        "password would never be used; remove password_command to use the keyring")


def ask_password(account) -> str:
    if not has_terminal():
        raise UserError("no terminal to type the password on; run `nottoday login` in a terminal, "
                        "or set password_command in the config instead")
    try:
        password = getpass.getpass(f"Password for {account.username} on {account.host}: ")
    except EOFError:
        print(file=sys.stderr)   # the prompt's line stays open after Ctrl-D
        raise UserError("no password given (end of input); nothing stored") from None
    if not password:
        raise UserError("no password given; nothing stored")
    return password


def run(args) -> int:
    from .. import credentials
    from ..credentials import Secret

    account = pick_one_account(args.config_obj, getattr(args, "account", None), "login")
    refuse_needless(account)
    credentials.require_keyring(account)   # before the user types anything
    password = ask_password(account)
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
