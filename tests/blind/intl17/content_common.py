"""Owner, ATS vendor chrome (colours, footers in German and French) and helpers for intl17."""

OWNER = "Sam Taylor <sam.taylor@example.org>"


def rej(reply_to="", first="", company="", role=""):
    return (reply_to, first, company, role)


AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "Precedence": "bulk"}
AUTO_LU = {**AUTO, "List-Unsubscribe": "<{unsub}>"}

VENDORS = {
    "personio": {"colour": "#1c1c1c", "footer": [
        "Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.",
        "Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung: {privacy}",
        "{company} · Powered by Personio"]},
    "softgarden": {"colour": "#5aa02c", "footer": [
        "Bitte antworten Sie nicht direkt auf diese E-Mail, sie wurde über softgarden versendet.",
        "Datenschutzhinweise: {privacy} · Bewerberkonto verwalten: {unsub}",
        "softgarden e-recruiting GmbH im Auftrag von {company}"]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "Diese Nachricht wurde Ihnen über StepStone im Auftrag von {company} zugestellt.",
        "E-Mail-Einstellungen ändern: {unsub} · Datenschutz: {privacy}",
        "StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.",
        "Datenschutz / Protection des données : {privacy}",
        "© {company}. Alle Rechte vorbehalten."]},
    "workday": {"colour": "#005cb9", "footer": [
        "Ceci est un message automatique, merci de ne pas y répondre.",
        "Pour consulter notre politique de confidentialité : {privacy}",
        "{company} – Portail carrières propulsé par Workday"]},
    "teamtailor": {"colour": "#f43f85", "footer": [
        "Vous recevez cet e-mail car vous avez postulé chez {company}.",
        "Gérer vos données personnelles : {privacy} · Se désinscrire : {unsub}",
        "Propulsé par Teamtailor"]},
    "smartrecruiters": {"colour": "#0a66c2", "footer": [
        "Merci de ne pas répondre à cet e-mail. Cette boîte n'est pas consultée.",
        "Politique de confidentialité : {privacy}",
        "Powered by SmartRecruiters · {company}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Envoyé via Recruitee pour le compte de {company}.",
        "Vos données sont traitées conformément au RGPD. En savoir plus : {privacy}",
        "Se désabonner : {unsub}"]},
    "welcome": {"colour": "#ffcd00", "footer": [
        "Cet e-mail vous est adressé par Welcome to the Jungle pour le compte de {company}.",
        "Paramètres de notification : {unsub} · Confidentialité : {privacy}",
        "Welcome to the Jungle, 31 rue du Sentier, 75002 Paris"]},
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Please do not reply to this email / Bitte nicht auf diese E-Mail antworten.",
        "Privacy notice: {privacy}",
        "{company} · Sent via Greenhouse"]},
    "join": {"colour": "#2f6bff", "footer": [
        "Gesendet über JOIN im Auftrag von {company}.",
        "Keine E-Mails mehr von JOIN erhalten: {unsub} · Datenschutz: {privacy}",
        "JOIN Solutions AG, Sihlquai 253, 8005 Zürich"]},
    "indeed": {"colour": "#2557a7", "footer": [
        "Cet e-mail a été envoyé par Indeed au nom de {company}. Indeed ne contrôle pas le contenu de ce message.",
        "Gérer vos alertes : {unsub} · Confidentialité : {privacy}",
        "© 2026 Indeed"]},
    "workable": {"colour": "#00756a", "footer": [
        "Cet e-mail a été envoyé via Workable. Merci de ne pas répondre directement.",
        "Politique de confidentialité : {privacy}",
        "{company} · Workable"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Diese Nachricht wurde über BambooHR versendet.",
        "Datenschutz: {privacy}",
        "{company}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "Vous recevez des e-mails de mise à jour de candidature. Se désabonner : {unsub}",
        "Aide : {privacy}",
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn est une marque déposée de LinkedIn Corporation."]},
    "bank": {"colour": "#b0002a", "footer": [
        "Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.",
        "Datenschutzhinweise: {privacy} · Benachrichtigungen verwalten: {unsub}",
        "{company}"]},
    "fonds": {"colour": "#5b2a86", "footer": [
        "Message automatique – merci de ne pas répondre. Contact : via votre espace porteur de projet.",
        "Données personnelles : {privacy}",
        "{company}"]},
    "internal": {"colour": "#444444", "footer": [
        "Calder Street Media · HR-System · intern / internal",
        "Benachrichtigungen verwalten: {unsub}"]},
}
