"""Owner and ATS / job-board chrome (footers, colours) for the intl19 blind set."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

BULK = {"Precedence": "bulk", "List-Unsubscribe": "<{unsub}>", "Auto-Submitted": "auto-generated"}

VENDORS = {
    "workday": {"colour": "#0875e1", "footer": [
        "Este correo electrónico se ha generado automáticamente. Por favor, no respondas a este mensaje.",
        "Powered by Workday | Política de privacidad: {privacy}"]},
    "workday_pt": {"colour": "#0875e1", "footer": [
        "Esta é uma mensagem automática; por favor não responda.",
        "Powered by Workday | Aviso de privacidade: {privacy}"]},
    "successfactors_it": {"colour": "#354a5f", "footer": [
        "Questa è un'e-mail generata automaticamente, la preghiamo di non rispondere.",
        "Informativa privacy ai sensi degli artt. 13-14 del Regolamento (UE) 2016/679: {privacy}",
        "© {company} S.p.A. – P.IVA 01234560157"]},
    "successfactors_be": {"colour": "#354a5f", "footer": [
        "Dit is een automatisch gegenereerd bericht. Gelieve niet te antwoorden.",
        "Ce message est généré automatiquement. Merci de ne pas y répondre.",
        "Privacyverklaring / Déclaration de confidentialité : {privacy}"]},
    "teamtailor": {"colour": "#f43f85", "footer": [
        "Enviado con Teamtailor · Darse de baja: {unsub}",
        "{company} trata tus datos personales conforme a su política de privacidad: {privacy}"]},
    "teamtailor_nl": {"colour": "#f43f85", "footer": [
        "Verstuurd via Teamtailor · Afmelden: {unsub}",
        "Lees hoe {company} met je gegevens omgaat: {privacy}"]},
    "recruitee": {"colour": "#1c64f2", "footer": [
        "Deze e-mail is verstuurd via Recruitee namens {company}.",
        "Wil je dat we je gegevens verwijderen? Dat kan via {privacy}"]},
    "personio_it": {"colour": "#1d1d1b", "footer": [
        "Questa e-mail è stata inviata tramite Personio per conto di {company}.",
        "Diese E-Mail wurde über Personio versendet. Datenschutz / Privacy: {privacy}"]},
    "personio_es": {"colour": "#1d1d1b", "footer": [
        "Notificación automática de Personio. Puedes gestionar tus notificaciones en {unsub}",
        "Personio SE & Co. KG · Seidlstraße 3 · 80335 München"]},
    "homerun": {"colour": "#111111", "footer": [
        "Sent with Homerun · {company}",
        "Je ontvangt deze e-mail omdat je hebt gesolliciteerd bij {company}. Privacy: {privacy}"]},
    "infojobs": {"colour": "#167db7", "footer": [
        "Recibes este email porque tienes una cuenta en InfoJobs. Para dejar de recibir notificaciones de estado, entra en Configuración: {unsub}",
        "InfoJobs · Adevinta Spain S.L.U. · C/ Tánger 86, 08018 Barcelona · Aviso legal y privacidad: {privacy}"]},
    "infojobs_it": {"colour": "#167db7", "footer": [
        "Hai ricevuto questa email perché sei iscritto a InfoJobs.it. Gestisci le notifiche: {unsub}",
        "InfoJobs Italia · Privacy: {privacy}"]},
    "computrabajo": {"colour": "#0c67d8", "footer": [
        "Este es un mensaje automático de Computrabajo, no respondas a este correo.",
        "Si no quieres recibir más notificaciones haz clic aquí: {unsub} · Aviso de privacidad: {privacy}"]},
    "bumeran": {"colour": "#e6007e", "footer": [
        "Bumeran.com.ar · No respondas a este mensaje, fue enviado desde una casilla no monitoreada.",
        "Desuscribirme de estos avisos: {unsub} · Políticas de privacidad: {privacy}"]},
    "gupy": {"colour": "#2b53ff", "footer": [
        "Esta mensagem foi enviada pela Gupy em nome de {company}. Por favor, não responda este e-mail.",
        "Dúvidas? Acesse a Central de Ajuda do candidato: {privacy} · Descadastrar: {unsub}"]},
    "solides": {"colour": "#1ab394", "footer": [
        "Enviado por Sólides Vagas em nome de {company}.",
        "Não responda a este e-mail. Política de privacidade (LGPD): {privacy}"]},
    "vagas": {"colour": "#0072bc", "footer": [
        "VAGAS.com.br – Este e-mail foi enviado automaticamente, não é necessário respondê-lo.",
        "Para não receber mais e-mails como este, clique aqui: {unsub}"]},
    "netempregos": {"colour": "#e30613", "footer": [
        "Recebeu este email porque subscreveu os alertas de emprego do Net-Empregos.",
        "Cancelar subscrição: {unsub} · Política de privacidade: {privacy}"]},
    "linkedin_pt": {"colour": "#0a66c2", "footer": [
        "Este e-mail foi enviado para Sam Taylor (Product Marketing Lead). Saiba por que incluímos isso: {privacy}",
        "Você está recebendo e-mails de atualização de candidaturas. Cancelar inscrição: {unsub}",
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."]},
    "linkedin_nl": {"colour": "#0a66c2", "footer": [
        "Deze e-mail is bedoeld voor Sam Taylor (Product Marketing Lead). Meer informatie: {privacy}",
        "Je ontvangt meldingen over vacatures. Afmelden: {unsub}",
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."]},
    "gov_nl": {"colour": "#154273", "footer": [
        "Dit bericht is automatisch verzonden via het e-recruitmentsysteem van de gemeente. U kunt niet op dit bericht reageren.",
        "Privacyverklaring: {privacy}"]},
    "gov_it": {"colour": "#0066cc", "footer": [
        "Messaggio generato automaticamente dalla piattaforma di reclutamento dell'Ente. Non rispondere a questo indirizzo.",
        "Informativa sul trattamento dei dati personali (art. 13 GDPR): {privacy}"]},
    "generic_es": {"colour": "#c00000", "footer": [
        "Este mensaje es informativo. No respondas a este correo.",
        "Aviso de privacidad: {privacy}"]},
    "generic_it": {"colour": "#444444", "footer": [
        "Messaggio automatico, si prega di non rispondere.",
        "Privacy: {privacy}"]},
    "generic_pt": {"colour": "#df2027", "footer": [
        "Mensagem automática, por favor não responda.",
        "Política de privacidade: {privacy}"]},
    "generic_nl": {"colour": "#333333", "footer": [
        "Je ontvangt deze e-mail omdat je een voorstel hebt ingediend. Afmelden: {unsub}",
        "Privacy: {privacy}"]},
}


def rej(reply_to="", first="", company="", role=""):
    return (reply_to, first, company, role)
