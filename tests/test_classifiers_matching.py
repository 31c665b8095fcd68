"""The anchor-routed matcher finds exactly what one whole-document spaCy Matcher finds.

AnchoredMatcher only runs a pattern in windows around its rarest required word, so a routing
mistake would silently drop evidence. These tests run both over real message text in every
language and compare match for match.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import Matcher

from classifiers import Classifier, DetectionSettings, Owner, parse_message, ruleset
from classifiers import matching
from classifiers.matching import AnchoredMatcher
from classifiers.nlp import LANGUAGES, pipeline

TESTS = Path(__file__).parent
OWNER = Owner(name="Sam Taylor", addresses=frozenset({"sam.taylor@example.org"}))
MESSAGES = sorted([*TESTS.glob("fixtures/classifiers/*.eml"), *TESTS.glob("heldout*/messages/*.eml")])

# Sentences with long gaps, repeated anchors and windows that touch the ends of the text.
STRESS = [
    "filled",
    "Not selected.",
    "We wasn't selected and we're not moving forward with other candidates.",
    "Unfortunately we have decided to move forward with one of the other very strong and "
    "experienced candidates, and the candidate who we chose, another candidate, other candidates.",
    "position position position has been filled filled, the role is on hold, role cancelled",
    "Leider haben wir uns für andere Bewerber entschieden. Absage. Die Stelle ist bereits besetzt.",
    "Malheureusement, nous avons retenu une autre candidature. Le poste est pourvu.",
    "Lamentablemente hemos decidido seguir con otros candidatos; el puesto ya está cubierto.",
    "Helaas hebben we gekozen voor een andere kandidaat. De vacature is vervuld.",
    "Purtroppo abbiamo deciso di proseguire con altri candidati. La posizione è stata coperta.",
    "Infelizmente decidimos seguir com outros candidatos. A vaga já foi preenchida.",
]


def _texts_by_language() -> dict[str, list[str]]:
    clf = Classifier(DetectionSettings(), OWNER)
    by_lang: dict[str, list[str]] = {lang: list(STRESS) for lang in LANGUAGES}
    for path in MESSAGES:
        prep = clf._prepare(parse_message(path.read_bytes()), None)
        by_lang[prep.lang].append(prep.text)
        if prep.parts.quoted:
            by_lang[prep.lang].append(prep.parts.quoted[:3000])
    return by_lang


@pytest.fixture(scope="module")
def texts() -> dict[str, list[str]]:
    return _texts_by_language()


def _both(lang: str, rules) -> tuple[AnchoredMatcher, Matcher]:
    nlp = pipeline(lang)
    anchored, whole = AnchoredMatcher(nlp.vocab, lang), Matcher(nlp.vocab)
    for rule in rules:
        if rule.patterns:
            anchored.add(rule.id, [list(p) for p in rule.patterns])
            whole.add(rule.id, [list(p) for p in rule.patterns])
    return anchored, whole


def _non_lexical(rule):
    """The rule with a condition spaCy's Matcher must check added to every pattern (LENGTH >= 0
    holds for every token), so the patterns go through windows and Matcher calls."""
    from dataclasses import replace
    return replace(rule, patterns=tuple([{**p[0], "LENGTH": {">=": 0}}, *p[1:]] for p in rule.patterns))


@pytest.mark.parametrize("walked", [True, False], ids=["walked", "windowed"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_same_matches_as_a_whole_document_matcher(lang, texts, walked):
    rules = [r for r in ruleset.load_builtin() if lang in r.languages and r.patterns]
    if not walked:
        rules = [_non_lexical(r) for r in rules]
    anchored, whole = _both(lang, rules)
    assert not len(anchored.fallback), "every built-in pattern should have an anchor"
    assert all(bool(fast) == walked for fast in anchored._fast)
    nlp = pipeline(lang)
    total = 0
    for text in texts[lang]:
        doc = nlp(text)
        expected = sorted(set(whole(doc)), key=lambda m: (m[1], m[2], m[0]))
        got = sorted(anchored(doc), key=lambda m: (m[1], m[2], m[0]))
        assert got == expected, text[:200]
        total += len(expected)
    assert total >= 5, "the comparison found too few matches to mean anything"
    # the second pass is answered from the regex memo: still the same matches
    for text in texts[lang][:20]:
        doc = nlp(text)
        assert sorted(anchored(doc)) == sorted(set(whole(doc)))


def test_norm_is_never_an_anchor():
    """`n't` has the norm `not`: routing on the lower form "not" would miss it."""
    nlp = pipeline("en")
    anchored, whole = AnchoredMatcher(nlp.vocab), Matcher(nlp.vocab)
    pattern = [{"NORM": "not"}, {"LOWER": "selected"}]
    anchored.add("x", [pattern])
    whole.add("x", [pattern])
    doc = nlp("You weren't selected.")
    assert whole(doc) and sorted(anchored(doc)) == sorted(whole(doc))


def test_regex_anchor_learns_words_and_forgets_them_safely(monkeypatch):
    nlp = pipeline("de")
    m = AnchoredMatcher(nlp.vocab, "de")
    m.add("absage", [[{"LOWER": {"REGEX": "^absag"}}]])
    assert not len(m.fallback)
    doc = nlp("Wir müssen Ihnen leider eine Absage erteilen.")
    assert [(nlp.vocab.strings[k], s, e) for k, s, e in m(doc)] == [("absage", 5, 6)]
    assert m(doc) == m(doc)                               # answered from the memo
    m.add("bedauern", [[{"LOWER": {"REGEX": "^bedauer"}}]])   # added after words were seen
    doc2 = nlp("Wir bedauern die Absage.")
    assert {nlp.vocab.strings[k] for k, _, _ in m(doc2)} == {"absage", "bedauern"}
    monkeypatch.setattr(matching, "_MAX_WORDS", 0)       # memo full: starts over, same answers
    assert {nlp.vocab.strings[k] for k, _, _ in m(doc2)} == {"absage", "bedauern"}
    assert m(nlp("Keine Nachricht.")) == []


def test_regex_requirement_rules_out_a_window():
    """A literal-anchored pattern that also needs a stem only runs where the stem occurs."""
    nlp = pipeline("de")
    m = AnchoredMatcher(nlp.vocab, "de")
    m.add("x", [[{"LOWER": "nicht"}, {"OP": "{0,2}"}, {"LOWER": {"REGEX": "^berücksichtig"}}]])
    assert m(nlp("Das ist nicht gut.")) == []
    got = m(nlp("Wir können Sie leider nicht weiter berücksichtigen."))
    assert [(s, e) for _, s, e in got] == [(4, 7)]


def test_anchor_walks_answer_without_a_matcher_call():
    """Patterns of lexical conditions are walked from their anchors in Python; the results
    must equal the Matcher's, including ORTH (case-sensitive), several conditions on one
    token, NOT_IN, flags, optional tokens and gaps, and anchors near either end of the doc."""
    nlp = pipeline("en")
    patterns = {
        "a": [[{"LEMMA": "decide"}, {"LOWER": "to"}, {"LEMMA": {"IN": ["pass", "decline"]}}]],
        "b": [[{"ORTH": "Not"}, {"LOWER": "selected"}]],
        "c": [[{"LOWER": "role", "LEMMA": "role"}, {"LOWER": {"IN": ["filled", "closed"]}}]],
        "d": [[{"LOWER": "filled"}, {"LOWER": "it"}]],
        "e": [[{"LOWER": "not"}, {"OP": "{0,3}"}, {"LEMMA": "select"}, {"IS_PUNCT": True, "OP": "?"}]],
        "f": [[{"IS_TITLE": True, "LOWER": {"NOT_IN": ["we", "not"]}}, {"LOWER": "filled"}]],
        "g": [[{"LOWER": "role"}, {"LOWER": {"NOT_IN": ["is"]}, "OP": "!"}, {"OP": "*"}, {"LOWER": "closed"}]],
    }
    anchored, whole = AnchoredMatcher(nlp.vocab), Matcher(nlp.vocab)
    for key, pats in patterns.items():
        anchored.add(key, pats)
        whole.add(key, pats)
    assert sum(len(fast) for fast in anchored._fast) == len(patterns)
    assert all(matcher is None for matcher, _, _ in anchored.groups), "no Matcher call is needed"
    for text in ["We decided to pass. Not selected. not selected. Role filled, roles closed.",
                 "filled", "Not", "it filled it", "They decide to decline; we decided to Pass.",
                 "Not you, not really, not selected! Not at all selected. Sam filled it.",
                 "The role is closed. The role was closed.", "role x closed role closed"]:
        doc = nlp(text)
        assert sorted(anchored(doc)) == sorted(set(whole(doc))), text


def test_anchor_walks_equal_the_matcher_on_random_patterns():
    """Random patterns over a small vocabulary (every operator, every supported condition),
    on random word sequences dense in matches: walks and Matcher agree on every one. (Docs
    are short enough that no unbounded operator can span more than UNBOUNDED tokens.)"""
    import random
    rng = random.Random(20261126)
    nlp = pipeline("en")
    words = ["we", "decided", "not", "to", "move", "forward", "Role", "role", "filled", ",", ".",
             "Sam", "selected", "other", "candidates", "is"]
    ops = ["1", "1", "1", "?", "*", "+", "!", "{0,2}", "{1,3}", "{2}", "{0,}"]

    def condition() -> dict:
        kind = rng.choice(["LOWER", "LEMMA", "ORTH", "IN", "NOT_IN", "REGEX", "FLAG", "ANY", "TWO"])
        w = rng.choice(words)
        if kind in ("LOWER", "ORTH"):
            return {kind: w if kind == "ORTH" else w.lower()}
        if kind == "LEMMA":
            return {"LEMMA": rng.choice(["decide", "select", "candidate", "move", "be"])}
        if kind in ("IN", "NOT_IN"):
            return {"LOWER": {kind: sorted({x.lower() for x in rng.sample(words, 3)})}}
        if kind == "REGEX":
            return {"LOWER": {"REGEX": rng.choice(["^ro", "ed$", "^[a-z]+$", "o"])}}
        if kind == "FLAG":
            return {rng.choice(["IS_PUNCT", "IS_TITLE", "IS_ALPHA"]): rng.random() < 0.7}
        if kind == "TWO":
            return {"LOWER": {"IN": ["role", "filled", "not"]}, "IS_TITLE": rng.random() < 0.5}
        return {}

    compared = matched = 0
    for trial in range(300):
        anchor = {"LOWER": rng.choice(["role", "filled", "not", "selected"])}
        pattern = [anchor]
        for _ in range(rng.randint(0, 4)):
            token = condition()
            op = rng.choice(ops)
            if op != "1" and not (op == "!" and not token):
                token["OP"] = op
            pattern.insert(rng.randint(0, len(pattern)), token)
        anchored, whole = AnchoredMatcher(nlp.vocab), Matcher(nlp.vocab)
        anchored.add("k", [pattern])
        whole.add("k", [pattern])
        if not anchored._fast or not anchored._fast[0]:
            continue            # e.g. the anchor token has an operator: the Matcher path
        for _ in range(5):
            doc = nlp(" ".join(rng.choice(words) for _ in range(rng.randint(1, matching.UNBOUNDED + 1))))
            expected = sorted(set(whole(doc)))
            assert sorted(anchored(doc)) == expected, (pattern, doc.text)
            compared += 1
            matched += bool(expected)
    assert compared > 1000 and matched > 200, (compared, matched)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_may_match_never_rules_out_a_text_that_matches(lang, texts):
    """may_match judges from characters alone; it may say yes wrongly, never no wrongly."""
    from classifiers.nlp import lemma_forms
    rules = [r for r in ruleset.load_builtin() if lang in r.languages and r.patterns]
    nlp = pipeline(lang)
    forms = lemma_forms(nlp)
    for rule in rules:                      # one matcher per rule: a sharp test of each
        anchored = AnchoredMatcher(nlp.vocab, lang)
        anchored.add(rule.id, [list(p) for p in rule.patterns])
        for text in texts[lang]:
            if anchored(nlp(text)):
                assert anchored.may_match(text, forms), (rule.id, text[:200])


def test_may_match_rules_out_texts_without_the_words():
    from classifiers.nlp import lemma_forms
    nlp = pipeline("en")
    m = AnchoredMatcher(nlp.vocab)
    m.add("mind", [[{"LEMMA": "keep"}, {"LOWER": "me"}, {"LOWER": "in"}, {"LOWER": "mind"}]])
    forms = lemma_forms(nlp)
    assert m.may_match("Please KEPT me in mind!", forms)           # kept -> keep, any case
    assert not m.may_match("Thanks for the chat yesterday.", forms)
    m.add("stem", [[{"LOWER": {"REGEX": "^absag"}}]])               # regexes are not judged
    assert m.may_match("Thanks for the chat yesterday.", forms)


def test_unbounded_operators_span_at_most_eight_tokens_and_bounded_ones_their_bound():
    """As docs/rules.md says: `*` reaches over UNBOUNDED (8) tokens, `{0,12}` over 12."""
    nlp = pipeline("en")
    m = AnchoredMatcher(nlp.vocab)
    m.add("star", [[{"LOWER": "not"}, {"OP": "*"}, {"LOWER": "selected"}]])
    m.add("twelve", [[{"LOWER": "not"}, {"OP": "{0,12}"}, {"LOWER": "selected"}]])
    assert matching.UNBOUNDED == 8

    def keys(gap: int) -> set[str]:
        doc = nlp("not " + "very " * gap + "selected")
        return {nlp.vocab.strings[k] for k, _, _ in m(doc)}
    assert keys(8) == {"star", "twelve"}
    assert keys(9) == {"twelve"}
    assert keys(12) == {"twelve"}
    assert keys(13) == set()
