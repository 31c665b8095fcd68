"""Owner and vendor chrome for blind set en17 (all names fictional; vendor sender patterns as in real mail)."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk",
        "List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "headers": AUTO, "footer": [
        "Please do not reply to this email. This mailbox is not monitored.",
        "{company} uses Greenhouse to manage applications. Read the privacy notice: {privacy}",
        "Powered by Greenhouse"]},
    "lever": {"colour": "#3b5bdb", "headers": AUTO, "footer": [
        "Sent via Lever on behalf of {company}.",
        "Unsubscribe from these emails: {unsub}"]},
    "workday": {"colour": "#005cb9", "headers": AUTO, "footer": [
        "This is a system-generated message. Please do not reply directly to this email.",
        "To review your applications, sign in to the {company} Candidate Home: {privacy}",
        "© 2026 {company}. All rights reserved."]},
    "smartrecruiters": {"colour": "#ff6a00", "headers": AUTO, "footer": [
        "This message was sent by {company} via SmartRecruiters. Replies to this address are not read.",
        "Manage your data and privacy preferences: {privacy}",
        "SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104"]},
    "icims": {"colour": "#5c2d91", "headers": AUTO, "footer": [
        "*** This is an automated message. Please do not reply. ***",
        "{company} Careers Portal | Privacy: {privacy}",
        "Powered by iCIMS"]},
    "successfactors": {"colour": "#0a6ed1", "headers": AUTO, "footer": [
        "This email was sent from an unattended mailbox. Replies will not be received.",
        "{company} processes your personal data in accordance with its Candidate Privacy Statement: {privacy}",
        "Powered by SAP SuccessFactors"]},
    "teamtailor": {"colour": "#f4436c", "headers": AUTO, "footer": [
        "{company} · Career site powered by Teamtailor",
        "Want us to delete your data? Manage your connection here: {privacy}"]},
    "workable": {"colour": "#00756a", "headers": AUTO, "footer": [
        "This email was sent by {company} via Workable. You are receiving it because you applied for a job.",
        "Workable Software Ltd · Privacy: {privacy} · Unsubscribe: {unsub}"]},
    "personio": {"colour": "#1a1a1a", "headers": AUTO, "footer": [
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.",
        "{company} · Datenschutzhinweise für Bewerber: {privacy}",
        "Powered by Personio"]},
    "recruitee": {"colour": "#1999e3", "headers": AUTO, "footer": [
        "Sent with Recruitee on behalf of {company}.",
        "Privacy policy: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "headers": AUTO, "footer": [
        "This email was sent by {company} using BambooHR's Applicant Tracking System.",
        "Please do not reply to this automated message."]},
    "linkedin": {"colour": "#0a66c2", "headers": BULK, "footer": [
        "This email was intended for Sam Taylor (Head of Audience Growth at Calder Street Media).",
        "Learn why we included this: {privacy}",
        "You are receiving LinkedIn notification emails. Unsubscribe: {unsub}",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "indeed": {"colour": "#2557a7", "headers": BULK, "footer": [
        "You received this email because you applied to a job on Indeed.",
        "Unsubscribe from application updates: {unsub}",
        "© 2026 Indeed · 6433 Champion Grandview Way, Building 1, Austin, TX 78750"]},
    "taleo": {"colour": "#c74634", "headers": AUTO, "footer": [
        "This is an automatically generated message. Please do not respond to this email.",
        "{company} Careers · Personal Data Protection Notice: {privacy}"]},
    "ashby": {"colour": "#4b3fcf", "headers": AUTO, "footer": [
        "Sent by {company} via Ashby.",
        "Privacy: {privacy}"]},
    "xref": {"colour": "#00a19a", "headers": AUTO, "footer": [
        "This request was sent via Refcheck on behalf of {company}.",
        "Refcheck Pty Ltd · Level 3, 60 Bathurst St, Sydney NSW 2000 · Privacy: {privacy}"]},
    "sessionize": {"colour": "#1ab394", "headers": BULK, "footer": [
        "You are receiving this email because you submitted a session to {company}.",
        "Unsubscribe: {unsub}"]},
    "generic": {"colour": "#444444", "headers": BULK, "footer": [
        "This is an automated message from {company}. Please do not reply.",
        "Unsubscribe or manage preferences: {unsub} · Privacy: {privacy}"]},
    "notify": {"colour": "#444444", "headers": AUTO, "footer": [
        "This is an automated message from {company}. Please do not reply.",
        "Privacy: {privacy}"]},
    "substack": {"colour": "#ff6719", "headers": BULK, "footer": [
        "You're a free subscriber to {company}. Unsubscribe: {unsub}",
        "© 2026 {company} · Substack Inc, 548 Market Street, San Francisco, CA 94104"]},
}
