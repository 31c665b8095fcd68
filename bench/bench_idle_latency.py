"""How fast does a rejection become a draft under `nottoday run`? Prints figures; asserts nothing.

Starts a private Dovecot (tests/dovecot.py, needs root like the tests), a user, and
`python -m agent run`, then measures:
- IDLE latency: APPEND of a rejection to INBOX -> the draft is visible in Drafts (N rounds);
- recovery: Dovecot restarted -> a rejection appended right after is drafted (includes backoff);
- stop: SIGTERM -> exit.

    .venv/bin/python bench/bench_idle_latency.py [--rounds 20]
"""
from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.dovecot import Dovecot  # noqa: E402
from tests.mailfactory import rejection  # noqa: E402
from tests.test_daemon_imap import account_toml, write_config  # noqa: E402


def wait_log(path: Path, text: str, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if text in path.read_text(errors="replace"):
            return
        time.sleep(0.02)
    raise SystemExit(f"{text!r} not in the log after {timeout} s:\n{path.read_text()[-2000:]}")


def drafts_count(client) -> int:
    return int(client.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"])


def time_to_draft(dovecot, user, watch_client, timeout: float = 60) -> float:
    """Append one rejection; seconds until Drafts holds one more message."""
    before = drafts_count(watch_client)
    started = time.monotonic()
    dovecot.append(user, "INBOX", rejection(message_id=f"<bench-{uuid.uuid4().hex}@northwind.example>"))
    while drafts_count(watch_client) <= before:
        if time.monotonic() - started > timeout:
            raise SystemExit("no draft within the timeout")
        time.sleep(0.005)
    return time.monotonic() - started


def figures(name: str, values: list[float]) -> None:
    v = sorted(values)
    p90 = v[min(len(v) - 1, int(round(0.9 * (len(v) - 1))))]
    print(f"{name}: n={len(v)} min={v[0]*1000:.0f} ms median={statistics.median(v)*1000:.0f} ms "
          f"p90={p90*1000:.0f} ms max={v[-1]*1000:.0f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    dovecot = Dovecot()
    proc = None
    try:
        dovecot.start()
        user = dovecot.add_user()
        tmp = Path(tempfile.mkdtemp(prefix="nottoday-bench-"))
        cfg = write_config(tmp, account_toml("bench", user, tmp), interval=3600)
        log = tmp / "run.log"
        t0 = time.monotonic()
        env = {k: v for k, v in os.environ.items() if k != "JOURNAL_STREAM"}
        proc = subprocess.Popen([sys.executable, "-m", "agent", "--config", str(cfg), "-v", "run"],
                                stdout=open(log, "wb"), stderr=subprocess.STDOUT, cwd=REPO, env=env)
        wait_log(log, "watching INBOX")
        wait_log(log, "pass 1 done")
        print(f"startup: run -> IDLE watching and first pass done in {time.monotonic() - t0:.2f} s")
        with dovecot.client(user) as watch:
            lat = [time_to_draft(dovecot, user, watch) for _ in range(args.rounds)]
        figures("IDLE latency (APPEND -> draft visible)", lat)

        rec = []
        for _ in range(3):
            dovecot.stop()
            time.sleep(1.0)
            dovecot.start()
            t = time.monotonic()
            with dovecot.client(user) as watch:
                time_to_draft(dovecot, user, watch, timeout=400)
            rec.append(time.monotonic() - t)
        figures("after a server restart (start -> next rejection drafted, incl. backoff)", rec)

        t = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(30)
        print(f"SIGTERM -> exit {rc} in {time.monotonic() - t:.2f} s")
        proc = None
    finally:
        if proc is not None:
            proc.kill()
        dovecot.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
