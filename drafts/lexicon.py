"""The shared lexicon: the word lists personalisation reads (drafts/vocab.toml), loaded once,
and the word tests that the people, company and role rules all use.

A top-level list in vocab.toml is a set of words or phrases; a list under [patterns] is
regular-expression alternatives, compiled into one pattern. No key is named here: a new list
in the file is available as `vocab()[name]` without a code change.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

# A gender-inclusive ending stays on its job word: "Consultant(e)", "Directeur(trice)", "Berater:in",
# "Entwickler*in", "Délégué-e", "Conseiller·ère".
_INCLUSIVE_END = re.compile(r"(?:\([a-zà-öø-ÿ]{1,5}\)|[*:/_]-?in(?:nen)?|·[a-zà-öø-ÿ]{1,5}(?:·s)?|(?<=[éè])-e)$")
SIGNATURE_SEARCH_LINES = 8    # a signature starts within the last lines that hold text


@lru_cache(maxsize=1)
def vocab() -> dict:
    """Every list in vocab.toml by name: word sets (frozenset) and compiled patterns."""
    data = tomllib.loads(resources.files("drafts").joinpath("vocab.toml").read_text("utf-8"))
    patterns = data.pop("patterns")
    lexicon: dict = {name: frozenset(words) for name, words in data.items()}
    lexicon.update({name: re.compile("|".join(f"(?:{p})" for p in alternatives))
                    for name, alternatives in patterns.items()})
    return lexicon


def alternation(name: str) -> str:
    """A [patterns] list as regex source, for building a larger pattern around it."""
    return vocab()[name].pattern


@lru_cache(maxsize=None)
def around(name: str, template: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """`template` with `{words}` standing for the [patterns] list `name`, compiled once."""
    return re.compile(template.replace("{words}", alternation(name)), flags)


def norm_line(line: str) -> str:
    """A line as the sign-off list spells it: lower case, punctuation dropped."""
    return re.sub(r"[^\w\s&'’]", "", line.lower()).strip()


@lru_cache(maxsize=1)
def _sign_offs() -> frozenset[str]:
    return frozenset(s.replace("ß", "ss") for s in vocab()["sign_offs"])


def is_sign_off(line: str) -> bool:
    """A closing line ("Kind regards", "Freundliche Grüße"); Swiss German writes ß as ss, so
    both spellings of every listed sign-off count, and two joined by a conjunction ("Un abrazo y
    mucha suerte", "Thanks and all the best") are one."""
    low = norm_line(line).replace("ß", "ss")
    if low in _sign_offs():
        return True
    parts = re.split(r"\s+(?:and|und|et|y|e|en)\s+", low)
    return len(parts) > 1 and all(p in _sign_offs() for p in parts)


def is_greeting_line(line: str) -> bool:
    """A line that opens with a greeting ("Hallo Sam, ...", "Ciao Sam,", "Dear Sam"): the start
    of the message, never part of a signature, however short the mail is."""
    return bool(_greeting_start().match(line)) and not is_sign_off(line)


@lru_cache(maxsize=1)
def _greeting_start() -> re.Pattern:
    return re.compile(rf"^\s*(?:{alternation('greetings')})(?:\s+[^\W\d_][\w'’-]*)?\s*[,!:]|"
                      rf"^\s*(?:{alternation('greetings')})\s+[^\W\d_][\w'’-]*\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _job_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    return vocab()["role_heads"] | vocab()["romance_heads"], tuple(vocab()["role_head_endings"])


def has_job_word(words: list[str]) -> bool:
    """Does any word name a job ("Manager", "Entwickler*in", "Copywriter")?"""
    heads, endings = _job_heads()
    for w in words:
        w = _INCLUSIVE_END.sub("", w.lower().strip(",.")).strip("()")
        if w in heads or w.endswith(endings):     # one call for all endings
            return True
    return False


def is_field_label(text: str) -> bool:
    """'Status', 'Job Requisition', 'Date Applied': a form or column label, never a value."""
    words = re.findall(r"[^\W_]+|#", text.lower())
    return 0 < len(words) <= 4 and all(w in vocab()["field_labels"] for w in words)


def signature_start(text: str) -> int:
    """Offset where the signature block starts: after the last sign-off line or '--' among the
    last lines that hold text; past the end when there is none."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for i in reversed(filled[-SIGNATURE_SEARCH_LINES:]):
        line = lines[i].strip()
        if line in ("--", "-- ", "—") or is_sign_off(line):
            return offsets[i] + len(lines[i])
    return len(text) + 1


def _signs_off_with_name(line: str) -> bool:
    """"VG Jens", "Best, Jane", "Un saludo - Ana": a sign-off and the signer's name on one line."""
    m = re.match(r"^\s*(.{2,30}?)\s*(?:,|!|\s[-–—]|\s)\s*[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)?\.?\s*$", line)
    return bool(m) and is_sign_off(m.group(1))


def signature_block(body: str) -> str:
    """The signature block: the lines after the last sign-off near the end, else the last few
    lines; prose lines (long ones) and a greeting line (a short mail without a sign-off:
    "Hallo Sam, ...") are never part of it."""
    lines = [line for line in body.split("\n") if line.strip()]
    start = max(0, len(lines) - 5)
    for i in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
        if is_sign_off(lines[i]) or _signs_off_with_name(lines[i]):
            start = i + 1
            break
    return "\n".join(line for line in lines[start:] if len(line.strip()) <= 70 and not is_greeting_line(line))


MAX_ROW_LABEL_WORDS = 3
MAX_ROW_GAP = 4


def colonless_rows(text: str, labels: re.Pattern | None = None) -> list[tuple[str, str, int]]:
    """A status table flattened to text without its colons ("Role Regional Marketing Manager" /
    "Employer Acme Sdn Bhd" / "Status Not suitable"): (label, value, offset of the value) for
    each row of a block of two or more lines that each stand alone and open with a capitalised
    form label (`field_labels`, `employer_labels`, or a `labels` pattern). One such line in prose is no table."""
    lines = text.split("\n")
    rows: dict[int, tuple[str, str, int]] = {}
    pos = 0
    for i, line in enumerate(lines):
        words = line.split()
        if words and words[0][:1].isupper() and len(line) <= 120:
            for n in range(min(MAX_ROW_LABEL_WORDS, len(words) - 1), 0, -1):
                label = " ".join(words[:n])
                if is_field_label(label) or vocab()["employer_labels"].fullmatch(label.lower()) \
                        or (labels is not None and labels.fullmatch(label.lower())):
                    value = line.split(None, n)[n].strip()
                    if value[:1].isupper() or value[:1].isdigit():
                        rows[i] = (label, value, pos + line.index(value))
                    break
        pos += len(line) + 1

    def alone(i: int) -> bool:
        return all(j < 0 or j >= len(lines) or not lines[j].strip() or j in rows for j in (i - 1, i + 1))
    kept = [i for i in rows if alone(i)]
    # a table: another row within four lines (a blank line between rows)
    return [rows[i] for i in kept if any(j != i and abs(j - i) <= MAX_ROW_GAP for j in kept)]
