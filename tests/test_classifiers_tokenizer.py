"""The pipelines' tokenizer (classifiers/nlp.py LinearTokenizer): spaCy's tokens on real text,
linear time on hostile text (issue 10: a rejection followed by 19,500 ")" took 60 s in `check`)."""
from __future__ import annotations

import random
import re
import time

import pytest

from classifiers import Classifier, DetectionSettings, Owner, parse_message
from classifiers.nlp import LONG_CHUNK, PUNCT_RUN, pipeline

HOSTILE = re.compile(r"[^\w\s]{%d,}|\S{%d,}" % (PUNCT_RUN, LONG_CHUNK + 1))


@pytest.fixture(scope="module")
def nlp():
    return pipeline("en")


def test_text_is_kept_and_real_text_gets_spacys_tokens(nlp):
    rng = random.Random(10)
    alphabet = list("ab )(.!?,-*'\"\n\t😀$%<>:/@é")
    bare = nlp.tokenizer.tokenizer
    for i in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        if i % 10 == 0:
            s *= rng.randint(10, 60)
        doc = nlp.tokenizer(s)
        assert doc.text == s
        if not HOSTILE.search(s):
            assert [t.text for t in doc] == [t.text for t in bare(s)], s


def test_a_lone_surrogate_does_not_raise(nlp):
    doc = nlp("J\udcf6rg wrote \ud800 this")
    assert len(doc.text) == len("J\udcf6rg wrote \ud800 this") and "\ufffd" in doc.text


@pytest.mark.parametrize("unit", [")", "(", "!?", "😀", "$", "a:", "http://", ":/", "a-b:"])
def test_tokenizing_grows_linearly_with_a_hostile_run(nlp, unit):
    """16 times the characters may cost at most 60 times the time (spaCy alone: ~250 times
    for ")"): the bound is relative to a run measured in the same test, not a clock time."""
    def cost(n: int) -> float:
        best = float("inf")
        for rep in range(3):     # a new chunk each time: spaCy caches a chunk's tokens
            text = f"We went with another candidate. {(unit * (n // len(unit) + 1))[:n]}{rep} Best"
            start = time.perf_counter()
            doc = nlp.tokenizer(text)
            best = min(best, time.perf_counter() - start)
            assert doc.text == text
        return best

    small, large = cost(1_000), cost(16_000)
    assert large < 60 * small + 0.02, (small, large)


def test_a_rejection_followed_by_a_punctuation_run_is_still_the_same_rejection():
    clf = Classifier(DetectionSettings(), Owner("Sam Taylor", frozenset({"sam.taylor@example.org"})))

    def raw(tail: str) -> bytes:
        return ("From: Olivia Stone <olivia@acme.example>\nTo: sam.taylor@example.org\n"
                "Subject: Your application\nMessage-ID: <p@acme.example>\n\nHi Sam,\n\n"
                "Thank you for interviewing with us. Unfortunately we have decided to move forward "
                f"with another candidate.\n\nBest,\nOlivia\n{tail}\n").encode()

    plain = clf.classify(parse_message(raw("")))
    start = time.perf_counter()
    hostile = clf.classify(parse_message(raw(")" * 19_500)))
    took = time.perf_counter() - start
    assert hostile.rejection and [h.id for h in hostile.hits] == [h.id for h in plain.hits]
    assert took < 2.0


def test_a_run_of_underscores_is_split_here_not_peeled_by_spacy(nlp):
    """spaCy peels "_" off a chunk one suffix at a time, re-searching the chunk each time: 1,000
    underscores in a piece took ~15 ms, 19,500 in a message 0.3-2 s. A run is split here, one
    token per "_" as spaCy makes, and spaCy never sees it; an Outlook separator line keeps
    spaCy's tokens."""
    tokenizer = nlp.tokenizer
    seen: list[str] = []
    inner = tokenizer.tokenizer
    tokenizer.tokenizer = lambda text: seen.append(text) or inner(text)
    try:
        text = "We went with another candidate. " + "_" * 19_500 + " Best"
        doc = tokenizer(text)
        separator = "Thanks\n" + "_" * 32 + "\nFrom: Sam"
        sep_doc = tokenizer(separator)
    finally:
        tokenizer.tokenizer = inner
    assert doc.text == text and sum(t.text == "_" for t in doc) == 19_500
    assert not any("_" * PUNCT_RUN in s for s in seen), [len(s) for s in seen]
    assert [t.text for t in sep_doc] == [t.text for t in inner(separator)]
