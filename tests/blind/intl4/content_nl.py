"""Dutch messages (Netherlands and Flanders): 12 rejections, 12 hard negatives."""
from content_common import OWNER

MESSAGES = [
    # ---------------------------------------------------------------- rejections
    {
        "slug": "nl-duinwater-recruitee-niet-verder", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "nl-NL", "vendor": "recruitee", "brand": "Duinwater Energie",
        "frm": "Duinwater Energie <noreply@mail.recruitee.com>",
        "subject": "Je sollicitatie bij Duinwater Energie",
        "text": """Beste Sam,

Bedankt voor je sollicitatie op de functie Product Manager bij Duinwater Energie en voor de tijd die je erin hebt gestoken.

We hebben alle sollicitaties zorgvuldig bekeken. Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie. Andere kandidaten sloten beter aan bij het profiel dat we voor deze rol zoeken.

We wensen je veel succes met je verdere zoektocht en nodigen je van harte uit om onze [[vacaturepagina]] in de gaten te houden.

Met vriendelijke groet,
Team Recruitment
Duinwater Energie""",
        "about": "Duinwater Energie levert sinds 2011 groene stroom en warmte aan ruim 250.000 huishoudens. Wij zijn een inclusieve werkgever en moedigen iedereen aan om te solliciteren, ongeacht leeftijd, gender, afkomst, geloof, seksuele oriëntatie of beperking.",
        "exp": ("", "", "Duinwater Energie", "Product Manager"),
        "notes": "most ordinary wording; inclusion boilerplate",
    },
    {
        "slug": "nl-schelde-teamtailor-gegevens-bewaren", "label": "rejection", "cat": "keep-on-file",
        "style": "ats", "variant": "nl-BE", "vendor": "teamtailor", "brand": "Schelde Logistiek",
        "frm": "Schelde Logistiek <no-reply@mail.teamtailor.com>",
        "reply_to": "Els Verbruggen <els.verbruggen@scheldelogistiek.example>",
        "subject": "Uw kandidatuur voor Marketing Manager Benelux",
        "text": """Geachte heer/mevrouw Taylor,
Beste Sam,

Hartelijk dank voor uw interesse in Schelde Logistiek en voor uw kandidatuur voor de functie Marketing Manager Benelux.

Wij hebben uw cv met veel aandacht gelezen. Na een grondige vergelijking van alle profielen hebben wij besloten andere kandidaten uit te nodigen voor een eerste gesprek. Wij beseffen dat dit niet het antwoord is waarop u hoopte.

Mogen wij uw gegevens nog 12 maanden bewaren? Wij zouden u graag contacteren wanneer er een passende vacature vrijkomt. Klik op [[Ja, bewaar mijn gegevens]] om uw toestemming te geven. Zonder toestemming verwijderen wij uw gegevens na 30 dagen, zoals bepaald in ons privacybeleid.

Met vriendelijke groeten,

Els Verbruggen
HR Business Partner
Schelde Logistiek NV""",
        "about": "Schelde Logistiek NV · Haven 1050, 2030 Antwerpen · BTW BE 0412.558.901",
        "exp": ("els.verbruggen@scheldelogistiek.example", "Els", "Schelde Logistiek", "Marketing Manager Benelux"),
        "notes": "formal u; Flemish 'kandidatuur'; consent-to-retain question; Reply-To a person",
    },
    {
        "slug": "nl-polderbank-workday-vacature-vervuld", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "nl-NL", "vendor": "workday", "brand": "Polderbank", "html_only": True,
        "frm": "Polderbank Careers <polderbank@myworkday.com>",
        "subject": "Update over je sollicitatie (JR-0081243)",
        "text": """Beste Sam Taylor,

Je solliciteerde eerder op de vacature Senior Product Owner Betalen (JR-0081243) bij Polderbank. Bedankt daarvoor.

Wij laten je graag weten dat deze vacature inmiddels is vervuld. Je sollicitatie wordt daarom niet verder in behandeling genomen.

Via je [[kandidatenprofiel]] kun je altijd zien op welke vacatures je hebt gereageerd en nieuwe vacatures bekijken.

Met vriendelijke groet,
Talent Acquisition Polderbank""",
        "legal": ["Polderbank N.V. is statutair gevestigd te Utrecht en ingeschreven in het Handelsregister onder nummer 30012345. Polderbank N.V. staat onder toezicht van De Nederlandsche Bank en de Autoriteit Financiële Markten."],
        "exp": ("", "", "Polderbank", "Senior Product Owner Betalen"),
        "notes": "html-only; position filled; bank legal footer",
    },
    {
        "slug": "nl-veenstra-successfactors-niet-geselecteerd", "day": "2026-10-22", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "nl-NL", "vendor": "successfactors", "brand": "Koninklijke Veenstra",
        "frm": "Koninklijke Veenstra <noreply@successfactors.eu>",
        "subject": "Statuswijziging sollicitatie 4410 - Insights Lead",
        "text": """Beste Sam,

De status van je sollicitatie is gewijzigd.

{table}

Log in op het [[Veenstra Careers-portaal]] voor meer informatie of om je profiel bij te werken.

Dit bericht is automatisch gegenereerd.""",
        "table": [("Vacature", "Insights Lead (4410)"), ("Locatie", "Zwolle"), ("Datum", "22-10-2026"), ("Status", "Niet geselecteerd")],
        "exp": ("", "", "Koninklijke Veenstra", "Insights Lead"),
        "notes": "status portal; verdict only in a table cell",
    },
    {
        "slug": "nl-kempen-join-vacature-ingetrokken", "label": "rejection", "cat": "role-cancelled",
        "style": "ats", "variant": "nl-BE", "vendor": "join", "brand": "Kempen Digital",
        "frm": "Kempen Digital via JOIN <noreply@join.com>",
        "subject": "Update: Growth Marketeer bij Kempen Digital",
        "text": """Hallo Sam,

Bedankt voor je sollicitatie als Growth Marketeer bij Kempen Digital.

We willen je laten weten dat we hebben besloten de vacature voorlopig in te trekken. Door een wijziging in onze plannen voor volgend jaar wordt deze functie niet meer ingevuld, en daarom sluiten we alle lopende sollicitaties af.

Dit heeft niets te maken met je profiel. Mocht de functie later opnieuw opengaan, dan publiceren we ze opnieuw op onze jobpagina.

Vriendelijke groeten,
Jens Peeters
Kempen Digital""",
        "exp": ("", "Jens", "Kempen Digital", "Growth Marketeer"),
        "notes": "vacancy withdrawn; signed by a person but no address",
    },
    {
        "slug": "nl-zeeland-workable-assessment-uitslag", "label": "rejection", "cat": "after-assessment",
        "style": "ats", "variant": "nl-NL", "vendor": "workable", "brand": "Zeeland Verzekeringen",
        "frm": "Zeeland Verzekeringen <noreply@candidates.workablemail.com>",
        "subject": "Uitslag online assessment - Data Product Manager",
        "text": """Beste Sam,

Dank je wel voor het maken van het online assessment voor de functie Data Product Manager. In de bijlage van je kandidatenportaal vind je het rapport met je scores.

Voor deze functie hanteren we een minimale score op het onderdeel numeriek redeneren. Jouw score ligt daar helaas onder, waardoor we niet tot een vervolg in de procedure komen.

Heb je vragen over de uitslag? Neem dan contact op met ons recruitmentteam via werkenbij@zeelandverzekeringen.example.

Hartelijke groet,
Recruitment Zeeland Verzekeringen""",
        "exp": ("werkenbij@zeelandverzekeringen.example", "", "Zeeland Verzekeringen", "Data Product Manager"),
        "notes": "below the assessment cut-off; team address in the body",
    },
    {
        "slug": "nl-grachtwerk-recruiter-andere-kandidaat", "label": "rejection", "cat": "personal-after-interview",
        "style": "personal", "variant": "nl-NL", "client_html": True,
        "frm": "Femke de Graaf <femke@grachtwerk.example>",
        "subject": "Terugkoppeling Lead Product Manager",
        "text": """Hoi Sam,

Allereerst heel erg bedankt voor de gesprekken van de afgelopen weken en voor de tijd die je in de case hebt gestoken. Het team was echt onder de indruk van je presentatie.

We hebben het ons niet makkelijk gemaakt, maar we hebben uiteindelijk gekozen voor een kandidaat die net iets meer ervaring heeft met marktplaatsen en met het aansturen van een groter team. Dat was voor deze rol doorslaggevend.

Wat we terugkregen van de interviewers:
- Sterk in onderzoek en het vertalen van data naar keuzes
- Heel prettige, rustige manier van presenteren
- Minder ervaring met het prioriteren van een technische roadmap

Ik vind het oprecht jammer, want je paste heel goed in het team. Zullen we contact houden? Ik kan me goed voorstellen dat er volgend jaar iets voorbijkomt dat beter past.

Hartelijke groet,
Femke

Femke de Graaf | Talent Lead | Grachtwerk
Herengracht 412, 1017 BX Amsterdam
+31 6 4120 8833""",
        "exp": ("femke@grachtwerk.example", "Femke", "Grachtwerk", "Lead Product Manager"),
        "notes": "feedback bullets; warm; verdict in the second paragraph",
    },
    {
        "slug": "nl-fietsfabriek-terse", "label": "rejection", "cat": "terse",
        "style": "personal", "variant": "nl-NL",
        "frm": "Bas Hoekstra <bas@fietsfabrieknoord.example>",
        "subject": "Content Lead",
        "text": """Hoi Sam, korte update: we gaan niet met je verder voor de rol van Content Lead. Bedankt en succes!

Gr, Bas
Fietsfabriek Noord""",
        "exp": ("bas@fietsfabrieknoord.example", "Bas", "Fietsfabriek Noord", "Content Lead"),
        "notes": "one line, casual",
    },
    {
        "slug": "nl-talentum-bureau-klant-koos-ander", "label": "rejection", "cat": "agency-recruiter",
        "style": "personal", "variant": "nl-BE",
        "frm": "Wouter Claes <wouter.claes@talentumpartners.example>",
        "subject": "Feedback Mercator Havenbedrijf",
        "text": """Dag Sam,

Zoals beloofd laat ik je weten hoe het zit met de procedure bij Mercator Havenbedrijf voor de functie Head of Digital Products.

Ik heb vanmiddag de directie aan de lijn gehad. Ze hebben gekozen voor de andere finalist, iemand die al jaren in de havensector werkt en het netwerk in Antwerpen kent. Op inhoud lag je volgens hen echt heel dicht bij elkaar, dus dat is een mager troostje, maar toch.

Ik bel je morgen even om het rustig te overlopen, en ik heb ook nog een paar andere opdrachten in Gent die misschien interessant zijn.

Vriendelijke groeten,

Wouter Claes
Senior Consultant | Talentum Partners
Kortrijksesteenweg 1123, 9051 Gent
+32 476 22 81 90""",
        "exp": ("wouter.claes@talentumpartners.example", "Wouter", "Mercator Havenbedrijf", "Head of Digital Products"),
        "notes": "agency relays the client's choice; Flemish",
    },
    {
        "slug": "nl-intern-ingevuld-antwoord-op-navraag", "label": "rejection", "cat": "internal-candidate",
        "style": "personal", "variant": "nl-NL",
        "frm": "Marloes Jansen <m.jansen@stroomopwaarts.example>",
        "subject": "RE: Stand van zaken sollicitatie Product Owner Klantportaal",
        "parent": True, "parent_domain": "example.org", "day": "2026-11-05",
        "text": """Hallo Sam,

Dank voor je mailtje en excuses dat je zo lang op een reactie hebt moeten wachten.

De functie van Product Owner Klantportaal is intern ingevuld. Een collega van het team Data heeft de overstap gemaakt, en daarmee is de vacature gesloten voordat we aan de tweede gespreksronde toekwamen. We nemen de sollicitaties van externe kandidaten dus niet verder in behandeling.

Ik had je dat eerder moeten laten weten. Nogmaals dank voor je interesse in Stroom Opwaarts.

Met vriendelijke groet,

Marloes Jansen
Recruiter | Stroom Opwaarts
T 030 799 2140

-----Oorspronkelijk bericht-----
Van: Sam Taylor <sam.taylor@example.org>
Verzonden: maandag 2 november 2026 09:14
Aan: Marloes Jansen <m.jansen@stroomopwaarts.example>
Onderwerp: Stand van zaken sollicitatie Product Owner Klantportaal

Beste Marloes,

Ik vroeg me af of er al nieuws is over de vacature. We spraken elkaar
half oktober en je noemde toen een tweede ronde begin november.

Groet,
Sam""",
        "exp": ("m.jansen@stroomopwaarts.example", "Marloes", "Stroom Opwaarts", "Product Owner Klantportaal"),
        "notes": "reply to Sam's chaser; Outlook quote; filled internally",
    },
    {
        "slug": "nl-budgetstop-kandidatuur-afgesloten", "label": "rejection", "cat": "role-cancelled",
        "style": "personal", "variant": "nl-BE", "charset": "iso-8859-1",
        "frm": "Katrien Wouters <katrien.wouters@brabantzorg.example>",
        "subject": "Uw kandidatuur Manager Klantinzichten",
        "text": """Geachte heer/mevrouw Taylor,

Ik wil u graag persoonlijk op de hoogte brengen van een beslissing van onze raad van bestuur. Door een budgetstop voor 2027 wordt de aanwerving voor de functie van Manager Klantinzichten on hold gezet tot minstens het najaar van volgend jaar.

Omdat wij u geen duidelijk perspectief kunnen bieden, hebben wij besloten de selectieprocedure stop te zetten en uw kandidatuur af te sluiten. Het geplande tweede gesprek van 2 december gaat bijgevolg niet door.

Wij danken u voor uw vertrouwen in Brabant Zorggroep en wensen u veel succes.

Met de meeste hoogachting,

Katrien Wouters
Directeur HR
Brabant Zorggroep vzw
Tel. +32 16 39 45 00""",
        "exp": ("katrien.wouters@brabantzorg.example", "Katrien", "Brabant Zorggroep", "Manager Klantinzichten"),
        "notes": "formal u; hiring on hold, candidacy closed; iso-8859-1",
    },
    {
        "slug": "nl-keuze-niet-op-jou-gevallen", "label": "rejection", "cat": "personal-after-interview",
        "style": "personal", "variant": "nl-NL",
        "frm": "Ruben Smit <ruben@lijnvijf.example>",
        "subject": "na ons gesprek van dinsdag",
        "text": """Hey Sam,

Wat een leuk gesprek was het dinsdag. Ik heb er daarna nog met Joost en Anouk over zitten praten en we waren het er alle drie over eens dat je veel weet van doelgroeponderzoek, meer dan wij eigenlijk in huis hebben. Je vraag over hoe we churn meten heeft ons zelfs aan het denken gezet, dus dank daarvoor haha.

We hebben deze week met nog twee mensen gesproken voor de rol van Senior Product Marketeer. Uiteindelijk is de keuze niet op jou gevallen, omdat we iemand zoeken die direct zelf campagnes kan bouwen en draaien en dat stuk bij jou toch wat minder zit.

Hou je taai en ik hoop dat we elkaar nog eens tegenkomen!

Groetjes,
Ruben
Lijn Vijf | 06-29 84 11 57""",
        "exp": ("ruben@lijnvijf.example", "Ruben", "Lijn Vijf", "Senior Product Marketeer"),
        "notes": "casual; praise first, verdict near the end",
    },
    # ---------------------------------------------------------------- hard negatives
    {
        "slug": "nl-recruitee-ontvangst-ook-afwijzing", "label": "other", "cat": "ack-received",
        "style": "ats", "variant": "nl-NL", "vendor": "recruitee", "brand": "Koffiebrander Dok",
        "frm": "Koffiebrander Dok <noreply@mail.recruitee.com>",
        "subject": "Bedankt voor je sollicitatie!",
        "text": """Hoi Sam,

Leuk dat je hebt gesolliciteerd op de functie Brand Manager bij Koffiebrander Dok! We hebben je sollicitatie in goede orde ontvangen.

Hoe gaat het nu verder? Ons team bekijkt alle sollicitaties binnen twee weken. Je hoort in elk geval van ons, ook als het een afwijzing wordt: we vinden het netjes om iedereen antwoord te geven.

Tot snel,
Team Dok""",
        "notes": "acknowledgement promising an answer either way",
    },
    {
        "slug": "nl-workday-uitnodiging-assessment", "day": "2026-11-11", "label": "other", "cat": "assessment-invite",
        "style": "ats", "variant": "nl-NL", "vendor": "workday", "brand": "Hollandse Spoordiensten",
        "frm": "Hollandse Spoordiensten <hsd@myworkday.com>",
        "subject": "Uitnodiging online assessment - Product Manager Reisinformatie",
        "text": """Beste Sam,

Bedankt voor je sollicitatie op de functie Product Manager Reisinformatie. Je cv heeft de eerste selectie doorstaan en we nodigen je uit voor de volgende stap: een online assessment.

Het assessment bestaat uit een capaciteitentest (ca. 45 minuten) en een persoonlijkheidsvragenlijst (ca. 20 minuten). Let op: kandidaten die de minimale score niet halen, kunnen helaas niet door naar de gespreksronde.

Start het assessment uiterlijk op 18 november via deze link: [[Start assessment]]

Succes!
Recruitment Hollandse Spoordiensten""",
        "notes": "assessment invitation that mentions a cut-off",
    },
    {
        "slug": "nl-teamtailor-talentpool-uitnodiging", "label": "other", "cat": "talent-pool",
        "style": "ats", "variant": "nl-NL", "vendor": "teamtailor", "brand": "Bureau Noorderlicht",
        "frm": "Bureau Noorderlicht <no-reply@mail.teamtailor.com>",
        "subject": "Blijf op de hoogte van nieuwe vacatures bij Bureau Noorderlicht",
        "text": """Hoi Sam,

Je bekeek onlangs onze vacatures. Op dit moment hebben we misschien niet de perfecte match, maar we houden graag contact!

Word lid van onze talentpool via Teamtailor Connect. Je krijgt dan als eerste bericht wanneer er een functie vrijkomt die bij je past, en je kunt zelf bepalen welke afdelingen je interesseren.

[[Word lid van de talentpool]]

Groetjes,
De mensen van Bureau Noorderlicht""",
        "notes": "talent-pool invitation without any application or verdict",
    },
    {
        "slug": "nl-vacaturebank-nieuwsbrief-afwijzing-tips", "label": "other", "cat": "newsletter",
        "style": "ats", "variant": "nl-NL", "vendor": "indeed", "brand": "Indeed",
        "frm": "Indeed <nieuwsbrief@indeed.example>",
        "subject": "5 tips na een afwijzing + nieuwe vacatures voor jou",
        "footer": ["Je ontvangt deze e-mail omdat je bent aangemeld voor de Indeed nieuwsbrief. Afmelden: {unsub}",
                   "Indeed Ireland Operations Ltd., 124 St Stephen's Green, Dublin 2, Ierland. Privacy: {privacy}"],
        "text": """## Afgewezen? Zo haal je er toch iets uit

Een afwijzing na een sollicitatiegesprek voelt nooit leuk. Maar wist je dat één op de drie werkgevers openstaat voor een feedbackgesprek als je er netjes om vraagt? In ons nieuwe artikel lees je hoe je een afwijzingsmail beantwoordt en het contact warm houdt. [[Lees het artikel]]

## Nieuwe vacatures die bij je passen

**Product Manager** · Verder Mobiliteit · Utrecht · € 4.800 – € 6.200 · [[Bekijk]]
**Marketing Insights Specialist** · Groene Hart Media · Gouda · [[Bekijk]]
**Head of Product** · Kanaalzeven · Amsterdam · [[Bekijk]]

Veel succes met solliciteren!""",
        "notes": "newsletter about handling rejections plus job list",
    },
    {
        "slug": "nl-woning-reactie-niet-geselecteerd", "label": "other", "cat": "non-job-rejection",
        "style": "ats", "variant": "nl-NL", "vendor": "plain", "brand": "Woonnet Haaglanden",
        "frm": "Woonnet Haaglanden <noreply@woonnet-haaglanden.example>",
        "subject": "Uitslag van uw reactie op Laan van Meerdervoort 188-2",
        "footer": ["Dit is een automatisch bericht. U kunt niet reageren op deze e-mail.", "Privacyverklaring: {privacy}"],
        "text": """Geachte heer/mevrouw Taylor,

U heeft gereageerd op de woning Laan van Meerdervoort 188-2 in Den Haag.

Helaas bent u niet geselecteerd voor een bezichtiging. Er waren 412 reacties op deze woning; u stond op plaats 97.

{table}

U kunt blijven reageren op andere woningen via [[Mijn Woonnet]].

Met vriendelijke groet,
Woonnet Haaglanden""",
        "table": [("Woning", "Laan van Meerdervoort 188-2, Den Haag"), ("Aantal reacties", "412"), ("Uw positie", "97"), ("Resultaat", "Niet geselecteerd")],
        "notes": "rental-flat application not selected",
    },
    {
        "slug": "nl-hr-systeem-eigen-vacature-on-hold", "label": "other", "cat": "owner-hiring",
        "style": "ats", "variant": "nl-NL", "vendor": "recruitee", "brand": "Calder Street Media",
        "frm": "Recruitee <notifications@mail.recruitee.com>",
        "subject": "Vacature 'Data Analyst (Amsterdam)' is on hold gezet",
        "footer": ["Je ontvangt deze melding als hiring manager van Calder Street Media in Recruitee. Meldingen beheren: {unsub}"],
        "no_powered": True,
        "text": """Hoi Sam,

Lotte van Dijk heeft de vacature **Data Analyst (Amsterdam)** op **on hold** gezet.

Reden: "Headcount voor Q1 nog niet goedgekeurd door finance. Kandidaten in de pijplijn zijn geïnformeerd."

{table}

[[Bekijk vacature]]""",
        "table": [("Vacature", "Data Analyst (Amsterdam)"), ("Hiring manager", "Sam Taylor"), ("Kandidaten in proces", "6"), ("Nieuwe status", "On hold")],
        "notes": "Sam is the hiring manager; Sam's own requisition put on hold",
    },
    {
        "slug": "nl-uitnodiging-tweede-gesprek-formeel", "day": "2026-11-16", "label": "other", "cat": "interview-invite",
        "style": "personal", "variant": "nl-BE",
        "frm": "Annelies Maes <annelies.maes@leiestad.example>",
        "subject": "Uitnodiging tweede gesprek - Product Owner E-loket",
        "text": """Geachte heer/mevrouw Taylor,
Beste Sam,

Graag nodigen wij u uit voor een tweede gesprek in het kader van de selectieprocedure voor de functie Product Owner E-loket bij Stad Leiestad.

Het gesprek vindt plaats op donderdag 26 november om 14u00 in het Administratief Centrum, Botermarkt 1, lokaal 2.14. De jury bestaat uit de afdelingshoofd Digitalisering, een externe deskundige en ondergetekende.

Wij vragen u om een korte presentatie (10 minuten) voor te bereiden over hoe u de tevredenheid van burgers over het e-loket zou meten.

Gelieve uw aanwezigheid te bevestigen via e-mail.

Met vriendelijke groeten,

Annelies Maes
Selectieverantwoordelijke
Stad Leiestad - Dienst Personeel
09 266 71 40""",
        "notes": "formal second-round invitation",
    },
    {
        "slug": "nl-referenties-gevraagd", "label": "other", "cat": "reference-request",
        "style": "personal", "variant": "nl-NL",
        "frm": "Joyce Bakker <joyce.bakker@ankerpunt.example>",
        "subject": "Referenties - Manager Marketing Intelligence",
        "text": """Hoi Sam,

Nog even terugkomend op ons gesprek van vrijdag: het team was positief en we willen graag de laatste stap zetten. Daarvoor wil ik twee referenten bellen, bij voorkeur een oud-leidinggevende en iemand met wie je nauw hebt samengewerkt.

Kun je mij deze week namen en telefoonnummers sturen? Zodra de referenties binnen zijn, hoop ik je snel te kunnen bellen met goed nieuws.

Groet,
Joyce Bakker
Corporate Recruiter | Ankerpunt
06 51 90 37 72""",
        "notes": "reference request in the final stage",
    },
    {
        "slug": "nl-antwoord-op-vraag-andere-kandidaat", "label": "other", "cat": "answer-to-owner-question",
        "style": "personal", "variant": "nl-NL", "client_html": True,
        "frm": "Sander Visser <sander@havenkwartier.example>",
        "subject": "Re: Vraagje over de procedure",
        "parent": True, "parent_domain": "example.org", "day": "2026-10-29",
        "text": """Hoi Sam,

Nee hoor, zeker niet! Sorry dat het even stil was, ik was een week op vakantie. We hebben nog niemand gekozen en willen je juist graag uitnodigen voor de laatste ronde met onze CEO. Kan je volgende week woensdag of donderdag?

Groet,
Sander

Op 27 okt 2026, om 16:02 heeft Sam Taylor <sam.taylor@example.org> het volgende geschreven:
> Hoi Sander,
>
> Ik heb al een tijdje niets gehoord na het gesprek met Ilse, dus ik
> vroeg me af: hebben jullie al voor een andere kandidaat gekozen?
> Geen probleem als dat zo is, dan weet ik waar ik aan toe ben.
>
> Groet,
> Sam""",
        "notes": "invitation answering Sam's 'have you chosen another candidate?'",
    },
    {
        "slug": "nl-collega-afwijzing-verstuurd", "label": "other", "cat": "owner-hiring",
        "style": "personal", "variant": "nl-NL",
        "frm": "Lotte van Dijk <lotte.vandijk@example.org>",
        "subject": "afwijzingen kandidaten data analyst",
        "text": """Hi Sam,

Ik heb zoals je vroeg de afwijzingen gestuurd naar Pieter Mulder en Yara el Amrani. Pieter vroeg meteen om feedback; zal ik hem vertellen dat het vooral aan de SQL-case lag, of wil je hem zelf even bellen?

Daarnaast: Noor de Wit wil je graag nog een keer spreken voordat ze ja zegt op het aanbod. Past donderdag?

Groetjes,
Lotte
Talent & People, Calder Street Media""",
        "notes": "colleague at example.org about candidates Sam rejected",
    },
    {
        "slug": "nl-vergaderverzoek-geweigerd", "day": "2026-12-01", "label": "other", "cat": "non-job-rejection",
        "style": "personal", "variant": "nl-NL",
        "frm": "Thijs Kramer <thijs.kramer@example.org>",
        "subject": "Geweigerd: Kwartaalreview Insights Q4",
        "headers": {"X-MS-Exchange-Calendar-Series-Instance-Id": "BAAAAA==", "Thread-Topic": "Kwartaalreview Insights Q4"},
        "text": """Thijs Kramer heeft deze vergadering geweigerd.

Wanneer: donderdag 10 december 2026 14:00-15:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen
Waar: Teams / Vergaderruimte De Pijp

Sorry Sam, ik zit die middag bij de klant in Rotterdam. Stuur je de slides na?""",
        "notes": "declined meeting invitation from a colleague",
    },
    {
        "slug": "nl-recruiter-pitch-nieuwe-rollen", "label": "other", "cat": "recruiter-outreach",
        "style": "personal", "variant": "nl-NL",
        "frm": "Mehmet Yilmaz <mehmet@scoutwerk.example>",
        "subject": "Twee product-rollen die bij je passen?",
        "text": """Hoi Sam,

Ik kwam je profiel tegen en je achtergrond in audience research viel me meteen op. Ik weet hoe het is op de markt op dit moment: veel sollicitaties, weinig reactie en soms een standaard afwijzing na drie rondes. Daarom werk ik liever andersom en zoek ik zelf mensen voor specifieke rollen.

Ik heb nu twee opdrachten lopen:
- Senior Product Manager bij een scale-up in streaming (Amsterdam, hybride)
- Head of Insights bij een uitgever in Hilversum

Lijkt het je wat om hier vrijblijvend 15 minuten over te bellen deze week?

Groet,
Mehmet Yilmaz
Scoutwerk Recruitment | 06 33 18 72 05""",
        "notes": "recruiter pitch that mentions rejections in general",
    },
]
