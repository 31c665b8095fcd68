"""Shared data for intl26: the owner, ATS vendor chrome (colour, powered-by line), time zones."""

OWNER = "Sam Taylor <sam.taylor@example.org>"
OWNER_ADDR = "sam.taylor@example.org"

# UTC offsets in minutes, by country code used in notes.
TZ_MINUTES = {"ES": 60, "CL": -180, "PE": -300, "IT": 60, "NL": 60, "BE": 60, "PT": 0, "BR": -180, "AO": 60}

VENDORS = {
    "successfactors": {"colour": "#0a6ed1", "powered": "Powered by SAP SuccessFactors"},
    "workday": {"colour": "#005cb9", "powered": "Workday, Inc."},
    "smartrecruiters": {"colour": "#2d3e50", "powered": "Powered by SmartRecruiters"},
    "teamtailor": {"colour": "#f75a7a", "powered": "Powered by Teamtailor"},
    "recruitee": {"colour": "#1e88e5", "powered": "Verstuurd via Recruitee"},
    "personio": {"colour": "#1c1c1c", "powered": "Powered by Personio"},
    "icims": {"colour": "#00857c", "powered": "iCIMS Talent Cloud"},
    "gupy": {"colour": "#2b2bd3", "powered": "Enviado por Gupy"},
    "infojobs": {"colour": "#167db7", "powered": "InfoJobs"},
    "computrabajo": {"colour": "#0055a5", "powered": "Computrabajo"},
    "linkedin": {"colour": "#0a66c2", "powered": "LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085"},
    "join": {"colour": "#00b18c", "powered": "Powered by JOIN"},
    "homerun": {"colour": "#ff5a36", "powered": "Sent with Homerun"},
    "bank": {"colour": "#7a1f2b", "powered": ""},
    "plain": {"colour": "#444444", "powered": ""},
}
