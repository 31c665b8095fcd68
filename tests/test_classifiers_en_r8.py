"""Engine families of issue 11, round 8, in wording of our own.

1. A non-job purpose (a flat, a loan, a talk proposal) is a cap, not one more addend: while a rule marked
   `non_job_purpose` counts and the text names no job, the positive rules count as one, the strongest. A
   stack of "another applicant was chosen" + "not successful" + "won't proceed" about a flat used to outweigh
   the one rule that said it was a flat. A job rejection that mentions housing or relocation names its role
   and is scored as before.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords


def verdict_of(clf, body: str, subject: str = "Hello", headers: str = ""):
    return clf.classify(parse_message(ourwords.message(body, subject, headers)))


NON_JOB_STACKS = [
    ("Your rental application - Flat 2, 18 Harbour Road",
     "Hi Sam,\n\nThanks for applying for Flat 2 through our app. Unfortunately your application was "
     "not successful this time: the landlord has chosen another applicant, so we won't be proceeding with "
     "your application. We wish you the best of luck with your search."),
    ("Your loan application",
     "Dear Sam,\n\nThank you for your loan application. After careful consideration we regret to inform you "
     "that it has been unsuccessful and we are unable to move forward with your application at this time. "
     "We received a high number of applications and had to make difficult decisions."),
    ("Your application to the Riverside Makers Fund",
     "Hi Sam,\n\nThank you for applying to the Riverside Makers Fund. Unfortunately you have not been "
     "selected this round: we chose other applicants whose plans were a closer match, and we will not be "
     "moving forward with your application. Competition was strong and we hope you will apply again."),
    ("Piso calle Mayor - tu solicitud",
     "Hola Sam,\n\ngracias por enviarnos tus papeles para el piso de la calle Mayor. Lamentablemente la "
     "propietaria ha elegido a otro candidato y no podemos seguir adelante con tu solicitud de alquiler. "
     "Te avisaremos si sale algo parecido.\n\nUn saludo"),
    ("Votre dossier de location",
     "Bonjour,\n\nSuite à la visite du T2 rue des Lilas, nous sommes au regret de vous informer que "
     "votre dossier n'a malheureusement pas été retenu : le propriétaire a choisi un autre candidat et nous "
     "ne pouvons pas donner une suite favorable. Nous conservons vos coordonnées et vous souhaitons bonne "
     "chance dans vos recherches.\n\nCordialement"),
]


@pytest.mark.parametrize("subject,body", NON_JOB_STACKS, ids=["flat", "loan", "fund", "es-piso", "fr-logement"])
def test_a_stack_of_verdict_rules_about_a_non_job_purpose_stays_negative(clf, subject, body):
    v = verdict_of(clf, body, subject)
    assert not v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]
    assert any("explains the verdict" in h.evidence for h in v.hits)


JOB_WITH_HOUSING = [
    ("Data Analyst role",
     "Hi Sam,\n\nThanks again for the interviews for the Data Analyst role - and I know you had already "
     "started looking at rental flats near the office. I'm sorry to say we have decided to offer the "
     "position to another candidate and won't be moving forward with your application."),
    ("Your application",
     "Dear Sam,\n\nThank you for your interest in the Warehouse Lead position. I know the move was tied up "
     "with your mortgage application, so I'm sorry to tell you that you have not been selected to continue: "
     "we have chosen another applicant whose experience is a closer match, and we will not be moving "
     "forward with your application."),
]


@pytest.mark.parametrize("subject,body", JOB_WITH_HOUSING, ids=["flats-near-office", "mortgage-on-the-way"])
def test_a_job_rejection_that_mentions_housing_stays_positive(clf, subject, body):
    v = verdict_of(clf, body, subject)
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]
