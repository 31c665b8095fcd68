"""Issue 11, round 13: mechanisms that failed on wave L (en17), each with variants in our own words and the
nearest opposite.

1. A note between others about the owner, passed on to them: the owner named ("we'll pass on Sam for the role",
   "we won't be taking Sam forward") is the candidacy in a clause rule, as "you" is in mail to the owner.
2. An ATS's copy of mail the owner sent to a candidate ("Copy of email sent to …", "sent on your behalf",
   "candidate email sent") is the owner's own hiring.
3. A reply in a coffee / drinks / catch-up thread: the contact's company news ("we're in a hiring freeze") is no
   verdict; a verdict on the reader's own application in such a thread still counts. "I can't make it next week"
   is no "didn't make it to the next round".
4. "We don't have anything open right now that matches your experience": an unnamed vacancy is what matches (a
   talent-pool invitation), not the reader's application judged.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message


def _mail(sender: str, subject: str, body: str, to: str = "Sam Taylor <sam.taylor@example.org>") -> bytes:
    return (f"From: {sender}\nTo: {to}\nSubject: {subject}\n"
            "Message-ID: <r13-en@heron-bay.example>\nDate: Tue, 1 Dec 2026 10:00:00 +0000\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def classify(clf, sender: str, subject: str, body: str):
    return clf.classify(parse_message(_mail(sender, subject, body)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


# -- 1. the owner named in a forwarded note between others ---------------------------------------------------

RECRUITER = "Nadia Brooks <nadia.brooks@fenwick-search.example>"


def _forward(note: str) -> str:
    return ("Hi Sam,\n\nHere's what came back from Owen - not what we wanted, I'm afraid. Let's talk tomorrow.\n\n"
            "Nadia\n\n---------- Forwarded message ---------\n"
            "From: Owen Prior <owen.prior@heron-bay.example>\nDate: Mon, 30 Nov 2026 at 15:10\n"
            "Subject: Re: Candidate for Growth Lead\nTo: Nadia Brooks <nadia.brooks@fenwick-search.example>\n\n"
            f"Hi Nadia,\n\n{note}\n\nOwen\n")


@pytest.mark.parametrize("note", [
    "Appreciate the introduction. We've compared notes and we'll pass on Sam for the Growth Lead position. "
    "Good instincts, but we need more paid media depth.",
    "We met as a panel this morning and decided to pass on Sam. The case study was thin on pricing.",
    "Thanks for this one. We won't be taking Sam forward for the Growth Lead role - too little B2B.",
    "We're not going to progress Sam to the final stage, I'm afraid.",
])
def test_owner_named_in_a_forwarded_note_is_the_candidacy(clf, note):
    v = classify(clf, RECRUITER, "Fwd: Sam Taylor - Heron Bay", _forward(note))
    assert v.rejection, why(v)


@pytest.mark.parametrize("note", [
    "Great call with Sam. We'd like to take Sam forward to the final stage next week.",
    "We can't see Sam before Thursday - could you ask for another slot?",
])
def test_owner_named_in_a_forwarded_note_without_a_verdict(clf, note):
    v = classify(clf, RECRUITER, "Fwd: Sam Taylor - Heron Bay", _forward(note))
    assert not v.rejection, why(v)


# -- 2. the ATS's copy of the owner's own mail to a candidate --------------------------------------------------

LETTER = ("Hi Priya,\n\nThank you for the time you gave us last week. After much thought we have chosen another "
          "candidate for the Data Analyst role. I'd be glad to share feedback if useful.\n\nBest,\nSam Taylor")


@pytest.mark.parametrize("subject, intro", [
    ("Copy of email sent to Priya Nair: Your application", "Sam Taylor sent the following email to Priya Nair:"),
    ("Your application to Heron Bay", "This is a copy of the message you sent to Priya Nair (Data Analyst)."),
    ("Candidate email sent - Priya Nair", "The email below went to Priya Nair."),
    ("Priya Nair - Data Analyst", "The following email was sent on your behalf to Priya Nair."),
])
def test_ats_copy_of_the_owners_own_mail_to_a_candidate(clf, subject, intro):
    v = classify(clf, "Hiring Desk <no-reply@ats.example>", subject, f"{intro}\n\n{LETTER}")
    assert not v.rejection, why(v)


def test_a_rejection_that_mentions_a_copy_of_the_readers_application_stays(clf):
    v = classify(clf, "Heron Bay Careers <no-reply@ats.example>", "Your application - Data Analyst",
                 "Hi Sam,\n\nThank you for applying. We have chosen another candidate for the Data Analyst role. "
                 "A copy of your application stays in your candidate account.\n\nHeron Bay Talent")
    assert v.rejection, why(v)


# -- 3. a coffee / drinks / catch-up thread ---------------------------------------------------------------------

FRIEND = "Lena Ortiz <lena.ortiz@brightwater.example>"


@pytest.mark.parametrize("subject, body", [
    ("Re: Coffee next month?", "Hi Sam,\n\nLovely to hear from you. I'm going to have to say no for now - "
     "we're in a hiring freeze and I'm away most of the month anyway.\n\nLena"),
    ("Re: Drinks on Friday", "Hi Sam,\n\nSadly I can't make it next week. Our hiring is frozen until spring, "
     "so there's little to tell you about roles.\n\nLena"),
    ("Re: Catch-up?", "Hi Sam,\n\nGood to hear from you! We've had a hiring freeze since March, so things are "
     "quiet. Shall we try in the new year?\n\nLena"),
])
def test_company_news_in_a_social_thread_is_no_verdict(clf, subject, body):
    v = classify(clf, FRIEND, subject, body)
    assert not v.rejection, why(v)


def test_a_verdict_on_the_readers_application_in_a_coffee_thread_stays(clf):
    v = classify(clf, FRIEND, "Re: Coffee chat follow-up",
                 "Hi Sam,\n\nThanks again for the coffee. Having spoken to the team, we've decided not to move "
                 "forward with your application for the Analyst role.\n\nLena")
    assert v.rejection, why(v)


def test_a_hiring_freeze_on_the_readers_role_stays(clf):
    v = classify(clf, FRIEND, "Your application",
                 "Hi Sam,\n\nWe're in a hiring freeze, so the Analyst role has been put on hold.\n\nLena")
    assert v.rejection, why(v)


@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nSorry, I can't make it next Tuesday after all - can we find another time?\n\nLena",
    "Hi Sam,\n\nI'm afraid I won't make it next week, the offsite moved.\n\nLena",
])
def test_missing_next_week_is_no_missed_round(clf, body):
    v = classify(clf, FRIEND, "Re: Interview prep", body)
    assert not any(h.id == "not-moving-forward" for h in v.hits), why(v)


def test_not_making_the_next_round_stays(clf):
    v = classify(clf, FRIEND, "Update", "Hi Sam,\n\nSadly you didn't make it to the next round this time.\n\nLena")
    assert v.rejection, why(v)


# -- 4. no vacancy open that matches ---------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nGreat meeting you at the conference. We don't have anything open right now that matches your "
    "experience, but may I add you to our talent pool for next year's hiring?\n\nLena",
    "Hi Sam,\n\nThanks for the chat. We have nothing open at present that fits your background, so I'll keep "
    "your details in our talent pool and reach out when that changes.\n\nLena",
])
def test_no_open_vacancy_that_matches_is_a_talent_pool_invitation(clf, body):
    v = classify(clf, FRIEND, "Nice to meet you", body)
    assert not v.rejection, why(v)


def test_experience_not_matching_the_role_applied_for_stays(clf):
    v = classify(clf, FRIEND, "Your application",
                 "Hi Sam,\n\nThank you for applying. Unfortunately your experience doesn't match what we need for "
                 "this role.\n\nLena")
    assert v.rejection, why(v)


@pytest.mark.parametrize("subject", ["Re: Saltbush Coffee - Marketing Manager interview", "Re: coffee + next steps"])
def test_a_verdict_in_a_thread_named_after_coffee_stays(clf, subject):
    v = classify(clf, FRIEND, subject,
                 "Hi Sam,\n\nSorry to be brief: we've offered the role to someone else. Best of luck.\n\nLena")
    assert v.rejection, why(v)
