"""Owner and the vendor chrome (colour, footer lines, default plain-part style) shared by the content files.

Footer lines may use {brand}, {unsub} and {privacy}; [[text]] becomes a tracked link.
plain: "clean" (template-written text part), "auto" (converted from HTML: [image] placeholder, ragged
breaks, numbered link list), "none" (HTML only).
"""

OWNER = "Sam Taylor <sam.taylor@example.org>"

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk",
        "List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

VENDORS = {
    "nhsjobs": {"colour": "#005eb8", "plain": "clean", "footer": [
        "This is an automated message from NHS Jobs on behalf of {brand}. Please do not reply to this email; "
        "the mailbox is not monitored.",
        "To view your applications, sign in to your NHS Jobs account. NHS Jobs is provided by the NHS Business "
        "Services Authority.",
        "Privacy notice: {privacy}"]},
    "workday": {"colour": "#f38b00", "plain": "auto", "footer": [
        "This message was sent from an unmonitored mailbox. Please do not reply to this email.",
        "You can view the status of your application at any time in the Candidate Home section of our careers site.",
        "{brand} is an equal opportunity employer. All qualified applicants will receive consideration for "
        "employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national "
        "origin, disability or veteran status.",
        "Powered by Workday"]},
    "successfactors": {"colour": "#0a6ed1", "plain": "auto", "footer": [
        "Please do not reply to this email as this mailbox is not monitored.",
        "Privacy: your personal information is handled in accordance with the {brand} Candidate Privacy "
        "Statement ([[Privacy Statement]]).",
        "SAP SuccessFactors Recruiting"]},
    "icims": {"colour": "#00a3e0", "plain": "none", "footer": [
        "This email was sent by an automated system. Replies to this address are not monitored.",
        "{brand} is an Equal Opportunity Employer, including disability and protected veteran status. "
        "We participate in E-Verify.",
        "[[Unsubscribe]] from job-related emails | [[Privacy Policy]] | Powered by iCIMS"]},
    "greenhouse": {"colour": "#24a47f", "plain": "clean", "footer": [
        "Please do not reply directly to this email.",
        "We will retain your application data in line with our Candidate Privacy Notice ([[Candidate Privacy Notice]]).",
        "Powered by Greenhouse"]},
    "teamtailor": {"colour": "#f43f85", "plain": "clean", "footer": [
        "You received this email because you applied for a job at {brand}.",
        "[[Manage your data]] | [[Unsubscribe]]",
        "Sent with Teamtailor"]},
    "jobtrain": {"colour": "#5b2c83", "plain": "auto", "footer": [
        "This email has been sent from an unattended mailbox. Please do not reply to this email.",
        "If you have any questions, please contact the Recruitment Team using the details on our website.",
        "Recruitment powered by Jobtrain"]},
    "tribepad": {"colour": "#1d3557", "plain": "auto", "footer": [
        "Do not reply to this email. This mailbox is not monitored.",
        "{brand} is committed to safeguarding and promoting the welfare of children and vulnerable adults and "
        "expects all staff to share this commitment. We are a Disability Confident Employer.",
        "Manage your job alerts and email preferences: [[Email preferences]] | [[Unsubscribe]]",
        "Tribepad Recruitment Software"]},
    "gcjobs": {"colour": "#26374a", "plain": "clean", "footer": [
        "This is an automated message. Please do not reply. / Ceci est un message automatisé. Veuillez ne pas y répondre.",
        "Public Service Recruitment System / Système de recrutement de la fonction publique"]},
    "darwinbox": {"colour": "#3f51b5", "plain": "auto", "footer": [
        "This is a system generated email. Please do not reply to this email.",
        "Disclaimer: {brand} does not charge any fee at any stage of the recruitment process. Beware of "
        "fraudulent job offers made in our name.",
        "Powered by Darwinbox"]},
    "kalibrr": {"colour": "#1f5fb4", "plain": "auto", "footer": [
        "You are receiving this email because you applied for a job on Kalibrr.",
        "Kalibrr Technology Ventures, Inc. | Makati City, Philippines",
        "[[Unsubscribe]] | [[Notification settings]]"]},
    "smartrecruiters": {"colour": "#0d77b4", "plain": "clean", "footer": [
        "This is an automated message. Please do not reply to this email.",
        "{brand} processes your personal data in line with its Candidate Privacy Notice: {privacy}",
        "Powered by SmartRecruiters"]},
    "workable": {"colour": "#00756a", "plain": "clean", "footer": [
        "Please do not reply to this email - replies to this address are not monitored.",
        "Sent by {brand} via Workable. [[Privacy]] | [[Unsubscribe]]"]},
    "avature": {"colour": "#86bc25", "plain": "auto", "footer": [
        "This email was sent from a no-reply address. Please do not respond.",
        "{brand} refers to one or more member firms of a global network, each of which is a legally separate "
        "and independent entity. Please see our website for a fuller description.",
        "Privacy | Cookies | Accessibility"]},
    "linkedin": {"colour": "#0a66c2", "plain": "clean", "footer": [
        "This email was intended for Sam Taylor (Head of Insights at Calder Street Media)",
        "You are receiving Job Application emails. [[Unsubscribe]] · [[Help]]",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn and the LinkedIn "
        "logo are registered trademarks of LinkedIn."]},
    "indeed": {"colour": "#2557a7", "plain": "auto", "footer": [
        "Indeed will process the information in this email in accordance with our Privacy Policy.",
        "You received this message because you applied to a job on Indeed. [[Unsubscribe]] | [[Privacy]] | [[Terms]]",
        "© 2026 Indeed - 6433 Champion Grandview Way, Building 1, Austin, TX 78750"]},
    "personio": {"colour": "#1e1e1e", "plain": "clean", "footer": [
        "Please do not reply to this email. / Bitte antworten Sie nicht auf diese E-Mail.",
        "Datenschutz: Ihre Bewerbungsdaten werden gemäß Art. 6 Abs. 1 lit. b DSGVO verarbeitet und sechs Monate "
        "nach Abschluss des Verfahrens gelöscht. Details: [[Datenschutzerklärung]]",
        "Powered by Personio"]},
    "pageup": {"colour": "#003d79", "plain": "auto", "footer": [
        "This is an automated email. Please do not reply.",
        "{brand} acknowledges the Traditional Custodians of the lands on which our campuses stand and pays "
        "respect to Elders past and present.",
        "CRICOS Provider No. 09999Z | Powered by PageUp"]},
    "lever": {"colour": "#4a4a4a", "plain": "clean", "footer": [
        "Sent via Lever."]},
    # transactional, not hiring
    "bank": {"colour": "#0b3d2e", "plain": "auto", "footer": [
        "This is a service message. Please don't reply to this email - we won't be able to read it.",
        "{brand} will never ask you for your PIN or full password by email.",
        "{brand} plc. Registered in England and Wales. Authorised by the Prudential Regulation Authority."]},
    "cfp": {"colour": "#6c2bd9", "plain": "clean", "footer": [
        "You are receiving this because you submitted a session on the {brand} speaker portal.",
        "[[Speaker portal]] | [[Unsubscribe]]"]},
    "lettings": {"colour": "#e4002b", "plain": "auto", "footer": [
        "This email was sent by {brand} via the Lettings Hub tenant portal. Do not reply.",
        "{brand} is a member of a client money protection scheme and a redress scheme."]},
    "courier": {"colour": "#ffb800", "plain": "auto", "footer": [
        "Please do not reply to this email. Track your parcel at any time: [[Track parcel]]",
        "{brand} Ltd. Registered in England. [[Privacy]] | [[Cookies]]"]},
    "hris": {"colour": "#5a2d82", "plain": "clean", "footer": [
        "This notification was generated by Workday for Calder Street Media. Do not reply.",
        "Manage notification preferences in Workday: [[My Account]]"]},
    "journal": {"colour": "#333366", "plain": "clean", "footer": [
        "In compliance with data protection regulations, you may request that we remove your personal "
        "registration details at any time. [[Remove my information]]"]},
}
