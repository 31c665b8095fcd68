"""Owner and ATS vendor chrome (footers, colours) for the intl15 blind set."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

# Footer lines per vendor; {company}, {unsub}, {privacy} are filled in by make_messages.py.
VENDORS = {
    "personio": {"colour": "#1a1a1a", "footer": [
        "Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese E-Mail.",
        "Datenschutzhinweise von {company}: {privacy}",
        "Personio SE & Co. KG · Seidlstraße 3 · 80335 München"]},
    "softgarden": {"colour": "#e2001a", "footer": [
        "Diese Nachricht wurde über softgarden e-recruiting GmbH im Auftrag von {company} versendet.",
        "Bitte antworten Sie nicht direkt auf diese E-Mail – Antworten werden nicht gelesen.",
        "Ihre Bewerberdaten verwalten: {privacy}",
        "softgarden e-recruiting GmbH, Tauentzienstraße 14, 10789 Berlin, Amtsgericht Charlottenburg HRB 114159 B"]},
    "dvinci": {"colour": "#004a8f", "footer": [
        "Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.",
        "Bewerbermanagement powered by d.vinci HR-Systems GmbH",
        "Datenschutzerklärung: {privacy}"]},
    "rexx": {"colour": "#7ab800", "footer": [
        "Dies ist eine automatisch generierte Nachricht des Bewerbermanagementsystems (rexx systems).",
        "Bitte beachten Sie, dass Antworten an diese Adresse nicht bearbeitet werden.",
        "Informationen zum Datenschutz: {privacy}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "Bitte antworten Sie nicht auf diese E-Mail. / Please do not reply to this e-mail.",
        "Datenschutz / Privacy: {privacy}",
        "Powered by SAP SuccessFactors"]},
    "successfactors_fr": {"colour": "#0a6ed1", "footer": [
        "Ce message a été envoyé automatiquement, merci de ne pas y répondre. / Please do not reply to this e-mail.",
        "Politique de confidentialité : {privacy}",
        "Powered by SAP SuccessFactors"]},
    "workday": {"colour": "#005cb9", "footer": [
        "Diese Nachricht wurde von einer nicht überwachten Adresse gesendet.",
        "Datenschutzerklärung für Bewerbende: {privacy}",
        "Workday, Inc. | {company} Careers"]},
    "workday_fr": {"colour": "#005cb9", "footer": [
        "Ce message provient d'une adresse non surveillée. Merci de ne pas y répondre.",
        "Avis de confidentialité pour les candidats : {privacy}",
        "Workday, Inc. | {company} Careers"]},
    "taleo": {"colour": "#c74634", "footer": [
        "Ceci est un message automatique. Merci de ne pas répondre à ce courriel.",
        "Se désabonner / Unsubscribe: {unsub}",
        "Oracle Taleo Enterprise – {company}"]},
    "talentsoft": {"colour": "#00a3a6", "footer": [
        "Ce message est envoyé automatiquement par la plateforme de recrutement Cegid Talentsoft. Merci de ne pas y répondre.",
        "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données : {privacy}",
        "Mentions légales : {company}"]},
    "wttj": {"colour": "#ffcd00", "footer": [
        "Welcome to the Jungle – 2 rue de la Roquette, 75011 Paris",
        "Vous recevez cet e-mail car vous avez postulé via Welcome to the Jungle. Gérer mes notifications : {unsub}",
        "Politique de confidentialité : {privacy}"]},
    "teamtailor": {"colour": "#f84f71", "footer": [
        "Powered by Teamtailor",
        "Datenschutz / Confidentialité : {privacy}",
        "Ne plus recevoir d'e-mails de {company} / Abmelden: {unsub}"]},
    "join": {"colour": "#1f62ff", "footer": [
        "Diese E-Mail wurde über JOIN (join.com) im Namen von {company} versendet.",
        "JOIN Solutions AG, Sihlquai 253, 8005 Zürich",
        "Abmelden: {unsub} · Datenschutz: {privacy}"]},
    "stepstone": {"colour": "#0c2577", "footer": [
        "Diese Nachricht wurde Ihnen über StepStone zugestellt. Antworten auf diese E-Mail erreichen den Arbeitgeber nicht.",
        "StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf · Amtsgericht Düsseldorf HRB 46477",
        "E-Mail-Einstellungen ändern: {unsub} · Datenschutz: {privacy}"]},
    "indeed_fr": {"colour": "#2557a7", "footer": [
        "Cet e-mail vous a été envoyé par Indeed au nom de {company}.",
        "© 2026 Indeed – Ne plus recevoir ces e-mails : {unsub}",
        "Confidentialité : {privacy}"]},
    "indeed_de": {"colour": "#2557a7", "footer": [
        "Diese E-Mail wurde Ihnen von Indeed im Auftrag von {company} gesendet.",
        "© 2026 Indeed – Abmelden: {unsub}",
        "Datenschutz: {privacy}"]},
    "xing": {"colour": "#006567", "footer": [
        "Sie erhalten diese E-Mail als Mitglied von XING. Benachrichtigungen verwalten: {unsub}",
        "New Work SE, Am Strandkai 1, 20457 Hamburg · Impressum · Datenschutz: {privacy}"]},
    "linkedin_fr": {"colour": "#0a66c2", "footer": [
        "Cet e-mail était destiné à Sam Taylor. Se désabonner : {unsub}",
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."]},
    "hellowork": {"colour": "#ff6b00", "footer": [
        "HelloWork – Ce message vous est adressé suite à votre candidature. Merci de ne pas y répondre.",
        "Gérer mes alertes : {unsub} · Données personnelles : {privacy}"]},
    "public_de": {"colour": "#333333", "footer": [
        "Diese E-Mail wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        "Hinweise zum Datenschutz im Bewerbungsverfahren (Art. 13 DSGVO): {privacy}"]},
    "public_fr": {"colour": "#000091", "footer": [
        "Ce courriel est généré automatiquement, merci de ne pas y répondre.",
        "Protection des données personnelles (RGPD) : {privacy}"]},
    "bank_de": {"colour": "#8b0000", "footer": [
        "Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.",
        "{company} · Sitz der Gesellschaft: Frankfurt am Main · Handelsregister: Amtsgericht Frankfurt am Main",
        "Datenschutzhinweise für Bewerberinnen und Bewerber: {privacy}"]},
    "bank_fr": {"colour": "#00915a", "footer": [
        "Merci de ne pas répondre à ce message envoyé automatiquement.",
        "{company} – Société anonyme – RCS Paris – Mentions légales et RGPD : {privacy}"]},
    "calder_hr": {"colour": "#444444", "footer": [
        "Calder Street Media · internal HR system · do not forward outside the organisation"]},
    "bank_ch": {"colour": "#d52b1e", "footer": [
        "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.",
        "Datenschutz: {privacy}"]},
}
