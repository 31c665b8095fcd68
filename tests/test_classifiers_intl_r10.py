"""German and Italian mechanisms of issue 11, round 10, in wording of our own, beside their nearest opposites:

- a payment card named as one ("Ihre Mastercard (endet auf 1234)", "Ihre Debitkarte", "das Kartenlimit") is a
  bank's notice: its "Status: Abgelehnt" is no portal status of a candidacy, whatever stands between the card and
  the refusal; a candidacy's portal status stays one;
- the candidacy taken into the process of a new posting ("haben Ihre Bewerbung deshalb in dieses Verfahren
  übernommen") is an application moved to another requisition, not a verdict; taken into nothing ("nicht in das
  weitere Verfahren übernommen") stays a rejection;
- how rejections are sent ("eine Absage per Telefon ist bei uns nicht üblich") is a policy in an acknowledgement,
  not a refusal; "wir müssen Ihnen eine Absage erteilen" stays one;
- an Italian public selection's verdict of unfitness with the object between ("la commissione non ha ritenuto la
  candidata idonea"), "giudizio di non idoneità", a name left off the ranking ("non è stata inserita nella
  graduatoria", "non rientra tra gli idonei") is a rejection; a notice that one is fit and ranked is not;
- the reader's file kept in mind (« je garde votre dossier en tête », "ich behalte Ihr Profil im Hinterkopf") is a
  keep-on-file promise: beside an agency's "the client chose another profile" it outweighs a pitch of two new
  mandates; the same promise in a pure pitch stays no rejection.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


# -- a payment card refused: a bank's notice
CARD = [
    ("Hallo Sam,\n\nIhre Zahlung mit der Mastercard (Endziffern 0917) konnte nicht ausgeführt werden.\n\n"
     "Betrag: 42,00 EUR\nStatus: Abgelehnt\n\nIhr Kundenservice"),
    ("Guten Tag,\n\nbei Ihrer Debitkarte gab es heute einen Vorgang, den wir leider ablehnen mussten.\n\n"
     "Status: abgelehnt\nGrund: Kartenlimit überschritten\n\nIhre Bank"),
    ("Hallo Sam,\n\nein Einkauf mit Ihrer Girokarte (Händler: Buchladen Mitte) wurde leider abgelehnt.\n\n"
     "Status: Abgelehnt\n\nViele Grüße, Ihre Sparkasse"),
]


@pytest.mark.parametrize("body", CARD)
def test_a_payment_card_refused_is_no_candidacy_status(clf, body):
    assert not _verdict(clf, body, subject="Zahlung abgelehnt").rejection


def test_a_candidacy_status_refused_stays_a_rejection(clf):
    body = ("Hallo Sam,\n\nes gibt Neuigkeiten zu Ihrer Bewerbung als Controller (m/w/d).\n\n"
            "Status: Abgelehnt\n\nIhr Recruiting-Team")
    assert _verdict(clf, body, subject="Ihre Bewerbung").rejection


# -- the candidacy taken into a new posting's process
TRANSFERRED = [
    ("Hallo Sam,\n\nfür die Stelle als Data Analyst haben wir uns anders entschieden, aber wir haben gerade eine "
     "Position als Analytics Engineer ausgeschrieben. Deine Bewerbung haben wir direkt in diesen Prozess "
     "übernommen, du musst nichts tun.\n\nViele Grüße"),
    ("Guten Tag,\n\ndie ursprüngliche Ausschreibung wurde zurückgezogen. Da Ihr Profil gut zu unserer neuen Stelle "
     "passt, haben wir Ihre Unterlagen in das Auswahlverfahren für diese Stelle übertragen.\n\nFreundliche Grüße"),
    ("Hallo Sam,\n\nwir haben uns für diese Stelle für jemand anderen entschieden. Deine Kandidatur haben wir "
     "deshalb in den Bewerbungsprozess unserer neuen Vakanz im Vertrieb umgeleitet.\n\nBis bald"),
]


@pytest.mark.parametrize("body", TRANSFERRED)
def test_a_candidacy_taken_into_a_new_postings_process_is_no_verdict(clf, body):
    assert not _verdict(clf, body).rejection


def test_a_candidacy_not_taken_into_the_process_stays_a_rejection(clf):
    body = ("Guten Tag,\n\nleider haben wir uns anders entschieden: Ihre Bewerbung wurde nicht in das weitere "
            "Auswahlverfahren übernommen.\n\nFreundliche Grüße")
    assert _verdict(clf, body).rejection


# -- how rejections are sent, in an acknowledgement
ACK = [
    ("Guten Tag,\n\nwir haben Ihre Unterlagen erhalten und prüfen sie. Falls es nicht passt, melden wir uns "
     "schriftlich – eine Absage per Telefon gibt es bei uns nicht.\n\nIhr HR-Team"),
    ("Hallo Sam,\n\ndanke für deine Bewerbung, wir schauen sie uns in Ruhe an. Gut zu wissen: eine Absage per "
     "Mail ist bei uns die Regel, nie ein Anruf.\n\nBis bald"),
]


@pytest.mark.parametrize("body", ACK)
def test_how_rejections_are_sent_is_a_policy(clf, body):
    assert not _verdict(clf, body, subject="Eingangsbestätigung").rejection


def test_a_rejection_given_stays_one(clf):
    body = ("Guten Tag,\n\nnach sorgfältiger Prüfung müssen wir Ihnen eine Absage erteilen.\n\nFreundliche Grüße")
    assert _verdict(clf, body).rejection


# -- an Italian public selection's verdict of unfitness
UNFIT = [
    ("Gentile candidata,\n\nsi comunica che la commissione, all'esito della prova orale, non ha ritenuto la "
     "candidata idonea.\n\nDistinti saluti"),
    ("Gentile Sam Taylor,\n\nal termine del colloquio la commissione ha espresso un giudizio di non idoneità.\n\n"
     "Cordiali saluti, Ufficio Concorsi"),
    ("Gentile candidato,\n\nLe comunichiamo che non è stato inserito nella graduatoria finale della selezione "
     "pubblica per n. 2 posti di categoria C.\n\nDistinti saluti"),
    ("Gentile Sam,\n\nall'esito della valutazione dei titoli, Lei non rientra tra gli idonei della procedura.\n\n"
     "Cordiali saluti"),
]


@pytest.mark.parametrize("body", UNFIT)
def test_a_public_selections_verdict_of_unfitness_is_a_rejection(clf, body):
    assert _verdict(clf, body, subject="Selezione pubblica - esito").rejection


FIT = [
    ("Gentile candidata,\n\nsi comunica che la commissione ha ritenuto la candidata idonea; la graduatoria sarà "
     "pubblicata all'Albo.\n\nDistinti saluti"),
    ("Gentile Sam,\n\nLe comunichiamo che è stato inserito nella graduatoria degli idonei al secondo posto.\n\n"
     "Cordiali saluti"),
]


@pytest.mark.parametrize("body", FIT)
def test_a_notice_of_fitness_is_no_rejection(clf, body):
    assert not _verdict(clf, body, subject="Selezione pubblica - esito").rejection


# -- the same mechanisms in French and Italian
def test_a_payment_card_refused_in_french_is_no_candidacy_status(clf):
    body = ("Bonjour Sam,\n\nUn achat avec votre carte bancaire (finissant par 2208) n'a pas abouti.\n\n"
            "Montant : 35,00 EUR\nStatut : Refusé\nMotif : plafond de paiement atteint\n\nVotre banque")
    assert not _verdict(clf, body, subject="Paiement refusé").rejection


@pytest.mark.parametrize("body", [
    ("Bonjour Sam,\n\nPour ce poste, nous avons fait un autre choix, mais votre profil colle à notre nouvelle offre de "
     "chargé de projet : nous avons transféré votre candidature dans ce processus, rien à faire de votre côté."),
    ("Ciao Sam,\n\nper questa posizione abbiamo scelto un altro candidato, ma ti vediamo bene nel nuovo ruolo di "
     "analista: abbiamo spostato la tua candidatura su quel processo, non devi fare nulla."),
])
def test_a_candidacy_moved_into_another_process_is_no_verdict_in_french_and_italian(clf, body):
    assert not _verdict(clf, body).rejection


def test_a_candidacy_not_retained_in_french_stays_a_rejection(clf):
    body = ("Bonjour Sam,\n\nVotre candidature au poste de chargé de projet n'a pas été retenue : nous avons choisi "
            "un autre profil pour la suite du processus.\n\nCordialement")
    assert _verdict(clf, body).rejection


# -- the reader's file kept in mind, beside a verdict and a pitch
KEPT_IN_MIND = [
    ("Bonjour Sam,\n\nMon client a retenu un autre profil pour le poste.\n\nJe garde votre dossier en tête : "
     "j'ai trois missions qui s'ouvrent au printemps et je vous fais signe si l'une d'elles vous correspond."),
    ("Bonjour Sam,\n\nle comité a choisi une autre candidate. Nous gardons ton profil sous le coude, j'ai deux postes "
     "en cours de cadrage."),
    ("Hallo Sam,\n\nmein Mandant hat sich für ein anderes Profil entschieden. Ich behalte Ihr Profil im Hinterkopf, "
     "ich habe gerade zwei Mandate im Marketing, die im Frühjahr starten."),
]


@pytest.mark.parametrize("body", KEPT_IN_MIND)
def test_a_file_kept_in_mind_beside_a_verdict_outweighs_a_pitch(clf, body):
    assert _verdict(clf, body).rejection


@pytest.mark.parametrize("body", [
    ("Bonjour Sam,\n\nj'ai deux missions de direction marketing qui démarrent en janvier. Je garde votre profil en "
     "tête : seriez-vous disponible pour en parler cette semaine ?"),
    ("Hallo Sam,\n\nich habe zwei Mandate im Vertrieb, die gut zu Ihnen passen könnten. Ich behalte Sie im Blick – "
     "hätten Sie diese Woche Zeit für ein Telefonat?"),
])
def test_a_file_kept_in_mind_in_a_pure_pitch_is_no_rejection(clf, body):
    assert not _verdict(clf, body).rejection
