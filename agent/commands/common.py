"""What several commands need, in one neutral place: no command module imports another.

Building the classifier, composer and pipeline (a broken rule or template becomes the config
problem agent.errors.translate says), reading message files, the follow-up details `check` and
`evaluate` report, one line per message's outcome (`once`, `demo`), the ledger's rows and table
(`ledger`, `demo`), and picking accounts and looping over them, so that a failing account is one
line and the others still get their turn.
"""
from __future__ import annotations

import dataclasses
import email.utils
import logging
import sys
import time
from typing import Any, Callable

from classifiers import Classifier, Owner
from drafts import Composer, Identity, extract_details

from ..errors import UserError, describe, translate
from ..ledger import status as ledger_status
from ..logs import mask_secrets
from ..pipeline import (ALREADY, ANSWERED, DRAFTED, FAILED, MALFORMED, NO_ADDRESS, NOT_REJECTION,
                        WOULD_DRAFT, Pipeline)
from ..terminal import clean

log = logging.getLogger("nottoday.commands")

# The follow-up fields `check --json` and `evaluate` report (docs/interface.md), null when unknown
DETAIL_FIELDS = ("reply_to", "contact_first_name", "company", "role")
# The ledger's row (`ledger --json/--csv`, docs/interface.md) and its table: (title, key, width)
LEDGER_COLUMNS = ("id", "account", "company", "role", "stage", "date", "status", "contact_name",
                  "contact_addr", "origin", "subject", "message_id", "draft_message_id", "no_draft",
                  "checkin_message_id")
LEDGER_TABLE = (("ID", "id", 4), ("COMPANY", "company", 24), ("ROLE", "role", 36), ("STAGE", "stage", 11),
                ("DATE", "date", 10), ("STATUS", "status", 60))


def translated(build: Callable[[Any], Any], config) -> Any:
    """`build(config)`, a broken rule or template raised as the ConfigError the user reads."""
    try:
        return build(config)
    except Exception as exc:
        error = translate(exc, config)
        if error is None or error is exc:
            raise
        raise error from None


def identity_from(args) -> Identity:
    """The owner as composition sees them: `--owner "Name <addr>"` when given (the config's
    signature and tone kept), else the config's [identity]."""
    identity = getattr(args.config_obj, "identity", None) or Identity()
    spec = getattr(args, "owner", None)
    if not spec:
        return identity
    name, addr = email.utils.parseaddr(spec)
    if not addr or "@" not in addr:
        raise UserError(f"--owner: expected an address like 'Sam Taylor <sam@example.org>', got {spec!r:.60}")
    return dataclasses.replace(identity, name=name, email=addr.strip(), aliases=(), names=())


def owner_from(args) -> Owner:
    """The owner as detection sees them: `--owner` when given, else the config's identity."""
    return identity_from(args).owner()


def build_classifier(args) -> Classifier:
    """The classifier for the loaded config's [detection] and the owner (`--owner` or [identity])."""
    owner = owner_from(args)
    return translated(lambda config: Classifier(config.detection, owner), args.config_obj)


def build_composer(config) -> Composer:
    """The composer for [identity] and [drafts] (the user's template is read and checked here)."""
    return translated(lambda c: Composer(c.identity, c.drafts), config)


def build_pipeline(config) -> Pipeline:
    """Classifier and composer for a pass, built once per config (the daemon: once per load)."""
    return translated(Pipeline.from_config, config)


def read_file(path: str) -> bytes:
    """A message file's bytes (`-`: stdin); one that cannot be read is a UserError naming it."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise UserError(f"{path}: cannot read ({exc.strerror or type(exc).__name__})") from None


def details_for(msg, identity) -> dict:
    """drafts.extract_details(msg, identity) as the report's dict: DETAIL_FIELDS (None when
    unknown) and `offers` (what the message offers or asks, with its evidence)."""
    empty = {**dict.fromkeys(DETAIL_FIELDS), "offers": []}
    try:
        d = extract_details(msg, identity)
    except Exception:  # composition is another room; detection output must not depend on it
        return empty
    return {**{k: (getattr(d, k, None) or None) for k in DETAIL_FIELDS},
            "offers": [o.as_dict() for o in getattr(d, "offers", ())]}


def describe_outcome(o) -> str:
    """One line per message for people: where, what was decided, and what happens with it."""
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


def pick_accounts(config, name: str | None) -> dict:
    """Every configured account, or just the one called `name`."""
    config.require_mailbox()
    if name is None:
        return dict(config.accounts)
    if name not in config.accounts:
        raise UserError(f"no account named {name!r} in {config.path}; "
                        f"accounts: {', '.join(config.accounts) or 'none'}")
    return {name: config.accounts[name]}


def pick_one_account(config, name: str | None, command: str):
    """The account called `name`, or the only one there is (`nottoday COMMAND ACCOUNT` otherwise)."""
    if name is None:
        config.require_mailbox()
        if len(config.accounts) != 1:
            raise UserError(f"which account? nottoday {command} ACCOUNT, one of: {', '.join(config.accounts)}")
        return next(iter(config.accounts.values()))
    return pick_accounts(config, name)[name]


def without_account(name: str, text: str) -> str:
    """An error's text without its leading "account NAME: " (store and credential errors often
    name the account; the caller names it once), secrets masked."""
    prefix = f"account {name}: "
    text = mask_secrets(text)
    while text.startswith(prefix):
        text = text[len(prefix):]
    return text


def report_to_stderr(name: str, text: str) -> None:
    print(f"nottoday: account {name}: {text}", file=sys.stderr)


def each_account(accounts: dict, work: Callable[[str, Any], None],
                 report: Callable[[str, str], None] = report_to_stderr) -> int:
    """`work(name, account)` for every account. One that fails (unreachable, login refused, a
    state it cannot trust) is reported in one line, `report(name, text)`, the account named once,
    and the others still get their turn. Returns the exit status: 1 when any failed."""
    status = 0
    for name, account in accounts.items():
        try:
            work(name, account)
        except Exception as exc:  # network, server, the user's to fix: the other accounts go on
            if not isinstance(exc, UserError):
                log.debug("account %s failed", name, exc_info=True)
            report(name, without_account(name, describe(exc)))
            status = 1
    return status


def ledger_rows(state, account: str | None = None) -> list[dict]:
    """The relationship ledger as plain dicts (what `ledger --json` and `--csv` print)."""
    out = []
    for rel in state.relationships(account):
        row = {c: getattr(rel, c, None) for c in LEDGER_COLUMNS if hasattr(rel, c)}
        day = time.strftime("%Y-%m-%d", time.localtime(rel.date)) if rel.date else ""
        row.update(date=day, status=ledger_status(rel, state.events(rel.id)))
        out.append(row)
    return out


def format_ledger(table: list[dict]) -> str:
    """The ledger as a table for people (`ledger`, and what `demo`'s pass left)."""
    if not table:
        return "The ledger is empty: no rejection seen yet."
    widths = [min(w, max([len(h)] + [len(clean(str(r.get(k) or ""), w)) for r in table]))
              for h, k, w in LEDGER_TABLE]
    lines = ["  ".join(h.ljust(w) for (h, _k, _w), w in zip(LEDGER_TABLE, widths)).rstrip()]
    for r in table:
        lines.append("  ".join(clean(str(r.get(k) or "-"), w).ljust(w)
                               for (_h, k, _w), w in zip(LEDGER_TABLE, widths)).rstrip())
    return "\n".join(lines)
