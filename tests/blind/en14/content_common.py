"""Owner, ATS vendor chrome and a row helper for the en14 blind set."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

# vendor: colour, powered-by line, footer lines ({company}, {unsub}, {privacy} are filled in)
VENDORS = {
    "workday": ("#0875e1", [
        "This email was sent from an unmonitored mailbox. Please do not reply to this message.",
        "To view the status of your application, sign in to the {company} Careers site.",
        "Privacy Notice: {privacy}",
        "Powered by Workday"]),
    "greenhouse": ("#24a47f", [
        "{company} is an equal opportunity employer.",
        "Powered by Greenhouse | Unsubscribe from {company} emails: {unsub}"]),
    "lever": ("#3b4a63", [
        "Sent with Lever",
        "If you'd prefer not to receive emails from {company}, you can unsubscribe: {unsub}"]),
    "icims": ("#e35205", [
        "***This is an automated message. Replies to this address are not monitored.***",
        "{company} is an Equal Opportunity Employer - Minorities/Females/Veterans/Individuals with Disabilities.",
        "Candidate privacy: {privacy}",
        "Powered by iCIMS"]),
    "taleo": ("#c74634", [
        "Please do not reply to this message. This mailbox is not monitored.",
        "Oracle Taleo | {company} Career Section | Privacy: {privacy}"]),
    "successfactors": ("#0a6ed1", [
        "This is a system-generated email. Please do not reply.",
        "Your personal data is processed in accordance with the {company} Candidate Privacy Statement: {privacy}",
        "SAP SuccessFactors"]),
    "smartrecruiters": ("#0d7bff", [
        "You are receiving this email because you applied to a position at {company}.",
        "Manage your email preferences: {unsub}",
        "SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104"]),
    "ashby": ("#5542f6", [
        "Powered by Ashby",
        "Unsubscribe: {unsub}"]),
    "workable": ("#00756a", [
        "Sent via Workable on behalf of {company}.",
        "Privacy notice: {privacy} | Unsubscribe: {unsub}"]),
    "bamboohr": ("#73c41d", [
        "This message was sent by {company} using BambooHR.",
        "Please do not reply directly to this email."]),
    "jazzhr": ("#1d9ad6", [
        "This email was sent on behalf of {company} by JazzHR.",
        "Unsubscribe: {unsub}"]),
    "eightfold": ("#3a3ab0", [
        "This is an auto-generated email. Please do not reply.",
        "Talent Intelligence Platform by Eightfold AI | Privacy: {privacy}"]),
    "phenom": ("#ff5f3e", [
        "You are receiving this email because you applied for a role or joined the {company} Talent Community.",
        "Unsubscribe: {unsub} | Privacy Policy: {privacy}",
        "Powered by Phenom"]),
    "avature": ("#003e7e", [
        "This email was sent from a notification-only address that cannot accept incoming email.",
        "{company} Careers | Privacy Statement: {privacy}"]),
    "indeed": ("#2557a7", [
        "Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750",
        "You received this message because you applied to a job on Indeed. Unsubscribe: {unsub}",
        "Privacy Policy: {privacy}"]),
    "linkedin": ("#0a66c2", [
        "This email was intended for Sam Taylor (Head of Marketing at Calder Street Media).",
        "You are receiving Job application update emails. Unsubscribe: {unsub}",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]),
    "sessionize": ("#1ab394", ["Sent by Sessionize on behalf of the organisers. Unsubscribe: {unsub}"]),
    "plain": ("#444444", ["{company} | Unsubscribe: {unsub} | Privacy: {privacy}"]),
}


def M(slug, label, cat, style, variant, frm, subject, text, **kw):
    d = dict(slug=slug, label=label, cat=cat, style=style, variant=variant, frm=frm, subject=subject, text=text)
    d.update(kw)
    return d
