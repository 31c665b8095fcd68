"""Italian messages (Italy, Ticino)."""
from content_common import R, O, AUTO, LIST, SAM

LANG = "it"

MESSAGES = [
# ---------------- rejections, ATS ----------------
R("laguna-smartrecruiters-non-selezionata", "ats", "ats-automated", "it-IT",
  "Gruppo Laguna <no-reply@smartrecruiters.com>",
  "Aggiornamento sulla tua candidatura – Product Marketing Manager",
  """Ciao Sam,

grazie per aver inviato la tua candidatura per la posizione di Product Marketing Manager presso Gruppo Laguna.

Dopo un'attenta valutazione, siamo spiacenti di comunicarti che la tua candidatura non è stata selezionata per le fasi successive del processo.

Ti invitiamo a continuare a seguire le nostre offerte di lavoro sulla nostra [[pagina Carriere]].

Un cordiale saluto,
Talent Acquisition Team – Gruppo Laguna""",
  ("", "", "Gruppo Laguna", "Product Marketing Manager"),
  vendor="smartrecruiters", brand="Gruppo Laguna", headers=AUTO,
  about="Gruppo Laguna è un'azienda che promuove la diversità e l'inclusione e garantisce pari opportunità (D.Lgs. 198/2006).",
  notes="most ordinary Italian template"),

R("ponente-successfactors-non-in-linea", "ats", "ats-automated", "it-IT",
  "Assicurazioni Ponente - Selezione <selezione@ponente.successfactors.eu>",
  "Assicurazioni Ponente - Esito candidatura",
  """Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato nei confronti di Assicurazioni Ponente e per aver inviato la Sua candidatura per la posizione di Marketing Specialist Prodotti Vita.

Abbiamo valutato con attenzione il Suo profilo che, pur risultando interessante, non è al momento in linea con le esigenze della posizione ricercata.

Ai sensi del Regolamento UE 2016/679, i Suoi dati saranno conservati per un periodo di 24 mesi, al fine di valutare eventuali future opportunità, salvo Sua diversa indicazione.

Nel ringraziarLa ancora, Le porgiamo i nostri migliori saluti.

Direzione Risorse Umane
Assicurazioni Ponente S.p.A.""",
  ("", "", "Assicurazioni Ponente", "Marketing Specialist Prodotti Vita"),
  vendor="successfactors", brand="Assicurazioni Ponente", headers=AUTO,
  notes="formal Lei, 'non in linea con le esigenze', 24-month retention"),

R("ardenza-indeed-non-selezionato", "ats", "ats-automated", "it-IT",
  "Indeed <notifiche@indeed.example>",
  "La tua candidatura presso Pastificio Ardenza",
  """Ciao Sam,

Pastificio Ardenza ha aggiornato lo stato della tua candidatura.

{table}

Non arrenderti! Ci sono nuove offerte di lavoro simili vicino a te.

[[Scopri offerte simili]]""",
  ("", "", "Pastificio Ardenza", "Brand Manager Export"),
  vendor="indeed", brand="Indeed", headers=LIST,
  table=[("Posizione", "Brand Manager Export"), ("Azienda", "Pastificio Ardenza"), ("Sede", "Parma"), ("Stato", "Non selezionato")],
  footer=["Ricevi questa email perché hai inviato una candidatura tramite Indeed. Gestisci notifiche: {unsub}"],
  notes="job-board status 'Non selezionato' in a table cell"),

R("navigli-teamtailor-ricerca-chiusa", "ats", "role-cancelled", "it-IT",
  "Navigli Labs <navigli@teamtailor-mail.com>",
  "Aggiornamento sulla posizione Head of Growth",
  """Ciao Sam,

ti scriviamo per aggiornarti sulla posizione di Head of Growth per cui ti sei candidato/a e per cui hai già svolto il primo colloquio.

Dopo la chiusura del nostro round di investimento abbiamo rivisto le priorità per il 2027 e abbiamo deciso di chiudere la ricerca per questa posizione. Il processo di selezione si conclude quindi qui per tutte le persone coinvolte.

Ci dispiace davvero, anche perché il confronto con te è stato molto stimolante.

Un abbraccio,
Il team People di Navigli Labs""",
  ("", "", "Navigli Labs", "Head of Growth"),
  vendor="teamtailor", brand="Navigli Labs", headers=AUTO,
  notes="search closed after re-prioritisation; role cancelled"),

R("cortina-workday-altri-candidati", "ats", "keep-on-file", "it-IT",
  "Cortina Eyewear Careers <cortinaeyewear@myworkday.com>",
  "Cortina Eyewear – La tua candidatura (R0031877)",
  """Gentile Sam,

grazie per il tempo dedicato al processo di selezione per il ruolo di Global Product Marketing Manager – Sun Collection (R0031877).

Abbiamo deciso di proseguire con altri candidati il cui profilo è più vicino ai requisiti specifici della posizione.

Il tuo profilo ci ha colpito e vorremmo poterti contattare per future opportunità: ti chiediamo di confermare il consenso alla conservazione dei tuoi dati nella nostra Talent Community cliccando sul pulsante qui sotto.

Cordiali saluti,
Cortina Eyewear – Global Talent Acquisition""",
  ("", "", "Cortina Eyewear", "Global Product Marketing Manager – Sun Collection"),
  vendor="workday", brand="Cortina Eyewear", button="Confermo il consenso", headers=AUTO,
  notes="'proseguire con altri candidati' then talent community consent"),

R("vesuvio-greenhouse-video", "ats", "after-assessment", "it-IT",
  "Vesuvio Pay <no-reply@eu.greenhouse-mail.io>",
  "Il tuo colloquio video per Vesuvio Pay",
  """Ciao Sam,

grazie per aver registrato il colloquio video per il ruolo di Senior Product Marketing Manager. Abbiamo apprezzato molto la tua presentazione e la chiarezza con cui hai raccontato i tuoi progetti.

Il team ha valutato tutte le registrazioni ricevute e, a malincuore, non proseguiremo con la tua candidatura verso il colloquio con l'hiring manager.

Per qualsiasi domanda puoi scrivere direttamente a Giulia Esposito, Talent Partner: giulia.esposito@vesuviopay.example

In bocca al lupo per tutto,
Il team Talent di Vesuvio Pay""",
  ("giulia.esposito@vesuviopay.example", "Giulia", "Vesuvio Pay", "Senior Product Marketing Manager"),
  vendor="greenhouse", brand="Vesuvio Pay", headers=AUTO,
  notes="after recorded video interview, 'a malincuore, non proseguiremo', contact in body"),

# ---------------- rejections, personal ----------------
R("oliveto-hr-dopo-colloquio", "personal", "personal-after-interview", "it-IT",
  "Francesca Galli <f.galli@oliveto-alimentare.example>",
  "R: Colloquio del 14 ottobre – Trade Marketing Manager",
  """Gentile Sam,

desidero ringraziarLa nuovamente per la disponibilità e per il piacevole colloquio con me e con il dott. Rinaldi.

Abbiamo completato gli incontri con tutti i candidati della rosa finale. Pur avendo apprezzato la Sua esperienza internazionale, abbiamo individuato un profilo più in linea con le esigenze del ruolo di Trade Marketing Manager, in particolare per la conoscenza della GDO italiana.

Mi auguro di poterLa ricontattare in futuro per altre opportunità.

Cordiali saluti,

Francesca Galli
HR Specialist
Oliveto Alimentare S.r.l.
Via Emilia Est 212 – 41121 Modena
Tel. +39 059 555 2140""",
  ("f.galli@oliveto-alimentare.example", "Francesca", "Oliveto Alimentare", "Trade Marketing Manager"),
  notes="after interview, formal Lei, 'individuato un profilo più in linea'"),

R("headhunter-cliente-altro-candidato", "personal", "agency-recruiter", "it-IT",
  "Alessandro Conti <a.conti@meridiana-search.example>",
  "Aggiornamento Tessitura Valsesia",
  """Ciao Sam,

come promesso ti aggiorno subito: Tessitura Valsesia ha preso la sua decisione per il ruolo di Marketing Director e purtroppo il cliente ha scelto un altro candidato, con un background più tecnico nel tessile.

Mi hanno detto che il tuo caso di rilancio del brand è stato il migliore tra quelli presentati, quindi la partita si è giocata davvero sui dettagli.

Sentiamoci la settimana prossima, ho un paio di mandati nuovi nel lusso che voglio raccontarti.

Un caro saluto,
Alessandro

Alessandro Conti
Partner – Meridiana Executive Search
Mob. +39 335 555 0192""",
  ("a.conti@meridiana-search.example", "Alessandro", "Tessitura Valsesia", "Marketing Director"),
  notes="headhunter relays client's choice of another candidate"),

R("bottega-altra-persona", "personal", "personal-after-interview", "it-IT",
  "Davide Romano <davide@bottegadigitale.example>",
  "Re: Aggiornamenti?",
  """Ciao Sam,

scusami tantissimo per il ritardo, hai ragione a scrivermi.

Purtroppo alla fine abbiamo scelto un'altra persona per il ruolo di Marketing Lead: una candidata che conosceva già il nostro settore e che poteva iniziare a gennaio. È stata una scelta difficile, davvero.

Se ti va restiamo in contatto, mi farebbe piacere.

Davide
--
Davide Romano · Founder, Bottega Digitale · Bologna

Il giorno gio 5 nov 2026 alle ore 18:22 Sam Taylor <sam.taylor@example.org> ha scritto:
> Ciao Davide,
> volevo chiederti se ci sono aggiornamenti sulla posizione di Marketing Lead.
> Grazie mille!
> Sam""",
  ("davide@bottegadigitale.example", "Davide", "Bottega Digitale", "Marketing Lead"),
  parent=True, client_html=True,
  notes="founder replies to Sam's chaser, Gmail quote"),

R("terse-posizione-coperta", "personal", "terse", "it-IT",
  "Ufficio Personale Ceramiche Faentine <personale@ceramichefaentine.example>",
  "Rif. candidatura Responsabile Marketing",
  """Gentile Sam Taylor,
La informiamo che la posizione è stata coperta.
Cordiali saluti
Ufficio Personale – Ceramiche Faentine""",
  ("personale@ceramichefaentine.example", "", "Ceramiche Faentine", "Responsabile Marketing"),
  wrap=False, notes="three lines, team signature, position filled"),

R("lugano-copertura-interna", "personal", "internal-candidate", "it-CH",
  "Chiara Bernasconi <chiara.bernasconi@bancaceresio.example>",
  "Candidatura Product Manager Digital Banking",
  """Buongiorno Sam,

la ringrazio per il tempo che ci ha dedicato nelle ultime settimane.

Desidero informarla che la direzione ha deciso di coprire la posizione di Product Manager Digital Banking con una risorsa interna, nell'ambito di un progetto di mobilità del gruppo. Non si tratta quindi di una valutazione negativa del suo profilo, che abbiamo apprezzato.

Resto volentieri a disposizione.

Cordiali saluti
Chiara Bernasconi
HR Business Partner
Banca Ceresio SA · Lugano
+41 91 555 02 40""",
  ("chiara.bernasconi@bancaceresio.example", "Chiara", "Banca Ceresio", "Product Manager Digital Banking"),
  notes="Ticino, filled internally, 'non si tratta di una valutazione negativa'"),

R("fondazione-museo-selezione", "personal", "public-sector", "it-IT",
  "Fondazione Musei Civici Valdora <selezioni@museivaldora.example>",
  "Avviso di selezione n. 7/2026 – Esito valutazione titoli",
  """Gentile candidata/o,

con riferimento all'avviso di selezione n. 7/2026 per la figura di Responsabile Comunicazione e Marketing, si comunica che la Commissione esaminatrice ha concluso la valutazione dei titoli.

La Sua candidatura non ha raggiunto il punteggio minimo di 21/30 previsto dall'art. 6 dell'avviso e, pertanto, non è ammessa al colloquio orale.

Eventuali richieste di accesso agli atti possono essere inviate alla dott.ssa Paola Marchi, Responsabile del procedimento, all'indirizzo p.marchi@museivaldora.example.

Distinti saluti
Il Responsabile del procedimento
dott.ssa Paola Marchi
Fondazione Musei Civici Valdora""",
  ("p.marchi@museivaldora.example", "Paola", "Fondazione Musei Civici Valdora", "Responsabile Comunicazione e Marketing"),
  notes="public foundation selection, 'non è ammessa al colloquio orale', contact in body; no name greeting"),

# ---------------- others, ATS ----------------
O("brenta-ricezione-solo-positivo", "ats", "ack-received", "it-IT",
  "Brenta Mobili <noreply@brentamobili.softgarden.io>",
  "Conferma di ricezione candidatura",
  """Gentile Sam Taylor,

La ringraziamo per aver inviato la Sua candidatura per la posizione di Digital Marketing Manager. Confermiamo la corretta ricezione del Suo CV.

Il nostro team valuterà il Suo profilo con attenzione. Data l'elevata quantità di candidature, saranno ricontattate esclusivamente le persone ritenute in linea con il profilo ricercato.

Cordiali saluti,
Ufficio Risorse Umane – Brenta Mobili""",
  vendor="softgarden", brand="Brenta Mobili", headers=AUTO,
  notes="acknowledgement: only suitable candidates will be contacted"),

O("etna-test-attitudinale", "ats", "assessment-invite", "it-IT",
  "Etna Energia <etnaenergia@myworkday.com>",
  "Invito a completare il test attitudinale",
  """Gentile Sam,

siamo lieti di comunicarti che la tua candidatura per la posizione di Product Marketing Specialist è stata selezionata per la fase successiva.

Ti chiediamo di completare un test attitudinale online (logica, ragionamento numerico e verbale; durata circa 35 minuti) entro 5 giorni dal ricevimento di questa email.

[[Inizia il test]]

Ti ricordiamo che, in caso di mancato completamento entro il termine, non sarà possibile proseguire con la selezione.

In bocca al lupo!
Talent Acquisition – Etna Energia""",
  vendor="workday", brand="Etna Energia", headers=AUTO,
  notes="aptitude test invitation with conditional 'non sarà possibile proseguire'"),

O("linkedin-offerte-milano", "ats", "job-alert", "it-IT",
  "LinkedIn <jobalerts-noreply@linkedin.example>",
  "Nuove offerte per \"Product Marketing Manager\" a Milano",
  """Sam, ecco 7 nuove offerte di lavoro:

- Product Marketing Manager – Lanterna Software – Milano (ibrido)
- Senior PMM Italia – Seta Pagamenti – Milano
- Brand & Product Marketing Lead – Risotteria Group – Milano
- Marketing Manager Prodotto – Colli Tech – Bergamo

[[Vedi tutte le offerte]]

Sei tra i primi 25 candidati per 3 di queste offerte.""",
  vendor="linkedin", brand="LinkedIn", headers=LIST,
  footer=["Ricevi avvisi di offerte di lavoro. Annulla iscrizione: {unsub}"],
  notes="LinkedIn job alert"),

O("trentino-newsletter-carriere", "ats", "newsletter", "it-IT",
  "Carriere Alpe Trentina <carriere@alpetrentina.example>",
  "Le novità di novembre dal mondo Alpe Trentina",
  """Ciao Sam,

ecco le novità del mese dalla nostra Talent Community:

- Abbiamo inaugurato il nuovo stabilimento di Rovereto: 60 nuove posizioni entro il 2027.
- Posizioni aperte: Category Manager, E-commerce Specialist, Brand Manager Formaggi.
- Dietro le quinte: come gestiamo il feedback ai candidati non selezionati (e perché rispondiamo sempre a tutti).

[[Scopri tutte le posizioni]]

A presto,
Team Employer Branding Alpe Trentina""",
  vendor="inhouse", brand="Alpe Trentina", headers=LIST,
  notes="talent-community newsletter mentioning candidates 'non selezionati'"),

O("carta-pagamento-rifiutato", "ats", "non-job-rejection", "it-IT",
  "Banca Lagunare – Avvisi <avvisi@bancalagunare.example>",
  "Operazione rifiutata sulla tua carta",
  """Gentile cliente,

ti informiamo che un'operazione con la tua carta di credito terminante in 4417 è stata rifiutata.

{table}

Se non riconosci l'operazione, blocca subito la carta dall'app o chiama il numero verde 800 555 017.

Banca Lagunare""",
  vendor="inhouse", brand="Banca Lagunare", headers=AUTO,
  table=[("Esercente", "TRENITALIA WEB"), ("Importo", "89,90 EUR"), ("Data", "18/11/2026 21:14"), ("Esito", "Rifiutata – limite mensile superato")],
  notes="declined card payment with a status table"),

O("torino-valutazione-in-corso", "ats", "status-update", "it-IT",
  "Officine Torinesi <careers@officinetorinesi.successfactors.eu>",
  "Stato della tua candidatura aggiornato",
  """Gentile Sam Taylor,

ti informiamo che lo stato della tua candidatura è cambiato.

{table}

Grazie per la pazienza: il processo di valutazione dei candidati finalisti richiede ancora circa due settimane. Riceverai una comunicazione in ogni caso, sia in caso di esito positivo sia negativo.

Talent Acquisition – Officine Torinesi""",
  vendor="successfactors", brand="Officine Torinesi", headers=AUTO,
  table=[("Posizione", "Marketing Manager Componenti"), ("Stato", "In valutazione – colloquio finale svolto")],
  notes="status portal: still under evaluation, 'esito positivo sia negativo'"),

# ---------------- others, personal ----------------
O("sardegna-colloquio-conoscitivo", "personal", "interview-invite", "it-IT",
  "Marco Pinna <marco.pinna@marenostrum-viaggi.example>",
  "Colloquio conoscitivo – Marketing Manager",
  """Buongiorno Sam,

ho letto con interesse il Suo CV per la posizione di Marketing Manager e vorrei invitarLa a un colloquio conoscitivo in videochiamata.

Le andrebbe bene martedì 24 novembre alle ore 11:00? In alternativa mi proponga pure un paio di orari.

Cordiali saluti,
Marco Pinna
Direttore Commerciale
Mare Nostrum Viaggi S.r.l. – Cagliari
Tel. 070 555 3381""",
  notes="interview invitation"),

O("vigneto-proposta-assunzione", "personal", "offer", "it-IT",
  "Elena Ferraris <elena.ferraris@cantineferraris.example>",
  "Proposta di assunzione – Brand Manager",
  """Cara Sam,

è con grande piacere che, a nome di tutta la famiglia Ferraris, ti confermo la nostra proposta di assunzione per il ruolo di Brand Manager, contratto a tempo indeterminato, CCNL Industria Alimentare, livello Quadro.

Trovi i dettagli economici nella lettera allegata. Ci faresti sapere entro il 30 novembre se accetti?

Non vediamo l'ora di averti con noi ad Alba!

Un caro saluto,
Elena Ferraris
Direttrice Generale – Cantine Ferraris""",
  attach=[("Proposta_Brand_Manager.pdf", "application/pdf", "%PDF-1.4\n% lettera di proposta (fittizia)\n%%EOF\n")],
  notes="job offer with PDF"),

O("calder-milano-candidato-scartato", "personal", "owner-hiring", "it-IT",
  "Roberta Fontana <roberta.fontana@example.org>",
  "Re: Candidati Audience Analyst – ufficio di Milano",
  """Ciao Sam,

ok, allora procedo: scrivo a Lorenzo Greco che non andiamo avanti con lui e fisso il secondo colloquio con Ilaria Ricci per giovedì.

Vuoi che nella mail di rifiuto accenni al feedback sul caso pratico o teniamo un messaggio più generico?

Roberta

> Roberta, per me Greco è un no: il caso pratico era debole. Ricci invece
> mi ha convinto. Sam""",
  parent=True, parent_domain="example.org",
  notes="Sam is hiring; colleague about to reject a candidate"),

O("lanterna-risposta-stiamo-valutando", "personal", "answer-to-owner-question", "it-IT",
  "Silvia Marino <silvia.marino@lanternasoftware.example>",
  "Re: Posizione Product Marketing Manager",
  """Ciao Sam,

no, assolutamente, non abbiamo ancora scelto nessuno! Stiamo completando gli ultimi due colloqui finali questa settimana e prenderemo la decisione entro venerdì 27.

Ti aggiorno io appena possibile, promesso.

Silvia

Il giorno lun 23 nov 2026 alle ore 08:50 Sam Taylor <sam.taylor@example.org> ha scritto:
> Ciao Silvia, avete già scelto un altro candidato per la posizione di
> Product Marketing Manager? Grazie, Sam""",
  parent=True, client_html=True,
  notes="answer to Sam's 'have you chosen someone else?': still deciding"),

O("sponsor-evento-declinato", "personal", "non-job-rejection", "it-IT",
  "Federica Costa <federica.costa@birrificiocosta.example>",
  "Re: Proposta di sponsorizzazione Media Meetup Milano",
  """Ciao Sam,

grazie per aver pensato a noi per il Media Meetup di febbraio. Purtroppo quest'anno il budget per le sponsorizzazioni è già completamente allocato, quindi dobbiamo declinare.

Se riproponete l'evento in autunno, riscrivimi volentieri!

Federica Costa
Marketing – Birrificio Costa""",
  parent=True, notes="event sponsorship request declined"),

O("amico-annuncio-girato", "personal", "personal", "it-IT",
  "Luca Ferri <luca.ferri@posta.example>",
  "ti giro questo annuncio",
  """Ciao Sam!

Ho saputo che con l'agenzia di Torino alla fine non è andata, mi dispiace. Però guarda questo: la mia azienda cerca un Head of Product Marketing, mi sembra cucito su di te. Se vuoi ti segnalo io direttamente a Stefania dell'HR, così salti la coda.

https://lanternasoftware.example/jobs/head-of-pmm

Fammi sapere, e birra presto?
Luca""",
  notes="friend mentions Sam's earlier no and refers Sam to a new role"),
]
