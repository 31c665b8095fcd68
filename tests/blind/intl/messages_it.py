"""Italian messages (Italy, Ticino): 10 rejections, 10 hard negatives."""
LANG = "it"

MESSAGES = [
    # ---------------------------------------------------------------- rejections, ATS style
    dict(
        slug="smartrecruiters-fasi-successive", label="rejection", cat="ats-automated", style="ats",
        vendor="smartrecruiters", company="Vetreria Lagunare",
        frm="Vetreria Lagunare <noreply@smartrecruiters.com>",
        subject="La Sua candidatura per Product Marketing Manager",
        text="""
            Gentile Sam Taylor,

            La ringraziamo per l'interesse dimostrato nei confronti di Vetreria Lagunare e per aver inviato la Sua candidatura per la posizione di Product Marketing Manager.

            Dopo un'attenta valutazione, desideriamo informarLa che la Sua candidatura non è stata selezionata per le fasi successive del processo. Abbiamo privilegiato profili con un'esperienza più specifica nel settore del design d'interni.

            Per qualsiasi chiarimento può scrivere a selezione@vetreria-lagunare.example.

            Cordiali saluti,
            Ufficio Risorse Umane
            """,
        legal="Vetreria Lagunare S.p.A. · Fondamenta dei Vetrai 12, 30141 Murano (VE) · P.IVA 01234560279",
        exp=("selezione@vetreria-lagunare.example", "", "Vetreria Lagunare", "Product Marketing Manager"),
        notes="smartrecruiters; Lei (capitalised InformarLa); team address in body",
    ),
    dict(
        slug="workday-posizione-coperta", label="rejection", cat="status-portal", style="ats",
        vendor="workday", company="Assicurazioni Tirrenia",
        frm="Assicurazioni Tirrenia <tirrenia@myworkday.com>",
        subject="Aggiornamento sulla tua candidatura",
        text="""
            Ciao Sam,

            c'è un aggiornamento nella tua area candidato.

            {table}

            Grazie per aver considerato Assicurazioni Tirrenia. Ti invitiamo a dare un'occhiata alle altre posizioni aperte.

            [Vai all'area candidato](track)
            """,
        table=[("Posizione", "Brand Manager Senior – Linea Vita"), ("ID annuncio", "R-44871"),
               ("Stato", "La posizione è stata coperta")],
        cte="base64", html_only=True,
        legal="Assicurazioni Tirrenia S.p.A. · Sede legale Genova · Iscritta all'Albo delle imprese IVASS n. 1.00999",
        exp=("", "", "Assicurazioni Tirrenia", "Brand Manager Senior – Linea Vita"),
        notes="workday; HTML-only base64; verdict only in a table cell ('La posizione è stata coperta'); no person",
    ),
    dict(
        slug="greenhouse-altro-profilo-tu", label="rejection", cat="personal-after-interview", style="ats",
        vendor="greenhouse", company="Pizzeria Lab",
        frm="Pizzeria Lab <no-reply@us.greenhouse-mail.io>",
        reply_to="Giulia Ferraris <giulia.ferraris@pizzerialab.example>",
        subject="Il tuo percorso con Pizzeria Lab",
        text="""
            Ciao Sam,

            grazie davvero per il tempo che hai dedicato a conoscerci: i colloqui con Matteo e Sara e la presentazione sul rilancio del brand ci hanno fatto discutere a lungo.

            Alla fine abbiamo scelto di andare avanti con un altro profilo per il ruolo di Head of Growth, una persona che ha già gestito l'apertura di punti vendita in franchising all'estero. È stata una scelta sofferta.

            Se ti va, rispondi a questa mail e ci sentiamo per un feedback più dettagliato.

            A presto,
            Giulia
            People & Culture
            """,
        legal="Pizzeria Lab S.r.l. · Via Tortona 31, 20144 Milano",
        exp=("giulia.ferraris@pizzerialab.example", "Giulia", "Pizzeria Lab", "Head of Growth"),
        notes="greenhouse; tu; 'abbiamo scelto di andare avanti con un altro profilo'; Reply-To a person",
    ),
    dict(
        slug="teamtailor-ruolo-sospeso", label="rejection", cat="role-cancelled", style="ats",
        vendor="teamtailor", company="Oleificio Santa Lucia",
        frm="Oleificio Santa Lucia <santalucia@teamtailor-mail.com>",
        reply_to="Francesca Greco <francesca.greco@oleificio-santalucia.example>",
        subject="Aggiornamento sulla posizione di Export Marketing Manager",
        text="""
            Gentile Sam,

            Le scriviamo in merito alla posizione di Export Marketing Manager per la quale Lei è stata/o contattata/o nelle scorse settimane.

            A seguito di una revisione del piano industriale, la ricerca è stata sospesa a tempo indeterminato. Chiudiamo pertanto tutte le candidature in corso, compresa la Sua, con nostro sincero rammarico.

            Cordialmente,
            Francesca Greco
            HR Manager
            """,
        legal="Oleificio Santa Lucia S.r.l. · Bitonto (BA)",
        exp=("francesca.greco@oleificio-santalucia.example", "Francesca", "Oleificio Santa Lucia", "Export Marketing Manager"),
        notes="teamtailor; search suspended indefinitely (role on hold); Reply-To a person",
    ),
    dict(
        slug="inrecruiting-non-in-linea", label="rejection", cat="keep-on-file", style="ats",
        vendor="inrecruiting", company="Gruppo Dolomiti Energia Alpina",
        frm="Gruppo Dolomiti Energia Alpina <noreply@inrecruiting.example>",
        subject="Esito della selezione – Rif. MKT/26/14",
        text="""
            Gentile candidata/candidato,

            La ringraziamo per aver partecipato alla selezione per il ruolo di Specialista Marketing di Prodotto (Rif. MKT/26/14).

            Al termine della valutazione, il Suo profilo non è risultato in linea con i requisiti richiesti per questa specifica posizione. Il Suo curriculum resterà comunque nel nostro database per 24 mesi e verrà preso in considerazione per eventuali future opportunità.

            Cordiali saluti,
            Direzione Risorse Umane
            """,
        legal="Gruppo Dolomiti Energia Alpina S.p.A. · Trento · Capitale sociale € 411.496.169",
        exp=("", "", "Gruppo Dolomiti Energia Alpina", "Specialista Marketing di Prodotto"),
        notes="inrecruiting-style; impersonal greeting; 'non è risultato in linea'; CV kept on file; no human",
    ),
    # ---------------------------------------------------------------- rejections, personal
    dict(
        slug="scelta-caduta-lei", label="rejection", cat="personal-after-interview", style="personal",
        frm="Dott. Lorenzo Bassi <lorenzo.bassi@cartiere-adriatiche.example>",
        subject="Colloquio del 14 ottobre – Responsabile Marketing",
        text="""
            Gentile Sam Taylor,

            desidero ringraziarLa ancora per il colloquio di martedì scorso e per la disponibilità a venire fino ad Ancona.

            Dopo aver incontrato tutti i candidati della rosa finale, la nostra scelta per il ruolo di Responsabile Marketing è caduta su un'altra persona, che conosce già a fondo il mercato della carta per l'imballaggio. Capirà che per noi, in questa fase, è un aspetto difficile da compensare.

            Le auguro ogni bene per il Suo percorso professionale.

            Cordiali saluti,

            Dott. Lorenzo Bassi
            Direttore Commerciale
            Cartiere Adriatiche S.p.A.
            Tel. +39 071 555 8821
            """,
        html=True, cte="quoted-printable",
        exp=("lorenzo.bassi@cartiere-adriatiche.example", "Lorenzo", "Cartiere Adriatiche S.p.A.", "Responsabile Marketing"),
        notes="Lei; 'la nostra scelta ... è caduta su un'altra persona'; Outlook HTML alternative; title Dott.",
    ),
    dict(
        slug="startup-milano-tu", label="rejection", cat="personal-after-interview", style="personal",
        frm="Andrea Colombo <andrea@bicibella.example>",
        subject="Com'è andata",
        text="""
            Ciao Sam,

            ti scrivo io direttamente, mi sembrava giusto dopo tutte le chiacchierate.

            Ci abbiamo pensato parecchio, ma per il ruolo di Marketing Lead prendiamo una persona che viene dal mondo e-commerce e ha già lavorato con budget media molto più grandi dei nostri. Per quello che dobbiamo fare nel 2027 ci serve esattamente quello.

            Mi dispiace sul serio. Se passi da Milano offro io lo spritz.

            Andrea
            CEO & co-founder, BiciBella
            +39 347 555 1209
            """,
        exp=("andrea@bicibella.example", "Andrea", "BiciBella", "Marketing Lead"),
        notes="tu; founder; indirect ('prendiamo una persona che ...')",
    ),
    dict(
        slug="secco-non-procediamo", label="rejection", cat="terse", style="personal",
        frm="Chiara Fontana <chiara.fontana@studiofontana.example>",
        subject="R: Candidatura Brand Specialist",
        parent=True,
        text="""
            Buongiorno Sam,

            grazie della disponibilità, ma non procediamo con la Sua candidatura per Brand Specialist.

            Saluti,
            Chiara Fontana

            Inviato da Outlook per Android
            """,
        exp=("chiara.fontana@studiofontana.example", "Chiara", "", "Brand Specialist"),
        notes="terse; 'R:' subject prefix; mobile signature",
    ),
    dict(
        slug="head-hunter-cliente-torino", label="rejection", cat="agency", style="personal",
        frm="Paolo Ricci <p.ricci@ricci-executive.example>",
        subject="Riscontro dal cliente – Officine Meccaniche Sabaude",
        text="""
            Ciao Sam,

            ho appena sentito il mio cliente, Officine Meccaniche Sabaude, dopo il tuo incontro con l'amministratore delegato.

            Ti hanno trovato brillante, ma hanno deciso di non proseguire con te per la posizione di Marketing & Communication Manager: vogliono puntare su qualcuno che abbia già lavorato nel B2B industriale in Italia.

            Mi spiace molto, ci credevo. Ti chiamo nei prossimi giorni, ho un paio di ricerche aperte che potrebbero interessarti.

            Un caro saluto,
            Paolo Ricci
            Partner, Ricci Executive Search
            +39 011 555 2297
            """,
        exp=("p.ricci@ricci-executive.example", "Paolo", "Officine Meccaniche Sabaude", "Marketing & Communication Manager"),
        notes="headhunter relays the named client (company = client)",
    ),
    dict(
        slug="risposta-a-sollecito", label="rejection", cat="reply-to-owner-nudge", style="personal",
        frm="Valentina Russo <valentina.russo@ticino-pharma.example>",
        subject="Re: Sollecito – candidatura Product Marketing Specialist",
        parent=True,
        tz=60,
        text="""
            Buongiorno Sam,

            mi scuso per il ritardo nella risposta.

            La selezione per Product Marketing Specialist si è conclusa la settimana scorsa e, purtroppo, non a Suo favore: la direzione ha preferito una candidata già attiva nel mercato svizzero.

            La ringrazio per la pazienza e Le porgo i miei migliori saluti.

            Valentina Russo
            Talent Acquisition, Ticino Pharma SA
            Lugano
            """,
        quote=("Il giorno lun 2 nov 2026 alle ore 08:30 Sam Taylor <sam.taylor@example.org> ha scritto:", """
            Gentile Valentina,

            mi permetto di scriverLe per sapere se ci sono novità sulla mia candidatura.

            Cordiali saluti,
            Sam Taylor
            """),
        exp=("valentina.russo@ticino-pharma.example", "Valentina", "Ticino Pharma SA", "Product Marketing Specialist"),
        notes="Ticino; reply to the owner's nudge; 'non a Suo favore'",
    ),
    # ---------------------------------------------------------------- other, ATS style
    dict(
        slug="ack-qualora-in-linea", label="other", cat="ack-hedging", style="ats",
        vendor="inrecruiting", company="Banca Popolare Euganea",
        frm="Banca Popolare Euganea <noreply@inrecruiting.example>",
        subject="Conferma ricezione candidatura",
        text="""
            Gentile Sam Taylor,

            Le confermiamo di aver ricevuto la Sua candidatura per la posizione di Marketing Specialist – Canali Digitali.

            Qualora il Suo profilo risultasse in linea con le nostre esigenze, sarà ricontattata/o dal nostro ufficio selezione. In caso contrario, il Suo curriculum sarà conservato nel nostro archivio nel rispetto della normativa sulla privacy.

            Cordiali saluti,
            Ufficio Selezione
            """,
        notes="inrecruiting-style; hedging acknowledgement ('In caso contrario ...'); nothing decided",
    ),
    dict(
        slug="invito-colloquio", label="other", cat="interview-invite", style="ats",
        vendor="smartrecruiters", company="Caffè Vesuvio",
        frm="Caffè Vesuvio <noreply@smartrecruiters.com>",
        reply_to="Marco Esposito <marco.esposito@caffevesuvio.example>",
        subject="Invito a colloquio – Brand Manager",
        text="""
            Ciao Sam,

            il tuo profilo ci è piaciuto molto e vorremmo conoscerti meglio per la posizione di Brand Manager.

            Ti proponiamo un primo colloquio conoscitivo in videochiamata di circa 40 minuti. Scegli tu lo slot più comodo dal calendario qui sotto.

            [Prenota il colloquio](track)

            A presto,
            Marco Esposito
            Talent Acquisition
            """,
        notes="smartrecruiters; interview invitation",
    ),
    dict(
        slug="stato-in-valutazione", label="other", cat="status-update", style="ats",
        vendor="workday", company="Ferrovie Regionali Padane",
        frm="Ferrovie Regionali Padane <frp@myworkday.com>",
        subject="Stato della candidatura",
        text="""
            Gentile Sam Taylor,

            La informiamo che la Sua candidatura è attualmente in valutazione.

            {table}

            Riceverà una comunicazione sull'esito in ogni caso, positivo o negativo.

            Selezione e Sviluppo
            """,
        table=[("Posizione", "Responsabile Comunicazione Commerciale"), ("Stato", "In valutazione"),
               ("Fase", "Screening curricula")],
        notes="workday; status update ('in valutazione')",
    ),
    dict(
        slug="borsa-non-ammessa", label="other", cat="non-job-rejection", style="ats",
        vendor="portal", company="Fondazione Bertolini per la Formazione",
        frm="Fondazione Bertolini <bandi@fondazione-bertolini.example>",
        subject="Esito bando Borse di studio Master 2027",
        text="""
            Gentile Sam Taylor,

            La informiamo che la commissione ha concluso la valutazione delle domande pervenute per il bando «Borse di studio Master 2027».

            {table}

            La graduatoria completa è consultabile nell'area riservata.

            [Accedi all'area riservata](track)
            """,
        table=[("Domanda n.", "2027-0413"), ("Punteggio", "61/100"),
               ("Esito", "Non ammessa/o al finanziamento – punteggio inferiore alla soglia")],
        legal="Fondazione Bertolini per la Formazione · Bologna · C.F. 91234560372",
        notes="scholarship not awarded (non-job); verdict in a table",
    ),
    dict(
        slug="newsletter-scartati", label="other", cat="newsletter", style="ats",
        vendor="newsletter", company="CarrieraOggi",
        frm="CarrieraOggi <newsletter@carrieraoggi.example>",
        subject="Perché il tuo CV viene scartato (e 6 nuove offerte per te)",
        headers={"List-Unsubscribe": "<https://click.example/u/co-1188>", "Precedence": "bulk"},
        noreply=False,
        text="""
            Ciao Sam,

            il 75% dei curricula viene scartato prima ancora di arrivare a un selezionatore. Nella newsletter di questa settimana una head hunter spiega come superare il filtro dei software di selezione e cosa rispondere quando arriva un «no».

            [Leggi l'articolo](track)

            Nuove offerte per «Marketing di prodotto – Milano»: 6.

            [Vedi le offerte](track)
            """,
        legal="CarrieraOggi S.r.l. · Milano · Ricevi questa email perché sei iscritto alla newsletter.",
        notes="newsletter about discarded CVs; List-Unsubscribe",
    ),
    # ---------------------------------------------------------------- other, personal
    dict(
        slug="collega-rosa-finale", label="other", cat="owner-is-hiring-manager", style="personal",
        frm="Elisa Marchetti <elisa.marchetti@example.org>",
        subject="Rosa finale stagista marketing",
        text="""
            Ciao Sam,

            dopo i colloqui di ieri io terrei Davide e scarterei gli altri due. Federica mi è sembrata poco preparata sul caso, Tommaso invece bravo ma chiede un part-time che non possiamo dare.

            Se sei d'accordo preparo io le mail di risposta negativa, così le mandi tu da HR. Fammi sapere entro giovedì.

            Elisa
            """,
        notes="colleague at the owner's company about turning down the owner's candidates",
    ),
    dict(
        slug="spostare-colloquio", label="other", cat="reschedule", style="personal",
        frm="Roberta Galli <roberta.galli@lanificio-biellese.example>",
        subject="Spostamento colloquio di venerdì",
        text="""
            Gentile Sam,

            purtroppo il nostro direttore marketing ha avuto un imprevisto e dobbiamo annullare il colloquio di venerdì alle 11. La posizione di Brand Manager resta naturalmente aperta e siamo molto interessati al Suo profilo.

            Le andrebbe bene martedì 10 novembre alle 15 oppure mercoledì alle 9:30?

            Un cordiale saluto,
            Roberta Galli
            Ufficio Personale – Lanificio Biellese
            """,
        notes="interview slot cancelled and moved; role still open",
    ),
    dict(
        slug="proposta-assunzione", label="other", cat="offer", style="personal",
        frm="Stefano Moretti <stefano.moretti@cantina-moretti.example>",
        subject="Proposta di assunzione",
        text="""
            Gentile Sam,

            sono lieto di comunicarLe che abbiamo deciso di offrirLe il ruolo di Marketing Manager presso Cantina Moretti.

            In allegato trova la lettera con le condizioni: contratto a tempo indeterminato, CCNL Industria Alimentare, RAL di 52.000 euro, inizio previsto il 1° febbraio 2027. Resto a disposizione per qualsiasi domanda.

            Un caro saluto,
            Stefano Moretti
            Amministratore
            """,
        attach=[("application", "pdf", "Proposta_assunzione_Taylor.pdf",
                 b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")],
        notes="offer with a PDF letter; multipart/mixed",
    ),
    dict(
        slug="circolo-vela-non-accolta", label="other", cat="non-job-rejection", style="personal",
        frm="Segreteria Circolo Velico Sirmione <segreteria@cvsirmione.example>",
        subject="Domanda di ammissione a socio",
        text="""
            Gentile Sam Taylor,

            il Consiglio Direttivo, nella seduta del 28 ottobre, ha esaminato la Sua domanda di ammissione a socio ordinario.

            Siamo spiacenti di comunicarLe che la domanda non è stata accolta per quest'anno, poiché il numero massimo di posti barca è già stato raggiunto. La Sua domanda resta in lista d'attesa per la stagione 2028.

            Cordiali saluti,
            La Segreteria
            """,
        notes="sailing club membership not accepted (non-job)",
    ),
    dict(
        slug="recruiter-coperta-nuove", label="other", cat="recruiter-filled-pitch", style="personal",
        frm="Simona Bruno <simona.bruno@talentlink-italia.example>",
        subject="Novità e due nuove posizioni",
        text="""
            Ciao Sam,

            ti aggiorno: la posizione nel fashion di cui avevamo parlato a luglio è stata coperta, e alla fine avevi fatto bene a non candidarti, il ruolo era molto più operativo di quanto sembrasse.

            Ora però ho due mandati nuovi che mi sembrano perfetti per te: Head of Product Marketing in una scale-up fintech a Milano e Brand Director per un gruppo del food a Parma.

            Ti va una call giovedì?

            Simona Bruno
            TalentLink Italia
            """,
        notes="recruiter: old role filled (owner never applied); pitches new ones",
    ),
]
