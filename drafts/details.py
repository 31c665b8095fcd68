"""What a follow-up needs to know about a rejection, extracted by pure rules from the message."""
from __future__ import annotations

import re
from dataclasses import dataclass

from classifiers.language import detect_language
from classifiers.message import Message

from .company import company as find_company
from .company import via_agency
from .identity import Identity
from .people import _HONORIFICS as HONORIFICS
from .people import contact, first_name, follow_up_address, named_addresses
from .role import role as find_role
from .text import fold, message_text, one_line
from .vocab import vocab

@dataclass(frozen=True)
class Details:
    """Who and what a follow-up is about. None means unknown (templates fall back gracefully)."""
    reply_to: str | None
    contact_first_name: str | None
    company: str | None
    role: str | None
    stage: str                       # "interviewed" | "applied"
    language: str                    # ISO 639-1, "en" when unsure
    contact_name: str | None = None  # full name as written, for formal greetings
    feedback_offered: bool = False   # the sender offered feedback (the draft accepts it)
    kept_on_file: bool = False       # they keep the CV on file / in a talent pool (the draft thanks them)
    via_agency: bool = False         # a recruitment agency relayed the decision (the draft thanks them for their help)


def stage(text: str) -> str:
    """"interviewed" when the text says they met, spoke or interviewed; else "applied"."""
    low = text.lower()
    return "interviewed" if any(r.search(low) for r in vocab()["interviewed_re"]) else "applied"


def offers_feedback(text: str) -> bool:
    """True when the sender's own text offers feedback ("happy to share feedback if useful")."""
    low = text.lower()
    return any(r.search(low) for r in vocab()["feedback_re"])


def extract_details(msg: Message, identity: Identity) -> Details:
    """Pure: the same message and identity always give the same details. Never raises on odd mail."""
    identity = identity or Identity()
    owner = frozenset(a.strip().lower() for a in (identity.email, *identity.aliases) if a and a.strip())
    text = message_text(msg)
    body, full = text.reply, text.full
    reply_to, _ = follow_up_address(msg, body, full, owner)
    person = contact(msg, body, reply_to, identity.name)
    # people's names (and first names) are never the company
    names = [n for n in (person.name if person else "", identity.name) if n]
    names += [a.name for a in named_addresses(msg) if fold(a.name) and
              person and fold(a.name.split()[0]) == fold(person.name.split()[0])]
    # whoever is greeted is the recipient (the owner, even when no identity is configured)
    names += re.findall(r"(?im)^\s*(?:hi|hey|hello|dear|hallo|liebe[rs]?|guten tag|bonjour|hola|ciao|"
                        r"gentile|ol[áa])[,\s]+([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)", body)
    first_line = next((l for l in body.split("\n") if l.strip()), "")
    names += re.findall(r"^\s*([^\W\d_][\w'’-]*)\s*(?:[,:!]|\s[-–—])", first_line)[:1]   # "Sam," / "sam -"
    # "Ms. Priya Raman" is also "Priya Raman"
    names += [" ".join(w for w in n.split() if w.lower().strip(".") not in HONORIFICS) for n in names]
    names = [n for n in names if n.strip()]
    people = {fold(n) for n in names if fold(n)} | {fold(n.split()[0]) for n in names if fold(n)}
    comp = find_company(msg, body, reply_to, people, full, text.quoted)
    return Details(
        reply_to=reply_to,
        contact_first_name=first_name(person),
        company=comp,
        role=find_role(msg.subject, body, comp, text.quoted),
        # the quoted thread counts too: the candidate's own "thanks for the interview" note
        stage=stage(full),
        language=detect_language(body),
        contact_name=one_line(person.name) if person else None,
        feedback_offered=offers_feedback(body),
        kept_on_file=any(r.search(body.lower()) for r in vocab()["kept_on_file_re"]),
        via_agency=via_agency(msg, body, reply_to),
    )

