"""`nottoday check FILE... [--json]` through the real CLI entry point."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from agent.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "classifiers"
KEYS = {"file", "message_id", "rejection", "score", "threshold", "rules", "reply_to",
        "contact_first_name", "company", "role", "draft"}


@pytest.fixture
def config(tmp_path) -> str:
    path = tmp_path / "config.toml"
    path.write_text('[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.org"\n')
    return str(path)


def run_json(capsys, *argv) -> list[dict]:
    assert main(list(argv)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_json_one_object_per_message(capsys, config):
    files = [str(FIXTURES / "rej-after-interview-finalist.eml"), str(FIXTURES / "oth-offer.eml")]
    recs = run_json(capsys, "--config", config, "check", "--json", *files)
    assert [r["file"] for r in recs] == files
    rej, offer = recs
    assert KEYS <= set(rej)
    assert rej["rejection"] is True and rej["score"] >= rej["threshold"] == 5.0
    assert rej["message_id"] == "<fixture-rej-after-interview-finalist@example.test>"
    assert any(r["id"] == "went-with-other-candidate" and r["evidence"] for r in rej["rules"])
    assert offer["rejection"] is False and offer["draft"] is False


def test_json_details_come_from_drafts(capsys, config):
    pytest.importorskip("drafts")
    (rec,) = run_json(capsys, "--config", config, "check", "--json",
                      str(FIXTURES / "rej-after-interview-finalist.eml"))
    assert rec["reply_to"] == "priya.nair@harbourlight.io"
    assert rec["draft"] is True


def test_owner_sent_mail_is_not_a_rejection(capsys, config):
    (rec,) = run_json(capsys, "--config", config, "check", "--json", str(FIXTURES / "oth-owner-sent.eml"))
    assert rec["rejection"] is False and rec["reason"] == "sent by the owner"


def test_owner_flag_overrides_config(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    monkeypatch.delenv("NOTTODAY_CONFIG", raising=False)
    path = str(FIXTURES / "oth-owner-sent.eml")
    (anon,) = run_json(capsys, "check", "--json", path)
    assert anon["reason"] is None          # nobody known as the owner without config
    (own,) = run_json(capsys, "check", "--json", "--owner", "Sam <sam.taylor@example.org>", path)
    assert own["reason"] == "sent by the owner"


def test_human_output_explains(capsys, config):
    assert main(["--config", config, "check", str(FIXTURES / "rej-ats-lever.eml")]) == 0
    out = capsys.readouterr().out
    assert "REJECTION" in out and "went-with-other-candidate" in out and "follow-up:" in out


def test_stdin_and_unreadable_and_malformed(capsys, config, monkeypatch, tmp_path):
    raw = (FIXTURES / "rej-terse-filled.eml").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    (rec,) = run_json(capsys, "--config", config, "check", "--json", "-")
    assert rec["file"] == "-" and rec["rejection"] is True
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    assert main(["--config", config, "check", "--json", str(tmp_path / "missing.eml"), str(empty)]) == 0
    captured = capsys.readouterr()
    assert "missing.eml: cannot read" in captured.err
    (bad,) = [json.loads(x) for x in captured.out.splitlines()]
    assert bad["rejection"] is False and bad["error"]


def test_hostile_evidence_is_not_printed_raw(capsys, config, tmp_path):
    path = tmp_path / "evil.eml"
    path.write_bytes(b"From: a@b.c\r\nTo: sam.taylor@example.org\r\nSubject: x\r\n\r\n"
                     b"Unfortunately\x1b[2J we have decided to move forward with another\x07 candidate.\r\n")
    assert main(["--config", config, "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "REJECTION" in out
