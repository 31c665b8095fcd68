"""Facts the classifier derives from a message's structure (greetings, forwards, replies)."""
from __future__ import annotations

import pytest

from classifiers import Classifier, DetectionSettings, Owner, parse_message

OWNER = Owner(name="Sam Taylor", addresses=frozenset({"sam.taylor@example.org"}))


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier(DetectionSettings(), OWNER)


def facts(clf: Classifier, body: str, subject: str = "Update") -> set[str]:
    raw = ("From: Ann Berg <ann@acme.example>\r\nTo: Sam Taylor <sam.taylor@example.org>\r\n"
           f"Subject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()
    return clf._prepare(parse_message(raw), None).facts


@pytest.mark.parametrize("body", [
    "Hi Alex,\n\nthanks for the chat.\n",
    "Dear Ms. Jordan,\nthank you for applying.\n",
    "Here is my draft for the other applicant:\n\nDear Robin,\nunfortunately we went with someone else.\n",
    "Hallo Moritz, anbei die Folien.\n",
])
def test_greeting_someone_else(clf, body):
    assert "greets-someone-else" in facts(clf, body)


@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nthanks for the chat.\n",
    "Dear Samantha,\nthank you.\n",                       # a longer form of the owner's name
    "Hello Taylor,\nthank you.\n",
    "Dear Candidate,\nthank you for applying.\n",
    "Ciao, abbiamo deciso di proseguire con un altro candidato.\n",   # a verb, not a name
    "Hey Sam,\nwir haben uns anders entschieden.\n\nLiebe Grüße\nMoritz\n",   # a sign-off
    "Hola Sam,\nno seguimos.\n\nSaludos\nLucía\n",
    "hi, we went with someone else\n",
])
def test_no_greeting_to_someone_else(clf, body):
    assert "greets-someone-else" not in facts(clf, body)


def test_forwarded_subject_is_a_fact(clf):
    assert "forwarded" in facts(clf, "fyi\n", subject="Fwd: Your application")
    assert "forwarded" not in facts(clf, "fyi\n", subject="Re: Your application")


def test_hard_wrapped_lines_are_joined_before_matching(clf):
    from classifiers.classifier import _unwrap
    body = ("Hi Sam,\n\nThank you for the conversations over the last few weeks. After a lot of\n"
            "discussion the hiring team has decided to move forward with another\n"
            "candidate for the role.\n\nBest,\nAnn\n")
    raw = ("From: Ann Berg <ann@acme.example>\r\nTo: Sam Taylor <sam.taylor@example.org>\r\n"
           f"Subject: Update\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()
    prepared = clf._prepare(parse_message(raw), None).text
    assert "After a lot of discussion the hiring team has decided to move forward with another " \
           "candidate for the role." in prepared
    assert clf.classify(parse_message(raw)).rejection
    # short lines, greetings and list items keep their breaks
    assert _unwrap("Hi Sam\nnot selected\n- one\n- two") == "Hi Sam\nnot selected\n- one\n- two"
    assert _unwrap("Dear Sam,\nUnfortunately the role is filled.") == "Dear Sam,\nUnfortunately the role is filled."
    assert _unwrap("a fairly long line that was wrapped at\nthe edge") == "a fairly long line that was wrapped at the edge"


@pytest.mark.parametrize("owner_name,fires", [("Sam Taylor", True), ("Alex Morgan", False),
                                               ("Alexandra Morgan", False), ("Jo Park", True)])
def test_a_named_application_is_the_owners_own_or_someone_elses(owner_name, fires):
    """'Alex's application' is third-party talk unless the mailbox owner is Alex: the owner's
    name comes from the identity, never from the rule data."""
    first = owner_name.split()[0].lower()
    owner = Owner(name=owner_name, addresses=frozenset({f"{first}@example.org"}))
    clf = Classifier(DetectionSettings(), owner)
    raw = ("From: Ann Berg <ann@acme.example>\r\nTo: " + owner_name + f" <{first}@example.org>\r\n"
           "Subject: Update\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "Hi,\r\n\r\nThe panel reviewed Alex's application this week.\r\n").encode()
    fired = {h.id for h in clf.classify(parse_message(raw)).hits}
    assert ("third-party-decision" in fired) is fires, fired


def test_reply_to_own_mail_is_about_who_wrote_the_quote(clf):
    owner_wrote = ("Thanks Sam, we'll keep you in mind.\n\nOn Mon, 2 Nov 2026 at 10:00, Sam Taylor "
                   "<sam.taylor@example.org> wrote:\n> Thank you for letting me know.\n")
    assert "reply-to-own-mail" in facts(clf, owner_wrote)
    outlook_owner = ("Noted, thanks.\n\nFrom: Sam Taylor <sam.taylor@example.org>\nSent: Monday, 2 November "
                     "2026 10:00\nTo: Ann Berg <ann@acme.example>\nSubject: Re: Update\n\nThanks for letting me know.\n")
    assert "reply-to-own-mail" in facts(clf, outlook_owner)
    someone_else = ("Sam, see below.\n\nFrom: Lee Chan <lee@acme.example>\nSent: Monday, 2 November 2026 "
                    "10:00\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: Your application\n\n"
                    "We have decided to move forward with other candidates.\n")
    assert "reply-to-own-mail" not in facts(clf, someone_else)


def _mail(body: str, sender: str = "Jess Okonkwo <jess@acme.example>", subject: str = "Fwd: Update"):
    return parse_message((f"From: {sender}\r\nTo: Sam Taylor <sam.taylor@example.org>\r\nSubject: {subject}\r\n"
                          f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode())


_REJECTION = ("Hi Sam,\n\nThank you for meeting the team. I'm sorry to say we went with someone who "
              "has more B2B experience.\n\nBest,\nJess\n")


def test_the_senders_own_mail_resent_is_their_news(clf):
    resent = ("Sam - resending in case this went to spam.\n\nJess\n\n---------- Forwarded message ---------\n"
              "From: Jess Okonkwo <jess@acme.example>\nDate: Tue, Nov 3, 2026 at 4:47 PM\nSubject: Update\n"
              "To: Sam Taylor <sam.taylor@example.org>\n\n\n" + _REJECTION)
    verdict = clf.classify(_mail(resent))
    assert verdict.rejection and "forwarded" not in {h.id for h in verdict.hits}
    # a reply that quotes the sender's own previous mail (an invitation, here) is thread history
    history = ("Hi Sam, I have to walk back my last email: the role was eliminated.\n\nOn Tue, Nov 3, "
               "2026 at 4:47 PM Jess Okonkwo <jess@acme.example> wrote:\n> Excited to move you to the "
               "final round! Can you do Wednesday?\n")
    assert "interview-invitation" not in {h.id for h in clf.classify(_mail(history, subject="Re: Update")).hits}


def test_someone_elses_mail_forwarded_stays_theirs(clf):
    friend = ("Sam, look what I got :(\n\n---------- Forwarded message ---------\n"
              "From: Jess Okonkwo <jess@acme.example>\nDate: Tue, Nov 3, 2026\nSubject: Update\n"
              "To: Robin Lee <robin@example.net>\n\n" + _REJECTION.replace("Hi Sam", "Hi Robin"))
    assert not clf.classify(_mail(friend, sender="Robin Lee <robin@example.net>")).rejection
    # the same sender forwarding their letter to somebody else is not news for the owner either
    other = friend.replace("Sam, look what I got :(", "Sam, FYI this is what I sent Robin.")
    assert not clf.classify(_mail(other)).rejection


def test_sender_regexes_combined_find_what_each_finds():
    import random
    import re

    from classifiers.classifier import _any_of
    sources = [["greenhouse", "lever\\.co", "careers?[@.-]", "hr[@.-]"], ["^(?:mailer-daemon|postmaster)@"],
               ["Acme", "\\bjobs\\b"], ["(a)\\1", "x"], ["[A-Z]{3}", "noreply"]]
    pieces = ["Greenhouse", "greenhouse-mail.io", "LEVER.co", "careers@", "Career-", "HR.", "hr@", "Mailer-Daemon@",
              "postmaster@x", "acme", "JOBS", "jobs", "aa", "AA", "x", "ABC", "noreply", "@", ".", "-", "z"]
    rng = random.Random(5)
    for src in sources:
        regexes = tuple(re.compile(s, re.IGNORECASE) for s in src)
        combined = _any_of(regexes)
        for _ in range(400):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
            assert bool(combined.search(text)) == any(rx.search(text) for rx in regexes), (src, text)
