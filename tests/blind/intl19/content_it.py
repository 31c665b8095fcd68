"""Italian messages (Italy, Ticino): 8 rejections, 8 hard negatives."""
from content_common import BULK, rej

M = []

# ---------------------------------------------------------------- rejections, ATS
M.append(dict(
    slug="it-successfactors-altri-candidati-lombarda", lang="it", variant="it-IT", style="ats", label="rejection", cat="ats-automated",
    vendor="successfactors_it", brand="Lombarda Alimentare",
    frm="Lombarda Alimentare Careers <noreply@successfactors.eu>", subject="Esito candidatura – Product Marketing Manager (Req ID 77310)",
    text="""Gentile Sam Taylor,

la ringraziamo per l'interesse dimostrato nei confronti di Lombarda Alimentare e per aver inviato la sua candidatura per la posizione di Product Marketing Manager (Req ID 77310).

Dopo un'attenta valutazione del suo profilo, le comunichiamo che abbiamo deciso di proseguire il processo di selezione con altri candidati, il cui profilo risulta maggiormente in linea con i requisiti della posizione.

Il suo curriculum resterà nel nostro database e potrà essere preso in considerazione per future opportunità. La invitiamo a consultare regolarmente la sezione [[Lavora con noi]].

Cordiali saluti,
Talent Acquisition
Lombarda Alimentare S.p.A.""",
    exp=rej("", "", "Lombarda Alimentare", "Product Marketing Manager"),
    notes="successfactors; the most ordinary Italian template; formal Lei"))

M.append(dict(
    slug="it-infojobs-non-selezionata", lang="it", variant="it-IT", style="ats", label="rejection", cat="job-board-relay",
    vendor="infojobs_it", brand="InfoJobs", headers=BULK, plain="html2text",
    frm="InfoJobs <noreply@infojobs.it>", subject="Aggiornamento sulla tua candidatura: Brand Manager",
    text="""Ciao Sam,

c'è un aggiornamento sulla tua candidatura.

{table}

L'azienda ha valutato il tuo CV e ha deciso di non proseguire con la tua candidatura per questa offerta. Non scoraggiarti: ogni giorno pubblichiamo nuove offerte di lavoro adatte al tuo profilo.

[[Vai alle mie candidature]]

Offerte simili:
- Trade Marketing Specialist · Bologna
- Digital Brand Manager · Milano · smart working""",
    table=[("Offerta", "Brand Manager"), ("Azienda", "Caseificio Valtaro S.r.l."), ("Stato", "Non selezionata")],
    exp=rej("", "", "Caseificio Valtaro S.r.l.", "Brand Manager"),
    notes="job-board status relay; bulk; html2text plain with links list"))

M.append(dict(
    slug="it-ch-personio-posizione-occupata", lang="it", variant="it-CH", style="ats", label="rejection", cat="keep-on-file",
    vendor="personio_it", brand="Ceresio Pharma SA", reply_to="Chiara Bernasconi <chiara.bernasconi@ceresiopharma.example>",
    frm="Ceresio Pharma SA <noreply@jobs.personio.de>", subject="La sua candidatura presso Ceresio Pharma SA – Marketing Manager Svizzera",
    text="""Gentile Sam Taylor,

grazie per la sua candidatura per il posto di Marketing Manager Svizzera e per il colloquio del mese scorso con il nostro team a Lugano.

Con la presente le comunichiamo che la posizione è stata nel frattempo occupata. Non possiamo pertanto dare seguito alla sua candidatura.

Ci permetta di chiederle se desidera che conserviamo il suo dossier per eventuali posizioni future. In tal caso la preghiamo di confermarcelo rispondendo a questa e-mail; in caso contrario i suoi dati verranno cancellati entro sei mesi, conformemente alla nLPD.

Cordiali saluti

Chiara Bernasconi
HR Business Partner
Ceresio Pharma SA · Via Pretorio 9 · 6900 Lugano""",
    extra_footer=["Freundliche Grüsse aus dem Tessin – Ceresio Pharma SA, Handelsregister CHE-123.456.789"],
    exp=rej("chiara.bernasconi@ceresiopharma.example", "Chiara", "Ceresio Pharma SA", "Marketing Manager Svizzera"),
    notes="Ticino; personio; position filled; retention consent question; German line in footer"))

M.append(dict(
    slug="it-ente-pubblico-non-ammesso-orale", lang="it", variant="it-IT", style="ats", label="rejection", cat="public-sector",
    vendor="gov_it", brand="Regione Appennino",
    frm="Regione Appennino – Reclutamento <noreply-concorsi@regione-appennino.example>", subject="Avviso di selezione n. 14/2026 – Comunicazione esito valutazione titoli",
    text="""Gentile candidato/a TAYLOR SAM,

con riferimento all'Avviso di selezione pubblica n. 14/2026 per il conferimento di n. 1 incarico di Funzionario Esperto in Comunicazione Istituzionale, si comunica che la Commissione esaminatrice, nella seduta del 19/11/2026, ha concluso la valutazione dei titoli.

{table}

La S.V. non è pertanto ammessa alla prova orale. Avverso il presente provvedimento è ammesso ricorso al TAR entro 60 giorni dalla pubblicazione della graduatoria sull'Albo pretorio online.

Per informazioni: Ufficio Reclutamento, ufficio.reclutamento@regione-appennino.example

Il Responsabile del Procedimento
Dott.ssa Paola Serafini""",
    table=[("Punteggio titoli", "14,5 / 30"), ("Soglia di ammissione", "18 / 30"), ("Esito", "NON AMMESSO/A")],
    exp=rej("ufficio.reclutamento@regione-appennino.example", "Paola", "Regione Appennino", "Funzionario Esperto in Comunicazione Istituzionale"),
    notes="public-sector notice; bureaucratic; verdict in table and 'non è ammessa'; office address in body"))

# ---------------------------------------------------------------- rejections, personal
M.append(dict(
    slug="it-hr-dopo-colloquio-profilo-settore", lang="it", variant="it-IT", style="personal", label="rejection", cat="personal-after-interview",
    frm="Giulia Ferraris <g.ferraris@torinomobility.example>", subject="Colloquio per Growth Marketing Lead",
    text="""Buongiorno Sam,

grazie ancora per il tempo che ci ha dedicato martedì, a lei e al nostro direttore marketing è sembrato un colloquio molto piacevole.

Purtroppo devo comunicarle che abbiamo scelto di proseguire con un profilo che ha maggiore esperienza nel settore della mobilità elettrica, che per noi in questa fase è determinante.

Le auguro il meglio per la sua ricerca e non escludo di ricontattarla in futuro.

Un cordiale saluto,
Giulia Ferraris
HR Manager – Torino Mobility S.r.l.
Tel. +39 011 562 3384""",
    exp=rej("g.ferraris@torinomobility.example", "Giulia", "Torino Mobility", "Growth Marketing Lead"),
    notes="HR after interview; ordinary 'purtroppo'"))

M.append(dict(
    slug="it-agenzia-ricerca-congelata", lang="it", variant="it-IT", style="personal", label="rejection", cat="role-cancelled",
    frm="Lorenzo Gatti <lorenzo.gatti@selectapeople.example>", subject="Aggiornamento ricerca Head of Marketing – cliente settore moda", client_html=True,
    text="""Ciao Sam,

ti aggiorno sulla ricerca per Head of Marketing per il nostro cliente Maison Orlandi.

Purtroppo il cliente ha deciso di congelare la posizione fino all'approvazione del budget 2027: l'amministratore delegato vuole prima chiudere la riorganizzazione del retail. Per questo motivo la selezione si interrompe qui per tutti i candidati, anche per chi come te era arrivato in short list.

Mi dispiace davvero, il feedback su di te era ottimo. Se la ricerca riparte, sarai il primo che chiamo.

Un saluto,
Lorenzo

Lorenzo Gatti
Senior Consultant | Selecta People
Mob. +39 347 882 1930 | Via Vittor Pisani 12, Milano""",
    exp=rej("lorenzo.gatti@selectapeople.example", "Lorenzo", "Maison Orlandi", "Head of Marketing"),
    notes="agency; position frozen until budget approval, selection stopped"))

M.append(dict(
    slug="it-breve-risposta-sollecito", lang="it", variant="it-IT", style="personal", label="rejection", cat="terse",
    frm="Marco Bellini <marco.bellini@pastificiobellini.example>", subject="R: Candidatura Marketing Manager", parent=True, parent_domain="example.org",
    text="""Ciao Sam, scusa il ritardo. Purtroppo non siamo andati avanti con il tuo profilo. Un caro saluto e in bocca al lupo!
Marco
Pastificio Bellini

Inviato da Outlook per Android
________________________________
Da: Sam Taylor <sam.taylor@example.org>
Inviato: lunedì 16 novembre 2026 08:47
A: Marco Bellini
Oggetto: Candidatura Marketing Manager

Buongiorno Marco, volevo sapere se ci sono novità sulla mia candidatura per Marketing Manager. Grazie, Sam""",
    exp=rej("marco.bellini@pastificiobellini.example", "Marco", "Pastificio Bellini", "Marketing Manager"),
    notes="terse reply above Outlook-mobile quoted chaser"))

M.append(dict(
    slug="it-ch-lettera-lunga-bilingue", lang="it", variant="it-CH", style="personal", label="rejection", cat="personal-after-interview",
    frm="Andrea Rezzonico <andrea.rezzonico@gottardotech.example>", subject="Il suo percorso di selezione / Your application",
    text="""Gentile Sam,

desidero ringraziarla personalmente per il percorso fatto insieme nelle ultime settimane: i due colloqui a Bellinzona, il caso di studio sul lancio in Germania e la conversazione con il nostro CEO. Ho apprezzato molto la chiarezza del suo approccio e la curiosità con cui ha affrontato le nostre domande.

Dopo un confronto approfondito con il team, abbiamo deciso di non proseguire con la sua candidatura per la posizione di Senior Product Marketing Manager. La persona che abbiamo scelto parla correntemente tedesco e conosce già il mercato svizzero tedesco, che sarà la nostra priorità nel 2027.

Se lo desidera, sarò lieto di condividere un feedback più dettagliato in una breve telefonata.

Con i migliori saluti,
Andrea Rezzonico
Head of Marketing, Gottardo Tech SA
+41 91 825 47 10

---
English summary: thank you for your time in our process; we have decided not to move forward with your application for the Senior Product Marketing Manager role. Happy to share feedback by phone.""",
    exp=rej("andrea.rezzonico@gottardotech.example", "Andrea", "Gottardo Tech", "Senior Product Marketing Manager"),
    notes="Ticino; long; verdict in the middle; English summary below"))

# ---------------------------------------------------------------- others, ATS
M.append(dict(
    slug="it-infojobs-alert-nuove-offerte", lang="it", variant="it-IT", style="ats", label="other", cat="job-alert",
    vendor="infojobs_it", brand="InfoJobs", headers=BULK, plain="html2text",
    frm="InfoJobs Avvisi <avvisi@infojobs.it>", subject="12 nuove offerte per: marketing manager, Milano",
    text="""Ciao Sam, ecco le nuove offerte di oggi per la tua ricerca salvata.

- Marketing Manager · Birrificio Navigli · Milano · Tempo indeterminato
- Product Marketing Manager · Fintech Duomo · Milano · Ibrido
- Brand Manager Junior · Cosmetica Brera · Milano
- Responsabile Marketing · Gruppo Ticinese Arredi · Pavia

Alcune offerte che hai salvato sono scadute e non accettano più candidature. [[Vedi tutte le offerte]]""",
    notes="job alert; 'non accettano più candidature' about saved, not applied, ads"))

M.append(dict(
    slug="it-workday-invito-colloquio", lang="it", variant="it-IT", style="ats", label="other", cat="interview-invite",
    vendor="successfactors_it", brand="Assicurazioni Laguna", button="Conferma disponibilità",
    frm="Assicurazioni Laguna Recruiting <noreply@successfactors.eu>", subject="Invito a colloquio – Customer Marketing Manager",
    text="""Gentile Sam Taylor,

siamo lieti di comunicarle che la sua candidatura per la posizione di Customer Marketing Manager è stata selezionata per la fase successiva.

La invitiamo a un colloquio conoscitivo in videochiamata con la Dott.ssa Federica Zanon (Responsabile Marketing). Non è possibile modificare l'orario una volta confermato; in caso di impedimento la preghiamo di avvisarci almeno 24 ore prima.

Cordiali saluti,
Ufficio Selezione – Assicurazioni Laguna""",
    notes="interview invitation; 'non è possibile' about rescheduling"))

M.append(dict(
    slug="it-candidatura-trasferita-altra-posizione", lang="it", variant="it-IT", style="ats", label="other", cat="transfer",
    vendor="generic_it", brand="Gruppo Vesuvio Retail",
    frm="Gruppo Vesuvio Retail <selezione@vesuvioretail.example>", subject="La sua candidatura – aggiornamento",
    text="""Gentile Sam,

la ringraziamo per la candidatura per la posizione di Brand Manager. Il nostro team ha ritenuto che il suo profilo sia più in linea con la posizione di CRM & Loyalty Manager, aperta da pochi giorni nella sede di Napoli.

Con il suo consenso, abbiamo trasferito la sua candidatura a questa nuova posizione: non è necessario ricandidarsi. La selezione per Brand Manager prosegue separatamente.

Sarà contattata/o a breve dal recruiter per un primo colloquio telefonico.

Cordiali saluti,
Talent Team – Gruppo Vesuvio Retail""",
    notes="application transferred to another requisition; interview promised"))

M.append(dict(
    slug="it-outlook-riunione-rifiutata", lang="it", variant="it-IT", style="ats", label="other", cat="non-job-rejection",
    vendor="generic_it", brand="Calder Street Media", raw=True,
    frm="Francesca Longo <francesca.longo@example.org>", subject="Rifiutato: Revisione piano editoriale Q1",
    text="""Francesca Longo ha rifiutato questa riunione.

Revisione piano editoriale Q1
Quando: giovedì 3 dicembre 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlino, Roma
Dove: Microsoft Teams

Purtroppo non riesco, sono dal cliente a Torino tutto il giorno. Possiamo spostarla a venerdì?""",
    notes="declined meeting invitation from a colleague; calendar auto-format"))

# ---------------------------------------------------------------- others, personal
M.append(dict(
    slug="it-contributo-non-accettato-convegno", lang="it", variant="it-IT", style="personal", label="other", cat="non-job-rejection",
    frm="Prof. Stefano Lanza <stefano.lanza@unibrera.example>", subject="Convegno Comunicazione e Mercati 2027 – esito proposta",
    text="""Gentile dott. Taylor,

a nome del comitato scientifico del convegno "Comunicazione e Mercati 2027" la ringrazio per aver inviato l'abstract "Misurare il brand nei media locali".

Siamo spiacenti di comunicarle che il suo contributo non è stato accettato per la sessione plenaria. Il comitato propone tuttavia di presentarlo come poster nella sessione pomeridiana del 12 marzo; la preghiamo di farci sapere entro il 15 dicembre se accetta.

Cordiali saluti,
Stefano Lanza
Università di Brera – Dipartimento di Economia""",
    notes="conference abstract not accepted; academic; not a job"))

M.append(dict(
    slug="it-risposta-ringraziamento-rimaniamo-in-contatto", lang="it", variant="it-IT", style="personal", label="other", cat="reply-to-followup",
    frm="Valentina Russo <valentina.russo@adriaticamedia.example>", subject="Re: Grazie per il riscontro", parent=True, parent_domain="example.org",
    text="""Ciao Sam,

che bel messaggio, grazie a te! Non c'è bisogno di scusarsi per niente, anzi: restiamo assolutamente in contatto. Ti ho aggiunto su LinkedIn e ti segnalo appena si apre qualcosa nel team di Roma.

A presto,
Valentina

Il giorno ven 20 nov 2026 alle ore 17:22 Sam Taylor <sam.taylor@example.org> ha scritto:
> Ciao Valentina,
> grazie per avermi comunicato che avete scelto un altro candidato per il ruolo di Content Lead. Mi dispiace, ma capisco. Scusa se ho insistito con i solleciti nelle ultime settimane.
> Se dovesse aprirsi qualcosa in futuro, mi farebbe molto piacere essere ricontattato.
> Sam""",
    notes="reply to Sam's thank-you after a rejection; verdict only in the quote"))

M.append(dict(
    slug="it-collega-candidato-non-passato", lang="it", variant="it-IT", style="personal", label="other", cat="owner-is-hiring-manager",
    frm="Davide Conti <davide.conti@example.org>", subject="Selezione data analyst – aggiornamento",
    text="""Ciao Sam,

ho chiamato Tommaso per dirgli che purtroppo non è passato alla fase finale, come avevamo deciso venerdì. L'ha presa bene, gli ho promesso un feedback scritto, riesci a mandarmi due righe entro mercoledì?

Per Ilaria invece confermo il colloquio finale con te giovedì alle 10.

Grazie,
Davide
Calder Street Media – Milano""",
    notes="colleague; Sam is hiring; rejection about a candidate"))

M.append(dict(
    slug="it-conferma-ritiro-candidatura", lang="it", variant="it-IT", style="personal", label="other", cat="withdrawal-confirmation",
    frm="Elisa Marchetti <elisa.marchetti@dolomitiviaggi.example>", subject="Re: Ritiro candidatura – Marketing Specialist", parent=True, parent_domain="example.org",
    text="""Gentile Sam,

prendo atto della sua decisione di ritirare la candidatura per la posizione di Marketing Specialist e la ringrazio per avercelo comunicato con anticipo. Abbiamo quindi annullato il colloquio di venerdì.

Le auguro un grande in bocca al lupo per la nuova opportunità.

Cordiali saluti,
Elisa Marchetti
Risorse Umane – Dolomiti Viaggi

> Gentile Elisa, la informo che ho accettato un'altra proposta e ritiro quindi la mia candidatura. Grazie di tutto. Sam Taylor""",
    notes="confirmation of Sam's own withdrawal; interview cancelled"))

MESSAGES = M
