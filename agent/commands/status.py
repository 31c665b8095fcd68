"""`nottoday status`: per account, what happened lately — read from the state database only.

It never connects to a server (that is `doctor`) and never creates or changes state.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

# What a pass interrupted by Ctrl-C leaves as its error (scan records the exception's name)
INTERRUPTED = frozenset({"KeyboardInterrupt", "interrupted"})
MINUTE, HOUR, DAY = 60, 3600, 86400
# How old something is, said in the unit of the first bound it is under ("90 s", "45 min", "30 h"),
# else in days
AGE_UNITS = ((2 * MINUTE, 1, "s"), (2 * HOUR, MINUTE, "min"), (2 * DAY, HOUR, "h"))


def ago(ts: float | None, now: float) -> str:
    if ts is None:
        return "never"
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))
    s = max(0, now - ts)
    _, unit, name = next((u for u in AGE_UNITS if s < u[0]), (None, DAY, "days"))
    return f"{when} ({s / unit:.0f} {name} ago)"


def interrupted(error: str | None) -> bool:
    """A pass stopped by Ctrl-C records the interruption as its error; it is not a failure."""
    return (error or "").strip() in INTERRUPTED


def account_report(state, name: str) -> dict:
    """One account's figures; `state` None means there is no database yet."""
    last = state.last_pass(name) if state else None
    counts = state.counts(name) if state else None
    err = state.last_error(name) if state else None
    if err is not None and interrupted(err[1]):
        err = None
    # resolved: the latest pass came after the error and went through
    resolved = bool(err and last and last.finished and not last.error and last.started > err[0])
    return {
        "account": name,
        "last_pass": None if last is None else {
            "started": last.started, "finished": last.finished, "new_messages": last.fetched,
            "rejections": last.rejections, "drafts": last.drafts,
            "error": None if interrupted(last.error) else last.error,
            "interrupted": interrupted(last.error),
        },
        "seen": counts.seen if counts else 0,
        "rejections": counts.rejections if counts else 0,
        "drafts": counts.drafts if counts else 0,
        "rejections_without_address": counts.no_address if counts else 0,
        "rejections_already_answered": counts.answered if counts else 0,
        "malformed": counts.malformed if counts else 0,
        "last_error": None if err is None else {"at": err[0], "text": err[1], "resolved": resolved},
    }


def print_report(reports: list[dict], running: int | None, state_path: Path, out=None) -> None:
    out = out or sys.stdout
    now = time.time()
    daemon = "not running" if not running else f"running (pid {running})" if running > 0 else "running"
    print(f"daemon: {daemon}; state: {state_path}", file=out)
    for r in reports:
        where = r.get("where", "")
        print(f"\n{r['account']}" + (f"  ({where})" if where else "") + ("" if r.get("configured", True)
                                                                        else "  [no longer in the config]"), file=out)
        last = r["last_pass"]
        if last is None:
            print("  last pass:   none yet (start `nottoday run`, or try `nottoday once --dry-run`)", file=out)
        else:
            state = "unfinished" if last["finished"] is None else (
                f"{last['new_messages']} new, {last['rejections']} rejection(s), {last['drafts']} draft(s)")
            if last.get("interrupted"):
                state = f"interrupted after {state}"
            if last["error"]:
                state += f", failed: {last['error']}"
            print(f"  last pass:   {ago(last['started'], now)}: {state}", file=out)
        print(f"  all time:    {r['seen']} message(s) seen, {r['rejections']} rejection(s), "
              f"{r['drafts']} draft(s) saved", file=out, end="")
        extra = []
        if r["rejections_already_answered"]:
            extra.append(f"{r['rejections_already_answered']} you had already answered")
        if r["rejections_without_address"]:
            extra.append(f"{r['rejections_without_address']} without a follow-up address")
        if r["malformed"]:
            extra.append(f"{r['malformed']} unreadable")
        print(f" ({'; '.join(extra)})" if extra else "", file=out)
        err = r["last_error"]
        if err is None:
            print("  last error:  none", file=out)
        else:
            note = " — resolved since" if err["resolved"] else ""
            print(f"  last error:  {ago(err['at'], now)}: {err['text']}{note}", file=out)


def run(args) -> int:
    from ..pidfile import running_pid
    from ..state import DB_NAME, State, check_database

    cfg = args.config_obj
    if not cfg.exists:
        cfg.require_mailbox()   # says the file is missing and that `nottoday init` writes one
    state_dir = Path(cfg.daemon.state_dir)
    db = state_dir / DB_NAME
    names = list(cfg.accounts)
    running = running_pid(state_dir)
    if db.exists():
        check_database(db)   # a StateError (one line: the file, and `nottoday state reset`)
        with State(db) as state:
            names += [extra for extra in state.accounts() if extra not in names]
            reports = [account_report(state, n) for n in names]
    else:  # never create the database just to say there is nothing in it
        reports = [account_report(None, n) for n in names]
    for r in reports:
        acct = cfg.accounts.get(r["account"])
        r["configured"] = acct is not None
        if acct is not None:
            r["where"] = (acct.maildir if acct.is_maildir else f"{acct.username}@{acct.host}") + \
                ", " + ", ".join(acct.folders)
    if getattr(args, "json", False):
        json.dump({"daemon_pid": running, "state": str(db), "accounts": reports}, sys.stdout, indent=1)
        print()
        return 0
    if not names:
        print(f"No accounts in {cfg.path or 'the config'} and no state in {state_dir}. "
              "Add an [accounts.NAME] table to the config.")
        return 0
    print_report(reports, running, db)
    return 0
