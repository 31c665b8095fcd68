"""Dutch messages (Netherlands, Flanders): 8 rejections, 8 hard negatives."""
from content_common import BULK

L = {"lang": "nl"}

MESSAGES = [
# ---------------------------------------------------------------- rejections
dict(L, slug="nl-omroep-recruitee-niet-verder", label="rejection", cat="ats-automated", country="NL", style="ats",
     vendor="recruitee", brand="Omroep Westland",
     frm="Omroep Westland <noreply@mail.recruitee.com>",
     reply_to="Omroep Westland Recruitment <werkenbij@omroepwestland.example>",
     subject="Je sollicitatie als Communicatieadviseur",
     text="""Beste Sam,

Bedankt voor je sollicitatie als Communicatieadviseur bij Omroep Westland en voor de tijd die je erin hebt gestoken.

We hebben alle sollicitaties zorgvuldig bekeken. Helaas hebben we besloten om niet verder te gaan met jouw sollicitatie: andere kandidaten sloten beter aan op het profiel.

We wensen je veel succes met je zoektocht.

Met vriendelijke groet,
Team Recruitment Omroep Westland""",
     exp=("werkenbij@omroepwestland.example", "", "Omroep Westland", "Communicatieadviseur"),
     notes="ordinary; Reply-To team address"),

dict(L, slug="nl-werkzoeken-afgewezen-redacteur", label="rejection", cat="job-board-relay", country="NL", style="ats",
     vendor="werkzoeken", brand="Werkzoeken.example", h2t=True,
     frm="Werkzoeken.example <berichten@werkzoeken.example>",
     subject="Update over je sollicitatie bij Uitgeverij Duinzicht",
     text="""Hoi Sam,

Er is een update over je sollicitatie.

{table}

De werkgever heeft laten weten dat je niet door bent naar de volgende ronde. Balen! Bekijk hieronder vacatures die op je profiel lijken.

- Eindredacteur — Uitgeverij Kanaal (Utrecht)
- Contentmarketeer — Boekhuis Ommen (Zwolle)

[[Bekijk alle vacatures]]""",
     table=[("Vacature", "Redacteur online"), ("Werkgever", "Uitgeverij Duinzicht"), ("Status", "Afgewezen")],
     exp=("", "", "Uitgeverij Duinzicht", "Redacteur online"),
     notes="job-board relay; status table plus listings; html2text plain"),

dict(L, slug="nl-be-concertgebouw-workday-ingevuld", label="rejection", cat="ats-automated", country="BE", style="ats",
     vendor="workday", brand="Concertgebouw Leiestad", html_only=True,
     frm="Concertgebouw Leiestad <leiestad@myworkday.com>",
     subject="Uw kandidatuur voor Eventcoördinator (R-0419)",
     text="""Beste Sam Taylor,

Hartelijk dank voor uw kandidatuur voor de functie Eventcoördinator (R-0419) bij Concertgebouw Leiestad.

Wij laten u weten dat de vacature intussen is ingevuld. Wij kunnen uw kandidatuur daarom niet verder in overweging nemen.

Wij bewaren uw gegevens gedurende één jaar in onze wervingsreserve, tenzij u ons vraagt ze te verwijderen.

Met vriendelijke groeten,
HR Concertgebouw Leiestad

---

Cher/Chère Sam Taylor, nous vous remercions pour votre candidature. Le poste a entre-temps été pourvu.""",
     legal=["Concertgebouw Leiestad vzw – Ondernemingsnummer 0000.000.000 – Brugge"],
     exp=("", "", "Concertgebouw Leiestad", "Eventcoördinator"),
     notes="Flemish 'kandidatuur'; vacancy filled; French summary below; English Workday footer"),

dict(L, slug="nl-museum-teamtailor-bewaren", label="rejection", cat="keep-on-file", country="NL", style="ats",
     vendor="teamtailor", brand="Museum De Haven",
     frm="Museum De Haven <notifications@mail.teamtailor.com>",
     subject="Marketing & Communicatie Medewerker – terugkoppeling",
     text="""Hoi Sam,

Wat leuk dat je wilde werken bij Museum De Haven! We kregen ruim 180 reacties op de vacature Marketing & Communicatie Medewerker.

Na het bekijken van je cv en motivatie moeten we je helaas laten weten dat je profiel niet voldoende aansluit bij wat we nu zoeken. We nodigen je daarom niet uit voor een gesprek.

Mogen we je gegevens nog een jaar bewaren? Dan denken we aan je bij nieuwe vacatures. [[Ja, bewaar mijn gegevens]]

Vragen? Mail naar recruitment@museumdehaven.example.

Hartelijke groet,
Team HR Museum De Haven""",
     exp=("recruitment@museumdehaven.example", "", "Museum De Haven", "Marketing & Communicatie Medewerker"),
     notes="talent-pool consent with the verdict; reply_to from body; bulk headers"),

dict(L, slug="nl-be-cultuurhuis-andere-kandidaat", label="rejection", cat="personal-after-interview", country="BE", style="personal",
     frm="Tom Vermeulen <tom.vermeulen@cultuurhuisschelde.example>",
     subject="Na ons gesprek – communicatiemedewerker",
     text="""Dag Sam,

Nog eens merci voor het fijne gesprek van vorige week, en voor de moeite om naar Antwerpen te komen.

We hebben lang getwijfeld, maar we hebben uiteindelijk gekozen voor een andere kandidaat, iemand die al enkele jaren in de Vlaamse cultuursector werkt en ons netwerk van pers en partners kent. Voor jou is het dus helaas een nee voor de job van communicatiemedewerker.

Ik wil er wel bij zeggen dat je presentatie over het publieksbereik bij jongeren echt indruk maakte. Als er iets vrijkomt, hoor je van mij.

Groetjes,
Tom

Tom Vermeulen
Zakelijk leider – Cultuurhuis Schelde
+32 3 000 41 18""",
     exp=("tom.vermeulen@cultuurhuisschelde.example", "Tom", "Cultuurhuis Schelde", "communicatiemedewerker"),
     notes="Flemish; informal; after interview"),

dict(L, slug="nl-bureau-kade-ingetrokken", label="rejection", cat="role-cancelled", country="NL", style="personal",
     frm="Ruben de Graaf <ruben@bureaukade.example>",
     subject="Vacature Hoofd Communicatie – Filmfestival Noord",
     text="""Hoi Sam,

Vervelend nieuws, en ik bel je er vanmiddag ook nog even over. Stichting Filmfestival Noord heeft de vacature Hoofd Communicatie ingetrokken. Na een reorganisatie van het bestuur wordt de functie voorlopig niet ingevuld en nemen twee bestaande medewerkers de taken over.

Dat betekent dat de procedure, ook voor jou, stopt. Je stond er echt goed voor na het tweede gesprek, dus dit is extra zuur.

Ik houd je op de hoogte als de functie toch weer terugkomt.

Groet,
Ruben de Graaf
Bureau Kade Werving & Selectie
06 0000 2281""",
     exp=("ruben@bureaukade.example", "Ruben", "Stichting Filmfestival Noord", "Hoofd Communicatie"),
     notes="agency; client withdrew the vacancy"),

dict(L, slug="nl-kort-niet-deze-keer", day="2026-11-02", label="rejection", cat="terse", country="NL", style="personal",
     frm="Ilse Bakker <ilse@podcaststudiogracht.example>",
     subject="Re: Uitnodiging kennismaking – Producer",
     parent=True, parent_domain="podcaststudiogracht.example", parent_depth=2,
     text="""Hoi Sam, helaas, het wordt hem niet deze keer. Bedankt voor je tijd en succes!
Groet, Ilse

Op 28 okt 2026 om 11:02 schreef Sam Taylor <sam.taylor@example.org>:
> Dank je Ilse, donderdag 14:00 past prima. Tot dan!
>
> Op 27 okt 2026 om 16:45 schreef Ilse Bakker <ilse@podcaststudiogracht.example>:
>> Hoi Sam,
>> Leuk dat je hebt gereageerd op de vacature Producer bij
>> Podcaststudio Gracht! We nodigen je graag uit voor een kennismaking op
>> donderdag om 14:00 in de studio.
>> Groet, Ilse""",
     exp=("ilse@podcaststudiogracht.example", "Ilse", "Podcaststudio Gracht", "Producer"),
     notes="one line above a quoted invitation thread"),

dict(L, slug="nl-waterschap-woordvoerder-formeel", day="2026-11-12", label="rejection", cat="personal-after-interview", country="NL", style="personal",
     frm="M. Hendriks <m.hendriks@vlietland-waterschap.example>",
     cc="P&O Waterschap Vlietland <po@vlietland-waterschap.example>",
     subject="Uitslag eerste gespreksronde woordvoerder",
     text="""Geachte heer/mevrouw Taylor, beste Sam,

Op 5 november jl. heeft u een eerste gesprek gevoerd met de selectiecommissie voor de functie van woordvoerder bij Waterschap Vlietland. Graag informeer ik u over de uitkomst.

De commissie heeft alle kandidaten vergeleken met het functieprofiel, waarbij vooral ervaring met bestuurlijke advisering en crisiscommunicatie rond hoogwater zwaar woog. Op basis daarvan bent u helaas niet geselecteerd voor de tweede ronde. De commissie was positief over uw schrijfvaardigheid en uw ervaring bij een mediabedrijf.

Wilt u een toelichting, dan kunt u mij bellen op 071 000 55 30.

Met vriendelijke groet,

Marieke Hendriks
Senior adviseur P&O
Waterschap Vlietland""",
     exp=("m.hendriks@vlietland-waterschap.example", "Marieke", "Waterschap Vlietland", "woordvoerder"),
     notes="formal; public body; From shows initial only, signature gives first name"),

# ---------------------------------------------------------------- hard negatives
dict(L, slug="nl-recruitee-volgende-ronde", label="other", cat="interview-invite", country="NL", style="ats",
     vendor="recruitee", brand="Uitgeverij Noordzee",
     frm="Uitgeverij Noordzee <noreply@mail.recruitee.com>",
     subject="Goed nieuws over je sollicitatie – Publiciteitsmedewerker",
     text="""Hoi Sam,

We hebben heel veel reacties gehad op de vacature Publiciteitsmedewerker en helaas moesten we veel kandidaten afwijzen. Jij gaat wél door naar de volgende ronde!

We willen je graag uitnodigen voor een gesprek met Anouk (hoofd publiciteit) en Bas (uitgever). Kies hieronder een moment dat je past.

Tot snel,
Uitgeverij Noordzee""",
     button="Kies een moment",
     notes="invite that mentions rejecting others"),

dict(L, slug="nl-be-workable-niet-weerhouden", day="2026-11-03", label="other", cat="ack-received", country="BE", style="ats",
     vendor="workable", brand="Kunstenfestival Leie",
     frm="Kunstenfestival Leie <noreply@candidates.workablemail.com>",
     subject="Bedankt voor je kandidatuur – Persverantwoordelijke",
     text="""Dag Sam,

Bedankt voor je kandidatuur voor de functie Persverantwoordelijke bij Kunstenfestival Leie. We hebben ze goed ontvangen.

We bekijken alle kandidaturen na de sluitingsdatum van 30 november. Heb je tegen half december niets van ons gehoord, dan is je kandidatuur helaas niet weerhouden.

Met vriendelijke groeten,
Het team van Kunstenfestival Leie""",
     notes="Flemish acknowledgement; conditional 'niet weerhouden'"),

dict(L, slug="nl-teamtailor-assessment", label="other", cat="assessment", country="NL", style="ats",
     vendor="teamtailor", brand="NPO Regio Oost",
     frm="NPO Regio Oost <notifications@mail.teamtailor.com>",
     subject="Herinnering: je online assessment – nog 3 dagen",
     text="""Hoi Sam,

Je hebt de online assessment voor de functie Eindredacteur Online nog niet afgerond. De link verloopt over 3 dagen. Rond je de assessment niet op tijd af, dan kunnen we je sollicitatie helaas niet verder in behandeling nemen.

[[Start de assessment]] (duur: ongeveer 40 minuten)

Succes!
Team Werving NPO Regio Oost""",
     notes="assessment reminder with conditional consequence"),

dict(L, slug="nl-woning-oudegracht-niet-geselecteerd", label="other", cat="non-job-rejection", country="NL", style="ats",
     vendor="inhouse", brand="WoonKompas", headers=BULK,
     frm="WoonKompas <noreply@woonkompas.example>",
     subject="Uitslag: Oudegracht 212-bis, Utrecht",
     text="""Beste Sam,

Je hebt gereageerd op de woning Oudegracht 212-bis in Utrecht. Er waren 96 reacties.

Helaas ben je niet geselecteerd voor deze woning. De verhuurder heeft gekozen voor een andere kandidaat.

Je reactie op andere woningen blijft gewoon staan. [[Bekijk nieuwe woningen]]

WoonKompas""",
     notes="rental refused"),

dict(L, slug="nl-pitch-tijdschrift-afgewezen", day="2026-11-17", label="other", cat="non-job-rejection", country="NL", style="personal",
     frm="Noor van Dam <noor@tijdschriftvorm.example>",
     subject="Re: pitch: de nieuwe lokale nieuwsbrief",
     parent=True, parent_domain="example.org",
     text="""Hoi Sam,

Dank voor je pitch, leuk idee. We gaan hem helaas niet plaatsen: we hadden in september al een groot stuk over lokale media en de eindredactie vindt het te snel om daarop terug te komen.

Als je iets hebt over podcasts in de regio, hoor ik het graag.

Groet,
Noor van Dam
Chef redactie, Tijdschrift Vorm

Op 10 nov 2026 schreef Sam Taylor <sam.taylor@example.org>:
> Hoi Noor, hierbij mijn pitch voor een essay van 2.000 woorden over de
> nieuwe lokale nieuwsbrief. Zie bijlage. Groet, Sam""",
     notes="article pitch declined"),

dict(L, slug="nl-be-aanbod-communicatie", label="other", cat="offer", country="BE", style="personal",
     frm="Sofie Peeters <sofie.peeters@stadsmuseumgent.example>",
     subject="Ons aanbod – digitale communicatie",
     text="""Dag Sam,

Goed nieuws: we willen je graag een aanbod doen voor de functie van medewerker digitale communicatie. Het was een nipte beslissing, en ik moet vandaag nog twee andere kandidaten een negatief antwoord geven, maar het team was unaniem.

Ik stuur je morgen het contractvoorstel (bediende, PC 329, startdatum 1 februari). Laat je me weten of je vragen hebt?

Hartelijke groeten,
Sofie Peeters
HR-verantwoordelijke – Stadsmuseum Gent""",
     notes="offer; mentions rejecting others"),

dict(L, slug="nl-doorgezet-andere-vacature", label="other", cat="requisition-transfer", country="NL", style="personal",
     frm="Yara Bos <yara.bos@zilverlijnmedia.example>",
     subject="Je sollicitatie Communicatieadviseur",
     text="""Hoi Sam,

Even een update. De vacature Communicatieadviseur is inmiddels intern ingevuld, maar ik vond je profiel te goed om te laten liggen. Ik heb je sollicitatie daarom doorgezet naar mijn collega Jeroen, die een Contentstrateeg zoekt voor ons nieuwe podcastlabel. Hij neemt deze week contact met je op voor een kennismaking.

Vind je dat niet goed, laat het me dan weten.

Groet,
Yara Bos
Recruiter – Zilverlijn Media""",
     notes="old role filled, application transferred with an intro"),

dict(L, slug="nl-vriendin-doorgestuurd-afwijzing", day="2026-11-16", label="other", cat="forwarded", country="NL", style="personal",
     frm="Lotte Mulder <lotte.mulder@mail.example>",
     subject="Fwd: Je sollicitatie bij Theater Aan de Stroom",
     text="""Sam, hoe reageer jij hier eigenlijk op? Ik ben er best kapot van, dacht echt dat ik het had. Zin in een biertje vrijdag?
L.

---------- Doorgestuurd bericht ---------
Van: HR Theater Aan de Stroom <hr@theateraandestroom.example>
Datum: ma 16 nov 2026 om 10:12
Onderwerp: Je sollicitatie bij Theater Aan de Stroom
Aan: Lotte Mulder <lotte.mulder@mail.example>

Beste Lotte,
Helaas moeten we je laten weten dat we hebben gekozen voor een andere kandidaat voor de functie marketingmedewerker.
Met vriendelijke groet, HR""",
     notes="a friend's own rejection forwarded"),
]
