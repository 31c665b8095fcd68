"""Owner, ATS vendor chrome (German and French footers) and a compact message constructor."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# UTC offsets in minutes per region (autumn 2026: CEST until 25 Oct, then CET; kept simple at +60/+120 by hash)
TZ = {"DE": 60, "AT": 60, "CH": 60, "FR": 60, "BE": 60, "LU": 60, "QC": -300}

V = {}


def vendor(key, colour, de, fr):
    V[key] = {"colour": colour, "footer": {"de": de, "fr": fr}}


vendor("greenhouse", "#24a47f",
       ["Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht.",
        "{company} verarbeitet Ihre Daten gemäß der Datenschutzerklärung: {privacy}",
        "Powered by Greenhouse · E-Mail-Einstellungen: {unsub}"],
       ["Merci de ne pas répondre à cet e-mail : cette adresse n'est pas consultée.",
        "{company} traite vos données conformément à sa politique de confidentialité : {privacy}",
        "Powered by Greenhouse · Préférences e-mail : {unsub}"])
vendor("lever", "#5b6cff",
       ["Diese Nachricht wurde über Lever versendet. Antworten an diese Adresse werden nicht gelesen.",
        "Datenschutz: {privacy} · Abmelden: {unsub}"],
       ["Ce message a été envoyé via Lever. Les réponses à cette adresse ne sont pas lues.",
        "Confidentialité : {privacy} · Se désabonner : {unsub}"])
vendor("workday", "#0875e1",
       ["Dies ist eine automatisch generierte Nachricht aus dem Bewerbermanagementsystem von {company}. Bitte antworten Sie nicht.",
        "Ihr Kandidatenkonto: {privacy}",
        "© 2026 Workday, Inc. Alle Rechte vorbehalten."],
       ["Ce message est généré automatiquement par le système de recrutement de {company}. Merci de ne pas y répondre.",
        "Votre compte candidat : {privacy}",
        "© 2026 Workday, Inc. Tous droits réservés."])
vendor("smartrecruiters", "#1f8ceb",
       ["Sie erhalten diese E-Mail, weil Sie sich bei {company} beworben haben. Datenschutzhinweise: {privacy}",
        "Benachrichtigungen verwalten: {unsub}",
        "Powered by SmartRecruiters – Hiring Success"],
       ["Vous recevez cet e-mail car vous avez postulé chez {company}. Confidentialité : {privacy}",
        "Gérer les notifications : {unsub}",
        "Powered by SmartRecruiters – Hiring Success"])
vendor("personio", "#1e2a3b",
       ["Diese E-Mail wurde automatisch über Personio versendet. Antworten auf diese E-Mail können nicht bearbeitet werden.",
        "Informationen zur Verarbeitung Ihrer Daten: {privacy}",
        "Personio SE & Co. KG · Seidlstraße 3 · 80335 München"],
       ["Cet e-mail a été envoyé automatiquement via Personio. Les réponses ne peuvent pas être traitées.",
        "Informations sur le traitement de vos données : {privacy}",
        "Personio SE & Co. KG · Seidlstraße 3 · 80335 Munich"])
vendor("teamtailor", "#f54f64",
       ["Gesendet mit Teamtailor im Auftrag von {company}.",
        "Verbindung verwalten oder Daten löschen lassen: {privacy}",
        "Keine E-Mails mehr erhalten: {unsub}"],
       ["Envoyé avec Teamtailor pour le compte de {company}.",
        "Gérer votre connexion ou demander la suppression de vos données : {privacy}",
        "Ne plus recevoir d'e-mails : {unsub}"])
vendor("recruitee", "#1999e3",
       ["Diese Nachricht wurde über Recruitee von {company} gesendet.",
        "Datenschutz: {privacy} · Abmelden: {unsub}"],
       ["Message envoyé via Recruitee par {company}.",
        "Confidentialité : {privacy} · Désinscription : {unsub}"])
vendor("workable", "#00756a",
       ["Bitte antworten Sie nicht direkt auf diese E-Mail.",
        "Workable Software Limited · {privacy}",
        "Sie möchten keine Benachrichtigungen mehr? {unsub}"],
       ["Merci de ne pas répondre directement à cet e-mail.",
        "Workable Software Limited · {privacy}",
        "Vous ne souhaitez plus recevoir de notifications ? {unsub}"])
vendor("icims", "#003a70",
       ["Diese E-Mail wurde von einer nicht überwachten Adresse gesendet.",
        "{company} ist ein Arbeitgeber, der Chancengleichheit fördert und Vielfalt wertschätzt.",
        "Datenschutz: {privacy} · powered by iCIMS"],
       ["Cet e-mail provient d'une adresse non surveillée.",
        "{company} est un employeur qui s'engage pour l'égalité des chances et la diversité.",
        "Confidentialité : {privacy} · powered by iCIMS"])
vendor("successfactors", "#0a6ed1",
       ["Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.",
        "Kandidatenprofil verwalten: {privacy}",
        "SAP SuccessFactors Recruiting im Auftrag von {company}"],
       ["Ceci est un e-mail généré automatiquement. Merci de ne pas y répondre.",
        "Gérer votre profil candidat : {privacy}",
        "SAP SuccessFactors Recruiting pour le compte de {company}"])
vendor("softgarden", "#86bc25",
       ["Diese E-Mail wurde über softgarden e-recruiting GmbH im Auftrag von {company} versendet.",
        "Tellstraße 1 · 10245 Berlin (Fiktivadresse) · Datenschutz: {privacy}",
        "Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht."],
       ["Cet e-mail a été envoyé par softgarden e-recruiting GmbH pour le compte de {company}.",
        "Confidentialité : {privacy}",
        "Merci de ne pas répondre à ce message automatique."])
vendor("bamboohr", "#73c41d",
       ["Gesendet über BambooHR. Antworten werden nicht zugestellt.",
        "Datenschutz: {privacy}"],
       ["Envoyé via BambooHR. Les réponses ne sont pas distribuées.",
        "Confidentialité : {privacy}"])
vendor("join", "#ff5a5f",
       ["Diese E-Mail wurde über JOIN im Auftrag von {company} versendet. JOIN Solutions AG, Zürich.",
        "Benachrichtigungen abbestellen: {unsub} · Datenschutz: {privacy}"],
       ["E-mail envoyé via JOIN pour le compte de {company}. JOIN Solutions AG, Zurich.",
        "Se désabonner : {unsub} · Confidentialité : {privacy}"])
vendor("stepstone", "#0c2577",
       ["Sie erhalten diese Nachricht, weil Sie sich über StepStone beworben haben.",
        "StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf",
        "Newsletter und Benachrichtigungen abbestellen: {unsub} · Datenschutz: {privacy}"],
       ["Vous recevez ce message car vous avez postulé via StepStone.",
        "Se désabonner : {unsub} · Confidentialité : {privacy}"])
vendor("indeed", "#2557a7",
       ["Indeed leitet diese Nachricht im Auftrag des Arbeitgebers weiter. Indeed ist nicht für den Inhalt verantwortlich.",
        "Indeed Ireland Operations Ltd. · Abmelden: {unsub} · Datenschutz: {privacy}"],
       ["Indeed transmet ce message pour le compte de l'employeur et n'est pas responsable de son contenu.",
        "Indeed Ireland Operations Ltd. · Se désabonner : {unsub} · Confidentialité : {privacy}"])
vendor("linkedin", "#0a66c2",
       ["Diese E-Mail war für Sam Taylor bestimmt. Warum wir das hier anzeigen: {privacy}",
        "Abmelden: {unsub} · © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."],
       ["Cet e-mail était destiné à Sam Taylor. Pourquoi nous l'affichons : {privacy}",
        "Se désabonner : {unsub} · © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."])
vendor("xing", "#0698a0",
       ["Diese Nachricht wurde an sam.taylor@example.org gesendet. Benachrichtigungen einstellen: {unsub}",
        "New Work SE · Am Strandkai 1 · 20457 Hamburg · Datenschutz: {privacy}"],
       ["Message envoyé à sam.taylor@example.org. Paramètres de notification : {unsub}",
        "New Work SE · Am Strandkai 1 · 20457 Hambourg"])
vendor("wttj", "#ffcd00",
       ["Welcome to the Jungle · 13 rue de la Pépinière (adresse fictive) · Paris",
        "Datenschutz: {privacy} · Abmelden: {unsub}"],
       ["Welcome to the Jungle · Paris · Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.",
        "Données personnelles : {privacy} · Se désinscrire : {unsub}"])
vendor("apec", "#e5006d",
       ["-", "-"],
       ["Ce message vous est adressé par l'Apec dans le cadre de votre candidature. Ne pas répondre à ce message.",
        "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données : {privacy}",
        "Gérer mes alertes et notifications : {unsub}"])
vendor("hellowork", "#ff6b00",
       ["-"],
       ["HelloWork · Ce message est envoyé automatiquement, merci de ne pas y répondre.",
        "Gérer mes e-mails : {unsub} · Données personnelles : {privacy}"])
vendor("jobsch", "#1b3d8f",
       ["Diese E-Mail wurde über jobs.ch im Auftrag von {company} versendet. Bitte nicht antworten.",
        "JobCloud AG · Datenschutzerklärung: {privacy} · Benachrichtigungen: {unsub}"],
       ["Cet e-mail a été envoyé via jobs.ch pour le compte de {company}. Merci de ne pas répondre.",
        "JobCloud SA · Protection des données : {privacy} · Notifications : {unsub}"])
vendor("umantis", "#c8102e",
       ["Diese Nachricht wurde automatisch durch Abacus Umantis Talent Management erstellt.",
        "Ihre Bewerberdaten einsehen oder löschen: {privacy}"],
       ["Ce message a été généré automatiquement par Abacus Umantis Talent Management.",
        "Consulter ou supprimer vos données de candidat : {privacy}"])
vendor("dvinci", "#2f4f6f",
       ["Automatisch erzeugte Nachricht aus dem Bewerbermanagement (d.vinci) von {company}. Antworten an diese Adresse werden nicht gelesen.",
        "Hinweise zum Datenschutz nach Art. 13 DSGVO: {privacy}"],
       ["Message automatique du système de recrutement (d.vinci) de {company}.",
        "Protection des données : {privacy}"])
vendor("taleez", "#6c3fc5",
       ["-"],
       ["Ce message a été envoyé via Taleez pour le compte de {company}. Merci de ne pas y répondre directement.",
        "Vos données : {privacy} · Désinscription : {unsub}"])
vendor("flatchr", "#00b2a9",
       ["-"],
       ["Envoyé avec Flatchr. Cette boîte n'est pas relevée.",
        "Conformément au RGPD, vous pouvez exercer vos droits ici : {privacy}"])
vendor("portal", "#4a4a4a",
       ["Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
        "Hinweise zum Datenschutz: {privacy}",
        "Impressum · Barrierefreiheit · Kontakt"],
       ["Ce courriel est généré automatiquement, merci de ne pas y répondre.",
        "Protection des données personnelles : {privacy}",
        "Mentions légales · Accessibilité · Contact"])
vendor("internal", "#222222",
       ["Calder Street Media · interne Mitteilung · nicht weiterleiten",
        "Benachrichtigungseinstellungen: {unsub}"],
       ["Calder Street Media · communication interne",
        "Paramètres de notification : {unsub}"])


def M(slug, label, cat, lang, style, frm, subject, text, exp=("", "", "", ""), **kw):
    """One message as data. exp = (reply_to, contact_first_name, company, role) for rejections."""
    d = dict(slug=slug, label=label, cat=cat, lang=lang, style=style, frm=frm, subject=subject,
             text=text, exp=exp)
    d.update(kw)
    return d
