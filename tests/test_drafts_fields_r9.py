"""Follow-up fields, round 9: a job board or network passing on an employer's answer. The
organisation the board says acted on the application is the company, never the board (its
display name, its domain, its team's signature) nor the owner's own employer from their profile;
a board's generic inbox is nobody to write to.

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
            f"Date: Tue, 1 Dec 2026 09:00:00 +0000\nMessage-ID: <r9@example.test>\n{extra}MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def details(body: str, **kw):
    return extract_details(parse_message(eml(body, **kw)), SAM)


# --- the employer a board names as acting, not the board ---------------------------------------

@pytest.mark.parametrize("frm, subject, body, want", [
    # a board nobody has listed, writing from its team inbox
    ("Jobwharf <team@jobwharf.example>", "An update on your application",
     "Hi Sam,\n\nMarrowbone Dairies has reviewed your application for Brand Manager. They have decided "
     "not to take it further.\n\nKeep exploring roles on Jobwharf.\n\nThe Jobwharf team", "Marrowbone Dairies"),
    # Spanish, a past form without an auxiliary; the board's sign-off names it again
    ("Empleomar <no-responder@empleomar.example>", "Novedades de tu postulación",
     "Hola Sam,\n\nCafés del Ulla revisó tu postulación para Analista de Marketing y decidió no "
     "continuar.\n\nSigue buscando en Empleomar.\n\nEquipo Empleomar", "Cafés del Ulla"),
    # German: "X hat Ihre Bewerbung ..."
    ("Stellenhafen <noreply@stellenhafen.example>", "Neuigkeiten zu Ihrer Bewerbung",
     "Guten Tag Sam Taylor,\n\nWeidenhof Brauerei hat Ihre Bewerbung als Marketing Manager geprüft und sich "
     "für eine andere Person entschieden.\n\nIhr Stellenhafen-Team", "Weidenhof Brauerei"),
    # French: "X vous a répondu"
    ("Emploiloup <ne-pas-repondre@emploiloup.example>", "Réponse à votre candidature",
     "Bonjour Sam,\n\nAteliers Vauclair vous a répondu : votre candidature au poste de Chef de produit "
     "n'a pas été retenue.\n\nL'équipe Emploiloup", "Ateliers Vauclair"),
    # Portuguese, a past form without an auxiliary
    ("Vagaluz <noreply@vagaluz.example>", "Atualização da candidatura",
     "Olá Sam,\n\nConservas Ribamar atualizou o estado da sua candidatura: não selecionada.\n\n"
     "Equipa Vagaluz", "Conservas Ribamar"),
])
def test_a_relaying_board_gives_the_employer_it_names_as_acting(frm, subject, body, want):
    assert details(body, frm=frm, subject=subject).company == want


def test_the_owners_own_employer_in_their_profile_line_is_not_the_company():
    d = details("Your application was viewed by Lindqvist Audio\nSound Designer\n\nLindqvist Audio has decided "
                "to pursue other candidates.\n\nThis email was intended for Sam Taylor (Producer at Halden "
                "Broadcasting Group).\nUnsubscribe",
                frm="Netlink <jobs-noreply@netlink.example>", subject="Sam, an update from Lindqvist Audio")
    assert d.company == "Lindqvist Audio"


def test_a_single_word_opening_a_sentence_is_no_actor():
    # "All qualified applicants ..." and "Having reviewed ..." open sentences: no organisation acted
    d = details("Dear Sam,\n\nHaving reviewed your application, we will not proceed.\n\nKelderwood Insurance is an "
                "equal opportunity employer. All qualified applicants received consideration.\n\nKelderwood "
                "Insurance Talent Team",
                frm="Kelderwood Insurance <noreply@kelderwood.example>", subject="Your application")
    assert d.company == "Kelderwood Insurance"


def test_an_employers_own_noreply_mail_keeps_its_name():
    # the sender speaks of itself: no relay, its name stays the company
    d = details("Hi Sam,\n\nBrackenridge Labs has reviewed your application and will not move forward.\n\n"
                "Brackenridge Labs Recruiting",
                frm="Brackenridge Labs Careers <careers-noreply@brackenridge.example>")
    assert d.company == "Brackenridge Labs"


def test_a_boards_generic_inbox_is_nobody_to_write_to():
    d = details("Dear Sam\n\nThank you for applying via Jobwharf.\n\nHollin Marine has reviewed your application. "
                "Regrettably you will not be considered further.\n\nJobwharf Candidate Care",
                frm="Jobwharf <applications@jobwharf.example>", subject="Feedback on your application")
    assert (d.company, d.reply_to) == ("Hollin Marine", None)


def test_an_employers_own_team_inbox_stays_the_address():
    d = details("Hi Sam,\n\nThanks for your time. Quenby Tools has decided not to move forward.\n\nBest,\n"
                "The Quenby Tools team", frm="Quenby Tools <team@quenbytools.example>")
    assert d.reply_to == "team@quenbytools.example"
