"""Dutch messages (the Netherlands and Flanders): 12 rejections, 12 hard negatives."""
LANG = "nl"
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="nl-polderlicht-recruitee-niet-verder", label="rejection", cat="ats-automated", style="ats", variant="nl-NL",
     vendor="recruitee", brand="Polderlicht Energie", headers=AUTO,
     frm="Polderlicht Energie <no-reply@mail.recruitee.com>",
     subject="Je sollicitatie bij Polderlicht Energie",
     text="""Hoi Sam,

Bedankt voor je sollicitatie op de functie Product Marketeer en je interesse in Polderlicht Energie.

We hebben veel reacties ontvangen en alle cv's zorgvuldig bekeken. Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie.

We wensen je veel succes bij je zoektocht naar een nieuwe baan.

Met vriendelijke groet,
Team Recruitment Polderlicht Energie""",
     about="Polderlicht Energie levert groene stroom aan ruim 300.000 huishoudens. Wij zijn een erkend leerbedrijf en staan voor gelijke kansen.",
     exp=("", "", "Polderlicht Energie", "Product Marketeer"), notes="ordinary"),

dict(slug="nl-fietsfabriek-workable-andere-kandidaten", label="rejection", cat="ats-automated", style="ats", variant="nl-NL",
     vendor="workable", brand="Fietsfabriek Noord", plain="auto", headers=AUTO,
     frm="Fietsfabriek Noord <noreply@candidates.workablemail.com>",
     reply_to="Joost de Haan <joost@fietsfabrieknoord.example>",
     subject="Update over je sollicitatie: Growth Marketing Manager",
     text="""Beste Sam,

Nogmaals dank voor je interesse in de rol van Growth Marketing Manager bij Fietsfabriek Noord en voor de tijd die je in je motivatie hebt gestoken.

Na zorgvuldige overweging hebben we besloten om andere kandidaten uit te nodigen voor een gesprek, van wie de ervaring beter aansluit bij wat we op dit moment zoeken.

We bewaren je gegevens nog vier weken, daarna worden ze verwijderd. Wil je dat we je cv een jaar bewaren voor toekomstige vacatures? Laat het ons weten via [[deze link]].

Hartelijke groet,
Joost de Haan
Head of People""",
     exp=("joost@fietsfabrieknoord.example", "Joost", "Fietsfabriek Noord", "Growth Marketing Manager"), notes="html-autotext; retention-question; reply-to-header"),

dict(slug="nl-brugse-successfactors-weerhouden-nl-fr", label="rejection", cat="ats-automated", style="ats", variant="nl-BE",
     vendor="successfactors", brand="Brugse Havenlogistiek", html_only=True, headers=AUTO,
     frm="Brugse Havenlogistiek Jobs <jobs@successfactors.eu>",
     subject="Uw kandidatuur / Votre candidature - Marketing Manager Benelux (Req. 8812)",
     text="""Geachte heer/mevrouw Taylor,

Wij danken u voor uw kandidatuur voor de functie van Marketing Manager Benelux (Req. 8812) en voor de interesse die u toont in Brugse Havenlogistiek.

Na grondige analyse van uw dossier hebben wij beslist uw kandidatuur niet te weerhouden voor de volgende fase van de selectieprocedure.

Wij wensen u veel succes in uw verdere loopbaan.

Met vriendelijke groeten,
HR Brugse Havenlogistiek

---

Madame, Monsieur,

Nous vous remercions pour votre candidature au poste de Marketing Manager Benelux (Req. 8812). Après analyse de votre dossier, nous avons décidé de ne pas retenir votre candidature pour la suite de la procédure.

Avec nos salutations distinguées,
RH Brugse Havenlogistiek""",
     exp=("", "", "Brugse Havenlogistiek", "Marketing Manager Benelux"), notes="flemish; weerhouden; bilingual-nl-fr; html-only; formal-u"),

dict(slug="nl-zuiderzee-werkzoeken-niet-geselecteerd", label="rejection", cat="job-board-relay", style="ats", variant="nl-NL",
     vendor="werkzoeken", brand="Nationale Vacaturebank", headers=BULK,
     frm="Nationale Vacaturebank <noreply@nationalevacaturebank.example>",
     subject="De status van je sollicitatie is gewijzigd",
     text="""Hallo Sam,

Er is een update over een sollicitatie die je via Nationale Vacaturebank hebt verstuurd.

{table}

De werkgever heeft je sollicitatie bekeken en kiest ervoor het proces met andere kandidaten voort te zetten. Bekijk al je sollicitaties in [[Mijn sollicitaties]].

Niet getreurd: er staan 24 nieuwe vacatures voor je klaar. [[Bekijk vacatures]]""",
     table=[("Vacature", "Brand Manager"), ("Werkgever", "Zuiderzee Verzekeringen"), ("Plaats", "Lelystad"),
            ("Status", "Niet geselecteerd")],
     exp=("", "", "Zuiderzee Verzekeringen", "Brand Manager"), notes="job-board-relay; status-table; bulk-headers"),

dict(slug="nl-kadekoffie-teamtailor-ingevuld", label="rejection", cat="keep-on-file", style="ats", variant="nl-NL",
     vendor="teamtailor", brand="Kade Koffie", headers=AUTO, plain="auto",
     frm="Kade Koffie <no-reply@teamtailor.com>",
     subject="Content Lead bij Kade Koffie",
     text="""Hi Sam!

Dank je wel voor je sollicitatie als Content Lead. Leuk dat je bij Kade Koffie wilde komen werken!

We willen je even laten weten dat de vacature inmiddels is ingevuld. We vonden je profiel wel echt interessant, dus: mogen we je gegevens nog 12 maanden bewaren, zodat we je kunnen benaderen als er iets nieuws opengaat?

Vragen? Mail me gerust op mirthe@kadekoffie.example.

Koffiegroet,
Mirthe
Recruiter @ Kade Koffie""",
     button="Ja, bewaar mijn gegevens",
     exp=("mirthe@kadekoffie.example", "Mirthe", "Kade Koffie", "Content Lead"), notes="filled; talent-pool-question; casual-ats"),

dict(slug="nl-tulpgracht-greenhouse-assessment", label="rejection", cat="after-assessment", style="ats", variant="nl-NL",
     vendor="greenhouse", brand="Tulpgracht Bank", headers=AUTO,
     frm="Tulpgracht Bank Careers <no-reply@eu.greenhouse-mail.io>",
     subject="Uitslag assessment - Product Owner Marketing Platform",
     text="""Beste Sam,

Hartelijk dank voor het maken van het online assessment voor de functie Product Owner Marketing Platform.

Op basis van de resultaten van het assessment kunnen we je helaas niet meenemen naar de volgende ronde. Je scores op het onderdeel analytisch redeneren lagen onder de norm die we voor deze functie hanteren.

Je persoonlijke rapport is 30 dagen beschikbaar via [[je kandidatenportaal]].

Met vriendelijke groet,
Talent Acquisition Tulpgracht Bank""",
     about="Tulpgracht Bank is een coöperatieve bank met 4.000 medewerkers. Diversiteit en inclusie staan bij ons centraal.",
     exp=("", "", "Tulpgracht Bank", "Product Owner Marketing Platform"), notes="after-assessment; english-ats-sender"),

# ---------------------------------------------------------------- rejections, personal
dict(slug="nl-sanne-recruiter-verdict-end", day="2026-11-02", label="rejection", cat="personal-after-interview", style="personal", variant="nl-NL",
     frm="Sanne Verhoeven <sanne.verhoeven@grachtdata.example>",
     subject="Terugkoppeling gesprekken Marketing Manager",
     text="""Hoi Sam,

Allereerst nogmaals bedankt voor de twee fijne gesprekken van de afgelopen weken, en voor de presentatie over onze lancering in Duitsland. Iedereen in het team was onder de indruk van hoe je de klantdata had uitgesplitst, en Pieter noemde je 'de meest voorbereide kandidaat die we hebben gezien'.

We hebben het intern lang over de rol van Marketing Manager gehad. Het profiel is in de loop van het proces wat verschoven richting B2B en partnermarketing, en dat speelde uiteindelijk een grote rol.

Om die reden hebben we uiteindelijk gekozen voor een kandidaat met meer ervaring in B2B. Ik vind het echt jammer om je dit te moeten laten weten.

Als je het leuk vindt, bel ik je donderdag even voor uitgebreidere feedback.

Hartelijke groet,
Sanne Verhoeven
Talent Partner | Grachtdata
06 - 41 22 87 90""",
     exp=("sanne.verhoeven@grachtdata.example", "Sanne", "Grachtdata", "Marketing Manager"), notes="verdict-end; praise-first"),

dict(slug="nl-flemish-hm-kort", label="rejection", cat="terse", style="personal", variant="nl-BE",
     frm="Wouter Claes <wouter.claes@scheldewerf.example>",
     subject="Content Strategist",
     text="""Hey Sam,

Na lang wikken en wegen gaan we voor de rol van Content Strategist niet verder met jou, sorry. Ik bel je morgen even voor wat feedback, goed?

Groetjes,
Wouter
Creative Director | Scheldewerf

Verstuurd vanaf mijn iPhone""",
     exp=("wouter.claes@scheldewerf.example", "Wouter", "Scheldewerf", "Content Strategist"), notes="flemish; terse; phone"),

dict(slug="nl-agency-opdrachtgever-on-hold", label="rejection", cat="role-cancelled", style="personal", variant="nl-NL",
     frm="Bas Mulder <bas.mulder@oranjewerving.example>",
     subject="Update Hoofd Marketing - Dijkstra Zuivel",
     text="""Hoi Sam,

Even een update over de vacature Hoofd Marketing bij Dijkstra Zuivel. Ik kreeg vanochtend een telefoontje van de HR-directeur: door een overname die vorige week bekend is gemaakt, zetten ze alle werving voor het managementteam stop. De vacature wordt ingetrokken en ze weten nog niet of en wanneer hij terugkomt.

Dat betekent helaas dat jouw procedure daar stopt, net nu je het tweede gesprek zo goed had gedaan. Balen!

Ik houd je uiteraard op de hoogte mocht het veranderen, en ik kijk ondertussen of ik iets vergelijkbaars voor je heb.

Groet,
Bas Mulder
Senior Consultant | Oranje Werving & Selectie
+31 (0)20 555 18 44""",
     exp=("bas.mulder@oranjewerving.example", "Bas", "Dijkstra Zuivel", "Hoofd Marketing"), notes="agency; vacancy-withdrawn; acquisition"),

dict(slug="nl-intern-ingevuld-reply", day="2026-11-09", label="rejection", cat="internal-candidate", style="personal", variant="nl-NL",
     frm="Femke Bakker <f.bakker@hanzehuis.example>", parent=True,
     subject="RE: Stand van zaken sollicitatie Communicatieadviseur",
     text="""Beste Sam,

Dank voor je geduld en excuses dat het zo lang heeft geduurd. Helaas is de functie van Communicatieadviseur inmiddels intern ingevuld door een collega van de afdeling Publiekszaken. We sluiten daarmee de externe procedure af.

Met vriendelijke groet,

Femke Bakker
HR-adviseur | Hanzehuis Zwolle
T 038 555 4120

Van: Sam Taylor <sam.taylor@example.org>
Verzonden: maandag 2 november 2026 09:31
Aan: Femke Bakker <f.bakker@hanzehuis.example>
Onderwerp: Stand van zaken sollicitatie Communicatieadviseur

Beste Femke,

Ik heb op 5 oktober gesolliciteerd op de functie van Communicatieadviseur. Kunt u mij laten weten wat de stand van zaken is?

Met vriendelijke groet,
Sam Taylor""",
     exp=("f.bakker@hanzehuis.example", "Femke", "Hanzehuis Zwolle", "Communicatieadviseur"), notes="internal-candidate; outlook-quote; reply-above-thread"),

dict(slug="nl-flemish-formal-onvoldoende", day="2026-10-23", label="rejection", cat="personal-after-interview", style="personal", variant="nl-BE",
     frm="An Vermeulen <an.vermeulen@drukkerij-vandamme.example>", client_html=True,
     subject="Uw sollicitatie Communicatieverantwoordelijke",
     text="""Geachte Sam Taylor,

Wij danken u voor uw kandidatuur voor de functie van Communicatieverantwoordelijke bij Drukkerij Vandamme en voor het gesprek dat u op 14 oktober met ons hebt gevoerd in Gent.

Zoals u weet, maakt onze onderneming een ingrijpende digitale transitie door. Voor deze functie zoeken wij iemand die naast de externe communicatie ook de interne veranderingscommunicatie kan trekken, en die vertrouwd is met de grafische sector en haar klanten. Wij hebben alle kandidaturen aan deze criteria getoetst.

Het spijt ons u te moeten meedelen dat uw profiel onvoldoende aansluit bij de verwachtingen voor deze functie, en dat wij de procedure met een andere kandidaat verderzetten.

Uw gegevens worden overeenkomstig de GDPR na afloop van de procedure verwijderd, tenzij u ons uitdrukkelijk toestemming geeft om ze twee jaar bij te houden in onze wervingsreserve.

Wij wensen u veel succes in uw verdere loopbaan.

Met de meeste hoogachting,

An Vermeulen
Personeelsdienst
Drukkerij Vandamme nv
Industrieweg 114, 9032 Wondelgem
tel. 09 255 41 10""",
     charset="windows-1252", cte="8bit",
     exp=("an.vermeulen@drukkerij-vandamme.example", "An", "Drukkerij Vandamme", "Communicatieverantwoordelijke"), notes="flemish; formal; verdict-middle; gdpr-paragraph"),

dict(slug="nl-resent-mail-niet-aangekomen", day="2026-11-17", label="rejection", cat="personal-after-interview", style="personal", variant="nl-NL",
     frm="Lotte Jansen <lotte@studio-ijver.example>", parent=True,
     subject="Fwd: Terugkoppeling sollicitatie Brand Strategist",
     text="""Hoi Sam,

Wat vervelend dat mijn mail van vorige week niet is aangekomen! Ik stuur hem hieronder nog even door. Nogmaals sorry voor de verwarring.

Groetjes,
Lotte

---------- Doorgestuurd bericht ---------
Van: Lotte Jansen <lotte@studio-ijver.example>
Datum: di 10 nov 2026 om 16:12
Onderwerp: Terugkoppeling sollicitatie Brand Strategist
Aan: Sam Taylor <sam.taylor@example.org>

Hoi Sam,

Dank je voor het leuke gesprek van vrijdag. We hebben er goed over nagedacht, maar we hebben besloten om de rol van Brand Strategist aan iemand anders aan te bieden, die ook al ervaring heeft met onze grootste klant.

Ik had je graag beter nieuws gegeven. Heel veel succes met je zoektocht!

Groetjes,
Lotte Jansen
Studio IJver | Amsterdam""",
     exp=("lotte@studio-ijver.example", "Lotte", "Studio IJver", "Brand Strategist"), notes="re-sent; own-mail-forwarded-again; rejection-inside-forward"),

# ---------------------------------------------------------------- others, ATS
dict(slug="nl-recruitee-ack-wel-of-niet", label="other", cat="ack-received", style="ats", variant="nl-NL",
     vendor="recruitee", brand="Polderlicht Energie", headers=AUTO,
     frm="Polderlicht Energie <no-reply@mail.recruitee.com>",
     subject="Bedankt voor je sollicitatie bij Polderlicht Energie",
     text="""Hoi Sam,

Bedankt voor je sollicitatie op de functie Senior Product Marketeer. We hebben je cv en motivatie in goede orde ontvangen.

We bekijken alle sollicitaties na de sluitingsdatum van 30 november. Je hoort uiterlijk half december van ons, of we nu wel of niet verder gaan met je sollicitatie. Helaas kunnen we niet iedereen persoonlijk feedback geven.

Met vriendelijke groet,
Team Recruitment Polderlicht Energie""",
     notes="ack-hedge; same-vendor-as-rejection"),

dict(slug="nl-workable-assessment-uitnodiging", label="other", cat="assessment-invite", style="ats", variant="nl-NL",
     vendor="workable", brand="Fietsfabriek Noord", headers=AUTO, plain="auto",
     frm="Fietsfabriek Noord <noreply@candidates.workablemail.com>",
     subject="Volgende stap: online assessment - Marketing Analyst",
     text="""Beste Sam,

Goed nieuws: je bent door naar de volgende stap in de procedure voor Marketing Analyst!

Als volgende stap vragen we je een online assessment te maken (ongeveer 45 minuten). Kandidaten die het assessment niet binnen vijf werkdagen afronden, kunnen we helaas niet meenemen in de verdere selectie.

[[Start het assessment]]

Hartelijke groet,
Joost de Haan
Head of People""",
     notes="assessment-invite; conditional-negative-clause"),

dict(slug="nl-indeed-vacaturemelding", label="other", cat="job-alert", style="ats", variant="nl-NL",
     vendor="indeed", brand="Indeed", headers=BULK,
     frm="Indeed <alert@indeed.example>",
     subject="Product Marketing Manager: 9 nieuwe vacatures in Amsterdam",
     text="""Nieuwe vacatures voor 'product marketing manager' in Amsterdam

- Product Marketing Manager - Grachtdata - Amsterdam - Vandaag
- Brand Manager - Zuiderzee Verzekeringen - Lelystad - Deze vacature is niet meer beschikbaar
- Growth Lead - Fietsfabriek Noord - Groningen - €4.800 - €6.200 per maand
- Marketing Manager Benelux - Brugse Havenlogistiek - Brugge

[[Bekijk alle vacatures]]""",
     notes="job-alert; expired-listing"),

dict(slug="nl-woning-toegewezen", label="other", cat="non-job-rejection", style="ats", variant="nl-NL",
     vendor="generic", brand="WoonPunt Amstelland", headers=AUTO,
     frm="WoonPunt Amstelland <noreply@woonpunt-amstelland.example>",
     subject="Uitslag reactie op woning Jan Steenstraat 42-2",
     text="""Beste Sam Taylor,

U heeft gereageerd op de woning aan de Jan Steenstraat 42-2 in Amstelveen.

Helaas, de woning is toegewezen aan een andere woningzoekende met een hogere positie op de rangorde. Uw reactie is daarom afgewezen.

{table}

U kunt direct op andere woningen reageren via [[Mijn WoonPunt]].

Met vriendelijke groet,
WoonPunt Amstelland""",
     table=[("Woning", "Jan Steenstraat 42-2"), ("Uw positie", "17"), ("Status", "Afgewezen")],
     notes="housing-application-declined"),

dict(slug="nl-personio-aanbod", label="other", cat="offer", style="ats", variant="nl-NL",
     vendor="personio", brand="Grachtdata", headers=AUTO,
     frm="Grachtdata via Personio <no-reply@personio.example>", reply_to="Sanne Verhoeven <sanne.verhoeven@grachtdata.example>",
     subject="Je aanbod van Grachtdata staat klaar",
     text="""Hoi Sam,

Gefeliciteerd! We willen je heel graag een aanbod doen voor de functie Insights Lead.

Je vindt het aanbod en de arbeidsvoorwaarden in je persoonlijke omgeving. Het aanbod is geldig tot en met 11 december; daarna vervalt het.

[[Bekijk je aanbod]]

We kijken ernaar uit om van je te horen!
Sanne Verhoeven""",
     notes="offer; company-also-rejected-sam-elsewhere"),

dict(slug="nl-teamtailor-talentnetwerk", label="other", cat="talent-pool", style="ats", variant="nl-NL",
     vendor="teamtailor", brand="Kade Koffie", headers=BULK,
     frm="Kade Koffie <no-reply@teamtailor.com>",
     subject="Blijf op de hoogte van vacatures bij Kade Koffie",
     text="""Hi Sam!

Je hebt eerder interesse getoond in werken bij Kade Koffie. Op dit moment hebben we geen openstaande vacature die bij je past, maar we groeien hard en openen in 2027 drie nieuwe branches.

Word lid van ons talentnetwerk, dan sturen we je als eerste nieuwe vacatures in marketing en content.

[[Word lid]]

Koffiegroet,
Team Kade Koffie""",
     notes="talent-pool-invite; no-verdict; no-open-role-phrase"),

# ---------------------------------------------------------------- others, personal
dict(slug="nl-owner-sent-afwijzing-kandidaat", label="other", cat="owner-sent", style="personal", variant="nl-NL",
     frm="Sam Taylor <sam.taylor@example.org>", to="Daan Kramer <daan.kramer@mailbox.example>",
     subject="Je sollicitatie bij Calder Street Media",
     text="""Beste Daan,

Dank je voor je sollicitatie op de functie van Research Analyst bij Calder Street Media en voor het prettige gesprek van vorige week.

Helaas hebben we besloten niet verder te gaan met je sollicitatie; we hebben gekozen voor een kandidaat met meer ervaring in kwantitatief onderzoek.

Ik wens je veel succes met je zoektocht.

Met vriendelijke groet,
Sam Taylor
Head of Insights | Calder Street Media""",
     notes="owner-sent; owner-is-hiring"),

dict(slug="nl-colleague-afwijzingen-verstuurd", label="other", cat="owner-hiring", style="personal", variant="nl-NL",
     frm="Noor el Amrani <noor.elamrani@example.org>",
     subject="Research Analyst - afwijzingen verstuurd",
     text="""Hoi Sam,

Ik heb vanochtend de afwijzingen verstuurd naar de drie kandidaten die je vorige week hebt afgewezen (Daan, Yara en Thijs). Thijs vroeg om feedback; zal ik die geven of wil jij hem even bellen?

De twee overgebleven kandidaten staan voor donderdag ingepland.

Groet,
Noor
HR | Calder Street Media""",
     notes="colleague; owner-is-hiring"),

dict(slug="nl-referenties-opvragen", label="other", cat="reference-request", style="personal", variant="nl-BE",
     frm="Kobe Peeters <kobe.peeters@lieven-retail.example>",
     subject="Referenties - Head of CRM",
     text="""Dag Sam,

Goed nieuws: na het gesprek met onze CEO zou ik graag de laatste stap zetten in de procedure voor Head of CRM. Mag ik twee referenties van je contacteren? Het liefst een vroegere leidinggevende en iemand uit je huidige team.

Geen zorgen, dit is voor ons een formaliteit: het is geen afwijzing en ook geen uitstel.

Vriendelijke groeten,
Kobe Peeters
HR Business Partner | Lieven Retail
0476 55 21 09""",
     notes="reference-request; flemish; negated-rejection-word"),

dict(slug="nl-artikel-niet-geplaatst", label="other", cat="non-job-rejection", style="personal", variant="nl-NL",
     frm="Redactie Marketing Tribune <redactie@marketingtribune-nl.example>",
     subject="Je ingezonden artikel",
     text="""Beste Sam,

Dank voor het insturen van je opiniestuk 'Stop met het meten van vanity metrics'. We hebben het met de redactie besproken.

Helaas kunnen we je artikel niet plaatsen: we hebben recent twee vergelijkbare stukken gepubliceerd. We nodigen je wel van harte uit om in het voorjaar een voorstel in te sturen voor onze special over data en creativiteit.

Met vriendelijke groet,
Eva Smit
Eindredacteur""",
     notes="article-declined"),

dict(slug="nl-reply-followup-contact-houden", day="2026-11-04", label="other", cat="reply-to-owner-followup", style="personal", variant="nl-NL",
     frm="Sanne Verhoeven <sanne.verhoeven@grachtdata.example>", parent=True, parent_depth=2,
     subject="Re: Terugkoppeling gesprekken Marketing Manager",
     text="""Hoi Sam,

Wat een sportieve reactie, dank je wel! Ik houd je zeker in gedachten, en we houden contact. Ik bel je donderdag om 10:00 zoals afgesproken.

Groet,
Sanne

Op 3 nov 2026, om 20:14 heeft Sam Taylor <sam.taylor@example.org> het volgende geschreven:
> Hoi Sanne,
>
> Dank je voor het eerlijke bericht, jammer natuurlijk maar ik begrijp de
> keuze voor iemand met meer B2B-ervaring. Feedback op donderdag graag!
>
> Groet, Sam
>
>> Om die reden hebben we uiteindelijk gekozen voor een kandidaat met meer
>> ervaring in B2B. Ik vind het echt jammer om je dit te moeten laten weten.""",
     wrap=False, notes="rejection-only-in-quote"),

dict(slug="nl-gesprek-afgezegd-opnieuw", label="other", cat="reschedule", style="personal", variant="nl-NL",
     frm="Ruben Visser <ruben.visser@deltamedia.example>",
     subject="Afgezegd: ons gesprek van dinsdag",
     text="""Hoi Sam,

Helaas moet ik ons gesprek van dinsdag om 14:00 afzeggen: ik ben ziek thuis. Vervelend, want ik keek er echt naar uit.

De procedure voor Senior Marketeer loopt gewoon door en je bent nog volop in beeld. Zou donderdag of vrijdag ook kunnen? Dan stuur ik een nieuwe uitnodiging.

Groet,
Ruben""",
     notes="interview-cancelled-rescheduled"),
]
