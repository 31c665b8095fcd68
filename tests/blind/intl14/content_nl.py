"""Dutch messages (Netherlands, Flanders): 8 rejections, 8 hard negatives."""

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS
    {
        "slug": "nl-recruitee-waddenzee-content", "lang": "nl", "region": "NL", "style": "ats", "label": "rejection",
        "cat": "ats-automated", "vendor": "recruitee", "brand": "Waddenzee Energie", "plain": "clean",
        "exp": ("", "Sanne", "Waddenzee Energie", "Content Marketeer"),
        "notes": "recruitee; ordinary 'andere kandidaten uitnodigen'; AVG consent question for talent pool; signed by recruiter, no address",
        "frm": "Waddenzee Energie <noreply@mail.recruitee.com>",
        "subject": "Je sollicitatie als Content Marketeer bij Waddenzee Energie",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Beste Sam,

Bedankt voor je sollicitatie op de functie Content Marketeer bij Waddenzee Energie en voor de tijd die je erin hebt gestoken.

We hebben veel reacties ontvangen op deze vacature. Na zorgvuldige overweging hebben we besloten om andere kandidaten uit te nodigen voor een eerste gesprek, omdat hun ervaring beter aansluit bij het profiel dat we zoeken.

We begrijpen dat dit een teleurstelling kan zijn en wensen je veel succes bij het vinden van een passende baan.

Graag bewaren we je gegevens nog een jaar in onze talentpool, zodat we contact met je kunnen opnemen als er een passende vacature vrijkomt. Geef je daar [[hier toestemming]] voor? Zonder toestemming verwijderen we je gegevens vier weken na afronding van de procedure, conform de AVG.

Met vriendelijke groet,

Sanne Kuipers
Recruiter | Waddenzee Energie""",
    },
    {
        "slug": "nl-homerun-lichtblauw-brand", "lang": "nl", "region": "NL", "style": "ats", "label": "rejection",
        "cat": "ats-automated", "vendor": "homerun", "brand": "Studio Lichtblauw", "plain": "h2t",
        "exp": ("femke@studiolichtblauw.example", "Femke", "Studio Lichtblauw", "Brand Strategist"),
        "notes": "homerun; casual 'Helaas hebben we besloten om niet verder te gaan'; Reply-To is the recruiter",
        "frm": "Femke van Studio Lichtblauw <notifications@homerun.co>",
        "reply_to": "Femke de Graaf <femke@studiolichtblauw.example>",
        "subject": "Je sollicitatie bij Studio Lichtblauw",
        "text": """Hoi Sam,

Dankjewel voor je sollicitatie als Brand Strategist bij Studio Lichtblauw! We vonden het echt leuk om je portfolio door te nemen.

Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We kregen ruim 140 reacties op deze vacature en hebben uiteindelijk gekozen voor kandidaten met meer ervaring in de Nederlandse retailmarkt.

Dit zegt niets over jouw talent, en we hopen dat je snel een plek vindt waar je helemaal op je plek bent.

Vragen? Reageer gerust op deze mail.

Hartelijke groet,
Femke de Graaf
Studio Lichtblauw""",
    },
    {
        "slug": "nl-successfactors-be-tweetalig", "lang": "nl", "region": "BE", "style": "ats", "label": "rejection",
        "cat": "ats-automated", "vendor": "successfactors", "brand": "Scheldeport Logistics", "plain": "h2t-refs",
        "exp": ("", "", "Scheldeport Logistics", "Marketing Manager Benelux"),
        "notes": "Belgian bilingual template, Dutch first then French; Flemish 'kandidatuur niet weerhouden'; successfactors",
        "frm": "Scheldeport Logistics Careers <noreply@successfactors.eu>",
        "subject": "Uw kandidatuur / Votre candidature – Marketing Manager Benelux (ref. 2026-118)",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Beste Sam Taylor,

Wij danken u voor uw kandidatuur voor de functie van Marketing Manager Benelux (ref. 2026-118) en voor de interesse die u toont in Scheldeport Logistics.

Na een grondige analyse van uw cv moeten wij u helaas meedelen dat uw kandidatuur niet weerhouden werd voor de volgende fase van de selectieprocedure. Dit betekent geenszins dat uw kwaliteiten niet gewaardeerd worden: het aantal kandidaturen was bijzonder hoog.

Wij wensen u veel succes in uw verdere loopbaan.

Met vriendelijke groeten,
Team Talent Acquisition
Scheldeport Logistics NV

{hr}

Cher/Chère Sam Taylor,

Nous vous remercions pour votre candidature au poste de Marketing Manager Benelux (réf. 2026-118) et pour l'intérêt que vous portez à Scheldeport Logistics.

Après une analyse approfondie de votre CV, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite de la procédure de sélection. Cela ne remet nullement en cause vos qualités : le nombre de candidatures reçues était particulièrement élevé.

Nous vous souhaitons plein succès dans la suite de votre carrière.

Cordialement,
L'équipe Talent Acquisition
Scheldeport Logistics SA""",
        "about": "Scheldeport Logistics NV/SA · Noorderlaan 500, 2030 Antwerpen · BTW/TVA BE 0400.555.118",
    },
    {
        "slug": "nl-workday-hanzeveld-vervuld", "lang": "nl", "region": "NL", "style": "ats", "label": "rejection",
        "cat": "ats-automated", "vendor": "workday", "brand": "Hanzeveld Verzekeringen", "plain": "h2t",
        "exp": ("", "", "Hanzeveld", "Product Owner Digitaal Klantcontact"),
        "notes": "workday; verdict in the middle: 'de vacature is inmiddels vervuld', 'niet verder in behandeling'",
        "frm": "Hanzeveld Verzekeringen <hanzeveld@myworkday.com>",
        "subject": "Update over je sollicitatie bij Hanzeveld",
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
        "text": """Beste Sam,

Hartelijk dank voor je interesse in Hanzeveld en voor je sollicitatie op de vacature Product Owner Digitaal Klantcontact (JR-2291). We waarderen het enorm dat je de moeite hebt genomen om ons te laten zien wie je bent en wat je kunt.

We hebben je sollicitatie met aandacht bekeken. Graag laten we je weten dat de vacature inmiddels is vervuld. We nemen je sollicitatie daarom niet verder in behandeling.

Dat betekent niet dat je niet bij Hanzeveld past. We hebben regelmatig nieuwe vacatures in IT, data en marketing. Kijk op [[werkenbijhanzeveld.example]] of maak een jobalert aan, zodat je als eerste hoort wanneer er een functie vrijkomt die bij je past.

Met vriendelijke groet,
Team Recruitment
Hanzeveld Verzekeringen""",
        "about": "Hanzeveld Verzekeringen N.V. is statutair gevestigd te Zwolle en ingeschreven in het Handelsregister onder nummer 05550188. Wij zijn een inclusieve werkgever en moedigen iedereen aan om te solliciteren.",
    },
    # ------------------------------------------------------------------ rejections, personal
    {
        "slug": "nl-personal-fietsfabriek-tweede-ronde", "lang": "nl", "region": "NL", "style": "personal", "label": "rejection",
        "cat": "personal-after-interview", "client_html": "outlook",
        "exp": ("lotte.verbeek@fietsfabriekdelta.example", "Lotte", "Fietsfabriek Delta", "Marketing Lead"),
        "notes": "direct Dutch recruiter after first interview; not invited to second round; bulleted feedback; offer to call",
        "frm": "Lotte Verbeek <lotte.verbeek@fietsfabriekdelta.example>",
        "subject": "Terugkoppeling gesprek Marketing Lead",
        "text": """Hoi Sam,

Ik had je graag even gebeld, maar ik kreeg je vanmiddag niet te pakken, dus dan maar per mail.

Allereerst dank voor het fijne gesprek van vorige week met Thijs en mij. Helaas hebben we besloten om je niet uit te nodigen voor de tweede ronde. Ik licht dat graag even toe:

- je ervaring met merkstrategie en contentteams sprak ons erg aan;
- tegelijk zoeken we voor deze rol echt iemand die al eens een B2C-lancering in de Benelux heeft geleid, en daar hadden andere kandidaten meer bagage in;
- ook het Nederlands speelt mee: een groot deel van de rol is het aansturen van ons bureau in Eindhoven.

Wil je er nog even over sparren? Dan bel ik je morgen graag, laat maar weten hoe laat het schikt.

Hartelijke groet,

Lotte Verbeek
Talent Acquisition Partner
Fietsfabriek Delta
M +31 6 5555 0184""",
    },
    {
        "slug": "nl-personal-be-kempen-interne-kandidaat", "lang": "nl", "region": "BE", "style": "personal", "label": "rejection",
        "cat": "internal-candidate",
        "exp": ("pieter.desmet@kempenvoeding.example", "Pieter", "Kempen Voeding", "Hoofd Communicatie"),
        "notes": "Flemish formal 'u'; long praise then 'in te vullen met een interne kandidaat'",
        "frm": "Pieter Desmet <pieter.desmet@kempenvoeding.example>",
        "subject": "Uw kandidatuur Hoofd Communicatie",
        "text": """Beste Sam,

Eerst en vooral nogmaals bedankt voor uw komst naar Geel vorige dinsdag en voor de uitgebreide presentatie van uw communicatieplan. Het gesprek heeft bij ons allemaal een zeer goede indruk nagelaten, en uw analyse van onze merkarchitectuur werd nadien nog verschillende keren aangehaald.

Na rijp beraad met de directie hebben wij echter beslist om de functie van Hoofd Communicatie in te vullen met een interne kandidaat, die het bedrijf en onze klanten al jaren door en door kent. Ik besef dat dit voor u een teleurstelling is, zeker na zo'n intensieve procedure, en ik wou u dit graag persoonlijk laten weten.

Mocht u feedback wensen, dan kunt u mij steeds bereiken op het onderstaande nummer.

Met vriendelijke groeten,

Pieter Desmet
HR-directeur
Kempen Voeding nv
T +32 14 55 50 12""",
    },
    {
        "slug": "nl-personal-bureau-duinhof-on-hold", "lang": "nl", "region": "NL", "style": "personal", "label": "rejection",
        "cat": "role-cancelled",
        "exp": ("bas.hoekstra@oranjewervingselectie.example", "Bas", "Duinhof Retail Groep", "Head of E-commerce Marketing"),
        "notes": "agency: client put the vacancy on hold after a reorganisation, procedure stopped, next interview cancelled",
        "frm": "Bas Hoekstra <bas.hoekstra@oranjewervingselectie.example>",
        "subject": "Update Duinhof",
        "text": """Hi Sam,

Vervelend nieuws, helaas. Ik kreeg vanochtend een telefoontje van Duinhof Retail Groep: door een reorganisatie die volgende maand wordt aangekondigd, hebben ze de vacature Head of E-commerce Marketing per direct on hold gezet. De hele procedure wordt stopgezet, dus ook het vervolggesprek dat we voor donderdag hadden ingepland gaat niet door.

Of en wanneer de rol terugkomt is op dit moment echt onduidelijk; mijn inschatting is niet voor het tweede kwartaal. Zodra ik meer weet, hoor je het van mij.

Intussen blijf ik natuurlijk voor je uitkijken. Ik heb een paar interessante marketingrollen in de pijplijn, ik bel je volgende week even.

Groet,
Bas

Bas Hoekstra | Senior Consultant Marketing & Sales
Oranje Werving & Selectie
+31 20 555 0176 | www.oranjewervingselectie.example""",
    },
    {
        "slug": "nl-personal-terse-kanaalzeven", "lang": "nl", "region": "NL", "style": "personal", "label": "rejection",
        "cat": "terse", "client_html": "gmail", "day": "2026-10-22", "parent": True,
        "exp": ("joost@kanaalzeven.example", "Joost", "Kanaal Zeven", "Growth Marketeer"),
        "notes": "three-line reply above Sam's chaser (Gmail NL quote); company only in the quote",
        "frm": "Joost van Dam <joost@kanaalzeven.example>",
        "subject": "Re: Vacature Growth Marketeer",
        "text": """Hi Sam, dank voor je berichtje. Eerlijk is eerlijk: we gaan voor een andere kandidaat. Succes verder!

Groet, Joost

Op di 20 okt 2026 om 09:12 schreef Sam Taylor <sam.taylor@example.org>:
> Hoi Joost,
>
> Ik was benieuwd of er al nieuws is over de vacature Growth Marketeer bij Kanaal Zeven. Ik hoor graag hoe het ervoor staat.
>
> Groet,
> Sam""",
    },
    # ------------------------------------------------------------------ hard negatives, ATS
    {
        "slug": "nl-recruitee-ontvangst-molenwiek", "lang": "nl", "region": "NL", "style": "ats", "label": "other",
        "cat": "ack-received", "vendor": "recruitee", "brand": "Molenwiek Software", "plain": "h2t",
        "notes": "acknowledgement that promises an answer 'ook als we besluiten je sollicitatie niet verder in behandeling te nemen'",
        "frm": "Molenwiek Software <noreply@mail.recruitee.com>",
        "subject": "Bedankt voor je sollicitatie bij Molenwiek Software",
        "headers": {"Auto-Submitted": "auto-replied"},
        "text": """Hoi Sam,

Bedankt voor je sollicitatie op de functie Product Marketing Manager! We hebben je cv en motivatie in goede orde ontvangen.

Wat kun je van ons verwachten? We bekijken alle sollicitaties binnen tien werkdagen. Je hoort in elk geval van ons, ook als we besluiten je sollicitatie niet verder in behandeling te nemen. Niemand hoeft bij ons eindeloos op een antwoord te wachten.

Benieuwd wie we zijn? Kijk alvast op [[werkenbijmolenwiek.example]].

Groeten,
Team Talent | Molenwiek Software""",
    },
    {
        "slug": "nl-workable-assessment-zilverreiger", "lang": "nl", "region": "NL", "style": "ats", "label": "other",
        "cat": "assessment-invite", "vendor": "workable", "brand": "Zilverreiger Zorgverzekeringen", "plain": "clean",
        "day": "2026-11-19",
        "notes": "online assessment invitation; 'bij een negatieve uitslag bespreken we dat persoonlijk'",
        "frm": "Zilverreiger Zorgverzekeringen <noreply@workablemail.com>",
        "subject": "Uitnodiging online assessment – Marketing Manager Zakelijk",
        "text": """Beste Sam,

Goed nieuws: je sollicitatie voor de functie Marketing Manager Zakelijk is positief beoordeeld en we nodigen je graag uit voor de volgende stap in onze procedure, een online assessment.

Het assessment bestaat uit een capaciteitentest (verbaal en numeriek, ca. 45 minuten) en een persoonlijkheidsvragenlijst (ca. 25 minuten). Je kunt het maken op een moment dat jou uitkomt, maar graag uiterlijk vrijdag 27 november.

{button}

Let op: de link is persoonlijk en 7 dagen geldig. Na afronding ontvang je een rapportage en binnen een week nemen we contact met je op over het vervolg. Bij een negatieve uitslag bespreken we dat ook altijd persoonlijk met je.

Met vriendelijke groet,
Recruitment Zilverreiger""",
        "button": "Start assessment",
    },
    {
        "slug": "nl-indeed-vacaturemelding-utrecht", "lang": "nl", "region": "NL", "style": "ats", "label": "other",
        "cat": "job-alert", "vendor": "indeed", "brand": "Indeed", "plain": "h2t",
        "notes": "indeed job alert; one card tagged 'Gesolliciteerd'",
        "frm": "Indeed <alert@indeed.com>",
        "subject": "Marketing Manager - Utrecht: 8 nieuwe vacatures",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "preheader": "Fietsfabriek Delta, Hanzeveld en anderen zoeken iemand zoals jij",
        "text": """Nieuwe vacatures voor je zoekopdracht: marketing manager in Utrecht

{jobs}

{button}

Tip: vacatures met 'Eenvoudig solliciteren' kun je in een paar minuten afronden met je Indeed-cv.""",
        "jobs": [("Marketing Manager", "Fietsfabriek Delta", "Utrecht", "€ 4.800 - € 6.200 per maand · Gesolliciteerd"),
                 ("Senior Marketing Manager B2B", "Koggeschip Software", "Utrecht (hybride)", "Eenvoudig solliciteren · 3 dagen geleden"),
                 ("Marketing & Communicatie Manager", "Stichting Domstad Cultuur", "Utrecht", "32-36 uur · Nieuw")],
        "button": "Bekijk alle vacatures",
    },
    {
        "slug": "nl-recruitee-owner-hiring-gediskwalificeerd", "lang": "nl", "region": "NL", "style": "ats", "label": "other",
        "cat": "owner-hiring", "vendor": "recruitee", "brand": "Calder Street Media", "plain": "clean",
        "notes": "HR-system notice to Sam as hiring manager: a candidate disqualified on Sam's vacancy, rejection mail sent",
        "frm": "Recruitee <notifications@mail.recruitee.com>",
        "subject": "Daan Visser is gediskwalificeerd – Junior Video Editor (Amsterdam)",
        "text": """Hoi Sam,

Eva Brouwer heeft Daan Visser gediskwalificeerd voor de vacature Junior Video Editor (Amsterdam) bij Calder Street Media.

{table}

Er zijn nog 3 kandidaten actief in deze vacature. Als hiring manager sta je deze week ingepland voor 2 gesprekken.

{button}""",
        "table": [("Kandidaat", "Daan Visser"), ("Fase", "Eerste gesprek"),
                  ("Reden", "Onvoldoende ervaring met After Effects"),
                  ("Afwijzingsmail", "Verzonden (sjabloon 'Afwijzing na gesprek')")],
        "button": "Bekijk kandidaat",
        "footer": ["Je ontvangt deze melding omdat je hiring manager bent voor deze vacature. [[Meldingsinstellingen wijzigen]]",
                   "Recruitee · Calder Street Media workspace"],
    },
    # ------------------------------------------------------------------ hard negatives, personal
    {
        "slug": "nl-personal-huurwoning-vechtstraat", "lang": "nl", "region": "NL", "style": "personal", "label": "other",
        "cat": "non-job-rejection",
        "notes": "rental agent: landlord chose 'een andere kandidaat-huurder'; registration stays active",
        "frm": "Van Loon Makelaars | Verhuur <verhuur@vanloonmakelaars.example>",
        "subject": "Reactie woning Vechtstraat 41-2, Utrecht",
        "text": """Beste Sam Taylor,

Hartelijk dank voor uw interesse in de woning aan de Vechtstraat 41-2 te Utrecht en voor uw komst naar de bezichtiging van afgelopen zaterdag.

Wij hebben veel reacties op deze woning ontvangen. Helaas moeten wij u laten weten dat de verhuurder heeft gekozen voor een andere kandidaat-huurder. Uw inschrijving blijft uiteraard actief, zodat wij u kunnen benaderen voor vergelijkbare woningen.

Met vriendelijke groet,

Inge Smits
Verhuurmakelaar
Van Loon Makelaars
030 555 0134""",
    },
    {
        "slug": "nl-personal-referentieverzoek", "lang": "nl", "region": "NL", "style": "personal", "label": "other",
        "cat": "reference-request",
        "notes": "recruiter asks Sam for a reference about a former team member in the final phase",
        "frm": "Marloes Janssen <marloes.janssen@rivierenlandmedia.example>",
        "subject": "Referentieverzoek Eva de Wit",
        "text": """Beste Sam,

Mijn naam is Marloes Janssen, recruiter bij Rivierenland Media. Wij zitten in de laatste fase van de procedure voor de functie Senior Data-analist, en Eva de Wit heeft jou opgegeven als referentie; zij werkte tot vorig jaar in jouw team bij Calder Street Media.

Zou je tijd hebben voor een kort telefoongesprek van een kwartiertje, bijvoorbeeld donderdag of vrijdag? Ik ben benieuwd naar je ervaringen met Eva als analist en als collega.

Eva is op de hoogte van dit verzoek. Wat je vertelt, behandelen we uiteraard vertrouwelijk.

Alvast bedankt!

Met vriendelijke groet,
Marloes Janssen
Recruiter | Rivierenland Media
06 5555 0121""",
    },
    {
        "slug": "nl-personal-be-beslissing-uitgesteld", "lang": "nl", "region": "BE", "style": "personal", "label": "other",
        "cat": "answer-to-owner-question", "client_html": "outlook", "day": "2026-11-26", "parent": True,
        "notes": "answer to Sam's 'zijn jullie verdergegaan met een andere kandidaat?': decision postponed, still a finalist (Outlook quote)",
        "frm": "An Claes <an.claes@leiestroom.example>",
        "subject": "RE: Stand van zaken Marketing Manager",
        "text": """Dag Sam,

Neen, zeker niet! Excuses dat u zo lang niets van ons gehoord hebt.

De beslissing over de functie van Marketing Manager is uitgesteld tot na de raad van bestuur van 14 december, omdat het budget voor 2027 nog moet worden goedgekeurd. U bent nog steeds een van de twee finalisten en de feedback op uw case was uitstekend. Ik kom uiterlijk op 16 december bij u terug met een definitief antwoord.

Met vriendelijke groeten,

An Claes
HR Business Partner | Leiestroom
+32 9 555 01 63

Van: Sam Taylor <sam.taylor@example.org>
Verzonden: dinsdag 24 november 2026 10:41
Aan: An Claes <an.claes@leiestroom.example>
Onderwerp: Stand van zaken Marketing Manager

Beste An,

Het is intussen drie weken geleden dat ik mijn case heb gepresenteerd. Zijn jullie ondertussen verdergegaan met een andere kandidaat? Ik hoor het graag, ook als het nieuws niet positief is.

Vriendelijke groeten,
Sam Taylor""",
    },
    {
        "slug": "nl-personal-doorgestuurd-vriendin", "lang": "nl", "region": "NL", "style": "personal", "label": "other",
        "cat": "forwarded", "client_html": "gmail", "day": "2026-09-30",
        "notes": "a friend forwards her own rejection (Gmail NL forward block with English field names) and asks Sam for advice",
        "frm": "Noor Bakker <noor.bakker@mailbox.example>",
        "subject": "Fwd: Uitslag sollicitatie Beleidsmedewerker Duurzaamheid",
        "hours": (18, 23),
        "text": """Hé Sam,

Zie hieronder... balen. Ik had er zo'n goed gevoel over na dat tweede gesprek. Jij hebt hier meer ervaring mee: is het gek als ik om feedback vraag? En hoe zou jij dat formuleren zonder zuur over te komen?

Biertje vrijdag? 🍺

Noor

---------- Doorgestuurd bericht ---------
Van: Recruitment Waterschap Eemland <werving@waterschapeemland.example>
Date: wo 30 sep 2026 om 16:47
Subject: Uitslag sollicitatie Beleidsmedewerker Duurzaamheid
To: <noor.bakker@mailbox.example>

Beste Noor,

Hartelijk dank voor je sollicitatie en voor de gesprekken die je met ons hebt gevoerd. Helaas moeten wij je meedelen dat de selectiecommissie heeft besloten een andere kandidaat de functie aan te bieden.

Wij wensen je veel succes bij je verdere loopbaan.

Met vriendelijke groet,
namens de selectiecommissie,
Ruud Hendriks""",
    },
]
