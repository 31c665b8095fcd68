"""Shared data for the intl4 blind set: the mailbox owner, ATS vendor chrome and localised footers."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# Colour of the header rule / buttons and the name used in the "sent via" footer line.
VENDORS = {
    "greenhouse": {"name": "Greenhouse", "colour": "#24a47f", "powered": "Powered by Greenhouse"},
    "lever": {"name": "Lever", "colour": "#1b1f23", "powered": "Powered by Lever"},
    "workday": {"name": "Workday", "colour": "#0875e1", "powered": ""},
    "smartrecruiters": {"name": "SmartRecruiters", "colour": "#0b7bbd", "powered": "Powered by SmartRecruiters"},
    "personio": {"name": "Personio", "colour": "#151b2c", "powered": "Powered by Personio"},
    "teamtailor": {"name": "Teamtailor", "colour": "#f43f85", "powered": "Powered by Teamtailor"},
    "recruitee": {"name": "Recruitee", "colour": "#1999e3", "powered": "Powered by Recruitee"},
    "workable": {"name": "Workable", "colour": "#00756a", "powered": "Powered by Workable"},
    "icims": {"name": "iCIMS", "colour": "#3d2a7c", "powered": ""},
    "successfactors": {"name": "SAP SuccessFactors", "colour": "#0a6ed1", "powered": ""},
    "join": {"name": "JOIN", "colour": "#2a2f45", "powered": "Powered by JOIN · join.com"},
    "gupy": {"name": "Gupy", "colour": "#2e3ff1", "powered": "Feito com ♥ pela Gupy"},
    "bamboohr": {"name": "BambooHR", "colour": "#73c41d", "powered": "Powered by BambooHR"},
    "indeed": {"name": "Indeed", "colour": "#2557a7", "powered": ""},
    "linkedin": {"name": "LinkedIn", "colour": "#0a66c2", "powered": ""},
    "plain": {"name": "", "colour": "#444444", "powered": ""},
}

# Localised ATS footers; {company} {vendor} {unsub} {privacy} are filled in per message.
FOOTERS = {
    "es-ES": [
        "Este mensaje ha sido enviado por {company} a través de {vendor}. Por favor, no respondas a este correo: esta dirección no admite respuestas.",
        "Tratamos tus datos personales conforme al Reglamento General de Protección de Datos (RGPD). Consulta nuestra política de privacidad: {privacy}",
        "Si no deseas recibir más comunicaciones sobre este proceso, puedes darte de baja aquí: {unsub}",
        "© 2026 {company}. Todos los derechos reservados.",
    ],
    "es-LA": [
        "Este es un correo automático enviado por {vendor} en nombre de {company}. Favor de no responder a este mensaje.",
        "Aviso de privacidad: {privacy}",
        "Cancelar suscripción: {unsub}",
    ],
    "nl-NL": [
        "Deze e-mail is automatisch verstuurd via {vendor} namens {company}. Je kunt niet op dit bericht reageren.",
        "Lees in onze privacyverklaring hoe we met je persoonsgegevens omgaan: {privacy}",
        "Geen e-mails meer ontvangen over deze vacature? Afmelden: {unsub}",
    ],
    "nl-BE": [
        "Dit is een automatisch bericht van {company}, verzonden via {vendor}. Gelieve niet te antwoorden op deze e-mail.",
        "Privacybeleid (AVG/GDPR): {privacy} | Uitschrijven: {unsub}",
    ],
    "it-IT": [
        "Questa e-mail è stata generata automaticamente da {vendor} per conto di {company}. Ti preghiamo di non rispondere a questo indirizzo.",
        "Informativa sul trattamento dei dati personali ai sensi del Regolamento (UE) 2016/679 (GDPR): {privacy}",
        "Per non ricevere più comunicazioni: {unsub}",
    ],
    "pt-PT": [
        "Esta mensagem foi enviada automaticamente por {vendor} em nome de {company}. Por favor, não responda a este e-mail.",
        "Política de privacidade e proteção de dados (RGPD): {privacy}",
        "Cancelar subscrição: {unsub}",
    ],
    "pt-BR": [
        "Este é um e-mail automático enviado pela plataforma {vendor} em nome de {company}. Por favor, não responda.",
        "Tratamos seus dados pessoais de acordo com a LGPD (Lei nº 13.709/2018). Saiba mais: {privacy}",
        "Não quer mais receber estes e-mails? Descadastre-se: {unsub}",
    ],
}

# Which footer a variant uses.
FOOTER_OF = {"es-ES": "es-ES", "es-MX": "es-LA", "es-AR": "es-LA", "es-CO": "es-LA", "es-CL": "es-LA",
             "nl-NL": "nl-NL", "nl-BE": "nl-BE", "it-IT": "it-IT", "pt-PT": "pt-PT", "pt-BR": "pt-BR"}

# UTC offsets in minutes (December 2026 / autumn: CET, ART, etc.).
TZ_MINUTES = {"es-ES": 60, "es-MX": -360, "es-AR": -180, "es-CO": -300, "es-CL": -180,
              "nl-NL": 60, "nl-BE": 60, "it-IT": 60, "pt-PT": 0, "pt-BR": -180}
