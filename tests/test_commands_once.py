"""`nottoday once` at the command line: exit statuses and the --dry-run report (Maildir, no server)."""
from __future__ import annotations

import pytest

from agent.cli import main
from tests.mailfactory import invite, rejection


def test_without_accounts_exit_2(tmp_path, capsys):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[identity]\nname = "Sam"\nemail = "sam.taylor@example.org"\n')
    assert main(["--config", str(cfg), "once"]) == 2
    assert "accounts" in capsys.readouterr().err
    assert main(["--config", str(tmp_path / "missing.toml"), "once"]) == 2


def test_dry_run_reports_every_message_and_writes_nothing(maildir, config_for, capsys):
    (maildir / "new" / "1.M1.h").write_bytes(rejection("<r@n.example>"))
    (maildir / "new" / "2.M2.h").write_bytes(invite("<i@a.example>"))
    (maildir / "new" / "3.M3.h").write_bytes(b"no headers at all\r\n")
    cfg = config_for(maildir=maildir)
    assert main(["--config", str(cfg), "once", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "main: INBOX 1.M1.h: rejection (score" in out and "would save a draft for Maria Lopez" in out
    assert "main: INBOX 2.M2.h: not a rejection" in out
    assert "main: INBOX 3.M3.h: skipped: no headers" in out
    assert "would save 1 draft(s), skipped 1 (dry run: nothing written)" in out
    assert list((maildir / ".Drafts" / "cur").iterdir()) == []
    assert not (cfg.parent / "state").exists()
    # the same again: still reported, because nothing was remembered
    assert main(["--config", str(cfg), "once", "--dry-run"]) == 0
    assert "would save 1 draft(s)" in capsys.readouterr().out


NO_ADDRESS = dict(sender="noreply@ats.example")   # a rejection nobody can be followed up with


@pytest.fixture
def at_a_terminal(monkeypatch):
    """Not under systemd (whatever the environment running the tests says)."""
    for var in ("INVOCATION_ID", "JOURNAL_STREAM"):
        monkeypatch.delenv(var, raising=False)


def test_a_real_pass_prints_the_same_lines_as_a_dry_run_and_nothing_twice(maildir, config_for, capsys,
                                                                         at_a_terminal):
    (maildir / "new" / "1.M1.h").write_bytes(rejection("<r@n.example>"))
    (maildir / "new" / "2.M2.h").write_bytes(rejection("<r2@n.example>", **NO_ADDRESS))
    (maildir / "new" / "3.M3.h").write_bytes(b"no headers at all\r\n")
    cfg = config_for(maildir=maildir)
    assert main(["--config", str(cfg), "once", "--dry-run"]) == 0
    dry = capsys.readouterr()
    assert main(["--config", str(cfg), "once"]) == 0
    real = capsys.readouterr()
    for captured in (dry, real):
        both = captured.out + captured.err
        assert both.count("no follow-up address") == 1, both
        assert both.count("3.M3.h") == 1, both
        assert "main: INBOX 2.M2.h: rejection (score" in captured.out
        assert captured.err == ""
    assert "main: INBOX 1.M1.h: rejection (score" in real.out
    assert "draft saved for Maria Lopez <maria.lopez@northwind.example>" in real.out
    assert [x.replace("would save a draft", "draft saved") for x in dry.out.splitlines()[:3]] == \
        real.out.splitlines()[:3]
    assert len(list((maildir / ".Drafts" / "new").iterdir()) + list((maildir / ".Drafts" / "cur").iterdir())) == 1


def test_under_systemd_a_real_pass_leaves_the_lines_to_the_log(maildir, config_for, capsys, monkeypatch):
    monkeypatch.setenv("INVOCATION_ID", "0123456789abcdef")
    (maildir / "new" / "1.M1.h").write_bytes(rejection("<r@n.example>"))
    assert main(["--config", str(config_for(maildir=maildir)), "once"]) == 0
    captured = capsys.readouterr()
    assert "1.M1.h" not in captured.out
    assert "main: 1 new message(s), 1 rejection(s), saved 1 draft(s)" in captured.out
    assert "INBOX 1.M1.h: rejection (score 15.5), draft saved to Drafts" in captured.err


def test_a_long_subject_is_cut_with_an_ellipsis(maildir, config_for, capsys):
    subject = "Your application for Senior Product Marketing Manager at Northwind Labs, Berlin office"
    (maildir / "new" / "1.M1.h").write_bytes(rejection("<r@n.example>", subject=subject))
    assert main(["--config", str(config_for(maildir=maildir)), "once", "--dry-run"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    shown = line.split(' — "')[1]
    assert shown.endswith('…"') and subject.startswith(shown[:-2]) and len(shown) < len(subject)


def test_an_account_error_names_the_account_once(tmp_path, config_for, capsys):
    cfg = config_for(maildir=tmp_path / "no-such-maildir")
    assert main(["--config", str(cfg), "once"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nottoday: account main: ") and err.count("account main") == 1, err
