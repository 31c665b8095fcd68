"""Owner, ATS vendor chrome (colours, default footers) shared by the content files."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

VENDORS = {
    "infojobs": {"colour": "#167db7", "footer": [
        "Este email ha sido enviado por InfoJobs en nombre de {company}. Por favor, no respondas a este mensaje.",
        "Gestiona tus notificaciones: {unsub} · Política de privacidad: {privacy}",
        "InfoJobs · Adevinta Spain S.L.U. · Avda. Diagonal (ficticia) 0, Barcelona"]},
    "computrabajo": {"colour": "#0057a3", "footer": [
        "Este es un mensaje automático de Computrabajo, no lo respondas.",
        "Si no deseas recibir más correos, haz clic aquí: {unsub}", "Aviso de privacidad: {privacy}"]},
    "gupy": {"colour": "#2c4bff", "footer": [
        "Este e-mail foi enviado automaticamente pela Gupy em nome de {company}. Não responda esta mensagem.",
        "Dúvidas sobre seus dados (LGPD): {privacy} · Descadastrar: {unsub}"]},
    "kenoby": {"colour": "#ff6b00", "footer": [
        "Mensagem enviada via Kenoby. Por favor, não responda a este e-mail.",
        "Política de privacidade: {privacy}"]},
    "inrecruiting": {"colour": "#00a19a", "footer": [
        "Questa è una e-mail generata automaticamente, si prega di non rispondere.",
        "Informativa privacy ai sensi del Regolamento UE 2016/679 (GDPR): {privacy}",
        "Powered by inRecruiting"]},
    "infojobs_it": {"colour": "#167db7", "footer": [
        "Hai ricevuto questa e-mail perché ti sei candidato tramite InfoJobs Italia. Non rispondere a questo messaggio.",
        "Gestisci le notifiche: {unsub} · Privacy: {privacy}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Deze e-mail is verstuurd via Recruitee namens {company}.",
        "Wil je dat wij je gegevens verwijderen? Laat het ons weten via {privacy}", "Powered by Recruitee"]},
    "werkenbij": {"colour": "#e4002b", "footer": [
        "Dit is een automatisch gegenereerd bericht. Je kunt niet op deze e-mail reageren.",
        "Privacyverklaring: {privacy}"]},
    "workday": {"colour": "#005cb9", "footer": [
        "Please do not reply to this email. This mailbox is not monitored.",
        "Privacy Notice: {privacy}", "Powered by Workday"]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "This is an automatically generated message from SAP SuccessFactors. Please do not reply.",
        "Data Privacy Statement: {privacy}"]},
    "smartrecruiters": {"colour": "#3b6e8f", "footer": [
        "Powered by SmartRecruiters · Privacy Policy: {privacy}", "Unsubscribe: {unsub}"]},
    "teamtailor": {"colour": "#f43f85", "footer": [
        "Sent with Teamtailor · {company}", "Manage your data / Gestiona tus datos: {privacy}"]},
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Powered by Greenhouse · Privacy: {privacy}"]},
    "personio": {"colour": "#151515", "footer": [
        "Diese E-Mail wurde über Personio versendet. · Privacy: {privacy}"]},
    "workable": {"colour": "#00a3a1", "footer": [
        "Sent via Workable · Unsubscribe {unsub} · Privacy {privacy}"]},
    "agency": {"colour": "#d5002b", "footer": [
        "{company} · Aviso legal y privacidad: {privacy}", "Darse de baja: {unsub}"]},
    "generic": {"colour": "#444444", "footer": ["{company} · Privacy: {privacy} · Unsubscribe: {unsub}"]},
    "bank": {"colour": "#8a1538", "footer": ["{company} · Mensagem automática, não responda. · {privacy}"]},
}
