"""Owner, ATS vendor chrome (colours, footers in several languages) and small helpers for the intl12 set."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# Footers: a list (same in every language) or a dict lang -> list; "{company}", "{unsub}", "{privacy}" are filled in.
VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": {
        "en": ["Please do not reply to this email; this mailbox is not monitored.",
               "Powered by Greenhouse | Privacy policy: {privacy}",
               "{company} is an equal opportunity employer."],
        "es": ["Por favor, no respondas a este correo: el buzón no se revisa.",
               "Powered by Greenhouse | Política de privacidad: {privacy}",
               "{company} es una empresa que promueve la igualdad de oportunidades."],
        "it": ["Ti preghiamo di non rispondere a questa email: la casella non è monitorata.",
               "Powered by Greenhouse | Informativa privacy: {privacy}"],
        "nl": ["Dit is een automatisch bericht; reageren op deze e-mail is niet mogelijk.",
               "Powered by Greenhouse | Privacybeleid: {privacy}"]}},
    "lever": {"colour": "#5a6b7b", "footer": {
        "en": ["Sent by Lever on behalf of {company}. Unsubscribe from candidate emails: {unsub}"],
        "pt": ["Enviado pela Lever em nome de {company}. Cancelar subscrição: {unsub}",
               "Sent by Lever on behalf of {company}."],
        "es": ["Enviado por Lever en nombre de {company}. Darse de baja: {unsub}"]}},
    "workday": {"colour": "#0875e1", "footer": [
        "This email was sent from an unmonitored mailbox. Please do not reply.",
        "© 2026 Workday, Inc. All rights reserved. | Privacy: {privacy}",
        "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, national origin, disability or any other protected characteristic."]},
    "smartrecruiters": {"colour": "#2d7be5", "footer": {
        "en": ["Powered by SmartRecruiters | Candidate privacy: {privacy} | Unsubscribe: {unsub}"],
        "es": ["Powered by SmartRecruiters | Privacidad del candidato: {privacy} | Darse de baja: {unsub}",
               "Este mensaje ha sido generado automáticamente. No respondas a esta dirección."],
        "it": ["Powered by SmartRecruiters | Privacy del candidato: {privacy} | Annulla iscrizione: {unsub}",
               "Messaggio generato automaticamente, si prega di non rispondere."]}},
    "personio": {"colour": "#1f2f3d", "footer": {
        "es": ["Este correo se ha enviado a través de Personio en nombre de {company}. Protección de datos: {privacy}"],
        "it": ["Questa email è stata inviata tramite Personio per conto di {company}. Protezione dei dati: {privacy}",
               "Diese E-Mail wurde über Personio im Auftrag von {company} versendet."],
        "nl": ["Deze e-mail is verzonden via Personio namens {company}. Privacy: {privacy}"]}},
    "teamtailor": {"colour": "#f45b69", "footer": {
        "es": ["Enviado con Teamtailor · Gestiona tus datos: {privacy}", "Sent with Teamtailor"],
        "nl": ["Verzonden met Teamtailor · Beheer je gegevens: {privacy}"],
        "pt": ["Enviado com Teamtailor · Gerir os seus dados: {privacy}"]}},
    "recruitee": {"colour": "#1999e3", "footer": {
        "nl": ["Je ontvangt deze e-mail omdat je hebt gesolliciteerd bij {company}.",
               "Powered by Recruitee · Privacyverklaring: {privacy} · Afmelden: {unsub}"]}},
    "workable": {"colour": "#00756a", "footer": {
        "nl": ["Verzonden via Workable namens {company}. Niet beantwoorden: dit adres wordt niet gelezen.",
               "Privacy: {privacy}"],
        "pt": ["Enviado via Workable em nome de {company}. Não responda a este email.", "Privacidade: {privacy}"]}},
    "icims": {"colour": "#6e2c8f", "footer": [
        "Please do not reply to this message. This email was sent from an automated system (iCIMS).",
        "Manage communication preferences: {unsub}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": {
        "nl": ["Dit is een automatisch gegenereerd bericht. Gelieve niet te antwoorden. / Ceci est un message automatique, merci de ne pas répondre.",
               "SAP SuccessFactors | Privacyverklaring / Déclaration de confidentialité: {privacy}"],
        "pt": ["Esta é uma mensagem automática, por favor não responda.",
               "SAP SuccessFactors | Aviso de privacidade (LGPD): {privacy}"]}},
    "bamboohr": {"colour": "#73c41d", "footer": ["Sent via BambooHR. Do not reply."]},
    "gupy": {"colour": "#2346f0", "footer": [
        "Este é um e-mail automático enviado pela Gupy em nome de {company}. Por favor, não responda.",
        "Seus dados são tratados conforme a LGPD. Política de privacidade: {privacy}",
        "Não quer mais receber e-mails? Descadastre-se: {unsub}"]},
    "catho": {"colour": "#f37021", "footer": [
        "Catho Online · Você recebeu este e-mail porque se candidatou a uma vaga pela Catho.",
        "Para deixar de receber e-mails, clique aqui: {unsub}"]},
    "infojobs": {"colour": "#167db7", "footer": {
        "es": ["InfoJobs · Has recibido este email porque estás inscrito en una oferta en InfoJobs.",
               "Gestiona tus notificaciones: {unsub} · Política de privacidad: {privacy}"],
        "it": ["InfoJobs Italia · Ricevi questa email perché ti sei candidato a un'offerta su InfoJobs.",
               "Gestisci le notifiche: {unsub}"]}},
    "computrabajo": {"colour": "#0c5aa6", "footer": [
        "Computrabajo · Recibes este correo porque te postulaste a una oferta.", "Dejar de recibir avisos: {unsub}"]},
    "linkedin": {"colour": "#0a66c2", "footer": {
        "it": ["Ricevi questa email perché ti sei candidato tramite LinkedIn. Annulla iscrizione: {unsub}",
               "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."],
        "pt": ["Você está recebendo alertas de vagas. Cancelar inscrição: {unsub}",
               "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."]}},
    "indeed": {"colour": "#2557a7", "footer": {
        "nl": ["Je ontvangt deze e-mail omdat je een vacaturemelding hebt ingesteld op Indeed. Afmelden: {unsub}",
               "© 2026 Indeed"]}},
    "werkzoeken": {"colour": "#e2001a", "footer": [
        "Nationale Vacaturebank · Je ontvangt dit bericht omdat je via ons hebt gesolliciteerd.",
        "Meldingen beheren: {unsub} · Privacy: {privacy}"]},
    "join": {"colour": "#161616", "footer": ["Sent via JOIN (join.com) on behalf of {company}. Privacy: {privacy}"]},
    "bank": {"colour": "#b00020", "footer": {
        "es": ["Este es un mensaje automático. Por tu seguridad, nunca te pediremos claves por correo.",
               "Banco Miramar, S.A. · Aviso legal y privacidad: {privacy}"],
        "it": ["Messaggio automatico, non rispondere. Banca Lanterna S.p.A. · Privacy: {privacy}"],
        "pt": ["E-mail automático. Nunca pedimos senhas por e-mail. Banco Ipê S.A. · Privacidade: {privacy}"]}},
    "generic": {"colour": "#444444", "footer": {
        "es": ["Si no deseas recibir más correos, date de baja aquí: {unsub}"],
        "nl": ["Afmelden voor deze berichten: {unsub} · Privacy: {privacy}"],
        "it": ["Per non ricevere più queste comunicazioni: {unsub}"],
        "pt": ["Para deixar de receber estas mensagens: {unsub} · Privacidade: {privacy}"]}},
}
