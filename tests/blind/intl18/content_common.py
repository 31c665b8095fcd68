"""Owner, ATS vendor chrome (footers in German/French, colours, bulk headers) and row helpers for intl18."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "X-Auto-Response-Suppress": "All"}
LIST = {**BULK, "List-Unsubscribe": "<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

VENDORS = {
    "workday": {"name": "Workday", "colour": "#0875e1", "headers": BULK, "footer": [
        "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.",
        "Ceci est un message automatique, merci de ne pas y répondre.",
        "Datenschutzhinweise: [[Datenschutz]] | Powered by Workday"]},
    "sf": {"name": "SAP SuccessFactors", "colour": "#0a6ed1", "headers": BULK, "footer": [
        "Diese Nachricht wurde automatisch über SAP SuccessFactors versendet. Antworten an diese Adresse werden nicht gelesen.",
        "Informationen zur Verarbeitung Ihrer Daten: [[Datenschutzerklärung]]"]},
    "taleo": {"name": "Oracle Taleo", "colour": "#c74634", "headers": BULK, "footer": [
        "Merci de ne pas répondre à ce courriel, cette adresse n'est pas consultée.",
        "Confidentialité : [[Politique de protection des données]]"]},
    "personio": {"name": "Personio", "colour": "#1d1d3b", "headers": BULK, "footer": [
        "{company} | Bewerbermanagement mit Personio",
        "Informationen zum Datenschutz: [[Datenschutzerklärung für Bewerber]]"]},
    "softgarden": {"name": "softgarden", "colour": "#5fb336", "headers": BULK, "footer": [
        "Diese E-Mail wurde über softgarden versendet. Bitte antworte nicht direkt auf diese E-Mail.",
        "softgarden e-recruiting GmbH (Dienstleister im Auftrag von {company}) | [[Impressum]] | [[Datenschutz]]"]},
    "dvinci": {"name": "d.vinci", "colour": "#e2001a", "headers": BULK, "footer": [
        "Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.",
        "Bewerbermanagement: d.vinci HR-Systems GmbH | [[Datenschutz]] | [[Meine Bewerbungen]]"]},
    "rexx": {"name": "rexx systems", "colour": "#8a1538", "headers": BULK, "footer": [
        "Diese Nachricht wurde automatisch erzeugt (rexx systems Recruiting).",
        "{company} | Sitz der Gesellschaft: siehe Impressum | [[Datenschutzhinweise]]"]},
    "talentsoft": {"name": "Talentsoft", "colour": "#ff5a00", "headers": BULK, "footer": [
        "Ce message est généré automatiquement par notre plateforme de recrutement (Talentsoft by Cegid). Merci de ne pas y répondre.",
        "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données : [[Gérer mes données]]"]},
    "wttj": {"name": "Welcome to the Jungle", "colour": "#ffcd00", "headers": LIST, "footer": [
        "Cet e-mail vous a été envoyé par {company} via Welcome to the Jungle.",
        "Welcome to the Jungle, 47 rue de Paradis, 75010 Paris | [[Se désabonner]] | [[Confidentialité]]"]},
    "teamtailor": {"name": "Teamtailor", "colour": "#f43f85", "headers": BULK, "footer": [
        "{company} · Powered by Teamtailor",
        "[[Datenschutz / Confidentialité]] · [[Meine Daten verwalten]]"]},
    "hellowork": {"name": "HelloWork", "colour": "#2f54eb", "headers": LIST, "footer": [
        "Vous recevez ce message car vous avez postulé via HelloWork.",
        "HelloWork, 2 rue de la Mabilais, 35000 Rennes | [[Se désinscrire]] | [[Paramètres de notification]]"]},
    "apec": {"name": "Apec", "colour": "#6a2c91", "headers": LIST, "footer": [
        "Ce message vous est adressé par l'Apec pour le compte du recruteur. Ne répondez pas à cet e-mail.",
        "Apec - Association pour l'emploi des cadres | [[Gérer mes alertes]] | [[Données personnelles]]"]},
    "stepstone": {"name": "StepStone", "colour": "#0c2577", "headers": LIST, "footer": [
        "Diese Nachricht wurde Ihnen über StepStone im Auftrag von {company} zugestellt.",
        "StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf | [[Abmelden]] | [[Datenschutz]]"]},
    "indeed": {"name": "Indeed", "colour": "#2557a7", "headers": LIST, "footer": [
        "Indeed leitet diese Nachricht im Auftrag des Arbeitgebers weiter. / Indeed transmet ce message au nom de l'employeur.",
        "© 2026 Indeed | [[Einstellungen / Paramètres]] | [[Abmelden / Se désabonner]]"]},
    "xing": {"name": "XING", "colour": "#006567", "headers": LIST, "footer": [
        "Sie erhalten diese E-Mail, weil Sie sich über XING beworben haben.",
        "New Work SE, Am Strandkai 1, 20457 Hamburg | [[Benachrichtigungen verwalten]] | [[Impressum]]"]},
    "linkedin": {"name": "LinkedIn", "colour": "#0a66c2", "headers": LIST, "footer": [
        "Cet e-mail était destiné à Sam Taylor (Calder Street Media).",
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2 | [[Se désabonner]] | [[Aide]]"]},
    "greenhouse": {"name": "Greenhouse", "colour": "#24a47f", "headers": BULK, "footer": [
        "Powered by Greenhouse | [[Privacy Policy]]"]},
    "smartrecruiters": {"name": "SmartRecruiters", "colour": "#1e88e5", "headers": BULK, "footer": [
        "Propulsé par SmartRecruiters | [[Politique de confidentialité]] | Ne pas répondre à cet e-mail."]},
    "recruitee": {"name": "Recruitee", "colour": "#1999e3", "headers": BULK, "footer": [
        "Versendet mit Recruitee | [[Datenschutz]]"]},
    "join": {"name": "JOIN", "colour": "#2b2b2b", "headers": BULK, "footer": [
        "Diese E-Mail wurde über JOIN (join.com) im Auftrag von {company} versendet.",
        "[[Bewerberdaten löschen]] | [[Datenschutz]]"]},
    "inhouse": {"name": "", "colour": "#444444", "headers": BULK, "footer": [
        "Diese E-Mail wurde automatisch erstellt. / Ce courriel a été généré automatiquement."]},
    "inhouse_fr": {"name": "", "colour": "#003189", "headers": BULK, "footer": [
        "Ce courriel a été généré automatiquement, merci de ne pas y répondre."]},
}
