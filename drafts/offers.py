"""What a rejection offers and asks: feedback (offered or given), a call, an introduction, a
future role, keeping the CV on file, connecting on LinkedIn, a direct question, re-applying.

Cue patterns per language are data (drafts/offers.toml). They run on the sender's own text
above the signature, each hit kept with the sentence it stands in (the evidence) and its span,
so `check --json` can show why, and the draft can take up each offer once.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources

from classifiers.literals import first_chars

from .lexicon import signature_start
from .text import one_line

KINDS = ("feedback_offered", "feedback_given", "call", "introduction", "future_role",
         "kept_on_file", "connect", "question", "reapply")
# a direct question is what is left: a sentence ending in "?" that speaks to the candidate
STATED = tuple(k for k in KINDS if k != "question")
BASE_LANGUAGE = "en"         # its cues are tried on every message (mixed-language mail)
MAX_SCAN = 20_000            # characters of the sender's text read for offers
MAX_QUESTIONS = 3
MAX_DETAIL = 100
MAX_EVIDENCE = 200
_MACRO = re.compile(r"<<(\w+)>>")
_ABBREVIATIONS = {"mr", "ms", "mrs", "dr", "st", "eg", "ie", "vs", "m", "mme", "hr", "fr", "prof",
                  "sr", "sra", "dott", "dhr", "mevr", "ca", "bzw", "z", "b", "inkl"}
# where unwrap() would join a hard-wrapped line: blanked to spaces of the same length, so spans
# stay offsets into the sender's text
_NAMED_ROLE = re.compile(r".*?[A-ZÀ-Þ]\S*(?: \S+){0,6}? (?:role|position|opening|vacancy|hire)s?\b")
# a feedback point ends before an aside: "..., which is the heart of this role"
_ASIDE = re.compile(r",\s+(?:which|who|so|as|because|given|da|weil|die|der|das|qui|ce qui|car|que|lo que|porque|wat|omdat|che|perché|o que)\b|\s[–—-]\s|;")
_WRAP = re.compile(r"(?<=[^\n]{50})[ \t]*\n[ \t]*(?=[^\s>])")


@dataclass(frozen=True)
class Offer:
    """One thing the sender offered or asked, with its evidence."""
    kind: str               # one of KINDS
    evidence: str           # the sentence it stands in, one line
    start: int              # span of the cue in the sender's new text (Details' reply text)
    end: int
    detail: str | None = None   # whom / what / when: the person or team, the role, the date,
                                # the point of the feedback, the question itself

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Rules:
    """Compiled cue patterns: language -> kind -> patterns, the generic-detail word sets, and
    the contrast words after which a feedback sentence makes its point."""
    patterns: dict[str, dict[str, tuple[re.Pattern, ...]]]
    generic: dict[str, frozenset[str]]
    contrast: re.Pattern


def _expand(source: str, macros: dict[str, str]) -> str:
    """<<name>> replaced by its macro, macros inside macros too."""
    for _ in range(4):
        source = _MACRO.sub(lambda m: macros[m.group(1)], source)
    return source


@lru_cache(maxsize=1)
def rules() -> Rules:
    """offers.toml, compiled once."""
    data = tomllib.loads(resources.files("drafts").joinpath("offers.toml").read_text("utf-8"))
    macros, generic, contrast = data.pop("macros"), data.pop("generic"), data.pop("contrast")
    words = "|".join(re.escape(w) for w in contrast["words"])
    patterns = {lang: {kind: tuple(_gated(_expand(p, macros)) for p in alts)
                       for kind, alts in table.items()}
                for lang, table in data.items()}
    return Rules(patterns, {k: frozenset(v) for k, v in generic.items()},
                 re.compile(rf",?\s+(?:{words}),?\s+(?:that\s+|dass\s+|que\s+|qu['’])?", re.IGNORECASE))


def _gated(source: str) -> re.Pattern:
    """The cue compiled case-blind, behind a look-ahead for the characters any match starts
    with when those can be read off the regex: most cues start with a word boundary and an
    alternation of words, for which `re` tries every alternative at every position of the text
    (~160 cues over every rejection was a third of extract_details); the look-ahead turns most
    positions away with one character test. Matches are the same: a position the look-ahead
    refuses cannot start a match. The characters are read by the same reader detection's
    guarded regexes use (classifiers.literals.first_chars); a cue whose start cannot be read
    (an optional first word, a negated class) is compiled as written."""
    if source.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", source):
        return re.compile(source, re.IGNORECASE)   # global flags must stay first
    first = first_chars(source, re.IGNORECASE)
    if first:
        return re.compile(f"(?={first}){source}", re.IGNORECASE)
    return re.compile(source, re.IGNORECASE)


def scanned_text(body: str) -> str:
    """The sender's text above the signature, hard wraps blanked (same length as `body`'s start)."""
    end = min(signature_start(body), len(body), MAX_SCAN)
    return _WRAP.sub(lambda m: " " * len(m.group(0)), body[:end])


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences in `text`: ended by . ! ? (not after "Mr", "e.g"), or a line end."""
    spans, start = [], 0
    # matched only from a run's start, without backtracking: "!?!?…" no longer costs O(n²)
    for m in re.finditer(r"(?<![.!?…])[.!?…]++(?=[\s\"'”»)]|$)|\n", text):
        if m.group(0) == "." and _abbreviation(text, m.start()):
            continue
        if text[start:m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[max(0, dot - 8):dot])
    return bool(word) and word.group(1).replace(".", "").lower() in _ABBREVIATIONS


def _sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next(((s, e) for s, e in spans if s <= pos < e), (pos, pos))


def _languages(language: str | None) -> list[str]:
    langs = rules().patterns
    if language in langs and language != BASE_LANGUAGE:
        return [BASE_LANGUAGE, language]
    return [BASE_LANGUAGE] if language == BASE_LANGUAGE else list(langs)


def _detail(kind: str, m: re.Match) -> str | None:
    """The named part of a hit, tidied; None when it names nothing in particular."""
    raw = m.groupdict().get("detail")
    if not raw:
        return None
    if kind == "feedback_given":   # "strong, but you could go deeper on X": the point is X
        raw = rules().contrast.split(raw, maxsplit=1)[-1]
        raw = _ASIDE.split(raw, maxsplit=1)[0]
    if kind == "future_role":      # "the Brand Lead role we're opening in May": up to its noun
        named = _NAMED_ROLE.match(raw)
        raw = named.group(0) if named else raw
    detail = one_line(raw, MAX_DETAIL).strip(" ,;:–—-\"'“”„«»")
    detail = re.sub(r"^our\b", "the", detail)   # "our Data team": the draft says "the Data team"
    generic = rules().generic.get(kind)
    if generic is not None and all(w in generic for w in re.findall(r"[\w'’-]+", detail.lower())):
        return ""
    return detail or None


def _first_hit(text: str, langs: list[str], kind: str) -> tuple[re.Match, str | None] | None:
    """The earliest hit of a kind in any of the languages' cues (a hit whose detail turns out
    generic does not count)."""
    best = None
    for lang in langs:
        for pattern in rules().patterns[lang].get(kind, ()):
            for m in pattern.finditer(text):
                detail = _detail(kind, m)
                if detail != "":
                    if best is None or m.start() < best[0].start():
                        best = (m, detail)
                    break
    return best


def _questions(text: str, spans: list[tuple[int, int]], taken: list[tuple[int, int]],
               langs: list[str]) -> list[Offer]:
    """Sentences ending in "?" that speak to the candidate and carry no other offer."""
    out = []
    for s, e in spans:
        sentence = text[s:e].strip()
        if not sentence.endswith("?") or any(s <= a < e for a, _ in taken):
            continue
        table = [rules().patterns[lang] for lang in langs]
        if any(p.search(sentence) for t in table for p in t.get("not_question", ())):
            continue
        # "One question, though: would you ...?": the question is what follows the colon
        asked = re.split(r":\s+", sentence)[-1]
        if any(p.search(asked) for t in table for p in t.get("question", ())):
            line = one_line(asked[:1].upper() + asked[1:], MAX_EVIDENCE)
            out.append(Offer("question", one_line(sentence, MAX_EVIDENCE), s + text[s:e].index(sentence[0]),
                             e, line))
    return out[:MAX_QUESTIONS]


def find_offers(body: str, language: str | None) -> tuple[Offer, ...]:
    """Every offer and question in the sender's new text, in the order the text makes them."""
    text = scanned_text(body)
    spans = sentences(text)
    found: list[Offer] = []
    for kind in STATED:   # every language's cues: a German line in English mail still counts
        hit = _first_hit(text, list(rules().patterns), kind)
        if hit:
            m, detail = hit
            s, e = _sentence_at(spans, m.start())
            found.append(Offer(kind, one_line(text[s:e], MAX_EVIDENCE), m.start(), m.end(), detail))
    taken = [_sentence_at(spans, o.start) for o in found]
    found += _questions(text, spans, taken, _languages(language))
    return tuple(sorted(found, key=lambda o: o.start))
