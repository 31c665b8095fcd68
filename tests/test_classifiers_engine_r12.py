"""Issue 11, round 12 (engine): mechanisms that failed on wave K, each with variants in our own words and the
nearest hard negatives.

1. Someone else's rejection passed on to the owner by a relative who shares the owner's surname ("Mia Taylor"
   forwarding "Liebe Mia Taylor, …"): the addressee's full name in the greeting and the forwarder's own name are
   not a mention of the owner, and a forwarded letter greeting the forwarder's surname ("Dear Mr Taylor") is not
   mail to the owner. A recruiter forwarding the owner's own rejection, or a note about the owner, still counts.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


def raw(text: str):
    return parse_message(text.encode())


def _mail(sender: str, subject: str, body: str) -> str:
    return (f"From: {sender}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            "Message-ID: <r12-engine@mailbox.example>\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n")


# -- 1. a relative's own rejection, forwarded for advice --------------------------------------------------------

# (forwarder, subject, the relative's note, separator and header lines, the employer's letter to the relative)
KIN = [
    ("Jonas Taylor <jonas.t@family-mail.example>", "WG: Ihre Bewerbung als Mechatroniker",
     "Hi Sam,\n\nguck dir das mal an, was ich heute bekommen habe. Was würdest du jetzt machen?\n\nJonas",
     "---------- Weitergeleitete Nachricht ---------\nVon: Personal Kranwerk <personal@kranwerk.example>\n"
     "Betreff: Ihre Bewerbung als Mechatroniker\nAn: <jonas.t@family-mail.example>",
     "Lieber Jonas Taylor,\n\nvielen Dank für Ihr Interesse an einer Ausbildung bei uns. Leider müssen wir Ihnen "
     "mitteilen, dass wir uns für andere Bewerber entschieden haben.\n\nFreundliche Grüße\nIhr Kranwerk-Team"),
    ("Léo Taylor <leo.taylor@family-mail.example>", "TR: Votre candidature – Stage comptable",
     "Salut Sam,\n\nregarde ce que j'ai reçu ce matin... tu en penses quoi ?\n\nLéo",
     "-------- Message transféré --------\nDe : Recrutement Valdor <recrutement@valdor.example>\n"
     "Sujet : Votre candidature – Stage comptable\nÀ : leo.taylor@family-mail.example",
     "Bonjour Léo Taylor,\n\nNous vous remercions pour votre candidature. Malheureusement, celle-ci n'a pas été "
     "retenue pour la suite du processus.\n\nCordialement,\nL'équipe Recrutement"),
    ("Noah Taylor <noah.taylor@family-mail.example>", "Fwd: Your application - Graduate Analyst",
     "Hey Sam,\n\nmy first one back from the graduate scheme, not the news I wanted. Any tips?\n\nNoah",
     "---------- Forwarded message ---------\nFrom: Graduate Recruitment <grads@harbourline.example>\n"
     "Subject: Your application - Graduate Analyst\nTo: noah.taylor@family-mail.example",
     "Dear Mr Taylor,\n\nThank you for applying to our graduate programme. Unfortunately we have decided not to "
     "progress your application further.\n\nKind regards,\nGraduate Recruitment"),
    ("Lucía Taylor <lucia.taylor@family-mail.example>", "RV: Tu candidatura",
     "Hola Sam,\n\nmira lo que me ha llegado, ¿tú qué harías?\n\nLucía",
     "---------- Mensaje reenviado ---------\nDe: Selección Marea <seleccion@marea.example>\n"
     "Asunto: Tu candidatura\nPara: lucia.taylor@family-mail.example",
     "Estimada Lucía Taylor:\n\nGracias por tu interés. Lamentablemente, hemos decidido seguir adelante con otros "
     "candidatos para este puesto.\n\nUn saludo,\nEquipo de Selección"),
]


@pytest.mark.parametrize("sender,subject,note,head,letter", KIN, ids=["de", "fr", "en-surname", "es"])
def test_a_relatives_own_rejection_forwarded_for_advice_is_not_the_owners(clf, sender, subject, note, head, letter):
    v = clf.classify(raw(_mail(sender, subject, note + "\n\n" + head + "\n\n" + letter)))
    assert not v.rejection, why(v)


def test_a_recruiter_forwarding_the_owners_own_rejection_still_counts(clf):
    body = ("Hi Sam,\n\nForwarding the message below from the hiring team - I'm sorry it isn't better news.\n\n"
            "Mira\n\n---------- Forwarded message ---------\nFrom: Talent Team <talent@harbourline.example>\n"
            "Subject: Your application - Insights Lead\nTo: Mira Okafor <mira.okafor@brightsearch.example>\n\n"
            "Hi Mira,\n\nThanks for introducing Sam Taylor. After the panel we have decided not to move forward "
            "with Sam for the Insights Lead role.\n\nBest,\nTalent Team")
    v = clf.classify(raw(_mail("Mira Okafor <mira.okafor@brightsearch.example>", "Fwd: Insights Lead", body)))
    assert v.rejection, why(v)


def test_a_forwarded_letter_greeting_the_owner_by_full_name_still_counts(clf):
    body = ("Hallo Sam,\n\ndie Nachricht ging versehentlich an mich, hier ist sie.\n\nMira\n\n"
            "---------- Weitergeleitete Nachricht ---------\nVon: Personal Kranwerk <personal@kranwerk.example>\n"
            "Betreff: Ihre Bewerbung\nAn: <mira.okafor@brightsearch.example>\n\n"
            "Liebe Sam Taylor,\n\nleider haben wir uns für andere Bewerberinnen und Bewerber entschieden.\n\n"
            "Freundliche Grüße\nKranwerk")
    v = clf.classify(raw(_mail("Mira Okafor <mira.okafor@brightsearch.example>", "WG: Ihre Bewerbung", body)))
    assert v.rejection, why(v)


# -- 2. negations per language ------------------------------------------------------------------------------------

def _ids(v):
    return {h.id for h in v.hits}


@pytest.mark.parametrize("text", [
    "Bonjour Sam,\n\nFin mai nous avons retenu une autre candidature pour le poste de chargé d'études.\n\nCordialement,\nNadia",
    "Bonjour Sam,\n\nDébut mai nous avons choisi un autre profil, plus proche du terrain.\n\nCordialement,\nNadia",
])
def test_the_french_month_mai_is_no_negation(clf, text):
    v = clf.classify(raw(_mail("Nadia Roux <nadia.roux@valdor.example>", "Votre candidature", text)))
    assert "fr-other-candidate" in _ids(v), why(v)


def test_a_french_negation_still_negates(clf):
    text = ("Bonjour Sam,\n\nNous n'avons pas retenu un autre profil : le poste reste ouvert et nous aimerions "
            "vous rencontrer.\n\nCordialement,\nNadia")
    v = clf.classify(raw(_mail("Nadia Roux <nadia.roux@valdor.example>", "Votre candidature", text)))
    assert "fr-other-candidate" not in _ids(v), why(v)


# -- 3. English: the offer made to someone named by a relative clause ---------------------------------------------

def _en(body: str):
    return _mail("Jo Brennan <jo.brennan@harbourline.example>", "Your application - Brand Lead", body)


@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nThanks again for your time. We have decided to offer it to someone who has run a regional desk before.\n\nJo",
    "Hi Sam,\n\nAfter the final round the panel decided to extend the offer to somebody that covered the maternity leave.\n\nJo",
    "Hi Sam,\n\nQuick update: the client has made an offer to someone who interviewed in the first week.\n\nJo",
    "Hi Sam,\n\nI'm sorry to say they have offered the post to someone who had covered it on an interim basis.\n\nJo",
])
def test_an_offer_made_to_someone_described_is_another_candidate_chosen(clf, text):
    v = clf.classify(raw(_en(text)))
    assert v.rejection, why(v)


@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nWe are hoping to offer this role to someone who can start in March. Would you be free for a call?\n\nJo",
    "Hi Sam,\n\nI've made an introduction to someone who is hiring a brand lead - shall I pass on your CV?\n\nJo",
    "Hi Sam,\n\nWe haven't decided to offer it to someone who lacks your depth; we would like a second call with you.\n\nJo",
])
def test_a_pitch_or_an_undecided_offer_to_someone_is_no_rejection(clf, text):
    v = clf.classify(raw(_en(text)))
    assert not v.rejection, why(v)


# -- 4. German: a recruiter's pitch names whom the client wants; an advert's deadline is no closure ----------------

def _de(body: str):
    return _mail("Jana Vogt <jana.vogt@talentbruecke.example>", "Neue Position: Leitung Kommunikation", body)


@pytest.mark.parametrize("text", [
    "Hallo Sam,\n\nmein Kunde möchte die Stelle mit einer Person besetzen, die Erfahrung im Markenaufbau mitbringt. "
    "Hätten Sie Zeit für ein kurzes Telefonat?\n\nViele Grüße\nJana",
    "Hallo Sam,\n\neine spannende Position: die Stelle wird bald nicht mehr ausgeschrieben, eine schnelle Bewerbung "
    "lohnt sich also. Interesse?\n\nViele Grüße\nJana",
    "Hallo Sam,\n\ndie Anzeige wird ab Montag nicht mehr ausgeschrieben; melden Sie sich gern vorher bei mir.\n\n"
    "Viele Grüße\nJana",
])
def test_a_german_pitch_or_advert_deadline_is_no_rejection(clf, text):
    v = clf.classify(raw(_de(text)))
    assert not v.rejection, why(v)


@pytest.mark.parametrize("text", [
    "Hallo Sam,\n\nleider haben wir die Stelle mit einer Person besetzt, die bereits im Haus tätig ist.\n\nViele Grüße\nJana",
    "Hallo Sam,\n\nwir machen mit einem Bewerber weiter, der länger im Vertrieb war.\n\nViele Grüße\nJana",
    "Hallo Sam,\n\ndie Stelle wird nicht mehr ausgeschrieben, wir haben sie intern vergeben.\n\nViele Grüße\nJana",
])
def test_a_german_role_given_to_someone_still_counts(clf, text):
    v = clf.classify(raw(_de(text)))
    assert v.rejection, why(v)


# -- 5. English: an ATS reminder that the reader's application is unfinished is no verdict ------------------------

@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nYour application was not complete - please upload your CV to continue.\n\nTalent Team",
    "Hi Sam,\n\nYour application can't move forward - please complete the short assessment to continue.\n\nTalent Team",
    "Hi Sam,\n\nWe could not progress your application - please attach a cover letter and we will pick it up.\n\nTalent Team",
])
def test_an_unfinished_application_reminder_is_no_rejection(clf, text):
    v = clf.classify(raw(_en(text)))
    assert not v.rejection, why(v)


@pytest.mark.parametrize("text", [
    "Hi Sam,\n\nWe will not progress your application - thank you for the time you gave us.\n\nTalent Team",
    "Hi Sam,\n\nYour application was not taken forward; please accept our thanks for applying.\n\nTalent Team",
])
def test_a_verdict_beside_a_courtesy_still_counts(clf, text):
    v = clf.classify(raw(_en(text)))
    assert v.rejection, why(v)
