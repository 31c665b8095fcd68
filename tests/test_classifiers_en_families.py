"""English families of a no found while tuning on tests/blind/en3 (issue 11, round 2), each
covered by structure and tested in wording of our own: the direction qualified or mistyped,
"retain" as non-native writers use it, the money for the role gone ("we cannot open the
position", "we have to close the process"), a verdict in the subject line, a relay naming an
employer whose name holds a word like "Credit"; and the hard negatives that share their words
(a decision, not a role, on hold; an either-or outcome in an acknowledgement; an application
passed on to another department; data retention; "newsletter" as a topic, not as the mail)."""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords


def message(body: str, subject: str = "Hello", headers: str = "") -> bytes:
    return ourwords.message(body, subject, headers)


REJECTIONS = [
    # a direction qualified or mistyped
    "Hi Sam,\n\nbad news im afraid - we went a diffrent direction with the analyst hire.",
    "Hi Sam,\n\nThe panel has gone a somewhat different direction for this role.",
    # "retain" from writers whose own language says retenir / behalten
    "Hello Sam,\n\nSadly we will not retain your candidature for the Data Lead post.",
    "Hello Sam,\n\nYour CV was read with interest, but we cannot retain it for the Data Lead post.",
    "Dear Sam,\n\nAfter review your application was not retained by the committee.",
    # the money for the role gone
    "Hi Sam,\n\nFinance pulled next year's money, so we can't open the Research Lead role after all.",
    "Hi Sam,\n\nWith the funding gone we have had to close the process for everyone, you included.",
    "Hi Sam,\n\nThe board has decided to stop the recruitment for the Insights Director.",
    # the hiring side's judgement on level
    "Hi Sam,\n\nHonestly, we think you'd be overqualified for the Analyst II post.",
    "Hi Sam,\n\nThe panel's view is that you're not quite ready for a role at head-of level.",
    # a decision against the reader
    "Hi Sam,\n\nThe hiring manager decided against inviting you to the final round.",
    "Hi Sam,\n\nI'm afraid the vote went against you on Friday.",
    "Hi Sam,\n\nThe role needs a driving licence, which sadly rules your candidacy out.",
    "Dear Sam,\n\nPlease be informed that your candidature has been closed.",
    # the role not going ahead, the other hire already in
    "Hi Sam,\n\nLeadership tells me the Analyst hire is no longer going ahead.",
    "Hi Sam,\n\nA quick note to say the chosen candidate started on Monday.",
    "Hi Sam,\n\nYou interviewed well, but somebody else had a bit more retail experience.",
    # typed in a hurry
    "hi sam, unfortunatly the team decided to go with anothr candiate for this one",
    # the money for the role lost
    "Hi Sam,\n\nWe have lost the headcount for the Research Manager role in the reorganisation.",
    # "gonna" is two tokens
    "Hi Sam,\n\nhonestly we're gonna pass for now, thanks for coming in though",
]

SUBJECT_VERDICTS = [
    ("Your application to Marlow Foods was declined", "Hi Sam,\n\nThank you for applying. We wish you well."),
    ("Your application - not successful", "Hi Sam,\n\nThank you for your interest in Marlow Foods."),
]

OTHERS = [
    # the decision is on hold, the reader still a finalist
    "Hi Sam,\n\nThe decision about the Analytics Manager role is on hold until the board meets; you remain one "
    "of three finalists.",
    "Hi Sam,\n\nThe final decision has been pushed back to the 14th. You're one of the two candidates left.",
    # an either-or outcome promised in an acknowledgement
    "Dear Sam,\n\nWe have your application. Once the deadline passes we will tell every applicant the outcome, "
    "successful or unsuccessful.",
    # the old role closed, the application passed on to another part of the company
    "Dear Sam,\n\nThe Bristol vacancy has been closed. We have passed your CV on to our Cardiff office, which is "
    "hiring for a similar post.",
    # data retention, not the candidacy
    "Dear Sam,\n\nThe interview is confirmed for Monday. Note we will not retain your CV for longer than a year.",
    # an unreadable attachment
    "Hi Sam,\n\nI couldn't open the job description you attached; could you resend it before our call?",
    # a negation turned round
    "Hi Sam,\n\nWe don't think you'd be overqualified for it at all - shall we book the second interview?",
    "Hi Sam,\n\nNothing rules you out: we'd like to move you to the next stage.",
    # "not" in the next sentence is not about the application; a choice against the other finalist
    "Dear Sam,\n\nThanks, we have your CV. Please do not take our silence as a no, we are just swamped.",
    "Hi Sam,\n\nThe client decided against the other remaining candidate, so the final round is yours.",
    # a reply to the owner's note repeats the verdict subject
    ("Hi Sam,\n\nNo need to apologise - let's keep in touch.", "Re: Your application to Marlow Foods was declined"),
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_family_of_a_no_is_a_rejection(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("subject,body", SUBJECT_VERDICTS)
def test_subject_stating_the_verdict_tips_a_polite_body(clf, subject, body):
    verdict = clf.classify(parse_message(message(body, subject)))
    assert verdict.rejection, verdict.hits
    assert "subject-verdict" in {h.id for h in verdict.hits}


@pytest.mark.parametrize("case", OTHERS)
def test_hard_negative_stays_other(clf, case):
    body, subject = case if isinstance(case, tuple) else (case, "Hello")
    verdict = clf.classify(parse_message(message(body, subject)))
    assert not verdict.rejection, verdict.hits


def test_newsletter_as_a_topic_does_not_sink_a_verdict(clf):
    body = ("Dear Sam,\n\nWe have decided to offer the post to another candidate. Your ideas on our newsletter "
            "readers impressed the panel.")
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, verdict.hits


def test_employer_named_like_a_lender_is_still_an_employer(clf):
    body = ("Hi Sam,\n\nUnfortunately, the employer has decided not to move forward with your application to "
            "Northside Credit Union.")
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, verdict.hits
