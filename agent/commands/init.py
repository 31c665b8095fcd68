"""`nottoday init [PATH]`: write a starter config, the packaged config.example.toml, and say what next.

It never overwrites: an existing file (even a broken one) is the user's work. PATH defaults to
--config, $NOTTODAY_CONFIG, else ~/.config/nottoday/config.toml. The file gets mode 0600 and its
directory 0700: it names the mailbox and the command that fetches its password.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..config import EXAMPLE_CONFIG, default_config_path
from ..errors import UserError

FILE_MODE = 0o600
DIR_MODE = 0o700


def target(args) -> Path:
    chosen = getattr(args, "path", None) or getattr(args, "config", None)
    return Path(chosen).expanduser() if chosen else default_config_path()


def next_steps(path: Path, is_default: bool) -> list[str]:
    """What to do once the file exists, as commands to copy (naming the file unless it is found
    without --config)."""
    opt = "" if is_default else f" --config {path}"
    return [
        f"  1. edit it: $EDITOR {path}   ([identity] and one [accounts.NAME] table)",
        f"  2. nottoday{opt} login main        (stores the password in the system keyring;",
        "     or set password_command / oauth2_token_command instead)",
        f"  3. nottoday{opt} doctor            (connects, logs in, finds the Drafts folder)",
        f"  4. nottoday{opt} once --dry-run    (what it would draft, writing nothing)",
    ]


def run(args) -> int:
    path = target(args)
    if path.exists() or path.is_symlink():
        raise UserError(f"{path} already exists; not overwriting it (edit it, or give another PATH)")
    text = EXAMPLE_CONFIG.read_text(encoding="utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        # O_EXCL: never clobber a file that appeared since the check above
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        raise UserError(f"{path} already exists; not overwriting it (edit it, or give another PATH)") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot write it ({exc.strerror or type(exc).__name__})") from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    is_default = path.resolve() == default_config_path().resolve()
    print(f"wrote a starter config to {path}\nnext:")
    print("\n".join(next_steps(path, is_default)))
    return 0
