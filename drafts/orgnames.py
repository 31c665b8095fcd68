"""Company names as phrases: finding capitalised phrases, and cleaning one into a company's name
(legal forms, department words, greetings and trailing subject words dropped)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import alternation, vocab
from .text import fold, one_line

_WORD = r"[A-Z0-9À-ÖØ-Þ][\w'’-]*(?:\.\w+)*"
# "Trait d'Union", "Pas à Pas", "Maison du Café", "Terre et Mer", "Cervecería del Bajío", "Vinhos do
# Porto": particles join a name's words
# ("Crow's Nest and I'm": the pronoun "I" starts a new clause, never a name's next word)
PHRASE = re.compile(rf"(?<![\w@.]){_WORD}(?:(?: &| and| et| of| de| du| des| de la| à| del| della| di| do| da| dos| das)? (?!I\b|I['’]){_WORD}|(?: de)? [dl]['’]{_WORD})*")
MAX_NAME_WORDS = 6


@lru_cache(maxsize=1)
def legal_form_after() -> re.Pattern:
    """A short legal form right after a name: ', Ltd.' in 'Sorajet Co., Ltd.'."""
    return re.compile(rf",?\s*(?:{alternation('legal_forms')})\b\.?", re.IGNORECASE)


@lru_cache(maxsize=1)
def legal_form_at_end() -> re.Pattern:
    """A legal form ending a signature line or piece ('Acme, Inc. | ...'), dot kept in group 1."""
    return re.compile(rf"(?<=\w)(\.?),?\s+(?:co\.?,?\s+)?(?:{alternation('legal_forms')})\b\.?(?=\s*$|\s*[|•·–—-])",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _noise_start() -> re.Pattern:
    return re.compile(rf"^(?:(?:{alternation('company_noise_start')})\b[:,]?\s*)+")


@lru_cache(maxsize=1)
def _legal_words() -> frozenset[str]:
    """The legal suffixes without dots and blanks (built once: strip_legal runs a dozen times
    per rejection, and rebuilding the set was a fifth of extract_details)."""
    return frozenset(re.sub(r"[.\s]", "", s) for s in vocab()["legal_suffixes"])


def strip_legal(name: str) -> str:
    """'Sparrowhawk Robotics, Inc.' -> 'Sparrowhawk Robotics'."""
    suffixes = _legal_words()
    words = name.replace(",", " , ").split()
    changed, removed = True, False
    while changed:
        changed = False
        for n in (3, 2, 1):
            tail = re.sub(r"[.\s&]", "", "".join(words[-n:])).lower()
            if len(words) > n and tail in suffixes:
                words = words[:-n]
                changed = removed = True
                break
        while words and words[-1] == ",":
            words.pop()
        # "Sorajet Co., Ltd.", "Acme & Co. KG": a "Co." joined to a legal form goes with it
        if removed and len(words) > 1 and re.fullmatch(r"&?(?:co\.?|company)", words[-1].lower()):
            words.pop()
            if len(words) > 1 and words[-1] == "&":
                words.pop()
            changed = True
    return " ".join(words).replace(" , ", ", ").strip(" ,")


def _loose(text: str) -> str:
    """Lower case without accents, blanks kept: "Selección" and "Seleccion" alike."""
    if text.isascii():   # nothing to fold (most names): NFKD and the filter change nothing
        return text.lower()
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _department_words() -> frozenset[str]:
    return frozenset(_loose(w) for w in vocab()["department_suffixes"] | vocab()["team_words"]
                     | vocab()["office_words"])


@lru_cache(maxsize=1)
def _department_prefixes() -> tuple[str, ...]:
    """The department words a name may start with, accents folded, longest first (built once:
    strip_department runs for every phrase a rejection offers as a company)."""
    return tuple(sorted(_department_words() & {_loose(w) for w in vocab()["department_suffixes"]},
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _department_suffixes() -> tuple[str, ...]:
    return tuple(sorted(vocab()["department_suffixes"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _trailing_noise() -> tuple[str, ...]:
    return tuple(sorted(vocab()["company_trailing_noise"], key=len, reverse=True))


def strip_department(name: str) -> str:
    """'Acme Careers' / 'Acme Talent Acquisition' / 'Jobs Acme' -> 'Acme'; the office after a dash
    ('Comune di Verona - Ufficio Concorsi', 'Vlaamse overheid - Selectie') and a department word
    written without its accent ('Seleccion Bancolina') go too."""
    office = re.fullmatch(r"(.+?)\s+[-–—|]\s+(.+)", name)
    if office and len(office.group(1)) >= 3 and (
            _loose(office.group(2).split()[0]) in _department_words() or all_team_words(office.group(2))):
        return office.group(1)
    # the office before the dash: "Secrétariat RH – Université de Lornac", "Fachbereich Personal | Stadt X"
    if office and len(office.group(2)) >= 3 and _loose(office.group(1).split()[0]) in _department_words() \
            and not all_team_words(office.group(2)) and _loose(office.group(2).split()[0]) not in _department_words():
        return office.group(2)
    low = _loose(name)
    if len(low) == len(name):   # the accents fold without shifting the offsets
        for suffix in _department_prefixes():
            if low.startswith(suffix + " ") and suffix not in ("people", "team"):
                return name[len(suffix) + 1:].strip(" -–—|:·•,")
    low = name.lower()
    for suffix in _department_suffixes():
        if low.endswith(" " + suffix):   # "Caisse Boréale - Carrières": the dash goes too
            return name[: -len(suffix) - 1].strip(" -–—|:·•,")
        if low.startswith(suffix + " ") and suffix not in ("people", "team"):
            return name[len(suffix) + 1:].strip(" -–—|:·•,")
    return name


def strip_trailing_noise(phrase: str, labels: set[str]) -> str:
    """'Acme Application Update' -> 'Acme', unless the domain spells the whole phrase."""
    for noise in _trailing_noise():
        if phrase.lower().endswith(" " + noise) and fold(phrase) not in labels:
            return phrase[: -len(noise) - 1].rstrip(" -–—:|")
    return phrase


def all_team_words(phrase: str) -> bool:
    """'Talent Acquisition', 'Recruitment Team', 'Personalabteilung', 'Fachbereich Personal':
    a department or office, not a company; 'Im Auftrag' (signing for someone) neither."""
    words = [w.lower().strip(".,") for w in phrase.split()]
    generic = vocab()["team_words"] | vocab()["department_suffixes"] | vocab()["org_generic"] | vocab()["office_words"]
    return all(w in generic for w in words) or bool(vocab()["delegation"].fullmatch(phrase.lower().strip(" ,.")))


def clean(phrase: str) -> str:
    """A phrase without leading greetings/articles, a possessive 's or a sentence's full stop."""
    phrase = _noise_start().sub("", phrase.strip())
    phrase = re.sub(r"['’]s$|(?<=s)['’]$", "", phrase)   # "Acme's", "Greyfriars'"
    words = phrase.split()
    # "L'équipe RH d'Acme", "Ihr Team der Acme", "The People team of Acme": the team's organisation
    # ("Time de Gente & Gestão da Acme": a team of a department of Acme)
    while team := re.match(r"^(.+?)\s+(?:of|de|des|du|von|vom|der|do|da|di|del)\s+(.+)$|^(.+?)\s+[dl]['’](\S.+)$",
                           " ".join(words)):
        head, org = (team.group(1), team.group(2)) if team.group(1) else (team.group(3), team.group(4))
        if not (all_team_words(re.sub(r"^[ld]['’]", "", head, flags=re.IGNORECASE)) and org[:1].isupper()):
            break
        words = org.split()
    # "Feedback Mercator Havenbedrijf", "Rückmeldung Tauernwerk": a subject's word about the mail;
    # "Ihr StepStone-Team": a possessive opening a team's signature
    while len(words) > 1 and (words[0].lower().strip(":,") in vocab()["subject_noise"]
                              or words[0].lower() in ("ihr", "ihre", "dein", "deine", "votre", "your", "our", "unser", "unsere")):
        words = words[1:]
    if words and words[-1].endswith(".") and not (len(words[-1]) <= 4 and words[-1][0].isupper()
                                                   and len(words) > 1):
        words[-1] = words[-1].rstrip(".")
    return " ".join(words).strip(" -|:–—•·")


@lru_cache(maxsize=1)
def _greeting_start() -> re.Pattern:
    return re.compile(rf"(?:{alternation('greetings')})(?:\s|,|$)", re.IGNORECASE)


def is_candidate(phrase: str, people: set[str]) -> bool:
    """Could this phrase be a company's name? Not a person, a job title, a department, a
    tracking service, a bare legal form, or anything with digits."""
    words = phrase.split()
    if not words or len(words) > MAX_NAME_WORDS or len(phrase) < 2:
        return False
    # "Ott & Partner", "Feldmann & Sohn": a word after "&" names the firm's partners, not a job
    # "Guten Tag Sam Taylor": a greeting line (a re-sent or quoted letter's) names a person, no firm
    greeting = _greeting_start().match(phrase)
    rest = phrase[greeting.end():].strip(" ,") if greeting else ""
    if greeting and (not rest or fold(rest) in people or fold(rest.split()[0]) in people):
        return False
    if fold(phrase) in people or fold(words[0]) in people \
            or any(w.lower() in vocab()["role_heads"] and (i == 0 or words[i - 1] not in ("&", "und", "and", "et"))
                   for i, w in enumerate(words)):
        return False
    # a job board or applicant-tracking vendor, also with its country or legal entity after it
    # ("StepStone Deutschland", "Indeed Ireland Operations", "Cegid Talentsoft")
    brands = vocab()["ats_brands"]
    # "Décision", "Rückmeldung", "Status Update": what a subject says about the mail itself;
    # "Kunde Hamburg": a recruiter's client kept unnamed
    host = re.fullmatch(r"([\w-]+)\.[a-z]{2,}", phrase.lower())   # "jobs.ch": a board, not an employer
    if host and host.group(1) in vocab()["team_local"] | vocab()["team_words"]:
        return False
    if all(w.lower().strip(":,") in vocab()["subject_noise"] | vocab()["field_labels"] for w in words) \
            or words[0].lower() in vocab()["client_nouns"]:
        return False
    if all_team_words(phrase) or fold(phrase) in brands or fold(re.split(r"-", words[0])[0]) in brands or \
            re.sub(r"[.\s]", "", phrase.lower()) in _legal_words():
        return False
    return not any(ch.isdigit() for ch in phrase)


_LOCATIVE = re.compile(r"(?<![\w:*/-])(?:in|en|em|nach|near)(?:[ \t]+|[ \t]*\n[ \t]*)([A-ZÀ-ÖØ-Þ][\w'’-]+)(?![\w'’-]|[ \t]+[A-ZÀ-ÖØ-Þ&])")
# where a posting or a signature puts its place: "Brand Lead - Barcelona", "(Madrid)", "| Bogotá"
_TAIL = re.compile(r"(?:\s[-–—|·,]\s*|\()([A-ZÀ-ÖØ-Þ][\w'’-]+)\)?[ \t]*$", re.MULTILINE)
_NOT_PLACE_BEFORE = re.compile(r"(?:interest|interested|interés|intérêt|interesse|succes|success|career|carrière|carrera)\s*$",
                               re.IGNORECASE)


def places(text: str) -> set[str]:
    """Folded one-word names the text puts after a locative ("in Antwerpen", "en Bogotá") and
    where a posting or a signature puts a place ("Head of Marketing - Antwerpen", "Acme |
    Bogotá", "(Madrid)"): where the job is, not who offers it, nor part of the title. "your
    interest in Acme" is no place."""
    tails = {fold(m.group(1)) for m in _TAIL.finditer(text)}
    return {fold(m.group(1)) for m in _LOCATIVE.finditer(text)
            if not _NOT_PLACE_BEFORE.search(text[max(0, m.start() - 14): m.start()])} & tails


def from_domain(labels: list[str]) -> str | None:
    """Last resort, a name from the domain: 'mosswood-analytics' -> 'Mosswood Analytics',
    'kettleworkshome' -> 'Kettleworks Home' (a common trailing business word is split off)."""
    if not labels:
        return None
    words = [w for w in re.split(r"[-_]", labels[0]) if w]
    if len(words) == 1:
        for tail in sorted(vocab()["company_words"], key=len, reverse=True):
            if words[0].endswith(tail) and len(words[0]) - len(tail) >= 3:
                words = [words[0][: -len(tail)], tail]
                break
    name = " ".join(w[:1].upper() + w[1:] for w in words if w.isalpha())
    return one_line(name) or None
