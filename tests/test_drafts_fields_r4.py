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
    ("de vacature Office Manager Noord trekken wij helaas in.", "Office Manager Noord"),
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
    ("Merci pour votre candidature au poste de Directeur(trice), stratégie de marque, chez nous.",
     "Directeur(trice), stratégie de marque"),
    ("Merci pour votre candidature au poste de Conseiller·ère principal·e, relations médias.",
     "Conseiller·ère principal·e, relations médias"),
    ("Merci pour votre candidature au poste de Délégué-e à la formation.", "Délégué-e à la formation"),
    # German: "für" plus a noun is the title's specialism
    ("vielen Dank für Ihre Bewerbung als Sachbearbeiter/in für Fördermittel.",
     "Sachbearbeiter/in für Fördermittel"),
    ("vielen Dank für Ihre Bewerbung als Projektleiter Bau für Ihr Interesse an uns.", "Projektleiter Bau"),
    # guards: "für Ihr …" and "à" plus a place end a title
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


# --- subjects: a label word before the title, the mail's topic after it ------------------------

@pytest.mark.parametrize("subject, role", [
    ("Kandidatur Projektleiter/in Digitalisierung", "Projektleiter/in Digitalisierung"),
    ("Processo Coordenador de Vendas Júnior", "Coordenador de Vendas Júnior"),
    ("Mandat Head of Treasury – Rückmeldung", "Head of Treasury"),
    ("HR-3310 – Bewerbung Leitung Stadtbibliothek", "Leitung Stadtbibliothek"),
])
def test_a_label_word_or_the_mails_topic_is_no_part_of_the_title(subject, role):
    d = details("Guten Tag Sam,\n\nleider können wir Ihnen keine Zusage geben.\n\nFreundliche Grüße\nMarta Kühn",
                frm="Marta Kühn <marta.kuehn@auenhof-gruppe.example>", subject=subject)
    assert d.role == role


def test_the_posting_s_fuller_title_wins_over_the_short_mention():
    # the subject names the posting with its area; the text says the short form
    d = details("Hallo Sam,\n\ndanke für deine Bewerbung als Product Owner. Wir haben uns für jemand "
                "anderen entschieden.\n\nViele Grüße\nTim Baer\nHafenkran Logistik",
                frm="Tim Baer <tim.baer@hafenkran.example>",
                subject="Deine Bewerbung: Product Owner (m/w/d) – Zahlungsverkehr")
    assert d.role == "Product Owner (m/w/d) – Zahlungsverkehr"


def test_a_glued_role_noun_is_dropped():
    d = details("Beste Sam,\n\nWe hebben voor de Data Steward-rol iemand anders gekozen.\n\nGroet,\nEls",
                frm="Els Mertens <els@duinpan.example>", subject="Stand van zaken")
    assert d.role == "Data Steward"


# --- company: who the letter speaks for --------------------------------------------------------

def test_a_job_board_relaying_the_message_is_not_the_employer():
    body = ("Hola Sam:\n\nLa empresa ha actualizado el estado de tu candidatura.\n\n"
            "Oferta:    Analista de Precios\nEmpresa:   Lácteos Peñalara\nEstado:    Descartado\n\n"
            "Consejo Jobrelay: completa tu perfil.\n\nJobrelay · Portalia Media S.L. · Madrid")
    d = details(body, frm="Jobrelay <noreply@jobrelay.example>", subject="Actualización de tu candidatura")
    assert d.company == "Lácteos Peñalara"


def test_a_relayed_network_message_names_the_writer_s_employer():
    body = ("Ute Brandt, Talent Partner bei Kranichsee Verlag, hat Ihnen eine Nachricht geschickt:\n\n"
            "„Hallo Sam, die Stelle ist leider schon vergeben.“\n\nNachricht beantworten\n\n"
            "Netzwerkdienst Beispiel SE · Hamburg")
    d = details(body, frm="Ute Brandt über Netzwerkdienst <mailrobot@netzwerkdienst.example>",
                subject="Ute Brandt hat Ihnen eine Nachricht geschickt")
    assert d.company == "Kranichsee Verlag"


@pytest.mark.parametrize("frm, company", [
    ("Caisse Mutuelle Sablière - Carrières <noreply@myworkday.com>", "Caisse Mutuelle Sablière"),
    ("Fondazione Arte Viva – Selezione <noreply@myworkday.com>", "Fondazione Arte Viva"),
])
def test_a_department_after_a_dash_in_the_sender_name_is_dropped(frm, company):
    d = details("Bonjour Sam,\n\nNous ne donnerons pas suite à votre candidature.\n\nCordialement",
                frm=frm, subject="Votre candidature")
    assert d.company == company


def test_a_team_signature_names_its_organisation():
    d = details("Bonjour Sam,\n\nVotre profil ne correspond pas à nos besoins.\n\nCordialement,\n"
                "L'équipe RH de Biscuits Kerlann", frm="<no-reply@ats-mailer.example>",
                subject="Suite à votre candidature")
    assert d.company == "Biscuits Kerlann"


def test_a_firm_of_partners_keeps_its_ampersand():
    d = details("Sehr geehrte Sam Taylor,\n\ndie Stelle ist inzwischen besetzt.\n\nFreundliche Grüße\n"
                "Ida Lenz\nLenz & Partner Architekten", frm="Ida Lenz <lenz@lenz-partner-arch.example>")
    assert d.company == "Lenz & Partner Architekten"


def test_a_name_read_off_a_domain_keeps_the_thread_s_diacritics():
    body = ("Hallo Sam,\n\nwir haben uns für eine andere Bewerberin entschieden.\n\nViele Grüße\nJule\n\n"
            "> Hallo Jule, gibt es schon Neuigkeiten zu meiner Bewerbung bei Mühlbrück?")
    d = details(body, frm="Jule Krämer <jule@muhlbruck.example>", subject="AW: Nachfrage")
    assert d.company == "Mühlbrück"


@pytest.mark.parametrize("subject, company", [
    ("Feedback Zorgverzekeraar Duinland – Marketing Manager", "Zorgverzekeraar Duinland"),
    ("Rückmeldung Steinbruch Albrecht – Leiter Vertrieb", "Steinbruch Albrecht"),
])
def test_an_agency_s_subject_word_is_not_part_of_the_client_s_name(subject, company):
    d = details("Hi Sam,\n\nI heard back from my client and they went with another candidate.\n\nBest,\nRoos",
                frm="Roos Jansen <roos@talentbrug-recruitment.example>", subject=subject)
    assert d.company == company


# --- conventions: the field keeps the posting's title, the letter says it as a person would ----

def test_the_gender_marker_is_kept_in_the_field_and_left_out_of_the_letter():
    from drafts.compose import Composer
    from drafts.identity import DraftSettings
    msg = parse_message(eml("Sehr geehrte Sam Taylor,\n\nvielen Dank für Ihre Bewerbung als Disponent "
                            "Nahverkehr (m/w/d). Leider können wir Ihnen keine Zusage geben.\n\n"
                            "Mit freundlichen Grüßen\nJonas Weber\nRheintal Bahnen",
                            frm="Jonas Weber <jonas.weber@rheintal-bahnen.example>"))
    d = extract_details(msg, SAM)
    assert d.role == "Disponent Nahverkehr (m/w/d)"     # as advertised: the ledger and `check` show it
    body = Composer(SAM, DraftSettings()).render_body(msg, d, "de")
    assert "Disponent Nahverkehr" in body and "(m/w/d)" not in body



@pytest.mark.parametrize("sentence, role", [
    # a German role noun in apposition names the title right after it
    ("wir setzen den Prozess für die Rolle Data Engineer Plattform nicht fort.", "Data Engineer Plattform"),
    ("die Vakanz „Sachbearbeiter*in Einkauf“ wurde geschlossen.", "Sachbearbeiter*in Einkauf"),
    # guard: "als" after the noun is no part of the title
    ("das ist für die Rolle als Teamleiter Logistik ein zentraler Punkt, und leider fehlt er.",
     "Teamleiter Logistik"),
])
def test_a_german_role_noun_names_the_title_after_it(sentence, role):
    d = details(f"Hallo Sam,\n\n{sentence}\n\nViele Grüße\nKai Brand",
                frm="Kai Brand <kai.brand@moorlicht.example>", subject="Deine Bewerbung")
    assert d.role == role


def test_a_french_subject_names_the_application_by_its_lower_case_title():
    d = details("Bonjour,\n\nle poste est pourvu, désolée.\n\nClaire",
                frm="Claire Faure <claire@librairie-faure.example>",
                subject="Re: Candidature chargé(e) de médiation culturelle")
    assert d.role == "chargé(e) de médiation culturelle"


# --- agencies: the letter speaks for the client it names -----------------------------------------

@pytest.mark.parametrize("body, frm, company", [
    ("Hola Sam:\n\nTe escribo con la respuesta de nuestro cliente, Conservas Mareira, sobre el puesto. "
     "Han decidido no continuar con tu candidatura.\n\nUn saludo,\nPilar Soto",
     "Pilar Soto <psoto@soto-asociados.example>", "Conservas Mareira"),
    ("Guten Tag Sam Taylor,\n\nich gebe Ihnen die Rückmeldung unseres Mandanten, der Brückenbau Ahlers, "
     "weiter: man hat sich für eine andere Kandidatin entschieden.\n\nFreundliche Grüße\nOle Wendt",
     "Ole Wendt <o.wendt@wendt-beratung.example>", "Brückenbau Ahlers"),
    ("Olá Sam,\n\nRecebi o retorno do meu cliente, a Vidraria Lusa, e infelizmente optaram por outro "
     "perfil.\n\nAbraço,\nRui", "Rui Paiva <rui@paiva-hunting.example>", "Vidraria Lusa"),
])
def test_a_recruiter_naming_a_client_speaks_for_the_client(body, frm, company):
    d = details(body, frm=frm, subject="Feedback")
    assert (d.company, d.via_agency) == (company, True)


def test_a_recruitment_firm_relaying_a_decision_by_name():
    d = details("Hi Sam,\n\nAs discussed on the phone, Tidebank told me they've gone with another candidate "
                "for the Pricing Analyst job. Sorry!\n\nCheers,\nMick",
                frm="Mick Hart <mick@hart-recruitment.example>", subject="Tidebank")
    assert (d.company, d.via_agency) == ("Tidebank", True)


def test_a_department_of_people_and_culture_is_not_the_name():
    d = details("Hi Sam,\n\nThe role has been filled.\n\nBest,\nAnna",
                frm="Kestrel Foods People & Culture <people@kestrelfoods.example>", subject="Your application")
    assert d.company == "Kestrel Foods"


# --- job boards: the card names the posting; the reader's own headline is not the job -------------

def test_a_job_board_card_names_the_posting_and_the_reader_s_headline_does_not():
    body = ("Ihre Bewerbung bei Talsperre Digital\n\nReferent:in Datenschutz\nTalsperre Digital · Kassel (Hybrid)\n\n"
            "Leider hat sich Talsperre Digital entschieden, Ihre Bewerbung nicht weiterzuverfolgen. "
            "Sie haben sich über Jobnetz auf diese Stelle beworben.\n\n"
            "Ähnliche Jobs:\n- Senior Data Analyst · Nordquell · Bremen\n\n"
            "Diese E-Mail war für Sam Taylor (Lead Data Strategist bei Obermoor Energie) bestimmt.")
    d = details(body, frm="Jobnetz <jobs-noreply@jobnetz.example>", subject="Ihre Bewerbung bei Talsperre Digital")
    assert (d.company, d.role) == ("Talsperre Digital", "Referent:in Datenschutz")


def test_a_signature_is_not_a_job_card():
    body = ("Hi Sam,\n\nWe went with another candidate for the Data Analyst role.\n\nBest,\nNora Quinn\n"
            "Head of People\nLarchmont Labs · Dublin")
    d = details(body, frm="Nora Quinn <nora@larchmontlabs.example>", subject="Your application")
    assert d.role == "Data Analyst"


@pytest.mark.parametrize("sentence, role", [
    ("we won't be inviting you to the final stage for Analyst, Fraud Operations.", "Analyst, Fraud Operations"),
    ("here are our notes from the Engineer, Developer Tools loop.", "Engineer, Developer Tools"),
])
def test_an_english_title_named_by_its_stage_or_loop(sentence, role):
    d = details(f"Hi Sam,\n\n{sentence} Thanks again for your time.\n\nBest,\nRay",
                frm="Ray Ortiz <ray@quaystone.example>", subject="Update")
    assert d.role == role
