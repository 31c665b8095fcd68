"""A private, throw-away Dovecot 2.3 IMAP server for tests.

Everything touching IMAP is tested against a real server, never a mock. This module starts
`/usr/sbin/dovecot -c CONF` (Debian's dovecot-imapd) as its own instance, with its config,
sockets, state, logs, certificates and maildirs in one temp dir under /tmp. It must run as
root (CI does); tests that need it should use the pytest fixtures in `tests/conftest.py`:

    def test_something(imap_account, dovecot):      # a fresh user per test, empty mailbox
        imap_account.host, .port (plain/STARTTLS), .imaps_port, .username, .password, .ca_file
        uid = dovecot.append(imap_account, "INBOX", raw_bytes, flags=(r"\\Seen",))
        for m in dovecot.messages(imap_account, "Drafts"):    # read-only, BODY.PEEK[]
            m.uid, m.flags (set of str, e.g. {"\\\\Draft", "\\\\Seen"}), m.raw (bytes, CRLF)
        with dovecot.client(imap_account) as c: ...           # a logged-in IMAPClient

Server facts:
- Listens on 127.0.0.1 only; `port` speaks plain IMAP and STARTTLS, `imaps_port` implicit TLS.
  Ports are random free ports in 20000-32000 and stay the same across stop()/start().
- TLS: a test CA (`ca_file`) signed a server cert with SAN DNS:localhost, IP:127.0.0.1, so
  clients verify normally with `ssl.create_default_context(cafile=ca_file)`.
- Folders: INBOX plus Drafts, Sent, Trash, Archive with SPECIAL-USE flags; separator "/".
- IDLE notices changes within ~1 s (`mailbox_idle_check_interval = 1 secs`).
- Users: `add_user()` writes a passwd-file of its own (`users/NAME`), usable at once.
  A user's Maildir on disk is `user.maildir` (owned by the `dovecot` user).

Outage tests: `stop()` shuts the server down cleanly (~1 s, also ends client sessions),
`kill()` SIGKILLs the master and every child (like a crash), `start()` brings it back on the
same ports with the same mail. `log_text()` returns the server log for failure messages.
The master runs in the foreground as a child of the test process and gets SIGTERM when that
process dies (even by SIGKILL), so an aborted test run leaves no server behind; call start()
from the main thread (the death signal is tied to the thread that started it).

Why the config reads as it does (measured with Dovecot 2.3.19 on Debian 12, as root):
- `instance_name`, `base_dir`, `state_dir` in the temp dir: else it uses /run/dovecot and
  /var/lib/dovecot and a second instance is "already running". UNIX socket paths are limited to
  108 bytes, so the temp dir is short and under /tmp.
- `default_login_user = dovenull`: imap-login refuses to run as root. `default_internal_user/group
  = root`: the auth process can read a passwd-file in a 0700 temp dir.
- `mail_uid/gid = dovecot` with `first_valid_uid/gid` to match, home `TMP/mail/./%u` and
  `valid_chroot_dirs`: mail processes refuse root, and the chroot spares search rights on the
  temp dir's parents.
- `mail_fsync = never`: fast; a stop or kill loses nothing (only a machine crash would).
- `disable_plaintext_auth = no`, `auth_mechanisms = plain login`: LOGIN without TLS on loopback.
  `auth_failure_delay = 0` and `login_trusted_networks = 127.0.0.0/8 ::1/128`: a wrong password
  is answered in ~0.5 s instead of up to 15 s (anvil's per-IP penalty).
- A test CA signs the server cert: a single self-signed leaf is rejected by strict X.509 checks
  (Python 3.13's default).
- `mail_max_userip_connections = 1000` and higher process/client limits: the default of 10
  connections per user and IP is too few for tests.

Gotchas the code handles: stop by the pid in `master.pid`, never by process name; on SIGTERM
Dovecot lets recently active clients linger up to 10 s, so the master's own `imap`/`imap-login`
children are signalled too (a stop takes ~1 s). An exited master can stay a zombie a while and
Dovecot's "already running" check counts it alive: state Z is dead and a stale master.pid is
removed. Dovecot returns every message with CRLF; imaplib keeps the pre-login capabilities (ask
again after LOGIN); a plain `BODY[]` fetch sets `\\Seen` (`BODY.PEEK[]` and EXAMINE don't);
`\\Recent` is a session flag, never compared. Bulk loading: one APPEND is ~2 ms a message,
MULTIAPPEND in batches of 500 ~0.07 ms, Maildir files written directly then one
`doveadm mailbox status` fastest (100k messages in ~9 s).
"""
from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"


@dataclass(frozen=True)
class ImapUser:
    """What a test needs to reach one mailbox on the private server."""

    host: str
    port: int           # plain IMAP and STARTTLS
    imaps_port: int     # implicit TLS
    username: str
    password: str
    ca_file: str
    maildir: Path       # this user's Maildir on disk (for tests that rewrite it directly)


@dataclass(frozen=True)
class StoredMessage:
    uid: int
    flags: frozenset[str]
    raw: bytes


def _free_port(taken: set[int]) -> int:
    """A port in 20000-32000 that nothing listens on (clear of ephemeral client ports)."""
    for _ in range(200):
        port = 20000 + secrets.randbelow(12000)
        if port in taken:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port in 20000-32000")


def _pid_state(pid: int) -> str | None:
    """Process state letter from /proc (None when gone). A zombie ('Z') counts as dead."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[0]


def _alive(pid: int) -> bool:
    return _pid_state(pid) not in (None, "Z", "X")


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM when the process that started us dies."""
    import ctypes

    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def _children(ppid: int) -> list[int]:
    """Pids whose parent is `ppid` (Dovecot's imap, imap-login, auth, ... processes)."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == ppid:
            out.append(int(entry.name))
    return out


def _make_certs(root: Path) -> None:
    """A test CA and a server cert it signs (SAN localhost + 127.0.0.1), via the openssl CLI."""
    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=root, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
        "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=nottoday test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key",
        "-out", "server.csr", "-subj", "/CN=localhost")
    (root / "server.ext").write_text(
        "subjectAltName = DNS:localhost, IP:127.0.0.1\n"
        "basicConstraints = critical, CA:FALSE\n"
        "keyUsage = critical, digitalSignature, keyEncipherment\n"
        "extendedKeyUsage = serverAuth\n"
        "subjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "30", "-out", "server.pem", "-extfile", "server.ext")


class Dovecot:
    """One private Dovecot instance. Create, `start()`, `add_user()`, ..., `cleanup()`."""

    def __init__(self) -> None:
        if os.geteuid() != 0:
            raise RuntimeError("the Dovecot test server needs root (mail processes switch users)")
        if not os.path.exists(DOVECOT):
            raise RuntimeError(f"{DOVECOT} not found: install dovecot-imapd")
        self.root = Path(tempfile.mkdtemp(prefix="ntd-", dir="/tmp"))  # short: socket paths <108 bytes
        self.root.chmod(0o700)
        self.host = "127.0.0.1"
        self.port = _free_port(set())
        self.imaps_port = _free_port({self.port})
        self.ca_file = str(self.root / "ca.pem")
        self.conf = self.root / "dovecot.conf"
        self.users_dir = self.root / "users"   # one passwd-file per user, see add_user()
        self.mail_root = self.root / "mail"
        self.log_path = self.root / "dovecot.log"
        mail_user = pwd.getpwnam("dovecot")
        self._uid, self._gid = mail_user.pw_uid, mail_user.pw_gid
        self._users: dict[str, ImapUser] = {}
        self.mail_root.mkdir()
        os.chown(self.mail_root, self._uid, self._gid)
        self.users_dir.mkdir()
        _make_certs(self.root)
        self.conf.write_text(self._config())

    # --- configuration -------------------------------------------------------------
    def _config(self) -> str:
        r = self.root
        dh = "ssl_dh = </usr/share/dovecot/dh.pem\n" if os.path.exists("/usr/share/dovecot/dh.pem") else ""
        return f"""\
instance_name = {r.name}
base_dir = {r}/run
state_dir = {r}/state
protocols = imap
listen = 127.0.0.1
log_path = {self.log_path}
info_log_path = {self.log_path}
default_login_user = dovenull
default_internal_user = root
default_internal_group = root
mail_uid = {self._uid}
mail_gid = {self._gid}
first_valid_uid = {self._uid}
last_valid_uid = {self._uid}
first_valid_gid = {self._gid}
last_valid_gid = {self._gid}
valid_chroot_dirs = {self.mail_root}
mail_location = maildir:~/Maildir
mail_fsync = never
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8 ::1/128
mailbox_idle_check_interval = 1 secs
mail_max_userip_connections = 1000
ssl = yes
ssl_cert = <{r}/server.pem
ssl_key = <{r}/server.key
{dh}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {self.users_dir}/%u
}}
userdb {{
  driver = passwd-file
  args = {self.users_dir}/%u
  default_fields = uid={self._uid} gid={self._gid} home={self.mail_root}/./%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
  process_limit = 200
  client_limit = 1000
  service_count = 0
}}
service imap {{
  process_limit = 1000
}}
protocol imap {{
  mail_max_userip_connections = 1000
  imap_idle_notify_interval = 1 mins
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    auto = subscribe
    special_use = \\Drafts
  }}
  mailbox Sent {{
    auto = subscribe
    special_use = \\Sent
  }}
  mailbox Trash {{
    auto = subscribe
    special_use = \\Trash
  }}
  mailbox Archive {{
    auto = subscribe
    special_use = \\Archive
  }}
}}
"""

    # --- lifecycle -------------------------------------------------------------------
    @property
    def pid_file(self) -> Path:
        return self.root / "run" / "master.pid"

    def master_pid(self) -> int | None:
        """The running master's pid, or None (a zombie master counts as stopped)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if _alive(pid) else None

    def start(self, timeout: float = 10.0) -> None:
        """Start (or restart after stop/kill) on the same ports with the same mail."""
        if self.master_pid():
            return
        with contextlib.suppress(FileNotFoundError):
            self.pid_file.unlink()  # stale: Dovecot would count a zombie as "already running"
        # Foreground (-F) as our child, so it is reaped promptly and dies with the test process
        # even when that is killed (PR_SET_PDEATHSIG): no orphan servers after an aborted run.
        # Output goes to a file, not a pipe, which Dovecot's children would hold open.
        out = open(self.root / "start.out", "ab")
        try:
            self._proc = subprocess.Popen([DOVECOT, "-F", "-c", str(self.conf)], stdin=subprocess.DEVNULL,
                                          stdout=out, stderr=out, preexec_fn=_die_with_parent,
                                          start_new_session=True)
        finally:
            out.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                text = (self.root / "start.out").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"dovecot failed to start: {text}\n{self.log_text()[-2000:]}")
            # master.pid appears a little after the listeners: wait for both, or a second
            # start() would see no pid and try to start another master
            if self.master_pid() and self._accepts(self.port) and self._accepts(self.imaps_port):
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen within {timeout}s\n{self.log_text()[-2000:]}")

    def _reap(self) -> None:
        proc = getattr(self, "_proc", None)
        if proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0)

    def _accepts(self, port: int) -> bool:
        try:
            with socket.create_connection((self.host, port), timeout=0.5):
                return True
        except OSError:
            return False

    def stop(self, timeout: float = 15.0) -> None:
        """Clean shutdown: SIGTERM the master and its imap/imap-login children, wait for exit."""
        pid = self.master_pid()
        if pid is None:
            return
        # Ending the client-facing children makes the master exit at once instead of letting
        # sessions linger; signalling log/auth/config would make it wait for them instead.
        for child in _children(pid):
            if _comm(child) in ("imap", "imap-login"):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(child, signal.SIGTERM)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        self._wait_gone(pid, timeout)

    def kill(self) -> None:
        """Crash the server: SIGKILL the master and every process under it."""
        pid = self.master_pid()
        if pid is None:
            return
        doomed = [pid]
        i = 0
        while i < len(doomed):
            doomed.extend(_children(doomed[i]))
            i += 1
        for p in doomed:
            with contextlib.suppress(ProcessLookupError):
                os.kill(p, signal.SIGKILL)
        self._wait_gone(pid, 10.0)
        for p in doomed:
            self._wait_gone(p, 5.0)

    def _wait_gone(self, pid: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self._reap() or _alive(pid):
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot pid {pid} did not exit within {timeout}s")
            time.sleep(0.02)
        # wait for the port to close too, so a restart can bind it
        while (self._accepts(self.port) or self._accepts(self.imaps_port)) and time.monotonic() < deadline:
            time.sleep(0.02)

    def cleanup(self) -> None:
        """Stop the server and delete the temp dir."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    # --- users -----------------------------------------------------------------------
    def add_user(self, username: str | None = None, password: str | None = None) -> ImapUser:
        """Create a mailbox user (fresh and empty); usable immediately."""
        username = username or f"u{secrets.token_hex(4)}"
        password = password or secrets.token_urlsafe(12)
        if ":" in username + password or "\n" in username + password:
            raise ValueError("username/password must not contain ':' or newlines")
        user = ImapUser(self.host, self.port, self.imaps_port, username, password,
                        self.ca_file, self.mail_root / username / "Maildir")
        if "/" in username or username.startswith("."):
            raise ValueError("username must not contain '/' or start with '.'")
        self._users[username] = user
        # One passwd-file per user (`args = .../users/%u`): Dovecot re-reads a changed shared
        # file at most once a second, so a user added right after a login would be unknown;
        # a new file is read on first use.
        home = self.mail_root / username
        home.mkdir(exist_ok=True)
        os.chown(home, self._uid, self._gid)
        tmp = self.users_dir / f".{username}.tmp"
        tmp.write_text(f"{username}:{{PLAIN}}{password}::::::\n")
        os.replace(tmp, self.users_dir / username)
        return user

    # --- mail helpers ----------------------------------------------------------------
    @contextlib.contextmanager
    def client(self, user: ImapUser, tls: bool = False):
        """A logged-in imapclient connection (plain port, or IMAPS with the test CA)."""
        from imapclient import IMAPClient

        if tls:
            ctx = ssl.create_default_context(cafile=self.ca_file)
            c = IMAPClient(self.host, port=self.imaps_port, ssl=True, ssl_context=ctx, timeout=10)
        else:
            c = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        try:
            c.login(user.username, user.password)
            yield c
        finally:
            with contextlib.suppress(Exception):
                c.logout()

    def append(self, user: ImapUser, folder: str, raw: bytes, flags=(), msg_time=None) -> int | None:
        """APPEND raw bytes into `folder`; returns the new UID (UIDPLUS APPENDUID)."""
        with self.client(user) as c:
            resp = c.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
        text = resp.decode() if isinstance(resp, bytes) else str(resp)
        # "[APPENDUID <uidvalidity> <uid>] Append completed."
        if "APPENDUID" in text:
            return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
        return None

    def messages(self, user: ImapUser, folder: str) -> list[StoredMessage]:
        """Every message in `folder`, in UID order, read without side effects (EXAMINE + BODY.PEEK[])."""
        with self.client(user) as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            if not uids:
                return []
            data = c.fetch(uids, ["FLAGS", "BODY.PEEK[]"])
        out = []
        for uid in sorted(data):
            item = data[uid]
            flags = frozenset(f.decode() if isinstance(f, bytes) else str(f) for f in item[b"FLAGS"])
            out.append(StoredMessage(uid, flags - {"\\Recent"}, item[b"BODY[]"]))
        return out

    def folder_status(self, user: ImapUser, folder: str) -> dict[str, int]:
        """UIDVALIDITY, UIDNEXT and MESSAGES of `folder` (STATUS, no selection)."""
        with self.client(user) as c:
            st = c.folder_status(folder, ["UIDVALIDITY", "UIDNEXT", "MESSAGES"])
        return {k.decode(): int(v) for k, v in st.items()}
