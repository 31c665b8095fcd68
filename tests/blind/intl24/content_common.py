"""Owner, ATS / job-board chrome (sender domains, colours, footers in the local language) for the intl24 set."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

# UTC offsets (minutes) per country, so Date headers look like the sender's clock (autumn 2026).
TZ = {"ES": 60, "MX": -360, "AR": -180, "CO": -300, "IT": 60, "CH": 60, "NL": 60, "BE": 60, "PT": 0, "BR": -180}

VENDORS = {
    "infojobs": {"colour": "#167db7", "footer": [
        "Este mensaje ha sido enviado por InfoJobs en nombre de {company}. Por favor, no respondas a este correo: la dirección no admite respuestas.",
        "Gestiona tus notificaciones: {unsub}",
        "Política de privacidad: {privacy} · InfoJobs, Adevinta Spain S.L.U., Travessera de Gràcia 47-49, 08021 Barcelona."]},
    "computrabajo": {"colour": "#0d3878", "footer": [
        "Recibes este correo porque te postulaste a una oferta publicada en Computrabajo.",
        "No respondas a este mensaje. Para dejar de recibir notificaciones: {unsub}",
        "Aviso de privacidad: {privacy}"]},
    "bumeran": {"colour": "#e5005b", "footer": [
        "Este es un mensaje automático enviado por Bumeran en nombre de {company}. No respondas este email.",
        "Si no querés recibir más notificaciones, hacé clic acá: {unsub}",
        "Términos y condiciones y política de privacidad: {privacy}"]},
    "workday": {"colour": "#005cb9", "footer": [
        "Powered by Workday. This is an automated message - please do not reply.",
        "Privacy: {privacy}"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "Este correo se ha generado automáticamente desde SAP SuccessFactors. No responda a este mensaje.",
        "Protección de datos: {privacy}"]},
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Powered by Greenhouse · {privacy}"]},
    "teamtailor": {"colour": "#f43f85", "footer": [
        "{company} · Powered by Teamtailor",
        "Gestisci i tuoi dati / Manage your data: {privacy}"]},
    "infojobs_it": {"colour": "#167db7", "footer": [
        "Questo messaggio è stato inviato da InfoJobs per conto di {company}. Ti preghiamo di non rispondere a questa e-mail.",
        "Gestisci le notifiche: {unsub} · Informativa privacy: {privacy}"]},
    "inpa": {"colour": "#0066cc", "footer": [
        "Messaggio generato automaticamente dal Portale inPA - Dipartimento della Funzione Pubblica. Non rispondere a questo indirizzo.",
        "Informativa sul trattamento dei dati personali (art. 13 Reg. UE 2016/679): {privacy}"]},
    "smartrecruiters": {"colour": "#0078d4", "footer": [
        "Powered by SmartRecruiters · {privacy} · Non rispondere a questa e-mail."]},
    "indeed": {"colour": "#2557a7", "footer": [
        "Indeed stuurt dit bericht namens {company}. Je ontvangt deze e-mail omdat je via Indeed hebt gesolliciteerd.",
        "Afmelden: {unsub} · Privacybeleid: {privacy}",
        "Indeed Netherlands B.V., Amsterdam"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Verstuurd via Recruitee namens {company}.",
        "Wil je dat wij je gegevens verwijderen? {privacy}"]},
    "homerun": {"colour": "#222222", "footer": [
        "{company} gebruikt Homerun om sollicitaties te beheren. Beantwoord deze e-mail niet rechtstreeks.",
        "Privacyverklaring: {privacy}"]},
    "werkzoeken": {"colour": "#ff6a00", "footer": [
        "Werkzoeken.nl - dit is een automatisch bericht, reageren is niet mogelijk.",
        "Meldingen aanpassen of uitschrijven: {unsub}"]},
    "nvb": {"colour": "#003d7c", "footer": [
        "Nationale Vacaturebank · Je ontvangt deze e-mail omdat je een vacaturemelding hebt ingesteld.",
        "Uitschrijven: {unsub} · Privacy: {privacy}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "Esta mensagem foi enviada para sam.taylor@example.org.",
        "Cancelar inscrição: {unsub} · Ajuda: {privacy}",
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn é uma marca registada da LinkedIn Corporation."]},
    "gupy": {"colour": "#1d2ae8", "footer": [
        "Este e-mail foi enviado pela Gupy em nome de {company}. Por favor, não responda.",
        "Política de privacidade: {privacy} · Descadastrar: {unsub}"]},
    "kenoby": {"colour": "#00b3a4", "footer": [
        "Enviado pela plataforma Kenoby. Não responda a este e-mail.",
        "Seus dados são tratados conforme a LGPD (Lei 13.709/2018): {privacy}"]},
    "catho": {"colour": "#f05a22", "footer": [
        "Catho Online · Este é um e-mail automático, não é necessário respondê-lo.",
        "Para não receber mais estes e-mails: {unsub}"]},
    "personio": {"colour": "#1a1a1a", "footer": [
        "Este e-mail foi enviado através da Personio em nome de {company}.",
        "Proteção de dados: {privacy}"]},
    "plain": {"colour": "#555555", "footer": ["{privacy}"]},
}
