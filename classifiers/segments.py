"""spaCy's tokenization, remembered per space-separated segment of text.

spaCy's tokenizer caches the tokens of each whitespace-separated chunk, but stops caching for
the rest of a text once it has met a special case, and a line break is one: after a mail's
first line almost every chunk is split by affix regexes again, every time it is seen. Here
the text is cut at its separator spaces (a " " right after a non-space character: the spaces
spaCy's own loop drops) and each segment's tokens are remembered as ORTH ids; a Doc is then
built from ids without a regex. The tokens are exactly spaCy's for the whole text:

- spaCy's loop treats every segment alike whatever came before, so a text's tokens are its
  segments' tokens, each segment tokenized alone (its last token then gets the space);
- except that its special-case pass (a PhraseMatcher over the doc's tokens before special
  cases apply) could match across a separator space. Such a match needs a token ending one
  segment and a token starting the next that stand side by side in some special case ("> :("
  against ">:("). Those tokens are a suffix and a prefix of the segments' text, so each
  segment remembers which pattern tokens it ends and starts with (almost always none), and a
  text with a pair at a separator goes to spaCy whole.
- Special cases may give a token its own NORM ("n't" -> "not"): kept per segment, set again.

Segments not seen before are tokenized together in one call (see _learn) and filed from that
doc.
"""
from __future__ import annotations

import re
from itertools import chain, compress
from operator import itemgetter

import numpy
from spacy.attrs import IDX, NORM, ORTH, SPACY
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# doc.user_data key: the tokens' ORTH ids as a list (the lemmatizer and the matchers read them)
ORTHS = "nottoday.orths"
_SEPARATOR = re.compile(r"(?<=\S) ")
_EMPTY = ((), (), None, None, None)      # the memo's entry for an empty segment
_JOIN = " \x00 "                 # between segments tokenized together (see _learn)
_WHITESPACE = frozenset(c for c in map(chr, range(0x110000)) if c.isspace())
_last_chars = itemgetter(-1)
MAX_SEGMENTS = 300_000          # remembered segments before the memo starts over
_ORTHS, _SPACES, _NORMS, _HEADS, _TAILS = range(5)
_orths, _spaces, _norms = itemgetter(_ORTHS), itemgetter(_SPACES), itemgetter(_NORMS)
_tails = itemgetter(_TAILS)


class SegmentTokenizer:
    """Same Doc as `tokenizer(text)` (ORTH, spaces, offsets, NORM), from remembered segments."""

    def __init__(self, tokenizer, hostile=None, linear=None):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab
        self.hostile = hostile          # segment -> true when it must not go to `tokenizer`
        # hostile segment -> (words, spaces) in linear time (nlp.LinearTokenizer), or None: then
        # a text with a new hostile segment is not tokenized here (the call returns None)
        self.linear = linear
        # segment -> (orths, spaces, norms, heads, tails): heads/tails are the special-case
        # pattern tokens the segment's text starts/ends with that have a neighbour there
        self.memo: dict[str, tuple] = {}
        self._linear: set[str] = set()     # the remembered segments `linear` tokenized
        self._specials: _Specials | None = None

    @property
    def specials(self) -> "_Specials":
        """What spaCy's special-case matcher could match across a separator (worked out on
        first use)."""
        if self._specials is None:
            self._specials = _Specials(self.tokenizer)
        return self._specials

    def _ends(self, segment: str, first: int, last: int):
        """The tokens `segment` starts and ends with, before special cases apply, that some
        special case's pattern has a neighbour for (None for none). That is its first / last
        token (`first`, `last`: ORTH ids), unless a special case made that one: then any
        pattern token its text starts / ends with."""
        sp = self.specials
        if first in sp.made_first:
            head = tuple(h for h in sp.heads_by_char.get(segment[0], ()) if segment.startswith(h))
        else:
            head = (sp.text[first],) if first in sp.head_ids else ()
        if last in sp.made_last:
            tail = tuple(t for t in sp.tails_by_char.get(segment[-1], ()) if segment.endswith(t))
        else:
            tail = (sp.text[last],) if last in sp.tail_ids else ()
        return head or None, tail or None

    def _risky(self, found: list[tuple]) -> bool:
        """Whether a special case may match across a separator between these segments."""
        pairs = self.specials.pairs
        for i in compress(range(len(found) - 1), map(_tails, found)):
            heads = found[i + 1][_HEADS]
            if heads and any((t, h) in pairs for t in found[i][_TAILS] for h in heads):
                return True
        return False

    def __call__(self, text: str) -> Doc | None:
        """The Doc; None when the text holds a `hostile` segment and cannot be built from
        remembered segments (without `linear`: whenever one is new)."""
        segments = _segments(text)
        memo = self.memo
        found = list(map(memo.get, segments))
        if None in found:
            if len(memo) > MAX_SEGMENTS:
                memo.clear()
                self._linear.clear()
            missing = list(dict.fromkeys(s for s, f in zip(segments, found) if f is None))
            if self.hostile is not None:
                bad = [s for s in missing if self.hostile(s)]
                if bad:
                    if self.linear is None:
                        return None
                    self._learn_linear(bad)
                    missing = [s for s in missing if s not in self._linear]
            if missing and not self._learn(missing, segments[-1]):
                return self._whole(text, segments)
            found = list(map(memo.__getitem__, segments))
        if self._risky(found):
            return self._whole(text, segments)     # a special case might match across a separator
        orths = list(chain.from_iterable(map(_orths, found)))
        if not orths:
            return Doc(self.vocab)
        spaces = list(chain.from_iterable(map(_spaces, found)))
        if segments[-1]:
            spaces[-1] = False          # no separator after the last segment
        doc = Doc(self.vocab, words=orths, spaces=spaces)
        if any(map(_norms, found)):
            _set_norms(doc, found)
        doc.user_data[ORTHS] = orths
        return doc

    def _whole(self, text: str, segments: list[str]) -> Doc | None:
        """`tokenizer(text)`, or None when a segment of it is hostile (tokenized by `linear`)."""
        if self._linear and not self._linear.isdisjoint(segments):
            return None
        return self.tokenizer(text)

    def _learn_linear(self, bad: list[str]) -> None:
        """Remember the tokens `linear` gives each hostile segment alone. A hostile stretch (a
        long run of punctuation, a huge chunk) never reaches past a separator space, so a text's
        linear tokens are its segments' (as spaCy's are; see the module docstring)."""
        strings = self.vocab.strings
        for segment in bad:
            words, spaces = self.linear(segment)
            if not words:
                self.memo[segment] = _EMPTY
                continue
            orths = tuple(strings.add(w) for w in words)
            self.memo[segment] = (orths, (*spaces[:-1], True), None,
                                  *self._ends(segment, orths[0], orths[-1]))
            self._linear.add(segment)

    def _learn(self, missing: list[str], last: str) -> bool:
        """Tokenize the segments not seen before in one call and remember each one's tokens.
        They are joined by " \\x00 ": each segment is then followed by a separator space as in
        a text, and the NUL token between two keeps spaCy's special-case matcher from matching
        across them. False when that doc does not split cleanly (then nothing is filed)."""
        if last in missing and missing[-1] != last:   # only the text's last segment may end
            missing = [s for s in missing if s != last] + [last]    # in whitespace: it goes last
        if not self.specials.nul_safe:
            return False
        doc = self.tokenizer(_JOIN.join(missing))
        lengths = numpy.array([len(s) for s in missing])
        starts = numpy.cumsum(lengths + len(_JOIN)) - lengths - len(_JOIN)
        if not len(doc):                # only empty segments (a text ending in a separator)
            self.memo.update((s, _EMPTY) for s in missing)
            return not lengths.any()
        cols = doc.to_array([ORTH, SPACY, IDX, NORM])
        n, idxs = len(doc), cols[:, 2]
        firsts = numpy.searchsorted(idxs, starts)
        ends = numpy.searchsorted(idxs, starts + lengths)
        nonempty = lengths > 0
        if (nonempty & ((firsts >= ends) | (idxs[numpy.minimum(firsts, n - 1)] != starts))).any():
            return False                # a segment does not start a token
        after = starts[:-1] + lengths[:-1] + 1          # where the NUL after each segment is
        if ((ends[:-1] >= n) | (idxs[numpy.minimum(ends[:-1], n - 1)] != after)).any():
            return False                # a token runs across the join
        orths, spaces = cols[:, 0].tolist(), cols[:, 1].tolist()
        # a token's own NORM (from a special case) differs from its word's
        own = (cols[:, 3] != Doc(self.vocab, words=orths).to_array(NORM)).nonzero()[0].tolist()
        norms = cols[:, 3].tolist()
        entries, ends_of = [], self._ends
        for segment, a, b in zip(missing, firsts.tolist(), ends.tolist()):
            if a == b:
                entries.append(_EMPTY)
                continue
            mine = tuple((j - a, norms[j]) for j in own if a <= j < b) if own else ()
            entries.append((tuple(orths[a:b]), (*spaces[a:b - 1], True), mine or None,
                            *ends_of(segment, orths[a], orths[b - 1])))
        self.memo.update(zip(missing, entries))
        return True


class _Specials:
    """A tokenizer's special cases as its special-case matcher sees them: the adjacent token
    pairs inside their patterns (split by affixes, no special cases), the tokens that follow
    (heads) / precede (tails) another in one, and the first / last tokens they produce."""

    def __init__(self, tok):
        plain = Tokenizer(tok.vocab, rules=None, prefix_search=tok.prefix_search,
                          suffix_search=tok.suffix_search, infix_finditer=tok.infix_finditer,
                          token_match=tok.token_match, url_match=tok.url_match)
        pairs, made_first, made_last = set(), set(), set()
        for key in tok.rules or {}:
            words = [t.text for t in plain(key)]
            pairs.update(zip(words, words[1:]))
            made = tok(key)
            made_first.add(made[0].text)
            made_last.add(made[-1].text)
        self.pairs = frozenset(pairs)
        self.heads = frozenset(b for _, b in pairs)
        self.tails = frozenset(a for a, _ in pairs)
        ids = tok.vocab.strings
        self.made_first = frozenset(ids.add(w) for w in made_first)     # as ORTH ids
        self.made_last = frozenset(ids.add(w) for w in made_last)
        self.head_ids = frozenset(ids.add(w) for w in self.heads)
        self.tail_ids = frozenset(ids.add(w) for w in self.tails)
        self.text = {ids.add(w): w for w in self.heads | self.tails}
        self.heads_by_char: dict[str, list[str]] = {}
        self.tails_by_char: dict[str, list[str]] = {}
        for h in self.heads:
            self.heads_by_char.setdefault(h[0], []).append(h)
        for t in self.tails:
            self.tails_by_char.setdefault(t[-1], []).append(t)
        # the NUL that joins new segments for _learn must take part in no special case
        self.nul_safe = not any("\x00" in w for pair in pairs for w in pair) and \
            not any("\x00" in key for key in tok.rules or {})


def _segments(text: str) -> list[str]:
    """`text` cut at its separator spaces (_SEPARATOR.split, faster on most text)."""
    pieces = text.split(" ")
    if "" in pieces[:-1] or not _WHITESPACE.isdisjoint(map(_last_chars, pieces[:-1])):
        return _SEPARATOR.split(text)    # "  ", "\n ": a space that is no separator
    return pieces


def _set_norms(doc: Doc, found: list[tuple]) -> None:
    """Give tokens the NORM a special case set for them (rare: contractions and the like)."""
    base, strings = 0, doc.vocab.strings
    for entry in found:
        if entry[_NORMS]:
            for j, norm in entry[_NORMS]:
                doc[base + j].norm_ = strings[norm]
        base += len(entry[_ORTHS])
