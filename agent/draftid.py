"""The Message-ID nottoday gives a draft: opaque, deterministic, and at the owner's own domain.

Exactly-once needs to recognise a draft it wrote — also after a crash between the APPEND and the
state write — but nothing in the draft may name the tool: the owner sends it, header and all.
So the draft's Message-ID is a keyed hash of the original's key with a secret kept per install
(`state_dir/install.key`, never in the mailbox): the same rejection always gives the same id,
found again with one SEARCH in Drafts, and nobody without the key can tell the id apart from
any other mail client's.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
from pathlib import Path

KEY_NAME = "install.key"


def read_install_key(state_dir: Path | str) -> bytes:
    """The secret if this install has one (b"" otherwise): for --dry-run, which creates nothing."""
    try:
        return bytes.fromhex((Path(state_dir).expanduser() / KEY_NAME).read_text().strip())
    except (FileNotFoundError, ValueError):
        return b""


def install_key(state_dir: Path | str) -> bytes:
    """This install's secret, created (0600, atomically) on first use."""
    d = Path(state_dir).expanduser()
    path = d / KEY_NAME
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        pass
    d.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = d / f".{KEY_NAME}.{os.getpid()}.{threading.get_ident()}"   # per thread: accounts race
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_hex(32) + "\n")
    try:
        os.link(tmp, path)          # first writer wins; a concurrent one reads the winner's key
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return bytes.fromhex(path.read_text().strip())


def draft_message_id(key: bytes, source_key: str, domain: str) -> str:
    """`<opaque@domain>` for the draft answering the message whose exactly-once key is given."""
    digest = hmac.new(key, source_key.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return f"<{digest[:40]}@{domain or 'localhost'}>"
