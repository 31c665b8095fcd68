"""spaCy pipelines: one blank pipeline per language with a case-insensitive lookup lemmatizer.

No models are downloaded: `spacy.blank(lang)` gives the tokenizer, spacy-lookups-data the
lemma tables. spaCy's own lookup lemmatizer keys on exact text ("Decided" stays "Decided"),
so this component looks up the lower-cased form first (then the original, for German nouns)
and always stores a lower-case lemma; rules can then say LEMMA without caring about case.
Pipelines are expensive to build (large tables), so they are cached once per process and
built only for languages that occur. The lemma table is kept as the plain {text: lemma} dict
spacy-lookups-data ships (spaCy's Table re-hashes every key into a Bloom filter: ~4x slower
to load, for the same answers).

spaCy's tokenizer is quadratic in a run of punctuation or symbols (each character it splits
off as a prefix or suffix costs a regex search over the rest of the run: 4,000 ")" take
seconds) and in some long whitespace-free chunks, so the pipelines wrap it (LinearTokenizer).
"""
from __future__ import annotations

import re
import threading

import numpy
import spacy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_language_data, registry

from .language import LANGUAGES   # re-exported: ruleset and classifier read it here
from .segments import ORTHS, SegmentTokenizer   # ORTHS re-exported for the matchers

_lock = threading.Lock()
_cache: dict[str, Language] = {}

# A run of this many punctuation/symbol characters is not left to spaCy. Below it spaCy's cost
# per character is at most this many short regex searches; no message in our corpora has a
# longer run other than a "-----" rule line (one token either way).
PUNCT_RUN = 16
# spaCy is also quadratic in some long whitespace-free chunks ("a:a:a:…", "http://http://…":
# each split re-searches the rest of the chunk), so a chunk longer than this is handed to it in
# pieces of at most this many characters. No URL in our corpora is half as long.
LONG_CHUNK = 1000
# "_" is a word character to the regex but punctuation to spaCy, which peels a run of it one
# suffix at a time (quadratic in the piece): a long run is split here, one token each, as spaCy would.
_PUNCT_RUN = re.compile(r"[^\w\s]{%d,}|_{%d,}" % (PUNCT_RUN, PUNCT_RUN))
_LONG = re.compile(r"(?<!\S)\S{%d,}" % (LONG_CHUNK + 1))
_SAME_CHAR = re.compile(r"(.)\1*", re.S)
_PIECE_END = re.compile(r".*\W", re.S)      # a piece ends after its last non-word character
# spaCy cannot encode a lone surrogate (UnicodeEncodeError); parse_message never makes one,
# but a Message built some other way might. Each becomes U+FFFD: same length, same offsets.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _hostile(text: str) -> bool:
    """Whether spaCy would take more than linear time on `text` (see PUNCT_RUN, LONG_CHUNK)."""
    return bool(_PUNCT_RUN.search(text) or (len(text) > LONG_CHUNK and _LONG.search(text)))


class LinearTokenizer:
    """spaCy's tokenizer, linear on hostile text. A long run of punctuation or symbols becomes
    one token per stretch of one repeated character (")))))" is one token, ")(" two); a
    whitespace-free chunk longer than LONG_CHUNK is tokenized in pieces. The Doc's text is
    always exactly the input text, so offsets into it stay valid; text with neither (all real
    mail) gets spaCy's own tokens, remembered per segment (segments.py)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab
        # the same tokens, remembered; segments are checked for the above when first seen, and
        # a hostile one is tokenized alone by _tokens and remembered too (a "-----" line)
        self.segments = SegmentTokenizer(tokenizer, _hostile, self._tokens)

    def __call__(self, text: str) -> Doc:
        try:
            doc = self.segments(text)
            if doc is not None:
                return doc
        except UnicodeEncodeError:
            pass
        if _SURROGATE.search(text):
            text = _SURROGATE.sub("\ufffd", text)
        words, spaces = self._tokens(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _tokens(self, text: str) -> tuple[list[str], list[bool]]:
        """The words and spaces of `text` (no lone surrogate in it), in linear time."""
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for run in _PUNCT_RUN.finditer(text):
            self._add_chunks(text[pos:run.start()], words, spaces)
            if run.group()[0] == "_":
                words.extend(run.group())
                spaces.extend([False] * len(run.group()))
            else:
                for m in _SAME_CHAR.finditer(run.group()):
                    words.append(m.group())
                    spaces.append(False)
            pos = run.end()
        self._add_chunks(text[pos:], words, spaces)
        return words, spaces

    def _add_chunks(self, segment: str, words: list[str], spaces: list[bool]) -> None:
        """Append the tokens of `segment` (no long punctuation run in it), long chunks in pieces."""
        pos = 0
        for chunk in _LONG.finditer(segment):
            self._add(segment[pos:chunk.start()], words, spaces)
            piece_start, end = chunk.start(), chunk.end()
            while piece_start < end:
                piece_end = min(end, piece_start + LONG_CHUNK)
                if piece_end < end:     # cut after a non-word character when there is one
                    m = _PIECE_END.match(segment, piece_start, piece_end)
                    if m and m.end() > piece_start + LONG_CHUNK // 2:
                        piece_end = m.end()
                self._add(segment[piece_start:piece_end], words, spaces)
                piece_start = piece_end
            pos = end
        self._add(segment[pos:], words, spaces)

    def _add(self, segment: str, words: list[str], spaces: list[bool]) -> None:
        """Append spaCy's tokens of `segment`, which continues the text after `words`."""
        if segment[:1] == " " and words and not spaces[-1]:   # the space after the last token
            spaces[-1] = True
            segment = segment[1:]
        if segment:
            for token in self.tokenizer(segment):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


class CaseInsensitiveLemmatizer:
    """Sets token.lemma from the lookup table, keyed on the lower-cased text, lower-cased."""

    def __init__(self, nlp: Language, lang: str):
        self.table = _lemma_table(lang)     # text -> lemma; {} when the language has none
        self.strings = nlp.vocab.strings
        self.memo: dict[int, int] = {}   # orth hash -> lemma hash
        self.forms: dict[str, set[str]] | None = None   # lemma -> word forms (see lemma_forms)

    def _lemma(self, orth: int, lower: int) -> int:
        table = self.table
        found = table.get(self.strings[lower]) if table else None
        if found is None and table:
            found = table.get(self.strings[orth])
        if isinstance(found, (list, tuple)):  # a few tables list several lemmas
            found = found[0] if found else None
        lemma = self.strings.add(found.lower()) if isinstance(found, str) and found else lower
        self.memo[orth] = lemma
        return lemma

    def __call__(self, doc):
        if not len(doc):
            return doc
        memo = self.memo
        orths = doc.user_data.get(ORTHS)            # left by SegmentTokenizer
        if orths is None or len(orths) != len(doc):
            orths = doc.to_array(ORTH).tolist()
        try:    # known words: no Python-level loop (an unknown one makes fromiter raise)
            lemmas = numpy.fromiter(map(memo.__getitem__, orths), dtype="uint64", count=len(orths))
        except KeyError:
            lowers = doc.to_array(LOWER).tolist()
            lemmas = numpy.array([memo[o] if o in memo else self._lemma(o, low)
                                  for o, low in zip(orths, lowers)], dtype="uint64")
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        doc.user_data[ORTHS] = orths      # the AnchoredMatcher needs them too
        if len(memo) > 500_000:  # bounded memory on a long-running daemon
            memo.clear()
        return doc


def lemma_forms(nlp: Language):
    """A function giving, for a lemma, every lower-case word form the pipeline's lemmatizer
    maps to it (the lemma itself included). Built once per pipeline, on first use."""
    lemmatizer = nlp.get_pipe("nottoday_lemmatizer")
    if lemmatizer.forms is None:
        forms: dict[str, set[str]] = {}
        for key, value in lemmatizer.table.items():
            if isinstance(value, (list, tuple)):
                value = value[0] if value else None
            if isinstance(value, str) and value:
                forms.setdefault(value.lower(), set()).add(str(key).lower())
        lemmatizer.forms = forms
    table = lemmatizer.forms
    return lambda lemma: table.get(lemma, set()) | {lemma}


def _lemma_table(lang: str) -> dict:
    """spacy-lookups-data's lemma_lookup table for `lang`, or {} (then lemma = lower form)."""
    try:
        if lang not in registry.lookups:
            return {}
        data = registry.lookups.get(lang)
        if "lemma_lookup" not in data:
            return {}
        table = load_language_data(data["lemma_lookup"])
    except (ValueError, KeyError, OSError):
        return {}
    return table if isinstance(table, dict) else {}


@Language.factory("nottoday_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str):
    return CaseInsensitiveLemmatizer(nlp, nlp.lang)


# doc.user_data key: the lemmatizer, when the Doc's lemmas are not set yet (see doc_maker)
_PENDING = "nottoday.lemmatize"


def doc_maker(nlp: Language):
    """A function text -> Doc: `nlp(text)` without Language's per-call bookkeeping, and with
    the lemmas set only when something reads them (ensure_lemmas): the matchers remember what
    each word satisfies, so most messages never need them."""
    tokenizer, lemmatizer = nlp.tokenizer, nlp.get_pipe("nottoday_lemmatizer")

    def make(text: str) -> Doc:
        doc = tokenizer(text)
        if ORTHS not in doc.user_data:         # text spaCy tokenized whole (see segments.py)
            doc.user_data[ORTHS] = doc.to_array(ORTH).tolist()
        doc.user_data[_PENDING] = lemmatizer
        return doc
    return make


def ensure_lemmas(doc: Doc) -> Doc:
    """Set the lemmas of a Doc from doc_maker, if not done yet (call before reading LEMMA)."""
    lemmatizer = doc.user_data.pop(_PENDING, None)
    if lemmatizer is not None:
        lemmatizer(doc)
    return doc


def pipeline(lang: str) -> Language:
    """The shared pipeline for `lang` (built on first use, then reused by every Classifier)."""
    if lang not in LANGUAGES:
        lang = "en"
    with _lock:
        nlp = _cache.get(lang)
        if nlp is None:
            nlp = spacy.blank(lang)
            nlp.tokenizer = LinearTokenizer(nlp.tokenizer)
            nlp.add_pipe("nottoday_lemmatizer")
            _cache[lang] = nlp
        return nlp
