"""Errors the user can fix, and the one place that says what any error means at the CLI's edge.

A UserError is printed as its lines, never with a traceback. What the rooms below raise for a
broken setting (a rule: classifiers.RuleError; a template: drafts.TemplateError) becomes a
ConfigError here, in the same `FILE: KEY: problem` shape as the config checker's own problems,
so every command and the daemon's reload say it alike (`translate`). `handle_cli_error` maps
whatever reaches the edge to the lines the user reads and the exit status (vdirsyncer's
`handle_cli_error` is the model).
"""
from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_FAILED = 1          # a command, an account or a file failed; UserError's status
EXIT_CONFIG = 2          # the config (or a rule or template it names) is wrong
EXIT_INTERRUPTED = 130   # Ctrl-C: 128 + SIGINT, as shells report it


class UserError(Exception):
    """Something the user can fix; the message says what to do. Exit status 1."""

    exit_status = EXIT_FAILED


class ConfigError(UserError):
    """The config file is wrong. Carries every problem found, one line each. Exit status 2."""

    exit_status = EXIT_CONFIG

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class CredentialError(UserError):
    """No usable password or token for an account."""


def describe(exc: BaseException) -> str:
    """An exception in one line for people: its message's first line, else its type's name."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def translate(exc: BaseException, config=None) -> UserError | None:
    """What `exc` means to the user, or None when it is not theirs to fix (a bug, the network).

    A broken detection rule or draft template is a config problem: one line per problem,
    `FILE: detection: ...` / `FILE: drafts.template: ...` (FILE: the config's path, or "config")."""
    from classifiers.model import RuleError
    from drafts.compose import TemplateError

    if isinstance(exc, UserError):
        return exc
    where = str(getattr(config, "path", None) or "config")
    if isinstance(exc, RuleError):
        return ConfigError([f"{where}: detection: {line}" for line in str(exc).split("; ")])
    if isinstance(exc, TemplateError):
        return ConfigError([f"{where}: drafts.template: {exc}"])
    return None


def handle_cli_error(exc: BaseException, config=None, out=None) -> int:
    """Say what went wrong, one `nottoday: ` line each on stderr, and return the exit status.

    Raises `exc` again when it is a bug: its traceback is what a bug report needs."""
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    if isinstance(exc, BrokenPipeError):   # `nottoday check ... | head`: the reader had enough
        return EXIT_OK
    error = translate(exc, config)
    if error is None:
        raise exc
    for line in str(error).splitlines() or [type(error).__name__]:
        print(f"nottoday: {line}", file=out or sys.stderr)
    return error.exit_status
