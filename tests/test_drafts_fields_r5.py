"""Follow-up fields, round 5: greeting lines and sign-off spellings in short personal mail,
forwarded mail's subject prefixes, where a title ends (the next form field, an adverbial, a
place after a dash), employers behind agencies and job boards, and who the contact is.

Every message here is written for these tests (names, firms and wording are made up); each test
names the mechanism it holds, not a phrase from a labelled set.
"""
from __future__ import annotations

import pytest

from classifiers.message import parse_message
from drafts import Identity, extract_details

SAM = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam")


def eml(body: str, *, frm: str, subject: str = "Re: Bewerbung", extra: str = "",
        html: str | None = None) -> bytes:
    head = (f"From: {frm}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            f"Date: Tue, 10 Nov 2026 09:00:00 +0000\nMessage-ID: <r5@example.test>\n{extra}MIME-Version: 1.0\n")
    if html is None:
        return (head + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return (head + f"Content-Type: text/html; charset=utf-8\n\n{html}\n").encode()


def details(body: str, **kw):
    return extract_details(parse_message(eml(body, **kw)), SAM)


# --- a short personal mail without a sign-off: its greeting is no signature -------------------

@pytest.mark.parametrize("greeting, rest", [
    ("Hallo Sam, es ist leider jemand anderes geworden, tut mir leid.", "Beste Wünsche trotzdem!"),
    ("Bonjour Sam, on part finalement sur un autre profil, désolée.", "Bonne suite à toi"),
    ("Ciao Sam,", "alla fine abbiamo scelto un altro profilo, mi dispiace."),
    ("Hola Sam, al final elegimos a otra persona.", "Mucha suerte"),
])
def test_a_greeting_line_is_never_the_company(greeting, rest):
    d = details(f"{greeting}\n{rest}\nVera\n\nGesendet von meinem Telefon",
                frm="Vera Lind <vera@lindgarten.example>")
    assert d.company is None or "Sam" not in d.company
    assert d.company == "Lindgarten"


@pytest.mark.parametrize("sign_off", ["Freundliche Grüsse", "Herzliche Grüsse"])
def test_the_swiss_spelling_of_a_sign_off_closes_the_text(sign_off):
    d = details("Guten Tag Sam Taylor\n\nWir haben uns für eine andere Kandidatin entschieden und danken "
                f"Ihnen für Ihr Interesse.\n\n{sign_off}\n\nUrs Gisler\nSeeblick Druck AG\nTel. +41 41 000 00 00",
                frm="Urs Gisler <urs.gisler@gmail.com>", subject="Ihre Bewerbung")
    assert d.company == "Seeblick Druck"
    assert d.contact_first_name == "Urs"


def test_a_sign_off_and_the_name_on_one_line_end_the_text():
    d = details("Hi Sam,\n\nwe went with someone else this time, sorry.\n\nVG Jonas\n\nSent from my phone",
                frm="Jonas Brink <jonas@brinkmoor.example>", subject="Re: Brand Manager")
    assert d.company is None or "Jonas" not in d.company


@pytest.mark.parametrize("line, company", [
    ("Lucia Ferri - Founder Officine Tarsia", "Officine Tarsia"),
    ("CEO Marbella Kork", "Marbella Kork"),
])
def test_a_title_before_the_organisation_on_a_signature_line(line, company):
    domain = company.lower().replace(" ", "")
    d = details(f"Gentile Sam,\n\nabbiamo scelto un altro profilo per la posizione.\n\nCordiali saluti\n\n"
                f"{line}\nTel. 02 000 000", frm=f"Lucia Ferri <l.ferri@{domain}.example>")
    assert d.company == company


def test_the_pronoun_i_after_and_starts_a_clause_not_a_name():
    d = details("Hi Sam,\n\nI loved talking to you about the season at Harbour Kite and I'm sorry to say "
                "we chose another candidate.\n\nBest,\nNoor", frm="Noor Amin <noor@harbourkite.example>",
                subject="Festival producer")
    assert d.company == "Harbour Kite"


# --- forwarded mail: the subject's prefixes and its words about the mail ----------------------

@pytest.mark.parametrize("subject, role", [
    ("TR: Décision – Chef de projet digital", "Chef de projet digital"),
    ("WG: Entscheidung Head of Sales", "Head of Sales"),
    ("RV: Proceso Gerente Comercial - decisión", "Gerente Comercial"),
    ("Enc: Resultado Analista de Dados", "Analista de Dados"),
    ("Doorst: Besluit Marketing Manager", "Marketing Manager"),
])
def test_forward_prefixes_and_mail_words_name_no_company_or_role(subject, role):
    d = details("Sam, I am passing on what HR wrote: they picked another finalist. Sorry!\n\nKarin",
                frm="Karin Holt <karin.holt@vossberg.example>", subject=subject)
    assert d.company == "Vossberg"
    assert d.role == role


@pytest.mark.parametrize("subject, role", [
    ("Búsqueda Jefe de Operaciones - en pausa", "Jefe de Operaciones"),
    ("Suche Head of Finance - Update", "Head of Finance"),
])
def test_the_search_for_a_role_is_not_part_of_its_title(subject, role):
    d = details("Hola Sam:\n\nel cliente ha pausado el proceso.\n\nSaludos\nInés",
                frm="Inés Vidal <ines@vidal.example>", subject=subject)
    assert d.role == role


# --- where a title ends ----------------------------------------------------------------------

def test_a_title_wrapped_in_a_narrow_mail_stays_whole():
    d = details("Hi Sam,\n\nThanks for applying for the Lead Partnerships\nManager position at "
                "Quillon Books and for the time\nyou took to apply.\n\nBest,\nQuillon Books Recruiting",
                frm="Quillon Books <no-reply@quillonbooks.example>", subject="Your application")
    assert d.role == "Lead Partnerships Manager"


@pytest.mark.parametrize("form, role", [
    ("Job Requisition: R-20931 Retail Manager, North Region Status: Declined Updated: by system",
     "Retail Manager, North Region"),
    ("Position: Senior Cartographer Agency: National Mapping Office Announcement number: X-12",
     "Senior Cartographer"),
    ("Functie: Teamleider Klantcontact Werkgever: Dijkstra Zorg", "Teamleider Klantcontact"),
])
def test_a_form_value_ends_at_the_next_field_on_its_line(form, role):
    d = details(f"Dear Sam Taylor,\n\nThe status of your application has changed.\n\n{form}\n\n"
                "Please do not reply.", frm="Careers <no-reply@myworkday.example>",
                subject="Application status update")
    assert d.role == role


def test_an_adverbial_after_a_french_title_is_not_its_field():
    d = details("Bonjour Sam,\n\nnous avons pourvu le poste de chargé(e) de communication à l'interne "
                "la semaine dernière.\n\nCordialement,\nAline Roy", frm="Aline Roy <aline.roy@boreal-media.example>",
                subject="Votre candidature")
    assert d.role == "chargé(e) de communication"


# --- whom to write to, and whom the draft answers -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Para ejercer sus derechos sobre sus datos personales escriba a contacto.datos@orvalle.example.",
    "Para exercer os seus direitos nos termos do RGPD contacte-nos através de rgpd@orvalle.example.",
    "Pour toute demande relative à vos données personnelles : dpo-rh@orvalle.example.",
    "Per domande sul trattamento dei dati personali scrivi a privacy.hr@orvalle.example.",
])
def test_an_address_for_data_requests_is_no_follow_up_address(sentence):
    d = details(f"Hola Sam:\n\nlamentamos informarte de que no continúas en el proceso.\n\n{sentence}\n\n"
                "Saludos,\nEquipo de Selección", frm="Orvalle <noreply@smartrecruiters.com>",
                subject="Tu candidatura")
    assert d.reply_to is None


@pytest.mark.parametrize("sender", ["avisos@empleos-sur.example", "notificacoes@vagas-norte.example",
                                    "meldingen@werkplein.example"])
def test_a_job_boards_alert_sender_is_no_follow_up_address(sender):
    d = details("Oi Sam,\n\nA empresa atualizou o status da sua candidatura: processo encerrado.\n\n"
                "Veja vagas parecidas com o seu perfil.", frm=f"Vagas <{sender}>", subject="Atualização")
    assert d.reply_to is None


@pytest.mark.parametrize("footer", ["Automatisch erstellte Nachricht.", "Messaggio automatico, generato dal sistema.",
                                    "Mensaje automático del portal de empleo."])
def test_a_mail_that_says_it_was_generated_automatically_is_not_answered_at_from(footer):
    d = details("Sehr geehrte:r Sam Taylor,\n\ndie Stelle wurde mittlerweile besetzt.\n\nMit freundlichen Grüßen\n"
                f"Recruiting Center\nBergstrom Werke\n\n{footer}", frm="Bergstrom Werke <recruiting@bergstrom.example>")
    assert d.reply_to is None


@pytest.mark.parametrize("body, writer", [
    ("Guten Tag Sam Taylor,\n\nwir haben uns für eine andere Bewerberin entschieden. Rückfragen beantwortet "
     "meine Assistentin.\n\nMit freundlichen Grüßen\nHelmut Brandstetter\nGeschäftsführer", "Helmut"),
    ("Madame, Monsieur,\n\nnous ne pouvons donner une suite favorable à votre candidature.\n\n"
     "Veuillez agréer nos salutations distinguées.\n\nHelmut Brandstetter\nGérant", "Helmut"),
    # the assistant who writes and signs herself is the one answered
    ("Guten Tag Sam Taylor,\n\nim Auftrag von Herrn Brandstetter teile ich Ihnen mit, dass wir uns anders "
     "entschieden haben.\n\nFreundliche Grüße\nOlivia Marx\nAssistenz der Geschäftsführung", "Olivia"),
])
def test_the_draft_answers_whoever_wrote_and_signed_not_their_assistant(body, writer):
    d = details(body, frm="Helmut Brandstetter <h.brandstetter@brandstetter-bau.example>",
                extra="Reply-To: Olivia Marx <o.marx@brandstetter-bau.example>\n")
    assert d.reply_to == "o.marx@brandstetter-bau.example"
    assert d.contact_first_name == writer


@pytest.mark.parametrize("name, first", [("Mag. Ulrike Hainzl", "Ulrike"), ("Dipl.-Ing. Ulrike Hainzl", "Ulrike"),
                                         ("Drs. Ulrike Hainzl", "Ulrike")])
def test_an_academic_title_before_the_name_is_not_the_first_name(name, first):
    d = details(f"Sehr geehrte Frau Taylor,\n\ndie Stelle wird nicht besetzt.\n\nMit freundlichen Grüßen\n{name}",
                frm=f'"{name}" <ulrike.hainzl@tauernblick.example>')
    assert d.contact_first_name == first


@pytest.mark.parametrize("name, addr, first", [
    ("Mei Lin Goh", "meilin.goh", "Mei Lin"), ("Anna Maria Ferri", "annamaria.ferri", "Anna Maria"),
    ("Mei Lin Goh", "m.goh", "Mei"),
])
def test_a_two_word_given_name_the_address_joins(name, addr, first):
    d = details(f"Dear Sam,\n\nwe are unable to offer you the position.\n\nBest regards,\n{name}",
                frm=f"{name} <{addr}@lionbridge-media.example>", subject="Content Lead")
    assert d.contact_first_name == first


@pytest.mark.parametrize("signature, first", [
    ("Kind regards,\nPriyanka Shah\nHead of People", "Priyanka"),
    ("Met vriendelijke groet,\nHR-dienst Brouwerij Eikenhof", None),
    ("Take care,\nEveryone at Eikenhof", None),
])
def test_with_no_address_the_signer_is_known_but_never_a_team(signature, first):
    d = details(f"Dear Sam,\n\nwe will not move forward with your application.\n\n{signature}\n\n"
                "Sent via Workable.", frm="Eikenhof <noreply@candidates.workablemail.com>")
    assert d.reply_to is None
    assert d.contact_first_name == first


# --- an agency or a job board is not the employer its letter names ----------------------------

@pytest.mark.parametrize("frm, subject, body, company", [
    ("Mere Walker <mere@tuirecruit.example>", "Kōwhai Studio – Producer",
     "Kia ora Sam,\n\nKōwhai Studio have withdrawn the Producer role altogether.\n\nNgā mihi,\nMere Walker\n"
     "Tui Recruit | 021 000 000", "Kōwhai Studio"),
    ("Lindiwe Dube <lindiwe@karootalent.example>", "Update: Head of Brand, Ubuntu Insurance",
     "Hi Sam\n\nUbuntu Insurance let me know the role has been filled internally.\n\nRegards\nLindiwe Dube\n"
     "Karoo Talent | +27 21 000 0000", "Ubuntu Insurance"),
    ("Camila Rojas <crojas@cazatalentos-sur.example>", "Gerente Comercial - en pausa",
     "Hola Sam:\n\nte cuento que Viñedos del Maule nos avisó que congelan la búsqueda.\n\nSaludos,\nCamila Rojas\n"
     "Cazatalentos Sur | Santiago", "Viñedos del Maule"),
])
def test_an_agency_relaying_its_clients_decision_names_the_client(frm, subject, body, company):
    d = details(body, frm=frm, subject=subject)
    assert d.company == company
    assert d.via_agency


def test_a_recruiters_unnamed_client_is_no_company_and_no_part_of_the_title():
    d = details("Hi Sam,\n\nkurzes Update zur Position bei der Elbdeich Spedition: der Kunde hat sich für "
                "jemand anderen entschieden.\n\nBeste Grüße\nTobias\n\n--\nTobias Lenz | Senior Consultant\n"
                "Brückenkopf Executive Search", frm="Tobias Lenz <tobias.lenz@brueckenkopf-search.example>",
                subject="Update Head of Sales – Kunde Bremen")
    assert d.company == "Elbdeich Spedition"
    assert d.role == "Head of Sales"


@pytest.mark.parametrize("subject, body, role", [
    ("Update Head of Marketing - Gent", "Dag Sam,\n\nde opdracht Head of Marketing bij Polderzicht Verzekeringen in "
     "Gent wordt stopgezet.\n\nGroeten,\nLies Peeters", "Head of Marketing"),
    ("Re: Brand Lead - Valencia", "Hola Sam,\n\nte escribimos sobre el proceso de Brand Lead en\nValencia: la "
     "vacante ya ha sido cubierta.\n\nUn abrazo,\nLies", "Brand Lead"),
])
def test_a_place_after_the_title_is_where_not_what(subject, body, role):
    d = details(body, frm="Lies Peeters <lies@polderzicht.example>", subject=subject)
    assert d.role == role
    assert d.company != "Gent" and d.company != "Valencia"


@pytest.mark.parametrize("frm, body, company", [
    ("InfoJobs <noreply@infojobs.net>", "Hola Sam,\n\nTe informamos de que Bodegas Arrieta ha cerrado la "
     "oferta «Jefe/a de Ventas» a la que te inscribiste.\n\nInfoJobs - Portal Media Iberia", "Bodegas Arrieta"),
    ("jobs.ch <noreply@jobs.ch>", "Bonjour Sam Taylor,\n\nFromagerie Vuillemin a mis à jour le statut de votre "
     "candidature :\n\nPoste\nResponsable marketing\nStatut\nRefusée\n\njobs.ch AG · Zürich", "Fromagerie Vuillemin"),
    ("Indeed <donotreply@indeed.com>", "Mise à jour de votre candidature\n\nChargé(e) de communication\n"
     "Menuiserie Blanc – Annecy (74)\n\nStatut : Non retenu\n\nIndeed · 6433 Champion Grandview Way · Austin, TX "
     "78750 · USA", "Menuiserie Blanc"),
    ("Werkplein <noreply@werkplein.example>", "Hoi Sam,\n\nVacature:  Marketeer Online Werkgever: Duinrand "
     "Logistiek Status:    Afgewezen door werkgever\n\nWerkplein", "Duinrand Logistiek"),
    ("Stadtwerke Auenfeld über softgarden <bewerbung-noreply@softgarden.io>",
     "Guten Tag Sam Taylor,\n\nleider können wir Sie nicht berücksichtigen.\n\nFreundliche Grüße\nIhr Recruiting-Team",
     "Stadtwerke Auenfeld"),
])
def test_a_job_board_relays_the_employer_it_names(frm, body, company):
    d = details(body, frm=frm, subject="Statut de votre candidature")
    assert d.company == company



# --- a role the text names, a signer the text names ---------------------------------------------

@pytest.mark.parametrize("sentence, role", [
    ("Thank you for applying to Req #51207, Manager, Brand & Partnerships.", "Manager, Brand & Partnerships"),
    ("Vacancy reference: 2026-2204, Research Communications Officer (Grade 6)",
     "Research Communications Officer (Grade 6)"),
])
def test_the_title_right_after_a_requisition_number(sentence, role):
    d = details(f"Dear Sam,\n\n{sentence}\n\nWe will not be moving forward with your candidacy.\n\nSincerely,\n"
                "Talent Acquisition", frm="Careers <no-reply@icims.com>", subject="Your Candidacy")
    assert d.role == role


@pytest.mark.parametrize("body, role", [
    # a status card: the title alone on a line, a field under it
    ("Hallo Sam,\n\nFeldhaus Armaturen hat den Status Ihrer Bewerbung aktualisiert:\n\n"
     "Vertriebsleiter Süd (w/m/d)\nStatus: Absage\n\nIhr Jobportal-Team", "Vertriebsleiter Süd (w/m/d)"),
    # a quoted title after the posting's noun
    ("Hola Sam,\n\nBodegas Arrieta ha cerrado la oferta «Responsable de Exportación» a la que te inscribiste.",
     "Responsable de Exportación"),
    # a preposition after a noun lead-in is no part of the title
    ("Votre candidature pour Chargée de Mécénat chez Fondation Lumen\n\nMalheureusement, la Fondation a décidé "
     "de ne pas poursuivre.", "Chargée de Mécénat"),
    # Portuguese "em" joins a specialism
    ("Sua candidatura para Analista em BI\n\nA empresa não vai avançar com sua candidatura.", "Analista em BI"),
])
def test_a_role_a_board_or_portal_names(body, role):
    d = details(body, frm="Jobportal <noreply@jobportal.example>", subject="Update")
    assert d.role == role


def test_a_particle_in_a_surname_still_builds_the_address():
    d = details("Geachte heer Taylor,\n\nHelaas gaan wij niet verder met uw sollicitatie. Heeft u vragen, dan kunt u "
                "contact opnemen met Anouk van der Berg, recruiter, via a.vanderberg@dijkzorg.example.\n\n"
                "Met vriendelijke groet,\nTeam Werving & Selectie", frm="Dijkzorg <noreply@smartrecruiters.com>")
    assert d.reply_to == "a.vanderberg@dijkzorg.example"
    assert d.contact_first_name == "Anouk"


@pytest.mark.parametrize("signature, first", [
    ("Kind regards, Tomasz Zielinski Head of Talent, Rivermark Press", "Tomasz"),
    ("In bocca al lupo!\nGiulia di Cantine Morello", "Giulia"),
])
def test_a_signer_on_one_line_with_their_title_or_firm(signature, first):
    d = details(f"Ciao Sam,\n\nnon andremo avanti con la tua candidatura.\n\n{signature}",
                frm="Cantine Morello <noreply@join.com>")
    assert d.contact_first_name == first


def test_a_bank_signing_a_portal_mail_is_no_person():
    d = details("Estimada Sam:\n\ntu postulación no continuará en el proceso.\n\nTe deseamos mucho éxito,\n"
                "Gerencia de Personas\nBanco Andino", frm="Banco Andino <noreply@smartrecruiters.com>")
    assert d.contact_first_name is None
    assert d.company == "Banco Andino"


def test_a_name_written_without_accents_takes_the_texts_spelling():
    d = details("Bonjour,\n\nnous avons retenu une candidature interne pour ce poste.\n\nBien cordialement,\n"
                "Direction des Talents – Éditions Sévère", frm="Editions Severe <editions-severe-careers@talent.icims.com>",
                subject="Votre candidature")
    assert d.company == "Éditions Sévère"


@pytest.mark.parametrize("sentence", ["Lindqvist Freight has replied to your application for Buyer.",
                                      "Lindqvist Freight a répondu à votre candidature pour Acheteur."])
def test_the_employer_that_replied_through_a_board(sentence):
    d = details(f"Hello Sam Taylor,\n\n{sentence}\n\nYour StepStone team", frm="StepStone <noreply@stepstone.de>",
                subject="News about your application")
    assert d.company == "Lindqvist Freight"
