"""English families of a no found while tuning on tests/blind/en4 (issue 11, round 4), each covered by
structure and tested in wording of our own, next to the hard negatives that share its words:

- "pass on" as the verdict ("pass on moving forward", "pass on your application this time"), not as a
  hand-over ("I'll pass on your CV to the hiring manager", "I'll pass this on");
- the next step withheld with the candidacy understood ("has not shortlisted the same for further rounds"),
  not a step nobody has reached yet, nor a third person's;
- negations and "'ve" typed without an apostrophe ("cant", "wont", "didnt", "weve": spaCy splits them
  into "ca" + "nt", "we" + "ve");
- the money or the case for the hire gone ("finance pulled the budget for the hire", "I can't justify
  bringing on a first hire");
- the hiring side said no ("they've come back and said no to the role");
- an ATS status column aligned with spaces ("Status:      Not Referred"), "not among the best qualified";
- idioms of a no: "go down a different path", "came a close second", "put everything on ice", "pushed back
  to next year", "hire a freelancer instead", "give this one a miss", "too junior";
- a verdict in a few words in the subject with the letter attached ("Unsuccessful application - X");
- what is not a verdict: an offer after a recalled rejection, a deal or a book declined, an application
  transferred ("rather than closing it, we have transferred it"), a step waiting on something ("cannot
  progress until both referees reply", "until the 14th"), a policy for every profile, a vacancy (not the reader) that
  matches, a hold counted in weeks with the reader still wanted, the role's start (not the role) deferred.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords


def verdict_of(clf, body: str, subject: str = "Hello", headers: str = ""):
    return clf.classify(parse_message(ourwords.message(body, subject, headers)))


REJECTIONS = [
    # "pass on" as the verdict
    "Hi Sam, short version: the team has decided to pass on moving forward for the BI Lead role.",
    "Hi Sam,\n\nWe're going to pass on taking things further.",
    "Hi Sam,\n\nThe panel's decision is to pass on advancing to the final round.",
    "Thanks Sam - the team has decided to pass on continuing with the process.",
    "Hi Sam, quick one: we'll pass on proceeding for the Analyst role.",
    # the next step withheld, the candidacy understood
    "Dear Sam,\n\nClient has gone through your CV and has not shortlisted the same for further rounds.",
    "Hi Sam,\n\nFollowing the screening call, the client has not shortlisted for interview.",
    "Dear Sam,\n\nPost assessment - not selected for further rounds, I'm sorry.",
    "Dear Sam,\n\nThe client wont be shortlisting for further rounds.",
    "Dear Sam,\n\nThe hiring manager reviewed the file and did not recommend for the next round.",
    # negations typed without an apostrophe
    "hi sam, sorry - we cant take your application forward",
    "Hi Sam, we wont be progressing your candidacy, thanks for your time",
    "sam, you werent shortlisted this round unfortunately",
    "hi sam - we havent selected you for the shortlist",
    "Sam, the team felt it wasnt the right fit",
    "Hi Sam, honestly your profile doesnt match what the team needs.",
    "hi sam, weve now hired for the role",
    # the money or the case for the hire gone
    "Sam really sorry. Finance have pulled the budget for the analyst hire so we cant proceed.",
    "Hi Sam,\n\nThe board cut the funding for this role on Friday.",
    "Hi Sam,\n\nI can't justify bringing on a first data hire before next autumn.",
    "Hi Sam,\n\nWe can no longer justify the headcount for the Insights Manager position.",
    "Hi Sam, we can't really justify adding a senior analyst this year.",
    # the hiring side said no
    "Hi Sam,\n\nQuick update: they've come back and said no to the Head of Research role.",
    "Hi Sam,\n\nThe client has said no - they want someone from retail banking.",
    "Hi Sam,\n\nThe founders have said no, unfortunately. Thanks for all your work on the case study.",
    "Hi Sam,\n\nAfter the panel the board said no to the Head of Growth candidacy.",
    "Hi Sam, so the CEO has said no. She wants someone who has run a team before.",
    "Hi Sam,\n\nThe founders said no to you, I'm sorry.",
    # an ATS status column, a ranking
    "Dear Sam,\n\nYour application status has changed.\n\nPosition:      Data Analyst\nStatus:        Not Referred",
    "Dear Sam,\n\nApplication status:     Rejected\n\nThank you for your interest.",
    "Dear Sam,\n\nUnfortunately you were not among the top candidates for this vacancy.",
    "Dear Sam, you were not among the highest scoring candidates.",
    "Dear Sam, you were not amongst the finalists for the Analyst post.",
    # the role kept for someone inside, or for someone else chosen; the process stopped for the reader
    "Hi Sam,\n\nWe've decided to hold the role for an internal move.",
    "Hi Sam, we'll be keeping the position for someone from the Leeds team.",
    "Hey Sam - bad news I'm afraid, they went with the internal guy.",
    "Hi Sam, they picked the local applicant in the end.",
    "Hi Sam,\n\nWe're going to stop the process here for you.",
    "Hi Sam,\n\nWe don't think this is the right moment to bring you on board.",
    "Hi Sam, now isn't the right time for us to bring you in.",
    # the candidacy closed with words between; a step the reader did not get past
    "Dear Sam,\n\nYour application for Data Analyst has been archived.",
    "Hi Sam,\n\nI'm sorry to say you didn't get through the assessment stage.",
    "Hi Sam,\n\nUnfortunately you did not pass the technical test.",
    "Hi Sam, you didn't make it past the screening stage.",
    "Hi Sam, you have not passed the online assessment.",
    # idioms of a no: another road taken, a close second, the role put on ice or back a year, the work
    # given to a contractor, "give it a miss", judged too junior
    "Hi Sam, the team has decided to go down a different path for this hire.",
    "Hi Sam, the client is going down another route with the role.",
    "Hi Sam, you came in a close second, which I know is hard to hear.",
    "Hi Sam, you were pipped by an internal applicant.",
    "Hi Sam, the client has put everything on ice.",
    "Hi Sam, the role has been pushed back to next year.",
    "Hi Sam, the hire has been pushed out to Q3 next year.",
    "Hi Sam, they've opted to hire a freelancer instead.",
    "Hi Sam, they've chosen to outsource the analytics work.",
    "Hi Sam, we'll give this one a miss, thanks for your patience.",
    "Hi Sam, honestly your background is a little too junior for what the board wants.",
    "Hi Sam, the panel felt you were a bit too green for this one.",
    # the candidacy taken out of the process, found not eligible, or its progress refused with the subject elided
    "Dear Sam,\n\nYou have been disqualified from further consideration for this requisition.",
    "Dear Sam,\n\nYou have been removed from consideration for the Analyst role.",
    "Dear Sam,\n\nBased on the information you provided, you are not eligible for this position.",
    "Dear Sam,\n\nYour application has been reviewed and will not be progressed.",
    "Dear Sam,\n\nThe recruiter looked at your CV, and it won't be shortlisted for this vacancy.",
    # the subject parted from its verb by an aside; the chosen one accepted after an aside; better suited elsewhere
    "Dear Sam,\n\nYour application, which we reviewed with great interest alongside many others from very "
    "strong candidates this month, has unfortunately not been successful.",
    "Dear Sam,\n\nThe successful applicant has now been notified and has accepted.",
    "Dear Sam,\n\nWe feel your skills would be better suited to a more technical role.",
    "Hi Sam, you'd be better suited to a more senior role, in our view.",
    # a verdict, and the candidacy moved to a talent pool (where a closed candidacy goes: no transfer)
    "Hi Sam,\n\nUnfortunately we won't be moving forward with your application. Your profile has been moved to "
    "our talent pool for future opportunities.",
    "Hi Sam,\n\nWe have decided to continue with other candidates and have transferred your application to the "
    "candidate pool.",
    "Hi Sam,\n\nThe role has gone to an internal applicant; your CV has been moved to our talent community.",
    # a position filled, told in a sentence an offer letter also opens with
    "Dear Sam,\n\nWe would like to let you know that this position has now been filled.",
    # an analyst's "cohort analysis" is no school's cohort
    "Sam,\n\nWe're going to keep looking for the Head of Insights. Your cohort analysis was good work.",
]

OTHERS = [
    # (a hard negative passes without this round's rules too: it is here to keep the new, wider ones honest)
    # "pass on" as a hand-over
    "Thanks Sam, I will pass on your application to the hiring manager today.",
    "Hi Sam, I'll pass this on to Dana and get back to you next week.",
    "Hi Sam, could you pass on my thanks to your referees?",
    # a step nobody has reached yet, a third person, a policy for everyone
    "Hi Sam,\n\nNo need to apologise for the delay; we haven't shortlisted anyone for the next round yet.",
    "Hi Sam,\n\nWe have not invited anyone to the next round.",
    "Hi Sam,\n\nNot every candidate gets shortlisted for the final round, but you did - congratulations!",
    "Hi Sam,\n\nThanks for putting Priya forward: she hasn't been selected for interview this time.",
    "Hi Sam,\n\nWe haven't finalised dates for the next round, I'll confirm tomorrow.",
    "Dear Sam,\n\nCandidates who are not shortlisted for interview will hear from us by Friday.",
    "Dear Sam,\n\nKindly note, profiles not matching the JD will not be considered. Please share your CV.",
    # negations without an apostrophe that refuse nothing
    "hi sam, we cant wait to meet you on tuesday!",
    "Hi Sam, dont hesitate to call me if you have questions before the interview.",
    # money that is there, a delay that can be justified
    "Hi Sam,\n\nThe budget for the role has been approved, so we'd like to move you to the offer stage.",
    "Hi Sam,\n\nI can't justify the delay, sorry - the contract goes out today.",
    "Hi Sam,\n\nFinance pulled the budget report for the team you'd lead; I'll bring it to the interview.",
    # said no to something else, or by someone else
    "Hi Sam,\n\nThe founders said no to the laptop budget, so bring your own for now.",
    "Hi Sam,\n\nIf the client said no to you, would you tell me?",
    "Hi Sam,\n\nI asked about the four-day week. The client said no, they need everyone in five days - "
    "but the offer stands.",
    "Hi Sam,\n\nI asked about relocation support; they've said no, but everything else in the offer is agreed.",
    # status lines that are no verdict
    "Dear Sam,\n\nAssessment status:     Not started\n\nPlease complete it by Friday.",
    # an offer after a rejection recalled
    "Hi Sam,\n\nI know we had to turn you down for the Director role in October. Better news: we'd like to "
    "offer you the newly created Director, EMEA Insights position, based in London.",
    # a deal, a partnership, a book declined
    "Hi Sam,\n\nWe've reviewed your proposal and have decided not to pursue the partnership at this time.",
    "Hi Sam,\n\nWe won't accept the sponsorship proposal this year, the budget is committed.",
    "Dear Sam,\n\nThank you for sending me your proposal for The Long Middle. I'm afraid I'm not the right "
    "agent for it, and so will pass on this occasion.",
    # an application transferred, the role moved
    "Dear Sam,\n\nThe Insights Lead role will no longer be based in Bristol. Rather than closing your application, "
    "we have transferred it to the Manchester posting.",
    "Dear Sam,\n\nWe've moved it over to the Senior Analyst requisition, which is closer to your experience.",
    # a step waiting on something
    "Dear Sam,\n\nPlease nominate two referees. Your application cannot progress until both have replied.",
    "Hi Sam,\n\nWe can't move forward until we receive your right-to-work documents.",
    # a vacancy, not the reader, is what matches
    "Hi Sam!\n\nWe don't have an open role that matches your profile right now - join our talent community.",
    "Hi Sam,\n\nThere's no position that fits your background at the moment, but new ones open every week.",
    # the same idioms about something else, or the other way round
    "Hi Sam, we're going down the right path with you - see you Thursday.",
    "Hi Sam, let's put the interview on hold until Monday.",
    "Hi Sam, the kick-off for the role has been pushed to next quarter and we'd still love you to start in January.",
    "Hi Sam, the start date for the role has been moved to next spring.",
    "Hi Sam, you edged out the other finalists - congratulations!",
    "Hi Sam, we've decided to bring in a consultant to help with onboarding you.",
    "Hi Sam, don't worry that you're too junior, the graduate scheme is made for you.",
    # the reader's own withdrawal, a policy, an allowance the reader is not eligible for
    "Dear Sam,\n\nAs requested, you have been removed from consideration for the role and your data deleted.",
    "Dear Sam,\n\nIncomplete applications will not be progressed, so please upload your CV by Friday.",
    "Hi Sam,\n\nYou are not eligible for relocation support, but the offer stands.",
    "Hi Sam,\n\nYou are not eligible for the referral bonus as you applied directly - see you at the interview.",
    # an invitation in casual words, a verdict on the others
    "hey Sam - loved the convo. we'd like to bring you back for a session with our CTO, does Thurs 3pm work?",
    "Hi Sam, we'd love to have you in for a coffee with the founders next week.",
    "Hi Sam, we talked to lots of people for this and honestly most weren't a fit - so this is a good sign.",
    # an attempt that failed, a compliment, a future notification
    "Hi Sam, we tried to upload your CV for you, and it was not successful - could you resend it?",
    "Hi Sam, your CV is better suited to the role than most - see you Tuesday!",
    "Dear Sam,\n\nThe successful applicant will be notified by Friday; we'll be in touch either way.",
    # a wait of days
    "Hi Sam, the hiring manager is travelling so we can't progress to the next stage until the 14th.",
    "Hi Sam, we won't be moving forward until next week when the panel is back.",
    "Hi Sam, we cannot take your application further until Monday, when the new req opens.",
    # a transfer to another requisition is still a transfer
    "Dear Sam,\n\nThe Bristol role has closed and we have transferred your application from Bristol to the "
    "Manchester team.",
    # a hold counted in weeks, the reader still wanted
    "Hi Sam,\n\nThe Head of Insight role is on hold for a couple of weeks while the budget is signed off. "
    "We're still very keen on you and expect to resume interviews in early December.",
    "Hi Sam,\n\nThe role has been put on hold for two weeks; we'll pick up your interviews after that.",
]

# Held before this round too: the nearest positives of the hard negatives above and of the wider rules,
# kept so that the counter-evidence added here cannot sink them.
STILL_REJECTIONS = [
    "Hi Sam,\n\nWe'll pass on proceeding with your candidacy, I'm sorry to say.",
    "Dear Sam,\n\nAfter some thought we will pass on your application this time.",
    "Hi Sam,\n\nThey looked at it last week and haven't moved it forward to the final stage.",
    "Dear Sam,\n\nYou were not among the best qualified applicants referred to the selecting official.",
    "Hi Sam,\n\nThe hiring manager has said no to moving you forward.",
    "Hi Sam,\n\nWe've decided not to pursue your application at this time.",
    "Hi Sam,\n\nThe role is on hold for the next few months, so we are closing all applications.",
    "Hi Sam,\n\nSadly we will not be progressing your application; the role is on hold until further notice.",
    "Hi Sam,\n\nWe went with another candidate, but we're still very keen on you for future roles.",
    "Hi Sam,\n\nYour profile doesn't match the role's requirements, so we will not consider it further.",
    "Dear Sam,\n\nWe have closed your application.",
    "Hi Sam,\n\nThe role will no longer be going ahead.",
    "Hi Sam,\n\nThe role is on hold until January, so we won't be progressing your application.",
    "Hi Sam,\n\nThe role is on hold until further notice.",
]


@pytest.mark.parametrize("body", REJECTIONS + STILL_REJECTIONS)
def test_family_of_a_no_is_a_rejection(clf, body):
    verdict = verdict_of(clf, body)
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", OTHERS)
def test_hard_negative_stays_other(clf, body):
    verdict = verdict_of(clf, body)
    assert not verdict.rejection, verdict.hits


def test_step_withheld_is_explained_as_a_clause(clf):
    verdict = verdict_of(clf, "Dear Sam,\n\nPost review the client has not shortlisted the same for further rounds.")
    hit = next(h for h in verdict.hits if h.id == "clause-not-advanced")
    assert hit.score == 5.0 and "for further rounds" in hit.evidence


# A verdict put in the subject in a few words, the letter itself attached (a PDF the rules cannot read).
SUBJECT_AND_LETTER = [
    ("Unsuccessful application - Data Analyst (REF 2231)",
     "Dear Sam,\n\nPlease see the attached correspondence regarding your recent application."),
    ("Application outcome: not successful", "Dear Sam,\n\nPlease find attached a letter from the hiring team."),
    ("Regret letter - Data Analyst", "Dear Sam,\n\nPlease find our letter attached."),
    ("Application - Data Analyst - Declined", "Dear Sam,\n\nPlease find the attached response to your application."),
    ("Status: rejected", "Dear Sam,\n\nWe enclose a letter about your application to Harbour Works."),
]

SUBJECT_AND_LETTER_OTHERS = [
    ("Your offer - Data Analyst", "Dear Sam,\n\nPlease find attached your offer letter."),
    ("Interview - Data Analyst", "Dear Sam,\n\nPlease find attached the interview schedule and a letter of invitation."),
    ("Re: Unsuccessful application - Data Analyst", "Hi Sam,\n\nThanks for your note - happy to share feedback."),
    ("Data Analyst", "Dear Sam,\n\nYour employment contract and welcome letter are attached."),
    ("Unsuccessful application - Data Analyst", "Dear Sam,\n\nApologies, the previous email was sent in error: "
     "your application is still under review."),
]


@pytest.mark.parametrize("subject,body", SUBJECT_AND_LETTER)
def test_verdict_in_the_subject_with_the_letter_attached(clf, subject, body):
    verdict = verdict_of(clf, body, subject)
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("subject,body", SUBJECT_AND_LETTER_OTHERS)
def test_attached_letter_or_subject_alone_is_no_verdict(clf, subject, body):
    verdict = verdict_of(clf, body, subject)
    assert not verdict.rejection, verdict.hits


BULK = "List-Unsubscribe: <https://ats.example/unsubscribe/1>\n"


def test_filled_notice_from_an_ats_with_bulk_headers_is_a_rejection(clf):
    """A short ATS notice (one 5-point statement) keeps its verdict against a bulk header when it ends as
    such notices do: the reader kept in a candidate community for opportunities in future."""
    body = ("Dear Sam,\n\nThank you for applying for the Analyst role at Harbour Works. We would like to let you "
            "know that this position has now been filled.\n\nAs part of our candidate community, you will hear "
            "about relevant opportunities in future.")
    verdict = verdict_of(clf, body, "Analyst at Harbour Works", BULK)
    assert verdict.rejection, verdict.hits


def test_candidate_community_invitation_with_bulk_headers_stays_other(clf):
    body = ("Hi Sam!\n\nThanks for visiting our careers site. Join our candidate community and we'll tell you "
            "about relevant opportunities in future.")
    verdict = verdict_of(clf, body, "Join Harbour Works", BULK)
    assert not verdict.rejection, verdict.hits
