"""Dutch messages (Netherlands, Flanders): 8 rejections, 8 hard negatives."""
MESSAGES = [
# ---------------- rejections, ATS ----------------
{"slug": "nl-recruitee-niet-verder", "label": "rejection", "cat": "ats-automated", "lang": "nl", "country": "NL",
 "style": "ats", "vendor": "recruitee", "brand": "Fietsfabriek Nijland",
 "frm": "Noor van Dijk - Fietsfabriek Nijland <noreply@mail.recruitee.com>", "reply_to": "Noor van Dijk <noor@fietsfabrieknijland.example>",
 "subject": "Je sollicitatie als Marketing Manager Benelux",
 "text": """Hoi Sam,

Bedankt voor je sollicitatie als Marketing Manager Benelux bij Fietsfabriek Nijland en voor de tijd die je erin hebt gestoken.

We hebben alle sollicitaties zorgvuldig bekeken. Helaas hebben we besloten om niet verder te gaan met jouw sollicitatie. We kregen veel reacties op deze vacature en hebben gekozen voor kandidaten van wie de ervaring nog beter aansluit bij wat we zoeken.

We wensen je veel succes met je zoektocht!

Hartelijke groet,
Noor van Dijk
Recruiter | Fietsfabriek Nijland""",
 "exp": ("noor@fietsfabrieknijland.example", "Noor", "Fietsfabriek Nijland", "Marketing Manager Benelux"), "notes": "Recruitee, je-vorm; Reply-To recruiter"},

{"slug": "nl-werkenbij-gemeente-geen-gesprek", "label": "rejection", "cat": "ats-automated", "lang": "nl", "country": "NL",
 "style": "ats", "vendor": "werkenbij", "brand": "Gemeente Zwaneveld", "h2t": True,
 "frm": "Werken bij Gemeente Zwaneveld <noreply@werkenbijzwaneveld.example>", "subject": "Uw sollicitatie naar de functie Communicatieadviseur Online (vacaturenummer 2026-0412)",
 "text": """Geachte heer/mevrouw Taylor,

Onlangs heeft u gesolliciteerd naar de functie van Communicatieadviseur Online bij de gemeente Zwaneveld. Wij danken u voor uw belangstelling.

De selectiecommissie heeft alle brieven zorgvuldig beoordeeld. Wij moeten u helaas berichten dat u niet bent uitgenodigd voor een eerste gesprek. Andere kandidaten sloten naar ons oordeel beter aan op het functieprofiel.

Uw gegevens worden vier weken na afloop van de procedure verwijderd, tenzij u ons toestemming geeft deze een jaar te bewaren. Voor vragen kunt u contact opnemen met de afdeling HRM via telefoonnummer 14 0999.

Met vriendelijke groet,

namens het college van burgemeester en wethouders,
Afdeling HRM""",
 "exp": ("", "", "Gemeente Zwaneveld", "Communicatieadviseur Online"), "notes": "public sector, u-vorm; 'niet uitgenodigd voor een eerste gesprek'; html2text plain"},

{"slug": "nl-be-workday-weerhouden-tweetalig", "label": "rejection", "cat": "ats-automated", "lang": "nl", "country": "BE",
 "style": "ats", "vendor": "workday", "brand": "Brouwerij Scheldeland",
 "frm": "Brouwerij Scheldeland <scheldeland@myworkday.com>", "subject": "Uw kandidatuur / Votre candidature - Trade Marketing Manager",
 "text": """Beste Sam,

Hartelijk dank voor uw kandidatuur voor de functie Trade Marketing Manager bij Brouwerij Scheldeland.

Na grondige analyse van uw profiel moeten wij u helaas meedelen dat wij uw kandidatuur niet weerhouden voor de volgende fase van de selectieprocedure. Wij hebben gekozen voor profielen die nauwer aansluiten bij de vereisten van de functie.

Wij bewaren uw gegevens in onze databank, zodat we u kunnen contacteren mocht er zich een passende opportuniteit voordoen.

Met vriendelijke groeten,
Team Talent Acquisition

---

Cher Sam,

Nous vous remercions pour votre candidature au poste de Trade Marketing Manager. Après analyse, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite de la procédure.

Bien cordialement,
L'équipe Talent Acquisition""",
 "exp": ("", "", "Brouwerij Scheldeland", "Trade Marketing Manager"), "notes": "Flemish 'niet weerhouden'; Dutch + French versions"},

{"slug": "nl-personio-vacature-vervallen", "label": "rejection", "cat": "role-cancelled", "lang": "nl", "country": "NL",
 "style": "ats", "vendor": "personio", "brand": "Klimwerk", "html_only": True,
 "frm": "Klimwerk <jobs@klimwerk.jobs.personio.de>", "subject": "Update over de vacature Content Marketeer",
 "text": """Hi Sam,

Dank voor je interesse in Klimwerk en je sollicitatie op de vacature Content Marketeer.

Door een herziening van onze plannen voor 2027 is deze vacature helaas komen te vervallen. Dat betekent dat we de sollicitatieprocedure stoppen en ook met jouw sollicitatie niet verder kunnen.

Balen, dat snappen we. Hou onze [[vacaturepagina]] in de gaten, want in het voorjaar openen we nieuwe functies.

Groetjes,
Team Klimwerk""",
 "footer": ["Je ontvangt deze e-mail omdat je hebt gesolliciteerd bij Klimwerk.", "Privacy: {privacy}", "Powered by Personio"],
 "exp": ("", "", "Klimwerk", "Content Marketeer"), "notes": "HTML-only; vacancy withdrawn"},

# ---------------- rejections, personal ----------------
{"slug": "nl-recruiter-telefonisch-bevestigd", "label": "rejection", "cat": "terse", "lang": "nl", "country": "NL",
 "style": "personal", "frm": "Bram Hoekstra <bram.hoekstra@datadijk.example>",
 "subject": "Bevestiging n.a.v. ons telefoongesprek",
 "text": """Hoi Sam,

Zoals net telefonisch besproken bevestig ik hierbij dat we niet verder gaan met je sollicitatie voor de rol van Product Marketing Manager. Nogmaals dank voor je tijd en enthousiasme, en succes!

Groet,
Bram Hoekstra
Talent Acquisition | DataDijk
06 5555 0131""",
 "exp": ("bram.hoekstra@datadijk.example", "Bram", "DataDijk", "Product Marketing Manager"), "notes": "written confirmation of a phone rejection"},

{"slug": "nl-be-interimkantoor-klant", "label": "rejection", "cat": "agency-recruiter", "lang": "nl", "country": "BE",
 "style": "personal", "frm": "Lotte Verbeke <lotte.verbeke@jobwerk-interim.example>",
 "subject": "Feedback klant - Marketing Coördinator Gent",
 "text": """Dag Sam,

Ik heb vandaag de feedback gekregen van Vlaamse Zuivelhoeve na je gesprek van dinsdag.

Ze vonden je een sterke en sympathieke kandidaat, maar hebben uiteindelijk gekozen voor iemand met meer ervaring in de retailsector en een vlotter Frans, wat voor hun Waalse klanten toch belangrijk is. Voor de functie van Marketing Coördinator gaan we jouw kandidatuur dus niet verder kunnen voorstellen.

Ik vind het jammer, want ik had er een goed gevoel bij. Ik hou je zeker in het achterhoofd voor andere opdrachten in de regio Gent.

Vriendelijke groeten,

Lotte Verbeke
Consultant Office & Marketing
Jobwerk Interim · Kantoor Gent
09 555 01 77""",
 "exp": ("lotte.verbeke@jobwerk-interim.example", "Lotte", "Vlaamse Zuivelhoeve", "Marketing Coördinator"), "notes": "Flemish agency relays client's no; 'Dag'"},

{"slug": "nl-hiring-manager-case-feedback", "label": "rejection", "cat": "personal-after-interview", "lang": "nl", "country": "NL",
 "style": "personal", "frm": "Eline de Groot <eline@zaadkracht.example>",
 "subject": "Terugkoppeling case-opdracht Head of Growth",
 "text": """Hoi Sam,

Dank je wel voor je presentatie van de case vorige week. Zoals beloofd geef ik je wat uitgebreidere feedback, omdat je er duidelijk veel werk in hebt gestoken.

Wat ons erg aansprak:
- je analyse van de funnel was scherp en je stelde goede vragen over onze data;
- je voorstel voor de referral-campagne was creatief en haalbaar.

Waar we twijfels hadden: de rol van Head of Growth bij Zaadkracht is in de eerste twee jaar vooral hands-on performance marketing (Google Ads, Meta, attributie), en daar zagen we in de case minder diepgang dan bij de andere finalist. Na lang overleg met Joost hebben we daarom besloten om met de andere kandidaat verder te gaan.

Ik hoop dat je iets hebt aan deze feedback. Mocht je er nog over willen sparren, bel me gerust.

Hartelijke groet,
Eline de Groot
COO | Zaadkracht
+31 6 5555 0104""",
 "exp": ("eline@zaadkracht.example", "Eline", "Zaadkracht", "Head of Growth"), "notes": "long feedback with bullets; verdict in the middle"},

{"slug": "nl-kort-antwoord-ingevuld", "label": "rejection", "cat": "terse", "lang": "nl", "country": "NL",
 "style": "personal", "frm": "Sanne Bakker <s.bakker@havenlicht.example>",
 "subject": "Re: Vacature Brand Manager", "parent": True, "client_html": True,
 "text": """Hoi Sam, excuses voor de late reactie. De vacature is inmiddels ingevuld. Veel succes verder!

Sanne

Verstuurd vanaf mijn iPhone

> Op 2 nov. 2026 om 09:14 heeft Sam Taylor <sam.taylor@example.org> het volgende geschreven:
>
> Beste Sanne, ik solliciteerde drie weken geleden op de vacature Brand Manager bij Havenlicht en vroeg me af of er al nieuws is. Groet, Sam""",
 "exp": ("s.bakker@havenlicht.example", "Sanne", "Havenlicht", "Brand Manager"), "notes": "very short reply above quoted chaser; position filled"},

# ---------------- others, ATS ----------------
{"slug": "nl-recruitee-ontvangen-ook-bij-nee", "label": "other", "cat": "ack-received", "lang": "nl", "country": "NL",
 "style": "ats", "vendor": "recruitee", "brand": "Groene Golf Energie",
 "frm": "Groene Golf Energie <noreply@mail.recruitee.com>", "subject": "We hebben je sollicitatie ontvangen!",
 "text": """Hoi Sam,

Bedankt voor je sollicitatie als Marketing Lead Consumer bij Groene Golf Energie! We hebben je cv en motivatie in goede orde ontvangen.

Wat kun je verwachten? Binnen tien werkdagen laten we je weten of we je uitnodigen voor een kennismaking. Gaan we niet met je verder, dan hoor je dat ook van ons, want niemand houden we aan het lijntje.

Groene groet,
Team Groene Golf Energie""",
 "notes": "acknowledgement with a hedge about a possible no"},

{"slug": "nl-online-assessment-uitnodiging", "label": "other", "cat": "assessment-invite", "lang": "nl", "country": "NL",
 "style": "ats", "vendor": "smartrecruiters", "brand": "Zuidkust Verzekeringen", "h2t": True,
 "frm": "Zuidkust Verzekeringen <noreply@smartrecruiters.com>", "subject": "Uitnodiging online assessment - Marketing Analist",
 "text": """Beste Sam,

Goed nieuws: je sollicitatie voor de functie Marketing Analist is door de eerste selectie gekomen. De volgende stap is een online assessment, bestaande uit een capaciteitentest en een persoonlijkheidsvragenlijst.

Maak het assessment binnen 7 dagen via onderstaande link. Zonder afgerond assessment kunnen we je sollicitatie helaas niet verder in behandeling nemen.

[[Start het assessment]]

Met vriendelijke groet,
Recruitment Zuidkust Verzekeringen""",
 "notes": "assessment invitation with conditional 'helaas niet verder'"},

{"slug": "nl-huurwoning-reactie-niet-geselecteerd", "label": "other", "cat": "non-job-rejection", "lang": "nl", "country": "NL",
 "style": "ats", "vendor": "generic", "brand": "WoonNet Haaglanden",
 "frm": "WoonNet Haaglanden <noreply@woonnet-haaglanden.example>", "subject": "Uitslag van je reactie op Laan van Meerdervoort 0",
 "text": """Beste Sam Taylor,

Je hebt gereageerd op de woning aan de Laan van Meerdervoort 0 in Den Haag (3-kamerappartement, middenhuur).

Helaas ben je niet geselecteerd voor een bezichtiging. Er waren 412 reacties en de woning is toegewezen op basis van loting. Je positie was 87.

Blijf reageren! Bekijk het [[actuele woningaanbod]].

Met vriendelijke groet,
WoonNet Haaglanden""",
 "notes": "rental housing lottery: not selected"},

{"slug": "nl-be-vdab-vacaturemail", "label": "other", "cat": "job-alert", "lang": "nl", "country": "BE",
 "style": "ats", "vendor": "generic", "brand": "VDAB",
 "frm": "VDAB Vacaturemail <vacaturemail@vdab.example>", "subject": "5 nieuwe vacatures voor 'marketing manager' in Antwerpen",
 "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
 "text": """Dag Sam,

Er zijn nieuwe vacatures die passen bij je zoekopdracht 'marketing manager' (Antwerpen + 25 km):

- Marketing Manager Benelux - Havenbedrijf Noord (Antwerpen)
- Product Marketing Manager - Schelde Software (Mechelen)
- Brand Manager - Vlaamse Zuivelhoeve (Gent)
- Marketing & Communicatie Manager - VZW Zorgkring (Lier)
- Digital Marketing Manager - Diamantkwartier Retail (Antwerpen)

Opgelet: de vacature 'Marketing Coördinator' die je bewaard had, is niet langer beschikbaar.

[[Bekijk alle vacatures]]""",
 "notes": "job alert digest; one saved vacancy 'niet langer beschikbaar'"},

# ---------------- others, personal ----------------
{"slug": "nl-recruiter-reactie-terugtrekking", "label": "other", "cat": "withdrawal-confirmation", "lang": "nl", "country": "NL",
 "style": "personal", "frm": "Joris Smit <joris.smit@polderpay.example>",
 "subject": "Re: Terugtrekken sollicitatie Product Lead", "parent": True,
 "text": """Hoi Sam,

Jammer, maar helemaal begrijpelijk! Gefeliciteerd met je nieuwe stap. Ik heb je sollicitatie voor Product Lead afgesloten in ons systeem.

Als het ooit weer kriebelt, weet je me te vinden.

Groet,
Joris

Op 5 nov. 2026 schreef Sam Taylor <sam.taylor@example.org>:
> Hoi Joris, ik heb een ander aanbod aangenomen en trek me daarom terug uit de procedure voor Product Lead. Dank voor het prettige contact! Sam""",
 "notes": "Sam withdrew; application 'afgesloten'"},

{"slug": "nl-be-tweede-gesprek-goed-nieuws", "label": "other", "cat": "interview-invite", "lang": "nl", "country": "BE",
 "style": "personal", "frm": "Wout Claes <wout.claes@kempenlogistiek.example>",
 "subject": "Tweede gesprek Marketing Manager",
 "text": """Dag Sam,

Bedankt voor het fijne eerste gesprek. We hebben een aantal kandidaten moeten afvallen, maar jij gaat door naar de volgende ronde!

Zou je vrijdag 13/11 om 14u kunnen langskomen in Geel voor een tweede gesprek met onze CEO en de sales director? Reken op ongeveer anderhalf uur, inclusief een korte case.

Laat je iets weten?

Groeten,
Wout Claes
HR Manager · Kempen Logistiek
014 55 50 12""",
 "notes": "second-round invite mentioning others dropped"},

{"slug": "nl-referentieverzoek", "label": "other", "cat": "reference-request", "lang": "nl", "country": "NL",
 "style": "personal", "frm": "Femke Jansen <femke.jansen@tulpentech.example>",
 "subject": "Referenties - laatste fase",
 "text": """Hoi Sam,

Goed nieuws: je bent een van de twee kandidaten in de laatste fase voor de functie Senior Marketing Manager. Voordat we een definitieve beslissing nemen, willen we graag twee referenties spreken.

Kun je me de naam en het telefoonnummer sturen van een oud-leidinggevende en een collega? Als het lukt nog deze week.

Hartelijke groet,
Femke Jansen
Recruiter · TulpenTech""",
 "notes": "reference request; no decision yet"},

{"slug": "nl-vergaderverzoek-geweigerd", "label": "other", "cat": "owner-hiring", "lang": "nl", "country": "NL",
 "style": "personal", "frm": "Pieter Mulder <pieter.mulder@example.org>",
 "subject": "Geweigerd: Sollicitatiegesprekken Data Analyst - ronde 2",
 "text": """Sam, ik kan donderdag helaas niet, dan zit ik in Brussel. Misschien kan Anouk mijn plek in het panel overnemen? Van de shortlist zou ik trouwens kandidaat 3 afwijzen, te weinig SQL.

Pieter""",
 "notes": "Outlook declined meeting; Sam is hiring"},
]
