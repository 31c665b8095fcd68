"""A regex searched only where it can match: when the text holds one of the literal strings that
every match of it contains.

Most of the regexes that read a whole message for one purpose (an HR system's "Hiring Manager"
field, a sender's "resending" note) find nothing in most mail, and an IGNORECASE alternation
is tried at every character of the text. A few `in` tests on the lower-cased text rule most
mail out for a fraction of that. The literals are read off the regex itself (re's parser), so
they follow the pattern as it changes: the answer is always the regex's own.
"""
from __future__ import annotations

import re
from re import _constants as _sre, _parser as _sre_parser    # to read a regex's required literals

# re's IGNORECASE and str.lower() disagree on these (İ lowers to two characters, re matches
# ı with i and ſ with s): a text holding one is searched with the regex itself.
FOLD_TRAPS = re.compile("[\u0130\u0131\u017f]")
MIN_LITERAL = 3         # a guard on shorter literals passes nearly every text: not worth it
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


def required_literals(rx: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of `rx` contains (lower-case when `rx` ignores case),
    or None when none can be read off it (or they are shorter than MIN_LITERAL)."""
    try:
        items = _sre_parser.parse(rx.pattern, rx.flags)
    except Exception:       # re's parser is internal: if it changes, guard nothing
        return None
    found = _sequence(items, bool(rx.flags & re.IGNORECASE))
    if not found or min(map(len, found)) < MIN_LITERAL:
        return None
    # a literal that holds another of the set adds nothing ("bounced" beside "bounce")
    return tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


def covers(literals, required) -> bool:
    """Whether every string of `required` holds one of `literals` (then a text holding none of
    `literals` holds none of `required`)."""
    return all(any(w in r for w in literals) for r in required)


def _better(a: frozenset | None, b: frozenset | None) -> frozenset | None:
    """The more selective of two literal sets: the longer shortest literal (up to _ENOUGH
    characters), then the fewer literals (each is one more scan of the text)."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = (min(min(map(len, a)), _ENOUGH), -len(a)), (min(min(map(len, b)), _ENOUGH), -len(b))
    return a if ka >= kb else b


_MAX_SET = 8            # literal sets grow by products ("re-?sen(?:d|t)"): kept small
_MAX_UNION = 256        # a branch's alternatives: one of them matches, so all are needed
_ENOUGH = 6             # a literal this long is rare enough in mail


def _product(a: frozenset, b: frozenset) -> frozenset | None:
    return frozenset(x + y for x in a for y in b) if len(a) * len(b) <= _MAX_SET else None


def _exact(op, av, fold: bool) -> frozenset | None:
    """The strings one element matches, when they are few and known ("(?:d|ding|t)", "-?",
    "[sr]", "\\b" matches ""), else None."""
    if op is _sre.LITERAL:
        return frozenset({chr(av).lower() if fold else chr(av)}) if av < 128 or not fold else None
    if op is _sre.AT:
        return frozenset({""})
    if op is _sre.IN:
        if len(av) <= 4 and all(o is _sre.LITERAL and v < 128 for o, v in av):
            return frozenset(chr(v).lower() if fold else chr(v) for _, v in av)
        return None
    if op is _sre.SUBPATTERN:
        _, add, remove, sub = av
        return None if (add | remove) & re.IGNORECASE else _sequence_exact(sub, fold)
    if op is _sre.BRANCH:
        alternatives = [_sequence_exact(alt, fold) for alt in av[1]]
        if not all(alt is not None for alt in alternatives):
            return None
        union = frozenset().union(*alternatives)
        return union if len(union) <= _MAX_SET else None
    if op in _REPEATS and av[1] == 1 and av[0] in (0, 1):
        body = _sequence_exact(av[2], fold)
        return None if body is None else body | {""} if av[0] == 0 else body
    return None


def _sequence_exact(items, fold: bool) -> frozenset | None:
    out = frozenset({""})
    for op, av in items:
        got = _exact(op, av, fold)
        out = None if got is None else _product(out, got)
        if out is None:
            return None
    return out


def _sequence(items, fold: bool) -> frozenset | None:
    """Literals one of which a match of this sequence holds: the best of what its elements
    require (a run of elements whose strings are known is one set of literals, their product;
    a group, a branch of such, a repeat taken at least once)."""
    best, run = None, frozenset({""})
    for op, av in list(items) + [(None, None)]:
        got = None if op is None else _exact(op, av, fold)
        if got is not None:
            joined = _product(run, got)
            if joined is not None:
                run = joined
                continue
        best = _better(best, run)
        run = got if got is not None else frozenset({""})
        if got is not None:
            continue
        if op is _sre.SUBPATTERN:
            _, add, remove, sub = av
            if not (add | remove) & re.IGNORECASE:       # (?i:…) inside: its case differs, skip it
                best = _better(best, _sequence(sub, fold))
        elif op is _sre.BRANCH:
            alternatives = [_sequence(alt, fold) for alt in av[1]]
            if all(alternatives) and len(frozenset().union(*alternatives)) <= _MAX_UNION:
                best = _better(best, frozenset().union(*alternatives))
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _sequence(av[2], fold))
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            best = _better(best, _sequence(av, fold))
    return best


class Guarded:
    """`rx` (search, finditer, sub, pattern, flags), tried only on text that holds one of its
    required literals (see required_literals); with none to read, always tried. `literals`:
    fewer, shorter ones to look for instead ("renvoie" for the eight "je (vous) (le|la|les)
    renvoie"); each literal read off `rx` must hold one of them, else ValueError (at import)."""

    def __init__(self, rx: re.Pattern, literals: tuple[str, ...] | None = None):
        self.rx = rx
        self.pattern, self.flags = rx.pattern, rx.flags
        required = required_literals(rx)
        if literals is not None and (required is None or not covers(literals, required)):
            raise ValueError(f"{literals!r} do not cover what {rx.pattern[:60]!r}… requires: {required!r}")
        self.literals = literals if literals is not None else required
        self._fold = bool(rx.flags & re.IGNORECASE)

    def possible(self, text: str, lowered: str | None = None) -> bool:
        """Whether `rx` may match somewhere in `text` (`lowered`: text.lower(), if at hand)."""
        if self.literals is None:
            return True
        if self._fold:
            if not text.isascii() and FOLD_TRAPS.search(text):
                return True
            text = lowered if lowered is not None else text.lower()
        for literal in self.literals:
            if literal in text:
                return True
        return False

    def search(self, text: str, *bounds):
        return self.rx.search(text, *bounds) if self.possible(text) else None

    def finditer(self, text: str, *bounds):
        return self.rx.finditer(text, *bounds) if self.possible(text) else iter(())

    def sub(self, repl, text: str, count: int = 0):
        return self.rx.sub(repl, text, count) if self.possible(text) else text


_CATEGORIES = {_sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_DIGIT: r"\d",
               _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


def first_chars(source: str, flags: int = 0) -> str | None:
    """A character class (regex source, under the same flags) holding the first character of
    every match of `source`, or None when none can be read off it or it can match nothing ("")."""
    try:
        items = _sre_parser.parse(source, flags)
        got = _firsts(items)
    except Exception:       # re's parser is internal: if it changes, no class
        return None
    if got is None or got[1] or not got[0]:
        return None
    return "[" + "".join(sorted(got[0])) + "]"


def _firsts(items):
    """(class pieces, whether the sequence can match "") or None when unknown."""
    out = set()
    for op, av in items:
        got = _first_of(op, av)
        if got is None:
            return None
        out |= got[0]
        if not got[1]:
            return out, False
    return out, True


def _first_of(op, av):
    if op is _sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is _sre.IN:
        pieces = set()
        for o, v in av:
            if o is _sre.LITERAL:
                pieces.add(re.escape(chr(v)))
            elif o is _sre.RANGE:
                pieces.add(re.escape(chr(v[0])) + "-" + re.escape(chr(v[1])))
            elif o is _sre.CATEGORY and v in _CATEGORIES:
                pieces.add(_CATEGORIES[v])
            else:               # a negated class, or one of re's internal forms
                return None
        return pieces, False
    if op is _sre.SUBPATTERN:
        _, add, remove, sub = av
        return None if (add | remove) else _firsts(sub)
    if op is _sre.BRANCH:
        out, empty = set(), False
        for alt in av[1]:
            got = _firsts(alt)
            if got is None:
                return None
            out |= got[0]
            empty = empty or got[1]
        return out, empty
    if op in _REPEATS:
        got = _firsts(av[2])
        return None if got is None else (got[0], got[1] or av[0] == 0)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True      # zero width
    return None
