"""Owner, ATS vendor chrome (colours, footers in German and French) and helpers for the intl5 blind set."""

OWNER = "Sam Taylor <sam.taylor@example.org>"
OWNER_ADDR = "sam.taylor@example.org"

# Vendor chrome. Footer lines may use {company}, {unsub}, {privacy}.
VENDORS = {
    "successfactors": {"colour": "#0a6ed1", "footer": {
        "de": ["Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.",
               "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung: {privacy}",
               "{company} · Sitz der Gesellschaft: siehe Impressum · Powered by SAP SuccessFactors"],
        "fr": ["Ceci est un message automatique, merci de ne pas y répondre.",
               "Politique de confidentialité : {privacy}",
               "{company} · Powered by SAP SuccessFactors"]}},
    "personio": {"colour": "#1c1c1c", "footer": {
        "de": ["Diese E-Mail wurde über Personio versendet. Antworten auf diese Adresse werden nicht gelesen.",
               "Datenschutzhinweise für Bewerber:innen: {privacy}",
               "Personio SE & Co. KG · Seidlstraße 3 · 80335 München"],
        "fr": ["Cet e-mail a été envoyé via Personio.", "Protection des données : {privacy}"]}},
    "softgarden": {"colour": "#e2001a", "footer": {
        "de": ["Diese Nachricht wurde mit softgarden versendet – bitte nutzen Sie für Rückfragen das Kontaktformular in Ihrem Bewerberkonto.",
               "Datenschutz: {privacy} · Benachrichtigungen abbestellen: {unsub}",
               "softgarden e-recruiting GmbH, Tauentzienstraße 14, 10789 Berlin"]}},
    "dvinci": {"colour": "#009fe3", "footer": {
        "de": ["Bitte antworten Sie nicht auf diese E-Mail, das Postfach wird nicht überwacht.",
               "Ihr Bewerberkonto: {unsub} · Datenschutzerklärung: {privacy}",
               "Bewerbermanagement powered by d.vinci"]}},
    "rexx": {"colour": "#7ab800", "footer": {
        "de": ["Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden.",
               "Datenschutzinformationen gemäß Art. 13 DSGVO: {privacy}",
               "rexx systems – Recruiting Software"]}},
    "workday": {"colour": "#005cb9", "footer": {
        "de": ["Bitte antworten Sie nicht auf diese E-Mail. Melden Sie sich in Ihrem Kandidatenkonto an, um den Status Ihrer Bewerbungen einzusehen.",
               "Datenschutz: {privacy}", "© 2026 {company}. Alle Rechte vorbehalten."],
        "fr": ["Merci de ne pas répondre à cet e-mail. Connectez-vous à votre compte candidat pour consulter le statut de vos candidatures.",
               "Confidentialité : {privacy}", "© 2026 {company}. Tous droits réservés."]}},
    "stepstone": {"colour": "#0c2577", "footer": {
        "de": ["Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben.",
               "E-Mail-Einstellungen ändern: {unsub} · Datenschutz: {privacy}",
               "StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf"]}},
    "xing": {"colour": "#006567", "footer": {
        "de": ["Sie erhalten diese Benachrichtigung, weil Sie Mitglied bei XING sind.",
               "Benachrichtigungen verwalten: {unsub} · Datenschutz: {privacy}",
               "New Work SE · Am Strandkai 1 · 20457 Hamburg"]}},
    "linkedin": {"colour": "#0a66c2", "footer": {
        "de": ["Diese E-Mail war für Sam Taylor (Head of Insights bei Calder Street Media) bestimmt.",
               "Abbestellen: {unsub} · Hilfe: {privacy}",
               "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."],
        "fr": ["Cet e-mail était destiné à Sam Taylor (Head of Insights chez Calder Street Media).",
               "Se désabonner : {unsub} · Aide : {privacy}",
               "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."]}},
    "join": {"colour": "#3b5bdb", "footer": {
        "de": ["Gesendet über JOIN – kostenlose Stellenanzeigen für Unternehmen.",
               "Du möchtest keine E-Mails mehr erhalten? {unsub}", "JOIN Solutions AG · Zürich"]}},
    "greenhouse": {"colour": "#24a47f", "footer": {
        "de": ["Powered by Greenhouse · Datenschutz: {privacy}"],
        "fr": ["Powered by Greenhouse · Confidentialité : {privacy}"]}},
    "teamtailor": {"colour": "#f4436c", "footer": {
        "de": ["Du erhältst diese E-Mail, weil du dich bei {company} beworben hast.",
               "Deine Daten verwalten: {privacy} · Powered by Teamtailor"],
        "fr": ["Tu reçois cet e-mail parce que tu as postulé chez {company}.",
               "Gérer mes données : {privacy} · Powered by Teamtailor"]}},
    "recruitee": {"colour": "#1999e3", "footer": {
        "de": ["Gesendet mit Recruitee · Datenschutz: {privacy}"],
        "fr": ["Envoyé avec Recruitee · Confidentialité : {privacy}"]}},
    "workable": {"colour": "#00756a", "footer": {
        "de": ["Diese Nachricht wurde über Workable gesendet. Bitte nicht antworten.", "Datenschutz: {privacy}"],
        "fr": ["Ce message a été envoyé via Workable. Merci de ne pas y répondre.", "Confidentialité : {privacy}"]}},
    "taleo": {"colour": "#c74634", "footer": {
        "fr": ["Ce message a été généré automatiquement. Merci de ne pas y répondre.",
               "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données : {privacy}",
               "Oracle Taleo · {company}"]}},
    "wttj": {"colour": "#ffcd00", "footer": {
        "fr": ["Welcome to the Jungle · 30 rue de la Chaussée d'Antin, 75009 Paris",
               "Tu reçois cet e-mail suite à ta candidature via Welcome to the Jungle. Se désabonner : {unsub}",
               "Données personnelles : {privacy}"]}},
    "flatchr": {"colour": "#ff6b4a", "footer": {
        "fr": ["Message envoyé via Flatchr, logiciel de recrutement.", "Vos données : {privacy} · Se désinscrire : {unsub}"]}},
    "talentsoft": {"colour": "#6a2c91", "footer": {
        "fr": ["Ce courriel est envoyé automatiquement, merci de ne pas y répondre.",
               "Vos données personnelles sont traitées conformément au Règlement (UE) 2016/679 (RGPD). En savoir plus : {privacy}",
               "Cegid Talentsoft · {company}"]}},
    "smartrecruiters": {"colour": "#0069b4", "footer": {
        "fr": ["Propulsé par SmartRecruiters · Politique de confidentialité : {privacy}",
               "Vous ne souhaitez plus recevoir ces e-mails ? {unsub}"]}},
    "lever": {"colour": "#2d3e50", "footer": {
        "fr": ["Envoyé via Lever · Confidentialité : {privacy}"]}},
    "indeed": {"colour": "#2164f3", "footer": {
        "fr": ["Indeed ne vous demandera jamais vos coordonnées bancaires.",
               "Gérer les e-mails : {unsub} · Confidentialité : {privacy}",
               "© 2026 Indeed · Indeed Ireland Operations Ltd."]}},
    "hellowork": {"colour": "#ff0064", "footer": {
        "fr": ["Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner : {unsub}",
               "Confidentialité : {privacy}"]}},
    "plain-hr": {"colour": "#555555", "footer": {
        "de": ["{company} · Diese E-Mail kann vertrauliche Informationen enthalten. Datenschutz: {privacy}"],
        "fr": ["{company} · Ce message et ses pièces jointes sont confidentiels. Données personnelles : {privacy}"]}},
    "intranet": {"colour": "#7a1f3d", "footer": {
        "de": ["Calder Street Media · interne Benachrichtigung · nicht weiterleiten"],
        "fr": ["Calder Street Media · notification interne · ne pas transférer"]}},
}


def rej(reply_to="", first="", company="", role=""):
    return (reply_to, first, company, role)
