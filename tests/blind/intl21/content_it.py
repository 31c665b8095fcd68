"""Italian messages: 6 rejections, 6 hard negatives."""
MESSAGES = [
# ---------------- rejections ----------------
dict(slug="it-successfactors-non-selezionata", label="rejection", cat="ats-automated", lang="it", country="IT", style="ats",
     vendor="successfactors", brand="Gruppo Lanterna Assicurazioni",
     frm="Gruppo Lanterna Careers <careers-noreply@successfactors.eu>", subject="Gruppo Lanterna - Esito candidatura Req. 58213",
     headers={"Auto-Submitted": "auto-generated"},
     text="""Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato nei confronti del Gruppo Lanterna Assicurazioni e per aver inviato la Sua candidatura per la posizione di Marketing Intelligence Manager (Req. 58213).

Dopo un'attenta valutazione del Suo profilo, Le comunichiamo che la Sua candidatura non è stata selezionata per le successive fasi del processo di selezione.

Il Suo curriculum resterà nel nostro database per 24 mesi e potrà essere preso in considerazione per future opportunità in linea con il Suo profilo. Potrà in ogni momento aggiornare o cancellare i Suoi dati accedendo alla [[Sua area personale]].

Cordiali saluti,

Talent Acquisition
Gruppo Lanterna Assicurazioni

Gruppo Lanterna Assicurazioni S.p.A. – Sede legale: Piazza De Ferrari 0, 16121 Genova – Capitale sociale i.v. – Iscritta all'Albo dei gruppi assicurativi (dati di esempio).""",
     exp=("", "", "Gruppo Lanterna Assicurazioni", "Marketing Intelligence Manager"),
     notes="successfactors; formal Lei; ordinary wording; legal footer"),

dict(slug="it-infojobs-stato-non-selezionato", label="rejection", cat="ats-automated", lang="it", country="IT", style="ats",
     vendor="infojobs", brand="InfoJobs", plain="autogen",
     frm="InfoJobs.it <noreply@infojobs.it>", subject="Aggiornamento sulla tua candidatura",
     headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     text="""## Ciao Sam,

l'azienda ha aggiornato lo stato della tua candidatura.

{table}

Non scoraggiarti! Ci sono nuove offerte che potrebbero interessarti:
- [[Digital Marketing Specialist - Torino]]
- [[Brand Manager - Bologna]]

[[Vai alle mie candidature]]""",
     table=[("Offerta", "Responsabile Marketing Digitale"), ("Azienda", "Pastificio Valtrebbia"),
            ("Stato", "Non selezionato")],
     exp=("", "", "Pastificio Valtrebbia", "Responsabile Marketing Digitale"),
     notes="job-board relay; status only in a table; autogen plain"),

dict(slug="it-personio-bilingue", label="rejection", cat="ats-automated", lang="it", country="IT", style="ats",
     vendor="personio", brand="Verbena Cosmetici",
     frm="Verbena Cosmetici <jobs@verbena-cosmetici.jobs.personio.de>", reply_to="Giulia Ferrara <giulia.ferrara@verbena-cosmetici.example>",
     subject="La tua candidatura – Product Marketing Manager (m/f/d) / Your application",
     text="""Ciao Sam,

grazie per esserti candidato/a per la posizione di Product Marketing Manager (m/f/d) presso Verbena Cosmetici.

Purtroppo dobbiamo comunicarti che abbiamo deciso di non procedere con la tua candidatura. Abbiamo ricevuto moltissimi profili interessanti e la scelta non è stata facile.

Ti auguriamo il meglio per il tuo percorso professionale.

Un caro saluto,
Giulia Ferrara
HR Business Partner

— English version below —

Hi Sam,

Thank you for applying for the Product Marketing Manager (m/f/d) position at Verbena Cosmetici. Unfortunately, we have decided not to proceed with your application. We wish you all the best.

Kind regards,
Giulia Ferrara""",
     exp=("giulia.ferrara@verbena-cosmetici.example", "Giulia", "Verbena Cosmetici", "Product Marketing Manager (m/f/d)"),
     notes="personio; Italian with English version; Reply-To HRBP"),

dict(slug="it-headhunter-altro-profilo", label="rejection", cat="agency-recruiter", lang="it", country="IT", style="personal",
     frm="Alessandro Conti <a.conti@navigliosearch.example>", subject="Aggiornamento - posizione Head of Marketing Foodtech",
     text="""Ciao Sam,

come promesso ti aggiorno sulla posizione di Head of Marketing per il nostro cliente Risotteria Digitale. Ho avuto stamattina il debrief con l'AD: hanno apprezzato molto la tua visione sul posizionamento e il lavoro fatto sulle audience, ma alla fine hanno deciso di procedere con un altro profilo, più in linea con l'esperienza nel food delivery che cercavano.

Mi dispiace, so che ci tenevi. Resto a disposizione e ti tengo presente per i prossimi mandati, ne ho un paio in partenza a gennaio.

Un saluto,
Alessandro

Alessandro Conti
Senior Consultant – Marketing & Digital
Naviglio Search S.r.l. | Via Esempio 12, Milano
M. +39 333 555 0174""",
     exp=("a.conti@navigliosearch.example", "Alessandro", "Risotteria Digitale", "Head of Marketing"),
     notes="agency headhunter; client named; verdict after praise"),

dict(slug="it-manager-coperta-internamente", label="rejection", cat="terse", lang="it", country="IT", style="personal",
     frm="Marco Bellini <marco.bellini@ortensia-tech.example>", subject="Re: Colloquio Growth Lead",
     parent=True, parent_domain="example.org",
     text="""Ciao Sam, scusa il ritardo. Purtroppo la posizione di Growth Lead l'abbiamo coperta internamente, quindi non andiamo avanti. Grazie ancora per la disponibilità e in bocca al lupo!
Marco

Inviato da Outlook per Android
________________________________
Da: Sam Taylor <sam.taylor@example.org>
Inviato: martedì 3 novembre 2026 08:47
A: Marco Bellini <marco.bellini@ortensia-tech.example>
Oggetto: Colloquio Growth Lead

Ciao Marco,
volevo sapere se ci sono novità dopo il colloquio della settimana scorsa per la posizione di Growth Lead in Ortensia Tech.
Grazie,
Sam""",
     exp=("marco.bellini@ortensia-tech.example", "Marco", "Ortensia Tech", "Growth Lead"),
     notes="short reply above Outlook mobile quote; filled internally"),

dict(slug="it-universita-non-idoneo", label="rejection", cat="public-sector", lang="it", country="IT", style="personal",
     frm="Ufficio Reclutamento Personale TA <reclutamento.ta@uni-appennino.example>", subject="Selezione pubblica cat. D - Area comunicazione - esito colloquio",
     charset="iso-8859-1", cte="quoted-printable",
     text="""Gentile candidato/a,

con riferimento alla selezione pubblica, per titoli e colloquio, per n. 1 posto di categoria D - area tecnica, tecnico-scientifica ed elaborazione dati - per le esigenze dell'Ufficio Comunicazione dell'Università degli Studi dell'Appennino, si comunica che la commissione esaminatrice, all'esito del colloquio svoltosi in data 22 ottobre 2026, non ha ritenuto la S.V. idonea. Pertanto la S.V. non è inserita nella graduatoria di merito.

La graduatoria sarà pubblicata all'Albo ufficiale di Ateneo. Avverso il presente provvedimento è ammesso ricorso al TAR entro 60 giorni.

Distinti saluti

dott.ssa Paola Rinaldi
Responsabile Ufficio Reclutamento Personale Tecnico-Amministrativo
Università degli Studi dell'Appennino
tel. 0512 555 019""",
     exp=("reclutamento.ta@uni-appennino.example", "Paola", "Università degli Studi dell'Appennino", ""),
     notes="public sector (university concorso); bureaucratic; not idonea; latin-1 QP; role given only as a category"),

# ---------------- hard negatives ----------------
dict(slug="it-linkedin-avviso-offerte", label="other", cat="job-alert", lang="it", country="IT", style="ats",
     vendor="linkedin", brand="LinkedIn", plain="autogen",
     frm="Avvisi offerte di lavoro LinkedIn <jobalerts-noreply@linkedin.com>", subject="“product marketing manager”: 12 nuove offerte a Milano",
     headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     text="""Le tue offerte di lavoro consigliate

- [[Product Marketing Manager · Campari Digitale (esempio) · Milano · Candidatura semplice]]
- [[Senior PMM · Fintech Brera · Milano (ibrido) · Posizione chiusa a breve]]
- [[Marketing Manager · Ortensia Tech · Milano · 3 ex-colleghi lavorano qui]]

Non sei stato selezionato? Non mollare: i candidati che personalizzano il CV ricevono il 40% di risposte in più. [[Leggi i consigli]]""",
     notes="linkedin alert; contains 'non sei stato selezionato?' as advice"),

dict(slug="it-workday-videocolloquio", label="other", cat="interview-invite", lang="it", country="IT", style="ats",
     vendor="workday", brand="Ferrovie Aurora",
     frm="Ferrovie Aurora <ferrovieaurora@myworkday.com>", subject="Invito al video colloquio - Brand Experience Manager",
     text="""Gentile Sam Taylor,

grazie per la candidatura alla posizione di Brand Experience Manager. Siamo lieti di informarLa che il Suo profilo è stato selezionato per la fase successiva.

La invitiamo a completare un video colloquio registrato (circa 20 minuti) entro il 20 novembre 2026. Trascorso tale termine la candidatura non potrà essere presa in considerazione.

[[Inizia il video colloquio]]

Cordiali saluti,
Talent Acquisition – Ferrovie Aurora""",
     notes="workday; recorded video interview; conditional deadline"),

dict(slug="it-infojobs-cv-letto", label="other", cat="status-update", lang="it", country="IT", style="ats",
     vendor="infojobs", brand="InfoJobs", plain="autogen",
     frm="InfoJobs.it <noreply@infojobs.it>", subject="Aggiornamento sulla tua candidatura",
     headers={"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
     text="""## Ciao Sam,

l'azienda ha aggiornato lo stato della tua candidatura.

{table}

Il selezionatore ha letto il tuo CV. Ti contatterà se il tuo profilo sarà ritenuto in linea.

[[Vai alle mie candidature]]""",
     table=[("Offerta", "Customer Insight Manager"), ("Azienda", "Birrificio Monte Nero"),
            ("Stato", "In valutazione")],
     notes="same InfoJobs template and subject as a rejection; status In valutazione"),

dict(slug="it-rivista-articolo-non-accettato", label="other", cat="non-job-rejection", lang="it", country="IT", style="personal",
     frm="Redazione Rivista di Studi sui Media <redazione@rsm-rivista.example>", subject="Decisione sul manoscritto RSM-2026-0143",
     text="""Gentile Dott. Taylor,

La ringraziamo per aver sottoposto il manoscritto "Misurare l'attenzione: metriche di audience oltre il clic" alla Rivista di Studi sui Media.

Sulla base delle revisioni ricevute, il Comitato editoriale ha deciso di non accettare l'articolo per la pubblicazione. Alleghiamo di seguito i commenti dei revisori, nella speranza che possano esserLe utili.

Cordiali saluti,
prof.ssa Elena Marchetti
Direttrice""",
     notes="paper declined"),

dict(slug="it-offerta-purtroppo-ral", label="other", cat="offer", lang="it", country="IT", style="personal",
     frm="Chiara Romano <chiara.romano@ortensia-tech.example>", subject="Proposta di assunzione - Marketing Insights Lead",
     text="""Ciao Sam,

sono felice di scriverti: il team ha deciso di offrirti la posizione di Marketing Insights Lead!

Ti allego la lettera con i dettagli. Purtroppo non riusciamo ad andare oltre una RAL di 54.000 euro, ma abbiamo aggiunto 2 giorni di smart working in più rispetto a quanto discusso e un bonus di ingresso.

Ci faresti sapere entro venerdì 20? Per qualsiasi domanda chiamami pure.

A presto,
Chiara
People Team – Ortensia Tech
+39 02 555 0133""",
     notes="offer with 'purtroppo' about salary; same company that filled another role internally"),

dict(slug="it-sam-ringraziamento-inviato", label="other", cat="owner-sent", lang="it", country="IT", style="personal",
     frm="Sam Taylor <sam.taylor@example.org>", to="Alessandro Conti <a.conti@navigliosearch.example>",
     subject="Re: Aggiornamento - posizione Head of Marketing Foodtech", parent=True, parent_domain="navigliosearch.example",
     text="""Ciao Alessandro,

grazie per avermi aggiornato e per la trasparenza. Certo, mi dispiace che Risotteria Digitale abbia scelto un altro profilo, ma è stato un processo interessante. Tienimi pure presente per i prossimi mandati.

Buona giornata,
Sam

Il giorno gio 5 nov 2026 alle ore 11:20 Alessandro Conti <a.conti@navigliosearch.example> ha scritto:
> Ciao Sam,
> come promesso ti aggiorno sulla posizione di Head of Marketing per il nostro cliente Risotteria Digitale.
> [...] alla fine hanno deciso di procedere con un altro profilo.""",
     notes="Sam's own reply to a rejection (From Sam)"),
]
