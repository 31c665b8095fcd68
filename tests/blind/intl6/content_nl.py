"""Dutch messages (Netherlands, Flanders)."""
from content_common import R, O, AUTO, LIST, SAM

LANG = "nl"

MESSAGES = [
# ---------------- rejections, ATS ----------------
R("dijkstra-recruitee-helaas", "ats", "ats-automated", "nl-NL",
  "Dijkstra & Zonen <dijkstrazonen@mail.recruitee.com>",
  "Je sollicitatie als Product Marketeer",
  """Beste Sam,

Bedankt voor je sollicitatie als Product Marketeer bij Dijkstra & Zonen en de tijd die je erin hebt gestoken.

Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie. We hebben veel reacties ontvangen en hebben gekozen voor kandidaten van wie de ervaring beter aansluit bij het profiel.

We wensen je veel succes met je zoektocht naar een nieuwe baan.

Met vriendelijke groet,
Team HR Dijkstra & Zonen""",
  ("", "", "Dijkstra & Zonen", "Product Marketeer"),
  vendor="recruitee", brand="Dijkstra & Zonen", headers=AUTO,
  about="Dijkstra & Zonen – familiebedrijf in duurzame verpakkingen sinds 1923, Zwolle.",
  notes="most ordinary Dutch template, verdict second paragraph"),

R("polderpost-werkzoeken-afgewezen", "ats", "ats-automated", "nl-NL",
  "Werkzoeken.nl <berichten@werkzoeken.example>",
  "Nieuwe status voor je sollicitatie bij Polderpost",
  """Hoi Sam,

Er is een update voor een sollicitatie die je via Werkzoeken.nl hebt verstuurd.

{table}

Bericht van de werkgever: "Bedankt voor je interesse. Wij hebben de sollicitatieprocedure afgerond."

Blijf zoeken! Er staan vandaag 318 nieuwe marketingvacatures voor je klaar. [[Bekijk vacatures]]

Groet,
Werkzoeken.nl""",
  ("", "", "Polderpost", "Online Marketeer"),
  vendor="werkzoeken", brand="Werkzoeken.nl", headers=LIST,
  table=[("Vacature", "Online Marketeer"), ("Werkgever", "Polderpost"), ("Plaats", "Alkmaar"), ("Status", "Afgewezen")],
  notes="job-board relay: status cell 'Afgewezen', employer message only says procedure finished"),

R("scheldeport-workday-andere-kandidaten", "ats", "ats-automated", "nl-BE",
  "Scheldeport Logistics <scheldeport@myworkday.com>",
  "Uw kandidatuur voor Marketing Manager Vlaanderen",
  """Beste Sam Taylor,

Hartelijk dank voor uw kandidatuur voor de functie van Marketing Manager Vlaanderen en voor uw interesse in Scheldeport Logistics.

Scheldeport is met meer dan 2.500 medewerkers een van de grootste logistieke dienstverleners in de haven van Antwerpen. Wij geloven in talent, diversiteit en gelijke kansen en beoordelen elke kandidatuur met de nodige zorg.

Na een grondige analyse van uw profiel hebben wij beslist om de procedure verder te zetten met andere kandidaten. Wij bewaren uw gegevens in onze databank gedurende twaalf maanden, tenzij u ons laat weten dat u dit niet wenst.

Met vriendelijke groeten,
Talent Acquisition Scheldeport""",
  ("", "", "Scheldeport Logistics", "Marketing Manager Vlaanderen"),
  vendor="workday", brand="Scheldeport Logistics", headers=AUTO,
  notes="Flemish 'kandidatuur', 'verder te zetten met andere kandidaten', after company paragraph"),

R("grachtwerk-greenhouse-vervuld", "ats", "role-filled", "nl-NL",
  "Grachtwerk <no-reply@eu.greenhouse-mail.io>",
  "Update: Senior Product Marketing Manager bij Grachtwerk",
  """Hi Sam,

Dank je wel voor je interesse in Grachtwerk en voor je sollicitatie op de rol van Senior Product Marketing Manager.

We laten je graag weten dat de vacature inmiddels is vervuld. We sluiten daarom alle openstaande sollicitaties voor deze rol af.

Houd vooral onze [[vacaturepagina]] in de gaten – we groeien hard en er komen in 2027 nieuwe rollen in het marketingteam bij.

Groetjes,
Het Talent-team van Grachtwerk""",
  ("", "", "Grachtwerk", "Senior Product Marketing Manager"),
  vendor="greenhouse", brand="Grachtwerk", headers=AUTO,
  about="Grachtwerk bouwt software voor woningcorporaties. Wij zijn een gelijke-kansenwerkgever.",
  notes="vacancy filled, applications closed, upbeat tone"),

R("zuiderlicht-teamtailor-ingetrokken", "ats", "role-cancelled", "nl-NL",
  "Zuiderlicht Zorg <zuiderlicht@teamtailor-mail.com>",
  "Vacature Communicatieadviseur ingetrokken",
  """Beste Sam,

Je hebt gesolliciteerd op de vacature Communicatieadviseur bij Zuiderlicht Zorg. Daarvoor willen we je hartelijk bedanken.

Door een reorganisatie binnen de afdeling Communicatie & Marketing is besloten de vacature in te trekken. De functie komt in de huidige vorm te vervallen. Dit betekent dat we de sollicitatieprocedure helaas moeten stopzetten, ook voor jou.

We begrijpen dat dit teleurstellend is, zeker omdat je al een eerste gesprek met ons hebt gehad. Bedankt voor je begrip.

Hartelijke groet,
Afdeling P&O Zuiderlicht Zorg""",
  ("", "", "Zuiderlicht Zorg", "Communicatieadviseur"),
  vendor="teamtailor", brand="Zuiderlicht Zorg", headers=AUTO,
  notes="vacancy withdrawn after reorganisation, procedure stopped"),

R("tulpveld-workable-bewaren", "ats", "keep-on-file", "nl-NL",
  "Tulpveld <noreply@workablemail.com>",
  "Tulpveld – je sollicitatie Growth Marketeer",
  """Hi Sam,

Wat leuk dat je bij Tulpveld wilde komen werken!

We hebben je cv en motivatie met aandacht gelezen. Je profiel sluit op dit moment alleen niet voldoende aan bij wat we voor de rol van Growth Marketeer zoeken, vooral op het gebied van performance marketing en SEA.

Mogen we je gegevens een jaar bewaren, zodat we je kunnen benaderen als er een passende rol vrijkomt? Laat het ons weten via [[deze link]]. Doe je niets, dan verwijderen we je gegevens na vier weken.

Veel succes en groetjes,
Team Tulpveld""",
  ("", "", "Tulpveld", "Growth Marketeer"),
  vendor="workable", brand="Tulpveld", headers=AUTO,
  notes="'profiel sluit niet voldoende aan' plus data-retention consent question"),

# ---------------- rejections, personal ----------------
R("havenstad-niet-volgende-ronde", "personal", "personal-after-interview", "nl-NL",
  "Eline de Wit <eline.dewit@havenstad-energie.example>",
  "Terugkoppeling gesprek Brand Manager",
  """Hoi Sam,

Dank je wel voor het fijne gesprek van afgelopen donderdag met Pieter en mij.

Ik zal er niet omheen draaien: je bent helaas niet door naar de tweede ronde. We vonden je ervaring in media erg interessant, maar misten concrete ervaring met B2C-energieproposities. De andere kandidaten scoorden daar duidelijk hoger op.

Ik bel je graag even als je meer toelichting wilt. Je kunt me bereiken op 06-41 22 73 90.

Hartelijke groet,
Eline de Wit
Recruiter | Havenstad Energie
Rotterdam""",
  ("eline.dewit@havenstad-energie.example", "Eline", "Havenstad Energie", "Brand Manager"),
  notes="direct Dutch style, verdict after one line, phone offered"),

R("uitzendbureau-opdrachtgever", "personal", "agency-recruiter", "nl-NL",
  "Jeroen Bakker <jeroen.bakker@flexwerk-recruitment.example>",
  "RE: Product Owner Marketing Tech – Brouwerij Het Anker",
  """Hoi Sam,

Ik heb net de terugkoppeling gekregen van Brouwerij Het Anker. Jammer genoeg heeft de opdrachtgever gekozen voor een andere kandidaat voor de functie Product Owner Marketing Tech. Het gesprek met jou vonden ze goed, maar de andere kandidaat had al eerder met hun CRM-platform gewerkt.

Balen, ik had er een goed gevoel over. Ik houd je op de hoogte van nieuwe opdrachten; er komt volgende week waarschijnlijk iets moois binnen in Utrecht.

Groet,
Jeroen

Jeroen Bakker | Senior Recruitment Consultant
FlexWerk Recruitment | 030 555 0147""",
  ("jeroen.bakker@flexwerk-recruitment.example", "Jeroen", "Brouwerij Het Anker", "Product Owner Marketing Tech"),
  notes="agency consultant relays client decision"),

R("stroomlijn-iemand-anders-aangenomen", "personal", "personal-after-interview", "nl-NL",
  "Maarten Visser <maarten@stroomlijn.example>",
  "Re: Stand van zaken",
  """Hi Sam,

Goede vraag, en excuus dat je het moest navragen. We hebben vorige week iemand anders aangenomen voor de Head of Marketing-rol. Ik had je dat eerder moeten laten weten.

Mocht je nog eens in Eindhoven zijn, dan trakteer ik op koffie.

Groet,
Maarten
CEO Stroomlijn

Op wo 11 nov. 2026 om 10:03 schreef Sam Taylor <sam.taylor@example.org>:
> Hoi Maarten,
>
> Ik was benieuwd naar de stand van zaken rond de Head of Marketing-rol.
> Hebben jullie al een beslissing genomen?
>
> Groet, Sam""",
  ("maarten@stroomlijn.example", "Maarten", "Stroomlijn", "Head of Marketing"),
  parent=True, client_html=True,
  notes="CEO answers Sam's chaser: 'iemand anders aangenomen'"),

R("terse-andere-kandidaat", "personal", "terse", "nl-NL",
  "Bas Hendriks <bas@koekoek-studio.example>",
  "Re: sollicitatie",
  """Hoi Sam, we gaan voor een andere kandidaat. Succes!

Groet, Bas
Koekoek Studio""",
  ("bas@koekoek-studio.example", "Bas", "Koekoek Studio", ""),
  parent=True, notes="one-line rejection, no role named"),

R("gemeente-selectiecommissie", "personal", "public-sector", "nl-NL",
  "Gemeente Waterrijk – HRM <werkenbij@waterrijk.example>",
  "Uw sollicitatie naar de functie Senior adviseur communicatie (vacaturenummer 26-184)",
  """Geachte heer/mevrouw Taylor,

Hartelijk dank voor uw belangstelling voor de functie van Senior adviseur communicatie bij de gemeente Waterrijk.

De selectiecommissie heeft alle brieven zorgvuldig beoordeeld aan de hand van de functie-eisen. Wij moeten u helaas meedelen dat de commissie heeft besloten u niet uit te nodigen voor een gesprek.

Heeft u vragen over deze beslissing? Neem dan contact op met Ingrid Smeets, HR-adviseur, via i.smeets@waterrijk.example of 14 0299.

Met vriendelijke groet,

namens het college van burgemeester en wethouders,
Ingrid Smeets
Team HRM, gemeente Waterrijk""",
  ("i.smeets@waterrijk.example", "Ingrid", "gemeente Waterrijk", "Senior adviseur communicatie"),
  notes="municipality letter, selection committee, not invited; named contact in body"),

R("assessment-geen-positief-advies", "personal", "after-assessment", "nl-BE",
  "Griet Vermeulen <griet.vermeulen@kempenbank.example>",
  "Resultaat assessment – Product Marketing Manager",
  """Dag Sam,

Zoals beloofd laat ik u weten wat het resultaat is van het assessment van vorige week voor de functie Product Marketing Manager.

Het assessmentbureau heeft uw rapport aan ons bezorgd. Op de onderdelen analytisch redeneren en rollenspel scoorde u goed, maar het eindadvies voor deze specifieke functie was niet positief. Op basis daarvan hebben wij beslist om uw kandidatuur niet verder te weerhouden.

U kunt het volledige rapport opvragen en bespreken met de consultant van het bureau; laat het mij gerust weten.

Met vriendelijke groeten,
Griet Vermeulen
HR Business Partner – KempenBank
+32 14 55 02 18""",
  ("griet.vermeulen@kempenbank.example", "Griet", "KempenBank", "Product Marketing Manager"),
  notes="Flemish, after assessment centre, 'kandidatuur niet verder weerhouden'"),

# ---------------- others, ATS ----------------
O("veenhuis-recruitee-ontvangen", "ats", "ack-received", "nl-NL",
  "Veenhuis Media <veenhuismedia@mail.recruitee.com>",
  "We hebben je sollicitatie ontvangen!",
  """Hoi Sam,

Bedankt voor je sollicitatie als Content Marketing Lead bij Veenhuis Media! We hebben alles goed ontvangen.

Wat kun je verwachten? Binnen 10 werkdagen hoor je van ons, ook als het een nee is – we vinden het belangrijk dat niemand in het ongewisse blijft.

Tot snel,
Team Veenhuis""",
  vendor="recruitee", brand="Veenhuis Media", headers=AUTO,
  notes="acknowledgement that mentions 'ook als het een nee is'"),

O("werkzoeken-vacaturealert", "ats", "job-alert", "nl-NL",
  "Werkzoeken.nl <alerts@werkzoeken.example>",
  "9 nieuwe vacatures: marketing manager in Utrecht",
  """Hoi Sam,

Dit zijn de nieuwste vacatures die passen bij je zoekopdracht "marketing manager – Utrecht":

- Marketing Manager – Zonnebloem Installaties, Nieuwegein – € 4.800 – 6.200
- Product Marketing Manager – Kanaal Software, Utrecht
- Brand Manager – Bakkerij Molenaar, Houten
- Marketing Lead Benelux – Fietsfabriek Noord, Utrecht

[[Bekijk alle 9 vacatures]]

Afgewezen na een sollicitatie? Lees onze tips om feedback te vragen. [[Lees meer]]""",
  vendor="werkzoeken", brand="Werkzoeken.nl", headers=LIST,
  notes="job alert digest with an article teaser about rejections"),

O("duinzicht-recruitee-uitnodiging", "ats", "interview-invite", "nl-NL",
  "Duinzicht Hotels <duinzicht@mail.recruitee.com>",
  "Uitnodiging sollicitatiegesprek – Marketing Manager",
  """Beste Sam,

Leuk nieuws! Op basis van je cv en motivatie willen we je graag uitnodigen voor een eerste gesprek voor de functie Marketing Manager.

Het gesprek duurt ongeveer een uur en vindt plaats op ons hoofdkantoor in Noordwijk, met Sanne (Directeur Commercie) en Rick (HR). Kies hieronder een moment dat jou uitkomt:

[[Plan je gesprek in]]

Helaas kunnen we niet alle kandidaten uitnodigen; we kijken er daarom extra naar uit je te spreken.

Met vriendelijke groet,
HR Duinzicht Hotels""",
  vendor="recruitee", brand="Duinzicht Hotels", headers=AUTO,
  notes="interview invitation containing 'helaas kunnen we niet alle kandidaten uitnodigen'"),

O("fietsfabriek-portaal-status", "ats", "status-update", "nl-NL",
  "Fietsfabriek Noord <careers@fietsfabriek.successfactors.eu>",
  "Statuswijziging van je sollicitatie",
  """Beste Sam Taylor,

De status van je sollicitatie is gewijzigd.

{table}

Je ontvangt binnenkort een uitnodiging met de details. Je kunt de status altijd bekijken in het [[kandidatenportaal]].

Met vriendelijke groet,
Recruitment Fietsfabriek Noord""",
  vendor="successfactors", brand="Fietsfabriek Noord", headers=AUTO,
  table=[("Vacature", "Marketing Lead Benelux"), ("Vorige status", "In behandeling"), ("Nieuwe status", "Uitgenodigd voor gesprek")],
  notes="status-portal change to 'invited', same layout as a rejection notice"),

O("calder-personio-kandidaat-afgewezen", "ats", "owner-hiring", "nl-NL",
  "Personio <notifications@personio.example>",
  "[Calder Street Media] Kandidaat afgewezen – Data Analist Amsterdam",
  """Hallo Sam,

Er is een update in een vacature waarvan jij hiring manager bent.

{table}

De afwijzingsmail is automatisch verstuurd volgens het sjabloon "Afwijzing na eerste gesprek". Bekijk de kandidaat in [[Personio]].

Je ontvangt deze melding omdat je meldingen voor deze vacature hebt ingeschakeld.""",
  vendor="personio", brand="Calder Street Media", headers=AUTO,
  table=[("Vacature", "Data Analist Amsterdam"), ("Kandidaat", "Thijs Koster"), ("Fase", "Eerste gesprek → Afgewezen"), ("Gewijzigd door", "Noor Jansen")],
  footer=["Calder Street Media · HR-systeem · Meldingen beheren: {unsub}"],
  notes="HR-system notice about a candidate rejected on Sam's own vacancy"),

O("pakketpunt-geweigerd-retour", "ats", "non-job-rejection", "nl-NL",
  "PakketPunt <noreply@pakketpunt.example>",
  "Je pakket is geweigerd en gaat retour naar de afzender",
  """Hallo Sam,

Je pakket met trackingnummer 3SPKP0049182736 van Boekhandel Lindeboom is bij aflevering geweigerd. Het pakket gaat retour naar de afzender.

Was dit een vergissing? Neem dan binnen 3 dagen contact op met de afzender.

[[Volg je pakket]]

Groet,
PakketPunt""",
  vendor="inhouse", brand="PakketPunt", headers=AUTO,
  notes="parcel refused and returned"),

# ---------------- others, personal ----------------
O("referentieverzoek-oud-collega", "personal", "reference-request", "nl-NL",
  "Sophie van Leeuwen <sophie.vanleeuwen@kanaalsoftware.example>",
  "Referentie voor Daan Mulder",
  """Beste Sam,

Daan Mulder heeft gesolliciteerd op de functie van Marketing Analist bij Kanaal Software en heeft jou opgegeven als referentie. Hij is door naar de laatste ronde.

Zou je tien minuten hebben voor een kort telefoongesprek deze week? Ik ben vooral benieuwd hoe jullie samenwerkten bij Calder Street Media.

Alvast bedankt!
Sophie van Leeuwen
Talent Acquisition | Kanaal Software
06-12 44 88 01""",
  notes="reference request about a former colleague (Sam is the referee)"),

O("mosselbank-aanbod", "personal", "offer", "nl-BE",
  "Wouter Peeters <wouter.peeters@mosselbank.example>",
  "Ons aanbod – Head of Brand",
  """Dag Sam,

Zoals daarnet telefonisch besproken, bezorg ik je hierbij ons aanbod voor de functie van Head of Brand bij Mosselbank.

In bijlage vind je de arbeidsovereenkomst met het brutoloon, de bedrijfswagen en de groepsverzekering. Laat je ons ten laatste op 4 december weten of je het aanbod aanvaardt?

We kijken er echt naar uit om met je samen te werken!

Vriendelijke groeten,
Wouter Peeters
HR Director – Mosselbank NV
+32 9 555 01 66""",
  attach=[("Aanbod_Head_of_Brand.pdf", "application/pdf", "%PDF-1.4\n% arbeidsovereenkomst (fictief)\n%%EOF\n")],
  notes="job offer with PDF attachment, Flemish"),

O("rivierland-reactie-op-bedankje", "personal", "reply-to-owner-followup", "nl-BE",
  "An Claes <an.claes@rivierland.example>",
  "RE: Bedankt voor de terugkoppeling",
  """Dag Sam,

Geen probleem hoor, je hoeft je helemaal niet te excuseren! Wat fijn dat je de tijd nam om te antwoorden.

We houden graag contact. Ik zet je op mijn lijstje voor de functie van Campaign Lead die we in februari openen.

Groetjes,
An

Van: Sam Taylor <sam.taylor@example.org>
Verzonden: maandag 16 november 2026 09:47
Aan: An Claes <an.claes@rivierland.example>
Onderwerp: Bedankt voor de terugkoppeling

Dag An,
Sorry voor mijn late reactie. Jammer dat het niet gelukt is, maar bedankt voor de eerlijke feedback. Ik hou graag contact.
Sam""",
  parent=True, wrap=False,
  notes="reply to Sam's thank-you after a rejection; the no only paraphrased in the quote"),

O("tijdschrift-artikel-afgewezen", "personal", "non-job-rejection", "nl-NL",
  "Redactie TvMC <redactie@tvmc.example>",
  "Beslissing over uw manuscript TVMC-2026-118",
  """Geachte Sam Taylor,

Dank voor het indienen van uw manuscript "Lokale nieuwsconsumptie na de paywall" bij het Tijdschrift voor Media & Communicatie.

Op basis van de beoordelingen van twee reviewers heeft de redactie besloten het manuscript niet te accepteren voor publicatie. De reviewers waardeerden de dataset, maar vonden de theoretische inbedding onvoldoende. Hun commentaar vindt u hieronder.

Met vriendelijke groet,
prof. dr. H. Brouwer
Hoofdredacteur""",
  notes="journal manuscript declined"),

O("sam-trekt-sollicitatie-in", "personal", "owner-sent", "nl-NL",
  "Sam Taylor <sam.taylor@example.org>",
  "Intrekken sollicitatie Marketing Manager",
  """Beste Sanne,

Hartelijk dank voor de uitnodiging voor het tweede gesprek. Ik heb inmiddels een aanbod van een andere organisatie aangenomen en trek daarom mijn sollicitatie voor de functie Marketing Manager bij Duinzicht Hotels in.

Ik vond de kennismaking erg prettig en wens jullie veel succes met het vinden van de juiste kandidaat.

Met vriendelijke groet,
Sam Taylor""",
  to="Sanne Kuipers <sanne.kuipers@duinzicht.example>",
  notes="Sam withdraws an application"),

O("zeeland-doorgezet-andere-vacature", "personal", "requisition-transfer", "nl-NL",
  "Lotte Verbeek <lotte.verbeek@zeeuwsezout.example>",
  "Je sollicitatie – andere vacature?",
  """Hoi Sam,

Bedankt voor je sollicitatie op de vacature Marketing Manager Retail. Die vacature hebben we inmiddels gesloten, maar ik denk eigenlijk dat je nog beter past bij de nieuwe rol Product Marketing Manager Export die we volgende week publiceren.

Vind je het goed als ik je sollicitatie daarvoor doorzet? Dan plan ik meteen een kennismaking in met onze exportmanager.

Groet,
Lotte Verbeek
Recruiter | Zeeuwse Zout BV""",
  notes="old vacancy closed, recruiter proposes moving the application to a new one"),
]
