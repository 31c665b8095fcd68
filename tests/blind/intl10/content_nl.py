"""Dutch messages (Netherlands and Flanders): 12 rejections, 12 hard negatives."""
from content_common import R, O

AUTO = {"Auto-Submitted": "auto-generated"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
# ---------------- rejections, ATS ----------------
R("nl-recruitee-helaas", "ats-automated", "nl", "ats",
  "Dijkstra Mobiliteit <noreply@mail.recruitee.com>", "Je sollicitatie als Product Marketeer",
  """Beste Sam,

Bedankt voor je sollicitatie op de functie Product Marketeer bij Dijkstra Mobiliteit en de moeite die je erin hebt gestoken.

Helaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek. We hebben veel sterke reacties ontvangen en hebben gekozen voor kandidaten van wie het profiel nog beter aansluit bij de functie.

Mogen we je gegevens nog 12 maanden bewaren voor toekomstige vacatures? [[Ja, bewaar mijn gegevens]] / [[Nee, verwijder mijn gegevens]]

Met vriendelijke groet,
Team Recruitment Dijkstra Mobiliteit""",
  ("", "", "Dijkstra Mobiliteit", "Product Marketeer"), vendor="recruitee", brand="Dijkstra Mobiliteit", variant="nl-NL", headers=AUTO,
  notes="data-retention question"),
R("nl-werkzoeken-status", "job-board-relay", "nl", "ats",
  "Werkzoeken.example <noreply@werkzoeken.example>", "Update over je sollicitatie bij Zuiderhaven Logistiek",
  """Hoi Sam,

Er is een update over een vacature waarop je via Werkzoeken hebt gereageerd.

{table}

Bekijk [[vergelijkbare vacatures]] in jouw regio.

Je ontvangt deze e-mail omdat je een account hebt bij Werkzoeken.""",
  ("", "", "Zuiderhaven Logistiek", "Marketing Manager Digitaal"), vendor="stepstone", brand="Werkzoeken", variant="nl-NL", headers=BULK, autotext=True,
  table=[("Vacature", "Marketing Manager Digitaal"), ("Werkgever", "Zuiderhaven Logistiek"), ("Status", "Afgewezen door werkgever")],
  notes="job-board relay; verdict in a table; auto-generated plain part"),
R("nl-workable-be-vlaams", "ats-automated", "nl", "ats",
  "Brouwerij Scheldeland <noreply@workablemail.com>", "Uw kandidatuur voor Brand Manager",
  """Beste Sam Taylor,

Hartelijk dank voor uw kandidatuur voor de functie van Brand Manager bij Brouwerij Scheldeland.

Wij hebben uw cv met veel interesse gelezen. Na zorgvuldige afweging moeten wij u helaas meedelen dat wij uw kandidatuur niet verder weerhouden in deze selectieprocedure.

Wij wensen u veel succes in uw verdere loopbaan.

Met vriendelijke groeten,
HR-dienst Brouwerij Scheldeland

---
Version française : Nous vous remercions pour votre candidature. Nous sommes au regret de vous informer que nous ne pouvons pas y donner suite.""",
  ("", "", "Brouwerij Scheldeland", "Brand Manager"), vendor="workable", brand="Brouwerij Scheldeland", variant="nl-BE", headers=AUTO,
  notes="Flemish 'niet weerhouden'; French second version"),
R("nl-personio-ingevuld", "role-filled", "nl", "ats",
  "Kwartel Software <noreply@jobs.personio.de>", "Vacature Growth Marketeer is vervuld",
  """Hallo Sam,

Je hebt gesolliciteerd op onze vacature Growth Marketeer. Inmiddels is deze functie vervuld, en daarom sluiten we de procedure af.

We hadden je graag een persoonlijker bericht gestuurd, maar we kregen meer dan 250 reacties.

Groet,
Kwartel Software - People & Culture
jobs@kwartel.example""",
  ("jobs@kwartel.example", "", "Kwartel Software", "Growth Marketeer"), vendor="personio", brand="Kwartel Software", variant="nl-NL", headers=AUTO, html_only=True,
  notes="HTML-only; team address in body"),
R("nl-smartrecruiters-lang-privacy", "ats-automated", "nl", "ats",
  "Gemeente Heuvelrand <noreply@smartrecruiters.com>", "Uitslag selectie: Communicatieadviseur Online (vac. 2026-118)",
  """Geachte Sam Taylor,

Op 3 oktober heeft u gesolliciteerd naar de functie Communicatieadviseur Online (vacaturenummer 2026-118) bij Gemeente Heuvelrand. De selectiecommissie heeft alle brieven beoordeeld aan de hand van de functie-eisen die in de vacaturetekst zijn genoemd.

De commissie heeft besloten u niet uit te nodigen voor de eerste gespreksronde. Uw ervaring met online campagnes is ruim, maar andere kandidaten voldeden meer aan de eis van ervaring binnen een overheidsorganisatie.

Uw sollicitatiegegevens worden vier weken na afronding van de procedure verwijderd, tenzij u toestemming geeft ze een jaar te bewaren. Dit is conform de Sollicitatiecode van de NVP en de AVG.

Heeft u vragen over deze beslissing, dan kunt u contact opnemen met Femke de Bruijn, recruiter, via f.debruijn@heuvelrand.example.

Met vriendelijke groet,
namens de selectiecommissie,
Team Werving & Selectie""",
  ("f.debruijn@heuvelrand.example", "Femke", "Gemeente Heuvelrand", "Communicatieadviseur Online"), vendor="smartrecruiters", brand="Gemeente Heuvelrand", variant="nl-NL", headers=AUTO,
  notes="government; recruiter named in body"),
R("nl-linkedin-easy-apply", "ats-automated", "nl", "ats",
  "LinkedIn <jobs-noreply@linkedin.example>", "Je sollicitatie bij Tulpveld Media",
  """Je sollicitatie voor Content Lead bij Tulpveld Media

Tulpveld Media heeft je sollicitatie bekeken en besloten niet verder te gaan met je kandidatuur.

Wat je nu kunt doen: bekijk [[vergelijkbare vacatures]] of zet Open to Work aan.

Bericht van Tulpveld Media: "Bedankt Sam, we zijn voor een ander profiel gegaan. Succes!" """,
  ("", "", "Tulpveld Media", "Content Lead"), vendor="linkedin", brand="LinkedIn", variant="nl-NL", headers=BULK),
# ---------------- rejections, personal ----------------
R("nl-recruiter-na-gesprek", "personal-after-interview", "nl", "personal",
  "Joost van Leeuwen <joost.vanleeuwen@polderbank.example>", "Terugkoppeling gesprek Product Owner",
  """Hoi Sam,

Dank je wel voor het fijne gesprek van vorige week met Ingrid en mij. We hebben inmiddels alle kandidaten gesproken.

Ik had je dit liever telefonisch verteld, maar ik kreeg je niet te pakken: we gaan niet met je verder voor de rol van Product Owner Betalen. De doorslag gaf dat we iemand zoeken met hands-on ervaring in het aansturen van een scrumteam, en daar zagen we bij de andere kandidaat meer van terug.

Als je feedback wilt, bel me gerust: 06 1234 5678.

Groet,
Joost van Leeuwen
Corporate Recruiter | Polderbank""",
  ("joost.vanleeuwen@polderbank.example", "Joost", "Polderbank", "Product Owner Betalen"), variant="nl-NL"),
R("nl-kort-andere-kant", "terse", "nl", "personal",
  "Sanne Mulder <sanne@fietsfabriek-noord.example>", "Re: Marketing lead",
  """Hoi Sam, we hebben besloten de andere kant op te gaan voor de marketing lead. Bedankt en veel succes! Sanne (Fietsfabriek Noord)

Op 28 okt 2026, om 14:02 heeft Sam Taylor <sam.taylor@example.org> het volgende geschreven:
> Hoi Sanne, nog bedankt voor de koffie gisteren. Laat maar weten als je
> nog iets van me nodig hebt voor de marketing lead rol!""",
  ("sanne@fietsfabriek-noord.example", "Sanne", "Fietsfabriek Noord", "marketing lead"), variant="nl-NL", parent=True),
R("nl-bureau-klant-intern", "internal-candidate", "nl", "personal",
  "Pieter Claes <pieter.claes@lagrange-search.example>", "Update Head of Marketing - Antwerpen",
  """Dag Sam,

Even een update over de opdracht Head of Marketing bij Havenstad Verzekeringen in Antwerpen.

Ik kreeg gisteren telefoon van de CEO: ze hebben intern iemand gevonden die de job opneemt, een collega van sales die al jaren in het bedrijf zit. De externe search wordt dus stopgezet, en dat betekent jammer genoeg ook dat jouw kandidatuur daar stopt. Erg spijtig, want je stond op de shortlist.

Ik hou je zeker op de hoogte van nieuwe opdrachten.

Met vriendelijke groeten,
Pieter Claes
Partner - Lagrange Search
+32 475 55 12 90""",
  ("pieter.claes@lagrange-search.example", "Pieter", "Havenstad Verzekeringen", "Head of Marketing"), variant="nl-BE", notes="Flemish; filled internally"),
R("nl-ceo-uitgebreid-feedback", "personal-after-interview", "nl", "personal",
  "Maarten Bos <maarten@klimopdata.example>", "Na de case-presentatie",
  """Hoi Sam,

Allereerst: heel erg bedankt voor je case-presentatie van dinsdag. We hebben er met het team nog lang over nagepraat.

Een paar dingen die eruit sprongen:
- je analyse van de churn-cijfers was scherp;
- de positionering richting zorgverzekeraars vonden we minder overtuigend;
- je vragen aan het team waren erg goed.

Uiteindelijk hebben we moeten kiezen, en het is niet op jou gevallen. We bieden de rol van Head of Product Marketing aan een kandidaat die al in de zorgmarkt heeft gewerkt.

Ik hoop oprecht dat we elkaar nog eens tegenkomen. Klimop Data groeit hard, dus wie weet.

Groeten,
Maarten Bos
CEO, Klimop Data""",
  ("maarten@klimopdata.example", "Maarten", "Klimop Data", "Head of Product Marketing"), variant="nl-NL", notes="bullet feedback; indirect verdict"),
R("nl-outlook-vacature-ingetrokken", "role-cancelled", "nl", "personal",
  "Els Verhoeven <els.verhoeven@duinzicht-zorg.example>", "RE: Sollicitatie Marketingcoördinator",
  """Beste Sam,

Excuses dat je zo lang op een reactie hebt moeten wachten. Door een reorganisatie binnen onze afdeling is besloten de vacature Marketingcoördinator in te trekken. Het gesprek van de 24e gaat daarom niet door en de procedure wordt voor alle kandidaten beëindigd.

Met vriendelijke groet,
Els Verhoeven
HR-adviseur | Duinzicht Zorg
T 071 555 3344

________________________________
Van: Sam Taylor <sam.taylor@example.org>
Verzonden: maandag 9 november 2026 11:12
Aan: Els Verhoeven <els.verhoeven@duinzicht-zorg.example>
Onderwerp: Sollicitatie Marketingcoördinator

Beste Els, ik kijk uit naar ons gesprek op de 24e. Zal ik mijn portfolio meenemen?
Groet, Sam""",
  ("els.verhoeven@duinzicht-zorg.example", "Els", "Duinzicht Zorg", "Marketingcoördinator"), variant="nl-NL", parent=True, notes="vacancy withdrawn; Outlook quote"),
R("nl-engels-voettekst-plat", "personal-after-screening", "nl", "personal",
  "Lotte Jansen <lotte.jansen@grachtenlab.example>", "Sollicitatie Marketing Analyst",
  """Hi Sam,

Bedankt voor je interesse in Grachtenlab en je sollicitatie als Marketing Analyst. Na het eerste telefoongesprek hebben we je profiel nog eens goed bekeken, maar we denken dat het niet voldoende aansluit bij wat we nu nodig hebben. Daarom stoppen we hier het proces.

Veel succes met je zoektocht!

Lotte Jansen | Talent Acquisition
Grachtenlab B.V. | Herengracht 400, Amsterdam

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Grachtenlab B.V. is registered with the Chamber of Commerce under number 55512345.""",
  ("lotte.jansen@grachtenlab.example", "Lotte", "Grachtenlab", "Marketing Analyst"), variant="nl-NL", notes="personal letter with English legal footer"),
# ---------------- others, ATS ----------------
O("nl-recruitee-ontvangst", "ack-received", "nl", "ats",
  "Noordlicht Energie <noreply@mail.recruitee.com>", "Bedankt voor je sollicitatie!",
  """Hoi Sam,

Bedankt voor je sollicitatie op de functie Campaign Manager. We hebben je gegevens goed ontvangen.

We bekijken alle sollicitaties binnen twee weken. Hoor je niet verder te gaan? Dan laten we dat je ook weten, je hoort in elk geval van ons.

Hartelijke groet,
Team Noordlicht Energie""",
  vendor="recruitee", brand="Noordlicht Energie", variant="nl-NL", headers=AUTO),
O("nl-teamtailor-talentpool", "talent-pool", "nl", "ats",
  "Zeewind Studio <no-reply@teamtailor.com>", "Word lid van onze talentpool",
  """Hoi Sam,

Je hebt eerder interesse getoond in Zeewind Studio. We hebben nu geen passende vacature, maar we bouwen aan een talentpool met mensen die we graag als eerste benaderen.

[[Ja, ik doe mee]]

Je kunt je op elk moment afmelden.""",
  vendor="teamtailor", brand="Zeewind Studio", variant="nl-NL", headers=BULK, autotext=True, notes="talent pool, no verdict"),
O("nl-indeed-interview", "interview-invite", "nl", "ats",
  "Indeed <noreply@indeed.example>", "Uitnodiging voor een gesprek bij Bakkerij Van Dam",
  """Hallo Sam,

Bakkerij Van Dam wil graag een gesprek met je plannen voor de functie Online Marketeer.

Voorgestelde tijden:
- donderdag 12 november, 10:00
- vrijdag 13 november, 14:30

[[Kies een tijd]]

Niet beschikbaar? Laat het de werkgever weten.""",
  vendor="indeed", brand="Indeed", variant="nl-NL", headers=AUTO),
O("nl-bol-retour-afgewezen", "non-job-rejection", "nl", "ats",
  "Pakketpunt <service@pakketpunt.example>", "Je retourzending is afgewezen",
  """Hoi Sam,

We hebben je retour (order 88231-NL, koptelefoon) ontvangen, maar helaas kunnen we deze niet accepteren: de verzegeling was verbroken. Het pakket wordt naar je teruggestuurd.

Vragen? Neem contact op via de [[klantenservice]].""",
  vendor="none", brand="Pakketpunt", variant="nl-NL", headers=AUTO, notes="returned parcel rejected"),
O("nl-workday-eigen-vacature", "owner-hiring", "nl", "ats",
  "Calder Street Media HR <calderstreet@myworkday.com>", "Actie vereist: 3 kandidaten afgewezen voor vacature JR-0912",
  """Beste Sam,

Voor jouw vacature JR-0912 (Data Analist, Amsterdam) zijn 3 kandidaten door jou op 'Afgewezen' gezet. De afwijzingsmails worden morgen om 09:00 automatisch verstuurd.

[[Controleer afwijzingen]]

Dit is een automatisch bericht van Workday.""",
  vendor="workday", brand="Calder Street Media", variant="nl-NL", headers=AUTO, to="Sam Taylor <sam.taylor@example.org>", notes="HR system notice on Sam's own requisition"),
O("nl-stepstone-alert", "job-alert", "nl", "ats",
  "StepStone <alerts@stepstone.example>", "5 nieuwe vacatures voor 'marketing manager'",
  """Nieuwe vacatures voor jou

- Marketing Manager B2B · Ventilo · Eindhoven
- Brand Manager · Zoet & Zout · Utrecht
- Senior Marketeer · Deltapoort · Rotterdam

Tip: heb je een afwijzing gehad? Lees onze gids 'Zo reageer je op een afwijzing'.

[[Alle vacatures bekijken]]""",
  vendor="stepstone", brand="StepStone", variant="nl-NL", headers=BULK),
# ---------------- others, personal ----------------
O("nl-volgende-ronde", "interview-invite", "nl", "personal",
  "Ruben Smit <ruben.smit@vlootbeheer.example>", "Tweede ronde Product Manager",
  """Hoi Sam,

Goed nieuws: je bent door naar de tweede ronde voor Product Manager! We hebben helaas een paar sterke kandidaten moeten laten gaan, maar jij hoort daar niet bij.

Kun je volgende week dinsdag om 13:00 bij ons op kantoor in Zwolle zijn?

Groet,
Ruben Smit
Vlootbeheer | 038 555 7788""",
  variant="nl-NL", notes="next round; 'helaas ... laten gaan' about others"),
O("nl-sam-vraagt-antwoord-aanbod", "answer-to-owner-question", "nl", "personal",
  "Inge Peeters <inge.peeters@kasteelgroep.example>", "Re: Stand van zaken?",
  """Dag Sam,

Neen hoor, we hebben niet voor iemand anders gekozen! Integendeel: we willen je graag een aanbod doen voor de functie van Marketing Manager. Ik stuur het contract morgen door.

Vriendelijke groet,
Inge

Op ma 16 nov 2026 om 08:55 schreef Sam Taylor <sam.taylor@example.org>:
> Dag Inge, ik had nog niets gehoord en vroeg me af of jullie voor een
> andere kandidaat hebben gekozen?""",
  variant="nl-BE", parent=True, notes="answer to Sam's question is an offer"),
O("nl-subsidie-afgewezen", "non-job-rejection", "nl", "personal",
  "Fonds Creatieve Media <aanvragen@fondscm.example>", "Besluit op uw aanvraag 2026-CM-0418",
  """Geachte heer/mevrouw Taylor,

Het bestuur heeft uw aanvraag voor een projectsubsidie 'Luisteronderzoek regionale omroepen' besproken. Wij moeten u helaas meedelen dat de aanvraag is afgewezen, omdat het beschikbare budget voor deze ronde is uitgeput.

Tegen dit besluit kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
Fonds Creatieve Media""",
  variant="nl-NL", notes="grant refused"),
O("nl-vergaderverzoek-geweigerd", "non-job-rejection", "nl", "personal",
  "Bram Hendriks <bram.hendriks@example.org>", "Geweigerd: Kwartaalreview Insights",
  """Bram Hendriks heeft je uitnodiging geweigerd.

Kwartaalreview Insights
donderdag 19 november 2026, 14:00-15:00

Opmerking: Sorry Sam, zit dan bij de klant. Kan het vrijdag?""",
  variant="nl-NL", notes="declined meeting invite from colleague"),
O("nl-doorgestuurd-vriend", "forwarded", "nl", "personal",
  "Daan de Vries <daan.devries@mailbox.example>", "Fwd: Je sollicitatie bij Molenaar Retail",
  """Hey Sam, kijk, weer een afwijzing voor mij. Heb jij tips hoe ik hierop moet reageren? Jij bent daar beter in.

Daan

---------- Doorgestuurd bericht ---------
Van: Molenaar Retail <werken@molenaarretail.example>
Datum: di 10 nov 2026 om 09:12
Onderwerp: Je sollicitatie bij Molenaar Retail
Aan: <daan.devries@mailbox.example>

Beste Daan,
Helaas moeten we je meedelen dat we niet verder gaan met je sollicitatie voor Category Manager.
Met vriendelijke groet, Molenaar Retail""",
  variant="nl-NL", notes="friend's rejection forwarded"),
O("nl-referentieverzoek", "reference-request", "nl", "personal",
  "Wouter Dekker <wouter.dekker@rivierland.example>", "Referentie voor Sam Taylor",
  """Beste Sam,

Je bent in de laatste fase voor de functie Insights Lead bij Rivierland. Zou je ons de contactgegevens van twee referenties willen sturen? We nemen daarna zo snel mogelijk een beslissing.

Met vriendelijke groet,
Wouter Dekker
Rivierland | HR""",
  variant="nl-NL"),
]
