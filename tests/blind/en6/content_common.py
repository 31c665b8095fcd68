"""Owner and ATS vendor chrome for set en6."""
OWNER = "Sam Taylor <sam.taylor@example.org>"
LU = {"List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}
VENDORS = {
    "greenhouse": {"colour": "#24a47f", "headers": {"X-Mailer": "Greenhouse"}, "footer": [
        "Please do not reply to this email. This mailbox is not monitored.",
        "Powered by Greenhouse | Privacy Policy: https://www.greenhouse.io/privacy-policy"]},
    "lever": {"colour": "#3a3f51", "headers": {}, "footer": [
        "Sent via Lever on behalf of {company}.",
        "To stop receiving emails from {company}, unsubscribe here: {unsub}"]},
    "workday": {"colour": "#0875e1", "headers": {"X-Workday-Tenant": "prod"}, "footer": [
        "This is a system-generated message from {company} Careers. Replies to this address are not monitored.",
        "To view your candidate home or manage your data, sign in to the career site. Workday, Inc. Privacy: https://www.workday.com/privacy"]},
    "smartrecruiters": {"colour": "#0c7fd1", "headers": LU, "footer": [
        "This email was sent by SmartRecruiters on behalf of {company}. SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104.",
        "Manage your email preferences: {unsub}"]},
    "personio": {"colour": "#1a1a1a", "headers": {}, "footer": [
        "This message was sent via Personio. Personio SE & Co. KG, Seidlstr. 3, 80335 München.",
        "Informationen zum Datenschutz / Privacy notice: https://www.personio.com/privacy-policy/"]},
    "teamtailor": {"colour": "#f4436c", "headers": LU, "footer": [
        "{company} uses Teamtailor to manage applications.",
        "Manage your personal data or withdraw your consent: {unsub}"]},
    "recruitee": {"colour": "#1999e3", "headers": {}, "footer": [
        "Powered by Recruitee. This is an automated message, please do not reply.",
        "Remove my data: {unsub}"]},
    "workable": {"colour": "#00756a", "headers": LU, "footer": [
        "Sent by {company} via Workable. Workable Software Ltd, London.",
        "You can request deletion of your data at any time: {unsub}"]},
    "icims": {"colour": "#4b286d", "headers": {}, "footer": [
        "*** This is an automated message from the {company} applicant tracking system. Please do not respond. ***",
        "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status."]},
    "successfactors": {"colour": "#0a6ed1", "headers": {}, "footer": [
        "This e-mail was sent from an unmonitored mailbox. SAP SuccessFactors Recruiting on behalf of {company}.",
        "Data protection: your data is processed in accordance with our candidate privacy statement."]},
    "softgarden": {"colour": "#ff6a13", "headers": {}, "footer": [
        "softgarden e-recruiting GmbH, Tempelhofer Ufer 18, 10963 Berlin. Diese E-Mail wurde automatisch erstellt / This e-mail was generated automatically.",
        "Datenschutzerklärung / Privacy: {unsub}"]},
    "bamboohr": {"colour": "#73c41d", "headers": {}, "footer": [
        "Powered by BambooHR. Please do not reply directly to this email.",
        "{company} | Privacy: {unsub}"]},
    "join": {"colour": "#0069ff", "headers": LU, "footer": [
        "Sent with JOIN (join.com) on behalf of {company}. JOIN Solutions AG, Zürich.",
        "Unsubscribe: {unsub}"]},
    "stepstone": {"colour": "#0c2577", "headers": LU, "footer": [
        "You received this message because you applied via StepStone. StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf.",
        "Edit notification settings: {unsub}"]},
    "indeed": {"colour": "#2557a7", "headers": LU, "footer": [
        "This message was sent to you by the employer through Indeed. Indeed does not review employer messages.",
        "© 2026 Indeed - Cookies, Privacy and Terms - Unsubscribe: {unsub}"]},
    "linkedin": {"colour": "#0a66c2", "headers": LU, "footer": [
        "This email was intended for Sam Taylor (Head of Content at Calder Street Media). Learn why we included this.",
        "You are receiving LinkedIn notification emails. Unsubscribe: {unsub} © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "ashby": {"colour": "#5b4ec9", "headers": {}, "footer": [
        "Sent from Ashby on behalf of {company}. Replies go to a no-reply address.",
        "Privacy: {unsub}"]},
    "hr_internal": {"colour": "#777777", "headers": {}, "footer": [
        "Calder Street Media People Systems. Internal use only. Do not forward outside example.org."]},
    "bank": {"colour": "#aa1122", "headers": {}, "footer": [
        "Northbank Cards will never ask for your PIN by email. Northbank Cards Ltd is authorised and regulated by the Financial Conduct Authority.",
        "Manage alerts: {unsub}"]},
    "confsys": {"colour": "#555555", "headers": {}, "footer": [
        "Sent by the {company} submission system. Do not reply."]},
    "parcel": {"colour": "#ffcc00", "headers": LU, "footer": [
        "SwiftParcel Ltd. This is an automated notification. Unsubscribe from tracking updates: {unsub}"]},
    "lettings": {"colour": "#2f6f4f", "headers": {}, "footer": [
        "Keyhaven Lettings Ltd is a member of a client money protection scheme and The Property Ombudsman. This mailbox is not monitored.",
        "Privacy: {unsub}"]},
    "newsletter": {"colour": "#222222", "headers": LU, "footer": [
        "You're receiving this because you subscribed to {company}.",
        "Unsubscribe: {unsub} | View in browser"]},
}
