"""Owner, ATS vendor chrome and small helpers shared by the content_*.py data files."""

OWNER = "Sam Taylor <sam.taylor@example.org>"
OWNER_ADDR = "sam.taylor@example.org"

# Vendor chrome: accent colour, footer lines ({company}, {unsub}, {privacy} are filled in), bulk headers.
VENDORS = {
    "greenhouse": {
        "colour": "#24a47f",
        "footer": ["Powered by Greenhouse", "Please do not reply to this email. This mailbox is not monitored.",
                   "Privacy policy: {privacy}"],
        "headers": {"X-Mailer": "Greenhouse Mailer", "Auto-Submitted": "auto-generated"},
    },
    "lever": {
        "colour": "#3c4b5c",
        "footer": ["Sent with Lever", "You are receiving this email because you applied for a role at {company}.",
                   "Unsubscribe from candidate emails: {unsub}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "workday": {
        "colour": "#0875e1",
        "footer": ["This is a system-generated message from {company}'s Workday candidate home. Please do not reply.",
                   "To manage your candidate account, sign in to the Careers site.",
                   "Privacy Notice: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    },
    "smartrecruiters": {
        "colour": "#2a76d2",
        "footer": ["Powered by SmartRecruiters | Privacy Policy {privacy}",
                   "SmartRecruiters Inc., 225 Bush Street, Suite 300, San Francisco, CA 94104",
                   "Don't want to receive emails about this job? Unsubscribe: {unsub}"],
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    },
    "personio": {
        "colour": "#1f1f1f",
        "footer": ["This email was sent via Personio on behalf of {company}.",
                   "Information on data protection: {privacy}",
                   "Personio SE & Co. KG, Seidlstraße 3, 80335 München"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "teamtailor": {
        "colour": "#f43f85",
        "footer": ["{company} uses Teamtailor to manage applications.",
                   "Manage your data & connect preferences: {privacy}",
                   "Unsubscribe: {unsub}"],
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
    },
    "recruitee": {
        "colour": "#1999e3",
        "footer": ["Sent by {company} via Recruitee", "Want to be forgotten? Request removal of your data: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "workable": {
        "colour": "#00756a",
        "footer": ["Powered by Workable", "Workable Software Limited, 1 Long Lane, London SE1 4PG",
                   "This message was sent to sam.taylor@example.org. Unsubscribe: {unsub}"],
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"},
    },
    "icims": {
        "colour": "#5e2ca5",
        "footer": ["*** This email was sent from an unmonitored address. Please do not reply. ***",
                   "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration "
                   "for employment without regard to race, color, religion, sex, sexual orientation, gender identity, "
                   "national origin, disability or protected veteran status.",
                   "Powered by iCIMS  |  Privacy: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    },
    "successfactors": {
        "colour": "#0a6ed1",
        "footer": ["This is an automatically generated email from SAP SuccessFactors Recruiting. Please do not respond.",
                   "Data Privacy Statement: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "softgarden": {
        "colour": "#00a0d2",
        "footer": ["Diese Nachricht wurde über softgarden versendet. / This message was sent via softgarden.",
                   "softgarden e-recruiting GmbH, Tempelhofer Ufer 18, 10963 Berlin",
                   "Datenschutz / Privacy: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "bamboohr": {
        "colour": "#73c41d",
        "footer": ["Sent from BambooHR on behalf of {company}.", "Please do not reply directly to this message."],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "join": {
        "colour": "#ff5a5f",
        "footer": ["This email was sent via JOIN on behalf of {company}.",
                   "JOIN Solutions AG, Hardturmstrasse 161, 8005 Zürich",
                   "Privacy: {privacy} | Unsubscribe: {unsub}"],
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"},
    },
    "stepstone": {
        "colour": "#0c2577",
        "footer": ["You are receiving this message because you applied via StepStone.",
                   "StepStone GmbH, Völklinger Straße 1, 40219 Düsseldorf",
                   "Manage notifications: {unsub} | Privacy: {privacy}"],
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<{unsub}>", "List-Id": "<candidate-mail.stepstone.de>"},
    },
    "indeed": {
        "colour": "#2557a7",
        "footer": ["Indeed Apply: messages from employers are delivered to you by Indeed.",
                   "© 2026 Indeed - Indeed Ireland Operations Ltd, 124 St. Stephen's Green, Dublin 2",
                   "Unsubscribe: {unsub} | Privacy Centre: {privacy}"],
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<{unsub}>", "List-Id": "<applystatus.indeed.com>"},
    },
    "linkedin": {
        "colour": "#0a66c2",
        "footer": ["This email was intended for Sam Taylor (Head of Audience, Calder Street Media).",
                   "You are receiving job application update emails. Unsubscribe: {unsub}",
                   "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."],
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<{unsub}>", "List-Id": "<jobs_application_updates.linkedin.com>"},
    },
    "ashby": {
        "colour": "#4a3aff",
        "footer": ["Sent via Ashby", "Please do not reply to this email address."],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "jobvite": {
        "colour": "#28a745",
        "footer": ["Powered by Jobvite. This is an automated message; replies are not read.",
                   "Privacy: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "taleo": {
        "colour": "#c74634",
        "footer": ["Note: This is an automated message. Please do not reply to this email.",
                   "Oracle Taleo | Candidate privacy statement: {privacy}"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "pinpoint": {
        "colour": "#ff6b35",
        "footer": ["Sent by {company} using Pinpoint", "Pinpoint Software Ltd, Sheffield S1 2BJ"],
        "headers": {"Auto-Submitted": "auto-generated"},
    },
    "generic": {
        "colour": "#444444",
        "footer": ["You received this email because you have an account with us. Unsubscribe: {unsub}",
                   "Privacy: {privacy}"],
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"},
    },
    "none": {"colour": "#333333", "footer": [], "headers": {}},
}

EEO_US = ("{brand} is proud to be an equal opportunity employer. We celebrate diversity and are committed to creating "
          "an inclusive environment for all employees. We do not discriminate on the basis of race, religion, colour, "
          "national origin, sex, sexual orientation, gender identity, age, veteran status or disability.")

GDPR_KEEP = ("Data protection: we will keep your application data for six months after the end of the recruitment "
             "process and then delete it automatically, unless you agree that we may keep your profile in our "
             "talent pool for up to 24 months. You can withdraw your consent at any time.")


def rej(slug, cat, style, *, exp, **kw):
    """A rejection row: exp = (reply_to, contact_first_name, company, role)."""
    return dict(slug=slug, label="rejection", cat=cat, style=style, exp=exp, **kw)


def oth(slug, cat, style, **kw):
    return dict(slug=slug, label="other", cat=cat, style=style, **kw)
