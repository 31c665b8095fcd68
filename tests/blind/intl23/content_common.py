"""Owner and ATS vendor chrome (colours, French footers) for the intl23 blind set."""

OWNER = "Sam Taylor <sam.taylor@example.org>"
SAM_SIG = "Sam Taylor\nResponsable marketing produit – Calder Street Media\n+33 6 12 48 90 17"

BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk",
        "List-Unsubscribe": "<{unsub}>", "X-Auto-Response-Suppress": "All"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

VENDORS = {
    "workday": {"colour": "#0875e1", "footer": [
        "Ceci est un message automatique envoyé depuis le portail carrières de {company}. Merci de ne pas répondre à cet e-mail.",
        "Vos données personnelles sont traitées conformément à notre politique de confidentialité : {privacy}",
        "Powered by Workday"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "Merci de ne pas répondre à ce message généré automatiquement. / Please do not reply to this automatically generated message.",
        "Protection des données : {privacy}",
        "SAP SuccessFactors"]},
    "taleo": {"colour": "#6d2077", "footer": [
        "Ce courriel a été envoyé automatiquement, merci de ne pas y répondre.",
        "Oracle Taleo – Politique de confidentialité : {privacy}"]},
    "talentsoft": {"colour": "#e4003a", "footer": [
        "Ce message vous est adressé automatiquement par notre outil de recrutement, merci de ne pas y répondre.",
        "Conformément au Règlement Général sur la Protection des Données (RGPD), vous disposez d'un droit d'accès, de rectification et de suppression de vos données, que vous pouvez exercer depuis votre espace candidat.",
        "Cegid Talentsoft"]},
    "wttj": {"colour": "#ffcd00", "footer": [
        "Tu reçois cet e-mail car tu as postulé via Welcome to the Jungle.",
        "Welcome to the Jungle – 1 rue du Faubourg, 75010 Paris (adresse fictive)",
        "Gérer mes notifications : {unsub}"]},
    "teamtailor": {"colour": "#f4516c", "footer": [
        "{company} utilise Teamtailor pour gérer ses recrutements.",
        "Gérer mes données personnelles : {privacy}",
        "Envoyé avec Teamtailor"]},
    "hellowork": {"colour": "#ff5b00", "footer": [
        "Vous recevez cet e-mail car vous avez postulé via HelloWork.",
        "HelloWork – Se désabonner des notifications de candidature : {unsub}",
        "Conformément au RGPD, vous pouvez exercer vos droits depuis votre compte candidat."]},
    "indeed": {"colour": "#2557a7", "footer": [
        "Indeed vous envoie cet e-mail car vous avez postulé via Indeed.",
        "© 2026 Indeed – Confidentialité : {privacy} – Se désabonner : {unsub}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "Cet e-mail était destiné à Sam Taylor (Responsable marketing produit).",
        "Vous recevez des e-mails de notification de candidature. Se désabonner : {unsub}",
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn est une marque commerciale déposée de LinkedIn Corporation."]},
    "apec": {"colour": "#001e50", "footer": [
        "Ce message vous est envoyé par l'Apec. Merci de ne pas répondre directement à ce message.",
        "Gérer mes alertes et notifications : {unsub}",
        "Apec – Association pour l'emploi des cadres"]},
    "flatchr": {"colour": "#5a3ee0", "footer": [
        "Cet e-mail a été envoyé via Flatchr pour le compte de {company}.",
        "Vos données : {privacy}"]},
    "digitalrecruiters": {"colour": "#00a3a1", "footer": [
        "Message envoyé automatiquement par la plateforme de recrutement de {company} (DigitalRecruiters).",
        "Pour exercer vos droits RGPD, rendez-vous dans votre espace candidat : {privacy}"]},
    "smartrecruiters": {"colour": "#1d7ece", "footer": [
        "Ce courriel a été envoyé par SmartRecruiters au nom de {company}.",
        "Politique de confidentialité : {privacy}"]},
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Powered by Greenhouse",
        "Ne répondez pas à cet e-mail : cette boîte n'est pas consultée.",
        "Politique de confidentialité des candidats : {privacy}"]},
    "jobteaser": {"colour": "#3c4bff", "footer": [
        "JobTeaser – Vous recevez cet e-mail car vous avez un compte JobTeaser.",
        "Se désabonner : {unsub}"]},
    "plain_corp": {"colour": "#333333", "footer": [
        "Ce message est généré automatiquement, merci de ne pas y répondre.",
        "Politique de confidentialité : {privacy}"]},
    "bank": {"colour": "#c8102e", "footer": [
        "Ceci est un message automatique, merci de ne pas y répondre. Pour toute question, contactez votre conseiller via votre espace client.",
        "Banque Orlanne – Société anonyme au capital de 12 000 000 EUR – RCS Paris 000 000 000 (fictif)",
        "Sécurité : nous ne vous demanderons jamais vos codes par e-mail."]},
    "sessionize": {"colour": "#1ab394", "footer": [
        "Envoyé via Sessionize au nom des organisateurs.",
        "Se désabonner : {unsub}"]},
}
