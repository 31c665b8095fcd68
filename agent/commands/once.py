"""`nottoday once [--dry-run]`: one pass over every account, then exit.

Each account is scanned on its own: one that fails (unreachable, login refused) is reported and
the others are still processed; the exit status is then 1. `--dry-run` appends no draft and
writes no state (it works on a scratch copy). Both print one line per message, what was (or
would be) done with it; a real pass under systemd leaves that to the log (logs.under_systemd).
"""
from __future__ import annotations

import contextlib
import logging

from .. import scan
from ..logs import under_systemd
from ..progress import Progress
from .common import build_pipeline, describe_outcome, each_account

PIPELINE_LOGGER = "nottoday.pipeline"


@contextlib.contextmanager
def pipeline_log_quieted(quiet: bool):
    """While `quiet`, the pipeline's per-message log lines are dropped (errors still show): the
    command prints its own line for every message, and the same news twice is noise."""
    logger = logging.getLogger(PIPELINE_LOGGER)
    old = logger.level
    if quiet:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(old)


def run(args) -> int:
    config = args.config_obj
    config.require_mailbox()
    pipeline = build_pipeline(config)
    dry = bool(getattr(args, "dry_run", False))
    # A person gets one line per message (the pipeline's own log lines would repeat them);
    # under systemd the log is the record, so the lines are left to it.
    per_message = dry or not under_systemd()

    def one(name: str, account) -> None:
        progress = Progress(name)   # a bar on a terminal only (agent/progress.py)

        def show(outcome):
            if per_message:
                progress.line(f"{name}: {describe_outcome(outcome)}")
            progress.advance()
        with pipeline_log_quieted(per_message and not getattr(args, "verbose", 0)):
            try:
                summary = scan.run_pass(account, config, pipeline, dry_run=dry, on_outcome=show,
                                        on_listing=lambda _folder, n: progress.add_total(n))
            finally:
                progress.close()
        verb = "would save" if dry else "saved"
        print(f"{name}: {summary.fetched} new message(s), {summary.rejections} rejection(s), "
              f"{verb} {summary.drafts} draft(s)" + (f", skipped {summary.skipped}" if summary.skipped else "")
              + (" (dry run: nothing written)" if dry else ""))

    return each_account(config.accounts, one)
