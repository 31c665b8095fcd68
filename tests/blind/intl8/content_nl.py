"""Dutch messages (Netherlands, Flanders): 16 rejections, 16 hard negatives."""
from content_common import rej, oth, AUTO, BULK, OWNER

MESSAGES = [
# ---------------- rejections, ATS ----------------
rej("grachtwerk-recruitee-helaas", "nl-NL", "ats", "ats-automated",
    "Grachtwerk Media <noreply@mail.recruitee.example>",
    "Je sollicitatie bij Grachtwerk Media",
    """Hoi Sam,

Bedankt voor je sollicitatie op de functie Marketing Analist en je interesse in Grachtwerk Media.

We hebben je cv en motivatie met aandacht gelezen. Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We kregen veel reacties en hebben gekozen voor kandidaten van wie de ervaring nog beter aansluit bij wat het team nu nodig heeft.

Heb je vragen? Reageer gerust op deze mail, dan komt die bij ons recruitmentteam terecht.

Veel succes met je zoektocht!

Team Recruitment
Grachtwerk Media""",
    ("werkenbij@grachtwerk.example", "", "Grachtwerk Media", "Marketing Analist"), "recruitee; plain ordinary phrasing; reply-to team address",
    vendor="recruitee", brand="Grachtwerk Media", headers=AUTO, reply_to="Werken bij Grachtwerk <werkenbij@grachtwerk.example>",
    about="Grachtwerk Media maakt podcasts en video voor merken en omroepen, vanuit een oud pakhuis aan de Amsterdamse Prinsengracht."),

rej("vandongen-nvb-afgewezen", "nl-NL", "ats", "ats-automated",
    "Nationale Vacaturebank <sollicitaties@nationalevacaturebank.example>",
    "Statusupdate: Marketingmanager bij Bakkerij Van Dongen Groep",
    """Hallo Sam,

Er is een update over je sollicitatie.

{table}

De werkgever heeft laten weten dat je sollicitatie niet verder in behandeling wordt genomen. Jammer! Maar er zijn genoeg andere mooie vacatures.

[[Bekijk vacatures die bij je passen]]

Groeten,
Team Nationale Vacaturebank""",
    ("", "", "Bakkerij Van Dongen Groep", "Marketingmanager"), "job-board relay; status table 'Afgewezen'",
    vendor="nvb", brand="Nationale Vacaturebank", headers=BULK,
    table=[("Vacature", "Marketingmanager"), ("Werkgever", "Bakkerij Van Dongen Groep"), ("Plaats", "Tilburg"), ("Status", "Afgewezen")]),

rej("rivierland-workday-andere-kandidaat", "nl-NL", "ats", "ats-automated",
    "Rivierland Verzekeringen <rivierland@myworkday.com>",
    "Uw sollicitatie naar de functie Senior Product Owner Schade (R-11382)",
    """Geachte heer/mevrouw Taylor,

Hartelijk dank voor uw sollicitatie naar de functie Senior Product Owner Schade bij Rivierland Verzekeringen en voor de tijd die u in de selectieprocedure heeft gestoken.

Wij hebben inmiddels besloten een andere kandidaat aan te nemen. De vacature is daarmee vervuld.

Uw gegevens worden conform onze privacyverklaring vier weken na afronding van de procedure verwijderd.

Met vriendelijke groet,

Afdeling Recruitment
Rivierland Verzekeringen N.V.""",
    ("", "", "Rivierland Verzekeringen", "Senior Product Owner Schade"), "workday; formal u; filled",
    vendor="workday", brand="Rivierland Verzekeringen N.V.", headers=AUTO,
    legal=["Dit bericht is automatisch verzonden. Antwoorden op dit bericht worden niet gelezen.",
           "Rivierland Verzekeringen N.V. is ingeschreven in het register van de AFM onder nummer 12000555."]),

rej("schelde-teamtailor-niet-weerhouden", "nl-BE", "ats", "ats-automated",
    "Schelde Logistics <notifications@teamtailor.example>",
    "Uw kandidatuur voor Customer Insights Manager",
    """Beste Sam,

Hartelijk dank voor uw interesse in Schelde Logistics en voor uw kandidatuur voor de functie van Customer Insights Manager in Antwerpen.

Wij ontvingen heel wat sterke kandidaturen. Na grondige afweging moeten wij u meedelen dat uw kandidatuur niet weerhouden werd voor de volgende fase van de selectieprocedure.

Wij wensen u veel succes in uw verdere loopbaan.

Met vriendelijke groeten,
Griet Van Damme
HR Business Partner – Schelde Logistics NV""",
    ("", "Griet", "Schelde Logistics", "Customer Insights Manager"), "teamtailor; Flemish 'niet weerhouden'; signed, no address",
    vendor="teamtailor", brand="Schelde Logistics NV", headers=AUTO,
    legal=["Schelde Logistics NV · Noorderlaan 555 · 2030 Antwerpen · BTW BE 0400.555.123"]),

rej("tulpenveld-personio-ingetrokken", "nl-NL", "ats", "role-cancelled",
    "Tulpenveld Software <noreply@jobs.personio.example>",
    "Update over de vacature Growth Marketeer",
    """Hoi Sam,

Dank je wel voor je sollicitatie als Growth Marketeer bij Tulpenveld Software.

We moeten je helaas laten weten dat we de vacature hebben ingetrokken. Door een interne reorganisatie van het commerciële team wordt de functie voorlopig niet ingevuld. Dit heeft dus niets met jouw profiel te maken.

Mocht de rol in de toekomst terugkomen, dan zie je hem als eerste op onze [[vacaturepagina]].

Groet,
People & Culture
Tulpenveld Software""",
    ("jobs@tulpenveld.example", "", "Tulpenveld Software", "Growth Marketeer"), "personio; vacancy withdrawn; reply-to",
    vendor="personio", brand="Tulpenveld Software", headers=AUTO, reply_to="jobs@tulpenveld.example"),

rej("polder-energie-smartrecruiters-bewaren", "nl-NL", "ats", "keep-on-file",
    "Polder Energie <jobs@smartrecruiters.example>",
    "Polder Energie: jouw sollicitatie als Product Marketing Manager B2C",
    """Beste Sam,

Bij Polder Energie werken ruim 900 collega's elke dag aan de energietransitie. Fijn dat je daar als Product Marketing Manager B2C aan wilde bijdragen!

We hebben alle sollicitaties zorgvuldig beoordeeld aan de hand van de functie-eisen. Op dit moment zien we onvoldoende match tussen jouw profiel en de functie, en daarom nodigen we je niet uit voor een gesprek.

Wel zijn we benieuwd of we je gegevens nog een jaar mogen bewaren in onze talentenpool. Dan kunnen we je benaderen als er een passende vacature vrijkomt. [[Ja, bewaar mijn gegevens]] Doe je niets, dan verwijderen we je gegevens na vier weken.

Met energieke groet,
Team Talent Acquisition Polder Energie""",
    ("", "", "Polder Energie", "Product Marketing Manager B2C"), "smartrecruiters; 'onvoldoende match'; retention question",
    vendor="smartrecruiters", brand="Polder Energie", headers=AUTO,
    about="Polder Energie levert groene stroom en warmte aan 1,2 miljoen huishoudens. Wij zijn Top Employer 2026 en vinden diversiteit belangrijk: iedereen is welkom om te solliciteren.",
    legal=["Je ontvangt deze e-mail omdat je hebt gesolliciteerd bij Polder Energie B.V. Lees hoe wij met je gegevens omgaan in onze privacyverklaring."]),

rej("zorgnet-leie-workable-assessment", "nl-BE", "ats", "after-assessment",
    "Zorgnet Leie <noreply@workablemail.example>",
    "Resultaat online assessment – Communicatieadviseur",
    """Beste Sam,

Bedankt om de online assessment voor de functie Communicatieadviseur bij Zorgnet Leie in te vullen.

Op basis van de resultaten van de redeneertest en de schrijfopdracht kunnen wij je kandidatuur helaas niet verder weerhouden. De selectie voor de volgende stap gebeurde op basis van een vooraf bepaalde minimumscore.

Je kan je resultaten nog 30 dagen raadplegen via het [[kandidatenportaal]].

Vriendelijke groeten,
Dienst HR – Zorgnet Leie vzw""",
    ("", "", "Zorgnet Leie", "Communicatieadviseur"), "workable; Flemish; below test cut-off",
    vendor="workable", brand="Zorgnet Leie vzw", headers=AUTO),

rej("gemeente-waalstad-html-geen-gesprek", "nl-NL", "ats", "ats-automated",
    "Gemeente Waalstad <vacatures-noreply@waalstad.example>",
    "Uw sollicitatie Adviseur Online Dienstverlening (vacaturenummer 2026-214)",
    """Geachte heer/mevrouw Taylor,

Op 2 oktober 2026 ontvingen wij uw sollicitatie voor de functie Adviseur Online Dienstverlening (schaal 10) bij de Gemeente Waalstad. Hartelijk dank voor uw belangstelling.

De selectiecommissie heeft alle brieven beoordeeld aan de hand van het functieprofiel. Wij moeten u helaas meedelen dat u niet bent geselecteerd voor een eerste gesprek.

Heeft u vragen over deze beslissing, dan kunt u contact opnemen met Els de Wit, HR-adviseur, via e.dewit@waalstad.example of 14 0555.

Met vriendelijke groet,

namens het college van burgemeester en wethouders,
Els de Wit
HR-adviseur""",
    ("e.dewit@waalstad.example", "Els", "Gemeente Waalstad", "Adviseur Online Dienstverlening"), "public sector; HTML-only; reply_to from body",
    vendor="plain_html", brand="Gemeente Waalstad", headers=AUTO, html_only=True, cte="base64",
    legal=["Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden."]),

# ---------------- rejections, personal ----------------
rej("hollandia-fietsen-ecommerce", "nl-NL", "personal", "personal-after-interview",
    "Sanne Bakker <sanne.bakker@hollandiafietsen.example>",
    "Terugkoppeling tweede gesprek",
    """Hoi Sam,

Nogmaals dank voor het fijne tweede gesprek van vorige week met Thijs en mij. We hebben echt genoten van je verhaal over het segmentatiemodel.

We hebben een lastige keuze moeten maken tussen twee sterke kandidaten, en uiteindelijk hebben we gekozen voor iemand met meer ervaring in e-commerce voor de functie Head of Marketing. Dat voelt zuur, want je was echt een serieuze optie.

Als je het leuk vindt, bel ik je volgende week even om wat uitgebreidere feedback te geven.

Hartelijke groet,

Sanne Bakker
Manager HR | Fietsfabriek Hollandia
06 5555 0173""",
    ("sanne.bakker@hollandiafietsen.example", "Sanne", "Fietsfabriek Hollandia", "Head of Marketing"), "je; after second interview"),

rej("brightwork-noordkade-onhold", "nl-NL", "personal", "agency-recruiter",
    "Koen Mulder <koen.mulder@brightwork-staffing.example>",
    "Update Noordkade Terminals",
    """Hoi Sam,

Even een update over de rol Marketing & Communicatie Manager bij Noordkade Terminals.

Ik kreeg vanochtend een telefoontje van de opdrachtgever: ze hebben de vacature on hold gezet. Er komt een nieuwe directeur in januari en die wil eerst zelf naar de teamstructuur kijken. Ze ronden de procedure dus voor nu niet af, ook niet met jou, en ik verwacht eerlijk gezegd niet dat deze rol in deze vorm terugkomt.

Balen, want je tweede gesprek ging goed volgens hen. Ik houd je op de hoogte als er iets verandert, en ik kijk ondertussen naar andere opdrachten die bij je passen.

Groet,
Koen Mulder
Senior Consultant Marketing & Sales
Brightwork Staffing | 010 555 0149""",
    ("koen.mulder@brightwork-staffing.example", "Koen", "Noordkade Terminals", "Marketing & Communicatie Manager"), "agency; client put the role on hold, procedure not finished for Sam"),

rej("drie-linden-lange-lof", "nl-BE", "personal", "personal-after-interview",
    "Pieter Claes <pieter.claes@drielinden.example>",
    "Uw kandidatuur Brand Manager Export",
    """Geachte Sam,

Graag had ik u nogmaals bedankt voor het aangename gesprek in onze brouwerij te Leuven en voor de uitgebreide presentatie over onze exportmarkten. Uw analyse van de Britse markt werd door het hele directiecomité bijzonder gewaardeerd, en wij hebben er na uw vertrek nog lang over gepraat.

Brouwerij De Drie Linden is een familiebedrijf, en bij elke aanwerving kijken wij naast competenties ook naar wie het best past bij de manier waarop wij al vijf generaties werken. Dat maakt de keuze nooit eenvoudig.

Na rijp beraad hebben wij beslist om niet verder te gaan met uw kandidatuur voor de functie van Brand Manager Export. Wij hebben gekozen voor een kandidaat die reeds jaren in de Belgische biersector actief is.

Ik wens u van harte veel succes en hoop dat onze wegen zich nog kruisen.

Met de meeste hoogachting,

Pieter Claes
Gedelegeerd bestuurder
Brouwerij De Drie Linden
+32 16 55 50 12""",
    ("pieter.claes@drielinden.example", "Pieter", "Brouwerij De Drie Linden", "Brand Manager Export"), "Flemish; formal u; verdict after long praise", charset="windows-1252", cte="8bit"),

rej("kluswijs-terse-niet-geworden", "nl-NL", "personal", "terse",
    "Joost <joost@kluswijs.example>",
    "sollicitatie",
    """Hoi Sam, helaas, het is 'm deze keer niet geworden. Dank voor je tijd en succes!

Joost – Kluswijs""",
    ("joost@kluswijs.example", "Joost", "Kluswijs", ""), "one line; no role named"),

rej("dijkhuis-chaser-intern", "nl-NL", "personal", "internal-candidate",
    "Mirjam Hoekstra <m.hoekstra@museumdijkhuis.example>",
    "RE: Sollicitatie Hoofd Publieksbereik",
    """Beste Sam,

Excuus voor de late reactie, het was hier een drukke periode met de opening van de nieuwe vleugel.

We hebben de functie van Hoofd Publieksbereik inmiddels intern ingevuld: onze huidige coördinator educatie schuift door. Ik had je dat eerder moeten laten weten.

Met vriendelijke groet,
Mirjam Hoekstra
Zakelijk leider, Museum Het Dijkhuis

-----Oorspronkelijk bericht-----
Van: Sam Taylor <sam.taylor@example.org>
Verzonden: maandag 17 november 2026 09:41
Aan: Mirjam Hoekstra <m.hoekstra@museumdijkhuis.example>
Onderwerp: Sollicitatie Hoofd Publieksbereik

Beste Mirjam,

Graag hoor ik of er al nieuws is over de procedure voor Hoofd Publieksbereik.
Ik ben nog steeds zeer geïnteresseerd.

Met vriendelijke groet,
Sam Taylor""",
    ("m.hoekstra@museumdijkhuis.example", "Mirjam", "Museum Het Dijkhuis", "Hoofd Publieksbereik"), "reply to Sam's chaser; Outlook quote; filled internally",
    parent=True, wrap=False),

rej("bolwerk-casus-laatste-ronde", "nl-NL", "personal", "after-assessment",
    "Daan Verhoeven <daan@bolwerk-analytics.example>",
    "Je casus",
    """Hey Sam,

Dank voor je casus en de presentatie gisteren. Eerlijk antwoord, zoals beloofd: we gaan niet met jou door naar de laatste ronde voor Lead Product Analyst.

Waarom: je dashboard zag er strak uit, maar we misten de stap van inzicht naar advies. Precies dat is wat deze rol elke dag moet doen bij onze klanten.

Ik hoop dat je er iets aan hebt. Mocht je over een jaar nog eens willen praten, graag.

Daan
Bolwerk Analytics · Utrecht""",
    ("daan@bolwerk-analytics.example", "Daan", "Bolwerk Analytics", "Lead Product Analyst"), "after case; direct; verdict near top"),

rej("kanaalzone-databank-bijhouden", "nl-BE", "personal", "keep-on-file",
    "Lotte Peeters <lotte.peeters@kanaalzone-gent.example>",
    "Data Storyteller – jouw kandidatuur",
    """Dag Sam,

Bedankt voor je tijd vorige donderdag. Ik vond het een heel fijn gesprek.

Jammer genoeg is de keuze voor de job van Data Storyteller niet op jou gevallen: we zochten toch iemand die vlot Frans spreekt voor onze Waalse partners.

Mag ik je cv bijhouden in onze databank? Er komt in het voorjaar waarschijnlijk een analistenfunctie bij, en dan denk ik zeker aan jou.

Groetjes,
Lotte Peeters
Talent & Culture – Kanaalzone Gent cvba
0470 55 50 88""",
    ("lotte.peeters@kanaalzone-gent.example", "Lotte", "Kanaalzone Gent", "Data Storyteller"), "Flemish; 'keuze niet op jou gevallen'; keep CV"),

rej("mosselcoop-over-uitnodiging", "nl-NL", "personal", "personal-after-interview",
    "Wouter de Kok <wouter.dekok@zeeuwsemossel.example>",
    "RE: Uitnodiging tweede gesprek Marketingcoördinator",
    """Hallo Sam,

Vervelend nieuws, en sorry dat het zo laat komt: we hebben de vacature Marketingcoördinator inmiddels vervuld, dus het tweede gesprek van vrijdag gaat niet door. De kandidaat die we vorige week spraken heeft gisteren getekend.

Dank voor je begrip, en het beste gewenst.

Wouter de Kok
Zeeuwse Mosselcoöperatie | Yerseke

Van: Wouter de Kok
Verzonden: dinsdag 4 november 2026 14:12
Aan: Sam Taylor <sam.taylor@example.org>
Onderwerp: Uitnodiging tweede gesprek Marketingcoördinator

Hallo Sam,

Goed nieuws! We willen je graag uitnodigen voor een tweede gesprek op vrijdag 14 november om 10.00 uur op ons kantoor in Yerseke. Kun je dan?

Groet, Wouter""",
    ("wouter.dekok@zeeuwsemossel.example", "Wouter", "Zeeuwse Mosselcoöperatie", "Marketingcoördinator"), "top reply cancels a quoted invitation: role filled",
    parent=True, wrap=False),

# ---------------- other, ATS ----------------
oth("hoogland-recruitee-ook-nee", "nl-NL", "ats", "ack-received",
    "Hoogland Foods <noreply@mail.recruitee.example>",
    "Bedankt voor je sollicitatie!",
    """Hoi Sam,

Leuk dat je hebt gesolliciteerd op de vacature Category Insights Manager bij Hoogland Foods!

We bekijken alle sollicitaties binnen tien werkdagen. Je hoort in ieder geval van ons, ook als het een nee is. We vinden het namelijk belangrijk dat niemand in het ongewisse blijft.

Tot snel,
Recruitmentteam Hoogland Foods""",
    "acknowledgement that promises an answer 'ook als het een nee is'",
    vendor="recruitee", brand="Hoogland Foods", headers=AUTO),

oth("nvb-vacaturealert", "nl-NL", "ats", "job-alert",
    "Nationale Vacaturebank <alerts@nationalevacaturebank.example>",
    "8 nieuwe vacatures voor 'product marketing' in Amsterdam",
    """Hallo Sam,

Er zijn nieuwe vacatures die passen bij je zoekopdracht:

- Product Marketing Manager – Lijnwerk B.V. – Amsterdam – 32-40 uur
- Medior Marketeer Product – Knipoog Retail – Haarlem
- Productmarketeer Zakelijk – Noordwind Telecom – Amsterdam-Zuidoost
- Senior Product Marketeer – Vaart Fintech – Amsterdam

Helaas zijn 2 vacatures uit je favorieten verlopen en niet meer beschikbaar.

[[Bekijk alle vacatures]]""",
    "job alert; 'helaas ... verlopen' about saved favourites",
    vendor="nvb", brand="Nationale Vacaturebank", headers=BULK),

oth("werknl-werkmap-herinnering", "nl-NL", "ats", "service-notice",
    "werk.nl <noreply@werk.nl.example>",
    "Nieuw bericht in uw werkmap",
    """Geachte heer/mevrouw Taylor,

Er staat een nieuw bericht voor u klaar in uw werkmap op werk.nl.

Let op: geef uw sollicitatieactiviteiten van de afgelopen vier weken uiterlijk vrijdag aan ons door. Ook sollicitaties waarop u een afwijzing heeft ontvangen, telt u mee.

[[Inloggen op werk.nl]]

Met vriendelijke groet,
UWV""",
    "public employment service reminder; mentions 'afwijzing' generically",
    vendor="werknl", brand="werk.nl", headers=AUTO),

oth("vlaamse-media-workday-gesprek", "nl-BE", "ats", "interview-invite",
    "Vlaamse Mediagroep <vlaamsemediagroep@myworkday.com>",
    "Uitnodiging voor een gesprek – Audience Research Lead",
    """Beste Sam,

Bedankt voor uw kandidatuur voor de functie Audience Research Lead. Wij hebben uw profiel met veel interesse gelezen en nodigen u graag uit voor een eerste gesprek met onze manager Publieksonderzoek.

Gelieve via onderstaande link een moment te kiezen in de week van 24 november. [[Kies een tijdslot]]

Met vriendelijke groeten,
Team Recruitment – Vlaamse Mediagroep""",
    "workday; Flemish; interview invite", vendor="workday", brand="Vlaamse Mediagroep", headers=AUTO),

oth("duinzicht-personio-vertraging", "nl-NL", "ats", "status-update",
    "Duinzicht Zorgverzekeraar <noreply@jobs.personio.example>",
    "Stand van zaken sollicitatieprocedure Product Owner Digitaal",
    """Beste Sam,

Je solliciteerde onlangs op de functie Product Owner Digitaal. Graag informeren we je over de stand van zaken.

De procedure loopt enige vertraging op omdat de budgetronde voor 2027 nog niet is afgerond. We hebben nog geen besluit genomen over de vervolgstap en je sollicitatie blijft gewoon in behandeling. Uiterlijk 15 december hoor je van ons, positief of negatief.

Excuses voor het wachten.

Met vriendelijke groet,
HR Duinzicht""",
    "delay; still deciding; 'positief of negatief'", vendor="personio", brand="Duinzicht Zorgverzekeraar", headers=AUTO),

oth("linkedin-bekeken-hoogland", "nl-NL", "ats", "status-update",
    "LinkedIn <jobs-noreply@linkedin.example>",
    "Je sollicitatie is bekeken door Zilvermeeuw Travel",
    """Sam, je sollicitatie is bekeken

Zilvermeeuw Travel heeft je sollicitatie voor Senior CRM Marketeer bekeken.

Dit betekent niet per se dat je wordt uitgenodigd voor een gesprek. Werkgevers kunnen contact met je opnemen als je profiel past.

[[Bekijk sollicitatie]]

Andere vacatures die bij je passen:
- CRM Lead – Kompas Reizen – Utrecht
- Lifecycle Marketeer – Vogelvlucht – Amsterdam""",
    "LinkedIn 'viewed' notice, hedged", vendor="linkedin", brand="LinkedIn", headers=BULK),

oth("schelde-teamtailor-talentcommunity", "nl-BE", "ats", "talent-pool",
    "Havenstad Antwerpen <notifications@teamtailor.example>",
    "Word lid van onze talent community",
    """Dag Sam,

Je bezocht onlangs onze jobsite. Leuk!

Vind je vandaag niet meteen de juiste vacature? Word lid van de Havenstad talent community en ontvang als eerste nieuwe jobs, uitnodigingen voor evenementen en verhalen van collega's.

[[Word lid]]

Tot binnenkort,
Employer Branding – Havenstad Antwerpen""",
    "talent-pool invitation without a verdict", vendor="teamtailor", brand="Havenstad Antwerpen", headers=BULK),

oth("pakket-retour-afzender", "nl-NL", "ats", "non-job-rejection",
    "Pakketpost <noreply@pakketpost.example>",
    "Je pakket is retour afzender",
    """Hallo Sam,

We hebben je pakket helaas niet kunnen bezorgen.

{table}

Na drie bezorgpogingen en zeven dagen in het Pakketpunt is het pakket teruggestuurd naar de afzender. Neem voor een nieuwe levering contact op met de webwinkel.""",
    "parcel returned", vendor="plain_html", brand="Pakketpost B.V.", headers=AUTO,
    table=[("Track & trace", "3SPKP5550182"), ("Afzender", "Boekhandel Lindeboom"), ("Status", "Retour afzender")]),

# ---------------- other, personal ----------------
oth("lijnwerk-aanbod", "nl-NL", "personal", "offer",
    "Femke de Graaf <femke@lijnwerk.example>",
    "Aanbod Product Marketing Manager",
    """Hoi Sam,

Zoals beloofd aan de telefoon: we bieden je met veel plezier de functie van Product Marketing Manager aan!

In de bijlage vind je het aanbod: € 5.400 bruto per maand bij 36 uur, 8% vakantiegeld en een 13e maand. Het aanbod is geldig tot en met 28 november en onder voorbehoud van een positieve referentiecheck.

Laat je weten of je nog vragen hebt?

Groetjes,
Femke de Graaf
Head of Marketing, Lijnwerk""",
    "offer with a condition"),

oth("vaart-referenties", "nl-NL", "personal", "status-update",
    "Niels Brouwer <niels.brouwer@vaartfintech.example>",
    "Referenties",
    """Hoi Sam,

Goed nieuws: het team was heel positief na je laatste gesprek en we willen graag de laatste stap zetten. Mag ik twee referenties benaderen? Het liefst een oud-leidinggevende en iemand met wie je nauw hebt samengewerkt.

Als je de namen en telefoonnummers deze week stuurt, kunnen we volgende week al verder.

Groet,
Niels Brouwer
Talent Lead, Vaart Fintech
06 5555 0121""",
    "reference request; candidacy progressing"),

oth("geweigerd-kwartaaloverleg", "nl-NL", "personal", "non-job-rejection",
    "Ruud van Beek <ruud.vanbeek@example.org>",
    "Geweigerd: Kwartaaloverleg Insights Q1",
    """Sorry Sam, ik zit die dag in Rotterdam bij een klant. Kan Joyce het overnemen?

Ruud""",
    "declined meeting invitation from a colleague", headers={"X-MS-Exchange-Organization-AuthAs": "Internal"}),

oth("vriend-doorgestuurd-afwijzing", "nl-NL", "personal", "forwarded",
    "Bram Jansen <bram.jansen@freemail.example>",
    "Fwd: Je sollicitatie bij Kompas Reizen",
    """Sam, weer eentje... Zou jij hier nog op reageren? En zo ja, wat schrijf je dan? Jij hebt hier meer ervaring mee dan ik haha.

Bram

---------- Doorgestuurd bericht ---------
Van: Kompas Reizen <recruitment@kompasreizen.example>
Datum: wo 19 nov 2026 om 16:20
Onderwerp: Je sollicitatie bij Kompas Reizen
Aan: Bram Jansen <bram.jansen@freemail.example>

Beste Bram,

Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie voor de functie Online Marketeer. We wensen je veel succes.

Met vriendelijke groet,
Team Recruitment Kompas Reizen""",
    "friend's rejection forwarded", wrap=False),

oth("owner-sent-afwijzing-kandidaat", "nl-NL", "personal", "owner-sent",
    OWNER, "Je sollicitatie als Junior Data Analist bij Calder Street Media",
    """Beste Yara,

Dank je wel voor je tijd en de gesprekken van afgelopen weken. Je had je echt goed voorbereid.

Helaas hebben we besloten om niet verder te gaan met je sollicitatie voor de functie Junior Data Analist. We hebben gekozen voor een kandidaat met iets meer ervaring in SQL en dashboarding.

Ik wens je heel veel succes, en als je feedback wilt, bel me gerust.

Hartelijke groet,
Sam Taylor
Head of Insights | Calder Street Media""",
    "Sam's own sent rejection to a candidate", to="Yara Smit <yara.smit@freemail.example>"),

oth("stimuleringsfonds-subsidie-afgewezen", "nl-NL", "personal", "non-job-rejection",
    "Fonds Digitale Cultuur <subsidies@fondsdigitalecultuur.example>",
    "Besluit op uw aanvraag 2026-DC-0417",
    """Geachte heer/mevrouw Taylor,

De adviescommissie heeft uw aanvraag "Luisterdata voor lokale podcastmakers" beoordeeld in de ronde van oktober 2026.

Helaas moeten wij u meedelen dat uw aanvraag is afgewezen. Het beschikbare budget was ruim vier keer overvraagd en de commissie gaf voorrang aan projecten met een sterkere samenwerking met culturele instellingen.

Tegen dit besluit kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
Hanneke Veldman
Programmamanager, Fonds Digitale Cultuur""",
    "grant application rejected"),

oth("kompas-reschedule-nog-open", "nl-NL", "personal", "reschedule",
    "Ilse Vos <ilse.vos@kompasreizen.example>",
    "Gesprek donderdag vervalt – nieuwe datum?",
    """Hoi Sam,

Helaas moet ik ons gesprek van donderdag voor de functie CRM Lead afzeggen; onze directeur is ziek en ik wil dat hij erbij is.

De vacature staat gewoon nog open en je bent nog volop in beeld. Kun je maandag 1 december om 11.00 of dinsdag om 14.30?

Groet,
Ilse Vos
Recruiter, Kompas Reizen""",
    "interview cancelled and rescheduled; role open"),

oth("owner-declines-reply-noordwind", "nl-NL", "personal", "owner-declines",
    "Marloes Kuipers <marloes.kuipers@noordwindtelecom.example>",
    "RE: Aanbod Productmarketeer Zakelijk",
    """Hoi Sam,

Jammer dat je ons aanbod afwijst, maar ik begrijp je keuze helemaal. Fijn dat je het zo netjes laat weten. Als het over een tijdje anders ligt: de deur staat open.

Succes bij je nieuwe werkgever!

Marloes

> Beste Marloes,
>
> Hartelijk dank voor het aanbod. Na lang wikken heb ik besloten het niet
> aan te nemen; ik heb gekozen voor een andere functie.
>
> Met vriendelijke groet,
> Sam""",
    "recruiter answers Sam declining an offer", parent=True, wrap=False),
]
