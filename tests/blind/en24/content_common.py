"""Owner and vendor chrome for blind set en24."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Precedence": "bulk", "List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated"}

VENDORS = {
    "greenhouse": {"name": "Greenhouse", "colour": "#24a47f", "plain": "html2text", "headers": AUTO,
                   "footer": ["Please do not reply to this email; this mailbox is not monitored.",
                              "Powered by Greenhouse | Privacy Policy (https://www.greenhouse.io/privacy-policy)"]},
    "lever": {"name": "Lever", "colour": "#5c7cfa", "plain": "inline", "headers": AUTO,
              "footer": ["Sent via Lever, on behalf of {brand}.",
                         "You are receiving this email because you applied for a role at {brand}."]},
    "workday": {"name": "Workday", "colour": "#0875e1", "plain": "outlook", "headers": AUTO,
                "footer": ["This is a system-generated email from {brand}'s recruiting system. Replies to this address are not read.",
                           "To review your application status, sign in to the Candidate Home page."]},
    "smartrecruiters": {"name": "SmartRecruiters", "colour": "#00a0df", "plain": "odd", "headers": AUTO,
                        "footer": ["Powered by SmartRecruiters. SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104.",
                                   "Manage your data and privacy preferences in [[My Profile]]."]},
    "icims": {"name": "iCIMS", "colour": "#2b3a55", "plain": "outlook", "headers": AUTO,
              "footer": ["This email was sent from an unattended mailbox. Please do not reply.",
                         "{brand} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status."]},
    "successfactors": {"name": "SAP SuccessFactors", "colour": "#8c1d40", "plain": "outlook", "headers": AUTO,
                       "footer": ["This message was generated automatically by the {brand} Careers portal. Please do not reply."]},
    "workable": {"name": "Workable", "colour": "#1f3c88", "plain": "html2text", "headers": AUTO,
                 "footer": ["Sent with Workable, the world's leading hiring platform.",
                            "If you'd like us to delete your data, [[request deletion here]]."]},
    "teamtailor": {"name": "Teamtailor", "colour": "#f43f85", "plain": "inline", "headers": AUTO,
                   "footer": ["Sent by {brand} with Teamtailor.", "[[Manage your personal data]] · [[Unsubscribe]]"]},
    "recruitee": {"name": "Recruitee", "colour": "#1e90ff", "plain": "odd", "headers": AUTO,
                  "footer": ["Powered by Recruitee by Tellent.", "Please don't reply to this message."]},
    "personio": {"name": "Personio", "colour": "#111827", "plain": "inline", "headers": AUTO,
                 "footer": ["This email was sent via Personio on behalf of {brand}.",
                            "Information on data protection: [[Privacy notice for applicants]]"]},
    "bamboohr": {"name": "BambooHR", "colour": "#73c41d", "plain": "html2text", "headers": AUTO,
                 "footer": ["Powered by BambooHR.", "Please do not reply to this automated message."]},
    "taleo": {"name": "Oracle Taleo", "colour": "#c74634", "plain": "outlook", "headers": AUTO,
              "footer": ["*** This is an automated message. Please do not reply. ***"]},
    "indeed": {"name": "Indeed", "colour": "#2557a7", "plain": "html2text", "headers": BULK,
               "footer": ["You received this email because you applied to a job on Indeed.",
                          "[[Unsubscribe]] from application status emails · [[Privacy Centre]] · [[Terms]]",
                          "© 2026 Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750"]},
    "linkedin": {"name": "LinkedIn", "colour": "#0a66c2", "plain": "inline", "headers": BULK,
                 "footer": ["This email was intended for Sam Taylor (Audience Insights, Calder Street Media).",
                            "[[Learn why we included this]]. You are receiving job application emails. [[Unsubscribe]] · [[Help]]",
                            "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "naukri": {"name": "Naukri.com", "colour": "#4a90e2", "plain": "odd", "headers": BULK,
               "footer": ["This is a system generated mail from Naukri.com. Please do not reply.",
                          "Info Edge (India) Ltd., B-8, Sector 132, Noida 201304. [[Unsubscribe]] | [[Report a problem]]"]},
    "jobberman": {"name": "Jobberman", "colour": "#3c7d22", "plain": "html2text", "headers": BULK,
                  "footer": ["You are receiving this email because you applied for a job on Jobberman Nigeria.",
                             "[[Update email preferences]] | [[Unsubscribe]]"]},
    "seek": {"name": "SEEK", "colour": "#0d3880", "plain": "inline", "headers": BULK,
             "footer": ["SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121.",
                        "You've received this email because you applied via SEEK. [[Privacy]] | [[Unsubscribe]]"]},
    "bullhorn": {"name": "Bullhorn", "colour": "#ff6a13", "plain": "outlook", "headers": AUTO,
                 "footer": ["This email was sent by {brand} via the candidate portal. Do not reply to this address."]},
    "bank": {"name": "Bank", "colour": "#00534c", "plain": "outlook", "headers": AUTO,
             "footer": ["This is an automated service message. Please do not reply to this email.",
                        "We will never ask for your PIN or full password by email."]},
    "generic": {"name": "Mailer", "colour": "#444444", "plain": "html2text", "headers": BULK,
                "footer": ["You are receiving this because you subscribed. [[Unsubscribe]] | [[View in browser]]"]},
    "calder_gh": {"name": "Greenhouse", "colour": "#24a47f", "plain": "html2text", "headers": AUTO,
                  "footer": ["You are receiving this notification because you are the hiring manager on this job.",
                             "Manage notification settings in Greenhouse Recruiting."]},
}


def ats(**kw):
    kw.setdefault("style", "ats")
    return kw


def personal(**kw):
    kw.setdefault("style", "personal")
    kw.setdefault("vendor", "generic")
    return kw
