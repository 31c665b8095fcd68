"""Clause rules: a rejection described by how it is built, not by how it was phrased last time.

A clause rule names cue classes that must occur together inside ONE clause, in any order:
say a negation, a selection/progress predicate and the candidacy as its object ("we won't be
progressing your candidacy", "Ihre Bewerbung können wir leider nicht berücksichtigen", "nous ne
pouvons pas retenir votre candidature"). The cues themselves (word lists, lemmas, stems, short
token patterns) are data in each language's rule file, under `[clauses]`; they are found by the
classifier's AnchoredMatcher together with every other rule, so a message pays for them only
in the matcher pass it runs anyway. The clause structure is worked out only for messages where
every cue a rule needs occurs somewhere.

A clause is the run of tokens between clause punctuation (spaCy's sentencizer characters plus
, ; : — brackets and quotes), line breaks and the language's clause-linking words ("but",
"and", "aber", "mais", ...). Clauses that sit in a question, or that hold a cue the rule lists
under `none` (a condition, a hedge, "yet", a reversal such as "don't hesitate"), do not count.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress, count

from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string
from spacy.vocab import Vocab

from .matching import AnchoredMatcher
from .nlp import ORTHS

CUE_PREFIX = "cue:"
MAX_SPAN = 14           # default: the cues of one hit lie within this many tokens
# Clause punctuation besides the sentencizer's sentence ends. "-" is not one: the tokenizer
# splits "short-listed" and "in-house" on it.
_CLAUSE_PUNCT = (",", ";", ":", "—", "–", "(", ")", "[", "]", '"', "“", "”", "„", "«", "»", "…", "•", "|")
_SENTENCE_END = tuple(Sentencizer.default_punct_chars) + ("…",)
_VOCAB = Vocab()
_STRUCTURE = "nottoday.clauses"       # doc.user_data key: the doc's clause structure
_MAX_WORDS = 500_000                  # distinct words remembered before the memo starts over
_OPEN, _CLOSE = hash_string("("), hash_string(")")
_DOT = hash_string(".")
_QUOTE_ORTHS = frozenset(hash_string(q) for q in ('"', "“", "”", "„", "«", "»"))
_SHORT_QUOTE = 16       # a quoted name ("die Vakanz „Referent*in Employer Branding“ wurde…") at most
_COLON = hash_string(":")
_GENDER_ENDINGS = frozenset({"in", "innen", "r", "e", "n", "er", "en", "m", "s"})
# where a linking word between two capitalised words mid-clause is one job title's ("Técnico/a de Promoción y
# Marketing", "Responsabile Marketing e Comunicazione", "Medewerker Marketing en Communicatie"), not two clauses;
# not German, whose nouns are all capitalised
_TITLE_JOIN_LANGS = frozenset({"es", "it", "nl", "pt"})
_DOUBLET_STEM = 6       # "Kandidatinnen und Kandidaten": two forms of one word share this much
_MAX_SETS = 20_000      # sets of cue classes remembered (worth, _candidates) before starting over


@dataclass(frozen=True)
class ClauseSpec:
    """What one clause must hold: `all` is a list of alternatives (one cue class of each group
    must occur), `none` the classes that must not occur in the clause."""
    all: tuple[tuple[str, ...], ...]
    none: tuple[str, ...] = ()
    max_span: int = MAX_SPAN
    questions: bool = False          # whether a clause inside a question counts


@dataclass(frozen=True)
class Cues:
    """One language's cue classes (name -> token patterns) and clause-linking words.
    `guards`: the cue classes that keep any statement rule (score >= STATEMENT) from counting
    when they occur in its clause ("if we don't move forward, ..."); `asking`: words that open
    a question ("Have you gone with another candidate, or ...?") whose sentence ends in "?".
    `owner_words`: in a note between others about the owner passed on to them (fact about-owner), the words
    that stand for the owner as the candidacy ("him", "her", "the candidate"; one or two words each)."""
    lang: str
    classes: dict
    boundaries: frozenset[str] = frozenset()
    guards: tuple[str, ...] = ()
    asking: frozenset[str] = frozenset()
    triggers: frozenset[str] = frozenset()
    owner_words: frozenset[str] = frozenset()


def parse_cues(data: dict, lang: str, where: str, problems: list[str]) -> Cues:
    """The `[clauses]` table of a rule file: `boundaries` (words) and `cues` (class -> list of
    spaCy token patterns). Problems name the file and the class."""
    table = data.get("clauses", {})
    if not isinstance(table, dict):
        problems.append(f"{where}: clauses: must be a table")
        return Cues(lang, {})
    def strings(key: str, what: str) -> list[str]:
        value = table.get(key, [])
        if isinstance(value, list) and all(isinstance(w, str) for w in value):
            return value
        problems.append(f"{where}: clauses.{key}: must be a list of {what}")
        return []

    words, asking = strings("boundaries", "words"), strings("asking", "words")
    triggers, guards = strings("triggers", "cue classes"), strings("guards", "cue classes")
    owner_words = strings("owner_words", "words")
    for phrase in owner_words:
        if not 1 <= len(phrase.split()) <= 2:
            problems.append(f"{where}: clauses.owner_words: {phrase!r} must be one or two words")
    classes = {}
    for name, patterns in table.get("cues", {}).items():
        if not isinstance(patterns, list) or not all(isinstance(p, list) and p for p in patterns):
            problems.append(f"{where}: clauses.cues.{name}: must be a list of token patterns")
            continue
        try:
            Matcher(_VOCAB, validate=True).add(name, patterns)
        except Exception as exc:     # spaCy raises ValueError / MatchPatternError
            problems.append(f"{where}: clauses.cues.{name}: invalid spaCy pattern: {' '.join(str(exc).split())[:300]}")
            continue
        classes[name] = tuple(tuple(p) for p in patterns)
    for key, names in (("guards", guards), ("triggers", triggers)):
        for name in names:
            if name not in classes:
                problems.append(f"{where}: clauses.{key}: unknown cue class {name!r}")
    return Cues(lang, classes, frozenset(w.lower() for w in words), tuple(guards),
                frozenset(w.lower() for w in asking), frozenset(triggers),
                frozenset(" ".join(w.lower().split()) for w in owner_words))


def parse_spec(raw: dict, cues: Cues, where: str, problems: list[str]) -> ClauseSpec | None:
    """A `[[clause]]` entry's conditions: `all` (class names, "a|b" for either) and `none`."""
    groups = raw.get("all")
    none = raw.get("none", [])
    if not isinstance(groups, list) or not groups or not all(isinstance(g, str) for g in groups):
        problems.append(f"{where}: all: required list of cue classes (\"a|b\" for either)")
        return None
    if not isinstance(none, list) or not all(isinstance(g, str) for g in none):
        problems.append(f"{where}: none: must be a list of cue classes")
        return None
    spec = ClauseSpec(tuple(tuple(g.split("|")) for g in groups), tuple(none),
                      int(raw.get("max_span", MAX_SPAN)), bool(raw.get("questions", False)))
    for name in {c for g in spec.all for c in g} | set(spec.none):
        if name not in cues.classes:
            problems.append(f"{where}: unknown cue class {name!r} (known: {', '.join(sorted(cues.classes))})")
    return spec


@dataclass
class ClauseHit:
    rule: object            # ruleset.Rule
    start: int              # the clause's token span
    end: int
    evidence: str


class ClauseEngine:
    """Finds clause-rule hits in a doc from the cue matches the AnchoredMatcher reported.

    The `triggers` classes (rare words: a negation, a progress verb, a refusal, "filled") and
    the `guards` are looked for with every other rule, in the classifier's matcher; the other
    classes (common words: "you", "will", "role") only in docs where some rule has all its
    trigger groups (`worth`), with a second matcher (`more`): that matcher costs ~40 µs a
    message. A rule none of whose required groups is all triggers is looked for in full in
    every doc."""

    def __init__(self, vocab, cues: Cues, rules: list, matcher, lang: str = "en"):
        self.rules = [r for r in rules if r.clause is not None]
        self.guards = tuple(g for g in cues.guards if g in cues.classes)
        needed = sorted({c for r in self.rules for g in r.clause.all for c in g}
                        | {c for r in self.rules for c in r.clause.none} | set(self.guards))
        main = (set(cues.triggers) | set(self.guards)) & set(needed)
        for rule in self.rules:
            if not any(set(g) <= cues.triggers for g in rule.clause.all):
                main |= {c for g in rule.clause.all for c in g} | set(rule.clause.none)
        self.triggers = frozenset(cues.triggers & main)
        # per rule, its required groups the main matcher decides: all must be present before
        # the second matcher is worth running for it
        self._ready = [tuple(frozenset(g) for g in r.clause.all if set(g) <= main) for r in self.rules]
        self.second = AnchoredMatcher(vocab, lang)
        self.cue_of: dict[int, str] = {}
        self.second_of: dict[int, str] = {}
        for name in needed:
            key = CUE_PREFIX + name
            (matcher if name in main else self.second).add(key, [list(p) for p in cues.classes[name]])
            (self.cue_of if name in main else self.second_of)[hash_string(key)] = name
        self._strings = vocab.strings
        self._titles_join = lang in _TITLE_JOIN_LANGS
        self._bound_words = frozenset((*cues.boundaries, *_CLAUSE_PUNCT, *_SENTENCE_END))
        self._end_words = frozenset(_SENTENCE_END)
        self._kinds: dict[int, int] = {}     # orth -> 0 word, 1 clause boundary, 2 sentence end too
        self._worth: dict[frozenset, bool] = {}         # see worth
        self._with_cues: dict[frozenset, list] = {}     # see _candidates
        self.asking = cues.asking
        self.owner_words = cues.owner_words

    def worth(self, found: dict) -> bool:
        """Whether some rule has every required group the main matcher decides (remembered per
        set of cue classes found: few sets recur)."""
        key = frozenset(found)
        got = self._worth.get(key)
        if got is None:
            if len(self._worth) > _MAX_SETS:
                self._worth.clear()
            got = self._worth[key] = any(all(any(c in found for c in g) for g in groups)
                                         for groups in self._ready)
        return got

    def _candidates(self, found: dict) -> list:
        """The rules each of whose required groups has a cue class in `found`, in order
        (remembered per set of classes found)."""
        key = frozenset(name for name, spans in found.items() if spans)
        got = self._with_cues.get(key)
        if got is None:
            if len(self._with_cues) > _MAX_SETS:
                self._with_cues.clear()
            got = self._with_cues[key] = [r for r in self.rules
                                          if all(any(c in key for c in g) for g in r.clause.all)]
        return got

    def more(self, doc, found: dict, body: int, statements=()) -> None:
        """Add the non-trigger cues to `found`, looked for only in the clauses that hold a
        trigger cue or one of the `statements` token spans (their guards)."""
        if not len(self.second):
            return
        n = len(doc)
        structure = self._structure_of(doc)
        within = bytearray(n)
        spans = [sp for name in self.triggers for sp in found.get(name, ())]
        for start, end in [*spans, *statements]:
            cs, ce = self._clause(structure, start, end, n)
            within[max(cs - 3, 0):ce] = b"\x01" * (ce - max(cs - 3, 0))   # "you and" reaches back
        of = self.second_of
        for key, start, end in self.second(doc, within):
            if start >= body:
                found.setdefault(of[key], []).append((start, end))

    def __bool__(self) -> bool:
        return bool(self.rules)

    def hits(self, doc, found: dict[str, list[tuple[int, int]]], text: str) -> list[ClauseHit]:
        """Per rule, its first clause holding every required cue class and none of the
        excluded ones. `found`: cue class -> (start, end) token spans, in document order."""
        out: list[ClauseHit] = []
        structure = None
        for rule in self._candidates(found):
            spec = rule.clause
            groups = []
            for group in spec.all:
                spans = [(s, e, name) for name in group for s, e in found.get(name, ())]
                if not spans:
                    break
                groups.append(spans)
            else:
                if structure is None:
                    structure = self._structure_of(doc)
                hit = self._first(doc, spec, groups, found, structure, text)
                if hit is not None:
                    out.append(ClauseHit(rule, *hit))
        return out

    def _structure_of(self, doc):
        """Sorted token positions of clause boundaries and of sentence ends (line breaks are
        both), worked out once per doc."""
        got = doc.user_data.get(_STRUCTURE)
        if got is None:
            orths = doc.user_data.get(ORTHS)        # left by the lemmatizer (nlp.py)
            if orths is None or len(orths) != len(doc):
                orths = doc.to_array(ORTH).tolist()
            kinds = self._kinds
            if len(kinds) > _MAX_WORDS:
                kinds.clear()
            try:    # known words: no Python-level loop (an unknown one makes the lookup raise)
                of = list(map(kinds.__getitem__, orths))
            except KeyError:
                of = [kinds[o] if o in kinds else self._kind(o) for o in orths]
            if _OPEN in orths:
                of = self._marker_brackets(orths, of)
            if _CLOSE in orths:
                of = self._glued_brackets(orths, of)
            of = self._joined_names(doc, orths, of)
            if self._titles_join and _DOT in orths:
                of = self._abbreviations(doc, orths, of)
            got = doc.user_data[_STRUCTURE] = (list(compress(count(), of)),
                                              list(compress(count(), map((2).__eq__, of))))
        return got

    def _marker_brackets(self, orths: list, of: list) -> list:
        """Brackets around single letters are a job title's gender marker ("Manager (m/w/d)",
        "Chef de projet (H/F)"), not a clause: "Ihre Bewerbung als Manager (m/w/d) können wir
        nicht berücksichtigen" is one statement. So are brackets around a reference number
        ("the position of Content Director (Requisition 2026-4471) has been filled", "(Job ID
        88213)", "(Réf. 4471)")."""
        of, strings, i = list(of), self._strings, -1
        while True:
            try:
                i = orths.index(_OPEN, i + 1)
            except ValueError:
                return of
            inner = orths[i + 1:i + 8]
            if _CLOSE in inner:
                j = i + 1 + inner.index(_CLOSE)
                words = [strings[o] for o in orths[i + 1:j]]
                if j > i + 1 and (all(len(w) == 1 for w in words) or _reference(words)):
                    of[i:j + 1] = [0] * (j + 1 - i)       # ("Ref. 4471": the abbreviation's dot ends nothing)

    def _abbreviations(self, doc, orths: list, of: list) -> list:
        """A dot glued to a short capitalised word and followed by a lower-case word closes a form
        of address, not a sentence: "a candidatura de V. Exa. não foi aceite", "la Sra. no ha sido
        seleccionada" are one clause."""
        strings, fixed, i = self._strings, None, 0
        while True:
            try:
                i = orths.index(_DOT, i + 1)
            except ValueError:
                return fixed or of
            before = strings[orths[i - 1]]
            if i + 1 < len(orths) and 1 < len(before) <= 4 and before.istitle() and before.isalpha() \
                    and not doc[i - 1].whitespace_ and doc[i + 1].text[:1].islower():
                fixed = fixed or list(of)
                fixed[i] = 0

    def _glued_brackets(self, orths: list, of: list) -> list:
        """A bracket closing one glued to a word is inclusive writing in a job title
        ("Chargé(e) de communication", "Conseiller(ère)", "Analista(o)"): the tokenizer leaves
        "Chargé(e" and ")", and that ")" ends no clause."""
        strings, fixed, i = self._strings, None, 0
        while True:
            try:
                i = orths.index(_CLOSE, i + 1)
            except ValueError:
                return fixed or of
            before = strings[orths[i - 1]]
            if "(" in before and not before.startswith("(") and ")" not in before:
                fixed = fixed or list(of)
                fixed[i] = 0

    def _joined_names(self, doc, orths: list, of: list) -> list:
        """Boundary words that are part of one name, not the end of a clause. A linking word
        after a word cut short by a hyphen joins two halves of one name
        ("Marketing- en Communicatiemanager", "Vertriebs- und Marketingleiter"), not two clauses;
        so does one between two forms of one word, the inclusive doublet ("mit Kandidatinnen und
        Kandidaten fortzusetzen", "candidats et candidates"). Quotation marks around a short
        name — a job title, "die Vakanz „Referent*in Employer Branding“ wurde geschlossen", "le
        poste « Responsable marketing et communication » a été pourvu" — are no clause either: at
        most _SHORT_QUOTE words, no punctuation between them but a linking word's. Nor is
        the gender colon glued inside a word ("Kandidat:innen", "Liebe:r"), which the tokenizer
        splits off."""
        strings, fixed, last_quote = self._strings, None, -1
        for i in compress(count(), map((1).__eq__, of)):
            orth = orths[i]
            if orth in _QUOTE_ORTHS:
                if last_quote >= 0 and 1 < i - last_quote <= _SHORT_QUOTE + 1 \
                        and all(not of[k] or (of[k] == 1 and strings[orths[k]].isalpha())
                                for k in range(last_quote + 1, i)):
                    fixed = fixed or list(of)
                    fixed[last_quote:i + 1] = [0] * (i + 1 - last_quote)
                    last_quote = -1
                else:
                    last_quote = i
                continue
            if not i:
                continue
            before = strings[orths[i - 1]]
            if orth == _COLON and i + 1 < len(orths) and strings[orths[i + 1]] in _GENDER_ENDINGS \
                    and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
                fixed = fixed or list(of)
                fixed[i] = 0
            elif before.endswith("-") and len(before) > 1:
                fixed = fixed or list(of)
                fixed[i] = 0
            elif self._titles_join and i + 1 < len(orths) and len(before) > 1 and before.istitle() \
                    and before.isalpha() and i > 1 and not of[i - 2] and strings[orths[i + 1]].istitle() \
                    and strings[orths[i + 1]].isalpha():
                fixed = fixed or list(of)       # a capitalised name's "y": "Técnico de Promoción y Marketing"
                fixed[i] = 0
            elif i + 1 < len(orths) and len(before) >= _DOUBLET_STEM and strings[orth].isalpha():
                after = strings[orths[i + 1]]
                if after[:_DOUBLET_STEM].lower() == before[:_DOUBLET_STEM].lower() and after.isalpha() \
                        and before.isalpha():
                    fixed = fixed or list(of)
                    fixed[i] = 0
        return fixed or of

    def _kind(self, orth: int) -> int:
        """Whether a word ends a clause (1) or a sentence as well (2): punctuation, a line break,
        a clause-linking word; remembered per distinct word."""
        text = self._strings[orth]
        low = text.lower()
        kind = 2 if low in self._end_words or (text.isspace() and "\n" in text) else \
            1 if low in self._bound_words else 0
        self._kinds[orth] = kind
        return kind

    @staticmethod
    def _clause(structure, start: int, end: int, n: int) -> tuple[int, int]:
        """The token span of the clause(s) holding tokens start..end-1."""
        bounds = structure[0]
        k = bisect_right(bounds, start)
        cs = bounds[k - 1] + 1 if k else 0
        k = bisect_left(bounds, end)
        return cs, (bounds[k] if k < len(bounds) else n)

    def _question(self, doc, structure, found, cs: int, ce: int) -> bool:
        """Whether the clause asks: it ends with "?", or its sentence does and opens with an
        `asking` word ("Have you ...", "Haben Sie ...")."""
        bounds, ends = structure
        if ce < len(doc) and doc[ce].text == "?":
            return True
        k = bisect_left(ends, ce)
        if k >= len(ends) or doc[ends[k]].text != "?":
            return False
        j = bisect_left(ends, cs)
        first = ends[j - 1] + 1 if j else 0
        while first < cs and (doc[first].is_space or doc[first].is_punct):
            first += 1
        return first < len(doc) and doc[first].lower_ in self.asking

    def guard(self, doc, found, start: int, end: int, asks: bool = True) -> str | None:
        """Why a statement matched at tokens start..end-1 is no verdict, or None: its clause
        holds a guard cue (a condition, a hedge, someone else's application) or asks (`asks`:
        the text has a "?" at all)."""
        if not asks and not any(found.get(name) for name in self.guards):
            return None
        structure = self._structure_of(doc)
        cs, ce = self._clause(structure, start, end, len(doc))
        for name in self.guards:
            if any(s < ce and e > cs for s, e in found.get(name, ())):
                return name
        if self._question(doc, structure, found, cs, ce):
            return "question"
        return None

    def _first(self, doc, spec: ClauseSpec, groups, found, structure, text):
        bounds, ends = structure
        n = len(doc)
        pivot = min(groups, key=len)
        for ps, pe, _ in pivot:
            k = bisect_right(bounds, ps)
            cs = bounds[k - 1] + 1 if k else 0            # the clause around the pivot cue
            k = bisect_left(bounds, pe)
            ce = bounds[k] if k < len(bounds) else n
            if bisect_left(bounds, ps) != bisect_left(bounds, pe - 1):
                continue                                   # the cue itself spans a boundary
            chosen = []
            for spans in groups:
                inside = [sp for sp in spans if sp[0] >= cs and sp[1] <= ce]
                if not inside:
                    break
                chosen.append(min(inside, key=lambda sp: abs(sp[0] - ps)))
            else:
                lo = min(sp[0] for sp in chosen)
                hi = max(sp[1] for sp in chosen)
                if hi - lo > spec.max_span:
                    continue
                if any(s < ce and e > cs for name in spec.none for s, e in found.get(name, ())):
                    continue
                if not spec.questions and self._question(doc, structure, found, cs, ce):
                    continue
                return cs, ce, self._evidence(doc, cs, ce, chosen, text)
        return None

    @staticmethod
    def _evidence(doc, cs: int, ce: int, chosen, text: str) -> str:
        """The cue words, then the clause: "not + progressing + your candidacy | we won't be ..."."""
        def words(s, e):
            last = doc[e - 1]
            return text[doc[s].idx:last.idx + len(last)]
        cues = " + ".join(words(s, e) for s, e, _ in sorted(chosen))
        return f"{cues} | {words(cs, ce)}" if ce > cs else cues


def _reference(words: list[str]) -> bool:
    """A short bracketed reference: a number, maybe a label ("Requisition 2026-4471", "Job ID
    88213", "Ref. 4471"), and no clause punctuation inside."""
    return (len(words) <= 5 and any(any(c.isdigit() for c in w) for w in words)
            and not any(w in _CLAUSE_PUNCT or w in _SENTENCE_END for w in words if w != "."))
