"""`nottoday demo`: the whole pipeline on a bundled mailbox, offline, in a temp directory.

The six bundled messages (agent/demo/*.eml: four rejections of different kinds, an interview
invite and an application acknowledgement) are copied into a temporary Maildir and the real
pass runs over them: the real classifier and composer, the Maildir store, a temp state dir.
It prints each message's verdict and the full text of every draft written. No config needed;
when there is one, its [detection] and [drafts] settings are used, so a custom template can be
previewed. The mailbox belongs to Sam Taylor, so the demo always writes as Sam.
"""
from __future__ import annotations

import dataclasses
import email
import email.policy
import logging
import tempfile
from importlib import resources
from pathlib import Path

from .. import scan
from ..config import AccountConfig, default_config_path, parse_config
from ..state import State
from .common import build_pipeline, describe_outcome, format_ledger, ledger_rows


def next_steps() -> str:
    """How to go from the demo to one's own mailbox."""
    return "\n".join((
        "",
        "Next, with your own mailbox:",
        f"  nottoday init              write a starter config ({default_config_path()}), then edit it",
        "  nottoday doctor            check that nottoday can log in and find your Drafts folder",
        "  nottoday once --dry-run    see what it would draft, writing nothing",
    ))


def ledger_table(config) -> str:
    """The relationship ledger the demo pass left (`nottoday ledger` on a real mailbox)."""
    with State.open(config.daemon.state_dir) as state:
        table = format_ledger(ledger_rows(state))
    return "\nThe ledger remembers each one and follows what happens next (docs/ledger.md):\n" + table


def demo_files() -> list[tuple[str, bytes]]:
    """(name, raw bytes) of the bundled messages, in order."""
    root = resources.files("agent") / "demo"
    return sorted((f.name.removesuffix(".eml"), f.read_bytes())
                  for f in root.iterdir() if f.name.endswith(".eml"))


def demo_config(user_config, workdir: Path):
    text = (resources.files("agent") / "demo" / "demo.toml").read_text(encoding="utf-8")
    cfg = parse_config(text, Path("demo.toml"))
    if user_config is not None and getattr(user_config, "exists", False):
        cfg = dataclasses.replace(cfg, path=user_config.path,   # its errors name the user's file
                                  detection=user_config.detection, drafts=user_config.drafts)
    account = AccountConfig(name="demo", maildir=str(workdir / "Maildir"), drafts_folder="Drafts")
    return dataclasses.replace(
        cfg, accounts={"demo": account},
        daemon=dataclasses.replace(cfg.daemon, state_dir=workdir / "state", idle=False))


def make_maildir(root: Path, files: list[tuple[str, bytes]]) -> None:
    """Maildir++ with a .Drafts folder; each message delivered unread into new/."""
    for d in (root, root / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (d / sub).mkdir(parents=True, exist_ok=True)
    for name, raw in files:
        (root / "new" / name).write_bytes(raw)


def show_draft(raw: bytes) -> str:
    """A saved draft for reading: its headers as written and its body decoded."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    head = "\n".join(f"{k}: {v}" for k, v in msg.items()
                     if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version"))
    body = msg.get_content() if not msg.is_multipart() else msg.get_body(("plain",)).get_content()
    return f"{head}\n\n{body.rstrip()}"


def run(args) -> int:
    quiet = logging.getLogger("nottoday")
    old_level = quiet.level
    if not getattr(args, "verbose", 0):
        # The demo prints its own account of each message; the daemon's log lines would repeat it.
        quiet.setLevel(logging.WARNING)
    try:
        return _run(args)
    finally:
        quiet.setLevel(old_level)


def _run(args) -> int:
    files = demo_files()
    with tempfile.TemporaryDirectory(prefix="nottoday-demo-") as tmp:
        work = Path(tmp)
        make_maildir(work / "Maildir", files)
        config = demo_config(getattr(args, "config_obj", None), work)
        print(f"nottoday demo: {len(files)} messages to {config.identity.name} "
              f"<{config.identity.email}> in a temporary Maildir; nothing leaves this machine.\n")
        pipeline = build_pipeline(config)
        outcomes = []

        def show(o) -> None:
            outcomes.append(o)
            rules = ", ".join(h.id for h in o.verdict.hits) if o.verdict is not None else ""
            print(describe_outcome(o))
            if rules:
                print(f"    rules: {rules}")

        summary = scan.run_pass(config.accounts["demo"], config, pipeline, on_outcome=show)
        drafts_dir = work / "Maildir" / ".Drafts"
        saved = sorted(p for sub in ("new", "cur") for p in (drafts_dir / sub).iterdir())
        print(f"\n{summary.rejections} rejection(s) found, {len(saved)} draft(s) saved "
              f"to the Drafts folder (flags: Draft, Seen). Here they are:")
        for i, path in enumerate(saved, 1):
            print(f"\n{'=' * 25} draft {i} of {len(saved)} {'=' * 25}")
            print(show_draft(path.read_bytes()))
        print(f"\n{'=' * 60}\nIn real use these wait in your Drafts folder, threaded under each "
              "rejection: read, edit, send yourself. nottoday never sends mail.")
        print(ledger_table(config))
        print(next_steps())
    return 0
