"""The private Dovecot fixture does what tests/dovecot.py promises."""
from __future__ import annotations

import ssl

import pytest
from imapclient import IMAPClient

pytestmark = pytest.mark.dovecot

RAW = (b"From: Ana <ana@acme.example>\r\nTo: sam.taylor@example.org\r\n"
       b"Subject: fixture check\r\nMessage-ID: <fixture-1@acme.example>\r\n\r\nhello\r\n")


def test_append_and_read_back_without_side_effects(dovecot, imap_account):
    uid = dovecot.append(imap_account, "INBOX", RAW)
    seen_uid = dovecot.append(imap_account, "INBOX", RAW.replace(b"-1@", b"-2@"), flags=["\\Seen"])
    assert uid == 1 and seen_uid == 2
    first = dovecot.messages(imap_account, "INBOX")
    again = dovecot.messages(imap_account, "INBOX")
    assert [m.uid for m in first] == [1, 2]
    assert first[0].raw == RAW
    assert first[0].flags == frozenset()  # BODY.PEEK[] did not set \Seen
    assert first[1].flags == {"\\Seen"}
    assert [m.flags for m in again] == [m.flags for m in first]


def test_each_test_gets_a_fresh_user(dovecot, imap_account):
    other = dovecot.add_user()
    dovecot.append(other, "INBOX", RAW)
    assert dovecot.messages(imap_account, "INBOX") == []
    assert len(dovecot.messages(other, "INBOX")) == 1
    assert other.username != imap_account.username


def test_special_use_folders(dovecot, imap_account):
    with dovecot.client(imap_account) as c:
        found = {name: set(flags) for flags, _sep, name in c.list_folders()}
    assert b"\\Drafts" in found["Drafts"]
    assert b"\\Sent" in found["Sent"]
    assert b"\\Trash" in found["Trash"]
    assert b"\\Archive" in found["Archive"]
    assert "INBOX" in found


def test_imaps_verifies_with_test_ca_only(dovecot, imap_account):
    ctx = ssl.create_default_context(cafile=imap_account.ca_file)
    with IMAPClient("localhost", port=imap_account.imaps_port, ssl_context=ctx, timeout=5) as c:
        c.login(imap_account.username, imap_account.password)
        assert c.capabilities()
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient("127.0.0.1", port=imap_account.imaps_port,
                   ssl_context=ssl.create_default_context(), timeout=5)


def test_starttls(dovecot, imap_account):
    c = IMAPClient("127.0.0.1", port=imap_account.port, ssl=False, timeout=5)
    c.starttls(ssl.create_default_context(cafile=imap_account.ca_file))
    c.login(imap_account.username, imap_account.password)
    assert b"IDLE" in c.capabilities()
    c.logout()


def test_wrong_password_refused(dovecot, imap_account):
    from imapclient.exceptions import LoginError

    c = IMAPClient("127.0.0.1", port=imap_account.port, ssl=False, timeout=5)
    with pytest.raises(LoginError):
        c.login(imap_account.username, imap_account.password + "x")


def test_stop_start_and_kill_keep_mail_and_ports(dovecot, imap_account):
    dovecot.append(imap_account, "INBOX", RAW)
    port, imaps = dovecot.port, dovecot.imaps_port
    try:
        dovecot.stop()
        assert dovecot.master_pid() is None
        with pytest.raises(OSError):
            IMAPClient("127.0.0.1", port=port, ssl=False, timeout=2)
        dovecot.start()
        assert len(dovecot.messages(imap_account, "INBOX")) == 1
        dovecot.kill()
        assert dovecot.master_pid() is None
        dovecot.start()
        assert (dovecot.port, dovecot.imaps_port) == (port, imaps)
        assert len(dovecot.messages(imap_account, "INBOX")) == 1
    finally:
        dovecot.start()


def test_idle_reports_new_mail(dovecot, imap_account):
    with dovecot.client(imap_account) as c:
        c.select_folder("INBOX", readonly=True)
        c.idle()
        dovecot.append(imap_account, "INBOX", RAW)
        responses = c.idle_check(timeout=5)
        c.idle_done()
    assert any(r[1] == b"EXISTS" for r in responses if len(r) > 1)
