"""A small scripted IMAP4rev1 server that misbehaves on request: the faults a real Dovecot cannot
produce (tests/test_stores_imap_hostile.py). Everything else about IMAP is tested against Dovecot.

It speaks just enough IMAP for agent.stores.imap.ImapStore: CAPABILITY, LOGIN, LIST (INBOX,
Drafts marked \\Drafts, Sent marked \\Sent), EXAMINE/SELECT, UID SEARCH (ALL, UID set, SINCE,
HEADER), UID FETCH (UID, FLAGS, RFC822.SIZE, BODY.PEEK[], BODY.PEEK[HEADER.FIELDS (...)]),
APPEND, NOOP, CLOSE, LOGOUT. One fault at a time, switched by setting `server.fault`; it hits the
BODY[] fetch of one message (`Fault.uid`), except "stall_greeting" (no greeting at all):

    endless_line    the response line never ends (64 KB chunks without CRLF, up to 64 MB)
    lying_literal   RFC822.SIZE says 505, then a literal of `literal_bytes` is streamed
    huge_literal    the literal announces {99999999999} bytes and streams until hung up on
    drip            the response, one byte every `drip_seconds`
    stall           half the literal, then silence
    stall_greeting  accept the connection, then silence
    stall_login     greet, then never answer LOGIN
    bye_login       answer LOGIN with "* BYE" and hang up (a server shutting down mid-login)
    missing_body    the FETCH response has no BODY[] item
    wrong_uid       the body comes back labelled with a UID nobody asked for
    garbage         a FETCH response imapclient cannot parse

Bounded: loopback, a random free port, daemon threads, big payloads streamed from one reused
chunk (never built in memory), and the server stops by itself after `max_seconds`.

    with HostileImap([invite(...), rejection(...)], fault=Fault("drip")) as server:
        ... AccountConfig(host=server.host, port=server.port, security="none", ...) ...
        server.fault = Fault()                      # behave from now on
        server.commands, server.folders["Drafts"]   # what the client did
"""
from __future__ import annotations

import re
import shlex
import socket
import socketserver
import threading
from dataclasses import dataclass

UIDVALIDITY = 4242
CHUNK = b"x" * 65536
BIG_CHUNK = b"y" * 2**20
ENDLESS_CAP = 64 * 2**20
HUGE_ANNOUNCED = 99_999_999_999
LYING_SIZE = 505
FOLDERS = (("INBOX", ""), ("Drafts", "\\Drafts"), ("Sent", "\\Sent"))


@dataclass
class Fault:
    kind: str | None = None          # one of the kinds in the module docstring; None: behave
    uid: int = 2                     # the message whose BODY[] fetch misbehaves
    literal_bytes: int = 100 * 2**20 # lying_literal: what is really sent
    drip_seconds: float = 0.5        # drip: seconds between bytes


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class HostileImap:
    """One mailbox (INBOX holds `messages` as UIDs 1..n) behind a misbehaving IMAP server."""

    def __init__(self, messages: list[bytes], fault: Fault | None = None, max_seconds: float = 60.0):
        self.folders: dict[str, list[bytes]] = {name: [] for name, _flag in FOLDERS}
        self.folders["INBOX"] = list(messages)
        self.fault = fault or Fault()
        self.commands: list[str] = []      # every command line received (passwords too: test data)
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._conns: list[socket.socket] = []
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                with outer._lock:
                    outer._conns.append(self.connection)
                try:
                    _Session(outer, self.rfile, self.connection).run()
                except (OSError, ValueError):
                    pass  # the client hung up (as it should, on most faults)

        self._server = _Server(("127.0.0.1", 0), Handler)
        self.host, self.port = "127.0.0.1", self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._timer = threading.Timer(max_seconds, self.stop)
        self._timer.daemon = True

    def __enter__(self) -> "HostileImap":
        self._thread.start()
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        if self.stopping.is_set():
            return
        self.stopping.set()
        self._timer.cancel()
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            for conn in self._conns:
                try:
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


class _Session:
    """One client connection: read a command, answer it, misbehave where the fault says."""

    def __init__(self, server: HostileImap, rfile, sock: socket.socket) -> None:
        self.server, self.rfile, self.sock = server, rfile, sock
        self.selected = "INBOX"

    def send(self, data: bytes) -> None:
        if self.server.stopping.is_set():
            raise OSError("server stopped")
        self.sock.sendall(data)

    def line(self, text: str) -> None:
        self.send(text.encode() + b"\r\n")

    def run(self) -> None:
        if self.server.fault.kind == "stall_greeting":
            self.server.stopping.wait()
            return
        self.line("* OK hostile IMAP ready")
        while not self.server.stopping.is_set():
            raw = self.rfile.readline(65536)
            if not raw:
                return
            text = raw.decode("utf-8", "replace").rstrip("\r\n")
            self.server.commands.append(text)
            tag, _, rest = text.partition(" ")
            name, _, args = rest.partition(" ")
            name = name.upper()
            if name == "UID":
                name, _, args = args.partition(" ")
                name = "UID " + name.upper()
            handler = getattr(self, "do_" + name.replace(" ", "_"), None)
            if handler is None:
                self.line(f"{tag} BAD unknown command")
                continue
            if handler(tag, args) is False:
                return

    # --- plain commands ---------------------------------------------------------------------
    def do_CAPABILITY(self, tag, args):
        self.line("* CAPABILITY IMAP4rev1 SPECIAL-USE")
        self.line(f"{tag} OK done")

    def do_LOGIN(self, tag, args):
        if self.server.fault.kind == "stall_login":
            self.server.stopping.wait()
            return False
        if self.server.fault.kind == "bye_login":
            self.line("* BYE Server shutting down.")
            return False
        self.line(f"{tag} OK [CAPABILITY IMAP4rev1 SPECIAL-USE] logged in")

    def do_NOOP(self, tag, args):
        self.line(f"{tag} OK done")

    do_CLOSE = do_UNSELECT = do_NOOP

    def do_LOGOUT(self, tag, args):
        self.line("* BYE bye")
        self.line(f"{tag} OK done")
        return False

    def do_LIST(self, tag, args):
        for name, flag in FOLDERS:
            self.line(f'* LIST (\\HasNoChildren{" " + flag if flag else ""}) "/" {name}')
        self.line(f"{tag} OK done")

    def do_EXAMINE(self, tag, args, mode="READ-ONLY"):
        folder = args.strip().strip('"')
        if folder not in self.server.folders:
            self.line(f"{tag} NO no such folder")
            return
        self.selected = folder
        n = len(self.server.folders[folder])
        for text in ("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)", f"* {n} EXISTS", "* 0 RECENT",
                     f"* OK [UIDVALIDITY {UIDVALIDITY}] ok", f"* OK [UIDNEXT {n + 1}] ok"):
            self.line(text)
        self.line(f"{tag} OK [{mode}] done")

    def do_SELECT(self, tag, args):
        self.do_EXAMINE(tag, args, "READ-WRITE")

    def do_APPEND(self, tag, args):
        m = re.match(r'"?([^"\s]+)"?.*\{(\d+)\}$', args)
        if not m:
            self.line(f"{tag} BAD append what?")
            return
        self.line("+ go ahead")
        data = self.rfile.read(int(m.group(2)))
        self.rfile.readline(65536)
        box = self.server.folders.setdefault(m.group(1), [])
        box.append(data)
        self.line(f"{tag} OK [APPENDUID {UIDVALIDITY} {len(box)}] saved")

    # --- searching and fetching -------------------------------------------------------------------
    def _uids(self, spec: str) -> list[int]:
        n = len(self.server.folders[self.selected])
        out: set[int] = set()
        for part in spec.split(","):
            lo, _, hi = part.partition(":")
            lo_n = n if lo == "*" else int(lo)
            hi_n = lo_n if not hi else (n if hi == "*" else int(hi))
            lo_n, hi_n = sorted((lo_n, hi_n))
            out.update(u for u in range(lo_n, hi_n + 1) if 1 <= u <= n)
        return sorted(out)

    def do_UID_SEARCH(self, tag, args):
        words = shlex.split(args)
        box = self.server.folders[self.selected]
        found = set(range(1, len(box) + 1))
        i = 0
        while i < len(words):
            word = words[i].upper()
            if word == "UID":
                found &= set(self._uids(words[i + 1]))
                i += 2
            elif word == "HEADER":
                name = words[i + 1].lower().encode()
                found &= {u for u in found if _header_lines(box[u - 1], [name])}
                i += 3
            elif word in ("SINCE", "BEFORE", "ON"):
                i += 2
            else:  # ALL, CHARSET ... : everything matches
                i += 1
        self.line("* SEARCH" + "".join(f" {u}" for u in sorted(found)))
        self.line(f"{tag} OK done")

    def do_UID_FETCH(self, tag, args):
        spec, _, items = args.partition(" ")
        items = items.upper()
        fault = self.server.fault
        box = self.server.folders[self.selected]
        for uid in self._uids(spec):
            raw = box[uid - 1]
            hit = self.selected == "INBOX" and uid == fault.uid
            if "BODY.PEEK[]" in items and hit and fault.kind:
                if self._misbehave(fault, uid, raw) is False:
                    return False
                continue
            parts = [f"UID {uid}".encode()]
            if "RFC822.SIZE" in items:
                size = LYING_SIZE if hit and fault.kind == "lying_literal" else len(raw)
                parts.append(f"RFC822.SIZE {size}".encode())
            if "FLAGS" in items:
                parts.append(b"FLAGS ()")
            if "BODY.PEEK[]" in items:
                parts.append(_literal("BODY[]", raw))
            for fields in re.findall(r"BODY\.PEEK\[HEADER\.FIELDS \(([^)]*)\)\]", items):
                names = [f.lower().encode() for f in fields.split()]
                parts.append(_literal(f"BODY[HEADER.FIELDS ({fields})]", _header_lines(raw, names) + b"\r\n"))
            self.send(f"* {uid} FETCH (".encode() + b" ".join(parts) + b")\r\n")
        self.line(f"{tag} OK done")

    def _misbehave(self, fault: Fault, uid: int, raw: bytes):
        """The BODY[] response for the faulty message. False: stop talking on this connection."""
        head = f"* {uid} FETCH (UID {uid} BODY[] ".encode()
        stop = self.server.stopping
        if fault.kind == "missing_body":
            self.send(f"* {uid} FETCH (UID {uid})\r\n".encode())
        elif fault.kind == "wrong_uid":
            other = uid + 1000
            self.send(f"* {uid} FETCH (UID {other} ".encode() + _literal("BODY[]", raw) + b")\r\n")
        elif fault.kind == "garbage":
            self.send(head + b'(((" not IMAP at all\r\n')
        elif fault.kind == "endless_line":
            self.send(head + b'"')
            for _ in range(ENDLESS_CAP // len(CHUNK)):
                self.send(CHUNK)
            stop.wait()
            return False
        elif fault.kind in ("lying_literal", "huge_literal"):
            size = fault.literal_bytes if fault.kind == "lying_literal" else HUGE_ANNOUNCED
            self.send(head + f"{{{size}}}\r\n".encode())
            sent = 0
            while sent < size:  # the client should hang up long before
                self.send(BIG_CHUNK[:size - sent])
                sent += len(BIG_CHUNK)
            self.send(b")\r\n")
        elif fault.kind == "drip":
            for byte in head + _literal("", raw)[1:] + b")\r\n":
                if stop.wait(fault.drip_seconds):
                    return False
                self.send(bytes([byte]))
        elif fault.kind == "stall":
            self.send(head + f"{{{len(raw)}}}\r\n".encode() + raw[:len(raw) // 2])
            stop.wait()
            return False
        else:
            raise ValueError(f"unknown fault {fault.kind!r}")


def _literal(name: str, data: bytes) -> bytes:
    return f"{name} {{{len(data)}}}\r\n".encode() + data


def _header_lines(raw: bytes, names: list[bytes]) -> bytes:
    """The header lines (with their continuations) of `raw` whose names are in `names`."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    out, keep = [], False
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):
            if keep:
                out.append(line)
            continue
        keep = line.split(b":", 1)[0].strip().lower() in names
        if keep:
            out.append(line)
    return b"".join(x + b"\r\n" for x in out)
