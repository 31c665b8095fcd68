"""SegmentTokenizer gives exactly spaCy's tokens (text, NORM, spaces, offsets), first time and
remembered, including where a special case could match across a separator space."""
import random

import pytest
import spacy
from spacy.attrs import IDX, LOWER, NORM, ORTH, SPACY

from classifiers.nlp import LANGUAGES, pipeline
from classifiers.segments import ORTHS, SegmentTokenizer

ATTRS = [ORTH, NORM, SPACY, IDX, LOWER]
TRICKY = [
    "", " ", "  ", "x", "x ", " x", "x  ", "x  y", "\n", "\n\n hi  there\n ", "a\n b", "a \n b",
    "I don't know, we're here.\nThanks!  Bye ", "don't don't", "Received: (R-11873)\n\nDear Sam",
    "> :(e.g.::", "x :(e.g.", ":( :) (: >:(", "Mr . Smith, e.g. U.S. a.m. :-)", "l'équipe c'est",
    "z.B. Ihre Bewerbung", "Sam,\n\nOn behalf of everyone", "word\t\tword\u00a0word\u2009x",
    "a\x00b \x00 c", "x \x00", "\x00  y",
]


def _rows(doc):
    return doc.to_array(ATTRS).tolist()


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    keys = list(spacy.blank("en").tokenizer.rules)[:300] + list(spacy.blank("fr").tokenizer.rules)[:100]
    pieces = keys + ["(", ")", ":", ">", "'", "’", ".", ",", "word", "don't", "e.g.", "\n", "-", ":-)"]
    seps = [" ", " ", " ", "  ", "\n", " \n", "\n ", "", "\t"]
    return ["".join("".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 3))) + rnd.choice(seps)
                    for _ in range(rnd.randint(1, 25))) for _ in range(count)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_same_tokens_as_spacy_cold_and_remembered(lang):
    spacy_tok = spacy.blank(lang).tokenizer
    segs = SegmentTokenizer(spacy.blank(lang).tokenizer)
    texts = TRICKY + _texts(hash(lang) % 1000, 400)
    for _ in range(2):          # first sight, then from the memo
        for text in texts:
            assert _rows(segs(text)) == _rows(spacy_tok(text)), repr(text)


def test_special_case_across_a_separator_is_seen():
    """"> :(" : spaCy's special-case matcher sees ">", ":", "(" (the pattern of ">:(") across the
    space and leaves ":(" split; the segment ":(e.g." alone would give ":("."""
    segs = SegmentTokenizer(spacy.blank("en").tokenizer)
    segs(":(e.g.")              # remembered alone first
    assert [t.text for t in segs("> :(e.g.")] == [">", ":", "(", "e.g."]


def test_norms_and_orths_are_kept():
    segs = SegmentTokenizer(spacy.blank("en").tokenizer)
    for _ in range(2):
        doc = segs("we don't  know")
        assert [t.norm_ for t in doc] == [t.norm_ for t in spacy.blank("en").tokenizer("we don't  know")]
        assert doc.user_data[ORTHS] == doc.to_array(ORTH).tolist()


def test_hostile_segment_is_not_tokenized():
    calls = []
    segs = SegmentTokenizer(spacy.blank("en").tokenizer, hostile=lambda s: calls.append(s) or "!!!" in s)
    assert segs("fine text") is not None
    assert segs("fine !!!!") is None
    assert segs("fine text") is not None and calls.count("fine") == 1     # checked once, when new


def test_pipeline_tokens_match_spacy_on_hostile_and_plain_text():
    nlp = pipeline("en")
    plain = spacy.blank("en").tokenizer
    for text in ["Hello Sam,\nwe regret to tell you", "a " + ")" * 40 + " b", "x" * 3000]:
        doc = nlp.tokenizer(text)
        assert doc.text == text
        if ")" * 20 not in text and len(text) < 1000:
            assert _rows(doc) == _rows(plain(text))
