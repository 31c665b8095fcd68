"""German and French mechanisms of issue 11, round 9, in wording of our own, beside their nearest opposites:

- the news said not to be what the reader hoped ("ich hätte Ihnen gern etwas Erfreulicheres mitgeteilt",
  "das ist nicht das, was du hören wolltest", « ce n'est pas la nouvelle que vous espériez », « j'aurais aimé
  vous annoncer une meilleure nouvelle ») is bad news: beside a verdict it outweighs a recruiter's pitch of
  two or three other mandates, which alone stays no rejection;
- the hiring side decided against the reader, named after the comma ("haben uns dagegen entschieden, dich
  an Bord zu holen"); not the reader's own choice, nor a choice about a meeting;
- a German condition by inversion, its finite verb first ("Wird der Test nicht fristgerecht abgeschlossen,
  können wir Ihre Bewerbung nicht berücksichtigen"), guards its consequence: an assessment invitation's
  deadline, not a verdict; a reason stated ("Da Ihr Profil nicht passt, …") still is one; "freuen uns, Sie
  zum nächsten Schritt unseres Auswahlverfahrens einzuladen" is an invitation however long its object;
- an HR system's notice about a candidate under a gendered label ("Bewerber:in: Jonas Meier") is the
  owner's hiring, its "Status: Abgelehnt" no verdict on the owner;
- the role offered to another person (« offrir le poste de … à une autre personne ») is another chosen, and a
  non-job word in the other's description (« son expérience des subventions ») does not sink a verdict that
  names the job; a grant, a flat or a loan whose verdict names no job stays no rejection;
- a parcel or an order refused (« Votre colis … Statut : Refusé », "Ihre Bestellung … Status: abgelehnt") is no
  portal status of a candidacy;
- a deadline's consequence ("Nach Ablauf der Frist …", "…, sonst können wir …", « Passé ce délai, … ») is a
  condition, as is a gendered candidate label in French (« Candidat·e : Léa Martin ») the owner's hiring.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message

BULK = "Auto-Submitted: auto-generated\nPrecedence: bulk\n"


def _verdict(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


def _ids(verdict) -> set[str]:
    return {h.id for h in verdict.hits if h.score}


# -- the news not what was hoped, beside a verdict and a pitch of other mandates
HOPED_WITH_PITCH = [
    ("Hallo Sam,\n\nich hätte Ihnen gern etwas Erfreulicheres mitgeteilt, aber mein Mandant hat sich für einen "
     "anderen Kandidaten entschieden.\n\nIch betreue derzeit zwei, drei Mandate im Vertrieb und melde mich, "
     "sobald etwas Passendes dabei ist."),
    ("Hi Sam,\n\nich hätte dir lieber Besseres geschrieben: die Geschäftsführung hat sich für eine andere "
     "Kandidatin entschieden.\n\nIch habe gerade drei Positionen im Produktmarketing auf dem Tisch, vielleicht "
     "ist da bald etwas für dich dabei."),
    ("Bonjour Sam,\n\nj'aurais aimé vous annoncer une meilleure nouvelle : notre client a retenu un autre "
     "candidat pour ce poste.\n\nJ'ai actuellement deux missions en communication et je reviens vers vous dès "
     "que l'une d'elles se précise."),
    ("Bonjour Sam,\n\nce n'est pas la réponse que tu attendais, je le sais : le comité a choisi un autre profil "
     "pour le poste.\n\nJ'ai aussi trois postes de chef de projet en cours, je te tiens au courant."),
]


@pytest.mark.parametrize("body", HOPED_WITH_PITCH)
def test_news_not_what_was_hoped_outweighs_a_pitch_beside_a_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits
    assert _ids(verdict) & {"de-bad-news", "fr-bad-news"}, verdict.hits


PITCHES = [
    ("Hallo Sam,\n\nich hätte dir gern schon etwas anderes berichtet, aber der Kunde hat noch nicht entschieden. "
     "Nebenbei: ich habe drei Mandate im Marketing, die gut zu dir passen könnten."),
    ("Bonjour Sam,\n\nj'ai actuellement deux missions en marketing digital qui pourraient vous intéresser. "
     "Seriez-vous disponible pour en parler jeudi ?"),
]


@pytest.mark.parametrize("body", PITCHES)
def test_a_pitch_or_a_hope_with_no_verdict_is_no_rejection(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits


# -- decided against the reader, named after the comma
AGAINST_READER = [
    ("Liebe Sam,\n\ndanke für deine Präsentation. Wir haben danach lange beraten und uns am Ende dagegen "
     "entschieden, dich für die Rolle an Bord zu holen."),
    ("Sehr geehrte Frau Taylor,\n\nnach reiflicher Überlegung haben wir uns dagegen entschieden, Sie für die "
     "Position als Teamleitung einzustellen."),
    ("Hallo Sam,\n\nder Kunde hat sich schweren Herzens dagegen entschieden, mit dir in die letzte Runde zu "
     "gehen."),
    ("Hallo Sam,\n\nwir haben uns dagegen entschieden, Ihnen ein Angebot zu machen. Das ist nicht das, was Sie "
     "hören wollten, ich weiß."),
]


@pytest.mark.parametrize("body", AGAINST_READER)
def test_decided_against_the_reader_after_the_comma_is_a_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


NOT_AGAINST_READER = [
    # the reader's own choice
    ("Hallo Sam,\n\nschade, dass Sie sich dagegen entschieden haben, Ihre Bewerbung aufrechtzuerhalten. "
     "Wir wünschen Ihnen alles Gute."),
    # a choice about a meeting, no reader after the comma
    ("Hallo Sam,\n\nwir haben uns dagegen entschieden, das Gespräch zu verschieben: wir sehen uns also am "
     "Dienstag um zehn wie geplant."),
]


@pytest.mark.parametrize("body", NOT_AGAINST_READER)
def test_the_readers_choice_or_a_meeting_kept_is_no_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits


# -- a German condition by inversion guards its consequence
DEADLINES = [
    ("Guten Tag Sam Taylor,\n\nanbei der Link zu unserem Online-Test (ca. 45 Minuten). Liegt uns Ihr Ergebnis "
     "bis zum 12.11. nicht vor, können wir Ihre Bewerbung leider nicht weiter berücksichtigen."),
    ("Hallo Sam,\n\nhier ist deine Case Study für die nächste Runde. Hast du sie bis Sonntag nicht "
     "hochgeladen, können wir deine Bewerbung leider nicht weiter berücksichtigen."),
    ("Guten Tag,\n\nbitte laden Sie Ihre Zeugnisse im Portal hoch.\nErhalten wir die Unterlagen bis Freitag "
     "nicht, können wir Ihre Bewerbung leider nicht berücksichtigen."),
    ("Guten Tag,\n\ndanke für Ihre Bewerbung. Bitte beachten Sie: Wird das Assessment nicht fristgerecht "
     "abgeschlossen, können wir Ihre Bewerbung leider nicht weiter berücksichtigen."),
    # a deadline's consequence, no inversion
    ("Guten Tag,\n\nanbei der Link zum Test. Nach Ablauf der Frist können wir Ihre Bewerbung leider nicht "
     "mehr berücksichtigen."),
    ("Hallo Sam,\n\nbitte schick uns die Aufgabe bis Freitag zurück, sonst können wir deine Bewerbung leider "
     "nicht weiter berücksichtigen."),
    ("Bonjour,\n\nVoici le lien vers l'étude de cas, à rendre sous huit jours. Passé ce délai, nous ne "
     "pourrons malheureusement pas retenir votre candidature."),
]


@pytest.mark.parametrize("body", DEADLINES)
def test_a_condition_by_inversion_is_no_verdict(clf, body):
    verdict = _verdict(clf, body, headers=BULK)
    assert not verdict.rejection, verdict.hits


STATED_REASONS = [
    ("Guten Tag Sam Taylor,\n\nvielen Dank für Ihre Bewerbung. Da Ihr Profil nicht zu unseren Anforderungen "
     "passt, können wir Ihre Bewerbung leider nicht weiter berücksichtigen."),
    ("Hallo Sam,\n\nleider passt dein Profil nicht ganz, daher können wir deine Bewerbung nicht weiter "
     "berücksichtigen. Alles Gute!"),
    # the process over, not a deadline ahead
    ("Guten Tag Sam Taylor,\n\nnach Ablauf des Auswahlverfahrens können wir Ihre Bewerbung leider nicht "
     "berücksichtigen."),
    ("Hallo Sam,\n\nwir haben uns für eine andere Kandidatin entschieden, ansonsten hätten wir dich sehr gern "
     "ins Team geholt."),
]


@pytest.mark.parametrize("body", STATED_REASONS)
def test_a_reason_stated_before_the_verdict_is_no_condition(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


def test_an_invitation_with_a_long_object_is_an_invitation(clf):
    body = ("Guten Tag,\n\nwir freuen uns, Sie zum nächsten Schritt unseres Auswahlverfahrens in Hamburg "
            "einzuladen: einem Online-Assessment von etwa einer Stunde.")
    verdict = _verdict(clf, body, headers=BULK)
    assert "de-invitation" in _ids(verdict), verdict.hits
    assert not verdict.rejection, verdict.hits


# -- the owner's own HR system, a candidate under a gendered label
OWNER_HIRING = [
    "Bewerber:in:   Lena Vogt\nStelle:        Data Analyst (m/w/d)\nNeuer Status:  Abgelehnt",
    "Kandidat/in: Lena Vogt\nStelle: Data Analyst (m/w/d)\nStatus: Abgelehnt",
    "Bewerber*in: Lena Vogt\nStelle: Data Analyst (m/w/d)\nStatus: abgelehnt",
    "Bewerber(in): Lena Vogt\nStelle: Data Analyst (m/w/d)\nStatus: Abgelehnt",
]


@pytest.mark.parametrize("fields", OWNER_HIRING)
def test_an_hr_notice_about_a_gendered_candidate_label_is_the_owners_hiring(clf, fields):
    body = f"Hallo Sam,\n\nin deinem Recruiting-Prozess gibt es eine Änderung:\n\n{fields}\n\nDein HR-Team"
    verdict = _verdict(clf, body, subject="Statusänderung", headers=BULK)
    assert not verdict.rejection, verdict.hits


OWNER_HIRING_FR = [
    "Candidat·e : Léa Martin\nPoste : Chargé(e) de communication\nNouveau statut : Refusé",
    "Candidat(e) : Léa Martin\nPoste : Chargé(e) de communication\nStatut : Non retenu",
    "Candidat.e : Léa Martin\nPoste : Chargé(e) de communication\nStatut : Refusée",
]


@pytest.mark.parametrize("fields", OWNER_HIRING_FR)
def test_a_french_hr_notice_about_a_gendered_candidate_label_is_the_owners_hiring(clf, fields):
    body = f"Bonjour Sam,\n\nDu changement dans votre processus de recrutement :\n\n{fields}\n\nL'équipe RH"
    verdict = _verdict(clf, body, subject="Changement de statut", headers=BULK)
    assert not verdict.rejection, verdict.hits


def test_the_owners_own_status_under_a_gendered_label_stays_a_verdict(clf):
    body = ("Hallo Sam Taylor,\n\nes gibt Neuigkeiten zu Ihrer Bewerbung:\n\nBewerber:in: Sam Taylor\n"
            "Stelle: Data Analyst (m/w/d)\nStatus Ihrer Bewerbung: Abgelehnt\n\nIhr Recruiting-Team")
    verdict = _verdict(clf, body, subject="Statusänderung", headers=BULK)
    assert verdict.rejection, verdict.hits


# -- the role offered to another; a non-job word in the other's description
OFFERED_TO_ANOTHER = [
    ("Bonjour Sam,\n\nAprès mûre réflexion, nous avons décidé d'offrir le poste de responsable éditorial à une "
     "autre personne candidate, dont l'expérience des subventions culturelles répondait davantage à nos enjeux."),
    ("Bonjour Sam,\n\nLe comité a choisi d'offrir le poste à une autre candidate, qui connaît bien le "
     "financement participatif et les bourses d'auteurs."),
    ("Bonjour Sam,\n\nNous avons finalement offert le poste à un autre candidat. Son expérience des appels "
     "d'offres publics a fait la différence."),
    # the verdict rule and the clause rule both read it; the clause names the job
    ("Bonjour Sam,\n\nMalheureusement, le poste a été proposé à une autre candidate, dont le parcours en "
     "financement de projets correspondait davantage."),
]


@pytest.mark.parametrize("body", OFFERED_TO_ANOTHER)
def test_the_role_offered_to_another_is_a_verdict_whatever_the_others_background(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


NON_JOB_VERDICTS = [
    # a grant: the verdict names no job
    ("Bonjour,\n\nVotre demande de subvention n'a pas été retenue cette année : la commission a choisi "
     "d'autres projets."),
    # a flat: a job mentioned elsewhere, not in the verdict
    ("Bonjour Sam,\n\nLe propriétaire a retenu un autre candidat pour l'appartement de la rue Monge, malgré "
     "votre emploi stable et un dossier complet."),
    # a loan, in English: a job change mentioned, not in the verdict
    ("Hi Sam,\n\nThe lender has declined your mortgage application: their underwriters were not comfortable "
     "with your recent job change."),
]


@pytest.mark.parametrize("body", NON_JOB_VERDICTS)
def test_a_non_job_verdict_that_names_no_job_stays_no_rejection(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits


# -- a parcel or an order refused
PARCELS = [
    ("Bonjour Sam Taylor,\n\nVotre colis n'a pas pu être livré.\n\nN° de suivi : CR 1234 5678\n"
     "Statut : Refusé par le destinataire – retour à l'expéditeur"),
    ("Bonjour,\n\nVotre commande n° 88412 a été mise à jour.\nStatut : refusée\n\nL'équipe Boutique Nord"),
    ("Hallo Sam,\n\nIhre Bestellung Nr. 5532 wurde aktualisiert.\nStatus: abgelehnt\n\nIhr Shop-Team"),
]


@pytest.mark.parametrize("body", PARCELS)
def test_a_parcel_or_an_order_refused_is_no_candidacys_status(clf, body):
    verdict = _verdict(clf, body, subject="Suivi de votre envoi", headers=BULK)
    assert not verdict.rejection, verdict.hits


def test_a_candidate_portals_status_stays_a_verdict(clf):
    body = ("Bonjour Sam Taylor,\n\nLe statut de votre candidature au poste de Chargé de projet a changé.\n\n"
            "Statut de votre candidature : Refusée\n\nL'équipe recrutement")
    verdict = _verdict(clf, body, subject="Mise à jour de votre candidature", headers=BULK)
    assert verdict.rejection, verdict.hits
