"""Run many token patterns fast: spaCy's Matcher, routed by anchor words.

spaCy's Matcher tries every pattern at every token. With a hundred-odd patterns that is most
of the cost of classifying a message, although almost all of them need a rare word
("candidate", "application", "filled") somewhere. So each pattern is indexed by its rarest
required token (its anchor); per message, only the patterns whose anchor word occurs are run,
each over a window just wide enough to hold a match around the anchor. Matches are exactly the
ones a whole-document Matcher finds, as long as a pattern's unbounded operators (`*`, `+`,
`{n,}`) span at most UNBOUNDED tokens.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.attrs import LEMMA, LOWER
from spacy.matcher import Matcher
from spacy.util import get_lang_class

UNBOUNDED = 8
_ANCHOR_ATTRS = {"LOWER": "lower", "LEMMA": "lemma", "ORTH": "lower", "TEXT": "lower", "NORM": "lower"}
_VERY_COMMON = set("the a an to of and you your we for with in on at is be this that it i our not "
                   "have will as by or are from us me my n't 's".split())
# Words in nearly every job-related message: poor anchors, since they route every message.
_JOB_COMMON = set("application apply role position job interview team time thank thanks appreciate "
                  "opportunity experience process candidate update interest company work "
                  "candidacy profile".split())
_RANGE = re.compile(r"^\{(\d*),?(\d*)\}$")


def _span_len(token: dict) -> tuple[int, int]:
    """(min, max) number of doc tokens one pattern token covers."""
    op = token.get("OP", "1")
    if op in ("1", "!"):
        return (1, 1)
    if op == "?":
        return (0, 1)
    if op == "*":
        return (0, UNBOUNDED)
    if op == "+":
        return (1, UNBOUNDED)
    m = _RANGE.match(op)
    if m:
        lo, hi = m.group(1), m.group(2)
        exact = "," not in op
        lo_n = int(lo or 0)
        hi_n = lo_n if exact else (int(hi) if hi else UNBOUNDED)
        return (lo_n, hi_n)
    return (0, UNBOUNDED)


def _anchor_values(token: dict) -> tuple[str, list[str]] | None:
    """The attribute and literal values a required token must have, when it has them."""
    if _span_len(token)[0] < 1 or token.get("OP") == "!":
        return None
    for attr, kind in _ANCHOR_ATTRS.items():
        spec = token.get(attr)
        if isinstance(spec, str):
            return kind, [spec.lower()]
        if isinstance(spec, dict) and set(spec) == {"IN"} and all(isinstance(v, str) for v in spec["IN"]):
            return kind, [v.lower() for v in spec["IN"]]
    return None


# Attributes whose value a doc token provably has when a pattern token with a literal value
# matches it, as (kind, how to spell the value): LOWER/LEMMA are compared as written (lemmas are
# stored lower-case, so the lower-cased value is added too); ORTH/TEXT imply the LOWER form.
# NORM is not used: a token's norm need not be its lower form ("n't" -> "not").
_REQUIRE_ATTRS = {"LOWER": ("lower", False), "LEMMA": ("lemma", False), "ORTH": ("lower", True),
                  "TEXT": ("lower", True)}


def _requirements(pattern: list[dict]) -> list[tuple[str, frozenset[str]]]:
    """For each token a match must contain, the values one doc token must have (any of them)."""
    out = []
    for token in pattern:
        if _span_len(token)[0] < 1 or token.get("OP") == "!":
            continue
        for attr, (kind, lower_only) in _REQUIRE_ATTRS.items():
            spec = token.get(attr)
            if isinstance(spec, str):
                values = [spec]
            elif isinstance(spec, dict) and set(spec) == {"IN"} and all(isinstance(v, str) for v in spec["IN"]):
                values = list(spec["IN"])
            else:
                continue
            spelled = {v.lower() for v in values} if lower_only else {*values, *(v.lower() for v in values)}
            out.append((kind, frozenset(spelled)))
    return out


class AnchoredMatcher:
    """Same results as one spaCy Matcher over the whole doc; runs only where anchors occur."""

    def __init__(self, vocab, lang: str = "en"):
        self.vocab = vocab
        try:
            self.stop = set(get_lang_class(lang).Defaults.stop_words) | EN_STOP
        except Exception:
            self.stop = set(EN_STOP)
        self.groups: list[tuple[Matcher, int, int]] = []   # matcher, max tokens before/after anchor
        self._group_of: dict[tuple, int] = {}
        self.index: dict[str, dict[int, set[int]]] = {"lower": {}, "lemma": {}}
        self.fallback = Matcher(vocab)     # patterns without a usable anchor: whole doc
        # Per group, each pattern's requirements (kind, value hashes): a group runs only when one
        # of its patterns has every required token's value somewhere in the doc. None = always.
        self.anchor_of: list[tuple[str, frozenset[int]]] = []   # per group: its anchor values
        self.needs: list[list[tuple[tuple[str, frozenset[int]], ...]] | None] = []
        self._len = 0
        # the keys of index as sets: set & set walks the smaller side, set & dict every key
        self._index_keys: dict[str, set[int]] = {"lower": set(), "lemma": set()}

    def _weight(self, value: str) -> int:
        """A rough frequency: the rarer an anchor word, the fewer windows get matched."""
        if value in _VERY_COMMON or not any(c.isalnum() for c in value):
            return 1000
        return 50 if value in self.stop or value in _JOB_COMMON else 1

    def __len__(self) -> int:
        return self._len

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        for pattern in patterns:
            Matcher(self.vocab, validate=True).add(key, [pattern])   # fail early, with the key
            best = None
            for i, token in enumerate(pattern):
                found = _anchor_values(token)
                if not found:
                    continue
                kind, values = found
                common = sum(self._weight(v) for v in values)
                if best is None or common < best[0]:
                    best = (common, i, kind, values)
            if best is None:
                self.fallback.add(key, [pattern])
                self._len = sum(len(m) for m, _, _ in self.groups) + len(self.fallback)
                continue
            _, i, kind, values = best
            before = sum(_span_len(t)[1] for t in pattern[:i])
            after = sum(_span_len(t)[1] for t in pattern[i + 1:])
            gkey = (kind, tuple(sorted(set(values))))
            g = self._group_of.get(gkey)
            if g is None:
                g = len(self.groups)
                self._group_of[gkey] = g
                self.groups.append((Matcher(self.vocab), 0, 0))
                self.needs.append([])
                hashes = frozenset(self.vocab.strings.add(v) for v in values)
                self.anchor_of.append((kind, hashes))
                for h in hashes:
                    self.index[kind].setdefault(h, set()).add(g)
                    self._index_keys[kind].add(h)
            matcher, b, a = self.groups[g]
            matcher.add(key, [pattern])
            self.groups[g] = (matcher, max(b, before), max(a, after))
            needs = self.needs[g]
            if needs is not None:
                reqs = tuple((kind, frozenset(self.vocab.strings.add(v) for v in values))
                             for kind, values in _requirements(pattern))
                if reqs:
                    needs.append(reqs)
                else:
                    self.needs[g] = None
            self._len = sum(len(m) for m, _, _ in self.groups) + len(self.fallback)

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        found: set[tuple[int, int, int]] = set()
        n = len(doc)
        if n:
            attrs = doc.to_array([LOWER, LEMMA]).tolist()   # plain ints: no Token objects
            seqs = {"lower": [a for a, _ in attrs], "lemma": [b for _, b in attrs]}
            present = {kind: set(seq) for kind, seq in seqs.items()}
            hit_values = {kind: present[kind] & self._index_keys[kind] for kind in seqs}
            groups: set[int] = set()
            for kind, values in hit_values.items():
                ix = self.index[kind]
                for v in values:
                    groups |= ix[v]
            # positions of each anchor value that occurs, computed only when some group needs them
            positions_of: dict[str, dict[int, list[int]]] = {}
            for g in sorted(groups):
                needs = self.needs[g]
                if needs is not None and not _viable(needs, present):
                    continue    # no pattern of the group can match: a required word is missing
                kind, anchors = self.anchor_of[g]
                pos = positions_of.get(kind)
                if pos is None:
                    pos = positions_of[kind] = {}
                    wanted = hit_values[kind]
                    for i, v in enumerate(seqs[kind]):
                        if v in wanted:
                            pos.setdefault(v, []).append(i)
                positions: set[int] = set()
                for v in anchors.intersection(hit_values[kind]):
                    positions.update(pos[v])
                matcher, before, after = self.groups[g]
                windows = []
                start, end = None, None
                for p in sorted(positions):
                    lo, hi = max(0, p - before), min(n, p + after + 1)
                    if end is not None and lo <= end:
                        end = max(end, hi)
                        continue
                    if end is not None:
                        windows.append((start, end))
                    start, end = lo, hi
                if end is not None:
                    windows.append((start, end))
                for start, end in windows:
                    # A match lies inside one window, so its required words must occur there too.
                    if needs is not None and not _viable(
                            needs, {k: set(seq[start:end]) for k, seq in seqs.items()}):
                        continue
                    found.update((k, s + start, e + start) for k, s, e in matcher(doc[start:end]))
        if len(self.fallback):
            found.update(self.fallback(doc))
        return sorted(found, key=lambda m: (m[1], m[2]))


def _viable(needs, present: dict[str, set[int]]) -> bool:
    """Whether some pattern has, for every token it requires, one of the values in `present`."""
    for reqs in needs:
        for kind, values in reqs:
            if present[kind].isdisjoint(values):
                break
        else:
            return True
    return False
