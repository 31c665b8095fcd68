"""German and French mechanisms of issue 11, round 8, in wording of our own, beside their nearest opposites:

- a job board relaying that the employer ANSWERED the reader's application ("L'entreprise X vous a répondu
  concernant votre candidature : « … »", "Firma X hat auf Ihre Bewerbung geantwortet: „…“") relays the
  employer's words: the quotation is evidence, and the bulk headers do not outweigh the verdict in it; a
  newsletter's sample letter under the noun ("une réponse à votre candidature ? Voici un exemple : « … »")
  stays someone else's words;
- an invitation to apply for other roles or to register ("laden Sie ein, sich auf weitere Stellen zu
  bewerben") consoles after a no, it is no interview invitation; the wish to invite ("möchten Sie zu einem
  Gespräch einladen") is one; an invitation to take a test is a next step (de-test-invitation);
- papers defined by a negated participle or a lack ("nicht fristgerecht abgeschlossene Tests",
  "unvollständige Bewerbungen … können nicht berücksichtigt werden") are a policy, no verdict on the reader;
- « la décision n'est pas en votre faveur » (fr-clause-not-in-favour, as German's "nicht zu Ihren Gunsten");
- no decision taken, the candidacy still active, the reader among the finalists: a paused process, no no;
- a talk submitted to a programme committee is no job (de-non-job); colloquial "nich" negates.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message

BULK = "List-Unsubscribe: <https://board.example/u/1>\nPrecedence: bulk\n"


def _verdict(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


RELAYS = [
    ("Bonjour Sam Taylor,\n\nLa société Atelier Nord vous a répondu au sujet de votre candidature au poste "
     "de Chargé de communication (H/F).\n\n« Bonjour, merci de l'intérêt porté à notre entreprise. Après "
     "étude, nous avons choisi de ne pas retenir votre candidature pour ce poste. Bonne continuation. »\n\n"
     "Voir ma candidature\n\n8 nouvelles offres correspondent à votre recherche."),
    ("Hallo Sam Taylor,\n\ndie Firma Nordlicht Logistik hat auf Ihre Bewerbung als Data Analyst "
     "geantwortet:\n\n„Guten Tag, vielen Dank für Ihr Interesse an unserem Unternehmen. Nach sorgfältiger "
     "Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen.“\n\n"
     "Zur Bewerbung"),
    ("Hi Sam,\n\nMarlow Freight has replied to your application for Operations Analyst:\n\n\"Hello, thanks "
     "for your interest in Marlow. After reviewing your application we have decided not to move forward "
     "with it at this stage.\"\n\nView application"),
]


@pytest.mark.parametrize("body", RELAYS)
def test_a_relay_of_the_employers_answer_is_the_employers_word(clf, body):
    verdict = _verdict(clf, body, subject="Réponse à votre candidature", headers=BULK)
    assert verdict.rejection, verdict.hits


def test_a_newsletters_sample_letter_under_the_noun_is_not_relayed(clf):
    body = ("Bonjour,\n\nVous avez reçu une réponse à votre candidature et vous ne savez pas comment la lire ? "
            "Voici un exemple type : « Bonjour, malheureusement votre profil ne correspond pas aux attentes "
            "du poste, nous vous souhaitons bonne chance dans vos recherches. » Nos conseils cette semaine.")
    verdict = _verdict(clf, body, subject="Conseils emploi", headers=BULK)
    assert not verdict.rejection, verdict.hits


REJECTIONS = [
    # a role filled, then an invitation to apply for others (formal and informal, reflexive sich / dich)
    "Guten Tag Sam,\n\ndie Position Growth Lead wurde inzwischen vergeben. Wir bedanken uns für Ihr Interesse "
    "und laden Sie herzlich ein, sich auf weitere Stellen in unserem Karriereportal zu bewerben.",
    "Hallo Sam,\n\ndie Stelle ist leider schon besetzt. Wir laden dich ein, dich gern wieder bei uns zu "
    "bewerben, wenn etwas Passendes dabei ist.",
    "Sehr geehrte/r Sam Taylor,\n\ndie ausgeschriebene Stelle wurde zwischenzeitlich nachbesetzt. Wir möchten "
    "Sie einladen, sich in unserem Talent-Newsletter für neue Ausschreibungen zu registrieren.",
    # the decision not in the reader's favour
    "Bonjour Sam,\n\nje reviens vers vous après les entretiens : la décision finale n'a malheureusement pas "
    "été en votre faveur.",
    "Salut Sam,\n\nmerci pour ta patience. Cette fois, le choix de l'équipe ne s'est pas fait en ta faveur, "
    "j'en suis désolée.",
    # colloquial "nich"
    "Hallo Sam,\n\ndanke dir fürs Gespräch! Leider hat es am Ende nich gepasst mit der Stelle, sorry.\n\nLG",
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_round8_rejections_are_rejections(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


HARD_NEGATIVES = [
    # an invitation to a test, with its policy for late work
    ("Hallo Sam,\n\nwir möchten dich einladen, als nächsten Schritt unsere Case Study zu bearbeiten. "
     "Nicht rechtzeitig hochgeladene Lösungen können leider nicht berücksichtigt werden.", "de-test-invitation"),
    # an acknowledgement with its policy for incomplete papers
    ("Guten Tag Sam,\n\nvielen Dank, Ihre Bewerbung ist bei uns eingegangen. Bitte beachten Sie: "
     "unvollständige oder verspätet eingereichte Unterlagen können leider nicht berücksichtigt werden.",
     None),
    # the wish to invite, beside another role's closure
    ("Hallo Sam,\n\ndie Stelle in Hamburg ist bereits besetzt, für die Position in Leipzig möchten wir Sie "
     "aber zu einem persönlichen Gespräch einladen.", "de-invitation"),
    # a talk submitted to a conference
    ("Liebe Sam,\n\nvielen Dank für die Einreichung deines Vortrags. Leider können wir ihn nicht "
     "berücksichtigen: das Programmkomitee hat sich für andere Themen entschieden.", "de-non-job"),
    ("Guten Tag Sam,\n\ndanke für Ihre Teilnahme an unserem Call for Papers. Leider konnten wir Ihren "
     "Beitrag dieses Jahr nicht berücksichtigen.", "de-non-job"),
    # a process paused, no decision taken, the reader still in it
    ("Bonjour Sam,\n\nle recrutement pour le poste de chef de produit est suspendu quelques semaines, le "
     "temps de valider le budget. Aucune décision n'a été prise et votre candidature reste active.",
     "fr-hedged-acknowledgement"),
    ("Bonjour Sam,\n\npetit point : le processus est en pause jusqu'à la fin du mois. Vous faites toujours "
     "partie des trois finalistes.", "fr-hedged-acknowledgement"),
    # the favour, hedged ("n'hésitez pas", "je plaiderai en votre faveur"): no verdict
    ("Bonjour Sam,\n\nrien n'est encore tranché ; je n'hésiterai pas à plaider en votre faveur auprès du "
     "comité.", None),
]


@pytest.mark.parametrize("body,mark", HARD_NEGATIVES)
def test_round8_hard_negatives_stay_negative(clf, body, mark):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
    if mark:
        assert mark in str(verdict.hits)


# -- round 8, second step: the role's closure is a rule apart from the verdict on the reader (de-role-closed,
# fr-role-closed), so a recruiter's pitch of a role in hand tips a closure recalled on the way, and a verdict on
# the reader's own candidacy beside the pitch still stands.

PITCH_AFTER_CLOSURE = [
    ("Hallo Sam,\n\ndie Stelle bei meinem Kunden wurde leider intern besetzt. Ich habe aber eine neue Rolle im "
     "Produktmarketing, die richtig gut zu dir passt. Hast du diese Woche Zeit für ein Telefonat?",
     "de-new-role-pitch"),
    ("Guten Tag Sam,\n\ndie Position als Teamleitung ist leider schon vergeben. Wir hätten jedoch eine ähnliche "
     "Vakanz in Graz, die gut zu Ihnen passen könnte – hätten Sie Interesse?", "de-new-role-pitch"),
    ("Bonjour Sam,\n\nle poste chez mon client a malheureusement été pourvu. J'ai en revanche une nouvelle "
     "mission qui pourrait vous correspondre : êtes-vous disponible pour en parler ?", "fr-new-role-pitch"),
]


@pytest.mark.parametrize("body,mark", PITCH_AFTER_CLOSURE)
def test_a_pitch_of_a_role_in_hand_tips_a_closure_recalled(clf, body, mark):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
    assert mark in str(verdict.hits)


VERDICT_AND_PITCH = [
    "Hallo Sam,\n\nmein Kunde hat sich leider gegen dein Profil entschieden, und die Stelle ist inzwischen "
    "besetzt. Ich habe aber eine neue Rolle, die gut zu dir passt – hast du Zeit?",
    "Bonjour Sam,\n\nle client ne retiendra pas votre candidature et le poste a été pourvu depuis. J'ai "
    "cependant une nouvelle mission qui pourrait vous intéresser.",
]


@pytest.mark.parametrize("body", VERDICT_AND_PITCH)
def test_a_verdict_on_the_reader_outweighs_the_pitch(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


MORE_GERMAN_NOS = [
    "Guten Tag Sam,\n\nder Fachbereich hat sich nach Durchsicht leider gegen Ihr Profil entschieden.",
    "Hallo Sam,\n\nwir konnten uns am Ende leider nicht für Sie entscheiden.",
    "Hallo Sam,\n\nich muss dir leider sagen, dass es mit der Rolle bei uns nichts geworden ist.",
    "Guten Tag Sam,\n\nwir haben uns für eine Lösung aus den eigenen Reihen entschieden.",
    "Hallo Sam,\n\ndein Werdegang passt leider nicht zu dem, was wir gerade suchen.",
    "Guten Tag Sam,\n\nder Kunde hat sich dagegen entschieden, Sie persönlich kennenzulernen.",
]


@pytest.mark.parametrize("body", MORE_GERMAN_NOS)
def test_more_german_ways_of_saying_no(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


STILL_IN = [
    ("Hallo Sam,\n\ndie Position ist vorübergehend pausiert, Ihre Bewerbung bleibt aber aktiv; wir melden uns "
     "im Januar.", "de-pending-reply"),
    # the reader's own "no" recalled, then the role filled since, then a pitch
    ("Bonjour Sam,\n\nen mai vous n'aviez pas souhaité poursuivre pour le poste de directeur marketing, qui a "
     "depuis été pourvu. J'ai deux nouvelles missions à vous présenter, un appel cette semaine ?",
     "fr-new-role-pitch"),
]


@pytest.mark.parametrize("body,mark", STILL_IN)
def test_still_in_or_own_choice_is_no_verdict(clf, body, mark):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
    assert mark in str(verdict.hits)


# -- round 8, third step: more ways ATS templates and recruiters say no, by structure.

MORE_NOS = [
    # the hiring side decided otherwise (not the reader: "Sie haben sich anders entschieden")
    "Hallo Sam,\n\ndanke für deine Nachricht. Leider muss ich dir sagen, dass die Fachabteilung sich anders "
    "entschieden hat.",
    # another choice made
    "Bonjour Sam,\n\nmerci pour ton message. Malheureusement le comité a fait un autre choix pour ce poste.",
    "Bonjour Sam,\n\nnotre choix s'est finalement porté ailleurs.",
    # a prospect not held out; not provided for the further selection; a suitable hire found
    "Guten Tag Sam,\n\nIhre Unterlagen haben uns gefallen, dennoch können wir Ihnen keine Position in "
    "Aussicht stellen.",
    "Guten Tag Sam,\n\nIhre Bewerbung wurde nicht für die weitere Auswahl vorgesehen.",
    "Guten Tag Sam,\n\nfür die Rolle haben wir mittlerweile eine geeignete Besetzung gefunden.",
    # colloquial French
    "Salut Sam,\n\nje suis désolé, ça ne va pas le faire pour le poste de chef de projet.",
]


@pytest.mark.parametrize("body", MORE_NOS)
def test_round8_more_ways_of_saying_no(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


NOT_YET = [
    # the reader decided otherwise; a suitable hire not yet found; a slot to choose again
    "Hallo Sam,\n\nschade, dass Sie sich anders entschieden haben – wir respektieren das natürlich.",
    "Guten Tag Sam,\n\nwir haben noch keine passende Besetzung gefunden und würden Sie gern kennenlernen.",
    "Bonjour Sam,\n\nle créneau de mardi est complet : pourriez-vous faire un autre choix de créneau ?",
]


@pytest.mark.parametrize("body", NOT_YET)
def test_round8_near_misses_stay_negative(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits


# -- round 8, fourth step: purposes that are not a verdict on a job application.

NOT_A_JOB_VERDICT = [
    # a funding round, a race's start places, a degree programme: no job
    ("Guten Tag Sam,\n\nleider können wir Ihr Vorhaben in dieser Förderrunde nicht berücksichtigen.", "de-non-job"),
    ("Hallo Sam,\n\nleider konnte Ihre Anmeldung nicht berücksichtigt werden, die Startplätze sind vergeben.",
     "de-non-job"),
    ("Bonjour Sam,\n\nnous sommes au regret de vous informer que votre candidature au mastère n'a pas été "
     "retenue.", "fr-non-job"),
    # an offer that mentions the others turned down
    ("Bonjour Sam,\n\nnous sommes ravis de vous proposer le poste ! Les autres candidats ont été informés "
     "qu'ils n'étaient pas retenus.", "fr-offer"),
    # one role filled, the wish to meet for the same role elsewhere
    ("Hallo Sam,\n\ndie Stelle in Graz ist leider schon vergeben. Wir würden dich aber gern für dieselbe Rolle "
     "in Linz kennenlernen – hast du Donnerstag Zeit?", "de-invitation"),
    ("Bonjour Sam,\n\nle poste à Nantes a été pourvu, mais nous souhaiterions vous rencontrer pour un "
     "entretien sur le même poste à Rennes.", "fr-invitation"),
]


@pytest.mark.parametrize("body,mark", NOT_A_JOB_VERDICT)
def test_round8_other_purposes_stay_negative(clf, body, mark):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
    assert mark in str(verdict.hits)


def test_a_rejection_that_promises_to_meet_in_future_is_still_one(clf):
    body = ("Hallo Sam,\n\nwir haben uns für eine andere Kandidatin entschieden. Wir würden Sie aber gern in "
            "Zukunft bei einer anderen Gelegenheit kennenlernen.")
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


def test_a_missing_paper_is_a_requirement_not_a_verdict(clf):
    body = ("Guten Tag Sam,\n\ndanke für Ihre Bewerbung. Bitte haben Sie Verständnis, dass wir Bewerbungen ohne "
            "Anschreiben nicht berücksichtigen können – könnten Sie es nachreichen?")
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
