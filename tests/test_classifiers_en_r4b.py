"""English families of a no found while tuning on tests/blind/en5 (issue 11, round 4, second pass), each
covered by its mechanism and tested in wording of our own, next to the hard negatives that share its words:

- the process ended with the reader, its kind named ("we have decided to finish the recruitment process
  with you"), not a process finished with a step ("finish the process with a call");
- an agency relaying the client's word on "the profile" / "the CV" it sent ("the profile is not shortlisted");
- a one-word slip before "candidate" ("gone with anotehr candidate"), not "the candidate you referred";
- the employer closing the role in its own words ("we're closing the external search"), not the intake
  ("closing the role to new applications on Friday", "closed the vacancy to further applicants",
  "Applications for this role are now closed": a singular role is no subject of "are"/"have"); "closer to
  the role" is no closing;
- hard negatives: a no that was only discussed ("we discussed not taking you forward, but…"), a policy for
  a group ("candidates who do not complete the assessment cannot be considered further"), "a positive or a
  negative answer", an application transferred whose old posting closed, a recruiter's new role that suits
  the reader better, a friend consoling ("it happens to all of us"), the reader unable to hire someone else,
  and a verdict's wording cited as a kind of mail ('never answer a "we went with other applicants" email').
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords


def verdict_of(clf, body: str, subject: str = "Hello", headers: str = ""):
    return clf.classify(parse_message(ourwords.message(body, subject, headers)))


REJECTIONS = [
    # the process ended with the reader, its kind named
    "Hello Sam, thank you for the interview. After the discussion in the team we decided to finish the "
    "interview process with you, as we need more B2B experience.",
    "We have chosen to wrap up the recruitment process with you here, as the relocation timeline is too long "
    "for us.",
    # an agency's relay naming the profile
    "Greetings. As per the client, the profile is not shortlisted since they want someone with more retail "
    "exposure.",
    "Kindly note the CV is not shortlisted as the client is looking for deeper domain exposure.",
    # a slip typed on a phone, "one candidate"
    "Apologies for the slow reply. We went with anohter applicant for the job in the end, thanks so much for "
    "coming in.",
    "Hi Sam, we've gone with one candidate from the final three. Really enjoyed meeting you though.",
    # the employer closes the role
    "Someone from our Leeds office has asked to transfer into the role, so we're closing the external search. "
    "I'm afraid that includes your application.",
    "With the restructure we are now closing the analyst vacancy, and I'm sorry that means your application too.",
    # a closed intake recalled beside the verdict
    "Applications for the analyst role have closed, and I'm sorry to say we won't be taking yours further.",
    "Both positions are now filled. Thank you for your patience with us.",
]

OTHERS = [
    # a no only weighed
    "Honestly, after round one we debated not moving you forward, but the rest of the panel disagreed, so "
    "we'd love you to join us for the final interview. Could you do Tuesday at 2pm?",
    "We considered not progressing your application because of the notice period, but we'd like to meet you "
    "anyway. Please choose a slot for next week.",
    # a policy for a group, in an invitation to an assessment
    "Please complete the online test within five days. Applicants who fail to submit the test by the deadline "
    "cannot be considered further. Good luck!",
    "Your next step is a short video interview. Candidates who do not record their answers within a week will "
    "not be moved forward.",
    # an acknowledgement that promises an answer either way
    "We have received your documents and will review them. We will get back to you in any case, whether it is "
    "a positive or a negative answer.",
    # an application transferred, the old posting closed
    "The hiring manager thinks your experience is better suited to another open position, so we have "
    "transferred your application to that requisition. The original posting has been closed. A recruiter "
    "will contact you about next steps.",
    # a recruiter pitching a role that suits the reader better
    "I know we passed on you for the analyst role last month (sorry!), but I've just opened a Head of Research "
    "role that suits you much better. Fancy a coffee this week?",
    "I know the Platform role at Fernway wasn't the right one, but I've got a Director search in Leeds that I "
    "think is far closer to your background. Would you be open to a quick call?",
    # a friend consoling, quoting the week's news
    "So sorry it's been such a week of \"not this time\" and \"we've gone with someone else\". It happens to "
    "the best of us. Dinner on Friday?",
    # the reader could not hire a third party (a reference request)
    "Morgan Lee has applied for a role with us and named you as a referee. I gather you weren't able to take "
    "Morgan forward for your own team, but you worked together last year. Do you have ten minutes this week?",
    # a verdict's wording cited as a kind of mail
    "Most job seekers never reply to a \"we have decided to move forward with other applicants\" email. This "
    "week our columnist explains why a short thank-you note pays off.",
    # the intake closes, not the role
    "Thanks for applying! We're closing the position to new applications on Friday and will be in touch after.",
    # the intake closed, the role and the candidacy going on
    "We have shut the vacancy to further applicants and will review the shortlist next week.",
    "Thanks for applying! Applications for the Research Lead role are now closed; we'll be in touch once we "
    "have reviewed every CV.",
    "Applications for this position have now closed and the panel is reading them this week.",
    # "closer to the role" is no closing
    "We would like to bring you closer to the team behind the role: can you come in on Thursday to meet them?",
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_rejection_family(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"


@pytest.mark.parametrize("body", OTHERS)
def test_hard_negative(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"


def test_closer_is_not_closed(clf):
    """"closer" is lemmatised as "close": the role's needs are not the role closed."""
    v = verdict_of(clf, "Unfortunately we have chosen another candidate whose background is closer to the role.")
    assert "role-cancelled" not in {h.id for h in v.hits if h.score}
