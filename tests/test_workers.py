"""Issue 16: a long pass decides its messages in forked worker processes (agent.workers) — with
the same outcome as in one process: the same drafts, the same records, the same ledger; a
worker that dies loses and duplicates nothing; no worker outlives the pass or its parent."""
from __future__ import annotations

import email
import email.policy
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from agent import workers
from agent.cli import main
from agent.pipeline import Pipeline
from tests.mailfactory import invite, make_message, rejection, resend

ROOT = Path(__file__).resolve().parent.parent
EMPLOYERS = ("northwind", "contoso", "fabrikam", "tailspin", "wingtip")


def _square(x):
    if x == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if x == "raise":
        raise ValueError("hostile")
    return x * x


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with open(f"/proc/{pid}/stat") as fh:   # a zombie is gone too (its parent has not reaped it)
        return fh.read().rsplit(")", 1)[1].split()[0] == "Z"


def _wait_gone(pids, limit: float = 60.0) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if all(_gone(p) for p in pids):
            return True
        time.sleep(0.05)
    return all(_gone(p) for p in pids)


# --- the pool on its own --------------------------------------------------------------------

def test_results_come_back_in_order_and_every_worker_is_reaped(monkeypatch):
    monkeypatch.setattr(workers, "CHUNK", 3)
    with workers.Pool(_square, 2) as pool:
        pids = pool.pids
        got = list(pool.map(range(200)))
    assert got == [(i, i * i) for i in range(200)]
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)   # reaped by close: no zombie, no orphan


def test_a_worker_that_dies_loses_nothing(monkeypatch, caplog):
    """Its chunks come back as None (the caller decides them itself); the others are answered."""
    monkeypatch.setattr(workers, "CHUNK", 4)
    items = list(range(40)) + ["die"] + list(range(40, 80))
    with workers.Pool(_square, 2) as pool:
        got = list(pool.map(items))
    assert [i for i, _r in got] == items                          # each once, in order
    assert all(r == i * i for i, r in got if r is not None and i != "die")
    assert dict(got)["die"] is None
    assert any(r is not None for _i, r in got)
    assert "detection worker" in caplog.text and "signal 9" in caplog.text


def _echo(x):
    return x


def test_large_chunks_both_ways_do_not_block_each_other(monkeypatch):
    """Chunks and results far larger than a pipe's buffer: the parent sending the next chunk
    while a worker sends its last results must not wait on each other."""
    monkeypatch.setattr(workers, "CHUNK", 4)
    items = [bytes([i]) * 2**20 for i in range(40)]
    with workers.Pool(_echo, 2) as pool:
        got = list(pool.map(items))
    assert [r for _i, r in got] == items


def test_an_item_that_raises_is_left_to_the_caller():
    with workers.Pool(_square, 1) as pool:
        got = list(pool.map([2, "raise", 3]))
    assert got == [(2, 4), ("raise", None), (3, 9)]


def test_no_pool_while_another_thread_runs(monkeypatch):
    monkeypatch.setenv(workers.ENV, "2")
    assert workers.wanted(workers.MIN_MESSAGES) == 2
    assert workers.wanted(workers.MIN_MESSAGES - 1) == 0    # a small batch: in process
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, name="someone-else")
    t.start()
    try:
        assert not workers.fork_is_safe()
        assert workers.wanted(10 * workers.MIN_MESSAGES) == 0
    finally:
        stop.set()
        t.join()
    monkeypatch.setenv(workers.ENV, "0")
    assert workers.wanted(10 * workers.MIN_MESSAGES) == 0


@pytest.mark.parametrize("cpus, load, expected", [
    (2, 0.6, 1),     # a quiet 2-core machine, this process running: one worker
    (2, 2.0, 0),     # another job on the other core: none
    (2, 4.5, 0),
    (8, 1.0, 4),     # capped
    (8, 5.0, 3),
    (1, 0.0, 0),
])
def test_workers_only_for_idle_cpus(monkeypatch, cpus, load, expected):
    monkeypatch.delenv(workers.ENV, raising=False)
    monkeypatch.setattr(workers, "_cpus", lambda: cpus)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    assert workers.wanted(workers.MIN_MESSAGES) == expected


def test_workers_die_with_a_killed_parent(tmp_path):
    """kill -9 of the process that made the pool, mid-map: its workers end too (no orphans)."""
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from agent import workers
        def slow(x):
            time.sleep(0.05)
            return x
        pool = workers.Pool(slow, 2)
        print(*pool.pids, flush=True)
        for _ in pool.map(range(10**6)):
            pass
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in proc.stdout.readline().split()]
        assert len(pids) == 2 and not any(_gone(p) for p in pids)
    finally:
        proc.kill()
        proc.wait()
    assert _wait_gone(pids)


# --- a pass against Dovecot, with and without workers ---------------------------------------

def _mailbox(dovecot, *accounts) -> None:
    """The same messages into each account: rejections from several employers among newsletters,
    an invitation, a copy of one rejection, a re-send under another's Message-ID, one malformed
    message."""
    raws = []
    for i in range(60):
        if i % 12 == 5:
            e = EMPLOYERS[(i // 12) % len(EMPLOYERS)]
            raw = rejection(f"<rej-{e}@{e}.example>", subject=f"Your application at {e.title()}",
                            sender=f"Maria Lopez <maria.lopez@{e}.example>")
        elif i == 20:
            raw = invite()
        elif i == 31:
            raw = rejection("<rej-northwind@northwind.example>", subject="Your application at Northwind",
                            sender="Maria Lopez <maria.lopez@northwind.example>")   # a copy
        elif i == 40:
            raw = resend("<rej-contoso@contoso.example>")
        elif i == 47:
            raw = b"garbage without any header at all\r\n"
        else:
            raw = make_message(subject=f"Newsletter {i}", body=f"Hello there, issue {i}\n",
                               sender="News <news@elsewhere.example>", message_id=f"<n{i}@elsewhere.example>")
        raws.append(raw)
    for account in accounts:
        with dovecot.client(account) as c:
            for raw in raws:
                c.append("INBOX", raw)


def _records(state_dir: Path) -> dict:
    db = sqlite3.connect(state_dir / "state.sqlite3")
    try:
        return {
            "messages": db.execute("SELECT key, folder, ref, verdict, score, drafted, reason, subject, "
                                   "fingerprint, outcome FROM messages ORDER BY key").fetchall(),
            "drafts": db.execute("SELECT source_key, to_addr, subject, folder FROM drafts "
                                 "ORDER BY source_key").fetchall(),
            "relationships": db.execute("SELECT source_key, origin, company, contact_name, contact_addr, domain, "
                                        "role, stage, language, subject, date, folder, ref, message_id, "
                                        "draft_message_id IS NOT NULL, no_draft FROM relationships ORDER BY id").fetchall(),
            # a draft's Message-ID (and when it was saved) is the install's own: only its presence
            "events": db.execute("SELECT r.source_key, e.kind, CASE e.kind WHEN 'draft-saved' THEN '' "
                                 "ELSE e.message_id END, CASE e.kind WHEN 'draft-saved' THEN NULL ELSE e.at "
                                 "END, e.detail FROM relationship_events e JOIN relationships r ON "
                                 "r.id = e.relationship ORDER BY 1, 2, 3").fetchall(),
        }
    finally:
        db.close()


def _drafts(dovecot, account) -> list[tuple]:
    out = []
    for m in dovecot.messages(account, "Drafts"):
        msg = email.message_from_bytes(m.raw, policy=email.policy.default)
        out.append((str(msg["In-Reply-To"]), str(msg["To"]), str(msg["Subject"]),
                    msg.get_body(("plain",)).get_content()))
    return sorted(out)


def _pass(tmp_path, dovecot, account, name: str, monkeypatch, n_workers: str) -> Path:
    """A `once` on a state of its own (its install key, so the drafts' Message-IDs differ)."""
    from tests.conftest import write_config
    state = tmp_path / name
    cfg = write_config(tmp_path / f"{name}.toml", account=account, state_dir=state)
    monkeypatch.setenv(workers.ENV, n_workers)
    assert main(["--config", str(cfg), "once"]) == 0
    return state


@pytest.mark.dovecot
def test_a_pass_with_workers_drafts_and_records_what_one_process_does(dovecot, tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "MIN_MESSAGES", 10)
    monkeypatch.setattr(workers, "CHUNK", 4)
    made: list = []
    real = workers.Pool.__init__

    def spying(self, work, size):
        real(self, work, size)
        made.append(size)
    monkeypatch.setattr(workers.Pool, "__init__", spying)
    alone, pooled = dovecot.add_user(), dovecot.add_user()
    _mailbox(dovecot, alone, pooled)

    s_alone = _pass(tmp_path, dovecot, alone, "alone", monkeypatch, "0")
    assert made == []
    s_pooled = _pass(tmp_path, dovecot, pooled, "pooled", monkeypatch, "2")
    assert made == [2]                                 # INBOX's 60 messages went through the pool

    drafts = _drafts(dovecot, pooled)
    assert len(drafts) == len(EMPLOYERS) + 1           # the re-send reuses an id: its own message
    assert drafts == _drafts(dovecot, alone)
    records = _records(s_pooled)
    assert any(r[3] == "malformed" for r in records["messages"])
    assert records == _records(s_alone)

    # a later pass: Maria answers the owner's draft (a reply to their own mail is classified with
    # that context: decided in the main process), among newsletters
    same = make_message(subject="Re: Your application at Northwind", body="Thanks Sam, will do.\n",
                        sender="Maria Lopez <maria.lopez@northwind.example>", message_id="<re-1@northwind.example>")
    digests = [make_message(subject=f"Digest {i}", body="Hi\n", sender="d@x.example", message_id=f"<d{i}@x.example>")
               for i in range(20)]
    for account in (alone, pooled):   # one message (one Date), each answering its account's draft
        draft_id = next(str(email.message_from_bytes(m.raw)["Message-ID"]) for m in dovecot.messages(account, "Drafts")
                        if "northwind" in str(email.message_from_bytes(m.raw)["To"]))
        reply = same.replace(b"\nSubject:", f"\nIn-Reply-To: {draft_id}\nSubject:".encode(), 1)
        dovecot.append(account, "INBOX", reply)
        for digest in digests:
            dovecot.append(account, "INBOX", digest)
    for state, account, n in ((s_alone, alone, "0"), (s_pooled, pooled, "2")):
        monkeypatch.setenv(workers.ENV, n)
        assert main(["--config", str(state.parent / f"{state.name}.toml"), "once"]) == 0
        if n == "0":   # with workers, what `decide` does in process: the reply to the owner's draft
            in_process: list[bytes] = []
            real_decide = Pipeline.decide
            monkeypatch.setattr(Pipeline, "decide", lambda self, raw, *a, **k: (in_process.append(raw),
                                                                                 real_decide(self, raw, *a, **k))[1])
    assert made == [2, 2]
    assert len(in_process) == 1 and b"<re-1@northwind.example>" in in_process[0]
    records = _records(s_pooled)
    assert any(e[1] == "company-replied" for e in records["events"]), records["events"]
    assert records == _records(s_alone)
    assert _drafts(dovecot, pooled) == _drafts(dovecot, alone)


@pytest.mark.dovecot
def test_a_worker_killed_by_a_message_loses_and_duplicates_nothing(dovecot, tmp_path, monkeypatch, capsys):
    """A message that kills the worker examining it: the worker's chunks are decided in the main
    process; every message is recorded once and every rejection gets its one draft."""
    monkeypatch.setattr(workers, "MIN_MESSAGES", 10)
    monkeypatch.setattr(workers, "CHUNK", 4)
    parent = os.getpid()
    real = Pipeline.examine

    def deadly(self, raw):
        if os.getpid() != parent and b"Newsletter" in raw:   # the worker's first chunk has one
            os.kill(os.getpid(), signal.SIGKILL)
        return real(self, raw)
    monkeypatch.setattr(Pipeline, "examine", deadly)
    alone, pooled = dovecot.add_user(), dovecot.add_user()
    _mailbox(dovecot, alone, pooled)
    s_alone = _pass(tmp_path, dovecot, alone, "alone", monkeypatch, "0")
    capsys.readouterr()
    s_pooled = _pass(tmp_path, dovecot, pooled, "pooled", monkeypatch, "1")

    said = [line for line in capsys.readouterr().err.splitlines() if "detection worker" in line]
    assert len(said) == 1 and "signal 9" in said[0], said
    assert _drafts(dovecot, pooled) == _drafts(dovecot, alone)
    assert _records(s_pooled) == _records(s_alone)
    assert len(_records(s_pooled)["messages"]) == 59   # 60 messages, one a copy of another


@pytest.mark.dovecot
def test_kill_9_mid_pass_with_workers_leaves_no_worker_and_drafts_nothing_twice(dovecot, imap_account,
                                                                               config_for, tmp_path):
    """The daemon's process killed right after its first APPEND, its workers busy: they end with
    it, and the next pass drafts the other rejections once and the first not again."""
    _mailbox(dovecot, imap_account)
    cfg = config_for(imap_account)
    pids = tmp_path / "pids"
    script = textwrap.dedent(f"""
        import os, signal
        from agent import workers
        from agent.state import State
        workers.MIN_MESSAGES = 10
        workers.CHUNK = 2
        real = workers.Pool.__init__
        def spying(self, work, size):
            real(self, work, size)
            open({str(pids)!r}, "w").write(" ".join(map(str, self.pids)))
        workers.Pool.__init__ = spying
        def crash(self, *a, **k):
            if k.get("drafted") or (len(a) > 5 and a[5]):
                os.kill(os.getpid(), signal.SIGKILL)
            return real_record(self, *a, **k)
        real_record = State.record_message
        State.record_message = crash
        from agent.cli import main
        main(["--config", {str(cfg)!r}, "once"])
    """)
    env = dict(os.environ, **{workers.ENV: "2"})
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=300, env=env)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    worker_pids = [int(p) for p in pids.read_text().split()]
    assert len(worker_pids) == 2
    assert _wait_gone(worker_pids)
    first = _drafts(dovecot, imap_account)
    assert len(first) == 1

    assert main(["--config", str(cfg), "once"]) == 0
    after = _drafts(dovecot, imap_account)
    assert len(after) == len(EMPLOYERS) + 1 and first[0] in after
    assert len({(d[0], d[2]) for d in after}) == len(after)   # none twice
    assert {f"<rej-{e}@{e}.example>" for e in EMPLOYERS} <= {d[0] for d in after}
