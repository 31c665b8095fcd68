"""Dutch messages (Netherlands, Belgium/Flanders): 8 rejections, 8 hard negatives."""

NOREPLY_NL = ("Dit is een automatisch gegenereerd bericht; op deze e-mail kun je niet reageren.\n\n"
              "Privacy: we bewaren je gegevens maximaal 4 weken na afloop van de procedure, tenzij je "
              "toestemming geeft voor langere bewaring (AVG).")

MESSAGES = [
    # ---------------- rejections ----------------
    dict(slug="nl-recruitee-helaas", label="rejection", lang="nl", style="ats", cat="ats-automated",
         frm=("Polderlicht Energie", "polderlicht@mail.recruitee.com"), vendor="Recruitee", company_logo="Polderlicht",
         subject="Je sollicitatie bij Polderlicht Energie",
         body="Hoi Sam,\n\nBedankt voor je sollicitatie als Product Marketeer bij Polderlicht Energie en de moeite "
              "die je erin hebt gestoken.\n\nWe hebben alle sollicitaties zorgvuldig bekeken. Helaas sluit je "
              "profiel niet voldoende aan bij wat we voor deze rol zoeken, en daarom nemen we je sollicitatie "
              "niet mee naar de volgende ronde.\n\nWe wensen je veel succes met je zoektocht!\n\n"
              "Groet,\nTeam Recruitment Polderlicht",
         footer=NOREPLY_NL,
         reply_to="", first="", company="Polderlicht Energie", role="Product Marketeer",
         tags="Netherlands; Recruitee; ordinary wording"),
    dict(slug="nl-werkzoeken-afgewezen", label="rejection", lang="nl", style="ats", cat="job-board-relay",
         frm=("Werkzoeken.nl", "noreply@werkzoeken-mail.example"), vendor="Werkzoeken.nl", company_logo="Werkzoeken",
         subject="Status van je sollicitatie gewijzigd",
         body="Beste Sam,\n\nDe status van je sollicitatie is gewijzigd.\n\nVacature: Marketing Manager B2B\n"
              "Werkgever: Dijkstra Verpakkingen B.V.\nNieuwe status: Afgewezen\n\n"
              "De werkgever heeft de volgende toelichting gegeven: \"Bedankt voor je interesse. We hebben gekozen "
              "voor een kandidaat met meer ervaring in de verpakkingsindustrie.\"\n\n"
              "Bekijk 37 nieuwe vacatures in Zwolle en omgeving.",
         footer="Je ontvangt deze e-mail omdat je via Werkzoeken.nl hebt gesolliciteerd. Afmelden voor statusmails.",
         headers={"List-Unsubscribe": "<https://click.example/unsub/wz>", "Precedence": "bulk"},
         reply_to="", first="", company="Dijkstra Verpakkingen", role="Marketing Manager B2B",
         tags="Netherlands; job-board status change; bulk headers"),
    dict(slug="nl-vlaanderen-workday-stopgezet", label="rejection", lang="nl", style="ats", cat="role-cancelled",
         frm=("Schelde Logistics Careers", "schelde@myworkday.com"), vendor="Workday", company_logo="Schelde Logistics",
         oddbreaks=True,
         subject="Update: vacature Customer Insights Lead (REQ-3391)",
         body="Beste Sam Taylor,\n\nDank je voor je kandidatuur voor de functie van Customer Insights Lead "
              "bij Schelde Logistics in Antwerpen.\n\nWij willen je laten weten dat deze vacature on hold is gezet "
              "en voorlopig niet wordt ingevuld. De selectieprocedure wordt daarom stopgezet voor alle kandidaten.\n\n"
              "Status in je kandidatenprofiel: Vacature geannuleerd\n\nMet vriendelijke groeten,\nHR Schelde Logistics",
         footer="Schelde Logistics NV – Haven 1050, 2030 Antwerpen – BTW BE 0412.773.118\n\n"
                "Schelde Logistics is an equal opportunity employer. Do not reply to this e-mail.",
         reply_to="", first="", company="Schelde Logistics", role="Customer Insights Lead",
         tags="Belgium Flanders; Workday; kandidatuur; on hold + cancelled; English footer"),
    dict(slug="nl-greenhouse-pool-vraag", label="rejection", lang="nl", style="ats", cat="keep-on-file",
         frm=("Fietsfabriek Talent", "no-reply@us.greenhouse-mail.io"), vendor="Greenhouse", company_logo="Fietsfabriek",
         reply_to_hdr="Noor de Wit <noor.dewit@fietsfabriek.example>", fmt="html",
         subject="Fietsfabriek – Brand Manager Benelux",
         body="Hoi Sam,\n\nWat leuk dat je wilde komen werken bij Fietsfabriek! We hebben genoten van je "
              "sollicitatie en van je gedachten over onze campagne in Gent.\n\n"
              "We hebben besloten verder te gaan met andere kandidaten voor de rol van Brand Manager Benelux.\n\n"
              "Mogen we je gegevens een jaar bewaren in onze talentpool? Klik dan op 'Ja, bewaar mijn profiel'.\n\n"
              "Hartelijke groet,\nNoor de Wit\nTalent Acquisition",
         footer="Fietsfabriek B.V. · Amsterdam · Powered by Greenhouse. Niet beantwoorden via deze afzender.",
         reply_to="noor.dewit@fietsfabriek.example", first="Noor", company="Fietsfabriek", role="Brand Manager Benelux",
         tags="Netherlands; Greenhouse; HTML-only; talent pool question after verdict"),
    dict(slug="nl-randstad-klant-andere-kandidaat", label="rejection", lang="nl", style="personal", cat="agency-recruiter",
         frm=("Jeroen Bakker", "jeroen.bakker@randstad-nl.example"),
         subject="Terugkoppeling Zuidas Zorgverzekeraar",
         body="Hi Sam,\n\nZoals beloofd even een terugkoppeling. Ik heb net de hiring manager van VitaalPlus gesproken. "
              "Ze waren positief over het gesprek, maar ze hebben uiteindelijk gekozen voor een kandidaat die al "
              "in de zorgsector werkte. Voor de functie Campaign Manager gaan ze dus niet met jou verder.\n\n"
              "Balen, ik weet het. Ik bel je morgen even om te kijken wat we nog meer kunnen doen.\n\n"
              "Groeten,\nJeroen\n\nJeroen Bakker | Intercedent Marketing & Communicatie | Randstad\n06 4381 2290",
         reply_to="jeroen.bakker@randstad-nl.example", first="Jeroen", company="VitaalPlus", role="Campaign Manager",
         tags="Netherlands; agency relays client decision; subject does not name the client"),
    dict(slug="nl-vlaanderen-mail-na-gesprek", label="rejection", lang="nl", style="personal", cat="personal-after-interview",
         frm=("Lien Van den Broeck", "lien.vandenbroeck@kempenmedia.example"),
         subject="Re: Bedankt voor het gesprek",
         body="Dag Sam,\n\nBedankt voor je vriendelijke mail en nogmaals voor je komst naar Hasselt.\n\n"
              "We hebben ondertussen alle gesprekken afgerond. Het was een moeilijke beslissing, maar we hebben "
              "ervoor gekozen om de functie van Digital Product Manager toe te vertrouwen aan een andere kandidaat. "
              "Jouw ervaring met data-analyse sprong eruit, maar we zochten toch iemand met meer ervaring in "
              "Vlaamse regionale media.\n\nIk wens je alle succes en hou zeker onze site in de gaten.\n\n"
              "Met vriendelijke groet,\nLien Van den Broeck\nHR-verantwoordelijke | Kempen Media\n+32 11 29 44 01",
         quote="Dag Lien, bedankt voor het fijne gesprek van dinsdag over de functie Digital Product Manager.\nSam",
         reply_to="lien.vandenbroeck@kempenmedia.example", first="Lien", company="Kempen Media",
         role="Digital Product Manager", tags="Belgium Flanders; reply above quoted thank-you"),
    dict(slug="nl-kort-niet-doorgaan", label="rejection", lang="nl", style="personal", cat="terse",
         frm=("Bas Hoekstra", "bas@grachtgroen.example"),
         subject="Re: Growth Marketeer",
         body="Hey Sam, dank voor je tijd gisteren. We gaan niet met je verder voor deze rol, sorry. Succes!\n\n"
              "Bas\nGrachtgroen",
         quote="Hoi Bas, leuk om gisteren kennis te maken. Ik hoor graag hoe het verder gaat met de Growth Marketeer-rol!\nSam",
         reply_to="bas@grachtgroen.example", first="Bas", company="Grachtgroen", role="Growth Marketeer",
         tags="Netherlands; startup founder; terse"),
    dict(slug="nl-intern-ingevuld-hr", label="rejection", lang="nl", style="personal", cat="internal-candidate",
         frm=("Marieke Jansen", "m.jansen@hanzebank.example"),
         subject="Vacature Head of Brand",
         body="Beste Sam,\n\nHierbij een korte update. Na de eerste gespreksronde heeft zich een interne kandidaat "
              "gemeld die intern al een traject had lopen. Het management heeft besloten de vacature Head of Brand "
              "intern in te vullen. Daarmee komt helaas een einde aan de procedure.\n\n"
              "Dank voor je interesse in Hanzebank en veel succes.\n\nMet vriendelijke groet,\n\nMarieke Jansen\n"
              "Senior Recruiter | Hanzebank N.V.\nT 050 311 4478",
         reply_to="m.jansen@hanzebank.example", first="Marieke", company="Hanzebank", role="Head of Brand",
         tags="Netherlands; filled internally"),
    # ---------------- other ----------------
    dict(slug="nl-nvb-ontvangstbevestiging", label="other", lang="nl", style="ats", cat="ack-received",
         frm=("Nationale Vacaturebank", "noreply@nvb-mail.example"), vendor="Nationale Vacaturebank",
         company_logo="Nationale Vacaturebank",
         subject="Je sollicitatie is verstuurd naar Delta Drinkwater",
         body="Hoi Sam,\n\nJe sollicitatie voor Communicatieadviseur bij Delta Drinkwater is verstuurd.\n\n"
              "Let op: niet alle werkgevers reageren op elke sollicitatie. Heb je na vier weken niets gehoord, dan "
              "is de kans groot dat de werkgever een andere keuze heeft gemaakt.\n\nTip: solliciteer op meer vacatures.",
         footer="Nationale Vacaturebank · Uitschrijven · Privacy",
         headers={"List-Unsubscribe": "<https://click.example/unsub/nvb>", "Precedence": "bulk"},
         tags="Netherlands; job-board acknowledgement that hedges about silence"),
    dict(slug="nl-teamtailor-assessment", label="other", lang="nl", style="ats", cat="assessment-invite",
         frm=("Molenwerf Recruitment", "no-reply@teamtailor.com"), vendor="Teamtailor", company_logo="Molenwerf",
         subject="Volgende stap: online assessment",
         body="Hoi Sam,\n\nGoed nieuws: je gaat door naar de volgende ronde voor de rol van Marketing Lead! "
              "Niet iedereen kwam zo ver.\n\nDe volgende stap is een online capaciteitentest (ca. 45 minuten). "
              "Maak de test binnen 5 werkdagen; daarna vervalt de link en kunnen we je sollicitatie helaas niet "
              "verder in behandeling nemen.",
         footer=NOREPLY_NL,
         tags="Netherlands; Teamtailor; test invite with conditional 'helaas niet verder'"),
    dict(slug="nl-personio-eigen-vacature", label="other", lang="nl", style="ats", cat="owner-hiring",
         frm=("Personio", "noreply@jobs.personio.de"), vendor="Personio", company_logo="Calder Street Media",
         subject="Kandidaat afgewezen – Data Analyst Amsterdam",
         body="Hallo Sam,\n\nIn je vacature Data Analyst Amsterdam (Calder Street Media) is de status van kandidaat "
              "Ruben Smit gewijzigd naar 'Afgewezen' door Irene Castaño. De afwijzingsmail is verstuurd.\n\n"
              "Openstaande kandidaten: 4. Bekijk de pipeline.",
         footer="Je ontvangt deze melding als hiring manager. Meldingen beheren in Personio.",
         tags="Netherlands; HR-system notice about Sam's own requisition"),
    dict(slug="nl-vlaanderen-huurwoning", label="other", lang="nl", style="ats", cat="non-job-rejection",
         frm=("Immo Leiestreek", "info@immoleiestreek.example"), vendor="Immo Leiestreek", company_logo="Immo Leiestreek",
         subject="Uw kandidatuur voor het appartement Kortrijksesteenweg 112",
         body="Geachte heer/mevrouw Taylor,\n\nWij danken u voor uw kandidatuur als huurder voor het appartement aan "
              "de Kortrijksesteenweg 112 te Gent. Helaas moeten wij u meedelen dat de eigenaar voor een andere "
              "kandidaat-huurder heeft gekozen.\n\nWij houden u graag op de hoogte van nieuw aanbod.",
         footer="Immo Leiestreek BV – BIV 508 221. Gelieve niet te antwoorden op deze e-mail.",
         tags="Belgium Flanders; rental 'kandidatuur' refused"),
    dict(slug="nl-hays-nieuwe-rol", label="other", lang="nl", style="personal", cat="recruiter-outreach",
         frm=("Sanne Visser", "sanne.visser@hays-nl.example"),
         subject="Interessante rol - Head of Marketing (Utrecht)",
         body="Hoi Sam,\n\nIk kwam je profiel tegen op LinkedIn. Ik werk aan een Head of Marketing-opdracht "
              "voor een snelgroeiende SaaS-partij in Utrecht. Geen afwijzing hoor, haha, maar ik zie in je cv "
              "dat je vorig jaar ook bij een van mijn klanten solliciteerde. Deze rol past volgens mij veel beter. "
              "Zin in een belletje?\n\nGroet,\nSanne Visser\nHays Marketing | 030 750 4412",
         tags="Netherlands; cold outreach, joking about rejection"),
    dict(slug="nl-vervolg-gesprek-antwoord", label="other", lang="nl", style="personal", cat="answer-to-owner-question",
         frm=("Thijs Mulder", "thijs.mulder@zeewind.example"),
         subject="Re: Stand van zaken Product Owner",
         body="Hoi Sam,\n\nNee hoor, we hebben nog niemand anders gekozen! Sorry voor de stilte, we zaten met de "
              "vakantieperiode. Je zit bij de laatste twee. Kun je volgende week donderdag om 14:00 langskomen "
              "voor een gesprek met onze CTO?\n\nGroet,\nThijs",
         quote="Hoi Thijs, ik heb een tijdje niets gehoord over de Product Owner-rol. Hebben jullie inmiddels voor "
               "iemand anders gekozen?\nSam",
         tags="Netherlands; answer to Sam's question, invitation"),
    dict(slug="nl-vergadering-afgewezen", label="other", lang="nl", style="personal", cat="non-job-rejection",
         frm=("Floor de Groot", "floor.degroot@example.org"),
         subject="Afgewezen: Kwartaalreview Insights",
         body="Hoi Sam, ik moet je uitnodiging helaas afwijzen, ik zit die middag bij een klant in Rotterdam. "
              "Kunnen we het naar vrijdag verplaatsen?\n\nFloor",
         tags="Netherlands; declined meeting invite from a colleague"),
    dict(slug="nl-eigen-afwijzing-verzonden", label="other", lang="nl", style="personal", cat="owner-sent",
         frm=("Sam Taylor", "sam.taylor@example.org"), to=("Ruben Smit", "ruben.smit@mailbox.example"),
         subject="Je sollicitatie als Data Analyst",
         body="Beste Ruben,\n\nBedankt voor je tijd en het gesprek van vorige week. Na zorgvuldige overweging "
              "hebben we besloten om niet verder te gaan met je sollicitatie voor de functie van Data Analyst. "
              "Ik wens je veel succes.\n\nMet vriendelijke groet,\nSam Taylor\nCalder Street Media",
         tags="Netherlands; Sam's own sent rejection to a candidate"),
]
