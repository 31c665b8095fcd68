"""Run many token patterns fast: spaCy's Matcher, routed by anchor words.

spaCy's Matcher tries every pattern at every token. With a hundred-odd patterns that is most
of the cost of classifying a message, although almost all of them need a rare word
("candidate", "application", "filled") somewhere. So each pattern is indexed by its rarest
required token (its anchor); per message, only the patterns whose anchor word occurs are run,
each over a window just wide enough to hold a match around the anchor. Matches are exactly the
ones a whole-document Matcher finds, as long as a pattern's unbounded operators (`*`, `+`,
`{n,}`) span at most UNBOUNDED tokens.

An anchor is a literal ({LOWER: "filled"}, {LEMMA: {IN: [...]}}) or a REGEX on LOWER/LEMMA
(German and Dutch rules match word stems). What a word satisfies is worked out once per
distinct word (regexes included) and remembered, so a known word costs one dict lookup.
"""
from __future__ import annotations

import re
import threading
from collections import defaultdict
from functools import reduce
from itertools import compress
from operator import and_, or_

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Span
from spacy.util import get_lang_class

from .nlp import ORTHS

UNBOUNDED = 8
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


_REGEX_WEIGHT = 20     # a stem regex routes more words than one rare literal, fewer than a stop word
_KIND = {"lower": 0, "lemma": 1}
# Attributes whose value a doc token provably has when a pattern token with that value matches
# it, as (kind, lower-case only): LOWER/LEMMA are compared as written (lemmas are stored
# lower-case, so the lower-cased value is added too); ORTH/TEXT imply the LOWER form.
# NORM is not used: a token's norm need not be its lower form ("n't" -> "not").
_REQUIRE_ATTRS = {"LOWER": ("lower", False), "LEMMA": ("lemma", False), "ORTH": ("lower", True),
                  "TEXT": ("lower", True)}
_REGEX_ATTRS = {"LOWER": "lower", "LEMMA": "lemma"}    # ORTH/TEXT regexes see the original case
_MAX_WORDS = 500_000     # distinct words remembered before the word memo starts over


def _required(token: dict) -> bool:
    return _span_len(token)[0] >= 1 and token.get("OP") != "!"


def _literal_specs(token: dict):
    """(kind, values) for each literal condition of a required token."""
    for attr, (kind, lower_only) in _REQUIRE_ATTRS.items():
        spec = token.get(attr)
        if isinstance(spec, str):
            values = [spec]
        elif isinstance(spec, dict) and set(spec) == {"IN"} and all(isinstance(v, str) for v in spec["IN"]):
            values = list(spec["IN"])
        else:
            continue
        yield kind, frozenset({v.lower() for v in values} if lower_only else
                              {*values, *(v.lower() for v in values)})


def _regex_specs(token: dict):
    """(kind, regex source) for each REGEX condition of a required token."""
    for attr, kind in _REGEX_ATTRS.items():
        spec = token.get(attr)
        if isinstance(spec, dict) and isinstance(spec.get("REGEX"), str):
            yield kind, spec["REGEX"]


class AnchoredMatcher:
    """Same results as one spaCy Matcher over the whole doc; runs only where anchors occur.

    Routing is bookkeeping on plain ints, so it must stay cheap next to the matching it
    saves: every distinct requirement ("one of move/proceed/go", "a word starting absag") gets
    a bit, each pattern the mask of the bits it needs, and each word (by its exact text, which
    fixes its lower form and lemma) the bits it satisfies and the groups it anchors, worked out
    the first time the word is seen. A pattern can match only in a window whose words cover
    its mask.
    """

    def __init__(self, vocab, lang: str = "en"):
        self.vocab = vocab
        try:
            self.stop = set(get_lang_class(lang).Defaults.stop_words) | EN_STOP
        except Exception:
            self.stop = set(EN_STOP)
        self.groups: list[tuple[Matcher, int, int]] = []   # matcher, max tokens before/after anchor
        self._group_of: dict[tuple, int] = {}
        self.fallback = Matcher(vocab)     # patterns without a usable anchor: whole doc
        # per group, each pattern's required bits; None when some pattern requires nothing.
        # _need: the bits every pattern of the group requires (0 for None); _multi: the masks
        # when there are several (then a window must also cover one whole mask), else None.
        self.masks: list[list[int] | None] = []
        self._need: list[int] = []
        self._multi: list[list[int] | None] = []
        # per group: its keys when every pattern in it is one token whose only condition is
        # the anchor itself (then the anchor positions are the matches), else None
        self._exact: list[list[int] | None] = []
        # per group: when every pattern in it is a fixed sequence of literal conditions, each
        # as (key, anchor index, per token the (attribute, values) it needs), else None
        self._fixed: list[list[tuple] | None] = []
        self._ginfo: list[tuple] = []     # per group, all of the above for the hot loop
        self._req_bit: dict[tuple, int] = {}
        # per requirement bit: (kind, its values as strings), or (kind, None) for a regex
        self._req_text: dict[int, tuple[int, frozenset[str] | None]] = {}
        self._req_forms: dict[int, frozenset[str] | None] | None = None   # see may_match
        self._req_order: dict[int, list[int]] = {}
        # Per kind (0 = lower form, 1 = lemma): value hash -> groups anchored on it / bits it
        # satisfies; and the kind's regexes as (compiled, bit or None, group or None).
        self._index: tuple[dict[int, list[int]], ...] = ({}, {})
        self._bits: tuple[dict[int, int], ...] = ({}, {})
        self._regexes: tuple[list, list] = ([], [])
        self._lock = threading.Lock()
        self._forget()
        self._len = 0

    def _forget(self) -> None:
        """Drop what is known about words: the tables changed, or the memo is full."""
        self._word_bits: dict[int, int] = {}               # orth -> requirement bits
        self._word_groups: dict[int, tuple[int, ...]] = {}  # orth -> groups it anchors (if any)
        self._word_attrs: dict[int, tuple[int, int, int]] = {}   # orth -> (orth, lower, lemma)

    def _weight(self, value: str) -> int:
        """A rough frequency: the rarer an anchor word, the fewer windows get matched."""
        if value in _VERY_COMMON or not any(c.isalnum() for c in value):
            return 1000
        return 50 if value in self.stop or value in _JOB_COMMON else 1

    def __len__(self) -> int:
        return self._len

    def _bit(self, key: tuple) -> tuple[int, bool]:
        bit = self._req_bit.get(key)
        if bit is not None:
            return bit, False
        bit = self._req_bit[key] = 1 << len(self._req_bit)
        return bit, True

    def _mask(self, pattern: list[dict]) -> int:
        mask = 0
        for token in pattern:
            if not _required(token):
                continue
            for kind, values in _literal_specs(token):
                k = _KIND[kind]
                hashes = frozenset(self.vocab.strings.add(v) for v in values)
                bit, new = self._bit((k, hashes))
                if new:
                    self._req_text[bit] = (k, frozenset(values))
                    table = self._bits[k]
                    for h in hashes:
                        table[h] = table.get(h, 0) | bit
                mask |= bit
            for kind, source in _regex_specs(token):
                k = _KIND[kind]
                bit, new = self._bit((k, "regex", source))
                if new:
                    self._req_text[bit] = (k, None)
                    self._regexes[k].append((re.compile(source), bit, None))
                mask |= bit
        return mask

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        with self._lock:
            for pattern in patterns:
                self._add(key, pattern)
            self._forget()
            self._req_forms = None
            self._len = sum(len(m) for m, _, _ in self.groups) + len(self.fallback)

    def _add(self, key: str, pattern: list[dict]) -> None:
        Matcher(self.vocab, validate=True).add(key, [pattern])   # fail early, with the key
        best = None
        for i, token in enumerate(pattern):
            if not _required(token):
                continue
            for kind, values in _literal_specs(token):
                lows = sorted({v.lower() for v in values})
                weight = sum(self._weight(v) for v in lows)
                if best is None or weight < best[0]:
                    best = (weight, i, (_KIND[kind], tuple(lows)))
            for kind, source in _regex_specs(token):
                if best is None or _REGEX_WEIGHT < best[0]:
                    best = (_REGEX_WEIGHT, i, (_KIND[kind], "regex", source))
        if best is None:
            self.fallback.add(key, [pattern])
            return
        _, i, gkey = best
        before = sum(_span_len(t)[1] for t in pattern[:i])
        after = sum(_span_len(t)[1] for t in pattern[i + 1:])
        g = self._group_of.get(gkey)
        if g is None:
            g = len(self.groups)
            self._group_of[gkey] = g
            self.groups.append((Matcher(self.vocab), 0, 0))
            self.masks.append([])
            self._need.append(0)
            self._multi.append(None)
            self._exact.append([])
            self._fixed.append([])
            self._ginfo.append(None)
            k = gkey[0]
            if gkey[1] == "regex":
                self._regexes[k].append((re.compile(gkey[2]), None, g))
            else:
                for v in gkey[1]:
                    self._index[k].setdefault(self.vocab.strings.add(v), []).append(g)
        exact = self._exact[g]
        if exact is not None:
            if _is_anchor_only(pattern, gkey):
                key_hash = self.vocab.strings.add(key)
                if key_hash not in exact:
                    exact.append(key_hash)
            else:
                self._exact[g] = None
        fixed, form = self._fixed[g], self._fixed_form(pattern)
        if fixed is not None:
            if form is None:
                self._fixed[g] = None
            else:
                fixed.append((self.vocab.strings.add(key), i, form))
        matcher, b, a = self.groups[g]
        matcher.add(key, [pattern])
        self.groups[g] = (matcher, max(b, before), max(a, after))
        masks = self.masks[g]
        if masks is not None:
            mask = self._mask(pattern)
            if mask:
                masks.append(mask)
            else:
                self.masks[g] = None
        masks = self.masks[g]
        self._need[g] = reduce(and_, masks) if masks else 0
        self._multi[g] = masks if masks is not None and len(masks) > 1 else None
        matcher, before, after = self.groups[g]
        self._ginfo[g] = (self._need[g], self._multi[g], self._exact[g], self._fixed[g], matcher,
                          before, after)

    def may_match(self, text: str, lemma_forms) -> bool:
        """Whether `text` can hold a match at all, judged from its characters before paying
        for tokenization. Every token's lower form is a substring of the lower-cased text, so a
        pattern can only match if, for each value set it requires, one of the values (for
        lemmas: one of the word forms with that lemma, from `lemma_forms`) occurs in it.
        Conservative: regex requirements and patterns without requirements always pass."""
        if len(self.fallback) or any(masks is None for masks in self.masks):
            return True
        forms = self._req_forms
        if forms is None:
            forms = {}
            for bit, (k, values) in self._req_text.items():
                if values is None:
                    forms[bit] = None
                elif k == 0:
                    forms[bit] = frozenset(v.lower() for v in values)
                else:
                    forms[bit] = frozenset(f for v in values for f in lemma_forms(v.lower()))
            self._req_forms = forms
            # each pattern's requirements, the one with the fewest word forms first
            self._req_order = {mask: sorted(_bits_of(mask), key=lambda b: len(forms[b] or ()))
                               for masks in self.masks if masks for mask in masks}
        low = text.lower()
        known: dict[int, bool] = {}
        for mask, bits in self._req_order.items():
            for bit in bits:
                ok = known.get(bit)
                if ok is None:
                    words = forms[bit]
                    ok = known[bit] = words is None or any(w in low for w in words)
                if not ok:
                    break
            else:
                return True
        return False

    def _fixed_form(self, pattern: list[dict]):
        """Per token, the (attribute, value hashes) it must have, when the pattern is a fixed
        sequence of literal conditions (no OP, only ORTH/TEXT/LOWER/LEMMA equal to or IN);
        else None. Such a pattern is checked at its anchors directly, without a Matcher call."""
        form = []
        for token in pattern:
            conds = []
            for attr, spec in token.items():
                index = _FIXED_ATTRS.get(attr)
                if index is None:
                    return None
                if isinstance(spec, str):
                    values = [spec]
                elif isinstance(spec, dict) and set(spec) == {"IN"} and all(isinstance(v, str) for v in spec["IN"]):
                    values = spec["IN"]
                else:
                    return None
                conds.append((index, frozenset(self.vocab.strings.add(v) for v in values)))
            form.append(tuple(conds))
        return tuple(form)

    def _learn(self, doc) -> None:
        """Work out the bits and anchored groups of the doc's words not seen before."""
        strings = self.vocab.strings
        with self._lock:
            if len(self._word_bits) > _MAX_WORDS:
                self._forget()
            word_bits, word_groups = self._word_bits, self._word_groups
            for orth, lower, lemma in doc.to_array([ORTH, LOWER, LEMMA]).tolist():
                if orth in word_bits:
                    continue
                bits, groups = 0, []
                for k, value in ((0, lower), (1, lemma)):
                    bits |= self._bits[k].get(value, 0)
                    groups.extend(self._index[k].get(value, ()))
                    if self._regexes[k]:
                        text = strings[value]
                        for rx, bit, group in self._regexes[k]:
                            if rx.search(text):
                                if bit is not None:
                                    bits |= bit
                                if group is not None:
                                    groups.append(group)
                if groups:
                    word_groups[orth] = tuple(dict.fromkeys(groups))
                self._word_attrs[orth] = (orth, lower, lemma)
                word_bits[orth] = bits      # last: a word in word_bits is fully known

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        found: set[tuple[int, int, int]] = set()
        n = len(doc)
        if n and self.groups:
            orths = doc.user_data.get(ORTHS)        # left by the lemmatizer (nlp.py)
            if orths is None or len(orths) != n:
                orths = doc.to_array(ORTH).tolist()
            sats = list(map(self._word_bits.get, orths))     # requirement bits of each token
            if None in sats:
                self._learn(doc)
                sats = list(map(self._word_bits.get, orths))
            anchors = list(map(self._word_groups.get, orths))  # groups each token anchors
            sat = reduce(or_, sats)
            at_by_group: defaultdict[int, list[int]] = defaultdict(list)   # group -> anchor positions
            for i in compress(range(n), anchors):
                for g in anchors[i]:
                    at_by_group[g].append(i)
            ginfo = self._ginfo
            for g, at in at_by_group.items():
                need, multi, exact, fixed, matcher, before, after = ginfo[g]
                if need & sat != need or (multi is not None and not _fits(multi, sat)):
                    continue    # no pattern of the group can match: a required word is missing
                if exact is not None:      # one-token patterns: the anchors are the matches
                    found.update((key, i, i + 1) for i in at for key in exact)
                    continue
                if fixed is not None:      # fixed sequences: check each at its anchors
                    attrs = self._word_attrs
                    for key, a, form in fixed:
                        size = len(form)
                        for p in at:
                            start = p - a
                            if start < 0 or start + size > n:
                                continue
                            for j, conds in enumerate(form):
                                word = attrs[orths[start + j]]
                                if not all(word[index] in values for index, values in conds):
                                    break
                            else:
                                found.add((key, start, start + size))
                    continue
                p = at[0]
                start, end = (p - before if p > before else 0), p + after + 1
                if len(at) == 1:
                    windows = ((start, end if end < n else n),)
                else:
                    windows = []
                    for p in at[1:]:
                        lo = p - before if p > before else 0
                        if lo <= end:
                            end = p + after + 1
                            continue
                        windows.append((start, end if end < n else n))
                        start, end = lo, p + after + 1
                    windows.append((start, end if end < n else n))
                for start, end in windows:
                    # A match lies inside one window, so its required words must occur there too.
                    if need and (start > 0 or end < n):
                        covered = reduce(or_, sats[start:end])
                        if need & covered != need or (multi is not None and not _fits(multi, covered)):
                            continue
                    found.update((key, s + start, e + start)
                                 for key, s, e in matcher(Span(doc, start, end), allow_missing=True))
        if len(self.fallback):
            found.update(self.fallback(doc))
        return sorted(found, key=lambda m: (m[1], m[2]))


_FIXED_ATTRS = {"ORTH": 0, "TEXT": 0, "LOWER": 1, "LEMMA": 2}


def _is_anchor_only(pattern: list[dict], gkey: tuple) -> bool:
    """Whether `pattern` is one token whose only condition is exactly the group's anchor:
    LOWER/LEMMA equal to (or IN) the anchor's lower-case values, or the anchor's REGEX."""
    if len(pattern) != 1 or len(pattern[0]) != 1:      # one token, no OP, one attribute
        return False
    (attr, spec), = pattern[0].items()
    if {"LOWER": 0, "LEMMA": 1}.get(attr) != gkey[0]:
        return False
    if gkey[1] == "regex":
        return isinstance(spec, dict) and set(spec) == {"REGEX"} and spec["REGEX"] == gkey[2]
    values = [spec] if isinstance(spec, str) else (
        spec["IN"] if isinstance(spec, dict) and set(spec) == {"IN"} else None)
    return (values is not None and all(isinstance(v, str) and v == v.lower() for v in values)
            and tuple(sorted(set(values))) == gkey[1])


def _bits_of(mask: int) -> list[int]:
    """The single bits set in `mask`."""
    bits = []
    while mask:
        low = mask & -mask
        bits.append(low)
        mask ^= low
    return bits


def _fits(masks: list[int], sat: int) -> bool:
    """Whether some pattern has all its required bits in `sat`."""
    for mask in masks:
        if mask & sat == mask:
            return True
    return False
