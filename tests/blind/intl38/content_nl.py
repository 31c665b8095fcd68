"""Dutch messages (Netherlands, Flanders, Suriname): 8 rejections, 8 hard negatives."""

AUTO = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"}
BULK = dict(AUTO, Precedence="bulk")

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS / relays
    dict(slug="nl-nvb-planning-zorggroep", label="rejection", cat="job-board-relay", style="ats", lang="nl",
         country="NL", vendor="nvb", brand="Nationale Vacaturebank",
         frm="Nationale Vacaturebank <noreply@nationalevacaturebank.example>", headers=BULK,
         subject="Update over je sollicitatie bij Zorggroep Lindehof",
         text="""Hoi Sam,

Er is een update over je sollicitatie.

{table}

Zorggroep Lindehof heeft je sollicitatie bekeken en heeft besloten niet verder te gaan met je sollicitatie. Balen! Maar laat je niet uit het veld slaan: er staan vandaag 1.184 nieuwe vacatures in de zorg voor je klaar.

[[Bekijk vergelijkbare vacatures]]

Tip: zet je cv op zichtbaar voor werkgevers, dan kunnen recruiters jou vinden.""",
         table=[("Vacature", "Medewerker Planning & Roostering"), ("Werkgever", "Zorggroep Lindehof"),
                ("Locatie", "Apeldoorn"), ("Status", "Afgewezen")],
         button="Naar mijn sollicitaties",
         exp=("", "", "Zorggroep Lindehof", "Medewerker Planning & Roostering"),
         notes="job-board relay with status table; chirpy tone"),

    dict(slug="nl-recruitee-gemeente-inkoop", label="rejection", cat="ats-automated", style="ats", lang="nl",
         country="NL", vendor="recruitee", brand="Gemeente Veenhaven",
         frm="Gemeente Veenhaven <werkenbij@veenhaven.recruitee.example>", headers=AUTO,
         subject="Je sollicitatie als Beleidsmedewerker Inkoop (32-36 uur)",
         text="""Beste Sam Taylor,

Hartelijk dank voor je sollicitatie op de vacature Beleidsmedewerker Inkoop (32-36 uur) bij de Gemeente Veenhaven en de tijd die je daarin hebt gestoken.

We hebben veel reacties ontvangen op deze vacature. De selectiecommissie heeft alle brieven en cv's zorgvuldig gelezen en vergeleken met het profiel. Helaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek. Andere kandidaten sloten beter aan op de gevraagde ervaring met Europese aanbestedingen.

Wij bewaren je gegevens vier weken na afloop van de procedure. Vind je het goed dat we je gegevens een jaar bewaren, zodat we je kunnen benaderen voor een andere functie? [[Ja, bewaar mijn gegevens]]

Heb je vragen over deze procedure? Mail dan naar recruitment@veenhaven.example.

Met vriendelijke groet,

Team Recruitment
Gemeente Veenhaven""",
         about="Werken bij Gemeente Veenhaven: 900 collega's, één doel – een leefbare stad voor 120.000 inwoners. Wij streven naar een organisatie die een afspiegeling is van de samenleving.",
         exp=("recruitment@veenhaven.example", "", "Gemeente Veenhaven", "Beleidsmedewerker Inkoop (32-36 uur)"),
         notes="municipality; 'niet uitnodigen voor een gesprek'; retention question; reply_to from body"),

    dict(slug="nl-workday-ziekenhuis-status", day="2026-11-03", label="rejection", cat="ats-automated", style="ats", lang="nl",
         country="NL", vendor="workday", brand="Amstelland Ziekenhuis", h2t=True,
         frm="Amstelland Ziekenhuis <amstelland@myworkday.example>", headers=AUTO,
         subject="Er is een wijziging in de status van je sollicitatie",
         text="""Beste Sam,

De status van een van je sollicitaties in ons kandidatenportaal is gewijzigd.

{table}

Log in op het [[Kandidatenportaal]] voor meer informatie.

Dit bericht is automatisch verzonden.""",
         table=[("Functie", "Medewerker Patiëntenadministratie"), ("Vacaturenummer", "JR-0098812"),
                ("Status", "Niet geselecteerd"), ("Datum", "3 november 2026")],
         exp=("", "", "Amstelland Ziekenhuis", "Medewerker Patiëntenadministratie"),
         notes="portal status notice only; verdict is a table cell; h2t"),

    dict(slug="nl-be-schelde-vacature-geannuleerd", label="rejection", cat="role-cancelled", style="ats", lang="nl",
         country="BE", vendor="smartrecruiters", brand="Schelde Logistics",
         legal="Schelde Logistics NV",
         frm="Schelde Logistics NV <noreply@smartrecruiters.example>", headers=AUTO,
         subject="Uw kandidatuur Teamleader Expeditie / Votre candidature Teamleader Expédition",
         text="""Beste Sam,

Wij danken u voor uw interesse in Schelde Logistics en voor uw kandidatuur voor de functie van Teamleader Expeditie in ons distributiecentrum in Willebroek.

Door een herschikking van onze activiteiten hebben wij beslist om deze vacature niet in te vullen. De selectieprocedure wordt daarom stopgezet. Dit heeft niets te maken met uw profiel, dat wij graag in onze databank houden.

Met vriendelijke groeten,
HR-team Schelde Logistics

---

Cher/Chère Sam,

Nous vous remercions pour votre candidature au poste de Teamleader Expédition. Suite à une réorganisation de nos activités, nous avons décidé de ne pas pourvoir ce poste et la procédure de sélection est clôturée.

Cordialement,
L'équipe RH de Schelde Logistics""",
         exp=("", "", "Schelde Logistics", "Teamleader Expeditie"),
         notes="Flemish formal u; vacancy not filled (cancelled); French second version"),

    # ------------------------------------------------------------------ rejections, personal
    dict(slug="nl-startup-officemanager-reply", day="2026-10-26", label="rejection", cat="personal-after-interview", style="personal",
         lang="nl", country="NL", client_html=True, parent=True,
         frm="Femke de Wit <femke@fietsfabriek.example>",
         subject="Re: Bedankt voor het gesprek!",
         text="""Hoi Sam,

Dank voor je berichtje, lief van je. Ik had je eerder moeten mailen, sorry: we hebben inmiddels iemand anders aangenomen voor de rol van Office Manager. Het was echt close, maar zij had al ervaring met onze boekhoudsoftware en kon per direct beginnen.

Ik hou je in gedachten als er iets anders vrijkomt!

Groetjes,
Femke

Femke de Wit | People & Office | Fietsfabriek Amsterdam

Op wo 21 okt 2026 om 14:03 schreef Sam Taylor <sam.taylor@example.org>:
> Hoi Femke,
>
> Nog bedankt voor het leuke gesprek van maandag, ik vond het heel
> inspirerend om de werkplaats te zien. Ik hoor graag hoe het verder gaat.
>
> Groet,
> Sam""",
         exp=("femke@fietsfabriek.example", "Femke", "Fietsfabriek", "Office Manager"),
         notes="Gmail reply above Sam's quoted thank-you; 'iemand anders aangenomen'; casual"),

    dict(slug="nl-bureau-vosvandijk-inkoper", label="rejection", cat="agency-recruiter", style="personal", lang="nl",
         country="NL",
         frm="Ruben Vos <ruben@vosvandijk.example>",
         subject="Terugkoppeling Noordkaap - Inkoper Verpakkingen",
         text="""Hoi Sam,

Zoals beloofd even de terugkoppeling van Zuivelcoöperatie Noordkaap na je gesprek van dinsdag.

Jeroen (de inkoopmanager) vond je een prettige gesprekspartner en was onder de indruk van hoe je het leveranciersproject bij je huidige werkgever aanpakte. Hij twijfelde wel over je ervaring met verpakkingsmaterialen en contractonderhandelingen op grotere volumes. Uiteindelijk hebben ze besloten om met de andere kandidaat verder te gaan voor de functie Inkoper Verpakkingen.

Ik weet dat het niet het bericht is waar je op hoopte. Ik blijf graag met je in contact, want ik zie je profiel zeker terug bij andere opdrachtgevers.

Bel me gerust als je er nog even over wilt sparren.

Met vriendelijke groet,

Ruben Vos
Senior Consultant Supply Chain
Vos & Van Dijk Recruitment
06 0000 3312 | vosvandijk.example""",
         exp=("ruben@vosvandijk.example", "Ruben", "Zuivelcoöperatie Noordkaap", "Inkoper Verpakkingen"),
         notes="agency relays client decision; hiring manager in third person; verdict in last third"),

    dict(slug="nl-sr-college-docent-engels", day="2026-10-28", label="rejection", cat="personal-after-interview", style="personal",
         lang="nl", country="SR",
         frm="Dhr. R. Kromodikoro <directie@commewijnecollege.example>",
         subject="Uw sollicitatie naar de functie van Docent Engels",
         text="""Geachte heer/mevrouw Taylor,

Met dank bevestigen wij de ontvangst van uw sollicitatiebrief en het gesprek dat op 14 oktober jongstleden op ons schoolbureau te Nieuw Amsterdam heeft plaatsgevonden.

De sollicitatiecommissie heeft alle kandidaten die werden uitgenodigd zorgvuldig beoordeeld, mede aan de hand van de proefles en het gesprek met de vertegenwoordiging van het schoolbestuur. Na zorgvuldige afweging heeft de commissie besloten een andere kandidaat voor te dragen voor de functie van Docent Engels (HAVO/VWO). Deze beslissing is mede ingegeven door de vereiste Surinaamse onderwijsbevoegdheid, welke bij de gekozen kandidaat reeds aanwezig is.

Wij wensen u veel succes bij uw verdere loopbaan en danken u voor de getoonde belangstelling voor ons college.

Hoogachtend,

R. Kromodikoro
Directeur
Commewijne College
Nieuw Amsterdam, Commewijne
Tel. (+597) 000-356""",
         exp=("directie@commewijnecollege.example", "", "Commewijne College", "Docent Engels"),
         notes="Surinamese formal Dutch; verdict in the middle; signed with initial only (no first name)"),

    dict(slug="nl-be-vzw-intern-ingevuld", label="rejection", cat="terse", style="personal", lang="nl", country="BE",
         frm="Lotte Claes <lotte@brugwerk.example>",
         subject="job administratief medewerker",
         text="""Dag Sam,

Kort: we hebben de job van administratief medewerker intern ingevuld. Bedankt voor je tijd en veel succes nog!

Lotte
vzw Brugwerk""",
         exp=("lotte@brugwerk.example", "Lotte", "Brugwerk", "administratief medewerker"),
         notes="Flemish; two lines; filled internally"),

    # ------------------------------------------------------------------ hard negatives, ATS
    dict(slug="nl-werknl-zoekopdracht", label="other", cat="job-alert", style="ats", lang="nl", country="NL",
         vendor="werknl", brand="werk.nl", h2t=True,
         frm="werk.nl <noreply@werk.example>", headers=BULK,
         subject="Nieuwe vacatures voor uw zoekopdracht 'logistiek Utrecht'",
         text="""Beste Sam Taylor,

Er zijn 5 nieuwe vacatures gevonden voor uw zoekopdracht 'logistiek Utrecht'.

[[Planner Transport]] – Van Rijn Distributie – Nieuwegein – 38 uur

[[Teamleider Magazijn]] – BouwMaat Logistiek – Utrecht – 40 uur

[[Medewerker Inkoop en Logistiek]] – UMC Domstad – Utrecht – 32 uur

[[Coördinator Expeditie]] – Tuinland Groothandel – Houten – 40 uur

[[Logistiek Medewerker]] – Gemeente Veenhaven – 36 uur

Let op: vacatures die zijn vervuld worden automatisch uit de zoekresultaten verwijderd.""",
         notes="job alert from a public job site; 'vervuld' boilerplate; lists a municipality that rejected Sam"),

    dict(slug="nl-teamtailor-capaciteitentest", label="other", cat="assessment-invite", style="ats", lang="nl",
         country="NL", vendor="teamtailor", brand="Huisartsen Coöperatie Eemland",
         frm="Huisartsen Coöperatie Eemland <no-reply@teamtailor.example>", headers=AUTO,
         subject="Volgende stap: online assessment voor Praktijkmanager",
         text="""Hoi Sam,

Leuk dat je hebt gesolliciteerd op de functie Praktijkmanager! Je cv sprak ons aan en we nodigen je graag uit voor de volgende stap: een online capaciteitentest en persoonlijkheidsvragenlijst (ongeveer 45 minuten).

Rond de test af vóór vrijdag 17:00. Kandidaten die de test niet op tijd afronden, kunnen we helaas niet meenemen in de verdere selectie. De uitslag bespreken we samen in het eerste gesprek; niemand wordt op alleen de test afgewezen.

Succes!
Team Recruitment – HCE""",
         button="Start assessment",
         notes="assessment invitation with conditional 'niet meenemen' and 'afgewezen'"),

    dict(slug="nl-recruitee-ontvangst-drie-weken", label="other", cat="ack-received", style="ats", lang="nl",
         country="NL", vendor="recruitee", brand="Bakkerij Brood & Co", html_only=True,
         frm="Bakkerij Brood & Co <jobs@broodenco.recruitee.example>", headers=AUTO,
         subject="Bedankt voor je sollicitatie, Sam!",
         text="""Hoi Sam,

Bedankt voor je sollicitatie als Medewerker HR & Salarisadministratie bij Brood & Co! We hebben je gegevens goed ontvangen.

We lezen elke sollicitatie zelf, met een kop koffie erbij. Vanwege het grote aantal reacties lukt het ons helaas niet om iedereen persoonlijk te antwoorden. Heb je binnen drie weken niets van ons gehoord, dan zijn we met andere kandidaten verder gegaan.

Warme groet,
Team Brood & Co""",
         notes="acknowledgement; silence-means-no hedge phrased like a rejection; HTML-only"),

    dict(slug="nl-recruitee-eigen-vacature-hold", label="other", cat="owner-hiring", style="ats", lang="nl",
         country="NL", vendor="calder_hr", brand="Calder Street Media",
         frm="Calder Street Media Recruitment <notifications@calderstreet.recruitee.example>", headers=AUTO,
         subject="Vacature 'Office Coordinator Amsterdam' is on hold gezet",
         text="""Hallo Sam,

De vacature waarvoor jij hiring manager bent, is door Finance on hold gezet.

{table}

Kandidaten in de pijplijn krijgen geen automatisch bericht. Wil je de 4 actieve kandidaten informeren? Gebruik dan het sjabloon "Vacature gepauzeerd".

[[Open vacature in Recruitee]]""",
         table=[("Vacature", "Office Coordinator Amsterdam"), ("Status", "On hold"),
                ("Gewijzigd door", "Finance – Pieter Bos"), ("Reden", "Budgetronde Q1")],
         notes="Sam's own requisition put on hold: Sam is hiring"),

    # ------------------------------------------------------------------ hard negatives, personal
    dict(slug="nl-be-tweede-gesprek", day="2026-11-10", label="other", cat="interview-invite", style="personal", lang="nl",
         country="BE",
         frm="Wim Peeters <wim.peeters@campusdeschakel.example>",
         subject="Tweede gesprek - Stafmedewerker Personeelsdienst",
         text="""Dag Sam,

Goed nieuws: je bent door naar de tweede ronde voor de functie van Stafmedewerker Personeelsdienst bij Campus De Schakel.

Helaas kan onze algemeen directeur pas op de 18e, dus het wordt later dan ik je beloofd had. Schikt woensdag 18 november om 10u in Mechelen? Reken op een uur, inclusief een korte casus.

Laat je iets weten?

Met vriendelijke groeten,
Wim Peeters
Coördinator HR – Campus De Schakel
015 00 44 21""",
         attach=[("uitnodiging.ics", "text/calendar",
                  "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Campus De Schakel//NL\nBEGIN:VEVENT\nUID:tweede-gesprek-sam@campusdeschakel.example\nDTSTART:20261118T090000Z\nDTEND:20261118T100000Z\nSUMMARY:Tweede gesprek Sam Taylor\nLOCATION:Mechelen\nEND:VEVENT\nEND:VCALENDAR\n")],
         notes="Flemish second-round invitation with a 'helaas' about a date; .ics attached"),

    dict(slug="nl-huurwoning-afgewezen", label="other", cat="non-job-rejection", style="personal", lang="nl",
         country="NL",
         frm="Verhuurteam Stadswonen Haarlem <verhuur@stadswonen-haarlem.example>",
         subject="Uw reactie op Kanaalstraat 18-B",
         text="""Geachte heer/mevrouw Taylor,

Hartelijk dank voor uw reactie op de woning aan de Kanaalstraat 18-B en voor het bezoeken van de bezichtiging.

Wij hebben veel reacties ontvangen. De eigenaar heeft na beoordeling van de inkomenstoets besloten de woning aan een andere kandidaat toe te wijzen. Uw reactie is daarmee helaas afgewezen.

Wij houden u graag op de hoogte van nieuw aanbod.

Met vriendelijke groet,
Verhuurteam Stadswonen Haarlem""",
         notes="rental flat refused; 'andere kandidaat', 'afgewezen'"),

    dict(slug="nl-sam-afwijzing-kandidaat", label="other", cat="owner-sent", style="personal", lang="nl",
         country="NL", frm="Sam Taylor <sam.taylor@example.org>",
         to="Daan Hoekstra <daan.hoekstra@webmail.example>",
         subject="Je sollicitatie voor Office Coordinator",
         text="""Hoi Daan,

Dank je wel voor je tijd vorige week en voor je enthousiasme voor Calder Street Media.

Helaas moet ik je laten weten dat we niet met je verder gaan voor de functie van Office Coordinator. We hebben gekozen voor een kandidaat met meer ervaring in facilitair beheer. Dat was geen makkelijke keuze.

Ik wens je veel succes met je zoektocht.

Groet,
Sam

Sam Taylor
Calder Street Media | example.org""",
         notes="Sam's own sent rejection to a candidate"),

    dict(slug="nl-bureau-vosvandijk-nieuwe-opdrachten", label="other", cat="recruiter-outreach", style="personal",
         lang="nl", country="NL",
         frm="Ruben Vos <ruben@vosvandijk.example>",
         subject="Twee nieuwe opdrachten - iets voor jou?",
         text="""Hoi Sam,

Balen nog van Noordkaap, daar kom ik niet meer op terug. Goed nieuws: ik heb deze week twee nieuwe opdrachten binnengekregen die volgens mij beter bij je passen dan die rol.

1. Category Buyer Non-Food bij een middelgrote retailketen (Utrecht, hybride)
2. Inkoopcoördinator bij een ziekenhuisgroep in Gelderland

Zullen we donderdag even bellen? Dan vertel ik je meer.

Groet,
Ruben

Ruben Vos | Vos & Van Dijk Recruitment | 06 0000 3312""",
         notes="same agency as a rejection pitches new roles; the earlier no only alluded to"),
]
