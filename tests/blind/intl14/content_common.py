"""Owner, ATS/job-board vendor chrome (colours, localised footers) shared by content_*.py."""

OWNER = "Sam Taylor <sam.taylor@example.org>"

# Footer lines may use {company}, {unsub}, {privacy}, {prefs}; [[text]] becomes a tracked link.
VENDORS = {
    "workday": {"colour": "#0875e1", "badge": "", "footer": {
        "es": ["Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo electrónico.",
               "Para consultar el estado de tus candidaturas, accede a tu [[cuenta de candidato]].",
               "© 2026 {company}. Todos los derechos reservados. [[Aviso de privacidad]]"],
        "nl": ["Dit is een automatisch gegenereerd bericht. Je kunt niet op deze e-mail reageren.",
               "Bekijk de status van je sollicitaties in je [[kandidaataccount]].",
               "© 2026 {company} | [[Privacyverklaring]] | [[Cookiebeleid]]"],
        "it": ["Questa è una comunicazione generata automaticamente, si prega di non rispondere.",
               "Puoi verificare lo stato delle tue candidature accedendo al tuo [[Profilo candidato]].",
               "© 2026 {company} - [[Informativa privacy candidati]]"],
        "pt": ["Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
               "© 2026 {company}. [[Política de Privacidade]]"]}},
    "greenhouse": {"colour": "#24a47f", "badge": "Powered by greenhouse", "footer": {
        "en": ["This email was sent by {company} via Greenhouse. [[Privacy Policy]]"],
        "es": ["Este correo fue enviado por {company} a través de Greenhouse. [[Aviso de Privacidad]]"],
        "it": ["Questa email è stata inviata da {company} tramite Greenhouse. [[Privacy Policy]]"]}},
    "smartrecruiters": {"colour": "#0f6fcf", "badge": "Powered by SmartRecruiters", "footer": {
        "es": ["Este es un correo automático enviado por {company} a través de SmartRecruiters. No respondas a esta dirección.",
               "[[Política de privacidad]] · [[Gestionar mis datos]]"],
        "it": ["Questo messaggio è stato inviato da {company} tramite SmartRecruiters. Non rispondere a questa email.",
               "[[Informativa sulla privacy]] | [[Gestisci i tuoi dati]]"],
        "en": ["This message was sent by {company} via SmartRecruiters. Please do not reply.",
               "[[Privacy Policy]] | [[Manage your data]]"]}},
    "infojobs": {"colour": "#167db7", "badge": "", "footer": {
        "es": ["Has recibido este email porque estás registrado en InfoJobs. Si no quieres recibir más comunicaciones de este tipo, puedes [[darte de baja]].",
               "Consulta nuestra [[Política de privacidad]]. InfoJobs · Adevinta Spain S.L.U. · Travessera de Gràcia 47-49, 08021 Barcelona",
               "Por favor, no respondas a este email: ha sido enviado desde una dirección que no acepta respuestas."]}},
    "factorial": {"colour": "#ff355e", "badge": "Powered by Factorial", "footer": {
        "es": ["Este email ha sido enviado por {company} a través de Factorial. No respondas a este mensaje.",
               "Responsable del tratamiento: {company}. Finalidad: gestión de procesos de selección. Puedes ejercer tus derechos de acceso, rectificación, supresión y portabilidad escribiendo a la dirección indicada en la [[política de privacidad]]."]}},
    "idealista": {"colour": "#c2d500", "badge": "", "footer": {
        "es": ["idealista · Plaza de las Cortes 2, 28014 Madrid",
               "Te enviamos este email porque contactaste con un anunciante en idealista. [[Cambiar preferencias de notificación]] · [[Privacidad]]"]}},
    "recruitee": {"colour": "#1999e3", "badge": "Powered by Recruitee", "footer": {
        "nl": ["Deze e-mail is verzonden door {company} via Recruitee.",
               "[[Beheer je gegevens]] · [[Privacybeleid]]"],
        "en": ["This email was sent by {company} via Recruitee. [[Manage your data]]"]}},
    "homerun": {"colour": "#111111", "badge": "Sent with Homerun", "footer": {
        "nl": ["Je ontvangt deze e-mail omdat je hebt gesolliciteerd bij {company}. [[Privacy]]"]}},
    "successfactors": {"colour": "#0a6ed1", "badge": "", "footer": {
        "nl": ["Dit is een automatisch bericht; antwoorden op dit adres worden niet gelezen.",
               "Ce message est généré automatiquement ; merci de ne pas y répondre.",
               "[[Privacyverklaring / Déclaration de confidentialité]]"],
        "pt": ["Esta mensagem foi gerada automaticamente. Por favor não responda a este endereço.",
               "Os seus dados pessoais são tratados nos termos do RGPD. Consulte a nossa [[Política de Privacidade]]."]}},
    "teamtailor": {"colour": "#f4436f", "badge": "Powered by Teamtailor", "footer": {
        "pt": ["Enviado por {company} via Teamtailor · [[Os meus dados]] · [[Política de privacidade]]"],
        "it": ["Inviato da {company} tramite Teamtailor · [[I miei dati]] · [[Informativa privacy]] · [[Annulla iscrizione]]"],
        "nl": ["Verzonden door {company} via Teamtailor · [[Mijn gegevens]] · [[Privacybeleid]]"]}},
    "workable": {"colour": "#00756a", "badge": "Powered by Workable", "footer": {
        "nl": ["Verzonden via Workable namens {company}. [[Privacybeleid]] · [[Mijn sollicitatiegegevens]]"],
        "it": ["Inviato tramite Workable per conto di {company}. [[Informativa privacy]]"]}},
    "indeed": {"colour": "#2164f3", "badge": "", "footer": {
        "nl": ["Je ontvangt deze e-mail omdat je een vacaturemelding hebt ingesteld op Indeed.",
               "[[Afmelden]] · [[Meldingen beheren]] · [[Privacybeleid]]",
               "© 2026 Indeed · Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublin 2, Ierland"]}},
    "inrecruiting": {"colour": "#004b87", "badge": "", "footer": {
        "it": ["Questa e-mail è stata generata automaticamente dal sistema di selezione. Si prega di non rispondere.",
               "Informativa ai sensi degli artt. 13-14 del Regolamento (UE) 2016/679: i dati personali da Lei forniti saranno trattati esclusivamente per finalità di ricerca e selezione del personale. Titolare del trattamento è {company}. L'informativa completa è disponibile [[qui]].",
               "Powered by inRecruiting - Zucchetti"]}},
    "linkedin": {"colour": "#0a66c2", "badge": "", "footer": {
        "it": ["Questa email è destinata a Sam Taylor (Head of Insights presso Calder Street Media).",
               "[[Scopri perché abbiamo incluso questo link.]]",
               "Ricevi le email Notifiche relative alle candidature. [[Annulla iscrizione]]   ·   [[Guida]]",
               "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn è un nome commerciale registrato di LinkedIn Ireland Unlimited Company. LinkedIn e il logo di LinkedIn sono marchi registrati di LinkedIn."]}},
    "microsoft": {"colour": "#0078d4", "badge": "", "footer": {"it": []}},
    "easychair": {"colour": "#444444", "badge": "", "footer": {"it": []}},
    "gupy": {"colour": "#2b59c3", "badge": "Tecnologia Gupy", "footer": {
        "pt": ["Este é um e-mail automático enviado pela plataforma Gupy em nome de {company}. Por favor, não responda.",
               "Seus dados são tratados de acordo com a Lei Geral de Proteção de Dados (LGPD). Acesse a [[Política de Privacidade]] ou [[gerencie seus dados]].",
               "Gupy · Av. Paulista, 1000 (endereço fictício) · São Paulo - SP"]}},
    "vagas": {"colour": "#0e5ea8", "badge": "", "footer": {
        "pt": ["Você está recebendo este e-mail porque se candidatou a uma vaga pelo VAGAS.com.br.",
               "[[Descadastrar]] · [[Central de ajuda]] · [[Política de privacidade]]",
               "Não responda a este e-mail, ele é enviado automaticamente."]}},
    "plain": {"colour": "#333333", "badge": "", "footer": {"pt": [], "es": [], "it": [], "nl": []}},
    "substack": {"colour": "#ff6719", "badge": "", "footer": {
        "pt": ["© 2026 Carreira sem Filtro · [[Cancelar inscrição]]", "Escrito com Substack. [[Comece a sua newsletter]]"]}},
}
