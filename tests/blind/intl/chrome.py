"""ATS chrome as data: vendor accent colours and sign-offs, and per-language footer wordings.

The generator wraps an ATS message's own paragraphs in this chrome (logo bar, footer with a
do-not-reply line, privacy and unsubscribe links, legal line, "powered by"). Variants are picked
by hashing the file name, so two messages from one vendor need not share a footer.
"""

VENDORS = {
    "personio": ("#1c2b39", "Powered by Personio"),
    "successfactors": ("#0a6ed1", "SAP SuccessFactors Recruiting"),
    "workday": ("#005cb9", "Workday Recruiting"),
    "greenhouse": ("#24a47f", "Sent via Greenhouse"),
    "lever": ("#222222", "Sent with Lever"),
    "ashby": ("#4b3fd6", "Powered by Ashby"),
    "smartrecruiters": ("#2a7de1", "SmartRecruiters"),
    "recruitee": ("#1999e3", "Recruitee"),
    "wttj": ("#ffcd00", "Welcome to the Jungle"),
    "softgarden": ("#e9530e", "softgarden e-recruiting"),
    "teamtailor": ("#f53d6b", "Teamtailor"),
    "icims": ("#00338d", "iCIMS Talent Cloud"),
    "taleo": ("#c74634", "Oracle Taleo"),
    "gupy": ("#2c3e8c", "Gupy"),
    "inrecruiting": ("#008f5d", "inRecruiting"),
    "bank": ("#003a70", ""),
    "portal": ("#5a5a5a", ""),
    "newsletter": ("#222222", ""),
}

# Per language: do-not-reply lines, privacy lines, unsubscribe labels, privacy link labels.
FOOTERS = {
    "de": {
        "noreply": [
            "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail, "
            "das Postfach wird nicht gelesen.",
            "Bitte beachten Sie: Antworten an diese Absenderadresse können wir nicht bearbeiten.",
            "Dies ist eine systemgenerierte E-Mail – eine Antwort auf diese Adresse ist nicht möglich.",
        ],
        "privacy": [
            "Wie wir Ihre Bewerberdaten verarbeiten und wann wir sie löschen, lesen Sie in unseren "
            "Datenschutzhinweisen für Bewerbende (Art. 13 DSGVO).",
            "Ihre personenbezogenen Daten verarbeiten wir ausschließlich zum Zweck des Bewerbungsverfahrens "
            "gemäß Art. 6 Abs. 1 lit. b DSGVO. Details: Datenschutzerklärung.",
        ],
        "privacy_link": "Datenschutzerklärung",
        "unsubscribe": "E-Mail-Benachrichtigungen verwalten",
    },
    "fr": {
        "noreply": [
            "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
            "Merci de ne pas répondre directement à cet e-mail : cette adresse n'est pas consultée.",
            "Cet e-mail est généré par notre plateforme de recrutement ; les réponses ne sont pas traitées.",
        ],
        "privacy": [
            "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos "
            "données. Vos données sont conservées 24 mois au maximum.",
            "Pour en savoir plus sur le traitement de vos données personnelles, consultez notre politique "
            "de confidentialité.",
        ],
        "privacy_link": "Politique de confidentialité",
        "unsubscribe": "Se désabonner des notifications",
    },
    "es": {
        "noreply": [
            "Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.",
            "Por favor, no responda a este correo electrónico; la casilla no es monitoreada.",
        ],
        "privacy": [
            "Tratamos tus datos conforme al RGPD y a la LOPDGDD. Puedes ejercer tus derechos de acceso, "
            "rectificación y supresión en cualquier momento.",
            "Sus datos personales serán tratados conforme a nuestro Aviso de Privacidad para candidatos.",
        ],
        "privacy_link": "Política de privacidad",
        "unsubscribe": "Darse de baja",
    },
    "nl": {
        "noreply": [
            "Dit is een automatisch verstuurd bericht. Je kunt niet op deze e-mail reageren.",
            "Gelieve niet te antwoorden op deze e-mail; dit adres wordt niet gelezen.",
        ],
        "privacy": [
            "We verwerken je gegevens volgens de AVG en bewaren ze maximaal vier weken na afloop van de "
            "procedure, tenzij je toestemming geeft voor langer.",
            "Meer over hoe wij met uw persoonsgegevens omgaan leest u in onze privacyverklaring.",
        ],
        "privacy_link": "Privacyverklaring",
        "unsubscribe": "Afmelden voor e-mails",
    },
    "it": {
        "noreply": [
            "Questa e-mail è generata automaticamente: La preghiamo di non rispondere.",
            "Ti chiediamo di non rispondere a questo indirizzo, che non è presidiato.",
        ],
        "privacy": [
            "I dati personali sono trattati ai sensi degli artt. 13-14 del Regolamento UE 2016/679 (GDPR) "
            "esclusivamente per finalità di selezione del personale.",
            "Per maggiori informazioni sul trattamento dei dati consulta l'informativa privacy.",
        ],
        "privacy_link": "Informativa privacy",
        "unsubscribe": "Annulla iscrizione",
    },
    "pt": {
        "noreply": [
            "Esta é uma mensagem automática, por favor não responda a este e-mail.",
            "Não responda a este e-mail: esta caixa de correio não é monitorizada.",
        ],
        "privacy": [
            "Seus dados são tratados de acordo com a Lei Geral de Proteção de Dados (LGPD).",
            "Os seus dados pessoais são tratados nos termos do RGPD. Pode exercer os seus direitos de acesso "
            "e eliminação a qualquer momento.",
        ],
        "privacy_link": "Política de privacidade",
        "unsubscribe": "Cancelar subscrição",
    },
}

# Date zones (minutes east of UTC) by language, before/after the 2026 switch to winter time (25 Oct).
ZONES = {"de": (120, 60), "fr": (120, 60), "es": (120, 60), "nl": (120, 60), "it": (120, 60), "pt": (60, 0)}
