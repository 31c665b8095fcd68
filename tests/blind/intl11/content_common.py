"""Owner, ATS vendor chrome (colour, footers per language) for the intl11 blind set."""

OWNER = "Sam Taylor <sam.taylor@example.org>"
OWNER_ADDR = "sam.taylor@example.org"

# Footer lines per vendor and language; {company}, {unsub}, {privacy} are filled per message.
VENDORS = {
    "personio": {"colour": "#1a1a2e", "footer": {
        "de": ["Diese E-Mail wurde über Personio im Auftrag von {company} versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.",
               "Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung: {privacy}",
               "Powered by Personio · Personio SE & Co. KG · Seidlstraße 3 · 80335 München"],
        "fr": ["Cet e-mail vous a été envoyé via Personio pour le compte de {company}. Merci de ne pas répondre directement à ce message.",
               "Politique de confidentialité : {privacy}",
               "Powered by Personio"]}},
    "softgarden": {"colour": "#00a0d2", "footer": {
        "de": ["Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse können nicht bearbeitet werden.",
               "Ihre Bewerbung verwalten / Daten löschen: {privacy}",
               "softgarden e-recruiting GmbH · Tempelhofer Ufer 1a · 10961 Berlin · Amtsgericht Charlottenburg HRB 114159 B"]}},
    "successfactors": {"colour": "#0a6ed1", "footer": {
        "de": ["Bitte antworten Sie nicht auf diese automatisch erstellte Nachricht.",
               "Datenschutzhinweise für Bewerberinnen und Bewerber: {privacy}",
               "{company} · Firmenbuch und Sitz siehe Impressum · Diese Nachricht wurde mit SAP SuccessFactors versendet."],
        "fr": ["Ce message a été généré automatiquement, merci de ne pas y répondre.",
               "Protection des données des candidats : {privacy}",
               "{company} · Message envoyé via SAP SuccessFactors"]}},
    "workday": {"colour": "#005cb9", "footer": {
        "de": ["Dies ist eine automatische Benachrichtigung aus unserem Bewerbermanagementsystem (Workday). Bitte nicht antworten.",
               "Kandidatenportal: {privacy}",
               "© 2026 {company}. Alle Rechte vorbehalten."],
        "fr": ["Ceci est une notification automatique de notre système de recrutement (Workday). Merci de ne pas répondre.",
               "Accéder à votre compte candidat : {privacy}",
               "© 2026 {company}. Tous droits réservés."]}},
    "stepstone": {"colour": "#0c2577", "footer": {
        "de": ["Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. Benachrichtigungen abbestellen: {unsub}",
               "StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf · Geschäftsführung: siehe Impressum",
               "Datenschutz: {privacy} · Impressum · Hilfe"]}},
    "greenhouse": {"colour": "#24a47f", "footer": {
        "de": ["Powered by Greenhouse · Privacy Policy: {privacy}",
               "Please do not reply to this email / Bitte antworten Sie nicht auf diese E-Mail."],
        "fr": ["Powered by Greenhouse · Privacy Policy : {privacy}",
               "Merci de ne pas répondre à cet e-mail / Please do not reply to this email."]}},
    "join": {"colour": "#ff5a5f", "footer": {
        "de": ["Gesendet mit JOIN im Auftrag von {company}. JOIN Solutions AG · Sihlquai 131 · 8005 Zürich",
               "Sie möchten keine E-Mails mehr zu dieser Bewerbung erhalten? {unsub}"]}},
    "recruitee": {"colour": "#1999e3", "footer": {
        "de": ["Gesendet über Recruitee im Auftrag von {company}.",
               "Datenschutz: {privacy} · Meine Daten verwalten"],
        "fr": ["Envoyé via Recruitee pour le compte de {company}.",
               "Données personnelles : {privacy} · Gérer mes données"]}},
    "teamtailor": {"colour": "#f43f85", "footer": {
        "de": ["{company} · Karriereseite: {privacy}",
               "Sie erhalten diese E-Mail im Zusammenhang mit Ihrer Bewerbung. Verwaltung Ihrer Daten: {unsub}",
               "Powered by Teamtailor"],
        "fr": ["{company} · Site carrière : {privacy}",
               "Vous recevez cet e-mail dans le cadre de votre candidature. Gérer vos données : {unsub}",
               "Powered by Teamtailor"]}},
    "smartrecruiters": {"colour": "#0f7dc2", "footer": {
        "de": ["Diese Nachricht wurde über SmartRecruiters gesendet. Antworten werden nicht gelesen.",
               "Datenschutz: {privacy} · Abmelden: {unsub}"],
        "fr": ["Ce message a été envoyé via SmartRecruiters. Les réponses ne sont pas lues.",
               "Confidentialité : {privacy} · Se désabonner : {unsub}"]}},
    "linkedin": {"colour": "#0a66c2", "footer": {
        "de": ["Diese E-Mail war an Sam Taylor (Head of Insights bei Calder Street Media) gerichtet.",
               "Hier erfahren Sie, warum wir diese Information angeben: {privacy}",
               "Abbestellen: {unsub} · Hilfe",
               "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn ist ein eingetragener Geschäftsname von LinkedIn Ireland Unlimited Company."]}},
    "workable": {"colour": "#00756a", "footer": {
        "de": ["Gesendet über Workable · Datenschutz: {privacy}"],
        "fr": ["Envoyé via Workable · Confidentialité : {privacy}"]}},
    "wttj": {"colour": "#ffcd00", "footer": {
        "fr": ["Cet e-mail a été envoyé par Welcome to the Jungle pour le compte de {company}.",
               "Vous ne souhaitez plus recevoir ces e-mails ? Se désinscrire : {unsub}",
               "Welcome to the Jungle · 52 rue de Paradis · 75010 Paris · Politique de confidentialité : {privacy}"]}},
    "lever": {"colour": "#2b2d42", "footer": {
        "fr": ["Envoyé avec Lever · Politique de confidentialité : {privacy}"]}},
    "hellowork": {"colour": "#2d0f64", "footer": {
        "fr": ["Vous recevez cet e-mail car vous avez postulé via HelloWork. Gérer mes alertes et notifications : {unsub}",
               "HelloWork · 2 rue de la Mabilais · 35000 Rennes · Données personnelles : {privacy}"]}},
    "indeed": {"colour": "#2557a7", "footer": {
        "fr": ["Indeed ne vous demandera jamais de payer pour obtenir un emploi.",
               "Se désabonner : {unsub} · Confidentialité : {privacy}",
               "© 2026 Indeed · Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2"],
        "de": ["Indeed wird Sie niemals auffordern, für einen Job zu bezahlen.",
               "Abmelden: {unsub} · Datenschutz: {privacy}",
               "© 2026 Indeed"]}},
    "icims": {"colour": "#6d2077", "footer": {
        "fr": ["Ce courriel a été envoyé automatiquement par le système de recrutement iCIMS. Merci de ne pas y répondre.",
               "Déclaration de confidentialité : {privacy}"]}},
    "taleo": {"colour": "#c74634", "footer": {
        "fr": ["Ce courriel est généré automatiquement. Veuillez ne pas y répondre. / This email was generated automatically. Please do not reply.",
               "Politique de confidentialité / Privacy policy : {privacy}"]}},
    "bamboohr": {"colour": "#73c41d", "footer": {
        "fr": ["Propulsé par BambooHR · {privacy}"]}},
    "flatchr": {"colour": "#4b3cf5", "footer": {
        "fr": ["Message envoyé via Flatchr pour le compte de {company}. Ne pas répondre.",
               "Conformément au RGPD, vous pouvez exercer vos droits d'accès et de suppression : {privacy}"]}},
    "none": {"colour": "#444444", "footer": {"de": [], "fr": []}},
}
