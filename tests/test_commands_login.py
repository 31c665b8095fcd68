"""`nottoday login`: everything that would make typing a password pointless is said before the
prompt, in one line; Ctrl-D at the prompt or no terminal at all is one line too, never a traceback.
(Checking and storing a typed password against Dovecot: tests/test_commands_doctor.py.)"""
from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from agent.cli import main

# A keyring backend for the `nottoday` child processes: usable, in memory, forgets everything.
MEMORY_KEYRING = '''
from keyring.backend import KeyringBackend

class Keyring(KeyringBackend):
    priority = 1
    store = {}
    def get_password(self, service, username):
        return self.store.get((service, username))
    def set_password(self, service, username, password):
        self.store[(service, username)] = password
    def delete_password(self, service, username):
        self.store.pop((service, username), None)
'''


def write_config(tmp_path: Path, extra: str = "") -> Path:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[identity]
name = "Sam Taylor"
email = "sam.taylor@example.org"

[accounts.main]
host = "127.0.0.1"
username = "sam"
{extra}

[daemon]
state_dir = "{tmp_path / 'state'}"
""")
    return cfg


@pytest.fixture
def no_prompt(monkeypatch):
    def prompt(*_a, **_k):
        raise AssertionError("asked for a password")
    monkeypatch.setattr("getpass.getpass", prompt)


@pytest.mark.parametrize("extra, why", [
    ('password_command = ["pass", "show", "mail"]', "gets its password from password_command"),
    ('oauth2_token_command = ["oama", "access", "sam"]', "logs in with oauth2_token_command"),
])
def test_an_account_that_never_reads_the_keyring_is_refused_before_the_prompt(tmp_path, capsys, no_prompt,
                                                                              extra, why):
    assert main(["--config", str(write_config(tmp_path, extra)), "login"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"nottoday: account main {why}" in err, err


def test_no_usable_keyring_is_said_before_the_prompt(tmp_path, capsys, no_prompt):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert main(["--config", str(write_config(tmp_path)), "login"]) == 1
    finally:
        keyring.set_keyring(previous)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no system keyring is available here" in err and "password_command" in err


def child_env(tmp_path: Path) -> dict:
    (tmp_path / "memkeyring.py").write_text(MEMORY_KEYRING)
    root = Path(__file__).resolve().parent.parent
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(root)]),
            "PYTHON_KEYRING_BACKEND": "memkeyring.Keyring"}


def test_without_a_terminal_login_says_so_in_one_line(tmp_path):
    cfg = write_config(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "agent", "--config", str(cfg), "login"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
                          start_new_session=True,        # no controlling terminal: no /dev/tty
                          env=child_env(tmp_path))
    assert proc.returncode == 1
    assert proc.stderr == ("nottoday: no terminal to type the password on; run `nottoday login` in a "
                           "terminal, or set password_command in the config instead\n"), proc.stderr


def test_ctrl_d_at_the_prompt_is_one_line(tmp_path):
    cfg = write_config(tmp_path)
    env = child_env(tmp_path)
    pid, fd = pty.fork()
    if pid == 0:  # the child: its terminal is the pty
        os.execve(sys.executable, [sys.executable, "-m", "agent", "--config", str(cfg), "login"], env)
    out = b""
    deadline = time.monotonic() + 60
    try:
        while b"Password for sam on 127.0.0.1:" not in out and time.monotonic() < deadline:
            if select.select([fd], [], [], 1)[0]:
                out += os.read(fd, 4096)
        assert b"Password for" in out, out
        os.write(fd, b"\x04")                     # Ctrl-D
        while time.monotonic() < deadline:
            if select.select([fd], [], [], 1)[0]:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:                   # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                out += chunk
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    text = out.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 1, text
    assert "Traceback" not in text and "EOFError" not in text
    assert text.rstrip().endswith("nottoday: no password given (end of input); nothing stored"), text
