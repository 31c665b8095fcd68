"""Owner and ATS vendor chrome for blind set en13 (written for this set)."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

NOREPLY = "Please do not reply to this email; this mailbox is not monitored."

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        NOREPLY, "Powered by Greenhouse", "Privacy policy: {privacy}",
        "{company} is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees."]},
    "lever": {"colour": "#2e3b4e", "footer": [
        "Sent by {company} via Lever.", "You can manage your communication preferences here: {unsub}",
        "Lever, 1125 Mission Street, San Francisco, CA"]},
    "workday": {"colour": "#0875e1", "footer": [
        "This is an automated message from the {company} careers site. " + NOREPLY,
        "To view your candidate home, sign in at {privacy}",
        "Workday, Inc. Pleasanton, CA. Candidate data is processed in line with the {company} Candidate Privacy Notice."]},
    "smartrecruiters": {"colour": "#0d6efd", "footer": [
        "You received this email because you applied for a job at {company} through SmartRecruiters.",
        "Manage your data: {privacy}  |  Unsubscribe: {unsub}", "SmartRecruiters Inc."]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "This email was generated automatically. Replies to this address are not read.",
        "Data Privacy Statement: {privacy}", "Powered by SAP SuccessFactors"]},
    "icims": {"colour": "#4c4c9d", "footer": [
        "{company} is an Equal Opportunity Employer, including disability/veterans.",
        "This message was sent via iCIMS. " + NOREPLY, "Unsubscribe from career notifications: {unsub}"]},
    "taleo": {"colour": "#b11f24", "footer": [
        "This is an automatically generated email. Please do not respond. / Ceci est un courriel généré automatiquement. Prière de ne pas y répondre.",
        "Privacy / Confidentialité: {privacy}"]},
    "teamtailor": {"colour": "#f4436c", "footer": [
        "Sent with Teamtailor", "Want us to delete your data? Manage it here: {privacy}", "Unsubscribe: {unsub}"]},
    "personio": {"colour": "#1a1a1a", "footer": [
        "Diese E-Mail wurde automatisch über Personio versendet. Bitte antworte nicht auf diese Nachricht.",
        "Informationen zum Datenschutz / Privacy notice: {privacy}",
        "{company} · Registered in Germany · Amtsgericht Berlin-Charlottenburg"]},
    "workable": {"colour": "#00756a", "footer": [
        "Powered by Workable", "You're receiving this email because you applied for a position with {company}.",
        "Privacy: {privacy}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Sent via Recruitee", "Manage your personal data or withdraw consent: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Powered by BambooHR", NOREPLY, "Privacy Policy: {privacy}"]},
    "ashby": {"colour": "#5b4bdb", "footer": [
        "Sent via Ashby on behalf of {company}", "Privacy: {privacy}"]},
    "jobvite": {"colour": "#1a9c6a", "footer": [
        "Powered by Jobvite", NOREPLY, "Unsubscribe: {unsub}"]},
    "seek": {"colour": "#e60278", "footer": [
        "SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121 Australia",
        "You're receiving this email because you applied for a job on SEEK. Manage notifications: {unsub}",
        "Privacy: {privacy}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "This email was intended for Sam Taylor (Head of Content at Calder Street Media).",
        "Learn why we included this: {privacy}", "Unsubscribe: {unsub}",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "indeed": {"colour": "#2557a7", "footer": [
        "Indeed Apply is a service of Indeed. Indeed does not guarantee a response from the employer.",
        "Email preferences: {unsub}", "Privacy Centre: {privacy}", "© 2026 Indeed"]},
    "naukri": {"colour": "#4a90e2", "footer": [
        "This is a system generated mail. Please do not reply.",
        "Report a fraud / unsubscribe: {unsub}", "Info Edge (India) Ltd., Noida"]},
    "generic": {"colour": "#444444", "footer": [
        "You are receiving this message because of your account with {company}.",
        "Manage preferences: {unsub}", "Privacy: {privacy}"]},
}
