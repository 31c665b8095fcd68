"""The job title as the message writes it ("Senior Data Engineer"), or None.

Title-cased phrases that contain a job word (manager, lead, responsable, ...) are scored by
where they stand: right before "role"/"position" or after "position of"/"als"/"poste de"
counts most, then the subject. Ties go to the earliest mention.
"""
from __future__ import annotations

import re

from .text import one_line
from .vocab import vocab

_W = r"(?:[A-ZÀ-ÖØ-Þ][\w'’/+&-]*(?:\.\w+)*|&)"
_ROLE = re.compile(
    rf"(?<![\w@]){_W}(?:(?:,? | - | – | — | & | and | of | de | di | du | des | y | e | für | in ){_W}"
    rf"| \([mwdfhx/*]{{3,7}}\))*")
_NOISE_START = re.compile(r"^(?:(?:The|Our|Your|A|An|Re|RE|Aw|AW|Fwd|FW|Sv|Update|Hi|Hello|Dear)\b[:,]?\s*)+")


def _trim(phrase: str, company: str | None) -> str | None:
    heads = vocab()["role_heads"]
    phrase = _NOISE_START.sub("", phrase.strip())
    if company:
        for sep in (" - ", " – ", " — ", ", ", " at "):
            phrase = phrase.replace(sep + company, "")
            if phrase.startswith(company + sep):
                phrase = phrase[len(company + sep):]
    segments = re.split(r"( - | – | — )", phrase)
    for i in range(0, len(segments), 2):
        if any(w.lower().strip(",.()") in heads for w in segments[i].split()):
            phrase = "".join(segments[i:])
            break
    else:
        return None
    words = phrase.split()
    while words and words[-1].lower().strip(",.") in vocab()["role_nouns"]:
        words.pop()
    phrase = " ".join(words).strip(" ,.-–—")
    if not phrase or len(words) > 10:
        return None
    return phrase


def role(subject: str, body: str, company: str | None) -> str | None:
    nouns = vocab()["role_nouns"]
    lead_ins = sorted(vocab()["role_lead_ins"], key=len, reverse=True)
    scores: dict[str, float] = {}
    first_seen: dict[str, int] = {}

    def consider(text: str, base: float, noun_bonus: float, offset: int) -> None:
        for m in _ROLE.finditer(text):
            cand = _trim(m.group(0), company)
            if not cand:
                continue
            after = text[m.end(): m.end() + 20].lower()
            before = text[max(0, m.start() - 40): m.start()].lower()
            points = base
            noun = re.match(r"\s*(\w+)", after)
            if noun and (noun.group(1) in nouns or noun.group(1).rstrip("s") in nouns):
                points += noun_bonus
            elif any(before.rstrip().endswith(li) for li in lead_ins):
                points += 2
            scores[cand] = scores.get(cand, 0) + points
            first_seen.setdefault(cand, offset + m.start())

    consider(one_line(subject, 300), 2, 3, -1000)
    # a title written in lower case, right before "role"/"position" ("the data analyst role")
    heads = vocab()["role_heads"]
    joined = re.sub(r"(?<=[^\n]{50})\n(?=[^\n])", " ", body)
    for m in re.finditer(r"\b(?:the|as|a|an|our|this)\s+((?:(?!(?:the|a|an|our|your|this|for)\b)[a-z][\w&/-]*\s+){0,4}([a-z]+))\s+(\w+)", joined):
        if m.group(2) in heads and (m.group(3) in nouns or m.group(3).rstrip("s") in nouns) \
                and m.group(1) not in scores:
            scores[m.group(1)] = scores.get(m.group(1), 0) + 3
            first_seen.setdefault(m.group(1), m.start(1))
    # re-join hard-wrapped paragraphs so a title broken over two lines is still one phrase
    consider(re.sub(r"(?<=[^\n]{50})\n(?=[^\n])", " ", body), 1, 4, 0)
    if not scores:
        return None
    best = max(scores, key=lambda c: (scores[c], len(c), -first_seen[c]))
    if scores[best] < 2:   # a bare title somewhere (a signature) is not the job applied for
        return None
    return one_line(best) or None
