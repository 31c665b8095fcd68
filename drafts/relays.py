"""Job boards and networks passing on an employer's answer ("Acme has reviewed your application",
"Acme sent you a message", "Acme a mis à jour ta candidature"): the organisation the board names
as the one who acted is the employer; the board's own name and domain are only the messenger.

A relay is recognised by structure, not by a list of boards: a sender no person reads (a
no-reply or team inbox, an ATS, or a display name that is no person's) whose text opens a
sentence with another organisation doing something to the application (`relay_actor_verbs`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from classifiers.message import Message

from .addresses import domain_of, is_automated_address, is_team_inbox, registrable_label
from .headers import topic
from .lexicon import vocab
from .orgnames import PHRASE, clean, is_candidate, strip_legal
from .people import looks_like_person
from .text import decode_words, fold, one_line, unwrap

MIN_BRAND = 3   # shorter pieces of a sender's name say nothing of its brand


def sender_brand(msg: Message) -> set[str]:
    """Folded names the sender goes by: its domain's label ("pnet", "seek") and the words of its
    display name before any "via" ("IrishJobs.ie" -> "irishjobsie")."""
    a = msg.from_
    if not a:
        return set()
    found = {registrable_label(domain_of(a.addr))}
    name = re.split(r"\s+(?:via|über|par|por|tramite)\s+", one_line(decode_words(a.name or "")), flags=re.I)[0]
    found |= {fold(w) for w in name.split()}
    return {f for f in found if len(f) >= MIN_BRAND}


def _unread_sender(msg: Message) -> bool:
    a = msg.from_
    if not a:
        return False
    name = one_line(decode_words(a.name or ""))
    return is_automated_address(a.addr) or is_team_inbox(a.addr) or (bool(name) and not looks_like_person(name))


@lru_cache(maxsize=1)
def _acts() -> re.Pattern:
    """What follows an organisation's name when it acted: an auxiliary and a word, a past form, or
    one of `relay_actor_verbs`."""
    v = vocab()
    aux = "|".join(re.escape(x) for x in v["relay_actor_auxiliaries"])
    verbs = "|".join(re.escape(x) for x in sorted(v["relay_actor_verbs"], key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:{aux})\s+(?:just\s+|now\s+|already\s+)?[^\W\d_]{{2,}}|[a-z]{{3,}}ed\b|(?:{verbs})\b)")


_OPENS = re.compile(r"(?:^|\n|[.!?:;,\"“„«>]|\s-\s|\s(?:at|bei|chez|bij))\s*$")


def _named(name: str, thread: str) -> bool:
    """A name, not a word opening a sentence ("We've", "Having", "All qualified applicants"): more
    than one word, or a word the thread never writes in lower case and capitalises inside a
    sentence too ("your interest in Pollen"), more than once (a German noun is capitalised too)."""
    if " " in name:
        return True
    if re.search(r"['’]|ing$", name) or re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", thread):
        return False
    seen = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", thread))
    return len(seen) >= 2 and any(not _OPENS.search(thread[max(0, m.start() - 6): m.start()]) for m in seen)


def _signed_by(name: str, thread: str) -> bool:
    """"Jana Brückner hat Ihnen eine Nachricht geschickt" ... "Viele Grüße Jana": a person relayed
    by a network, whose first name the text also writes alone (a firm's first word is no name
    on its own)."""
    first, _, rest = name.partition(" ")
    return bool(rest) and re.search(rf"(?<![\w-]){re.escape(first)}(?!\s+{re.escape(rest.split()[0])})(?![\w-])",
                                    thread) is not None


def relay_actors(msg: Message, body: str, people: set[str]) -> list[str]:
    """The organisations a relaying board names as having acted on the application, in order,
    when they are not the sender itself; empty when the message is no relay."""
    if not _unread_sender(msg):
        return []
    brand = sender_brand(msg)
    thread = topic(msg.subject) + "\n" + unwrap(body)
    found: list[str] = []
    for text in (topic(msg.subject), unwrap(body)):
        for m in PHRASE.finditer(text):
            name = strip_legal(clean(m.group(0)))
            f = fold(name)
            if not f or not _OPENS.search(text[max(0, m.start() - 6): m.start()]) or not _acts().match(text, m.end()):
                continue
            if name.lower() in vocab()["subject_pronouns"] or name.split()[0].lower() in vocab()["relay_not_actor"] \
                    or not is_candidate(name, people) or not _named(name, thread) or _signed_by(name, thread):
                continue
            if any(f.startswith(b) or b.startswith(f) for b in brand):
                return []   # the sender speaks of itself: an employer's own mail
            if name not in found:
                found.append(name)
    return found
