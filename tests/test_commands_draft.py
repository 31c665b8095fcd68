"""`nottoday draft FILE`: prints the complete draft, exit 0; exit 3 when there is none."""
from __future__ import annotations

import email
import email.policy
import io
import sys
from pathlib import Path

import pytest

from agent.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "drafts"


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text('[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.org"\n'
                    'signature = "Sam"\n', encoding="utf-8")
    return path


def test_prints_a_complete_draft(config, capsys):
    assert main(["--config", str(config), "draft", str(FIXTURES / "personal-interviewed.eml")]) == 0
    out = capsys.readouterr().out
    draft = email.message_from_string(out, policy=email.policy.default)
    assert draft["From"] == "Sam Taylor <sam.taylor@example.org>"
    assert draft["To"].addresses[0].addr_spec == "maria.okonjo@northwind-labs.io"
    assert draft["Subject"] == "Re: Senior Data Engineer - update"
    assert draft["In-Reply-To"] == "<abc123@northwind-labs.io>"
    assert draft["X-Nottoday-Source"] == "<abc123@northwind-labs.io>"
    assert draft.get_content().startswith("Hi Maria,\n")


def test_reads_stdin(config, capsys, monkeypatch):
    raw = (FIXTURES / "personal-interviewed.eml").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert main(["--config", str(config), "draft", "-"]) == 0
    assert "Re: Senior Data Engineer - update" in capsys.readouterr().out


def test_rejection_without_address_exits_3_and_says_why(config, capsys):
    assert main(["--config", str(config), "draft", str(FIXTURES / "ats-noreply-nobody.eml")]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "rejection from Zenith Apparel detected, no address to follow up" in captured.err


def test_not_a_rejection_exits_3(config, capsys, tmp_path):
    invite = tmp_path / "invite.eml"
    invite.write_bytes(b"From: Pat <pat@acme.example>\nTo: sam.taylor@example.org\nSubject: Interview\n"
                       b"Message-ID: <i1@acme.example>\n\nHi Sam, we'd love to invite you to a second "
                       b"interview next week. Which times work for you?\n\nPat\n")
    assert main(["--config", str(config), "draft", str(invite)]) == 3
    captured = capsys.readouterr()
    assert captured.out == "" and "not a rejection" in captured.err


def test_unreadable_file_is_a_user_error(config, capsys, tmp_path):
    assert main(["--config", str(config), "draft", str(tmp_path / "missing.eml")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_broken_user_template_is_a_config_error(tmp_path, capsys):
    tpl = tmp_path / "t.j2"
    tpl.write_text("{{ nope }}")
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[identity]\nemail = "sam.taylor@example.org"\n[drafts]\ntemplate = "{tpl}"\n')
    assert main(["--config", str(cfg), "draft", str(FIXTURES / "personal-interviewed.eml")]) == 2
    assert str(tpl) in capsys.readouterr().err
