"""`nottoday once` end to end against the private Dovecot: exactly one threaded draft, nothing else touched."""
from __future__ import annotations

import email
import email.policy

import pytest

from agent.cli import main
from agent.state import State
from tests.mailfactory import invite, rejection

pytestmark = pytest.mark.dovecot

REJ_ID = "<rej-e2e-1@northwind.example>"


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def snapshot(dovecot, account, folder="INBOX"):
    return [(m.uid, m.flags, m.raw) for m in dovecot.messages(account, folder)]


def test_once_drafts_one_threaded_reply_and_changes_nothing_else(dovecot, imap_account, config_for, capsys):
    dovecot.append(imap_account, "INBOX", rejection(REJ_ID, extra_headers={"References": "<earlier@northwind.example>"}))
    dovecot.append(imap_account, "INBOX", invite("<inv-e2e@acme.example>"), flags=["\\Seen", "\\Flagged"])
    dovecot.append(imap_account, "INBOX", invite("<inv-e2e2@acme.example>"), flags=["\\Answered", "$Job"])
    before = snapshot(dovecot, imap_account)
    assert before[2][1] == {"\\Answered", "$Job"}
    assert before[0][1] == frozenset()  # the rejection is unseen
    cfg = config_for(imap_account)

    assert main(["--config", str(cfg), "once"]) == 0
    out = capsys.readouterr().out
    assert "3 new message(s), 1 rejection(s), saved 1 draft(s)" in out

    drafts = dovecot.messages(imap_account, "Drafts")
    assert len(drafts) == 1
    assert drafts[0].flags == {"\\Draft", "\\Seen"}
    d = parse(drafts[0].raw)
    assert d["To"].addresses[0].addr_spec == "maria.lopez@northwind.example"
    assert d["Subject"] == "Re: Your application for Senior Product Marketing Manager"
    assert d["In-Reply-To"] == REJ_ID
    assert d["References"].split() == ["<earlier@northwind.example>", REJ_ID]
    assert d["In-Reply-To"] == REJ_ID and "X-Nottoday-Source" not in d
    assert d["From"].addresses[0].addr_spec == "sam.taylor@example.org"
    assert snapshot(dovecot, imap_account) == before  # flags (unseen stays unseen) and bytes unchanged

    # a second pass adds nothing
    assert main(["--config", str(cfg), "once"]) == 0
    assert "0 new message(s)" in capsys.readouterr().out
    assert len(dovecot.messages(imap_account, "Drafts")) == 1

    # a new rejection arrives: the next pass drafts it (and only it)
    dovecot.append(imap_account, "INBOX", rejection("<rej-e2e-2@northwind.example>", subject="About your application"))
    assert main(["--config", str(cfg), "once"]) == 0
    sources = sorted(parse(m.raw)["In-Reply-To"] for m in dovecot.messages(imap_account, "Drafts"))
    assert sources == [REJ_ID, "<rej-e2e-2@northwind.example>"]
    assert [f for _u, f, _r in snapshot(dovecot, imap_account)][:3] == [f for _u, f, _r in before]

    with State.open(cfg.parent / "state") as st:
        c = st.counts("main")
        assert (c.seen, c.rejections, c.drafts) == (4, 2, 2)
        assert st.last_pass("main").error is None
        on_server = {parse(m.raw)["Message-ID"] for m in dovecot.messages(imap_account, "Drafts")}
        assert st.draft_message_ids("main") == on_server   # replies to our drafts are recognised


def test_dry_run_writes_nothing(dovecot, imap_account, config_for, capsys):
    dovecot.append(imap_account, "INBOX", rejection(REJ_ID))
    cfg = config_for(imap_account)
    assert main(["--config", str(cfg), "once", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would save a draft for" in out and "maria.lopez@northwind.example" in out
    assert dovecot.messages(imap_account, "Drafts") == []
    assert not (cfg.parent / "state").exists()
    # and the real pass afterwards still drafts it
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(dovecot.messages(imap_account, "Drafts")) == 1


def test_lookback_skips_old_mail_on_first_pass(dovecot, imap_account, config_for):
    from datetime import datetime, timedelta, timezone

    old = datetime.now(timezone.utc) - timedelta(days=40)
    dovecot.append(imap_account, "INBOX", rejection("<old@northwind.example>", date=old), msg_time=old)
    dovecot.append(imap_account, "INBOX", rejection(REJ_ID))
    assert main(["--config", str(config_for(imap_account)), "once"]) == 0
    sources = [parse(m.raw)["In-Reply-To"] for m in dovecot.messages(imap_account, "Drafts")]
    assert sources == [REJ_ID]


def test_imaps_with_ca_file(dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection(REJ_ID))
    cfg = config_for(imap_account, security="tls", host="localhost")
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(dovecot.messages(imap_account, "Drafts")) == 1


def test_imaps_without_ca_file_is_refused(dovecot, imap_account, config_for, capsys):
    cfg = config_for(imap_account, security="tls", ca_file="")
    assert main(["--config", str(cfg), "once"]) == 1
    err = capsys.readouterr().err
    assert "certificate" in err and "not trusted" in err and "ca_file" in err
    assert imap_account.password not in err


def test_starttls(dovecot, imap_account, config_for):
    dovecot.append(imap_account, "INBOX", rejection(REJ_ID))
    cfg = config_for(imap_account, security="starttls")
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(dovecot.messages(imap_account, "Drafts")) == 1


def test_wrong_password_is_a_clear_error_without_the_secret(dovecot, imap_account, config_for, capsys):
    from dataclasses import replace

    wrong = replace(imap_account, password="not-the-password-42")
    cfg = config_for(wrong)
    assert main(["--config", str(cfg), "once"]) == 1
    err = capsys.readouterr().err
    assert f"login failed for {imap_account.username} on 127.0.0.1" in err
    assert "not-the-password-42" not in err


def test_unreachable_server_fails_that_account_only(dovecot, imap_account, config_for, capsys, tmp_path):
    dovecot.append(imap_account, "INBOX", rejection(REJ_ID))
    cfg = config_for(imap_account, extra_account=(
        "\n[accounts.broken]\nhost = \"127.0.0.1\"\nport = 1\nsecurity = \"none\"\n"
        "username = \"x\"\npassword_command = [\"printf\", \"x\"]\n"))
    assert main(["--config", str(cfg), "once"]) == 1
    err = capsys.readouterr().err
    assert "account broken: cannot connect to 127.0.0.1:1" in err
    assert len(dovecot.messages(imap_account, "Drafts")) == 1   # the good account was processed
    with State.open(tmp_path / "state") as st:
        assert "cannot connect" in st.last_error("broken")[1]


def test_security_none_refused_for_remote_host():
    from agent.config import AccountConfig
    from agent.errors import UserError
    from agent.stores.imap import ImapStore

    acct = AccountConfig(name="x", host="imap.example.net", port=143, security="none",
                         username="u", password_command=["printf", "pw"])
    with pytest.raises(UserError, match="only allowed to localhost"):
        ImapStore(acct).open()


def test_oauth2_token_is_sent_with_xoauth2(dovecot, imap_account, config_for, capsys):
    """The test server has no OAuth2 passdb, so XOAUTH2 is refused: the error must name the token
    command (not the password) and never show the token."""
    cfg = config_for(imap_account)
    cfg.write_text(cfg.read_text().replace(
        "password_command", 'oauth2_token_command = ["printf", "tok-abc-123456"]\n# password_command'))
    assert main(["--config", str(cfg), "once"]) == 1
    err = capsys.readouterr().err
    assert f"login failed for {imap_account.username}" in err
    assert "oauth2_token_command" in err and "tok-abc-123456" not in err


def test_a_resent_rejection_arriving_in_a_later_pass_gets_no_second_draft(dovecot, imap_account, config_for, capsys):
    """Maria forwards her own rejection again ("in case it went to spam") after nottoday already
    drafted the follow-up: the conversation is known from the state, no second draft is written,
    and the message is recorded as answered."""
    from tests.mailfactory import resend
    cfg = config_for(imap_account)
    dovecot.append(imap_account, "INBOX", rejection(REJ_ID))
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(dovecot.messages(imap_account, "Drafts")) == 1
    capsys.readouterr()

    dovecot.append(imap_account, "INBOX", resend("<resend-e2e@northwind.example>"))
    assert main(["--config", str(cfg), "once"]) == 0
    assert "1 new message(s), 1 rejection(s)" in capsys.readouterr().out
    assert len(dovecot.messages(imap_account, "Drafts")) == 1
    assert main(["--config", str(cfg), "once"]) == 0            # and stays so
    assert len(dovecot.messages(imap_account, "Drafts")) == 1
