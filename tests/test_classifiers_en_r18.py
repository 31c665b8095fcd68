"""Issue 11, round 18: mechanisms that failed on wave Q (en24, intl37, intl38), each with variants in our own words and
the nearest opposite.

1. Relays (design A, widened): an ATS or network message with bulk-mail headers that greets the owner and whose verdict
   is about the reader's role (the role closed, filled or cancelled, not only another candidate chosen) and names the
   role in the verdict's own words is the recruiter's word to the reader; a job the reader saved or a job alert that
   mentions a closed job stays negative.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import mail

BULK = "List-Unsubscribe: <https://click.example/u/x>\nAuto-Submitted: auto-generated\n"


def _mail(sender: str, subject: str, body: str, headers: str = "") -> bytes:
    return mail(sender, subject, body, headers, tag="r18-en")


def classify(clf, sender: str, subject: str, body: str, headers: str = ""):
    return clf.classify(parse_message(_mail(sender, subject, body, headers)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


# -- 1. relays whose verdict closes the reader's role ------------------------------------------------------------

# (English text rules score a closed role above the bulk discount on their own; the clause rules of the other
# languages score it at the threshold, which the discount sank)
@pytest.mark.parametrize("subject, body", [
    ("Actualización sobre el proceso",
     "Hola Sam,\n\nTe escribo para contarte cómo siguió todo. Tras revisar el presupuesto, decidimos cerrar el cargo "
     "de Analista de Datos.\n\nUn saludo,\nLucía\nEquipo de Personas"),
    ("Aggiornamento sulla posizione",
     "Ciao Sam,\n\nTi scrivo per aggiornarti. Dopo una riorganizzazione abbiamo deciso di chiudere la posizione di "
     "Addetto Vendite.\n\nUn saluto,\nGiulia\nTeam HR"),
    ("Atualização sobre a vaga",
     "Olá Sam,\n\nEscrevo para contar como ficou o processo. Depois de rever o orçamento, decidimos encerrar a vaga "
     "de Analista de Dados.\n\nAbraço,\nMarta\nEquipe de Pessoas"),
    ("Update zur Stelle",
     "Hallo Sam,\n\nkurz ein Update zum Verfahren. Nach einer Umstrukturierung haben wir entschieden, die Stelle als "
     "Vertriebsleiter nicht zu besetzen.\n\nViele Grüße\nJana\nPeople Team"),
    ("Mise à jour sur le poste",
     "Bonjour Sam,\n\nUn petit point sur le processus. Après une réorganisation, nous avons décidé de fermer le poste "
     "de Chargé de clientèle.\n\nBien à vous,\nClaire\nÉquipe RH"),
])
def test_ats_relay_greeting_owner_with_role_closed(clf, subject, body):
    v = classify(clf, "Hiring Team <no-reply@ats.example>", subject, body, BULK)
    assert v.rejection, why(v)


@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nHere are new jobs for your alert \"Sales Lead\":\n- Sales Lead - Pinecone - Leeds\n- Account Executive - "
    "Larch - York\n\nThe Field Sales Lead role you saved has been filled and is no longer available.\n\nUnsubscribe",
    "Hi Sam,\n\nA note on your saved jobs: we have decided to close the Field Sales Lead role listing, as the employer "
    "took it down. You had not applied yet.\n\nBrowse similar roles\n\nUnsubscribe",
])
def test_saved_job_closed_in_bulk_mail_stays_negative(clf, body):
    v = classify(clf, "JobBoard <alerts@jobboard.example>", "New jobs for you", body, BULK)
    assert not v.rejection, why(v)



@pytest.mark.parametrize("body", [
    "Hola Sam,\n\nNuevas ofertas para tu alerta «Analista»:\n- Analista de Datos - Pino - Lima\n\nLa oferta guardada "
    "«Analista BI»: la empresa decidió cerrar el cargo de Analista BI.\n\nDarse de baja",
    "Bonjour Sam,\n\nVoici les offres de votre alerte « Chargé de clientèle ».\n\nL'offre que vous aviez sauvegardée : "
    "l'entreprise a décidé de fermer le poste de Chargé de clientèle.\n\nSe désabonner",
])
def test_saved_job_closed_in_other_languages_stays_negative(clf, body):
    v = classify(clf, "JobBoard <alerts@jobboard.example>", "Nuevas ofertas / Nouvelles offres", body, BULK)
    assert not v.rejection, why(v)


# -- 2. a hard-wrapped line whose next line opens with a capitalised noun ----------------------------------------

@pytest.mark.parametrize("status", [
    "Status: Der Arbeitgeber hat sich gegen eine weitere\nBerücksichtigung entschieden.",
    "Stand: Das Unternehmen hat sich gegen eine weitere\nBerücksichtigung Ihrer Unterlagen entschieden.",
])
def test_german_wrap_before_a_noun_is_joined(clf, status):
    v = classify(clf, "Jobportal <noreply@portal.example>", "Neuigkeiten zu Ihrer Bewerbung",
                 f"Hallo Sam Taylor,\n\nes gibt Neuigkeiten zu Ihrer Bewerbung:\n\nBauzeichner (m/w/d)\nHolm GmbH · Linz"
                 f"\n\n{status}\n\nIhr Jobportal Team", BULK)
    assert v.rejection, why(v)


def test_unwrap_joins_only_after_a_word_that_needs_a_noun():
    from classifiers.classifier import _unwrap
    assert _unwrap("Wir haben uns gegen eine weitere\nBerücksichtigung entschieden") == \
        "Wir haben uns gegen eine weitere Berücksichtigung entschieden"
    assert _unwrap("Dank je wel voor de tijd en voor de\nFunctie van analist") == \
        "Dank je wel voor de tijd en voor de Functie van analist"
    # a clause closed by a verb particle or a pronoun keeps its break before the sign-off
    for text in ("Bitte füllen Sie das Formular bis Freitag aus\nViele Grüße",
                 "We nemen binnenkort contact met je op\nMet vriendelijke groet",
                 "Thank you again and sorry about this\nBest regards"):
        assert _unwrap(text) == text


# -- 3. a note about the owner in the third person, quoted by the recruiter who passes it on (design B) ----------

def _panel(note: str) -> str:
    return ("Dear Sam,\n\nThank you for coming in for the Ward Clerk interview. The panel's notes are back and I "
            f"wanted to pass them on, as you asked.\n\nThe panel wrote: \"{note}\"\n\nI'm sorry it isn't better news."
            "\n\nBest wishes,\nGemma")


@pytest.mark.parametrize("note", [
    "Sam gave clear, warm answers throughout. However, another candidate had more experience of ward systems, and the "
    "post has been offered to them.",
    "Sam prepared well and was personable. The panel has decided to appoint another applicant who has led a team "
    "before.",
])
def test_quoted_note_about_the_owner_is_their_news(clf, note):
    v = classify(clf, "Gemma Hurst <gemma.hurst@trust.example>", "Ward Clerk interview - feedback", _panel(note))
    assert v.rejection, why(v)


def test_quoted_note_about_the_owner_inviting_them_back_is_no_verdict(clf):
    v = classify(clf, "Gemma Hurst <gemma.hurst@trust.example>", "Ward Clerk interview - feedback",
                 "Dear Sam,\n\nThe panel's notes are back and I wanted to pass them on.\n\nThe panel wrote: \"Sam gave "
                 "clear, warm answers throughout, and we would like to invite Sam back for a second interview next "
                 "week.\"\n\nI'll be in touch with times.\n\nBest wishes,\nGemma")
    assert not v.rejection, why(v)


def test_quoted_letter_naming_nobody_stays_a_citation(clf):
    v = classify(clf, "Careers Blog <news@blog.example>", "Reading rejection letters",
                 "Hi Sam,\n\nThis week's tip. A typical letter says: \"Dear applicant, another candidate had more "
                 "experience, and the post has been offered to them.\" Here's how to reply.\n\nUnsubscribe",
                 "List-Unsubscribe: <https://click.example/u/x>\n")
    assert not v.rejection, why(v)


# -- 4. a recruiter pitching new roles, with an old role's closure recalled on the way ----------------------------

@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nAs promised, a couple of new ones: Demand Planner at Fernhill (Leeds) and Stock Analyst at Rowan Home "
    "(York).\n\nThe Ashby role I mentioned was filled before I could submit anyone, sadly, but these are both live. "
    "Would you like me to put you forward for either?\n\nMia",
    "Hi Sam,\n\nTwo fresh briefs below: Buyer at Quay Foods and Category Analyst at Moss & Co.\n\nThe Harrow role has "
    "been filled, unfortunately. Shall I put you forward for any of these?\n\nMia",
])
def test_recruiter_pitch_outweighs_an_old_role_filled(clf, body):
    v = classify(clf, "Mia Cole <mia@agency.example>", "New roles - interested?", body)
    assert not v.rejection, why(v)


def test_verdict_on_the_readers_candidacy_outweighs_the_pitch_question(clf):
    v = classify(clf, "Mia Cole <mia@agency.example>", "Re: Planner role",
                 "Hi Sam,\n\nSorry - the client has decided not to progress your application for the Planner role. "
                 "I have two others in hand, though. Shall I put you forward for either?\n\nMia")
    assert v.rejection, why(v)
