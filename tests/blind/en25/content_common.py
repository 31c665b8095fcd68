"""Owner and ATS vendor chrome for en25 (footer lines as vendors print them; {brand} is the employer)."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk",
        "List-Unsubscribe": "<{unsub}>", "X-Auto-Response-Suppress": "All"}

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Please do not reply to this email. This mailbox is not monitored.",
        "Powered by Greenhouse. {brand} uses Greenhouse to manage its hiring. Privacy policy: https://www.greenhouse.com/privacy-policy"]},
    "lever": {"colour": "#4a4a4a", "footer": [
        "Sent by {brand} via Lever. You are receiving this email because you applied for a role at {brand}.",
        "Lever, Inc. · 155 Bovet Road, San Mateo, CA"]},
    "workday": {"colour": "#0875e1", "footer": [
        "This is a system-generated message from {brand} Careers. Please do not reply to this email.",
        "To view your candidate home, sign in to the {brand} careers site. Powered by Workday."]},
    "smartrecruiters": {"colour": "#0071bc", "footer": [
        "This message was sent to sam.taylor@example.org by {brand} via SmartRecruiters.",
        "SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104 · Privacy Policy · Terms"]},
    "personio": {"colour": "#232c3b", "footer": [
        "{brand} · Datenschutz / Privacy: your data is processed in line with Art. 6(1)(b) GDPR and deleted six months after the process ends.",
        "Powered by Personio"]},
    "teamtailor": {"colour": "#f6416c", "footer": [
        "You receive this email because you applied for a job at {brand}. Manage your data: Connect settings.",
        "Sent with Teamtailor"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "{brand} uses Recruitee to manage applications. Reply to this email if you have questions; replies go to the hiring team.",
        "Remove my data"]},
    "workable": {"colour": "#00756a", "footer": [
        "Sent by {brand} via Workable. Please do not reply directly to this email.",
        "Workable Software Limited · Privacy notice"]},
    "icims": {"colour": "#5c2d91", "footer": [
        "This email was sent from an unmonitored mailbox. Please do not reply.",
        "{brand} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
        "Powered by iCIMS"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "*** This is an automatically generated email, please do not reply. ***",
        "{brand} Careers · Data privacy statement · SAP SuccessFactors"]},
    "softgarden": {"colour": "#ee7d00", "footer": [
        "{brand} · Diese E-Mail wurde automatisch erstellt / This email was generated automatically.",
        "softgarden e-recruiting GmbH · Tauentzienstraße 14 · 10789 Berlin"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Powered by BambooHR. This email was sent on behalf of {brand}."]},
    "join": {"colour": "#1e1e50", "footer": [
        "This message was sent via JOIN on behalf of {brand}. JOIN Solutions AG, Sihlquai 131, 8005 Zürich",
        "Don't want these emails? Unsubscribe."]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "StepStone GmbH · Völklinger Straße 1 · 40219 Düsseldorf · You receive this message because you applied via StepStone.",
        "Manage notifications · Privacy"]},
    "indeed": {"colour": "#2557a7", "footer": [
        "© 2026 Indeed · Do not forward this email, it contains information about your account.",
        "Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2 · Unsubscribe · Privacy Centre"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "This email was intended for Sam Taylor (Senior Editor, Calder Street Media).",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn."]},
    "pinpoint": {"colour": "#7b61ff", "footer": [
        "Sent via Pinpoint on behalf of {brand}. Please don't reply to this email.",
        "Privacy notice · Pinpoint Software Ltd"]},
    "hris": {"colour": "#3f4d5a", "footer": [
        "Calder Street People · Internal system notification. Do not forward outside Calder Street Media.",
        "Manage notification preferences in People > Settings."]},
}

VENDORS["mailer"] = {"colour": "#333333", "footer": [
    "You are receiving this email because you have an account with {brand}.",
    "Update your email preferences · Privacy policy"]}


def R(slug, style, country, category, tags, frm, subject, text, f_reply_to="", f_first="", f_company="",
      f_role="", **kw):
    d = dict(slug=slug, label="rejection", style=style, country=country, category=category, tags=tags, frm=frm,
             subject=subject, text=text, f_reply_to=f_reply_to, f_first=f_first, f_company=f_company, f_role=f_role)
    if style == "ats":
        d["headers"] = dict(BULK, **kw.pop("headers", {}))
    d.update(kw)
    return d


def O(slug, style, country, category, tags, frm, subject, text, **kw):
    d = dict(slug=slug, label="other", style=style, country=country, category=category, tags=tags, frm=frm,
             subject=subject, text=text)
    if style == "ats":
        d["headers"] = dict(BULK, **kw.pop("headers", {}))
    d.update(kw)
    return d
