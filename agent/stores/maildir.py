"""A local Maildir (mbsync/offlineimap users): read in place, drafts written with the stdlib.

Layouts: the configured `maildir` path is the account root. "INBOX" is the root itself when it
is a maildir, else `.INBOX` or `INBOX` under it. Other folders are Maildir++ dot-folders
(`.Drafts`, `.Work.Jobs`) or mbsync "SubFolders Verbatim" directories (`Drafts`, `Work/Jobs`).

Nothing but the new draft is ever written: messages are opened read-only and left where they
are (no new/ -> cur/ move, no flag change), so the mail client and the sync tool see no change.
Maildirs have no UIDs: a message's ref is its unique file key (the name before ":2,"), and the
scanner remembers refs instead of a high-water mark.
"""
from __future__ import annotations

import email.parser
import email.policy
import logging
import mailbox
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Iterator

from ..errors import UserError
from .textparts import slim
from .base import (COMMON_SENT, Fetched, HeaderInfo, Listing, MailStore, Ref, header_info,
                   matches)

log = logging.getLogger("nottoday.maildir")

COMMON_DRAFTS = ("Drafts", "Draft", "INBOX.Drafts", "INBOX/Drafts", "[Gmail]/Drafts", "[Gmail].Drafts",
                 "Entwürfe", "Brouillons", "Borradores", "Bozze", "Rascunhos")
MAX_MESSAGE_BYTES = 50 * 1024 * 1024
SETTLED_SECONDS = 2.0      # a directory changed more recently than this: its time stamp is not trusted yet
MAILDIR_FLAGS = {"R": "\\Answered", "S": "\\Seen", "D": "\\Draft", "F": "\\Flagged", "T": "\\Deleted"}


def is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def file_key(name: str) -> str:
    """The unique part of a Maildir file name (flags after ":2," change; the key does not)."""
    return name.split(":", 1)[0]


class MaildirStore(MailStore):
    kind = "maildir"

    def __init__(self, account) -> None:
        self.account = account
        self.root = Path(os.path.expanduser(account.maildir))
        self._drafts: str | None = None
        self._indexes: dict[str, list[HeaderInfo]] = {}

    def open(self) -> None:
        if not self.root.is_dir():
            raise UserError(f"account {self.account.name}: maildir {str(self.root)!r} does not exist")
        self.folder_path("INBOX")  # fails early with a clear message

    def close(self) -> None:
        pass

    # --- folders -------------------------------------------------------------------------
    def _candidates(self, folder: str) -> list[Path]:
        if folder.upper() == "INBOX":
            return [self.root, self.root / ".INBOX", self.root / "INBOX"]
        parts = [p for p in folder.replace(".", "/").split("/") if p] if "/" in folder else [folder]
        return [self.root / ("." + ".".join(parts)),   # Maildir++
                self.root.joinpath(*parts),             # mbsync SubFolders Verbatim
                self.root / ("." + folder)]

    def folder_path(self, folder: str) -> Path:
        for path in self._candidates(folder):
            if is_maildir(path):
                return path
        raise UserError(f"account {self.account.name}: no maildir folder {folder!r} under {self.root} "
                        f"(looked for {', '.join(str(p) for p in self._candidates(folder))})")

    def folders(self) -> list[str]:
        """Folder names found under the root (for doctor and error messages)."""
        out = ["INBOX"] if is_maildir(self.root) else []
        for entry in sorted(self.root.iterdir()):
            if entry.name in ("cur", "new", "tmp") or not entry.is_dir():
                continue
            if is_maildir(entry):
                out.append(entry.name[1:] if entry.name.startswith(".") else entry.name)
        return out

    def _files(self, path: Path) -> dict[str, Path]:
        files: dict[str, Path] = {}
        for sub in ("new", "cur"):
            try:
                names = os.listdir(path / sub)
            except FileNotFoundError:
                continue
            for name in names:
                if not name.startswith("."):
                    files[file_key(name)] = path / sub / name
        return files

    def uidvalidity(self, folder: str) -> int:
        self.folder_path(folder)
        return 0

    def change_token(self, folder: str) -> str | None:
        """The new/ and cur/ directories' identity and modification times: a file delivered,
        renamed (flags, new/ -> cur/) or removed changes them. None while either was modified in
        the last SETTLED_SECONDS: a later change within the same clock tick could leave the time
        as it is, so a stamp that young is not trusted (the check then runs as usual)."""
        path = self.folder_path(folder)
        stamps = []
        now = time.time()
        for sub in ("new", "cur"):
            try:
                st = os.stat(path / sub)
            except FileNotFoundError:
                stamps.append("-")
                continue
            if abs(now - st.st_mtime) < SETTLED_SECONDS:
                return None
            stamps.append(f"{st.st_dev}:{st.st_ino}:{st.st_mtime_ns}")
        return "|".join(stamps)

    def list_messages(self, folder: str, after_uid: int, since: datetime | None) -> Listing:
        files = self._files(self.folder_path(folder))
        dated = []
        cutoff = since.timestamp() if since else None
        for key, path in files.items():
            try:
                mtime = path.stat().st_mtime
            except FileNotFoundError:
                continue  # renamed/removed by the mail client meanwhile
            if cutoff is None or mtime >= cutoff:
                dated.append((mtime, key))
        dated.sort()
        return Listing(0, tuple(k for _m, k in dated), ordered=False)

    def fetch(self, folder: str, refs: list[Ref]) -> Iterator[Fetched]:
        path = self.folder_path(folder)
        files = self._files(path)
        for ref in refs:
            raw, why, f = self._read(path, files, str(ref))
            # the flags its file name carries (a Maildir's flags are in the name read just now)
            info = f.name.split(":2,", 1)[1] if f is not None and ":2," in f.name else ""
            yield Fetched(ref, raw, why, flags=None if f is None else
                          frozenset(MAILDIR_FLAGS[c] for c in info if c in MAILDIR_FLAGS))

    def _read(self, path: Path, files: dict[str, Path], key: str) -> tuple[bytes | None, str | None, Path | None]:
        for attempt in range(2):  # a client changing flags renames the file: look once more
            f = files.get(key) if attempt == 0 else self._files(path).get(key)
            if f is None:
                continue
            try:
                if f.stat().st_size > MAX_MESSAGE_BYTES:
                    return None, f"larger than {MAX_MESSAGE_BYTES // 2**20} MB", None
                return slim(f.read_bytes()), None, f
            except FileNotFoundError:
                continue
            except OSError as exc:
                return None, f"unreadable ({exc.strerror})", None
        return None, "no longer in the maildir", None

    # --- drafts ----------------------------------------------------------------------------
    def drafts_folder(self) -> str:
        if self._drafts:
            return self._drafts
        wanted = self.account.drafts_folder
        if wanted:
            self.folder_path(wanted)
            self._drafts = wanted
            return wanted
        for name in COMMON_DRAFTS:
            try:
                self.folder_path(name)
            except UserError:
                continue
            self._drafts = name
            return name
        raise UserError(f"account {self.account.name}: no Drafts folder in {self.root} "
                        "(.Drafts or Drafts); set drafts_folder in the config")

    def sent_folder(self) -> str | None:
        wanted = self.account.sent_folder
        if wanted:
            self.folder_path(wanted)   # raises UserError naming what was looked for
            return wanted
        for name in COMMON_SENT:
            try:
                self.folder_path(name)
            except UserError:
                continue
            return name
        return None

    def header_index(self, folder: str, since: datetime | None = None) -> Iterator[HeaderInfo]:
        """Headers only (the parser stops at the blank line); the R (replied) flag in the file
        name is IMAP's \\Answered, as mbsync and offlineimap map it."""
        parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
        cutoff = since.timestamp() if since is not None else None
        for key, path in sorted(self._files(self.folder_path(folder)).items()):
            try:
                if cutoff is not None and path.stat().st_mtime < cutoff:
                    continue
            except OSError:
                continue   # renamed or removed by the mail client meanwhile
            found = _file_headers(key, path, parser)
            if found is not None:
                yield found

    def headers(self, folder: str, refs: list[Ref]) -> Iterator[HeaderInfo]:
        """Headers of just these files (the parser stops at the blank line)."""
        parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
        files = self._files(self.folder_path(folder))
        for ref in refs:
            path = files.get(str(ref))
            found = _file_headers(str(ref), path, parser) if path is not None else None
            if found is not None:
                yield found

    def create_folder(self, name: str) -> None:
        """A Maildir++ folder (.NAME): only `nottoday doctor --fix` calls it (the corrections folder)."""
        for sub in ("cur", "new", "tmp"):
            (self.root / ("." + name.replace("/", ".")) / sub).mkdir(parents=True, exist_ok=True)

    def flags(self, folder: str, ref: Ref) -> frozenset[str]:
        path = self._files(self.folder_path(folder)).get(str(ref))
        info = path.name.split(":2,", 1)[1] if path is not None and ":2," in path.name else ""
        return frozenset(MAILDIR_FLAGS[f] for f in info if f in MAILDIR_FLAGS)

    def find_headers(self, folder: str, pairs: list[tuple[str, str]]) -> list[HeaderInfo]:
        """Local files: the folder's headers are read once per store (one pass) and searched in
        memory; a draft this store appends is added to them."""
        if not pairs:
            return []
        if folder not in self._indexes:
            self._indexes[folder] = list(self.header_index(folder))
        return [i for i in self._indexes[folder] if matches(i, pairs)]

    def append_draft(self, raw: bytes, when: datetime | None = None) -> None:
        md = mailbox.Maildir(self.folder_path(self.drafts_folder()), factory=None, create=False)
        msg = mailbox.MaildirMessage(raw)
        msg.set_subdir("cur")
        msg.set_flags("DS")  # Draft, Seen
        if when is not None:
            msg.set_date(when.timestamp())
        md.add(msg)  # written to tmp/, then renamed into cur/: never half a draft
        self._indexes.pop(self.drafts_folder(), None)


def _file_headers(key: str, path: Path, parser) -> HeaderInfo | None:
    """A message file's header block, with the flags its name carries; None when the mail client
    renamed or removed it meanwhile."""
    try:
        with open(path, "rb") as fh:
            headers = parser.parse(fh)
    except OSError:
        return None
    info = path.name.split(":2,", 1)[1] if ":2," in path.name else ""
    return header_info(key, {MAILDIR_FLAGS[f] for f in info if f in MAILDIR_FLAGS}, headers)
