"""Shared plumbing for the detection commands (check, evaluate, rules): build the classifier
from config, read message files, and fetch follow-up details from `drafts` when available.
"""
from __future__ import annotations

import email.utils
import sys
import unicodedata

from ..errors import ConfigError, UserError


def owner_from(args):
    """The owner: `--owner "Name <addr>"` when given, else the config's identity."""
    from classifiers import Owner

    spec = getattr(args, "owner", None)
    if spec:
        name, addr = email.utils.parseaddr(spec)
        if not addr or "@" not in addr:
            raise UserError(f"--owner: expected an address like 'Sam Taylor <sam@example.org>', got {spec!r:.60}")
        return Owner(name=name, addresses=frozenset({addr.strip().lower()}))
    identity = getattr(args.config_obj, "identity", None)
    return identity.owner() if identity is not None else Owner()


def build_classifier(args):
    from classifiers import Classifier, RuleError

    try:
        return Classifier(args.config_obj.detection, owner_from(args))
    except RuleError as exc:
        raise ConfigError([f"detection: {line}" for line in str(exc).split("; ")]) from None


def read_file(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise UserError(f"{path}: cannot read ({exc.strerror or type(exc).__name__})") from None


def details_for(msg, config):
    """drafts.extract_details(msg, identity) as a dict, or all-null when drafts is unavailable."""
    empty = {"reply_to": None, "contact_first_name": None, "company": None, "role": None}
    try:
        from drafts import extract_details
    except ImportError:
        return empty
    identity = getattr(config, "identity", None)
    try:
        d = extract_details(msg, identity)
    except Exception:  # composition is another room; detection output must not depend on it
        return empty
    return {k: (getattr(d, k, None) or None) for k in empty}


def clean(text: str | None, limit: int = 200) -> str:
    """Message-derived text made safe for a terminal: no control or format characters."""
    if not text:
        return ""
    out = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in str(text))
    return " ".join(out.split())[:limit]
