"""Proof that worker processes change nothing: one bench mailbox, a first pass in one process and
a first pass with workers (agent.workers), each on a fresh state; every record, ledger row and
draft dumped and diffed.

    .venv/bin/python bench/diff_workers.py [--n 3000]     # root, like bench_mailbox.py

The drafts of the first pass are expunged by doveadm before the second (the harness's doing,
not nottoday's); the drafts' Message-IDs and the ledger's draft-saved events hold each state's
own install key and time, so only their presence is compared (in the ledger's thread ids too).
"""
from __future__ import annotations

import argparse
import email
import email.policy
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_mailbox as bm  # noqa: E402
from agent import scan, workers  # noqa: E402
from agent.config import load_config  # noqa: E402
from agent.pipeline import Pipeline  # noqa: E402
from tests.conftest import write_config  # noqa: E402
from tests.dovecot import Dovecot  # noqa: E402


def dump(state_dir: Path, dovecot: Dovecot, user) -> list[str]:
    db = sqlite3.connect(state_dir / "state.sqlite3")
    out = []
    for table, cols in (("messages", "key, folder, ref, verdict, score, drafted, reason, subject, fingerprint, outcome"),
                        ("drafts", "source_key, to_addr, subject, folder"),
                        ("relationships", "source_key, origin, company, contact_name, contact_first, contact_addr, "
                                          "domain, role, stage, language, subject, date, folder, ref, message_id, "
                                          "draft_message_id IS NOT NULL, no_draft"),
                        ("relationship_ids", "account, CASE WHEN message_id IN (SELECT draft_message_id FROM "
                                             "relationships) THEN 'a draft' ELSE message_id END, relationship"),
                        ("folders", "account, folder, uidvalidity, highest_uid")):
        out += [f"{table}: {row!r}" for row in db.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2, 3")]
    out += [f"events: {row!r}" for row in db.execute(
        "SELECT r.source_key, e.kind, CASE e.kind WHEN 'draft-saved' THEN '' ELSE e.message_id END, "
        "CASE e.kind WHEN 'draft-saved' THEN NULL ELSE e.at END, e.detail FROM relationship_events e "
        "JOIN relationships r ON r.id = e.relationship ORDER BY 1, 2, 3")]
    db.close()
    for m in dovecot.messages(user, "Drafts"):
        msg = email.message_from_bytes(m.raw, policy=email.policy.default)
        out.append("draft: " + repr([(k, str(v)) for k, v in msg.items() if k not in ("Date", "Message-ID")])
                   + repr(msg.get_body(("plain",)).get_content()))
    return sorted(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000)
    args = ap.parse_args()
    import logging
    logging.disable(logging.WARNING)
    dovecot = Dovecot()
    try:
        dovecot.start()
        box = bm.load(dovecot, args.n)
        cfg = write_config(box.tmp / "c.toml", account=dovecot.add_user(), state_dir="/nonexistent")
        pipeline = Pipeline.from_config(load_config(cfg))
        bm.warm_up(pipeline)
        dumps = {}
        for label, n_workers in (("one process", "0"), ("workers", "")):
            if n_workers:
                os.environ[workers.ENV] = n_workers
            else:
                os.environ.pop(workers.ENV, None)
            state = box.tmp / label.replace(" ", "-")
            path = write_config(box.tmp / f"{state.name}.toml", account=box.user, state_dir=state, lookback_days=30)
            config = load_config(path)
            made = []
            real = workers.Pool.__init__

            def spying(self, work, size, _real=real):
                _real(self, work, size)
                made.append(size)
            workers.Pool.__init__ = spying
            try:
                s = scan.run_pass(config.accounts["main"], config, pipeline)
            finally:
                workers.Pool.__init__ = real
            print(f"{label}: {s.fetched} messages, {s.rejections} rejections, {s.drafts} drafts, "
                  f"{s.skipped} skipped; worker pools: {made}", flush=True)
            dumps[label] = dump(state, dovecot, box.user)
            subprocess.run(["doveadm", "-c", str(dovecot.conf), "expunge", "-u", box.user.username,
                            "mailbox", "Drafts", "all"], check=True)
        a, b = dumps["one process"], dumps["workers"]
        print(f"{len(a)} lines dumped each; identical: {a == b}")
        if a != b:
            import difflib
            sys.stdout.writelines(difflib.unified_diff([x + "\n" for x in a], [x + "\n" for x in b], n=0))
            return 1
        shutil.rmtree(box.tmp, ignore_errors=True)
        return 0
    finally:
        dovecot.cleanup()


if __name__ == "__main__":
    sys.exit(main())
