"""Where an account's secret comes from: the keyring, a password command, or an OAuth2 token command.

Secrets are returned, never logged; errors name the account and the setting to fix, never the value.
A failing command is an error, never a silent fall-through to another source.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass

from .errors import CredentialError
from .logs import register_secret

KEYRING_SERVICE = "nottoday"
COMMAND_TIMEOUT = 60


@dataclass(frozen=True)
class Secret:
    kind: str  # "password" | "oauth2"
    value: str = ""

    def __repr__(self) -> str:  # never show the value, even in a debugger or a traceback
        return f"Secret(kind={self.kind!r}, value=<hidden>)"


def _keyring_user(account) -> str:
    return f"{account.name}:{account.username}"


def run_secret_command(command, account_name: str, setting: str) -> str:
    """Run a password/token command (list = argv, string = /bin/sh) and return its first line."""
    shell = isinstance(command, str)
    try:
        proc = subprocess.run(
            command, shell=shell, capture_output=True, timeout=COMMAND_TIMEOUT, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError:
        prog = command.split()[0] if shell else command[0]
        raise CredentialError(
            f"account {account_name}: {setting}: program {prog!r} not found; install it or fix the command"
        ) from None
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"account {account_name}: {setting} did not finish within {COMMAND_TIMEOUT} s"
        ) from None
    except OSError as exc:
        raise CredentialError(f"account {account_name}: {setting} could not run: {exc.strerror}") from None
    if proc.returncode != 0:
        # Never echo what the command printed: a failing secret tool may have printed the secret
        # itself (to stdout or stderr), and this text reaches the terminal, the log and `status`.
        raise CredentialError(
            f"account {account_name}: {setting} failed with exit status {proc.returncode}; "
            f"run the command yourself to see why (is the secret store unlocked?)"
        )
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    value = lines[0].strip("\r\n") if lines else ""
    if not value:
        raise CredentialError(f"account {account_name}: {setting} printed nothing")
    register_secret(value)
    return value


def _keyring():
    import keyring   # 0.1 s to import; only accounts that use the keyring pay it
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = type(backend).__name__
    module = type(backend).__module__
    if isinstance(backend, fail.Keyring) or module.endswith("backends.null") or (
        name == "ChainerBackend" and not getattr(backend, "backends", None)
    ):
        return None
    return keyring


NO_KEYRING_HINT = (
    "no system keyring is available here (common on headless servers); "
    "set password_command in the account's config instead, e.g. password_command = [\"pass\", \"show\", \"mail\"]"
)


def login_secret(account) -> Secret:
    """The secret to log in to `account` with."""
    if getattr(account, "oauth2_token_command", None):
        return Secret("oauth2", run_secret_command(account.oauth2_token_command, account.name, "oauth2_token_command"))
    if getattr(account, "password_command", None):
        return Secret("password", run_secret_command(account.password_command, account.name, "password_command"))
    kr = _keyring()
    if kr is None:
        raise CredentialError(f"account {account.name}: no password: {NO_KEYRING_HINT}")
    try:
        value = kr.get_password(KEYRING_SERVICE, _keyring_user(account))
    except Exception as exc:  # keyring backends raise their own types (locked, D-Bus down, ...)
        raise CredentialError(
            f"account {account.name}: the keyring could not be read ({type(exc).__name__}); "
            "unlock it, or set password_command instead"
        ) from None
    if not value:
        raise CredentialError(
            f"account {account.name}: no password stored; run `nottoday login {account.name}` "
            "or set password_command"
        )
    register_secret(value)
    return Secret("password", value)


def get_password(account) -> str:
    """The password for `account` (password_command, else the keyring)."""
    secret = login_secret(account)
    if secret.kind != "password":
        raise CredentialError(f"account {account.name}: uses oauth2_token_command, not a password")
    return secret.value


def get_oauth2_token(account) -> str:
    """A fresh OAuth2 access token: the command runs on every call, since tokens expire."""
    if not getattr(account, "oauth2_token_command", None):
        raise CredentialError(f"account {account.name}: no oauth2_token_command is set")
    return run_secret_command(account.oauth2_token_command, account.name, "oauth2_token_command")


def require_keyring(account) -> None:
    """Raise CredentialError unless a usable system keyring is here (`login` asks this before
    anyone types a password)."""
    if _keyring() is None:
        raise CredentialError(f"account {account.name}: cannot store a password: {NO_KEYRING_HINT}")


def store_password(account, password: str) -> None:
    """Save the password in the system keyring (`nottoday login`)."""
    kr = _keyring()
    if kr is None:
        raise CredentialError(f"account {account.name}: cannot store the password: {NO_KEYRING_HINT}")
    try:
        kr.set_password(KEYRING_SERVICE, _keyring_user(account), password)
    except Exception as exc:
        raise CredentialError(
            f"account {account.name}: the keyring refused the password ({type(exc).__name__}); "
            "set password_command instead"
        ) from None
