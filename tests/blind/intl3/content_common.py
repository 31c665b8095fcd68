"""Owner, ATS vendor chrome (colours, footers in German and French), legal boilerplate, row helpers."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# Footers per vendor and language. {company}, {unsub}, {privacy} are filled in per message.
VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": {
        "de": ["Diese E-Mail wurde von {company} über Greenhouse versendet. Bitte antworten Sie nicht auf diese E-Mail.",
               "Datenschutzhinweise: {privacy}", "Powered by Greenhouse"],
        "fr": ["Cet e-mail vous a été envoyé par {company} via Greenhouse. Merci de ne pas répondre à ce message.",
               "Politique de confidentialité : {privacy}", "Powered by Greenhouse"]}},
    "lever": {"colour": "#1f2a44", "footer": {
        "de": ["Gesendet über Lever im Auftrag von {company}.", "Keine E-Mails mehr erhalten: {unsub}"],
        "fr": ["Envoyé via Lever pour le compte de {company}.", "Se désabonner : {unsub}"]}},
    "workday": {"colour": "#005cb9", "footer": {
        "de": ["Dies ist eine automatisch generierte Nachricht aus dem Kandidatenportal von {company}. Antworten auf diese Adresse werden nicht gelesen.",
               "Workday, Inc. | Datenschutz: {privacy}"],
        "fr": ["Ceci est un message généré automatiquement par le portail candidats de {company}. Les réponses à cette adresse ne sont pas traitées.",
               "Workday, Inc. | Confidentialité : {privacy}"]}},
    "smartrecruiters": {"colour": "#3a8dde", "footer": {
        "de": ["{company} nutzt SmartRecruiters für die Verwaltung von Bewerbungen.",
               "Ihre Daten verwalten oder löschen: {privacy}", "SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104"],
        "fr": ["{company} utilise SmartRecruiters pour gérer ses candidatures.",
               "Gérer ou supprimer vos données : {privacy}", "SmartRecruiters Inc., 225 Bush Street, San Francisco, CA 94104"]}},
    "personio": {"colour": "#232b39", "footer": {
        "de": ["Diese Nachricht wurde über Personio im Auftrag von {company} versendet.",
               "Personio SE & Co. KG, Seidlstraße 3, 80335 München", "Datenschutzerklärung: {privacy}"],
        "fr": ["Ce message a été envoyé via Personio pour le compte de {company}.",
               "Personio SE & Co. KG, Seidlstraße 3, 80335 Munich", "Politique de confidentialité : {privacy}"]}},
    "teamtailor": {"colour": "#f43f85", "footer": {
        "de": ["Gesendet mit Teamtailor", "Du erhältst diese E-Mail, weil du dich bei {company} beworben hast. Abmelden: {unsub}"],
        "fr": ["Envoyé avec Teamtailor", "Vous recevez cet e-mail car vous avez postulé chez {company}. Se désabonner : {unsub}"]}},
    "recruitee": {"colour": "#1999e3", "footer": {
        "de": ["Gesendet über Recruitee · Datenschutz: {privacy}", "Bitte antworten Sie nicht direkt auf diese Nachricht."],
        "fr": ["Envoyé via Recruitee · Confidentialité : {privacy}", "Merci de ne pas répondre directement à ce message."]}},
    "workable": {"colour": "#00756a", "footer": {
        "de": ["Powered by Workable", "{company} verarbeitet Ihre Daten gemäß der Datenschutzerklärung: {privacy}"],
        "fr": ["Powered by Workable", "{company} traite vos données conformément à sa politique de confidentialité : {privacy}"]}},
    "icims": {"colour": "#0a3d62", "footer": {
        "de": ["Diese E-Mail wurde automatisch über iCIMS generiert. Bitte antworten Sie nicht.", "Datenschutz: {privacy}"],
        "fr": ["Cet e-mail a été généré automatiquement via iCIMS. Merci de ne pas y répondre.", "Confidentialité : {privacy}"]}},
    "successfactors": {"colour": "#0a6ed1", "footer": {
        "de": ["SAP SuccessFactors Recruiting | {company}", "Dies ist eine automatisch erstellte E-Mail. Bitte nicht antworten.",
               "Datenschutzerklärung für Bewerberinnen und Bewerber: {privacy}"],
        "fr": ["SAP SuccessFactors Recruiting | {company}", "Ceci est un e-mail automatique. Merci de ne pas répondre.",
               "Déclaration de confidentialité pour les candidats : {privacy}"]}},
    "softgarden": {"colour": "#6bb42f", "footer": {
        "de": ["softgarden e-recruiting GmbH, Tauentzienstraße 14, 10789 Berlin – im Auftrag von {company}",
               "Datenschutz: {privacy} | Abmelden: {unsub}"],
        "fr": ["softgarden e-recruiting GmbH, Tauentzienstraße 14, 10789 Berlin – pour le compte de {company}",
               "Confidentialité : {privacy} | Se désabonner : {unsub}"]}},
    "bamboohr": {"colour": "#73c41d", "footer": {
        "de": ["Gesendet über BambooHR für {company}.", "Datenschutz: {privacy}"],
        "fr": ["Envoyé via BambooHR pour {company}.", "Confidentialité : {privacy}"]}},
    "join": {"colour": "#1b1f3b", "footer": {
        "de": ["Diese E-Mail wurde über JOIN (join.com) im Auftrag von {company} versendet.",
               "JOIN Solutions AG, Sihlquai 131, 8005 Zürich | Datenschutz: {privacy}"],
        "fr": ["Cet e-mail a été envoyé via JOIN (join.com) pour le compte de {company}.",
               "JOIN Solutions AG, Sihlquai 131, 8005 Zurich | Confidentialité : {privacy}"]}},
    "stepstone": {"colour": "#0c2577", "footer": {
        "de": ["StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf",
               "Sie erhalten diese E-Mail, weil Sie einen Job-Agent eingerichtet haben. Job-Agent verwalten: {unsub}",
               "Datenschutz: {privacy}"],
        "fr": ["StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf", "Désabonnement : {unsub}"]}},
    "indeed": {"colour": "#2557a7", "footer": {
        "de": ["© 2026 Indeed – Indeed Ireland Operations Ltd., 124 St Stephen's Green, Dublin 2", "Benachrichtigungen abbestellen: {unsub}"],
        "fr": ["© 2026 Indeed – Indeed Ireland Operations Ltd., 124 St Stephen's Green, Dublin 2",
               "Ne plus recevoir ces notifications : {unsub}", "Politique de confidentialité : {privacy}"]}},
    "linkedin": {"colour": "#0a66c2", "footer": {
        "de": ["Diese E-Mail war an Sam Taylor gerichtet. Abmelden: {unsub}",
               "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn ist ein eingetragenes Markenzeichen."],
        "fr": ["Cet e-mail était destiné à Sam Taylor. Se désabonner : {unsub}",
               "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn est une marque déposée."]}},
    "wttj": {"colour": "#ffcd00", "footer": {
        "fr": ["Welcome to the Jungle – 31 rue du Faubourg Poissonnière, 75009 Paris",
               "Vous recevez cet e-mail suite à votre candidature sur Welcome to the Jungle. Se désabonner : {unsub}"],
        "de": ["Welcome to the Jungle – 31 rue du Faubourg Poissonnière, 75009 Paris", "Abmelden: {unsub}"]}},
    "hellowork": {"colour": "#ff5a1f", "footer": {
        "fr": ["HelloWork – 2 rue de la Mabilais, 35000 Rennes", "Gérer mes alertes : {unsub}", "Données personnelles : {privacy}"],
        "de": ["HelloWork – Rennes", "Abmelden: {unsub}"]}},
    "corporate": {"colour": "#444444", "footer": {
        "de": ["{company}", "Datenschutz: {privacy}"],
        "fr": ["{company}", "Confidentialité : {privacy}"]}},
}

DSGVO_LONG = (
    "Hinweis zum Datenschutz: Wir verarbeiten Ihre personenbezogenen Daten ausschließlich zum Zweck der Durchführung des "
    "Bewerbungsverfahrens auf Grundlage von Art. 6 Abs. 1 lit. b DSGVO sowie § 26 BDSG. Ihre Bewerbungsunterlagen werden "
    "sechs Monate nach Abschluss des Verfahrens gelöscht, sofern Sie nicht in eine längere Speicherung eingewilligt haben. "
    "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit sowie "
    "das Recht auf Beschwerde bei einer Aufsichtsbehörde. Verantwortlich im Sinne der DSGVO ist {company}; unsere "
    "Datenschutzbeauftragte erreichen Sie unter datenschutz@{domain}.")

DSG_CH = (
    "Datenschutz: Ihre Bewerbungsdaten werden gemäss dem Bundesgesetz über den Datenschutz (DSG) vertraulich behandelt und "
    "nach Abschluss des Verfahrens innert drei Monaten gelöscht. Auskunftsbegehren richten Sie bitte an datenschutz@{domain}.")

RGPD_LONG = (
    "Protection des données : conformément au Règlement général sur la protection des données (RGPD) et à la loi "
    "Informatique et Libertés, les données collectées dans le cadre de votre candidature sont traitées par {company} "
    "aux seules fins de la gestion du recrutement. Elles sont conservées pendant une durée maximale de deux ans à compter "
    "du dernier contact, sauf opposition de votre part. Vous disposez d'un droit d'accès, de rectification, d'effacement, "
    "de limitation et de portabilité de vos données, ainsi que du droit d'introduire une réclamation auprès de la CNIL. "
    "Pour exercer ces droits : dpo@{domain}.")

LOI25_QC = (
    "Protection des renseignements personnels : conformément à la Loi 25 du Québec, vos renseignements personnels sont "
    "utilisés uniquement aux fins du processus de sélection et conservés de façon sécuritaire. Pour toute demande "
    "d'accès ou de rectification, écrivez à notre responsable de la protection des renseignements personnels : "
    "vieprivee@{domain}.")


def rej(reply_to: str, first: str, company: str, role: str) -> tuple:
    """Expected values of a rejection row."""
    return (reply_to, first, company, role)
