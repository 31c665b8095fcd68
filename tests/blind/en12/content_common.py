"""Owner, ATS vendor chrome and header helpers for blind set en12 (all names fictional)."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk",
        "List-Unsubscribe": "<{unsub}>", "X-Auto-Response-Suppress": "All"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Please do not reply to this email. This inbox is not monitored.",
        "{company} uses Greenhouse to manage applications. Read our privacy notice: {privacy}",
        "Powered by Greenhouse"]},
    "lever": {"colour": "#2b2e4a", "footer": [
        "Sent by {company} via Lever. Lever, 1125 Mission St, San Francisco, CA.",
        "To stop receiving emails from {company}, unsubscribe here: {unsub}"]},
    "workday": {"colour": "#0875e1", "footer": [
        "This is an automatically generated message from the {company} Careers site. Please do not reply.",
        "To review your applications, sign in to your candidate home. Privacy statement: {privacy}",
        "(c) 2026 Workday, Inc. All rights reserved."]},
    "smartrecruiters": {"colour": "#0f7ec3", "footer": [
        "This message was sent to sam.taylor@example.org by {company} through SmartRecruiters.",
        "Manage your data and communication preferences: {unsub}",
        "SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104"]},
    "teamtailor": {"colour": "#f5456a", "footer": [
        "{company} handles your personal data in line with its candidate privacy policy: {privacy}",
        "You are receiving this email because you applied for a job at {company}. Unsubscribe: {unsub}",
        "Sent with Teamtailor"]},
    "icims": {"colour": "#6c2c91", "footer": [
        "*** This is an automated message. Replies to this address are not monitored. ***",
        "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.",
        "Powered by iCIMS | Privacy: {privacy}"]},
    "successfactors": {"colour": "#354a5f", "footer": [
        "Please do not reply to this message / Veuillez ne pas répondre à ce message.",
        "{company} Careers | Privacy / Confidentialité: {privacy}"]},
    "workable": {"colour": "#00756a", "footer": [
        "You received this email because you applied for a job at {company}. {company} uses Workable to manage recruitment.",
        "Workable Software Ltd, 1 Fore Street, London EC2Y 9DT | Unsubscribe: {unsub}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "This email was sent through BambooHR on behalf of {company}.",
        "BambooHR, 335 S 560 W, Lindon, UT 84042 | Privacy: {privacy}"]},
    "indeed": {"colour": "#2557a7", "footer": [
        "You are receiving this email because you applied for a job on Indeed. Manage email settings: {unsub}",
        "Indeed does not guarantee a response from employers. (c) 2026 Indeed | Privacy Centre: {privacy}",
        "Indeed India Pvt. Ltd., Prestige Tech Park, Bengaluru 560103"]},
    "indeed-alert": {"colour": "#2557a7", "footer": [
        "You are receiving Indeed Job Alerts because you signed up on Indeed. Unsubscribe from this alert: {unsub}",
        "(c) 2026 Indeed | Privacy Centre: {privacy} | Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "This email was intended for Sam Taylor (Marketing & Brand | Calder Street Media). Learn why we included this: {privacy}",
        "You are receiving LinkedIn notification emails. Unsubscribe: {unsub} | Help: https://www.linkedin.com/help",
        "(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "{company} uses Recruitee to manage its hiring. Your data is processed under {company}'s privacy policy: {privacy}",
        "Don't want these emails? Unsubscribe: {unsub}"]},
    "personio": {"colour": "#101010", "footer": [
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail. / This email was generated automatically, please do not reply.",
        "{company} | Datenschutzhinweise / Privacy: {privacy}",
        "Powered by Personio"]},
    "sessionize": {"colour": "#1ab394", "footer": [
        "You received this email because you submitted a session via Sessionize. Manage notifications: {unsub}"]},
    "generic": {"colour": "#444444", "footer": [
        "This is an automated message from {company}. Please do not reply to this email.",
        "Privacy notice: {privacy} | Manage preferences: {unsub}"]},
    "bank": {"colour": "#8a1538", "footer": [
        "{company} is an authorised financial services and registered credit provider. Please do not reply to this automated email.",
        "Never share your PIN or OTP. We will never ask for these by email. Privacy: {privacy}"]},
    "concur": {"colour": "#f0ab00", "footer": [
        "This is a system-generated notification from SAP Concur on behalf of {company}. Do not reply.",
        "Calder Street Media Ltd | Internal use only"]},
}
