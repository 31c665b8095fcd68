"""English structures found while tuning on tests/blind/en2 (issue 11 follow-up), each in
wording of our own: how ATS templates and recruiters say no (a result below the bar, a deferral
that is the answer, a terse "not this time", an internal promotion, a narrow margin), and the
hard negatives that share their words (a pitch of new roles after an old role closed, an
application window closing, a policy for every candidate, a newsletter about rejection)."""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords
from classifiers.language import detect_language


def message(body: str, subject: str = "Hello", headers: str = "") -> bytes:
    return ourwords.message(body, subject, headers)


REJECTIONS = [
    # a result below the bar set for the next step
    "Hi Sam,\n\nEach case study was marked by two assessors. Your submission landed under the pass mark "
    "for the panel stage, so we'll end things here.",
    "Hi Sam,\n\nThanks for sitting the numeracy test. Your result fell short of the threshold we use for interviews.",
    # a deferral that is the answer
    "Hi Sam,\n\nloved meeting you both times. after a long chat we're going to hold off on hiring you "
    "for the ops lead job, the budget needs someone more senior.",
    # a terse no with regret beside it
    "Sam - sorry, not on this occasion. Good luck with it all.",
    "Hello Sam, sadly it's not this time. Thank you for coming in.",
    # an internal promotion into the role
    "Hi Sam,\n\nA quick note: we have promoted someone from the existing support team into the "
    "Customer Success Lead post.",
    # a narrow margin won by the other party
    "Dear Sam,\n\nIt came down to two of you, and another finalist's retail background edged it in the end.",
    # another party signed or finalised
    "Hey Sam, we've secured somebody for the barista trainer gig already, sorry!",
    "Dear Sam,\n\nWe wish to inform you that another applicant has been finalised for the Analyst vacancy.",
    # "decided to pass" with a reason after it
    "Hi Sam,\n\nThe client decided to pass following the second interview for the Finance Manager job.",
    # the object understood, "yours" for the application, "it" for the application
    "Hi Sam,\n\nThey felt the gap in people management was too big, so we won't be progressing.",
    "Dear Sam,\n\nWe had far more applicants than places, and this time we won't be moving yours on.",
    "Dear Sam,\n\nThank you for your CV. Regrettably it was not shortlisted for the Designer role.",
    # the chosen one has accepted
    "Hi Sam,\n\nJust to close the loop: the selected candidate has now signed for the Coordinator role.",
    # not what the team needs
    "Hi Sam,\n\nHonestly, your profile just isn't what the team is looking for at the moment.",
    # a short English note full of articles is still English
    "Sam, we chose a person who was a better fit.",
    # the role paused
    "Hi Sam,\n\nA short update: the Warehouse Supervisor vacancy has been put on pause until the spring.",
    # the hiring side passed, full stop
    "Hi Sam,\n\nShort version: the founders passed. They'd like someone who has sold to hospitals.",
    # "it" going forward
    "Hi Sam,\n\nThe panel read your application carefully, but it won't be going forward.",
    # the other party named by their trade, closer to the need
    "Hi Sam,\n\nThanks for the test shoot. We've opted for a photographer whose portfolio is closer to our catalogue look.",
    # the role left unfilled
    "Hi Sam,\n\nAfter the reorganisation we will leave the Planner vacancy unfilled.",
    # the interim holder made permanent
    "Hi Sam,\n\nThe trustees have decided to confirm the acting head in the post.",
    # not a strong enough match
    "Hi Sam,\n\nSadly we did not feel there was a strong enough match between your CV and the clinic manager post.",
    # an ATS closing line pointing to matching jobs, an opening that confirms receipt: a verdict outweighs both
    "Hi Sam,\n\nThe Researcher post has now been filled. Do browse our careers site for new roles matching your skills.",
    "Hi Sam,\n\nWe acknowledge receipt of your application. Having read it, we are sorry to say we will not be progressing it further.",
    # calques common in non-native English
    "Dear Sam,\n\nWith regret we must send you a negative decision regarding your candidacy.",
    "Dear Sam,\n\nThank you for the talks. The choice has fallen on an applicant with more panel experience.",
    "Dear Sam,\n\nI am sorry, the decision did not fall on you this time.",
    "Dear Sam,\n\nUnfortunately the research lead position is already occupied.",
    "Dear Sam,\n\nThe position has been given to a colleague who already works in our Porto team.",
    # "in May" is the month, no hedge
    "Hi Sam,\n\nSorry for the slow reply: the Analyst position was filled in May.",
    # the opportunity itself gone
    "Hi Sam,\n\nThank you for applying. This opportunity is no longer open.",
    # a warm "you'll find the right role" is no friend consoling
    "Hi Sam,\n\nWe've settled on someone else for the Editor role. I'm sure you'll find the right team soon.",
    # a role title in a field that looks like a non-job domain
    "Hi Sam,\n\nThe bank has decided to go with the other finalist for the Lead Analyst, Mortgages role.",
    # a day's name before "'s interview" is no third person
    "Hi Sam,\n\nFeedback on Monday's interview: they're going with another candidate who knows Snowflake.",
]

OTHERS = [
    # an old role closed, new ones pitched (the reader never had that candidacy)
    "Hi Sam,\n\nThe Head of Ops role I sent you last month has been pulled by the client. I'm working on "
    "three new positions that would suit you well - send me an updated CV if keen.",
    "Hi Sam,\n\nThat Analyst job we talked about has been filled, but I have two fresh roles which "
    "match your background. Fancy a chat?",
    # the reader chosen over the others
    "Hi Sam,\n\nThe panel chose you over the other finalists - expect paperwork on Monday.",
    # a company's old role filled, new ones just opened for the reader
    "Hi Sam,\n\nThe Insights Lead role you applied to in spring has been filled, but we have posted three new "
    "positions which suit your background. Shall I send them over?",
    # the application transferred to another requisition
    "Hi Sam,\n\nWe have transferred your application from the Bristol vacancy to the Bath one, as the "
    "Bristol opening has closed. Your interview stays booked.",
    # the application window closed, the process goes on
    "Hi Sam,\n\nWe have closed the application period for the Designer role and are shortlisting now.",
    # a policy for everyone in an assessment invitation
    "Hi Sam,\n\nPlease complete the test by Friday. Applicants scoring under the pass mark will not be "
    "progressed to interview.",
    # others are the ones not progressing
    "Hi Sam,\n\nGreat news, you're in the final round. The remaining applicants have not progressed, but you have.",
    # a literary agent declining a book
    "Dear Sam,\n\nThanks for the query letter and sample chapters. It isn't right for me and I will have to pass.",
    # a talk proposal declined
    "Hi Sam,\n\nThanks for your proposal to speak at our meetup. We won't be moving forward with it this year.",
    # an HR-system notice to the hiring manager
    "Hi Sam,\n\nRequisition 4471 has been filled. Two candidates were rejected automatically. No action "
    "is needed from you as hiring manager.",
    # the reader's own request carried out
    "Hi Sam,\n\nNoted that you have taken another job. We will archive your application as you requested. All the best!",
    # a condition on the reader and its consequence
    "Hi Sam,\n\nThe coding exercise link expires tomorrow. If you cannot finish it in time, we will not be able "
    "to progress your application.",
    # the role open again after the hire fell through
    "Hi Sam,\n\nThe person we hired for the Ops role left after a week, so the position is open again. Still keen?",
    # an interim appointed while the reader serves notice
    "Hi Sam,\n\nWe have decided to appoint an interim lead until you join in March. Your contract is attached.",
    # "ended up hiring" for a referral
    "Hi Sam,\n\nQuick update: we ended up hiring for that role in October. Thanks for recommending him!",
    # a social appointment called off, not this time
    "Hi Sam,\n\nNeed to cancel our lunch on Friday - not this time, sorry! Next week?",
    # the reader is hiring: the finalist turned the offer down
    "Hi Sam,\n\nBad news: the finalist you liked has declined the offer, she took a counter-offer. Back to the shortlist?",
    # a role on the reader's own team frozen: the reader is the hiring manager
    "Hi Sam,\n\nFYI from the people team: the Data Engineer requisition in your department has been put on hold until April.",
    # a payment declined
    "Hi Sam,\n\nYour subscription renewal was unsuccessful. Please update your payment details.",
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_english_rejections_by_structure(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", OTHERS)
def test_english_hard_negatives(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert not verdict.rejection, verdict.hits


def test_a_newsletter_quoting_rejections_is_not_one(clf):
    """Bulk mail that talks to its readers: the rejection words are its topic."""
    body = ('Hi reader,\n\nThis month two companies told me no. One wrote that they had "decided not to '
            'proceed" and the other that the role was "no longer available".\n\nThanks for reading, and '
            'subscribe here if a friend sent you this.')
    raw = message(body, "Issue 12: two no's",
                  "List-Unsubscribe: <https://letters.example/u/12>\nPrecedence: bulk\n")
    verdict = clf.classify(parse_message(raw))
    assert not verdict.rejection, verdict.hits
    assert "newsletter-reading" in {h.id for h in verdict.hits}


def test_agency_relay_with_other_roles_pitched_stays_a_rejection(clf):
    """An agency relays the client's verdict on the reader's own candidacy, then offers *other*
    roles: the verdict stands (a pitch of *new* roles after a role closed is no verdict)."""
    body = ("Hi Sam,\n\nI spoke to Corvid Labs after Tuesday's interview. They're giving the Platform "
            "Lead job to the other finalist.\n\nI've got two other briefs I think suit you better - can "
            "I ring you tomorrow about them?")
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("text", ["Sam, we chose a person who was a better fit.",
                                  "Sam, a shame: a candidate with a PhD got it."])
def test_short_english_with_articles_is_english(text):
    assert detect_language(text) == "en"
