"""German and French mechanisms of issue 11, round 13, in wording of our own, beside their nearest opposites:

- an acknowledgement that promises an answer either way ("unabhängig davon, ob wir Sie einladen oder Ihnen absagen
  müssen", « que nous vous invitions ou que nous ne puissions pas donner suite ») names a no as one of two
  outcomes still open: no verdict; a no stated outright still counts;
- "eine Absage" as the subject of a remark on rejections in general ("eine Absage ist frustrierend") or as the
  reader's own no allowed ("ist eine kurze Absage völlig in Ordnung") is no verdict; a newsletter offering a guide
  ("in unserem Ratgeber") about rejections is a newsletter; "wir müssen Ihnen eine Absage erteilen" still counts;
- "still in the running" said of the OTHER candidates (« comme pour les autres candidats encore en lice », "wie für
  die anderen Bewerber, die noch im Rennen sind") is no hedge about the reader, so a closure beside it counts;
  said of the reader (« vous êtes toujours en lice ») it stays a hedge.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Ihre Bewerbung"):
    return clf.classify(parse_message(message(body, subject=subject)))


def _ids(verdict) -> set[str]:
    return {h.id for h in verdict.hits if h.score}


# -- told either way, the outcome still open: no verdict
EITHER_WAY = [
    ("Hallo Sam,\n\ndanke für Ihre Bewerbung als Produktmanager. Wir sichten jetzt alle Unterlagen. In jedem Fall "
     "hören Sie von uns, egal ob wir Sie zu einem Kennenlernen bitten oder Ihnen leider absagen müssen.\n\n"
     "Viele Grüße\nPersonalabteilung"),
    ("Guten Tag Sam,\n\nIhre Unterlagen sind bei uns angekommen. Die Prüfung dauert etwa zwei Wochen; danach "
     "teilen wir Ihnen mit, ob wir Ihnen absagen oder Sie zum Gespräch einladen.\n\nBeste Grüße\nIhr HR-Team"),
    ("Hallo Sam,\n\nwir haben deine Bewerbung erhalten. Du bekommst auf jeden Fall Bescheid, ob es mit einem "
     "Interview weitergeht oder wir dir absagen müssen.\n\nLiebe Grüße\nRecruiting"),
]
FRENCH_EITHER_WAY = [
    ("Bonjour Sam,\n\nNous avons bien reçu votre dossier. Que nous vous proposions un entretien ou que nous ne "
     "puissions pas donner suite, vous aurez une réponse sous quinze jours.\n\nL'équipe RH"),
    ("Bonjour Sam,\n\nMerci pour votre candidature. Nous reviendrons vers vous dans tous les cas, que nous "
     "retenions votre profil ou que nous devions décliner.\n\nCordialement,\nRecrutement"),
]
FRENCH_STATED_NO = [
    ("Bonjour Sam,\n\nMerci pour votre candidature. Après examen, nous ne pouvons malheureusement pas y donner "
     "suite.\n\nL'équipe RH"),
]


@pytest.mark.parametrize("body", FRENCH_EITHER_WAY)
def test_french_answer_promised_either_way_is_no_verdict(clf, body):
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert not verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", FRENCH_STATED_NO)
def test_french_no_stated_outright_is_a_rejection(clf, body):
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert verdict.rejection, verdict.hits


STATED_NO = [
    ("Hallo Sam,\n\ndanke für Ihre Bewerbung als Produktmanager. Nach sorgfältiger Prüfung müssen wir Ihnen leider "
     "absagen.\n\nViele Grüße\nPersonalabteilung"),
    ("Guten Tag Sam,\n\nwir haben alle Unterlagen gesichtet und müssen Ihnen heute leider eine Absage erteilen.\n\n"
     "Beste Grüße\nIhr HR-Team"),
]


@pytest.mark.parametrize("body", EITHER_WAY)
def test_answer_promised_either_way_is_no_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", STATED_NO)
def test_no_stated_outright_is_a_rejection(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


# -- "eine Absage" as a general topic or the reader's own permitted no
ABSAGE_AS_TOPIC = [
    ("Hallo Sam,\n\nich betreue gerade die Suche nach einer Leitung Vertrieb in Hamburg. Hätten Sie Zeit für ein "
     "kurzes Telefonat? Falls es nicht passt, ist eine knappe Absage natürlich völlig okay.\n\nGruß\nJana Wolters\n"
     "Personalberatung Nordlicht"),
    ("Hallo Sam,\n\neine Absage ist frustrierend, doch sie ist kein Urteil über Ihren Wert. In unserem neuen "
     "Ratgeber zeigen wir, wie Sie daraus lernen.\n\nIhr Karriere-Magazin"),
    ("Hallo Sam,\n\nich suche für einen Kunden eine Teamleitung Einkauf. Falls es zeitlich nicht passt, ist eine kurze "
     "Absage auch in Ordnung.\n\nViele Grüße\nTim Berger"),
    ("Hallo Sam,\n\nwie reagiert man auf eine Absage? Im Ratgeber dieser Woche erzählen drei Recruiterinnen, was "
     "sie sich von Bewerbenden wünschen.\n\nIhr Jobportal-Team"),
]


@pytest.mark.parametrize("body", ABSAGE_AS_TOPIC)
def test_absage_as_a_topic_is_no_verdict(clf, body):
    verdict = _verdict(clf, body, subject="Neuigkeiten")
    assert not verdict.rejection, verdict.hits


# -- the others still in the running: a closure beside it counts; the reader still in it is a hedge
OTHERS_STILL_IN = [
    ("Bonjour Sam,\n\nLe client suspend le recrutement pour le poste de chef de produit. Nous clôturons donc votre "
     "candidature, comme celles des autres candidats encore en lice.\n\nSi une autre opportunité se présente, je "
     "vous recontacterai.\n\nBien à vous,\nJulie"),
    ("Bonjour Sam,\n\nLe poste a été gelé par notre client pour une durée indéterminée ; le processus est clos "
     "pour vous comme pour les finalistes toujours en course.\n\nCordialement,\nMarc"),
]
READER_STILL_IN = [
    ("Bonjour Sam,\n\nPetit point d'étape : le client prend encore quelques jours pour décider, vous êtes toujours "
     "en lice pour le poste de chef de produit.\n\nBien à vous,\nJulie"),
]


@pytest.mark.parametrize("body", OTHERS_STILL_IN)
def test_others_still_in_the_running_leave_the_closure_standing(clf, body):
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert verdict.rejection, verdict.hits
    assert "fr-hedged-acknowledgement" not in _ids(verdict), verdict.hits


@pytest.mark.parametrize("body", READER_STILL_IN)
def test_reader_still_in_the_running_is_a_hedge(clf, body):
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert not verdict.rejection, verdict.hits
    assert "fr-hedged-acknowledgement" in _ids(verdict), verdict.hits


def test_german_others_still_in_the_running_is_no_pending_reply(clf):
    body = ("Hallo Sam,\n\ndie Stelle als Produktmanager wurde leider gestrichen. Das Verfahren ist damit für Sie "
            "beendet, wie für die anderen Bewerber, die noch im Rennen waren.\n\nViele Grüße\nRecruiting")
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits
    assert "de-pending-reply" not in _ids(verdict), verdict.hits
