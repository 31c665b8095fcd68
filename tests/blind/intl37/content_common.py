"""Owner and ATS vendor chrome (footers in German / French, colours) for the intl37 blind set."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# Vendor footers: {company}, {unsub}, {privacy} are filled per message.
VENDORS = {
    "personio": {"colour": "#1d1d1f", "footer": [
        "Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese E-Mail.",
        "Datenschutzhinweise für Bewerbende: {privacy}",
        "Personio SE & Co. KG, Seidlstraße 3, 80335 München (Plattformbetreiber). Verantwortlich für die Datenverarbeitung ist {company}."]},
    "softgarden": {"colour": "#e2001a", "footer": [
        "Powered by softgarden – Bewerbermanagement",
        "Sie erhalten diese Nachricht, weil Sie sich über das Karriereportal von {company} beworben haben.",
        "Datenschutz: {privacy} | Abmelden von Benachrichtigungen: {unsub}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.",
        "{company} – Datenschutzerklärung für Bewerberinnen und Bewerber: {privacy}"]},
    "workday": {"colour": "#005cb9", "footer": [
        "Please do not reply to this email / Bitte antworten Sie nicht auf diese E-Mail.",
        "Kandidatenportal: {privacy}",
        "© {company}. Alle Rechte vorbehalten."]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "Diese Nachricht wurde Ihnen über StepStone im Auftrag von {company} zugestellt.",
        "StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf · Amtsgericht Düsseldorf HRB 49834",
        "E-Mail-Einstellungen ändern: {unsub} · Datenschutz: {privacy}"]},
    "xing": {"colour": "#006567", "footer": [
        "Du erhältst diese E-Mail, weil Du bei XING Benachrichtigungen zu Deinen Bewerbungen aktiviert hast.",
        "New Work SE · Am Strandkai 1 · 20457 Hamburg",
        "Benachrichtigungen verwalten: {unsub} · Datenschutz: {privacy}"]},
    "indeed": {"colour": "#2557a7", "footer": [
        "Indeed vous a transmis ce message de la part de {company}. Indeed n'est pas responsable du contenu.",
        "Se désabonner : {unsub} · Confidentialité : {privacy}",
        "© 2026 Indeed · Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2"]},
    "indeed_de": {"colour": "#2557a7", "footer": [
        "Indeed hat Ihnen diese Nachricht im Namen von {company} zugestellt.",
        "Abmelden: {unsub} · Datenschutz: {privacy}",
        "© 2026 Indeed"]},
    "join": {"colour": "#0f62fe", "footer": [
        "Gesendet über JOIN – JOIN Solutions AG, Zürich",
        "Du möchtest keine Updates mehr zu dieser Bewerbung? {unsub}"]},
    "jobup": {"colour": "#ff5a00", "footer": [
        "Ce message vous a été transmis par jobup.ch pour le compte de {company}.",
        "JobCloud SA · Zürich / Lausanne · Protection des données : {privacy} · Désinscription : {unsub}"]},
    "teamtailor": {"colour": "#f43f85", "footer": [
        "Envoyé avec Teamtailor. Merci de ne pas répondre directement à cet e-mail.",
        "Gérer vos données personnelles : {privacy}",
        "{company}"]},
    "wttj": {"colour": "#ffcd00", "footer": [
        "Cet e-mail vous a été envoyé par Welcome to the Jungle pour le compte de {company}.",
        "Welcome to the Jungle SAS · 75010 Paris · Se désinscrire : {unsub}",
        "Politique de confidentialité : {privacy}"]},
    "hellowork": {"colour": "#ff4d3a", "footer": [
        "HelloWork – votre partenaire emploi. Ne répondez pas à cet e-mail, il est envoyé automatiquement.",
        "Vous recevez cet e-mail car vous avez postulé via HelloWork. Désinscription : {unsub}",
        "Données personnelles : {privacy}"]},
    "apec": {"colour": "#0033a0", "footer": [
        "Apec – Association pour l'emploi des cadres · 51 boulevard Brune, 75014 Paris",
        "Gérer mes alertes et notifications : {unsub} · Mentions légales : {privacy}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Propulsé par Recruitee. Ceci est un message automatique, merci de ne pas y répondre.",
        "Vos données sont traitées par {company} conformément au RGPD : {privacy}"]},
    "smartrecruiters": {"colour": "#0079c1", "footer": [
        "Ce message a été envoyé via SmartRecruiters au nom de {company}. Ne pas répondre.",
        "Confidentialité : {privacy} · Se désabonner : {unsub}"]},
    "workable": {"colour": "#00756a", "footer": [
        "Powered by Workable · Veuillez ne pas répondre à cet e-mail.",
        "{company} · Politique de confidentialité : {privacy}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "Vous recevez des notifications de candidature. Se désabonner : {unsub}",
        "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn est une marque déposée de LinkedIn Corporation.",
        "Aide : {privacy}"]},
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Powered by Greenhouse · Cette adresse n'est pas surveillée.",
        "{company} – Avis de confidentialité des candidats : {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Powered by BambooHR. Diese Adresse wird nicht überwacht.",
        "{company} · Datenschutz: {privacy}"]},
    "kununu": {"colour": "#ffc400", "footer": [
        "kununu GmbH · Wien · Du erhältst diese E-Mail, weil Du Job-Updates abonniert hast.",
        "Abbestellen: {unsub} · Datenschutz: {privacy}"]},
    "icims": {"colour": "#4b286d", "footer": [
        "Message automatique – merci de ne pas répondre. Powered by iCIMS.",
        "{company} est un employeur souscrivant au principe d'égalité des chances. Confidentialité : {privacy}"]},
    "inhouse": {"colour": "#444444", "footer": [
        "{company}",
        "Datenschutz / Protection des données : {privacy}"]},
}
