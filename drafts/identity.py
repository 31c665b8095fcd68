"""Who the drafts are written as, and how: the `[identity]` and `[drafts]` config tables."""
from __future__ import annotations

from dataclasses import dataclass

from classifiers import Owner


@dataclass(frozen=True)
class Identity:
    """The mailbox owner. Drafts are From this person and closed with `signature`."""
    name: str = ""
    email: str = ""
    aliases: tuple[str, ...] = ()
    signature: str = ""
    names: tuple[str, ...] = ()       # the names the owner goes by (default: the first word of name)

    def owner(self) -> Owner:
        """The same person as detection sees it (`classifiers.Owner`), addresses lower-cased."""
        addrs = {a.strip().lower() for a in (self.email, *self.aliases) if a and a.strip()}
        return Owner(name=self.name, addresses=frozenset(addrs), names=tuple(self.names))

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0] if parts else ""

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2].strip().lower() if "@" in self.email else ""


TONES = ("warm", "formal", "brief")


@dataclass(frozen=True)
class DraftSettings:
    """`template`: path to the user's own Jinja2 template ("" = built-in ones). `tone`: "warm"
    (length follows the rejection's), "formal" (formal greeting and closing) or "brief" (always
    short). `radar_question`: ask how to stay on their radar when nothing better is on offer."""
    template: str = ""
    quote_original: bool = True
    tone: str = "warm"
    radar_question: bool = True
