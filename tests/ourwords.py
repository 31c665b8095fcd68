"""What the detection tests written in our own wording share (test_classifiers_detection*,
test_classifiers_intl*, test_classifiers_en_families): a plain one-part message from a recruiter
to Sam around the body under test, and Sam's classifier (the `clf` fixture in conftest.py)."""
from __future__ import annotations

from classifiers import Classifier, DetectionSettings, Owner

SAM = Owner("Sam Taylor", frozenset({"sam.taylor@example.org"}))


def sam_classifier() -> Classifier:
    return Classifier(DetectionSettings(), SAM)


def message(body: str, subject: str = "Update", headers: str = "") -> bytes:
    return ("From: Robin Meyer <robin.meyer@harbour-works.example>\n"
            "To: Sam Taylor <sam.taylor@example.org>\n"
            f"Subject: {subject}\n"
            "Message-ID: <our-words-1@harbour-works.example>\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\n"
            f"{headers}"
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"{body}\n\nRobin\n").encode()



def mail(sender: str, subject: str, body: str, headers: str = "", tag: str = "our-words") -> bytes:
    """A plain one-part message from `sender` to Sam, the body as given (no signature added)."""
    return (f"From: {sender}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            f"Message-ID: <{tag}@mail.example>\nDate: Mon, 7 Dec 2026 10:00:00 +0000\n"
            f"{headers}Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
