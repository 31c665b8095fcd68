"""Owner and ATS vendor chrome for intl16."""
OWNER = "Sam Taylor <sam.taylor@example.org>"
_BULK = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "Precedence": "bulk"}
VENDORS = {
    "workday": {"key": "wd", "colour": "#0875e1", "powered": "Powered by Workday", "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}},
    "successfactors": {"key": "sf", "colour": "#0a6ed1", "powered": "SAP SuccessFactors", "headers": {"Auto-Submitted": "auto-generated"}},
    "teamtailor": {"key": "tt", "colour": "#f43f85", "powered": "Powered by Teamtailor", "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"}},
    "recruitee": {"key": "rc", "colour": "#1999e3", "powered": "Powered by Recruitee", "headers": {"Auto-Submitted": "auto-generated"}},
    "personio": {"key": "ps", "colour": "#15263b", "powered": "Powered by Personio", "headers": {"Auto-Submitted": "auto-generated"}},
    "infojobs": {"key": "ij", "colour": "#167db7", "powered": "InfoJobs", "headers": dict(_BULK, **{"List-Unsubscribe": "<{unsub}>", "X-Campaign": "estado-candidatura"})},
    "gupy": {"key": "gp", "colour": "#2f4be0", "powered": "Enviado via Gupy", "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"}},
    "kenoby": {"key": "kb", "colour": "#00b48a", "powered": "Kenoby - Recrutamento", "headers": {"Auto-Submitted": "auto-generated"}},
    "indeed": {"key": "in", "colour": "#2557a7", "powered": "Indeed", "headers": dict(_BULK, **{"List-Unsubscribe": "<{unsub}>", "List-Id": "<candidate-updates.indeed.com>"})},
    "linkedin": {"key": "li", "colour": "#0a66c2", "powered": "LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085", "headers": dict(_BULK, **{"List-Unsubscribe": "<{unsub}>", "X-LinkedIn-Class": "JOBS-APPLICANT"})},
    "public": {"key": "gov", "colour": "#7a1f2b", "powered": "Questo messaggio è generato automaticamente", "headers": {"Auto-Submitted": "auto-generated"}},
    "publicbe": {"key": "vo", "colour": "#ffe615", "powered": "Vlaamse overheid - Agentschap Overheidspersoneel", "headers": {"Auto-Submitted": "auto-generated"}},
    "bank": {"key": "bk", "colour": "#004481", "powered": "Banca Fictícia S.A.", "headers": {"Auto-Submitted": "auto-generated"}},
    "event": {"key": "ev", "colour": "#6b3fa0", "powered": "Enviado con Sessionize-like CFP", "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}},
    "hris": {"key": "hr", "colour": "#15263b", "powered": "Powered by Personio", "headers": {"Auto-Submitted": "auto-generated"}},
}
