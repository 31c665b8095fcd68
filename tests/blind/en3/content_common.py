"""Shared data for the en3 blind set: owner, ATS vendor chrome, legal boilerplate, row helpers."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

GDPR = ("Data protection: we process your personal data in accordance with the EU General Data Protection "
        "Regulation (GDPR) for the purpose of the recruitment process only. You can request access, "
        "correction or deletion at any time by writing to privacy@{company_dom}.")
EEO_US = ("{company} is an equal opportunity employer. All qualified applicants receive consideration for "
          "employment without regard to race, color, religion, sex, sexual orientation, gender identity, "
          "national origin, disability or protected veteran status.")
EEO_UK = ("{company} is committed to equality, diversity and inclusion and welcomes applications from "
          "everyone, regardless of background.")
NOREPLY = "Please do not reply to this email; this mailbox is not monitored."

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Powered by Greenhouse", "This email was sent by {company} via Greenhouse Software, Inc.",
        "Unsubscribe from emails about this application: {unsub}", "Privacy policy: {privacy}"]},
    "lever": {"colour": "#4a90e2", "footer": [
        "Sent with Lever · lever.co", "You are receiving this email because you applied for a role at {company}.",
        "Manage email preferences: {unsub}"]},
    "workday": {"colour": "#005cb9", "footer": [
        "This is a system-generated message from {company}'s Workday recruiting system. Please do not reply.",
        "Sign in to your candidate home to view your applications.",
        "Privacy statement: {privacy}", "© 2026 Workday, Inc. All rights reserved."]},
    "smartrecruiters": {"colour": "#f25c05", "footer": [
        "Powered by SmartRecruiters", "To stop receiving emails about this job, click here: {unsub}",
        "SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104"]},
    "personio": {"colour": "#1f2a44", "footer": [
        "This email was sent with Personio on behalf of {company}.",
        "Personio SE & Co. KG, Seidlstraße 3, 80335 München", "Data privacy: {privacy}"]},
    "teamtailor": {"colour": "#f5476f", "footer": [
        "Sent via Teamtailor on behalf of {company}", "Don't want these emails? Unsubscribe: {unsub}",
        "Your data: {privacy}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Sent via Recruitee, the collaborative hiring software", "Unsubscribe: {unsub}"]},
    "workable": {"colour": "#00756a", "footer": [
        "Powered by Workable", "You received this email because you applied for a job at {company} through Workable.",
        "Workable Software Limited, 5th Floor, 3 Harbour Exchange Square, London",
        "Unsubscribe: {unsub} · Privacy: {privacy}"]},
    "icims": {"colour": "#0062a3", "footer": [
        "This message was sent by {company} using iCIMS Talent Cloud. Please do not reply to this email.",
        "Candidate privacy notice: {privacy}", "Opt out of future communications: {unsub}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "*** This is an automatically generated email, please do not reply. ***",
        "SAP SuccessFactors Recruiting | {company} Careers", "Data privacy statement: {privacy}"]},
    "softgarden": {"colour": "#7ab800", "footer": [
        "This message was sent by softgarden e-recruiting GmbH on behalf of {company}.",
        "softgarden e-recruiting GmbH, Tauentzienstraße 14, 10789 Berlin", "Privacy: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Sent from BambooHR on behalf of {company}", "Unsubscribe: {unsub}"]},
    "join": {"colour": "#2f6bff", "footer": [
        "Sent via JOIN (join.com) on behalf of {company}", "JOIN Solutions AG, Zürich",
        "Unsubscribe from job notifications: {unsub}"]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "StepStone GmbH, Völklinger Straße 1, 40219 Düsseldorf", "You receive this email because you have a StepStone account.",
        "Manage notifications: {unsub} | Privacy: {privacy}"]},
    "indeed": {"colour": "#2164f3", "footer": [
        "© 2026 Indeed", "You received this message because you applied to a job on Indeed.",
        "Unsubscribe: {unsub} · Privacy Centre: {privacy}", "Indeed, 6433 Champion Grandview Way, Austin, TX 78750"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "This email was intended for Sam Taylor (Head of Audience Insights at Calder Street Media)",
        "You are receiving LinkedIn notification emails. Unsubscribe: {unsub}",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085"]},
    "ashby": {"colour": "#5d4bd1", "footer": [
        "Sent by {company} via Ashby", "Unsubscribe: {unsub}"]},
    "taleo": {"colour": "#c74634", "footer": [
        "This is an automated message from the {company} careers site (Oracle Taleo). Replies are not read.",
        "Privacy: {privacy}"]},
    "jobvite": {"colour": "#13a89e", "footer": [
        "Powered by Jobvite", "Unsubscribe: {unsub}"]},
    "pinpoint": {"colour": "#3c1a78", "footer": [
        "Sent with Pinpoint on behalf of {company}", "Privacy notice: {privacy} · Unsubscribe: {unsub}"]},
    "hrsystem": {"colour": "#444444", "footer": [
        "Calder Street Media People Platform · internal notification", "Manage your notification settings: {unsub}"]},
    "generic": {"colour": "#333333", "footer": [
        "You are receiving this email because of your relationship with {company}.", "Unsubscribe: {unsub} | Privacy: {privacy}"]},
}


def R(slug, cat, variant, frm, subject, text, exp=("", "", "", ""), **kw):
    """A rejection row. exp = (reply_to, contact_first_name, company, role)."""
    return dict(label="rejection", slug=slug, cat=cat, variant=variant, frm=frm, subject=subject, text=text,
                exp=exp, style="ats" if "vendor" in kw else "personal", **kw)


def O(slug, cat, variant, frm, subject, text, **kw):
    """A hard negative row."""
    return dict(label="other", slug=slug, cat=cat, variant=variant, frm=frm, subject=subject, text=text,
                style="ats" if "vendor" in kw else "personal", **kw)
