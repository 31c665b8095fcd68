"""Follow-up fields, round 4: where a job title ends in German, Dutch and Romance sentences,
inclusive writing, label words in subjects, and the company a relayed message speaks for.

Every message here is written for these tests (names, firms and wording are made up); each test
names the mechanism it holds, not a phrase from a labelled set.
"""
from __future__ import annotations

import pytest

from classifiers.message import parse_message
from drafts import Identity, extract_details

SAM = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam")


def eml(body: str, *, frm: str, subject: str = "Ihre Bewerbung", extra: str = "",
        html: str | None = None) -> bytes:
    head = (f"From: {frm}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            f"Date: Tue, 10 Nov 2026 09:00:00 +0000\nMessage-ID: <r4@example.test>\n{extra}MIME-Version: 1.0\n")
    if html is None:
        return (head + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return (head + f"Content-Type: text/html; charset=utf-8\n\n{html}\n").encode()


def details(body: str, **kw):
    return extract_details(parse_message(eml(body, **kw)), SAM)


# --- where a title ends: the sentence going on is not part of it -----------------------------

@pytest.mark.parametrize("sentence, role", [
    # German puts the verb last: the participle or infinitive after the title is the clause's
    ("wir möchten uns herzlich für Ihre Bewerbung als Data Steward:in bedanken.", "Data Steward:in"),
    ("wir haben uns Ihre Bewerbung als Category Manager Frische sehr genau angesehen.",
     "Category Manager Frische"),
    ("danke, dass Sie am Auswahltag für die Stelle als Teamleiter Kundenservice teilgenommen haben.",
     "Teamleiter Kundenservice"),
    # Dutch, Italian, Portuguese, Spanish, French: a verb or an adverb after a Title Case title
    ("de vacature Office Manager Noord is helaas ingetrokken.", "Office Manager Noord"),
    ("la posizione di Responsabile Acquisti è stata coperta internamente.", "Responsabile Acquisti"),
    ("a vaga de Gerente de Operações Logísticas recaiu sobre outra pessoa.", "Gerente de Operações Logísticas"),
    ("el puesto de Jefe de Ventas Regional se cubrió con una persona del equipo.", "Jefe de Ventas Regional"),
    ("le poste de Head of Partnerships n'est plus ouvert cette année.", "Head of Partnerships"),
    # a lower-case title stops at a finite verb too
    ("le poste de chef de rayon frais sera finalement pourvu en interne.", "chef de rayon frais"),
])
def test_a_title_stops_where_the_sentence_goes_on(sentence, role):
    d = details(f"Hallo Sam,\n\n{sentence}\n\nViele Grüße\nRenate Vogt",
                frm="Renate Vogt <renate.vogt@kiesel-logistik.example>", subject="Rückmeldung")
    assert d.role == role


@pytest.mark.parametrize("sentence, role", [
    # a Romance title goes on in lower case after its head, and names its area after a comma
    ("Merci pour votre candidature au poste de Responsable éditorial numérique.",
     "Responsable éditorial numérique"),
    ("Merci pour votre candidature au poste de Directeur(trice), stratégie de marque, chez nous.",
     "Directeur(trice), stratégie de marque"),
    ("Merci pour votre candidature au poste de Conseiller·ère principal·e, relations médias.",
     "Conseiller·ère principal·e, relations médias"),
    ("Merci pour votre candidature au poste de Délégué-e à la formation.", "Délégué-e à la formation"),
    # German: "für" plus a noun is the title's specialism, "für Ihr ..." is the sentence
    ("vielen Dank für Ihre Bewerbung als Sachbearbeiter/in für Fördermittel.",
     "Sachbearbeiter/in für Fördermittel"),
    ("vielen Dank für Ihre Bewerbung als Projektleiter Bau für Ihr Interesse an uns.", "Projektleiter Bau"),
    # "à" plus a place ends a title
    ("Merci pour votre candidature au poste de Chargée de clientèle à Nantes.", "Chargée de clientèle"),
])
def test_inclusive_and_romance_titles_are_kept_whole(sentence, role):
    d = details(f"Bonjour Sam,\n\n{sentence} Nous ne donnerons pas suite.\n\nCordialement,\nInès Morel",
                frm="Inès Morel <ines.morel@pivoine-conseil.example>", subject="Votre candidature")
    assert d.role == role


@pytest.mark.parametrize("subject, role", [
    ("Réponse à votre candidature – Responsable logistique internationale",
     "Responsable logistique internationale"),
    ("Votre candidature – Gestionnaire(trice), paie et administration", "Gestionnaire(trice), paie et administration"),
])
def test_romance_titles_in_the_subject(subject, role):
    d = details("Bonjour Sam,\n\nNous ne donnerons pas suite à votre candidature.\n\nCordialement,\nLéa Brun",
                frm="Léa Brun <lea.brun@atelier-ormeau.example>", subject=subject)
    assert d.role == role
