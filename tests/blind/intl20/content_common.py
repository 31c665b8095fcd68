"""Owner, ATS vendor chrome (colours, footers in German / French) and small helpers for the intl20 blind set."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# Footers are formatted with {company}, {unsub}, {privacy}.
VENDORS = {
    "workday": {"colour": "#0875e1", "footer": {
        "de": ["Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.",
               "Datenschutzhinweise für Bewerbende: {privacy}",
               "© 2026 {company}. Powered by Workday."],
        "fr": ["Ce message a été généré automatiquement, merci de ne pas y répondre.",
               "Politique de confidentialité des candidats : {privacy}",
               "© 2026 {company}. Powered by Workday."]}},
    "successfactors": {"colour": "#0a6ed1", "footer": {
        "de": ["Diese Nachricht wurde automatisch über SAP SuccessFactors versendet. Antworten an diese Adresse werden nicht gelesen.",
               "Informationen zum Datenschutz: {privacy}"],
        "fr": ["Ce courriel a été envoyé automatiquement par SAP SuccessFactors. Les réponses à cette adresse ne sont pas traitées.",
               "Protection des données : {privacy}"]}},
    "taleo": {"colour": "#c74634", "footer": {
        "de": ["Bitte antworten Sie nicht auf diese E-Mail; das Postfach wird nicht überwacht.", "Oracle Taleo | Datenschutz: {privacy}"],
        "fr": ["Merci de ne pas répondre à ce courriel ; cette boîte n'est pas consultée.", "Oracle Taleo | Confidentialité : {privacy}"]}},
    "personio": {"colour": "#1d1d1b", "footer": {
        "de": ["Diese E-Mail wurde über Personio versendet.", "{company} · Datenschutzerklärung: {privacy}"],
        "fr": ["Cet e-mail a été envoyé via Personio.", "{company} · Politique de confidentialité : {privacy}"]}},
    "softgarden": {"colour": "#8cc63f", "footer": {
        "de": ["Diese Nachricht wurde mit softgarden versendet – im Auftrag von {company}.",
               "Ihre Bewerbungsdaten verwalten: {privacy}",
               "softgarden e-recruiting GmbH ist Auftragsverarbeiter von {company}."]}},
    "dvinci": {"colour": "#e2001a", "footer": {
        "de": ["Diese E-Mail wurde automatisch durch das Bewerbermanagementsystem d.vinci erstellt.",
               "Bitte nutzen Sie für Rückfragen die Kontaktdaten in der Nachricht. Datenschutz: {privacy}"]}},
    "rexx": {"colour": "#00587c", "footer": {
        "de": ["Dies ist eine automatisch erzeugte Nachricht aus dem rexx Bewerbermanagement. Antworten auf diese E-Mail können nicht bearbeitet werden.",
               "Datenschutzinformationen gemäß Art. 13 DSGVO: {privacy}"]}},
    "talentsoft": {"colour": "#ff6b00", "footer": {
        "fr": ["Ce message vous est adressé automatiquement par notre outil de recrutement (Cegid Talentsoft). Merci de ne pas y répondre.",
               "Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données : {privacy}"]}},
    "wttj": {"colour": "#ffcd00", "footer": {
        "fr": ["Cet e-mail t'a été envoyé par Welcome to the Jungle pour le compte de {company}.",
               "Se désabonner : {unsub} · Confidentialité : {privacy}",
               "Welcome to the Jungle, 8 rue de la Michodière, 75002 Paris"]}},
    "teamtailor": {"colour": "#f4436c", "footer": {
        "de": ["Gesendet über Teamtailor im Auftrag von {company}.", "Meine Daten verwalten: {privacy}"],
        "fr": ["Envoyé via Teamtailor pour le compte de {company}.", "Gérer mes données : {privacy}"]}},
    "hellowork": {"colour": "#ff6a3d", "footer": {
        "fr": ["Vous recevez cet e-mail car vous avez postulé via HelloWork.",
               "Se désinscrire : {unsub} | Données personnelles : {privacy}",
               "HelloWork SAS – 2 rue de la Mabilais, 35000 Rennes"]}},
    "apec": {"colour": "#0d3b66", "footer": {
        "fr": ["Cet e-mail vous est envoyé par l'Apec, association pour l'emploi des cadres.",
               "Gérer vos alertes et notifications : {unsub}", "Apec – 51 boulevard Brune, 75014 Paris · Confidentialité : {privacy}"]}},
    "stepstone": {"colour": "#0c2577", "footer": {
        "de": ["Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben.",
               "Benachrichtigungen verwalten: {unsub} · Datenschutz: {privacy}",
               "StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf"]}},
    "indeed": {"colour": "#2557a7", "footer": {
        "de": ["Indeed wurde von {company} beauftragt, Ihnen diese Nachricht zuzustellen.", "Abmelden: {unsub} · © 2026 Indeed"],
        "fr": ["Indeed transmet ce message de la part de {company}.", "Se désabonner : {unsub} · © 2026 Indeed"]}},
    "xing": {"colour": "#006567", "footer": {
        "de": ["Diese Nachricht wurde Ihnen über XING zugestellt.", "E-Mail-Einstellungen: {unsub} · New Work SE, Hamburg"]}},
    "linkedin": {"colour": "#0a66c2", "footer": {
        "de": ["Sie erhalten diese E-Mail, weil Sie sich über LinkedIn beworben haben. Abmelden: {unsub}",
               "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2"],
        "fr": ["Vous recevez cet e-mail car vous avez postulé via LinkedIn. Se désabonner : {unsub}",
               "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2"]}},
    "greenhouse": {"colour": "#24a47f", "footer": {
        "de": ["Powered by Greenhouse. Datenschutz: {privacy}"],
        "fr": ["Powered by Greenhouse. Confidentialité : {privacy}"]}},
    "lever": {"colour": "#3b3b3b", "footer": {
        "fr": ["Envoyé avec Lever · Confidentialité : {privacy}"], "de": ["Gesendet mit Lever · Datenschutz: {privacy}"]}},
    "join": {"colour": "#0f1d3a", "footer": {
        "de": ["Bewerbermanagement mit JOIN – join.com", "Datenschutz: {privacy}"]}},
    "recruitee": {"colour": "#1999e3", "footer": {
        "fr": ["Envoyé via Recruitee pour {company} · Confidentialité : {privacy}"]}},
    "smartrecruiters": {"colour": "#0069e6", "footer": {
        "fr": ["Ce message a été envoyé par SmartRecruiters au nom de {company}.", "Confidentialité : {privacy}"],
        "de": ["Diese Nachricht wurde von SmartRecruiters im Auftrag von {company} gesendet.", "Datenschutz: {privacy}"]}},
    "internal": {"colour": "#444444", "footer": {
        "de": ["Calder Street Media – interne Systemnachricht. Nicht weiterleiten."],
        "fr": ["Calder Street Media – notification interne. Ne pas transférer."]}},
    "bank": {"colour": "#005f73", "footer": {
        "de": ["Dies ist eine automatisch versendete Nachricht. Bitte antworten Sie nicht.", "Impressum und Datenschutz: {privacy}"],
        "fr": ["Ceci est un message automatique, merci de ne pas y répondre.", "Mentions légales et données personnelles : {privacy}"]}},
    "plain": {"colour": "#555555", "footer": {"de": [], "fr": []}},
}
