"""Issue 15: the ledger keeps passes cheap — against Dovecot, with a Sent folder of 300 messages:
Sent's headers are read once (header fields only) and then only the new UIDs; waiting drafts
cost nothing while Drafts is unchanged (one STATUS) and one SEARCH when it changed, whatever its size; no folder is ever read whole
(`header_index`) and no body is fetched outside the watched folders."""
from __future__ import annotations

import collections

import pytest

from agent.cli import main
from agent.stores.imap import ImapStore
from tests.mailfactory import make_message, rejection

SENT_SIZE = 300


@pytest.fixture
def counted(monkeypatch):
    """Counts of what the store is asked, by (method, folder)."""
    calls: collections.Counter = collections.Counter()

    def wrap(name, size=lambda args: 1):
        real = getattr(ImapStore, name)

        def counting(self, folder, *args, **kw):
            calls[(name, folder)] += size(args)
            return real(self, folder, *args, **kw)
        monkeypatch.setattr(ImapStore, name, counting)
    wrap("headers", size=lambda args: len(args[0]))
    wrap("find_headers")
    wrap("header_index")
    wrap("fetch", size=lambda args: len(args[0]))
    return calls


@pytest.mark.dovecot
def test_sent_is_read_incrementally_and_drafts_by_search(dovecot, imap_account, config_for, counted, capsys):
    with dovecot.client(imap_account) as c:
        for i in range(SENT_SIZE):
            c.append("Sent", make_message(subject=f"Note {i}", body="Hello\n", sender="Sam Taylor <sam.taylor@example.org>",
                                          to=f"friend{i}@elsewhere.example", message_id=f"<s{i}@example.org>"))
        for i in range(50):   # other drafts of the owner's: never read
            c.append("Drafts", make_message(subject=f"Draft {i}", body="...\n", sender="Sam <sam.taylor@example.org>",
                                            to="x@elsewhere.example", message_id=f"<d{i}@example.org>"), flags=[b"\\Draft"])
    dovecot.append(imap_account, "INBOX", rejection("<r1@northwind.example>"))
    cfg = str(config_for(imap_account))

    assert main(["--config", cfg, "once"]) == 0
    first = dict(counted)
    counted.clear()
    assert main(["--config", cfg, "once"]) == 0
    second = dict(counted)
    counted.clear()
    dovecot.append(imap_account, "Sent", make_message(subject="Re: hi", body="x\n", sender="Sam <sam.taylor@example.org>",
                                                      to="a@b.example", message_id="<new@example.org>"))
    assert main(["--config", cfg, "once"]) == 0
    third = dict(counted)
    print(f"\nstore reads per pass (method, folder): first {first}\nsecond {second}\nthird {third}")

    assert first.get(("headers", "Sent")) == SENT_SIZE          # the lookback window, header fields only
    assert second.get(("headers", "Sent"), 0) == 0               # nothing new in Sent: nothing read
    assert third.get(("headers", "Sent")) == 1                   # one new message: its headers only
    for counts in (first, second, third):
        assert not any(name == "header_index" for name, _ in counts)
        assert not any(name == "fetch" and folder != "INBOX" for name, folder in counts)
    # the waiting draft: Drafts unchanged since the last check (one STATUS says so): no SEARCH
    assert second.get(("find_headers", "Drafts"), 0) == 0
    assert third.get(("find_headers", "Drafts"), 0) == 0

    # the user deletes one of the other drafts: Drafts changed, the waiting draft is looked for
    # once (and found: still waiting), then the folder is quiet again
    with dovecot.client(imap_account) as c:
        c.select_folder("Drafts")
        uid = c.search(["HEADER", "Message-ID", "<d0@example.org>"])
        c.delete_messages(uid)
        c.expunge()
    counted.clear()
    assert main(["--config", cfg, "once"]) == 0
    assert counted.get(("find_headers", "Drafts")) == 1
    counted.clear()
    assert main(["--config", cfg, "once"]) == 0
    assert counted.get(("find_headers", "Drafts"), 0) == 0
    assert main(["--config", cfg, "ledger"]) == 0
    assert "draft waiting" in capsys.readouterr().out
