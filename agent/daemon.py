"""`nottoday run`: watch every account until told to stop, and never die of the network.

Shape: one worker thread per account, so a slow or broken account never holds up another. Each
worker loops: connect a watcher (IMAP IDLE where offered), run one pass (agent.scan, exactly-once),
wait for news, repeat. Any failure ends the worker's connection, never the worker: network trouble
is retried with jittered exponential backoff (capped at 5 min), a refused login slowly (5 min to 1 h)
so the server does not lock the account.

The main thread owns signals and a `schedule` scheduler: every `interval` seconds it wakes each
worker for a pass (the only trigger without IDLE, a safety net with it). Scheduled jobs are wrapped,
because `schedule` lets an exception escape run_pending() and would retry the job forever.

SIGTERM/SIGINT: workers finish the message in hand and the process exits 0 within ~10 s.
SIGHUP: the config file is read again and classifier + templates rebuilt; if anything is wrong the
problems are logged and the old config stays in force.
"""
from __future__ import annotations

import imaplib
import logging
import signal
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

import schedule
from imapclient.exceptions import IMAPClientError, LoginError

from .backoff import Backoff, auth_backoff, network_backoff
from . import errors
from .errors import CredentialError, UserError
from .idle import ConnectionLost, IdleWatcher, Wakeup
from .mdwatch import MaildirWatcher

log = logging.getLogger("nottoday.daemon")

STOP_SECONDS = 8.0  # how long workers get to finish the message in hand (systemd waits 15)
WATCHDOG_SECONDS = 30        # how often a dead worker thread is looked for (and replaced)
MAIN_WAIT_SECONDS = 5.0      # the main loop looks at its flags at least this often
IDLE_MAIN_WAIT_SECONDS = 1.0   # ... and this often while nothing is scheduled yet


# --- what a failure means ------------------------------------------------------------------
AUTH, NETWORK, USER, BUG = "auth", "network", "user", "bug"


def classify_error(exc: BaseException) -> str:
    """AUTH: wrong password/token (retry slowly); USER: the user must fix something (slowly);
    NETWORK: connection, TLS, timeout or server trouble (retry soon); BUG: anything else."""
    if isinstance(exc, (LoginError, CredentialError)):
        # RFC 5530 [UNAVAILABLE]: the server's auth backend is down, the password may be fine.
        return NETWORK if "[UNAVAILABLE]" in str(exc) else AUTH
    if isinstance(exc, UserError):
        return USER
    if isinstance(exc, (OSError, ssl.SSLError, socket.timeout, ConnectionLost, imaplib.IMAP4.error,
                        IMAPClientError, EOFError, TimeoutError)):
        return NETWORK
    return BUG


def describe(exc: BaseException) -> str:
    """An exception in one line for the log, without any secret: its type, then errors.describe."""
    name, text = type(exc).__name__, errors.describe(exc)
    return name if text == name else f"{name}: {text}"


def _unprefixed(exc: BaseException, name: str) -> str:
    """The error's text without a leading "account NAME: " (the log line starts with NAME already)."""
    text = str(exc)
    prefix = f"account {name}: "
    return text[len(prefix):] if text.startswith(prefix) else text


def human_seconds(s: float) -> str:
    return f"{s:.0f} s" if s < 90 else f"{s / 60:.0f} min"


# --- what the daemon runs --------------------------------------------------------------------
@dataclass
class Hooks:
    """The outside work, pluggable so the loop logic can be tested on its own.

    prepare(config) -> context: build what a pass needs once per config load (classifier, composer);
        raises when rules or templates are broken.
    run_pass(account, config, context, stop_event) -> summary: one exactly-once pass over the
        account; must return soon after stop_event is set (after the message in hand).
    connect_watch(account) -> IMAPClient: a logged-in connection for IDLE.
    maildir_folders(account) -> [Path]: a Maildir account's folder directories (change check).
    record_error(config, account_name, text): remember the last error for `nottoday status`.
    """

    prepare: Callable[[Any], Any]
    run_pass: Callable[[Any, Any, Any, threading.Event], Any]
    connect_watch: Callable[[Any], Any] | None = None
    maildir_folders: Callable[[Any], list] | None = None
    record_error: Callable[[Any, str, str], None] | None = None


@dataclass
class Runtime:
    config: Any
    context: Any


# --- one account -----------------------------------------------------------------------------
class AccountWorker(threading.Thread):
    """Runs passes for one account forever; reconnects after any failure."""

    def __init__(self, daemon: "Daemon", account) -> None:
        super().__init__(name=f"account-{account.name}", daemon=True)
        self.d = daemon
        self.account = account
        self.wake = Wakeup()
        self.stop_event = threading.Event()
        self._restart = threading.Event()     # reconnect with new settings / forget backoff
        self._retry_now = threading.Event()   # same settings, but retry at once (after a reload)
        self._next_account = None
        self.net = daemon.make_backoff(NETWORK)
        self.auth = daemon.make_backoff(AUTH)
        self.passes = 0
        self.failures = 0
        self._pass_failed = False

    # called from the main thread
    def poll(self) -> None:
        """Run a pass soon (the scheduled poll)."""
        self.wake.set()

    def update(self, account, reconnect: bool) -> None:
        """After a reload: reconnect if the account's settings changed; in any case forget the
        backoff and run a pass now (the user may have just fixed the password)."""
        if reconnect:
            self._next_account = account
            self._restart.set()
        else:
            self._retry_now.set()
        self.wake.set()

    def stop(self) -> None:
        self.stop_event.set()
        self.wake.set()

    # the thread
    def run(self) -> None:
        name = self.account.name
        while not self.stop_event.is_set():
            try:
                self._session()
            except BaseException as exc:  # noqa: BLE001 - a worker must outlive everything
                if self.stop_event.is_set():
                    break
                self._failed(exc)
            if self._restart.is_set():
                self._apply_update()
        self.wake.close()
        log.debug("%s: worker stopped", name)

    def _apply_update(self) -> None:
        self._restart.clear()
        if self._next_account is not None:
            self.account, self._next_account = self._next_account, None
        self.net.reset()
        self.auth.reset()

    def _failed(self, exc: BaseException) -> None:
        kind = classify_error(exc)
        self.failures += 1
        a = self.account
        where = a.maildir if a.is_maildir else f"{a.host}:{a.port}"
        if kind == AUTH:
            delay = self.auth.next_delay()
            text = (f"login to {where} as {a.username!r} failed ({describe(exc)}); check the username and "
                    f"the password (`nottoday login {a.name}`, password_command or oauth2_token_command), "
                    f"then `systemctl --user reload nottoday`; retrying in {human_seconds(delay)}")
            if isinstance(exc, CredentialError):
                text = f"{_unprefixed(exc, a.name)}; retrying in {human_seconds(delay)}"
            log.error("%s: %s", a.name, text)
        elif kind == USER:
            delay = self.auth.next_delay()
            log.error("%s: %s; retrying in %s", a.name, _unprefixed(exc, a.name), human_seconds(delay))
        elif kind == NETWORK:
            delay = self.net.next_delay()
            log.warning("%s: lost %s (%s); reconnecting in %s", a.name, where, describe(exc), human_seconds(delay))
        else:
            delay = self.net.next_delay()
            log.error("%s: unexpected error (%s); retrying in %s", a.name, describe(exc), human_seconds(delay),
                      exc_info=exc)
        if not self._pass_failed:  # a failed pass has recorded its error already
            self.d.record_error(a.name, describe(exc))
        self._sleep(delay)

    def _sleep(self, delay: float) -> None:
        """Back off; only stop or a reload cut the wait short (scheduled polls do not)."""
        end = time.monotonic() + delay
        while not self.stop_event.is_set() and not self._restart.is_set():
            if self._retry_now.is_set():
                self._retry_now.clear()
                self.net.reset()
                self.auth.reset()
                return
            left = end - time.monotonic()
            if left <= 0:
                return
            self.wake.wait(left)

    def _session(self) -> None:
        """One connection's life: watch, pass, wait, pass, ... until an error, stop or reload."""
        self._pass_failed = False
        account = self.account
        watcher = None
        cfg = self.d.runtime.config
        try:
            if not account.is_maildir and cfg.daemon.idle and self.d.hooks.connect_watch:
                watcher = self._open_watcher(account, cfg)
            elif account.is_maildir and cfg.daemon.idle and self.d.hooks.maildir_folders:
                watcher = MaildirWatcher(self.d.hooks.maildir_folders(account))
                log.info("%s: watching %s for changes", account.name, account.maildir)
            while not self.stop_event.is_set():
                self._pass()
                if self.stop_event.is_set() or self._restart.is_set():
                    return
                if watcher is not None:
                    result = watcher.wait(self.wake)
                    if result.reason == "mail":
                        log.debug("%s: new mail announced", account.name)
                else:
                    self.wake.wait(None)
                if self._restart.is_set():
                    return
        finally:
            if isinstance(watcher, IdleWatcher):
                watcher.close(polite=not self.stop_event.is_set())

    def _open_watcher(self, account, cfg) -> IdleWatcher | None:
        """The IDLE connection on the first folder, or None when the server has no IDLE."""
        from .idle import close

        client = self.d.hooks.connect_watch(account)
        try:
            if not IdleWatcher.supported(client):
                close(client)
                log.info("%s: %s does not offer IDLE; checking every %s", account.name, account.host,
                         human_seconds(cfg.daemon.interval))
                return None
            watcher = IdleWatcher(client, account.folders[0])
            watcher.start()
        except imaplib.IMAP4.abort:
            close(client, polite=False)
            raise
        except imaplib.IMAP4.error as exc:  # a NO: the folder is missing or not allowed
            close(client)
            raise UserError(
                f"account {account.name}: cannot watch folder {account.folders[0]!r} ({describe(exc)}); "
                f"check `folders` in the config (`nottoday doctor {account.name}` lists the folders)") from None
        except BaseException:
            close(client, polite=False)
            raise
        log.info("%s: watching %s on %s with IDLE", account.name, account.folders[0], account.host)
        return watcher

    def _pass(self) -> None:
        rt = self.d.runtime
        started = time.monotonic()
        self._pass_failed = True
        summary = self.d.hooks.run_pass(self.account, rt.config, rt.context, self.stop_event)
        self._pass_failed = False
        if self.failures:
            log.info("%s: working again after %d failed attempt(s)", self.account.name, self.failures)
        self.failures = 0
        self._retry_now.clear()
        self.net.reset()
        self.auth.reset()
        self.passes += 1  # last: observers (status, tests) see the bookkeeping above already done
        took = time.monotonic() - started
        new = getattr(summary, "fetched", 0)
        if new:
            log.info("%s: %d new message(s), %d rejection(s), %d draft(s) saved", self.account.name, new,
                     getattr(summary, "rejections", 0), getattr(summary, "drafts", 0))
        log.debug("%s: pass %d done in %.2f s", self.account.name, self.passes, took)


# --- the whole process -----------------------------------------------------------------------
class Daemon:
    def __init__(self, config, hooks: Hooks, load: Callable[[], Any],
                 backoffs: dict[str, Callable[[], Backoff]] | None = None) -> None:
        """config: the loaded Config; load(): read the config file again (for SIGHUP);
        backoffs: factories by error kind (tests shorten them)."""
        self.hooks = hooks
        self.backoffs = {NETWORK: network_backoff, AUTH: auth_backoff, **(backoffs or {})}
        self.load = load
        self.runtime = Runtime(config, None)
        self.workers: dict[str, AccountWorker] = {}
        self.scheduler = schedule.Scheduler()
        self.main_wake = Wakeup()
        self._stop = False
        self._reload = False

    def make_backoff(self, kind: str) -> Backoff:
        return self.backoffs[kind]()

    # signals: set a flag and wake the main loop; everything else happens in run()
    def _on_signal(self, signum, frame) -> None:
        if signum == signal.SIGHUP:
            self._reload = True
        else:
            self._stop = True
        self.main_wake.set()

    def install_signals(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, self._on_signal)

    def request_stop(self) -> None:
        self._stop = True
        self.main_wake.set()

    def request_reload(self) -> None:
        self._reload = True
        self.main_wake.set()

    def record_error(self, account_name: str, text: str) -> None:
        if self.hooks.record_error is None:
            return
        try:
            self.hooks.record_error(self.runtime.config, account_name, text)
        except Exception as exc:  # noqa: BLE001 - bookkeeping must not take the worker down
            log.debug("could not record the error for %s: %s", account_name, describe(exc))

    # scheduling
    def _guarded(self, what: str, job: Callable[[], Any]) -> Callable[[], None]:
        def run() -> None:
            try:
                job()
            except Exception as exc:  # noqa: BLE001 - schedule would stop here otherwise
                log.error("scheduled job %s failed (%s); it will run again", what, describe(exc), exc_info=exc)
        return run

    def _plan(self) -> None:
        self.scheduler.clear()
        interval = self.runtime.config.daemon.interval
        self.scheduler.every(interval).seconds.do(self._guarded("poll", self.poll_all))
        self.scheduler.every(WATCHDOG_SECONDS).seconds.do(self._guarded("watchdog", self._watchdog))

    def poll_all(self) -> None:
        """Wake every worker for a pass now (the scheduler does it every `interval`)."""
        for worker in list(self.workers.values()):
            worker.poll()

    def _watchdog(self) -> None:
        """A worker thread that died anyway (a bug) is replaced, so its account is not forgotten."""
        for name, worker in list(self.workers.items()):
            if not worker.is_alive() and not self._stop:
                log.error("%s: the worker stopped unexpectedly; starting it again", name)
                self._start_worker(worker.account)

    def _start_worker(self, account) -> None:
        worker = AccountWorker(self, account)
        self.workers[account.name] = worker
        worker.start()

    # reload
    def _do_reload(self) -> None:
        self._reload = False
        try:
            config = self.load()
            config.require_mailbox()
            context = self.hooks.prepare(config)
        except UserError as exc:
            lines = str(exc).splitlines() or [type(exc).__name__]
            log.error("reload: the config has %d problem(s); keeping the previous config:", len(lines))
            for line in lines:
                log.error("reload: %s", line)
            return
        except Exception as exc:  # noqa: BLE001 - a broken template or rule must not stop the daemon
            log.error("reload: %s; keeping the previous config", describe(exc))
            return
        old = self.runtime.config
        self.runtime = Runtime(config, context)
        for name in list(self.workers):
            if name not in config.accounts:
                log.info("%s: removed from the config; stopping it", name)
                self.workers.pop(name).stop()
        for name, account in config.accounts.items():
            worker = self.workers.get(name)
            if worker is None:
                log.info("%s: new account", name)
                self._start_worker(account)
            else:
                worker.update(account, reconnect=worker.account != account or old.daemon != config.daemon)
        if old.daemon != config.daemon:
            self._plan()
        log.info("reloaded %s (%d account(s))", config.path or "config", len(config.accounts))

    # main loop
    def run(self) -> int:
        config = self.runtime.config
        self.runtime = Runtime(config, self.hooks.prepare(config))
        for account in config.accounts.values():
            self._start_worker(account)
        self._plan()
        log.info("nottoday is running: %d account(s) from %s, state in %s; SIGTERM or Ctrl+C stops it, "
                 "SIGHUP reloads the config", len(config.accounts), config.path or "config", config.daemon.state_dir)
        try:
            while not self._stop:
                if self._reload:
                    self._do_reload()
                    continue
                try:
                    self.scheduler.run_pending()
                except Exception as exc:  # noqa: BLE001 - defensive: jobs are guarded already
                    log.error("scheduler: %s", describe(exc))
                idle = self.scheduler.idle_seconds
                self.main_wake.wait(IDLE_MAIN_WAIT_SECONDS if idle is None else min(max(idle, 0.0), MAIN_WAIT_SECONDS))
        finally:
            self._shutdown()
        return 0

    def _shutdown(self) -> None:
        log.info("stopping: finishing the message in hand")
        for worker in self.workers.values():
            worker.stop()
        deadline = time.monotonic() + STOP_SECONDS
        for worker in self.workers.values():
            worker.join(max(0.0, deadline - time.monotonic()))
        late = [n for n, w in self.workers.items() if w.is_alive()]
        if late:
            log.warning("stopped without waiting for: %s (nothing is lost; the next start picks up)",
                        ", ".join(late))
        else:
            log.info("stopped")
