"""A person named Grant is not a research grant (issue 10, part 9).

non-job-application (-8) fired on any title-case word before "Grant", so a recruiter signing
"Olivia Grant" sank a clear rejection; a grant programme's name keeps its article or its
programme word ("the Community Storytelling Grant", "Arts Grant application").
"""
from __future__ import annotations

from pathlib import Path

import pytest

from classifiers import Classifier, DetectionSettings, Owner, parse_message

ROOT = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier(DetectionSettings(), Owner("Sam Taylor", frozenset({"sam.taylor@example.org"})))


def rejection(signature: str, intro: str = "") -> bytes:
    return ("From: Olivia Grant <olivia.grant@bluefinch.example>\n"
            "To: Sam Taylor <sam.taylor@example.org>\n"
            "Subject: Your application for Product Designer\n"
            "Message-ID: <grant-1@bluefinch.example>\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"Hi Sam,\n\n{intro}Thank you for interviewing for the Product Designer role. "
            "Unfortunately, we have decided to move forward with another candidate.\n\n"
            f"{signature}\n").encode()


@pytest.mark.parametrize("intro,signature", [
    ("", "Olivia Grant | Talent Acquisition | Bluefinch"),
    ("This is Olivia Grant from the Bluefinch recruiting team.\n", "Olivia"),
    ("", "Olivia Grant\nRecruitment Program Lead"),
    ("", "Thanks,\nOlivia Grant"),
])
def test_a_recruiter_named_grant_is_no_grant(clf, intro, signature):
    verdict = clf.classify(parse_message(rejection(signature, intro)))
    stone = clf.classify(parse_message(rejection(signature, intro).replace(b"Grant", b"Stone")))
    assert "non-job-application" not in {h.id for h in verdict.hits}, verdict.hits
    assert verdict.rejection and verdict.score == stone.score


@pytest.mark.parametrize("sentence", [
    "Unfortunately your application to the Community Storytelling Grant was not successful.",
    "Unfortunately your Arts Grant application was not successful this round.",
    "Unfortunately we were unable to offer you the Emerging Artists Grant this year.",
])
def test_a_named_grant_programme_still_counts(clf, sentence):
    raw = ("From: Grants Team <grants@fund.example>\nTo: sam.taylor@example.org\n"
           "Subject: Outcome\nMessage-ID: <g@fund.example>\n\n"
           f"Dear Sam,\n\n{sentence}\n\nThe panel\n").encode()
    verdict = clf.classify(parse_message(raw))
    assert "non-job-application" in {h.id for h in verdict.hits}, verdict.hits
    assert not verdict.rejection


@pytest.mark.parametrize("path", [
    "heldout4/messages/041-lowell-grant-not-funded.eml",
    "heldout3/messages/027-arts-fund-grant-unsuccessful.eml",
    "heldout5/messages/053-creative-enterprise-grant-outcome.eml",
    # a referral outcome naming the referred person "Eilidh Grant": someone else's candidacy
    "heldout7/messages/036-oakhollow-referral-outcome.eml",
])
def test_grant_and_referral_hard_negatives_stay_non_rejections(clf, path):
    verdict = clf.classify(parse_message((ROOT / path).read_bytes()))
    assert not verdict.rejection, verdict.hits
