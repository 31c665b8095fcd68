"""Owner, ATS vendor chrome and small helpers shared by the content files."""
OWNER = "Sam Taylor <sam.taylor@example.org>"
OWNER_ADDR = "sam.taylor@example.org"

BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "X-Auto-Response-Suppress": "All",
        "List-Unsubscribe": "<{unsub}>"}
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

VENDORS = {
    "greenhouse": {"colour": "#24a47f", "headers": AUTO, "footer": [
        "Please do not reply to this email. Replies to this address are not monitored.",
        "Powered by Greenhouse | Privacy Policy: {privacy}"]},
    "lever": {"colour": "#5c6ac4", "headers": AUTO, "footer": [
        "Sent by {company} via Lever. Manage your data: {privacy}"]},
    "workday": {"colour": "#0875e1", "headers": AUTO, "footer": [
        "This is an automated message sent via Workday. Please do not reply to this email.",
        "Candidate Home: {privacy}"]},
    "smartrecruiters": {"colour": "#ff6b00", "headers": AUTO, "footer": [
        "This message was sent via SmartRecruiters on behalf of {company}.",
        "Privacy: {privacy} | Unsubscribe: {unsub}"]},
    "personio": {"colour": "#111111", "headers": AUTO, "footer": [
        "Diese E-Mail wurde automatisch über Personio versendet. / Sent automatically via Personio.",
        "Datenschutz / Privacy: {privacy}"]},
    "teamtailor": {"colour": "#f43f85", "headers": BULK, "footer": [
        "{company} · Powered by Teamtailor",
        "Connect & privacy settings: {privacy} · Unsubscribe: {unsub}"]},
    "recruitee": {"colour": "#1999e3", "headers": AUTO, "footer": [
        "Verzonden via Recruitee namens {company}. Privacyverklaring: {privacy}"]},
    "workable": {"colour": "#00756a", "headers": AUTO, "footer": [
        "Sent with Workable. You are receiving this email because you applied for a job at {company}.",
        "Privacy: {privacy}"]},
    "icims": {"colour": "#3b3b98", "headers": AUTO, "footer": [
        "This email was sent from an unmonitored mailbox. iCIMS Talent Platform. Privacy: {privacy}"]},
    "successfactors": {"colour": "#0a6ed1", "headers": AUTO, "footer": [
        "Messaggio generato automaticamente da SAP SuccessFactors. Si prega di non rispondere.",
        "Informativa privacy: {privacy}"]},
    "softgarden": {"colour": "#76b82a", "headers": AUTO, "footer": [
        "Diese Nachricht wurde über softgarden versendet. Datenschutz: {privacy}"]},
    "bamboohr": {"colour": "#73c41d", "headers": AUTO, "footer": [
        "Sent via BambooHR on behalf of {company}. {privacy}"]},
    "join": {"colour": "#0b1f3a", "headers": BULK, "footer": [
        "Diese E-Mail wurde über JOIN versendet. JOIN Solutions AG, Zürich. Abmelden: {unsub}"]},
    "linkedin": {"colour": "#0a66c2", "headers": BULK, "footer": [
        "Você está recebendo este e-mail porque se candidatou a uma vaga pelo LinkedIn.",
        "Cancelar inscrição: {unsub} · LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085."]},
    "indeed": {"colour": "#2557a7", "headers": BULK, "footer": [
        "Indeed Apply · Este mensaje fue enviado por Indeed en nombre del empleador.",
        "Darse de baja: {unsub} · Indeed Ireland Operations Ltd., Dublin 4."]},
    "infojobs": {"colour": "#167db7", "headers": BULK, "footer": [
        "Este es un mensaje automático de InfoJobs. No respondas a este correo.",
        "Gestiona tus notificaciones: {unsub} · Política de privacidad: {privacy}"]},
    "computrabajo": {"colour": "#1c4fa1", "headers": BULK, "footer": [
        "Computrabajo México · Este correo se envió automáticamente, por favor no respondas.",
        "Dejar de recibir avisos: {unsub}"]},
    "gupy": {"colour": "#2b59ff", "headers": AUTO, "footer": [
        "Mensagem enviada pela Gupy em nome de {company}. Não responda este e-mail.",
        "Termos e privacidade: {privacy}"]},
    "inhouse": {"colour": "#8a1538", "headers": AUTO, "footer": [
        "{company} · Informativa privacy / Privacy notice: {privacy}"]},
    "werkzoeken": {"colour": "#ff7a00", "headers": BULK, "footer": [
        "Je ontvangt deze e-mail omdat je via Werkzoeken.example hebt gesolliciteerd. Afmelden: {unsub}"]},
    "hr_internal": {"colour": "#444444", "headers": AUTO, "footer": [
        "Calder Street Media · People Ops · automated notification from HiBob. Do not reply."]},
}
