"""Issue 11, round 15: mechanisms that failed on wave N (en20, intl31), each with variants in our own words and the
nearest opposite.

1. A status notice that opens "This message is regarding your application for …" is the news, not a footer
   ("This message is intended only for …"): the body after it is read, and its bulk headers (a government job
   portal sends status notices in bulk) do not outweigh a verdict on the reader's own application.
2. Assessors who scored the reader are weak non-job evidence: an assessment centre (a job's hiring step) has them
   too, so they count 0 where the text names a job; a grant panel's assessors still keep a grant result negative.
3. A freelancer's proposal to a job or contract (a freelance platform's bulk notice) declined because the client
   hired another freelancer is a job rejection; a talk's proposal declined is not.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message

BULK = "Precedence: bulk\nList-Unsubscribe: <https://links.example/u/1>\n"


def _mail(sender: str, subject: str, body: str, headers: str = BULK) -> bytes:
    return (f"From: {sender}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            "Message-ID: <r15-en@portal.example>\nDate: Mon, 7 Dec 2026 10:00:00 +0000\n"
            f"{headers}Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def classify(clf, sender: str, subject: str, body: str, headers: str = BULK):
    return clf.classify(parse_message(_mail(sender, subject, body, headers)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


# -- 1. "This message is regarding your application" opens the news ----------------------------------------------

@pytest.mark.parametrize("opening, verdict", [
    ("This message is regarding your application for the Budget Analyst position (vacancy 27-114).",
     "Another candidate has been selected for this position, and your application is no longer under consideration."),
    ("This email is about your application for the Grants Officer role, reference GX-42.",
     "The hiring office selected another applicant, so you will not be considered further for this vacancy."),
    ("This message is concerning your application to the county's Records Clerk opening.",
     "We regret to inform you that you were not selected for this position."),
])
def test_status_notice_that_opens_with_this_message_is_regarding(clf, opening, verdict):
    v = classify(clf, "County Jobs Portal <noreply@jobs-portal.example>", "Application status update",
                 f"Dear Sam Taylor,\n\n{opening}\n\n{verdict}\n\nThank you for your interest in public service.")
    assert v.rejection, why(v)


def test_status_notice_regarding_an_application_still_under_review_stays_negative(clf):
    v = classify(clf, "County Jobs Portal <noreply@jobs-portal.example>", "Application status update",
                 "Dear Sam Taylor,\n\nThis message is regarding your application for the Budget Analyst position "
                 "(vacancy 27-114).\n\nYour application has been referred to the hiring manager for review. You will "
                 "be contacted if you are chosen for an interview.\n\nThank you for your interest in public service.")
    assert not v.rejection, why(v)



# -- 2. an assessment centre's assessors are a job's hiring step, a grant panel's are not -------------------------

@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nFollowing our call, I'm sorry to confirm that you weren't successful at the assessment centre for "
    "the Graduate Auditor role. The assessors felt your case study presentation lacked a clear structure.\n\n"
    "Best wishes,\nPriya",
    "Dear Sam,\n\nUnfortunately you have not been successful at the assessment day for the Trainee Actuary position. "
    "Our assessors scored the group exercise below the level we need at this stage.\n\nKind regards,\nTom",
])
def test_assessment_centre_result_with_assessors_is_a_job_rejection(clf, body):
    v = classify(clf, "Priya Shah <priya.shah@orbitaudit.example>", "Your assessment centre result", body, headers="")
    assert v.rejection, why(v)


def test_grant_panel_assessors_stay_a_non_job_result(clf):
    v = classify(clf, "Arts Council <grants@artscouncil.example>", "Your application to the Community Arts Fund",
                 "Dear Sam,\n\nUnfortunately your application to the Community Arts Fund was not successful this "
                 "round. The assessors felt the project budget was not sufficiently detailed.\n\nKind regards,\n"
                 "Grants Team", headers="")
    assert not v.rejection, why(v)


# -- 3. a freelancer's proposal to a job posting: the client hired another freelancer ----------------------------

@pytest.mark.parametrize("body", [
    'Hi Sam,\n\nYour proposal to the job "Logo refresh for a neighbourhood bakery" has been declined by Crumb & Co.'
    '\n\nReason given by the client: Hired another freelancer\n\nFind more work: https://links.example/jobs',
    'Hi Sam,\n\nYour proposal for the contract "Quarterly customer survey analysis" was not accepted. The client '
    'chose a different freelancer for this project.\n\nBrowse new projects: https://links.example/jobs',
])
def test_freelance_proposal_declined_for_another_freelancer(clf, body):
    v = classify(clf, "Gigboard <notifications@gigboard.example>", "Your proposal was declined", body)
    assert v.rejection, why(v)


def test_conference_talk_proposal_declined_stays_negative(clf):
    v = classify(clf, "DataConf Program Committee <cfp@dataconf.example>", "Your proposal was declined",
                 'Hi Sam,\n\nYour proposal for the talk "Survey weighting in practice" has been declined by the '
                 'program committee, which selected another speaker for this slot.\n\nSee the programme: '
                 'https://links.example/program')
    assert not v.rejection, why(v)
