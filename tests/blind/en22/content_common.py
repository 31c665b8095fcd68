"""Owner, ATS vendor chrome and helpers for the en22 blind set."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "This email was sent by {company} via Greenhouse. Please do not reply directly to this message.",
        "Greenhouse Software, Inc. | 18 W 18th St, New York, NY 10011",
        "Manage your email preferences: {unsub}"]},
    "lever": {"colour": "#5c6ac4", "footer": [
        "Sent with Lever on behalf of {company}.",
        "If you'd like us to delete your data, visit {privacy}",
        "Unsubscribe from {company} candidate emails: {unsub}"]},
    "ashby": {"colour": "#3b3bd0", "footer": [
        "Powered by Ashby. You are receiving this email because you applied to a role at {company}.",
        "Privacy notice: {privacy}"]},
    "workday": {"colour": "#0875e1", "footer": [
        "This is an automated message from the {company} Careers site. Replies to this mailbox are not monitored.",
        "To view your candidate home or withdraw your application, sign in at {privacy}",
        "(c) 2026 Workday, Inc. All rights reserved."]},
    "smartrecruiters": {"colour": "#1a73e8", "footer": [
        "Powered by SmartRecruiters | Privacy Policy: {privacy}",
        "You received this email because you applied for a job at {company}. Unsubscribe: {unsub}"]},
    "workable": {"colour": "#00a591", "footer": [
        "Sent via Workable on behalf of {company}.",
        "Workable Software Ltd, 33 Kingsway, London WC2B 6UF, UK | Privacy: {privacy}"]},
    "icims": {"colour": "#f26522", "footer": [
        "Please do not reply to this email; this mailbox is not monitored.",
        "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
        "Powered by iCIMS | {privacy}"]},
    "taleo": {"colour": "#c74634", "footer": [
        "This message was sent from an unmonitored mailbox. Please do not reply.",
        "Oracle Taleo Recruiting | Candidate privacy statement: {privacy}"]},
    "teamtailor": {"colour": "#f0466c", "footer": [
        "Sent by Teamtailor on behalf of {company}.",
        "Want us to remove your data? Click here: {privacy} | Unsubscribe: {unsub}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Powered by Recruitee | {company} careers",
        "Your data is processed in line with the GDPR. Privacy policy: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Sent via BambooHR Applicant Tracking on behalf of {company}.",
        "Questions about your data? {privacy}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "You are receiving LinkedIn notification emails. Unsubscribe: {unsub}",
        "This email was intended for Sam Taylor (Head of Insights at Calder Street Media).",
        "(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "indeed": {"colour": "#2557a7", "footer": [
        "Indeed | Unsubscribe from these emails: {unsub}",
        "(c) 2026 Indeed | Privacy centre: {privacy}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "This is a system-generated message from SAP SuccessFactors on behalf of {company}. Please do not respond.",
        "Data protection notice: {privacy}"]},
    "internal": {"colour": "#6b21a8", "footer": [
        "Calder Street Media | internal systems notification | example.org",
        "Notification settings: {unsub}"]},
    "bank": {"colour": "#004b87", "footer": [
        "This is a service message. Please do not reply to this email.",
        "Security tip: we will never ask for your PIN by email. Privacy: {privacy}"]},
    "plain": {"colour": "#444444", "footer": [
        "You are receiving this because you have an account with {company}. Preferences: {unsub}"]},
}


def rej(slug, frm, subject, text, exp, cat, variant, style, notes="", **kw):
    d = dict(slug=slug, frm=frm, subject=subject, text=text, exp=exp, cat=cat, variant=variant,
             style=style, notes=notes, label="rejection")
    d.update(kw)
    return d


def oth(slug, frm, subject, text, cat, variant, style, notes="", **kw):
    d = dict(slug=slug, frm=frm, subject=subject, text=text, cat=cat, variant=variant,
             style=style, notes=notes, label="other")
    d.update(kw)
    return d
