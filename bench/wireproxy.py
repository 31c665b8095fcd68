"""A loopback TCP proxy that counts the bytes each way: what a client really downloads.

    with CountingProxy("127.0.0.1", 143) as proxy:   # proxy.port: point the client there
        ...; proxy.down, proxy.up; proxy.reset()

One thread per connection pair, blocking copies in large chunks: cheap next to IMAP itself.

`proxy.breakdown()`: the bytes down per kind of command ({kind: [commands, bytes, literal bytes]}),
each response attributed to the command the client last sent on that connection (nottoday and
the bare loops send one command at a time); a FETCH is named by its items with section numbers and
partial ranges folded ("UID FETCH (BODY.PEEK[n]<p>)"), so framing = bytes - literal bytes.
"""
from __future__ import annotations

import re
import socket
import threading

CHUNK = 256 * 1024


class CountingProxy:
    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.down = 0      # server -> client
        self.up = 0        # client -> server
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._kinds: dict[str, list[int]] = {}

    def __enter__(self) -> "CountingProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._closed = True
        self._listener.close()

    def reset(self) -> tuple[int, int]:
        """(down, up) so far, and start counting from zero (the breakdown too)."""
        with self._lock:
            counts = (self.down, self.up)
            self.down = self.up = 0
            self._kinds = {}
        return counts

    def breakdown(self) -> dict[str, list[int]]:
        """{kind of command: [commands, bytes down, literal bytes down]} since the last reset."""
        with self._lock:
            return {k: list(v) for k, v in self._kinds.items()}

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _addr = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = _Conn()
            threading.Thread(target=self._pipe, args=(server, client, "down", conn), daemon=True).start()
            threading.Thread(target=self._pipe, args=(client, server, "up", conn), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, direction: str, conn: "_Conn") -> None:
        try:
            while True:
                data = src.recv(CHUNK)
                if not data:
                    break
                with self._lock:
                    setattr(self, direction, getattr(self, direction) + len(data))
                    if direction == "up":
                        conn.sent(data)
                    else:
                        entry = self._kinds.setdefault(conn.kind, [0, 0, 0])
                        if conn.counted != conn.commands:
                            conn.counted = conn.commands
                            entry[0] += 1
                        entry[1] += len(data)
                        entry[2] += conn.received(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


_SECTION = re.compile(r"\[[0-9.]+(?=[\].])")
_PARTIAL = re.compile(r"<[0-9.]+>")
_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n")


class _Conn:
    """One connection's state for the breakdown: the kind of its last command, and where the
    server's byte stream stands (inside a literal or in response text)."""

    def __init__(self) -> None:
        self.kind = "greeting"
        self.commands = 0
        self.counted = 0
        self._up = b""
        self._up_skip = 0
        self._skip = 0          # literal bytes still to come down
        self._line = b""        # response text since the last line end

    def sent(self, data: bytes) -> None:
        self._up += data
        while True:
            if self._up_skip:                 # a literal the client sends (APPEND's message)
                take = min(self._up_skip, len(self._up))
                self._up, self._up_skip = self._up[take:], self._up_skip - take
                if self._up_skip:
                    return
            if b"\r\n" not in self._up:
                return
            line, self._up = self._up.split(b"\r\n", 1)
            m = _LITERAL.search(line + b"\r\n")
            if m and (line + b"\r\n").endswith(m.group(0)):
                self._up_skip = int(m.group(1))
            words = line.decode("latin-1").split(" ", 2)
            if len(words) < 2 or not words[0] or words[0] == "+" or words[1].upper() == "DONE":
                continue           # a literal's continuation, IDLE's DONE, APPEND's data
            verb = words[1].upper()
            rest = words[2] if len(words) > 2 else ""
            if verb == "UID":
                sub, _, rest = rest.partition(" ")
                verb = f"UID {sub.upper()}"
            if verb in ("UID FETCH", "FETCH"):
                items = rest.partition(" ")[2]
                verb += " " + _PARTIAL.sub("<p>", _SECTION.sub("[n", items.upper()))
            self.kind = verb
            self.commands += 1

    def received(self, data: bytes) -> int:
        """Count `data` down; returns how much of it was literal bytes."""
        literal = 0
        i = 0
        while i < len(data):
            if self._skip:
                take = min(self._skip, len(data) - i)
                self._skip -= take
                literal += take
                i += take
                continue
            end = data.find(b"\n", i)
            if end < 0:
                self._line = (self._line + data[i:])[-64:]
                break
            line = (self._line + data[i:end + 1])[-64:]
            self._line = b""
            i = end + 1
            m = _LITERAL.search(line)
            if m and line.endswith(m.group(0)):
                self._skip = int(m.group(1))
        return literal


class ProxyProcess:
    """CountingProxy in a process of its own, so that the process under measurement has no
    thread of the proxy's (agent.workers forks detection workers only from a process whose other
    threads are known; the proxy's would forbid it). Same interface; `reset` also returns the
    proxy's CPU seconds since the last reset, which the bench adds to the pass's CPU as the
    threaded proxy's used to be."""

    def __init__(self, host: str, port: int) -> None:
        import multiprocessing
        self._conn, theirs = multiprocessing.Pipe()
        self._proc = multiprocessing.get_context("fork").Process(
            target=_serve_proxy, args=(host, port, theirs), daemon=True)
        self.port = 0

    def __enter__(self) -> "ProxyProcess":
        self._proc.start()
        self.port = self._conn.recv()
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._conn.send("stop")
        except OSError:
            pass
        self._proc.join(5)
        if self._proc.is_alive():
            self._proc.kill()

    def reset(self) -> tuple[int, int]:
        self._conn.send("reset")
        down, up, self.cpu, self.kinds = self._conn.recv()
        return down, up

    def breakdown(self) -> dict[str, list[int]]:
        """The breakdown up to the last reset (CountingProxy.breakdown)."""
        return self.kinds


def _serve_proxy(host: str, port: int, conn) -> None:
    import os
    with CountingProxy(host, port) as proxy:
        conn.send(proxy.port)
        last = sum(os.times()[:2])
        while True:
            try:
                what = conn.recv()
            except EOFError:
                return
            if what != "reset":
                return
            now = sum(os.times()[:2])
            kinds = proxy.breakdown()
            conn.send((*proxy.reset(), now - last, kinds))
            last = now
