"""Dutch messages (Netherlands, Belgium): 6 rejections, 6 hard negatives."""

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS
    {
        "slug": "nl-zuiderhaven-recruitee-niet-verder", "label": "rejection", "cat": "ats-automated",
        "country": "NL", "style": "ats", "vendor": "recruitee", "brand": "Zuiderhaven Energie",
        "frm": "Zuiderhaven Energie <no-reply@mail.recruitee.com>",
        "reply_to": "werkenbij@zuiderhaven.example",
        "subject": "Je sollicitatie bij Zuiderhaven Energie",
        "text": """Hoi Sam,

Bedankt voor je sollicitatie op de functie Marketing Manager Consumentenmarkt bij Zuiderhaven Energie en de tijd die je erin hebt gestoken.

We hebben veel reacties ontvangen en alle cv's zorgvuldig bekeken. Helaas moeten we je laten weten dat we niet verder gaan met jouw sollicitatie. Andere kandidaten sloten beter aan bij het profiel dat we voor deze rol zoeken.

Volgens de AVG bewaren we je gegevens tot vier weken na het afronden van de procedure. Vind je het goed dat we ze een jaar bewaren, zodat we je kunnen benaderen voor een andere vacature? Geef dan hieronder toestemming.

Veel succes met je zoektocht!

Met vriendelijke groet,
Team Recruitment Zuiderhaven Energie""",
        "button": "Ja, bewaar mijn gegevens",
        "footer": [
            "Zuiderhaven Energie B.V. · Waalhaven Zuidzijde 19, 3089 JH Rotterdam · KvK 00000000",
            "Lees hoe wij met je persoonsgegevens omgaan in onze privacyverklaring: {privacy}",
        ],
        "exp": ("werkenbij@zuiderhaven.example", "", "Zuiderhaven Energie", "Marketing Manager Consumentenmarkt"),
        "notes": "recruitee; most ordinary Dutch template 'helaas ... niet verder gaan met jouw sollicitatie'; AVG retention question; team Reply-To",
    },
    {
        "slug": "be-scheldeland-workday-tweetalig-kandidatuur", "label": "rejection", "cat": "ats-automated",
        "country": "BE", "style": "ats", "vendor": "workday", "brand": "Scheldeland Verzekeringen",
        "frm": "Scheldeland Verzekeringen <scheldeland@myworkday.com>",
        "subject": "Uw kandidatuur / Votre candidature – Product Owner Digitale Kanalen",
        "html_only": True,
        "text": """Geachte Sam Taylor,

Wij danken u voor uw interesse in Scheldeland Verzekeringen en voor uw kandidatuur voor de functie Product Owner Digitale Kanalen (JR-07733).

Wij hebben uw kandidatuur zorgvuldig bekeken. Helaas moeten wij u meedelen dat uw profiel niet voldoende aansluit bij de vereisten van deze functie. Wij zullen uw kandidatuur in deze procedure dan ook niet weerhouden.

U kunt steeds solliciteren voor andere vacatures via onze [[jobsite]].

Met vriendelijke groeten,
HR Talent Acquisition
Scheldeland Verzekeringen NV

—————

Cher/Chère Sam Taylor,

Nous vous remercions de l'intérêt que vous portez à Scheldeland Verzekeringen et de votre candidature pour la fonction Product Owner Digitale Kanalen (JR-07733).

Nous avons examiné votre candidature avec attention. Nous avons le regret de vous informer que votre profil ne correspond pas suffisamment aux exigences de la fonction et que nous ne retiendrons pas votre candidature.

Cordialement,
HR Talent Acquisition""",
        "footer": [
            "Scheldeland Verzekeringen NV · Frankrijklei 72, 2000 Antwerpen · RPR Antwerpen · BTW BE 0000.000.000",
            "Dit is een automatisch bericht. Gelieve niet te antwoorden. / Ceci est un message automatique, merci de ne pas y répondre.",
            "Privacy: {privacy}",
        ],
        "exp": ("", "", "Scheldeland Verzekeringen", "Product Owner Digitale Kanalen"),
        "notes": "workday; HTML-only; Belgian Dutch 'kandidatuur ... niet weerhouden' followed by the French version; no-reply",
    },
    {
        "slug": "nl-indeed-kustlicht-besloten-niet-verder", "label": "rejection", "cat": "job-board-relay",
        "country": "NL", "style": "ats", "vendor": "indeed_nl", "brand": "Indeed",
        "frm": "Indeed <noreply@indeed.example>",
        "subject": "Een update over je sollicitatie bij Kustlicht Media",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "plain": "html2text",
        "text": """Een update over je sollicitatie

{table}

Kustlicht Media heeft je sollicitatie bekeken en heeft besloten om niet verder te gaan. We weten dat dit teleurstellend is. Blijf zoeken – er zijn nieuwe vacatures die bij je passen.

[[Bekijk vergelijkbare vacatures]]

Bericht van de werkgever:
"Dank voor je interesse in Kustlicht Media. We hebben de vacature inmiddels ingevuld."

Aanbevolen voor jou:
- Contentmarketeer – Haarlem – [[Solliciteer eenvoudig]]
- Marketing Lead B2B – Amsterdam – [[Bekijk vacature]]""",
        "table": [("Functie", "Senior Marketeer"), ("Bedrijf", "Kustlicht Media – Haarlem"), ("Status", "Niet geselecteerd")],
        "footer": ["Indeed B.V., Mr. Treublaan 7, 1097 DP Amsterdam"],
        "exp": ("", "", "Kustlicht Media", "Senior Marketeer"),
        "notes": "job-board relay with bulk headers; 'Status: Niet geselecteerd' plus employer note 'vacature ingevuld'; recommendations",
    },
    # ------------------------------------------------------------------ rejections, personal
    {
        "slug": "nl-sanne-na-telefoongesprek-andere-kandidaat", "day": "2026-10-20", "label": "rejection", "cat": "personal-after-interview",
        "country": "NL", "style": "personal",
        "frm": "Sanne de Vries <sanne.devries@polderlab.example>",
        "subject": "Terugkoppeling sollicitatie Product Marketing Manager",
        "text": """Hoi Sam,

Zoals net telefonisch besproken, hierbij nog even kort op de mail.

Nogmaals dank voor de gesprekken met Thijs en mij en voor de moeite die je in de case hebt gestoken. We hebben uiteindelijk gekozen voor een andere kandidaat, die net wat meer ervaring heeft met de Duitse markt. Dat gaf voor ons de doorslag, want daar ligt de komende twee jaar onze focus.

Zoals ik al zei: we vonden je presentatie echt sterk, vooral het stuk over pricing. Mocht er in de toekomst iets vrijkomen dat beter past, dan neem ik zeker contact met je op.

Succes met alles en wie weet tot ziens!

Groetjes,
Sanne

Sanne de Vries | Recruiter | PolderLab
06 - 41 82 95 37""",
        "exp": ("sanne.devries@polderlab.example", "Sanne", "PolderLab", "Product Marketing Manager"),
        "notes": "written confirmation of a phone call; 'gekozen voor een andere kandidaat'",
    },
    {
        "slug": "be-pieter-intern-ingevuld-reply", "label": "rejection", "cat": "internal-candidate",
        "country": "BE", "style": "personal", "client_html": True,
        "frm": "Pieter Claes <pieter.claes@brouwerijvanhoutte.example>",
        "subject": "Re: Opvolging gesprek Brand Manager",
        "parent": True, "parent_depth": 2, "day": "2026-11-18",
        "text": """Dag Sam,

Bedankt voor uw mail en excuses voor het lange wachten.

We hebben intussen beslist om de functie van Brand Manager intern in te vullen: een collega van de sales-afdeling maakt de overstap naar marketing. Ik had u dat graag eerder laten weten.

Ik wens u veel succes verder.

Met vriendelijke groeten,
Pieter Claes
Marketing Director – Brouwerij Van Houtte
+32 9 555 41 20

Op di 17 nov. 2026 om 10:14 schreef Sam Taylor <sam.taylor@example.org>:
> Dag Pieter,
>
> Ik wou even polsen of er al nieuws is na ons gesprek van 3 november
> over de functie van Brand Manager. Ik ben nog steeds erg
> geïnteresseerd.
>
> Vriendelijke groeten,
> Sam
>
> Op wo 4 nov. 2026 om 16:02 schreef Pieter Claes:
>> Dag Sam, bedankt voor het fijne gesprek. We laten u binnen twee weken
>> iets weten.""",
        "exp": ("pieter.claes@brouwerijvanhoutte.example", "Pieter", "Brouwerij Van Houtte", "Brand Manager"),
        "notes": "Flemish 'u' form; filled internally; short reply over quoted chaser and earlier 'we laten u iets weten'",
    },
    {
        "slug": "nl-joost-doorgestuurd-feedback-hiring-manager", "label": "rejection", "cat": "agency-recruiter",
        "country": "NL", "style": "personal",
        "frm": "Joost Bakker <joost@oranjewerving.example>",
        "subject": "FW: Kandidaat Sam Taylor – Head of Marketing Tulpen & Co", "day": "2026-11-13",
        "text": """Hoi Sam,

Ik stuur je hieronder de terugkoppeling van Marloes door, dan lees je het in haar eigen woorden. Helaas is het voor deze rol geen match geworden. Balen, want ik had er echt een goed gevoel over na jullie tweede gesprek.

Zullen we volgende week even bellen? Ik heb een paar nieuwe opdrachten binnen waarvan ik denk dat ze beter bij je passen.

Groet,
Joost

Joost Bakker | Oranje Werving & Selectie | 020 555 8812

---------- Forwarded message ---------
From: Marloes Jansen <m.jansen@tulpenco.example>
Date: Thu, 12 Nov 2026 at 17:48
Subject: Kandidaat Sam Taylor – Head of Marketing Tulpen & Co
To: Joost Bakker <joost@oranjewerving.example>

Hi Joost,

Thanks for introducing Sam. We really enjoyed the conversations – strong on brand and storytelling. However, we've decided not to move forward: for this role we need someone with more hands-on B2B lead generation experience, and we've made an offer to another candidate.

Could you pass on our thanks?

Best,
Marloes""",
        "exp": ("joost@oranjewerving.example", "Joost", "Tulpen & Co", "Head of Marketing"),
        "notes": "agency forwards the client's English note; Dutch cover 'geen match geworden'; mixed nl/en",
    },
    # ------------------------------------------------------------------ hard negatives, ATS
    {
        "slug": "nl-recruitee-ontvangen-ook-als-nee", "label": "other", "cat": "ack-received",
        "country": "NL", "style": "ats", "vendor": "recruitee", "brand": "Grachtenfiets",
        "frm": "Grachtenfiets <no-reply@mail.recruitee.com>",
        "subject": "We hebben je sollicitatie ontvangen!",
        "text": """Hoi Sam,

Top dat je wilt komen werken bij Grachtenfiets! We hebben je sollicitatie op de functie Growth Marketeer in goede orde ontvangen.

Wat kun je verwachten? Ons team bekijkt alle sollicitaties handmatig. Binnen twee weken hoor je van ons – ook als het antwoord helaas 'nee' is. We vinden het namelijk belangrijk dat niemand zonder reactie blijft.

Wordt je uitgenodigd, dan volgt eerst een kort videogesprek van 30 minuten met iemand van het marketingteam.

Fietsende groet,
Team Grachtenfiets""",
        "footer": [
            "Grachtenfiets B.V. · Prinsengracht 301, 1016 GW Amsterdam",
            "Privacyverklaring: {privacy}",
        ],
        "notes": "acknowledgement promising an answer 'ook als het antwoord helaas nee is'",
    },
    {
        "slug": "nl-teamtailor-gesprek-verzet", "label": "other", "cat": "reschedule",
        "country": "NL", "style": "ats", "vendor": "teamtailor", "brand": "Deltaweg Logistiek",
        "frm": "Deltaweg Logistiek <noreply@teamtailor-mail.example>",
        "reply_to": "femke.smit@deltaweg.example",
        "subject": "Geannuleerd: Tweede gesprek – Marketing Manager (do 19 nov, 14:00)", "day": "2026-11-16",
        "attach": [("uitnodiging.ics", "text/calendar",
                    "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:CANCEL\nBEGIN:VEVENT\nUID:deltaweg-7731@teamtailor\nSUMMARY:Tweede gesprek - Marketing Manager\nDTSTART:20261119T130000Z\nDTEND:20261119T140000Z\nSTATUS:CANCELLED\nEND:VEVENT\nEND:VCALENDAR\n")],
        "text": """Hoi Sam,

Helaas moeten we het tweede gesprek van donderdag 19 november om 14:00 annuleren: onze Commercieel Directeur is onverwacht die dag niet beschikbaar.

Dit heeft uiteraard geen invloed op je sollicitatie – we willen het gesprek zo snel mogelijk opnieuw inplannen. Kies hieronder een nieuw moment dat jou uitkomt.

[[Kies een nieuw tijdstip]]

Excuses voor het ongemak!

Groeten,
Femke Smit
Recruiter, Deltaweg Logistiek""",
        "footer": ["Deltaweg Logistiek B.V. · Waalhaven 2, Rotterdam", "Privacy: {privacy}"],
        "notes": "'Geannuleerd' interview with .ics CANCEL; candidacy explicitly unaffected; new slot link",
    },
    {
        "slug": "be-smartrecruiters-intrekking-bevestigd", "label": "other", "cat": "withdrawal-confirmation",
        "country": "BE", "style": "ats", "vendor": "smartrecruiters", "brand": "Lieven Retail Group",
        "frm": "Lieven Retail Group <noreply@smartrecruiters.com>",
        "subject": "Bevestiging: je sollicitatie werd ingetrokken",
        "text": """Dag Sam,

We bevestigen dat je je sollicitatie voor de functie E-commerce Marketing Lead (Gent) hebt ingetrokken. Je dossier voor deze vacature is daarom afgesloten en je ontvangt geen verdere berichten over deze procedure.

Jammer dat je niet verder wilt gaan, maar we begrijpen het. Als je van gedachten verandert, kun je altijd opnieuw solliciteren via onze [[vacaturepagina]].

Met vriendelijke groet,
Talent Team Lieven Retail Group""",
        "footer": [
            "Lieven Retail Group NV · Kortrijksesteenweg 1020, 9051 Gent",
            "Dit is een automatisch bericht. Privacyverklaring: {privacy}",
        ],
        "notes": "Sam withdrew; application 'afgesloten' by Sam's own decision",
    },
    # ------------------------------------------------------------------ hard negatives, personal
    {
        "slug": "nl-makelaar-woning-toegewezen-ander", "day": "2026-11-02", "label": "other", "cat": "non-job-rejection",
        "country": "NL", "style": "personal",
        "frm": "Roos Hendriks | Stadshuis Makelaars <verhuur@stadshuismakelaars.example>",
        "subject": "Reactie op uw inschrijving Van Ostadestraat 212-2",
        "text": """Beste Sam,

Dank voor uw interesse in de woning aan de Van Ostadestraat 212-2 en voor het aanleveren van uw werkgeversverklaring en loonstroken.

Helaas moeten wij u laten weten dat de verhuurder heeft gekozen voor een andere kandidaat. Er waren voor deze woning ruim 90 reacties en de verhuurder heeft uiteindelijk een kandidaat geselecteerd met een ingangsdatum die beter aansloot.

Wij houden uw gegevens graag in ons bestand. Zodra er een vergelijkbare woning vrijkomt in De Pijp of Oud-Zuid, nemen wij contact met u op.

Met vriendelijke groet,

Roos Hendriks
Stadshuis Makelaars – Verhuur
020 555 1147""",
        "notes": "rental flat: 'verhuurder heeft gekozen voor een andere kandidaat'; employer statement mentioned",
    },
    {
        "slug": "nl-collega-kandidaat-afgewezen-daan", "day": "2026-10-30", "label": "other", "cat": "owner-hiring",
        "country": "NL", "style": "personal",
        "frm": "Lotte Visser <lotte.visser@example.org>",
        "subject": "Daan – afgewezen",
        "text": """Hoi Sam,

Even een update: ik heb Daan vanochtend gebeld en laten weten dat we niet verder met hem gaan voor de rol van Data Analist. Hij was best teleurgesteld maar reageerde heel netjes. Hij vroeg om feedback, ik heb gezegd dat jij hem nog een korte mail stuurt met de punten uit de case. Lukt dat deze week?

De afwijzingsmail voor de andere twee kandidaten gaat morgen via het systeem eruit.

Groetjes,
Lotte

Lotte Visser | HR Advisor | Calder Street Media Amsterdam""",
        "notes": "Sam is hiring; colleague at example.org reports rejecting a candidate",
    },
    {
        "slug": "nl-antwoord-nog-niet-ingevuld", "label": "other", "cat": "answer-to-owner-question",
        "country": "NL", "style": "personal",
        "frm": "Bram Mulder <bram@fietsverzekering.example>",
        "subject": "Re: Stand van zaken vacature Marketing Lead",
        "parent": True, "day": "2026-10-15",
        "text": """Hoi Sam,

Nee hoor, de vacature is nog niet ingevuld! We zitten nog midden in de gesprekken en hebben nog geen beslissing genomen. Jij zit zeker nog in de race.

Je hoort eind volgende week van ons, dan hebben we alle tweede gesprekken gehad.

Groet,
Bram

Op 14 okt 2026, om 21:03, schreef Sam Taylor <sam.taylor@example.org>:

> Hoi Bram,
>
> Ik hoorde via een oud-collega dat jullie iemand hebben aangenomen voor
> de rol van Marketing Lead. Klopt dat? Dan hoor ik het graag, dan weet ik
> waar ik sta.
>
> Groet,
> Sam""",
        "notes": "answer to 'have you hired someone?': still deciding, Sam still in the race",
    },
]
