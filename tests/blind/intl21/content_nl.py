"""Dutch messages (the Netherlands, Flanders): 6 rejections, 6 hard negatives."""
MESSAGES = [
# ---------------- rejections ----------------
dict(slug="nl-recruitee-helaas-avg", label="rejection", cat="keep-on-file", lang="nl", country="NL", style="ats",
     vendor="recruitee", brand="Stroopwafel Logistiek",
     frm="Stroopwafel Logistiek <stroopwafellogistiek@mail.recruitee.com>", reply_to="Anouk de Vries <anouk.devries@stroopwafel-logistiek.example>",
     subject="Je sollicitatie als Marketing Manager bij Stroopwafel Logistiek",
     text="""Hoi Sam,

Bedankt voor je sollicitatie op de functie van Marketing Manager en de tijd die je erin hebt gestoken.

We hebben je cv en motivatie met aandacht gelezen. Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie; andere kandidaten sluiten op dit moment beter aan bij het profiel dat we zoeken.

Mogen we je gegevens nog een jaar bewaren? Dan nemen we contact met je op als er een passende vacature vrijkomt. Geef je daarvoor [[hier toestemming]]. Doe je niets, dan verwijderen we je gegevens na vier weken, conform de AVG.

Met vriendelijke groet,

Anouk de Vries
Recruiter | Stroopwafel Logistiek""",
     exp=("anouk.devries@stroopwafel-logistiek.example", "Anouk", "Stroopwafel Logistiek", "Marketing Manager"),
     notes="recruitee; standard 'helaas ... niet verder'; AVG consent to keep data; Reply-To recruiter"),

dict(slug="nl-homerun-verdict-midden", label="rejection", cat="ats-automated", lang="nl", country="NL", style="ats",
     vendor="homerun", brand="Dijkgraaf Studio", plain="autogen",
     frm="Dijkgraaf Studio <jobs@dijkgraaf-studio.homerun.co>", reply_to="Tessa Bakker <tessa@dijkgraaf-studio.example>",
     subject="Update over je sollicitatie: Senior Brand Strategist",
     text="""Hi Sam,

Wat fijn dat je wilde solliciteren bij Dijkgraaf Studio. We kregen de afgelopen weken ruim 180 reacties op de vacature Senior Brand Strategist, en we hebben ze allemaal zelf gelezen – geen algoritme, beloofd.

Na veel wikken en wegen hebben we besloten om andere kandidaten uit te nodigen voor een eerste gesprek. Je portfolio liet mooie dingen zien, maar voor deze rol zoeken we iemand met meer ervaring aan bureaukant.

We wensen je heel veel succes met je zoektocht. Volg ons gerust op [[Instagram]], misschien kruisen onze paden later nog.

Liefs,
Tessa namens het hele team van Dijkgraaf Studio""",
     exp=("tessa@dijkgraaf-studio.example", "Tessa", "Dijkgraaf Studio", "Senior Brand Strategist"),
     notes="homerun; casual; verdict in the middle; autogen plain"),

dict(slug="nl-be-jobpunt-niet-geslaagd", label="rejection", cat="public-sector", lang="nl", country="BE", style="ats",
     vendor="plain", brand="Stad Leiestede", html_only=True,
     frm="Selectieteam Stad Leiestede <noreply-selectie@leiestede.example>", subject="Uitslag selectieprocedure communicatiedeskundige (A1a) - referentie 2026/117",
     footer=["Stad Leiestede — Dienst Personeel & Organisatie — Markt 1, 8500 Leiestede",
             "Dit is een automatisch verzonden bericht. Antwoorden op dit adres worden niet gelezen.",
             "Uw persoonsgegevens worden verwerkt volgens de AVG; meer info in onze [[privacyverklaring]]."],
     text="""Geachte heer/mevrouw Taylor,

Wij danken u voor uw deelname aan de selectieprocedure voor de functie van communicatiedeskundige (A1a), referentie 2026/117.

Hierbij delen wij u mee dat u voor het mondeling gedeelte (competentiegericht interview) een score van 54/100 behaalde. Aangezien de minimale score 60/100 bedraagt, bent u niet geslaagd voor de selectieprocedure en wordt u niet opgenomen in de wervingsreserve.

U kunt uw resultaat en de motivering van de selectiecommissie inkijken via [[Mijn Jobpunt]]. Een eventueel verzoek tot inzage of feedback richt u binnen 10 kalenderdagen aan de dienst Personeel & Organisatie.

Met vriendelijke groeten,

Het selectieteam
Stad Leiestede""",
     exp=("", "", "Stad Leiestede", "communicatiedeskundige (A1a)"),
     notes="Flemish public sector; formal u; score below threshold; wervingsreserve; HTML-only"),

dict(slug="nl-bureau-telefonisch-besproken", label="rejection", cat="agency-recruiter", lang="nl", country="NL", style="personal",
     frm="Jeroen Visser <jeroen@polderwerving.example>", subject="Terugkoppeling Zeeuwse Zorgverzekeraar",
     text="""Hoi Sam,

Zoals net telefonisch besproken nog even op de mail: de Zeeuwse Zorgverzekeraar heeft na de tweede ronde gekozen voor een andere kandidaat voor de rol van Manager Klantinzicht. Ze waren positief over je analytisch vermogen maar twijfelden over je ervaring met zorg-specifieke regelgeving.

Balen, ik had er een goed gevoel bij. Ik hou je op de hoogte als ik iets nieuws heb, er komt in Q1 waarschijnlijk een mooie rol bij een pensioenfonds voorbij.

Groet,
Jeroen

--
Jeroen Visser | Senior Consultant Marketing & Data
Polderwerving B.V. | 06 5555 0193""",
     exp=("jeroen@polderwerving.example", "Jeroen", "Zeeuwse Zorgverzekeraar", "Manager Klantinzicht"),
     notes="agency consultant; confirms a phone call; casual"),

dict(slug="nl-be-manager-interne-kandidaat", label="rejection", cat="internal-candidate", lang="nl", country="BE", style="personal",
     frm="Katrien Vermeulen <katrien.vermeulen@brabo-media.example>", subject="Feedback na ons tweede gesprek",
     client_html=True,
     text="""Dag Sam,

Nogmaals bedankt voor het fijne gesprek van vorige week donderdag in Antwerpen, en ook voor de uitgewerkte case over het abonneeverloop. Ik heb die met veel interesse gelezen en heb er intussen ook een paar ideeën uit gehaald voor ons eigen team, dus dat was zeker niet voor niets.

Zoals beloofd laat ik je weten hoe het nu verder gaat. Intern is er de voorbije weken wat veranderd: een collega van de redactie die al langer bij Brabo Media werkt, heeft zich ook kandidaat gesteld. We hebben uiteindelijk gekozen voor die interne kandidaat voor de functie van Head of Audience. Dat is geen oordeel over jouw profiel, wel een keuze voor continuïteit in een jaar waarin er al veel verandert bij ons.

Ik weet dat dit teleurstellend is na twee gesprekken. Als je wil, bel ik je graag eens om wat feedback te geven over de case; ik denk dat je daar nog wat aan hebt voor andere procedures. En mocht er volgend jaar binnen de groep iets opengaan dat bij je past, dan denk ik zeker aan jou.

Veel succes verder en hopelijk tot ziens,

Katrien Vermeulen
Directeur Digitale Producten
Brabo Media nv
+32 3 555 01 76

---
Dit bericht is vertrouwelijk. / This message is confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.""",
     exp=("katrien.vermeulen@brabo-media.example", "Katrien", "Brabo Media", "Head of Audience"),
     notes="Flemish hiring manager; long letter, verdict in the middle; bilingual disclaimer"),

dict(slug="nl-vacature-ingetrokken-reorg", label="rejection", cat="role-cancelled", lang="nl", country="NL", style="personal",
     frm="HR Bureau Oranjegracht Verzekeringen <werkenbij@oranjegracht.example>", reply_to="Sanne Mulder <sanne.mulder@oranjegracht.example>",
     subject="Vacature Lead Digital Marketing (ref. 4471) ingetrokken",
     text="""Beste Sam,

Je hebt gesolliciteerd op de vacature Lead Digital Marketing (ref. 4471). Helaas moeten wij je laten weten dat deze vacature is ingetrokken in verband met een reorganisatie van de afdeling Marketing & Communicatie. De selectieprocedure wordt daarom stopgezet, ook voor de kandidaten die al een gesprek hebben gehad.

Wij realiseren ons dat dit vervelend is en danken je hartelijk voor je interesse in Oranjegracht Verzekeringen.

Met vriendelijke groet,

Sanne Mulder
HR-adviseur Werving & Selectie

________________________________
Disclaimer: The information in this e-mail is confidential and may be legally privileged. Oranjegracht Verzekeringen N.V. is registered with the AFM under number 12000000 (example).""",
     exp=("sanne.mulder@oranjegracht.example", "Sanne", "Oranjegracht Verzekeringen", "Lead Digital Marketing"),
     notes="role withdrawn (reorganisation); English disclaimer; Reply-To HR advisor"),

# ---------------- hard negatives ----------------
dict(slug="nl-linkedin-sollicitatie-bekeken", label="other", cat="status-update", lang="nl", country="NL", style="ats",
     vendor="linkedin", brand="LinkedIn",
     frm="LinkedIn <jobs-noreply@linkedin.com>", subject="Je sollicitatie is bekeken door Tulpenveld Energie",
     headers={"List-Unsubscribe": "<{unsub}>"},
     text="""Je sollicitatie is bekeken

Tulpenveld Energie heeft je sollicitatie voor Product Marketing Lead bekeken.

Dit betekent niet dat er al een beslissing is genomen. Als de werkgever niet verder gaat met je sollicitatie, zie je dat in [[Mijn vacatures]].

Vergelijkbare vacatures:
- [[Marketing Manager · Havenstad Mobiliteit · Rotterdam]]
- [[Growth Lead · Kaaskop Foods · Amsterdam (hybride)]]""",
     button="Sollicitatie bekijken",
     notes="linkedin; viewed; explains what a no would look like"),

dict(slug="nl-teamtailor-ontvangst-volgende-ronde", label="other", cat="ack-received", lang="nl", country="NL", style="ats",
     vendor="teamtailor", brand="Grachtengordel Games", plain="autogen",
     frm="Grachtengordel Games <no-reply@teamtailor.com>", subject="Bedankt voor je sollicitatie, Sam!",
     text="""Hoi Sam,

Bedankt voor je sollicitatie als Product Marketing Manager bij Grachtengordel Games! We hebben alles goed ontvangen.

Ons team bekijkt alle sollicitaties binnen twee weken. Mocht je niet door gaan naar de volgende ronde, dan laten we dat uiteraard ook weten – we vinden het belangrijk dat niemand in het ongewisse blijft.

Groetjes,
Team Grachtengordel Games""",
     notes="teamtailor acknowledgement with a conditional 'niet door gaan'"),

dict(slug="nl-recruitee-verplaatst-andere-vacature", label="other", cat="requisition-transfer", lang="nl", country="NL", style="ats",
     vendor="recruitee", brand="Stroopwafel Logistiek",
     frm="Stroopwafel Logistiek <stroopwafellogistiek@mail.recruitee.com>", reply_to="Anouk de Vries <anouk.devries@stroopwafel-logistiek.example>",
     subject="Je sollicitatie is verplaatst naar: Content & Brand Lead",
     text="""Hoi Sam,

Goed nieuws en een kleine wijziging: de vacature Marketing Manager waarop je oorspronkelijk solliciteerde, is gesloten omdat we de rol anders hebben ingericht. Jouw profiel past volgens het team juist heel goed bij de nieuwe functie Content & Brand Lead.

We hebben je sollicitatie daarom verplaatst naar die vacature. Je hoeft niets te doen; ik neem deze week contact met je op om een eerste gesprek in te plannen.

Met vriendelijke groet,
Anouk de Vries
Recruiter | Stroopwafel Logistiek""",
     notes="recruitee; application moved to another requisition; old one 'gesloten'"),

dict(slug="nl-huurwoning-niet-geselecteerd", label="other", cat="non-job-rejection", lang="nl", country="NL", style="personal",
     frm="Verhuur Team Kroes Makelaardij <verhuur@kroes-makelaardij.example>", subject="Uw reactie op Prinsengracht 2xx-II",
     text="""Beste heer/mevrouw Taylor,

Hartelijk dank voor uw reactie op de woning aan de Prinsengracht 2xx-II en uw komst naar de bezichtiging van zaterdag.

Helaas moeten wij u mededelen dat de verhuurder heeft gekozen voor een andere kandidaat-huurder. Uw dossier wordt niet verder in behandeling genomen voor deze woning. Wij bewaren uw gegevens nog 30 dagen voor vergelijkbaar aanbod.

Met vriendelijke groet,
Mark Kroes
Kroes Makelaardij | 020 555 0120""",
     notes="rental flat; kandidaat / dossier / helaas vocabulary"),

dict(slug="nl-collega-afwijzing-verstuurd", label="other", cat="owner-hiring", lang="nl", country="NL", style="personal",
     frm="Daan Smit <daan.smit@example.org>", subject="Afwijzing Bram verstuurd + planning tweede ronde",
     text="""Hoi Sam,

Ter info: ik heb Bram gisteren de afwijzing gestuurd voor de Data Analist-rol (jouw tekst, licht aangepast). Hij reageerde netjes en vroeg om feedback, kun jij hem volgende week even bellen?

Eline en Youssef gaan door naar de tweede ronde. Ik heb donderdag 14:00 en vrijdag 10:00 geblokt in je agenda.

Groet,
Daan
Calder Street Media – Amsterdam""",
     notes="Sam is hiring; colleague reports a rejection Sam wrote"),

dict(slug="nl-be-recruiter-helaas-goed-nieuws", label="other", cat="interview-invite", lang="nl", country="BE", style="personal",
     frm="Pieter Claes <pieter.claes@scheldetalent.example>", subject="Helaas niet kunnen bereiken - goed nieuws Wafelhuys",
     text="""Dag Sam,

Ik heb je vanmiddag helaas niet kunnen bereiken, vandaar even een mailtje.

Goed nieuws: Wafelhuys wil je graag verder zien voor de functie van Brand Manager Benelux! Ze hadden nog een tweede kandidaat op de shortlist, maar ze kiezen ervoor om eerst met jou het eindgesprek te voeren. Past dinsdag 17/11 om 10u in Gent voor jou?

Laat je iets weten? Dan bevestig ik het bij de klant.

Groetjes,
Pieter Claes
Scheldetalent | 0478 55 50 11""",
     notes="agency; interview invite opening with 'helaas'; other candidate mentioned"),
]
