"""Dutch messages (the Netherlands, Belgium): 6 rejections, 6 hard negatives."""

WIJNAND_FOOTER = [
    "Dit is een automatisch verstuurd bericht; antwoorden op deze e-mail worden niet gelezen. Vragen? Mail naar werkenbij@wijnand.example.",
    "Wijnand Warenhuizen B.V. · Kalverstraat 212, 1012 XG Amsterdam · KvK 33055512 · Privacyverklaring: {privacy}",
]

SCHELDELAND_FOOTER = [
    "Deze e-mail werd automatisch verstuurd. Gelieve niet te antwoorden. / Cet e-mail a été envoyé automatiquement. Merci de ne pas y répondre.",
    "Bank Scheldeland NV – Meir 88, 2000 Antwerpen – RPR Antwerpen – BTW BE 0455.555.123 – FSMA 055512 A. Privacy: {privacy}",
]

ZAANDIJK_FOOTER = [
    "Dit bericht is automatisch verstuurd vanuit het sollicitatiesysteem van de gemeente Zaandijk. U kunt niet op dit bericht reageren.",
    "Gemeente Zaandijk · Postbus 2000, 1500 GA Zaandijk · Wij gaan zorgvuldig om met uw persoonsgegevens, zie {privacy}",
]

MESSAGES = [
    # ---------------------------------------------------------------- rejections
    {
        "slug": "wijnand-recruitee-gegevens-bewaren", "label": "rejection", "cat": "keep-on-file", "lang": "nl",
        "country": "NL", "sector": "retail", "style": "ats", "vendor": "recruitee", "brand": "Wijnand Warenhuizen",
        "frm": "Wijnand Warenhuizen <no-reply@mail.recruitee.com>",
        "subject": "Je sollicitatie als Marketing Manager Online",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Beste Sam,

Bedankt voor je sollicitatie op de functie Marketing Manager Online bij Wijnand Warenhuizen en voor de tijd die je erin hebt gestoken.

We hebben veel reacties ontvangen en alle cv's zorgvuldig bekeken. Helaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek: andere kandidaten sloten beter aan bij het profiel dat we zoeken.

Mogen we je gegevens nog 12 maanden bewaren, zodat we je kunnen benaderen als er een passende vacature vrijkomt?
[[Ja, bewaar mijn gegevens]] · [[Nee, verwijder mijn gegevens]]
Als we niets van je horen, verwijderen we je gegevens na 4 weken.

Veel succes met je zoektocht!

Met vriendelijke groet,
Team Recruitment
Wijnand Warenhuizen""",
        "footer": WIJNAND_FOOTER,
        "exp": ("werkenbij@wijnand.example", "", "Wijnand Warenhuizen", "Marketing Manager Online"),
        "notes": "ordinary Dutch template; data-retention question with yes/no links; reply_to from the footer address",
    },
    {
        "slug": "scheldeland-smartr-nl-fr-niet-weerhouden", "label": "rejection", "cat": "ats-automated", "lang": "nl",
        "country": "BE", "sector": "bank", "style": "ats", "vendor": "smartrecruiters", "brand": "Bank Scheldeland",
        "frm": "Bank Scheldeland Jobs <noreply@smartrecruiters.com>",
        "subject": "Je kandidatuur bij Bank Scheldeland / Votre candidature chez Bank Scheldeland",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """(Version française ci-dessous)

Beste Sam,

Hartelijk dank voor je interesse in de functie Brand Manager Retail Banking bij Bank Scheldeland.

Na zorgvuldige afweging hebben we beslist om je kandidatuur niet verder te weerhouden. We beseffen dat dit nieuws teleurstellend kan zijn, zeker na de tijd die je in je kandidatuur hebt gestoken.

We wensen je veel succes in je verdere loopbaan en nodigen je uit om onze [[vacatures]] te blijven volgen.

Met vriendelijke groeten,
Het Talent Acquisition-team
Bank Scheldeland

———

Bonjour Sam,

Nous vous remercions de l'intérêt que vous portez à la fonction de Brand Manager Retail Banking chez Bank Scheldeland.

Après mûre réflexion, nous avons décidé de ne pas retenir votre candidature. Nous vous souhaitons beaucoup de succès dans la suite de votre carrière.

Bien cordialement,
L'équipe Talent Acquisition
Bank Scheldeland""",
        "footer": SCHELDELAND_FOOTER,
        "exp": ("", "", "Bank Scheldeland", "Brand Manager Retail Banking"),
        "notes": "Belgian Dutch ('kandidatuur niet verder te weerhouden'); French version below; bilingual footer",
    },
    {
        "slug": "zaandijk-status-afgewezen-briefselectie", "label": "rejection", "cat": "ats-automated", "lang": "nl",
        "country": "NL", "sector": "public-administration", "style": "ats", "vendor": "plain", "brand": "Gemeente Zaandijk",
        "html_mode": "autotext",
        "frm": "Gemeente Zaandijk - Werken bij <noreply-vacatures@zaandijk.example>",
        "subject": "Status van je sollicitatie is gewijzigd",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """## Status van je sollicitatie gewijzigd
Beste Sam Taylor,

De status van je sollicitatie is gewijzigd. Log in op [[Mijn sollicitaties]] om alle details te bekijken.

{table}

De selectiecommissie heeft alle sollicitaties beoordeeld aan de hand van de functie-eisen. Je brief en cv zijn met aandacht gelezen, maar de commissie heeft andere kandidaten uitgenodigd voor een eerste gesprek.

Wij danken je voor je belangstelling voor de gemeente Zaandijk.

Met vriendelijke groet,

Team Werving & Selectie
Gemeente Zaandijk""",
        "table": [("Vacature", "Communicatieadviseur Participatie (32-36 uur)"), ("Vacaturenummer", "GZ-2026-188"),
                  ("Status", "Afgewezen na briefselectie")],
        "footer": ZAANDIJK_FOOTER,
        "exp": ("", "", "Gemeente Zaandijk", "Communicatieadviseur Participatie"),
        "notes": "municipality portal status 'Afgewezen na briefselectie'; plain part auto-generated from HTML (table cells on own lines, link list)",
    },
    {
        "slug": "lindeveld-telefonisch-andere-kandidaat", "label": "rejection", "cat": "personal-after-interview", "lang": "nl",
        "country": "NL", "sector": "hospital", "style": "personal",
        "frm": "Femke Jansen <f.jansen@zorggroeplindeveld.example>",
        "subject": "Terugkoppeling tweede gesprek",
        "text": """Hoi Sam,

Zoals ik je vanmiddag telefonisch al vertelde, hebben we na de tweede gespreksronde gekozen voor een andere kandidaat voor de functie Adviseur Marketing & Arbeidsmarktcommunicatie. Het was echt een nek-aan-nekrace en de commissie vond het een lastige keuze.

Wat de doorslag gaf, was dat de andere kandidaat al campagnes voor zorgpersoneel had gedraaid. Jouw presentatie over de wervingsfunnel werd juist heel erg gewaardeerd, dat wilde ik je nog even op papier meegeven.

Mocht je nog vragen hebben, bel of mail me gerust.

Hartelijke groet,

Femke Jansen
HR-adviseur Werving & Selectie
Zorggroep Lindeveld | Ziekenhuis Lindeveld Amersfoort
T 033 555 8120 | M 06 5555 3091
Werkdagen: ma, di, do""",
        "exp": ("f.jansen@zorggroeplindeveld.example", "Femke", "Zorggroep Lindeveld",
                "Adviseur Marketing & Arbeidsmarktcommunicatie"),
        "notes": "written confirmation of a phone call; 'gekozen voor een andere kandidaat'",
    },
    {
        "slug": "leieland-vacature-ingetrokken", "day": "2026-11-23", "label": "rejection", "cat": "role-cancelled", "lang": "nl",
        "country": "BE", "sector": "university", "style": "personal",
        "frm": "An Verbeke <an.verbeke@hogeschool-leieland.example>",
        "subject": "Vacature Stafmedewerker Marketing & Studentenwerving (ref. HL-2026-041)",
        "text": """Beste Sam Taylor,

Met deze mail willen wij u laten weten dat de vacature Stafmedewerker Marketing & Studentenwerving (ref. HL-2026-041) wordt ingetrokken.

Naar aanleiding van de herstructurering van de centrale diensten, die het directiecomité op 18 november heeft goedgekeurd, worden de taken van deze functie herverdeeld binnen de bestaande dienst Communicatie. De selectieprocedure wordt bijgevolg stopgezet, ook voor de kandidaten die al een eerste gesprek hadden.

Wij betreuren dat wij u deze boodschap moeten brengen en danken u oprecht voor de tijd en de energie die u in uw kandidatuur hebt gestoken. Uw gegevens worden conform onze privacyverklaring na afloop van de procedure verwijderd.

Met vriendelijke groeten,

An Verbeke
HR-verantwoordelijke Rekrutering & Selectie
Hogeschool Leieland
Voskenslaan 40, 9000 Gent
+32 9 555 31 70""",
        "exp": ("an.verbeke@hogeschool-leieland.example", "An", "Hogeschool Leieland",
                "Stafmedewerker Marketing & Studentenwerving"),
        "notes": "Belgian university; vacancy withdrawn after restructuring; formal u",
    },
    {
        "slug": "kroon-kort-interne-kandidaat", "label": "rejection", "cat": "terse", "lang": "nl",
        "country": "NL", "sector": "agency", "style": "personal", "parent": True, "day": "2026-11-25",
        "frm": "Joost Hermans <joost@bureaukroon.example>",
        "subject": "Re: Van Dalen",
        "text": """Hoi Sam, helaas, Van Dalen Retail gaat voor een interne kandidaat. Balen! Ik hou je op de hoogte als er weer iets langskomt.
Gr, Joost

Verstuurd vanaf mijn iPhone

> Op 24 nov. 2026 om 10:02 heeft Sam Taylor <sam.taylor@example.org> het volgende geschreven:
>
> Hoi Joost,
>
> Nog iets gehoord van Van Dalen over de rol van E-commerce Manager? Ze
> zouden deze week beslissen toch?
>
> Groet,
> Sam""",
        "exp": ("joost@bureaukroon.example", "Joost", "Van Dalen Retail", "E-commerce Manager"),
        "notes": "two-line agency reply from a phone; internal candidate; role only in the quote",
    },
    # ---------------------------------------------------------------- hard negatives
    {
        "slug": "wijnand-recruitee-uitnodiging-gesprek", "label": "other", "cat": "interview-invite", "lang": "nl",
        "country": "NL", "sector": "retail", "style": "ats", "vendor": "recruitee", "brand": "Wijnand Warenhuizen",
        "frm": "Wijnand Warenhuizen <no-reply@mail.recruitee.com>",
        "subject": "Uitnodiging kennismakingsgesprek – Category Marketeer Wonen",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Beste Sam,

Goed nieuws! Bedankt voor je sollicitatie op de functie Category Marketeer Wonen. We hebben je cv met veel interesse gelezen en willen je graag uitnodigen voor een eerste (video)gesprek van 45 minuten met Iris de Boer (Manager Category Marketing) en iemand van Recruitment.

Kies zelf een moment dat jou uitkomt via [[deze link]]. Lukt geen van de momenten? Laat het ons weten, dan zoeken we samen naar een alternatief.

Helaas kunnen we voor het eerste gesprek geen reiskosten vergoeden; dat doen we wel vanaf de tweede ronde.

Tot snel!

Met vriendelijke groet,
Team Recruitment
Wijnand Warenhuizen""",
        "footer": WIJNAND_FOOTER,
        "notes": "same Recruitee tenant as a rejection; 'Helaas' about travel costs",
    },
    {
        "slug": "zaandijk-ontvangstbevestiging-sluitingsdatum", "day": "2026-11-16", "label": "other", "cat": "ack-received", "lang": "nl",
        "country": "NL", "sector": "public-administration", "style": "ats", "vendor": "plain", "brand": "Gemeente Zaandijk",
        "frm": "Gemeente Zaandijk - Werken bij <noreply-vacatures@zaandijk.example>",
        "subject": "Ontvangstbevestiging sollicitatie Adviseur Online Dienstverlening",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Beste Sam Taylor,

Bedankt voor je sollicitatie op de vacature Adviseur Online Dienstverlening (GZ-2026-203). Hierbij bevestigen we dat we je sollicitatie in goede orde hebben ontvangen.

De sluitingsdatum van de vacature is 30 november. Daarna beoordeelt de selectiecommissie alle sollicitaties. Uiterlijk 11 december hoor je of je wordt uitgenodigd voor een gesprek. Word je niet uitgenodigd, dan laten we je dat ook per e-mail weten.

De gesprekken vinden plaats op 16 en 17 december in het stadhuis.

Met vriendelijke groet,

Team Werving & Selectie
Gemeente Zaandijk""",
        "footer": ZAANDIJK_FOOTER,
        "notes": "acknowledgement from the same municipality portal; hedge 'Word je niet uitgenodigd, dan laten we je dat ook weten'",
    },
    {
        "slug": "scheldeland-smartr-doorgestuurd-andere-vacature", "label": "other", "cat": "requisition-transfer", "lang": "nl",
        "country": "BE", "sector": "traineeship", "style": "ats", "vendor": "smartrecruiters", "brand": "Bank Scheldeland",
        "frm": "Bank Scheldeland Jobs <noreply@smartrecruiters.com>",
        "subject": "Je kandidatuur werd doorgestuurd naar een andere vacature",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Beste Sam,

Bedankt voor je kandidatuur voor het Young Graduate Programme – Marketing Track.

De inschrijvingen voor dit traineeship zijn intussen afgesloten. Omdat je ervaring beter aansluit bij een ervaren functie, heeft ons team je kandidatuur doorgestuurd naar de vacature Senior Campaign Manager Private Banking (ref. BS-2026-377).

Je hoeft niets te doen: de recruiter van die vacature, Wouter Claes, neemt binnen twee weken contact met je op voor een eerste telefonisch gesprek.

{table}

Met vriendelijke groeten,
Het Talent Acquisition-team
Bank Scheldeland""",
        "table": [("Young Graduate Programme – Marketing Track", "Afgesloten"),
                  ("Senior Campaign Manager Private Banking", "In behandeling")],
        "footer": SCHELDELAND_FOOTER,
        "notes": "traineeship intake closed, application moved to another requisition; 'Afgesloten' status row; same bank as a rejection",
    },
    {
        "slug": "makelaar-woning-andere-kandidaat", "day": "2026-11-10", "label": "other", "cat": "non-job-rejection", "lang": "nl",
        "country": "NL", "sector": "housing", "style": "personal",
        "frm": "Sanne Vermeulen <sanne@haagsewoningmakelaars.example>",
        "subject": "Laan van Meerdervoort 312-B",
        "text": """Beste Sam,

Bedankt voor je interesse in de woning aan de Laan van Meerdervoort 312-B en voor de bezichtiging van afgelopen zaterdag.

Er hebben zich in totaal 46 kandidaten gemeld. Helaas moeten we je laten weten dat de verhuurder heeft gekozen voor een andere kandidaat. Dit heeft niets met je dossier te maken; de verhuurder gaf de voorkeur aan iemand die per 1 december kon ingaan.

We hebben je zoekprofiel in ons bestand opgenomen en sturen je nieuwe woningen binnen je budget zodra ze beschikbaar komen.

Met vriendelijke groet,

Sanne Vermeulen
Haagse Woningmakelaars
070 555 2288""",
        "notes": "rental application turned down; 'gekozen voor een andere kandidaat' verbatim",
    },
    {
        "slug": "calder-amsterdam-afwijzing-meelezen", "label": "other", "cat": "owner-hiring", "lang": "nl",
        "country": "NL", "sector": "media", "style": "personal", "client_html": True,
        "frm": "Pieter Bakker <pieter.bakker@example.org>",
        "subject": "Afwijzing Lotte – even meelezen?",
        "text": """Hoi Sam,

De standaardafwijzingen voor de vacature Junior Data Analist zijn eruit (via Homerun, 31 stuks). Voor Lotte, die we in de laatste ronde hadden, heb ik een persoonlijke mail gemaakt. Kun je even meelezen voordat ik hem verstuur? Ik zet jouw naam eronder.

---
Beste Lotte,

Hartelijk dank voor je tijd en de sterke case die je vorige week presenteerde. Het was een lastige keuze, maar we hebben besloten om verder te gaan met een andere kandidaat, die al ervaring heeft met ons type mediadata.

We zouden je graag in gedachten houden voor toekomstige rollen in het team.

Met vriendelijke groet,
Sam Taylor
Calder Street Media
---

Groet,
Pieter

Pieter Bakker
People Operations · Calder Street Media Amsterdam""",
        "notes": "colleague at the owner's company asks Sam to review a rejection Sam will sign",
    },
    {
        "slug": "talentwerf-nee-hoor-ceo-gesprek", "label": "other", "cat": "answer-to-owner-question", "lang": "nl",
        "country": "BE", "sector": "agency", "style": "personal", "parent": True, "day": "2026-10-14",
        "frm": "Lien Peeters <lien.peeters@talentwerf.example>",
        "subject": "RE: De Kleine Kok - nog nieuws?",
        "text": """Dag Sam,

Nee hoor, helemaal niet! Integendeel: De Kleine Kok wil je graag nog een keer zien, nu met de CEO erbij. Ze twijfelden nog tussen jou en één andere kandidaat en willen de knoop na dat gesprek doorhakken.

Zou donderdag 22/10 om 14u of vrijdag 23/10 om 9u30 passen? Het gesprek gaat door in hun kantoor in Mechelen.

Groetjes,
Lien

Lien Peeters
Senior Consultant Marketing & Sales
Talentwerf – Mechelen
+32 475 55 61 08

-----Oorspronkelijk bericht-----
Van: Sam Taylor <sam.taylor@example.org>
Verzonden: dinsdag 13 oktober 2026 16:20
Aan: Lien Peeters <lien.peeters@talentwerf.example>
Onderwerp: De Kleine Kok - nog nieuws?

Dag Lien,

Ik heb nog niets gehoord over de functie van Marketing Lead bij De Kleine Kok. Ik vermoed dat ze voor iemand anders gekozen hebben, klopt dat? Geen probleem als dat zo is, ik hoor het gewoon graag.

Groeten,
Sam""",
        "notes": "Belgian agency answers the owner's 'they chose someone else?' with a final interview; Outlook quote",
    },
]
