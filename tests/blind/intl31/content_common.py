"""Owner and vendor chrome (footers in the vendor's usual language) for the intl31 blind set."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# Footer lines may use {company}, {unsub}, {privacy}.
VENDORS = {
    "personio": {"colour": "#1f3b57", "footer": [
        "Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese Nachricht.",
        "Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung: {privacy}",
        "{company} · Powered by Personio"]},
    "softgarden": {"colour": "#e2001a", "footer": [
        "Diese Nachricht wurde über softgarden e-recruiting versendet. Antworten auf diese Adresse werden nicht gelesen.",
        "Datenschutzhinweise: {privacy} · Abmelden: {unsub}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "Dies ist eine automatisch generierte E-Mail. / This is an automatically generated e-mail, please do not reply.",
        "SAP SuccessFactors Recruiting · Datenschutz / Privacy: {privacy}"]},
    "workday": {"colour": "#005cb9", "footer": [
        "Diese Nachricht wurde automatisch von Workday generiert. Antworten an diese Adresse werden nicht bearbeitet.",
        "Kandidatenportal: {unsub} · Datenschutz: {privacy}"]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben.",
        "E-Mail-Einstellungen ändern: {unsub} · Datenschutz: {privacy}",
        "StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf · Amtsgericht Düsseldorf HRB 39747"]},
    "xing": {"colour": "#006567", "footer": [
        "Diese E-Mail wurde an sam.taylor@example.org gesendet. Benachrichtigungen verwalten: {unsub}",
        "New Work SE · Am Strandkai 1 · 20457 Hamburg · Impressum · Datenschutz: {privacy}"]},
    "join": {"colour": "#2f3fdd", "footer": [
        "Gesendet über JOIN · Bitte antworte direkt im Kandidatenportal.",
        "JOIN Solutions AG · Datenschutz: {privacy} · Abmelden: {unsub}"]},
    "arbeitsagentur": {"colour": "#005ba4", "footer": [
        "Dies ist eine automatisch erstellte Nachricht der Jobsuche der Bundesagentur für Arbeit. Bitte antworten Sie nicht auf diese E-Mail.",
        "Bundesagentur für Arbeit · Regensburger Straße 104 · 90478 Nürnberg · Datenschutz: {privacy}"]},
    "teamtailor": {"colour": "#f43f85", "footer": [
        "Envoyé via Teamtailor · Gérer mes données personnelles : {privacy}",
        "Se désabonner : {unsub}"]},
    "smartrecruiters": {"colour": "#0f7bd9", "footer": [
        "Merci de ne pas répondre à ce message envoyé automatiquement.",
        "Propulsé par SmartRecruiters · Politique de confidentialité : {privacy}"]},
    "wttj": {"colour": "#ffcd00", "footer": [
        "Welcome to the Jungle · 25 rue Lenepveu, 75009 Paris",
        "Vous recevez cet e-mail car vous avez postulé via Welcome to the Jungle. Gérer mes notifications : {unsub}",
        "Confidentialité : {privacy}"]},
    "hellowork": {"colour": "#f5007e", "footer": [
        "HelloWork · 2 rue de la Mabilais, 35000 Rennes",
        "Vous recevez ce message car vous avez postulé sur HelloWork. Se désinscrire : {unsub}",
        "Données personnelles : {privacy}"]},
    "apec": {"colour": "#4b2e83", "footer": [
        "Ce message vous est adressé par l'Apec suite à votre candidature. Merci de ne pas y répondre directement.",
        "Apec · 51 boulevard Brune, 75014 Paris · Mes alertes et notifications : {unsub} · Données personnelles : {privacy}"]},
    "francetravail": {"colour": "#1d2a5c", "footer": [
        "Ce courriel est envoyé automatiquement, merci de ne pas y répondre. Pour nous contacter, utilisez votre espace personnel.",
        "France Travail · Protection des données : {privacy}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Envoyé avec Recruitee · Vos données : {privacy}",
        "Vous ne souhaitez plus recevoir d'e-mails de {company} ? {unsub}"]},
    "workable": {"colour": "#00756a", "footer": [
        "Ce message a été envoyé via Workable pour le compte de {company}.",
        "Confidentialité : {privacy} · Se désabonner : {unsub}"]},
    "lever": {"colour": "#2d2d2d", "footer": [
        "Envoyé via Lever · {company} · Confidentialité : {privacy}"]},
    "indeed": {"colour": "#2557a7", "footer": [
        "© 2026 Indeed · Ne pas répondre à cet e-mail. Paramètres des e-mails : {unsub}",
        "Indeed Ireland Operations Limited · Confidentialité : {privacy}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "Cet e-mail était destiné à Sam Taylor (Head of Insights chez Calder Street Media).",
        "Se désabonner : {unsub} · Aide : {privacy}",
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."]},
    "bank": {"colour": "#00494f", "footer": [
        "Bitte antworten Sie nicht auf diese E-Mail. / Merci de ne pas répondre à cet e-mail.",
        "Datenschutz / Protection des données : {privacy}"]},
    "plain_org": {"colour": "#555555", "footer": [
        "{company} · Datenschutz / Données personnelles : {privacy}"]},
    "immo": {"colour": "#ff7500", "footer": [
        "Sie erhalten diese Nachricht, weil Sie über Wohnraumfinder.example eine Anfrage gesendet haben.",
        "Benachrichtigungen verwalten: {unsub} · Datenschutz: {privacy}"]},
}
