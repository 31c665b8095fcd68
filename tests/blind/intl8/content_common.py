"""Owner, ATS / job-board chrome (colour + footer lines) and a row helper for the intl8 blind set."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

_U = "{unsub}"
_P = "{privacy}"
VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": ["Powered by Greenhouse", "Privacy: " + _P, "Unsubscribe / darse de baja: " + _U]},
    "lever": {"colour": "#333f48", "footer": ["Sent via Lever · hire.lever.co", "Privacy policy: " + _P]},
    "workday": {"colour": "#0875e1", "footer": ["{company} — Workday Recruiting", "This email was sent from an unmonitored mailbox.", "Privacy: " + _P]},
    "smartrecruiters": {"colour": "#0078d4", "footer": ["Powered by SmartRecruiters", "SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104", "Manage email preferences: " + _U]},
    "personio": {"colour": "#2c2c2c", "footer": ["Powered by Personio", "Personio SE & Co. KG, Seidlstraße 3, 80335 München", "Datenschutz / Privacy: " + _P]},
    "teamtailor": {"colour": "#f43f85", "footer": ["Powered by Teamtailor", "Connect: " + _U, "Privacy: " + _P]},
    "recruitee": {"colour": "#1999e3", "footer": ["Verzonden via Recruitee · Tellent B.V., Amsterdam", "Privacy: " + _P, "Afmelden: " + _U]},
    "workable": {"colour": "#1a9ba1", "footer": ["Powered by Workable", "Workable Software Ltd · 33 Glasshouse St, London", "Privacy notice: " + _P]},
    "icims": {"colour": "#5a2d82", "footer": ["iCIMS Talent Cloud", "Please do not reply to this message.", "Privacy: " + _P]},
    "successfactors": {"colour": "#0a6ed1", "footer": ["SAP SuccessFactors Recruiting", "{company}", "Privacy: " + _P]},
    "softgarden": {"colour": "#5cb85c", "footer": ["softgarden e-recruiting GmbH · Tempelhofer Ufer 18 · 10963 Berlin", "Datenschutz: " + _P]},
    "bamboohr": {"colour": "#73c41d", "footer": ["Powered by BambooHR", "Privacy: " + _P]},
    "join": {"colour": "#0f62fe", "footer": ["Versendet über JOIN · join.com", "Privacy: " + _P, "Abmelden / Unsubscribe: " + _U]},
    "stepstone": {"colour": "#0c2577", "footer": ["StepStone · stepstone.nl / stepstone.it", "Afmelden / Disiscriviti: " + _U, "Privacy: " + _P]},
    "indeed": {"colour": "#2557a7", "footer": ["© 2026 Indeed", "Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublin 2", "Unsubscribe: " + _U, "Privacy: " + _P]},
    "linkedin": {"colour": "#0a66c2", "footer": ["This email was intended for Sam Taylor (Head of Insights at Calder Street Media).", "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.", "Unsubscribe: " + _U]},
    "infojobs": {"colour": "#167db7", "footer": ["InfoJobs · Adevinta Spain S.L.U. · Av. Diagonal 652, Barcelona", "Si no quieres recibir más emails de este tipo: " + _U, "Política de privacidad: " + _P]},
    "computrabajo": {"colour": "#0d3878", "footer": ["Computrabajo · Redarbor", "Este correo es automático, por favor no lo respondas.", "Darte de baja: " + _U]},
    "bumeran": {"colour": "#e90066", "footer": ["Bumeran · Jobint S.A. · Buenos Aires", "No respondas a este email.", "Desuscribirme: " + _U]},
    "infojobs_it": {"colour": "#167db7", "footer": ["InfoJobs Italia · Adevinta Italia S.r.l. · Milano", "Per non ricevere più queste email: " + _U, "Informativa privacy: " + _P]},
    "gupy": {"colour": "#1a1aff", "footer": ["Gupy · gupy.io", "Este é um e-mail automático, não responda.", "Política de privacidade: " + _P]},
    "catho": {"colour": "#f36c21", "footer": ["Catho Online Ltda. · Barueri - SP", "Para deixar de receber: " + _U]},
    "vagas": {"colour": "#0066b3", "footer": ["VAGAS.com.br · São Paulo", "Não responda a este e-mail.", "Privacidade: " + _P]},
    "netempregos": {"colour": "#ff7800", "footer": ["Net-Empregos · www.net-empregos.com", "Para cancelar a subscrição: " + _U]},
    "nvb": {"colour": "#e30613", "footer": ["Nationale Vacaturebank · DPG Media B.V.", "Afmelden voor deze e-mails: " + _U, "Privacy: " + _P]},
    "werknl": {"colour": "#00689d", "footer": ["werk.nl is een dienst van UWV", "Dit is een automatisch verzonden bericht. U kunt deze e-mail niet beantwoorden.", "Privacyverklaring: " + _P]},
    "plain_html": {"colour": "#444444", "footer": ["{company}", "Privacy: " + _P]},
}


def rej(slug, variant, style, cat, frm, subject, text, exp, notes="", **kw):
    """exp = (reply_to, contact_first_name, company, role)."""
    return dict(slug=slug, variant=variant, style=style, cat=cat, frm=frm, subject=subject, text=text,
                label="rejection", exp=exp, notes=notes, **kw)


def oth(slug, variant, style, cat, frm, subject, text, notes="", **kw):
    return dict(slug=slug, variant=variant, style=style, cat=cat, frm=frm, subject=subject, text=text,
                label="other", notes=notes, **kw)


AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

# Days pinned where a quoted or forwarded message (or a named weekday/date) fixes when the reply was sent.
DAYS = {
    "estudio-nomada-chaser-cubierta": "2026-11-05", "lince-reply-to-thanks": "2026-11-14",
    "guadua-respuesta-final": "2026-11-12", "owner-sent-gracias-ribagorza": "2026-11-12",
    "dijkhuis-chaser-intern": "2026-11-20", "mosselcoop-over-uitnodiging": "2026-11-11",
    "ciclofficina-terse": "2026-11-12", "sirocco-sollecito-chiusa": "2026-11-19",
    "sirocco-risposta-ringraziamento": "2026-11-21", "banco-cerrado-preenchida-outlook": "2026-11-19",
    "mandacaru-resposta-agradecimento": "2026-11-21", "mandacaru-terse-nao-rolou": "2026-11-20",
    "aroeira-ainda-decidindo": "2026-11-25", "owner-sent-ja-escolheram": "2026-11-24",
    "vriend-doorgestuurd-afwijzing": "2026-11-19", "parceiro-encaminha-recusa": "2026-11-19",
    "kompas-reschedule-nog-open": "2026-11-25", "aurora-spostamento-colloquio": "2026-11-24",
    "lijnwerk-aanbod": "2026-11-18", "navigli-offerta": "2026-11-21", "vlaamse-media-workday-gesprek": "2026-11-14",
    "metro-tejo-sf-anulado": "2026-11-17", "alentejo-segunda-entrevista": "2026-11-20",
    "ortofrutta-softgarden-assessment": "2026-11-18", "duinzicht-personio-vertraging": "2026-11-20",
    "ooo-lagunari-risposta-automatica": "2026-11-26", "aurora-ancora-valutazione": "2026-11-18",
    "congreso-datos-charla-rechazada": "2026-11-10", "hospedagem-reserva-recusada": "2026-11-28",
}
