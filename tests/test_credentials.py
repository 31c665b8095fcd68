"""Where secrets come from, and that they never leak into error text or reprs.

Real commands are run (sh, printf, python); the keyring is replaced by an in-memory backend
because the system keyring is outside the test's control (pure logic around it is what we test).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from agent import credentials
from agent.credentials import Secret, get_oauth2_token, get_password, login_secret, run_secret_command, store_password
from agent.errors import CredentialError

SECRET = "s3cr3t-Pa55 with spaces"


@dataclass(frozen=True)
class Acct:
    name: str = "main"
    username: str = "jo@example.org"
    password_command: object = None
    oauth2_token_command: object = None


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise RuntimeError(f"locked, cannot read {SECRET}")


@pytest.fixture
def use_keyring():
    previous = keyring.get_keyring()

    def install(backend):
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def test_password_command_as_argv_list():
    acct = Acct(password_command=[sys.executable, "-c", f"print({SECRET!r}); print('second line')"])
    assert get_password(acct) == SECRET
    assert login_secret(acct) == Secret("password", SECRET)


def test_password_command_as_shell_string():
    acct = Acct(password_command=f"printf '%s\\n' '{SECRET}' | cat")
    assert get_password(acct) == SECRET


def test_failing_command_is_an_error_not_a_fall_through(use_keyring):
    kr = use_keyring(MemoryKeyring())
    kr.set_password("nottoday", "main:jo@example.org", "from-keyring")
    acct = Acct(password_command=f"echo {SECRET}; echo 'gpg: decryption failed' >&2; exit 3")
    with pytest.raises(CredentialError) as err:
        get_password(acct)
    text = str(err.value)
    assert "password_command failed with exit status 3" in text
    assert SECRET not in text and "gpg" not in text   # neither stdout nor stderr is quoted back


def test_a_command_that_prints_the_secret_to_stderr_and_fails_never_shows_it():
    acct = Acct(password_command=f"echo {SECRET} >&2; exit 1")
    with pytest.raises(CredentialError) as err:
        get_password(acct)
    assert SECRET not in str(err.value)
    assert "exit status 1" in str(err.value) and "run the command yourself" in str(err.value)


def test_missing_program_and_empty_output_say_what_to_do():
    with pytest.raises(CredentialError, match=r"program 'no-such-pass-tool' not found; install it"):
        get_password(Acct(password_command=["no-such-pass-tool", "show", "mail"]))
    with pytest.raises(CredentialError, match="password_command printed nothing"):
        get_password(Acct(password_command=["true"]))


def test_command_timeout(monkeypatch):
    monkeypatch.setattr(credentials, "COMMAND_TIMEOUT", 0.5)
    with pytest.raises(CredentialError, match="did not finish within 0.5 s"):
        run_secret_command(["sleep", "5"], "main", "password_command")


def test_oauth2_token_command_runs_on_every_call(tmp_path):
    counter = tmp_path / "n"
    counter.write_text("0")
    script = f"n=$(cat {counter}); n=$((n+1)); echo $n > {counter}; echo token-$n"
    acct = Acct(oauth2_token_command=script)
    assert login_secret(acct) == Secret("oauth2", "token-1")
    assert get_oauth2_token(acct) == "token-2"     # tokens expire: never cached
    with pytest.raises(CredentialError, match="uses oauth2_token_command"):
        get_password(acct)


def test_keyring_store_and_read(use_keyring):
    kr = use_keyring(MemoryKeyring())
    store_password(Acct(), SECRET)
    assert kr.store == {("nottoday", "main:jo@example.org"): SECRET}
    assert get_password(Acct()) == SECRET
    with pytest.raises(CredentialError, match=r"no password stored; run `nottoday login other`"):
        get_password(Acct(name="other"))


def test_no_keyring_backend_points_to_password_command(use_keyring):
    use_keyring(fail.Keyring())
    for call in (lambda: get_password(Acct()), lambda: store_password(Acct(), SECRET)):
        with pytest.raises(CredentialError, match="no system keyring is available.*set password_command"):
            call()


def test_locked_keyring_error_does_not_echo_the_backend_message(use_keyring):
    use_keyring(LockedKeyring())
    with pytest.raises(CredentialError) as err:
        get_password(Acct())
    assert "unlock it, or set password_command" in str(err.value)
    assert SECRET not in str(err.value)


def test_secret_repr_hides_the_value():
    s = Secret("password", SECRET)
    assert SECRET not in repr(s) and SECRET not in str(s) and SECRET not in f"{s!r}"
