"""Owner, ATS vendor chrome, per-language legal footers and row helpers for the intl6 blind set."""

OWNER = "Sam Taylor <sam.taylor@example.org>"
SAM = OWNER

VENDORS = {
    "greenhouse": {"name": "Greenhouse", "colour": "#24a47f", "footer": ["Powered by Greenhouse | greenhouse.io"]},
    "lever": {"name": "Lever", "colour": "#0b2d4f", "footer": ["Sent with Lever · lever.co"]},
    "workday": {"name": "Workday", "colour": "#005cb9", "footer": ["Workday, Inc. · This email was sent from an unmonitored mailbox."]},
    "smartrecruiters": {"name": "SmartRecruiters", "colour": "#0074c2", "footer": ["Powered by SmartRecruiters · Privacy: {privacy}"]},
    "personio": {"name": "Personio", "colour": "#1a1a1a", "footer": ["Versendet über Personio · personio.de"]},
    "teamtailor": {"name": "Teamtailor", "colour": "#f4486c", "footer": ["Powered by Teamtailor"]},
    "recruitee": {"name": "Recruitee", "colour": "#1999e3", "footer": ["Sent via Recruitee · Tellent B.V."]},
    "workable": {"name": "Workable", "colour": "#00756a", "footer": ["Powered by Workable"]},
    "icims": {"name": "iCIMS", "colour": "#4b2e83", "footer": ["iCIMS Talent Cloud · {privacy}"]},
    "successfactors": {"name": "SAP SuccessFactors", "colour": "#0a6ed1", "footer": ["SAP SuccessFactors Recruiting"]},
    "softgarden": {"name": "softgarden", "colour": "#71b343", "footer": ["softgarden e-recruiting GmbH · Tauentzienstraße 14 · 10789 Berlin"]},
    "bamboohr": {"name": "BambooHR", "colour": "#73c41d", "footer": ["Sent with BambooHR"]},
    "join": {"name": "JOIN", "colour": "#ff4d6d", "footer": ["JOIN Solutions AG · join.com · Zürich"]},
    "stepstone": {"name": "StepStone", "colour": "#0c2577", "footer": ["StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf", "Newsletter abbestellen: {unsub}"]},
    "indeed": {"name": "Indeed", "colour": "#2557a7", "footer": ["© 2026 Indeed · Indeed Ireland Operations Ltd., 124 St Stephen's Green, Dublin 2", "Unsubscribe / Se désabonner / Darse de baja: {unsub}"]},
    "linkedin": {"name": "LinkedIn", "colour": "#0a66c2", "footer": ["© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.", "LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn."]},
    "infojobs": {"name": "InfoJobs", "colour": "#167db7", "footer": ["InfoJobs · Adevinta Spain S.L.U. · Avda. de Burgos 12, 28036 Madrid", "Darse de baja: {unsub}"]},
    "gupy": {"name": "Gupy", "colour": "#2d3fe3", "footer": ["Gupy · gupy.io · São Paulo - SP"]},
    "catho": {"name": "Catho", "colour": "#ea1b8c", "footer": ["Catho Online Ltda. · Barueri - SP", "Descadastrar: {unsub}"]},
    "werkzoeken": {"name": "Werkzoeken.nl", "colour": "#ff7f00", "footer": ["Werkzoeken.nl · Afmelden: {unsub}"]},
    "welcome": {"name": "Welcome to the Jungle", "colour": "#ffcd00", "footer": ["Welcome to the Jungle · 20 rue des Jeûneurs, 75002 Paris"]},
    "talentsoft": {"name": "Cegid Talentsoft", "colour": "#7a1fa2", "footer": ["Solution de recrutement Cegid Talentsoft"]},
    "taleo": {"name": "Oracle Taleo", "colour": "#c74634", "footer": ["Oracle Taleo Enterprise"]},
    "inhouse": {"name": "in-house", "colour": "#444444", "footer": []},
}

LEGAL = {
    "de": {"footer": [
        "Bitte antworten Sie nicht auf diese E-Mail – sie wurde automatisch erstellt und das Postfach wird nicht überwacht.",
        "Informationen zur Verarbeitung Ihrer personenbezogenen Daten gemäß Art. 13 DSGVO finden Sie in unserer Datenschutzerklärung: {privacy}",
        "{company} · Impressum · Datenschutz · E-Mail-Benachrichtigungen abbestellen: {unsub}"]},
    "fr": {"footer": [
        "Merci de ne pas répondre à ce message, il a été envoyé automatiquement.",
        "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données : {privacy}",
        "{company} · Mentions légales · Se désabonner : {unsub}"]},
    "es": {"footer": [
        "Por favor, no respondas a este correo electrónico: se ha enviado desde una dirección que no admite respuestas.",
        "Protección de datos: tratamos tus datos conforme al RGPD y la LOPDGDD. Más información: {privacy}",
        "{company} · Aviso legal · Darse de baja: {unsub}"]},
    "nl": {"footer": [
        "Dit is een automatisch verzonden bericht; antwoorden op deze e-mail is niet mogelijk.",
        "Wij verwerken je persoonsgegevens volgens de AVG. Lees onze privacyverklaring: {privacy}",
        "{company} · Uitschrijven: {unsub}"]},
    "it": {"footer": [
        "Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo.",
        "Informativa privacy ai sensi degli artt. 13-14 del Regolamento UE 2016/679 (GDPR): {privacy}",
        "{company} · Annulla l'iscrizione: {unsub}"]},
    "pt": {"footer": [
        "Este é um e-mail automático, por favor não responda.",
        "Os seus dados pessoais são tratados nos termos do RGPD / LGPD (Lei 13.709/2018). Política de privacidade: {privacy}",
        "{company} · Cancelar inscrição: {unsub}"]},
}

AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
LIST = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"}


def R(slug, style, cat, variant, frm, subject, text, exp, **kw):
    """A rejection row; exp = (reply_to, contact_first_name, company, role)."""
    return dict(slug=slug, label="rejection", style=style, cat=cat, variant=variant, frm=frm,
                subject=subject, text=text, exp=exp, **kw)


def O(slug, style, cat, variant, frm, subject, text, **kw):
    """An `other` row."""
    return dict(slug=slug, label="other", style=style, cat=cat, variant=variant, frm=frm,
                subject=subject, text=text, **kw)

# Days pinned where the text or a quoted message fixes the date (otherwise the day comes from the slug's hash).
DAYS = {
    "kontorwerk-intern-besetzt": "2026-10-20", "feldmark-antwort-danke": "2026-11-10",
    "bergkamm-antwort-frage-zweite-runde": "2026-11-04", "seewald-on-hold-noch-offen": "2026-11-20",
    "ostwind-workday-onlinetest": "2026-10-16", "alpenwerk-successfactors-status": "2026-09-29",
    "pixelmoulin-on-part-sur-quelquun": "2026-10-28", "ondine-reponse-relance": "2026-11-13",
    "amie-transfere-refus": "2026-11-05", "cevennes-workable-promesse": "2026-11-12",
    "fluvia-etape-suivante": "2026-11-17", "collegue-refus-reunion": "2026-11-17",
    "mate-elegimos-otra-persona": "2026-11-09", "altamar-respuesta-final": "2026-11-18",
    "sam-pregunta-otro-candidato": "2026-11-17", "alborada-entrevista-video": "2026-11-19",
    "cumbria-proceso-pausa-sigues": "2026-11-30", "stroomlijn-iemand-anders-aangenomen": "2026-11-12",
    "rivierland-reactie-op-bedankje": "2026-11-16", "mosselbank-aanbod": "2026-11-25",
    "bottega-altra-persona": "2026-11-09", "lanterna-risposta-stiamo-valutando": "2026-11-23",
    "vigneto-proposta-assunzione": "2026-11-20", "sardegna-colloquio-conoscitivo": "2026-11-18",
    "carta-pagamento-rifiutato": "2026-11-18", "etna-test-attitudinale": "2026-11-10",
    "oliveto-hr-dopo-colloquio": "2026-10-21", "jabuti-fechamos-com-outra-pessoa": "2026-11-20",
    "imagina-nao-precisa-desculpar": "2026-11-24", "sam-agradece-retorno": "2026-11-13",
    "mandacaru-gupy-nao-seguira": "2026-11-12", "pitanga-gupy-testes": "2026-11-19",
    "araca-docusign-carta-proposta": "2026-11-23", "remarcar-entrevista-vaga-aberta": "2026-11-26",
}

# Format variations applied on top of the message data: HTML-only bodies, base64, a legacy charset.
FORMAT = {
    "alpenwerk-successfactors-status": {"html_only": True, "cte": "base64"},
    "boreale-workday-poste-comble": {"html_only": True},
    "scheldeport-workday-andere-kandidaten": {"html_only": True},
    "ponente-successfactors-non-in-linea": {"html_only": True},
    "jacaranda-workday-aderente": {"html_only": True, "cte": "base64"},
    "cierzo-workday-cubierta": {"cte": "base64"},
    "torino-valutazione-in-corso": {"html_only": True},
    "fietsfabriek-portaal-status": {"html_only": True, "cte": "base64"},
    "terse-posizione-coperta": {"charset": "windows-1252", "cte": "8bit"},
    "gemeente-selectiecommissie": {"charset": "iso-8859-15", "cte": "quoted-printable"},
}
