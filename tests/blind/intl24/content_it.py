"""Italian messages (Italy, Ticino): 8 rejections, 8 hard negatives."""
LANG = "it"
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
    # ---------------- rejections: ATS ----------------
    dict(slug="infojobs-it-ferri-non-selezionata", label="rejection", cat="job-board-status", style="ats", country="IT",
         vendor="infojobs_it", brand="Gruppo Alimentare Ferri", headers=BULK,
         frm="InfoJobs Italia <noreply@infojobs.it.example>",
         subject="Aggiornamento sulla tua candidatura - Product Marketing Specialist",
         text="""Ciao Sam,

ti informiamo che Gruppo Alimentare Ferri ha concluso la valutazione della tua candidatura per l'offerta Product Marketing Specialist (Parma).

{table}

L'azienda ha ritenuto che altri profili fossero più in linea con le esigenze della posizione. Non scoraggiarti: abbiamo selezionato per te nuove offerte compatibili con il tuo CV.

[[Vedi le offerte]]""",
         table=[("Offerta", "Product Marketing Specialist"), ("Azienda", "Gruppo Alimentare Ferri"),
                ("Stato", "Candidatura non selezionata")],
         exp=("", "", "Gruppo Alimentare Ferri", "Product Marketing Specialist"),
         notes="infojobs italia status table; bulk headers"),
    dict(slug="inpa-valdoria-non-ammesso-orale", label="rejection", cat="public-sector", style="ats", country="IT",
         vendor="inpa", brand="Comune di Valdoria", headers=AUTO, auto_plain=True,
         frm="Portale inPA <noreply@inpa.gov.it.example>",
         subject="Comune di Valdoria - Esito valutazione - Concorso n. 1 Funzionario esperto in comunicazione digitale",
         text="""Gentile candidato/a SAM TAYLOR,

con riferimento al concorso pubblico, per titoli ed esami, per la copertura di n. 1 posto di Funzionario esperto in comunicazione digitale (Area dei Funzionari e dell'Elevata Qualificazione) presso il Comune di Valdoria, si comunica che la Commissione esaminatrice ha concluso la correzione della prova scritta.

{table}

Non avendo conseguito il punteggio minimo di 21/30, la S.V. non è ammessa alla prova orale. Gli esiti completi sono pubblicati nell'Albo Pretorio on line dell'Ente e nella sezione "Amministrazione trasparente".

Avverso il presente provvedimento è ammesso ricorso al TAR entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.

Il Responsabile del procedimento
Servizio Risorse Umane - Comune di Valdoria""",
         table=[("Codice candidatura", "VLD-2026-00417"), ("Punteggio prova scritta", "18/30"),
                ("Esito", "NON AMMESSO/A alla prova orale")],
         exp=("", "", "Comune di Valdoria", "Funzionario esperto in comunicazione digitale"),
         notes="public competition; failed written test; legal appeal text; auto-generated plain"),
    dict(slug="smartrecruiters-ceresio-altri-profili", label="rejection", cat="ats-automated", style="ats", country="CH",
         vendor="smartrecruiters", brand="Banca Ceresio", headers=AUTO,
         frm="Banca Ceresio Recruiting <noreply@smartrecruiters.com.example>",
         subject="La tua candidatura per Marketing Manager Digital Channels (80-100%)",
         text="""Gentile Sam,

grazie per aver inviato la tua candidatura per la posizione di Marketing Manager Digital Channels (80-100%) presso la sede di Lugano di Banca Ceresio e per il tempo dedicato al nostro processo di selezione.

Abbiamo esaminato con attenzione il tuo dossier. Ci dispiace comunicarti che abbiamo deciso di proseguire con altri candidati il cui profilo corrisponde maggiormente ai requisiti della posizione, in particolare per quanto riguarda la conoscenza del mercato bancario svizzero.

Desideriamo conservare il tuo dossier nel nostro pool di talenti per 24 mesi. Se non sei d'accordo, puoi revocare il consenso in qualsiasi momento tramite [[il tuo profilo candidato]].

Cordiali saluti
Human Resources
Banca Ceresio SA

Deutsch: Vielen Dank für Ihre Bewerbung. Diese Nachricht wurde automatisch erstellt. / English: This message was generated automatically, please do not reply.""",
         about="Banca Ceresio SA · Via Nassa 5, 6900 Lugano · Autorizzata dalla FINMA. Banca Ceresio è un datore di lavoro che promuove le pari opportunità.",
         exp=("", "", "Banca Ceresio", "Marketing Manager Digital Channels (80-100%)"),
         notes="Ticino; Italian with German/English footer line; talent-pool retention"),
    dict(slug="teamtailor-bellini-posizione-chiusa", label="rejection", cat="role-cancelled", style="ats", country="IT",
         vendor="teamtailor", brand="Ottica Bellini", html_only=True, headers=AUTO,
         frm="Ottica Bellini <no-reply@teamtailor-mail.com.example>", reply_to="elisa.marchi@otticabellini.example",
         subject="Aggiornamento: Brand Manager - Milano",
         text="""Ciao Sam,

ti scrivo per aggiornarti sulla posizione di Brand Manager per cui ti eri candidato.

A seguito di una revisione dell'organizzazione del team marketing, l'azienda ha deciso di non procedere più con l'inserimento di questa figura e la posizione è stata chiusa. Di conseguenza il processo di selezione si interrompe per tutti i candidati.

Ci dispiace, perché il tuo colloquio era andato bene. Se in futuro riapriremo una posizione simile ti ricontatteremo volentieri.

Un caro saluto,
Elisa Marchi
Talent Acquisition, Ottica Bellini""",
         exp=("elisa.marchi@otticabellini.example", "Elisa", "Ottica Bellini", "Brand Manager"),
         notes="teamtailor HTML-only; role cancelled; Reply-To recruiter"),
    # ---------------- rejections: personal ----------------
    dict(slug="milano-chiara-lettera-lunga", label="rejection", cat="personal-after-interview", style="personal", country="IT",
         frm="Chiara Longhi <chiara.longhi@nuvolasoftware.example>", client_html=True,
         subject="Head of Product Marketing - esito del percorso",
         text="""Buongiorno Sam,

spero tu stia bene. Volevo innanzitutto ringraziarti per la disponibilità dimostrata in queste settimane: due colloqui con me, il case study presentato al team di prodotto e la chiacchierata con il nostro CEO, Andrea, che ha apprezzato molto la tua visione sul go-to-market per il mercato DACH.

Abbiamo incontrato candidati molto validi e la decisione non è stata semplice. Alla fine, però, abbiamo scelto di proseguire con un'altra persona per il ruolo di Head of Product Marketing, che ha un'esperienza più diretta nel SaaS verticale per il manifatturiero, un aspetto che per noi in questa fase è centrale.

Ci tengo a dirti che il tuo profilo ci ha colpito: se ti fa piacere, vorrei tenerti in considerazione per le posizioni che apriremo nel 2027, quando partirà il nuovo prodotto per il retail. Posso anche darti un feedback più dettagliato al telefono, se ti è utile.

Grazie ancora e a presto,

Chiara Longhi
People & Talent Lead
Nuvola Software S.r.l.
Via Tortona 31, 20144 Milano
+39 02 5555 8812""",
         exp=("chiara.longhi@nuvolasoftware.example", "Chiara", "Nuvola Software", "Head of Product Marketing"),
         notes="long letter; verdict in the middle; keep-in-touch offer"),
    dict(slug="bologna-luca-breve-sopra-thread", day="2026-11-09", label="rejection", cat="terse", style="personal", country="IT",
         frm="Luca Gentile <luca@pastificiogentile.example>", parent=True, client_html=True,
         subject="Re: Colloquio Digital Marketing Manager - ci sono novità?",
         text="""Ciao Sam, scusa il ritardo. Purtroppo abbiamo scelto un altro candidato. Grazie ancora e in bocca al lupo!
Luca

--
Luca Gentile | Pastificio Gentile
Inviato da smartphone

Il giorno ven 6 nov 2026 alle ore 11:05 Sam Taylor <sam.taylor@example.org> ha scritto:
> Ciao Luca,
> ti scrivo per sapere se ci sono novità sulla posizione di Digital Marketing Manager. Mi farebbe piacere continuare il percorso.
> Grazie e buona giornata,
> Sam""",
         exp=("luca@pastificiogentile.example", "Luca", "Pastificio Gentile", "Digital Marketing Manager"),
         notes="short reply above owner's chaser; Gmail Italian quote header"),
    dict(slug="lugano-giorgia-agenzia-interno", label="rejection", cat="internal-candidate", style="personal", country="CH",
         frm="Giorgia Bernasconi <g.bernasconi@ticinotalent.example>",
         subject="Posizione Product Manager OTC - Farmaceutica Brenno",
         text="""Buonasera Sam,

come promesso la richiamo per aggiornarLa sulla candidatura per la posizione di Product Manager OTC presso il nostro cliente Farmaceutica Brenno SA a Mendrisio.

Purtroppo il cliente ci ha comunicato oggi di aver optato per un candidato interno, che già conosce il portafoglio prodotti; la ricerca esterna è quindi conclusa. Mi dispiace molto, il feedback dopo il colloquio con il direttore marketing era stato positivo.

Resto a disposizione e mi farò viva appena avrò un mandato in linea con il Suo profilo.

Cordiali saluti

Giorgia Bernasconi
Senior Consultant
Ticino Talent Partners SA
Riva Paradiso 2, 6900 Lugano-Paradiso
T +41 91 555 40 12""",
         exp=("g.bernasconi@ticinotalent.example", "Giorgia", "Farmaceutica Brenno SA", "Product Manager OTC"),
         notes="agency; client chose an internal candidate; formal Lei"),
    dict(slug="venezia-paolo-inoltro-hr", day="2026-11-04", label="rejection", cat="forwarded-about-owner", style="personal", country="IT",
         frm="Paolo Zanon <paolo.zanon@editorialelagunare.example>", client_html=True,
         subject="I: Esito selezione Responsabile Marketing Digitale",
         text="""Ciao Sam,
ti inoltro la mail che ti ha mandato HR ieri perché mi dicono che è tornata indietro (credo per un problema del loro indirizzo). Mi dispiace davvero, io avrei voluto lavorare con te. Se vuoi ne parliamo a voce.
Paolo

---------- Messaggio inoltrato ---------
Da: Selezione Personale <selezione@editorialelagunare.example>
Data: 3 novembre 2026 17:22
Oggetto: Esito selezione Responsabile Marketing Digitale
A: Sam Taylor <sam.taylor@example.org>

Gentile Sam Taylor,
la ringraziamo per aver partecipato al processo di selezione per il ruolo di Responsabile Marketing Digitale. Al termine dei colloqui, la Direzione ha individuato un profilo che risponde in modo più puntuale alle esigenze attuali. La sua candidatura non verrà pertanto presa ulteriormente in considerazione.
Le auguriamo ogni successo professionale.
Ufficio Selezione Personale
Editoriale Lagunare S.p.A.""",
         exp=("paolo.zanon@editorialelagunare.example", "Paolo", "Editoriale Lagunare", "Responsabile Marketing Digitale"),
         notes="hiring manager forwards HR's rejection that bounced; note is about the owner"),
    # ---------------- others: ATS ----------------
    dict(slug="infojobs-it-ferri-cv-letto", label="other", cat="status-update", style="ats", country="IT",
         vendor="infojobs_it", brand="Gruppo Alimentare Ferri", headers=BULK,
         frm="InfoJobs Italia <noreply@infojobs.it.example>",
         subject="Aggiornamento sulla tua candidatura - Category Manager",
         text="""Ciao Sam,

buone notizie: Gruppo Alimentare Ferri ha letto il tuo CV per l'offerta Category Manager (Parma).

{table}

Se l'azienda deciderà di non proseguire con la tua candidatura, riceverai una notifica. Nel frattempo, completa il tuo profilo per aumentare le possibilità di essere contattato.

[[Completa il profilo]]""",
         table=[("Offerta", "Category Manager"), ("Azienda", "Gruppo Alimentare Ferri"), ("Stato", "CV letto")],
         exp=("", "", "", ""),
         notes="same template as a rejection; status 'CV letto'; hedging line"),
    dict(slug="workday-it-video-colloquio", day="2026-11-09", label="other", cat="interview-invite", style="ats", country="IT",
         vendor="workday", brand="Assicurazioni Adriatiche", headers=AUTO,
         frm="Assicurazioni Adriatiche <adriatiche@myworkday.com.example>",
         subject="Prossimo passo: video colloquio - Customer Marketing Manager (R-118204)",
         text="""Gentile Sam,

grazie per la tua candidatura alla posizione Customer Marketing Manager (R-118204). Siamo lieti di comunicarti che sei stato selezionato per la fase successiva del processo.

Ti invitiamo a registrare un breve video colloquio (5 domande, circa 20 minuti) entro il 18 novembre. Trascorsa la scadenza, il link non sarà più attivo e non potremo prendere in considerazione la candidatura.

[[Inizia il video colloquio]]

Per assistenza tecnica scrivi a recruiting.help@adriatiche.example.

Talent Acquisition
Assicurazioni Adriatiche S.p.A.""",
         exp=("", "", "", ""),
         notes="workday; recorded video interview invite with deadline warning"),
    dict(slug="teamtailor-ticino-talent-pool", label="other", cat="talent-pool", style="ats", country="CH",
         vendor="teamtailor", brand="Ferrovie Lepontine", headers=BULK,
         frm="Ferrovie Lepontine Carriere <no-reply@teamtailor-mail.com.example>",
         subject="Resta in contatto con Ferrovie Lepontine",
         text="""Ciao Sam,

grazie per aver visitato la nostra pagina carriere e per esserti iscritto alle notizie di Ferrovie Lepontine.

Al momento non abbiamo posizioni aperte nel marketing, ma puoi entrare nel nostro Talent Pool: quando si aprirà una posizione in linea con il tuo profilo sarai tra i primi a saperlo.

[[Unisciti al Talent Pool]]

Auf Deutsch: Treten Sie unserem Talent Pool bei, um über neue Stellen informiert zu werden.""",
         exp=("", "", "", ""),
         notes="talent-pool invitation without any application; 'non abbiamo posizioni aperte'"),
    dict(slug="inpa-valdoria-ammesso-scritta", day="2026-11-05", label="other", cat="public-sector", style="ats", country="IT",
         vendor="inpa", brand="Comune di Valdoria", headers=AUTO, auto_plain=True,
         frm="Portale inPA <noreply@inpa.gov.it.example>",
         subject="Comune di Valdoria - Convocazione prova scritta - Istruttore addetto stampa",
         text="""Gentile candidato/a SAM TAYLOR,

con riferimento alla selezione pubblica per n. 2 posti di Istruttore addetto stampa presso il Comune di Valdoria, si comunica che la S.V. risulta AMMESSA con riserva alla prova scritta.

{table}

I candidati che non si presenteranno nel giorno e nell'ora stabiliti saranno considerati rinunciatari e quindi esclusi dal concorso, qualunque sia la causa dell'assenza.

Il Responsabile del procedimento
Servizio Risorse Umane - Comune di Valdoria""",
         table=[("Data", "25 novembre 2026, ore 9:30"), ("Sede", "Palazzo dei Congressi, Sala A"),
                ("Esito verifica requisiti", "AMMESSO/A con riserva")],
         exp=("", "", "", ""),
         notes="public-sector convocation; 'esclusi' only as a condition; same sender as a rejection"),
    # ---------------- others: personal ----------------
    dict(slug="bologna-festival-talk-non-accettato", label="other", cat="non-job-rejection", style="personal", country="IT",
         frm="Comitato Programma <programma@festivalmarketingbo.example>",
         subject="Festival del Marketing 2027 - esito della tua proposta",
         text="""Gentile Sam,

grazie per aver inviato la proposta "Dal brand al prodotto: misurare ciò che conta" per il Festival del Marketing di Bologna 2027.

Quest'anno abbiamo ricevuto oltre 400 proposte per 40 slot. Purtroppo la tua proposta di intervento non è stata selezionata per il programma principale. Ci farebbe però piacere averti tra i relatori delle tavole rotonde del pomeriggio: ti va?

Un cordiale saluto,
Silvia Rinaldi
per il Comitato Programma""",
         exp=("", "", "", ""),
         notes="conference talk not selected"),
    dict(slug="example-collega-davide-non-selezionato", label="other", cat="owner-hiring", style="personal", country="IT",
         frm="Marco Fontana <marco.fontana@example.org>",
         subject="Candidati Content Strategist",
         text="""Ciao Sam,

ho chiamato Davide stamattina e gli ho comunicato che non è stato selezionato per il ruolo di Content Strategist: l'ha presa bene e ha chiesto un feedback scritto, te la senti di scriverglielo tu visto che eri nel panel?

Per Federica invece procediamo con l'offerta come deciso, ti giro la bozza appena HR me la manda.

Grazie,
Marco
Calder Street Media - Milano""",
         exp=("", "", "", ""),
         notes="owner is hiring; colleague at example.org tells of a candidate's rejection"),
    dict(slug="lugano-referenze-fase-finale", label="other", cat="reference-request", style="personal", country="CH",
         frm="Nadia Rossi <nadia.rossi@lagoverbano.example>",
         subject="Referenze - posizione Head of Brand",
         text="""Buongiorno Sam,

grazie ancora per il colloquio di ieri con il nostro direttore generale. Sono lieta di dirle che siamo arrivati alla fase finale e che lei è tra i due candidati rimasti per la posizione di Head of Brand.

Per procedere ci servirebbero i contatti di due referenze professionali, idealmente un responsabile diretto. Non si preoccupi se non riesce entro venerdì: non escluderemo nessuno per questo.

Cordiali saluti
Nadia Rossi
HR Business Partner · Lago Verbano Hotels SA
+41 91 555 77 30""",
         exp=("", "", "", ""),
         notes="reference request at final stage; 'non escluderemo nessuno'"),
    dict(slug="sam-sent-grazie-esito-italiano", day="2026-11-13", label="other", cat="owner-sent", style="personal", country="IT",
         frm="Sam Taylor <sam.taylor@example.org>", to="Alessia Conti <alessia.conti@moda-ambra.example>", parent=True,
         subject="Re: Esito candidatura - Performance Marketing Lead",
         text="""Ciao Alessia,

thank you for letting me know, and for taking the time to write personally - grazie davvero. I enjoyed meeting the team in Florence and I'd be glad to be considered for future roles at Moda Ambra.

Un caro saluto,
Sam

Il 12/11/2026 16:40, Alessia Conti ha scritto:
> Gentile Sam,
> grazie per il tempo dedicato ai colloqui. Purtroppo abbiamo deciso di non proseguire con la sua candidatura per la posizione di Performance Marketing Lead.
> Cordiali saluti,
> Alessia Conti
> HR Moda Ambra""",
         exp=("", "", "", ""),
         notes="owner's own follow-up in English quoting an Italian rejection"),
]
