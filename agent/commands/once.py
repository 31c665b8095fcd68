"""`nottoday once [--dry-run]`: one pass over every account, then exit.

Each account is scanned on its own: one that fails (unreachable, login refused) is reported and
the others are still processed; the exit status is then 1. `--dry-run` appends no draft and
writes no state (it works on a scratch copy). Both print one line per message, what was (or
would be) done with it; a real pass under systemd leaves that to the log (logs.under_systemd).
"""
from __future__ import annotations

import contextlib
import logging
import sys

from ..errors import ConfigError, UserError
from ..logs import mask_secrets, under_systemd
from ..terminal import clean

log = logging.getLogger("nottoday.once")
PIPELINE_LOGGER = "nottoday.pipeline"


def add_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "once", help="one pass over every account, then exit",
        description="Look once at every account's new mail and save a follow-up draft for each "
        "new rejection. Exit 0 when every account was processed, 1 when one failed.")
    p.add_argument("--dry-run", action="store_true",
                   help="write nothing (no drafts, no state); print what would be done")
    p.set_defaults(func=run)


def describe_outcome(o) -> str:
    """One line per message for people: where, what was decided, and what happens with it."""
    from ..pipeline import ALREADY, ANSWERED, DRAFTED, FAILED, MALFORMED, NO_ADDRESS, NOT_REJECTION, WOULD_DRAFT

    where = f"{o.folder} {'uid ' if isinstance(o.ref, int) else ''}{o.ref}"
    subject = clean(o.subject, 70)
    score = f" (score {o.verdict.score:.1f})" if o.verdict is not None else ""
    to = clean(str(o.draft.get("To", "")), 120) if o.draft is not None else ""
    text = {
        DRAFTED: f"rejection{score}: draft saved for {to}" + (f" ({clean(o.reason)})" if o.reason else ""),
        WOULD_DRAFT: f"rejection{score}: would save a draft for {to}" + (f" ({clean(o.reason)})" if o.reason else ""),
        ALREADY: f"rejection{score}: " + (clean(o.reason) if o.reason else "a draft is already in Drafts"),
        ANSWERED: f"rejection{score}, no draft: {clean(o.reason)}",
        NO_ADDRESS: f"rejection{score}: no follow-up address, no draft",
        NOT_REJECTION: f"not a rejection{score}" + (f" ({clean(o.reason)})" if o.reason else ""),
        MALFORMED: f"skipped: {clean(o.reason)}",
        FAILED: f"skipped: could not be processed ({clean(o.reason)})",
    }.get(o.action, f"{o.action}" + (f": {clean(o.reason)}" if o.reason else ""))
    return f"{where}: {text}" + (f' — "{subject}"' if subject else "")


def without_account(name: str, text: str) -> str:
    """An error's text without its leading "account NAME: " (store and credential errors often
    name the account; the caller names it once), secrets masked."""
    prefix = f"account {name}: "
    text = mask_secrets(text)
    while text.startswith(prefix):
        text = text[len(prefix):]
    return text


def account_error(name: str, text: str) -> str:
    """An account's error for the terminal: "account NAME: ...", the name said once."""
    return f"account {name}: {without_account(name, text)}"


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


def build_pipeline(config):
    from classifiers import RuleError
    from drafts import TemplateError

    from .. import scan

    try:
        return scan.prepare(config)
    except RuleError as exc:
        raise ConfigError([f"detection: {exc}"]) from None
    except TemplateError as exc:
        raise ConfigError([f"drafts.template: {exc}"]) from None


def run(args) -> int:
    from .. import scan

    config = args.config_obj
    config.require_mailbox()
    pipeline = build_pipeline(config)
    dry = bool(getattr(args, "dry_run", False))
    # A person gets one line per message (the pipeline's own log lines would repeat them);
    # under systemd the log is the record, so the lines are left to it.
    per_message = dry or not under_systemd()
    status = 0
    for name, account in config.accounts.items():
        def show(outcome, name=name):
            print(f"{name}: {describe_outcome(outcome)}")
        try:
            with pipeline_log_quieted(per_message and not getattr(args, "verbose", 0)):
                summary = scan.run_pass(account, config, pipeline, dry_run=dry,
                                        on_outcome=show if per_message else None)
        except UserError as exc:
            print(f"nottoday: {account_error(name, str(exc))}", file=sys.stderr)
            status = 1
            continue
        except Exception as exc:  # network, server: the other accounts still get their pass
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            print(f"nottoday: {account_error(name, text)}", file=sys.stderr)
            log.debug("account %s failed", name, exc_info=True)
            status = 1
            continue
        verb = "would save" if dry else "saved"
        print(f"{name}: {summary.fetched} new message(s), {summary.rejections} rejection(s), "
              f"{verb} {summary.drafts} draft(s)" + (f", skipped {summary.skipped}" if summary.skipped else "")
              + (" (dry run: nothing written)" if dry else ""))
    return status
