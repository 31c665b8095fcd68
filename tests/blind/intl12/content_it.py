"""Italian messages (Italy, Ticino, South Tyrol): 12 rejections, 12 hard negatives."""
LANG = "it"
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="it-morandi-smartrecruiters-altri-candidati", label="rejection", cat="ats-automated", style="ats", variant="it-IT",
     vendor="smartrecruiters", brand="Vigneti Morandi", headers=AUTO,
     frm="Vigneti Morandi <noreply@smartrecruiters.com>",
     subject="Vigneti Morandi - Product Marketing Manager",
     text="""Gentile Sam,

grazie per aver inviato la tua candidatura per la posizione di Product Marketing Manager e per l'interesse dimostrato verso Vigneti Morandi.

Dopo un'attenta valutazione, purtroppo abbiamo deciso di proseguire con altri candidati il cui profilo è più in linea con le esigenze attuali della posizione.

Ti ringraziamo ancora e ti auguriamo il meglio per il tuo futuro professionale.

Cordiali saluti,
HR Team Vigneti Morandi""",
     about="Vigneti Morandi produce vini in Franciacorta dal 1921 ed esporta in 40 paesi. Certificazione Great Place to Work 2026.",
     exp=("", "", "Vigneti Morandi", "Product Marketing Manager"), notes="ordinary"),

dict(slug="it-lariane-linkedin-non-selezionata", label="rejection", cat="job-board-relay", style="ats", variant="it-IT",
     vendor="linkedin", brand="LinkedIn", headers=BULK, plain="auto",
     frm="LinkedIn <jobs-noreply@linkedin.example>",
     subject="La tua candidatura per Marketing Specialist presso Ferrovie Lariane",
     text="""Sam, grazie per l'interesse dimostrato

Ferrovie Lariane ti ha inviato un messaggio in merito alla tua candidatura:

«Gentile candidato, ti ringraziamo per aver inviato la tua candidatura per Marketing Specialist. Purtroppo la tua candidatura non è stata selezionata per le fasi successive. Ti auguriamo buona fortuna.»

Offerte di lavoro simili che potrebbero interessarti:

- Digital Marketing Specialist · Autolinee Brianza · Monza
- Marketing Manager · Vigneti Morandi · Brescia

[[Visualizza le offerte]]""",
     exp=("", "", "Ferrovie Lariane", "Marketing Specialist"), notes="job-board-relay; linkedin; quoted-company-message; job-suggestions"),

dict(slug="it-workday-ricerca-chiusa", label="rejection", cat="role-cancelled", style="ats", variant="it-IT",
     vendor="workday", brand="Cantieri Adriatici", html_only=True, headers=AUTO,
     frm="Cantieri Adriatici Careers <cantieriadriatici@myworkday.com>",
     subject="Aggiornamento sulla candidatura: Responsabile Comunicazione Corporate",
     text="""Gentile Sam Taylor,

ti scriviamo in merito alla tua candidatura per la posizione di Responsabile Comunicazione Corporate (JR-4471).

A seguito di una revisione organizzativa, l'azienda ha deciso di non procedere con l'inserimento di questa figura. Abbiamo pertanto chiuso la ricerca per questa posizione e tutte le candidature collegate sono state archiviate.

Ti ringraziamo per il tempo dedicato e ti invitiamo a consultare le nuove opportunità sul nostro [[sito carriere]].

Cordiali saluti,
Talent Acquisition - Cantieri Adriatici S.p.A.""",
     exp=("", "", "Cantieri Adriatici", "Responsabile Comunicazione Corporate"), notes="html-only; search-closed; english-legal-footer"),

dict(slug="it-greenhouse-non-proseguire-gdpr", label="rejection", cat="keep-on-file", style="ats", variant="it-IT",
     vendor="greenhouse", brand="Pagamenti Aurora", headers=AUTO, plain="auto",
     frm="Pagamenti Aurora <no-reply@us.greenhouse-mail.io>",
     subject="Aggiornamento sulla tua candidatura in Pagamenti Aurora",
     text="""Ciao Sam,

grazie per il tempo che hai dedicato ai colloqui per il ruolo di Growth Marketing Lead e per averci fatto conoscere meglio il tuo percorso.

Ci dispiace doverti comunicare che non siamo in grado di proseguire con la tua candidatura in questa occasione.

## Informativa sul trattamento dei dati

Ai sensi del Regolamento (UE) 2016/679 (GDPR), i tuoi dati saranno conservati per 6 mesi dalla chiusura della selezione. Se desideri che conserviamo il tuo CV per 24 mesi per future opportunità, puoi prestare il consenso tramite il link seguente: [[Acconsento alla conservazione]]

Un caro saluto,
Giulia Ferraris
Talent Acquisition Partner""",
     exp=("", "Giulia", "Pagamenti Aurora", "Growth Marketing Lead"), notes="gdpr-retention; html-autotext; signed-no-address"),

dict(slug="it-icims-portale-stato", label="rejection", cat="ats-automated", style="ats", variant="it-IT",
     vendor="icims", brand="Farmaceutici Bellini", headers=AUTO,
     frm="Farmaceutici Bellini Recruiting <careers-noreply@talent.icims.com>",
     subject="Notifica: aggiornamento stato candidatura",
     text="""Gentile Sam Taylor,

lo stato di una tua candidatura nel portale carriere di Farmaceutici Bellini è stato aggiornato.

{table}

Per maggiori dettagli accedi al [[portale candidati]]. Ti ringraziamo per l'interesse verso Farmaceutici Bellini.

Questa è una comunicazione automatica.""",
     table=[("Posizione", "Brand Manager OTC"), ("Codice", "2026-1187"), ("Stato", "Non selezionato - posizione coperta"),
            ("Data aggiornamento", "oggi")],
     exp=("", "", "Farmaceutici Bellini", "Brand Manager OTC"), notes="status-portal; table-only-verdict"),

dict(slug="it-dolomiti-personio-it-de", label="rejection", cat="ats-automated", style="ats", variant="it-IT",
     vendor="personio", brand="Dolomiti Digital", headers=AUTO,
     frm="Dolomiti Digital <jobs@dolomiti-digital.jobs.personio.de>",
     subject="La Sua candidatura / Ihre Bewerbung - Brand Manager (m/w/d)",
     text="""Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato nei confronti di Dolomiti Digital e per la candidatura alla posizione di Brand Manager.

Purtroppo dobbiamo comunicarLe che abbiamo scelto un altro candidato, il cui profilo corrisponde in modo più preciso ai requisiti della posizione.

Cordiali saluti
Elisabeth Pichler, HR

---

Sehr geehrte/r Sam Taylor,

vielen Dank für Ihr Interesse an Dolomiti Digital und Ihre Bewerbung als Brand Manager (m/w/d). Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.

Mit freundlichen Grüßen
Elisabeth Pichler, HR""",
     exp=("", "Elisabeth", "Dolomiti Digital", "Brand Manager"), notes="bilingual-it-de; south-tyrol; formal-lei"),

# ---------------------------------------------------------------- rejections, personal
dict(slug="it-recruiter-orientati-altro-profilo", day="2026-11-16", label="rejection", cat="personal-after-interview", style="personal", variant="it-IT",
     frm="Chiara Bonetti <chiara.bonetti@navigli-media.example>",
     subject="Colloqui per Head of Audience",
     text="""Ciao Sam,

come stai? Volevo innanzitutto ringraziarti ancora per la disponibilità e per i due colloqui, compreso quello in inglese con Tom da Londra, che è andato benissimo.

Ti scrivo per aggiornarti sul processo di selezione per Head of Audience. Dopo un confronto piuttosto lungo con la direzione, abbiamo deciso di orientarci su un altro profilo, con un'esperienza più verticale sul mondo editoriale italiano, che per noi in questa fase è determinante. Non è stata una scelta facile, anche perché il tuo caso sulle newsletter ci era piaciuto moltissimo.

Se ti va, possiamo sentirci la prossima settimana per un feedback più completo. E resto convinta che ci saranno altre occasioni per lavorare insieme.

Un abbraccio,
Chiara

--
Chiara Bonetti
People & Talent | Navigli Media
+39 347 221 9083""",
     exp=("chiara.bonetti@navigli-media.example", "Chiara", "Navigli Media", "Head of Audience"), notes="verdict-middle; praise-wrapped"),

dict(slug="it-short-non-e-andata", day="2026-11-13", label="rejection", cat="terse", style="personal", variant="it-IT",
     frm="Marco Rinaldi <marco.rinaldi@gmail.example>",
     subject="Re: Bottega Lumen",
     parent=True,
     text="""Ciao Sam, purtroppo non è andata: per Marketing Lead hanno scelto un candidato interno. Ti chiamo settimana prossima che ho un paio di altre cose per te.

Marco

Inviato da iPhone

> Il giorno 12 nov 2026, alle ore 18:22, Sam Taylor <sam.taylor@example.org> ha scritto:
>
> Ciao Marco, novità da Bottega Lumen? Grazie! Sam""",
     wrap=False,
     exp=("marco.rinaldi@gmail.example", "Marco", "Bottega Lumen", "Marketing Lead"), notes="terse; agency-on-personal-address; internal-candidate; phone"),

dict(slug="it-headhunter-posizione-congelata", label="rejection", cat="role-cancelled", style="personal", variant="it-IT",
     frm="Alessandro Conti <a.conti@monviso-search.example>",
     subject="Aggiornamento - Direttore Marketing Caseificio Valtellina",
     text="""Buongiorno Sam,

la contatto per aggiornarla sulla selezione per il ruolo di Direttore Marketing presso il nostro cliente Caseificio Valtellina.

Ieri l'amministratore delegato mi ha comunicato che l'azienda ha deciso di congelare la posizione fino al prossimo anno, in attesa del nuovo piano industriale. Di conseguenza il processo è sospeso per tutti i candidati, e non posso darle indicazioni sui tempi di una eventuale riapertura.

Mi dispiace molto, perché lei era tra i due candidati finali. Resto a disposizione e la terrò aggiornata.

Cordiali saluti,

Alessandro Conti
Partner | Monviso Executive Search
Via Roma 41, 10121 Torino
Tel. +39 011 555 7732""",
     exp=("a.conti@monviso-search.example", "Alessandro", "Caseificio Valtellina", "Direttore Marketing"), notes="agency; role-frozen; formal-lei"),

dict(slug="it-hm-outlook-reply-thread", day="2026-11-10", label="rejection", cat="personal-after-interview", style="personal", variant="it-CH",
     frm="Davide Pellegrini <davide.pellegrini@ticino-tech.example>", parent=True,
     subject="R: Ringraziamento per il colloquio",
     text="""Ciao Sam,

grazie a te per il bel messaggio. Purtroppo devo dirti che non siamo riusciti a portare avanti la tua candidatura per il ruolo di Product Owner: il team ha preferito un profilo con più esperienza lato pagamenti.

Un saluto e in bocca al lupo,
Davide

Davide Pellegrini
Head of Product | Ticino Tech SA, Lugano
+41 91 555 22 10

-----Messaggio originale-----
Da: Sam Taylor <sam.taylor@example.org>
Inviato: venerdì 6 novembre 2026 17:45
A: Davide Pellegrini <davide.pellegrini@ticino-tech.example>
Oggetto: Ringraziamento per il colloquio

Ciao Davide,

grazie ancora per il colloquio di oggi, mi è piaciuto molto conoscere il team e capire la roadmap. Resto a disposizione per qualsiasi informazione.

Sam""",
     exp=("davide.pellegrini@ticino-tech.example", "Davide", "Ticino Tech", "Product Owner"), notes="reply-above-thread; outlook-quote; ticino"),

dict(slug="it-formale-non-in-linea", day="2026-11-03", label="rejection", cat="personal-after-interview", style="personal", variant="it-IT",
     frm="Ufficio Personale Consorzio Olivicolo <personale@consorzio-olivicolo.example>",
     subject="Esito selezione - Responsabile Marketing e Comunicazione",
     text="""Gentile Sam Taylor,

con riferimento alla Sua candidatura per la posizione di Responsabile Marketing e Comunicazione e al colloquio sostenuto presso la nostra sede di Bari in data 22 ottobre u.s., La ringraziamo per la disponibilità e l'interesse manifestati.

Le comunichiamo che, al termine dell'iter di selezione, la Sua candidatura non è stata ritenuta in linea con le esigenze attuali del Consorzio.

I Suoi dati personali saranno trattati e conservati nel rispetto del D.Lgs. 196/2003 e del Regolamento UE 2016/679.

Distinti saluti,

dott.ssa Rosa Santoro
Ufficio Personale
Consorzio Olivicolo Pugliese""",
     charset="iso-8859-15", cte="quoted-printable",
     exp=("personale@consorzio-olivicolo.example", "Rosa", "Consorzio Olivicolo Pugliese", "Responsabile Marketing e Comunicazione"), notes="formal-lei; bureaucratic; team-address"),

dict(slug="it-referral-friend-forwards-hr", day="2026-11-17", label="rejection", cat="forwarded-by-referrer", style="personal", variant="it-IT",
     frm="Francesca Galli <francesca.galli@sole-energia.example>", client_html=True,
     subject="I: Segnalazione Sam Taylor - Marketing Insights Manager",
     text="""Ciao Sam,

ti giro la risposta che mi è arrivata da HR sulla tua segnalazione. Mi spiace tantissimo, ci speravo davvero. Ci vediamo sabato e ne parliamo davanti a uno spritz!

Fra

---------- Messaggio inoltrato ---------
Da: Selezione Sole Energia <selezione@sole-energia.example>
Data: 17 nov 2026, 11:03
Oggetto: Segnalazione Sam Taylor - Marketing Insights Manager
A: Francesca Galli <francesca.galli@sole-energia.example>

Ciao Francesca,

grazie per averci segnalato Sam Taylor. Abbiamo valutato il profilo con il responsabile del team: purtroppo non verrà preso in considerazione per la posizione di Marketing Insights Manager, perché cerchiamo una persona con più esperienza nel settore energetico.

Grazie comunque per la segnalazione, il programma referral resta attivo!

Selezione Sole Energia""",
     exp=("francesca.galli@sole-energia.example", "Francesca", "Sole Energia", "Marketing Insights Manager"), notes="forwarded-by-referrer; verdict-in-forward; third-person"),

# ---------------------------------------------------------------- others, ATS
dict(slug="it-greenhouse-invito-colloquio", label="other", cat="interview-invite", style="ats", variant="it-IT",
     vendor="greenhouse", brand="Pagamenti Aurora", headers=AUTO,
     frm="Pagamenti Aurora <no-reply@us.greenhouse-mail.io>",
     subject="Invito a colloquio - Senior Product Marketing Manager",
     text="""Ciao Sam,

grazie per la tua candidatura per il ruolo di Senior Product Marketing Manager. Siamo lieti di invitarti a un primo colloquio conoscitivo di 30 minuti con Giulia del team Talent.

Scegli lo slot che preferisci: [[Prenota il colloquio]]

Se nessuno degli orari va bene, rispondi a giulia.ferraris@pagamenti-aurora.example e troveremo un'alternativa.

A presto,
Giulia Ferraris
Talent Acquisition Partner""",
     notes="interview-invite; same-company-as-rejection"),

dict(slug="it-ack-contatteremo-solo", label="other", cat="ack-received", style="ats", variant="it-IT",
     vendor="infojobs", brand="InfoJobs", headers=BULK,
     frm="InfoJobs <notifiche@infojobs.it.example>",
     subject="Candidatura inviata: Digital Marketing Manager",
     text="""Ciao Sam,

la tua candidatura per l'offerta Digital Marketing Manager di Officine Brambilla è stata inviata correttamente.

L'azienda ti contatterà solo nel caso in cui il tuo profilo venga ritenuto idoneo. In caso contrario, trascorsi 60 giorni, considera pure chiusa la selezione.

Puoi seguire lo stato della candidatura in [[Le mie candidature]].

Il team InfoJobs""",
     notes="ack-hedge; silence-means-no-clause"),

dict(slug="it-call-for-speakers-non-accettato", label="other", cat="non-job-rejection", style="ats", variant="it-IT",
     vendor="generic", brand="Marketing Forum Milano", headers=AUTO,
     frm="Marketing Forum Milano <cfp@sessionize.example>",
     subject="Esito della tua proposta di intervento",
     text="""Ciao Sam,

grazie per aver inviato la tua proposta «Audience insight senza budget» al Marketing Forum Milano 2027.

Siamo spiacenti di informarti che il tuo intervento non è stato accettato. Abbiamo ricevuto oltre 300 proposte e purtroppo lo spazio in agenda è limitato.

Ti aspettiamo comunque come partecipante: con il codice SPEAKER27 hai il 20% di sconto sul biglietto.

Il comitato scientifico""",
     notes="talk-declined"),

dict(slug="it-banca-finanziamento-non-accolto", label="other", cat="non-job-rejection", style="ats", variant="it-IT",
     vendor="bank", brand="Banca Lanterna", headers=AUTO,
     frm="Banca Lanterna <comunicazioni@bancalanterna.example>",
     subject="Esito della tua richiesta di prestito personale",
     text="""Gentile Sam Taylor,

ti informiamo che, a seguito delle verifiche effettuate, la tua richiesta di finanziamento n. 7734120 non è stata accolta.

La valutazione si basa su criteri di merito creditizio e non implica alcun giudizio sulla tua persona. Puoi richiedere maggiori informazioni rivolgendoti alla tua filiale.

Cordiali saluti,
Banca Lanterna""",
     notes="loan-declined"),

dict(slug="it-workday-trasferita", label="other", cat="requisition-transfer", style="ats", variant="it-IT",
     vendor="workday", brand="Cantieri Adriatici", headers=AUTO,
     frm="Cantieri Adriatici Careers <cantieriadriatici@myworkday.com>",
     subject="Aggiornamento sulla candidatura: Marketing Manager Yacht Division",
     text="""Gentile Sam Taylor,

ti scriviamo in merito alla tua candidatura per la posizione di Marketing Manager Yacht Division (JR-4502).

La posizione è stata chiusa in seguito all'accorpamento con la divisione Refit. Abbiamo quindi trasferito la tua candidatura alla nuova posizione Marketing Manager Yacht & Refit (JR-4630), dove è attualmente in valutazione. Non è richiesta alcuna azione da parte tua.

Cordiali saluti,
Talent Acquisition - Cantieri Adriatici S.p.A.""",
     notes="requisition-transfer; same-template-as-rejection"),

dict(slug="it-newsletter-come-rispondere-rifiuto", label="other", cat="newsletter", style="ats", variant="it-IT",
     vendor="generic", brand="Carriere Oggi", headers=BULK, plain="auto",
     frm="Carriere Oggi <newsletter@carriereoggi.example>",
     subject="Candidatura rifiutata? Ecco come rispondere (e farti ricordare)",
     text="""## La newsletter della settimana

Ciao Sam,

ricevere un «purtroppo abbiamo deciso di proseguire con altri candidati» non è mai piacevole. Ma la risposta giusta può lasciare la porta aperta.

- Ringrazia entro 48 ore
- Chiedi un feedback specifico
- Chiedi di essere ricontattato per posizioni future

[[Leggi l'articolo completo]]

Inoltre: le 10 aziende che assumono di più nel marketing a Milano questo mese.""",
     notes="newsletter-about-rejection; quotes-rejection-phrase"),

# ---------------------------------------------------------------- others, personal
dict(slug="it-offerta-felice", day="2026-11-30", label="other", cat="offer", style="personal", variant="it-IT",
     frm="Lorenzo Marchetti <lorenzo.marchetti@ponte-vecchio-app.example>",
     subject="Buone notizie!",
     text="""Ciao Sam,

sono felice di comunicarti che, dopo i colloqui con il team, abbiamo deciso di offrirti la posizione di Product Marketing Lead! Ti allego la lettera d'offerta con i dettagli su RAL, benefit e data di inizio.

So che avevi in corso anche un altro processo: prenditi pure qualche giorno, ma facci sapere entro venerdì 4.

Un caro saluto,
Lorenzo
CEO, Ponte Vecchio App""",
     attach=[("Lettera_offerta_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% offer letter placeholder\n%%EOF\n")],
     notes="offer; pdf-attachment"),

dict(slug="it-owner-sent-followup-after-rejection", day="2026-11-17", label="other", cat="owner-sent", style="personal", variant="it-IT",
     frm="Sam Taylor <sam.taylor@example.org>", to="Chiara Bonetti <chiara.bonetti@navigli-media.example>", parent=True,
     parent_domain="navigli-media.example",
     subject="Re: Colloqui per Head of Audience",
     text="""Ciao Chiara,

grazie per avermelo comunicato di persona e con tanta gentilezza. Ovviamente mi dispiace, ma capisco la scelta. Mi farebbe molto piacere sentirti per il feedback: martedì pomeriggio andrebbe bene?

E se in futuro si aprissero altre posizioni, tienimi pure in considerazione.

Sam

Il giorno lun 16 nov 2026 alle 09:12 Chiara Bonetti ha scritto:
> Dopo un confronto piuttosto lungo con la direzione, abbiamo deciso di
> orientarci su un altro profilo, con un'esperienza più verticale sul mondo
> editoriale italiano.""",
     wrap=False, notes="owner-sent; quotes-rejection"),

dict(slug="it-recruiter-outreach", label="other", cat="recruiter-outreach", style="personal", variant="it-IT",
     frm="Valentina Russo <valentina.russo@talenti-lombardi.example>",
     subject="Opportunità Head of Marketing - scale-up fintech Milano",
     text="""Ciao Sam,

ho visto il tuo profilo su LinkedIn e credo che tu possa essere perfetto per una posizione che sto seguendo: Head of Marketing per una scale-up fintech di Milano (serie B, team di 12 persone).

So che non è il momento migliore per cambiare, ma il cliente ha deciso di non aspettare e vuole chiudere entro gennaio. Hai 15 minuti giovedì per una chiamata?

Grazie,
Valentina Russo
Senior Recruiter | Talenti Lombardi
+39 02 555 1870""",
     notes="outreach"),

dict(slug="it-answer-ancora-in-corsa", label="other", cat="answer-to-owner-question", style="personal", variant="it-IT",
     frm="Simone Greco <simone.greco@terra-bio.example>", parent=True,
     subject="Re: Aggiornamento selezione Brand Manager",
     text="""Ciao Sam,

nessun altro candidato, tranquillo! Siamo solo in ritardo perché il nostro AD è stato all'estero due settimane. Ti confermo che sei ancora in corsa e che il prossimo passo è un incontro con lui a fine mese: ti mando le date domani.

Scusa per l'attesa,
Simone

> Ciao Simone, non ho più avuto notizie dopo il secondo colloquio: avete già
> scelto un altro candidato? In tal caso nessun problema, mi farebbe solo
> piacere saperlo. Grazie, Sam""",
     wrap=False, notes="answer-to-question; still-in-running"),

dict(slug="it-riunione-rifiutata", day="2026-11-23", label="other", cat="non-job-rejection", style="personal", variant="it-IT",
     frm="Paolo Esposito <paolo.esposito@example.org>",
     subject="Rifiutato: Revisione campagna Q4 - mercato italiano",
     text="""Paolo Esposito ha rifiutato questa riunione.

Revisione campagna Q4 - mercato italiano
Quando: giovedì 26 novembre 2026 15:00-16:00 (CET)
Organizzatore: Sam Taylor

Messaggio di Paolo: Scusa Sam, giovedì sono dal cliente a Torino. Possiamo spostarla a venerdì mattina?""",
     notes="meeting-declined; colleague"),

dict(slug="it-forwarded-friend-rejection", label="other", cat="forwarded", style="personal", variant="it-IT",
     frm="Elena Moretti <elena.moretti@posta.example>",
     subject="Fwd: Esito candidatura - Social Media Manager",
     text="""Sam, mi dai un parere? Mi hanno scartata di nuovo e non capisco cosa sbaglio nei colloqui. Come risponderesti a questa mail? Grazie mille!!

Ele

---------- Forwarded message ---------
Da: Recruiting Stella Viaggi <recruiting@stellaviaggi.example>
Oggetto: Esito candidatura - Social Media Manager
A: Elena Moretti <elena.moretti@posta.example>

Gentile Elena,
ti ringraziamo per la partecipazione al colloquio. Purtroppo abbiamo deciso di non proseguire con la tua candidatura.
Cordiali saluti,
Stella Viaggi""",
     notes="friend-rejection-forwarded"),
]
