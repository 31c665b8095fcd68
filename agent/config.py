"""The config file: TOML in, typed dataclasses out, every problem collected and reported together.

Each problem is one line, `FILE: KEY: what is wrong and what to do`, raised as one ConfigError
(exit status 2, no traceback). The schema with a description and example of every option is
config.example.toml at the top of the repository.
"""
from __future__ import annotations

import difflib
import ipaddress
import os
import tomllib
from dataclasses import MISSING, dataclass, field
from pathlib import Path
from typing import Any

from classifiers import DetectionSettings, lint_settings
from drafts import DraftSettings, Identity
from drafts.identity import TONES

from .errors import ConfigError

SECURITY_MODES = ("tls", "starttls", "none")
IMAPS_PORT, IMAP_PORT = 993, 143      # TLS from the start; plain or STARTTLS
DEFAULT_CORRECTIONS = "Not today"


@dataclass(frozen=True)
class CheckinConfig:
    """`[checkin]`: a check-in draft after a sent follow-up has been quiet this many days (0: off)."""
    after_days: int = 0


@dataclass(frozen=True)
class AccountConfig:
    name: str
    host: str = ""
    port: int = IMAPS_PORT
    security: str = "tls"
    username: str = ""
    password_command: list[str] | str | None = None
    oauth2_token_command: list[str] | str | None = None
    ca_file: str = ""
    folders: tuple[str, ...] = ("INBOX",)
    drafts_folder: str = ""
    sent_folder: str = ""
    maildir: str = ""
    command_timeout: float = 0.0     # seconds one IMAP command may take in all; 0: imap.OPERATION_TIMEOUT
    corrections_folder: str = DEFAULT_CORRECTIONS   # mail the user files here is a missed rejection; "" off

    @property
    def is_maildir(self) -> bool:
        return bool(self.maildir)


@dataclass(frozen=True)
class DaemonConfig:
    interval: int = 300
    idle: bool = True
    lookback_days: int = 14
    state_dir: Path = field(default_factory=lambda: default_state_dir())


@dataclass(frozen=True)
class Config:
    path: Path | None
    identity: Identity = field(default_factory=Identity)
    accounts: dict[str, AccountConfig] = field(default_factory=dict)
    daemon: DaemonConfig = field(default_factory=DaemonConfig)
    detection: DetectionSettings = field(default_factory=DetectionSettings)
    drafts: DraftSettings = field(default_factory=DraftSettings)
    exists: bool = True
    checkin: CheckinConfig = field(default_factory=CheckinConfig)

    def require_mailbox(self) -> None:
        """Commands that touch a mailbox need an account and an identity to write drafts as."""
        where = str(self.path) if self.path else "config"
        problems = []
        if not self.exists:
            problems.append(
                f"{where}: no config file here; `nottoday init` writes a starter config to this path "
                f"(every option is described in {EXAMPLE_CONFIG}), or pass --config PATH"
            )
        else:
            if not self.accounts:
                problems.append(f"{where}: accounts: no [accounts.NAME] table; add one for your mailbox")
            if not self.identity.email:
                problems.append(f"{where}: identity.email: required, drafts are written from this address")
        if problems:
            raise ConfigError(problems)


# Shipped inside the package (a link to the top-level file in a checkout): hints can name it.
EXAMPLE_CONFIG = Path(__file__).with_name("config.example.toml")


def default_config_path() -> Path:
    env = os.environ.get("NOTTODAY_CONFIG")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(xdg) / "nottoday" / "config.toml"


def default_state_dir() -> Path:
    xdg = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(xdg) / "nottoday"


def default(cls, name: str) -> Any:
    """The default of a settings dataclass's field: each default is written once, there."""
    f = cls.__dataclass_fields__[name]
    return f.default_factory() if f.default is MISSING else f.default


def _expand(value: str, base: Path | None) -> str:
    if not value:
        return value
    p = Path(os.path.expandvars(os.path.expanduser(value)))
    if not p.is_absolute() and base is not None:
        p = base / p
    return str(p)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Checker:
    """Reads one TOML document, remembering every problem instead of stopping at the first."""

    def __init__(self, where: str):
        self.where = where
        self.problems: list[str] = []

    def err(self, key: str, text: str) -> None:
        self.problems.append(f"{self.where}: {key}: {text}")

    def table(self, data: dict, key: str) -> dict:
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.err(key, "must be a table, e.g. [" + key + "]")
            return {}
        return value

    def unknown(self, table: dict, prefix: str, known: tuple[str, ...]) -> None:
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(known)})"
                self.err(f"{prefix}{key}", "unknown setting" + hint)

    def get(self, table: dict, prefix: str, key: str, kind, default, example: str):
        if key not in table:
            return default
        value = table[key]
        ok = isinstance(value, kind) and not (kind in (int, (int, float)) and isinstance(value, bool))
        if not ok:
            self.err(prefix + key, f"expected {example}, got {type(value).__name__} {value!r:.60}")
            return default
        return value

    def str_list(self, table: dict, prefix: str, key: str, default, example: str):
        value = table.get(key, default)
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            self.err(prefix + key, f"expected a list of strings, e.g. {example}")
            return default
        return tuple(value)

    def command(self, table: dict, prefix: str, key: str):
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
            return list(value)
        self.err(prefix + key, 'expected a command: a list like ["pass", "show", "mail"] or a shell string')
        return None


IDENTITY_KEYS = ("name", "email", "aliases", "names", "signature")
ACCOUNT_KEYS = (
    "host", "port", "security", "username", "password_command", "oauth2_token_command",
    "ca_file", "folders", "drafts_folder", "sent_folder", "maildir",
    "command_timeout", "corrections_folder",
)
DAEMON_KEYS = ("interval", "idle", "lookback_days", "state_dir")
DETECTION_KEYS = ("threshold", "disable", "scores", "rules")
DRAFTS_KEYS = ("template", "quote_original", "tone", "radar_question")
TOP_KEYS = ("identity", "accounts", "daemon", "detection", "drafts", "checkin")
CHECKIN_KEYS = ("after_days",)


def _identity(c: _Checker, data: dict) -> Identity:
    t = c.table(data, "identity")
    c.unknown(t, "identity.", IDENTITY_KEYS)
    name = c.get(t, "identity.", "name", str, "", 'a name in quotes, e.g. "Jordan Lee"')
    email = c.get(t, "identity.", "email", str, "", 'an address, e.g. "jordan@example.net"').strip()
    if email and ("@" not in email or any(ch in email for ch in " <>\r\n,")):
        c.err("identity.email", f"{email!r} is not an email address like jordan@example.net")
        email = ""
    aliases = c.str_list(t, "identity.", "aliases", (), '["jordan@work.example"]')
    for alias in aliases:
        if "@" not in alias:
            c.err("identity.aliases", f"{alias!r} is not an email address")
    names = c.str_list(t, "identity.", "names", (), '["Rob", "Robert"]')
    for value in names:
        if not value.strip() or any(ch in value for ch in "\r\n,<>@"):
            c.err("identity.names", f"{value!r} is not a name (one word or two, e.g. \"Rob\")")
    signature = c.get(t, "identity.", "signature", str, "", 'text, e.g. "Jordan Lee\\n+1 555 0100"')
    for label, value in (("name", name), ("signature", signature)):
        if label == "name" and any(ch in value for ch in "\r\n"):
            c.err("identity.name", "must be one line")
    return Identity(name=name.strip(), email=email, aliases=tuple(a.strip() for a in aliases), signature=signature,
                    names=tuple(n.strip() for n in names))


def _account(c: _Checker, name: str, t: Any, base: Path | None) -> AccountConfig | None:
    prefix = f"accounts.{name}."
    if not isinstance(t, dict):
        c.err(f"accounts.{name}", "must be a table: [accounts." + name + "]")
        return None
    c.unknown(t, prefix, ACCOUNT_KEYS)
    maildir = c.get(t, prefix, "maildir", str, "", 'a path, e.g. "~/Mail/personal"')
    host = c.get(t, prefix, "host", str, "", 'a host name, e.g. "imap.fastmail.com"').strip()
    security = c.get(t, prefix, "security", str, default(AccountConfig, "security"), '"tls", "starttls" or "none"')
    if security not in SECURITY_MODES:
        c.err(prefix + "security", f'{security!r} is not one of "tls", "starttls", "none"')
        security = default(AccountConfig, "security")
    port = c.get(t, prefix, "port", int, IMAPS_PORT if security == "tls" else IMAP_PORT, "a port number, e.g. 993")
    if not 0 < port < 65536:
        c.err(prefix + "port", f"{port} is not a port number (1-65535)")
    username = c.get(t, prefix, "username", str, "", 'your login name, e.g. "jordan@example.net"')
    password_command = c.command(t, prefix, "password_command")
    oauth2 = c.command(t, prefix, "oauth2_token_command")
    ca_file = _expand(c.get(t, prefix, "ca_file", str, "", 'a path to a PEM file'), base)
    folders = c.str_list(t, prefix, "folders", default(AccountConfig, "folders"), '["INBOX"]')
    if not folders:
        c.err(prefix + "folders", 'must name at least one folder, e.g. ["INBOX"]')
    drafts_folder = c.get(t, prefix, "drafts_folder", str, "", 'a folder name, e.g. "Drafts"')
    sent_folder = c.get(t, prefix, "sent_folder", str, "", 'a folder name, e.g. "Sent"')
    command_timeout = c.get(t, prefix, "command_timeout", (int, float), default(AccountConfig, "command_timeout"),
                            "seconds, e.g. 120")
    corrections = c.get(t, prefix, "corrections_folder", str, default(AccountConfig, "corrections_folder"),
                        'a folder name, e.g. "Not today" ("" for none)').strip()
    if "command_timeout" in t and command_timeout <= 0:
        c.err(prefix + "command_timeout", "must be more than 0 seconds")
        command_timeout = 0.0
    if maildir:
        if host:
            c.err(prefix + "maildir", "set either maildir (a local Maildir) or host (IMAP), not both")
        maildir = _expand(maildir, base)
    else:
        if not host:
            c.err(prefix + "host", 'required: your IMAP server, e.g. "imap.fastmail.com" (or set maildir)')
        if not username:
            c.err(prefix + "username", "required: the name you log in to the IMAP server with")
        if security == "none" and host and not is_loopback(host):
            c.err(prefix + "security", f'"none" sends your password unencrypted; it is only allowed for '
                  f'localhost, not {host!r}: use "tls" or "starttls"')
        if password_command and oauth2:
            c.err(prefix + "oauth2_token_command", "set either password_command or oauth2_token_command, not both")
        if ca_file and not Path(ca_file).is_file():
            c.err(prefix + "ca_file", f"no such file: {ca_file}")
    return AccountConfig(
        name=name, host=host, port=port, security=security, username=username,
        password_command=password_command, oauth2_token_command=oauth2, ca_file=ca_file,
        folders=tuple(folders), drafts_folder=drafts_folder, sent_folder=sent_folder, maildir=maildir,
        command_timeout=float(command_timeout), corrections_folder=corrections,
    )


def _daemon(c: _Checker, data: dict, base: Path | None, path: Path | None = None) -> DaemonConfig:
    t = c.table(data, "daemon")
    c.unknown(t, "daemon.", DAEMON_KEYS)
    interval = c.get(t, "daemon.", "interval", int, default(DaemonConfig, "interval"), "seconds, e.g. 300")
    if interval < 10:
        c.err("daemon.interval", f"{interval} is too short; use at least 10 seconds")
    idle = c.get(t, "daemon.", "idle", bool, default(DaemonConfig, "idle"), "true or false")
    lookback = c.get(t, "daemon.", "lookback_days", int, default(DaemonConfig, "lookback_days"),
                     "a number of days, e.g. 14")
    if lookback < 0:
        c.err("daemon.lookback_days", "must be 0 or more")
    state_dir = c.get(t, "daemon.", "state_dir", str, "", 'a directory, e.g. "~/.local/state/nottoday"')
    return DaemonConfig(
        interval=interval, idle=idle, lookback_days=lookback,
        state_dir=Path(_expand(state_dir, base)) if state_dir else default_state_dir_for(path),
    )


def default_state_dir_for(config_path: Path | None) -> Path:
    """$XDG_STATE_HOME/nottoday for the default config file; a subdirectory named after any other
    config file, so `nottoday@work` and `nottoday@home` instances never share state."""
    base = default_state_dir()
    if config_path is None:
        return base
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    default = Path(xdg) / "nottoday" / "config.toml"
    try:
        same = Path(config_path).resolve() == default.resolve()
    except OSError:
        same = False
    return base if same else base / Path(config_path).stem


def _detection(c: _Checker, data: dict) -> DetectionSettings:
    t = c.table(data, "detection")
    c.unknown(t, "detection.", DETECTION_KEYS)
    threshold = c.get(t, "detection.", "threshold", (int, float), default(DetectionSettings, "threshold"),
                      "a number, e.g. 5.0")
    disable = c.str_list(t, "detection.", "disable", (), '["keep-on-file"]')
    scores = t.get("scores", {})
    if not isinstance(scores, dict):
        c.err("detection.scores", 'must be a table of rule id = number, e.g. "keep-on-file" = 1.0')
        scores = {}
    clean_scores = {}
    for rid, value in scores.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            c.err(f"detection.scores.{rid}", f"expected a number, got {value!r:.40}")
        else:
            clean_scores[rid] = float(value)
    rules = t.get("rules", [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        c.err("detection.rules", "must be an array of tables: [[detection.rules]]")
        rules = []
    settings = DetectionSettings(
        threshold=float(threshold), disable=tuple(disable), scores=clean_scores, rules=tuple(rules)
    )
    for problem in lint_settings(settings):
        c.err("detection", problem)
    return settings


def _drafts(c: _Checker, data: dict, base: Path | None) -> DraftSettings:
    t = c.table(data, "drafts")
    c.unknown(t, "drafts.", DRAFTS_KEYS)
    template = _expand(c.get(t, "drafts.", "template", str, "", 'a path, e.g. "~/.config/nottoday/reply.j2"'), base)
    if template and not Path(template).is_file():
        c.err("drafts.template", f"no such file: {template}; fix the path or set it to \"\" for the built-in one")
    quote = c.get(t, "drafts.", "quote_original", bool, default(DraftSettings, "quote_original"), "true or false")
    tone = c.get(t, "drafts.", "tone", str, default(DraftSettings, "tone"), 'one of "warm", "formal", "brief"')
    if tone not in TONES:
        c.err("drafts.tone", f"{tone!r:.40} is not one of {', '.join(TONES)}")
        tone = default(DraftSettings, "tone")
    radar = c.get(t, "drafts.", "radar_question", bool, default(DraftSettings, "radar_question"), "true or false")
    settings = DraftSettings(template=template, quote_original=quote, tone=tone, radar_question=radar)
    if template and Path(template).is_file():
        from drafts import Composer, TemplateError

        try:  # compile it now, so a broken template is a config error rather than a failed pass
            Composer(Identity(), settings)
        except TemplateError as exc:
            c.err("drafts.template", str(exc))
        except OSError as exc:
            c.err("drafts.template", f"cannot read {template}: {exc.strerror}")
    return settings


def _checkin(c: _Checker, data: dict) -> CheckinConfig:
    t = c.table(data, "checkin")
    c.unknown(t, "checkin.", CHECKIN_KEYS)
    days = c.get(t, "checkin.", "after_days", int, default(CheckinConfig, "after_days"),
                 "a number of days, e.g. 90 (0: off)")
    if days < 0:
        c.err("checkin.after_days", "must be 0 (off) or more")
        days = 0
    return CheckinConfig(after_days=days)


def parse_config(text: str, path: Path | None) -> Config:
    """Validate TOML text; raise ConfigError listing every problem."""
    where = str(path) if path else "config"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{where}: not valid TOML: {exc}"]) from None
    c = _Checker(where)
    base = path.parent if path else None
    c.unknown(data, "", TOP_KEYS)
    identity = _identity(c, data)
    accounts: dict[str, AccountConfig] = {}
    raw_accounts = c.table(data, "accounts")
    for name, table in raw_accounts.items():
        account = _account(c, name, table, base)
        if account is not None:
            accounts[name] = account
    daemon = _daemon(c, data, base, path)
    detection = _detection(c, data)
    drafts = _drafts(c, data, base)
    checkin = _checkin(c, data)
    if c.problems:
        raise ConfigError(c.problems)
    return Config(path=path, identity=identity, accounts=accounts, daemon=daemon,
                  detection=detection, drafts=drafts, checkin=checkin)


def load_config(path: str | os.PathLike | None = None) -> Config:
    """Load the config from `path`, $NOTTODAY_CONFIG or the XDG default.

    A missing default file is fine for commands that need no mailbox (they get an empty config);
    a missing file the user named explicitly is an error.
    """
    explicit = path is not None or bool(os.environ.get("NOTTODAY_CONFIG"))
    p = Path(path).expanduser() if path is not None else default_config_path()
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit:
            raise ConfigError([f"{p}: no such config file; check the path, or write a starter config "
                               f"there with `nottoday init {p}`"]) from None
        return Config(path=p, exists=False)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{p}: cannot read the config file: {getattr(exc, 'strerror', None) or exc}"]) from None
    return parse_config(text, p)
