"""Structural extraction cases: team display names, a person on a role mailbox, names and
titles broken by a hard wrap, requisition numbers inside titles, table-style labels, lead-ins
such as "the recruitment for", and agencies (client named or kept confidential).

All messages are our own wording; none copies a corpus message.
"""
from __future__ import annotations

import pytest

from classifiers.message import parse_message
from drafts import Identity, extract_details
from drafts.role import role

SAM = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam")


def eml(body: str, *, frm: str, subject: str = "Update", html: bool = False) -> bytes:
    kind = "html" if html else "plain"
    return (f"From: {frm}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            f"Date: Mon, 9 Mar 2026 10:00:00 +0000\nMessage-ID: <s1@example.test>\n"
            f"MIME-Version: 1.0\nContent-Type: text/{kind}; charset=utf-8\n\n{body}\n").encode()


def details(body: str, **kw):
    return extract_details(parse_message(eml(body, **kw)), SAM)


# --- contact: an organisation's display name is nobody to greet --------------------------------

@pytest.mark.parametrize("frm, signature, company", [
    ("Wrenfield Mutual Careers <careers-wrenfieldmutual@talent.icims.com>",
     "Sincerely,\n\nWrenfield Mutual Building Society\nHuman Resources", "Wrenfield Mutual Building Society"),
    ("Ambervale Jobs <jobs.ambervale@myworkday.com>",
     "Regards,\nAmbervale Credit Union", "Ambervale Credit Union"),
])
def test_team_display_name_is_not_the_signer(frm, signature, company):
    d = details("Dear Sam,\n\nThank you for applying to the Claims Analyst position with "
                f"{company}.\n\nThe position has been filled.\n\n{signature}", frm=frm)
    assert d.contact_first_name is None
    assert d.company == company


# --- contact: a person's name on a role mailbox, signed under any closing formula ------------

@pytest.mark.parametrize("closing", ["Reciba un cordial saludo,", "Un saludo cordial,",
                                     "Con mis mejores deseos,"])
def test_person_on_a_team_mailbox_who_signs_is_greeted(closing):
    body = ("Estimado Sam:\n\nLe agradecemos su interés en el puesto de Técnico de Compras. "
            "Lamentamos comunicarle que no continuará en el proceso.\n\n"
            f"{closing}\n\nMaría José Arranz\nDepartamento de Personas · Tejares Norte\n"
            "Calle Mayor 12, Burgos")
    d = details(body, frm="=?utf-8?q?Mar=C3=ADa_Jos=C3=A9_Arranz?= <empleo@tejaresnorte.es>")
    assert (d.reply_to, d.contact_first_name) == ("empleo@tejaresnorte.es", "María")


def test_team_mailbox_without_a_signing_person_greets_nobody():
    body = ("Dear Sam,\n\nWe will not be moving forward.\n\nKind regards,\nThe Hiring Team")
    d = details(body, frm="Oriel Banks <careers@orielbank.example>")
    assert d.contact_first_name is None


# --- company: a name broken over a hard wrap, the fuller name the text states -------------

def test_company_name_wrapped_onto_the_next_line_in_the_quoted_note():
    body = ("No luck this time I'm afraid.\n\nDev\n\n"
            "________________________________\n"
            "From: Sam Taylor <sam.taylor@example.org>\nSent: Monday\nSubject: Checking in\n\n"
            "Hi Dev, thanks again for the call about the Growth Lead position at Halvard Bicycle\n"
            "Workshop. Any news?\n\nSam")
    d = details(body, frm="Dev Mehta <dev@halvard-bicycle.com>", subject="RE: Checking in")
    assert d.company == "Halvard Bicycle Workshop"


def test_company_named_in_full_by_the_sender_beats_the_domain_spelling():
    body = ("Hi Sam,\n\nThanks for interviewing for the Events Coordinator role with Ostrava Glass Foundry.\n"
            "We have offered the role to someone else.\n\nBest,\nTeodor")
    d = details(body, frm="Teodor Novak <teodor@ostravaglass.cz>")
    assert d.company == "Ostrava Glass Foundry"


def test_a_conjunction_tail_does_not_grow_the_domain_spelled_name():
    body = ("Dear Sam,\n\nThank you for your interest in the Night Manager position with Larkspur Inns & "
            "Suites.\nWe have chosen another applicant.\n\nLarkspur Inns Talent Acquisition")
    d = details(body, frm="Larkspur Inns Careers <larkspurinns@talent.icims.com>")
    assert d.company == "Larkspur Inns"


# --- role: requisition numbers, table labels, lead-ins ---------------------------------------

@pytest.mark.parametrize("body, expected", [
    # a requisition id in brackets inside the title, broken over the wrap
    ("Thank you for applying to the Payroll Administrator (Job ID\n88-1203) position with Denholm "
     "Foods.", "Payroll Administrator"),
    ("Thank you for applying to the Quality Engineer [REQ-5521] role at Ferrow.", "Quality Engineer"),
    # a table label standing alone above the value, the requisition id before the title
    ("The status of your application has changed.\n\nJob Requisition\n\nJR-7719 Director, Field "
     "Operations\n\nLocation\n\nDenver, CO\n\nStatus\n\nNot Selected", "Director, Field Operations"),
    ("Position\nSenior Copy Editor\n\nStatus\nClosed", "Senior Copy Editor"),
    # "the recruitment for", "the hiring process for" introduce the title
    ("We have now completed the recruitment for Social Media Producer & Editor and we chose another "
     "candidate.", "Social Media Producer & Editor"),
    ("We finished the hiring process for Junior Data Analyst and decided on someone else.",
     "Junior Data Analyst"),
])
def test_role_structures(body, expected):
    assert role("Your application", body, None) == expected


def test_role_in_an_html_status_table():
    html = ("<html><body><p>Hello Sam Taylor,</p><p>Your application status has changed.</p>"
            "<table><tr><td><b>Job Requisition</b></td><td>R-30517 Lead Designer, Mobile Apps</td></tr>"
            "<tr><td><b>Status</b></td><td>No longer under consideration</td></tr></table>"
            "<p>Regards,<br>Pellora Talent Acquisition</p></body></html>")
    d = details(html, frm="Pellora <pellora@myworkday.com>", subject="Your application status", html=True)
    assert d.role == "Lead Designer, Mobile Apps"


def test_earliest_title_wins_a_tie():
    # the job turned down is named first; a different opening offered later does not replace it
    body = ("The team went with another candidate for the Content Manager role. I've got a Digital "
            "Manager role with a retail brand coming up next week though.")
    assert role("Update", body, None) == "Content Manager"


# --- agencies --------------------------------------------------------------------------------

def test_agency_client_named_in_text_and_subject_is_the_company():
    body = ("Hi Sam,\n\nJust heard from Rookwood Analytics about Monday's final round - sadly they've "
            "decided not to go ahead for the Insights Manager role.\n\nSpeak soon,\nCerys\n\n"
            "Cerys Powell\nPrincipal Consultant\nFernhill Talent Partners\nfernhilltalent.co.uk")
    d = details(body, frm="Cerys Powell <cerys.powell@fernhilltalent.co.uk>", subject="Rookwood update")
    assert (d.company, d.via_agency, d.contact_first_name) == ("Rookwood Analytics", True, "Cerys")


def test_agency_with_a_confidential_client_is_the_company():
    body = ("Sam,\n\nHeard back from the client today: they will not be taking your application "
            "further for the Performance Marketing Lead search.\n\nOskar Lind | Partner\n"
            "Tallberg Executive Search\n+46 8 555 0192")
    d = details(body, frm="Oskar Lind <oskar@tallbergexecutivesearch.com>",
                subject="Performance Marketing Lead")
    assert (d.company, d.via_agency) == ("Tallberg Executive Search", True)


def test_recruitment_consultant_without_the_word_client_is_an_agency():
    body = ("Hi Sam,\n\nSpoke with Priyanka at Marlow Provisions and they've gone with another "
            "candidate for the Category Manager role.\n\nCheers,\nJed\n\nJed Collins\n"
            "Senior Consultant - Retail\nBluegum Recruitment\n")
    d = details(body, frm="Jed Collins <jed.collins@bluegumrecruitment.com.au>")
    assert (d.company, d.via_agency) == ("Marlow Provisions", True)


# --- smaller structures ----------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    # a camel-case first word belongs to the title
    ("An update on the eProcurement Specialist position (REQ-7702) you interviewed for.",
     "eProcurement Specialist"),
    ("Thanks for applying for the iOS Developer role.", "iOS Developer"),
    # "hire" after a title names the job
    ("We talked through the Head of Partner Success hire on Monday and made an offer to someone else.",
     "Head of Partner Success"),
])
def test_more_title_shapes(body, expected):
    assert role("Quick note", body, None) == expected


@pytest.mark.parametrize("frm, company", [
    # the domain spells the name without "Co." ...
    ("Mira Olsen <molsen@saltmarshsupply.com>", "Saltmarsh Supply"),
    # ... or with it, on a .co domain
    ("Mira Olsen <mira@saltmarshsupply.co>", "Saltmarsh Supply Co."),
])
def test_company_co_suffix_follows_the_domain(frm, company):
    body = ("Hi Sam,\n\nWe've filled the Buyer position internally.\n\nThanks,\nMira\n\n"
            "Mira Olsen\nPeople Partner\nSaltmarsh Supply Co.\n(503) 555-0101")
    assert details(body, frm=frm).company == company


# --- tables whose header row names several columns ------------------------------------------

def test_html_table_with_th_header_cells_glued_together():
    # <th> cells flatten without a break ("Job RequisitionStatus"); the value row sits below
    html = ("<html><body><p>Dear Sam,</p><p>Your candidacy has been updated.</p>"
            "<table border='1'><tr><th>Job Requisition</th><th>Date Applied</th><th>Status</th></tr>"
            "<tr><td>JR-55102 Senior Procurement Analyst</td><td>2 Feb 2026</td><td>Closed</td></tr>"
            "</table><p>Thistlewood Foods Talent Acquisition</p>"
            "<p>This is an automated message.</p></body></html>")
    d = details(html, frm="Thistlewood Foods <thistlewood@myworkday.com>",
                subject="Update on your application JR-55102", html=True)
    assert d.contact_first_name is None
    assert d.role == "Senior Procurement Analyst"


@pytest.mark.parametrize("body, expected", [
    # one header cell a line: the value under "Job Title" is the first line after the header
    ("Your application status changed.\n\nStatus\n\nJob Title\n\nLocation\n\nUnsuccessful\n\n"
     "R-7731 Warehouse Shift Supervisor\n\nLeeds", "Warehouse Shift Supervisor"),
    # header and value rows both glued
    ("Application update\n\nPositionStatus\n\nField Sales ExecutiveDeclined\n\nRegards", "Field Sales Executive"),
])
def test_role_in_a_column_table(body, expected):
    assert role("Your application", body, None) == expected


def test_a_label_after_a_label_is_not_the_value():
    # "Location" below "Position" is the next label, not the title
    assert role("Update", "Position\nLocation\nStatus\n\nLab Technician II\nOxford\nClosed", None) == \
        "Lab Technician II"


@pytest.mark.parametrize("name, person", [
    ("Job Requisition", False), ("Job RequisitionStatus", False), ("Status", False),
    ("Date Applied", False), ("Jobina Marsh", True), ("DeShawn Price", True),
])
def test_field_labels_are_never_a_person(name, person):
    from drafts.people import looks_like_person
    assert looks_like_person(name) is person


def test_thread_subject_drops_reply_and_forward_prefixes():
    from drafts.headers import thread_subject
    assert thread_subject("Re: Fwd: Your  Application") == "your application"
    assert thread_subject("AW: WG: Absage") == thread_subject("absage") == "absage"
    assert thread_subject("Resending: Update") == "update"
    assert thread_subject("Re: Refund policy") == "refund policy"     # a word, not a prefix
