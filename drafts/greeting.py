"""How to greet the contact: in the register the sender used, never by copying their line.

A sender who wrote "Hallo Sam" or "du" gets "Hallo Katrin"; one who wrote "Sehr geehrter Herr
Taylor" gets "Sehr geehrte Frau Böhme" when the text says how to address them (an honorific
before their surname), else their full name ("Guten Tag Katrin Böhme"). The cues are
[patterns] in vocab.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, vocab

FORMAL, INFORMAL = "formal", "informal"


def _greeting(body: str) -> str | None:
    """FORMAL or INFORMAL when the first line is a greeting that says which, else None."""
    first = next((line for line in body.split("\n") if line.strip()), "").lower()
    if vocab()["formal_greeting"].search(first):
        return FORMAL
    return INFORMAL if vocab()["informal_greeting"].search(first) else None


def register(body: str, language: str) -> str:
    """"informal" when the sender greets by first name ("Hi Sam", "Hallo Sam") or, in German or
    French, says du/tu; else "formal"."""
    greeting = _greeting(body)
    if greeting is not None:
        return greeting
    informal = vocab().get(f"informal_address_{language}")
    return INFORMAL if informal is not None and informal.search(body) else FORMAL


def familiar(body: str, language: str) -> bool:
    """True when the sender says du/tu to the owner (German, French): the draft answers in kind.

    One stray "ta" or "Du" (a name, an abbreviation) is not enough: it takes two familiar forms,
    or one after a first-name greeting, and never after a formal greeting."""
    pattern = vocab().get(f"informal_address_{language}")
    greeting = _greeting(body) if pattern is not None else FORMAL
    if greeting == FORMAL:
        return False
    hits = len(pattern.findall(body))
    return hits >= 2 or (hits == 1 and greeting == INFORMAL)


def salutation(body: str, full_name: str | None) -> str | None:
    """"f" or "m" when the text puts an honorific before the contact's surname ("Frau Böhme",
    "Monsieur Martin", "Ms. Raman"), else None: a formal greeting then uses the full name."""
    words = (full_name or "").split()
    if len(words) < 2:
        return None
    first, surname = words[0], words[-1]
    for key, name in (("f", "female_honorifics"), ("m", "male_honorifics")):
        for m in _honorific(name).finditer(body):
            at = m.end()
            if body.startswith(first, at) and (gap := _GAP.match(body, at + len(first))):
                if _name_at(body, gap.end(), surname):
                    return key
            if _name_at(body, at, surname):
                return key
    return None


_GAP = re.compile(r"\s+")
_BOUNDARY = re.compile(r"\b")


@lru_cache(maxsize=None)
def _honorific(name: str) -> re.Pattern:
    """An honorific and the blanks after it; the contact's name is compared after the match,
    not built into a pattern per contact (that would push static patterns out of `re`'s cache)."""
    return re.compile(rf"(?i:\b(?:{alternation(name)}))\.?\s+")


def _name_at(text: str, at: int, name: str) -> bool:
    """`name` stands at `at` as a whole word (case as written)."""
    return text.startswith(name, at) and bool(_BOUNDARY.match(text, at + len(name)))
