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


NOREPLY_NAMING_OWNER = b"""From: Harbour Careers <no-reply@harbour-careers.example>
To: Sam Taylor <sam.taylor@example.org>
Subject: Your application for Data Analyst
Message-ID: <owner-flag-fields@example.test>
Date: Fri, 04 Dec 2026 10:00:00 +0000
Content-Type: text/plain; charset=utf-8

Dear Sam,

Thank you for applying. We have decided to move forward with other candidates whose
experience more closely matches the role.

Kind regards,
Harbour Recruiting

This message was sent to sam.taylor@example.org by Harbour via our careers site.
"""


def test_owner_flag_is_also_the_identity_for_the_follow_up_fields(capsys, tmp_path, monkeypatch):
    """`--owner` without a config file: the owner's own address, named in an ATS footer, is never
    the follow-up address (it was, when --owner reached detection only)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    monkeypatch.delenv("NOTTODAY_CONFIG", raising=False)
    path = tmp_path / "m.eml"
    path.write_bytes(NOREPLY_NAMING_OWNER)
    (anon,) = run_json(capsys, "check", "--json", str(path))
    assert anon["rejection"] is True and anon["reply_to"] == "sam.taylor@example.org"   # nobody known
    (own,) = run_json(capsys, "check", "--json", "--owner", "Sam Taylor <sam.taylor@example.org>", str(path))
    assert own["rejection"] is True and own["reply_to"] is None and own["draft"] is False
    corpus = tmp_path / "corpus"
    (corpus / "messages").mkdir(parents=True)
    (corpus / "messages" / "m.eml").write_bytes(NOREPLY_NAMING_OWNER)
    (corpus / "labels.csv").write_text("file,label,reply_to,contact_first_name,company,role\n"
                                       "messages/m.eml,rejection,,,Harbour,Data Analyst\n")
    (report,) = run_json(capsys, "evaluate", "--json", "--owner", "Sam Taylor <sam.taylor@example.org>",
                         str(corpus))
    assert report["tp"] == 1 and report["fields"]["reply_to"] == 1.0, report["field_misses"]


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
    assert main(["--config", config, "check", "--json", str(tmp_path / "missing.eml"), str(empty)]) == 1
    captured = capsys.readouterr()
    assert "missing.eml: cannot read" in captured.err
    missing, bad = [json.loads(x) for x in captured.out.splitlines()]
    assert missing["file"] == str(tmp_path / "missing.eml") and missing["rejection"] is False
    assert missing["error"] == "cannot read (No such file or directory)"
    assert bad["rejection"] is False and bad["error"]


@pytest.mark.parametrize("as_json", [False, True])
def test_a_file_that_cannot_be_read_fails_the_command_but_not_the_others(capsys, config, tmp_path, as_json):
    good = str(FIXTURES / "rej-ats-lever.eml")
    files = [str(tmp_path / "missing.eml"), str(tmp_path), good]   # a directory cannot be read either
    assert main(["--config", config, "check", *(["--json"] if as_json else []), *files]) == 1
    captured = capsys.readouterr()
    assert "missing.eml: cannot read (No such file or directory)" in captured.err
    assert f"{tmp_path}: cannot read (Is a directory)" in captured.err
    if as_json:
        recs = [json.loads(x) for x in captured.out.splitlines()]
        assert [r["file"] for r in recs] == files
        assert [bool(r.get("error")) for r in recs] == [True, True, False]
        assert recs[2]["rejection"] is True
    else:
        assert captured.out.startswith(f"{good}: REJECTION")
    assert main(["--config", config, "check", good]) == 0


def test_a_rule_id_is_printed_once(capsys, config):
    path = FIXTURES / "oth-newsletter-rejection.eml"
    assert main(["--config", config, "check", str(path)]) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if "list-unsubscribe" in x.lower()]
    assert len(lines) == 1 and lines[0].lower().count("list-unsubscribe") == 1, lines
    assert "<" in lines[0].split("list-unsubscribe", 1)[1]   # the header's value is still shown


CALENDAR_MESSAGE = b"""From: Ana Ruiz <ana@corp.example>
To: sam.taylor@example.org
Subject: Your application
Message-ID: <cal-1@corp.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: text/plain

Hi Sam, unfortunately we have decided to move forward with another candidate.
--XX
Content-Type: text/calendar; method=REQUEST

BEGIN:VCALENDAR
END:VCALENDAR
--XX--
"""


def test_third_party_warnings_do_not_reach_the_terminal(capsys, config, tmp_path):
    path = tmp_path / "cal.eml"
    path.write_bytes(CALENDAR_MESSAGE)
    assert main(["--config", config, "check", str(path)]) == 0
    captured = capsys.readouterr()
    assert "REJECTION" in captured.out
    assert captured.err == ""          # mailparser.core: Email content 'calendar' not handled
    assert main(["-v", "--config", config, "check", str(path)]) == 0
    assert "mailparser" in capsys.readouterr().err    # still there for whoever asks for detail


def test_hostile_evidence_is_not_printed_raw(capsys, config, tmp_path):
    path = tmp_path / "evil.eml"
    path.write_bytes(b"From: a@b.c\r\nTo: sam.taylor@example.org\r\nSubject: x\r\n\r\n"
                     b"Unfortunately\x1b[2J we have decided to move forward with another\x07 candidate.\r\n")
    assert main(["--config", config, "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "REJECTION" in out
