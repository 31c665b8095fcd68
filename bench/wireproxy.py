"""A loopback TCP proxy that counts the bytes each way: what a client really downloads.

    with CountingProxy("127.0.0.1", 143) as proxy:   # proxy.port: point the client there
        ...; proxy.down, proxy.up; proxy.reset()

One thread per connection pair, blocking copies in large chunks: cheap next to IMAP itself.
"""
from __future__ import annotations

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

    def __enter__(self) -> "CountingProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._closed = True
        self._listener.close()

    def reset(self) -> tuple[int, int]:
        """(down, up) so far, and start counting from zero."""
        with self._lock:
            counts = (self.down, self.up)
            self.down = self.up = 0
        return counts

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _addr = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._pipe, args=(server, client, "down"), daemon=True).start()
            threading.Thread(target=self._pipe, args=(client, server, "up"), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, direction: str) -> None:
        try:
            while True:
                data = src.recv(CHUNK)
                if not data:
                    break
                with self._lock:
                    setattr(self, direction, getattr(self, direction) + len(data))
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


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
        down, up, self.cpu = self._conn.recv()
        return down, up


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
            conn.send((*proxy.reset(), now - last))
            last = now
