"""Owner, ATS vendor chrome and helpers for the en5 blind set."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

_DNR = "This is an automated message sent from an unmonitored mailbox. Please do not reply to this email."

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Please do not reply directly to this email.",
        "Powered by Greenhouse | Privacy policy: {privacy}",
        "You received this email because you applied for a position at {company}. Unsubscribe from candidate emails: {unsub}"]},
    "lever": {"colour": "#3d4a5c", "footer": [
        "Sent via Lever. {company} uses Lever to manage its hiring.",
        "Lever, Inc. never asks candidates for payment. Privacy notice: {privacy}"]},
    "workday": {"colour": "#005cb9", "footer": [
        _DNR,
        "Candidate Home: sign in to view the status of all your applications.",
        "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.",
        "Privacy statement: {privacy}"]},
    "smartrecruiters": {"colour": "#1f7ae0", "footer": [
        "Powered by SmartRecruiters | Hiring Success",
        "You are receiving this email because you applied for a job at {company}. Manage your email preferences: {unsub}",
        "SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104"]},
    "personio": {"colour": "#1d2a44", "footer": [
        "This message was sent via Personio on behalf of {company}.",
        "Information on how we process applicant data in accordance with Art. 13 GDPR: {privacy}",
        "Personio SE & Co. KG, Seidlstraße 3, 80335 Munich"]},
    "teamtailor": {"colour": "#f34b7d", "footer": [
        "Sent with Teamtailor",
        "Want us to delete your data? Manage your connection and personal data here: {unsub}"]},
    "recruitee": {"colour": "#1499f7", "footer": [
        "Powered by Recruitee",
        "{company} processes your personal data in line with its privacy policy: {privacy}",
        "Do not reply to this message. Replies go to an unmonitored address."]},
    "workable": {"colour": "#00756a", "footer": [
        "Sent via Workable on behalf of {company}.",
        "Workable Software Ltd, 33 Holborn, London EC1N 2HT | Candidate privacy notice: {privacy}"]},
    "icims": {"colour": "#00a0df", "footer": [
        "PLEASE DO NOT REPLY TO THIS MESSAGE. This email was sent from a notification-only address that cannot accept incoming email.",
        "{company} is proud to be an equal opportunity and affirmative action employer.",
        "iCIMS Talent Cloud | Privacy: {privacy} | Unsubscribe: {unsub}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "This is a system-generated email. Please do not respond.",
        "SAP SuccessFactors Recruiting | Data privacy statement: {privacy}",
        "{company} | Registered office as stated on our website. Confidentiality notice: this email and any attachments are intended only for the addressee."]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Powered by BambooHR | {company} Careers",
        "If you believe you received this in error, please ignore this message."]},
    "softgarden": {"colour": "#ff6e00", "footer": [
        "This email was generated automatically by softgarden e-recruiting GmbH on behalf of {company}.",
        "Data protection: {privacy} | Unsubscribe from notifications: {unsub}"]},
    "joincom": {"colour": "#2e2e38", "footer": [
        "Sent with JOIN - free job multiposting. JOIN Solutions AG, Sihlquai 131, 8005 Zurich",
        "Privacy policy: {privacy}"]},
    "indeed": {"colour": "#2164f3", "footer": [
        "This message was delivered by Indeed on behalf of the employer. Indeed does not endorse any employer.",
        "© 2026 Indeed | Privacy Centre: {privacy} | Unsubscribe: {unsub}",
        "Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "This email was intended for Sam Taylor (Head of Audience Insights at Calder Street Media).",
        "Learn why we included this: {privacy} | Unsubscribe: {unsub}",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "seek": {"colour": "#e60278", "footer": [
        "You're receiving this because you applied via SEEK. Manage notifications: {unsub}",
        "SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121. Privacy: {privacy}"]},
    "reed": {"colour": "#cc0066", "footer": [
        "reed.co.uk | Reed Online Ltd, Academy Court, 94 Chancery Lane, London WC2A 1DT",
        "Manage your email settings: {unsub}"]},
    "totaljobs": {"colour": "#7d2ae8", "footer": [
        "Totaljobs Group Ltd, part of The Stepstone Group. Unsubscribe: {unsub}",
        "Please do not reply to this email. Privacy: {privacy}"]},
    "glassdoor": {"colour": "#0caa41", "footer": [
        "Glassdoor, Inc. | 100 Shoreline Hwy, Mill Valley, CA 94941",
        "Unsubscribe from these emails: {unsub} | Privacy: {privacy}"]},
    "wellfound": {"colour": "#000000", "footer": [
        "Wellfound (formerly AngelList Talent) | Unsubscribe: {unsub}",
        "You received this because you applied through Wellfound."]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "StepStone GmbH | Völklinger Straße 1 | 40219 Düsseldorf",
        "This message was sent via StepStone on behalf of {company}. Unsubscribe: {unsub}"]},
    "ashby": {"colour": "#5e4ae3", "footer": [
        "Sent via Ashby on behalf of {company}.",
        "Privacy policy: {privacy}"]},
    "taleo": {"colour": "#c74634", "footer": [
        "***This is an automated email. Please do not reply.***",
        "Oracle Taleo | {company} Careers | Privacy: {privacy}"]},
    "portal": {"colour": "#444f5a", "footer": [
        _DNR,
        "{company} recruitment portal. Accessibility statement and privacy notice: {privacy}"]},
    "internal": {"colour": "#9b2335", "footer": [
        "Calder Street Media People Systems | Internal use only",
        "Manage notification settings: {unsub}"]},
    "misc": {"colour": "#333333", "footer": [
        "You are receiving this email because of your account settings. Unsubscribe: {unsub}",
        "Privacy: {privacy}"]},
}

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}


def rej(slug, cat, style, frm, subject, text, exp, **kw):
    d = dict(slug=slug, label="rejection", cat=cat, style=style, frm=frm, subject=subject, text=text, exp=exp)
    d.update(kw)
    return d


def oth(slug, cat, style, frm, subject, text, **kw):
    d = dict(slug=slug, label="other", cat=cat, style=style, frm=frm, subject=subject, text=text)
    d.update(kw)
    return d
