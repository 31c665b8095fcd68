"""What nottoday remembers between passes: one SQLite database (WAL) under `state_dir`.

Why it exists: exactly-once. A folder row holds (uidvalidity, highest UID handled, lookback
cutoff); a message row holds the message KEY (Message-ID, else a content hash) with its verdict,
so a UIDVALIDITY change re-reads UIDs but re-drafts nothing. Each message is recorded together
with the folder's advance in one transaction, after its draft (if any) is on the server; a crash
in between is caught by the Drafts-folder check in agent.pipeline.

`nottoday status` reads `last_pass(account)`, `counts(account)` and `last_error(account)`.
One `State` object per thread (sqlite3 connections are not shared between threads).

A state that was lost is never mistaken for a first run: the database is created whole (in a
temporary file renamed into place), so an empty, truncated or foreign file is a `StateError`
naming the file and `nottoday state reset`, which rebuilds it from the mailbox (agent.rebuild).
"""
from __future__ import annotations

import collections
import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path

from drafts.headers import thread_subject

from .draftid import KEY_NAME
from .errors import UserError

DB_NAME = "state.sqlite3"

SCHEMA = """
CREATE TABLE IF NOT EXISTS folders (
    account TEXT NOT NULL, folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL, highest_uid INTEGER NOT NULL DEFAULT 0,
    cutoff REAL NOT NULL,                 -- lookback start fixed at the first pass (unix time)
    updated REAL NOT NULL,
    PRIMARY KEY (account, folder));
CREATE TABLE IF NOT EXISTS messages (
    account TEXT NOT NULL, key TEXT NOT NULL,
    folder TEXT NOT NULL, ref TEXT NOT NULL,   -- UID (IMAP) or file key (Maildir) when seen
    verdict TEXT NOT NULL,                -- rejection | other | malformed | failed | unreadable | rebuilt
    score REAL, drafted INTEGER NOT NULL DEFAULT 0,
    reason TEXT, subject TEXT, at REAL NOT NULL,
    fingerprint TEXT,                     -- agent.pipeline.fingerprint: copies vs. reused ids
    outcome TEXT,                         -- agent.pipeline's action (drafted, already-answered, ...)
    PRIMARY KEY (account, key));
CREATE TABLE IF NOT EXISTS refs (        -- Maildir: files already handled (no UIDs there)
    account TEXT NOT NULL, folder TEXT NOT NULL, ref TEXT NOT NULL,
    PRIMARY KEY (account, folder, ref));
CREATE TABLE IF NOT EXISTS drafts (
    account TEXT NOT NULL, source_key TEXT NOT NULL,
    draft_message_id TEXT, to_addr TEXT, subject TEXT, folder TEXT, at REAL NOT NULL,
    PRIMARY KEY (account, source_key));
CREATE TABLE IF NOT EXISTS passes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL,
    started REAL NOT NULL, finished REAL,
    fetched INTEGER NOT NULL DEFAULT 0, rejections INTEGER NOT NULL DEFAULT 0,
    drafts INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,
    error TEXT);
CREATE INDEX IF NOT EXISTS passes_account ON passes (account, started);
CREATE TABLE IF NOT EXISTS retries (     -- reads that failed for a reason that may pass
    account TEXT NOT NULL, folder TEXT NOT NULL, uidvalidity INTEGER NOT NULL, ref TEXT NOT NULL,
    tries INTEGER NOT NULL, error TEXT, at REAL NOT NULL,
    PRIMARY KEY (account, folder, ref));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS errors (
    account TEXT NOT NULL, at REAL NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS errors_account ON errors (account, at);
"""

# The relationship ledger (agent/ledger.py): one row per rejection, what happened next as events,
# and every Message-ID of its conversation (to know a reply to any of them in one lookup).
LEDGER_SCHEMA = """
CREATE TABLE IF NOT EXISTS relationships (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL, source_key TEXT NOT NULL,
    origin TEXT NOT NULL,                 -- detected | correction (filed by the user)
    company TEXT, contact_name TEXT, contact_first TEXT, contact_addr TEXT,
    domain TEXT,                          -- the company's mail domain (or the contact's address)
    role TEXT, stage TEXT, language TEXT, subject TEXT,
    date REAL,                            -- the rejection's Date (unix time)
    folder TEXT, ref TEXT,                -- where it was read
    message_id TEXT,                      -- the rejection's Message-ID
    draft_message_id TEXT,                -- the follow-up draft's, when nottoday saved one
    no_draft TEXT,                        -- why there is none (already answered, no address, ...)
    checkin_message_id TEXT,              -- the check-in draft's, once saved (never a second)
    created REAL NOT NULL,
    UNIQUE (account, source_key));
CREATE INDEX IF NOT EXISTS relationships_domain ON relationships (account, domain);
-- with the one above, 'domain=? OR contact_addr=?' (ledger: later mail from a relationship's
-- side, asked for every message of a pass) reads only its matches, not every relationship
CREATE INDEX IF NOT EXISTS relationships_contact ON relationships (account, contact_addr);
CREATE TABLE IF NOT EXISTS relationship_events (
    relationship INTEGER NOT NULL, kind TEXT NOT NULL,
    message_id TEXT NOT NULL DEFAULT '',  -- the mail the event is about ('' for none)
    at REAL,                              -- that mail's own Date (NULL: unknown)
    detail TEXT, noted REAL NOT NULL,
    PRIMARY KEY (relationship, kind, message_id));
CREATE TABLE IF NOT EXISTS relationship_ids (
    account TEXT NOT NULL, message_id TEXT NOT NULL, relationship INTEGER NOT NULL,
    PRIMARY KEY (account, message_id, relationship));
"""


@dataclass(frozen=True)
class FolderState:
    """Where a folder's reading stands: its UIDVALIDITY, the highest UID handled, the lookback cutoff."""
    uidvalidity: int
    highest_uid: int
    cutoff: float


@dataclass(frozen=True)
class PassRecord:
    started: float
    finished: float | None
    fetched: int
    rejections: int
    drafts: int
    skipped: int
    error: str | None


@dataclass(frozen=True)
class Counts:
    seen: int          # messages looked at (any verdict)
    rejections: int
    drafts: int        # rejections with a draft in the Drafts folder
    no_address: int    # rejections without a follow-up address
    malformed: int
    answered: int = 0  # rejections the owner had answered already: no draft


@dataclass(frozen=True)
class MessageRecord:
    key: str
    folder: str
    ref: str
    verdict: str
    score: float | None
    drafted: bool
    reason: str | None


def conversation_key(to: str, subject: str) -> tuple[str, str]:
    """A draft's conversation: its recipient's address and its thread subject (without Re:/Fwd:
    prefixes, case and spacing: "Re: Fwd: Your application" and "Re: your  application" match)."""
    return parseaddr(to or "")[1].strip().lower(), thread_subject(subject)


class StateError(UserError):
    """The state database is unusable (lost, emptied, corrupt): the user must rebuild it."""


RESET_HINT = "run `nottoday state reset` to rebuild it from the mailbox (Drafts, Sent and answered mail)"
MAX_FETCH_TRIES = 5       # passes a message that cannot be read is retried before giving up
BUSY_SECONDS = 30         # how long to wait for another process's write (sqlite3 timeout)
SUBJECT_CHARS = 300       # of a subject kept with a message or draft (hostile mail sends megabytes)
ERROR_CHARS = 1000        # of an error's text kept for `status`
ERRORS_KEPT = 100         # latest errors kept per account


def _unusable(path: Path, why: str) -> StateError:
    return StateError(f"state database {path} {why}: nottoday cannot tell which rejections it "
                      f"already drafted; {RESET_HINT}")


class State:
    """The state database. `State.open(state_dir)` creates the directory and schema."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None,
                                      check_same_thread=False)
            if str(path) != ":memory:":
                self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise _unusable(self.path, f"is damaged ({exc})") from None

    def _migrate(self) -> None:
        """Columns added since the first release (ALTER TABLE keeps the rows)."""
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(messages)")}
        for column in ("fingerprint", "outcome"):
            if column not in columns:
                self.db.execute(f"ALTER TABLE messages ADD COLUMN {column} TEXT")
        self.db.executescript(LEDGER_SCHEMA)   # the ledger's tables (issue 15), new in 2026-12

    @classmethod
    def scratch_copy(cls, state_dir: Path | str) -> "State":
        """An in-memory copy of the state (or a fresh one): --dry-run runs the real code, writes nothing."""
        scratch = cls(Path(":memory:"))
        path = Path(state_dir).expanduser() / DB_NAME
        if path.exists():
            check_database(path)
            src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                src.backup(scratch.db)
            finally:
                src.close()
        return scratch

    @classmethod
    def open(cls, state_dir: Path | str) -> "State":
        """The state in `state_dir`, created whole on first use; raises StateError when the file
        is there but empty, truncated or not ours."""
        d = Path(state_dir).expanduser()
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = d / DB_NAME
        if not path.exists():
            if (d / KEY_NAME).exists():   # this directory had a state: it was deleted
                raise _unusable(path, "is missing")
            cls.create(path)
        check_database(path)
        _keep_wal_open(path)
        return cls(path)

    @classmethod
    def create(cls, path: Path) -> None:
        """A new, complete database at `path`: written aside, then renamed into place, so a crash
        never leaves an empty file that would pass for a first run."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # per process and thread: the daemon's account threads may create it at the same moment
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new")
        tmp.unlink(missing_ok=True)
        fresh = cls(tmp)
        fresh.db.execute("PRAGMA journal_mode=DELETE")   # one self-contained file to rename
        fresh.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('created', ?)",
                         (str(time.time()),))
        fresh.close()
        try:
            os.link(tmp, path)    # never over a database another thread or process just made
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)

    def close(self) -> None:
        self.db.close()

    def forget_account(self, account: str) -> None:
        """Everything about `account` except its pass history (`state reset`)."""
        for table in ("folders", "messages", "refs", "drafts", "retries"):
            self.db.execute(f"DELETE FROM {table} WHERE account=?", (account,))

    def account_known(self, account: str) -> bool:
        """Whether any pass has scanned a folder of `account` with this state."""
        return self.db.execute("SELECT 1 FROM folders WHERE account=? LIMIT 1",
                               (account,)).fetchone() is not None

    def __enter__(self) -> "State":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        """All-or-nothing: a crash leaves either every write of the block or none."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # --- folders ---------------------------------------------------------------------
    def folder(self, account: str, folder: str) -> FolderState | None:
        row = self.db.execute(
            "SELECT uidvalidity, highest_uid, cutoff FROM folders WHERE account=? AND folder=?",
            (account, folder)).fetchone()
        return FolderState(*row) if row else None

    def set_folder(self, account: str, folder: str, uidvalidity: int, highest_uid: int,
                   cutoff: float) -> None:
        """Start (or restart after a UIDVALIDITY change) a folder's bookkeeping."""
        self.db.execute(
            "INSERT INTO folders (account, folder, uidvalidity, highest_uid, cutoff, updated) "
            "VALUES (?,?,?,?,?,?) ON CONFLICT (account, folder) DO UPDATE SET "
            "uidvalidity=excluded.uidvalidity, highest_uid=excluded.highest_uid, "
            "cutoff=excluded.cutoff, updated=excluded.updated",
            (account, folder, int(uidvalidity), int(highest_uid), float(cutoff), time.time()))

    def advance(self, account: str, folder: str, uid: int) -> None:
        """Raise the highest handled UID (never lowers it)."""
        self.db.execute(
            "UPDATE folders SET highest_uid=MAX(highest_uid, ?), updated=? "
            "WHERE account=? AND folder=?", (int(uid), time.time(), account, folder))

    # --- messages --------------------------------------------------------------------
    def seen(self, account: str, key: str) -> bool:
        return self.seen_fingerprint(account, key) is not None

    def seen_fingerprint(self, account: str, key: str) -> str | None:
        """None: `key` was never handled; else the fingerprint it was handled with ("" unknown)."""
        row = self.db.execute("SELECT fingerprint FROM messages WHERE account=? AND key=?",
                              (account, key)).fetchone()
        return None if row is None else (row[0] or "")

    def record_ref(self, account: str, folder: str, ref: str) -> None:
        """A Maildir file is handled (whatever it held): later passes skip it unread."""
        self.db.execute("INSERT OR IGNORE INTO refs (account, folder, ref) VALUES (?,?,?)",
                        (account, folder, str(ref)))

    def refs(self, account: str, folder: str) -> set[str]:
        return {r for (r,) in self.db.execute(
            "SELECT ref FROM refs WHERE account=? AND folder=?", (account, folder))}

    def message(self, account: str, key: str) -> MessageRecord | None:
        row = self.db.execute(
            "SELECT key, folder, ref, verdict, score, drafted, reason FROM messages "
            "WHERE account=? AND key=?", (account, key)).fetchone()
        return MessageRecord(*row[:5], bool(row[5]), row[6]) if row else None

    def record_message(self, account: str, folder: str, ref: str, key: str, verdict: str,
                       score: float | None = None, drafted: bool = False,
                       reason: str | None = None, subject: str | None = None,
                       fingerprint: str | None = None, outcome: str | None = None) -> None:
        """Remember a handled message; the first record of a key wins (copies in other folders)."""
        self.db.execute(
            "INSERT OR IGNORE INTO messages (account, key, folder, ref, verdict, score, drafted, "
            "reason, subject, at, fingerprint, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (account, key, folder, str(ref), verdict, score, int(drafted), reason,
             (subject or "")[:SUBJECT_CHARS], time.time(), fingerprint or None, outcome))

    # --- reads to retry --------------------------------------------------------------
    def retry_refs(self, account: str, folder: str, uidvalidity: int) -> list[str]:
        """Refs of `folder` whose read failed transiently and is due again (oldest first)."""
        return [r for (r,) in self.db.execute(
            "SELECT ref FROM retries WHERE account=? AND folder=? AND uidvalidity=? ORDER BY at",
            (account, folder, int(uidvalidity)))]

    def note_retry(self, account: str, folder: str, uidvalidity: int, ref: str, error: str) -> int:
        """Count one more failed read of `ref`; returns how many there have been."""
        self.db.execute(
            "INSERT INTO retries (account, folder, uidvalidity, ref, tries, error, at) "
            "VALUES (?,?,?,?,1,?,?) ON CONFLICT (account, folder, ref) DO UPDATE SET "
            "tries=CASE WHEN uidvalidity=excluded.uidvalidity THEN tries+1 ELSE 1 END, "
            "uidvalidity=excluded.uidvalidity, error=excluded.error, at=excluded.at",
            (account, folder, int(uidvalidity), str(ref), error, time.time()))
        return int(self.db.execute("SELECT tries FROM retries WHERE account=? AND folder=? AND ref=?",
                                   (account, folder, str(ref))).fetchone()[0])

    def clear_retry(self, account: str, folder: str, ref: str) -> None:
        self.db.execute("DELETE FROM retries WHERE account=? AND folder=? AND ref=?",
                        (account, folder, str(ref)))

    def drop_retries(self, account: str, folder: str) -> None:
        """After a UIDVALIDITY change: old UIDs mean nothing, the folder is read again anyway."""
        self.db.execute("DELETE FROM retries WHERE account=? AND folder=?", (account, folder))

    def record_draft(self, account: str, source_key: str, draft_message_id: str | None,
                     to_addr: str, subject: str, folder: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO drafts (account, source_key, draft_message_id, to_addr, "
            "subject, folder, at) VALUES (?,?,?,?,?,?,?)",
            (account, source_key, draft_message_id, to_addr, subject[:SUBJECT_CHARS], folder, time.time()))

    def draft_conversations(self, account: str) -> set[tuple[str, str]]:
        """(recipient address, conversation subject) of every draft we wrote (see
        conversation_key): a rejection forwarded again later belongs to one of them."""
        return {conversation_key(to, subject) for to, subject in self.db.execute(
            "SELECT to_addr, subject FROM drafts WHERE account=?", (account,))}

    def draft_message_ids(self, account: str) -> set[str]:
        """Message-IDs of drafts we wrote: a reply to one answers the owner's own mail."""
        return {m for (m,) in self.db.execute(
            "SELECT draft_message_id FROM drafts WHERE account=? AND draft_message_id IS NOT NULL",
            (account,))}

    # --- small markers (what a periodic check saw last time) ----------------------------
    def marker(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_marker(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                        "SET value=excluded.value", (key, str(value)))

    def ledger_mark(self) -> int:
        """Grows with every event the ledger notes (events are never deleted): equal marks, no
        news in the ledger. One index lookup (the table's rowid), whatever its size."""
        return int(self.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM relationship_events").fetchone()[0])

    # --- passes and errors -------------------------------------------------------------
    def begin_pass(self, account: str) -> int:
        cur = self.db.execute("INSERT INTO passes (account, started) VALUES (?, ?)",
                              (account, time.time()))
        return int(cur.lastrowid)

    def finish_pass(self, pass_id: int, fetched: int, rejections: int, drafts: int,
                    skipped: int, error: str | None = None) -> None:
        self.db.execute(
            "UPDATE passes SET finished=?, fetched=?, rejections=?, drafts=?, skipped=?, error=? "
            "WHERE id=?", (time.time(), fetched, rejections, drafts, skipped, error, pass_id))
        if error:
            self.record_error(self._pass_account(pass_id), error)

    def _pass_account(self, pass_id: int) -> str:
        return self.db.execute("SELECT account FROM passes WHERE id=?", (pass_id,)).fetchone()[0]

    def last_pass(self, account: str) -> PassRecord | None:
        row = self.db.execute(
            "SELECT started, finished, fetched, rejections, drafts, skipped, error FROM passes "
            "WHERE account=? ORDER BY started DESC, id DESC LIMIT 1", (account,)).fetchone()
        return PassRecord(*row) if row else None

    def record_error(self, account: str, text: str) -> None:
        """Remember an account's latest failure (already free of secrets) for `status`."""
        self.db.execute("INSERT INTO errors (account, at, text) VALUES (?,?,?)",
                        (account, time.time(), str(text)[:ERROR_CHARS]))
        self.db.execute(  # keep the table small: the last ERRORS_KEPT per account
            "DELETE FROM errors WHERE account=? AND rowid NOT IN (SELECT rowid FROM errors "
            "WHERE account=? ORDER BY at DESC LIMIT ?)", (account, account, ERRORS_KEPT))

    def last_error(self, account: str) -> tuple[float, str] | None:
        row = self.db.execute("SELECT at, text FROM errors WHERE account=? ORDER BY at DESC, "
                              "rowid DESC LIMIT 1", (account,)).fetchone()
        return (row[0], row[1]) if row else None

    def counts(self, account: str) -> Counts:
        row = self.db.execute(
            "SELECT COUNT(*), "
            "COALESCE(SUM(verdict='rejection'), 0), "
            "COALESCE(SUM(verdict='rejection' AND drafted), 0), "
            "COALESCE(SUM(verdict='rejection' AND NOT drafted "
            "AND COALESCE(outcome, 'no-address')='no-address'), 0), "
            "COALESCE(SUM(verdict='malformed'), 0), "
            "COALESCE(SUM(outcome='already-answered'), 0) "
            "FROM messages WHERE account=?", (account,)).fetchone()
        return Counts(*row)

    def accounts(self) -> list[str]:
        """Every account that has any state, sorted."""
        rows = self.db.execute("SELECT account FROM folders UNION SELECT account FROM passes "
                               "UNION SELECT account FROM errors ORDER BY 1")
        return [a for (a,) in rows]

    # --- the relationship ledger (agent/ledger.py) ------------------------------------------
    def relationship_id(self, account: str, source_key: str) -> int | None:
        row = self.db.execute("SELECT id FROM relationships WHERE account=? AND source_key=?",
                              (account, source_key)).fetchone()
        return int(row[0]) if row else None

    def add_relationship(self, account: str, source_key: str, **fields) -> int:
        """The relationship for a rejection's key (the first record wins, like messages)."""
        cols = [c for c in fields if c in RELATIONSHIP_COLUMNS]
        self.db.execute(
            f"INSERT OR IGNORE INTO relationships (account, source_key, created{''.join(', ' + c for c in cols)}) "
            f"VALUES (?, ?, ?{', ?' * len(cols)})",
            (account, source_key, time.time(), *(fields[c] for c in cols)))
        return self.relationship_id(account, source_key)

    def update_relationship(self, rel_id: int, **fields) -> None:
        cols = [c for c in fields if c in RELATIONSHIP_COLUMNS]
        if cols:
            self.db.execute(f"UPDATE relationships SET {', '.join(c + '=?' for c in cols)} WHERE id=?",
                            (*(fields[c] for c in cols), rel_id))

    def add_event(self, rel_id: int, kind: str, message_id: str = "", at: float | None = None,
                  detail: str | None = None) -> bool:
        """Note what happened (once per relationship, kind and mail); True when it is new."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO relationship_events (relationship, kind, message_id, at, detail, noted) "
            "VALUES (?,?,?,?,?,?)", (rel_id, kind, message_id or "", at, detail, time.time()))
        return cur.rowcount > 0

    def add_thread_id(self, account: str, message_id: str | None, rel_id: int) -> None:
        if message_id:
            self.db.execute("INSERT OR IGNORE INTO relationship_ids (account, message_id, relationship) "
                            "VALUES (?,?,?)", (account, message_id, rel_id))

    def relationships_in_thread(self, account: str, message_ids) -> set[int]:
        """The relationships whose conversation holds any of `message_ids` (one indexed lookup each)."""
        found: set[int] = set()
        for mid in set(message_ids) - {None, ""}:
            found.update(r for (r,) in self.db.execute(
                "SELECT relationship FROM relationship_ids WHERE account=? AND message_id=?", (account, mid)))
        return found

    def relationships(self, account: str | None = None, where: str = "", args: tuple = ()) -> list[Relationship]:
        """Relationships of `account` (every account when None), oldest first; `where` narrows."""
        sql = f"SELECT {', '.join(RELATIONSHIP_FIELDS)} FROM relationships WHERE 1=1"
        params: tuple = ()
        if account is not None:
            sql, params = sql + " AND account=?", (account,)
        if where:
            sql, params = sql + f" AND ({where})", params + tuple(args)
        return [Relationship(*row) for row in self.db.execute(sql + " ORDER BY COALESCE(date, created), id", params)]

    def relationship(self, rel_id: int) -> Relationship | None:
        found = self.relationships(None, "id=?", (int(rel_id),))
        return found[0] if found else None

    def events(self, rel_id: int) -> list[Event]:
        """What happened, in the order of the mails' dates (undated events where they were noted)."""
        return [Event(*row) for row in self.db.execute(
            "SELECT kind, message_id, at, detail, noted FROM relationship_events WHERE relationship=? "
            "ORDER BY COALESCE(at, noted), noted", (int(rel_id),))]


RELATIONSHIP_COLUMNS = ("origin", "company", "contact_name", "contact_first", "contact_addr", "domain",
                        "role", "stage", "language", "subject", "date", "folder", "ref", "message_id",
                        "draft_message_id", "no_draft", "checkin_message_id")
RELATIONSHIP_FIELDS = ("id", "account", "source_key", *RELATIONSHIP_COLUMNS, "created")


@dataclass(frozen=True)
class Relationship:
    """One rejection and the company behind it (a row of the ledger)."""
    id: int
    account: str
    source_key: str
    origin: str
    company: str | None
    contact_name: str | None
    contact_first: str | None
    contact_addr: str | None
    domain: str | None
    role: str | None
    stage: str | None
    language: str | None
    subject: str | None
    date: float | None
    folder: str | None
    ref: str | None
    message_id: str | None
    draft_message_id: str | None
    no_draft: str | None
    checkin_message_id: str | None
    created: float


@dataclass(frozen=True)
class Event:
    kind: str
    message_id: str
    at: float | None
    detail: str | None
    noted: float


KEPT_OPEN = 8        # state databases a process keeps a quiet connection to (see _keep_wal_open)
_kept: "collections.OrderedDict[tuple[str, int], sqlite3.Connection]" = collections.OrderedDict()
_kept_lock = threading.Lock()


def _keep_wal_open(path: Path) -> None:
    """Hold one idle connection to the database for the life of the process. Without it every
    pass's State is the last connection to close: SQLite then checkpoints the WAL, syncs and
    deletes it, and the next pass's first write creates it again — about 20 ms of a pass with
    nothing new on this machine, for nothing. The quiet connection never reads or writes after
    its first look (no transaction stays open, so checkpoints run as usual). Keyed by inode: a
    database replaced by `state reset` gets its own; the oldest beyond KEPT_OPEN are closed."""
    try:
        key = (str(path), path.stat().st_ino)
    except OSError:
        return
    with _kept_lock:
        if key in _kept:
            _kept.move_to_end(key)
            return
        try:
            db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")                 # as State sets it: a new file is not yet
            db.execute("SELECT 1 FROM meta LIMIT 1").fetchall()   # opens the WAL and its index
        except sqlite3.DatabaseError:
            return
        _kept[key] = db
        while len(_kept) > KEPT_OPEN:
            _kept.popitem(last=False)[1].close()


def check_database(path: Path) -> None:
    """Raise StateError unless `path` is a complete nottoday state database."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unusable(path, f"cannot be read ({exc.strerror})") from None
    if size == 0:
        raise _unusable(path, "is empty")
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise _unusable(path, f"is damaged ({exc})") from None
    if not {"folders", "messages", "drafts"} <= tables:
        raise _unusable(path, "is not a nottoday state database (tables missing)")
