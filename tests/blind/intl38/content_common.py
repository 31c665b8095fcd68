"""Owner, ATS / job-board chrome (colours, localized footers) shared by the content files."""

OWNER = "Sam Taylor <sam.taylor@example.org>"
OWNER_ADDR = "sam.taylor@example.org"

# UTC offsets (minutes) per country tag, so Date headers look like the sender's clock.
TZ_MINUTES = {"ES": 60, "MX": -360, "PE": -300, "CL": -180, "IT": 60, "SM": 60, "NL": 60, "BE": 60,
              "SR": -180, "PT": 0, "BR": -180, "MZ": 120}

_GDPR = {
    "es": "Responsable del tratamiento: {company}. Tus datos se tratan para gestionar procesos de selección conforme al RGPD (UE) 2016/679. Puedes ejercer tus derechos de acceso, rectificación y supresión en {privacy}.",
    "it": "Titolare del trattamento: {company}. I dati sono trattati ai sensi del Regolamento (UE) 2016/679 (GDPR) per finalità di selezione. Informativa completa: {privacy}",
    "nl": "{company} verwerkt je persoonsgegevens conform de AVG. Lees onze privacyverklaring: {privacy}",
    "pt": "Os seus dados pessoais são tratados por {company} nos termos do RGPD / LGPD. Política de privacidade: {privacy}",
    "en": "{company} processes your personal data in accordance with applicable data protection law. Privacy notice: {privacy}",
}

_NOREPLY = {
    "es": "Este es un mensaje automático, por favor no respondas a este correo.",
    "it": "Questa è una comunicazione automatica: si prega di non rispondere a questo indirizzo.",
    "nl": "Dit is een automatisch gegenereerd bericht. Je kunt niet reageren op deze e-mail.",
    "pt": "Esta é uma mensagem automática. Por favor, não responda a este e-mail.",
    "en": "This is an automated message. Please do not reply to this email.",
}


def _vendor(colour, powered, extra=None, lang_footer=True):
    def footer(lang):
        out = [_NOREPLY.get(lang, _NOREPLY["en"]), _GDPR.get(lang, _GDPR["en"])]
        if extra:
            out += extra
        out.append(powered)
        return out
    return {"colour": colour, "footer": footer}


VENDORS = {
    "greenhouse": _vendor("#24a47f", "Powered by Greenhouse | Unsubscribe: {unsub}"),
    "lever": _vendor("#3a3a3a", "Sent via Lever · lever.co"),
    "workday": _vendor("#005cb9", "Workday, Inc. | This email was sent from an unmonitored mailbox."),
    "smartrecruiters": _vendor("#0a66c2", "Powered by SmartRecruiters – Hiring Success | Preferences: {unsub}"),
    "personio": _vendor("#1d1d1b", "Gesendet mit Personio · Personio SE & Co. KG, München"),
    "teamtailor": _vendor("#f42c5e", "Powered by Teamtailor · Manage your data: {unsub}"),
    "recruitee": _vendor("#1999e3", "Verzonden met Recruitee by Tellent · {unsub}"),
    "workable": _vendor("#00756a", "Powered by Workable · workable.com"),
    "icims": _vendor("#003b5c", "iCIMS Talent Cloud | Gestisci le preferenze: {unsub}"),
    "successfactors": _vendor("#0070f2", "SAP SuccessFactors Recruiting | © SAP SE"),
    "gupy": _vendor("#2a3dd4", "Gupy · Tecnologia para RH | Descadastrar: {unsub}"),
    "infojobs": {"colour": "#167db7", "footer": lambda lang: [
        "Has recibido este email porque estás inscrito/a en una oferta publicada en InfoJobs.",
        "Gestiona tus notificaciones: {unsub} · Política de privacidad: {privacy}",
        "InfoJobs · Adevinta Spain, S.L.U. · Travessera de Gràcia 47-49, 08021 Barcelona"]},
    "infojobs_it": {"colour": "#167db7", "footer": lambda lang: [
        "Ricevi questa email perché ti sei candidato/a a un'offerta pubblicata su InfoJobs.it.",
        "Modifica le notifiche: {unsub} · Privacy: {privacy}",
        "InfoJobs Italia · Questo messaggio è stato inviato da un indirizzo non monitorato."]},
    "computrabajo": {"colour": "#0066cc", "footer": lambda lang: [
        "Recibes este correo porque postulaste a una oferta en Computrabajo México.",
        "Darte de baja de estas notificaciones: {unsub} · Aviso de privacidad: {privacy}",
        "© Computrabajo – Redarbor. No respondas a este correo."]},
    "bumeran": {"colour": "#e6007e", "footer": lambda lang: [
        "Bumeran Perú · Recibes este email porque tienes alertas activas.",
        "Si no quieres recibir más alertas, haz clic aquí: {unsub}",
        "Términos y condiciones · Política de privacidad: {privacy}"]},
    "subito": {"colour": "#f9423a", "footer": lambda lang: [
        "Hai ricevuto questo messaggio tramite la messaggistica di Subito. Per rispondere usa l'app o il sito.",
        "Non condividere mai dati bancari o documenti fuori da Subito. Impostazioni email: {unsub}",
        "Subito.it S.r.l. – P.IVA 05587040965"]},
    "nvb": {"colour": "#ff6600", "footer": lambda lang: [
        "Je ontvangt deze e-mail omdat je via Nationale Vacaturebank hebt gesolliciteerd.",
        "Afmelden voor sollicitatie-updates: {unsub} · Privacy: {privacy}",
        "Nationale Vacaturebank · DPG Media B.V."]},
    "werknl": {"colour": "#0b4f8a", "footer": lambda lang: [
        "Deze e-mail is verstuurd door werk.nl, de vacaturesite van UWV. U ontvangt deze mail omdat u een zoekopdracht heeft opgeslagen.",
        "Zoekopdracht wijzigen of stoppen: {unsub}",
        "UWV · Antwoorden op deze e-mail worden niet gelezen."]},
    "catho": {"colour": "#0f4fa8", "footer": lambda lang: [
        "Você recebeu este e-mail porque se candidatou a uma vaga pela Catho.",
        "Não quer mais receber? Descadastre-se: {unsub} · Política de privacidade: {privacy}",
        "Catho Online Ltda. · Este e-mail não recebe respostas."]},
    "vagas": {"colour": "#23395d", "footer": lambda lang: [
        "Vagas.com · Você está recebendo este e-mail porque ativou alertas de vagas.",
        "Cancelar alertas: {unsub} · Privacidade: {privacy}"]},
    "netempregos": {"colour": "#c0392b", "footer": lambda lang: [
        "Mensagem enviada através do Net-Empregos em nome da entidade empregadora.",
        "O Net-Empregos não é responsável pelo conteúdo das mensagens das empresas. Gerir alertas: {unsub}"]},
    "linkedin": {"colour": "#0a66c2", "footer": lambda lang: [
        {"it": "Ricevi questi avvisi offerta di lavoro perché li hai attivati.",
         "pt": "Recebe estes e-mails porque está inscrito nas notificações de candidatura.",
         "es": "Recibes estas notificaciones porque las activaste."}.get(lang, "You are receiving job notification emails."),
        "Unsubscribe: {unsub} · Help: https://www.linkedin.com/help",
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company."]},
    "bank": {"colour": "#2e7d32", "footer": lambda lang: [
        "Banco Ipê S.A. nunca solicita senhas ou códigos por e-mail.",
        "SAC 0800 000 0000 · Ouvidoria 0800 000 0001 · Descadastrar: {unsub}"]},
    "calder_hr": {"colour": "#6b2fbb", "footer": lambda lang: [
        "Calder Street Media – internal notification. Do not forward outside the organisation.",
        "Manage notification settings: {unsub}"]},
}
