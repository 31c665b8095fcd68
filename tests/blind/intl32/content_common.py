"""Owner, ATS vendor chrome (colour, footer lines) shared by the content_*.py files."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

# Footer lines the vendor adds under every message; {company}, {unsub} and {privacy} are filled in.
VENDORS = {
    "greenhouse": {"colour": "#24a47f", "footer": [
        "Powered by Greenhouse", "{company} · Privacy: {privacy}",
        "Please do not reply to this email. This mailbox is not monitored."]},
    "workday": {"colour": "#0875e1", "footer": [
        "This email was sent from an unmonitored mailbox. Please do not reply.",
        "Workday, Inc. | Candidate Home: {unsub}", "{company} Privacy Statement: {privacy}"]},
    "smartrecruiters": {"colour": "#fd6a00", "footer": [
        "Powered by SmartRecruiters · Privacy Policy {privacy}",
        "You are receiving this email because you applied for a job at {company}."]},
    "successfactors": {"colour": "#0a6ed1", "footer": [
        "SAP SuccessFactors Recruiting", "Messaggio generato automaticamente, si prega di non rispondere.",
        "Informativa privacy: {privacy}"]},
    "teamtailor": {"colour": "#f4436c", "footer": [
        "Sent with Teamtailor", "{company} · Manage your data / Gestisci i tuoi dati: {unsub}"]},
    "recruitee": {"colour": "#1999e3", "footer": [
        "Powered by Recruitee", "Je gegevens beheren of verwijderen: {unsub}",
        "Privacyverklaring {company}: {privacy}"]},
    "personio": {"colour": "#1c1c1c", "footer": [
        "Powered by Personio", "Aviso legal · Política de privacidad: {privacy}",
        "Este es un mensaje automático; por favor, no respondas a este correo."]},
    "workable": {"colour": "#00756a", "footer": [
        "Sent via Workable on behalf of {company}", "Unsubscribe: {unsub}"]},
    "gupy": {"colour": "#1b5fe0", "footer": [
        "Enviado por Gupy em nome de {company}",
        "Este é um e-mail automático, por favor não responda.",
        "Política de Privacidade: {privacy} · Descadastrar: {unsub}"]},
    "inrecruiting": {"colour": "#ef7d00", "footer": [
        "InRecruiting by Zucchetti", "Questa email è stata inviata automaticamente: non rispondere a questo indirizzo.",
        "Cancella la tua iscrizione: {unsub}"]},
    "bumeran": {"colour": "#e3006d", "footer": [
        "Bumeran Perú · Av. Javier Prado Este 476, San Isidro, Lima",
        "Recibes este correo porque tienes una cuenta en Bumeran. Darte de baja: {unsub}",
        "Términos y condiciones · Política de privacidad {privacy}"]},
    "portal": {"colour": "#003366", "footer": [
        "Mensagem gerada automaticamente. Não responda a este endereço.", "Portal do Candidato · {privacy}"]},
    "sede": {"colour": "#7a1e2b", "footer": [
        "Este mensaje se ha generado automáticamente desde la Sede Electrónica. No responda a esta dirección.",
        "Protección de datos: {privacy}"]},
    "werkenbij": {"colour": "#154273", "footer": [
        "Dit is een automatisch gegenereerd bericht. Je kunt niet op deze e-mail reageren.",
        "Privacy: {privacy}"]},
    "sessionize": {"colour": "#3b4c6b", "footer": [
        "Sent via Sessionize on behalf of {company}", "Unsubscribe from event emails: {unsub}"]},
    "bank": {"colour": "#ff7a00", "footer": [
        "Este é um e-mail automático. Não responda.",
        "Banco Sabiá S.A. · CNPJ 00.000.000/0001-00 · Ouvidoria 0800 000 0000",
        "Descadastrar: {unsub}"]},
    "linkedin": {"colour": "#0a66c2", "footer": [
        "You are receiving Job Alert emails. Unsubscribe: {unsub}",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
}
