"""`nottoday once` over a Dovecot INBOX where real rejections sit among a few hundred fuzz messages.

Issue 10: one hostile message stopped every pass at it, forever. Here every real rejection
must get exactly one draft whatever surrounds it, the pass must finish, and every message in
the INBOX must be recorded (handled, failed or malformed): a second pass has nothing to do.
"""
from __future__ import annotations

import collections
import csv
import email
import email.policy
import json
from pathlib import Path

import pytest

from agent.cli import main
from tests.fuzz.generate import FAMILIES, generate

pytestmark = pytest.mark.dovecot

LABELLED = Path(__file__).resolve().parent / "heldout2"   # not a fuzz seed (tests/fuzz/generate.py)
PER_FAMILY = 24                                           # ~300 fuzz messages
REAL = 10


def real_rejections() -> list[tuple[str, bytes]]:
    """(Message-ID, raw) of labelled rejections that have a follow-up address."""
    out = []
    with open(LABELLED / "labels.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["label"] != "rejection" or not row["reply_to"]:
                continue
            raw = (LABELLED / row["file"]).read_bytes()
            mid = email.message_from_bytes(raw, policy=email.policy.compat32)["Message-ID"]
            if mid:
                out.append((mid.strip(), raw))
    return out


def fuzz_sample() -> list[bytes]:
    """PER_FAMILY messages of every family, spread over each family's variants."""
    by_family: dict[str, list[bytes]] = collections.defaultdict(list)
    for m in generate():
        by_family[m.family].append(m.raw)
    out = []
    for family in FAMILIES:
        msgs = by_family[family]
        step = max(1, len(msgs) // PER_FAMILY)
        out += msgs[::step][:PER_FAMILY]
    return out


def test_every_real_rejection_is_drafted_among_hostile_mail(dovecot, imap_account, config_for, capsys):
    from classifiers import Classifier, DetectionSettings, parse_message
    from drafts import Composer, Identity

    identity = Identity(name="Sam Taylor", email="sam.taylor@example.org", aliases=(), signature="Sam")
    clf, composer = Classifier(DetectionSettings(), identity.owner()), Composer(identity)
    # the real rejections the pipeline drafts on their own (the point here is their neighbours)
    real = [(mid, raw) for mid, raw in real_rejections()
            if composer.compose(parse_message(raw), clf.classify(parse_message(raw))) is not None][:REAL]
    assert len(real) == REAL

    fuzz = fuzz_sample()
    assert len(fuzz) >= 250
    # the real rejections spread among the fuzz messages, one every len(fuzz) / REAL
    mailbox = [(False, raw) for raw in fuzz]
    for k, (_, raw) in enumerate(real):
        mailbox.insert((k + 1) * len(mailbox) // (REAL + 1), (True, raw))
    appended, refused = 0, 0
    with dovecot.client(imap_account) as c:     # one connection: ~2 ms a message
        for is_real, raw in mailbox:
            try:
                c.append("INBOX", raw)
                appended += not is_real
            except Exception:
                if is_real:
                    raise
                refused += 1                    # the server may refuse some shapes
    inbox = dovecot.folder_status(imap_account, "INBOX")["MESSAGES"]
    assert appended >= 200 and inbox == appended + REAL

    cfg = config_for(imap_account, lookback_days=36500)
    code = main(["--config", str(cfg), "once"])
    out = capsys.readouterr()
    assert code in (0, 1), out.err[-2000:]

    sources = collections.Counter()
    for d in dovecot.messages(imap_account, "Drafts"):
        draft = email.message_from_bytes(d.raw, policy=email.policy.default)
        sources[str(draft["In-Reply-To"] or "").strip()] += 1   # the rejection it answers
    missing = [mid for mid, _ in real if sources[mid] != 1]
    assert missing == [], (missing, out.out[-3000:], out.err[-3000:])

    # every message was recorded (handled, failed or malformed): a second pass finds nothing
    # new to do and writes nothing
    assert main(["--config", str(cfg), "once"]) in (0, 1)
    capsys.readouterr()
    assert main(["--config", str(cfg), "status", "--json"]) == 0
    (account,) = json.loads(capsys.readouterr().out)["accounts"]
    assert account["last_pass"]["new_messages"] == 0 and account["last_pass"]["drafts"] == 0, account
    assert len(dovecot.messages(imap_account, "Drafts")) == sum(sources.values())
    with capsys.disabled():
        print(f"\nfuzz IMAP: {appended} fuzz messages appended ({refused} refused by the server) "
              f"+ {REAL} real rejections; once exit {code}; {sum(sources.values())} drafts; "
              f"{account['seen']} messages recorded; a second pass: nothing new")
