"""Italian messages (Italy, San Marino): 8 rejections, 8 hard negatives."""

AUTO = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<{unsub}>"}
BULK = dict(AUTO, Precedence="bulk")

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS / relays
    dict(slug="it-infojobs-ufficio-acquisti", label="rejection", cat="job-board-relay", style="ats", lang="it",
         country="IT", vendor="infojobs_it", brand="InfoJobs", frm="InfoJobs.it <notifiche@infojobs-it.example>",
         headers=BULK, subject="Aggiornamento sulla tua candidatura – Addetto/a Ufficio Acquisti",
         text="""Ciao Sam,

l'azienda Ferramenta Lombarda S.p.A. ha aggiornato lo stato della tua candidatura.

{table}

Messaggio dell'azienda:
"Gentile candidato/a, la ringraziamo per l'interesse dimostrato. Dopo un'attenta valutazione, il suo profilo non è risultato in linea con i requisiti della posizione. Le auguriamo il meglio per il suo percorso professionale."

Non mollare! Ci sono 412 nuove offerte nel settore Acquisti in Lombardia.

[[Vedi le offerte consigliate per te]]""",
         table=[("Offerta", "Addetto/a Ufficio Acquisti"), ("Azienda", "Ferramenta Lombarda S.p.A."),
                ("Sede", "Monza (MB)"), ("Stato", "Non selezionato")],
         button="Vai alle mie candidature",
         exp=("", "", "Ferramenta Lombarda S.p.A.", "Addetto/a Ufficio Acquisti"),
         notes="relay quoting the employer's message; formal Lei inside informal tu chrome"),

    dict(slug="it-successfactors-santachiara-cup", label="rejection", cat="ats-automated", style="ats", lang="it",
         country="IT", vendor="successfactors", brand="Gruppo Sanitario Santa Chiara", h2t=True, h2t_width=60,
         legal="Gruppo Sanitario Santa Chiara S.p.A.",
         frm="Gruppo Sanitario Santa Chiara <noreply-recruiting@successfactors.example>", headers=AUTO,
         subject="Gruppo Sanitario Santa Chiara – Esito della Sua candidatura (Rif. 4417)",
         text="""Gentile Sam Taylor,

La ringraziamo per aver presentato la Sua candidatura per la posizione di Impiegato/a Amministrativo/a CUP (Rif. 4417) presso la sede di Pavia.

Con la presente desideriamo informarLa che, a seguito della valutazione dei curricula pervenuti, la Sua candidatura non è stata selezionata per le fasi successive del processo di selezione.

Conservazione dei dati: ai sensi del Regolamento (UE) 2016/679, i Suoi dati saranno conservati per 24 mesi per eventuali future selezioni, salvo Sua diversa indicazione. Desidera che il Suo CV venga conservato nel nostro database?

[[Sì, conservate il mio CV]]   [[No, cancellate i miei dati]]

Cordiali saluti,
Direzione Risorse Umane
Gruppo Sanitario Santa Chiara""",
         about="Il Gruppo Sanitario Santa Chiara conta 9 strutture accreditate con il SSN in Lombardia ed Emilia-Romagna. Great Place to Work® 2026.",
         exp=("", "", "Gruppo Sanitario Santa Chiara", "Impiegato/a Amministrativo/a CUP"),
         notes="h2t with narrow wrap; data-retention question with two links; formal Lei"),

    dict(slug="it-greenhouse-paginaverde-bilingue", label="rejection", cat="ats-automated", style="ats", lang="it",
         country="IT", vendor="greenhouse", brand="Pagina Verde",
         frm="Pagina Verde Recruiting <no-reply@us.greenhouse-mail.example>", headers=AUTO,
         subject="La tua candidatura per Sales Development Representative (Italian market) / Your application",
         text="""Ciao Sam,

grazie per esserti candidato/a per il ruolo di Sales Development Representative (Italian market) in Pagina Verde e per il tempo che hai dedicato al nostro processo.

Abbiamo ricevuto moltissime candidature e, dopo averle valutate con attenzione, abbiamo deciso di procedere con altri candidati il cui profilo è più vicino a ciò che cerchiamo in questo momento.

Ti auguriamo il meglio,
Giulia e il Talent Team di Pagina Verde

— English version —

Hi Sam, thanks for applying for the Sales Development Representative (Italian market) role at Pagina Verde. After careful review we have decided to move forward with other candidates whose profiles more closely match our current needs. We wish you all the best.

Pagina Verde S.r.l. · Via Tortona 31, 20144 Milano · P.IVA 10000000961""",
         exp=("", "Giulia", "Pagina Verde", "Sales Development Representative (Italian market)"),
         notes="Italian letter with an English second version; signed by first name with team; no reply address"),

    dict(slug="it-subito-magazzino-coperta", label="rejection", cat="job-board-relay", style="ats", lang="it",
         country="IT", vendor="subito", brand="Subito", frm="Subito <messaggi@subito-mail.example>", headers=AUTO,
         subject="Nuovo messaggio per l'annuncio \"Addetto logistica magazzino – Verona\"",
         text="""Hai ricevuto un nuovo messaggio da Marco – Trasporti Bianchi

Annuncio: Addetto logistica magazzino – Verona

"Buongiorno Sam, grazie per la disponibilità e per essere passato in magazzino giovedì. Le scrivo per dirle che abbiamo già trovato la persona, che inizia lunedì. Se si libera un altro posto la ricontatto io. Buona fortuna!"

[[Rispondi a Marco]]

Ricorda: per la tua sicurezza, tratta sempre tramite Subito.""",
         exp=("", "Marco", "Trasporti Bianchi", "Addetto logistica magazzino"),
         notes="classifieds-site relay of a small employer's message; position filled; reply only through the platform"),

    # ------------------------------------------------------------------ rejections, personal
    dict(slug="it-agenzia-synergia-buyer", day="2026-11-12", label="rejection", cat="agency-recruiter", style="personal", lang="it",
         country="IT", client_html=True, parent=True,
         frm="Elisa Moretti <elisa.moretti@synergialavoro.example>",
         subject="R: candidatura Buyer Junior - aggiornamento",
         text="""Ciao Sam,

scusami per il ritardo, il cliente ci ha messo più del previsto a darmi un riscontro.

Purtroppo Conserve Adriatiche ha scelto di chiudere la ricerca per il Buyer Junior con un altro profilo: il responsabile acquisti ti ha trovato molto sveglio e preparato, ma alla fine ha preferito una persona che usa già SAP MM tutti i giorni. Mi dispiace, so che ci tenevi.

Resto a disposizione, ti tengo presente per le prossime ricerche in area supply chain.

Un caro saluto,
Elisa

Elisa Moretti
Senior Recruiter – Supply Chain & Procurement
Synergia Lavoro S.p.A. – Filiale di Pescara
Tel. 085 000 4471 | Cell. 347 000 2210
Aut. Min. Prot. 1100-SG del 26/11/2004

Il giorno lun 9 nov 2026 alle ore 10:12 Sam Taylor <sam.taylor@example.org> ha scritto:
> Buongiorno Elisa,
> volevo sapere se ci sono novità dal cliente per la posizione di Buyer
> Junior. Grazie mille!
> Sam""",
         exp=("elisa.moretti@synergialavoro.example", "Elisa", "Conserve Adriatiche", "Buyer Junior"),
         notes="agency relays the client's decision over Sam's quoted chaser; manager in third person"),

    dict(slug="it-sanmarino-scuola-insegnante", label="rejection", cat="personal-after-interview", style="personal",
         lang="it", country="SM",
         frm="Prof.ssa Anna Giardi <direzione@istitutotitano.example>",
         subject="Selezione docente di Inglese - a.s. 2026/27",
         text="""Gentile Sam,

desidero innanzitutto ringraziarLa per la lezione dimostrativa di martedì con la classe terza: i ragazzi ne hanno parlato anche nei giorni successivi, e la collega di lettere mi ha riferito di un clima di classe davvero raro per una prima volta.

Come Le avevo anticipato, la commissione ha incontrato in tutto cinque candidati per l'incarico di Insegnante di Inglese (scuola secondaria) e il confronto è stato tutt'altro che semplice. Dopo una lunga riflessione abbiamo scelto di affidare l'incarico a una docente che lavora già con il programma IB Middle Years e che conosce il nostro istituto da due anni come supplente. È stata una scelta legata soprattutto alla continuità con le classi, più che a un confronto tra persone.

Mi farebbe piacere, se è d'accordo, conservare il Suo curriculum: capita spesso che durante l'anno si liberino supplenze brevi, e sarei lieta di contattarLa.

Le rinnovo i miei ringraziamenti e Le auguro ogni bene.

Anna Giardi
Dirigente scolastica
Istituto Internazionale del Titano
Via della Repubblica 12, 47890 Città di San Marino (RSM)
Tel. +378 0549 000 318""",
         exp=("direzione@istitutotitano.example", "Anna", "Istituto Internazionale del Titano", "Insegnante di Inglese (scuola secondaria)"),
         notes="long letter after a trial lesson; verdict in the middle wrapped in praise; keep-on-file offer"),

    dict(slug="it-hr-gira-feedback-responsabile", label="rejection", cat="hr-relays-manager", style="personal",
         lang="it", country="IT",
         frm="Silvia Conti <s.conti@autotrasportiferri.example>",
         subject="Feedback colloquio Responsabile Logistica di Magazzino",
         text="""Ciao Sam,

come promesso ti giro il feedback del responsabile di stabilimento, che ha visto tutti i finalisti:

"Candidato/a molto preparato/a sulla parte di pianificazione e con ottime capacità relazionali. Per questa posizione però non lo/la porterei avanti: serve qualcuno che abbia già gestito un magazzino con più di 40 persone su tre turni, e su questo l'esperienza è ancora limitata."

Quindi, per la posizione di Responsabile Logistica di Magazzino, non proseguiamo. Mi spiace, ma ci tenevo a darti un riscontro concreto e non la solita mail standard.

Buona giornata,
Silvia

--
Silvia Conti
HR Business Partner
Autotrasporti Ferri S.r.l. – Interporto di Bologna
+39 051 000 8820""",
         exp=("s.conti@autotrasportiferri.example", "Silvia", "Autotrasporti Ferri", "Responsabile Logistica di Magazzino"),
         notes="HR quotes the manager's note about the candidate in the third person, then a short verdict"),

    dict(slug="it-fondazione-posizione-congelata", label="rejection", cat="role-cancelled", style="personal",
         lang="it", country="IT",
         frm="Luca Bernardi <l.bernardi@fondazionepontesud.example>",
         subject="Re: candidatura Assistente Amministrativo/a progetti",
         parent=True,
         text="""Buongiorno Sam,

purtroppo il finanziamento del bando su cui avremmo coperto la posizione di Assistente Amministrativo/a progetti è slittato al 2027, quindi la posizione è congelata e chiudiamo la selezione senza assegnare l'incarico. Se riapriremo, pubblicheremo un nuovo avviso.

Grazie per la pazienza,
Luca Bernardi
Fondazione Ponte Sud ETS – Amministrazione""",
         exp=("l.bernardi@fondazionepontesud.example", "Luca", "Fondazione Ponte Sud", "Assistente Amministrativo/a progetti"),
         notes="NGO role frozen for lack of funding; short"),

    # ------------------------------------------------------------------ hard negatives, ATS
    dict(slug="it-workday-orobica-ricevuta", label="other", cat="ack-received", style="ats", lang="it",
         country="IT", vendor="workday", brand="Grande Distribuzione Orobica", h2t=True,
         frm="Grande Distribuzione Orobica <orobica@myworkday.example>", headers=AUTO,
         subject="Abbiamo ricevuto la tua candidatura – Capo Reparto Freschi (R-2231)",
         text="""Ciao Sam,

grazie per esserti candidato/a alla posizione di Capo Reparto Freschi (R-2231) presso il punto vendita di Bergamo.

Il nostro team di selezione valuterà il tuo profilo nelle prossime settimane. A causa dell'elevato numero di candidature non sempre riusciamo a rispondere in tempi brevi: qualora il tuo profilo non venga ritenuto in linea con la posizione, te lo comunicheremo comunque via email.

Puoi seguire lo stato della candidatura nel [[Portale Candidati]].

Grazie ancora,
Talent Acquisition – Grande Distribuzione Orobica""",
         about="Siamo un'azienda che valorizza le diversità e garantisce pari opportunità.",
         notes="acknowledgement that hedges about a later no; h2t"),

    dict(slug="it-linkedin-avviso-offerte", label="other", cat="job-alert", style="ats", lang="it", country="IT",
         vendor="linkedin", brand="LinkedIn", frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
         headers=BULK, subject="\"responsabile acquisti\": 8 nuove offerte a Milano",
         text="""Le tue offerte di lavoro consigliate

[[Responsabile Acquisti]] – Officine Brianza – Monza – Candidatura semplice

[[Buyer Senior Packaging]] – Latterie Valtellina – Sondrio – Promosso

[[Purchasing Specialist]] – NordTech Italia – Milano (ibrido) – 23 candidati

[[Category Manager Non Food]] – Supermercati Aurora – Milano

[[Addetto/a Acquisti]] – Ferramenta Lombarda S.p.A. – Monza – Questa offerta non accetta più candidature

Vedi tutte le offerte""",
         button="Vedi tutte le offerte",
         notes="LinkedIn job alert; one listed role from the same company as a rejection shown 'no longer accepting applications'"),

    dict(slug="it-teamtailor-talent-community", label="other", cat="talent-pool", style="ats", lang="it",
         country="IT", vendor="teamtailor", brand="Caffè Moretto",
         frm="Caffè Moretto Careers <no-reply@teamtailor.example>", headers=AUTO,
         subject="Benvenuto/a nella Talent Community di Caffè Moretto",
         text="""Ciao Sam,

grazie per esserti iscritto/a alla nostra Talent Community al Career Day dell'Università di Padova!

Al momento non abbiamo posizioni aperte in linea con le aree che hai indicato (Vendite, Trade Marketing), ma sarai tra i primi a sapere quando ne apriremo una. Nel frattempo puoi aggiornare le tue preferenze o caricare un nuovo CV in qualsiasi momento.

[[Aggiorna le tue preferenze]]

A presto,
People Team – Caffè Moretto""",
         notes="talent-community welcome without any application: 'no open positions in line with your areas'"),

    dict(slug="it-icims-trasferita-bergamo", label="other", cat="requisition-transfer", style="ats", lang="it",
         country="IT", vendor="icims", brand="Logistica Padana",
         frm="Logistica Padana Recruiting <careers-noreply@talent.icims.example>", headers=AUTO,
         subject="Aggiornamento: la tua candidatura è stata trasferita",
         text="""Gentile Sam,

ti informiamo che la posizione di Impiegato/a Ufficio Trasporti presso la sede di Brescia (Req. 7781) è stata chiusa a seguito di una riorganizzazione interna.

Visto il tuo profilo, il recruiter ha trasferito la tua candidatura alla posizione equivalente presso la sede di Bergamo (Req. 7815), dove la selezione è in corso. Non devi fare nulla: il tuo CV e le risposte al questionario sono stati mantenuti.

{table}

Per domande puoi scrivere a recruiting@logisticapadana.example.

Cordiali saluti,
Team Selezione Logistica Padana""",
         table=[("Req. 7781 – Brescia", "Chiusa"), ("Req. 7815 – Bergamo", "In valutazione")],
         notes="requisition closed but application transferred to another site: other"),

    # ------------------------------------------------------------------ hard negatives, personal
    dict(slug="it-offerta-ral-non-modificabile", day="2026-11-16", label="other", cat="offer", style="personal", lang="it",
         country="IT", client_html=True,
         frm="Francesca Longo <francesca.longo@farmaciecomunali-reno.example>",
         subject="Proposta di assunzione – Coordinatore/trice Amministrativo/a",
         text="""Ciao Sam,

come anticipato al telefono, sono felice di confermarti per iscritto che vorremmo averti con noi come Coordinatore/trice Amministrativo/a, con inizio il 1° febbraio 2027.

Sulla tua richiesta di RAL a 38.000 € purtroppo non possiamo andare oltre i 35.500 € previsti dal CCNL e dalla griglia interna; abbiamo però aggiunto il buono pasto da 8 € e un giorno di smart working a settimana, come vedrai nella lettera allegata.

Ti chiedo un riscontro entro venerdì 20. Per qualsiasi dubbio chiamami pure.

Un saluto,
Francesca Longo
Responsabile Personale – Farmacie Comunali Reno
Tel. 051 000 7730""",
         attach=[("Lettera_proposta_Sam_Taylor.txt", "text/plain",
                  "Lettera di proposta - Coordinatore/trice Amministrativo/a - RAL 35.500 EUR - inizio 01/02/2027\n")],
         notes="written job offer carrying a refusal about salary ('purtroppo non possiamo')"),

    dict(slug="it-festival-proposta-intervento", label="other", cat="non-job-rejection", style="personal", lang="it",
         country="IT",
         frm="Comitato Programma FGD <programma@festivalgiornalismodigitale.example>",
         subject="Esito call for speakers – Festival del Giornalismo Digitale 2027",
         text="""Gentile Sam Taylor,

grazie per aver inviato la proposta di intervento "Newsletter locali e fidelizzazione dei lettori" alla call for speakers del Festival del Giornalismo Digitale 2027.

Quest'anno abbiamo ricevuto oltre 600 proposte per 80 slot. Ci dispiace comunicarLe che il comitato scientifico non ha selezionato la Sua proposta per il programma principale. Non si tratta di un giudizio sulla qualità del lavoro, ma della necessità di bilanciare temi e relatori.

Speriamo di vederLa comunque a Perugia: come proponente ha diritto a un pass scontato del 30%.

Il Comitato Programma""",
         notes="conference talk proposal declined; recruiting vocabulary ('non ha selezionato')"),

    dict(slug="it-collega-candidato-scartato", label="other", cat="owner-hiring", style="personal", lang="it",
         country="IT",
         frm="Chiara Valli <chiara.valli@example.org>",
         subject="Luca Neri - Account Executive: comunicato l'esito",
         text="""Ciao Sam,

ho chiamato Luca Neri e gli ho comunicato che non proseguiamo con la sua candidatura per Account Executive Milano, come deciso ieri. L'ha presa bene, ha chiesto un feedback scritto: ti va se gli mando i due punti che avevi segnato tu (negoziazione e conoscenza del mercato locale)?

Per l'altra finalista invece procedo con la proposta, appena mi dai l'ok sul budget.

Grazie!
Chiara

Chiara Valli
People Partner · Calder Street Media Italia""",
         notes="colleague at example.org about a candidate Sam turned down; Sam is hiring"),

    dict(slug="it-agenzia-synergia-referenze", label="other", cat="reference-request", style="personal", lang="it",
         country="IT",
         frm="Elisa Moretti <elisa.moretti@synergialavoro.example>",
         subject="Ottime notizie - Pastificio Gran Sasso / referenze",
         text="""Ciao Sam!

Il Pastificio Gran Sasso vuole andare avanti con te per il ruolo di Addetto/a Pianificazione Acquisti: sei il candidato che preferiscono. Prima di formalizzare, però, mi chiedono due referenze di ex responsabili. Riesci a mandarmi nomi, ruoli e recapiti entro giovedì?

Non è una formalità ma quasi: se per qualche motivo non riuscissi, fammelo sapere e troviamo una soluzione.

Elisa

Elisa Moretti
Senior Recruiter – Supply Chain & Procurement
Synergia Lavoro S.p.A.
Cell. 347 000 2210""",
         notes="agency (same as a rejection) asks for references: preferred candidate"),
]
