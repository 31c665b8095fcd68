"""Detection on hand-written messages (tests/fixtures/classifiers): one or more per category.

File names say the expected label: `rej-*` must be detected as rejections, `oth-*` must not.
The messages are written for these tests, not copied from the shared corpus.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from classifiers import (Classifier, DetectionSettings, Owner, ThreadContext, Verdict,
                         parse_message)

FIXTURES = Path(__file__).parent / "fixtures" / "classifiers"
OWNER = Owner(name="Sam Taylor", addresses=frozenset({"sam.taylor@example.org"}))
FILES = sorted(FIXTURES.glob("*.eml"))


def load(name: str):
    return parse_message((FIXTURES / name).read_bytes())


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier(DetectionSettings(), OWNER)


def test_fixture_set_covers_both_labels():
    assert sum(f.name.startswith("rej-") for f in FILES) >= 20
    assert sum(f.name.startswith("oth-") for f in FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_fixture_verdict(clf, path):
    verdict = clf.classify(parse_message(path.read_bytes()))
    expected = path.name.startswith("rej-")
    fired = [(h.id, h.score) for h in verdict.hits]
    assert verdict.rejection is expected, f"score {verdict.score}: {fired}"
    if expected:
        assert verdict.score >= verdict.threshold
        assert any(h.score > 0 and h.evidence for h in verdict.hits)


def test_classify_many_matches_classify(clf):
    msgs = [parse_message(p.read_bytes()) for p in FILES]
    batch = clf.classify_many(msgs)
    assert [v.rejection for v in batch] == [clf.classify(m).rejection for m in msgs]
    assert all(isinstance(v, Verdict) for v in batch)


def test_classify_many_rejects_mismatched_contexts(clf):
    with pytest.raises(ValueError):
        clf.classify_many([load("rej-terse-filled.eml")], [])


@pytest.mark.parametrize("name,lang", [
    ("rej-de.eml", "de"), ("rej-fr.eml", "fr"), ("rej-es.eml", "es"), ("rej-nl.eml", "nl"),
    ("rej-it.eml", "it"), ("rej-pt.eml", "pt"), ("rej-ats-lever.eml", "en"),
])
def test_language_is_reported(clf, name, lang):
    verdict = clf.classify(load(name))
    assert verdict.language == lang
    assert verdict.rejection


def test_evidence_is_the_words_that_fired(clf):
    verdict = clf.classify(load("rej-after-interview-chosen.eml"))
    hit = next(h for h in verdict.hits if h.id == "went-with-other-candidate")
    assert "proceed with a candidate whose" in hit.evidence


def test_owner_sent_is_forced_with_reason(clf):
    verdict = clf.classify(load("oth-owner-sent.eml"))
    assert not verdict.rejection and verdict.reason == "sent by the owner" and verdict.hits == ()


def test_owner_alias_counts_as_owner():
    owner = Owner("Sam Taylor", frozenset({"sam@old-address.example", "sam.taylor@example.org"}))
    verdict = Classifier(DetectionSettings(), owner).classify(load("oth-owner-sent.eml"))
    assert verdict.reason == "sent by the owner"


def test_without_owner_content_still_decides():
    verdict = Classifier(DetectionSettings(), Owner()).classify(load("rej-ats-lever.eml"))
    assert verdict.rejection


def test_thread_context_lowers_score(clf):
    msg = load("rej-after-interview-finalist.eml")
    plain = clf.classify(msg)
    threaded = clf.classify(msg, ThreadContext(reply_to_own_mail=True))
    assert threaded.score < plain.score
    assert any(h.id == "reply-to-own-mail" for h in threaded.hits)


def test_reply_to_followup_quotes_owner_note(clf):
    verdict = clf.classify(load("oth-reply-to-followup.eml"))
    assert any(h.id == "owner-followup-quoted" for h in verdict.hits)
    assert not verdict.rejection


def test_forwarded_rejection_is_not_evidence(clf):
    verdict = clf.classify(load("oth-friend-forward.eml"))
    assert not any(h.id == "went-with-other-candidate" for h in verdict.hits)


def test_rejection_in_quotation_marks_is_not_evidence(clf):
    raw = (b"From: Lena <lena@fernway.example>\r\nTo: sam.taylor@example.org\r\n"
           b"Subject: template\r\n\r\nHi Sam, for the others you could write: \"After careful "
           b"consideration we have decided to move forward with another candidate for the role.\" "
           b"Does that work?\r\n")
    verdict = clf.classify(parse_message(raw))
    assert not verdict.rejection, verdict.hits


@pytest.mark.parametrize("raw", [
    b"From: x@y.z\r\n\r\n",
    b"From: a@b.c\r\nContent-Type: text/html\r\n\r\n<p><b>unclosed <script>move forward with another candidate",
    b"From: a@b.c\r\nSubject: \x1b[31mred\r\n\r\n" + b"\x00\xff\xfe" * 2000,
    b"From: a@b.c\r\n\r\n" + b"we have decided to move forward with other candidates. " * 20000,
    b"From: a@b.c\r\n\r\n" + b"> " * 50000 + b"\"" * 10000,
    b"Subject: =?utf-8?b?!!!?=\r\nFrom: =?bogus?q?x?= <>\r\n\r\nhi",
])
def test_hostile_input_never_crashes(clf, raw):
    verdict = clf.classify(parse_message(raw))
    assert isinstance(verdict, Verdict)
    for hit in verdict.hits:
        assert "\x1b" not in hit.evidence and "\x00" not in hit.evidence


def test_huge_body_is_bounded(clf):
    raw = (b"From: a@b.c\r\nSubject: x\r\n\r\nUnfortunately we will not be moving forward with "
           b"your application.\r\n" + b"filler words here. " * 200000)
    assert clf.classify(parse_message(raw)).rejection


def test_plus_addressed_owner_is_the_owner(clf):
    assert clf.classify(load("oth-plus-address-owner-sent.eml")).reason == "sent by the owner"
    assert OWNER.owns("Sam.Taylor+jobs@example.org") and not OWNER.owns("sam.taylor@example.net")


def test_nickname_greeting_is_the_owner(clf):
    verdict = clf.classify(load("rej-nickname-greeting.eml"))
    assert verdict.rejection and "greets-someone-else" not in {h.id for h in verdict.hits}


def test_classifier_is_shared_safely_between_threads(clf):
    from concurrent.futures import ThreadPoolExecutor
    msgs = [parse_message(p.read_bytes()) for p in FILES]
    expected = [clf.classify(m).rejection for m in msgs]
    fresh = Classifier(DetectionSettings(), OWNER)     # compiles lazily, from four threads at once
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda m: fresh.classify(m).rejection, msgs))
    assert got == expected
