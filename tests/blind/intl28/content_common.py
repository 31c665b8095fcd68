"""Shared data for the intl28 blind set: the mailbox owner, ATS / job-board chrome and clocks per country."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# colour = the vendor's accent in the HTML chrome; powered = the vendor line under the company's footer.
VENDORS = {
    "personio": {"colour": "#1f2937", "powered": "Powered by Personio · personio.com"},
    "workday": {"colour": "#0875e1", "powered": "Workday · This email was sent from an unmonitored mailbox."},
    "successfactors": {"colour": "#0a6ed1", "powered": "SAP SuccessFactors Recruiting"},
    "computrabajo": {"colour": "#0d3878", "powered": "Computrabajo Uruguay · Para dejar de recibir estos avisos, ajusta tus notificaciones: {unsub}"},
    "infojobs": {"colour": "#167db7", "powered": "InfoJobs · Calle Llull 123, 08005 Barcelona · Darse de baja: {unsub}"},
    "greenhouse": {"colour": "#24a47f", "powered": "Powered by Greenhouse"},
    "teamtailor": {"colour": "#f43f85", "powered": "Powered by Teamtailor"},
    "linkedin": {"colour": "#0a66c2", "powered": "LinkedIn Ireland Unlimited Company, Wilton Place, Dublin 2. LinkedIn è un marchio registrato di LinkedIn Corporation. Annulla iscrizione: {unsub}"},
    "inrecruiting": {"colour": "#c8102e", "powered": "inRecruiting by Zucchetti"},
    "indeed_it": {"colour": "#2557a7", "powered": "© 2026 Indeed · Non vuoi più ricevere queste email? Annulla l'iscrizione: {unsub}"},
    "smartrecruiters": {"colour": "#0096d6", "powered": "Powered by SmartRecruiters"},
    "recruitee": {"colour": "#1999e3", "powered": "Verzonden via Recruitee"},
    "indeed_nl": {"colour": "#2557a7", "powered": "© 2026 Indeed · Je ontvangt deze e-mail omdat je via Indeed hebt gesolliciteerd. Afmelden: {unsub}"},
    "homerun": {"colour": "#111111", "powered": "Sent with Homerun"},
    "gupy": {"colour": "#2a39d4", "powered": "Enviado por Gupy · Esta é uma mensagem automática, por favor não responda."},
    "vagas": {"colour": "#e3262e", "powered": "VAGAS.com.br · Você recebe este e-mail porque se candidatou pelo VAGAS. Descadastrar: {unsub}"},
    "bank": {"colour": "#820ad1", "powered": ""},
    "lever": {"colour": "#4a4a4a", "powered": "Powered by Lever"},
    "workable": {"colour": "#00756a", "powered": "Powered by Workable"},
}

# UTC offsets in minutes (autumn 2026; Europe back on winter time from 25 October is ignored for simplicity).
TZ_MINUTES = {"ES": 60, "MX": -360, "UY": -180, "IT": 60, "NL": 60, "BE": 60, "PT": 0, "BR": -180, "MZ": 120}

COUNTRY_NAMES = {"ES": "Spain", "MX": "Mexico", "UY": "Uruguay", "IT": "Italy", "NL": "Netherlands",
                 "BE": "Belgium", "PT": "Portugal", "BR": "Brazil", "MZ": "Mozambique"}
