"""Follow-up fields, round 8: the employer behind a go-between (an agency's or temp office's
client, a hiring manager's note forwarded by a recruiter, a board's status table), words that
are no organisation (a careers-site brand, an invitation, a participle), a title's full form
(its second field, its company's particle, its spelled-out abbreviation, a colonless status
table) and an Austrian academic title before a first name.

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
            f"Date: Tue, 1 Dec 2026 09:00:00 +0000\nMessage-ID: <r8@example.test>\n{extra}MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def details(body: str, **kw):
    return extract_details(parse_message(eml(body, **kw)), SAM)


# --- an agency's client is the company ---------------------------------------------------------

@pytest.mark.parametrize("frm, subject, body, want", [
    # a temp agency's domain word, the client in brackets after its article
    ("Inès Carrel <ines.carrel@rhone-interim.example>", "Mission assistante communication",
     "Bonjour Sam,\n\nMauvaise nouvelle : le client (Verrerie Montbrison) a annulé la mission prévue "
     "en février, le budget a été gelé.\n\nJe vous recontacte dès que j'ai autre chose.\n\nCordialement,\n"
     "Inès Carrel\nChargée de recrutement – Agence Rhône Intérim Lyon", "Verrerie Montbrison"),
    # a Flemish temp office: "de feedback gekregen van X"
    ("Wout Peeters <wout.peeters@kempen-interim.example>", "Feedback sollicitatie",
     "Dag Sam,\n\nIk heb net de feedback gekregen van Brouwerij Nete over je gesprek van maandag. Ze kiezen "
     "voor een andere kandidaat.\n\nGroeten,\n\nWout Peeters\nConsultant\nKempen Interim · Kantoor Geel",
     "Brouwerij Nete"),
    # a recruiter's signature says what the firm is; the client "has just told me"
    ("Callum Fraser <callum@firthrec.example>", "Update re Loch Harbour Foods",
     "Hi Sam,\n\nLoch Harbour Foods have just told me they're freezing the Category Manager hire until "
     "spring, so your application stops here for now.\n\nCheers,\nCallum\nFirth Recruitment\n0131 555 0101",
     "Loch Harbour Foods"),
    # an executive-search firm: the organisation opening a sentence is the client it speaks of
    ("Nadia Osei <nadia.osei@kestrelsearch.example>", "Your application",
     "Hi Sam,\n\nGranite Trust Bank wrapped up final interviews yesterday. I spoke with Helen afterwards "
     "and they have chosen another candidate.\n\nBest,\nNadia\n\nNadia Osei\nSenior Consultant, Kestrel Search",
     "Granite Trust Bank"),
])
def test_an_agency_names_its_client_as_the_company(frm, subject, body, want):
    assert details(body, frm=frm, subject=subject).company == want


def test_a_note_forwarded_to_a_go_between_names_its_own_organisation():
    body = ("Sam, here is Priya's answer as she wrote it. Sorry!\n\nMaya\n\n"
            "---------- Forwarded message ---------\n"
            "From: Priya Nair <priya.nair@copperfieldinsurance.example>\n"
            "Subject: RE: Sam Taylor - Brand Lead\n\n"
            "Hi Maya,\n\nThanks for sending Sam our way. We will not move forward: we need deeper "
            "insurance experience.\n\nPriya\n\nPriya Nair\nHead of Brand, Copperfield Insurance")
    got = details(body, frm="Maya Brooks <maya.brooks@brightpathpeople.example>", subject="Fwd: Sam Taylor - Brand Lead")
    assert got.company == "Copperfield Insurance"


# --- words that are no organisation ------------------------------------------------------------

@pytest.mark.parametrize("frm, want", [
    ("Werken bij Provincie Zeeduin <noreply@werkenbijzeeduin.example>", "Provincie Zeeduin"),
    ("Carrières chez Maison Vellard <noreply@carrieres-vellard.example>", "Maison Vellard"),
    ("Lavora con Cantine Serralunga <noreply@lavoraconserralunga.example>", "Cantine Serralunga"),
])
def test_a_careers_site_brand_is_not_part_of_the_name(frm, want):
    body = "Dear Sam,\n\nThank you for applying. We will not invite you to an interview.\n\nKind regards,\nHR"
    assert details(body, frm=frm, subject="Your application").company == want


def test_a_subject_word_about_an_invitation_is_no_company():
    body = "Hi Sam,\n\nThanks for meeting the team. We have decided not to proceed.\n\nRegards,\nAnil"
    got = details(body, frm="Anil Rao <anil.rao@mangrove.example>", subject="RE: Interview Invitation - Content Lead")
    assert got.company == "Mangrove"


@pytest.mark.parametrize("frm, body, want", [
    ("Computrabajo <notificaciones@computrabajo.com>", "¡Hola Sam!\n\nHerrería Quintana S.A.S. revisó tu hoja de vida para la vacante Analista de Mercadeo en "
     "Medellín, Antioquia.\n\nLa empresa decidió no continuar con tu proceso.\n\nEste es un mensaje automático.",
     "Herrería Quintana"),
])
def test_a_board_relays_what_the_named_employer_did(frm, body, want):
    got = details(body, frm=frm, subject="Update on your application")
    assert got.company == want


def test_the_kind_of_organisation_before_what_the_domain_spells_stays():
    body = ("Hola Sam,\n\nal final cubrimos el puesto internamente. Gracias por tu interés en "
            "Editorial Piedra Negra.\n\nUn saludo,\nLucía")
    got = details(body, frm="Lucía Ferro <lucia@piedranegra.example>", subject="Re: Editor de mesa")
    assert got.company == "Editorial Piedra Negra"


# --- a status table without colons -------------------------------------------------------------

def test_a_colonless_status_table_gives_the_title_and_the_employer():
    body = ("Hi Sam,\n\nThere is an update on your application.\n\nRole Senior Growth Analyst\n\n"
            "Employer Rimba Kopi Sdn Bhd\n\nStatus Not suitable\n\nView similar jobs")
    got = details(body, frm="JobLink <noreply@joblink.example>", subject="Application update")
    assert (got.company, got.role) == ("Rimba Kopi", "Senior Growth Analyst")


def test_a_requisition_row_drops_its_number():
    body = ("Dear Sam Taylor,\n\nThere has been an update to your application with Fernhill Water.\n\n"
            "Requisition R-2231 Customer Insight Manager\n\nLocation Leeds\n\nStatus Not selected\n\n"
            "Kind regards,\nFernhill Water Talent Acquisition")
    got = details(body, frm="Fernhill Water Careers <fernhill@myworkday.com>", subject="An update on your application")
    assert got.role == "Customer Insight Manager"


# --- a title in full ---------------------------------------------------------------------------

@pytest.mark.parametrize("frm, subject, body, want", [
    # a second field after "und" that starts with a capital "E-"
    ("Personal <noreply@softgarden.io>", "Ihre Bewerbung",
     "Guten Tag Sam Taylor,\n\nvielen Dank für Ihre Bewerbung als Leitung Vertrieb und E-Business und Ihr "
     "Interesse.\n\nLeider ist die Stelle besetzt.\n\nIhr Team der Mühle Harder", "Leitung Vertrieb und E-Business"),
    # the particle before the company's name is not part of the title
    ("Rita Alves <rita.alves@casaverde.example>", "Retorno processo",
     "Olá Sam,\n\nobrigada pela participação no processo para Analista de Marketing Sênior da Casa Verde. "
     "Seguimos com outra pessoa.\n\nAbraços,\nRita Alves\nRH | Casa Verde", "Analista de Marketing Sênior"),
    # French "le rôle de"
    ("Léo Marchand <leo@brindille.example>", "Suite à notre échange",
     "Salut Sam,\n\nmerci pour ton temps. On a choisi quelqu'un de plus senior pour le rôle de Head of "
     "Growth, désolé.\n\nLéo\nCEO @ Brindille", "Head of Growth"),
    # a German team lead in a forwarded subject
    ("Jana Kühn <jana.kuehn@nordmetall.example>", "WG: Feedback – Teamlead Einkauf",
     "Hallo Sam Taylor,\n\nanbei die Rückmeldung der Fachabteilung; wir verfolgen Ihre Bewerbung leider "
     "nicht weiter.\n\nFreundliche Grüße\nJana Kühn", "Teamlead Einkauf"),
])
def test_the_title_is_kept_whole(frm, subject, body, want):
    assert details(body, frm=frm, subject=subject).role == want


def test_an_abbreviated_title_is_spelled_out_where_the_text_does():
    body = ("Oi Sam,\n\npassando para dar um retorno sobre o processo de Sales Development Representative aqui "
            "na Trilha. Seguimos com outra pessoa.\n\nAbraços,\nBia\nRecruiter | Trilha")
    got = details(body, frm="Bia Souza <bia@trilha.example>", subject="Retorno - SDR")
    assert got.role == "Sales Development Representative"


# --- an Austrian academic title is no first name -----------------------------------------------

@pytest.mark.parametrize("frm, want", [
    ("Mag.a Verena Pichler <verena.pichler@linzag.example>", "Verena"),
    ("Dr.in Sabine Gruber <sabine.gruber@linzag.example>", "Sabine"),
    ("DI Markus Wallner <markus.wallner@linzag.example>", "Markus"),
])
def test_an_austrian_title_before_the_name_is_skipped(frm, want):
    body = "Sehr geehrte*r Sam Taylor,\n\nleider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\n\n" + frm.split(" <")[0]
    assert details(body, frm=frm, subject="Ihre Bewerbung").contact_first_name == want


def test_the_company_s_programme_named_in_apposition_is_not_its_name():
    body = ("Hi Sam,\n\nThanks for applying for the Data Analyst position at Vesterhav. We will not take your "
            "application further.\n\nWe'd like to invite you to join Vesterhav Circle, our talent network, so we "
            "can tell you about new roles.\n\nBest regards,\nVesterhav People Team")
    got = details(body, frm="Vesterhav <no-reply@teamtailor.com>", subject="Your application for Data Analyst")
    assert got.company == "Vesterhav"
