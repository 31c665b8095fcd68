"""How long to wait before the next reconnect: exponential, jittered, capped.

Jitter keeps many clients (or many accounts of one user) from reconnecting in lock-step after a
server restart; the cap keeps a laptop that was offline for an hour from waiting another hour.
Authentication failures use a separate, slower schedule: hammering a server with a wrong
password gets accounts locked (Gmail, Microsoft 365 both do this).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Delays base, 2*base, 4*base, ... up to cap, each drawn from [delay/2, delay] ("equal jitter")."""

    base: float = 1.0
    cap: float = 300.0
    rng: random.Random = field(default_factory=random.Random, repr=False)
    failures: int = 0

    def next_delay(self) -> float:
        """Record one more failure and return how long to wait before retrying."""
        ceiling = min(self.cap, self.base * (2 ** min(self.failures, 30)))
        self.failures += 1
        return self.rng.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        """A success: the next failure starts again from `base`."""
        self.failures = 0


def network_backoff() -> Backoff:
    """Connection, TLS, timeout and server errors: retry soon, at most every 5 minutes."""
    return Backoff(base=2.0, cap=300.0)


def auth_backoff() -> Backoff:
    """Wrong password / expired token: retry slowly (5 min, doubling to 1 h) — never hammer."""
    return Backoff(base=300.0, cap=3600.0)
