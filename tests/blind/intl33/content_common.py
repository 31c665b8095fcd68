"""Vendor chrome shared by content_de.py and content_fr.py."""

OWNER = ("Sam Taylor", "sam.taylor@example.org")


def vendor(name, color, footer, logo=None):
    return {"name": name, "color": color, "footer": footer, "logo": logo or name.lower().replace(" ", "-")}



PERSONIO_DE = vendor("Personio", "#0c3c5d",
    'Diese E-Mail wurde automatisch über Personio versendet. Bitte antworte nicht auf diese Nachricht.<br>'
    'Informationen zur Verarbeitung deiner Daten findest du in unserer <a href="https://click.example/t/personio-dsgvo">Datenschutzerklärung</a>.<br>'
    'Powered by <a href="https://click.example/t/personio">Personio</a>')
SOFTGARDEN_DE = vendor("softgarden", "#e2001a",
    'Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.<br>'
    'Ihre Daten werden gemäß Art. 6 Abs. 1 lit. b DSGVO verarbeitet. <a href="https://click.example/t/sg-datenschutz">Datenschutzhinweise</a> | '
    '<a href="https://click.example/t/sg-impressum">Impressum</a><br>Bewerbermanagement powered by softgarden e-recruiting GmbH')
SF_DE = vendor("SuccessFactors", "#0a6ed1",
    'Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.<br>'
    'Wir sind ein Arbeitgeber, der Chancengleichheit fördert und Vielfalt wertschätzt.<br>'
    '<a href="https://click.example/t/sf-privacy">Datenschutz</a> · <a href="https://click.example/t/sf-careers">Karriereportal</a> · <a href="https://click.example/t/sf-unsub">Benachrichtigungen verwalten</a>')
WORKDAY_DE = vendor("Workday", "#005cb9",
    'Bitte antworten Sie nicht auf diese E-Mail. Den Status Ihrer Bewerbungen finden Sie jederzeit in Ihrem '
    '<a href="https://click.example/t/wd-candidate-home">Kandidatenprofil</a>.<br>© 2026 Workday, Inc. Alle Rechte vorbehalten.')
JOIN_DE = vendor("JOIN", "#2c2cf2",
    'Gesendet über <a href="https://click.example/t/join">JOIN</a> im Auftrag des Arbeitgebers. '
    '<a href="https://click.example/t/join-unsub">Abmelden</a> · <a href="https://click.example/t/join-privacy">Datenschutz</a><br>JOIN Solutions AG, Zürich')
STEPSTONE_DE = vendor("StepStone", "#0c2577",
    'Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. '
    '<a href="https://click.example/t/ss-settings">E-Mail-Einstellungen</a> · <a href="https://click.example/t/ss-unsub">Abmelden</a><br>StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf')
GREENHOUSE = vendor("Greenhouse", "#24a47f",
    'Powered by <a href="https://click.example/t/gh">Greenhouse</a> · <a href="https://click.example/t/gh-privacy">Privacy Policy</a>')
TEAMTAILOR_DE = vendor("Teamtailor", "#f2545b",
    'Du erhältst diese E-Mail, weil du dich über unsere Karriereseite beworben hast.<br>'
    '<a href="https://click.example/t/tt-connect">Talent-Community verwalten</a> · <a href="https://click.example/t/tt-privacy">Datenschutz</a> · Powered by Teamtailor')
RECRUITEE_DE = vendor("Recruitee", "#1999e3",
    'Gesendet mit <a href="https://click.example/t/recruitee">Recruitee</a>. '
    '<a href="https://click.example/t/rc-data">Meine Daten verwalten oder löschen</a>')
INDEED_DE = vendor("Indeed", "#2557a7",
    '© 2026 Indeed · <a href="https://click.example/t/indeed-unsub">Abmelden</a> · <a href="https://click.example/t/indeed-privacy">Datenschutz</a><br>'
    'Indeed sendet diese Nachricht im Auftrag des Arbeitgebers. Indeed ist nicht für die Entscheidung verantwortlich.')
LINKEDIN_DE = vendor("LinkedIn", "#0a66c2",
    'Diese E-Mail war für Sam Taylor (Marketing &amp; Kommunikation). <a href="https://click.example/t/li-unsub">Abbestellen</a> · '
    '<a href="https://click.example/t/li-help">Hilfe</a><br>© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.')

WTTJ_FR = vendor("Welcome to the Jungle", "#ffcd00",
    'Cet e-mail vous a été envoyé via <a href="https://click.example/t/wttj">Welcome to the Jungle</a>. Merci de ne pas y répondre.<br>'
    'Conformément au RGPD, vous pouvez exercer vos droits d\'accès, de rectification et de suppression <a href="https://click.example/t/wttj-rgpd">ici</a>.')
TEAMTAILOR_FR = vendor("Teamtailor", "#f2545b",
    'Vous recevez cet e-mail car vous avez postulé via notre site carrière. '
    '<a href="https://click.example/t/tt-fr-privacy">Politique de confidentialité</a> · Powered by Teamtailor')
SR_FR = vendor("SmartRecruiters", "#3b8ac4",
    'Ceci est un message automatique, merci de ne pas répondre.<br>'
    '<a href="https://click.example/t/sr-privacy">Politique de confidentialité</a> · <a href="https://click.example/t/sr-unsub">Se désabonner</a> · Powered by SmartRecruiters')
WORKDAY_FR = vendor("Workday", "#005cb9",
    'Merci de ne pas répondre à ce courriel. Consultez le statut de vos candidatures dans votre '
    '<a href="https://click.example/t/wd-fr-home">espace candidat</a>.<br>Nous souscrivons au principe d\'équité en matière d\'emploi.')
LEVER_FR = vendor("Lever", "#333333",
    'Envoyé via <a href="https://click.example/t/lever">Lever</a> · <a href="https://click.example/t/lever-privacy">Confidentialité</a>')
WORKABLE_FR = vendor("Workable", "#00a99d",
    'Powered by <a href="https://click.example/t/workable">Workable</a>. Merci de ne pas répondre directement à ce message.')
SF_FR = vendor("SuccessFactors", "#0a6ed1",
    'Message généré automatiquement – merci de ne pas y répondre.<br>'
    'Nous sommes un employeur garantissant l\'égalité des chances. <a href="https://click.example/t/sf-fr-rgpd">Protection des données</a> · '
    '<a href="https://click.example/t/sf-fr-unsub">Gérer mes alertes</a>')
ICIMS_FR = vendor("iCIMS", "#1a5aa8",
    'Ce courriel vous est transmis par notre système de recrutement (iCIMS). Veuillez ne pas répondre.<br>'
    'This email was sent to you by our recruiting system. Please do not reply.')
HELLOWORK_FR = vendor("HelloWork", "#ff5b00",
    'Vous recevez cet e-mail suite à votre candidature sur HelloWork. <a href="https://click.example/t/hw-unsub">Se désinscrire</a> · '
    '<a href="https://click.example/t/hw-cgu">CGU</a><br>HelloWork SAS, 2 rue de la Mabilais, 35000 Rennes')
BAMBOO_FR = vendor("BambooHR", "#73c41d",
    'Propulsé par BambooHR. <a href="https://click.example/t/bamboo-privacy">Confidentialité</a>')
