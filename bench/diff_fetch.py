"""Proof that a change to the fetch path changes nothing detection sees: one bench mailbox (mail
dated from a fixed --now, so two runs write the same mailbox), every message fetched by
ImapStore.fetch (with and without the read-ahead session), each Fetched (UID, bytes, reason,
flags) dumped as a line with the SHA-256 of its bytes; then a first pass (agent.scan.run_pass) on
a fresh state and every record, ledger row and draft dumped as bench/diff_workers.py does.

    .venv/bin/python bench/diff_fetch.py --now 1796601600 --out /tmp/before.txt   # in tree A
    .venv/bin/python bench/diff_fetch.py --now 1796601600 --out /tmp/after.txt    # in tree B
    diff /tmp/before.txt /tmp/after.txt          # root, like bench_mailbox.py

Also prints the bytes each fetch and the pass downloaded (bench/wireproxy.py).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_mailbox as bm  # noqa: E402
import diff_workers  # noqa: E402
import mailgen  # noqa: E402
from wireproxy import ProxyProcess  # noqa: E402

from agent import scan  # noqa: E402
from agent.config import load_config  # noqa: E402
from agent.pipeline import Pipeline  # noqa: E402
from agent.stores import imap  # noqa: E402
from tests.conftest import write_config  # noqa: E402
from tests.dovecot import Dovecot  # noqa: E402


class _FixedTime:
    """mailgen's clock stopped at --now (its other uses of `time` pass through)."""

    def __init__(self, now: float) -> None:
        self._now = now

    def time(self) -> float:
        return self._now

    def __getattr__(self, name):
        return getattr(time, name)


def fetched_lines(store, uids: list[int], label: str) -> list[str]:
    out = []
    for f in store.fetch("INBOX", uids):
        digest = hashlib.sha256(f.raw).hexdigest()[:32] if f.raw is not None else "-"
        flags = ",".join(sorted(f.flags)) if getattr(f, "flags", None) else ""
        out.append(f"{label} {f.ref} {digest} {len(f.raw or b'')} {f.error!r} {getattr(f, 'transient', None)} {flags}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--now", type=float, required=True, help="the mailbox's clock (epoch seconds)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-pass", action="store_true", help="dump the fetches only")
    args = ap.parse_args()
    import logging
    logging.disable(logging.WARNING)
    mailgen.time = _FixedTime(args.now)
    dovecot = Dovecot()
    lines: list[str] = []
    try:
        dovecot.start()
        box = bm.load(dovecot, args.n)
        with ProxyProcess(dovecot.host, dovecot.port) as proxy:
            config = load_config(write_config(box.tmp / "f.toml", account=box.user, state_dir=box.tmp / "f",
                                              port=proxy.port, lookback_days=30))
            with dovecot.client(box.user) as c:
                c.select_folder("INBOX", readonly=True)
                uids = sorted(c.search(["ALL"]))
            for label, ahead in (("single", False), ("ahead", True)):
                store = imap.ImapStore(config.accounts["main"])
                store.open()
                store.uidvalidity("INBOX")
                store.list_messages("INBOX", 0, None)
                if not ahead:
                    store._second_session = lambda folder: None
                proxy.reset()
                lines += fetched_lines(store, uids, label)
                store.close()
                print(f"{label}: {len(uids)} messages fetched, {proxy.reset()[0]:,} B down", flush=True)
            if not args.no_pass:
                cfg = write_config(box.tmp / "c.toml", account=dovecot.add_user(), state_dir="/nonexistent")
                pipeline = Pipeline.from_config(load_config(cfg))
                bm.warm_up(pipeline)
                path = write_config(box.tmp / "p.toml", account=box.user, state_dir=box.tmp / "p",
                                    port=proxy.port, lookback_days=30)
                config = load_config(path)
                proxy.reset()
                s = scan.run_pass(config.accounts["main"], config, pipeline)
                print(f"pass: {s.fetched} messages, {s.rejections} rejections, {s.drafts} drafts, "
                      f"{s.skipped} skipped, {proxy.reset()[0]:,} B down", flush=True)
                lines += diff_workers.dump(box.tmp / "p", dovecot, box.user)
    finally:
        dovecot.cleanup()
    Path(args.out).write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} lines -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
