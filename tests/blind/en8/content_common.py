"""Owner and ATS/job-board vendor chrome shared by the content files.

Footer lines may use {company}, {unsub}, {privacy}, {prefs} (links are filled per message by the generator).
"""

OWNER = "Sam Taylor <sam.taylor@example.org>"

EEO_US = ("{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for "
          "employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
          "origin, disability, protected veteran status, or any other characteristic protected by law.")

VENDORS = {
    "greenhouse": {
        "colour": "#24a47f",
        "footer": ["Please do not reply directly to this email, as this inbox is not monitored.",
                   "Powered by Greenhouse", "Privacy Policy: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    },
    "lever": {
        "colour": "#3a4a5c",
        "footer": ["Sent with Lever",
                   "If you no longer want to receive emails from {company}, unsubscribe here: {unsub}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "workday": {
        "colour": "#005cb9",
        "footer": ["This email was sent from an unmonitored mailbox. Please do not reply to this message.",
                   EEO_US],
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    },
    "workday-nonus": {
        "colour": "#0b3d91",
        "footer": ["This is an automated message. Please do not reply to this email as the mailbox is not monitored.",
                   "For information about how we handle your personal data, please see our Candidate Privacy Notice: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    },
    "smartrecruiters": {
        "colour": "#0e76bc",
        "footer": ["Powered by SmartRecruiters", "Privacy Policy: {privacy}",
                   "You received this email because you applied for a job with {company}. Unsubscribe: {unsub}"],
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"},
    },
    "workable": {
        "colour": "#00a2a8",
        "footer": ["Powered by Workable", "You are receiving this email because you applied for a job at {company}.",
                   "Workable Software Limited | Privacy Policy {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"},
    },
    "personio": {
        "colour": "#1e1e1e",
        "footer": ["This email was generated automatically. Replies to this address are not read.",
                   "Information on data protection: {privacy}",
                   "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "teamtailor": {
        "colour": "#f4467a",
        "footer": ["Sent via Teamtailor", "Manage your data and communication preferences in the Candidate Connect portal: {prefs}",
                   "Unsubscribe: {unsub}"],
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"},
    },
    "recruitee": {
        "colour": "#1a73e8",
        "footer": ["Sent with Recruitee", "Dit bericht is automatisch verstuurd. Je kunt niet op deze e-mail reageren.",
                   "Privacy statement: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "icims": {
        "colour": "#6d2077",
        "footer": ["*** Please do not reply to this email. This mailbox is not monitored. ***",
                   "Powered by iCIMS | Candidate privacy: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    },
    "successfactors": {
        "colour": "#0a6ed1",
        "footer": ["This is a system generated mail. Please do not reply to this email.",
                   "To update your candidate profile or withdraw your application, please log in to the Career Site: {prefs}",
                   "Privacy Statement: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    },
    "softgarden": {
        "colour": "#0096d6",
        "footer": ["This message was sent with softgarden e-recruiting.",
                   "softgarden e-recruiting GmbH, Tauentzienstrasse 14, 10789 Berlin | Privacy: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "bamboohr": {
        "colour": "#73c41d",
        "footer": ["Powered by BambooHR", "Unsubscribe from {company} applicant emails: {unsub}"],
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"},
    },
    "join": {
        "colour": "#0063ff",
        "footer": ["This email was sent via JOIN on behalf of {company}.",
                   "JOIN Solutions AG, Hardturmstrasse 3, 8005 Zurich, Switzerland | Privacy: {privacy}",
                   "Impressum / Datenschutz: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"},
    },
    "linkedin": {
        "colour": "#0a66c2",
        "footer": ["This email was intended for Sam Taylor (Senior Audience Development Manager at Calder Street Media).",
                   "Learn why we included this: {prefs}",
                   "You are receiving LinkedIn notification emails. Unsubscribe: {unsub} · Help: {privacy}",
                   "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.",
                   "LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn."],
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
    },
    "indeed": {
        "colour": "#2557a7",
        "footer": ["You received this email because you applied for a job on Indeed.",
                   "Unsubscribe from application updates: {unsub} · Privacy Centre: {privacy}",
                   "© 2026 Indeed · 6433 Champion Grandview Way, Building 1, Austin, TX 78750"],
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
    },
    "seek": {
        "colour": "#e60278",
        "footer": ["This email was sent to sam.taylor@example.org by SEEK on behalf of the employer.",
                   "Manage your email preferences: {prefs} · Privacy: {privacy}",
                   "SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121. ABN 46 080 075 314."],
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
    },
    "ashby": {
        "colour": "#5d4fcf",
        "footer": ["Sent via Ashby", "Privacy Policy: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "taleo": {
        "colour": "#c74634",
        "footer": ["PLEASE DO NOT REPLY TO THIS MESSAGE. This e-mail was sent from a notification-only address that cannot accept incoming e-mail.",
                   "Access your candidate profile: {prefs}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "jobtrain": {
        "colour": "#2b2b6b",
        "footer": ["This is an automated email sent by Jobtrain on behalf of {company}. Please do not reply.",
                   "How we use your data: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "own": {
        "colour": "#444444",
        "footer": ["You are receiving this email from {company}. Manage preferences: {prefs}",
                   "Unsubscribe: {unsub}"],
        "headers": {"List-Unsubscribe": "<{unsub}>"},
    },
    "none": {"colour": "#333333", "footer": [], "headers": {}},
}
