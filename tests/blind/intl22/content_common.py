"""Owner, ATS / job-board vendor chrome (colours, footers) and helpers for the blind German set intl22."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# Footers are format strings: {company}, {unsub}, {privacy}.
VENDORS = {
    "workday": {"colour": "#0875e1", "footer": [
        "Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht.",
        "Datenschutzhinweise für Bewerbende: {privacy}",
        "Powered by Workday"]},
    "successfactors": {"colour": "#354a5f", "footer": [
        "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.",
        "{company} | Datenschutz: {privacy}",
        "SAP SuccessFactors Recruiting"]},
    "personio": {"colour": "#1c1c1c", "footer": [
        "Diese E-Mail wurde über Personio versendet.",
        "Informationen zum Datenschutz: {privacy}"]},
    "softgarden": {"colour": "#e2001a", "footer": [
        "Diese Nachricht wurde über softgarden versendet. Antworten auf diese E-Mail werden nicht gelesen.",
        "Ihre Daten verwalten / Bewerbung zurückziehen: {privacy}",
        "softgarden e-recruiting GmbH, Berlin"]},
    "dvinci": {"colour": "#005aa0", "footer": [
        "Bitte antworten Sie nicht direkt auf diese automatisch erzeugte Nachricht.",
        "Datenschutzerklärung: {privacy}",
        "Bewerbermanagement: d.vinci HR-Systems GmbH"]},
    "rexx": {"colour": "#6a9a1f", "footer": [
        "Zum Bewerberportal: {privacy}",
        "rexx systems – Recruiting Software"]},
    "umantis": {"colour": "#b00020", "footer": [
        "Diese E-Mail wurde automatisch generiert. / Cet e-mail a été généré automatiquement.",
        "Datenschutz / Protection des données: {privacy}",
        "Abacus Umantis Talent Management"]},
    "onlyfy": {"colour": "#0698a0", "footer": [
        "Sie erhalten diese Nachricht, weil Sie sich über onlyfy by XING beworben haben.",
        "Datenschutz: {privacy}",
        "onlyfy by New Work SE, Hamburg"]},
    "bite": {"colour": "#f39200", "footer": [
        "Diese Nachricht wurde automatisch über BITE Bewerbermanagement versendet.",
        "Datenschutzinformationen: {privacy}"]},
    "haufe": {"colour": "#d4001a", "footer": [
        "Bitte antworten Sie nicht auf diese E-Mail; das Postfach ist nicht besetzt.",
        "Hinweise zum Datenschutz nach Art. 13 DSGVO: {privacy}",
        "Haufe Talent Management"]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "Sie erhalten diese E-Mail, weil Sie ein Konto bei StepStone haben. E-Mail-Einstellungen ändern: {unsub}",
        "StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf",
        "Datenschutz: {privacy}"]},
    "indeed": {"colour": "#2557a7", "footer": [
        "© 2026 Indeed – Keine Antwort an diese Adresse senden.",
        "E-Mail-Benachrichtigungen abbestellen: {unsub}",
        "Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublin 2, Irland"]},
    "xing": {"colour": "#007575", "footer": [
        "Benachrichtigungen verwalten: {unsub}",
        "New Work SE, Am Strandkai 1, 20457 Hamburg | Impressum | Datenschutz: {privacy}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "Diese E-Mail ist für Sam Taylor (Head of Insights bei Calder Street Media) bestimmt.",
        "Abbestellen: {unsub} | Hilfe: {privacy}",
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn ist eine eingetragene Marke."]},
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Powered by Greenhouse | Privacy Policy: {privacy}"]},
    "join": {"colour": "#1e1e1e", "footer": [
        "Gesendet über JOIN – join.com | Datenschutz: {privacy}"]},
    "teamtailor": {"colour": "#f2546b", "footer": [
        "Verwalte deine Daten: {privacy}",
        "Powered by Teamtailor"]},
    "bank": {"colour": "#00857c", "footer": [
        "Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.",
        "Nordlicht Direktbank AG · Sitz Hamburg · Amtsgericht Hamburg HRB 000000",
        "Benachrichtigungen verwalten: {unsub}"]},
    "plain-portal": {"colour": "#444444", "footer": [
        "Datenschutz: {privacy} | Abmelden: {unsub}"]},
}
