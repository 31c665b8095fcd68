"""German and French mechanisms of issue 11, round 7, in wording of our own, beside their nearest opposites:

- a closure denied is no closure ("die Stelle ist nicht gestrichen", "das Verfahren ist keineswegs beendet");
- an invitation whose separable "ein" ends far away ("laden wir Sie zur Teilnahme an … ein") outweighs a
  policy for late tests ("nicht rechtzeitig abgeschlossene Tests können nicht berücksichtigt werden");
- an application moved to another requisition (de-application-transferred) outweighs the old posting's closure;
- the reader as the one hiring ("als Hiring Manager:in eingetragen"): an ATS status line about someone else;
- going on with someone else ("aller de l'avant avec une autre personne", "avancer avec un autre profil");
- a short informal German note opening in English ("Hi Sam, sorry, …") is German; "mit jemand anderem";
- "même si" concedes a fact: the no inside it counts (« même si nous ne pouvons pas retenir votre candidature »),
  while "si" still conditions;
- a long role title before "a été comblé / pourvu";
- an election by members, a home's tenancy (fr-non-job, fr-non-job-object) are no hiring.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Update"):
    return clf.classify(parse_message(message(body, subject=subject)))


HARD_NEGATIVES = [
    ("Hallo Sam,\n\nwegen der Budgetplanung verschiebt sich die Besetzung. Die Stelle ist nicht gestrichen; "
     "wir melden uns im Januar.", None),
    ("Hallo Sam,\n\ndas Auswahlverfahren ist keineswegs beendet; wir brauchen nur etwas länger als gedacht.",
     None),
    ("Guten Tag Sam,\n\nnach der ersten Durchsicht laden wir Sie zur Bearbeitung einer kurzen Fallstudie für "
     "die Rolle Senior Analyst ein. Nicht rechtzeitig eingereichte Lösungen können leider nicht berücksichtigt "
     "werden.", "de-invitation"),
    ("Hallo Sam,\n\ndie Ausschreibung Analyst (R-100) wurde geschlossen. Wie besprochen haben wir Ihre "
     "Bewerbung auf die Stelle Lead Analyst (R-205) übertragen; das Team meldet sich bald.",
     "de-application-transferred"),
    ("Hallo Sam,\n\nfür die Stelle Designer:in, bei der du als Recruiter:in eingetragen bist, gibt es ein "
     "Update.\n\nBewerbung: Mara Lentz\nStatus: abgelehnt\n\nViele Grüße\nIhr ATS", "de-owner-hiring"),
    ("Liebe Sam,\n\ndie Mitglieder haben auf der Versammlung gewählt: bei vier Sitzen für acht Kandidierende "
     "wurde deine Kandidatur für den Vorstand leider nicht berücksichtigt.", "de-non-job"),
    ("Bonjour Sam,\n\npour le poste de Designer, pour lequel vous êtes indiquée comme responsable du "
     "recrutement, le candidat Paul Durand a été refusé.", "fr-owner-hiring"),
    ("Bonjour Sam,\n\nsi nous ne pouvons pas retenir votre candidature pour ce poste, nous vous le dirons "
     "d'ici vendredi.", None),
    ("Chère Sam,\n\nles adhérents ont élu trois membres au bureau lors du vote de l'assemblée ; ta "
     "candidature n'a malheureusement pas été retenue.", "fr-non-job"),
    ("Bonjour,\n\nmerci pour votre dossier de location. Le propriétaire a choisi un autre candidat ; votre "
     "demande n'a pas été retenue pour ce logement.", "fr-non-job-object"),
]

REJECTIONS = [
    # a short informal German note that opens in English ("Hi", "sorry"), the dative "jemand anderem"
    "Hi Sam,\n\nsorry, leider nein – wir machen mit jemand anderem weiter. Schade!\n\nLG Jo",
    "Salut Sam,\n\nmerci pour ta patience. Après réflexion, on va aller de l'avant avec une autre personne "
    "pour le rôle de chef de projet.",
    "Bonjour Sam,\n\nnous avons décidé d'avancer avec une autre personne dont le profil est plus proche du "
    "besoin.",
    "Bonjour Sam,\n\nbien que votre parcours nous ait plu, et même si nous ne pouvons pas donner suite à votre "
    "candidature, nous garderons votre CV.",
    "Bonjour Sam,\n\nmême si nous ne pouvons pas retenir votre candidature pour ce poste, nous aimerions "
    "garder votre profil en mémoire.",
    # members of a mutual insurer are no electorate
    "Bonjour Sam,\n\nau service de nos adhérents depuis 1950, notre mutuelle a reçu de nombreuses candidatures ; "
    "nous avons décidé de ne pas poursuivre avec la vôtre.",
    "Hallo Sam,\n\ndie Stelle als Leitung Marketing und Kommunikation wurde inzwischen besetzt. Danke für "
    "Ihre Zeit.",
    "Bonjour Sam,\n\nje tenais à vous dire que le poste de Responsable études et analyses a été pourvu. Merci "
    "encore pour votre temps.",
]


@pytest.mark.parametrize("body,mark", HARD_NEGATIVES)
def test_round7_hard_negatives_stay_negative(clf, body, mark):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
    if mark:
        assert mark in str(verdict.hits)


@pytest.mark.parametrize("body", REJECTIONS)
def test_round7_rejections_are_rejections(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits
