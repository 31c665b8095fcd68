"""Dutch messages (the Netherlands, Flanders): 8 rejections, 8 hard negatives."""
R, O = "rejection", "other"
MESSAGES = [
# ---------------- rejections ----------------
dict(slug="nl-recruitee-niet-verder-bewaren", day="2026-10-13", label=R, lang="nl", cc="NL", style="ats", cat="keep-on-file", vendor="recruitee",
     frm="Kwartel Energie <kwartelenergie@mail.recruitee.example>", reply_to_hdr="Femke de Vries <femke.devries@kwartel.example>",
     subject="Je sollicitatie bij Kwartel Energie", brand="Kwartel Energie",
     text="""Beste Sam,

Hartelijk dank voor je sollicitatie op de functie van Marketing Manager Consumentenmarkt en de tijd die je hierin hebt gestoken.

We hebben alle sollicitaties zorgvuldig bekeken. Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie. We hebben gekozen voor kandidaten van wie de ervaring nog beter aansluit bij wat we op dit moment zoeken.

We bewaren je gegevens graag nog een jaar, zodat we contact met je kunnen opnemen als er een passende vacature vrijkomt. Vind je dat goed? Klik dan op de knop hieronder. Doe je niets, dan verwijderen we je gegevens na vier weken.

{btn:Ja, bewaar mijn gegevens}

Met vriendelijke groet,

Femke de Vries
Recruiter | Kwartel Energie""",
     foot="""Kwartel Energie B.V. · Stationsplein 00, 3511 Utrecht · KvK 00000000

Wij verwerken je persoonsgegevens in overeenstemming met de AVG. Lees onze [[privacyverklaring]].

Deze e-mail is verzonden via Recruitee.""",
     row=("femke.devries@kwartel.example", "Femke", "Kwartel Energie", "Marketing Manager Consumentenmarkt"), tags="recruitee; reply-to recruiter; AVG consent to keep data"),

dict(slug="nl-be-workday-tweetalig", label=R, lang="nl", cc="BE", style="ats", cat="ats-automated", vendor="workday",
     frm="Brabantia Verzekeringen Careers <brabantverz@myworkday.com>", subject="Uw kandidatuur / Votre candidature - Product Owner Digitale Klantreis",
     brand="Brabant Verzekeringen", text="""--- Version française ci-dessous ---

Beste Sam Taylor,

Hartelijk dank voor uw interesse in de functie Product Owner Digitale Klantreis bij Brabant Verzekeringen.

Na zorgvuldige overweging hebben we besloten om andere kandidaten te selecteren wiens profiel beter aansluit bij de vereisten van deze functie. We beseffen dat dit niet het antwoord is waarop u gehoopt had.

We moedigen u aan om onze [[vacaturesite]] te blijven volgen.

Met vriendelijke groeten,
Talent Acquisition - Brabant Verzekeringen

---

Cher/Chère Sam Taylor,

Nous vous remercions de l'intérêt que vous portez au poste de Product Owner Digitale Klantreis chez Brabant Verzekeringen.

Après mûre réflexion, nous avons décidé de retenir d'autres candidats dont le profil correspond davantage aux exigences de cette fonction.

Bien cordialement,
Talent Acquisition - Brabant Verzekeringen""",
     foot="""Gelieve niet te antwoorden op deze e-mail. / Merci de ne pas répondre à cet e-mail.

Brabant Verzekeringen NV · RPR Brussel · [[Privacybeleid / Politique de confidentialité]]""",
     row=("", "", "Brabant Verzekeringen", "Product Owner Digitale Klantreis"), tags="workday; Flemish formal u; bilingual nl/fr; kandidatuur"),

dict(slug="nl-personio-vacature-ingevuld", label=R, lang="nl", cc="NL", style="ats", cat="role-filled", vendor="personio", html_only=True,
     frm="Zeewind Studio <no-reply@jobs.personio.example>", subject="Update over je sollicitatie: Brand Strategist",
     brand="Zeewind Studio", text="""Hoi Sam,

Bedankt voor je interesse in Zeewind Studio en je sollicitatie als Brand Strategist.

We willen je even laten weten dat de vacature inmiddels is ingevuld. We sluiten daarom de procedure voor alle overige kandidaten, ook voor jou.

We vonden het leuk om je te leren kennen via je portfolio en wensen je veel succes met je verdere zoektocht.

Hartelijke groet,
Team Zeewind Studio""",
     foot="""Je ontvangt dit bericht omdat je hebt gesolliciteerd via onze carrièrepagina. Je kunt op dit bericht niet reageren.

[[Privacyverklaring]] · [[Impressum]]""",
     row=("", "", "Zeewind Studio", "Brand Strategist"), tags="personio; html-only; vacature ingevuld"),

dict(slug="nl-be-overheid-niet-geslaagd", label=R, lang="nl", cc="BE", style="ats", cat="after-assessment", vendor="publicbe",
     frm="Vlaamse overheid - Selectie <noreply-selectie@vlaanderen.example>", subject="Resultaat selectieprocedure communicatieadviseur (ref. 2026-0417)",
     brand="Vlaamse overheid", text="""Geachte mevrouw, geachte heer Taylor,

U nam deel aan de selectieprocedure voor de functie van communicatieadviseur - digitale campagnes (A1) bij het Departement Omgeving, referentie 2026-0417.

Wij delen u mee dat u niet geslaagd bent voor het tweede selectie-onderdeel (de case en het interview). U behaalde 54/100; de minimumscore om te slagen bedroeg 60/100. Uw deelname aan deze procedure eindigt hiermee.

U hebt het recht om feedback te vragen over uw resultaat. Dat kan binnen 30 kalenderdagen via selectie.omgeving@vlaanderen.example, met vermelding van het referentienummer.

Met vriendelijke groeten,

Het selectieteam""",
     foot="""Dit is een automatisch verzonden bericht. Antwoorden op dit adres worden niet gelezen.

Meer informatie over de verwerking van uw persoonsgegevens vindt u op [[vlaanderen.example/privacy]].""",
     row=("selectie.omgeving@vlaanderen.example", "", "Departement Omgeving", "communicatieadviseur - digitale campagnes"), tags="public sector; Flanders; score below threshold; feedback address in body"),

dict(slug="nl-bureau-andere-kandidaat", label=R, lang="nl", cc="NL", style="personal", cat="agency-recruiter",
     frm="Joost Hendriks <joost@oranjewerving.example>", subject="Terugkoppeling Tulpenhuis", client_html=True,
     text="""Hoi Sam,

Ik heb helaas geen goed nieuws. Ik sprak net met Ilse van Tulpenhuis en ze hebben gekozen voor een andere kandidaat voor de rol van Head of Product Marketing. Doorslaggevend was dat die persoon al B2B SaaS in de Benelux heeft gedaan, daar kon jij net iets minder op laten zien.

Wel heel positief over je presentatie trouwens, vooral het stuk over positionering. Ze zeiden letterlijk "als er iets anders vrijkomt, bellen we Sam".

Zullen we volgende week even bellen over wat er verder in de pijplijn zit? Ik heb twee opdrachten die misschien passen.

Groet,
Joost

Joost Hendriks | Oranje Werving & Selectie
06 00 00 12 34""",
     row=("joost@oranjewerving.example", "Joost", "Tulpenhuis", "Head of Product Marketing"), tags="agency relays client's no; casual; pitch of other roles after verdict"),

dict(slug="nl-be-manager-boven-citaat", day="2026-10-23", label=R, lang="nl", cc="BE", style="personal", cat="personal-after-interview", parent=True, parent_domain="example.org",
     frm="Pieter Claes <pieter.claes@scheldelogistiek.example>", subject="Re: Bedankt voor het gesprek",
     text="""Dag Sam,

Bedankt voor je vriendelijke mail. Jammer genoeg hebben we beslist om niet verder te gaan met jouw kandidatuur voor de functie van Marketing Lead. Het was een moeilijke keuze, want het gesprek was echt aangenaam, maar we zoeken toch iemand met meer ervaring in de logistieke sector.

Ik wens je veel succes en hou je LinkedIn zeker in de gaten.

Vriendelijke groeten,
Pieter

Pieter Claes
Commercieel Directeur | Schelde Logistiek
+32 3 000 45 67

Op di 20 okt. 2026 om 17:31 schreef Sam Taylor <sam.taylor@example.org>:
> Dag Pieter,
>
> Hartelijk dank voor het fijne gesprek van vanmiddag. Ik ben erg
> enthousiast over de rol en kijk uit naar jullie terugkoppeling.
>
> Groeten,
> Sam""",
     row=("pieter.claes@scheldelogistiek.example", "Pieter", "Schelde Logistiek", "Marketing Lead"), tags="Flemish; reply above Sam's thank-you; hou/jammer genoeg"),

dict(slug="nl-kort-we-gaan-het-niet-doen", label=R, lang="nl", cc="NL", style="personal", cat="terse",
     frm="Bas Mulder <bas@hopbrouwerij.example>", subject="Re: Marketingrol", parent=True, parent_domain="example.org",
     text="""Hoi Sam, dank je voor je geduld. We gaan niet met je verder voor de marketingrol, we hebben iemand uit ons eigen netwerk aangenomen. Succes!

Gr Bas
Hop & Mout Brouwerij

Verstuurd vanaf mijn Android""",
     row=("bas@hopbrouwerij.example", "Bas", "Hop & Mout Brouwerij", ""), tags="terse; mobile; role unnamed (marketingrol generic)"),

dict(slug="nl-vacature-on-hold-reorganisatie", label=R, lang="nl", cc="NL", style="personal", cat="role-cancelled",
     frm="Sanne Bakker <s.bakker@polderbank.example>", subject="Vacature Senior Product Manager Betalen",
     text="""Beste Sam,

Allereerst dank voor de tijd die je de afgelopen weken in de gesprekken hebt gestoken. Ik had je graag beter nieuws gebracht.

Door een organisatiewijziging binnen de tribe Betalen is besloten de vacature Senior Product Manager Betalen voorlopig on hold te zetten. Wanneer en in welke vorm de rol terugkomt is op dit moment niet te zeggen, en daarom ronden we de procedure ook met jou af. Dat heeft niets met jouw profiel te maken.

Mocht de functie in 2027 opnieuw worden opengesteld, dan neem ik als eerste contact met je op.

Met vriendelijke groet,

Sanne Bakker
Corporate Recruiter | Polderbank
T +31 20 000 7788""",
     row=("s.bakker@polderbank.example", "Sanne", "Polderbank", "Senior Product Manager Betalen"), tags="role on hold; procedure closed for Sam; reorganisation"),

# ---------------- hard negatives ----------------
dict(slug="nl-recruitee-ontvangst-volume", label=O, lang="nl", cc="NL", style="ats", cat="ack-received", vendor="recruitee",
     frm="Grachtengordel Media <grachtengordel@mail.recruitee.example>", subject="Bedankt voor je sollicitatie!",
     brand="Grachtengordel Media", text="""Hoi Sam,

Bedankt voor je sollicitatie op de vacature Content Lead bij Grachtengordel Media! We hebben je cv en motivatie in goede orde ontvangen.

We bekijken alle sollicitaties binnen twee weken. Krijg je een afwijzing, dan laten we je dat altijd weten, net als wanneer we je willen uitnodigen. Vanwege het grote aantal reacties kunnen we helaas geen persoonlijke feedback geven op cv's.

Groetjes,
Team Grachtengordel""",
     foot="""Grachtengordel Media B.V. · Amsterdam · [[Privacyverklaring]]

Deze e-mail is verzonden via Recruitee.""",
     tags="acknowledgement; hedge mentions afwijzing; recruitee"),

dict(slug="nl-teamtailor-tweede-gesprek", label=O, lang="nl", cc="NL", style="ats", cat="interview-invite", vendor="teamtailor",
     frm="Lotte van Dam - Fietsfabriek <notifications@teamtailor.example>", reply_to_hdr="lotte@fietsfabriek.example",
     subject="Uitnodiging tweede gesprek - Growth Marketeer", brand="Fietsfabriek",
     text="""Hoi Sam,

Goed nieuws! Na ons eerste gesprek willen we je graag uitnodigen voor een tweede gesprek met Ruben (CMO) en Yara (Performance Lead). We hebben besloten om met een kleinere groep van drie kandidaten verder te gaan, en jij zit daarbij.

Kies hieronder een moment dat je uitkomt:

{btn:Plan je gesprek}

Tot snel!
Lotte van Dam
Talent Acquisition · Fietsfabriek""",
     foot="""[[Bekijk onze privacyverklaring]] · [[Afmelden]]""",
     tags="next round invite; 'besloten ... verder te gaan' positive"),

dict(slug="nl-linkedin-vacature-alert", label=O, lang="nl", cc="NL", style="ats", cat="job-alert", vendor="linkedin",
     frm="LinkedIn Vacaturemeldingen <jobalerts-noreply@linkedin.example>", subject="Product Marketing Manager: 12 nieuwe vacatures in Amsterdam",
     brand="LinkedIn", text="""Je vacaturemelding voor **Product Marketing Manager** in **Amsterdam en omgeving**

- [[Product Marketing Manager - Nieuwezijds Software]] · Amsterdam · Hybride · 3 connecties werken hier
- [[Senior PMM Benelux - Dijkstra Cloud]] · Amstelveen · Vroeg sollicitant
- [[Marketing Manager (m/v/x) - Waddenwerk]] · Haarlem
- [[Product Marketeer - Kroketje.app]] · Amsterdam · Gemakkelijk solliciteren

Je sollicitatie bij Tulpenhuis is niet meer actief. Bekijk vergelijkbare vacatures.

{btn:Alle vacatures bekijken}""",
     foot="""Je ontvangt meldingen voor vacatures. [[Afmelden]] · [[Help]]

Deze e-mail was bedoeld voor Sam Taylor (Head of Insights bij Calder Street Media). Ontdek [[waarom we dit meesturen]].""",
     tags="job alert digest; one line about an inactive application (no verdict text); linkedin"),

dict(slug="nl-personio-overgezet-andere-vacature", label=O, lang="nl", cc="NL", style="ats", cat="requisition-transfer", vendor="personio",
     frm="Dijkstra Cloud <no-reply@jobs.personio.example>", reply_to_hdr="Noor Visser <noor.visser@dijkstracloud.example>",
     subject="Je sollicitatie: Product Marketing Manager", brand="Dijkstra Cloud",
     text="""Hoi Sam,

Dank je voor je sollicitatie als Product Marketing Manager. De vacature waarop je hebt gereageerd hebben we gesloten: we hebben de rol samengevoegd met een bredere functie.

Je profiel past volgens ons heel goed bij die nieuwe functie, Senior Product Marketing Manager Benelux. Daarom hebben we je sollicitatie daar naartoe overgezet; je hoeft niets opnieuw in te sturen. Noor neemt deze week contact met je op om een eerste gesprek in te plannen.

Groet,
Noor Visser
Talent Partner""",
     foot="""Je kunt op dit bericht niet reageren. [[Privacyverklaring]]""",
     tags="application transferred to another requisition; old vacancy gesloten"),

dict(slug="nl-eigen-afwijzing-aan-kandidaat", label=O, lang="nl", cc="NL", style="personal", cat="owner-sent",
     frm="Sam Taylor <sam.taylor@example.org>", to="Thijs Jansen <thijs.jansen@mailbox.example>",
     subject="Je sollicitatie bij Calder Street Media",
     text="""Beste Thijs,

Dank je wel voor je sollicitatie op de functie van Data Analist bij Calder Street Media en voor het gesprek van vorige week.

Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We hebben gekozen voor een kandidaat met meer ervaring met mediaonderzoek.

Ik wens je veel succes met je zoektocht.

Met vriendelijke groet,
Sam Taylor
Head of Insights | Calder Street Media""",
     tags="owner's own sent rejection to a candidate"),

dict(slug="nl-subsidie-afgewezen-gemeente", day="2026-10-01", label=O, lang="nl", cc="NL", style="personal", cat="non-job-rejection",
     frm="Gemeente Haarlem - Team Subsidies <m.peeters@haarlem-gemeente.example>", subject="Uw aanvraag subsidie verduurzaming (zaaknr. Z-2026-08812)",
     text="""Geachte heer/mevrouw Taylor,

Op 2 september 2026 ontvingen wij uw aanvraag voor de subsidie Verduurzaming Woningen. Helaas moeten wij uw aanvraag afwijzen. Het subsidieplafond voor 2026 is bereikt, waardoor wij geen nieuwe aanvragen meer kunnen honoreren.

Het formele besluit vindt u in MijnGemeente. Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,

M. Peeters
Team Subsidies, Gemeente Haarlem""",
     tags="subsidy refused; formal letter; non-job"),

dict(slug="nl-reactie-op-bedankmail", day="2026-10-15", label=O, lang="nl", cc="NL", style="personal", cat="reply-to-owner-followup", parent=True, parent_domain="example.org",
     frm="Femke de Vries <femke.devries@kwartel.example>", subject="Re: Je sollicitatie bij Kwartel Energie",
     text="""Hoi Sam,

Wat fijn dat je de moeite neemt om te reageren, dat gebeurt niet vaak! Natuurlijk houden we contact. Ik heb je gegevens bewaard en je bent de eerste die ik bel als er weer een marketingrol opengaat.

Hartelijke groet,
Femke

Op wo 14 okt. 2026 om 09:12 schreef Sam Taylor <sam.taylor@example.org>:
> Beste Femke, dank voor je bericht. Jammer dat het niet gelukt is, maar
> ik zou het leuk vinden om in contact te blijven.
>
>> Helaas moeten we je laten weten dat we niet verder gaan met je
>> sollicitatie.""",
     tags="recruiter answers owner's reply to a rejection; rejection only in quote"),

dict(slug="nl-gesprek-geannuleerd-verzetten", day="2026-11-24", label=O, lang="nl", cc="NL", style="personal", cat="reschedule",
     frm="Mirjam Smit <mirjam.smit@waddenwerk.example>", subject="Gesprek donderdag geannuleerd - nieuw moment?",
     text="""Hoi Sam,

Vervelend nieuws: ik moet ons gesprek van donderdag om 14:00 helaas annuleren, onze directeur is die dag ziek thuis en zij wil er per se bij zijn.

Aan jouw kandidatuur verandert niets hoor, de vacature Marketing Manager staat gewoon open en je bent nog volop in beeld. Kun je maandag 30 november of dinsdag 1 december? Dan stuur ik meteen een nieuwe uitnodiging.

Groetjes,
Mirjam Smit
HR Waddenwerk
06 00 00 98 76""",
     tags="interview cancelled and rescheduled; role still open"),
]
