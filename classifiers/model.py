"""The small value types detection takes and gives: settings, owner, context, verdict.

They are plain frozen dataclasses so config loading, the pipeline and the CLI can build and
print them without knowing anything about spaCy.
"""
from __future__ import annotations

from dataclasses import dataclass, field


class RuleError(ValueError):
    """A rule (built-in or from config) is invalid; the message names the rule and the key."""


@dataclass(frozen=True)
class DetectionSettings:
    """The `[detection]` config table: threshold, disabled ids, re-scored ids, user rules."""
    threshold: float = 5.0
    disable: tuple[str, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)
    rules: tuple[dict, ...] = ()


@dataclass(frozen=True)
class Owner:
    """Whose mailbox this is. Addresses are lower-case; empty means nobody is known.
    `names`: the names the owner goes by ("Rob", "Robert"); none given = the first word of `name`."""
    name: str = ""
    addresses: frozenset[str] = frozenset()
    names: tuple[str, ...] = ()

    def owns(self, addr: str | None) -> bool:
        """True for the owner's addresses, also with a +tag (sam+jobs@example.org)."""
        if not addr:
            return False
        addr = addr.strip().lower()
        if addr in self.addresses:
            return True
        local, at, domain = addr.partition("@")
        return bool(at) and "+" in local and f"{local.split('+', 1)[0]}@{domain}" in self.addresses

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0] if parts else ""

    @property
    def known_names(self) -> tuple[str, ...]:
        """`names`, or else the first word of `name`."""
        return tuple(n.strip() for n in self.names if n.strip()) or ((self.first_name,) if self.first_name else ())


@dataclass(frozen=True)
class ThreadContext:
    """What the daemon knows about the thread: set when the message answers the owner's own mail."""
    reply_to_own_mail: bool = False


@dataclass(frozen=True)
class RuleHit:
    id: str
    score: float
    evidence: str


@dataclass(frozen=True)
class Verdict:
    """The decision and why: every rule that fired, or `reason` when the verdict was forced."""
    rejection: bool
    score: float
    threshold: float
    hits: tuple[RuleHit, ...]
    language: str
    reason: str | None = None
    # the news came in the sender's own earlier mail, forwarded again ("resending in case it went
    # to spam"): the daemon does not draft twice for one conversation
    resent: bool = False
