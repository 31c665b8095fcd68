"""Issue 16: a first pass asks Drafts and Sent about rejections in windows of rejections, not of
messages — against Dovecot. Each window sends the connection to Drafts and Sent and back to the
folder, and Dovecot's EXAMINE (and the first FETCH after it) costs the more the bigger the
folder: windows of a fixed number of messages made a first pass grow with the square of the
mailbox. Here 3 rejections spread over 700 messages are asked about at once, and every one of
them still gets its draft."""
from __future__ import annotations

import collections

import pytest

from agent.cli import main
from agent.pipeline import DraftBox
from agent.stores.imap import ImapStore
from tests.mailfactory import make_message, rejection

EMPLOYERS = ("northwind", "contoso", "fabrikam")


@pytest.fixture
def counted(monkeypatch):
    """EXAMINEs and windows asked about (DraftBox.prepare), by (method, folder); EXAMINEs also by
    ("session", id of the ImapStore, folder): a first pass's read-ahead session has its own."""
    calls: collections.Counter = collections.Counter()
    for cls, name in ((ImapStore, "_examine"), (DraftBox, "prepare")):
        real = getattr(cls, name)

        def counting(self, folder, *args, _real=real, _name=name, **kw):
            calls[(_name, folder)] += 1
            if _name == "_examine":
                calls[("session", id(self), folder)] += 1
            return _real(self, folder, *args, **kw)
        monkeypatch.setattr(cls, name, counting)
    return calls


@pytest.mark.dovecot
def test_rejections_far_apart_are_asked_about_in_one_window(dovecot, imap_account, config_for, counted):
    at = {0: 0, 350: 1, 699: 2}    # message number -> employer: one rejection per old window of 250
    with dovecot.client(imap_account) as c:
        for i in range(700):
            if i in at:
                e = EMPLOYERS[at[i]]
                raw = rejection(f"<rej-{e}@{e}.example>", subject=f"Your application at {e.title()}",
                                sender=f"Maria Lopez <maria.lopez@{e}.example>")
            else:
                raw = make_message(subject=f"Newsletter {i}", body="Hello there\n",
                                   sender="News <news@elsewhere.example>", message_id=f"<n{i}@elsewhere.example>")
            c.append("INBOX", raw)
    cfg = str(config_for(imap_account))

    assert main(["--config", cfg, "once"]) == 0

    with dovecot.client(imap_account) as c:
        c.select_folder("Drafts", readonly=True)
        drafts = c.search("ALL")      # a new account: only our drafts
    assert len(drafts) == 3
    examined = max(v for k, v in counted.items() if k[0] == "session" and k[2] == "INBOX")
    assert counted[("prepare", "INBOX")] == 1, dict(counted)   # one window for all three
    assert examined <= 2, dict(counted)     # per session INBOX once, and once after the window at most
