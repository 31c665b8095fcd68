"""How fast is one pass (agent.scan.run_pass) over IMAP and Maildir? Prints figures, asserts nothing.

Starts a private Dovecot (tests/dovecot.py; root, like the tests), loads N messages (every 5th a
rejection, the rest interview invites) into a fresh user's INBOX, then times:
  first pass (all N new), a no-op pass (nothing new), a pass with 1 new message,
and the same first pass over a local Maildir holding the same messages.

    .venv/bin/python bench/bench_scan.py [N]      (default N = 500)
"""
from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agent import scan  # noqa: E402
from agent.config import load_config  # noqa: E402
from agent.pipeline import Pipeline  # noqa: E402
from tests.conftest import write_config  # noqa: E402
from tests.dovecot import Dovecot  # noqa: E402
from tests.mailfactory import invite, rejection  # noqa: E402


def messages(n: int) -> list[bytes]:
    return [rejection(f"<r{i}@bench.example>", subject=f"Your application #{i}") if i % 5 == 0
            else invite(f"<i{i}@bench.example>", subject=f"Interview #{i}") for i in range(n)]


def timed(label: str, fn, n: int | None = None):
    t = time.perf_counter()
    result = fn()
    dt = time.perf_counter() - t
    per = f"  ({dt / n * 1000:.2f} ms/message)" if n else ""
    print(f"{label:<38} {dt:8.3f} s{per}")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    msgs = messages(n)
    server = Dovecot()
    try:
        server.start()
        user = server.add_user()
        with server.client(user) as c:
            for i in range(0, n, 200):
                c.multiappend("INBOX", msgs[i:i + 200])
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            config = load_config(write_config(tmp / "c.toml", account=user, state_dir=tmp / "state"))
            account = config.accounts["main"]
            pipeline = timed("build classifier + composer", lambda: Pipeline.from_config(config))
            s = timed(f"IMAP first pass, {n} new", lambda: scan.run_pass(account, config, pipeline), n)
            print(f"   -> {s.fetched} fetched, {s.rejections} rejections, {s.drafts} drafts")
            timed("IMAP pass, nothing new", lambda: scan.run_pass(account, config, pipeline))
            server.append(user, "INBOX", rejection("<late@bench.example>"))
            s = timed("IMAP pass, 1 new rejection", lambda: scan.run_pass(account, config, pipeline))
            print(f"   -> {s.drafts} draft")

            md = tmp / "Maildir"
            for d in (md, md / ".Drafts"):
                for sub in ("cur", "new", "tmp"):
                    (d / sub).mkdir(parents=True)
            for i, raw in enumerate(msgs):
                (md / "new" / f"{1700000000 + i}.M{i}.bench").write_bytes(raw)
            mconfig = replace(config, accounts={"local": replace(account, name="local", maildir=str(md))})
            macc = mconfig.accounts["local"]
            s = timed(f"Maildir first pass, {n} new", lambda: scan.run_pass(macc, mconfig, pipeline), n)
            print(f"   -> {s.fetched} fetched, {s.drafts} drafts")
            timed("Maildir pass, nothing new", lambda: scan.run_pass(macc, mconfig, pipeline))
    finally:
        server.cleanup()


if __name__ == "__main__":
    import logging

    logging.disable(logging.INFO)
    main()
