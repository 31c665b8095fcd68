"""`nottoday status`: per account from the state database; never creates state, never connects."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from agent.cli import main
from agent.state import DB_NAME, State


def write_config(tmp_path: Path) -> Path:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[identity]
name = "Sam Taylor"
email = "sam.taylor@example.org"

[accounts.work]
host = "imap.example.org"
username = "sam"
password_command = ["false"]

[accounts.home]
maildir = "{tmp_path / 'Maildir'}"

[daemon]
state_dir = "{tmp_path / 'state'}"
""")
    return cfg


def run_status(cfg: Path, capsys, *extra) -> str:
    assert main(["--config", str(cfg), "status", *extra]) == 0
    return capsys.readouterr().out


def test_status_without_any_state_does_not_create_it(tmp_path, capsys):
    cfg = write_config(tmp_path)
    out = run_status(cfg, capsys)
    assert "daemon: not running" in out
    assert "work  (sam@imap.example.org, INBOX)" in out
    assert out.count("last pass:   none yet") == 2
    assert not (tmp_path / "state").exists()


def test_status_reports_passes_counts_and_errors(tmp_path, capsys):
    cfg = write_config(tmp_path)
    with State.open(tmp_path / "state") as st:
        for i, verdict in enumerate(["rejection", "rejection", "other", "rejection"]):
            st.record_message("work", "INBOX", str(i + 1), f"<m{i}@x>", verdict, drafted=(i != 3))
        pid = st.begin_pass("work")
        st.finish_pass(pid, fetched=4, rejections=3, drafts=2, skipped=0)
        st.record_error("home", "OSError: [Errno 2] No such file or directory: 'Maildir'")
        st.record_error("gone", "old account")
    out = run_status(cfg, capsys)
    work = out.split("\nwork")[1].split("\nhome")[0]
    assert "4 new, 3 rejection(s), 2 draft(s)" in work
    assert "4 message(s) seen, 3 rejection(s), 2 draft(s) saved (1 without a follow-up address)" in work
    assert "last error:  none" in work
    home = out.split("\nhome")[1]
    assert "No such file or directory: 'Maildir'" in home and "resolved" not in home.split("\ngone")[0]
    assert "gone  [no longer in the config]" in out

    data = json.loads(run_status(cfg, capsys, "--json"))
    by_name = {a["account"]: a for a in data["accounts"]}
    assert by_name["work"]["drafts"] == 2 and by_name["work"]["last_pass"]["new_messages"] == 4
    assert by_name["home"]["last_error"]["resolved"] is False
    assert data["daemon_pid"] is None


def test_an_error_followed_by_a_good_pass_is_marked_resolved(tmp_path, capsys):
    cfg = write_config(tmp_path)
    with State.open(tmp_path / "state") as st:
        st.record_error("work", "LoginError: [AUTHENTICATIONFAILED] Authentication failed.")
        pid = st.begin_pass("work")
        st.finish_pass(pid, fetched=0, rejections=0, drafts=0, skipped=0)
    out = run_status(cfg, capsys)
    assert "Authentication failed. — resolved since" in out


def test_status_sees_a_running_daemon_and_ignores_a_stale_pid_file(tmp_path, capsys):
    from agent.pidfile import PID_FILE, RunLock

    cfg = write_config(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from agent.pidfile import RunLock; "
         f"RunLock({str(tmp_path / 'state')!r}).acquire(); print('locked', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert f"daemon: running (pid {holder.pid})" in run_status(cfg, capsys)
        # a second daemon on the same state dir is refused, with the way out
        assert main(["--config", str(cfg), "run"]) == 1
        err = capsys.readouterr().err
        assert f"another `nottoday run` (pid {holder.pid}) is already using" in err
    finally:
        holder.kill()                                   # kill -9: the kernel drops the lock
        holder.wait()
    assert (tmp_path / "state" / PID_FILE).read_text().strip() == str(holder.pid)   # stale content
    assert "daemon: not running" in run_status(cfg, capsys)
    lock = RunLock(tmp_path / "state").acquire()          # and a new daemon may start
    lock.release()
    assert not (tmp_path / "state" / DB_NAME).exists()


def test_a_pass_stopped_with_ctrl_c_is_interrupted_not_an_error(maildir, config_for, capsys, monkeypatch):
    from agent.commands import once
    from tests.mailfactory import rejection

    (maildir / "new" / "1.M1.h").write_bytes(rejection("<r@n.example>"))
    cfg = config_for(maildir=maildir)

    def ctrl_c(outcome):
        raise KeyboardInterrupt

    monkeypatch.setattr(once, "describe_outcome", ctrl_c)   # Ctrl-C lands while a line is printed
    assert main(["--config", str(cfg), "once"]) == 130
    capsys.readouterr()
    out = run_status(cfg, capsys)
    assert "KeyboardInterrupt" not in out
    assert "last pass:   " in out and ": interrupted after 1 new" in out
    assert "last error:  none" in out
    data = json.loads(run_status(cfg, capsys, "--json"))
    (acct,) = data["accounts"]
    assert acct["last_pass"]["interrupted"] is True and acct["last_pass"]["error"] is None
    assert acct["last_error"] is None


def test_status_without_a_config_file_says_it_is_missing_and_how_to_write_one(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("NOTTODAY_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    default = tmp_path / "xdg" / "nottoday" / "config.toml"
    assert main(["status"]) == 2
    err = capsys.readouterr().err
    assert f"{default}: no config file here" in err and "`nottoday init`" in err
    assert main(["--config", str(tmp_path / "other.toml"), "status"]) == 2
    err = capsys.readouterr().err
    assert "other.toml: no such config file" in err and f"`nottoday init {tmp_path / 'other.toml'}`" in err
