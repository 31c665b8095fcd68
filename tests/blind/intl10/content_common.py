"""Owner, ATS vendor chrome and helpers shared by the content_*.py files."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": ["Powered by Greenhouse", "Privacy policy: {privacy}", "Please do not reply to this email. This mailbox is not monitored."]},
    "lever": {"colour": "#1d2f3d", "footer": ["Sent via Lever", "Unsubscribe: {unsub}"]},
    "workday": {"colour": "#005cb9", "footer": ["This is an automated message from {company} Careers (Workday). Do not reply.", "Manage your candidate profile: {privacy}"]},
    "smartrecruiters": {"colour": "#0c5ada", "footer": ["SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104", "Unsubscribe: {unsub}"]},
    "personio": {"colour": "#1c1c1c", "footer": ["Sent with Personio | jobs.personio.de", "Datenschutz / Privacy: {privacy}"]},
    "teamtailor": {"colour": "#f15b67", "footer": ["Powered by Teamtailor", "Unsubscribe / Darse de baja: {unsub}"]},
    "recruitee": {"colour": "#1999e3", "footer": ["Sent with Recruitee", "Uitschrijven / Unsubscribe: {unsub}"]},
    "workable": {"colour": "#0e1e25", "footer": ["Powered by Workable", "Privacy: {privacy}"]},
    "icims": {"colour": "#00a3e0", "footer": ["This message was sent by iCIMS on behalf of {company}.", "Please do not reply directly to this email."]},
    "successfactors": {"colour": "#354a5f", "footer": ["SAP SuccessFactors | Candidate Experience", "Data privacy statement: {privacy}"]},
    "softgarden": {"colour": "#7ab800", "footer": ["softgarden e-recruiting GmbH", "Datenschutz: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "footer": ["Powered by BambooHR", "Unsubscribe: {unsub}"]},
    "join": {"colour": "#2f54eb", "footer": ["JOIN Solutions AG - join.com", "Unsubscribe: {unsub}"]},
    "stepstone": {"colour": "#0c2577", "footer": ["StepStone Services", "E-mail-instellingen / Email settings: {unsub}"]},
    "indeed": {"colour": "#2557a7", "footer": ["© 2026 Indeed", "Unsubscribe: {unsub}", "Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2"]},
    "linkedin": {"colour": "#0a66c2", "footer": ["This email was intended for Sam Taylor (Head of Insights at Calder Street Media).", "Unsubscribe: {unsub}", "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."]},
    "gupy": {"colour": "#2c6bed", "footer": ["Gupy Tecnologia", "Não responda este e-mail.", "Descadastrar: {unsub}"]},
    "infojobs": {"colour": "#167db7", "footer": ["InfoJobs - Adevinta Spain", "Darse de baja: {unsub}"]},
    "catho": {"colour": "#ff6a00", "footer": ["Catho Online Ltda.", "Descadastrar: {unsub}"]},
    "computrabajo": {"colour": "#0d3878", "footer": ["Computrabajo", "No respondas a este correo.", "Cancelar suscripción: {unsub}"]},
    "none": {"colour": "#444444", "footer": []},
}

def R(slug, cat, lang, style, frm, subject, text, exp, **kw):
    d = dict(slug=slug, label="rejection", cat=cat, lang=lang, style=style, frm=frm, subject=subject, text=text, exp=exp)
    d.update(kw)
    return d

def O(slug, cat, lang, style, frm, subject, text, **kw):
    d = dict(slug=slug, label="other", cat=cat, lang=lang, style=style, frm=frm, subject=subject, text=text)
    d.update(kw)
    return d
