"""Dutch messages (Netherlands, Belgium): 6 rejections, 6 hard negatives."""
NR = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

MESSAGES = [
# ---------------------------------------------------------------- rejections
dict(slug="tulpwerk-recruitee-helaas-bewaren", label="rejection", cat="keep-on-file", lang="nl", country="NL",
     style="ats", vendor="recruitee", brand="Tulpwerk", plain="html2text", headers=NR,
     frm="Tulpwerk <no-reply@mail.recruitee.com>",
     subject="Je sollicitatie als Product Marketeer bij Tulpwerk",
     exp=("", "Fenna", "Tulpwerk", "Product Marketeer"),
     notes="je; ordinary Dutch wording; data-retention consent button; signed by a first name without address",
     text="""Hoi Sam,

Bedankt voor je sollicitatie als Product Marketeer bij Tulpwerk en voor de tijd die je erin hebt gestoken.

We hebben veel reacties ontvangen en alle cv's zorgvuldig bekeken. Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We zochten iemand met net wat meer ervaring in B2B SaaS.

Mogen we je gegevens nog 12 maanden bewaren? Dan kunnen we je benaderen als er een passende vacature voorbij komt. Klik dan op de knop hieronder; doe je niets, dan verwijderen we je gegevens na 4 weken.

Veel succes met je zoektocht!

Groetjes,
Fenna
namens het team van Tulpwerk""",
     button="Ja, bewaar mijn gegevens"),

dict(slug="scheldeport-workday-nl-fr-weerhouden", label="rejection", cat="ats-automated", lang="nl", country="BE",
     style="ats", vendor="workday", brand="Scheldeport Group", headers=NR,
     frm="Scheldeport Group Careers <scheldeport@myworkday.com>",
     subject="Uw kandidatuur / Votre candidature - Marketing Manager Benelux (JR-2207)",
     exp=("", "", "Scheldeport Group", "Marketing Manager Benelux"),
     notes="u; Belgian Dutch ('kandidatuur', 'weerhouden'); bilingual NL then FR version",
     text="""Nederlandse versie - version française plus bas

Beste Sam Taylor,

Hartelijk dank voor uw interesse in de functie Marketing Manager Benelux (JR-2207) bij Scheldeport Group.

Na zorgvuldige afweging moeten wij u helaas meedelen dat uw kandidatuur niet werd weerhouden voor de volgende fase van de selectieprocedure.

Wij danken u voor het vertrouwen in onze organisatie en wensen u veel succes in uw verdere loopbaan.

Met vriendelijke groeten,
Talent Acquisition Scheldeport Group

---

Cher/Chère Sam Taylor,

Nous vous remercions de l'intérêt que vous portez à la fonction Marketing Manager Benelux (JR-2207). Après examen attentif, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite de la procédure.

Bien cordialement,
Talent Acquisition Scheldeport Group""",
     footer=["Scheldeport Group NV - Haven 1000, 2030 Antwerpen - BTW BE 0000.000.000 - RPR Antwerpen"]),

dict(slug="lindenhaven-portaal-niet-geselecteerd", day="2026-11-12", label="rejection", cat="status-portal", lang="nl", country="NL",
     style="ats", vendor="werkenbij", brand="Universiteit Lindenhaven", plain="html2text", headers=NR,
     frm="Werken bij Universiteit Lindenhaven <noreply@werkenbij.lindenhaven.example>",
     subject="Statuswijziging sollicitatie vacature 26-311",
     exp=("", "", "Universiteit Lindenhaven", "Communicatieadviseur Marketing & Werving"),
     notes="university portal status notice; verdict only as 'Niet geselecteerd' in a table",
     text="""Beste Sam Taylor,

Er is een wijziging in de status van je sollicitatie bij Universiteit Lindenhaven.

{table}

De selectiecommissie heeft alle sollicitaties beoordeeld. Je kunt de volledige toelichting lezen in je [[persoonlijke omgeving]].

Met vriendelijke groet,
Afdeling HR, Universiteit Lindenhaven""",
     table=[("Vacature", "26-311 Communicatieadviseur Marketing & Werving"), ("Faculteit", "Bestuursbureau"),
            ("Nieuwe status", "Niet geselecteerd"), ("Datum", "12-11-2026")]),

dict(slug="vanhout-flemish-agency-andere-kandidaat", label="rejection", cat="agency-recruiter", lang="nl", country="BE",
     style="personal", frm="Joost Verbeke <joost.verbeke@brightstaff.example>",
     subject="Feedback Vanhout Bouw", client_html=True,
     exp=("joost.verbeke@brightstaff.example", "Joost", "Vanhout Bouw", "Marketing Coördinator"),
     notes="Flemish agency consultant (Randstad-like); je; casual; client's no after interview; verdict after small talk",
     text="""Hey Sam,

Hoop dat je een goed weekend had! Ik probeerde je daarnet te bellen maar kreeg je voicemail, dus dan maar even zo.

Ik heb feedback gekregen van Vanhout Bouw over je gesprek van dinsdag voor de functie Marketing Coördinator. Ze waren echt positief over je presentatie, maar helaas hebben ze gekozen voor een andere kandidaat, iemand die al in de bouwsector gewerkt heeft en de Kempen goed kent.

Jammer, want ik dacht echt dat het een match ging zijn. Ik hou je zeker op de hoogte als er iets nieuws binnenkomt, en bel me gerust als je er nog over wil praten.

Groetjes,
Joost

Joost Verbeke
Senior Consultant Office & Marketing
Brightstaff Uitzendkantoor Geel
gsm +32 470 00 00 12"""),

dict(slug="fietsplan-kort-ingevuld", day="2026-11-04", label="rejection", cat="terse", lang="nl", country="NL",
     style="personal", frm="Mirjam de Graaf <mirjam@fietsplan.example>", parent=True,
     subject="Re: Vacature Growth Lead",
     exp=("mirjam@fietsplan.example", "Mirjam", "Fietsplan", "Growth Lead"),
     notes="very short reply above Sam's chaser; 'vacature is inmiddels ingevuld'",
     text="""Hoi Sam, sorry dat je zo lang moest wachten. De vacature is inmiddels ingevuld. Heel veel succes verder!

Groet, Mirjam

Op ma 26 okt 2026 om 14:02 schreef Sam Taylor <sam.taylor@example.org>:
> Hoi Mirjam,
>
> Is er al nieuws over de vacature Growth Lead bij Fietsplan? Ik hoor
> graag hoe het ervoor staat.
>
> Groet,
> Sam"""),

dict(slug="duinvis-lang-u-engelse-ps", label="rejection", cat="personal-after-interview", lang="nl", country="NL",
     style="personal", frm="Annelies Bakker <a.bakker@duinvis.example>", cc="Pieter Hoekstra <p.hoekstra@duinvis.example>",
     subject="Uw sollicitatie Brand Manager - Koninklijke Duinvis",
     exp=("a.bakker@duinvis.example", "Annelies", "Koninklijke Duinvis", "Brand Manager"),
     notes="u; long formal letter after final round with assessment; verdict in the middle; English P.S.",
     text="""Geachte Sam,

Allereerst hartelijk dank voor uw deelname aan de selectieprocedure voor de functie van Brand Manager bij Koninklijke Duinvis, en in het bijzonder voor uw presentatie tijdens het tweede gesprek met Pieter Hoekstra en mijzelf.

Wij hebben de afgelopen weken vier kandidaten in de laatste ronde gesproken, en de uitslagen van het assessment zorgvuldig naast de gesprekken gelegd. Uw analytisch vermogen en uw ervaring met merkonderzoek kwamen daarin sterk naar voren.

Na lang wikken en wegen hebben wij echter gekozen voor een kandidaat die meer ervaring heeft met het aansturen van retailpartners, wat voor de komende twee jaar de belangrijkste opgave van de functie is. Wij kunnen u de functie daarom helaas niet aanbieden.

Wij beseffen dat dit een teleurstellend bericht is na een lang traject. Mocht u behoefte hebben aan een nadere toelichting, dan ben ik graag bereid u te bellen.

Met vriendelijke groet,

Annelies Bakker
HR Business Partner
Koninklijke Duinvis B.V. | Havenkade 12, IJmuiden
T +31 255 000 440

P.S. Pieter asked me to add that he enjoyed your presentation very much; he will gladly connect on LinkedIn."""),

# ---------------------------------------------------------------- hard negatives
dict(slug="grachtwerk-teamtailor-uitnodiging-helaas", label="other", cat="interview-invite", lang="nl", country="NL",
     style="ats", vendor="teamtailor", brand="Grachtwerk", plain="html2text", headers=NR,
     frm="Grachtwerk <no-reply@teamtailor.com>", reply_to="Sanne Visser <sanne@grachtwerk.example>",
     subject="Uitnodiging kennismakingsgesprek - Content Marketing Lead",
     notes="interview invitation that says 'helaas kunnen we niet alle kandidaten uitnodigen'",
     text="""Hoi Sam,

Dank je wel voor je sollicitatie als Content Marketing Lead bij Grachtwerk! We kregen ruim 200 reacties en helaas kunnen we niet alle kandidaten uitnodigen, maar jouw profiel sprong er voor ons echt uit.

We nodigen je daarom graag uit voor een kennismakingsgesprek van 45 minuten met Sanne (Head of Marketing) en Ruben (Content).

Kies hieronder een moment dat je uitkomt:

[[Plan je gesprek in]]

Tot snel!
Sanne Visser
Grachtwerk""",
     button="Kies een tijdslot"),

dict(slug="molenaar-recruitee-ontvangst-ook-nee", day="2026-11-06", label="other", cat="ack-received", lang="nl", country="NL",
     style="ats", vendor="recruitee", brand="Molenaar & Zonen", headers=NR,
     frm="Molenaar & Zonen <no-reply@mail.recruitee.com>",
     subject="Bevestiging van je sollicitatie - Marketing Manager",
     notes="acknowledgement hedging: 'ook als het antwoord nee is'; 'afwijzing' word",
     text="""Beste Sam,

Bedankt voor je sollicitatie op de vacature Marketing Manager bij Molenaar & Zonen. We hebben je cv en motivatie in goede orde ontvangen.

Wat kun je van ons verwachten? We bekijken alle sollicitaties na het sluiten van de vacature op 20 november. Binnen twee weken daarna hoor je van ons, ook als het antwoord nee is: niemand krijgt bij ons een standaard afwijzing zonder toelichting.

Met vriendelijke groet,
Team HR Molenaar & Zonen"""),

dict(slug="calder-recruitee-kandidaat-afgewezen", label="other", cat="owner-hiring", lang="nl", country="NL",
     style="ats", vendor="recruitee", brand="Calder Street Media", headers=NR,
     frm="Recruitee <notifications@mail.recruitee.com>",
     subject="Kandidaat afgewezen: Daan de Wit - Data Analist (Amsterdam)",
     notes="HR-system notice about Sam's own vacancy; Sam is the hiring manager",
     text="""Hoi Sam,

Lotte Jansen heeft een kandidaat in jouw vacature verplaatst naar de fase Afgewezen.

{table}

De afwijzingsmail is automatisch verstuurd met de template "Afwijzing na eerste gesprek".

[[Bekijk de pipeline]]

Je ontvangt deze melding omdat je hiring manager bent voor deze vacature. Meldingen aanpassen in je [[instellingen]].""",
     table=[("Kandidaat", "Daan de Wit"), ("Vacature", "Data Analist (Amsterdam)"), ("Fase", "Afgewezen"),
            ("Reden", "Onvoldoende ervaring met SQL"), ("Door", "Lotte Jansen")]),

dict(slug="stimuleringsfonds-aanvraag-afgewezen", label="other", cat="non-job-rejection", lang="nl", country="NL",
     style="personal", frm="Karin Smit <k.smit@fondslokalemedia.example>",
     subject="Uw aanvraag Open Oproep Media 2026 - besluit",
     notes="grant application declined; 'aanvraag niet gehonoreerd', 'afgewezen'",
     text="""Beste Sam Taylor,

Hierbij ontvangt u het besluit op uw aanvraag voor het project "Lokale Luistercijfers" in het kader van de Open Oproep Media 2026.

De adviescommissie heeft uw aanvraag met belangstelling gelezen. Gezien het grote aantal aanvragen en het beperkte budget is uw aanvraag helaas niet gehonoreerd. De commissie vond het plan sympathiek, maar miste een duidelijke verankering bij lokale omroepen.

Het formele besluit vindt u als bijlage in het aanvraagportaal. U kunt binnen zes weken bezwaar maken.

Met vriendelijke groet,

Karin Smit
Programmamedewerker Media
Fonds Lokale Media
070 000 11 22"""),

dict(slug="flemish-recruiter-ingevuld-nieuwe-rollen", label="other", cat="recruiter-outreach", lang="nl", country="BE",
     style="personal", frm="Elke Peeters <elke.peeters@talentbrug.example>",
     subject="Twee nieuwe marketingrollen in Gent",
     notes="recruiter pitch; mentions a role Sam declined to pursue was filled",
     text="""Dag Sam,

We spraken elkaar in juni kort over de rol van Marketing Lead bij Bakkerij Gentse Hoeve; je liet toen weten dat de timing niet goed was, en die functie is ondertussen ingevuld.

Ik heb nu twee nieuwe opdrachten die volgens mij beter bij je passen:

- Head of Brand bij een scale-up in de energiesector (Gent, hybride)
- Product Marketing Manager bij een SaaS-bedrijf in de logistiek (Antwerpen / remote)

Heb je deze week tijd voor een korte call? Dan vertel ik je er graag meer over.

Vriendelijke groeten,
Elke Peeters
Talentbrug | Executive & Marketing Search
+32 9 000 44 55"""),

dict(slug="noorderlicht-aanbod-lastige-keuze", label="other", cat="offer", lang="nl", country="NL",
     style="personal", frm="Thomas Mulder <thomas@noorderlicht.example>", client_html=True,
     subject="Goed nieuws: aanbod Product Marketing Manager",
     notes="job offer that opens with having had to disappoint someone (not Sam)",
     text="""Hoi Sam,

Het was een lastige keuze tussen twee sterke kandidaten, en helaas moeten we vandaag iemand teleurstellen. Gelukkig ben jij dat niet: we willen je graag de functie van Product Marketing Manager bij Noorderlicht aanbieden!

In de bijlage vind je het aanbod: 32 uur of 40 uur, salaris, leaseregeling en de startdatum 1 februari. Laat je ons voor vrijdag weten wat je ervan vindt? Bellen mag altijd.

Hartelijke groet,
Thomas Mulder
CEO Noorderlicht
06 0000 7781""",
     attach=[("Aanbod_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% aanbod placeholder\n%%EOF\n")]),
]
