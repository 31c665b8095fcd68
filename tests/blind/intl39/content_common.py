"""Owner and ATS vendor chrome (colours, German and French footers) for intl39."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

_DE_NOREPLY = "Bitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde automatisch erzeugt."
_FR_NOREPLY = "Merci de ne pas répondre à ce message, cette adresse n'est pas consultée."

VENDORS = {
    "personio": {"colour": "#1d1d1b", "footer_de": [
        _DE_NOREPLY,
        "Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung: {privacy}",
        "Powered by Personio · Personio SE & Co. KG · Seidlstraße 3 · 80335 München"],
        "footer_fr": [_FR_NOREPLY, "Politique de confidentialité : {privacy}", "Powered by Personio"]},
    "softgarden": {"colour": "#e2001a", "footer_de": [
        "Diese E-Mail wurde über softgarden versendet. Antworten an diese Adresse werden nicht gelesen.",
        "Datenschutz: {privacy} · Benachrichtigungen abbestellen: {unsub}",
        "softgarden e-recruiting GmbH · Tauentzienstraße 14 · 10789 Berlin"], "footer_fr": []},
    "workday": {"colour": "#0875e1", "footer_de": [
        _DE_NOREPLY, "Kandidatenportal: {privacy}", "© 2026 Workday, Inc."],
        "footer_fr": [_FR_NOREPLY, "Portail candidat : {privacy}", "© 2026 Workday, Inc."]},
    "successfactors": {"colour": "#0a6ed1", "footer_de": [
        "Dies ist eine automatisch generierte Nachricht. Antworten werden nicht bearbeitet.",
        "Datenschutzhinweise für Bewerbende: {privacy}",
        "SAP SuccessFactors Recruiting"],
        "footer_fr": ["Ceci est un message généré automatiquement. Les réponses ne sont pas traitées.",
                      "Protection des données des candidat·e·s : {privacy}", "SAP SuccessFactors Recruiting"]},
    "teamtailor": {"colour": "#f43f85", "footer_de": [
        "Gesendet mit Teamtailor · Abmelden: {unsub}", "Datenschutz: {privacy}"],
        "footer_fr": ["Envoyé avec Teamtailor · Se désabonner : {unsub}", "Données personnelles : {privacy}"]},
    "recruitee": {"colour": "#1999e3", "footer_de": [
        "Powered by Recruitee · Datenschutz {privacy}"],
        "footer_fr": ["Powered by Recruitee · Confidentialité {privacy}", "Vous recevez cet e-mail car vous avez postulé chez {company}."]},
    "smartrecruiters": {"colour": "#5cb85c", "footer_de": [
        _DE_NOREPLY, "Datenschutz {privacy}", "SmartRecruiters Inc., 225 Bush Street, San Francisco"],
        "footer_fr": [_FR_NOREPLY, "Confidentialité {privacy}", "SmartRecruiters Inc., 225 Bush Street, San Francisco"]},
    "welcome": {"colour": "#ffcd00", "footer_de": [], "footer_fr": [
        "Cet e-mail vous a été envoyé par Welcome to the Jungle pour le compte de {company}.",
        "Gérer mes notifications : {unsub} · Politique de confidentialité : {privacy}",
        "Welcome to the Jungle, 9 rue du Faubourg Saint-Denis, 75010 Paris"]},
    "flatchr": {"colour": "#6b4cf6", "footer_de": [], "footer_fr": [
        "Ne répondez pas directement à cet e-mail.", "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données : {privacy}",
        "Envoyé via Flatchr"]},
    "stepstone": {"colour": "#0c2577", "footer_de": [
        "Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben.",
        "E-Mail-Einstellungen ändern: {unsub} · Datenschutz: {privacy}",
        "StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf"], "footer_fr": []},
    "jobsch": {"colour": "#d8232a", "footer_de": [
        "Diese Nachricht wurde über jobs.ch versendet. Benachrichtigungen verwalten: {unsub}",
        "JobCloud AG · Zürich · Datenschutz {privacy}"],
        "footer_fr": ["Ce message a été envoyé via jobup.ch. Gérer mes alertes : {unsub}", "JobCloud SA · Lausanne · Confidentialité {privacy}"]},
    "karriere": {"colour": "#00a5a8", "footer_de": [
        "karriere.at GmbH · Linz · Abmelden: {unsub}", "Datenschutz: {privacy}"], "footer_fr": []},
    "linkedin": {"colour": "#0a66c2", "footer_de": [
        "Diese E-Mail war für Sam Taylor (Kommunikation & Redaktion) bestimmt.",
        "Abbestellen: {unsub} · Hilfe: {privacy}", "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2"],
        "footer_fr": ["Cet e-mail était destiné à Sam Taylor.", "Se désabonner : {unsub} · Aide : {privacy}",
                      "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2"]},
    "workable": {"colour": "#00756a", "footer_de": [], "footer_fr": [
        "Propulsé par Workable · Ne pas répondre", "Politique de confidentialité de {company} : {privacy}"]},
    "taleo": {"colour": "#c74634", "footer_de": [], "footer_fr": [
        "Courriel généré automatiquement, veuillez ne pas y répondre.",
        "Avis de confidentialité : {privacy}", "Oracle Taleo"]},
    "internal": {"colour": "#444444", "footer_de": [
        "Calder Street Media · Interne Nachricht des HR-Systems · Bitte nicht antworten"],
        "footer_fr": ["Calder Street Media · Notification interne · Ne pas répondre"]},
    "mailer": {"colour": "#222222", "footer_de": [
        "Newsletter abbestellen: {unsub}", "Impressum und Datenschutz: {privacy}"],
        "footer_fr": ["Se désinscrire : {unsub}", "Mentions légales et données personnelles : {privacy}"]},
}
