"""German, French, Spanish, Italian, Dutch and Portuguese mechanisms of issue 11, round 15, in wording of our own,
beside their nearest opposites:

- the reader as the one who refused (an offer or a mission they turned down: "als Sie dem Angebot abgesagt
  hatten", « vous aviez refusé la mission », "rechazaste la oferta", "avevi rifiutato la proposta", "je hebt het
  aanbod afgewezen", "você tinha recusado a proposta") is no refusal of the reader's candidacy: a recruiter's
  new pitch recalling it is no rejection, while the reader refused by the employer stays one.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


# -- the reader's own refusal recalled in a new pitch (the refusal clause must not read it as the employer's)
READER_REFUSED = [
    ("de", "Guten Tag Sam,\n\nwir kennen uns aus dem Frühjahr, als Sie dem Angebot meines Kunden abgesagt hatten. "
     "Nun habe ich eine neue Suche als Leitung Vertrieb in Köln. Hätten Sie Zeit für ein kurzes Telefonat?\n\n"
     "Viele Grüße\nJonas Kessler"),
    ("de", "Hallo Sam,\n\ndu hattest die letzte Projektanfrage damals abgesagt, was völlig okay war. Jetzt gibt es "
     "ein neues Projekt in Leipzig, das besser zu dir passen könnte. Magst du kurz telefonieren?\n\nLG Mia"),
    ("fr", "Bonjour Sam,\n\nje sais que vous aviez refusé le poste précédent à cause du trajet. Un nouveau poste de "
     "responsable achats vient de s'ouvrir à Nantes : seriez-vous disponible pour un échange ?\n\nCordialement,\n"
     "Léa Morel"),
    ("it", "Ciao Sam,\n\nLei aveva rifiutato la nostra proposta a marzo per motivi di tempo. Ora ho un nuovo "
     "incarico di responsabile acquisti a Bologna: le andrebbe di sentirci?\n\nCordiali saluti,\nMarco"),
    ("nl", "Hoi Sam,\n\nje hebt toen het aanbod van de klant afgewezen vanwege de reistijd. Nu heb ik een nieuwe "
     "opdracht in Utrecht.\n\nGroet,\nEva"),
]


@pytest.mark.parametrize("lang,body", READER_REFUSED)
def test_the_readers_own_refusal_recalled_in_a_pitch_is_no_rejection(clf, lang, body):
    verdict = _verdict(clf, body, subject="Neue Position / new role")
    assert not verdict.rejection
    assert f"{lang}-clause-declined" not in [h.id for h in verdict.hits if h.score > 0]


# the nearest opposite: the employer refused the reader
EMPLOYER_REFUSED = [
    ("Guten Tag Sam,\n\nleider müssen wir Ihnen mitteilen, dass Ihre Bewerbung als Leitung Vertrieb abgelehnt "
     "wurde.\n\nMit freundlichen Grüßen\nPersonalabteilung"),
    ("Bonjour Sam,\n\nnous sommes au regret de vous informer que votre candidature au poste de responsable achats "
     "a été refusée.\n\nCordialement,\nLe service RH"),
    ("Hola Sam:\n\nlamentamos comunicarte que tu candidatura para el puesto de jefe de compras ha sido "
     "rechazada.\n\nUn saludo,\nRecursos Humanos"),
    ("Ciao Sam,\n\nci dispiace comunicarti che la tua candidatura per il ruolo di responsabile acquisti è stata "
     "respinta.\n\nUn saluto,\nUfficio HR"),
    ("Hoi Sam,\n\nhelaas moeten we je laten weten dat je sollicitatie als inkoopmanager is afgewezen.\n\n"
     "Groet,\nHR"),
    ("Olá Sam,\n\ninfelizmente informamos que a sua candidatura para a vaga de gerente de compras foi "
     "recusada.\n\nAtenciosamente,\nRH"),
]


@pytest.mark.parametrize("body", EMPLOYER_REFUSED)
def test_the_employers_refusal_stays_a_rejection(clf, body):
    assert _verdict(clf, body, subject="Ihre Bewerbung / application").rejection


# -- a Dutch acknowledgement naming the intake's close as a date and promising a reasoned answer
NL_ACK = [
    ("Beste Sam,\n\nDank voor je sollicitatie als Data Analist. We nemen alle reacties door na het sluiten van de "
     "vacature op 3 maart en laten je daarna binnen tien dagen weten hoe het ervoor staat.\n\nGroet,\nTeam HR"),
    ("Beste Sam,\n\nWe hebben je brief goed ontvangen. Tot de sluiting van de vacature verzamelen we alle "
     "sollicitaties; daarna hoor je van ons, ook bij een nee. Bij ons krijgt niemand een automatische afwijzing "
     "zonder uitleg.\n\nMet vriendelijke groet,\nRecruitment"),
]


@pytest.mark.parametrize("body", NL_ACK)
def test_a_dutch_acknowledgement_naming_the_intakes_close_is_no_rejection(clf, body):
    assert not _verdict(clf, body, subject="Bevestiging van je sollicitatie").rejection


# the nearest opposite: the role itself closed
NL_CLOSED = [
    "Beste Sam,\n\nHelaas is de vacature Data Analist inmiddels gesloten.\n\nGroet,\nTeam HR",
    ("Beste Sam,\n\nWe hebben besloten de vacature Data Analist te sluiten; daarom stoppen we de procedure.\n\n"
     "Met vriendelijke groet,\nRecruitment"),
]


@pytest.mark.parametrize("body", NL_CLOSED)
def test_a_dutch_role_closed_stays_a_rejection(clf, body):
    assert _verdict(clf, body, subject="Je sollicitatie").rejection


# -- a public competition's (concurso, oposición, concorso, selectie, Auswahlverfahren, concours) result line
COMPETITION_RESULT = [
    ("Exmo. Senhor Sam Taylor,\n\nNo âmbito do concurso externo n.º 4/2026 para Técnico Superior, publicamos o "
     "resultado da avaliação curricular.\n\nCandidato: Sam Taylor\nSituação: Não apto\n\nDirecção de "
     "Recursos Humanos"),
    ("Estimado/a Sam Taylor:\n\nLe comunicamos la resolución de la fase de méritos de la oposición para Técnico de "
     "Gestión.\n\nAspirante: Sam Taylor\nEstado: Excluido\n\nÁrea de Personal"),
    ("Gentile Sam Taylor,\n\nsi comunica l'esito della valutazione dei titoli del concorso pubblico per "
     "Istruttore amministrativo.\n\nCandidato: Sam Taylor\nEsito: escluso\n\nUfficio Personale"),
    ("Geachte Sam Taylor,\n\nHierbij de uitkomst van de preselectie voor de functie Beleidsmedewerker.\n\n"
     "Kandidaat: Sam Taylor\nUitslag: niet toegelaten\n\nAfdeling P&O"),
    ("Sehr geehrte/r Sam Taylor,\n\nim Auswahlverfahren für die Stelle Sachbearbeitung Haushalt teilen wir das "
     "Ergebnis der Vorauswahl mit.\n\nBewerber/in: Sam Taylor\nErgebnis: nicht zugelassen\n\nPersonalamt"),
    ("Madame, Monsieur,\n\nVoici le résultat de l'admissibilité au concours d'attaché territorial.\n\n"
     "Candidat : Sam Taylor\nRésultat : non admis\n\nService des concours"),
]


@pytest.mark.parametrize("body", COMPETITION_RESULT)
def test_a_competitions_negative_result_line_is_a_rejection(clf, body):
    assert _verdict(clf, body, subject="Resultado / Esito / Ergebnis").rejection


# the nearest opposite: the reader passed
COMPETITION_PASSED = [
    ("Exmo. Senhor Sam Taylor,\n\nNo âmbito do concurso externo n.º 4/2026 para Técnico Superior, publicamos o "
     "resultado da avaliação curricular.\n\nCandidato: Sam Taylor\nResultado: Admitido\n\nSerá convocado para a "
     "prova de conhecimentos.\n\nDirecção de Recursos Humanos"),
    ("Gentile Sam Taylor,\n\nsi comunica l'esito della valutazione dei titoli del concorso pubblico.\n\n"
     "Candidato: Sam Taylor\nEsito: ammesso alla prova orale\n\nUfficio Personale"),
]


@pytest.mark.parametrize("body", COMPETITION_PASSED)
def test_a_competitions_positive_result_line_is_no_rejection(clf, body):
    assert not _verdict(clf, body, subject="Resultado / Esito").rejection
