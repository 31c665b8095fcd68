"""Owner, vendor chrome (sender patterns, colours, footers) for the en9 blind set."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

# {company} {unsub} {privacy} {portal} are filled per message.
VENDORS = {
    "workday": dict(colour="#0875e1", footer=[
        "This email was sent from an unmonitored mailbox. Please do not reply to this message.",
        "To view the status of your applications, sign in to the {company} Careers site: [[Candidate Home]]",
        "Powered by Workday. {company} processes your personal data in accordance with its Candidate Privacy Notice: [[Privacy Notice]]"]),
    "greenhouse": dict(colour="#24a47f", footer=[
        "Please do not reply to this email. This inbox is not monitored.",
        "Powered by Greenhouse | [[Privacy Policy]] | [[Unsubscribe from future emails]]",
        "{company} is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees."]),
    "lever": dict(colour="#1d1d1d", footer=[
        "Sent via Lever on behalf of {company}.",
        "You are receiving this email because you applied for a position at {company}. [[Unsubscribe]] | [[Data request]]"]),
    "icims": dict(colour="#f26a21", footer=[
        "*** THIS IS AN AUTOMATED MESSAGE. REPLIES TO THIS ADDRESS ARE NOT MONITORED. ***",
        "{company} is an Equal Opportunity/Affirmative Action Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.",
        "iCIMS Talent Platform | [[Log in to the Career Portal]]"]),
    "taleo": dict(colour="#c74634", footer=[
        "Please do not reply to this email, as this mailbox is not monitored.",
        "To access your candidate profile: [[My Jobpage]]",
        "Oracle Taleo Enterprise. This message and any attachment are confidential and intended solely for the addressee."]),
    "successfactors": dict(colour="#0a6ed1", footer=[
        "This is a system generated email. Please do not respond.",
        "Data protection: your application data will be retained for 6 months after the end of the recruiting process and then deleted, unless you have joined our Talent Community. [[Data Privacy Statement]]",
        "SAP SuccessFactors Recruiting | {company}"]),
    "smartrecruiters": dict(colour="#3d4d5c", footer=[
        "This message was sent to sam.taylor@example.org by {company} via SmartRecruiters.",
        "[[Manage your privacy settings]] | [[SmartRecruiters Privacy Policy]] | [[Unsubscribe]]",
        "SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104, USA"]),
    "ashby": dict(colour="#4b3cf5", footer=[
        "Sent with Ashby on behalf of {company}. [[Privacy]]",
        "Replies to this email are not monitored."]),
    "jobvite": dict(colour="#00a79d", footer=[
        "Note: This email was sent from a send-only address. Please do not reply.",
        "Powered by Jobvite | [[Privacy Policy]] | [[Opt out of recruiting emails]]"]),
    "workable": dict(colour="#00756a", footer=[
        "Sent by {company} via Workable. [[Candidate privacy notice]]",
        "Workable Software Limited, 2nd Floor, 5 Golden Square, London W1F 9HT"]),
    "bamboohr": dict(colour="#73c41d", footer=[
        "This email was sent by {company} using BambooHR's applicant tracking system.",
        "Please do not reply directly to this email. [[BambooHR Privacy]]"]),
    "teamtailor": dict(colour="#f43f85", footer=[
        "{company} uses Teamtailor to manage applications. [[Manage your data]] | [[Connect with {company}]]",
        "We keep your personal data for 24 months unless you ask us to delete it sooner."]),
    "indeed": dict(colour="#2557a7", footer=[
        "This message was sent by Indeed on behalf of {company}. Do not reply to this email.",
        "[[Unsubscribe]] | [[Privacy Centre]] | [[Terms]]",
        "© 2026 Indeed. 6433 Champion Grandview Way, Building 1, Austin, TX 78750"]),
    "linkedin": dict(colour="#0a66c2", footer=[
        "This email was intended for Sam Taylor (Head of Insights at Calder Street Media). [[Learn why we included this]]",
        "You are receiving LinkedIn notification emails. [[Unsubscribe]] · [[Help]]",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]),
    "generic": dict(colour="#555555", footer=[
        "This mailbox is not monitored. [[Privacy]] | [[Unsubscribe]]"]),
}
