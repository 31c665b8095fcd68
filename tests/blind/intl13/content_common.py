"""Owner and vendor chrome (colours, link hosts, bulk headers, footers in German and French) for intl13."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

NOREPLY_HEADERS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK_HEADERS = {"Precedence": "bulk", "List-Unsubscribe": "<{unsub}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Auto-Submitted": "auto-generated"}

VENDORS = {
    "personio": {
        "name": "Personio", "colour": "#1f2a44", "host": "url4418.jobs.personio.de", "headers": NOREPLY_HEADERS,
        "footer": {"de": [
            "Bitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde automatisch über Personio versendet.",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer [[Datenschutzerklärung für Bewerber:innen]].",
            "{company}",
        ]},
    },
    "softgarden": {
        "name": "softgarden", "colour": "#00a0d2", "host": "mail.softgarden.io", "headers": NOREPLY_HEADERS,
        "footer": {"de": [
            "Diese E-Mail wurde über das Bewerbermanagement-System softgarden versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.",
            "[[Bewerbung zurückziehen]] | [[Daten löschen]] | [[Datenschutz]]",
            "softgarden e-recruiting GmbH · Tempelhofer Ufer · Berlin",
        ]},
    },
    "successfactors": {
        "name": "SAP SuccessFactors", "colour": "#0a6ed1", "host": "career5.successfactors.eu", "headers": NOREPLY_HEADERS,
        "footer": {"de": [
            "Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse werden nicht gelesen.",
            "[[Kandidatenprofil verwalten]] | [[Datenschutzhinweise]]",
        ], "fr": [
            "Ce message a été généré automatiquement. Merci de ne pas y répondre.",
            "[[Gérer mon profil candidat]] | [[Politique de confidentialité]]",
        ]},
    },
    "workday": {
        "name": "Workday", "colour": "#005cb9", "host": "wd3.myworkdayjobs.com", "headers": NOREPLY_HEADERS,
        "footer": {"de": [
            "Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht.",
            "[[Kandidatenbereich]] · [[Datenschutzerklärung]]",
        ], "fr": [
            "Veuillez ne pas répondre à cet e-mail, cette boîte n'est pas consultée.",
            "[[Accéder à mon espace candidat]] · [[Déclaration de confidentialité]]",
        ]},
    },
    "stepstone": {
        "name": "StepStone", "colour": "#0c2577", "host": "email.stepstone.de", "headers": BULK_HEADERS,
        "footer": {"de": [
            "Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. Die Nachricht wurde vom Unternehmen über StepStone an Sie übermittelt.",
            "[[E-Mail-Einstellungen]] | [[Abmelden]] | [[Datenschutz]] | [[Impressum]]",
            "StepStone Deutschland GmbH · Düsseldorf · Geschäftsführung: siehe Impressum",
        ]},
    },
    "greenhouse": {
        "name": "Greenhouse", "colour": "#24a47f", "host": "u2918334.ct.sendgrid.net", "headers": NOREPLY_HEADERS,
        "footer": {"de": [
            "Informationen dazu, wie wir Ihre Daten verarbeiten, finden Sie in unserer [[Datenschutzerklärung]].",
            "Powered by Greenhouse",
        ], "fr": [
            "Pour en savoir plus sur le traitement de vos données, consultez notre [[politique de confidentialité]].",
            "Powered by Greenhouse",
        ]},
    },
    "join": {
        "name": "JOIN", "colour": "#2c3e50", "host": "email.join.com", "headers": NOREPLY_HEADERS,
        "footer": {"de": [
            "Diese Nachricht wurde über JOIN versendet. JOIN Solutions AG · Zürich",
            "[[Datenschutz]] · [[Impressum]] · Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.",
        ]},
    },
    "teamtailor": {
        "name": "Teamtailor", "colour": "#f43f85", "host": "click.teamtailor-mail.com", "headers": NOREPLY_HEADERS,
        "footer": {"de": [
            "Gesendet mit Teamtailor · [[Meine Daten verwalten]] · [[Datenschutz]]",
        ], "fr": [
            "Envoyé avec Teamtailor · [[Gérer mes données]] · [[Confidentialité]]",
        ]},
    },
    "wttj": {
        "name": "Welcome to the Jungle", "colour": "#ffcd00", "host": "emails.welcometothejungle.com", "headers": NOREPLY_HEADERS,
        "footer": {"fr": [
            "Ce message vous a été envoyé par {company} via Welcome to the Jungle. Merci de ne pas répondre directement à cet e-mail.",
            "[[Suivre mes candidatures]] · [[Paramètres de notification]] · [[Données personnelles]]",
            "Welcome to the Jungle · Paris",
        ]},
    },
    "lever": {
        "name": "Lever", "colour": "#1f2d3d", "host": "hire.lever.co", "headers": {},
        "footer": {"fr": ["Sent via Lever"], "de": ["Sent via Lever"]},
    },
    "smartrecruiters": {
        "name": "SmartRecruiters", "colour": "#0070c0", "host": "email.smartrecruiters.com", "headers": NOREPLY_HEADERS,
        "footer": {"fr": [
            "Ceci est un message automatique, merci de ne pas y répondre.",
            "[[Politique de confidentialité]] · [[Se désinscrire]]",
            "Powered by SmartRecruiters",
        ]},
    },
    "indeed": {
        "name": "Indeed", "colour": "#2557a7", "host": "engage.indeed.com", "headers": BULK_HEADERS,
        "footer": {"fr": [
            "Vous recevez cet e-mail car vous avez postulé à une offre via Indeed. Indeed transmet les messages des employeurs mais n'est pas responsable de leur contenu.",
            "[[Se désabonner]] · [[Paramètres des e-mails]] · [[Confidentialité et cookies]] · [[Conditions d'utilisation]]",
            "© 2026 Indeed · Indeed Ireland Operations Ltd., Dublin",
        ]},
    },
    "taleo": {
        "name": "Taleo", "colour": "#c74634", "host": "tbe.taleo.net", "headers": NOREPLY_HEADERS,
        "footer": {"fr": [
            "Ce courriel a été envoyé par un système automatisé. Veuillez ne pas y répondre.",
        ]},
    },
    "recruitee": {
        "name": "Recruitee", "colour": "#1999e3", "host": "mail.recruitee.com", "headers": NOREPLY_HEADERS,
        "footer": {"fr": [
            "Conformément au RGPD, vous pouvez à tout moment demander l'accès, la rectification ou la suppression de vos données : [[gérer mes données]].",
            "Envoyé via Recruitee",
        ]},
    },
    "workable": {
        "name": "Workable", "colour": "#00756a", "host": "email.workablemail.com", "headers": NOREPLY_HEADERS,
        "footer": {"fr": [
            "Vous recevez cet e-mail suite à votre candidature. [[Se désinscrire]]",
            "Powered by Workable",
        ], "de": [
            "Sie erhalten diese E-Mail aufgrund Ihrer Bewerbung. [[Abmelden]]",
            "Powered by Workable",
        ]},
    },
    "hellowork": {
        "name": "HelloWork", "colour": "#ff4f5a", "host": "alerte.hellowork.com", "headers": BULK_HEADERS,
        "footer": {"fr": [
            "Vous recevez cet e-mail car vous avez créé une alerte emploi sur HelloWork.",
            "[[Modifier mon alerte]] · [[Me désabonner]] · [[Mentions légales]]",
            "HelloWork SAS · Rennes",
        ]},
    },
    "immo": {
        "name": "ImmoScout24", "colour": "#00d9b1", "host": "mail.immobilienscout24.de", "headers": BULK_HEADERS,
        "footer": {"de": [
            "Diese Nachricht wurde Ihnen über ImmoScout24 zugestellt. Antworten Sie direkt im [[Nachrichtenbereich]].",
            "[[Benachrichtigungen verwalten]] · [[Datenschutz]] · [[Impressum]]",
            "Immobilien Scout GmbH · Berlin",
        ]},
    },
    "sessionize": {
        "name": "Sessionize", "colour": "#1ab394", "host": "sessionize.com", "headers": NOREPLY_HEADERS,
        "footer": {"de": ["Sent via Sessionize.com · [[Unsubscribe]]"], "fr": ["Sent via Sessionize.com · [[Unsubscribe]]"]},
    },
    "bank": {
        "name": "Banque", "colour": "#6b2c91", "host": "notifications.banque-laurier.example", "headers": NOREPLY_HEADERS,
        "footer": {"fr": [
            "Ce message vous est adressé automatiquement, merci de ne pas y répondre. Pour toute question, contactez votre conseiller depuis votre [[Espace client]].",
            "Banque Laurier SA – Société anonyme au capital de 120 000 000 € – RCS Lyon B 000 000 000 – Intermédiaire en assurance ORIAS n° 00 000 000.",
            "Attention aux tentatives de fraude : la Banque Laurier ne vous demandera jamais vos codes par e-mail.",
        ]},
    },
    "assess": {
        "name": "Testplattform", "colour": "#5b2a86", "host": "mail.talentscreen.example", "headers": NOREPLY_HEADERS,
        "footer": {"de": [
            "Technische Fragen? [[Support-Center]] · Diese E-Mail wurde automatisch versendet.",
            "TalentScreen Assessments GmbH · Hamburg · [[Datenschutz]]",
        ]},
    },
    "hris": {
        "name": "Personio", "colour": "#1f2a44", "host": "calderstreet.personio.de", "headers": NOREPLY_HEADERS,
        "footer": {"de": [
            "Sie erhalten diese Benachrichtigung, weil Sie als Hiring Manager:in für diese Stelle eingetragen sind. [[Benachrichtigungseinstellungen]]",
            "Personio · Calder Street Media",
        ]},
    },
}
