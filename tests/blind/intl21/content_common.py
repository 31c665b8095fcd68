"""Owner and ATS / job-board vendor chrome (footers per language, colours)."""
OWNER = "Sam Taylor <sam.taylor@example.org>"

VENDORS = {
    "workday": {"colour": "#0875e1", "footer": {
        "es": ["Este es un mensaje generado automáticamente. Por favor, no respondas a este correo.",
               "Aviso de privacidad: tus datos personales se tratan conforme a nuestra [[Política de privacidad]].",
               "Powered by Workday"],
        "it": ["Questa è una comunicazione automatica, si prega di non rispondere.",
               "Informativa privacy ai sensi del Regolamento (UE) 2016/679: [[Informativa candidati]]",
               "Powered by Workday"]}},
    "successfactors": {"colour": "#0a6ed1", "footer": {
        "it": ["Messaggio generato automaticamente dal sistema di selezione. Non rispondere a questo indirizzo.",
               "I dati personali sono trattati ai sensi del Regolamento UE 2016/679 (GDPR). [[Privacy]]",
               "SAP SuccessFactors Recruiting"]}},
    "teamtailor": {"colour": "#f64c72", "footer": {
        "any": ["{brand} · Powered by Teamtailor", "[[Gestionar mis datos]] · [[Política de privacidad]]"],
        "nl": ["{brand} · Powered by Teamtailor", "[[Mijn gegevens beheren]] · [[Privacyverklaring]]"],
        "pt": ["{brand} · Powered by Teamtailor", "[[Gerir os meus dados]] · [[Política de privacidade]]"]}},
    "recruitee": {"colour": "#1999e3", "footer": {
        "nl": ["Verzonden via Recruitee namens {brand}.", "[[Bekijk je gegevens]] | [[Privacybeleid]]"]}},
    "homerun": {"colour": "#111111", "footer": {
        "nl": ["Sent with Homerun — hiring, made human.", "[[Verwijder mijn gegevens]]"]}},
    "personio": {"colour": "#1a1a1a", "footer": {
        "it": ["{brand} · Candidature gestite con Personio",
               "Informativa privacy: [[privacy candidati]] · Questa email è stata inviata automaticamente."]}},
    "infojobs": {"colour": "#167db7", "footer": {
        "es": ["Has recibido este email porque estás inscrito/a en una oferta de InfoJobs.",
               "Para gestionar tus notificaciones entra en [[Configuración]]. [[Darse de baja]]",
               "InfoJobs - Adevinta Spain, S.L.U. Avda. Diagonal, 08018 Barcelona (dirección ficticia de ejemplo)"],
        "it": ["Ricevi questa email perché sei iscritto/a a InfoJobs.it.",
               "[[Gestisci le notifiche]] · [[Cancella iscrizione]] · [[Privacy]]"]}},
    "computrabajo": {"colour": "#0057b8", "footer": {
        "es": ["Computrabajo Colombia · Este correo se envía automáticamente, no lo respondas.",
               "Si no deseas recibir más correos, [[date de baja aquí]].", "Términos y condiciones · Política de privacidad"]}},
    "bumeran": {"colour": "#e90066", "footer": {
        "es": ["Recibiste este mail porque tenés una cuenta en Bumeran Argentina.",
               "[[Configurar notificaciones]] · [[Desuscribirme]]", "Jobint S.A. — dirección de ejemplo, CABA"]}},
    "gupy": {"colour": "#3a50d9", "footer": {
        "pt": ["Este e-mail foi enviado por Gupy em nome de {brand}. Por favor, não responda.",
               "[[Central de ajuda]] · [[Política de privacidade]] · [[Descadastrar]]"]}},
    "solides": {"colour": "#00b37e", "footer": {
        "pt": ["Enviado pela plataforma Sólides Vagas em nome de {brand}.",
               "Mensagem automática — não responda este e-mail. [[Termos de uso]] · [[Privacidade (LGPD)]]"]}},
    "vagas": {"colour": "#005fa9", "footer": {
        "pt": ["VAGAS.com.br — você recebeu esta mensagem por estar cadastrado(a).",
               "[[Cancelar recebimento]] · [[Política de privacidade]]"]}},
    "netempregos": {"colour": "#d3202a", "footer": {
        "pt": ["Recebeu este email por ter criado um alerta no Net-Empregos.",
               "[[Gerir alertas]] · [[Remover subscrição]]"]}},
    "linkedin": {"colour": "#0a66c2", "footer": {
        "nl": ["Deze e-mail was bedoeld voor Sam Taylor (Head of Insights bij Calder Street Media).",
               "[[Afmelden]] · [[Help]] · © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."],
        "it": ["Questa email è destinata a Sam Taylor (Head of Insights presso Calder Street Media).",
               "[[Annulla iscrizione]] · [[Guida]] · © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."]}},
    "plain": {"colour": "#555555", "footer": {"any": []}},
}
