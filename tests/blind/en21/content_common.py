"""Owner, ATS vendor chrome and a row helper for the en21 blind set."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Please do not reply to this email. This inbox is not monitored.",
        "{company} uses Greenhouse to manage applications. Privacy: {privacy}",
        "Powered by Greenhouse"]},
    "lever": {"colour": "#1a73e8", "footer": [
        "Sent by {company} via Lever. To stop receiving emails about this application, unsubscribe: {unsub}",
        "Privacy notice: {privacy}"]},
    "workday": {"colour": "#0875e1", "footer": [
        "This is a system-generated email. Please do not reply.",
        "{company} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
        "Candidate Home: {privacy}"]},
    "smartrecruiters": {"colour": "#00a2e8", "footer": [
        "This message was sent to you by {company} via SmartRecruiters. Replies to this address are not read.",
        "Privacy Policy {privacy} | Unsubscribe {unsub}"]},
    "icims": {"colour": "#1f3d7a", "footer": [
        "***This is an automated message. Please do not respond to this email.***",
        "{company} | Careers powered by iCIMS | {privacy}"]},
    "successfactors": {"colour": "#354a5f", "footer": [
        "This email was generated automatically by the {company} career site. Replies cannot be processed.",
        "Data protection: your personal data is processed in line with our Candidate Privacy Statement ({privacy}). You may request deletion at any time."]},
    "workable": {"colour": "#1ba6a0", "footer": [
        "Sent with Workable on behalf of {company}.",
        "Don't want to receive these emails? Unsubscribe: {unsub}"]},
    "teamtailor": {"colour": "#f35a7a", "footer": [
        "{company} | Career site by Teamtailor",
        "Connect with us or manage your data: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "This email was sent from {company}'s applicant tracking system (BambooHR). Please do not reply to this message."]},
    "recruitee": {"colour": "#3167e3", "footer": [
        "Powered by Recruitee. {company} processes your data as described in its privacy policy: {privacy}",
        "Unsubscribe: {unsub}"]},
    "personio": {"colour": "#0f1c3f", "footer": [
        "This is an automatically generated email from Personio. Please do not reply.",
        "{company} | Datenschutz / Privacy: {privacy}"]},
    "indeed": {"colour": "#2557a7", "footer": [
        "You received this email because you applied to a job on Indeed.",
        "Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750 | Unsubscribe {unsub} | Privacy {privacy}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "You are receiving Job Application emails. Unsubscribe: {unsub}",
        "This email was intended for Sam Taylor (Marketing & Communications Manager at Calder Street Media).",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "ashby": {"colour": "#5b4bdb", "footer": [
        "Sent by {company} via Ashby. Please do not reply to this automated message.",
        "Privacy: {privacy}"]},
    "seek": {"colour": "#e60278", "footer": [
        "This email was sent by SEEK on behalf of the employer. Please do not reply.",
        "SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121 | Unsubscribe {unsub}"]},
    "jobstreet": {"colour": "#0d3880", "footer": [
        "Jobstreet by SEEK | This is an automated message, please do not reply.",
        "Manage email preferences: {unsub}"]},
    "internal": {"colour": "#7a1f3d", "footer": [
        "Calder Street Media People Ops | internal system notification",
        "Manage notifications: {unsub}"]},
    "generic": {"colour": "#444444", "footer": [
        "You are receiving this email because of your account with {company}.",
        "Unsubscribe: {unsub} | Privacy: {privacy}"]},
}

BULK = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
        "List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}


def M(slug, label, cat, style, variant, frm, subject, text, exp=("", "", "", ""), notes="", **kw):
    d = dict(slug=slug, label=label, cat=cat, style=style, variant=variant, frm=frm, subject=subject,
             text=text, exp=exp, notes=notes)
    d.update(kw)
    return d
