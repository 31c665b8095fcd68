"""Italian messages (Italy, Ticino): 8 rejections, 8 hard negatives."""

ICS_DECLINE = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Sam Taylor:mailto:sam.taylor@example.org
ATTENDEE;PARTSTAT=DECLINED;CN=Paolo Marchetti:mailto:paolo.marchetti@example.org
SUMMARY;LANGUAGE=it-IT:Rifiutato: Colloquio finale - candidata Giulia R. (Senior Editor)
DTSTART;TZID=W. Europe Standard Time:20261119T150000
DTEND;TZID=W. Europe Standard Time:20261119T160000
UID:040000008200E00074C5B7101A82E00800000000C4A1D2F3B25CDB01000000000000000
SEQUENCE:0
LOCATION;LANGUAGE=it-IT:Riunione di Microsoft Teams
END:VEVENT
END:VCALENDAR
"""

PDF_STUB = "%PDF-1.4\n% Proposta di assunzione - Ceramica Emiliana S.r.l. - riservato\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS
    {
        "slug": "it-inrecruiting-ferraresi-trade", "lang": "it", "region": "IT", "style": "ats", "label": "rejection",
        "cat": "ats-automated", "vendor": "inrecruiting", "brand": "Gruppo Ferraresi Alimentare S.p.A.", "plain": "none",
        "exp": ("", "", "Gruppo Ferraresi Alimentare", "Trade Marketing Manager"),
        "notes": "inRecruiting (Zucchetti), HTML only; formal 'Lei'; 'profilo non ritenuto in linea'; long GDPR informativa",
        "frm": "Gruppo Ferraresi Alimentare - Selezione <noreply@intervieweb.it>",
        "subject": "Esito candidatura - Rif. MKT/2026/41 Trade Marketing Manager",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato nei confronti della nostra Società e per aver inviato la Sua candidatura per la posizione di Trade Marketing Manager (Rif. MKT/2026/41).

Dopo un'attenta valutazione, Le comunichiamo che il Suo profilo non è stato ritenuto in linea con i requisiti richiesti per la posizione in oggetto.

Il Suo curriculum rimarrà comunque nel nostro database e potrà essere preso in considerazione per future opportunità, salvo Sua diversa indicazione.

Cogliamo l'occasione per porgerLe i nostri più cordiali saluti.

Ufficio Risorse Umane
Gruppo Ferraresi Alimentare S.p.A.""",
    },
    {
        "slug": "it-linkedin-vetrerie-lagunari", "day": "2026-10-09", "lang": "it", "region": "IT", "style": "ats", "label": "rejection",
        "cat": "job-board-relay", "vendor": "linkedin", "brand": "LinkedIn", "plain": "h2t",
        "exp": ("", "", "Vetrerie Lagunari", "Brand Manager"),
        "notes": "LinkedIn Easy Apply status mail in Italian; 'Purtroppo non procederemo con la tua candidatura'; recommended jobs; bulk headers",
        "frm": "LinkedIn <jobs-noreply@linkedin.com>",
        "subject": "La tua candidatura a Vetrerie Lagunari",
        "headers": {"List-Unsubscribe": "<{unsub}>", "X-LinkedIn-Class": "JOBS-APPLICATION-STATUS", "Precedence": "bulk"},
        "logo_alt": "LinkedIn",
        "text": """# La tua candidatura a Vetrerie Lagunari

Brand Manager
Vetrerie Lagunari · Venezia, Veneto, Italia
Candidatura inviata il 02/10/2026

Grazie per il tuo interesse per la posizione di Brand Manager presso Vetrerie Lagunari. Purtroppo non procederemo con la tua candidatura, ma apprezziamo il tempo che hai dedicato e l'interesse dimostrato per Vetrerie Lagunari.

Saluti,
Vetrerie Lagunari

Offerte di lavoro consigliate per te

{jobs}

{button}""",
        "jobs": [("Brand Manager Italia", "Distillerie Friulane", "Udine (ibrido)", "Candidatura semplificata · 12 candidati"),
                 ("Marketing Manager – Luxury Goods", "Atelier Brenta", "Padova", "Promossa · 3 ex colleghi lavorano qui"),
                 ("Senior Brand Manager", "Caffè Rialto", "Venezia", "1 settimana fa")],
        "button": "Vedi tutte le offerte",
    },
    {
        "slug": "it-greenhouse-ortica-pmm", "lang": "it", "region": "IT", "style": "ats", "label": "rejection",
        "cat": "ats-automated", "vendor": "greenhouse", "brand": "Ortica Labs", "plain": "clean",
        "exp": ("", "", "Ortica Labs", "Senior Product Marketing Manager"),
        "notes": "greenhouse after a first interview; 'proseguire con altri candidati'; English vendor footer",
        "frm": "Ortica Labs <no-reply@us.greenhouse-mail.io>",
        "subject": "Aggiornamento sulla tua candidatura per Senior Product Marketing Manager",
        "text": """Ciao Sam,

grazie mille per il tempo che hai dedicato al colloquio con Giulia e per l'interesse verso Ortica Labs.

Abbiamo apprezzato molto la conversazione ma, dopo un'attenta valutazione, abbiamo deciso di proseguire con altri candidati il cui profilo è più in linea con le esigenze attuali del team.

Sappiamo che ricevere questa notizia non è mai piacevole e ti ringraziamo ancora per averci fatto conoscere il tuo percorso. Ti auguriamo il meglio per la tua ricerca e speriamo che le nostre strade si incrocino di nuovo.

Un caro saluto,
Il team People di Ortica Labs""",
        "footer": ["This email was sent by Ortica Labs via Greenhouse. [[Privacy Policy]]",
                   "Ortica Labs S.r.l. · Via Tortona 31, 20144 Milano · P.IVA 05550170961"],
    },
    {
        "slug": "it-workday-stato-non-selezionato", "day": "2026-10-05", "lang": "it", "region": "IT", "style": "ats", "label": "rejection",
        "cat": "ats-automated", "vendor": "workday", "brand": "Banca Adriatica Digitale", "plain": "none", "cte": "base64",
        "exp": ("", "", "Banca Adriatica Digitale", "Digital Marketing Specialist"),
        "notes": "candidate-portal status notice, HTML only base64; verdict only in the table cell 'Stato: Non selezionato/a'",
        "frm": "Banca Adriatica Digitale <bancaadriatica@myworkday.com>",
        "subject": "Aggiornamento dello stato della candidatura",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Gentile Sam Taylor,

lo stato della Sua candidatura è stato aggiornato. Di seguito il riepilogo:

{table}

Per ulteriori dettagli può accedere alla sezione «Le mie candidature» del portale carriere.

{button}

Cordiali saluti,
Talent Acquisition – Banca Adriatica Digitale""",
        "table": [("Posizione", "Digital Marketing Specialist (R0031877)"), ("Sede", "Ancona"),
                  ("Data candidatura", "21/09/2026"), ("Stato", "Non selezionato/a")],
        "button": "Accedi al portale",
    },
    # ------------------------------------------------------------------ rejections, personal
    {
        "slug": "it-personal-cantine-export-lungo", "lang": "it", "region": "IT", "style": "personal", "label": "rejection",
        "cat": "personal-after-interview", "client_html": "outlook",
        "exp": ("c.bellini@cantinemonferrine.example", "Chiara", "Cantine Monferrine", "Export Marketing Manager"),
        "notes": "long formal letter, verdict in the third paragraph after praise; consent to keep CV; confidentiality footer",
        "frm": "Chiara Bellini <c.bellini@cantinemonferrine.example>",
        "subject": "Processo di selezione Export Marketing Manager",
        "text": """Gentile Sam,

desidero innanzitutto ringraziarLa, anche a nome del dott. Rinaldi e della dott.ssa Ghione, per la disponibilità dimostrata nel corso dei due colloqui e per la cura con cui ha preparato la presentazione sul mercato tedesco. Abbiamo apprezzato in particolare la chiarezza della Sua analisi sui canali Ho.Re.Ca. e la Sua esperienza nella gestione di team internazionali.

Il processo di selezione per la posizione di Export Marketing Manager si è rivelato particolarmente complesso, anche per l'elevato livello dei profili incontrati. Al termine della valutazione, la Direzione ha deciso di proseguire con un candidato che vanta un'esperienza più specifica nel settore vitivinicolo e una conoscenza diretta della rete di importatori con cui lavoriamo.

Mi rendo conto che non è la notizia che sperava di ricevere, ma ci tenevo a comunicargliela personalmente. Qualora lo desiderasse, sarò lieta di condividere un riscontro più dettagliato in una breve telefonata.

Con l'occasione Le confermo che, con il Suo consenso, conserveremo il Suo curriculum per eventuali future opportunità nell'area marketing del Gruppo.

Cordiali saluti,

Chiara Bellini
HR Manager
Cantine Monferrine S.p.A.
Tel. +39 0141 555 023
www.cantinemonferrine.example

Le informazioni contenute in questo messaggio di posta elettronica sono riservate e confidenziali e ne è vietata la diffusione in qualunque modo eseguita. Qualora Lei non fosse la persona a cui il presente messaggio è destinato, La invitiamo ad eliminarlo e a darcene gentile comunicazione.""",
    },
    {
        "slug": "it-personal-headhunter-lanificio-interno", "lang": "it", "region": "IT", "style": "personal", "label": "rejection",
        "cat": "internal-candidate",
        "exp": ("davide.morandi@morandipartners.example", "Davide", "Lanificio Valsesia", "Head of Brand"),
        "notes": "executive search partner: client covers the role internally, process closed; pitches future mandates",
        "frm": "Davide Morandi <davide.morandi@morandipartners.example>",
        "subject": "Aggiornamento posizione Head of Brand – Lanificio Valsesia",
        "text": """Ciao Sam,

ti aggiorno sulla posizione di Head of Brand per Lanificio Valsesia. Purtroppo ieri il cliente mi ha comunicato di aver deciso di coprire il ruolo internamente, promuovendo l'attuale responsabile comunicazione. Di conseguenza il processo si chiude qui, anche per gli altri candidati della shortlist.

Mi dispiace davvero, perché il tuo profilo era piaciuto molto all'AD e il colloquio era andato bene. Resto in contatto: nelle prossime settimane dovrei avviare due mandati nel fashion/lusso che potrebbero fare al caso tuo.

Un saluto,
Davide

Davide Morandi
Partner | Morandi & Partners Executive Search
Via Fiori Chiari 12, Milano
+39 02 5555 0148 | +39 335 555 0148""",
    },
    {
        "slug": "it-personal-bottegacarta-altro-candidato", "lang": "it", "region": "IT", "style": "personal", "label": "rejection",
        "cat": "personal-after-interview", "client_html": "gmail", "day": "2026-11-04", "parent": True,
        "exp": ("matteo@bottegacarta.example", "Matteo", "Bottega Carta", "Content & Community Manager"),
        "notes": "founder, casual, missing accents ('gia', 'caffe'), reply above Sam's chaser (Gmail IT quote)",
        "frm": "Matteo Guidi <matteo@bottegacarta.example>",
        "subject": "Re: Colloquio Content & Community Manager",
        "text": """Ciao Sam,

scusa il ritardo nella risposta, sono state settimane pienissime. Ti scrivo due righe per dirti che alla fine abbiamo scelto un altro candidato, che aveva gia lavorato con community di artigiani e ci serviva qualcuno operativo da subito.

Mi è piaciuto molto parlare con te, sul serio. Se passi da Bologna fammi sapere che un caffe lo prendiamo volentieri.

Un abbraccio,
Matteo

--
Matteo Guidi
Fondatore | Bottega Carta
Inviato da smartphone, perdonate eventuali refusi

Il giorno mer 28 ott 2026 alle ore 18:30 Sam Taylor <sam.taylor@example.org> ha scritto:
> Ciao Matteo,
>
> ti ringrazio ancora per la chiacchierata di lunedì. Volevo solo sapere se ci sono novità sul ruolo di Content & Community Manager e se vi serve altro materiale da parte mia.
>
> Un saluto,
> Sam""",
    },
    {
        "slug": "it-personal-ticino-caso-pratico", "lang": "it", "region": "CH", "style": "personal", "label": "rejection",
        "cat": "after-assessment",
        "exp": ("serena.fontana@lucernafintech.example", "Serena", "Lucerna Fintech", "Product Marketing Lead"),
        "notes": "Ticino fintech after a case study and panel presentation; feedback then 'non potremo proseguire'",
        "frm": "Serena Fontana <serena.fontana@lucernafintech.example>",
        "subject": "Esito caso pratico – Product Marketing Lead",
        "text": """Buongiorno Sam,

grazie per aver completato il caso pratico nei tempi richiesti e per la presentazione di giovedì davanti al panel.

Il panel ha valutato con attenzione il lavoro di tutti i candidati arrivati a questa fase. Nel tuo caso l'analisi di mercato è stata molto apprezzata, mentre il piano di go-to-market è risultato meno approfondito rispetto a quanto ci aspettavamo per questo ruolo, in particolare sul pricing e sui canali B2B. Per questo motivo non potremo proseguire con la tua candidatura per la posizione di Product Marketing Lead.

Ti ringrazio ancora per l'impegno e per la disponibilità. Se ti fa piacere, possiamo sentirci un quarto d'ora la prossima settimana per un feedback più dettagliato.

Cordiali saluti,

Serena Fontana
Talent Acquisition Lead
Lucerna Fintech SA · Lugano
+41 91 555 01 77""",
    },
    # ------------------------------------------------------------------ hard negatives, ATS
    {
        "slug": "it-workable-conferma-ricezione", "lang": "it", "region": "IT", "style": "ats", "label": "other",
        "cat": "ack-received", "vendor": "workable", "brand": "Pastificio Ruggeri", "plain": "h2t",
        "notes": "acknowledgement: 'Qualora risultasse in linea ... In caso contrario ... non ci è possibile fornire un riscontro'",
        "frm": "Pastificio Ruggeri <noreply@workablemail.com>",
        "subject": "Conferma ricezione candidatura – Digital Marketing Manager",
        "headers": {"Auto-Submitted": "auto-replied"},
        "text": """Gentile Sam,

grazie per aver inviato la tua candidatura per la posizione di Digital Marketing Manager presso Pastificio Ruggeri.

Il nostro team Risorse Umane valuterà con attenzione il tuo profilo. Qualora risultasse in linea con i requisiti richiesti, verrai ricontattato/a per un primo colloquio conoscitivo. In caso contrario, ti ringraziamo fin d'ora per l'interesse dimostrato: a causa dell'elevato numero di candidature non ci è possibile fornire un riscontro individuale a tutti.

Cordiali saluti,
Ufficio HR – Pastificio Ruggeri""",
    },
    {
        "slug": "it-inrecruiting-test-online-dolomiti", "lang": "it", "region": "IT", "style": "ats", "label": "other",
        "cat": "assessment-invite", "vendor": "inrecruiting", "brand": "Assicurazioni Dolomiti S.p.A.", "plain": "h2t",
        "day": "2026-10-12",
        "notes": "passed first screening, online test; 'il mancato completamento comporterà l'esclusione'",
        "frm": "Assicurazioni Dolomiti - Selezione <noreply@intervieweb.it>",
        "subject": "Invito al test online – Selezione Customer Marketing Specialist",
        "text": """Gentile Sam Taylor,

siamo lieti di comunicarLe che la Sua candidatura per la posizione di Customer Marketing Specialist ha superato la prima fase di selezione.

La invitiamo pertanto a completare un test online di logica e di lingua inglese, della durata complessiva di circa 40 minuti, entro le ore 23:59 di domenica 18 ottobre.

{button}

Si ricorda che il mancato completamento del test entro il termine indicato comporterà l'esclusione dal processo di selezione. Saranno contattati per il colloquio i candidati che avranno superato il test.

Cordiali saluti,
Ufficio Selezione – Assicurazioni Dolomiti""",
        "button": "Inizia il test",
    },
    {
        "slug": "it-smartrecruiters-trasferita-nuova-posizione", "lang": "it", "region": "IT", "style": "ats", "label": "other",
        "cat": "requisition-transfer", "vendor": "smartrecruiters", "brand": "Gruppo Editoriale Ligure", "plain": "clean",
        "notes": "original position closed after reorganisation, application moved to another open position; recruiter will call",
        "frm": "Gruppo Editoriale Ligure <noreply@smartrecruiters.com>",
        "subject": "La tua candidatura è stata associata a una nuova posizione",
        "text": """Ciao Sam,

ti scriviamo per aggiornarti sulla tua candidatura a Marketing Manager – Periodici (Genova).

La posizione è stata chiusa a seguito di una riorganizzazione interna dell'area periodici. Il nostro team di recruiting ritiene però che il tuo profilo sia molto interessante per un'altra opportunità appena aperta e ha quindi trasferito la tua candidatura alla posizione di Audience Development Manager (Genova / ibrido).

Non devi fare nulla: la tua candidatura per la nuova posizione è attiva e la recruiter, Alessia Parodi, ti contatterà a breve per fissare un primo colloquio.

Se la nuova posizione non ti interessa, puoi ritirare la candidatura in qualsiasi momento dal [[tuo profilo candidato]].

Saluti,
Il Team Talent Acquisition
Gruppo Editoriale Ligure""",
    },
    {
        "slug": "it-teamtailor-talent-community", "lang": "it", "region": "IT", "style": "ats", "label": "other",
        "cat": "talent-pool-invite", "vendor": "teamtailor", "brand": "Lanterna Travel", "plain": "h2t",
        "notes": "talent-community invitation after a meeting at a fair; 'non abbiamo posizioni aperte' but no application",
        "frm": "Marta Zanetti (Lanterna Travel) <no-reply@mail.teamtailor.com>",
        "subject": "Resta in contatto con Lanterna Travel",
        "text": """Ciao Sam,

è stato un piacere conoscerti allo stand di Lanterna Travel al Web Marketing Festival di Rimini!

Come promesso, ti invitiamo a entrare nella nostra talent community: in questo momento non abbiamo posizioni aperte nel marketing, ma nel 2027 il team crescerà e vorremmo poterti avvisare per primi quando pubblicheremo nuove offerte.

{button}

Iscriversi richiede un minuto: basta collegare il profilo LinkedIn o caricare il CV. Puoi cancellarti in qualsiasi momento.

A presto,
Marta Zanetti
Employer Branding | Lanterna Travel""",
        "button": "Unisciti alla talent community",
    },
    # ------------------------------------------------------------------ hard negatives, personal
    {
        "slug": "it-personal-outlook-rifiutato-colloquio", "lang": "it", "region": "IT", "style": "personal", "label": "other",
        "cat": "owner-hiring", "client_html": "outlook", "day": "2026-11-17",
        "notes": "Outlook meeting decline from a colleague for Sam's own final interview with a candidate; 'Giulia è un no'; .ics REPLY",
        "frm": "Paolo Marchetti <paolo.marchetti@example.org>",
        "subject": "Rifiutato: Colloquio finale - candidata Giulia R. (Senior Editor)",
        "text": """Scusa Sam, giovedì sono a Roma per il pitch con l'agenzia. Per me Giulia resta comunque un no dopo la prova scritta, ma se volete procedere valutate voi con Laura.

________________________________
Paolo Marchetti ha rifiutato questa riunione.
Quando: giovedì 19 novembre 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna
Dove: Riunione di Microsoft Teams""",
        "attach": [("invite.ics", "text/calendar", ICS_DECLINE)],
    },
    {
        "slug": "it-personal-recruiter-nuovi-mandati", "lang": "it", "region": "IT", "style": "personal", "label": "other",
        "cat": "recruiter-outreach",
        "notes": "recruiter recalls a past process where the client chose someone else, then pitches two new mandates",
        "frm": "Francesca Lodi <francesca.lodi@talentbridgeitalia.example>",
        "subject": "Nuove opportunità marketing – Milano e Parma",
        "text": """Ciao Sam,

spero tutto bene! Ci eravamo sentiti a luglio per la posizione di Marketing Director in Ortensia Cosmetici: so che poi il cliente ha scelto un altro profilo e mi è dispiaciuto, perché secondo me eri tra i più forti della shortlist.

Ti scrivo perché in questi giorni ho aperto due nuovi mandati che mi sembrano molto in linea con il tuo percorso:

- Head of Product Marketing per una scale-up fintech milanese (Serie B, team di 6 persone, RAL 85-95k + stock option);
- Brand & Communication Director per un gruppo del food premium con sede a Parma.

Ti andrebbe di sentirci 20 minuti questa settimana? Giovedì pomeriggio sono abbastanza libera.

Un caro saluto,
Francesca

Francesca Lodi
Senior Recruiter | TalentBridge Italia
+39 348 555 0192""",
    },
    {
        "slug": "it-personal-proposta-assunzione", "lang": "it", "region": "IT", "style": "personal", "label": "other",
        "cat": "offer", "day": "2026-11-27",
        "notes": "offer with PDF; 'Purtroppo non siamo riusciti ad arrivare alla cifra' about salary only",
        "frm": "Lorenzo Ricci <lorenzo.ricci@ceramicaemiliana.example>",
        "subject": "Proposta di assunzione – Marketing Manager",
        "text": """Ciao Sam,

come anticipato al telefono, sono davvero felice di comunicarti che abbiamo deciso di offrirti la posizione di Marketing Manager in Ceramica Emiliana!

In allegato trovi la lettera di proposta con tutti i dettagli: RAL di 68.000 €, bonus annuale fino al 15%, auto aziendale e due giorni di smart working a settimana. Purtroppo non siamo riusciti ad arrivare alla cifra che avevi indicato per la parte fissa, ma abbiamo lavorato sul bonus per colmare buona parte della differenza.

Ti chiederei di farci sapere entro venerdì 4 dicembre. Se hai domande, o se vuoi passare in sede per conoscere il resto del team prima di decidere, chiamami pure.

A presto, spero!
Lorenzo

Lorenzo Ricci
Direttore Commerciale e Marketing
Ceramica Emiliana S.r.l. · Sassuolo (MO)
+39 0536 555 014""",
        "attach": [("Proposta_assunzione_Sam_Taylor.pdf", "application/pdf", PDF_STUB)],
    },
    {
        "slug": "it-owner-sent-ringraziamento", "hours": (14, 19), "lang": "it", "region": "IT", "style": "personal", "label": "other",
        "cat": "owner-sent", "client_html": "gmail", "day": "2026-11-19", "parent": True,
        "parent_domain": "tessiturebiellesi.example",
        "notes": "Sam's own reply to a rejection, quoting it (From Sam)",
        "frm": "Sam Taylor <sam.taylor@example.org>",
        "to": "Elena Conti <elena.conti@tessiturebiellesi.example>",
        "subject": "Re: Esito selezione Communication Manager",
        "text": """Buongiorno Elena,

grazie per avermi comunicato l'esito e per la gentilezza dimostrata durante tutto il processo. Naturalmente mi dispiace non proseguire, ma ho apprezzato molto il confronto con lei e con il team.

Se in futuro dovessero aprirsi altre posizioni nell'area comunicazione, sarei felice se mi teneste presente.

Cordiali saluti,
Sam Taylor

Il giorno gio 19 nov 2026 alle ore 11:02 Elena Conti <elena.conti@tessiturebiellesi.example> ha scritto:
> Gentile Sam,
>
> la ringraziamo per aver partecipato al processo di selezione. Purtroppo abbiamo deciso di non proseguire con la sua candidatura per la posizione di Communication Manager.
>
> Le auguriamo ogni successo professionale.
>
> Cordiali saluti,
> Elena Conti
> HR – Tessiture Biellesi""",
    },
]
