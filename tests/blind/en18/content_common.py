"""Owner, ATS vendor chrome (colour, footer lines) and row helpers for the en18 blind set."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Please do not reply to this email; this mailbox is not monitored.",
        "Powered by Greenhouse | Privacy policy: {privacy}",
        "{company} is an equal opportunity employer. We celebrate diversity and are committed to an inclusive environment for all employees.",
    ]},
    "lever": {"colour": "#2e3b4e", "footer": [
        "Sent with Lever",
        "To stop receiving emails about this opportunity, unsubscribe here: {unsub}",
    ]},
    "ashby": {"colour": "#5d5fef", "footer": [
        "This email was sent by {company} via Ashby.",
        "Manage your data: {privacy}",
    ]},
    "workable": {"colour": "#00b3a1", "footer": [
        "This message was sent to sam.taylor@example.org by {company} using Workable.",
        "Read how {company} processes your personal data: {privacy} | Unsubscribe: {unsub}",
    ]},
    "teamtailor": {"colour": "#f42b5a", "footer": [
        "{company} | Careers site powered by Teamtailor",
        "You can remove your data at any time through our Connect portal: {privacy}",
        "Du kan när som helst ta bort dina uppgifter. / You can delete your data at any time.",
    ]},
    "icims": {"colour": "#0f4c81", "footer": [
        "*** This is an automated message. Please do not reply to this email. ***",
        "{company} is an Equal Opportunity / Affirmative Action employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.",
        "Candidate portal privacy notice: {privacy}",
    ]},
    "workday": {"colour": "#0875e1", "footer": [
        "This is a system-generated email from {company}'s Workday recruiting system. Please do not reply.",
        "To view your candidate home or withdraw your application, sign in at {privacy}",
    ]},
    "smartrecruiters": {"colour": "#2b7de1", "footer": [
        "Powered by SmartRecruiters | Privacy: {privacy}",
        "You are receiving this email because you applied for a position at {company}. Unsubscribe: {unsub}",
    ]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "This email was intended for Sam Taylor (Head of Growth Analytics at Calder Street Media).",
        "Learn why we included this: {privacy}",
        "You are receiving LinkedIn notification emails. Unsubscribe: {unsub} | Help",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.",
    ]},
    "indeed": {"colour": "#2557a7", "footer": [
        "Indeed Apply | Do not reply to this email. To contact the employer, use the messaging feature on Indeed.",
        "© 2026 Indeed | Privacy Centre: {privacy} | Unsubscribe: {unsub}",
    ]},
    "wellfound": {"colour": "#000000", "footer": [
        "Wellfound (formerly AngelList Talent) | Manage notifications: {unsub}",
        "Wellfound, 440 N Barranca Ave, Covina, CA 91723",
    ]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "This e-mail was generated automatically. Replies to this address are not read.",
        "Data protection notice for applicants: {privacy}",
    ]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Sent via Recruitee on behalf of {company}.",
        "Want your data removed? Reply STOP or visit {privacy}",
    ]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Powered by BambooHR. {company} values your privacy: {privacy}",
    ]},
    "personio": {"colour": "#1c1c1c", "footer": [
        "{company} | Datenschutzerklärung / Privacy notice: {privacy}",
        "Diese E-Mail wurde automatisch erstellt. This email was generated automatically, please do not reply.",
    ]},
    "hays": {"colour": "#003a70", "footer": [
        "Hays Specialist Recruitment is a fictional agency in this test set. Registered office details omitted.",
        "You are receiving this because you registered with us. Update your preferences: {unsub}",
    ]},
    "internal": {"colour": "#6b4fbb", "footer": [
        "Calder Street Media People Systems | internal use only",
        "Notification settings: {unsub}",
    ]},
    "plain": {"colour": "#444444", "footer": [
        "Unsubscribe: {unsub} | Privacy: {privacy}",
    ]},
}

ATS_HEADERS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK_HEADERS = {"Auto-Submitted": "auto-generated", "Precedence": "bulk",
                "List-Unsubscribe": "<{unsub}>"}
