"""The Maildir backend end to end through `nottoday once`: layouts, drafts, nothing else touched."""
from __future__ import annotations

import email
import email.policy
import mailbox
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from agent.cli import main
from agent.config import AccountConfig
from agent.errors import UserError
from agent.stores.maildir import MaildirStore
from tests.mailfactory import invite, rejection


def deliver(folder: Path, raw: bytes, name: str, sub: str = "new", info: str = "") -> Path:
    """Write a message file the way an MDA / mbsync does."""
    path = folder / sub / (name + (f":2,{info}" if sub == "cur" else ""))
    path.write_bytes(raw)
    return path


def tree(root: Path) -> dict[str, tuple[bytes, float]]:
    """Every file under root except the Drafts folders: path -> (bytes, mtime)."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if p.is_file() and not str(rel).startswith((".Drafts", "Drafts")):
            out[str(rel)] = (p.read_bytes(), p.stat().st_mtime)
    return out


def drafts_in(folder: Path) -> list[tuple[str, email.message.EmailMessage]]:
    out = []
    for sub in ("new", "cur"):
        for p in sorted((folder / sub).iterdir()):
            out.append((p.name, email.message_from_bytes(p.read_bytes(), policy=email.policy.default)))
    return out


def test_maildirpp_end_to_end(maildir, config_for, capsys):
    deliver(maildir, rejection("<m1@n.example>"), "1700000001.M1.host")          # unseen, in new/
    deliver(maildir, invite("<i1@a.example>"), "1700000002.M2.host", "cur", "S")  # seen, in cur/
    before = tree(maildir)
    cfg = config_for(maildir=maildir)

    assert main(["--config", str(cfg), "once"]) == 0
    assert "2 new message(s), 1 rejection(s), saved 1 draft(s)" in capsys.readouterr().out
    drafts = drafts_in(maildir / ".Drafts")
    assert len(drafts) == 1
    name, d = drafts[0]
    assert name.endswith(":2,DS")                      # Draft + Seen, in cur/
    assert (maildir / ".Drafts" / "cur" / name).exists()
    assert d["In-Reply-To"] == "<m1@n.example>" and "X-Nottoday-Source" not in d
    assert d["In-Reply-To"] == "<m1@n.example>"
    assert d["To"].addresses[0].addr_spec == "maria.lopez@northwind.example"
    assert tree(maildir) == before                    # no move new/ -> cur/, no flag, no mtime change

    assert main(["--config", str(cfg), "once"]) == 0
    assert "0 new message(s)" in capsys.readouterr().out
    assert len(drafts_in(maildir / ".Drafts")) == 1

    deliver(maildir, rejection("<m2@n.example>", subject="Update"), "1700000003.M3.host")
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(drafts_in(maildir / ".Drafts")) == 2


def test_mbsync_layout_inbox_and_drafts_subdirectories(tmp_path, config_for):
    root = tmp_path / "Mail" / "personal"
    root.mkdir(parents=True)
    for folder in ("INBOX", "Drafts", "Archive"):
        mailbox.Maildir(root / folder, create=True)
    deliver(root / "INBOX", rejection("<m1@n.example>"), "1700000001.M1.host,U=7")
    cfg = config_for(maildir=root)
    assert main(["--config", str(cfg), "once"]) == 0
    assert [d["In-Reply-To"] for _n, d in drafts_in(root / "Drafts")] == ["<m1@n.example>"]


def test_existing_draft_is_recognised(maildir, config_for):
    """Crash after writing the draft, before the state: the next pass sees the draft."""
    cfg = config_for(maildir=maildir)
    assert main(["--config", str(cfg), "once"]) == 0          # the state knows the account
    deliver(maildir, rejection("<m1@n.example>"), "1700000001.M1.host")
    deliver(maildir / ".Drafts", b"From: sam.taylor@example.org\r\nX-Nottoday-Source: \r\n <m1@n.example>\r\n"
            b"Subject: Re: x\r\n\r\nalready here\r\n", "1700000009.M9.host", "cur", "DS")
    assert main(["--config", str(cfg), "once"]) == 0
    assert len(drafts_in(maildir / ".Drafts")) == 1


def test_first_pass_skips_old_mail_by_date_even_if_file_is_new(maildir, config_for):
    old = datetime.now(timezone.utc) - timedelta(days=60)
    deliver(maildir, rejection("<old@n.example>", date=old), "1700000001.M1.host")  # mtime now (fresh sync)
    p = deliver(maildir, rejection("<older@n.example>", date=old), "1700000002.M2.host")
    os.utime(p, (old.timestamp(), old.timestamp()))                                  # mtime old too
    deliver(maildir, rejection("<new@n.example>"), "1700000003.M3.host")
    assert main(["--config", str(config_for(maildir=maildir)), "once"]) == 0
    assert [d["In-Reply-To"] for _n, d in drafts_in(maildir / ".Drafts")] == ["<new@n.example>"]


def test_missing_maildir_and_missing_drafts_are_clear_errors(tmp_path):
    acct = AccountConfig(name="local", maildir=str(tmp_path / "nope"))
    with pytest.raises(UserError, match="does not exist"):
        MaildirStore(acct).open()
    mailbox.Maildir(tmp_path / "md", create=True)
    store = MaildirStore(AccountConfig(name="local", maildir=str(tmp_path / "md")))
    store.open()
    with pytest.raises(UserError, match="set drafts_folder"):
        store.drafts_folder()


def test_message_renamed_by_mail_client_between_list_and_fetch(maildir):
    raw = rejection("<m1@n.example>")
    p = deliver(maildir, raw, "1700000001.M1.host")
    store = MaildirStore(AccountConfig(name="local", maildir=str(maildir)))
    store.open()
    listing = store.list_messages("INBOX", 0, None)
    assert listing.refs == ("1700000001.M1.host",) and not listing.ordered
    p.rename(maildir / "cur" / "1700000001.M1.host:2,S")   # the user read it meanwhile
    [fetched] = list(store.fetch("INBOX", list(listing.refs)))
    assert fetched.raw == raw
