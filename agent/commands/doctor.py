"""`nottoday doctor [ACCOUNT]`: can nottoday reach, log in to and use this mailbox?

Connects and authenticates exactly as a pass does, then shows what a user needs to fix a setup:
the folders with their special-use flags, which one drafts go to, whether every configured
folder exists, and the server capabilities that matter (IDLE, UIDPLUS, CONDSTORE). Read-only,
except `--fix`: it creates a missing corrections folder (docs/ledger.md) — the only folder nottoday
ever creates. Exit 0 when every account checked out, 1 otherwise.
"""
from __future__ import annotations

import sys

from ..errors import UserError
from .common import each_account, pick_accounts

WANTED_CAPS = ("IDLE", "UIDPLUS", "CONDSTORE")


def corrections_line(account, store, fix: bool) -> str:
    """Where corrections go, and whether the folder is there (created with --fix)."""
    from ..corrections import exists

    name = account.corrections_folder
    if not name:
        return "  corrections folder: none (corrections_folder is empty)"
    if exists(store, name):
        return f"  corrections folder: {name} (file a missed rejection there: it gets its draft)"
    if not fix:
        return f"  corrections folder: {name} is missing; `nottoday doctor --fix` creates it (or create it yourself)"
    store.create_folder(name)
    return f"  corrections folder: {name} created"


def check_imap(account, fix: bool = False) -> list[str]:
    from ..stores.imap import ImapStore

    store = ImapStore(account)
    store.open()
    try:
        lines = [f"  server: {account.host}:{account.port} ({account.security}), logged in as {account.username}"]
        caps = set(store.capabilities())
        lines.append("  capabilities: " + ", ".join(
            f"{c} {'yes' if c in caps else 'no'}" for c in WANTED_CAPS))
        if "IDLE" not in caps:
            lines.append("    (no IDLE: the daemon polls every `interval` seconds)")
        lines.append("  folders:")
        for flags, name in store.folders():
            special = " ".join(f for f in flags if f in
                               ("\\Drafts", "\\Sent", "\\Trash", "\\Junk", "\\Archive", "\\All", "\\Flagged"))
            lines.append(f"    {name}" + (f"  {special}" if special else ""))
        names = {n for _f, n in store.folders()}
        problems = [f for f in account.folders if f not in names and f.upper() != "INBOX"]
        drafts = store.drafts_folder()
        how = "configured" if account.drafts_folder else (
            "SPECIAL-USE \\Drafts" if any(n == drafts and "\\Drafts" in f for f, n in store.folders())
            else "by its name")
        lines.append(f"  drafts go to: {drafts} ({how})")
        lines.append(f"  watching: {', '.join(account.folders)}")
        lines.append(corrections_line(account, store, fix))
        if problems:
            raise UserError(f"folders not on the server: {', '.join(problems)}; fix `folders` in the config")
        return lines
    finally:
        store.close()


def check_maildir(account, fix: bool = False) -> list[str]:
    from ..stores.maildir import MaildirStore

    store = MaildirStore(account)
    store.open()
    lines = [f"  maildir: {store.root}", "  folders:"]
    lines += [f"    {name}" for name in store.folders()]
    for folder in account.folders:
        store.folder_path(folder)
    lines.append(f"  drafts go to: {store.drafts_folder()} ({store.folder_path(store.drafts_folder())})")
    lines.append(f"  watching: {', '.join(account.folders)}")
    lines.append(corrections_line(account, store, fix))
    return lines


def run(args) -> int:
    fix = bool(getattr(args, "fix", False))

    def one(name: str, account) -> None:
        print(f"account {name}:")
        lines = check_maildir(account, fix) if account.maildir else check_imap(account, fix)
        print("\n".join(lines))
        print("  OK")

    status = each_account(pick_accounts(args.config_obj, getattr(args, "account", None)), one,
                          report=lambda name, text: print(f"  FAILED: {text}"))
    if status:
        print("nottoday: some accounts failed the check (see above)", file=sys.stderr)
    return status
