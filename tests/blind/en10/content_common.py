"""Owner, vendor chrome and row helpers for blind set en10."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

_DNR = "This is an automated message. Please do not reply to this email."
VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Powered by Greenhouse", _DNR,
        "{company} processes your personal data in line with its candidate privacy notice: {privacy}"]},
    "lever": {"colour": "#4a4a4a", "footer": [
        "Sent by {company} via Lever. Lever Inc, 155 Montgomery St, San Francisco.",
        "Unsubscribe from {company} emails: {unsub}"]},
    "workday": {"colour": "#0875e1", "footer": [
        "Please do not respond to this message. This mailbox is not monitored.",
        "Candidate Home | Privacy: {privacy}", "(c) 2026 Workday, Inc."]},
    "smartrecruiters": {"colour": "#1b74e4", "footer": [
        "This email was sent by {company} using SmartRecruiters. Do not reply.",
        "Manage your data and consents: {privacy}"]},
    "personio": {"colour": "#111111", "footer": [
        "{company} uses Personio to manage applications. Personio SE & Co. KG, Munich.",
        "Information on data protection: {privacy}"]},
    "teamtailor": {"colour": "#f4587c", "footer": [
        "Sent with Teamtailor", "Connect with {company} | Unsubscribe: {unsub}", "Privacy policy: {privacy}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Sent via Recruitee on behalf of {company}.", "Do not reply to this email address.",
        "Remove my data: {privacy}"]},
    "workable": {"colour": "#00756a", "footer": [
        "Powered by Workable. {company} handles your data under its privacy notice: {privacy}",
        "To stop receiving these emails: {unsub}"]},
    "icims": {"colour": "#1f3a93", "footer": [
        "This message was sent from an unmonitored account. Replies will not be read.",
        "iCIMS Talent Cloud | Privacy: {privacy}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "This is a system-generated e-mail from SAP SuccessFactors on behalf of {company}. Do not reply.",
        "Data Privacy Statement: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Sent from BambooHR on behalf of {company}.", "Please do not reply directly to this email."]},
    "indeed": {"colour": "#2557a7", "footer": [
        "You received this email because you applied to a job on Indeed.",
        "Indeed, 6433 Champion Grandview Way, Austin, TX. Unsubscribe: {unsub}", "Privacy: {privacy}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "This email was intended for Sam Taylor (Head of Insights at Calder Street Media).",
        "Learn why we included this. Unsubscribe: {unsub}", "(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "join": {"colour": "#2d2d7a", "footer": [
        "Sent via JOIN on behalf of {company}. JOIN Solutions AG, Zurich.", "Privacy: {privacy}"]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "You are receiving this message because you applied via StepStone.",
        "StepStone Ltd, London. Manage notifications: {unsub}"]},
    "plain": {"colour": "#555555", "footer": ["{company}"]},
    "internal": {"colour": "#7a2a90", "footer": [
        "Calder Street Media HR | Internal use only. Do not forward outside the organisation."]},
}


def A(slug, label, cat, vendor, frm, subject, text, exp=None, variant="en-GB", notes="", brand="", **kw):
    """An ATS-style message."""
    d = dict(slug=slug, label=label, cat=cat, style="ats", vendor=vendor, frm=frm, subject=subject,
             text=text, variant=variant, notes=notes,
             brand=brand or (exp[2] if exp and exp[2] else frm.split(" <")[0].replace(" Careers", "")))
    if exp:
        d["exp"] = exp
    d.update(kw)
    return d


def P(slug, label, cat, frm, subject, text, exp=None, variant="en-GB", notes="", **kw):
    """A personal message (plain text, optionally with a client's HTML part)."""
    d = dict(slug=slug, label=label, cat=cat, style="personal", frm=frm, subject=subject, text=text,
             variant=variant, notes=notes)
    if exp:
        d["exp"] = exp
    d.update(kw)
    return d

# Days pinned where a quoted or forwarded message, or a date in the text, fixes when the mail was sent.
DAYS = {
    "thread-reply-above-invite": "2026-11-02", "reply-to-sam-chaser-gone-another": "2026-10-28",
    "greenhouse-resent-autoforward-recruiter": "2026-10-20", "forwarded-by-hm-with-note": "2026-11-05",
    "outlook-thread-role-withdrawn": "2026-11-10", "forwarded-rejection-by-sam-colleague": "2026-11-06",
    "reply-to-thank-you-note": "2026-11-12", "forwarded-by-recruiter-client-email": "2026-11-16",
    "recruiter-client-feedback-after-final": "2026-11-04", "reply-to-sam-chaser-still-in-running": "2026-11-11",
    "colleague-discussing-rejected-candidates": "2026-11-19", "card-declined-bank": "2026-11-12",
    "interview-invite-answering-sam": "2026-11-19", "teamtailor-offer-ready": "2026-11-16",
    "meeting-declined": "2026-11-20", "expense-claim-rejected": "2026-11-17",
    "internal-leave-request-rejected": "2026-11-18", "on-hold-for-two-weeks-still-in": "2026-11-20",
}
