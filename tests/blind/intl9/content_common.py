"""Owner, ATS vendor chrome and a row helper for the intl9 blind set."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Powered by Greenhouse | Privacy Policy: {privacy}",
        "Bitte antworten Sie nicht auf diese E-Mail / Merci de ne pas répondre à ce message.",
        "Unsubscribe: {unsub}"]},
    "lever": {"colour": "#3d4a5c", "footer": [
        "Sent via Lever. {company} uses Lever to manage its hiring.",
        "Datenschutz / Confidentialité: {privacy}"]},
    "workday": {"colour": "#0875e1", "footer": [
        "Dies ist eine automatisch generierte Nachricht. Ceci est un message automatique, merci de ne pas y répondre.",
        "© 2026 Workday, Inc. | {company} Careers | Privacy: {privacy}"]},
    "smartrecruiters": {"colour": "#0f8ad6", "footer": [
        "Powered by SmartRecruiters. {company} • Datenschutzerklärung: {privacy}",
        "Wenn Sie keine E-Mails mehr erhalten möchten: {unsub}"]},
    "personio": {"colour": "#1f2a44", "footer": [
        "Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht direkt auf diese E-Mail.",
        "Informationen zum Datenschutz: {privacy}",
        "{company} · Handelsregister HRB 000000 · Geschäftsführung siehe Impressum"]},
    "teamtailor": {"colour": "#f2545b", "footer": [
        "Envoyé via Teamtailor · {company}", "Gérer mes données personnelles : {privacy}",
        "Se désabonner : {unsub}"]},
    "recruitee": {"colour": "#1997f0", "footer": [
        "Powered by Recruitee · {company}", "Politique de confidentialité : {privacy}"]},
    "workable": {"colour": "#00756a", "footer": [
        "Powered by Workable. Ne pas répondre – cette adresse n'est pas surveillée.",
        "Privacy: {privacy} · Unsubscribe: {unsub}"]},
    "icims": {"colour": "#5b2b82", "footer": [
        "This message was sent by iCIMS on behalf of {company}. Bitte nicht antworten.",
        "Ne répondez pas à ce courriel. Privacy: {privacy}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "SAP SuccessFactors – Recruiting Management. Automatisch erstellte Nachricht.",
        "{company} – Datenschutzhinweise für Bewerbende: {privacy}"]},
    "softgarden": {"colour": "#7ab929", "footer": [
        "Diese Nachricht wurde über softgarden versendet. softgarden e-recruiting GmbH, Berlin.",
        "Ihre Daten verwalten: {privacy} | Abmelden: {unsub}"]},
    "bamboohr": {"colour": "#73c41d", "footer": [
        "Sent with BambooHR on behalf of {company}.", "Privacy: {privacy}"]},
    "join": {"colour": "#00a3ff", "footer": [
        "JOIN Solutions AG · Zürich · Diese E-Mail wurde über JOIN versendet.",
        "Bewerberdaten löschen lassen: {privacy}"]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf",
        "Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. Abmelden: {unsub}",
        "Datenschutz: {privacy}"]},
    "indeed": {"colour": "#2557a7", "footer": [
        "Indeed · 6433 Champion Grandview Way · Austin, TX 78750 · USA",
        "Vous recevez cet e-mail car vous avez postulé via Indeed. Se désabonner : {unsub}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "Cet e-mail était destiné à Sam Taylor. Découvrez pourquoi nous incluons ceci : {privacy}",
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. Se désabonner : {unsub}"]},
    "welcome": {"colour": "#ffcd00", "footer": [
        "Welcome to the Jungle · 1 rue du Jungle, 75011 Paris", "Se désinscrire : {unsub} · Données personnelles : {privacy}"]},
    "xing": {"colour": "#006567", "footer": [
        "New Work SE · Am Strandkai 1 · 20457 Hamburg", "E-Mail-Einstellungen: {unsub}"]},
    "jobsch": {"colour": "#e2001a", "footer": [
        "jobs.ch AG · Zürich · Vous recevez cet e-mail car vous êtes inscrit·e sur jobs.ch.", "Se désabonner : {unsub}"]},
    "inhouse": {"colour": "#444444", "footer": [
        "{company} · Datenschutz / Protection des données : {privacy}",
        "Diese Nachricht wurde automatisch erstellt. Antworten werden nicht gelesen."]},
}


def A(slug, label, cat, lang, vendor, brand, frm, subject, text, exp=None, tags="", **kw):
    d = dict(slug=slug, label=label, cat=cat, lang=lang, style="ats", vendor=vendor, brand=brand,
             frm=frm, subject=subject, text=text, exp=exp or ("", "", "", ""), notes=tags)
    d.update(kw)
    return d


def P(slug, label, cat, lang, frm, subject, text, exp=None, tags="", **kw):
    d = dict(slug=slug, label=label, cat=cat, lang=lang, style="personal", frm=frm, subject=subject,
             text=text, exp=exp or ("", "", "", ""), notes=tags)
    d.update(kw)
    return d

# Days pinned where a message quotes or names a date (otherwise the day comes from the slug's hash).
PINNED_DAYS = {
    "de-personal-antwort-auf-nachfrage": "2026-11-04", "de-personal-weitergeleitet-vom-hm": "2026-10-12",
    "de-personal-outlook-zitat-einladung": "2026-10-09", "de-antwort-auf-frage-einladung": "2026-10-22",
    "de-sam-dankesmail-nach-absage": "2026-11-10", "de-stelle-on-hold-noch-offen": "2026-11-13",
    "de-bank-kreditkarte-abgelehnt": "2026-10-14", "de-zusage-angebot-personio": "2026-11-06",
    "de-personal-nach-case-study": "2026-11-09", "de-antwort-auf-dankesmail": "2026-10-28",
    "de-personal-nach-zweitgespraech": "2026-10-22",
    "fr-qc-reponse-relance": "2026-11-05", "fr-transfere-par-manager": "2026-11-18",
    "fr-be-gel-des-embauches": "2026-11-26", "fr-reponse-a-remerciement": "2026-11-24",
    "fr-reponse-question-autre-candidat": "2026-11-27", "fr-poste-en-suspens-encore-en-lice": "2026-11-20",
    "fr-colis-refuse-retour": "2026-11-12", "fr-welcome-offre-embauche": "2026-11-20",
    "fr-bourse-refusee": "2026-11-16", "fr-reply-to-assistante": "2026-11-10",
    "fr-personnel-apres-entretien": "2026-11-13", "fr-sam-decline-offre": "2026-11-23",
}

# ATS messages whose text part is the ESP's html-to-text rendering ([image] placeholders, 62-column breaks,
# numbered link list) rather than a hand-written plain alternative.
AUTOPLAIN = {
    "de-greenhouse-ch-anderen-kandidaten", "de-lever-lu-bilingual", "de-icims-interne-besetzung",
    "de-teamtailor-nach-video", "de-personio-eingang-hedge", "de-smartrecruiters-online-test",
    "de-stepstone-jobalert", "de-zusage-angebot-personio",
    "fr-welcome-jungle-classique", "fr-teamtailor-be-vivier", "fr-greenhouse-qc-autres-candidats",
    "fr-smartrecruiters-poste-pourvu", "fr-workable-apres-test", "fr-welcome-accuse-reception-hedge",
    "fr-teamtailor-invitation-entretien", "fr-indeed-alerte-emploi", "fr-newsletter-conseils-refus",
    "fr-smartrecruiters-transfert",
}

# Personal messages sent from a client that adds an HTML alternative (Gmail-style divs and blockquotes).
CLIENT_HTML = {
    "de-personal-agentur-kunde-stop", "de-personal-antwort-auf-nachfrage", "de-recruiter-pitch-besetzt",
    "de-antwort-auf-frage-einladung", "de-kollege-kandidaten-abgesagt",
    "fr-mixte-anglais-francais", "fr-personnel-apres-entretien", "fr-cabinet-client-stand-by",
    "fr-reponse-question-autre-candidat", "fr-collegue-candidats-refuses", "fr-be-gel-des-embauches",
}
