"""Run many token patterns fast: spaCy's Matcher, routed by anchor words.

spaCy's Matcher tries every pattern at every token. With a hundred-odd patterns that is most
of the cost of classifying a message, although almost all of them need a rare word
("candidate", "application", "filled") somewhere. So each pattern is indexed by its rarest
required token (its anchor); per message, only the patterns whose anchor word occurs are run.
A pattern of lexical conditions (what a word alone decides: its text, lower form, lemma,
flags) is walked outwards from each anchor position in Python, on bits remembered per word;
any other goes to spaCy's Matcher over a window just wide enough to hold a match around the
anchor. Matches are exactly the ones a whole-document Matcher finds, as long as a pattern's
unbounded operators (`*`, `+`, `{n,}`) span at most UNBOUNDED tokens.

An anchor is a literal ({LOWER: "filled"}, {LEMMA: {IN: [...]}}) or a REGEX on LOWER/LEMMA
(German and Dutch rules match word stems). What a word satisfies is worked out once per
distinct word (regexes included) and remembered, so a known word costs one dict lookup.
"""
from __future__ import annotations

import re
import threading
from re import _constants as _sre, _parser as _sre_parser    # to check a regex's shape
from functools import reduce
from itertools import compress
from operator import and_, or_

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.attrs import IDS, LEMMA, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Span
from spacy.util import get_lang_class

from .nlp import ORTHS, ensure_lemmas

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
        # per group: a spaCy Matcher for its patterns that are not walked (or None),
        # and the most tokens a match spans before and after the anchor
        self.groups: list[tuple[Matcher | None, int, int]] = []
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
        # per group: its patterns that are checked at the anchors in Python (see _step_form),
        # each as (key, required bits, anchor's atom mask, steps back, steps forward, and the
        # masks of those steps when each is a plain single token, else None)
        self._fast: list[list[tuple]] = []
        self._ginfo: list[tuple] = []     # per group, all of the above for the hot loop
        self._req_bit: dict[tuple, int] = {}
        # per requirement bit: (kind, its values as strings), or (kind, None) for a regex
        self._req_text: dict[int, tuple[int, frozenset[str] | None]] = {}
        self._req_forms: dict[int, frozenset[str] | None] | None = None   # see may_match
        self._req_order: dict[int, list[int]] = {}
        # Per kind (0 = lower form, 1 = lemma, 2 = exact text): value hash -> groups anchored
        # on it / bits it satisfies; and the kind's regexes as (compiled, bit or None, group or
        # None). Bits are requirements (see _mask) and atoms: one token condition such as
        # "LOWER in {a, b}" or "IS_TITLE is true", which fast patterns test per token.
        self._index: tuple[dict[int, list[int]], ...] = ({}, {}, {})
        self._bits: tuple[dict[int, int], ...] = ({}, {}, {})
        self._regexes: tuple[list, ...] = ([], [], [])
        self._screens: list = [None, None, None]     # per kind, see _screen
        # NOT_IN atoms per kind: every such bit, and value hash -> the bits it does not get
        self._notin_all: list[int] = [0, 0, 0]
        self._notin: tuple[dict[int, int], ...] = ({}, {}, {})
        self._flags: dict[int, list[tuple[bool, int]]] = {}   # flag attr id -> (value, bit)
        self._lock = threading.Lock()
        self._forget()
        self._len = self._count = 0
        self._back = self._fwd = 0      # the most tokens any match spans before / after its anchor

    def _forget(self) -> None:
        """Drop what is known about words: the tables changed, or the memo is full."""
        # orth -> (its requirement and atom bits, what it anchors as a _plan, or None)
        self._words: dict[int, tuple[int, tuple | None]] = {}

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
                bit, new = self._bit((k, "regex", source))   # a fast pattern's atom, too
                if new:
                    self._regexes[k].append((re.compile(source), bit, None))
                self._req_text.setdefault(bit, (k, None))
                mask |= bit
        return mask

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        with self._lock:
            for pattern in patterns:
                self._add(key, pattern)
            self._forget()
            self._req_forms = None
            self._len = self._count

    def _add(self, key: str, pattern: list[dict]) -> None:
        Matcher(self.vocab, validate=True).add(key, [pattern])   # fail early, with the key
        self._count += 1
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
            self.groups.append((None, 0, 0))
            self.masks.append([])
            self._need.append(0)
            self._multi.append(None)
            self._exact.append([])
            self._fast.append([])
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
        form = self._step_form(pattern, i)
        mask = self._mask(pattern)      # the bits of the words the pattern requires
        matcher, b, a = self.groups[g]
        if form is not None:
            amask, back, fwd = form
            self._fast[g].append((self.vocab.strings.add(key), mask, amask, back, fwd,
                                  _masks_only(back), _masks_only(fwd)))
        else:
            if matcher is None:
                matcher = Matcher(self.vocab)
            matcher.add(key, [pattern])
        self.groups[g] = (matcher, max(b, before), max(a, after))
        self._back, self._fwd = max(self._back, before), max(self._fwd, after)
        masks = self.masks[g]
        if masks is not None:
            if mask:
                masks.append(mask)
            else:
                self.masks[g] = None
        masks = self.masks[g]
        self._need[g] = reduce(and_, masks) if masks else 0
        self._multi[g] = masks if masks is not None and len(masks) > 1 else None
        matcher, before, after = self.groups[g]
        self._ginfo[g] = (self._need[g], self._multi[g], self._exact[g], self._fast[g], matcher,
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

    def _step_form(self, pattern: list[dict], anchor: int):
        """How to check `pattern` at an anchor position in Python, or None when it needs
        spaCy's Matcher. Possible when every condition is lexical (a function of the word
        alone: ORTH/TEXT/LOWER/LEMMA equal to, IN, NOT_IN or REGEX, and IS_*/LIKE_* flags)
        and the anchor token occurs exactly once. Returns (the anchor's atom mask, the steps
        before it nearest first, the steps after it), compiled by _compile_steps from
        (atom mask, min, max tokens, negated) per pattern token. Unbounded operators span at
        most UNBOUNDED tokens, as in windows."""
        steps = []
        for token in pattern:
            mask = self._atoms(token)
            if mask is None:
                return None
            lo, hi = _span_len(token)
            steps.append((mask, lo, hi, token.get("OP") == "!"))
        amask, lo, hi, neg = steps[anchor]
        if (lo, hi, neg) != (1, 1, False):
            return None
        return amask, _compile_steps(steps[:anchor][::-1]), _compile_steps(steps[anchor + 1:])

    def _atoms(self, token: dict) -> int | None:
        """The atom bits a word needs to satisfy `token`'s conditions (0: any word), or None
        when a condition is not lexical or not supported here."""
        mask = 0
        for attr, spec in token.items():
            if attr == "OP":
                continue
            kind = _ATOM_KINDS.get(attr)
            if kind is not None:
                preds = {"IN": [spec]} if isinstance(spec, str) else spec
                if not isinstance(preds, dict) or not preds:
                    return None
                for pred, values in preds.items():
                    if pred == "REGEX" and isinstance(values, str):
                        key = (kind, "regex", values)
                        bit, new = self._bit(key)
                        if new:
                            self._regexes[kind].append((re.compile(values), bit, None))
                    elif pred in ("IN", "NOT_IN") and isinstance(values, list) and all(
                            isinstance(v, str) for v in values):
                        hashes = frozenset(self.vocab.strings.add(v) for v in values)
                        bit, new = self._bit((pred, kind, hashes))
                        if new:
                            table = self._bits[kind] if pred == "IN" else self._notin[kind]
                            for h in hashes:
                                table[h] = table.get(h, 0) | bit
                            if pred == "NOT_IN":
                                self._notin_all[kind] |= bit
                    else:
                        return None
                    mask |= bit
            elif attr in _FLAG_ATTRS and isinstance(spec, bool):
                bit, new = self._bit(("flag", attr, spec))
                if new:
                    self._flags.setdefault(IDS[attr], []).append((spec, bit))
                mask |= bit
            else:
                return None
        return mask

    def _learn(self, doc) -> dict[int, tuple[int, tuple | None]]:
        """Work out the bits and anchored groups (as a _plan) of the doc's words not seen before; returns
        what is known about each of the doc's words (safe even if another thread resets the
        memo meanwhile)."""
        strings = self.vocab.strings
        with self._lock:
            if len(self._words) > _MAX_WORDS:
                self._forget()
            words, known = self._words, {}
            flags = list(self._flags.items())
            rows = ensure_lemmas(doc).to_array([ORTH, LOWER, LEMMA, *(attr for attr, _ in flags)]).tolist()
            for row in rows:
                orth = row[0]
                info = words.get(orth)
                if info is not None:
                    known[orth] = info
                    continue
                bits, groups = 0, []
                for k, value in ((0, row[1]), (1, row[2]), (2, orth)):
                    bits |= self._bits[k].get(value, 0)
                    if self._notin_all[k]:
                        bits |= self._notin_all[k] & ~self._notin[k].get(value, 0)
                    groups.extend(self._index[k].get(value, ()))
                    if self._regexes[k]:
                        text = strings[value]
                        top, runs = self._screen(k)
                        some = top is None or top.search(text) is not None
                        for joined, entries in runs:
                            if joined is not None and not (some and joined.search(text)):
                                continue        # no regex of the run matches the word
                            for rx, bit, group in entries:
                                if rx.search(text):
                                    if bit is not None:
                                        bits |= bit
                                    if group is not None:
                                        groups.append(group)
                for (_, wanted), value in zip(flags, row[3:]):
                    for want, bit in wanted:
                        if bool(value) == want:
                            bits |= bit
                words[orth] = known[orth] = (bits, self._plan(bits, groups) if groups else None)
            return known

    def _plan(self, bits: int, groups: list[int]) -> tuple:
        """What to try where a word with these bits anchors these groups: per group (its
        required bits, its masks or None, its exact keys or None, the group when spaCy's Matcher
        has patterns in it else -1, and its walked patterns whose anchor token this word
        satisfies). A word's own bits decide that last filter, so it is done once per word."""
        plan = []
        for g in dict.fromkeys(groups):
            need, multi, exact, fast, matcher, _, _ = self._ginfo[g]
            walked = tuple((key, req, back, fwd, back_masks, fwd_masks)
                           for key, req, amask, back, fwd, back_masks, fwd_masks in fast
                           if bits & amask == amask)
            if exact is not None or matcher is not None or walked:     # else nothing can match here
                plan.append((need, multi, exact, -1 if matcher is None else g, walked))
        return tuple(plan) or None

    def _screen(self, k: int) -> tuple[re.Pattern | None, list]:
        """Kind `k`'s regexes in their order, in runs of up to _RUN that start with `^`, each run
        joined into one regex (`^(?:a|b|…)`: re tries it at the start only) that matches a word
        when one of the run's does; plus one such regex over all of them. A new word then costs
        a few searches instead of one per regex (~250 in German or French). Returns (the regex
        over all or None, [(the run's regex, or None for a regex that is not joined: always
        tried; its regexes)])."""
        regexes = self._regexes[k]
        got = self._screens[k]
        if got is not None and got[0] == len(regexes):
            return got[1], got[2]
        runs: list = []
        for entry in regexes:
            if not _screenable(entry[0].pattern):
                runs.append((None, [entry]))
            elif runs and runs[-1][0] is True and len(runs[-1][1]) < _RUN:
                runs[-1][1].append(entry)
            else:
                runs.append((True, [entry]))
        # (a run whose regex does not compile is tried regex by regex, like one not joined)
        runs = [(_joined([rx for rx, _, _ in entries]) if joined else None, entries) for joined, entries in runs]
        top = _joined([rx for joined, entries in runs if joined is not None for rx, _, _ in entries])
        self._screens[k] = (len(regexes), top, runs)
        return top, runs

    def __call__(self, doc, within: bytearray | None = None) -> list[tuple[int, int, int]]:
        """Every match as (key, start, end), sorted. `within`: one flag per token; then only
        matches whose anchor token is flagged (the clause engine looks inside a few clauses)."""
        found: set[tuple[int, int, int]] = set()
        n = len(doc)
        base = 0        # with `within`: the tokens from `base` on that a match can reach
        if n and self.groups:
            orths = doc.user_data.get(ORTHS)        # left by the lemmatizer (nlp.py)
            if orths is None or len(orths) != n:
                orths = doc.to_array(ORTH).tolist()
            if within is not None:
                # a match anchored at a flagged token lies within the group's reach of it
                first = within.find(1)
                lo = first - self._back if first > self._back else 0
                hi = within.rfind(1) + self._fwd + 1 if first >= 0 else 0
                if lo or hi < n:
                    n, base = max(min(hi, n) - lo, 0), lo
                    orths, within = orths[lo:lo + n], within[lo:lo + n]
        if n and self.groups:
            try:    # per token: its bits, and what it anchors (see _plan; or None)
                sats, anchors = zip(*map(self._words.__getitem__, orths))
            except KeyError:
                sats, anchors = zip(*map(self._learn(doc).__getitem__, orths))
            sat = reduce(or_, sats)
            ginfo = self._ginfo
            windowed: dict[int, list[int]] = {}   # group -> anchors, for spaCy's Matcher
            # with `within`: the flagged positions, kept where they anchor something
            for p in (compress(range(n), anchors) if within is None else
                      compress(compress(range(n), within), compress(anchors, within))):
                for need, multi, exact, g, fast in anchors[p]:
                    if need & sat != need or (multi is not None and not _fits(multi, sat)):
                        continue    # no pattern of the group can match: a required word is missing
                    if exact is not None:      # one-token patterns: the anchor is the match
                        found.update([(key, p, p + 1) for key in exact])
                        continue
                    if g >= 0:
                        windowed.setdefault(g, []).append(p)
                    for key, req, back, fwd, back_masks, fwd_masks in fast:   # walked from p
                        if req & sat != req:
                            continue
                        # plain single-token sides first, inline: cheap, and they rule out most
                        if fwd_masks is not None:
                            e = p + 1
                            for m in fwd_masks:
                                if e >= n or sats[e] & m != m:
                                    e = -1
                                    break
                                e += 1
                            if e < 0:
                                continue
                            ends = (e,)
                        if back_masks is not None:
                            s = p
                            for m in back_masks:
                                s -= 1
                                if s < 0 or sats[s] & m != m:
                                    s = -1
                                    break
                            if s < 0:
                                continue
                            starts = (s,)
                        if fwd_masks is None:       # then the walks, each side alone first
                            ends = _reach(sats, p + 1, fwd, n, 1)
                            if not ends:
                                continue
                        if back_masks is None:
                            starts = _reach(sats, p, back, n, -1)
                            if not starts:
                                continue
                        found.update([(key, s, e) for s in starts for e in ends])
            for g, at in windowed.items():
                _, multi, _, _, matcher, before, after = ginfo[g]
                need = self._need[g]
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
                    found.update((key, s + start, e + start) for key, s, e in
                                 matcher(Span(ensure_lemmas(doc), base + start, base + end), allow_missing=True))
        if base:
            found = {(key, s + base, e + base) for key, s, e in found}
        if len(self.fallback):
            found.update(self.fallback(ensure_lemmas(doc)))
        return sorted(found, key=lambda m: (m[1], m[2]))


# Token attributes a fast pattern may test: the kind of value they compare, or lexeme flags.
_ATOM_KINDS = {"LOWER": 0, "LEMMA": 1, "ORTH": 2, "TEXT": 2}
_FLAG_ATTRS = {"IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
               "IS_SPACE", "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
               "IS_CURRENCY", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL"}


def _masks_only(steps: tuple) -> tuple[int, ...] | None:
    """The steps' atom masks when every step is exactly one token that must hold its mask,
    else None (then the walk goes through _reach)."""
    if all(kind == 0 and not neg for kind, _, _, _, neg in steps):
        return tuple(mask for _, mask, _, _, _ in steps)
    return None


def _compile_steps(steps: list[tuple]) -> tuple:
    """Steps as walked by _reach: (kind, mask, min, max, negated). Kind 0 is one token; kind 1
    a gap of min..max words then one token holding `mask` (the commonest shape, "not {0,3}
    moving", walked as one step); kind 2 any other variable step."""
    out, i = [], 0
    while i < len(steps):
        mask, lo, hi, neg = steps[i]
        if lo == hi == 1:
            out.append((0, mask, 1, 1, neg))
        elif not mask and not neg and i + 1 < len(steps) and steps[i + 1][1:] == (1, 1, False):
            out.append((1, steps[i + 1][0], lo, hi, False))
            i += 1
        else:
            out.append((2, mask, lo, hi, neg))
        i += 1
    return tuple(out)


def _reach(sats: list[int], b: int, steps: tuple, n: int, way: int):
    """Where a run of compiled steps (see _compile_steps) can end when it starts at token
    boundary `b`, walking forwards (way=1: ends) or backwards (way=-1: starts, the steps
    nearest first). A step takes tokens whose bits hold its atom mask (negated: exactly one
    token that does not). Boundaries are kept without duplicates."""
    here = (b,)
    for kind, mask, lo, hi, neg in steps:
        if kind == 0:
            if way == 1:
                here = [b + 1 for b in here if b < n and (sats[b] & mask == mask) != neg]
            else:
                here = [b - 1 for b in here if b > 0 and (sats[b - 1] & mask == mask) != neg]
        elif kind == 1:         # skip lo..hi words, then one token holding mask
            if way == 1:
                reach = [j + 1 for b in here for j in range(b + lo, min(b + hi + 1, n))
                         if sats[j] & mask == mask]
            else:
                reach = [j for b in here for j in range(max(b - hi - 1, 0), b - lo)
                         if sats[j] & mask == mask]
            here = reach if len(here) == 1 else list(set(reach))
        else:
            reach = []
            for b in here:
                if lo == 0:
                    reach.append(b)
                k, j = 0, b
                while k < hi:
                    t = j if way == 1 else j - 1
                    if not 0 <= t < n or (sats[t] & mask == mask) == neg:
                        break
                    j += way
                    k += 1
                    if k >= lo:
                        reach.append(j)
            here = reach if len(here) == 1 else list(set(reach))
        if not here:
            return ()
    return here


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


_RUN = 24       # regexes joined into one screen (see AnchoredMatcher._screen)


def _joined(regexes: list) -> re.Pattern | None:
    """One regex matching where one of `regexes` (each `^…`, see _screenable) matches, or None."""
    if not regexes:
        return None
    sources = dict.fromkeys(rx.pattern[1:] for rx in regexes)
    try:
        return re.compile("^(?:" + "|".join(f"(?:{src})" for src in sources) + ")")
    except re.error:
        return None


_UNSAFE = re.compile(r"\\[1-9]|\(\?P[=<]")     # a backreference or named group: not joined with others


def _screenable(source: str) -> bool:
    """Whether `source` matches only at the start (it opens with `^` and has no top-level `|`)
    and can be joined with others into one alternation."""
    if not source.startswith("^") or _UNSAFE.search(source):
        return False
    try:
        items = _sre_parser.parse(source)
    except Exception:       # re's parser is internal: if it changes, screen nothing
        return False
    return len(items) > 0 and items[0] == (_sre.AT, _sre.AT_BEGINNING) and \
        not any(op is _sre.BRANCH for op, _ in items)


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
