"""Dutch messages (Netherlands, Flanders): 10 rejections, 10 hard negatives."""
LANG = "nl"

MESSAGES = [
    # ---------------------------------------------------------------- rejections, ATS style
    dict(
        slug="recruitee-zorgvuldige-afweging", label="rejection", cat="ats-automated", style="ats",
        vendor="recruitee", company="Polderstroom",
        frm="Polderstroom <polderstroom@mail.recruitee.com>",
        subject="Je sollicitatie bij Polderstroom",
        text="""
            Hoi Sam,

            Bedankt voor je sollicitatie op de functie Product Marketeer en de moeite die je in je motivatie hebt gestoken.

            We hebben alle reacties naast het profiel gelegd. Na zorgvuldige afweging nemen we je sollicitatie niet verder in behandeling: voor deze rol zoeken we iemand met meer ervaring in de Nederlandse energiemarkt.

            Heb je vragen over deze beslissing? Mail dan gerust naar Femke via femke.dekker@polderstroom.example.

            Veel succes met je zoektocht!

            Team Polderstroom
            """,
        legal="Polderstroom B.V. · Stationsplein 45, 3511 ED Utrecht · KvK 71203344",
        exp=("femke.dekker@polderstroom.example", "Femke", "Polderstroom", "Product Marketeer"),
        notes="recruitee; je; 'nemen we je sollicitatie niet verder in behandeling'; recruiter address in body",
    ),
    dict(
        slug="workday-vacature-ingevuld", label="rejection", cat="ats-automated", style="ats",
        vendor="workday", company="Koninklijke Veenhoven",
        frm="Koninklijke Veenhoven <veenhoven@myworkday.com>",
        subject="Uw sollicitatie – Senior Brand Manager (JR-30912)",
        text="""
            Geachte Sam Taylor,

            Hartelijk dank voor uw interesse in Koninklijke Veenhoven en uw sollicitatie naar de functie Senior Brand Manager (JR-30912).

            Wij laten u weten dat de vacature inmiddels is ingevuld. Uw gegevens worden conform ons privacybeleid vier weken na afronding van de procedure verwijderd.

            Met vriendelijke groet,
            Talent Acquisition Koninklijke Veenhoven
            """,
        legal="Koninklijke Veenhoven N.V. · Amsterdam · KvK 33001122",
        exp=("", "", "Koninklijke Veenhoven", "Senior Brand Manager"),
        notes="workday; u; 'de vacature inmiddels is ingevuld'; no human",
    ),
    dict(
        slug="teamtailor-vlaams-kandidaat", label="rejection", cat="personal-after-interview", style="ats",
        vendor="teamtailor", company="Brouwerij De Kroonduif",
        frm="Brouwerij De Kroonduif <kroonduif@teamtailor-mail.com>",
        reply_to="Wout Verhaegen <wout.verhaegen@kroonduif.example>",
        subject="Jouw sollicitatie als Brand Manager",
        text="""
            Dag Sam,

            Eerst en vooral bedankt voor de fijne gesprekken in Mechelen en voor je uitgewerkte merkplan.

            We hebben uiteindelijk gekozen voor een kandidaat die al jaren in de horeca-afzet werkt en het Belgische cafénetwerk kent als zijn broekzak. Voor de functie van Brand Manager is dat voor ons doorslaggevend geweest.

            Ik had je graag beter nieuws gebracht. Mocht je feedback willen, dan bel ik je met plezier op.

            Met vriendelijke groeten,
            Wout Verhaegen
            HR & Talent
            """,
        legal="Brouwerij De Kroonduif NV · Mechelen · BTW BE 0412.345.678",
        exp=("wout.verhaegen@kroonduif.example", "Wout", "Brouwerij De Kroonduif", "Brand Manager"),
        notes="teamtailor; Flemish ('Eerst en vooral', 'Dag Sam'); Reply-To a person",
    ),
    dict(
        slug="ats-talentpool-bewaren", label="rejection", cat="keep-on-file", style="ats",
        vendor="smartrecruiters", company="Fietsfabriek Oranje",
        frm="Fietsfabriek Oranje <noreply@smartrecruiters.com>",
        subject="Update over je sollicitatie: Growth Marketing Manager",
        text="""
            Hoi Sam,

            Dank je wel voor je interesse in Fietsfabriek Oranje.

            Voor de functie Growth Marketing Manager ben je helaas niet doorgegaan naar de gespreksronde. Je profiel sprak ons wel aan, dus we bewaren je gegevens graag nog een jaar in onze talentpool, als je dat goedvindt.

            [Ja, bewaar mijn gegevens](track)

            Groeten,
            Recruitmentteam Fietsfabriek Oranje
            recruitment@fietsfabriek-oranje.example
            """,
        legal="Fietsfabriek Oranje B.V. · Zwolle",
        exp=("recruitment@fietsfabriek-oranje.example", "", "Fietsfabriek Oranje", "Growth Marketing Manager"),
        notes="smartrecruiters; CV screen; talent pool consent link; team address in body",
    ),
    dict(
        slug="vacature-ingetrokken", label="rejection", cat="role-cancelled", style="ats",
        vendor="recruitee", company="Zeeland Zorgverzekeraar",
        frm="Zeeland Zorgverzekeraar <zzv@mail.recruitee.com>",
        reply_to="Afdeling HR Zeeland Zorgverzekeraar <hr@zeeland-zorg.example>",
        subject="Vacature Marketing Manager Particulier ingetrokken",
        text="""
            Beste Sam,

            Je solliciteerde onlangs op de vacature Marketing Manager Particulier. Door een besluit van de raad van bestuur over de begroting van 2027 is deze vacature ingetrokken.

            Dat betekent dat we de procedure voor alle kandidaten stopzetten, ook die van jou. We vinden het jammer dat we je dit moeten melden, zeker omdat je al een eerste gesprek had gehad.

            Met hartelijke groet,
            Afdeling HR
            """,
        legal="Zeeland Zorgverzekeraar U.A. · Middelburg",
        exp=("hr@zeeland-zorg.example", "", "Zeeland Zorgverzekeraar", "Marketing Manager Particulier"),
        notes="recruitee; vacancy withdrawn (budget); team Reply-To",
    ),
    # ---------------------------------------------------------------- rejections, personal
    dict(
        slug="manager-iemand-anders", label="rejection", cat="personal-after-interview", style="personal",
        frm="Jeroen van Leeuwen <jeroen@grachtlabs.example>",
        subject="Product Marketing Lead",
        text="""
            Hoi Sam,

            Zoals beloofd laat ik je vóór het weekend weten hoe het zit.

            We hebben het met het hele team besproken en het wordt iemand anders. De doorslag gaf dat de andere kandidaat al eens een product in de Duitse markt heeft gelanceerd, en dat staat bij ons voor volgend jaar bovenaan. Voor de rol van Product Marketing Lead vond ik het een lastige keuze, dat meen ik.

            Als je er behoefte aan hebt, loop ik je feedback graag even met je door.

            Groet,
            Jeroen van Leeuwen
            Head of Product, Grachtlabs
            06 5551 2840
            """,
        exp=("jeroen@grachtlabs.example", "Jeroen", "Grachtlabs", "Product Marketing Lead"),
        notes="je; 'het wordt iemand anders' (indirect)",
    ),
    dict(
        slug="formeel-u-tot-onze-spijt", label="rejection", cat="personal-after-interview", style="personal",
        frm=("mr. drs. A.M. (Annemieke) Brouwer", "a.brouwer@notarissen-vanderhoek.example"),
        subject="Uw sollicitatie naar de functie van Marketing- en Communicatiemanager",
        text="""
            Geachte Sam Taylor,

            Graag dank ik u namens de selectiecommissie voor het gesprek van afgelopen dinsdag.

            De commissie heeft de kandidaten zorgvuldig met elkaar vergeleken. Tot onze spijt moet ik u berichten dat wij u niet voor de functie van Marketing- en Communicatiemanager zullen voordragen. Uw ervaring sluit minder goed aan bij de zakelijke dienstverlening dan die van de kandidaat aan wie wij de voorkeur geven.

            Ik wens u veel succes bij het vervolg van uw loopbaan.

            Hoogachtend,

            mr. drs. A.M. Brouwer
            Kantoordirecteur
            Van der Hoek Notarissen
            T 070 555 4411
            """,
        html=True, cte="quoted-printable",
        exp=("a.brouwer@notarissen-vanderhoek.example", "Annemieke", "Van der Hoek Notarissen", "Marketing- en Communicatiemanager"),
        notes="u; very formal (Hoogachtend); titles and initials, first name only in the display name",
    ),
    dict(
        slug="kort-andere-kandidaat", label="rejection", cat="terse", style="personal",
        frm="Bas Timmermans <bas@stroopwafelco.example>",
        subject="Re: Marketing Manager",
        charset="us-ascii", cte="7bit",
        parent=True,
        text="""
            Hoi Sam, we gaan voor een andere kandidaat. Dank voor je tijd en succes!

            Groet, Bas
            """,
        exp=("bas@stroopwafelco.example", "Bas", "", "Marketing Manager"),
        notes="terse; one line; us-ascii 7bit",
    ),
    dict(
        slug="werving-selectie-opdrachtgever", label="rejection", cat="agency", style="personal",
        frm="Sanne Kuipers <sanne.kuipers@kuipers-werving.example>",
        subject="Terugkoppeling Havenbedrijf Noordzee",
        text="""
            Hoi Sam,

            Ik heb net de terugkoppeling gekregen van mijn opdrachtgever, Havenbedrijf Noordzee.

            Ze waren positief over je presentatie, maar ze kiezen ervoor om niet met je door te gaan naar de tweede ronde voor de functie Manager Marketing & Communicatie. Ze zoeken toch iemand met meer ervaring in stakeholdermanagement met gemeenten en havenbedrijven.

            Balen, want ik had er echt vertrouwen in. Ik bel je deze week even om te kijken wat we verder kunnen doen.

            Hartelijke groet,
            Sanne Kuipers
            Kuipers Werving & Selectie
            06 5559 3318
            """,
        exp=("sanne.kuipers@kuipers-werving.example", "Sanne", "Havenbedrijf Noordzee", "Manager Marketing & Communicatie"),
        notes="agency relays the named client (company = client)",
    ),
    dict(
        slug="vacaturestop-on-hold", label="rejection", cat="role-cancelled", style="personal",
        frm="Ilse Mulder <ilse.mulder@deltadrukkerij.example>",
        subject="Stand van zaken vacature Online Marketeer",
        text="""
            Beste Sam,

            Helaas heb ik minder goed nieuws. Sinds vorige week geldt er bij ons een vacaturestop, en de vacature Online Marketeer staat daardoor voorlopig on hold. Wanneer we weer mogen werven, is op dit moment niet te zeggen.

            Daarom sluiten we jouw procedure nu af. Ik vind het vervelend, want je zat bij de laatste twee.

            Hartelijke groet,
            Ilse Mulder
            HR-adviseur · Delta Drukkerij
            """,
        exp=("ilse.mulder@deltadrukkerij.example", "Ilse", "Delta Drukkerij", "Online Marketeer"),
        notes="hiring freeze (on hold); 'sluiten we jouw procedure nu af'",
    ),
    # ---------------------------------------------------------------- other, ATS style
    dict(
        slug="ontvangst-mocht-je-niets-horen", label="other", cat="ack-hedging", style="ats",
        vendor="recruitee", company="Tulpenveld Media",
        frm="Tulpenveld Media <tulpenveld@mail.recruitee.com>",
        subject="We hebben je sollicitatie ontvangen!",
        text="""
            Hoi Sam,

            Super dat je wilt solliciteren op de functie Content Marketing Lead! We hebben je cv en motivatie in goede orde ontvangen.

            We bekijken alle sollicitaties na de sluitingsdatum van 15 november. Past je profiel bij wat we zoeken, dan nemen we vóór 1 december contact met je op. Als we besluiten je niet uit te nodigen, laten we je dat ook netjes weten.

            Groetjes,
            Team Tulpenveld
            """,
        notes="recruitee; hedging acknowledgement; nothing decided",
    ),
    dict(
        slug="uitnodiging-gesprek", label="other", cat="interview-invite", style="ats",
        vendor="teamtailor", company="Molenwiek Software",
        frm="Molenwiek Software <molenwiek@teamtailor-mail.com>",
        subject="Uitnodiging: kennismakingsgesprek Product Marketing Manager",
        text="""
            Hoi Sam,

            Leuk nieuws: we willen graag met je kennismaken voor de functie Product Marketing Manager!

            Het gesprek duurt ongeveer een uur en vindt plaats op ons kantoor in Eindhoven met Roos (Head of Marketing) en Daan (Product Lead). Kies hieronder een moment dat jou uitkomt.

            [Plan je gesprek](track)

            Tot snel!
            Team Molenwiek
            """,
        notes="teamtailor; interview invitation",
    ),
    dict(
        slug="andere-vacature-overgezet", label="other", cat="requisition-transfer", style="ats",
        vendor="workday", company="Rijnmond Logistiek",
        frm="Rijnmond Logistiek <rijnmond@myworkday.com>",
        subject="Je sollicitatie is gekoppeld aan een andere vacature",
        text="""
            Beste Sam,

            De vacature Marketing Manager Benelux (JR-7710) is gesloten omdat de functie is opgesplitst in twee rollen.

            Op basis van je profiel en ons telefoongesprek hebben we je sollicitatie gekoppeld aan de nieuwe vacature Product Marketing Manager Benelux (JR-7745). Je hoeft niets opnieuw in te sturen; je procedure loopt gewoon door.

            Met vriendelijke groet,
            Recruitment Rijnmond Logistiek
            """,
        notes="workday; requisition closed, application linked to a new one",
    ),
    dict(
        slug="woningportaal-niet-geselecteerd", label="other", cat="non-job-rejection", style="ats",
        vendor="portal", company="WoonPlein Utrecht",
        frm="WoonPlein Utrecht <noreply@woonplein-utrecht.example>",
        subject="Uitslag reactie: Twijnstraat 12-bis",
        text="""
            Beste Sam Taylor,

            Je hebt gereageerd op de woning Twijnstraat 12-bis, Utrecht.

            {table}

            Blijf reageren: elke week komen er nieuwe woningen bij.

            [Bekijk het aanbod](track)
            """,
        table=[("Uitslag", "Niet geselecteerd voor bezichtiging"), ("Jouw positie", "87 van 412"),
               ("Woning toegewezen aan", "kandidaat met langere inschrijfduur")],
        notes="housing portal: not selected for a viewing (non-job); verdict in a table",
    ),
    dict(
        slug="status-nog-in-behandeling", label="other", cat="status-update", style="ats",
        vendor="smartrecruiters", company="Hollandse Vlag Verzekeringen",
        frm="Hollandse Vlag Verzekeringen <noreply@smartrecruiters.com>",
        subject="Status van uw sollicitatie",
        text="""
            Geachte Sam Taylor,

            Wij willen u laten weten dat uw sollicitatie naar de functie Merkstrateeg nog in behandeling is. Door de vele reacties duurt de eerste selectie langer dan gepland.

            U ontvangt uiterlijk 20 november bericht over de uitkomst, ongeacht of deze positief of negatief is.

            Met vriendelijke groet,
            Team Recruitment
            """,
        notes="smartrecruiters; u; status update ('nog in behandeling')",
    ),
    # ---------------------------------------------------------------- other, personal
    dict(
        slug="collega-afwijzen-kandidaten", label="other", cat="owner-is-hiring-manager", style="personal",
        frm="Thijs Bakker <thijs.bakker@example.org>",
        subject="Kandidaten Marketing Stagiair",
        text="""
            Hey Sam,

            Ik heb de drie gesprekken van vandaag teruggeluisterd. Mijn voorstel: we wijzen Noor en Sven af, en nodigen Lotte uit voor de tweede ronde. Noor was sympathiek, maar had echt te weinig kennis van B2B.

            Wil jij de afwijzingen sturen of zal ik het doen? Ik zou het voor Noor persoonlijk houden, ze heeft veel tijd in de opdracht gestoken.

            Thijs
            """,
        notes="colleague at the owner's company about rejecting candidates",
    ),
    dict(
        slug="afwezigheidsmelding", label="other", cat="auto-reply", style="personal",
        frm="Femke Dekker <femke.dekker@polderstroom.example>",
        subject="Automatisch antwoord: Vraag over mijn sollicitatie",
        headers={"Auto-Submitted": "auto-replied"},
        text="""
            Bedankt voor je bericht. Ik ben tot en met 6 november met verlof en lees mijn mail niet.

            Voor vragen over lopende sollicitaties kun je terecht bij recruitment@polderstroom.example.

            Groet,
            Femke
            """,
        notes="auto-reply from a recruiter of a company that also rejected the owner",
    ),
    dict(
        slug="recruiter-ingevuld-nieuwe-rollen", label="other", cat="recruiter-filled-pitch", style="personal",
        frm="Mark Visser <mark.visser@oranjetalent.example>",
        subject="Nieuwe kansen",
        text="""
            Hoi Sam,

            Even een update: de rol bij die fintech in Amsterdam waar we het in augustus over hadden, is inmiddels ingevuld. Jij had toen nog geen interesse, dus geen gemiste kans.

            Ik heb nu wel twee opdrachten die beter passen:
            - Head of Product Marketing bij een SaaS-scale-up in Rotterdam
            - Brand Lead bij een duurzaam modemerk in Amsterdam

            Zullen we volgende week even bellen?

            Groet,
            Mark Visser
            Oranje Talent
            """,
        notes="recruiter: old role filled (owner never applied); pitches new ones",
    ),
    dict(
        slug="aanbod-arbeidsvoorwaarden", label="other", cat="offer", style="personal",
        frm="Eva de Graaf <eva.degraaf@kanaalzicht.example>",
        subject="Aanbod: Product Marketing Manager bij Kanaalzicht",
        text="""
            Beste Sam,

            Wat fijn om je te laten weten dat we je graag aannemen als Product Marketing Manager bij Kanaalzicht!

            In de bijlage vind je het aanbod: € 5.400 bruto per maand, 8% vakantiegeld, 27 vakantiedagen en een contract voor een jaar met uitzicht op vast. We horen graag vóór 6 november of je akkoord bent.

            Hartelijke groet,
            Eva de Graaf
            HR Business Partner
            """,
        notes="offer",
    ),
    dict(
        slug="uitnodiging-na-eigen-vraag", label="other", cat="interview-after-owner-asked", style="personal",
        frm="Pieter Smit <pieter.smit@duinzicht-hotels.example>",
        subject="Re: Hebben jullie al voor iemand anders gekozen?",
        parent=True,
        text="""
            Hoi Sam,

            Nee hoor, zeker niet! Excuses voor de stilte, onze directeur was twee weken op vakantie.

            We willen je graag uitnodigen voor een tweede gesprek over de functie Marketing Manager, volgende week woensdag om 10.00 uur in Noordwijk. Lukt dat?

            Groet,
            Pieter
            """,
        quote=("Op di 27 okt 2026 om 08:55 schreef Sam Taylor <sam.taylor@example.org>:", """
            Hoi Pieter,

            Ik heb al een tijdje niets gehoord. Hebben jullie al voor iemand anders gekozen? Dan hoor ik het graag, ook als het nee is.

            Groet, Sam
            """),
        notes="interview invitation answering the owner's own 'have you chosen someone else?'",
    ),
]
