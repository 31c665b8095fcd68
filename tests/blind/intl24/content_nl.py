"""Dutch messages (Netherlands, Flanders): 8 rejections, 8 hard negatives."""
LANG = "nl"
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
    # ---------------- rejections: ATS ----------------
    dict(slug="recruitee-fietsfabriek-niet-verder", day="2026-10-07", label="rejection", cat="ats-automated", style="ats", country="NL",
         vendor="recruitee", brand="Fietsfabriek Noord", headers=AUTO,
         frm="Fietsfabriek Noord <no-reply@mail.recruitee.com.example>", reply_to="Lotte de Vries <lotte.devries@fietsfabrieknoord.example>",
         subject="Je sollicitatie als Product Marketeer bij Fietsfabriek Noord",
         text="""Hoi Sam,

Bedankt voor je sollicitatie als Product Marketeer en voor de tijd die je hebt gestoken in je motivatie.

We hebben je cv en motivatie met het team doorgenomen. Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We hebben gekozen voor kandidaten van wie de ervaring net wat beter aansluit bij wat we nu zoeken.

We wensen je veel succes met je zoektocht!

Met vriendelijke groet,
Lotte de Vries
Recruiter | Fietsfabriek Noord""",
         exp=("lotte.devries@fietsfabrieknoord.example", "Lotte", "Fietsfabriek Noord", "Product Marketeer"),
         notes="recruitee; the most ordinary Dutch wording; Reply-To recruiter"),
    dict(slug="homerun-wadden-bewaren-gegevens", label="rejection", cat="keep-on-file", style="ats", country="NL",
         vendor="homerun", brand="Studio Wadden", headers=AUTO, auto_plain=True,
         frm="Studio Wadden <jobs@homerun.co.example>",
         subject="Update over je sollicitatie: Brand Strategist",
         text="""Hi Sam,

Wat leuk dat je wilde solliciteren op onze vacature Brand Strategist! We hebben je sollicitatie zorgvuldig bekeken.

Er waren veel sterke kandidaten en we hebben ervoor gekozen om anderen uit te nodigen voor een gesprek, wier ervaring beter aansluit bij deze rol. Dit is dus geen match voor nu.

Mogen we je gegevens nog een jaar bewaren? Dan laten we van ons horen als er een passende vacature vrijkomt. [[Ja, bewaar mijn gegevens]] · [[Nee, verwijder mijn gegevens]]

Hartelijke groet,
Team Studio Wadden

Studio Wadden · Harlingen · studiowadden.example · Instagram · LinkedIn""",
         exp=("", "", "Studio Wadden", "Brand Strategist"),
         notes="homerun; data-retention choice; auto-generated plain with link list"),
    dict(slug="indeed-be-brouwerij-niet-geselecteerd", label="rejection", cat="job-board-status", style="ats", country="BE",
         vendor="indeed", brand="Brouwerij Schelde", headers=BULK, auto_plain=True,
         frm="Indeed <noreply@indeed.com.example>",
         subject="Update van Brouwerij Schelde over je sollicitatie",
         text="""Sam, er is een update over je sollicitatie

{table}

Brouwerij Schelde heeft je sollicitatie bekeken en heeft besloten om niet met jou verder te gaan voor deze functie.

Bericht van de werkgever: "Bedankt voor je interesse in Brouwerij Schelde. We hebben intussen een kandidaat gevonden die past bij ons team. Veel succes!"

Andere vacatures die je misschien interesseren:
- Marketing Manager · Chocolaterie Leie · Gent
- Brand Manager · Frisdranken Kempen · Turnhout

[[Bekijk vacatures]]""",
         table=[("Functie", "Marketing & Communicatie Manager"), ("Bedrijf", "Brouwerij Schelde - Antwerpen"),
                ("Status", "Niet geselecteerd")],
         exp=("", "", "Brouwerij Schelde", "Marketing & Communicatie Manager"),
         notes="indeed relay, Flanders; status table; bulk headers; auto-generated plain"),
    dict(slug="workday-rijnmond-vacature-vervuld", label="rejection", cat="role-filled", style="ats", country="NL",
         vendor="workday", brand="Rijnmond Energie", headers=AUTO,
         frm="Rijnmond Energie <rijnmondenergie@myworkday.com.example>",
         subject="Rijnmond Energie - Senior Marketing Manager Zakelijk (JR-04512)",
         text="""Beste Sam Taylor,

Hartelijk dank voor je interesse in Rijnmond Energie en je sollicitatie op de functie Senior Marketing Manager Zakelijk (JR-04512).

Bij Rijnmond Energie werken ruim 3.000 collega's aan de energietransitie van morgen. We geloven in een inclusieve werkomgeving waarin iedereen zichzelf kan zijn.

Wij laten je weten dat de vacature inmiddels is vervuld. Je sollicitatie voor deze functie wordt daarom niet verder in behandeling genomen. Uiteraard kun je altijd op andere vacatures reageren via ons [[carrièreportaal]].

Met vriendelijke groet,
Team Talent Acquisition
Rijnmond Energie

---
Dear Sam Taylor, thank you for applying for Senior Marketing Manager Zakelijk (JR-04512). This position has been filled. This mailbox is not monitored.""",
         exp=("", "", "Rijnmond Energie", "Senior Marketing Manager Zakelijk"),
         notes="workday; position filled; verdict after company boilerplate; English summary below"),
    # ---------------- rejections: personal ----------------
    dict(slug="gent-sofie-na-gesprek", label="rejection", cat="personal-after-interview", style="personal", country="BE",
         frm="Sofie Claeys <sofie.claeys@drukkerijvanacker.example>", client_html=True,
         subject="Jouw kandidatuur Marketing Manager",
         text="""Dag Sam,

Nogmaals bedankt voor het fijne gesprek van vorige week donderdag, samen met Pieter. We hebben ondertussen alle kandidaten gezien en een knoop doorgehakt.

Jammer genoeg moet ik je laten weten dat we niet verder gaan met jouw kandidatuur voor de functie van Marketing Manager. We hebben uiteindelijk gekozen voor een kandidaat met meer ervaring in de B2B-markt van de grafische sector.

Ik wil je wel meegeven dat je presentatie over ons klantenbestand heel sterk was. Als je feedback wil, bel me gerust.

Met vriendelijke groeten,
Sofie Claeys
HR-verantwoordelijke
Drukkerij Van Acker NV · Industrieweg 14, 9000 Gent
+32 9 555 21 40""",
         exp=("sofie.claeys@drukkerijvanacker.example", "Sofie", "Drukkerij Van Acker", "Marketing Manager"),
         notes="Flemish wording ('kandidatuur', 'knoop doorgehakt'); after interview"),
    dict(slug="amsterdam-bas-kort-niet-doen", day="2026-11-06", label="rejection", cat="terse", style="personal", country="NL",
         frm="Bas Hoekstra <bas@tulpia.example>", parent=True,
         subject="Re: Growth Lead - vervolg?",
         text="""Hoi Sam,

Sorry voor de late reactie. We gaan het niet met jou doen, we hebben iemand gevonden die al in ons netwerk zat. Dank voor je tijd en succes verder!

Groet,
Bas
Tulpia | Founder

Op 4 nov 2026 om 10:02 heeft Sam Taylor <sam.taylor@example.org> het volgende geschreven:

> Hoi Bas, hoe staat het met de rol van Growth Lead? Ik hoor graag of er al een vervolgstap is.
> Groet, Sam""",
         exp=("bas@tulpia.example", "Bas", "Tulpia", "Growth Lead"),
         notes="terse, colloquial Dutch; Apple Mail quote"),
    dict(slug="rotterdam-mark-bureau-on-hold", label="rejection", cat="role-cancelled", style="personal", country="NL",
         frm="Mark Janssen <mark.janssen@hoofdzaakwerving.example>",
         subject="Update vacature Marketing Lead Havenbedrijf Delta Logistiek",
         text="""Hi Sam,

Even een update over de vacature Marketing Lead bij onze opdrachtgever Havenbedrijf Delta Logistiek.

Ik kreeg vanochtend te horen dat de opdrachtgever de vacature on hold heeft gezet vanwege een reorganisatie in de commerciële afdeling. Ze hebben aangegeven dat het nog onduidelijk is of en wanneer de functie weer opengaat, dus het proces stopt voorlopig voor alle kandidaten. Heel zuur, want je zat bij de laatste twee.

Ik houd je uiteraard op de hoogte als er beweging in komt, en ik heb nog een paar andere rollen die misschien interessant zijn. Zullen we volgende week even bellen?

Groeten,
Mark Janssen
Senior Consultant Marketing & Sales
Hoofdzaak Werving & Selectie · Rotterdam
06 5555 1823""",
         exp=("mark.janssen@hoofdzaakwerving.example", "Mark", "Havenbedrijf Delta Logistiek", "Marketing Lead"),
         notes="agency; client put role on hold indefinitely; agency also offers a call about other roles"),
    dict(slug="gemeente-zuiderhaven-selectiecommissie", day="2026-10-27", label="rejection", cat="public-sector", style="personal", country="NL",
         frm="Ingrid Bakker <i.bakker@zuiderhaven.example>", cc="sollicitaties@zuiderhaven.example",
         attach=[("Brief_sollicitatie_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% brief (placeholder)\n%%EOF\n")],
         subject="Uw sollicitatie naar de functie Adviseur Communicatie en Participatie (vacaturenr. 2026-118)",
         text="""Geachte heer/mevrouw Taylor,

Op 29 september jl. heeft u gesolliciteerd naar de functie van Adviseur Communicatie en Participatie (vacaturenummer 2026-118) bij de Gemeente Zuiderhaven. Wij danken u voor uw belangstelling voor onze organisatie.

De selectiecommissie heeft op 20 oktober de eerste gesprekken gevoerd en vervolgens een vergelijking gemaakt tussen de kandidaten. Na zorgvuldige afweging heeft de selectiecommissie besloten u niet uit te nodigen voor een tweede gesprek. Bij andere kandidaten sloten de ervaring met participatietrajecten en de kennis van de Omgevingswet beter aan bij het functieprofiel.

Conform de Sollicitatiecode van de NVP bewaren wij uw gegevens tot vier weken na afronding van de procedure, tenzij u toestemming geeft om deze een jaar te bewaren. Heeft u vragen over deze procedure, dan kunt u contact met mij opnemen via 14 0555.

Wij wensen u veel succes bij uw verdere loopbaan.

Met vriendelijke groet,

Ingrid Bakker
HR-adviseur Werving & Selectie
Gemeente Zuiderhaven

Bijlage: brief (pdf)""",
         exp=("i.bakker@zuiderhaven.example", "Ingrid", "Gemeente Zuiderhaven", "Adviseur Communicatie en Participatie"),
         notes="municipality; formal 'u'; NVP sollicitatiecode retention; PDF letter attached"),
    # ---------------- others: ATS ----------------
    dict(slug="werkzoeken-alert-opgeslagen-verlopen", label="other", cat="job-alert", style="ats", country="NL",
         vendor="werkzoeken", brand="Werkzoeken.nl", headers=BULK, auto_plain=True,
         frm="Werkzoeken.nl <alert@werkzoeken.nl.example>",
         subject="12 nieuwe vacatures voor 'marketing manager' in Utrecht",
         text="""Hallo Sam,

We hebben 12 nieuwe vacatures gevonden die passen bij je zoekopdracht 'marketing manager' (Utrecht + 25 km):

- Marketing Manager Benelux · Zuivelhoeve · Utrecht · € 4.800 - € 6.200
- Online Marketing Manager · Reisbureau Zonnig · Nieuwegein
- Product Marketing Manager · Datawolk B.V. · Utrecht · Hybride

[[Bekijk alle 12 vacatures]]

Let op: een vacature die je had opgeslagen, 'Marketing Manager - Kaashandel Gouda', is verlopen en niet meer beschikbaar. [[Vergelijkbare vacatures]]""",
         exp=("", "", "", ""),
         notes="job alert; a saved (not applied) vacancy expired"),
    dict(slug="recruitee-fietsfabriek-ontvangst", label="other", cat="ack-received", style="ats", country="NL",
         vendor="recruitee", brand="Fietsfabriek Noord", headers=AUTO,
         frm="Fietsfabriek Noord <no-reply@mail.recruitee.com.example>",
         subject="We hebben je sollicitatie ontvangen - E-commerce Manager",
         text="""Hoi Sam,

Bedankt voor je sollicitatie als E-commerce Manager bij Fietsfabriek Noord! We hebben je gegevens goed ontvangen.

We bekijken alle sollicitaties persoonlijk. Binnen twee weken hoor je van ons, ook als het een nee is. Door het grote aantal reacties kan het soms iets langer duren.

Sportieve groet,
Team Fietsfabriek Noord""",
         exp=("", "", "", ""),
         notes="acknowledgement; same sender as a rejection; 'ook als het een nee is'"),
    dict(slug="teamtailor-be-capaciteitentest", day="2026-11-12", label="other", cat="assessment-invite", style="ats", country="BE",
         vendor="teamtailor", brand="Vlaamse Verzekeringen", headers=AUTO,
         frm="Vlaamse Verzekeringen <no-reply@teamtailor-mail.com.example>",
         subject="Volgende stap in je sollicitatie: online test",
         text="""Dag Sam,

Goed nieuws: na het screeningsgesprek gaan we graag verder met je kandidatuur voor de functie van Digital Marketing Specialist.

De volgende stap is een online capaciteitentest (numeriek en verbaal redeneren, ongeveer 45 minuten) via ons testplatform. Vul de test in vóór 21 november. Kandidaten die onder de drempelscore blijven, ontvangen daarna een bericht.

[[Start de test]]

Vriendelijke groeten,
HR Vlaamse Verzekeringen""",
         exp=("", "", "", ""),
         notes="assessment invite; conditional line about candidates below threshold"),
    dict(slug="homerun-wadden-verplaatst", day="2026-11-03", label="other", cat="requisition-transfer", style="ats", country="NL",
         vendor="homerun", brand="Studio Wadden", headers=AUTO,
         frm="Studio Wadden <jobs@homerun.co.example>",
         subject="Je sollicitatie is verplaatst naar Content Marketeer",
         text="""Hi Sam,

Een kort berichtje: we hebben je sollicitatie verplaatst van de vacature Marketing Lead (Amsterdam) naar onze vacature Content Marketeer (Harlingen), omdat je ervaring daar volgens ons beter bij past. De vacature in Amsterdam is per 1 november gesloten.

Je hoeft niets te doen. Je sollicitatie staat nu op de status 'Nieuw' en we nemen binnen een week contact met je op.

Hartelijke groet,
Team Studio Wadden""",
         exp=("", "", "", ""),
         notes="application moved to another vacancy; old vacancy 'gesloten'"),
    # ---------------- others: personal ----------------
    dict(slug="utrecht-aanbod-na-uitstel", label="other", cat="offer", style="personal", country="NL",
         frm="Eva Smit <eva.smit@datawolk.example>",
         subject="Goed nieuws - Product Marketing Manager",
         text="""Hoi Sam,

Excuses dat het zo lang stil bleef; helaas moest de beslissing een week worden uitgesteld omdat onze CFO ziek was.

Maar nu het goede nieuws: we willen je graag een aanbod doen voor de functie van Product Marketing Manager bij Datawolk! In de bijlage vind je het voorstel: € 5.900 bruto per maand, 8% vakantiegeld en 27 vakantiedagen. Kunnen we morgen even bellen om het door te nemen?

Hartelijke groet,
Eva Smit
Head of People · Datawolk B.V.
06 5555 3301""",
         exp=("", "", "", ""),
         notes="offer; opens with 'helaas' about a delay"),
    dict(slug="hypotheek-afgewezen-adviseur", label="other", cat="non-job-rejection", style="personal", country="NL",
         frm="Rob van Dijk <rob@vandijkhypotheken.example>",
         subject="Uw hypotheekaanvraag - Lindelaan 42",
         text="""Beste Sam,

Ik heb vandaag helaas minder goed nieuws: de geldverstrekker heeft uw hypotheekaanvraag voor de Lindelaan 42 afgewezen. De reden is dat uw huidige arbeidscontract bij Calder Street Media nog in de proeftijd valt en dat zij daarom geen intentieverklaring van de werkgever accepteren.

We kunnen het bij een andere bank proberen of wachten tot na de proeftijd. Zullen we donderdag even bellen?

Met vriendelijke groet,
Rob van Dijk
Van Dijk Hypotheken · 030 555 8810""",
         exp=("", "", "", ""),
         notes="mortgage application declined; mentions employer and contract"),
    dict(slug="outlook-geweigerd-sollicitatiegesprek", day="2026-11-09", label="other", cat="owner-hiring", style="personal", country="BE",
         frm="Joris Peeters <joris.peeters@example.org>",
         subject="Geweigerd: Sollicitatiegesprek kandidaat Product Designer",
         text="""Joris Peeters heeft deze vergadering geweigerd.

Sorry Sam, donderdag zit ik bij de klant in Leuven. Neem jij het gesprek met de kandidaat alleen? Je mag mijn stem geven aan wie je wil, ik vond haar portfolio eerlijk gezegd niet sterk genoeg.

Wanneer: donderdag 12 november 2026 14:00-15:00 (UTC+01:00) Brussel
Waar: Vergaderzaal Schelde / Teams""",
         exp=("", "", "", ""),
         notes="Outlook meeting decline from a colleague; owner is hiring"),
    dict(slug="recruiter-reactie-op-bedankje", day="2026-10-12", label="other", cat="reply-to-owner-followup", style="personal", country="NL",
         frm="Lotte de Vries <lotte.devries@fietsfabrieknoord.example>", parent=True, parent_depth=2,
         subject="Re: Je sollicitatie als Product Marketeer bij Fietsfabriek Noord",
         text="""Hoi Sam,

Wat fijn dat je even de moeite neemt om te reageren, en echt geen excuses nodig! Ik heb je profiel bewaard en denk aan je zodra er weer iets in marketing opengaat. Laten we contact houden, ik heb je ook op LinkedIn toegevoegd.

Groetjes,
Lotte

Op 9 okt 2026 om 09:14 schreef Sam Taylor <sam.taylor@example.org>:
> Hoi Lotte, bedankt voor het laten weten, ook al is het niet het nieuws waarop ik hoopte. Sorry dat ik pas nu reageer. Mocht er in de toekomst een passende rol zijn, dan hoor ik het graag.
> Groet, Sam
>
> Op 7 okt 2026 om 16:30 schreef Fietsfabriek Noord <no-reply@mail.recruitee.com.example>:
>> Helaas hebben we besloten om niet verder te gaan met je sollicitatie.""",
         exp=("", "", "", ""),
         notes="recruiter answers owner's thank-you; rejection only two levels deep in the quote"),
]
