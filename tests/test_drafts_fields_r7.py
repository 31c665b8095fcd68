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


# --- a unit signing is no one's first name -------------------------------------------------------

@pytest.mark.parametrize("signature, frm", [
    ("Mit freundlichen Grüßen\nPersonalentwicklung\nBrunnhof Textil AG", "bewerbung@brunnhof-textil.example"),
    ("Cordialement,\nUniversité de Lornac", "Université de Lornac <drh@univ-lornac.example>"),
    ("Met vriendelijke groet,\nRecruitmentafdeling\nZeeduin Zorg", "werken@zeeduin.example"),
])
def test_a_department_or_organisation_signing_gets_no_first_name(signature, frm):
    d = details(f"Guten Tag,\n\nleider können wir Ihre Bewerbung nicht berücksichtigen.\n\n{signature}", frm=frm)
    assert d.contact_first_name is None


def test_a_person_signing_still_gets_greeted_by_first_name():
    d = details("Hallo Sam,\n\nleider hat es nicht geklappt.\n\nViele Grüße\nPersonalleiterin Katrin Vogt",
                frm="Katrin Vogt <k.vogt@brunnhof-textil.example>")
    assert d.contact_first_name == "Katrin"


# --- addresses nobody answers from ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.",
    "Antworten Sie bitte nicht auf diese Nachricht.",
    "Le rogamos no conteste a este correo.",
    "Pedimos que você não responder diretamente a esta mensagem.",
    "Gelieve niet op deze e-mail te reageren.",
])
def test_do_not_reply_written_with_a_pronoun_or_object_means_no_reply_address(sentence):
    d = details(f"Bonjour,\n\nVotre candidature n'a pas été retenue.\n\nLe service recrutement\n\n{sentence}",
                frm="Recrutement <recrutement-campus@univ-lornac.example>")
    assert d.reply_to is None


@pytest.mark.parametrize("frm", [
    "Harrowgate Bank Careers <careers@harrowgate.phenompeople.example>",
    "Talhof Bau GmbH <bewerbung@talhof-bau.b-ite.example>",
])
def test_a_tracking_vendors_domain_under_any_tld_is_no_reply_address(frm):
    d = details("Hello,\n\nThe position has been filled.\n\nTalent Acquisition", frm=frm)
    assert d.reply_to is None


def test_an_address_for_another_purpose_with_a_department_after_it_is_no_reply_address():
    d = details("Hello,\n\nThe requisition has closed.\n\nTalent Acquisition\n\nIf you need adjustments during "
                "hiring, write to accessibility.recruiting@harrowgate.example.",
                frm="Harrowgate Bank <no-reply@harrowgate.example>")
    assert d.reply_to is None


# --- the company: never a greeting, an office, a portal or a vendor ------------------------------

def test_a_greeting_to_the_owner_is_never_the_company():
    body = ("Guten Tag Sam Taylor,\n\nunsere Nachricht kam leider zurück, daher hier noch einmal:\n\n"
            "----- Ursprüngliche Nachricht -----\nVon: Anke Rausch\nAn: sam.taylor@example.org\n"
            "Datum: 03.11.2026 10:12\nBetreff: Ihre Bewerbung\n\n"
            "Guten Tag Sam Taylor,\n\nleider haben wir uns für eine andere Bewerberin entschieden.\n\n"
            "Mit freundlichen Grüßen\nAnke Rausch\nPersonal\nLindenhof Möbel GmbH · Tel. 0711 4410-2")
    d = details(body, frm="Anke Rausch <a.rausch@lindenhof-moebel.example>", subject="Erneut gesendet: Ihre Bewerbung")
    assert d.company == "Lindenhof Möbel"


@pytest.mark.parametrize("frm, want", [
    ("Secrétariat RH – Université de Lornac <rh@univ-lornac.example>", "Université de Lornac"),
    ("Segreteria del personale – Comune di Borgofranco <personale@borgofranco.example>", "Comune di Borgofranco"),
])
def test_an_office_before_the_dash_of_a_display_name_is_not_the_company(frm, want):
    d = details("Madame, Monsieur,\n\nnous ne pouvons donner une suite favorable à votre candidature.\n\n"
                "Le service", frm=frm, subject="Résultat")
    assert d.company == want


def test_an_office_alone_is_no_company():
    d = details("Sehr geehrte Frau Taylor,\n\ndie Stelle wurde anderweitig besetzt.\n\nMit freundlichen Grüßen\n"
                "Im Auftrag\nFachbereich Personal",
                frm="Gemeinde Talheim – Fachbereich Personal <personal@talheim.haufe-tm.example>",
                subject="Stellenbesetzung")
    assert d.company == "Gemeinde Talheim"


def test_the_portal_that_generated_the_mail_is_not_the_employer():
    d = details("Gentile candidato,\n\nla informiamo che non è stato ammesso alla prova orale.\n\n"
                "Ufficio Personale - Comune di Roccalta\n\nMessaggio generato automaticamente dal Portale "
                "Selezioni - non rispondere.",
                frm="Portale Selezioni <noreply@selezioni.example>", subject="Comune di Roccalta - Esito prova scritta")
    assert d.company != "Portale Selezioni"


def test_an_employers_own_career_site_generating_the_mail_still_names_it():
    d = details("Dear Sam,\n\nThe position has now been filled.\n\nKind regards,\nRecruitment, Wexcombe Holdings\n\n"
                "This email was generated automatically by the Wexcombe Holdings career section.",
                frm="Wexcombe Holdings Careers <wexcombe-noreply@taleo.net>", subject="Your application")
    assert d.company == "Wexcombe Holdings"


@pytest.mark.parametrize("frm", [
    "Noordkaap Energie <noordkaapenergie@myworkday.com.example>",
    "Noordkaap Energie <noordkaap@myworkday.example>",
])
def test_a_vendors_prefixed_mail_domain_is_not_the_company(frm):
    d = details("Beste Sam,\n\nDe vacature is vervuld.\n\nMet vriendelijke groet,\nTeam Werving", frm=frm,
                subject="Update")
    assert d.company == "Noordkaap Energie"


def test_a_place_after_the_name_is_not_part_of_the_company():
    d = details("Salut Sam,\n\nMerci pour ta candidature chez Ondine Films à Lausanne. Le poste est pourvu.\n\n"
                "Toute l'équipe d'Ondine Films à Lausanne te souhaite le meilleur.",
                frm="Ondine Films <no-reply@teamtailor.com>", subject="Ta candidature")
    assert d.company == "Ondine Films"


@pytest.mark.parametrize("subject", ["Update Mandat Talwerk Energie", "Suche Talwerk Energie – Zwischenstand"])
def test_a_subjects_search_word_before_the_client_is_not_its_name(subject):
    d = details("Hallo Sam,\n\nder Kunde hat sich leider für jemand anderen entschieden.\n\nBeste Grüße\nNina Roth",
                frm="Nina Roth <nina.roth@bergsicht-search.example>", subject=subject)
    assert d.company == "Talwerk Energie"


# --- a requisition number is cut, the words around it are not ------------------------------------

@pytest.mark.parametrize("subject, want", [
    ("Proceso R-55102 Product Manager Liquidez y Ahorro", "Product Manager Liquidez y Ahorro"),
    ("Candidatura 2026-31 Analista de Crédito Rápido", "Analista de Crédito Rápido"),
])
def test_a_word_containing_id_or_ref_is_no_requisition_tail(subject, want):
    d = details("Hola Sam,\n\nGracias por tu interés. Hemos decidido seguir con otras candidaturas.\n\nSaludos,\nEquipo de Talento",
                frm="Talento <empleo@banco-cierzo.example>", subject=subject)
    assert d.role == want


# --- roles a board's card or a German letter names -----------------------------------------------

def test_a_networks_one_line_card_gives_the_title_before_the_company():
    d = details("Sam, merci pour votre intérêt\n\nResponsable Partenariats Ambroise Éditions · Lyon, "
                "Auvergne-Rhône-Alpes (Hybride)\n\nMalheureusement, Ambroise Éditions a décidé de ne pas aller "
                "plus loin avec votre candidature.",
                frm="LinkedIn <jobs-noreply@linkedin.com>", subject="Votre candidature chez Ambroise Éditions")
    assert d.role == "Responsable Partenariats"


def test_a_gender_inclusive_article_after_stelle_leads_to_the_title():
    d = details("Sehr geehrte*r Sam Taylor,\n\nvielen Dank für Ihre Bewerbung auf die Stelle einer*eines "
                "Sachbearbeiter*in\nfür Drittmittelverwaltung (Kennziffer 44/2026) an der Hochschule Wendelstein.\n\n"
                "Leider müssen wir Ihnen mitteilen, dass wir uns anders entschieden haben.\n\nMit freundlichen Grüßen\n"
                "Ihre Personalabteilung", frm="stellen@hs-wendelstein.example", subject="Ihre Bewerbung")
    assert d.role == "Sachbearbeiter*in für Drittmittelverwaltung"


def test_a_boards_search_named_by_its_title():
    d = details("¡Hola Sam!\n\nLa empresa Molinos del Sur finalizó la búsqueda Analista de Pricing a la que te "
                "postulaste.\n\nGracias por usar nuestra plataforma.",
                frm="Bumeran <notificaciones@bumeran.com.ar>", subject="Novedades sobre tu postulación")
    assert d.role == "Analista de Pricing"


@pytest.mark.parametrize("sign_off", ["Ngā mihi,", "Nga mihi nui,"])
def test_a_new_zealand_sign_off_in_te_reo_introduces_the_signer(sign_off):
    d = details(f"Kia ora Sam,\n\nThanks for applying. The role has now been filled.\n\n{sign_off}\nMere Tawhiri\n"
                "People & Culture\n\nThis message was sent by Kōwhai Outdoor using BambooHR. Please do not reply.",
                frm="Kōwhai Outdoor <notifications@app.bamboohr.com>", subject="Marketing Coordinator")
    assert d.contact_first_name == "Mere"
