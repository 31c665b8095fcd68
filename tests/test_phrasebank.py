"""Detection on the blind phrase bank (tests/phrasebank): one passage per line, each wrapped in
the same small message. Written by a QA session that never saw the rules, scored once blind
(figures in tests/phrasebank/README.md), then tuned on; these are floors against regressions.

A passage alone is a harder test than a whole email: the verdict has to carry itself, without
the thanks, apologies and wishes around it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from classifiers import Classifier, DetectionSettings, Owner, parse_message

BANK = Path(__file__).parent / "phrasebank"
OWNER = Owner(name="Sam Taylor", addresses=frozenset({"sam.taylor@example.org"}))


def _message(passage: str):
    raw = ("From: Alex Moreno <alex@northwind.example>\r\nTo: Sam Taylor <sam.taylor@example.org>\r\n"
           "Subject: Update\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSam,\r\n\r\n"
           + passage + "\r\n\r\nAlex\r\n").encode()
    return parse_message(raw)


def _rate(name: str, expected: bool) -> tuple[float, list[str]]:
    lines = [line for line in (BANK / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = Classifier(DetectionSettings(), OWNER).classify_many([_message(line) for line in lines])
    wrong = [line for line, v in zip(lines, verdicts) if v.rejection is not expected]
    return 1 - len(wrong) / len(lines), wrong


@pytest.mark.parametrize("name,expected,floor", [
    ("rejections.txt", True, 0.97),
    # two passages greet somebody other than Sam ("Hey Jonas", "Ciao Marco"): rightly not Sam's
    ("rejections_other_languages.txt", True, 0.95),
    ("others.txt", False, 0.98),
])
def test_phrase_bank_floor(name, expected, floor):
    rate, wrong = _rate(name, expected)
    assert rate >= floor, (round(rate, 3), wrong[:10])
