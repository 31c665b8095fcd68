"""Shared data for the blind English corpus: the owner, ATS vendor chrome (footers, colours), helpers."""

OWNER = "Sam Taylor <sam.taylor@example.org>"
OWNER_ADDR = "sam.taylor@example.org"

# Footer lines under each vendor's HTML/plain body; {company}, {unsub}, {privacy} are filled per message.
VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "This message was sent by {company} via Greenhouse.",
        "Greenhouse Software, Inc. | 18 West 18th St, New York, NY 10011 (fictional routing address)",
        "Privacy policy: {privacy}"]},
    "lever": {"colour": "#3a3f51", "footer": [
        "Sent with Lever on behalf of {company}.",
        "Please do not reply to this email; replies to this address are not read.",
        "Manage your data: {privacy}"]},
    "workday": {"colour": "#005cb9", "footer": [
        "This is an automatically generated message from {company}'s recruiting system. Please do not reply.",
        "To view your candidate home, sign in to the careers site. Candidate privacy statement: {privacy}",
        "Workday, Inc. hosts this site on behalf of {company}."]},
    "smartrecruiters": {"colour": "#0a7cff", "footer": [
        "Powered by SmartRecruiters",
        "You are receiving this because you applied for a job at {company}. Unsubscribe from job updates: {unsub}",
        "SmartRecruiters Privacy Notice: {privacy}"]},
    "ashby": {"colour": "#5446f0", "footer": [
        "Sent via Ashby on behalf of {company}.",
        "Questions about how your data is used? {privacy}"]},
    "icims": {"colour": "#ff6a13", "footer": [
        "PLEASE DO NOT REPLY TO THIS MESSAGE. This email was sent from an unattended mailbox.",
        "{company} is an equal opportunity employer. All qualified applicants receive consideration without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
        "Powered by iCIMS | Privacy: {privacy}"]},
    "taleo": {"colour": "#c74634", "footer": [
        "This email was generated automatically by the {company} career section. Replies to this address are not monitored.",
        "Oracle Taleo | Terms of use and privacy: {privacy}"]},
    "teamtailor": {"colour": "#f1508c", "footer": [
        "{company} uses Teamtailor to handle applications.",
        "You can see, download or delete your data at any time: {privacy}",
        "Don't want these emails? {unsub}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Sent by {company} with Recruitee.",
        "Your personal data is processed under the GDPR. Request removal here: {privacy}"]},
    "personio": {"colour": "#1e1e1e", "footer": [
        "{company} | Data protection: we store your application data for six months after the process closes, in line with GDPR Art. 17. Details: {privacy}",
        "This email was sent via Personio. Please do not reply to this automated message."]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "This is a system-generated e-mail from SAP SuccessFactors on behalf of {company}. Please do not reply.",
        "Data privacy statement for applicants: {privacy}"]},
    "wttj": {"colour": "#ffcd00", "footer": [
        "Welcome to the Jungle - on behalf of {company}",
        "You're receiving this email because you applied through Welcome to the Jungle. Notification settings: {unsub}",
        "Privacy: {privacy}"]},
    "softgarden": {"colour": "#7ab929", "footer": [
        "{company} - powered by softgarden e-recruiting GmbH",
        "Information on data protection for applicants: {privacy}",
        "This is an automatically generated email. Please do not reply."]},
    "workable": {"colour": "#00756a", "footer": [
        "Powered by Workable. {company} is the data controller for your application.",
        "Privacy notice: {privacy} | Unsubscribe: {unsub}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Sent from {company}'s BambooHR hiring site. Please do not reply directly to this email.",
        "{privacy}"]},
    "jobvite": {"colour": "#2a6ebb", "footer": [
        "Jobvite is sending this message on behalf of {company}.",
        "To stop receiving messages from {company}, click here: {unsub}",
        "Privacy: {privacy}"]},
    "bullhorn": {"colour": "#f37321", "footer": [
        "{company} is acting as an employment agency in relation to this vacancy.",
        "Registered in England and Wales. We hold your details under our candidate privacy notice ({privacy}). Opt out of job alerts: {unsub}"]},
    "inhouse": {"colour": "#222222", "footer": [
        "You are receiving this email because you have an account with {company}.",
        "Please do not reply to this email. Manage email preferences: {unsub} | Privacy: {privacy}"]},
    "newsletter": {"colour": "#e4572e", "footer": [
        "You're getting this because you subscribed to {company}.",
        "Unsubscribe: {unsub} | View in browser | Privacy: {privacy}",
        "{company}, 4 Fictional Lane, London EC1A 9ZZ"]},
    "hris": {"colour": "#444b55", "footer": [
        "This notification was generated by the {company} HR system. Do not forward outside the company.",
        "CONFIDENTIAL - contains candidate personal data. Notification settings: {unsub}"]},
}


def rej(slug, cat, style, exp, **kw):
    """A rejection: exp = (reply_to, contact_first_name, company, role)."""
    return dict(slug=slug, label="rejection", cat=cat, style=style, exp=exp, **kw)


def oth(slug, cat, style, **kw):
    return dict(slug=slug, label="other", cat=cat, style=style, **kw)
