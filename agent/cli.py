"""`nottoday` command line: global options, config loading, dispatch to agent/commands/<name>.py.

The one error edge: whatever a command raises goes through agent.errors.handle_cli_error, which
prints what the user can fix as plain lines without a traceback and picks the exit status.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import signal
import sys
import tomllib
from importlib import resources

from . import logs
from .errors import handle_cli_error

# Every command's help, description and arguments (agent/commands/commands.toml), in the order
# `--help` lists them; agent/commands/<module>.py holds its `run(args)`.
GRAMMAR = tomllib.loads((resources.files("agent.commands") / "commands.toml").read_text(encoding="utf-8"))
COMMANDS = tuple(name.replace("-", "_") for name in GRAMMAR)   # their modules

log = logging.getLogger("nottoday")


def version() -> str:
    """The installed distribution's version (pyproject.toml), or "unknown" from a bare checkout."""
    from importlib import metadata

    try:
        return metadata.version("nottoday")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nottoday",
        description="Turns job rejections in your mailbox into warm, threaded follow-up drafts. "
        "It never sends mail.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    parser.add_argument("--config", metavar="PATH", help="config file (default: $NOTTODAY_CONFIG, "
                        "else $XDG_CONFIG_HOME/nottoday/config.toml)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-v", "--verbose", action="count", default=0, help="more detail (debug)")
    group.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, spec in GRAMMAR.items():
        module = importlib.import_module(f"agent.commands.{name.replace('-', '_')}")
        add_command(sub, name, spec, module.run, dest=f"{name}_command")
    return parser


def add_command(subparsers, name: str, spec: dict, run, dest: str) -> None:
    """One command (or one of its actions) from its grammar: help, description, arguments."""
    p = subparsers.add_parser(name, help=spec["help"], description=spec["description"])
    groups: dict = {}   # group name -> its argparse group
    for arg in spec.get("arguments", ()):
        options = {k: v for k, v in arg.items() if k not in ("flags", "group")}
        if "group" in arg and arg["group"] not in groups:
            groups[arg["group"]] = p.add_mutually_exclusive_group()
        where = groups[arg["group"]] if "group" in arg else p
        where.add_argument(*arg["flags"], **options)
    if "actions" in spec:
        actions = p.add_subparsers(dest=dest, metavar="ACTION", required=True)
        for action, action_spec in spec["actions"].items():
            add_command(actions, action, action_spec, run, dest=f"{dest}_{action}")
    else:
        p.set_defaults(func=run, **spec.get("defaults", {}))


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    if "run" in words and hasattr(signal, "SIGHUP"):
        # `systemctl reload` right after start must not kill the daemon before it installs its
        # own handler (the imports below take about a second).
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    parser = build_parser()
    args = parser.parse_args(argv)
    logs.setup(-1 if args.quiet else args.verbose)
    from .config import load_config

    args.config_obj = None
    try:
        # `init` writes the config, so it must not need one (nor choke on a broken one)
        args.config_obj = load_config(args.config) if getattr(args, "needs_config", True) else None
        return int(args.func(args) or 0)
    except (Exception, KeyboardInterrupt) as exc:
        return handle_cli_error(exc, args.config_obj)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
