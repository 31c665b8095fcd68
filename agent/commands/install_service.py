"""`nottoday install-service [--instance NAME]`: install the systemd user unit and say what to type next.

The unit is written with the absolute path of the program that is running now, so it keeps
working from a virtualenv or pipx install where `nottoday` is not on systemd's PATH. The files in
the repository's systemd/ directory are this same text rendered for /usr/bin/nottoday (a test
keeps them in sync).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HARDENING = """\
# Hardening that works in --user units (no mount namespaces needed). D-Bus stays reachable
# (AF_UNIX), so the keyring (Secret Service) keeps working.
NoNewPrivileges=yes
LockPersonality=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
RestrictNamespaces=yes
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallErrorNumber=EPERM
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK
UMask=0077
"""

UNIT = """\
# nottoday: turns job rejections in your mailbox into follow-up drafts. It never sends mail.
# Installed by `nottoday install-service{instance_opt}`; see docs/daemon.md.
[Unit]
Description={description}
StartLimitIntervalSec=10min
StartLimitBurst=5

[Service]
Type=exec
ExecStart={exec_start}
ExecReload=/bin/kill -HUP $MAINPID
# SIGTERM: finish the message in hand and exit 0 (within ~10 s).
KillMode=mixed
TimeoutStopSec=20
Restart=on-failure
RestartSec=30
# Exit status 2 is a broken config: restarting cannot fix it (see `journalctl --user -u {unit}`).
RestartPreventExitStatus=2
Environment=PYTHONUNBUFFERED=1
{hardening}
[Install]
WantedBy=default.target
"""


def quote_arg(arg: str) -> str:
    """One ExecStart word: '%' doubled (systemd specifiers), quoted if it has spaces or quotes."""
    arg = arg.replace("%", "%%")
    if any(ch in arg for ch in " \t\"'\\;$"):
        return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("$", "$$") + '"'
    return arg


def current_program() -> list[str]:
    """How to start this same nottoday again: the console script, or `python -m agent`."""
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else ""
    if argv0 and os.path.basename(argv0) == "nottoday" and os.path.exists(argv0):
        return [os.path.abspath(argv0)]  # no resolve(): a venv's bin/ symlinks must stay as they are
    return [os.path.abspath(sys.executable), "-m", "agent"]


def render_unit(program: list[str], instance: bool = False, config: str | None = None) -> str:
    """The unit text. instance=True: the nottoday@.service template, config %E/nottoday/%i.toml."""
    words = [quote_arg(w) for w in program]
    if instance:
        words += ["--config", "%E/nottoday/%i.toml"]
        description = "nottoday follow-up drafts for config %i"
        unit = "nottoday@%i"
    else:
        if config:
            words += ["--config", quote_arg(config)]
        description = "nottoday follow-up drafts for job rejections"
        unit = "nottoday"
    words.append("run")
    return UNIT.format(
        description=description, exec_start=" ".join(words), unit=unit, hardening=HARDENING,
        instance_opt=" --instance NAME" if instance else "",
    )


def unit_dir() -> Path:
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(xdg) / "systemd" / "user"


def _explicit_config(args) -> str | None:
    """A config path the user chose (--config or $NOTTODAY_CONFIG) is written into the unit."""
    chosen = args.config or os.environ.get("NOTTODAY_CONFIG")
    return str(Path(chosen).expanduser().resolve()) if chosen else None


def run(args) -> int:
    from ..errors import UserError

    instance = args.instance
    if instance is not None and (not instance or "/" in instance or instance.startswith(".")
                                 or any(ch.isspace() for ch in instance)):
        raise UserError(f"--instance {instance!r}: use a simple name like 'work' (for ~/.config/nottoday/work.toml)")
    program = current_program()
    text = render_unit(program, instance=instance is not None,
                       config=None if instance is not None else _explicit_config(args))
    if args.stdout:
        sys.stdout.write(text)
        return 0
    target_dir = unit_dir()
    name = "nottoday@.service" if instance is not None else "nottoday.service"
    target = target_dir / name
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror}; check the directory's permissions") from None
    service = f"nottoday@{instance}.service" if instance is not None else "nottoday.service"
    print(f"Installed {target}")
    print(f"  runs: {' '.join(program)}")
    if instance is not None:
        xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        cfg = Path(xdg) / "nottoday" / f"{instance}.toml"
        print(f"  config: {cfg}" + ("" if cfg.exists() else "  (missing: create it before starting)"))
    else:
        cfg = getattr(args, "config_obj", None)
        if cfg is not None and cfg.path is not None:
            print(f"  config: {cfg.path}" + ("" if cfg.exists else "  (missing: create it before starting)"))
    print("Now run:")
    print("  systemctl --user daemon-reload")
    print(f"  systemctl --user enable --now {service}")
    print(f"  journalctl --user -u {service} -f      # follow its log")
    print(f"  systemctl --user reload {service}      # after editing the config")
    print("To keep it running while you are logged out: loginctl enable-linger")
    return 0
