"""Structures found while tuning on tests/blind/en and tests/blind/intl (issue 11 follow-up),
each in wording of our own: refusals and non-progress the clause rules missed, and hard
negatives whose words look like a verdict (an appointment's "Absage", a pitch of new roles)."""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


REJECTIONS = [
    "Hi Sam,\n\nThanks for the interviews. After talking it over, we will be closing your application here.",
    "Hi Sam,\n\nThe panel met on Friday and you were not the preferred candidate for the Analyst post.",
    "Hi Sam,\n\nI'm sorry to tell you that it didn't go your way with the hiring committee.",
    "Hi Sam,\n\nYour application for Senior Analyst, Payments Platform at Harbour Works has been declined.",
    "Hi Sam,\n\nThanks for the case study. We have decided to end the process with you at this point.",
]

OTHERS = [
    # an appointment cancelled, the role still open
    "Hallo Sam,\n\nFrau Lenz muss den Termin am Mittwoch leider absagen. Eine Absage des Gesprächs "
    "heißt nichts für die Stelle, wir schlagen gleich einen neuen Termin vor.",
    # the reader chose not to apply
    "Hallo Sam,\n\nkurz zur Info: du hattest dich damals gegen eine Bewerbung bei uns entschieden, völlig in Ordnung.",
    # others are the rejected ones: the reader is the hiring manager
    "Hallo Sam,\n\nbitte prüfen Sie bis Freitag die Liste. Für abgelehnte Bewerber:innen geht die Vorlage automatisch raus.",
    # a slot offered to someone else if the reader cannot come
    "Bonjour Sam,\n\nmerci de confirmer le rendez-vous de jeudi ; en cas d'empêchement nous proposerons ce créneau à une autre personne.",
    # an offer after an old pass
    "Sam!\n\nwe passed on you last spring but we want to offer you the Head of Data role now. Details attached.",
    # a hedging acknowledgement
    "Dear Sam,\n\nThank you for applying. We are only able to contact candidates whose experience most closely matches the brief.",
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_refusals_built_from_structure_are_rejections(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", OTHERS)
def test_hard_negatives_with_verdict_words_are_not(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert not verdict.rejection, verdict.hits
