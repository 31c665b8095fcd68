"""One pass over one account: every configured folder, only what is new, exactly once.

Incremental: per folder the state keeps (UIDVALIDITY, highest UID handled, lookback cutoff).
The first pass looks back `lookback_days` (IMAP SEARCH SINCE; Maildir by file time, then Date).
Later passes read UIDs above the high-water mark. When UIDVALIDITY changes, the folder is read
again from the original cutoff and message keys already in the state are skipped.

Crash safety: for each message the draft (if any) is appended first, then the message record
and the folder's advance are committed in one transaction. The mark only moves past messages
fully handled, so a crash mid-pass re-reads the rest and the Drafts check in agent.pipeline
keeps the re-read from drafting twice.

The daemon builds `Pipeline.from_config(config)` once per config load and calls `run_pass(...)`
per wake-up; `nottoday once` and `nottoday demo` do the same.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from classifiers import parse_message

from . import checkin, corrections, ledger, workers
from .errors import UserError
from .pipeline import (ANSWERED, DRAFTED, FAILED, MALFORMED, OLD, SEEN, UNREADABLE, WOULD_DRAFT, DraftBox,
                       CHECKS_PER_SEARCH, Outcome, Pending, Pipeline)
from .draftid import install_key, read_install_key
from .state import MAX_FETCH_TRIES, RESET_HINT, State, StateError
from .stores.base import SOURCE_HEADER
from .stores import MailStore, make_store

log = logging.getLogger("nottoday.scan")

LOCK_WAIT = 120.0          # seconds to wait for another process's pass on the same account


@dataclass
class PassSummary:
    account: str
    fetched: int = 0
    rejections: int = 0
    drafts: int = 0           # appended (or, dry run, would be)
    skipped: int = 0          # malformed, unreadable or failed
    outcomes: list[Outcome] = field(default_factory=list)
    stopped: bool = False     # stop_event cut the pass short
    checkins: int = 0         # check-in drafts saved (agent.checkin)

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        if outcome.action in (SEEN, OLD):
            return
        self.fetched += 1
        if outcome.verdict is not None and outcome.verdict.rejection:
            self.rejections += 1
        if outcome.action in (DRAFTED, WOULD_DRAFT):
            self.drafts += 1
        if outcome.action in (MALFORMED, FAILED, UNREADABLE):
            self.skipped += 1


@dataclass(frozen=True)
class _Pass:
    """What every step of one account's pass works with (built once in _run_pass)."""

    account: object
    config: object
    pipeline: Pipeline
    state: State
    store: MailStore
    box: DraftBox
    own_ids: "set[str] | _OnFirstUse"
    summary: PassSummary
    stop_event: threading.Event | None
    on_outcome: Callable[[Outcome], None] | None
    on_listing: Callable[[str, int], None] | None = None   # (folder, messages to read): progress

    def stopping(self) -> bool:
        return self.stop_event is not None and self.stop_event.is_set()


class _OnFirstUse:
    """A set read from the state the first time it is looked at (a pass with nothing new never
    does: its cost must not grow with the number of drafts)."""

    def __init__(self, load: Callable[[], set]) -> None:
        self._load = load
        self._value: set | None = None

    def _get(self) -> set:
        if self._value is None:
            self._value = set(self._load())
        return self._value

    def __iter__(self):
        return iter(self._get())

    def __contains__(self, item) -> bool:
        return item in self._get()

    def __len__(self) -> int:
        return len(self._get())


def record_error(config, account_name: str, text: str) -> None:
    """For the daemon: remember an account's failure for `nottoday status`."""
    with State.open(config.daemon.state_dir) as state:
        state.record_error(account_name, text)


def run_pass(account, config, pipeline: Pipeline, stop_event: threading.Event | None = None, *,
             dry_run: bool = False, store: MailStore | None = None,
             on_outcome: Callable[[Outcome], None] | None = None, now: float | None = None,
             on_listing: Callable[[str, int], None] | None = None) -> PassSummary:
    """Scan every folder of `account` once. Raises on connection/store failure (after
    recording it); per-message problems are logged and skipped. `dry_run` appends nothing and
    works on a scratch copy of the state. `now` (unix time) is when check-ins are judged due."""
    with contextlib.ExitStack() as stack:
        if not dry_run:
            stack.enter_context(mailbox_lock(account, stop_event))
        return _run_pass(account, config, pipeline, stop_event, dry_run, store, on_outcome, now, on_listing)


def lock_dir() -> Path:
    """Where pass locks live: one place per user, whatever the state directory, so that two
    configs (or `--config` beside the service) on one mailbox still take turns."""
    base = os.environ.get("NOTTODAY_LOCK_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "nottoday")
    return Path(base) / "locks"


def mailbox_identity(account) -> str:
    """The mailbox an account reads: server, port and user (IMAP) or the Maildir's real path."""
    if getattr(account, "maildir", None):
        return "maildir:" + os.path.realpath(os.path.expanduser(account.maildir))
    return f"imap:{str(account.host).lower()}:{account.port}:{account.username}"


@contextlib.contextmanager
def mailbox_lock(account, stop_event: threading.Event | None = None):
    """One pass per mailbox at a time across processes (`once` while `run` is running, or two
    configs on one mailbox): two concurrent passes could both miss each other's draft."""
    d = lock_dir()
    d.mkdir(parents=True, mode=0o700, exist_ok=True)
    tag = hashlib.sha256(mailbox_identity(account).encode()).hexdigest()[:24]
    fd = os.open(d / f"pass-{tag}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline or (stop_event is not None and stop_event.is_set()):
                    raise UserError(f"account {account.name}: another nottoday pass on this mailbox "
                                    f"has been running for over {LOCK_WAIT:.0f} s; try again later") from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # releases the lock


def _run_pass(account, config, pipeline, stop_event, dry_run, store, on_outcome, now=None,
              on_listing=None) -> PassSummary:
    state = State.scratch_copy(config.daemon.state_dir) if dry_run else State.open(config.daemon.state_dir)
    summary = PassSummary(account.name)
    pass_id = state.begin_pass(account.name)
    own_store = store is None
    store = store or make_store(account)
    try:
        if own_store:
            store.open()
        identity = config.identity
        key = read_install_key(config.daemon.state_dir) if dry_run else install_key(config.daemon.state_dir)
        # the drafts' rows are read only if a message needs them: an idle pass never does
        box = DraftBox(store, dry_run=dry_run, conversations=lambda: state.draft_conversations(account.name),
                       install_key=key, owner=identity.owner().addresses, domain=identity.domain)
        if not state.account_known(account.name):
            _refuse_lost_state(account, config, box)
        own_ids = _OnFirstUse(lambda: state.draft_message_ids(account.name))
        ctx = _Pass(account, config, ledger.Following(pipeline, identity.owner().addresses), state,
                    store, box, own_ids, summary, stop_event, on_outcome, on_listing)
        for folder in account.folders:
            if ctx.stopping():
                summary.stopped = True
                break
            _scan_folder(ctx, folder)
        if not summary.stopped:
            _after_folders(ctx, now)
    except BaseException as exc:
        state.finish_pass(pass_id, summary.fetched, summary.rejections, summary.drafts,
                          summary.skipped, error=_describe(exc))
        raise
    else:
        state.finish_pass(pass_id, summary.fetched, summary.rejections, summary.drafts, summary.skipped)
    finally:
        if own_store:
            store.close()
        state.close()
    return summary


def _after_folders(ctx: _Pass, now: float | None) -> None:
    """The relationship ledger's part of a pass (docs/ledger.md): the corrections folder, then
    what happened next (Sent, discarded drafts), then check-ins that are due."""
    account, state = ctx.account, ctx.state
    filed = corrections.folder_for(account, ctx.store)
    if filed:
        _scan_folder(replace(ctx, pipeline=corrections.Filed(ctx.pipeline, state, account.name, filed)), filed)
    if ctx.summary.stopped or ctx.stopping():
        return
    ledger.follow_up(state, ctx.store, ctx.box, account, ctx.config.daemon.lookback_days,
                     [o for o in ctx.summary.outcomes if o.action == ANSWERED])
    after_days = getattr(getattr(ctx.config, "checkin", None), "after_days", 0)
    ctx.summary.checkins = checkin.run(state, ctx.box, account.name, ctx.config.identity, after_days, now)


def _refuse_lost_state(account, config, box: DraftBox) -> None:
    """Drafts holds drafts from an earlier nottoday (the header older versions wrote), yet this
    state has never scanned the account: the state was lost or belongs elsewhere. Going on would
    draft again every rejection whose draft was sent or deleted meanwhile."""
    legacy = box.store.find_headers(box.folder, [(SOURCE_HEADER, "")])
    if legacy:
        raise StateError(f"account {account.name}: the Drafts folder holds {len(legacy)} nottoday "
                         f"draft(s) but the state in {config.daemon.state_dir} has no record of this "
                         f"account (lost or new state directory); {RESET_HINT}")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text or type(exc).__name__


def _scan_folder(ctx: _Pass, folder: str) -> None:
    name, state, store = ctx.account.name, ctx.state, ctx.store
    uidvalidity = store.uidvalidity(folder)
    ctx.box.folder   # Drafts found now (LIST), after this folder's first command: see DraftBox.folder
    current = state.folder(name, folder)
    if current is None:
        cutoff = time.time() - ctx.config.daemon.lookback_days * 86400
        state.set_folder(name, folder, uidvalidity, 0, cutoff)
        after = 0
    elif current.uidvalidity != uidvalidity:
        log.warning("%s %s: UIDVALIDITY changed (%d -> %d): reading the folder again; "
                    "messages already handled are skipped", name, folder, current.uidvalidity, uidvalidity)
        cutoff = current.cutoff
        state.set_folder(name, folder, uidvalidity, 0, cutoff)
        state.drop_retries(name, folder)
        after = 0
    else:
        cutoff, after = current.cutoff, current.highest_uid
    since = datetime.fromtimestamp(cutoff, timezone.utc) if after == 0 else None
    # A Maildir has no UIDNEXT: its directories' time stamps say "nothing changed" instead
    token = store.change_token(folder) if getattr(store, "kind", "") == "maildir" else None
    marker = f"scan:listed:{name}:{folder}"
    if (token is not None and current is not None and current.uidvalidity == uidvalidity
            and state.marker(marker) == token and not state.retry_refs(name, folder, uidvalidity)):
        return
    listing = store.list_messages(folder, after, since)
    if listing.uidvalidity != uidvalidity:
        log.warning("%s %s: UIDVALIDITY changed during the pass; next pass reads it again", name, folder)
        return
    refs = list(listing.refs)
    if not listing.ordered:
        known = state.refs(name, folder)
        refs = [r for r in refs if str(r) not in known]
    retry = [r for r in _retry_refs(state, name, folder, uidvalidity, listing.ordered) if r not in refs]
    if refs or retry:
        log.debug("%s %s: %d new message(s), %d to retry", name, folder, len(refs), len(retry))
        if ctx.on_listing is not None:
            ctx.on_listing(folder, len(refs) + len(retry))
    with _Batch(state) as batched:
        _handle_all(replace(ctx, state=batched), folder, listing, cutoff, retry + refs)
    if listing.ordered and listing.uidnext - 1 > after and not ctx.summary.stopped:
        _past_listed(state, name, folder, listing.uidnext)
    if token is not None and not ctx.summary.stopped:
        state.set_marker(marker, token)   # read before the listing: a change since differs from it


def _past_listed(state: State, account: str, folder: str, uidnext: int) -> None:
    """The folder's mark moves to UIDNEXT - 1 once every listed message was handled: what lay
    below it and was not listed is older than the lookback (SINCE left it out). Without this, a
    folder whose mail is all older than the cutoff (or an empty one) would be searched by date
    on every pass, a SEARCH that grows with the folder; with it the next idle pass is answered
    by EXAMINE's UIDNEXT alone."""
    with state.transaction():
        state.advance(account, folder, uidnext - 1)


WINDOW_REJECTIONS = CHECKS_PER_SEARCH   # rejections asked about at once: one SEARCH in Drafts, one in Sent
WINDOW_MESSAGES = 5000                  # messages a window holds at most (their records wait for it)


def _handle_all(ctx: _Pass, folder: str, listing, cutoff: float, todo: list) -> None:
    """Fetch `todo` and handle each message; `ctx.state` is the batch (see _Batch). Each message
    is decided (parse, classify, compose) as it arrives; once WINDOW_REJECTIONS rejections are
    waiting (or WINDOW_MESSAGES messages), the mailbox is asked once about them
    (DraftBox.prepare) and each message of the window is settled and recorded in order — per
    message still: Drafts check, APPEND, then its record. A window counts rejections, not
    messages: asking goes to Drafts and Sent and back to the folder, and Dovecot's EXAMINE and
    first FETCH after it cost the more the bigger the folder, so a window of a fixed number of
    messages made that cost grow with the square of the mailbox. A window keeps no message's
    bytes (settling needs the decision, the ref and the flags). A key met twice in a window (one
    message in two copies) first settles what came before it, so that its second look at the
    state (`seen`) sees the first copy's record, as message by message would."""
    with _pool_for(ctx, len(todo)) as pool:
        fetching = ctx.store.fetch(folder, todo)   # its read-ahead thread starts after the pool's forks
        examined = pool.map(fetching, send=lambda f: f.raw) if pool is not None else ((f, None) for f in fetching)
        try:
            _decide_all(ctx, folder, listing, cutoff, examined)
        finally:
            for gen in (examined, fetching):   # a pass stopped early: the read-ahead ends now
                getattr(gen, "close", lambda: None)()


@contextlib.contextmanager
def _pool_for(ctx: _Pass, messages: int):
    """Worker processes for this folder's messages (agent.workers), or None: few messages, one
    CPU, no fork, another thread alive, or a pipeline that is not the plain one (the corrections
    folder forces its verdicts)."""
    inner = getattr(ctx.pipeline, "pipeline", None)
    size = workers.wanted(messages) if (type(ctx.pipeline) is ledger.Following
                                        and type(inner) is Pipeline) else 0
    if size == 0:
        yield None
        return
    pool = workers.Pool(ctx.pipeline.examine, size)
    log.debug("%s: %d message(s) decided with %d worker process(es)", ctx.account.name, messages, size)
    try:
        yield pool
    finally:
        pool.close()


def _decide_all(ctx: _Pass, folder: str, listing, cutoff: float, examined) -> None:
    """_handle_all's loop over (fetched, what a worker found in it or None)."""
    decided: list = []
    keys: set[str] = set()
    pending = 0
    for fetched, ex in examined:
        d = _decide(ctx, folder, listing, cutoff, fetched, ex)
        if d is not None and d.key in keys:
            if not _settle_all(ctx, folder, listing, decided):
                return
            decided, keys, pending = [], set(), 0
            d = _decide(ctx, folder, listing, cutoff, fetched, ex)
        if d is not None and d.key and not (isinstance(d, Outcome) and d.action in (SEEN, OLD)):
            keys.add(d.key)
        decided.append((replace(fetched, raw=None), d))
        pending += isinstance(d, Pending)
        if ctx.stopping() or pending >= WINDOW_REJECTIONS or len(decided) >= WINDOW_MESSAGES:
            if not _settle_all(ctx, folder, listing, decided):
                return
            decided, keys, pending = [], set(), 0
    if decided:
        _settle_all(ctx, folder, listing, decided)


def _decide(ctx: _Pass, folder: str, listing, cutoff: float, fetched, examined=None) -> Outcome | Pending | None:
    """One message up to the mailbox's answers; None: a read to retry (the folder moves on).
    `examined`: what a worker process found in it (agent.workers), None: decided here."""
    name, uidvalidity = ctx.account.name, listing.uidvalidity
    if fetched.raw is None and fetched.transient:
        return _failed_read(ctx.state, name, folder, uidvalidity, fetched)
    if fetched.raw is None:
        log.warning("skipping %s %s: %s", folder, _ref_text(fetched.ref), fetched.error)
        return Outcome(folder, fetched.ref, f"ref:{folder}:{uidvalidity}:{fetched.ref}",
                       UNREADABLE, reason=fetched.error)
    if not listing.ordered and _older_than(fetched.raw, cutoff):
        return Outcome(folder, fetched.ref, "", OLD)
    state = ctx.state
    if examined is not None:
        return ctx.pipeline.decide_examined(examined, fetched.raw, folder, fetched.ref, ctx.box,
                                            lambda key: state.seen_fingerprint(name, key), ctx.own_ids)
    return ctx.pipeline.decide(fetched.raw, folder, fetched.ref, ctx.box,
                               seen=lambda key: state.seen_fingerprint(name, key), own_ids=ctx.own_ids)


def _settle_all(ctx: _Pass, folder: str, listing, decided: list) -> bool:
    """The window's rejections asked about at once, then each message settled and recorded."""
    name, state, box = ctx.account.name, ctx.state, ctx.box
    pending = [(f, d) for f, d in decided if isinstance(d, Pending)]
    if pending:
        box.prepare(folder, [(p.key, p.reply_to, p.message_id) for _f, p in pending],
                    unflagged=[f.ref for f, _p in pending if f.flags is None])
    for fetched, d in decided:
        if d is None:      # retried on a later pass; the folder still moves on
            _advance(state, name, folder, fetched.ref, listing.ordered, record_ref=False)
            continue
        outcome = ctx.pipeline.settle(d, box, fetched.flags) if isinstance(d, Pending) else d
        _record(state, name, folder, outcome, listing.ordered, box.folder)
        ctx.summary.add(outcome)
        if ctx.on_outcome is not None:
            ctx.on_outcome(outcome)
        if ctx.stopping():
            ctx.summary.stopped = True
            return False
    return True


WRITE_BATCH = 250   # messages whose state writes share one transaction (one commit, one sync)


class _Batch:
    """The state, with the writes of up to WRITE_BATCH messages in one transaction: per-message
    `transaction()` blocks become savepoints in it, so a pass costs one commit per batch, not
    one per message, and each message's writes are still all or nothing. Leaving the block —
    also by an exception, a server gone mid-pass — commits the messages fully handled.
    Exactly-once still holds: a draft is appended before its message's record; a killed process
    loses at most the open batch, which the next pass reads again, and the Drafts check
    (agent.pipeline.DraftBox) finds the drafts already saved for it."""

    def __init__(self, state: State, size: int = WRITE_BATCH) -> None:
        self._state = state
        self._size = size
        self._open = False
        self._done = 0

    def __getattr__(self, name):
        return getattr(self._state, name)

    def __enter__(self) -> "_Batch":
        return self

    def __exit__(self, *exc) -> None:
        if self._open:
            self._open = False
            self._state.db.execute("COMMIT")

    @contextlib.contextmanager
    def transaction(self):
        db = self._state.db
        if not self._open:
            db.execute("BEGIN IMMEDIATE")
            self._open = True
        db.execute("SAVEPOINT message")
        try:
            yield
        except BaseException:
            db.execute("ROLLBACK TO message")
            db.execute("RELEASE message")
            raise
        db.execute("RELEASE message")
        self._done += 1
        if self._done % self._size == 0:
            self._open = False
            db.execute("COMMIT")


def _retry_refs(state: State, account: str, folder: str, uidvalidity: int, ordered: bool) -> list:
    return [int(r) if ordered else r for r in state.retry_refs(account, folder, uidvalidity)]


def _failed_read(state: State, account: str, folder: str, uidvalidity: int, fetched) -> Outcome | None:
    """A read that may work next time: None (retry later), or, after MAX_FETCH_TRIES passes, the
    message given up as unreadable — loudly, since a rejection may be behind it."""
    where = f"{folder} {_ref_text(fetched.ref)}"
    with state.transaction():
        tries = state.note_retry(account, folder, uidvalidity, str(fetched.ref), fetched.error or "")
    if tries < MAX_FETCH_TRIES:
        log.warning("could not read %s (%s); trying again next pass (%d of %d)",
                    where, fetched.error, tries, MAX_FETCH_TRIES)
        return None
    log.error("giving up on %s after %d failed reads (%s): it gets no draft; read it yourself",
              where, tries, fetched.error)
    return Outcome(folder, fetched.ref, f"ref:{folder}:{uidvalidity}:{fetched.ref}", UNREADABLE,
                   reason=f"unreadable after {tries} tries: {fetched.error}")


def _advance(state: State, account: str, folder: str, ref, ordered: bool, record_ref: bool = True) -> None:
    """Move the folder on past `ref` (ordered stores); Maildir refs are remembered one by one,
    except those still to be retried."""
    with state.transaction():
        if ordered:
            state.advance(account, folder, int(ref))
        elif record_ref:
            state.record_ref(account, folder, str(ref))


def _ref_text(ref) -> str:
    return f"uid {ref}" if isinstance(ref, int) else str(ref)


def _older_than(raw: bytes, cutoff: float) -> bool:
    """Maildir only: a file synced recently can hold old mail; its Date says so."""
    try:
        date = parse_message(raw).date
    except Exception:
        return False
    if date is None:
        return False
    if date.tzinfo is None:
        date = date.replace(tzinfo=timezone.utc)
    return date.timestamp() < cutoff - timedelta(days=1).total_seconds()


def _record(state: State, account: str, folder: str, outcome: Outcome, ordered: bool,
            drafts_folder: str) -> None:
    """One transaction per message: its record and the folder's advance, or neither."""
    with state.transaction():
        if outcome.action not in (SEEN, OLD):
            v = outcome.verdict
            verdict = (outcome.action if outcome.action in (MALFORMED, FAILED, UNREADABLE)
                       else "rejection" if v is not None and v.rejection else "other")
            state.record_message(account, folder, str(outcome.ref), outcome.key, verdict,
                                 score=v.score if v is not None else None, drafted=outcome.drafted,
                                 reason=outcome.reason, subject=outcome.subject,
                                 fingerprint=outcome.fingerprint, outcome=outcome.action)
        ledger.note(state, account, outcome)
        if outcome.draft is not None and outcome.drafted:
            d = outcome.draft
            # ALREADY: the draft on the server is an earlier composition with another Message-ID
            msgid = d.get("Message-ID") if outcome.action == DRAFTED else None
            state.record_draft(account, outcome.key, msgid, str(d.get("To", "")),
                               str(d.get("Subject", "")), drafts_folder)
        state.clear_retry(account, folder, str(outcome.ref))
        if ordered:
            state.advance(account, folder, int(outcome.ref))
        else:
            state.record_ref(account, folder, str(outcome.ref))
