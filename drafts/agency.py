"""Recruitment agencies: an agency recruiter relaying a client's decision, and the agency's name
(the company when the client is kept confidential)."""
from __future__ import annotations

import re

from classifiers.message import Message

from .addresses import domain_of, is_ats_domain, registrable_label, sender_addresses
from .lexicon import around, signature_block, vocab
from .orgnames import PHRASE, from_domain, strip_department, strip_legal
from .text import fold, one_line

MIN_LABEL = 4   # a name whose first letters the sender's domain spells is the sender's own


def _mentions(text: str, name: str) -> bool:
    return any(cue in text for cue in vocab()[name])


def _has_word(labels: set[str], name: str) -> bool:
    return any(w in label for label in labels for w in vocab()[name])


def is_agency(labels: set[str], body: str, subject: str = "") -> bool:
    """An agency recruiter relaying a client's decision: their own domain is not the company."""
    low = body.lower()
    if _names_a_client(body):
        return True   # "our client, Acme", "nuestro cliente, Bodegas X": whatever the domain says
    own = {label for label in labels if label not in vocab()["ats_brands"]}   # not zohorecruit.in
    if _has_word(own, "recruiter_words") and _names_another_organisation(subject, labels):
        return True   # kiwirecruit.example writing "Tāne Digital – Content Manager"
    if not _has_word(labels, "agency_words"):
        # a domain without the word, a signature with it ("Harlow & Finch Recruitment") relaying
        # what the client said ("Ostara came back to me")
        return bool(vocab()["agency_signature"].search(signature_block(body).lower())) \
            and _mentions(low, "relays_client")
    if _mentions(low, "names_client"):
        return True
    # a recruitment firm's consultant ("Senior Consultant - Sales & Marketing", "Southerly Talent")
    return _has_word(labels, "recruiter_words") and bool(
        re.search(r"\b(?:recruitment |talent |search )?consultant\b", low))


def _names_another_organisation(subject: str, labels: set[str]) -> bool:
    """A recruiter's subject naming an organisation that is not their own ("Update: Head of
    Content, Umoya Bank"): the client whose decision they relay. Job titles, the subject's words
    about the mail, and one-word names (a city, more often than not) do not count."""
    heads = vocab()["role_heads"] | vocab()["romance_heads"]
    for part in re.split(r"\s+[-–—|:]\s+|:\s+|,\s+|\s+(?:at|bei|chez|en|bij|para|per|pour|for)\s+", subject):
        for m in PHRASE.finditer(part):
            words = [w for w in m.group(0).split() if w.lower() not in vocab()["subject_noise"]]
            if len(words) < 2 or any(w.lower().strip("(),") in heads for w in words) \
                    or any(label.startswith(fold(" ".join(words))[:MIN_LABEL]) for label in labels):
                continue
            return True
    return False


def _names_a_client(body: str) -> bool:
    """The text names the employer as its client: "my client, Acme", "unseres Mandanten, der Acme"."""
    return bool(around("company_client_before", r"(?:{words})(?:\s+|\s*\(\s*)(?-i:[A-ZÀ-ÖØ-Þ])").search(re.sub(r"\s+", " ", body)))


def via_agency(msg: Message, body: str, reply_to: str | None) -> bool:
    """True when the message comes from a recruitment agency rather than the employer."""
    labels = {registrable_label(domain_of(a)) for a in sender_addresses(msg, reply_to)
              if not is_ats_domain(domain_of(a))}
    return is_agency(labels - {""}, body, one_line(msg.subject, 300))


def keeps_client_confidential(body: str) -> bool:
    """"I can't share the client's name yet": whatever else the text names is not the employer."""
    return bool(vocab()["confidential_client"].search(body.lower()))


def agency_name(body: str, labels: set[str]) -> str | None:
    """The agency's own name as its signature writes it ("Northgate Search"), else as its domain
    spells it."""
    for line in signature_block(body).split("\n"):
        for piece in re.split(r"\s*[|,•·–—]\s*|\s+-\s+", line):
            # "Cabinet Arcane Recrutement" from cabinet-arcane.fr: its department word goes
            name = strip_legal(piece.strip())
            name = name if fold(name) in labels else strip_department(name)
            if name and fold(name) in labels and PHRASE.fullmatch(name):
                return one_line(name) or None
    return from_domain(sorted(labels))
