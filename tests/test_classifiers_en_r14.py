"""Issue 11, round 14: mechanisms that failed on wave M (en18, en19), each with variants in our own words and the
nearest opposite.

1. Whose news: an ATS telling the owner their own (bulk) mail went out to candidates; a friend's or mentee's own
   rejection ("I didn't get the X one", "my interview prep", "I'm in the final round at Y"); a friend asking the
   owner to be a referee.
2. The owner's own withdrawal confirmed is the message's purpose (`purpose_cap`): the closure words it recalls
   ("your candidacy is now closed and will no longer be considered") count once, whatever the job named.
3. What is refused: a sponsorship or partnership deck declined is no job candidacy.
4. An article or a coach's notes citing what employers say ("When a company says…"), and a statement quoted
   ("… has been filled") is someone's words, not a name.
5. A note between others about the owner, passed on: "I'm a no on Sam", "let Sam down gently", the owner as
   "him / her / them / the candidate"; and "we won't be offering you the <long title> position".
6. A take-home / onsite in the verdict is a job: "the reviewers' comments" on a design challenge are no journal's.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message


def _mail(sender: str, subject: str, body: str, to: str = "Sam Taylor <sam.taylor@example.org>") -> bytes:
    return (f"From: {sender}\nTo: {to}\nSubject: {subject}\n"
            "Message-ID: <r14-en@larkfield.example>\nDate: Mon, 7 Dec 2026 10:00:00 +0000\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def classify(clf, sender: str, subject: str, body: str):
    return clf.classify(parse_message(_mail(sender, subject, body)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


# -- 1. whose news ---------------------------------------------------------------------------------------------

REGRET = ("Hi {{first_name}},\n\nThank you for applying for the Field Marketing Lead role at Larkfield. After a "
          "careful review we have decided not to move forward with your application.\n\nWe wish you well in your "
          "search.\n\nSam Taylor\nLarkfield")


@pytest.mark.parametrize("subject, intro", [
    ("Email sent to 5 candidates: Your application to Larkfield",
     "Recipients: Ana Ruiz, Tom Beck, Lea Vos, Ian Moor, Kit Lam\n\nMessage:"),
    ("Field Marketing Lead - update", "Sam, your bulk email has now been sent to 4 candidates.\n\nMessage:"),
    ("Larkfield: message delivered", "Your scheduled message was delivered to Tom Beck and 2 others.\n\nContent:"),
    ("Larkfield hiring update", "Your mass rejection for Field Marketing Lead went out this morning.\n\nContent:"),
])
def test_ats_notice_that_the_owners_own_mail_went_out(clf, subject, intro):
    v = classify(clf, "Larkfield Hiring <notifications@ats.example>", subject, f"{intro}\n\n{REGRET}")
    assert not v.rejection, why(v)


def test_a_rejection_that_says_it_went_to_every_applicant_stays(clf):
    v = classify(clf, "Larkfield Careers <no-reply@ats.example>", "Your application to Larkfield",
                 "Hi Sam,\n\nThank you for applying for the Field Marketing Lead role. After a careful review we have "
                 "decided not to move forward with your application. This email was sent to all 240 applicants "
                 "we could not progress.\n\nLarkfield Talent")
    assert v.rejection, why(v)


FRIEND = "Jo Mercer <jo.mercer@mailbox.example>"


@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nWell, I didn't get the Northgate one - they picked someone with more agency experience. Could we go "
    "through my interview answers next week?\n\nJo",
    "Hi Sam,\n\nHeard back from Pellow at last: they've gone with another candidate. Gutted. I think I bombed the "
    "case question. Fancy a call?\n\nJo",
    "Hi Sam,\n\nQuick one - the Corvid job went to someone internal, so that's that. I'm in the final round at "
    "Tansy Foods though! Any tips?\n\nJo",
])
def test_a_friends_own_rejection_is_their_news(clf, body):
    v = classify(clf, FRIEND, "news", body)
    assert not v.rejection, why(v)


def test_an_agency_relaying_the_clients_no_to_the_reader_stays(clf):
    v = classify(clf, "Jo Mercer <jo.mercer@kestrel-search.example>", "Pellow - update",
                 "Hi Sam,\n\nHeard back from Pellow at last: they've gone with another candidate for the Brand "
                 "Manager role. Sorry - I know you liked them. Fancy a call about what's next?\n\nJo")
    assert v.rejection, why(v)


@pytest.mark.parametrize("body", [
    "Hey Sam,\n\nThe Linmoor role didn't happen for me (they chose someone internal), but I'm through to the final "
    "stage at Oakhurst and they want two referees. Could I put you down as one?\n\nJo",
    "Hey Sam,\n\nNo luck at Linmoor - they went with another applicant. Would you be willing to be one of my "
    "references for Oakhurst?\n\nJo",
])
def test_a_friend_asking_for_a_reference_after_their_own_no(clf, body):
    v = classify(clf, FRIEND, "Favour", body)
    assert not v.rejection, why(v)


def test_a_hiring_manager_offering_to_be_a_reference_beside_a_verdict_stays(clf):
    v = classify(clf, "Dee Hart <dee.hart@linmoor.example>", "Your application",
                 "Hi Sam,\n\nI'm sorry: the budget for the Analyst role was cut and the role has been cancelled. "
                 "I'm happy to be a reference for you anywhere else.\n\nDee")
    assert v.rejection, why(v)


# -- 2. the owner's own withdrawal confirmed ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Dear Sam,\n\nThis confirms that you have withdrawn your application for the Account Director position. Your "
    "candidacy for this position is now closed and will no longer be considered. The position is no longer "
    "available to you.\n\nLarkfield Talent",
    "Dear Sam,\n\nAs requested, we have withdrawn your application for Account Director. You will not be "
    "considered further for this role and your application has been closed.\n\nLarkfield Talent",
])
def test_the_owners_own_withdrawal_confirmed(clf, body):
    v = classify(clf, "Larkfield <larkfield@myworkday.example>", "Application withdrawn - Account Director", body)
    assert not v.rejection, why(v)
    assert any(h.id == "withdrawal-confirmed" for h in v.hits), why(v)


def test_a_closure_without_a_withdrawal_stays(clf):
    v = classify(clf, "Larkfield <larkfield@myworkday.example>", "Your application - Account Director",
                 "Dear Sam,\n\nYour candidacy for the Account Director position is now closed and will no longer be "
                 "considered. The position has been filled.\n\nLarkfield Talent")
    assert v.rejection, why(v)


# -- 3. a sponsorship or partnership declined ---------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Re: Sponsorship - The Open Ledger podcast",
     "Hi Sam,\n\nThanks for the sponsorship deck. We've looked at it as a team and unfortunately we've decided not "
     "to go ahead this year - the budget is committed.\n\nMara"),
    ("Re: Partnership idea",
     "Hi Sam,\n\nThank you for your partnership proposal. Unfortunately we won't be moving forward with it at this "
     "time.\n\nMara"),
])
def test_a_sponsorship_pitch_declined_is_no_candidacy(clf, subject, body):
    v = classify(clf, "Mara Quinn <mara.quinn@tallowbrew.example>", subject, body)
    assert not v.rejection, why(v)


def test_a_job_rejection_that_mentions_visa_sponsorship_stays(clf):
    v = classify(clf, "Mara Quinn <mara.quinn@tallowbrew.example>", "Your application",
                 "Hi Sam,\n\nThank you for applying for the Brand Manager role. As we can't offer visa sponsorship, "
                 "we've decided not to move forward with your application.\n\nMara")
    assert v.rejection, why(v)


# -- 4. employers' words cited -----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nNotes from today:\n- When an employer writes \"the position has been filled\", ask once for "
    "feedback.\n- Follow up on Wrenfield next week.\n\nKaren",
    "Hi Sam,\n\nFrom our call:\n- When a hiring manager writes 'the vacancy is filled', it isn't feedback.\n"
    "- Apply to Copperfield by Friday.\n\nKaren",
    "Hi Sam,\n\nOne line I keep seeing: \"the Senior Analyst position has now been filled internally\". It says "
    "little about you.\n\nKaren",
])
def test_employers_words_cited_by_a_coach_are_no_verdict(clf, body):
    v = classify(clf, "Karen Holt <karen@coach.example>", "Session notes", body)
    assert not v.rejection, why(v)


def test_a_rejection_saying_the_role_is_filled_stays(clf):
    v = classify(clf, "Karen Holt <karen@wrenfield.example>", "Your application",
                 "Hi Sam,\n\nThank you for your patience. The role has been filled, and we wish you well.\n\nKaren")
    assert v.rejection, why(v)


# -- 5. a note about the owner, passed on ---------------------------------------------------------------------------

RECRUITER = "Dana Cole <dana.cole@harrow-labs.example>"


def _forward(note: str, intro: str = "Passing on the hiring manager's note below.") -> str:
    return (f"Hi Sam,\n\n{intro}\n\nDana\n\n---------- Forwarded message ---------\n"
            "From: Iris Penn <iris.penn@harrow-labs.example>\nDate: Fri, 4 Dec 2026 at 16:02\n"
            "Subject: Sam Taylor - debrief\nTo: Dana Cole <dana.cole@harrow-labs.example>\n\n"
            f"Dana -\n\n{note}\n\nIris\n")


@pytest.mark.parametrize("note", [
    "I'm a no on Sam for this one, though it's close. Strong research, thin on systems work.",
    "Sam's portfolio is light on systems work, which is the whole job. Please let Sam down gently.",
    "Good conversation, but we won't be progressing them - the portfolio is light on systems work.",
    "Lovely candidate, but I'm not going to move forward with the candidate for this role.",
])
def test_a_verdict_in_a_forwarded_note_about_the_owner(clf, note):
    v = classify(clf, RECRUITER, "Fwd: Sam Taylor - debrief", _forward(note))
    assert v.rejection, why(v)


@pytest.mark.parametrize("note", [
    "I'm a yes on Sam - let's book the final round for next week.",
    "Great session. Please let Sam know gently that the panel moved to Thursday; we'd like to take them forward.",
])
def test_a_forwarded_note_about_the_owner_without_a_verdict(clf, note):
    v = classify(clf, RECRUITER, "Fwd: Sam Taylor - debrief", _forward(note))
    assert not v.rejection, why(v)


def test_not_offering_the_role_named_in_full(clf):
    v = classify(clf, RECRUITER, "Senior Product Designer",
                 "Hi Sam,\n\nI'm sorry to say we won't be offering you the Senior Product Designer (Payments) "
                 "position.\n\nDana")
    assert v.rejection, why(v)


# -- 6. a take-home in the verdict is a job -------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nThanks for submitting the design challenge. The team felt the visual polish wasn't at the level we "
    "need, so we won't be progressing you to the onsite. Happy to walk you through the reviewers' comments.\n\nOlu",
    "Hi Sam,\n\nThank you for the take-home. Based on the reviewers' comments we won't be taking you forward to "
    "the onsite.\n\nOlu",
])
def test_take_home_feedback_with_a_verdict(clf, body):
    v = classify(clf, "Olu Ade <olu.ade@pebble.example>", "Your design challenge", body)
    assert v.rejection, why(v)


def test_a_journal_decision_with_reviewers_comments_stays_negative(clf):
    v = classify(clf, "Editorial Office <editor@journal.example>", "Decision on manuscript JMR-2291",
                 "Dear Dr Taylor,\n\nThank you for your submission. Based on the reviewers' comments we will not be "
                 "taking your manuscript forward for publication.\n\nThe Editors")
    assert not v.rejection, why(v)


def test_the_readers_own_withdrawal_caps_the_verdict_in_every_language(clf):
    # French, as German, Spanish, Italian, Dutch and Portuguese: `xx-reader-withdrew` is a purpose cap too
    v = classify(clf, "Talent <talent@myworkday.example>", "Candidature retirée - Chef de projet",
                 "Bonjour Sam,\n\nNous confirmons que vous avez retiré votre candidature au poste de Chef de projet. "
                 "Par conséquent, nous ne donnerons pas suite à votre candidature, qui ne sera plus prise en compte. "
                 "Le poste a par ailleurs été pourvu.\n\nL'équipe RH")
    assert not v.rejection, why(v)
    assert any(h.id == "fr-reader-withdrew" for h in v.hits), why(v)


@pytest.mark.parametrize("subject, intro", [
    ("Ana Ruiz was disqualified", "Sam Taylor disqualified Ana Ruiz from Field Marketing Lead and sent the following "
     "email:"),
    ("Message delivered", "Your message to Ana Ruiz has been delivered."),
])
def test_ats_log_of_the_owners_own_mail_to_a_named_candidate(clf, subject, intro):
    v = classify(clf, "Larkfield Hiring <notifications@ats.example>", subject, f"{intro}\n\n{REGRET}")
    assert not v.rejection, why(v)


@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nGot the rejection from Marlow today - they went with an internal candidate. Onwards. Can I pick your "
    "brain on Thursday about the next one?\n\nJo",
    "Hi Sam,\n\nMarlow have decided to go with someone more senior. Do you think I should ask for feedback? You've "
    "hired for roles like that.\n\nJo",
])
def test_a_friend_asking_advice_about_their_own_no(clf, body):
    v = classify(clf, FRIEND, "advice?", body)
    assert not v.rejection, why(v)


def test_a_recruiter_relay_with_a_conditional_should_i_stays(clf):
    v = classify(clf, "Jo Mercer <jo.mercer@kestrel-search.example>", "Marlow",
                 "Hi Sam,\n\nMarlow have decided to go with someone more senior for the Ops role. Should I hear of "
                 "anything closer to your level, I'll call you straight away.\n\nJo")
    assert v.rejection, why(v)


@pytest.mark.parametrize("subject, body", [
    ("Technical exercise", "Hi Sam,\n\nThanks for completing the coding exercise. Based on the reviewers' comments, we "
     "have decided not to progress your application further.\n\nLee"),
    ("Design challenge", "Hi Sam,\n\nThank you for the design challenge. Having read the reviewers' comments, sadly "
     "we won't be moving you forward to the final stage.\n\nLee"),
])
def test_a_reviewers_report_on_a_hiring_exercise_is_a_job(clf, subject, body):
    v = classify(clf, "Lee Park <lee.park@harrow.example>", subject, body)
    assert v.rejection, why(v)
