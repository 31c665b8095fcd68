"""Owner and ATS vendor chrome for the en19 blind set."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

_DNR = "This is an automated message. Please do not reply to this email; replies to this address are not monitored."

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        _DNR, "Powered by Greenhouse. {company} uses Greenhouse to manage its recruiting.",
        "Privacy policy: {privacy}", "Unsubscribe from future emails: {unsub}"]},
    "lever": {"colour": "#3b73b9", "footer": [
        "Sent via Lever on behalf of {company}.", _DNR,
        "To stop receiving emails about your application, unsubscribe here: {unsub}"]},
    "workday": {"colour": "#0875e1", "footer": [
        "This email was sent from an unmonitored mailbox.",
        "{company} Careers | Candidate Home: {privacy}",
        "Workday, Inc. provides this service on behalf of {company}. Manage notification preferences: {unsub}"]},
    "smartrecruiters": {"colour": "#1a9bd7", "footer": [
        "Powered by SmartRecruiters.", _DNR,
        "Your personal data is processed by {company} as data controller. Read our candidate privacy notice: {privacy}",
        "Unsubscribe: {unsub}"]},
    "personio": {"colour": "#1f1f1f", "footer": [
        "{company} · Data protection: {privacy}",
        "Sent with Personio. You are receiving this email because you applied for a position at {company}.",
        "Unsubscribe: {unsub}"]},
    "teamtailor": {"colour": "#f43f85", "footer": [
        "Sent with Teamtailor on behalf of {company}.",
        "Want to change how we handle your data? Visit your connect page: {privacy}", "Unsubscribe: {unsub}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "{company} is using Recruitee to manage applications.", "Privacy: {privacy} · Unsubscribe: {unsub}"]},
    "workable": {"colour": "#00756a", "footer": [
        "Sent via Workable, on behalf of {company}.", _DNR,
        "Workable Software Limited, London, UK. Unsubscribe: {unsub}"]},
    "icims": {"colour": "#6b2c91", "footer": [
        "Please do not respond to this message; this mailbox is not monitored.",
        "{company} is an equal opportunity employer. All qualified applicants receive consideration without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
        "Powered by iCIMS | Opt out: {unsub}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "This is a system-generated email from {company} Careers. Please do not reply.",
        "SAP SuccessFactors | Data privacy statement: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Sent by BambooHR on behalf of {company}.", "Unsubscribe: {unsub}"]},
    "indeed": {"colour": "#2557a7", "footer": [
        "You received this email because you applied to a job on Indeed.",
        "Indeed, Inc., 6433 Champion Grandview Way, Building 1, Austin, TX 78750",
        "Manage email settings: {unsub} · Privacy Centre: {privacy}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "You are receiving Jobs notification emails.", "Unsubscribe: {unsub} · Help: {privacy}",
        "This email was intended for Sam Taylor (Head of Content at Calder Street Media).",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "jobstreet": {"colour": "#0d3880", "footer": [
        "This is an automated email from Jobstreet by SEEK. Please do not reply.",
        "E-mel ini dijana secara automatik. Sila jangan balas e-mel ini.",
        "Privacy: {privacy} · Berhenti melanggan / Unsubscribe: {unsub}"]},
    "seek": {"colour": "#e60278", "footer": [
        "SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121. Do not reply to this email.",
        "Privacy: {privacy} · Unsubscribe: {unsub}"]},
    "generic": {"colour": "#444444", "footer": [
        "Please do not reply to this automated message.", "Privacy: {privacy} · Unsubscribe: {unsub}"]},
    "calendar": {"colour": "#0078d4", "footer": ["Microsoft Outlook · Calder Street Media"]},
}


def rej(reply_to="", first="", company="", role=""):
    return (reply_to, first, company, role)
