"""German, French, Spanish, Italian, Dutch and Portuguese mechanisms of issue 11, round 14, in wording of our own,
beside their nearest opposites:

- an HR system's notice to the reader as the requisition's hiring manager ("die Stelle, für die Sie Hiring Manager
  sind"), or one announcing that the rejection mail will go out later ("die Absage-E-Mail wird … versendet"), is
  the owner's own hiring, whatever its status line says; a candidate portal's status line stays a verdict;
- the same in French, Spanish, Italian, Dutch and Portuguese ("pour lequel vous êtes hiring manager", "en la que
  eres hiring manager", "per cui sei hiring manager", "waarvoor je hiring manager bent", "para a qual você é hiring
  manager"; "l'e-mail de refus sera envoyé", "el correo de rechazo se enviará", …);
- an employer or a job title named for a loan or a flat ("Kreditbank", "Wohnungsbaugesellschaft", "Kreditanalyst",
  "Hypotheekadviseur", "Asesor Hipotecario", "Analista de Crédito", "Analista de Financiamento", "Consulente Mutui",
  "Gestionnaire locatif", "Chargée de financement")
  is no non-job refusal, the reader's own loan ("Ihr Kreditantrag", "solicitud de crédito", "richiesta di mutuo")
  still is;
- a hiring freeze (Spanish, Italian, Dutch, Portuguese, as German and French) and a search taken off the books ("damos de baja el proceso") put
  the role on hold: a rejection; a freeze elsewhere in a recruiter's pitch is not;
- thanks for having scheduled an interview ("gracias por agendar", "obrigado por agendar") in a forwarded note is
  no invitation; a request to schedule stays one;
- a step not done yet ("zonder afgerond assessment", "sin completar la prueba", "sem concluir o teste, …") is a
  requirement, not a verdict, in every language, also when its consequence follows a comma; a reason stated
  ("zonder meer ervaring …") keeps the no;
- an Italian offer letter ("proposta di assunzione", "il team ha scelto te") is an offer even when it mentions the
  other finalist, and frankness ("non ti nascondo che …") is no negation.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


# -- the owner's own requisition in an HR system's notice
OWN_REQUISITION = [
    ("Hallo Sam,\n\nAnna Roth hat die Kandidatin Lena Fuchs für die Stelle Buchhalter (m/w/d), bei der du Hiring "
     "Manager bist, in den Status Abgelehnt gesetzt.\n\nStatus: Abgelehnt\n\nDein Recruiting-System"),
    ("Guten Tag Sam,\n\neine Bewerbung für die Position Einkäufer, für die Sie Hiring Manager sind, wurde "
     "bearbeitet.\n\nStatus: Abgelehnt\n\nIhr Bewerbermanagement"),
    ("Hallo Sam,\n\nfür die Stelle Werkstudent Marketing wurde eine Kandidatin aussortiert. Die Absage-E-Mail wird "
     "morgen früh automatisch versendet.\n\nStatus: Abgelehnt\n\nDein HR-Tool"),
]


@pytest.mark.parametrize("body", OWN_REQUISITION)
def test_a_notice_about_the_owners_requisition_is_no_rejection(clf, body):
    assert not _verdict(clf, body, subject="Statusänderung").rejection


def test_a_candidate_portal_status_stays_a_rejection(clf):
    body = ("Guten Tag Sam Taylor,\n\nder Status Ihrer Bewerbung in unserem Karriereportal hat sich geändert.\n\n"
            "Stelle: Projektleiter Vertrieb\n\nStatus: Abgelehnt\n\nIhr Recruiting-Team")
    assert _verdict(clf, body, subject="Ihre Bewerbung").rejection


OWN_REQUISITION_INTL = [
    ("Bonjour Sam,\n\nune candidate au poste de Comptable, pour lequel vous êtes hiring manager, a été déplacée."
     "\n\nStatut : Refusé\n\nVotre outil de recrutement"),
    ("Bonjour Sam,\n\nune candidate a été écartée pour le poste de Comptable. L'e-mail de refus sera envoyé "
     "automatiquement demain.\n\nStatut : Refusé"),
    ("Hola Sam,\n\nhay un cambio en la vacante Contador, en la que eres hiring manager.\n\nEstado: Descartado"),
    ("Hola Sam,\n\nuna candidata fue descartada de la vacante Contador. El correo de rechazo se enviará mañana."
     "\n\nEstado: Descartado"),
    ("Ciao Sam,\n\nc'è un aggiornamento sulla posizione di Contabile, per cui sei hiring manager.\n\n"
     "Stato: Scartato"),
    ("Ciao Sam,\n\nuna candidata per la posizione di Contabile è stata scartata. L'email di rifiuto verrà inviata "
     "domani.\n\nStato: Scartato"),
    ("Hoi Sam,\n\ner is een update voor de vacature Boekhouder, waarvoor je hiring manager bent.\n\n"
     "Status: Afgewezen"),
    ("Hoi Sam,\n\neen kandidaat voor de vacature Boekhouder is afgewezen. De afwijzingsmail wordt morgen "
     "automatisch verstuurd.\n\nStatus: Afgewezen"),
    ("Olá Sam,\n\nhá uma atualização na vaga de Contador, para a qual você é hiring manager.\n\nStatus: Reprovado"),
    ("Olá Sam,\n\numa candidata da vaga de Contador foi reprovada. O e-mail de reprovação será enviado amanhã."
     "\n\nStatus: Reprovado"),
]


@pytest.mark.parametrize("body", OWN_REQUISITION_INTL)
def test_a_notice_about_the_owners_requisition_is_no_rejection_in_any_language(clf, body):
    assert not _verdict(clf, body, subject="Status").rejection


@pytest.mark.parametrize("body", [
    "Hola Sam,\n\nhay novedades sobre tu candidatura al puesto de Contador.\n\nEstado: Descartado",
    "Olá Sam,\n\nhá novidades sobre a sua candidatura à vaga de Contador.\n\nStatus: Reprovado",
    "Hoi Sam,\n\ner is nieuws over je sollicitatie voor de vacature Boekhouder.\n\nStatus: Afgewezen",
])
def test_the_readers_own_portal_status_stays_a_rejection(clf, body):
    assert _verdict(clf, body, subject="Tu candidatura").rejection


# -- an employer named for a loan or a flat
EMPLOYER_NAMED = [
    ("Guten Tag Sam Taylor,\n\nder Status Ihrer Bewerbung bei der Nordsee Kreditbank hat sich geändert.\n\n"
     "Status: Nicht berücksichtigt\n\nFreundliche Grüße"),
    ("Guten Tag Sam Taylor,\n\nes gibt Neuigkeiten zu Ihrer Bewerbung bei der Wohnungsbaugesellschaft Mitte.\n\n"
     "Status: Abgelehnt\n\nFreundliche Grüße"),
]


@pytest.mark.parametrize("body", EMPLOYER_NAMED)
def test_an_employer_named_for_a_loan_or_a_flat_is_still_a_job(clf, body):
    assert _verdict(clf, body, subject="Ihre Bewerbung").rejection


JOB_TITLE_NAMED = [
    ("Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Kreditsachbearbeiterin (m/w/d). Leider haben wir uns für "
     "eine andere Kandidatin entschieden.\n\nFreundliche Grüße"),
    ("Beste Sam,\n\nbedankt voor je sollicitatie als Hypotheekadviseur. Helaas hebben we gekozen voor een andere "
     "kandidaat.\n\nGroet"),
    ("Beste Sam,\n\nbedankt voor je sollicitatie als Huurconsulent. Helaas hebben we gekozen voor een andere "
     "kandidaat.\n\nGroet"),
    ("Hola Sam,\n\ngracias por postularte como Asesor Hipotecario. Lamentablemente hemos elegido a otro candidato."
     "\n\nSaludos"),
    ("Hola Sam,\n\ngracias por tu interés en el puesto de Analista de Crédito. Lamentablemente hemos elegido a otro "
     "candidato.\n\nSaludos"),
    ("Olá Sam,\n\nobrigado pela candidatura à vaga de Analista de Financiamento. Infelizmente escolhemos outro "
     "candidato.\n\nAbraço"),
    ("Ciao Sam,\n\ngrazie per la candidatura come Consulente Mutui. Purtroppo abbiamo scelto un altro candidato."
     "\n\nSaluti"),
    ("Bonjour Sam,\n\nmerci pour votre candidature au poste de Gestionnaire locatif. Malheureusement, nous ne "
     "pouvons pas y donner suite.\n\nCordialement"),
    ("Bonjour Sam,\n\nmerci pour votre candidature au poste de Chargée de financement. Nous avons retenu un autre "
     "profil.\n\nCordialement"),
]


@pytest.mark.parametrize("body", JOB_TITLE_NAMED)
def test_a_job_title_named_for_a_loan_or_a_flat_is_still_a_job(clf, body):
    assert _verdict(clf, body).rejection


LOAN_REFUSED = [
    ("Beste Sam,\n\nhelaas is je hypotheekaanvraag afgewezen. We hebben gekozen voor een andere aanvrager."
     "\n\nGroet"),
    ("Hola Sam,\n\nlamentablemente tu solicitud de crédito no fue aprobada. Hemos elegido no continuar.\n\n"
     "Saludos"),
    ("Olá Sam,\n\ninfelizmente o seu pedido de financiamento não foi aprovado e não vamos seguir com a proposta."
     "\n\nAbraço"),
    ("Ciao Sam,\n\npurtroppo la tua richiesta di mutuo non è stata accolta: non possiamo procedere.\n\nSaluti"),
    ("Bonjour Sam,\n\nnous avons le regret de vous informer que votre demande de financement n'a pas été retenue "
     "par le comité.\n\nCordialement"),
    ("Bonjour Sam,\n\nvotre dossier locatif n'a malheureusement pas été retenu pour l'appartement de la rue "
     "Victor Hugo.\n\nCordialement"),
]


@pytest.mark.parametrize("body", LOAN_REFUSED)
def test_the_readers_own_loan_refused_stays_no_job_in_any_language(clf, body):
    assert not _verdict(clf, body).rejection


def test_the_readers_own_loan_refused_stays_no_job(clf):
    body = ("Guten Tag Sam,\n\nIhr Kreditantrag vom 3. März wurde geprüft. Leider können wir ihn nicht "
            "berücksichtigen.\n\nStatus: abgelehnt\n\nIhre Bank")
    assert not _verdict(clf, body, subject="Ihr Antrag").rejection


# -- a search frozen or taken off the books
FROZEN = [
    ("Hola Sam,\n\nla dirección decidió congelar todas las contrataciones del año, y eso incluye el puesto de "
     "analista al que te postulaste. Por eso damos de baja el proceso.\n\nSaludos"),
    ("Hola Sam,\n\nte cuento que la búsqueda del puesto de Product Manager fue dada de baja por la gerencia esta "
     "semana.\n\nUn abrazo"),
    ("Hola Sam,\n\nlamentablemente la casa matriz anunció una congelación de contrataciones hasta nuevo aviso, que afecta también "
     "a la vacante de diseñador.\n\nSaludos"),
]


@pytest.mark.parametrize("body", FROZEN)
def test_a_search_frozen_or_taken_off_the_books_is_a_rejection(clf, body):
    assert _verdict(clf, body, subject="Búsqueda Product Manager").rejection


FROZEN_ELSEWHERE = [
    ("Ciao Sam,\n\npurtroppo la casa madre ha deciso il blocco delle assunzioni per tutto il prossimo anno, e "
     "questo riguarda anche la posizione di analista.\n\nUn saluto"),
    ("Hoi Sam,\n\nhelaas is er per direct een vacaturestop afgekondigd; ook de vacature van analist valt "
     "daaronder.\n\nGroet"),
    ("Olá Sam,\n\ninfelizmente a matriz anunciou um congelamento de contratações até o fim do ano, e isso inclui a "
     "vaga de analista.\n\nAbraço"),
]


@pytest.mark.parametrize("body", FROZEN_ELSEWHERE)
def test_a_hiring_freeze_is_a_rejection_in_italian_dutch_portuguese(clf, body):
    assert _verdict(clf, body).rejection


def test_a_freeze_elsewhere_in_a_recruiters_pitch_is_not(clf):
    body = ("Hola Sam,\n\nmuchas empresas han congelado las contrataciones este año, pero mi cliente sigue "
            "creciendo y busca un Product Manager. ¿Te interesa que hablemos?\n\nSaludos")
    assert not _verdict(clf, body, subject="Oportunidad").rejection


# -- thanks for scheduling, in a forwarded note
FORWARDED_THANKS = [
    ("Hola Sam,\n\nte reenvío la nota de la gerente. Lamentablemente no vamos a continuar con tu proceso.\n\n"
     "Saludos,\nLucía\n\n________________________________\nDe: Marta Gil <marta.gil@harbour-works.example>\n"
     "Enviado: martes\nPara: Lucía Romero\nAsunto: Entrevista Sam Taylor\n\nLucía, gracias por agendar. "
     "Sam tiene buen criterio, pero no avanzamos con Sam.\n\nMarta", "RV: Entrevista Sam Taylor"),
    ("Olá Sam,\n\nreencaminho a nota do gestor. Infelizmente não vamos continuar com o seu processo.\n\n"
     "Abraço,\nRita\n\n________________________________\nDe: Paulo Reis <paulo.reis@harbour-works.example>\n"
     "Enviado: quinta-feira\nPara: Rita Lopes\nAssunto: Entrevista Sam Taylor\n\nRita, obrigado por agendar. "
     "O Sam comunica bem, mas não avançamos com o Sam.\n\nPaulo", "ENC: Entrevista Sam Taylor"),
]


@pytest.mark.parametrize("body,subject", FORWARDED_THANKS)
def test_thanks_for_scheduling_in_a_forwarded_note_is_no_invitation(clf, body, subject):
    assert _verdict(clf, body, subject=subject).rejection


@pytest.mark.parametrize("body", [
    "Hola Sam,\n\n¿podemos agendar la segunda entrevista para el jueves?\n\nSaludos",
    "Olá Sam,\n\ngostaríamos de agendar a segunda entrevista para quinta-feira.\n\nAbraço",
])
def test_a_request_to_schedule_stays_an_invitation(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection
    assert any(h.id.endswith("-invitation") and h.score < 0 for h in verdict.hits)


# -- a step not done yet: a requirement, not a verdict
REQUIREMENT = [
    ("Beste Sam,\n\nje bent door de eerste selectie. Maak de online test binnen vijf dagen. Zonder voltooide test "
     "kunnen we je sollicitatie helaas niet verder behandelen.\n\nGroet"),
    ("Hallo Sam,\n\nnächster Schritt ist ein Online-Test. Ohne abgeschlossenen Test können wir Ihre Bewerbung "
     "leider nicht weiter berücksichtigen.\n\nGrüße"),
    ("Bonjour Sam,\n\nprochaine étape : un test en ligne. Sans test complété sous sept jours, nous ne pourrons "
     "malheureusement pas poursuivre votre candidature.\n\nCordialement"),
    ("Hola Sam,\n\nel siguiente paso es una prueba en línea. Sin completar la prueba en siete días no podremos "
     "continuar con tu candidatura.\n\nSaludos"),
    ("Ciao Sam,\n\nil prossimo passo è un test online. Senza completare il test entro sette giorni purtroppo non "
     "potremo proseguire con la tua candidatura.\n\nSaluti"),
    ("Olá Sam,\n\na próxima etapa é um teste online. Sem concluir o teste em sete dias, infelizmente não poderemos "
     "avançar com a sua candidatura.\n\nAbraço"),
]


@pytest.mark.parametrize("body", REQUIREMENT)
def test_a_step_not_yet_done_is_a_requirement_not_a_verdict(clf, body):
    assert not _verdict(clf, body, subject="Online test").rejection


def test_a_reason_stated_keeps_the_no(clf):
    body = ("Beste Sam,\n\nhelaas gaan we niet verder met je sollicitatie; zonder meer ervaring met B2B past je "
            "profiel niet.\n\nGroet")
    assert _verdict(clf, body).rejection


# -- an Italian offer letter
OFFER = [
    ("Ciao Sam,\n\nsono felice di inviarti la nostra proposta di assunzione per il ruolo di Analista. Non ti "
     "nascondo che alla fine la scelta era tra te e un altro candidato molto bravo.\n\nA presto"),
    ("Ciao Sam,\n\nti allego la lettera di assunzione. Purtroppo non possiamo alzare la RAL, ma abbiamo "
     "valutato anche un'altra candidata e il team ha scelto te.\n\nUn saluto"),
]


@pytest.mark.parametrize("body", OFFER)
def test_an_italian_offer_letter_is_no_rejection(clf, body):
    assert not _verdict(clf, body, subject="La tua offerta").rejection


def test_an_italian_rejection_naming_the_other_candidate_stays_one(clf):
    body = ("Ciao Sam,\n\nla scelta finale era tra te e un altro candidato, e purtroppo il team ha scelto "
            "l'altro profilo. Non possiamo proseguire con la tua candidatura.\n\nUn saluto")
    assert _verdict(clf, body).rejection


# -- the role not opened after all (Spanish and Portuguese, as Italian's "di non aprire più la posizione")
@pytest.mark.parametrize("body", [
    "Olá Sam,\n\na empresa decidiu não abrir mais a vaga este ano.\n\nAbraço",
    "Hola Sam,\n\nla dirección decidió no abrir finalmente la vacante de analista.\n\nSaludos",
])
def test_a_role_not_opened_after_all_is_a_rejection(clf, body):
    assert _verdict(clf, body).rejection


@pytest.mark.parametrize("body", [
    "Hola Sam,\n\nno pude abrir el enlace del puesto que me enviaste, ¿me lo reenvías?\n\nSaludos",
    "Olá Sam,\n\nainda não abrimos a vaga oficialmente, mas gostaria de conversar com você na quinta.\n\nAbraço",
])
def test_a_link_not_opened_or_a_role_not_yet_opened_is_not(clf, body):
    assert not _verdict(clf, body).rejection


def test_a_concession_before_the_comma_is_no_requirement(clf):
    # "even without the final interview, we decided…": the no stands; only a "cannot" after the comma is the
    # consequence of a step not done
    body = ("Ciao Sam,\n\nanche senza aver svolto il colloquio finale, abbiamo deciso di non proseguire con la tua "
            "candidatura.\n\nSaluti")
    assert _verdict(clf, body).rejection
