"""Follow-up fields, round 6: tracking vendors and job boards under any domain (their brand alone
or with a mail word), "do not reply" local parts in seven languages, a person named beside the
company in an ATS sender's display name, a company's slug under the vendor's domain, an office
after a public employer's name, and more (see each section).

Every message here is written for these tests (names, firms and wording are made up); each test
names the mechanism it holds, not a phrase from a labelled set.
"""
from __future__ import annotations

import pytest

from classifiers.message import parse_message
from drafts import Identity, extract_details
from drafts.addresses import is_ats_domain, is_noreply
from drafts.orgnames import clean as clean_name, strip_department
from drafts.lexicon import is_sign_off
from drafts.titles import is_subject_noise

SAM = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam")


def eml(body: str, *, frm: str, subject: str = "Your application", extra: str = "") -> bytes:
    return (f"From: {frm}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            f"Date: Tue, 1 Dec 2026 09:00:00 +0000\nMessage-ID: <r6@example.test>\n{extra}MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def details(body: str, **kw):
    return extract_details(parse_message(eml(body, **kw)), SAM)


# --- tracking vendors and job boards: their real domains, and their brand under any domain ------

@pytest.mark.parametrize("domain", [
    "mail.xing.com", "stepstone.de", "infojobs.net", "hellowork.com", "apec.fr", "gupy.io", "kenoby.com",
    "dvinci.de", "rexx-systems.com", "jobup.ch", "reed.co.uk", "seek.com.au", "vagas.com.br",
    "computrabajo.com", "ziprecruiter.com", "talent-soft.com",
    # the brand with a mail word, under a domain no list holds
    "talentsoft-mail.example", "rexx-recruitment.test", "mail-stepstone.example", "greenhousemail.example",
    "kenoby.test",
])
def test_a_vendor_or_board_domain_is_never_the_employer(domain):
    assert is_ats_domain(domain)


def test_a_firm_whose_name_only_starts_like_a_vendor_is_a_firm():
    assert is_ats_domain("talentsoft-mail.example")   # fails without the brand-with-mail-word rule
    for domain in ["monster-energy.com", "reedsmith.com", "leverage.example", "seekers-bakery.example",
                   "applebee.example"]:
        assert not is_ats_domain(domain)


def test_the_employer_not_the_vendors_mail_domain_is_the_company():
    d = details("Madame, Monsieur,\n\nNous avons le regret de vous informer que votre candidature au poste "
                "de Responsable communication n'a pas été retenue.\n\nCordialement,\n\nLe service recrutement\n"
                "Mutuelle Ardoise\n",
                frm="Mutuelle Ardoise <ne-pas-repondre@talentsoft-mail.example>",
                subject="Votre candidature")
    assert d.reply_to is None
    assert d.company == "Mutuelle Ardoise"


def test_the_company_slug_under_a_vendor_domain_spells_the_employer():
    d = details("Guten Tag Sam Taylor\n\nLeider können wir Ihre Bewerbung nicht weiter berücksichtigen.\n\n"
                "Freundliche Grüsse\n\nFirnblick Versicherungen AG\nHR Recruiting\n",
                frm="Firnblick Versicherungen <jobs@firnblick.rexx-recruitment.example>",
                subject="Ihre Bewerbung als Leiter Marketing")
    assert d.company == "Firnblick Versicherungen"
    assert d.contact_first_name is None


def test_a_firm_signing_with_its_legal_form_is_no_person():
    d = details("Guten Tag Sam Taylor\n\nWir haben die Stelle intern besetzt.\n\nFreundliche Grüsse\n"
                "Ufergrund Uhren AG\nHuman Resources\n",
                frm="Ufergrund Uhren <noreply@smartrecruiters.example>", subject="Ihre Bewerbung")
    assert d.contact_first_name is None
    assert d.company == "Ufergrund Uhren"


# --- "do not reply" in other spellings ----------------------------------------------------------

@pytest.mark.parametrize("local", [
    "ne-pas-repondre", "ne_pas_repondre", "rh.ne.pas.repondre", "nerepondezpas", "mailrobot", "mail-robot",
    "bitte-nicht-antworten", "hr-keine-antwort", "no-contestar", "no.responder", "nao-responder",
    "hr.non.rispondere", "niet-antwoorden", "geen-antwoord", "do-not-respond", "automailer",
])
def test_do_not_reply_in_seven_languages_is_never_the_follow_up_address(local):
    assert is_noreply(f"{local}@example.test")
    d = details("Hello Sam,\n\nWe went with another candidate.\n\nBest,\nThe hiring team",
                frm=f"Hiring <{local}@kestrel-works.example>")
    assert d.reply_to is None


def test_a_person_whose_name_starts_alike_is_written_to():
    assert is_noreply("ne-pas-repondre@example.test")   # fails without the separated spellings
    for local in ["roberta", "nora", "noelia", "naomi", "nonna.rossi", "mailer.jones"]:
        assert not is_noreply(f"{local}@example.test")


def test_the_hr_address_a_portal_letter_names_gets_the_follow_up():
    d = details("Madame, Monsieur,\n\nVotre candidature n'a pas été retenue.\n\n"
                "Pour toute question : rh-recrutement@prefecture-lozere.example\n\n"
                "Ce courriel est généré automatiquement, merci de ne pas y répondre.",
                frm="Portail Emploi <ne-pas-repondre@portail-emploi.example>")
    assert d.reply_to == "rh-recrutement@prefecture-lozere.example"


# --- a person beside the company in an ATS sender's display name --------------------------------

def test_a_person_at_a_company_sending_through_a_vendor():
    d = details("Hey Sam,\n\nThanks for applying to be our first Product Designer. We're going to pass "
                "for now.\n\nAppreciate it, and good luck out there!\n\nIlse\nCo-founder, Brackenfold\n",
                frm="Ilse at Brackenfold <ilse@mail.dover.com>", subject="Brackenfold // Product Designer")
    assert d.reply_to is None
    assert d.contact_first_name == "Ilse"
    assert d.company == "Brackenfold"


def test_a_firm_and_its_department_in_a_vendor_display_name_is_no_person():
    d = details("Madame,\n\nVotre candidature n'a pas été retenue.\n\nCordialement,\nL'équipe RH",
                frm="Groupe Verdanne - Recrutement <verdanne@taleo.net>", subject="Votre candidature")
    assert d.company == "Groupe Verdanne"
    d = details("Hi Sam,\n\nWe will not move forward.\n\nBest,\nJo\nFounder, Quillmere",
                frm="Jo at Quillmere <jo@mail.dover.com>", subject="Quillmere // Designer")
    assert (d.company, d.contact_first_name) == ("Quillmere", "Jo")


# --- an office after a public employer's name, a department word without its accent -------------

@pytest.mark.parametrize("name, expected", [
    ("Comune di Brescello - Ufficio Personale", "Comune di Brescello"),
    ("Provincie Drenthe - Afdeling Selectie", "Provincie Drenthe"),
    ("Ville de Saintrac – Service des ressources humaines", "Ville de Saintrac"),
    ("Seleccion Cafetera Andina", "Cafetera Andina"),
    ("Hochschule Talheim – Stellenportal", "Hochschule Talheim"),
])
def test_an_office_or_department_word_is_not_the_employers_name(name, expected):
    assert strip_department(name) == expected
    assert strip_department("Departement Mobiliteit") == "Departement Mobiliteit"   # a unit as the employer


# --- an agency names its client by what the client did or by the feedback it heard from it ------

@pytest.mark.parametrize("body, frm, client", [
    ("Hi Sam\n\nBad news I'm afraid - Wattlebird have gone with someone who has more retail exp.\n\n"
     "Cheers\nKev\n\nKev Doyle | Saltbush Recruitment\n0400 000 000",
     "Kev Doyle <kev@saltbushrecruitment.example>", "Wattlebird"),
    ("Hallo Sam\n\nIch habe heute das Feedback von Grauwacke Handel erhalten. Leider hat sich mein Kunde für "
     "ein anderes Profil entschieden.\n\nFreundliche Grüsse\nMarco Huber\nSenior Consultant\n"
     "Talblick Personal AG · Bahnhofstrasse 1 · 8001 Zürich",
     "Marco Huber <marco.huber@talblick-personal.example>", "Grauwacke Handel"),
    ("Bonjour Sam,\n\nJ'ai eu ce matin le retour de Fromagerie Vautrin concernant le poste. Mon client a "
     "retenu un autre candidat.\n\nBien à vous,\nLéa Martin\nConsultante – Lisière Talent",
     "Léa Martin <lea.martin@lisiere-talent.example>", "Fromagerie Vautrin"),
])
def test_an_agency_relays_the_client_it_heard_from(body, frm, client):
    d = details(body, frm=frm, subject="Update")
    assert d.company == client
    assert d.via_agency


def test_who_at_the_client_spoke_stands_between_the_feedback_and_its_name():
    d = details("Bonjour Sam,\n\nJ'ai eu hier le retour de la DRH de Tuilerie Marchand concernant le poste. "
                "Mon client a retenu un autre profil.\n\nBien cordialement,\n\nPaul Girard\nConsultant Senior\n"
                "Cabinet Ormeau Recrutement",
                frm="Paul Girard <p.girard@cabinet-ormeau.example>", subject="Retour de notre client")
    assert d.company == "Tuilerie Marchand"


def test_a_firm_named_with_its_legal_form_in_a_recruiters_text_is_the_client():
    d = details("Grüezi Sam\n\nIch habe heute mit der Geschäftsleitung der Felsberg Optik AG telefoniert. Leider hat "
                "sich unser Mandant für eine andere Kandidatin entschieden. Das Feedback zu Ihnen war positiv.\n\n"
                "Gerne bleibe ich mit Ihnen in Kontakt.\n\nFreundliche Grüsse\n\nUrs Kälin\nPartner\n"
                "Kälin Executive Search AG\nBahnhofstrasse 1, 8001 Zürich",
                frm="Urs Kälin <urs.kaelin@kaelin-executive.example>", subject="Mandat Head of Brand")
    assert d.company == "Felsberg Optik"


def test_an_in_house_recruiter_passing_on_a_colleagues_feedback_is_no_agency():
    test_who_at_the_client_spoke_stands_between_the_feedback_and_its_name()   # the agency case first
    d = details("Hallo Sam,\n\nich leite dir die Rückmeldung von Jonas aus dem Fachbereich weiter. Leider keine "
                "guten Nachrichten.\n\nViele Grüße\nPia\n\nPia Roth | Recruiting\nWindkamm Energie GmbH",
                frm="Pia Roth <pia.roth@windkamm-energie.example>", subject="WG: Feedback")
    assert not d.via_agency
    assert d.company == "Windkamm Energie"


# --- a forwarded message speaks for its own sender ----------------------------------------------

def test_a_colleague_at_the_owners_firm_forwarding_a_rejection_is_neither_contact_nor_company():
    body = ("Sam, das kam in unser Sammelpostfach, weil du es im Formular angegeben hast. Sorry!\nJule\n\n"
            "---------- Weitergeleitete Nachricht ----------\n"
            "Von: Kiefernhain Verlag Karriere <karriere@kiefernhain-verlag.example>\n"
            "Betreff: Ihre Bewerbung als Leitung Lektorat\nAn: info@example.org\n\n"
            "Sehr geehrte Damen und Herren,\n\nleider müssen wir Ihnen absagen. Wir danken für Ihr Interesse "
            "an der Kiefernhain Verlag.\n\nMit freundlichen Grüßen\nKiefernhain Verlag Personalabteilung")
    d = details(body, frm="Jule Brandt <jule.brandt@example.org>", subject="WG: Ihre Bewerbung")
    assert d.reply_to == "karriere@kiefernhain-verlag.example"
    assert d.contact_first_name is None
    assert d.company == "Kiefernhain Verlag"


def test_a_recruiter_resending_an_automated_letter_can_be_answered():
    body = ("Hi Sam - sending this again, I think the first one went to an old address. Happy to talk.\nNoor\n\n"
            "---------- Forwarded message ---------\nFrom: Ferncliff Bank <no-reply@greenhouse.io>\n"
            "Subject: Your application to Ferncliff Bank\n\nHi Sam,\n\nUnfortunately we won't be moving forward.\n\n"
            "Ferncliff Bank Talent\n\nThis is an automated message. Please do not reply to this email.")
    d = details(body, frm="Noor Haddad <noor.haddad@ferncliffbank.example>", subject="Fwd: Your application")
    assert d.reply_to == "noor.haddad@ferncliffbank.example"
    assert d.contact_first_name == "Noor"


def test_an_agency_pasting_the_clients_note_names_the_client():
    body = ("Hoi Sam,\n\nHieronder de reactie van de klant, zodat je het in hun eigen woorden leest.\n\nGroet,\n"
            "Ruud\nDuinroos Talent | 06 0000 0000\n\nVan: Mila Smit <mila.smit@zeevonk-zuivel.example>\n"
            "Onderwerp: Terugkoppeling kandidaat\n\nHoi Ruud,\n\nWe gaan niet verder met Sam; we zoeken meer "
            "ervaring in retail.\n\nMila\nMila Smit | Hoofd Marketing | Zeevonk Zuivel")
    d = details(body, frm="Ruud de Wit <ruud.dewit@duinroostalent.example>", subject="FW: Terugkoppeling")
    assert d.company == "Zeevonk Zuivel"


# --- names: the family name first; a board's relayed message signed inline ----------------------

@pytest.mark.parametrize("display, addr, first", [
    ("Lim Jia Hui", "jiahui.lim@harbourline.example", "Jia Hui"),
    ("Ng Kok Wah", "kokwah.ng@harbourline.example", "Kok Wah"),
    ("Chen Wei", "wei.chen@harbourline.example", "Wei"),
])
def test_a_family_name_written_first_is_not_the_first_name(display, addr, first):
    d = details(f"Dear Sam,\n\nWe have decided to fill the role internally.\n\nBest regards,\n\n{display}\n"
                "Head of HR | Harbourline Pte. Ltd.", frm=f"{display} <{addr}>", subject="Outcome")
    assert d.contact_first_name == first


@pytest.mark.parametrize("body, name, company", [
    ("Marisma Hoteles te ha enviado un mensaje sobre Responsable de Marca\n\n\"Hola Sam, gracias por tu "
     "interés. Hemos decidido seguir con otras candidaturas. Mucha suerte. - Lorena, Marisma Hoteles\"\n\n"
     "Responder en el portal\n\nEste mensaje fue enviado por el portal en nombre de Marisma Hoteles. No respondas.",
     "Lorena", "Marisma Hoteles"),
    ("Grauburg Logistik sent you a message about your application.\n\n\"Hi Sam, thanks for applying. We "
     "won't be moving forward this time. - Owen, Grauburg Logistik\"\n\nJobs you may like:\n"
     "- Data Analyst - Flintmoor Energy - Leeds\n- Insights Lead - Rowanfield Foods - York\n\n"
     "You received this email because you applied on the board.",
     "Owen", "Grauburg Logistik"),
])
def test_a_boards_relayed_message_is_signed_inline_by_the_employers_person(body, name, company):
    d = details(body, frm="Indeed <noreply@indeed.com>", subject="New message")
    assert d.reply_to is None
    assert d.contact_first_name == name
    assert d.company == company


# --- roles: where a title ends and what belongs to it --------------------------------------------

def test_a_title_ending_in_a_word_that_is_also_spanish_does_not_run_into_at():
    d = details("Hi Sam,\n\nThanks again for applying for Creative Operations Director at Kelpie Studio. The "
                "position has now been filled.\n\nKelpie Studio",
                frm="Kelpie Studio <noreply@teamtailor.com>", subject="Update: Creative Operations Director")
    assert d.role == "Creative Operations Director"


@pytest.mark.parametrize("subject, body, role", [
    ("Re: Poste Stratège numérique", "Salut Sam,\n\nOn a choisi un autre candidat pour le poste de Stratège\n"
     "numérique. Bonne chance!\n\nLou\nFjordlab", "Stratège numérique"),
    ("Puesto de Estratega digital", "Hola Sam,\n\nelegimos a otra persona para el puesto de Estratega digital.\n\n"
     "Saludos,\nAna\nBrisamar", "Estratega digital"),
    ("Poste de Conseiller·ère principal·e, communication – gel des embauches",
     "Bonjour Sam,\n\nJe communique avec vous au sujet du poste de Conseiller·ère principal·e,\ncommunication pour "
     "lequel vous avez passé deux entrevues. Le poste est gelé.\n\nCordialement,\nLou Tremblay\nConseillère principale, acquisition de talents",
     "Conseiller·ère principal·e, communication"),
])
def test_a_romance_title_keeps_its_lower_case_area(subject, body, role):
    d = details(body, frm="Lou <lou@fjordlab.example>", subject=subject)
    assert d.role == role


def test_a_clause_after_a_comma_is_no_area_of_the_title():
    test_a_romance_title_keeps_its_lower_case_area(   # the area is kept, the clause is not
        "Re: Poste Stratège numérique", "Salut Sam,\n\nOn a choisi un autre candidat pour le poste de Stratège\n"
        "numérique. Bonne chance!\n\nLou\nFjordlab", "Stratège numérique")
    d = details("Bonjour Sam,\n\nNotre client a retenu pour le poste de Directeur Commercial, dont le parcours "
                "correspond davantage, un autre candidat.\n\nBien à vous,\nLéa",
                frm="Léa <lea@fjordlab.example>", subject="Directeur Commercial")
    assert d.role == "Directeur Commercial"


@pytest.mark.parametrize("word", ["Entscheid", "Bescheid"])
def test_the_subjects_word_for_the_decision_is_no_area_of_the_title(word):
    assert is_subject_noise(word)


def test_the_owners_name_after_candidature_is_never_the_role():
    d = details("Bonjour Sam,\n\nJe vous transmets le retour du manager : nous ne donnerons pas suite.\n\n"
                "Cordialement,\nNathalie Favre",
                frm="Nathalie Favre <nathalie.favre@fjordlab.example>",
                subject="TR: Retour candidature Sam Taylor – Brand Manager")
    assert d.role == "Brand Manager"


def test_who_sends_through_a_tracking_service_is_a_firm_not_its_signer():
    d = details("Hi Sam,\n\nThanks for applying. We've decided to go with other candidates for the Junior "
                "Designer role.\n\nGood luck with the search!\nMarram Creative\n\nSent by Marram Creative via Workable.",
                frm="Marram Creative <noreply@candidates.workablemail.com>", subject="Junior Designer - Marram Creative")
    assert d.company == "Marram Creative"
    assert d.contact_first_name is None
    assert d.role == "Junior Designer"


# --- company names as the text writes them --------------------------------------------------------

def test_a_possessive_after_a_plural_name_is_not_part_of_it():
    d = details("Hi Sam,\n\nThanks for your note. We've decided not to take your application further.\n\nBest,\nNell",
                frm="Nell Price <nell.price@blackfriars.example>", subject="Re: Thank you",
                extra="In-Reply-To: <x@example.org>\n")
    assert clean_name("Blackfriars'") == "Blackfriars"
    assert d.company == "Blackfriars"


def test_an_ampersand_the_domain_spells_as_and_keeps_the_name_as_written():
    body = ("Hi Sam, sorry for the silence - we went with someone else for the Insights Lead role.\nBen\n\n"
            "On Mon, Sam Taylor wrote:\n> Hi Ben, any update on the Insights Lead role at Birch & Bramble?\n> Sam")
    d = details(body, frm="Ben Hale <ben@birchandbramble.example>", subject="Re: Following up")
    assert d.company == "Birch & Bramble"


@pytest.mark.parametrize("sentence", [
    "Purtroppo Fornace Lagunare ha deciso di non procedere con la tua candidatura.",
    "Malheureusement Fornace Lagunare a décidé de ne pas donner suite.",
    "Unfortunately Fornace Lagunare have decided not to proceed.",
    "Helaas Fornace Lagunare heeft besloten niet verder te gaan.",
])
def test_a_sentence_adverb_before_the_clients_name_is_not_part_of_it(sentence):
    d = details(f"Ciao Sam,\n\n{sentence}\n\nUn caro saluto,\nGiulia\n\nGiulia Conti\nSenior Consultant | Talento Ponte",
                frm="Giulia Conti <g.conti@talentoponte.example>", subject="Re: aggiornamenti")
    assert d.company == "Fornace Lagunare"


# --- roles after more lead-ins --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, role", [
    ("Merci d'avoir pris le temps de postuler comme Spécialiste marketing de contenu chez Pivoine Studio.",
     "Spécialiste marketing de contenu"),
    ("Por ahora no avanzaremos con tu proceso para Product Marketing Lead.", "Product Marketing Lead"),
    ("Ich habe mit der Geschäftsführung zur Position Leitung Vertrieb B2B gesprochen, leider ohne Erfolg.",
     "Leitung Vertrieb B2B"),
    ("con riferimento al concorso per la copertura di n. 1 posto di Istruttore Direttivo Comunicazione (Area "
     "dei Funzionari), si comunica l'esito.", "Istruttore Direttivo Comunicazione"),
    ("wir bedanken uns für Ihre Bewerbung auf die ausgeschriebene Stelle Referent/in Pressearbeit (Kennziffer "
     "PR-26-041).", "Referent/in Pressearbeit"),
    ("Gracias por participar en el proceso para la vacante Jefe de Producto.", "Jefe de Producto"),
])
def test_a_title_after_a_lead_in_in_other_languages(sentence, role):
    d = details(f"Hola Sam,\n\n{sentence}\n\nSaludos,\nAna Ruiz", frm="Ana Ruiz <ana.ruiz@pivoine.example>",
                subject="Update")
    assert d.role == role


# --- a job board says what the employer did ------------------------------------------------------

@pytest.mark.parametrize("body, company", [
    ("Bonjour Sam Taylor,\n\nL'entreprise Fougère Biscuits vous a répondu concernant votre candidature au poste "
     "de Chef de projet.\n\n« Votre profil ne correspond pas aux attentes du poste. »\n\nMerci de ne pas y répondre.",
     "Fougère Biscuits"),
    ("Bonjour Sam,\n\nAtelier Corbeau vous informe que le poste de Responsable contenu a été pourvu.\n\n"
     "Cet e-mail vous est adressé pour le compte de Atelier Corbeau.", "Atelier Corbeau"),
])
def test_the_employer_a_board_says_acted_is_the_company(body, company):
    d = details(body, frm="Indeed <candidati@indeed.com>", subject="Votre candidature")
    assert d.company == company


@pytest.mark.parametrize("closing", ["Un abrazo y mucha suerte,", "Thanks and all the best,",
                                     "Merci et bonne chance,", "Danke und viel Erfolg,"])
def test_two_sign_offs_joined_by_a_conjunction_close_the_text(closing):
    assert is_sign_off(closing)
    assert not is_sign_off("Thanks and we will keep your CV,")


def test_an_acronym_in_a_tracking_footer_stands_for_the_name_the_letter_writes():
    d = details("Dear Sam Taylor,\n\nWe regret to advise that you were not selected for this position.\n\n"
                "Kestrel Harbour Logistics is committed to an inclusive recruitment process.\n\nYours truly,\n"
                "Talent Acquisition\nKestrel Harbour Logistics\n\nPlease do not reply to this email.\n\n"
                "Requisition: 26001234 | Job Field: Marketing | Organization: KHL Europe",
                frm="Kestrel Harbour Logistics <noreply@taleo.net>", subject="Your application")
    assert d.company == "Kestrel Harbour Logistics"


def test_an_office_abbreviation_the_text_spells_out_is_not_part_of_the_name():
    d = details("Madame, Monsieur,\n\nVotre candidature n'a pas été retenue.\n\nVeuillez agréer nos salutations "
                "distinguées.\n\nService des ressources humaines (SRH)\n",
                frm="Canton de Vaudrey – SRH <noreply@canton-vaudrey.example>", subject="Mise au concours")
    assert d.company == "Canton de Vaudrey"


def test_a_link_trackers_domain_in_the_signature_is_nobodys_website():
    d = details("Bonjour Sam,\n\nLe recruteur n'a pas donné suite à votre candidature.\n\nVoir l'offre : "
                "https://click.example/t/abc123\n\nhttps://links.example/u/1",
                frm="HelloWork <ne-pas-repondre@hellowork-mail.example>", subject="Suivi de votre candidature")
    assert d.company is None
