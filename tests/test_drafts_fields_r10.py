"""Follow-up fields, round 10: where a job title ends. A title goes on with the field it names
after a preposition ("… en ressources humaines", "… für besondere Aufgaben", a specialism in
brackets with "&"), and ends where a clause starts after a comma (an indefinite article, a
negation, a past participle: ", une personne déjà …", ", non proseguiamo", ", affecté à …").

Every message here is written for these tests (names, firms and wording are made up); each test
names the mechanism it holds, not a phrase from a labelled set.
"""
from __future__ import annotations

import pytest

from classifiers.message import parse_message
from drafts import Identity, extract_details

SAM = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam")


def details(body: str, subject: str = "Suite de votre candidature",
            frm: str = "Claire Dumont <claire.dumont@verrerie-ouest.example>"):
    raw = (f"From: {frm}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
           f"Date: Tue, 1 Dec 2026 09:00:00 +0000\nMessage-ID: <r10@example.test>\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return extract_details(parse_message(raw), SAM)


# --- a field after "en" (French, Spanish) goes on the title -------------------------------------

@pytest.mark.parametrize("body, want", [
    ("Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste de chargé(e) en "
     "prévention des risques à notre siège. Nous ne pouvons pas y donner une suite favorable.\n\n"
     "Claire Dumont", "chargé(e) en prévention des risques"),
    # an inclusive ending marks the head; the field wraps onto the next line
    ("Bonjour Sam,\n\nVotre candidature au poste de Technicien·ne en\nmaintenance industrielle n'a "
     "pas été retenue.\n\nClaire Dumont", "Technicien·ne en maintenance industrielle"),
    ("Hola Sam:\n\nGracias por tu interés en el puesto de Técnico en calidad ambiental. Lamentamos "
     "comunicarte que no seguiremos con tu candidatura.\n\nClaire Dumont", "Técnico en calidad ambiental"),
])
def test_a_field_after_en_stays_in_the_title(body, want):
    assert details(body).role == want


@pytest.mark.parametrize("body, want", [
    # an adverbial after "en" is the sentence going on, not a field
    ("Bonjour Sam,\n\nLe poste de Responsable Achats en cours de recrutement a été pourvu.\n\n"
     "Claire Dumont", "Responsable Achats"),
    # a work arrangement is no field
    ("Bonjour Sam,\n\nVotre candidature au poste de Développeur·se en télétravail n'a pas été "
     "retenue.\n\nClaire Dumont", "Développeur·se"),
])
def test_an_adverbial_after_en_ends_the_title(body, want):
    assert details(body).role == want


# --- German: "für" + adjective + noun closing the title ------------------------------------------

def test_fuer_with_an_adjective_and_its_noun_stays_in_the_title():
    d = details("Sehr geehrte Frau Taylor,\n\nleider können wir Sie für die Stelle als Referent "
                "für internationale Beziehungen (Forschung & Lehre) nicht berücksichtigen.\n\n"
                "Mit freundlichen Grüßen\nClaire Dumont", subject="Ihre Bewerbung")
    assert d.role == "Referent für internationale Beziehungen (Forschung & Lehre)"


def test_fuer_with_a_sentence_going_on_ends_the_title():
    d = details("Sehr geehrte Frau Taylor,\n\nleider können wir Sie als Projektleiter für weitere "
                "Gespräche nicht berücksichtigen.\n\nMit freundlichen Grüßen\nClaire Dumont",
                subject="Ihre Bewerbung")
    assert d.role == "Projektleiter"


# --- after a comma: a clause, not an area ---------------------------------------------------------

@pytest.mark.parametrize("body, want", [
    ("Bonjour Sam,\n\nNous avons retenu pour le poste de Directrice export, une personne "
     "plus expérimentée.\n\nClaire Dumont", "Directrice export"),
    ("Ciao Sam,\n\nper la posizione di Responsabile Acquisti di Stabilimento, non andiamo "
     "avanti.\n\nClaire Dumont", "Responsabile Acquisti di Stabilimento"),
    ("Bonjour Sam,\n\nVotre candidature au poste de Chargée de mission, rattachée à la direction "
     "générale, n'a pas été retenue.\n\nClaire Dumont", "Chargée de mission"),
])
def test_a_clause_after_a_comma_is_no_area(body, want):
    assert details(body).role == want


def test_an_area_after_a_comma_still_stays():
    d = details("Bonjour Sam,\n\nVotre candidature au poste de Directeur(trice), stratégie de "
                "contenu. Elle n'a pas été retenue.\n\nClaire Dumont")
    assert d.role == "Directeur(trice), stratégie de contenu"


# --- a narrow mail breaks the title at a line's end ---------------------------------------------

@pytest.mark.parametrize("subject, body, want", [
    ("Alumni Relations Manager (Regional) - application update",
     "Dear Sam,\n\nThank you for applying for the Alumni\nRelations Manager (Regional) position at\n"
     "Fernhill Analytics. We will not be moving\nforward with your application.\n\nKind regards,\n"
     "Claire Dumont", "Alumni Relations Manager (Regional)"),
    ("Ihre Bewerbung: Leitung Digitales Marketing",
     "Sehr geehrte Frau Taylor,\n\nvielen Dank für Ihre Bewerbung als Leitung\nDigitales Marketing. "
     "Leider müssen wir Ihnen\nabsagen.\n\nMit freundlichen Grüßen\nClaire Dumont",
     "Leitung Digitales Marketing"),
])
def test_a_title_broken_over_two_lines_is_read_whole(subject, body, want):
    assert details(body, subject=subject).role == want


def test_a_word_ending_the_line_before_a_title_is_not_joined_to_it_by_itself():
    # the subject does not write "Our Data Engineer": the line's last word stays out
    d = details("Dear Sam,\n\nThank you for your interest in our\nData Engineer position. We will not "
                "be moving forward.\n\nKind regards,\nClaire Dumont", subject="Data Engineer")
    assert d.role == "Data Engineer"


def test_en_after_an_english_title_cased_title_is_no_field():
    # Belgian French: "en fait partie" goes on the sentence after an English title
    d = details("Bonjour Sam,\n\nLe poste de Marketing Lead en fait partie, il est gelé.\n\nClaire Dumont")
    assert d.role == "Marketing Lead"
