"""`nottoday once` at the command line: exit statuses and the --dry-run report (Maildir, no server)."""
from __future__ import annotations

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
