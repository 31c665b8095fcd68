"""Company, contact and role on mail written unlike the shared corpus.

tests/fixtures/drafts/extraction/ is a small labelled corpus of our own wording (made by its
generate.py): subjects such as "Your application to X", "X | Role", "Role at X", "(Ref 1234)";
bodies with "the X position with Y", "role of ...", "candidacy for the X opening", "on behalf
of X"; signatures "Title | Company", "Title, Company", "Title @ Company"; HTML-only ATS mail;
German, French, Spanish, Portuguese and Dutch lead-ins.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from classifiers.message import parse_message
from drafts import Identity, extract_details

CORPUS = Path(__file__).parent / "fixtures" / "drafts" / "extraction"
SAM = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam")
ROWS = list(csv.DictReader((CORPUS / "labels.csv").open(encoding="utf-8")))


def eml(body: str, *, frm: str, subject: str = "Update", extra: str = "") -> bytes:
    return (f"From: {frm}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            f"Date: Mon, 9 Mar 2026 10:00:00 +0000\nMessage-ID: <e1@example.test>\n{extra}"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


@pytest.mark.parametrize("row", ROWS, ids=[r["notes"] for r in ROWS])
def test_synthetic_corpus_fields(row):
    d = extract_details(parse_message((CORPUS / row["file"]).read_bytes()), SAM)
    got = {"reply_to": d.reply_to, "contact_first_name": d.contact_first_name,
           "company": d.company, "role": d.role}
    want = {k: row[k] or None for k in got}
    assert {k: (v or "").lower() for k, v in got.items()} == {k: (v or "").lower() for k, v in want.items()}


@pytest.mark.parametrize("frm, body, company", [
    # a signature that is the company itself is not a person to greet
    ("Brackwater <no-reply@brackwater.example>",
     "Hi Sam,\n\nThanks for applying for the Buyer role at Brackwater Outfitters. We chose others.\n\n"
     "Kind regards,\nBrackwater Outfitters", "Brackwater Outfitters"),
    ("Linthorpe Care Recruitment <jobs@linthorpe.org.uk>",
     "Dear Candidate,\n\nYour application for the post of Care Coordinator was unsuccessful.\n\n"
     "Regards,\nRecruitment Team\nLinthorpe Care Trust", "Linthorpe Care Trust"),
    ("Ostwind Careers <careers@ostwind.example>",
     "Hallo Sam,\n\nleider haben wir uns anders entschieden.\n\nViele Grüße\nOstwind Logistik AG",
     "Ostwind Logistik"),
])
def test_organisation_signatures_greet_nobody(frm, body, company):
    d = extract_details(parse_message(eml(body, frm=frm)), SAM)
    assert (d.contact_first_name, d.company) == (None, company)


def test_department_names_are_never_the_company():
    raw = eml("Dear Sam,\n\nWe will not progress your application.\n\nSincerely,\nTalent Acquisition\n"
              "Personalabteilung", frm="Norhaven Talent Acquisition <norhaven@icims.com>")
    assert extract_details(parse_message(raw), SAM).company == "Norhaven"


def test_name_spelled_by_the_domain_beats_the_fuller_legal_name():
    raw = eml("Hi Sam,\n\nThanks for meeting us about the Analyst role at Pembury Cider. We went with "
              "another finalist.\n\nBest,\nNia Cole\nRecruiter\nPembury Cider Company",
              frm="Nia Cole <nia.cole@pemburycider.com>")
    assert extract_details(parse_message(raw), SAM).company == "Pembury Cider"


def test_vanity_top_level_domain_is_part_of_the_name():
    raw = eml("Hi Sam,\n\nWe won't move forward for the Designer role.\n\nLeo Park\nHead of Design | "
              "Quartzline Studio", frm="Leo Park <leo@quartzline.studio>")
    assert extract_details(parse_message(raw), SAM).company == "Quartzline Studio"


def test_company_and_role_from_the_candidates_quoted_note():
    raw = eml("Hi Sam, we're going another way. Thanks.\n\nOn Mon, 2 Mar 2026, Sam Taylor "
              "<sam.taylor@example.org> wrote:\n> Hi Ana, following up on the Growth Analyst role at "
              "Tallow Lane. Best, Sam", frm="Ana Ruiz <ana@tallowlane.com>", subject="Re: checking in")
    d = extract_details(parse_message(raw), SAM)
    assert (d.contact_first_name, d.company, d.role) == ("Ana", "Tallow Lane", "Growth Analyst")


@pytest.mark.parametrize("frm, body, company", [
    ("no-reply@hire.lever.co",
     "Hi Sam,\n\nWe won't move forward with the Analyst role.\n\nMore roles: https://jobs.lever.co/quillfeather/",
     "Quillfeather"),
    ("Notifications <no-reply@teamtailor.com>",
     "Hi Sam,\n\nUnfortunately we chose other candidates for the Merchandiser role at Hollin Outdoor.\n\n"
     "Manage your data: https://hollin.teamtailor.com/connect/data", "Hollin Outdoor"),
    ("Recruiting <noreply@app.bamboohr.com>",
     "Hi Sam,\n\nWe have filled the Bookkeeper position.\n\nhttps://app.bamboohr.com/privacy", None),
])
def test_company_slug_in_applicant_tracking_links(frm, body, company):
    assert extract_details(parse_message(eml(body, frm=frm)), SAM).company == company


@pytest.mark.parametrize("frm, subject, body, company", [
    # beside the job title in the subject, a bare name is the company (the domain is an abbreviation)
    ("Ivo Marsh <ivo@hbk.io>", "Harbek Systems - QA Engineer", "Hi Sam,\n\nWe went with someone else.\n\nIvo",
     "Harbek Systems"),
    # a parent company's domain that the text never names: the text's "team at X" wins
    ("Rui Sato <rui@holdco-group.com>", "Update",
     "Hi Sam,\n\nOn behalf of everyone at Saffron Row, thank you. We filled the Line Cook role.\n\nRui",
     "Saffron Row"),
    # a recruiter writing from webmail
    ("Ola Berg <ola.berg@outlook.com>", "Re: coffee",
     "Hi Sam, the partners at Tessmer decided to hire internally for the Analyst role. Sorry!\n\nOla",
     "Tessmer"),
    # a prose line at the end is not a signature: the candidate's old employer is not the company
    ("Careers <careers@wexbury.com>", "Update",
     "Hi Sam,\n\nThanks for applying. You were not selected. We loved reading about your years at Initrode.",
     "Wexbury"),
])
def test_company_when_the_domain_says_little(frm, subject, body, company):
    assert extract_details(parse_message(eml(body, frm=frm, subject=subject)), SAM).company == company


def test_a_signer_with_an_honorific_is_never_the_company():
    raw = eml("Dear Sam,\n\nWe won't move forward.\n\nKind regards,\n\nMs. Priya Raman\nHR Officer",
              frm="HR <hr@lomond.com>")
    d = extract_details(parse_message(raw), SAM)
    assert (d.contact_first_name, d.company) == ("Priya", "Lomond")


def test_footer_words_and_tracking_services_are_never_the_company():
    raw = eml("Hi Sam,\n\nWe have decided not to move forward with the Buyer role.\n\nRegards,\n"
              "Powered by Teamtailor\nPrivacy Policy | Unsubscribe",
              frm="no-reply@mail.teamtailor.com")
    assert extract_details(parse_message(raw), SAM).company is None


def test_german_genitive_title_and_more_legal_forms():
    raw = eml("Sehr geehrte/r Sam Taylor,\n\nnach reiflicher Überlegung haben wir uns entschieden, die "
              "Position des Leiters Vertrieb (m/w/d) anderweitig zu besetzen.\n\nMit freundlichen Grüßen\n\n"
              "i.A. Jonas Reuter\nHR\n\nFalkenried Systeme GmbH", frm="Jonas Reuter <j.reuter@falkenried.de>",
              subject="AW: Ihre Bewerbung")
    d = extract_details(parse_message(raw), SAM)
    assert (d.company, d.role) == ("Falkenried Systeme", "Leiters Vertrieb (m/w/d)")
    raw = eml("Olá Sam,\n\nDecidimos avançar com outro candidato.\n\nCumprimentos,\nRita\nAlvorada Digital, Lda.",
              frm="Rita Lopes <rita@alvorada.pt>", subject="Candidatura")
    assert extract_details(parse_message(raw), SAM).company == "Alvorada Digital"


@pytest.mark.parametrize("frm, body, company", [
    ("Kai Moss <kai@vellum.com>", "Hi Sam,\n\nThanks for meeting the Vellum Product team. We chose another "
     "candidate.\n\nKai", "Vellum"),
    ("Kai Moss <kai@orbitaldata.com>", "Hi Sam,\n\nThanks for meeting the Orbital Data team. We chose another "
     "candidate.\n\nKai", "Orbital Data"),
])
def test_a_department_team_is_not_the_company_name(frm, body, company):
    assert extract_details(parse_message(eml(body, frm=frm)), SAM).company == company


@pytest.mark.parametrize("body, reply_to", [
    ("Hi Sam,\n\nWe will not move forward.\n\nFor data requests write to privacy@harwick.com.", None),
    ("Hi Sam,\n\nWe will not move forward. Questions: support@harwick.com or nina.ko@harwick.com.",
     "nina.ko@harwick.com"),
])
def test_privacy_and_help_desk_addresses_are_not_follow_up_addresses(body, reply_to):
    d = extract_details(parse_message(eml(body, frm="Harwick <no-reply@harwick.com>")), SAM)
    assert d.reply_to == reply_to


@pytest.mark.parametrize("signature, first", [
    ("Best,\nAlex from the Tidewell team", "Alex"),
    ("Cheers,\nMorgan at Tidewell", "Morgan"),
    ("Cheers,\nRory - Tidewell People Team", "Rory"),
    ("Best,\nThe Team at Tidewell", None),
])
def test_signer_named_with_their_company(signature, first):
    raw = eml(f"Hi Sam,\n\nWe won't move forward.\n\n{signature}", frm="Tidewell Hiring <hiring@tidewell.com>")
    d = extract_details(parse_message(raw), SAM)
    assert (d.contact_first_name, d.company) == (first, "Tidewell")


def test_co_joined_to_a_legal_form_is_dropped_with_it():
    raw = eml("Dear Sam,\n\nThank you for applying for the Sales Specialist position at Kumora Co., Ltd.\n"
              "We cannot offer you a position.\n\nSincerely,\nAya Mori\nHuman Resources\nKumora Co., Ltd.",
              frm="Aya Mori <aya@kumora.jp>")
    assert extract_details(parse_message(raw), SAM).company == "Kumora"


def test_scandinavian_title_lead_in():
    raw = eml("Hei Sam,\n\nTakk for at du søkte på stillingen som Salgssjef hos Fjellstad. Vi har valgt en "
              "annen kandidat.\n\nMed vennlig hilsen\nIda", frm="Ida Berg <ida@fjellstad.no>")
    assert extract_details(parse_message(raw), SAM).role == "Salgssjef"
