"""Dutch messages (the Netherlands, Flanders): 8 rejections, 8 hard negatives."""
from content_common import BULK, rej

M = []

# ---------------------------------------------------------------- rejections, ATS
M.append(dict(
    slug="nl-recruitee-niet-verder-fietsfabriek", lang="nl", variant="nl-NL", style="ats", label="rejection", cat="ats-automated",
    vendor="recruitee", brand="Fietsfabriek Zwolle",
    frm="Fietsfabriek Zwolle <jobs@fietsfabriekzwolle.recruitee.com>", reply_to="Annelies de Bruin <annelies@fietsfabriek.example>",
    subject="Je sollicitatie als Product Marketing Manager",
    text="""Beste Sam,

Bedankt voor je sollicitatie op de functie Product Marketing Manager en voor de interesse in Fietsfabriek Zwolle.

We hebben je cv en motivatie met aandacht gelezen. Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We hebben veel reacties ontvangen en hebben gekozen voor kandidaten van wie het profiel beter aansluit bij wat we op dit moment zoeken.

We wensen je veel succes met je verdere zoektocht.

Met vriendelijke groet,

Annelies de Bruin
Recruiter | Fietsfabriek Zwolle""",
    exp=rej("annelies@fietsfabriek.example", "Annelies", "Fietsfabriek Zwolle", "Product Marketing Manager"),
    notes="recruitee; the most ordinary Dutch template; reply-to recruiter"))

M.append(dict(
    slug="nl-homerun-gekozen-voor-ander-grachtenlab", lang="nl", variant="nl-NL", style="ats", label="rejection", cat="ats-automated",
    vendor="homerun", brand="Grachtenlab", plain="html2text",
    frm="Grachtenlab <noreply@homerun.co>", subject="Update over je sollicitatie bij Grachtenlab",
    text="""Hoi Sam,

Wat leuk dat je wilde solliciteren als Growth Marketeer bij Grachtenlab! We hebben je sollicitatie met het hele team bekeken.

We moeten je helaas laten weten dat we een andere kandidaat hebben gekozen, van wie de ervaring net wat beter aansluit bij deze rol. Dat was geen makkelijke keuze.

Bedankt voor je tijd en energie, en heel veel succes. Wie weet tot ziens!

Liefs,
Team Grachtenlab
[[grachtenlab.example/werken-bij]]""",
    exp=rej("", "", "Grachtenlab", "Growth Marketeer"),
    notes="homerun; html2text plain with [image] and numbered links; team signature"))

M.append(dict(
    slug="nl-be-successfactors-niet-weerhouden", lang="nl", variant="nl-BE", style="ats", label="rejection", cat="ats-automated",
    vendor="successfactors_be", brand="Scheldeport Logistics", html_only=True,
    frm="Scheldeport Logistics Careers <careers@successfactors.eu>", subject="Uw kandidatuur voor Marketing Manager Benelux (Req. 40117) / Votre candidature",
    text="""Geachte Sam Taylor,

Wij danken u voor uw kandidatuur voor de functie Marketing Manager Benelux (Req. 40117) bij Scheldeport Logistics.

{table}

Na grondige analyse van uw dossier moeten wij u helaas meedelen dat uw kandidatuur niet weerhouden werd voor de volgende fase van de selectieprocedure. Dit betekent uiteraard geen oordeel over uw competenties.

Met uw toestemming bewaren wij uw gegevens gedurende twee jaar in onze wervingsreserve. U kunt deze toestemming op elk moment intrekken via uw kandidatenprofiel.

Met vriendelijke groeten,
HR Talent Acquisition
Scheldeport Logistics NV – Antwerpen

---

Cher/Chère Sam Taylor, nous vous remercions pour votre candidature. Nous avons le regret de vous informer que votre candidature n'a pas été retenue.""",
    table=[("Functie", "Marketing Manager Benelux"), ("Referentie", "Req. 40117"), ("Status", "Niet weerhouden")],
    exp=rej("", "", "Scheldeport Logistics", "Marketing Manager Benelux"),
    notes="Flemish 'niet weerhouden'; HTML-only; bilingual nl/fr; formal u; status table"))

M.append(dict(
    slug="nl-gemeente-niet-uitgenodigd", lang="nl", variant="nl-NL", style="ats", label="rejection", cat="public-sector",
    vendor="gov_nl", brand="Gemeente Lindeveen",
    frm="Gemeente Lindeveen – Werken bij <noreply@werkenbij.lindeveen.example>", subject="Uw sollicitatie vacature Communicatieadviseur Campagnes (V2026-118)",
    text="""Geachte heer/mevrouw Taylor,

Op 2 oktober 2026 ontvingen wij uw sollicitatie voor de vacature Communicatieadviseur Campagnes (V2026-118). Hartelijk dank voor uw belangstelling voor een functie bij de gemeente Lindeveen.

De selectiecommissie heeft alle sollicitaties zorgvuldig beoordeeld aan de hand van de functie-eisen. Wij moeten u helaas mededelen dat u niet bent uitgenodigd voor een eerste gesprek.

Heeft u vragen over deze beslissing, dan kunt u contact opnemen met Wilma Kroeze, HR-adviseur, via w.kroeze@lindeveen.example of 14 0525.

Wij bewaren uw gegevens tot vier weken na afloop van de procedure, conform de sollicitatiecode van de NVP, en verwijderen ze daarna.

Met vriendelijke groet,

namens het college van burgemeester en wethouders,
Team Werving & Selectie""",
    exp=rej("w.kroeze@lindeveen.example", "", "Gemeente Lindeveen", "Communicatieadviseur Campagnes"),
    notes="public sector; formal; no-reply with HR contact in body (not the sender of the news, so no first name)"))

# ---------------------------------------------------------------- rejections, personal
M.append(dict(
    slug="nl-bureau-interne-kandidaat", lang="nl", variant="nl-NL", style="personal", label="rejection", cat="personal-after-interview",
    frm="Thijs van Dam <thijs.vandam@oranjerecruitment.example>", subject="Terugkoppeling Hoogwater Verzekeringen",
    text="""Hoi Sam,

Zoals net telefonisch besproken nog even op de mail: Hoogwater Verzekeringen heeft de functie van Senior Brand Manager uiteindelijk ingevuld met een interne kandidaat. Ze waren erg te spreken over jouw tweede gesprek, met name je case over de rebranding, maar de interne kandidaat kent de organisatie en de distributiepartners al.

Ik vind het echt jammer voor je. Ik houd je op de hoogte als er iets vergelijkbaars langskomt, ik heb al een paar dingen in de pijplijn.

Groeten,
Thijs

Thijs van Dam
Senior Consultant Marketing & Communicatie
Oranje Recruitment | 06-41 29 83 57""",
    exp=rej("thijs.vandam@oranjerecruitment.example", "Thijs", "Hoogwater Verzekeringen", "Senior Brand Manager"),
    notes="agency after phone call; filled with internal candidate"))

M.append(dict(
    slug="nl-hm-lange-brief-keuze-niet-op-jou", lang="nl", variant="nl-NL", style="personal", label="rejection", cat="personal-after-interview",
    frm="Marloes Hendriks <marloes.hendriks@tulpdata.example>", subject="Na onze gesprekken", client_html=True,
    text="""Beste Sam,

Allereerst heel erg bedankt voor de tijd die je de afgelopen weken in ons proces hebt gestoken: twee gesprekken, de case over onze Duitse lancering en het gesprek met Pieter en Sanne van sales. Ik weet hoeveel werk daar in zit, en je presentatie was een van de scherpste die we hebben gezien.

We hebben gisteren met het hele panel alle kandidaten besproken. Het was een lastige afweging, en uiteindelijk is de keuze niet op jou gevallen voor de rol van Head of Product Marketing. Doorslaggevend was dat de andere kandidaat al een team van acht mensen heeft aangestuurd, en dat is precies waar we het komend jaar op moeten bouwen.

Een paar punten die ik je graag meegeef, omdat je erom vroeg: je positionering was sterk, je kende de markt goed, maar in het tweede gesprek bleef het wat abstract als het ging over budget en prioriteren.

Ik hoop oprecht dat we elkaar nog tegenkomen, en als je het leuk vindt, koppel ik je aan een paar mensen in mijn netwerk.

Hartelijke groet,
Marloes

Marloes Hendriks
VP Marketing | TulpData B.V.
+31 20 261 4480

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this message. TulpData B.V. is registered with the Chamber of Commerce under number 81234567.""",
    exp=rej("marloes.hendriks@tulpdata.example", "Marloes", "TulpData", "Head of Product Marketing"),
    notes="hiring manager; long; verdict in the middle; feedback; English legal disclaimer"))

M.append(dict(
    slug="nl-be-vacature-niet-ingevuld-budget", lang="nl", variant="nl-BE", style="personal", label="rejection", cat="role-cancelled",
    frm="Griet Vermeulen <griet.vermeulen@leiemedia.example>", subject="RE: Digital Marketing Lead – volgende stap?", parent=True, parent_domain="example.org",
    text="""Dag Sam,

Excuseer voor het late antwoord. Ik had gehoopt u goed nieuws te kunnen brengen, maar de directie heeft vorige week een aanwervingsstop afgekondigd tot minstens het tweede kwartaal. De vacature Digital Marketing Lead wordt daardoor voorlopig niet ingevuld en we sluiten de procedure af.

Het spijt me echt, want u stond hoog op onze lijst. Als de vacature opnieuw opengaat, neem ik zeker contact met u op.

Met vriendelijke groeten,
Griet Vermeulen
HR Business Partner – Leie Media nv
T +32 9 265 40 12

-----Oorspronkelijk bericht-----
Van: Sam Taylor <sam.taylor@example.org>
Verzonden: dinsdag 24 november 2026 09:02
Aan: Griet Vermeulen <griet.vermeulen@leiemedia.example>
Onderwerp: Digital Marketing Lead – volgende stap?

Dag Griet, zijn er al nieuwe ontwikkelingen in de procedure? Groeten, Sam""",
    exp=rej("griet.vermeulen@leiemedia.example", "Griet", "Leie Media", "Digital Marketing Lead"),
    notes="Flemish; hiring freeze, vacancy not filled; Outlook quote of Sam's chaser"))

M.append(dict(
    slug="nl-kort-iemand-anders", lang="nl", variant="nl-NL", style="personal", label="rejection", cat="terse",
    frm="Joost Brink <joost@brinkenbeer.example>", subject="Re: marketeer Brink & Beer", parent=True, parent_domain="example.org",
    text="""Hoi Sam, helaas, we gaan met iemand anders verder voor de marketeer-rol. Bedankt en veel succes!
Groet, Joost (Brink & Beer)

Verzonden vanaf mijn iPhone""",
    exp=rej("joost@brinkenbeer.example", "Joost", "Brink & Beer", "marketeer"),
    notes="terse; phone; small company"))

# ---------------------------------------------------------------- others, ATS
M.append(dict(
    slug="nl-recruitee-ontvangen-drie-weken", lang="nl", variant="nl-NL", style="ats", label="other", cat="ack-received",
    vendor="recruitee", brand="Polderkracht",
    frm="Polderkracht <jobs@polderkracht.recruitee.com>", subject="Bedankt voor je sollicitatie bij Polderkracht",
    text="""Hoi Sam,

Bedankt voor je sollicitatie als Brand Lead! We hebben je gegevens goed ontvangen.

Ons team bekijkt alle sollicitaties binnen tien werkdagen. Past je profiel bij wat we zoeken, dan nemen we contact met je op voor een eerste kennismaking. Door het grote aantal reacties lukt het ons helaas niet altijd om iedereen persoonlijk te antwoorden; heb je na drie weken niets gehoord, dan gaan we niet verder met je sollicitatie.

Groetjes,
Team Talent Polderkracht""",
    notes="acknowledgement; conditional future no ('heb je niets gehoord, dan...')"))

M.append(dict(
    slug="nl-teamtailor-assessment-volgende-ronde", lang="nl", variant="nl-NL", style="ats", label="other", cat="assessment",
    vendor="teamtailor_nl", brand="Koffiebrander Noord", button="Start de opdracht",
    frm="Koffiebrander Noord <no-reply@teamtailor.com>", subject="Je bent door naar de volgende ronde 🎉",
    text="""Hoi Sam,

Goed nieuws: je bent door naar de volgende ronde voor de functie E-commerce Marketing Manager!

De volgende stap is een korte online opdracht (ongeveer 60 minuten) waarin je een campagneplan maakt voor onze nieuwe abonnementsdienst. Je hebt tot en met vrijdag 4 december de tijd. Helaas kunnen we geen uitstel geven, omdat we de gesprekken de week erna al inplannen.

Succes!
Nadia – People Team Koffiebrander Noord""",
    notes="assessment invite; 'helaas' about a deadline"))

M.append(dict(
    slug="nl-linkedin-bekeken-en-vacatures", lang="nl", variant="nl-NL", style="ats", label="other", cat="job-alert",
    vendor="linkedin_nl", brand="LinkedIn", headers=BULK, plain="html2text",
    frm="LinkedIn Vacatures <jobs-noreply@linkedin.com>", subject="Je sollicitatie is bekeken door Deltawerf Digital",
    text="""Sam, je sollicitatie is bekeken

Deltawerf Digital heeft je sollicitatie voor Product Marketing Manager bekeken. Dit betekent niet dat er al een beslissing is genomen.

Vacatures die bij je passen:
- Senior Marketing Manager · Havenstad Energie · Rotterdam (hybride)
- Growth Lead · Fintra · Amsterdam
- Brand Manager · De Zuivelhoeve · Utrecht

[[Alle vacatures bekijken]]""",
    notes="LinkedIn 'application viewed' + job list; explicitly no decision"))

M.append(dict(
    slug="nl-sessievoorstel-niet-geselecteerd", lang="nl", variant="nl-NL", style="ats", label="other", cat="non-job-rejection",
    vendor="generic_nl", brand="Marketing Live Utrecht",
    frm="Marketing Live Utrecht <programma@marketinglive.example>", subject="Je sessievoorstel voor Marketing Live 2027",
    text="""Beste Sam,

Dank je wel voor het insturen van je sessievoorstel "Positioneren zonder budget" voor Marketing Live 2027.

We ontvingen dit jaar ruim 420 voorstellen voor 36 plekken. Helaas is jouw voorstel niet geselecteerd voor het programma. De programmacommissie beoordeelt anoniem en geeft geen individuele feedback.

Als spreker-kandidaat krijg je wel 30% korting op een ticket met de code CFP27.

Hartelijke groet,
Programmacommissie Marketing Live""",
    notes="conference talk rejected; not a job"))

# ---------------------------------------------------------------- others, personal
M.append(dict(
    slug="nl-sam-verzonden-afwijzing-kandidaat", lang="nl", variant="nl-NL", style="personal", label="other", cat="owner-sent",
    frm="Sam Taylor <sam.taylor@example.org>", to="Ruben Koster <ruben.koster@mailbox.example>", subject="Je sollicitatie bij Calder Street Media",
    text="""Beste Ruben,

Dank je wel voor je tijd vorige week en voor het gesprek over de functie van Content Marketeer bij Calder Street Media.

Helaas moet ik je laten weten dat we hebben gekozen voor een andere kandidaat, die meer ervaring heeft met video. Het was een prettig gesprek en je portfolio was sterk.

Veel succes met je verdere zoektocht.

Met vriendelijke groet,
Sam Taylor
Head of Insights | Calder Street Media""",
    notes="Sam's own sent rejection of a candidate"))

M.append(dict(
    slug="nl-aanbod-andere-kandidaat-afgewezen", lang="nl", variant="nl-NL", style="personal", label="other", cat="offer",
    frm="Erik Mulder <erik.mulder@zeewindnet.example>", subject="Goed nieuws – aanbod Marketing Manager", client_html=True,
    text="""Hoi Sam,

Ik mag je met veel plezier laten weten dat we je graag willen aannemen als Marketing Manager bij ZeewindNet!

Eerlijk gezegd was het spannend tot het laatst: we hadden nog één andere kandidaat in de laatste ronde, maar die hebben we gisteren laten weten dat we niet met hem verder gaan. Het team was unaniem over jou.

In de bijlage vind je het aanbod (salaris, 8% vakantiegeld, 27 vakantiedagen, leasefiets). Zullen we donderdag even bellen om het door te nemen?

Groet,
Erik Mulder
Directeur Commercie | ZeewindNet""",
    notes="offer; mentions the other candidate's rejection"))

M.append(dict(
    slug="nl-referentieverzoek-oud-collega", lang="nl", variant="nl-NL", style="personal", label="other", cat="reference-request",
    frm="Sophie Bakker <sophie.bakker@vanderlaanwerving.example>", subject="Referentie voor Laura de Graaf",
    text="""Beste Sam,

Laura de Graaf heeft je opgegeven als referentie. Zij is kandidaat voor de functie van Marketing Director bij een van onze klanten. Voor een andere functie bij deze klant is ze eerder dit jaar helaas afgewezen, maar ze is nu in de laatste ronde.

Zou je deze week 15 minuten hebben voor een kort telefonisch gesprek over jullie samenwerking bij Calder Street Media? Ik ben bereikbaar op 06-22 91 47 03.

Alvast bedankt!

Sophie Bakker
Van der Laan Werving & Selectie""",
    notes="reference request about someone else; 'afgewezen' about her"))

M.append(dict(
    slug="nl-recruiter-nieuwe-rollen-na-eerdere-afwijzing", lang="nl", variant="nl-NL", style="personal", label="other", cat="recruiter-outreach",
    frm="Daan Visser <daan@visserexecutive.example>", subject="Twee nieuwe marketingrollen",
    text="""Hoi Sam,

Vervelend dat het vorige maand bij Noorderlicht Retail net niet was, maar ik heb goed nieuws: er zijn twee nieuwe rollen binnengekomen die volgens mij beter bij je passen.

1. Head of Brand bij een snelgroeiende foodscale-up in Amsterdam (€95-110k)
2. Product Marketing Lead bij een SaaS-partij in Utrecht, hybride (€85-95k)

Zal ik je voor allebei voorstellen? Bel me gerust: 06-51 73 20 88.

Groet,
Daan Visser
Visser Executive Search""",
    notes="recruiter pitch; refers back to an earlier, already known rejection"))

MESSAGES = M
