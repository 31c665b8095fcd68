"""German and French mechanisms of issue 11, round 12, in wording of our own, beside their nearest opposites:

- a candidacy kept in a pool or for a period after a no (« votre dossier demeure actif dans notre banque de
  candidatures », « votre candidature restera active pendant douze mois ») is the keep-on-file of a rejection, not
  the hedge « votre candidature reste active » of a paused process, which still counts;
- an offer handed over (« j'ai le plaisir de vous présenter une offre d'emploi ») is an offer, and a limit in its
  negotiation (« nous ne pouvons pas aller au-delà de X $ ») is no « ne pas aller plus loin avec votre candidature »;
- a refusal limited in time until a pending step ("Bis dahin können wir keine Verträge zusagen", « d'ici là, nous
  ne pouvons pas nous engager ») is a decision still to come; the reader still on the shortlist in the present
  ("Sie sind weiterhin … in der engeren Wahl") and no final answer yet ("noch keine endgültige Rückmeldung") are
  pending, not a verdict; the same words recalled in the past beside a no are a rejection.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Votre candidature"):
    return clf.classify(parse_message(message(body, subject=subject)))


def _ids(verdict) -> set[str]:
    return {h.id for h in verdict.hits if h.score}


# -- a file kept in a pool or for a period after a no: a rejection
POOL_AFTER_NO = [
    ("Bonjour Sam,\n\nMerci pour votre intérêt. Malheureusement, nous avons retenu des profils plus proches des "
     "exigences du poste.\n\nVotre dossier demeure actif dans notre banque de candidatures.\n\nL'équipe RH"),
    ("Bonjour Sam,\n\nNous avons le regret de vous informer que votre candidature n'a pas été retenue. Votre "
     "candidature restera active pendant douze mois dans notre base.\n\nCordialement,\nRecrutement"),
    ("Bonjour Sam,\n\nNous avons choisi une autre personne pour ce poste. Votre profil reste actif au sein de "
     "notre vivier de talents.\n\nBien à vous,\nNadia"),
    ("Bonjour Sam,\n\nMalheureusement, notre choix s'est porté sur un autre candidat. Votre candidature demeure "
     "active pour une durée d'un an.\n\nL'équipe Talents"),
]
STILL_ACTIVE_HEDGE = [
    ("Bonjour Sam,\n\nLe recrutement est suspendu quelques semaines, mais votre candidature reste active. Nous "
     "reviendrons vers vous en janvier.\n\nClaire"),
    ("Bonjour Sam,\n\nPas d'inquiétude : votre dossier est toujours actif dans le processus, la décision sera prise "
     "après les congés.\n\nClaire"),
]


@pytest.mark.parametrize("body", POOL_AFTER_NO)
def test_file_kept_in_a_pool_after_a_no_is_a_rejection(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits
    assert "fr-hedged-acknowledgement" not in _ids(verdict), verdict.hits


@pytest.mark.parametrize("body", STILL_ACTIVE_HEDGE)
def test_candidacy_still_active_in_the_process_is_no_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
    assert "fr-hedged-acknowledgement" in _ids(verdict), verdict.hits


# -- an offer handed over, its negotiation limit no refusal
OFFERS = [
    ("Bonjour Sam,\n\nSuite à nos entretiens, j'ai le grand plaisir de vous présenter une offre d'emploi pour le "
     "poste de responsable marketing. Malheureusement, nous ne pouvons pas aller au-delà de 72 000 € brut, mais "
     "nous ajoutons deux jours de télétravail.\n\nMerci de nous faire part de votre décision d'ici vendredi.\n\nMarc"),
    ("Bonjour Sam,\n\nNous sommes ravis de vous transmettre notre offre, jointe à ce courriel. Concernant le "
     "salaire, nous ne pouvons malheureusement pas aller plus haut que la fourchette annoncée.\n\nMarc"),
    ("Bonjour Sam,\n\nSuite à votre dernier entretien, heureux de te faire une proposition d'embauche. Hélas, on ne "
     "peut pas aller au-delà de 3 200 € net pour la première année.\n\nMarc"),
]
NO_FURTHER = [
    ("Bonjour Sam,\n\nSuite à votre entretien, nous ne pouvons malheureusement pas aller plus loin avec votre "
     "candidature.\n\nMarc"),
    "Bonjour Sam,\n\nAprès réflexion, nous n'allons pas aller de l'avant avec votre candidature.\n\nMarc",
]


@pytest.mark.parametrize("body", OFFERS)
def test_offer_with_a_salary_limit_is_no_rejection(clf, body):
    verdict = _verdict(clf, body, subject="Offre d'emploi")
    assert not verdict.rejection, verdict.hits
    assert "fr-no-follow-up" not in _ids(verdict), verdict.hits


@pytest.mark.parametrize("body", NO_FURTHER)
def test_not_going_further_with_the_candidacy_is_a_rejection(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


# -- a refusal limited in time until a pending step; the reader still shortlisted
PENDING_DE = [
    ("Guten Tag Sam,\n\nleider kann ich Ihnen noch keine endgültige Rückmeldung geben. Das Budget muss erst vom "
     "Vorstand freigegeben werden. Bis dahin können wir keine Verträge zusagen.\n\nMit freundlichen Grüßen\nJana"),
    ("Hallo Sam,\n\nbis zur Freigabe des Stellenplans können wir dir leider keine Zusage geben. Du bist weiterhin "
     "eine von drei Personen in der engeren Auswahl.\n\nViele Grüße\nTom"),
    ("Guten Tag Sam,\n\nSie sind nach wie vor in der engeren Wahl für die Stelle. Ich melde mich spätestens am "
     "Freitag bei Ihnen.\n\nMit freundlichen Grüßen\nJana"),
]
PENDING_FR = [
    ("Bonjour Sam,\n\nLe budget 2027 doit encore être validé par le conseil. D'ici là, nous ne pouvons "
     "malheureusement pas vous faire de proposition.\n\nClaire"),
]
RECALLED_NO_DE = [
    ("Guten Tag Sam,\n\nSie waren lange in der engeren Auswahl, leider haben wir uns am Ende für eine andere "
     "Bewerberin entschieden.\n\nMit freundlichen Grüßen\nJana"),
    ("Hallo Sam,\n\nleider können wir dir keine Zusage geben, die Stelle ist inzwischen besetzt.\n\nViele Grüße\nTom"),
]


@pytest.mark.parametrize("body", PENDING_DE)
def test_german_refusal_until_a_pending_step_is_no_verdict(clf, body):
    verdict = _verdict(clf, body, subject="Stand Ihrer Bewerbung")
    assert not verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", PENDING_FR)
def test_french_refusal_until_a_pending_step_is_no_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", RECALLED_NO_DE)
def test_german_shortlist_recalled_beside_a_no_is_a_rejection(clf, body):
    verdict = _verdict(clf, body, subject="Ihre Bewerbung")
    assert verdict.rejection, verdict.hits


# -- the others gone on with ("konzentrieren uns auf die anderen Finalisten"); not other tasks or projects
FOCUS_ON_OTHERS = [
    ("Hallo Sam,\n\ndanke für die Gespräche. Wir konzentrieren uns jetzt auf die beiden anderen Finalistinnen.\n\n"
     "Viele Grüße\nTom", "Ihre Bewerbung"),
    ("Guten Tag Sam,\n\nnach der zweiten Runde fokussieren wir uns auf die anderen Kandidaten.\n\nMit freundlichen "
     "Grüßen\nJana", "Ihre Bewerbung"),
    ("Bonjour Sam,\n\nMerci pour votre temps. Nous nous concentrons désormais sur les deux autres finalistes.\n\n"
     "Claire", "Votre candidature"),
    ("Bonjour Sam,\n\nAprès les entretiens, l'équipe se focalise sur d'autres profils.\n\nMarc", "Votre candidature"),
]
FOCUS_ELSEWHERE = [
    ("Hallo Sam,\n\ndiese Woche konzentrieren wir uns auf andere Aufgaben, das Gespräch verschieben wir auf "
     "Dienstag.\n\nViele Grüße\nTom", "Ihre Bewerbung"),
    ("Bonjour Sam,\n\nNous ne nous concentrons pas sur les autres candidats : vous restez notre priorité, "
     "l'entretien final est jeudi.\n\nClaire", "Votre candidature"),
]


@pytest.mark.parametrize("body,subject", FOCUS_ON_OTHERS)
def test_focus_on_the_other_candidates_is_a_rejection(clf, body, subject):
    verdict = _verdict(clf, body, subject=subject)
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("body,subject", FOCUS_ELSEWHERE)
def test_focus_elsewhere_is_no_verdict(clf, body, subject):
    verdict = _verdict(clf, body, subject=subject)
    assert not verdict.rejection, verdict.hits


# -- a forwarded note about the owner: not going on with them ("mit Sam gehen wir nicht weiter")
def test_forwarded_note_not_going_on_with_owner(clf):
    body = ("Hallo Sam,\n\nanbei die Rückmeldung aus dem Fachbereich.\n\nGruß\nLea\n\n"
            "---------- Weitergeleitete Nachricht ---------\nVon: Jonas Brandt <jonas.brandt@kranich.example>\n"
            "Betreff: Sam Taylor\nAn: Lea Vogt <lea.vogt@kranich.example>\n\nHi Lea,\n\n"
            "danke fürs Organisieren. Mit Sam gehen wir nicht weiter.\n\nJonas\n")
    verdict = clf.classify(parse_message(message(body, subject="WG: Sam Taylor")))
    assert verdict.rejection, verdict.hits
    # the owner's name is the candidacy in a note about them (09b8088), so the general clause rule may count it first
    assert {"de-clause-owner-not-onward", "de-clause-not-onward"} & _ids(verdict), verdict.hits


# -- a missing paper put first, its consequence after the comma: a requirement, not a verdict; a reason put first is one
MISSING_PAPER = [
    "Bonjour Sam,\n\nMerci de compléter votre dossier : sans votre CV, nous ne pouvons pas étudier votre candidature.",
    ("Bonjour Sam,\n\nSans votre lettre de motivation signée, nous ne pourrons pas donner suite à votre dossier. "
     "Merci de l'envoyer avant vendredi."),
]
REASON_FIRST = [
    ("Bonjour Sam,\n\nSans une expérience significative en management, nous ne pouvons malheureusement pas donner "
     "suite à votre candidature."),
]


@pytest.mark.parametrize("body", MISSING_PAPER)
def test_missing_paper_before_the_comma_is_no_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", REASON_FIRST)
def test_reason_before_the_comma_is_a_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


# -- « ne pas vous + verb »: an act on the candidacy is a no; an offer's term refused is not
VOUS_ACT_NO = [
    "Bonjour Sam,\n\nNous ne pouvons malheureusement pas vous proposer le poste.",
    "Bonjour Sam,\n\nAprès réflexion, nous ne pourrons pas vous suivre pour ce poste.",
    "Bonjour Sam,\n\nNous ne sommes pas en mesure de vous retenir pour la suite.",
]
VOUS_TERMS = [
    ("Bonjour Sam,\n\nConcernant votre contre-proposition, nous ne pouvons malheureusement pas vous suivre sur le "
     "salaire, mais le poste reste à vous si vous le souhaitez."),
    "Bonjour Sam,\n\nMalheureusement, nous ne pouvons pas vous rembourser le trajet pour l'entretien de jeudi.",
]


@pytest.mark.parametrize("body", VOUS_ACT_NO)
def test_no_act_on_the_candidacy_for_the_reader_is_a_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", VOUS_TERMS)
def test_an_offer_term_refused_is_no_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
