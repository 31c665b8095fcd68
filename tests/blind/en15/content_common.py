"""Owner, ATS vendor chrome and helpers shared by content_rejections.py and content_others.py (set en15)."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

NOREPLY = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "Precedence": "bulk",
           "List-Unsubscribe": "<{unsub}>"}

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "This email was sent by {company} via Greenhouse. Please do not reply directly to this email.",
        "Greenhouse Software, Inc., 18 W 18th St, New York, NY 10011 | Privacy policy: {privacy}",
        "Unsubscribe from candidate emails: {unsub}"]},
    "lever": {"colour": "#5b5fc7", "footer": [
        "Sent with Lever on behalf of {company}.",
        "You are receiving this because you applied to a role at {company}. Manage your data: {privacy}",
        "Unsubscribe: {unsub}"]},
    "workday": {"colour": "#0875e1", "footer": [
        "This is a system-generated message from {company}'s Workday Recruiting. Replies to this address are not monitored.",
        "To view your candidate home, sign in at {privacy}",
        "{company} is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status."]},
    "smartrecruiters": {"colour": "#ff6b35", "footer": [
        "Powered by SmartRecruiters. This mailbox is not monitored.",
        "Your data is processed according to {company}'s privacy notice: {privacy}",
        "Stop receiving emails about this application: {unsub}"]},
    "teamtailor": {"colour": "#f43f85", "footer": [
        "Sent by {company} through Teamtailor.",
        "Want us to delete your data? Manage your connection: {privacy}",
        "Unsubscribe: {unsub}"]},
    "workable": {"colour": "#00a393", "footer": [
        "Sent via Workable on behalf of {company}. Please don't reply to this email.",
        "Workable Software Limited, London. Privacy: {privacy} | Unsubscribe: {unsub}"]},
    "icims": {"colour": "#3c2e8f", "footer": [
        "PLEASE DO NOT REPLY TO THIS EMAIL. This mailbox is not monitored.",
        "{company} participates in E-Verify and is an Equal Opportunity Employer, including disability and veterans.",
        "Candidate privacy notice: {privacy}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "This message was generated automatically by {company}'s recruiting system (SAP SuccessFactors). Please do not reply.",
        "Data protection: your personal data will be retained for 6 months after the end of the process and then deleted. Details: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Powered by BambooHR. {company} Careers: {privacy}",
        "You received this email because you applied for a job at {company}. Unsubscribe: {unsub}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "This email was intended for Sam Taylor (Head of Audience, Calder Street Media).",
        "You are receiving LinkedIn notification emails. Unsubscribe: {unsub} | Help: {privacy}",
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company."]},
    "indeed": {"colour": "#2557a7", "footer": [
        "Indeed Apply: this message was sent on behalf of {company} through Indeed.",
        "Do not reply to this email. Manage your notifications: {unsub} | Privacy centre: {privacy}",
        "Indeed, 6433 Champion Grandview Way, Austin, TX 78750"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Sent by {company} using Recruitee. Data privacy: {privacy}",
        "Unsubscribe from this company's emails: {unsub}"]},
    "bank": {"colour": "#00704a", "footer": [
        "This is an automatically generated message. Please do not reply. 此乃自動發出的電郵，請勿回覆。",
        "{company} will never ask for your PIN or one-time password by email. Privacy policy: {privacy}"]},
    "events": {"colour": "#7b2cbf", "footer": [
        "You are receiving this because you submitted a proposal via our call for papers. Manage preferences: {unsub}",
        "AudienceCon Pty Ltd, Level 3, 100 Harris St, Pyrmont NSW 2009 | Privacy: {privacy}"]},
    "personio": {"colour": "#1a1a1a", "footer": [
        "This email was sent automatically via Personio on behalf of {company}. Please do not reply.",
        "Privacy policy: {privacy}"]},
}


def ats(slug, label, cat, variant, vendor, brand, frm, subject, text, exp=("", "", "", ""), notes="", **kw):
    m = dict(slug=slug, label=label, cat=cat, variant=variant, style="ats", vendor=vendor, brand=brand, frm=frm,
             subject=subject, text=text, exp=exp, notes=notes, headers=dict(NOREPLY))
    m["headers"].update(kw.pop("headers", {}))
    m.update(kw)
    return m


def pers(slug, label, cat, variant, frm, subject, text, exp=("", "", "", ""), notes="", **kw):
    m = dict(slug=slug, label=label, cat=cat, variant=variant, style="personal", frm=frm, subject=subject,
             text=text, exp=exp, notes=notes)
    m.update(kw)
    return m
