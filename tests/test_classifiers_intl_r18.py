"""German, French, Spanish, Italian, Dutch and Portuguese mechanisms of issue 11, round 18, in wording of our own,
beside their nearest opposites:

- a bank's card operation refused (« un achat par carte a été refusé », « Statut : Refusé ») is a payment, not a
  candidacy; a job portal's « Statut : Refusé » stays a verdict;
- « n'a pas retenu » with an article names what was not retained: a term of the role in a recruiter's pitch
  (« l'option du télétravail ») is no verdict; a candidacy or a profile (« le profil », « la candidature ») is;
- an HR system telling the owner which rejections went out for their role ("folgende Absagen", "Name – Status:
  Abgelehnt") is the owner's hiring; the reader's own status stays a verdict;
- "nicht für jemand anderen entschieden" denies the other candidate, and "möchten Sie zu einem zweiten Gespräch
  einladen, …" invites; "wir haben uns für jemand anderen entschieden" stays a rejection;
- « dès lors » ("therefore") is no condition (« dès lors que » stays one); a jury ranking other candidates first;
- the Flemish "de job" is the role (filled internally); the post given to someone described ("affidare il ruolo a
  un collega che…", not "affidarLe l'incarico"); what the reader still lacks ("ainda não tem a experiência") is no
  pending decision ("ainda não temos uma decisão" is); places announced as opening at a school are no refused
  school place.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


def _ids(verdict):
    return [h.id for h in verdict.hits]


# -- a card operation refused: a payment
CARD_REFUSED = [
    "Bonjour,\n\nUn achat par carte a été refusé.\n\nMarchand : LIBRAIRIE DU PORT\nMontant : 42,00 EUR\n"
    "Statut : Refusé\n\nVotre conseiller bancaire",
    "Bonjour,\n\nUne opération avec votre carte vient d'être rejetée.\n\nBénéficiaire : CENTRE DE FORMATION\n"
    "Statut : Refusé\n\nService clients",
    "Bonjour,\n\nNous vous informons qu'un retrait par carte n'a pas abouti.\n\nStatut : Refusé\n\nVotre agence",
]


@pytest.mark.parametrize("body", CARD_REFUSED)
def test_a_card_operation_refused_is_no_rejection(clf, body):
    verdict = _verdict(clf, body, subject="Alerte sur votre compte")
    assert not verdict.rejection
    assert "fr-non-job" in _ids(verdict)


def test_a_portals_refused_status_stays_a_verdict(clf):
    body = ("Bonjour Sam,\n\nVotre candidature a été mise à jour.\n\nPoste : Acheteur industriel\n"
            "Statut : Refusé\n\nPortail carrières")
    verdict = _verdict(clf, body)
    assert verdict.rejection
    assert "fr-non-job" not in _ids(verdict)


# -- « n'a pas retenu » + an article: what was not retained
PITCH_TERMS = [
    "Bonjour Sam,\n\nJe vous contacte pour un poste de Contrôleur de gestion en CDI à Rennes. Pour être clair : "
    "mon client n'a pas retenu l'option d'un temps partiel, mais propose des horaires souples.\n\n"
    "Auriez-vous un moment cette semaine pour en parler ?\n\nBien à vous",
    "Bonjour Sam,\n\nUne PME lyonnaise recrute un Responsable logistique. La direction n'a pas retenu le principe "
    "d'un véhicule de fonction, en revanche le variable est attractif.\n\nÊtes-vous ouvert à un échange ?",
]


@pytest.mark.parametrize("body", PITCH_TERMS)
def test_a_term_not_retained_in_a_pitch_is_no_verdict(clf, body):
    verdict = _verdict(clf, body, subject="Opportunité")
    assert not verdict.rejection
    assert "fr-no-follow-up" not in _ids(verdict)


CANDIDACY_NOT_RETAINED = [
    "Bonjour Sam,\n\nMerci pour votre intérêt. Après examen, le comité n'a pas retenu le profil pour ce poste.\n\n"
    "Cordialement",
    "Bonjour Sam,\n\nMerci pour l'entretien. Nous n'avons malheureusement pas retenu la candidature pour la suite "
    "du processus.\n\nCordialement",
]


@pytest.mark.parametrize("body", CANDIDACY_NOT_RETAINED)
def test_a_candidacy_not_retained_stays_a_verdict(clf, body):
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert verdict.rejection
    assert "fr-no-follow-up" in _ids(verdict)


# -- the owner's own HR system: rejections sent for their role
OWNER_BATCH = [
    "Hallo Sam,\n\nfür deine Stelle Sachbearbeitung Einkauf wurden folgende Absagen verschickt:\n\n"
    "- Paula Schmitt – Status: Abgelehnt\n- Timo Roth – Status: Abgelehnt\n\nDein Recruiting-Tool",
    "Hallo Sam,\n\nÜbersicht zu Ihrer Ausschreibung Lagerleitung:\n\nNina Vogel – Status: Abgelehnt\n"
    "Erik Lange – Status: Im Gespräch\n\nIhr Bewerbermanagement",
]


@pytest.mark.parametrize("body", OWNER_BATCH)
def test_rejections_sent_for_the_owners_role_are_the_owners_hiring(clf, body):
    verdict = _verdict(clf, body, subject="Statusänderungen")
    assert not verdict.rejection
    assert "de-owner-hiring" in _ids(verdict)


def test_the_readers_own_status_stays_a_verdict(clf):
    body = ("Hallo Sam Taylor,\n\nes gibt Neuigkeiten zu Ihrer Bewerbung.\n\nStelle: Lagerleitung\n"
            "Sam Taylor – Status: Abgelehnt\n\nIhr Bewerberportal")
    verdict = _verdict(clf, body, subject="Ihre Bewerbung")
    assert verdict.rejection
    assert "de-owner-hiring" not in _ids(verdict)


# -- an answer denying the other candidate and inviting
DENIED_AND_INVITED = [
    "Hallo Sam,\n\nnein, wir haben uns noch nicht für jemand anderen entschieden. Wir möchten Sie gern zu einem "
    "zweiten Gespräch einladen, am besten am Donnerstag um 11 Uhr.\n\nViele Grüße",
    "Hallo Sam,\n\nkeine Sorge, wir haben uns nicht für jemand anderen entschieden! Ich würde dich gerne zum "
    "Kennenlernen mit dem Team einladen, passt dir Freitag?\n\nLiebe Grüße",
]


@pytest.mark.parametrize("body", DENIED_AND_INVITED)
def test_a_denied_other_candidate_with_an_invitation_is_no_rejection(clf, body):
    verdict = _verdict(clf, body, subject="AW: Stand der Dinge?")
    assert not verdict.rejection
    assert "de-other-candidate" not in _ids(verdict)
    assert "de-invitation" in _ids(verdict)


def test_someone_else_chosen_stays_a_rejection(clf):
    body = ("Hallo Sam,\n\ndanke für die Nachfrage. Leider haben wir uns für jemand anderen entschieden.\n\n"
            "Viele Grüße")
    verdict = _verdict(clf, body, subject="AW: Stand der Dinge?")
    assert verdict.rejection
    assert "de-other-candidate" in _ids(verdict)


# -- « dès lors » is "therefore", « dès lors que » a condition; a jury ranking others first
def test_des_lors_therefore_keeps_the_verdict(clf):
    body = ("Madame, Monsieur,\n\nNous avons bien examiné votre dossier. Votre candidature n'a dès lors pas pu "
            "être retenue.\n\nLe service du personnel")
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert verdict.rejection
    assert "fr-clause-not-progressed" in _ids(verdict)


def test_des_lors_que_stays_a_condition(clf):
    body = ("Bonjour Sam,\n\nMerci pour votre dossier. Votre candidature ne pourra pas être retenue dès lors que "
            "le diplôme manque : merci de nous l'envoyer avant vendredi pour que nous puissions l'étudier.\n\n"
            "Le service du personnel")
    verdict = _verdict(clf, body, subject="Pièce manquante")
    assert not verdict.rejection


def test_a_jury_ranking_other_candidates_first_is_a_verdict(clf):
    body = ("Madame, Monsieur,\n\nSuite à votre audition, nous vous informons que le jury a classé d'autres "
            "candidats avant vous pour la fonction de chargé de cours.\n\nLa direction")
    verdict = _verdict(clf, body, subject="Appel à candidatures")
    assert verdict.rejection
    assert "fr-other-candidate" in _ids(verdict)


# -- nl: the Flemish "job" is the role
def test_the_job_filled_internally_is_a_verdict(clf):
    body = "Dag Sam,\n\nWe hebben de job van onthaalmedewerker intern ingevuld. Veel succes verder!\n\nLotte"
    verdict = _verdict(clf, body, subject="job onthaal")
    assert verdict.rejection
    assert "nl-clause-role-closed" in _ids(verdict)


def test_the_job_not_yet_filled_is_no_verdict(clf):
    body = "Dag Sam,\n\nDe job is nog niet ingevuld: we plannen graag een tweede gesprek met je.\n\nLotte"
    verdict = _verdict(clf, body, subject="job onthaal")
    assert not verdict.rejection


# -- it: the post given to someone described
def test_the_post_given_to_someone_described_is_a_verdict(clf):
    body = ("Gentile Sam,\n\ngrazie per la lezione di prova. Dopo averci pensato a lungo abbiamo deciso di affidare "
            "il ruolo a un collega che conosce già il nostro gruppo.\n\nUn caro saluto")
    verdict = _verdict(clf, body, subject="Selezione")
    assert verdict.rejection
    assert "it-clause-other-chosen" in _ids(verdict)


@pytest.mark.parametrize("body", [
    "Gentile Sam,\n\nsiamo lieti di affidarLe l'incarico a partire da gennaio, con un contratto che Le invieremo.",
    "Gentile Sam,\n\nper la selezione ci siamo affidati a una società che La contatterà a breve per un colloquio.",
])
def test_the_post_given_to_the_reader_or_a_helper_is_no_verdict(clf, body):
    verdict = _verdict(clf, body, subject="Selezione")
    assert not verdict.rejection
    assert "it-clause-other-chosen" not in _ids(verdict)


# -- pt: what the reader still lacks is the reason for a no, not a pending decision
def test_what_the_reader_lacks_is_no_pending_decision(clf):
    body = ("Oi Sam,\n\nfalei com a gestora: ela gostou da conversa, mas achou que você ainda não tem a experiência "
            "com clientes industriais que a vaga pede. Por isso vão seguir com outro candidato.\n\nAbraço")
    verdict = _verdict(clf, body, subject="Retorno")
    assert verdict.rejection
    assert "pt-pending-decision" not in _ids(verdict)


def test_no_decision_yet_stays_pending(clf):
    body = ("Olá Sam,\n\nainda não temos uma decisão sobre a vaga; o gestor gostou muito da entrevista. "
            "Aguarde mais uns dias.\n\nAbraço")
    verdict = _verdict(clf, body, subject="Retorno")
    assert not verdict.rejection
    assert "pt-pending-decision" in _ids(verdict)


# -- es: places announced as opening are no refused place
def test_places_opening_at_a_school_do_not_make_a_job_no_a_non_job(clf):
    body = ("Estimado Sam:\n\nLe informo que la plaza de Auxiliar de Biblioteca ya ha sido cubierta por otro "
            "postulante. En marzo se abren plazas en la Escuela de Ingeniería; le sugiero postular.\n\nAtentamente")
    verdict = _verdict(clf, body, subject="RE: Consulta")
    assert verdict.rejection
    assert "es-non-job" not in _ids(verdict)


def test_a_school_place_refused_stays_non_job(clf):
    body = ("Estimada familia:\n\nLamentamos informarle que no ha obtenido plaza en la escuela infantil para el "
            "próximo curso; otra familia fue seleccionada.\n\nAtentamente")
    verdict = _verdict(clf, body, subject="Admisión")
    assert not verdict.rejection
    assert "es-non-job" in _ids(verdict)
