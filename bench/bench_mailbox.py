"""nottoday at mailbox scale, each figure printed beside its limit measured in the same run.

    .venv/bin/python bench/bench_mailbox.py                      # 10,000 and 100,000 messages
    .venv/bin/python bench/bench_mailbox.py --sizes 2000 --arrivals 10 --idle-seconds 10   # quick

Starts a private Dovecot (tests/dovecot.py; root, like the tests) and bulk-loads one mailbox per
size (bench/mailgen.py: plain, HTML, multipart with attachments up to 3 MB, 1 % rejections in
several languages; Maildir files written directly, then one doveadm sync and one read-write
SELECT, see used(); the mail store in /dev/shm when it fits, see mail_in_ram). nottoday talks to the
server through a counting proxy (bench/wireproxy.py, in a process of its own: agent.workers
forks only from a process without other threads). Measured:
- first pass (agent.scan.run_pass, classifier built beforehand) vs a bare imaplib loop fetching
  BODY.PEEK[] of the same messages through the same proxy; with the pass's CPU time (this
  process, its detection workers — agent.workers — and the proxy's process) and the load
  average before and after it: on a shared machine the wall time is that CPU spread over the
  cores plus the wait for a core;
- bytes downloaded by that pass vs the messages' headers + text parts, and where they went: the
  bytes down per kind of command (bench/wireproxy.py's breakdown; framing = bytes - literals);
- a pass with nothing new on the largest vs the smallest mailbox (ms and bytes) vs a bare
  connect + LOGIN + EXAMINE + UID SEARCH on the same two (check-ins on; the sizes interleaved,
  POLLS rounds, medians);
- IDLE arrival-to-draft latency under `nottoday run` (median, p95), on the smallest mailbox;
- classifier vs bare tokenizer (bench/bench_classify.py);
- the daemon's RSS after all that and its CPU over N idle seconds.
`--profile` prints where the first pass of the smallest size spends its time (cProfile).
Results go to bench/RESULTS.md (dated, with machine and versions) unless --no-write.
"""
from __future__ import annotations

import argparse
import cProfile
import imaplib
import io
import os
import platform
import pstats
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from mailgen import Loaded, write_maildir  # noqa: E402
from wireproxy import ProxyProcess  # noqa: E402

from agent import scan  # noqa: E402
from agent.config import load_config  # noqa: E402
from agent.pipeline import Pipeline  # noqa: E402
from tests.conftest import write_config  # noqa: E402
from tests.dovecot import Dovecot, ImapUser  # noqa: E402
from tests.mailfactory import rejection  # noqa: E402

RESULTS = REPO / "bench" / "RESULTS.md"
POLLS = 15         # idle polls per mailbox, interleaved across the sizes (median kept)


@dataclass
class Row:
    measure: str
    ours: str
    limit: str
    target: str
    ok: bool | None = None


@dataclass
class Mailbox:
    n: int
    user: ImapUser
    loaded: Loaded
    load_s: float
    tmp: Path
    config: object = None
    first_s: float = 0.0
    first_down: int = 0
    bare_s: float = 0.0
    bare_down: int = 0
    poll_ms: float = 0.0
    poll_down: int = 0
    bare_poll_ms: float = 0.0
    bare_poll_down: int = 0
    profile: str = ""
    extra: dict = field(default_factory=dict)


def warm_up(pipeline) -> None:
    """Every language's spaCy pipeline and matchers are built on first use, and so are drafting's
    tables (drafts/offers.toml's ~160 cue regexes, the vocabularies: ~0.3 s): build them now, so
    the first pass measures a pass, not process start-up. Drafting is warmed on the demo's
    rejections (agent/demo), none of which is in the bench mailbox: nothing drafting remembers
    per name or domain is primed for the pass."""
    from classifiers import parse_message
    from drafts import extract_details
    from mailgen import corpus_templates

    pipeline.classifier.classify_many([parse_message(t.raw) for t in corpus_templates()])
    composer = pipeline.composer
    for path in sorted((REPO / "agent" / "demo").glob("*.eml")):
        msg = parse_message(path.read_bytes())
        verdict = pipeline.classifier.classify(msg)
        if verdict.rejection:
            composer.compose(msg, verdict, extract_details(msg, composer.identity))


BYTES_PER_MESSAGE = 56_000   # what mailgen writes, on average (attachments included)
RAM_MARGIN = 4 * 2**30        # left free for everything else when the mail is kept in RAM


def mail_in_ram(dovecot: Dovecot, sizes: list[int], on_disk: bool) -> Path | None:
    """Put the server's mail store in /dev/shm when it fits with room to spare: creating 100,000
    files on this machine's disk takes minutes (0.75 ms a file), in tmpfs seconds. What is
    measured is nottoday against the server either way; the server reads from memory in both
    (the page cache holds a freshly written mailbox). Returns the directory to remove, or None."""
    need = sum(sizes) * BYTES_PER_MESSAGE
    available = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            available = int(line.split()[1]) * 1024
    shm = Path("/dev/shm")
    if on_disk or not shm.is_dir() or available < need + RAM_MARGIN:
        print(f"mail store on disk ({dovecot.mail_root})")
        return None
    ram = Path(tempfile.mkdtemp(prefix="nottoday-bench-mail-", dir=shm))
    os.chown(ram, *(lambda st: (st.st_uid, st.st_gid))(dovecot.mail_root.stat()))
    ram.chmod(dovecot.mail_root.stat().st_mode & 0o7777)
    dovecot.mail_root.rmdir()
    dovecot.mail_root.symlink_to(ram)   # Dovecot chroots into it: the link resolves to the tmpfs
    print(f"mail store in RAM ({ram}, about {need / 2**30:.1f} GB; --mail-on-disk to keep it on disk)")
    return ram


def load(dovecot: Dovecot, n: int) -> Mailbox:
    t = time.perf_counter()
    user = dovecot.add_user()
    with dovecot.client(user) as c:
        c.select_folder("INBOX", readonly=True)    # creates the Maildir and the special folders
    loaded = write_maildir(user.maildir, n)
    subprocess.run(["chown", "-R", "dovecot:dovecot", str(user.maildir)], check=True)
    # Dovecot trusts a maildir directory's time stamp only once it is a few seconds old: indexed
    # at once after the bulk write, cur/ stayed "dirty" and every new session read all 100,000
    # names again (~200 ms per EXAMINE, bare or not). A mailbox is not written wholesale a second
    # before it is read: date the directories a minute back, as if the mail had settled.
    settled = time.time() - 60
    for sub in ("cur", "new"):
        os.utime(user.maildir / sub, (settled, settled))
    subprocess.run(["doveadm", "-c", str(dovecot.conf), "mailbox", "status", "-u", user.username,
                    "messages", "INBOX"], check=True, capture_output=True)
    used(dovecot, user)
    tmp = Path(tempfile.mkdtemp(prefix=f"nottoday-bench-{n}-"))
    return Mailbox(n, user, loaded, time.perf_counter() - t, tmp)


def used(dovecot: Dovecot, user: ImapUser) -> None:
    """One read-write SELECT of INBOX, as the owner's mail client (or delivery) would have made.
    Indexed by `doveadm mailbox status` alone, the bulk-loaded folder of 100,000 messages had no
    main index file (dovecot.index), only its transaction log (dovecot.index.log, 800 KB of
    appends; at 10,000 doveadm did write the index), and read-only sessions (EXAMINE, STATUS: all
    that nottoday and the bare limits send) write it only when the log rotates. Until then every
    new session replays the whole log: a bare poll took 17.7-19.7 ms at 100,000 right after
    loading, 5.8 ms after this SELECT (measured 2026-12-06). The SELECT writes dovecot.index
    (0.2 s at 100,000) and claims \\Recent; it changes no flag."""
    with dovecot.client(user) as c:
        c.select_folder("INBOX")
        c.noop()


def bare_fetch(port: int, user: ImapUser) -> float:
    """The limit: every message's BODY.PEEK[], 500 UIDs per FETCH, nothing done with it."""
    t = time.perf_counter()
    c = imaplib.IMAP4("127.0.0.1", port)
    c.login(user.username, user.password)
    c.select("INBOX", readonly=True)
    _typ, data = c.uid("SEARCH", "ALL")
    uids = [int(u) for u in data[0].split()]
    for i in range(0, len(uids), 500):
        chunk = uids[i:i + 500]
        c.uid("FETCH", f"{chunk[0]}:{chunk[-1]}", "(BODY.PEEK[])")
    c.logout()
    return time.perf_counter() - t


def bare_poll(port: int, user: ImapUser) -> float:
    """The limit of an idle poll: connect, LOGIN, EXAMINE, UID SEARCH above the last UID."""
    t = time.perf_counter()
    c = imaplib.IMAP4("127.0.0.1", port)
    c.login(user.username, user.password)
    _typ, _data = c.select("INBOX", readonly=True)
    uidnext = int(c.untagged_responses.get("UIDNEXT", [b"1"])[-1])
    c.uid("SEARCH", f"UID {uidnext}:*")
    c.logout()
    return time.perf_counter() - t


def configure(box: Mailbox, port: int | None = None):
    """nottoday's config for the box; check-ins on, so that an idle poll pays for their check too."""
    path = write_config(box.tmp / "config.toml", account=box.user, state_dir=box.tmp / "state",
                        port=port, lookback_days=30)
    path.write_text(path.read_text() + "\n[checkin]\nafter_days = 14\n")
    return load_config(path)


def first_pass(box: Mailbox, proxy: ProxyProcess, pipeline, profile: bool) -> None:
    config = configure(box, proxy.port)
    box.config = config
    account = config.accounts["main"]
    proxy.reset()
    prof = cProfile.Profile() if profile else None
    t, cpu, kids = time.perf_counter(), time.process_time(), _children_cpu()
    load = os.getloadavg()[0]
    if prof:
        prof.enable()
    summary = scan.run_pass(account, config, pipeline)
    if prof:
        prof.disable()
    box.first_s = time.perf_counter() - t
    # CPU time over the pass: this process (the pass, its read-ahead thread), its detection
    # workers (agent.workers, reaped when the pass ends) and the proxy's process: on a machine
    # shared with other jobs the wall time is this (over the cores) plus waiting for a core
    box.first_down = proxy.reset()[0]
    box.extra["kinds"] = proxy.breakdown()
    main_cpu, workers_cpu = time.process_time() - cpu, _children_cpu() - kids
    box.extra["cpu"] = main_cpu + workers_cpu + proxy.cpu
    box.extra["cpu_split"] = (main_cpu, workers_cpu, proxy.cpu)
    box.extra["load"] = (load, os.getloadavg()[0])
    box.extra["summary"] = (summary.fetched, summary.rejections, summary.drafts, summary.skipped)
    if prof:
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out)
        stats.sort_stats("cumulative").print_stats(int(os.environ.get("BENCH_PROFILE_LINES", "30")))
        stats.sort_stats("tottime").print_stats(25)     # where the time is spent itself
        box.profile = out.getvalue()
    proxy.reset()
    box.bare_s = bare_fetch(proxy.port, box.user)
    box.bare_down = proxy.reset()[0]


def wire_breakdown(box: Mailbox) -> str:
    """The first pass's bytes down per kind of command (bench/wireproxy.py), a line each:
    commands, bytes, what of it is literals (headers, parts), the rest (framing) a message."""
    kinds = box.extra.get("kinds") or {}
    lines = [f"  bytes down by command ({box.n:,} messages; framing = bytes - literals):"]
    for kind, (count, down, lit) in sorted(kinds.items(), key=lambda kv: -kv[1][1]):
        lines.append(f"    {down:>11,} B  literals {lit:>11,} B  framing {(down - lit) / box.n:6.1f} B/msg  "
                     f"{count:>6,}x  {kind[:90]}")
    total, lit = sum(v[1] for v in kinds.values()), sum(v[2] for v in kinds.values())
    lines.append(f"    {total:>11,} B  literals {lit:>11,} B  framing {(total - lit) / box.n:6.1f} B/msg  "
                 f"(limit: headers + text parts {box.loaded.text_bytes:,} B)")
    return "\n".join(lines)


def _children_cpu() -> float:
    import resource
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def idle_polls(boxes: list[Mailbox], proxy: ProxyProcess, pipeline) -> None:
    """A pass with nothing new, POLLS times per mailbox, and the bare connect + LOGIN + EXAMINE +
    UID SEARCH as often, the sizes interleaved round by round: a machine whose load changes
    during the run moves every size alike, not the last one measured."""
    times: dict[int, list[float]] = {b.n: [] for b in boxes}
    downs: dict[int, list[int]] = {b.n: [] for b in boxes}
    bare: dict[int, list[float]] = {b.n: [] for b in boxes}
    bare_downs: dict[int, list[int]] = {b.n: [] for b in boxes}
    for b in boxes:                                    # warm: the first pass's aftermath settled
        scan.run_pass(b.config.accounts["main"], b.config, pipeline)
        bare_poll(proxy.port, b.user)
    for _ in range(POLLS):
        for b in boxes:
            proxy.reset()
            t = time.perf_counter()
            s = scan.run_pass(b.config.accounts["main"], b.config, pipeline)
            times[b.n].append(time.perf_counter() - t)
            downs[b.n].append(proxy.reset()[0])
            assert s.fetched == 0, "an idle poll fetched messages"
            bare[b.n].append(bare_poll(proxy.port, b.user))
            bare_downs[b.n].append(proxy.reset()[0])
    for b in boxes:
        b.poll_ms = statistics.median(times[b.n]) * 1000
        b.poll_down = int(statistics.median(downs[b.n]))
        b.bare_poll_ms = statistics.median(bare[b.n]) * 1000
        b.bare_poll_down = int(statistics.median(bare_downs[b.n]))


def drafts_count(client) -> int:
    return int(client.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"])


def daemon_figures(dovecot: Dovecot, box: Mailbox, arrivals: int, idle_seconds: float) -> dict:
    """`nottoday run` on the box (already scanned): arrival -> draft latency, RSS, idle CPU."""
    cfg = Path(configure(box).path)   # straight to the server: the proxy is gone by now
    log = box.tmp / "run.log"
    env = {k: v for k, v in os.environ.items() if k != "JOURNAL_STREAM"}
    env["NOTTODAY_LOCK_DIR"] = str(box.tmp / "locks")
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "agent", "--config", str(cfg), "-v", "run"],
                                stdout=out, stderr=subprocess.STDOUT, cwd=REPO, env=env)
    try:
        _wait_log(log, "pass 1 done", 600)
        _wait_log(log, "watching INBOX", 60)
        lat = []
        with dovecot.client(box.user) as watch:
            for _ in range(arrivals):
                before = drafts_count(watch)
                t = time.monotonic()
                dovecot.append(box.user, "INBOX",
                               rejection(message_id=f"<arr-{uuid.uuid4().hex}@northwind.example>"))
                while drafts_count(watch) <= before:
                    if time.monotonic() - t > 60:
                        raise SystemExit("no draft within 60 s:\n" + log.read_text()[-2000:])
                    time.sleep(0.005)
                lat.append(time.monotonic() - t)
        time.sleep(2)
        cpu0, t0 = _cpu_seconds(proc.pid), time.monotonic()
        time.sleep(idle_seconds)
        cpu = (_cpu_seconds(proc.pid) - cpu0) / (time.monotonic() - t0)
        rss = _rss_mb(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
    lat.sort()
    return {"median": statistics.median(lat), "p95": lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))],
            "n": len(lat), "rss": rss, "cpu": cpu}


def _wait_log(path: Path, text: str, timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if path.exists() and text in path.read_text(errors="replace"):
            return
        time.sleep(0.05)
    raise SystemExit(f"{text!r} not in the daemon's log after {timeout} s:\n{path.read_text()[-2000:]}")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def classifier_ratio() -> tuple[str, float]:
    out = subprocess.run([sys.executable, str(REPO / "bench" / "bench_classify.py"), "--n", "10000",
                          "--rounds", "2"], capture_output=True, text=True, cwd=REPO, check=True).stdout
    rates = dict(re.findall(r"^(classify|tokenizer):\s+(\d+) messages/s", out, re.M))
    ratio = float(re.search(r"ratio classify/tokenizer: ([\d.]+)", out).group(1))
    return f"{rates.get('classify')} msg/s vs {rates.get('tokenizer')} msg/s", ratio


def versions() -> str:
    import imapclient
    import spacy

    dv = subprocess.run(["dovecot", "--version"], capture_output=True, text=True).stdout.strip()
    commit = os.environ.get("NOTTODAY_COMMIT") or subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    return (f"nottoday {commit or '(unknown commit)'}, Python {platform.python_version()}, spaCy "
            f"{spacy.__version__}, imapclient {imapclient.__version__}, Dovecot {dv}")


def machine() -> str:
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.node()}: {os.cpu_count()} cores ({model}), {mem:.0f} GB, {platform.platform()}"


def rows(boxes: list[Mailbox], daemon: dict | None, clf: tuple[str, float] | None) -> list[Row]:
    out = []
    for b in boxes:
        ratio = b.first_s / b.bare_s
        out.append(Row(f"first pass, {b.n:,} messages",
                       f"{b.first_s:.2f} s ({b.n / b.first_s:,.0f}/s; CPU {b.extra.get('cpu', 0):.2f} s)",
                       f"bare BODY.PEEK[] fetch {b.bare_s:.2f} s", "<= 1.3x", ratio <= 1.3))
        out[-1].ours += f" = {ratio:.2f}x"
        wire = b.first_down / b.loaded.text_bytes
        out.append(Row(f"bytes downloaded, {b.n:,}", f"{b.first_down / 2**20:.1f} MB = {wire:.2f}x",
                       f"headers + text parts {b.loaded.text_bytes / 2**20:.1f} MB (whole mail "
                       f"{b.loaded.total_bytes / 2**20:.0f} MB, bare fetch read {b.bare_down / 2**20:.0f} MB)",
                       "<= 1.2x", wire <= 1.2))
        out.append(Row(f"idle poll, {b.n:,}", f"{b.poll_ms:.1f} ms, {b.poll_down:,} B down",
                       f"bare LOGIN+EXAMINE+SEARCH {b.bare_poll_ms:.1f} ms, {b.bare_poll_down:,} B", "", None))
    if len(boxes) > 1:
        small, big = boxes[0], boxes[-1]
        ours = big.poll_ms - small.poll_ms
        bare = big.bare_poll_ms - small.bare_poll_ms
        t_ratio = big.poll_ms / small.poll_ms
        b_ratio = big.poll_down / max(1, small.poll_down)
        out.append(Row(f"idle poll {big.n:,} vs {small.n:,}",
                       f"x{t_ratio:.2f} time ({ours:+.1f} ms), x{b_ratio:.2f} bytes "
                       f"({big.poll_down - small.poll_down:+,} B)",
                       f"bare difference {bare:+.1f} ms, {big.bare_poll_down - small.bare_poll_down:+,} B",
                       "<= 1.2x and <= bare + 50 ms",
                       t_ratio <= 1.2 and b_ratio <= 1.2 and ours <= bare + 50))
    if daemon:
        out.append(Row(f"IDLE arrival -> draft ({daemon['n']} arrivals)",
                       f"median {daemon['median'] * 1000:.0f} ms, p95 {daemon['p95'] * 1000:.0f} ms", "",
                       "median <= 2 s", daemon["median"] <= 2))
        out.append(Row("daemon RSS after the pass", f"{daemon['rss']:.0f} MB", "", "<= 150 MB", daemon["rss"] <= 150))
        out.append(Row("daemon CPU while idle", f"{daemon['cpu'] * 100:.2f} %", "", "<= 1 %", daemon["cpu"] <= 0.01))
    if clf:
        out.append(Row("classifier vs tokenizer", f"ratio {clf[1]:.2f}", clf[0], ">= 0.6", clf[1] >= 0.6))
    return out


def table(rs: list[Row]) -> str:
    lines = ["| measure | nottoday | limit in the same run | target | met |", "|---|---|---|---|---|"]
    for r in rs:
        met = "" if r.ok is None else ("yes" if r.ok else "**no**")
        lines.append(f"| {r.measure} | {r.ours} | {r.limit} | {r.target} | {met} |")
    return "\n".join(lines)


def write_results(text: str) -> None:
    head = "# Benchmark results\n\nNewest first. Each section is one run of the named bench.\n"
    old = RESULTS.read_text() if RESULTS.exists() else head
    body = old[len(head):] if old.startswith(head) else "\n" + old
    RESULTS.write_text(head + "\n" + text.strip() + "\n" + body)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000", help="mailbox sizes, comma-separated")
    ap.add_argument("--arrivals", type=int, default=50, help="IDLE latency samples (0: skip the daemon)")
    ap.add_argument("--idle-seconds", type=float, default=30.0, help="daemon CPU sampling time")
    ap.add_argument("--profile", action="store_true", help="cProfile the first pass of the smallest size")
    ap.add_argument("--no-classifier", action="store_true", help="skip bench_classify")
    ap.add_argument("--no-write", action="store_true", help="do not add the results to bench/RESULTS.md")
    ap.add_argument("--mail-on-disk", action="store_true",
                    help="keep the server's mail on disk even when it would fit in RAM (/dev/shm)")
    args = ap.parse_args()
    import logging

    logging.disable(logging.WARNING)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    dovecot = Dovecot()
    in_ram = mail_in_ram(dovecot, sizes, args.mail_on_disk)
    boxes: list[Mailbox] = []
    daemon = None
    started = time.strftime("%Y-%m-%d %H:%M")
    try:
        dovecot.start()
        t = time.perf_counter()
        pipeline = Pipeline.from_config(load_config(write_config(Path(tempfile.mkdtemp()) / "c.toml",
                                                         account=dovecot.add_user(), state_dir="/nonexistent")))
        warm_up(pipeline)
        print(f"classifier + composer built in {time.perf_counter() - t:.2f} s (once per process)")
        with ProxyProcess(dovecot.host, dovecot.port) as proxy:
            for n in sizes:
                box = load(dovecot, n)
                l = box.loaded
                print(f"{n:,} messages loaded in {box.load_s:.1f} s ({l.rejections} rejections, {l.big} of 3 MB, "
                      f"{l.total_bytes / 2**20:.0f} MB)", flush=True)
                first_pass(box, proxy, pipeline, args.profile and n == sizes[0])
                print(f"  first pass {box.first_s:.2f} s, CPU {box.extra['cpu']:.2f} s (fetched, rejections, "
                      f"drafts, skipped: {box.extra['summary']}); bare fetch {box.bare_s:.2f} s", flush=True)
                print("  CPU: main process {:.2f} s, workers {:.2f} s, proxy {:.2f} s; load {:.1f} -> {:.1f}".format(
                    *box.extra["cpu_split"], *box.extra["load"]), flush=True)
                print(wire_breakdown(box), flush=True)
                if box.profile:
                    print(box.profile)
                boxes.append(box)
            idle_polls(boxes, proxy, pipeline)
            for box in boxes:
                print(f"{box.n:,}: idle poll {box.poll_ms:.1f} ms, {box.poll_down} B down; bare "
                      f"{box.bare_poll_ms:.1f} ms, {box.bare_poll_down} B", flush=True)
        if args.arrivals:
            daemon = daemon_figures(dovecot, boxes[0], args.arrivals, args.idle_seconds)
    finally:
        dovecot.cleanup()
        if in_ram is not None:
            shutil.rmtree(in_ram, ignore_errors=True)
        for b in boxes:
            shutil.rmtree(b.tmp, ignore_errors=True)
    clf = None if args.no_classifier else classifier_ratio()
    text = table(rows(boxes, daemon, clf))
    print()
    print(text)
    if not args.no_write:
        section = (f"## {started}: bench_mailbox.py --sizes {args.sizes}\n\n{machine()}  \n{versions()}\n\n"
                   f"{text}\n")
        if boxes and boxes[0].profile:
            section += "\nProfile of the first pass ({:,}):\n\n```\n{}\n```\n".format(
                boxes[0].n, "\n".join(boxes[0].profile.strip().splitlines()[:45]))
        write_results(section)
        print(f"\nadded to {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
