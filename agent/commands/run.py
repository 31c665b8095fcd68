"""`nottoday run`: the daemon (see agent/daemon.py and docs/daemon.md).

This module only wires the daemon to the rest of nottoday: how a pass is run (agent.scan), how the
classifier and templates are built (once per config load, again on SIGHUP), where errors are
remembered for `nottoday status`, and, on a terminal, the progress bar of a long first pass
(agent.progress.PassBars).
"""
from __future__ import annotations

import logging
from pathlib import Path

from .common import build_pipeline

log = logging.getLogger("nottoday.run")


def build_hooks():
    """The daemon's outside work: agent.scan for passes, agent.idle for the IDLE watcher."""
    from .. import scan
    from ..daemon import Hooks
    from ..idle import connect

    def maildir_folders(account):
        from ..stores.maildir import MaildirStore

        store = MaildirStore(account)
        return [store.folder_path(folder) for folder in account.folders]

    return Hooks(prepare=build_pipeline, run_pass=scan.run_pass, connect_watch=connect,
                 maildir_folders=maildir_folders, record_error=scan.record_error)


def run(args) -> int:
    from .. import progress
    from ..config import load_config
    from ..daemon import Daemon
    from ..pidfile import RunLock

    config = args.config_obj
    config.require_mailbox()
    lock = RunLock(Path(config.daemon.state_dir)).acquire()
    hooks = build_hooks()
    # On a terminal (never under systemd, never piped): a bar while a long first pass reads
    bars = progress.PassBars() if progress.wanted() else None
    if bars is not None:
        hooks.run_pass = bars.wrap(hooks.run_pass)
        bars.install()
    try:
        daemon = Daemon(config, hooks, load=lambda: load_config(args.config))
        daemon.install_signals()
        return daemon.run()
    finally:
        if bars is not None:
            bars.uninstall()
        lock.release()
