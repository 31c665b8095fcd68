"""Owner, ATS vendor chrome (colours, footers in the language the vendor really uses) and small helpers."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# Footers: {company}, {unsub}, {privacy} are filled per message. Several vendors send German or French
# letters inside English chrome, as they really do.
VENDORS = {
    "softgarden": {"colour": "#2c8d4f", "footer": [
        "Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht auf diese Nachricht.",
        "Informationen zum Datenschutz: {privacy}",
        "softgarden e-recruiting GmbH, Tauentzienstraße 14, 10789 Berlin"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "This is an automatically generated message. Please do not reply to this e-mail.",
        "Powered by SAP SuccessFactors | Datenschutz / Privacy: {privacy}"]},
    "personio": {"colour": "#1d1d1b", "footer": [
        "Gesendet über Personio im Auftrag von {company}.",
        "Personio SE & Co. KG, Seidlstraße 3, 80335 München | Datenschutzerklärung: {privacy}"]},
    "workday": {"colour": "#005cb9", "footer": [
        "This email was sent from an unmonitored mailbox. Please do not reply.",
        "Powered by Workday | Privacy: {privacy}"]},
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Powered by Greenhouse",
        "Don't want to receive these emails? Unsubscribe: {unsub}"]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben.",
        "Benachrichtigungen verwalten: {unsub} | Datenschutz: {privacy}",
        "StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf. Geschäftsführung: siehe Impressum."]},
    "indeed": {"colour": "#2557a7", "footer": [
        "© 2026 Indeed - Impressum - Datenschutz ({privacy})",
        "Sie möchten diese E-Mails nicht mehr erhalten? Abmelden: {unsub}",
        "Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublin 2, Irland"]},
    "prescreen": {"colour": "#e8453c", "footer": [
        "Versendet mit XING Prescreen (prescreen.io) im Namen von {company}.",
        "Bitte antworten Sie nicht direkt auf diese E-Mail. Datenschutzinformation: {privacy}"]},
    "interamt": {"colour": "#00566b", "footer": [
        "Diese Nachricht wurde automatisch von Interamt erzeugt. Antworten an diese Adresse werden nicht gelesen.",
        "Interamt – Das Stellenportal für den öffentlichen Dienst | Impressum | Datenschutz: {privacy}"]},
    "smartrecruiters": {"colour": "#0056d2", "footer": [
        "Powered by SmartRecruiters | Privacy Policy: {privacy}",
        "You received this email because you applied for a job at {company}. Unsubscribe: {unsub}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Envoyé avec Recruitee / Verzonden met Recruitee",
        "Politique de confidentialité / Privacybeleid: {privacy}"]},
    "wttj": {"colour": "#ffcd00", "footer": [
        "Cet e-mail vous a été envoyé par Welcome to the Jungle pour le compte de {company}.",
        "Merci de ne pas répondre directement à cet e-mail. Gérer mes notifications : {unsub}",
        "Welcome to the Jungle, 31 rue du Faubourg Poissonnière, 75009 Paris"]},
    "teamtailor": {"colour": "#f43f85", "footer": [
        "Sent with Teamtailor",
        "Manage your data / Gérer vos données : {privacy}"]},
    "lever": {"colour": "#3b4a5a", "footer": [
        "Sent via Lever",
        "Vous recevez cet e-mail suite à votre candidature. Désinscription : {unsub}"]},
    "hellowork": {"colour": "#5b2bda", "footer": [
        "Vous recevez cet e-mail car vous avez postulé via HelloWork.",
        "Se désabonner : {unsub} | Données personnelles : {privacy}",
        "HelloWork SAS - 2 rue de la Mabilais, 35000 Rennes"]},
    "assessfirst": {"colour": "#ff6a3d", "footer": [
        "AssessFirst - 8 rue de la Ville l'Évêque, 75008 Paris",
        "Cet e-mail est envoyé automatiquement, merci de ne pas y répondre. Confidentialité : {privacy}"]},
    "immoscout": {"colour": "#3c3c3b", "footer": [
        "Immobilien Scout GmbH, Invalidenstraße 65, 10557 Berlin",
        "E-Mail-Einstellungen ändern: {unsub} | Datenschutz: {privacy}"]},
    "ams": {"colour": "#e30613", "footer": [
        "Arbeitsmarktservice Österreich | eAMS-Konto: Nachricht automatisch erzeugt, bitte nicht antworten.",
        "Datenschutzerklärung: {privacy}"]},
    "emploisquebec": {"colour": "#095797", "footer": [
        "Ce courriel est généré automatiquement. Veuillez ne pas y répondre.",
        "Gouvernement du Québec © 2026 | Accès à l'information et confidentialité : {privacy}"]},
    "pep": {"colour": "#000091", "footer": [
        "Place de l'emploi public - Ce message est envoyé automatiquement, merci de ne pas y répondre.",
        "Mentions légales | Données personnelles : {privacy}"]},
    "flatchr": {"colour": "#00b3a6", "footer": [
        "Notification envoyée par Flatchr. Paramétrer mes notifications : {unsub}"]},
    "join": {"colour": "#4a46e0", "footer": [
        "Gesendet mit JOIN (join.com) im Auftrag von {company}.",
        "JOIN Solutions AG, Zürich | Datenschutz: {privacy} | Abmelden: {unsub}"]},
    "bank": {"colour": "#7a0026", "footer": [
        "Ceci est un message automatique. Pour toute question, connectez-vous à votre espace client.",
        "Banque Ardelle, SA au capital de 120 000 000 EUR, RCS Lyon 000 000 000. Confidentialité : {privacy}"]},
    "sessionize": {"colour": "#1ab394", "footer": [
        "Sent by Sessionize on behalf of the organisers.",
        "Unsubscribe from event emails: {unsub}"]},
}

# notes tag per country
COUNTRY = {"DE": "de-DE", "AT": "de-AT", "CH": "de-CH", "FR": "fr-FR", "BE": "fr-BE", "LU": "fr-LU",
           "QC": "fr-CA", "CHF": "fr-CH"}


def R(reply_to="", first="", company="", role=""):
    """Expected follow-up fields of a rejection."""
    return (reply_to, first, company, role)

VENDORS["karriereat"] = {"colour": "#6bbd2a", "footer": [
    "Sie erhalten diesen Job-Alert, weil Sie ihn auf karriere.at abonniert haben. Job-Alert bearbeiten oder abbestellen: {unsub}",
    "karriere.at GmbH, Linz | Datenschutz: {privacy}"]}
