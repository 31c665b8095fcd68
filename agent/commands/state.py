"""`nottoday state reset [ACCOUNT]`: rebuild a lost, emptied or damaged state from the mailbox.

A pass refuses to run on a state it cannot trust (agent.state.StateError) rather than draft again
every rejection whose draft was already sent or deleted. This command is the way out: the old
database is kept beside the new one (`state.sqlite3.old-TIMESTAMP`), and each account's state is
rebuilt from Drafts, Sent and \\Answered by agent.rebuild.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from ..errors import UserError
from .common import each_account, pick_accounts


def _set_aside(path: Path) -> Path | None:
    """Keep the old database (and its WAL files) for inspection; returns where it went. WAL files
    left without their database go aside too: a new database must never replay an old one's WAL."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.old-{stamp}")
    if not path.exists():
        for extra in ("-wal", "-shm"):
            side = path.with_name(path.name + extra)
            if side.exists():
                os.replace(side, target.with_name(target.name + extra))
        return None
    os.replace(path, target)
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            os.replace(side, target.with_name(target.name + extra))
    return target


def run(args) -> int:
    from ..pidfile import running_pid
    from ..rebuild import rebuild_account
    from ..scan import mailbox_lock
    from ..state import DB_NAME, State, StateError, check_database
    from ..stores import make_store

    config = args.config_obj
    accounts = pick_accounts(config, args.account)
    state_dir = Path(config.daemon.state_dir).expanduser()
    pid = running_pid(state_dir)
    if pid:
        raise UserError("the nottoday daemon is running" + (f" (pid {pid})" if pid > 0 else "")
                        + ": stop it first (systemctl --user stop nottoday), then run this again")
    path = state_dir / DB_NAME
    whole = args.account is None
    try:
        if path.exists():
            check_database(path)
    except StateError:
        whole, accounts = True, dict(config.accounts)
    if whole:
        kept = _set_aside(path)
        if kept:
            print(f"kept the old state database as {kept}")
        State.create(path)
    with State.open(state_dir) as state:
        def one(name: str, account) -> None:
            with mailbox_lock(account), make_store(account) as store:
                found = rebuild_account(state, account, store, config.daemon.lookback_days)
            sent = f"Sent folder {found.sent_folder!r}" if found.sent_folder else "no Sent folder found"
            print(f"{name}: state rebuilt — {found.drafted} rejection(s) already drafted, "
                  f"{found.answered} message(s) you answered ({sent}); the next pass reads the last "
                  f"{config.daemon.lookback_days} days again and drafts only the rest")

        return each_account(accounts, one)
