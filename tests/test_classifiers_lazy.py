"""Lemmas are set on a classifier Doc only when read, and phrase rules are screened by token
patterns: neither changes what a rule finds."""
from classifiers import Classifier, DetectionSettings, Owner, parse_message
from classifiers.nlp import doc_maker, ensure_lemmas, pipeline

OWNER = Owner("Sam Taylor", frozenset({"sam.taylor@example.org"}))


def _msg(body: str):
    return parse_message(("From: Ann <ann@acme.example>\nTo: sam.taylor@example.org\n"
                          f"Subject: Your application\nMessage-ID: <m@acme.example>\n\n{body}\n").encode())


def test_lemmas_set_when_read():
    nlp = pipeline("en")
    text = "We Decided to move forward with other candidates."
    doc = doc_maker(nlp)(text)
    assert [t.lemma_ for t in ensure_lemmas(doc)] == [t.lemma_ for t in nlp(text)]
    assert ensure_lemmas(doc) is doc            # once


def test_phrase_and_lemma_rules_still_fire():
    rules = ({"id": "u-lemma", "score": 2.0, "lemmas": ["decline application"]},
             {"id": "u-phrase", "score": 1.0, "phrases": ["talent pool"]})
    clf = Classifier(DetectionSettings(rules=rules), OWNER)
    msgs = [_msg("Hi Sam,\n\nWe have declined applications like yours. You stay in our Talent Pool."),
            _msg("Hi Sam,\n\nThanks for the call today.")]
    for verdict in (clf.classify_many(msgs), [clf.classify(m) for m in msgs]):
        first = {h.id: h.evidence for h in verdict[0].hits}
        assert first.get("u-lemma") == "declined applications"
        assert first.get("u-phrase") == "Talent Pool"
        assert not {"u-lemma", "u-phrase"} & {h.id for h in verdict[1].hits}


def test_screen_key_is_no_rule_id():
    rules = ({"id": "screen-talent", "score": 1.0, "phrases": ["talent pool"]},)
    clf = Classifier(DetectionSettings(rules=rules), OWNER)
    hits = {h.id for h in clf.classify(_msg("Hi Sam,\n\nYou stay in our talent pool.")).hits}
    assert "screen-talent" in hits and not any(h.startswith("~") for h in hits)
