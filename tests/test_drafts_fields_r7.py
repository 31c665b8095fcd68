"""Follow-up fields, round 7: where a title ends (a conjunction joining a second field, a form
label or a person's name after its dash, an emoji), and more (see each section).

Every message here is written for these tests (names, firms and wording are made up); each test
names the mechanism it holds, not a phrase from a labelled set.
"""
from __future__ import annotations

import pytest

from classifiers.message import parse_message
from drafts import Identity, extract_details

SAM = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam")


def eml(body: str, *, frm: str, subject: str = "Your application", extra: str = "") -> bytes:
    return (f"From: {frm}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            f"Date: Tue, 1 Dec 2026 09:00:00 +0000\nMessage-ID: <r7@example.test>\n{extra}MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def details(body: str, **kw):
    return extract_details(parse_message(eml(body, **kw)), SAM)


# --- a conjunction inside a title joins its second field ---------------------------------------

@pytest.mark.parametrize("subject, body, want", [
    ("Uw sollicitatie", "Beste Sam,\n\nU solliciteerde op de functie van Medewerker Inkoop en Logistiek "
     "(vacature 77-12). Helaas gaan wij niet verder met uw sollicitatie.\n\nMet vriendelijke groet,\nPetra de Wit",
     "Medewerker Inkoop en Logistiek"),
    ("Votre candidature", "Bonjour Sam,\n\nMerci pour votre candidature au poste de chargé(e) de projets et "
     "partenariats, nous ne pouvons malheureusement pas y donner suite.\n\nCordialement,\nLéa Roux",
     "chargé(e) de projets et partenariats"),
    ("Tu candidatura", "Hola Sam,\n\nGracias por tu interés en el puesto de Analista de datos y reporting. "
     "Lamentablemente hemos elegido a otra persona.\n\nSaludos,\nMarta Gil",
     "Analista de datos y reporting"),
])
def test_a_conjunction_joins_a_second_field_of_the_title(subject, body, want):
    d = details(body, frm="hr@firma-noord.example", subject=subject)
    assert d.role == want


def test_spanish_en_after_a_title_says_where_not_a_second_field():
    d = details("Hola Sam,\n\nGracias por postularte al puesto de Analista Financiero en Zaragoza. "
                "Lamentablemente hemos elegido a otra persona.\n\nSaludos,\nMarta Gil",
                frm="empleo@grupo-ebro.example", subject="Tu candidatura")
    assert d.role == "Analista Financiero"


def test_the_sentence_going_on_after_et_is_no_second_field():
    d = details("Bonjour Sam,\n\nVotre candidature au poste de Responsable de la paie et nous vous "
                "remercions.\nNous avons retenu un autre profil.\n\nCordialement,\nLéa Roux",
                frm="rh@maison-roux.example", subject="Candidature")
    assert d.role == "Responsable de la paie"


# --- what follows a title's dash that is no part of it -----------------------------------------

@pytest.mark.parametrize("subject, want", [
    ("Fwd: Head of Partnerships - Sam Taylor", "Head of Partnerships"),
    ("WG: Leiter Vertrieb – Sam Taylor", "Leiter Vertrieb"),
])
def test_the_owners_name_after_a_dash_is_not_part_of_the_role(subject, want):
    d = details("Hi Sam,\n\nThanks for your time. We decided to go with another candidate.\n\nBest,\nNoor Haddad",
                frm="Noor Haddad <noor@quayside.example>", subject=subject)
    assert d.role == want


def test_a_form_label_after_a_title_dash_is_cut_with_its_number():
    d = details("Sehr geehrte Frau Taylor,\n\nleider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
                frm="jobs@talhof-bau.example", subject="Ihre Bewerbung: Projektleiter Hochbau (m/w/d) – Job-ID 55120")
    assert d.role == "Projektleiter Hochbau (m/w/d)"


@pytest.mark.parametrize("body, want", [
    ("Hi Sam,\n\nThanks for applying for the position of Product Designer 🎨 with us. We won't be moving "
     "forward this time.\n\nCheers,\nJo Park", "Product Designer"),
    ("Salut Sam,\n\nMerci pour ta candidature au poste de Growth Manager 🙏 ! Nous avons choisi un autre "
     "profil.\n\nBelle journée,\nJo Park", "Growth Manager"),
])
def test_an_emoji_is_no_part_of_the_role(body, want):
    d = details(body, frm="Jo Park <jo@brightkite.example>", subject="Update")
    assert d.role == want
