"""Issue 11, round 19: mechanisms that failed on wave R (en25, intl39, intl40), each with variants in our own words and
the nearest opposite.

1. Another candidate chosen, said with 'move on with': 'we decided to move on with a candidate who ...' is the same
   verdict as 'move forward with a candidate'; moving on with the owner, or with a topic, stays negative.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import mail


def _mail(sender: str, subject: str, body: str, headers: str = "") -> bytes:
    return mail(sender, subject, body, headers, tag="r19-en")


def classify(clf, sender: str, subject: str, body: str, headers: str = ""):
    return clf.classify(parse_message(_mail(sender, subject, body, headers)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


# -- 1. 'move on with a candidate' ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nThank you for meeting the team last week. After some discussion we chose to move on with a "
    "candidate who can join the Lisbon studio full time for the Product Designer opening.\n\nAll the best,\nRita",
    "Hello Sam,\n\nQuick update on the Data Engineer search: the panel agreed to move on with the person who "
    "already knows our stack. Thanks a lot for the time you gave us.\n\nCheers,\nOwen",
])
def test_move_on_with_another_candidate_is_a_rejection(clf, body):
    v = classify(clf, "Recruiting <people@studio.example>", "Your application", body)
    assert v.rejection, why(v)


def test_moving_on_with_the_owner_stays_negative(clf):
    v = classify(clf, "Rita <rita@studio.example>", "Next steps",
                 "Hi Sam,\n\nGreat chat yesterday. We'd like to move on with you to the final round - could you "
                 "share two slots for next week?\n\nBest,\nRita")
    assert not v.rejection, why(v)


# -- 2. a forwarded note about the owner calls their application "sa candidature" (engine) -----------------------

FWD = ("\n\n-------- Message transféré --------\nSujet : Candidature Sam Taylor\nDe : {boss} <chef@theatre.example>\n"
       "Pour : Inès Roux <ines.roux@theatre.example>\n\nInès,\n{note}\n{boss}\n")


@pytest.mark.parametrize("note", [
    "Tu pourras dire à Sam que nous ne retenons pas sa candidature, avec nos remerciements pour sa venue.",
    "Pour Sam, le jury a tranché : nous ne sélectionnons pas sa candidature. Tu peux le lui annoncer.",
])
def test_forwarded_note_third_person_candidacy_is_a_rejection(clf, note):
    v = classify(clf, "Inès Roux <ines.roux@theatre.example>", "TR: Candidature Sam Taylor",
                 "Bonjour Sam,\n\nJe vous fais suivre le message de notre directeur.\n\nBien à vous,\nInès"
                 + FWD.format(boss="Paul Martin", note=note))
    assert v.rejection, why(v)


def test_someone_elses_candidacy_not_forwarded_stays_negative(clf):
    # not a note about the owner: another person's candidacy, the owner's own hiring work
    v = classify(clf, "Inès Roux <ines.roux@theatre.example>", "Stagiaire",
                 "Bonjour Sam,\n\nPour le stage, Paul ne retient pas sa candidature : peux-tu lui répondre "
                 "gentiment ?\n\nBien à vous,\nInès")
    assert not v.rejection, why(v)
