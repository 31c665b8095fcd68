"""Role extraction on wordings the shared corpus does not use (our own synthetic sentences)."""
from __future__ import annotations

import pytest

from drafts.role import role


@pytest.mark.parametrize("subject, body, company, expected", [
    # a lead-in introduces the title: lower case and no English job word are fine there
    ("Suite à votre candidature", "Merci pour votre candidature au poste de chargée de communication "
     "interne. Nous avons retenu un autre profil.", "Brisemer", "chargée de communication interne"),
    ("Ihre Bewerbung", "danke für Ihre Bewerbung auf die Stelle als Lagerlogistiker bei der Nordkai GmbH.",
     "Nordkai", "Lagerlogistiker"),
    ("Tu candidatura", "Gracias por tu interés en el puesto de Jefe de Almacén en Ribera.", "Ribera",
     "Jefe de Almacén"),
    ("Je sollicitatie", "Bedankt voor je sollicitatie voor de vacature Junior Accountmanager bij Dijkstra.",
     "Dijkstra", "Junior Accountmanager"),
    ("Sua candidatura", "Obrigado por participar do processo para a vaga de Designer de Produto.", None,
     "Designer de Produto"),
    ("Update", "Thank you for applying for the role of warehouse supervisor. We chose someone else.",
     None, "warehouse supervisor"),
    # Title Case with a comma area, parentheses and a requisition number
    ("Regarding your application for Analyst, Treasury Operations (Req 55810)",
     "Dear Sam, we will not move forward.", None, "Analyst, Treasury Operations"),
    ("Absage: Werkstudent Einkauf (m/w/d)", "leider müssen wir Ihnen absagen.", None,
     "Werkstudent Einkauf (m/w/d)"),
    # the title stands before "at <Company>" without a role noun
    ("Update", "Thanks for your interest in Field Service Technician (R-1182) at Corra Water.", "Corra Water",
     "Field Service Technician"),
    ("Your application", "Thanks for applying to be our Volunteer Coordinator. We went another way.", None,
     "Volunteer Coordinator"),
])
def test_titles_in_many_wordings(subject, body, company, expected):
    assert role(subject, body, company) == expected


def test_the_candidates_own_quoted_note_names_the_full_title():
    quoted = "Hi Lee,\nThanks for the call about the Senior Backend Engineer role. Sam"
    assert role("Re: thanks - Sr BE chat", "Sorry, we went with someone else.\nLee", None,
                quoted) == "Senior Backend Engineer"


def test_a_sentence_after_a_lead_in_is_not_a_title():
    assert role("Update", "We are in a position of having to pause hiring. Sorry.", None) is None
    assert role("Update", "Thanks. Unfortunately, it was not the outcome we hoped for.", None) is None


@pytest.mark.parametrize("body, expected", [
    ("Thanks for applying for the Brand Partnerships role. We chose someone else.", "Brand Partnerships"),
    ("thanks for meeting us about the data engineering position. we went another way.",
     "data engineering"),
    ("We enjoyed talking about our Field Sales (Nordics) opening, but chose another candidate.",
     "Field Sales (Nordics)"),
    # no field of work, or a word that only describes the role: nothing
    ("We have decided to fill the same role internally.", None),
    ("Thanks for your interest in this exciting position.", None),
    ("Thanks for your interest in a design role with us.", None),
])
def test_a_field_of_work_before_role_names_the_job(body, expected):
    assert role("Update", body, "Brisk") == expected


@pytest.mark.parametrize("subject, body, expected", [
    ("Candidature - Chargé de mission climat", "Bonjour Sam, nous ne donnerons pas suite.", "Chargé de mission climat"),
    ("Actualización", "Gracias por tu candidatura como Jefe de proyecto en Cardo.", "Jefe de proyecto"),
    ("Retour", "Merci pour votre intérêt pour notre offre Chef de rayon junior. Nous avons choisi un autre profil.",
     "Chef de rayon junior"),
    ("Update", "Thanks for applying to be our next Barista Trainer. We chose someone else.", "Barista Trainer"),
])
def test_romance_titles_continue_in_lower_case(subject, body, expected):
    assert role(subject, body, "Cardo") == expected


@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nWe will not move forward.\n\nBest,\nRuth Ames\nTalent Partner at Greyloft",
    "Hi Sam,\n\nWe will not move forward.\n\nRegards,\nRuth Ames\nHead of Talent (EMEA) | Greyloft",
    "Hi Sam, not this time, sorry.\n--\nRuth Ames, Senior Recruiter, Greyloft",
])
def test_the_signers_own_title_is_not_the_job(body):
    assert role("Update", body, "Greyloft") is None


@pytest.mark.parametrize("body", [
    "After discussing with the Hiring Manager, we decided not to move forward.",
    "Our CEO and the Head of Talent reviewed all finalists. We chose someone else.",
    "I spoke with our VP of Sales and we will not move forward.",
    "for a team this small the first product hire needs to code.",
])
def test_people_named_by_their_titles_are_not_the_job(body):
    assert role("Update", body, "Acme") is None


def test_spot_and_search_name_the_job_too():
    assert role("Update", "We filled the Shift Lead spot, sorry!", None) == "Shift Lead"
    assert role("Update", "We closed our Head of Design search internally.", None) == "Head of Design"


def test_title_before_application_names_the_job():
    assert role("Pellworth: your application",
                "Unfortunately we won't move forward with your Product Analyst application.", "Pellworth") \
        == "Product Analyst"


def test_internships_and_programmes_are_jobs_too():
    assert role("Your application", "Thank you for applying to our Summer Design Internship. We chose "
                "others.", "Acme") == "Summer Design Internship"


@pytest.mark.parametrize("subject, body, expected", [
    ("Votre candidature – Chargé(e) de projet", "Nous ne donnerons pas suite.", "Chargé(e) de projet"),
    ("Update", "danke für Ihre Bewerbung als Berater:in Nachhaltigkeit bei Ostwind.", "Berater:in Nachhaltigkeit"),
    ("Absage Entwickler*in Backend (m/w/d)", "leider nicht.", "Entwickler*in Backend (m/w/d)"),
])
def test_gender_inclusive_titles(subject, body, expected):
    assert role(subject, body, "Ostwind") == expected


def test_applying_to_be_introduces_a_title_without_a_job_word():
    assert role("We've made a decision", "Thanks for applying to be a Night Baker at Crumbwell. We went "
                "with another applicant.", "Crumbwell") == "Night Baker"


@pytest.mark.parametrize("subject, body, company, expected", [
    # a title before "interview" names the job; an interviewer's title does not
    ("Feedback", "I've heard back from Calder Labs on the Lifecycle Marketing Lead interview: they will "
     "not take you forward.", "Calder Labs", "Lifecycle Marketing Lead"),
    ("Feedback", "Thanks for doing the Hiring Manager interview on Monday; we won't be moving ahead.",
     None, None),
    # Dutch job words ("analist", "adviseur") make a title
    ("Terugkoppeling sollicitatie Data-analist", "Bedankt voor je sollicitatie.", "Van Dorsten", "Data-analist"),
    # "<title> in <company>" in a subject
    ("Your application for Content Designer in Tessaly Health", "We chose another applicant.",
     "Tessaly Health", "Content Designer"),
])
def test_interview_and_in_company(subject, body, company, expected):
    assert role(subject, body, company) == expected


def test_status_table_with_a_requisition_column_before_the_position():
    """Header cells one a line (Requisition / Position / Location / Status), values below in the
    same order: the requisition number is no title, the position is."""
    body = ("We are writing about the position listed below.\n\nRequisition\n\nPosition\n\nLocation\n\n"
            "Status\n\nR-77120\n\nSupply Planning Analyst\n\nBristol, UK\n\nClosed - Position Filled\n\n"
            "Your application will not be taken forward.")
    assert role("Update on your application", body, "Wrenmoor") == "Supply Planning Analyst"


@pytest.mark.parametrize("subject, body, company, expected", [
    # a Dutch verb ends a title after a lead-in
    ("Je sollicitatie", "Voor de functie van Data Engineer Streaming gaf ervaring met Kafka de doorslag.", None,
     "Data Engineer Streaming"),
    # "Terugkoppeling" opens the subject, and a part after " / " without a job word is no title
    ("Terugkoppeling QA Lead Payments / Feedback", "Bedankt voor je tijd.", None, "QA Lead Payments"),
    # a bracketed specialism after a lead-in stays; a work arrangement does not
    ("Candidatura", "Obrigado pelo interesse na vaga de Engenheiro de Dados (Plataforma) na Maré.", None,
     "Engenheiro de Dados (Plataforma)"),
    ("Candidatura", "Obrigado pelo interesse na vaga de Engenheiro de Dados (Remote) na Maré.", None,
     "Engenheiro de Dados"),
])
def test_title_ends_and_brackets(subject, body, company, expected):
    assert role(subject, body, company) == expected
