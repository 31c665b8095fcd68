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

Segments not seen before are tokenized together in one call (joined by single spaces, which
is how they stood in the text) and filed from that doc.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain, compress
from operator import itemgetter

from spacy.attrs import IDX, NORM, ORTH, SPACY
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# doc.user_data key: the tokens' ORTH ids as a list (the lemmatizer and the matchers read them)
ORTHS = "nottoday.orths"
_SEPARATOR = re.compile(r"(?<=\S) ")
_WHITESPACE = frozenset(c for c in map(chr, range(0x110000)) if c.isspace())
_last_chars = itemgetter(-1)
MAX_SEGMENTS = 300_000          # remembered segments before the memo starts over
_ORTHS, _SPACES, _NORMS, _HEADS, _TAILS = range(5)
_orths, _spaces, _norms = itemgetter(_ORTHS), itemgetter(_SPACES), itemgetter(_NORMS)
_tails = itemgetter(_TAILS)


class SegmentTokenizer:
    """Same Doc as `tokenizer(text)` (ORTH, spaces, offsets, NORM), from remembered segments."""

    def __init__(self, tokenizer, hostile=None):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab
        self.hostile = hostile          # segment -> true when it must not go to `tokenizer`
        # segment -> (orths, spaces, norms, heads, tails): heads/tails are the special-case
        # pattern tokens the segment's text starts/ends with that have a neighbour there
        self.memo: dict[str, tuple] = {}
        self._specials: tuple | None = None

    @property
    def specials(self) -> tuple:
        """What spaCy's special-case matcher could match across a separator, worked out on first
        use: the adjacent token pairs inside special cases' patterns (split by affixes, no
        special cases: what that matcher looks for), the tokens that follow / precede another
        in one, and the first / last tokens special cases produce."""
        if self._specials is None:
            tok = self.tokenizer
            plain = Tokenizer(self.vocab, rules=None, prefix_search=tok.prefix_search,
                              suffix_search=tok.suffix_search, infix_finditer=tok.infix_finditer,
                              token_match=tok.token_match, url_match=tok.url_match)
            pairs, made_first, made_last = set(), set(), set()
            for key in tok.rules or {}:
                words = [t.text for t in plain(key)]
                pairs.update(zip(words, words[1:]))
                made = tok(key)
                made_first.add(made[0].text)
                made_last.add(made[-1].text)
            self._specials = (frozenset(pairs), tuple({b for _, b in pairs}), tuple({a for a, _ in pairs}),
                              frozenset(made_first), frozenset(made_last))
        return self._specials

    def _ends(self, segment: str, first: str, last: str):
        """The tokens `segment` starts and ends with, before special cases apply, that some
        special case's pattern has a neighbour for (None for none). That is its first / last
        token, unless a special case made that one: then any pattern token its text starts /
        ends with."""
        _, heads, tails, made_first, made_last = self.specials
        if first in made_first:
            head = tuple(h for h in heads if segment.startswith(h)) if segment.startswith(heads) else ()
        else:
            head = (first,) if first in heads else ()
        if last in made_last:
            tail = tuple(t for t in tails if segment.endswith(t)) if segment.endswith(tails) else ()
        else:
            tail = (last,) if last in tails else ()
        return head or None, tail or None

    def _risky(self, found: list[tuple]) -> bool:
        """Whether a special case may match across a separator between these segments."""
        pairs = self.specials[0]
        for i in compress(range(len(found) - 1), map(_tails, found)):
            heads = found[i + 1][_HEADS]
            if heads and any((t, h) in pairs for t in found[i][_TAILS] for h in heads):
                return True
        return False

    def __call__(self, text: str) -> Doc | None:
        """The Doc; None when a segment not seen before is `hostile` (known ones never are)."""
        segments = _segments(text)
        memo = self.memo
        found = list(map(memo.get, segments))
        if None in found:
            if len(memo) > MAX_SEGMENTS:
                memo.clear()
            missing = list(dict.fromkeys(s for s, f in zip(segments, found) if f is None))
            if self.hostile is not None and any(map(self.hostile, missing)):
                return None
            if not self._learn(missing, segments[-1]):
                for segment in missing:          # one at a time: each tokenized alone
                    self._learn([segment], segment)
            found = list(map(memo.__getitem__, segments))
        if self._risky(found):
            return self.tokenizer(text)     # a special case might match across a separator
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

    def _learn(self, missing: list[str], last: str) -> bool:
        """Tokenize the segments not seen before in one call and remember each one's tokens.
        False when that doc does not split cleanly at the joins (then nothing is filed)."""
        if last in missing and missing[-1] != last:   # only the text's last segment may end
            missing = [s for s in missing if s != last] + [last]    # in whitespace: it goes last
        joined = " ".join(missing)
        doc = self.tokenizer(joined)
        rows = doc.to_array([ORTH, SPACY, IDX, NORM]).tolist() if len(doc) else []
        # a token's own NORM (from a special case) differs from its word's
        plain = Doc(self.vocab, words=[r[0] for r in rows]).to_array(NORM).tolist() if rows else []
        starts, pos = [], 0
        for segment in missing:
            starts.append(pos)
            pos += len(segment) + 1
        filed: list[list] = [[] for _ in missing]
        strings = self.vocab.strings
        for (orth, space, idx, norm), lex_norm in zip(rows, plain):
            filed[bisect_right(starts, idx) - 1].append(
                (orth, space, norm if norm != lex_norm else 0, idx, strings[orth]))
        for k, tokens in enumerate(filed):
            if missing[k] and (not tokens or tokens[0][3] != starts[k]):
                return False            # the segment does not start a token
            if k + 1 < len(missing) and not tokens[-1][1]:
                return False            # a token runs across the join
        entries = []
        for segment, tokens in zip(missing, filed):
            orths = tuple(t[0] for t in tokens)
            spaces = tuple(t[1] for t in tokens[:-1]) + (True,) if tokens else ()
            norms = tuple((j, t[2]) for j, t in enumerate(tokens) if t[2]) or None
            ends = self._ends(segment, tokens[0][4], tokens[-1][4]) if tokens else (None, None)
            entries.append((orths, spaces, norms, *ends))
        if len(entries) > 1 and self._risky(entries):
            return False                # the joined doc's special cases may differ from the text's
        self.memo.update(zip(missing, entries))
        return True


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
