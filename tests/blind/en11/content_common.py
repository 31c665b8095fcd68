"""Owner and ATS vendor chrome for blind set en11."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

_AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
_BULK = {"Precedence": "bulk", "List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "headers": dict(_AUTO), "footer": [
        "Please do not reply to this email. Replies to this address are not monitored.",
        "Powered by Greenhouse | Privacy Policy: {privacy}"]},
    "lever": {"colour": "#2d3e50", "headers": {}, "footer": [
        "Sent via Lever. {company} is using Lever to manage its hiring.",
        "If you'd prefer not to receive these emails, unsubscribe here: {unsub}"]},
    "workday": {"colour": "#0875e1", "headers": dict(_AUTO), "footer": [
        "This is an automated message sent from the {company} careers site. Please do not reply to this email.",
        "To view your applications, sign in to your candidate home account.",
        "Privacy notice: {privacy}"]},
    "smartrecruiters": {"colour": "#0077c8", "headers": dict(_AUTO), "footer": [
        "This message was sent to you by {company} via SmartRecruiters.",
        "Privacy Policy {privacy} | Manage my data"]},
    "icims": {"colour": "#6d2077", "headers": dict(_AUTO), "footer": [
        "*** This is an automated message. Please do not reply to this email. ***",
        "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
        "Unsubscribe from career notifications: {unsub}"]},
    "successfactors": {"colour": "#0a6ed1", "headers": dict(_AUTO), "footer": [
        "This email was sent from an unmonitored mailbox. Please do not respond.",
        "For information on how we process your personal data, see our Candidate Privacy Statement: {privacy}"]},
    "teamtailor": {"colour": "#f4567b", "headers": {}, "footer": [
        "{company} | Powered by Teamtailor",
        "Want us to remove your data? Manage your personal data here: {privacy}"]},
    "recruitee": {"colour": "#1999e3", "headers": {}, "footer": [
        "This email was sent by {company} via Recruitee.",
        "You can request access to or deletion of your data at any time: {privacy}"]},
    "workable": {"colour": "#00756a", "headers": {}, "footer": [
        "Sent with Workable | {company} careers",
        "Read our candidate privacy notice: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "headers": {}, "footer": [
        "This email was sent by {company} using BambooHR.",
        "Privacy: {privacy}"]},
    "ashby": {"colour": "#4f46e5", "headers": {}, "footer": [
        "Sent by {company} via Ashby.", "Privacy Policy: {privacy}"]},
    "taleo": {"colour": "#c74634", "headers": dict(_AUTO), "footer": [
        "Please do not reply to this message. This mailbox is not monitored.",
        "{company} is an equal opportunity employer. Copyright (c) 2026 {company}. All rights reserved."]},
    "jobvite": {"colour": "#00a3e0", "headers": dict(_AUTO), "footer": [
        "This email was sent on behalf of {company} by Jobvite. Do not reply to this message.",
        "Unsubscribe: {unsub}"]},
    "pageup": {"colour": "#e35205", "headers": dict(_AUTO), "footer": [
        "This is an automated email from {company}'s recruitment system, powered by PageUp. Please do not reply.",
        "Our privacy collection statement: {privacy}"]},
    "seek": {"colour": "#0d3880", "headers": dict(_BULK), "footer": [
        "You received this email because you applied for a job on SEEK. SEEK Limited, Melbourne VIC 3000.",
        "Unsubscribe or manage email preferences: {unsub} | Privacy: {privacy}"]},
    "indeed": {"colour": "#2557a7", "headers": dict(_BULK), "footer": [
        "This message was sent to sam.taylor@example.org by Indeed on behalf of {company}.",
        "Indeed Ireland Operations Ltd., 124 St Stephen's Green, Dublin 2. Unsubscribe: {unsub} | Privacy: {privacy}"]},
    "linkedin": {"colour": "#0a66c2", "headers": dict(_BULK), "footer": [
        "This email was intended for Sam Taylor (Head of Audience Growth at Calder Street Media).",
        "Learn why we included this. You are receiving LinkedIn notification emails. Unsubscribe: {unsub}",
        "(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "naukri": {"colour": "#4a90e2", "headers": dict(_BULK), "footer": [
        "This is a system generated mail. Please do not reply. Naukri.com is not responsible for the recruiter's response.",
        "To unsubscribe from recruiter mails click here: {unsub}"]},
    "mycareersfuture": {"colour": "#c0392b", "headers": dict(_AUTO), "footer": [
        "This is a computer-generated email. Please do not reply.",
        "Personal Data Protection Act notice: {privacy}"]},
    "pnet": {"colour": "#00529b", "headers": dict(_BULK), "footer": [
        "PNet (Pty) Ltd. This email was sent to you because you applied via PNet.",
        "POPIA: read how we handle your data {privacy} | Unsubscribe {unsub}"]},
    "oracle": {"colour": "#312d2a", "headers": dict(_AUTO), "footer": [
        "Please do not reply to this email. This mailbox is not monitored.",
        "{company} Candidate Privacy Notice: {privacy}"]},
    "inhouse": {"colour": "#333333", "headers": dict(_AUTO), "footer": [
        "{company} | This inbox is not monitored.", "Privacy: {privacy}"]},
    "newsletter": {"colour": "#ff6b35", "headers": dict(_BULK), "footer": [
        "You're receiving this because you joined the {company} talent community.",
        "Unsubscribe: {unsub} | Update preferences | Privacy: {privacy}"]},
}

# Days pinned where the text or a quoted message fixes the date (otherwise the day comes from the slug).
PINNED_DAYS = {
    "reply-above-chaser": "2026-11-05", "resent-bounced": "2026-11-11", "not-this-time-reply": "2026-11-13",
    "us-onsite-outlook-quoted-invite": "2026-10-26", "recruiter-forwards-hm-decision": "2026-10-30",
    "reply-to-followup-keep-in-touch": "2026-11-10", "answer-gone-with-another-invite": "2026-11-12",
    "hm-final-round-long": "2026-11-18", "owner-sent-thank-you-after-rejection": "2026-11-19",
    "former-manager-sympathy": "2026-11-20", "twoline-recruiter-gone-another": "2026-11-09",
    "friend-forwards-rejection": "2026-11-04", "ooo-recruiter": "2026-11-12", "workable-offer": "2026-11-13",
    "ashby-interview-confirmed": "2026-11-10", "recruiter-reschedule": "2026-11-19",
    "interviews-paused-still-in-process": "2026-11-12", "declined-meeting-invite": "2026-11-16",
    "oracle-complete-application": "2026-11-20", "bank-card-declined": "2026-11-03",
    "kestrel-workday-status-not-selected": "2026-10-14", "linkedin-relay-update": "2026-10-20",
    "pageup-referee-request": "2026-11-09", "reference-request-for-colleague": "2026-11-09",
    "owner-sent-rejection-to-candidate": "2026-11-14", "colleague-candidate-discussion": "2026-11-13",
}
