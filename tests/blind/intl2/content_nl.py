"""Dutch messages (Netherlands and Flanders; 10 rejections, 10 hard negatives). Wording is data."""

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="recruitee-niet-uitnodigen", label="rejection", cat="cv-screen", style="ats",
     frm="Polderpeer <jobs@polderpeer.recruitee.com>",
     reply_to="Sanne de Wit <sanne@polderpeer.example>",
     subject="Je sollicitatie als Product Marketeer bij Polderpeer",
     enc="quoted-printable",
     body="""Hoi Sam,

Dank je wel voor je sollicitatie als Product Marketeer en voor de moeite die je in je motivatie hebt gestoken.

We hebben alle cv's met het team doorgenomen. Jouw ervaring is mooi, maar we zoeken voor deze rol echt iemand die al B2B-software in de Nederlandse zorgmarkt heeft gelanceerd. Daarom nodigen we je niet uit voor een eerste gesprek.

Vragen? Stuur me gerust een berichtje.

Groetjes,
Sanne de Wit
Recruiter""",
     footer="""Polderpeer B.V. · Oudegracht 180 · 3511 NP Utrecht · KvK 81234567
[[Privacyverklaring]] · Verstuurd via Recruitee""",
     lab=("sanne@polderpeer.example", "Sanne", "Polderpeer", "Product Marketeer"),
     notes="Recruitee; je; CV screen; 'nodigen we je niet uit voor een eerste gesprek'"),

dict(slug="workday-niet-verder-in-behandeling", label="rejection", cat="ats-automated", style="ats",
     frm="Zeeland Verzekeringen <zeelandverzekeringen@myworkday.com>",
     subject="Uw sollicitatie: Senior Brand Manager (R-3318)",
     banner="Zeeland Verzekeringen", enc="base64", colour="#003d79",
     body="""Geachte Sam Taylor,

Hartelijk dank voor uw sollicitatie naar de functie Senior Brand Manager.

Wij hebben uw gegevens zorgvuldig vergeleken met het functieprofiel. Helaas moeten wij u meedelen dat wij uw sollicitatie niet verder in behandeling nemen, omdat andere kandidaten beter aansluiten bij de gevraagde ervaring in de verzekeringsbranche.

Wij bewaren uw gegevens tot vier weken na afronding van de procedure, tenzij u toestemming geeft voor een langere bewaartermijn.

Met vriendelijke groet,
Team Recruitment
Zeeland Verzekeringen""",
     footer="""Dit is een automatisch verzonden bericht; u kunt hier niet op reageren.
Zeeland Verzekeringen N.V. · Postbus 500 · 4330 AM Middelburg · KvK 22012345 · [[Privacy]]""",
     lab=("", "", "Zeeland Verzekeringen", "Senior Brand Manager"),
     notes="Workday; u-form; base64; no contact"),

dict(slug="teamtailor-vacature-ingetrokken", label="rejection", cat="role-cancelled", style="ats",
     frm="Fietsfabriek Noord <no-reply@teamtailor-mail.com>",
     reply_to="Jeroen Bakker <jeroen.bakker@fietsfabrieknoord.example>",
     subject="Update over de vacature Marketing Manager",
     banner="Fietsfabriek Noord", enc="quoted-printable", colour="#f4a261",
     body="""Hoi Sam,

Allereerst dank voor de prettige kennismaking vorige week.

Helaas hebben we minder goed nieuws: door een reorganisatie binnen onze commerciële afdeling is de vacature voor Marketing Manager ingetrokken. De procedure stopt daarmee voor alle kandidaten, dus ook voor jou.

Dat is balen, en dat vinden wij ook. Als de functie in een andere vorm terugkomt, hoor je het als eerste van me.

Hartelijke groet,
Jeroen Bakker
HR Manager""",
     footer="""Fietsfabriek Noord B.V. · Zernikelaan 8 · 9747 AA Groningen · [[Privacyverklaring]]""",
     lab=("jeroen.bakker@fietsfabrieknoord.example", "Jeroen", "Fietsfabriek Noord", "Marketing Manager"),
     notes="Teamtailor; vacancy withdrawn after reorganisation"),

dict(slug="greenhouse-andere-kandidaten", label="rejection", cat="ats-automated", style="ats",
     frm="Tulpstroom <no-reply@eu.greenhouse-mail.io>",
     subject="Tulpstroom – je sollicitatie voor Growth Marketing Lead",
     banner="tulpstroom", enc="quoted-printable", colour="#e76f51",
     body="""Hoi Sam,

Bedankt voor je interesse in Tulpstroom en de tijd die je in het sollicitatieproces hebt gestoken, inclusief de case die je voor ons uitwerkte.

Na de laatste gespreksronde hebben we de knoop doorgehakt: we gaan verder met een andere kandidaat voor de rol van Growth Marketing Lead. Jouw aanpak voor de activatiecampagne was sterk, maar de ervaring met energiemarkten gaf uiteindelijk de doorslag.

Wil je feedback? Mail dan naar talent@tulpstroom.example en we plannen een belletje in.

Veel succes!
Het Talent-team van Tulpstroom""",
     footer="""Tulpstroom B.V. · Keizersgracht 241 · 1016 EA Amsterdam · [[Privacy]]
Dit bericht is verstuurd via Greenhouse; antwoorden op dit adres worden niet gelezen.""",
     lab=("talent@tulpstroom.example", "", "Tulpstroom", "Growth Marketing Lead"),
     notes="Greenhouse; 'de knoop doorgehakt: we gaan verder met een andere kandidaat'; team address in body"),

dict(slug="portal-status-afgewezen", label="rejection", cat="status-portal", style="ats",
     frm="Havenstad Logistiek <noreply@havenstad.werkenbij.example>",
     subject="Statuswijziging sollicitatie",
     banner="Werken bij Havenstad", enc="quoted-printable", colour="#264653", html_only=True,
     table=[("Functie", "Communicatieadviseur"), ("Locatie", "Rotterdam"), ("Status", "Afgewezen na eerste selectie")],
     table_after=2,
     body="""Beste Sam Taylor,

In je kandidatenportaal is de status van je sollicitatie gewijzigd:

Log in op je [[persoonlijke pagina]] voor meer informatie.

Met vriendelijke groet,
Afdeling HR, Havenstad Logistiek""",
     footer="""Dit is een automatisch bericht. Reageren is niet mogelijk. · [[Privacyverklaring]]""",
     lab=("", "", "Havenstad Logistiek", "Communicatieadviseur"),
     notes="HTML-only; verdict only in a table cell ('Afgewezen na eerste selectie'); no contact"),

# ---------------------------------------------------------------- rejections, personal
dict(slug="keuze-gevallen-op-ander", label="rejection", cat="personal-after-interview", style="personal",
     frm="Marloes Visser <marloes.visser@dijkhuis-zuivel.example>",
     subject="Terugkoppeling gesprekken Brand Manager",
     enc="8bit",
     body="""Beste Sam,

Nogmaals dank voor de twee fijne gesprekken, en voor de presentatie over onze merkarchitectuur – die is hier nog dagen besproken.

We hebben alle indrukken naast elkaar gelegd. De keuze is uiteindelijk gevallen op een andere kandidaat, die al jaren in de zuivelsector werkt en onze retailpartners persoonlijk kent. Voor de functie van Brand Manager gaf dat net de doorslag.

Ik realiseer me dat dit teleurstellend is na zo'n intensief traject. Als je behoefte hebt aan een toelichting, bel me gerust.

Hartelijke groet,
Marloes Visser
Marketing Director
Dijkhuis Zuivel
06 5551 2093""",
     lab=("marloes.visser@dijkhuis-zuivel.example", "Marloes", "Dijkhuis Zuivel", "Brand Manager"),
     notes="je; 'De keuze is uiteindelijk gevallen op een andere kandidaat'"),

dict(slug="kort-niet-doorgaan", day="2026-11-18", label="rejection", cat="terse", style="personal",
     frm="Bas Jonker <bas@kaaskop.example>",
     subject="Re: Content Lead",
     reply=True, enc="quoted-printable",
     body="""Hoi Sam,

Korte update: we gaan voor de Content Lead-rol niet met je verder. Iemand anders paste net beter in het team.

Dank en succes!
Bas""",
     quote=("Op di 17 nov. 2026 om 21:05 schreef Sam Taylor <sam.taylor@example.org>:",
            """Hoi Bas, leuk gesprek vandaag! Ik hoor graag hoe jullie verder willen.
Groet, Sam"""),
     lab=("bas@kaaskop.example", "Bas", "", "Content Lead"),
     notes="terse; In-Reply-To; company only in domain"),

dict(slug="vlaams-bureau-klant", label="rejection", cat="agency", style="personal",
     frm="Wouter Peeters <wouter.peeters@talentbrug.example>",
     subject="Feedback Brouwerij Den Uyl – Marketing Manager",
     enc="quoted-printable",
     body="""Dag Sam,

Zoals beloofd laat ik je weten wat onze klant, Brouwerij Den Uyl, beslist heeft over de vacature van Marketing Manager.

Ze waren positief over je verhaal, maar kiezen ervoor om de procedure met jou niet verder te zetten. Ze zoeken iemand die vlot Frans spreekt om ook de Waalse horeca te bedienen, en daar scoorden twee andere kandidaten sterker.

Spijtig, want ik had er een goed gevoel bij. Ik hou je zeker op de hoogte van nieuwe opdrachten.

Met vriendelijke groeten,
Wouter Peeters
Senior Consultant – Talentbrug
Gent · +32 475 55 21 09""",
     lab=("wouter.peeters@talentbrug.example", "Wouter", "Brouwerij Den Uyl", "Marketing Manager"),
     notes="Flemish ('verder te zetten', 'spijtig'); agency relays the client; company = client"),

dict(slug="vacature-on-hold-gevraagd", day="2026-12-01", label="rejection", cat="role-cancelled", style="personal",
     frm="Eline Smit <eline.smit@oranjeboom-media.example>",
     subject="RE: Stand van zaken sollicitatie",
     reply=True, enc="8bit",
     body="""Hoi Sam,

Goed dat je even navraagt, ik had je eerder moeten mailen.

De vacature voor Senior Marketeer is sinds vorige week on hold gezet: een grote klant heeft zijn contract opgezegd en we nemen voorlopig niemand aan. Ik heb daarom alle lopende sollicitaties, ook die van jou, moeten afsluiten.

Vervelend nieuws, dat besef ik. Als de vacature weer opengaat, neem ik contact met je op.

Groet,
Eline Smit
Office & HR – Oranjeboom Media""",
     quote=("Van: Sam Taylor <sam.taylor@example.org>\nVerzonden: maandag 30 november 2026 10:02\nAan: Eline Smit\nOnderwerp: Stand van zaken sollicitatie",
            """Hoi Eline,

Is er al nieuws over de vacature voor Senior Marketeer? Ik ben nog steeds erg enthousiast.

Groet,
Sam"""),
     lab=("eline.smit@oranjeboom-media.example", "Eline", "Oranjeboom Media", "Senior Marketeer"),
     notes="role on hold in reply to the owner's question; Outlook-style quote"),

dict(slug="assessment-onvoldoende", day="2026-11-27", label="rejection", cat="after-assessment", style="personal",
     frm="drs. Pieter van Leeuwen <p.vanleeuwen@rijnoever.example>",
     subject="Uitslag assessment – Manager Communicatie",
     enc="base64",
     body="""Geachte Sam Taylor,

Op 20 november heeft u het assessment voor de functie Manager Communicatie afgerond. Inmiddels hebben wij de rapportage van het bureau ontvangen en met de selectiecommissie besproken.

Uit het assessment blijkt onvoldoende aansluiting bij de gevraagde competenties op het gebied van bestuurlijke advisering. De commissie heeft daarom besloten u niet voor te dragen voor benoeming.

Het volledige rapport ontvangt u binnen een week per post. Voor een nadere toelichting kunt u contact met mij opnemen.

Met vriendelijke groet,
drs. Pieter van Leeuwen
Voorzitter selectiecommissie
Waterschap Rijnoever
026 555 41 00""",
     lab=("p.vanleeuwen@rijnoever.example", "Pieter", "Waterschap Rijnoever", "Manager Communicatie"),
     notes="u-form, public sector; base64; after an assessment; 'besloten u niet voor te dragen'"),

# ---------------------------------------------------------------- other, ATS
dict(slug="ontvangstbevestiging-hedge", label="other", cat="ack-hedging", style="ats",
     frm="Molenwiek Energie <jobs@molenwiek.recruitee.com>",
     subject="We hebben je sollicitatie ontvangen!",
     banner="Molenwiek", enc="quoted-printable", colour="#2a9d8f",
     body="""Hoi Sam,

Top dat je hebt gesolliciteerd op de vacature Marketing Lead! Je gegevens zijn goed bij ons binnengekomen.

We bekijken alle sollicitaties binnen twee weken. Past je profiel niet bij wat we zoeken, dan laten we dat ook weten – je blijft dus niet in het ongewisse zitten.

Groeten,
Team Molenwiek""",
     footer="""Molenwiek Energie B.V. · Arnhem · [[Privacy]] · Verstuurd via Recruitee""",
     notes="acknowledgement that hedges ('Past je profiel niet ..., dan laten we dat ook weten')"),

dict(slug="workday-uitnodiging", label="other", cat="interview-invite", style="ats",
     frm="Zeeland Verzekeringen <zeelandverzekeringen@myworkday.com>",
     subject="Uitnodiging voor een gesprek: Marketing Manager Particulier (R-3351)",
     banner="Zeeland Verzekeringen", enc="quoted-printable", colour="#003d79",
     body="""Geachte Sam Taylor,

Met genoegen nodigen wij u uit voor een eerste gesprek voor de functie Marketing Manager Particulier.

U kunt via onderstaande link zelf een moment kiezen dat u schikt: [[Kies een tijdstip]]

Met vriendelijke groet,
Team Recruitment
Zeeland Verzekeringen""",
     footer="""Dit is een automatisch verzonden bericht. · [[Privacy]]""",
     notes="interview invitation; same sender as a rejection"),

dict(slug="nog-in-beoordeling", label="other", cat="status-update", style="ats",
     frm="Tulpstroom <no-reply@eu.greenhouse-mail.io>",
     subject="Even een update over je sollicitatie",
     banner="tulpstroom", enc="quoted-printable", colour="#e76f51",
     body="""Hoi Sam,

Je hebt nog niets van ons gehoord over je sollicitatie voor Brand Lead, en dat klopt: we zijn nog volop aan het beoordelen. Er is nog geen beslissing genomen.

We verwachten je uiterlijk 16 december meer te kunnen vertellen. Bedankt voor je geduld!

Het Talent-team van Tulpstroom""",
     footer="""Tulpstroom B.V. · Amsterdam · [[Privacy]]""",
     notes="status update: still under review"),

dict(slug="overgezet-andere-vacature", label="other", cat="requisition-transfer", style="ats",
     frm="Fietsfabriek Noord <no-reply@teamtailor-mail.com>",
     subject="Je sollicitatie is verplaatst naar een andere vacature",
     banner="Fietsfabriek Noord", enc="base64", colour="#f4a261",
     body="""Hoi Sam,

Goed nieuws: op verzoek van de hiring manager hebben we je sollicitatie voor Online Marketeer verplaatst naar de vacature Senior Online Marketeer, die beter bij je ervaring past.

Je hoeft niets te doen. Je gesprek op 9 december gaat gewoon door, alleen sluit nu ook de teamlead e-commerce aan.

Groetjes,
HR Fietsfabriek Noord""",
     footer="""Fietsfabriek Noord B.V. · Groningen · [[Privacyverklaring]]""",
     notes="application moved to another vacancy; process continues"),

dict(slug="hypotheek-afgewezen", label="other", cat="non-job-rejection", style="ats",
     frm="Dijkstra Hypotheken <noreply@dijkstra-hypotheken.example>",
     subject="Besluit over uw hypotheekaanvraag",
     banner="Dijkstra Hypotheken", enc="quoted-printable", colour="#1d3557",
     body="""Geachte Sam Taylor,

U heeft bij ons een hypotheek aangevraagd voor de woning aan de Lindelaan 12 in Amersfoort.

Na beoordeling van uw aanvraag hebben wij besloten deze niet te honoreren. Uw inkomen uit de nieuwe dienstbetrekking is nog niet vast genoeg om aan de leennormen te voldoen.

Uw adviseur neemt binnenkort contact met u op om de mogelijkheden te bespreken.

Met vriendelijke groet,
Afdeling Acceptatie""",
     footer="""Dijkstra Hypotheken B.V. · AFM-vergunning 12045678 · [[Privacy]] · Dit bericht is automatisch verzonden.""",
     notes="non-job: mortgage refused; mentions employment"),

# ---------------------------------------------------------------- other, personal
dict(slug="collega-afwijzing-kandidaten", label="other", cat="owner-is-hiring", style="personal",
     frm="Femke Hoekstra <femke.hoekstra@example.org>",
     subject="Afwijzingen kandidaten Marketing Coördinator",
     enc="8bit",
     body="""Hoi Sam,

Na ons overleg van gisteren: we nemen Daan aan als Marketing Coördinator. Wil jij Yara en Thijs bellen om ze af te wijzen? Zij hebben het laatste gesprek met jou gevoerd.

Daarna stuur ik de standaardmail: "Helaas hebben we besloten om niet met je verder te gaan…" – tenzij jij iets persoonlijkers wilt.

Groetjes,
Femke
HR – Example Org""",
     notes="owner is hiring: colleague asks Sam to reject candidates"),

dict(slug="recruiter-vervuld-nieuwe-rollen", label="other", cat="recruiter-pitch-filled", style="personal",
     frm="Ruben Mulder <ruben@headwaters-recruitment.example>",
     subject="Twee nieuwe rollen voor je",
     enc="quoted-printable",
     body="""Hoi Sam,

Een tijdje terug spraken we over die Head of Marketing-rol in Eindhoven; jij wilde toen liever niet verhuizen. Die rol is inmiddels vervuld, maar ik heb nu twee opdrachten die beter passen:

1. Product Marketing Lead bij een SaaS-scale-up in Amsterdam (hybride)
2. Brand Manager bij een duurzaam modemerk in Utrecht

Zin om deze week even te bellen?

Groet,
Ruben Mulder
Headwaters Recruitment · 06 5552 8821""",
     notes="recruiter: old role filled (owner had declined), pitching new ones"),

dict(slug="uitnodiging-na-vraag", day="2026-12-02", label="other", cat="interview-invite", style="personal",
     frm="Anouk Vermeulen <anouk.vermeulen@blauwe-reiger.example>",
     subject="Re: Andere kandidaat gekozen?",
     reply=True, enc="8bit",
     body="""Beste Sam,

Nee hoor, we hebben nog niemand gekozen! Excuses voor de stilte, het was een drukke maand.

Sterker nog: we willen je graag uitnodigen voor een tweede gesprek met onze directeur. Kan je op donderdag 10 december om 13.30 uur in Leiden zijn?

Hartelijke groet,
Anouk Vermeulen
HR Adviseur – De Blauwe Reiger""",
     quote=("Op 1 dec. 2026, om 09:12 heeft Sam Taylor <sam.taylor@example.org> het volgende geschreven:",
            """Beste Anouk,

Het is al even stil sinds ons gesprek. Hebben jullie inmiddels voor een andere kandidaat gekozen?

Groet,
Sam"""),
     notes="interview invitation answering the owner's 'have you chosen another candidate?'"),

dict(slug="afwezigheidsmelding", label="other", cat="auto-reply", style="personal",
     frm="Lotte de Graaf <lotte.degraaf@noorderlicht-zorg.example>",
     subject="Automatisch antwoord: Sollicitatie Communicatiemedewerker",
     headers={"Auto-Submitted": "auto-replied"},
     enc="quoted-printable",
     body="""Dank voor je bericht. Ik ben afwezig tot en met 11 december en lees mijn mail niet.

Voor vragen over sollicitaties kun je terecht bij recruitment@noorderlicht-zorg.example.

Met vriendelijke groet,
Lotte de Graaf""",
     notes="out-of-office auto-reply"),

dict(slug="vriendin-stuurt-afwijzing-door", day="2026-12-02", label="other", cat="forwarded", style="personal",
     frm="Iris Bos <iris.bos@ziggo.example>",
     subject="Fw: Uw sollicitatie",
     enc="quoted-printable",
     body="""Hee Sam,

Balen… zie hieronder. Jij bent toch goed in dit soort mailtjes beantwoorden? Wil je even meekijken wat ik terugstuur?

Xx Iris

________________________________
Van: Gemeente Zuidwolde <personeelszaken@zuidwolde.example>
Verzonden: woensdag 2 december 2026 11:47
Aan: Iris Bos
Onderwerp: Uw sollicitatie

Geachte mevrouw Bos,

Helaas moeten wij u meedelen dat u niet bent geselecteerd voor een gesprek voor de functie beleidsmedewerker.

Met vriendelijke groet,
Personeelszaken""",
     notes="a friend's rejection forwarded (Outlook style)"),
]
