"""Italian messages (Italy): 6 rejections, 6 hard negatives."""

IT_FOOTER_LARIANA = [
    "Questa è una comunicazione generata automaticamente: La preghiamo di non rispondere a questo indirizzo. / This is an automated message, please do not reply.",
    "Informativa ai sensi dell'art. 13 del Regolamento (UE) 2016/679: i dati personali da Lei forniti sono trattati da Banca Lariana S.p.A. esclusivamente per finalità di ricerca e selezione del personale. Informativa completa: {privacy}",
    "Banca Lariana S.p.A. – Sede legale: Piazza Cavour 12, 22100 Como – Capitale sociale Euro 185.000.000 i.v. – Iscritta all'Albo delle Banche – Aderente al Fondo Interbancario di Tutela dei Depositi.",
]

PICA_FOOTER = [
    "Messaggio inviato automaticamente dalla piattaforma PICA. Non rispondere a questo indirizzo email.",
    "Cineca Consorzio Interuniversitario – Via Magnanelli 6/3, 40033 Casalecchio di Reno (BO)",
]

MESSAGES = [
    # ---------------------------------------------------------------- rejections
    {
        "slug": "lariana-sf-bilingue-non-selezionata", "label": "rejection", "cat": "ats-automated", "lang": "it",
        "country": "IT", "sector": "bank", "style": "ats", "vendor": "successfactors", "brand": "Banca Lariana",
        "frm": "Banca Lariana Careers <careers-noreply@successfactors.eu>",
        "subject": "Banca Lariana – Aggiornamento sulla Sua candidatura / Update on your application",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato nei confronti di Banca Lariana e per aver partecipato alla selezione per la posizione di Marketing Specialist – Canali Digitali (Rif. 2026-0871).

Dopo un'attenta valutazione del Suo profilo, Le comunichiamo che la Sua candidatura non è stata selezionata per le fasi successive del processo.

Il Suo curriculum resterà nel nostro database per 24 mesi e potrà essere preso in considerazione per future opportunità in linea con la Sua esperienza.

Cordiali saluti,
Direzione Risorse Umane – Talent Acquisition
Banca Lariana

— English version —

Dear Sam Taylor,

Thank you for your interest in Banca Lariana and for applying for the Marketing Specialist – Canali Digitali position (Ref. 2026-0871). After careful consideration, we regret to inform you that your application has not been selected for the next stages of the process. Your CV will remain in our database for 24 months.

Kind regards,
Human Resources – Talent Acquisition""",
        "footer": IT_FOOTER_LARIANA,
        "exp": ("", "", "Banca Lariana", "Marketing Specialist – Canali Digitali"),
        "notes": "bilingual (Italian letter, English version below); formal Lei; CV kept 24 months",
    },
    {
        "slug": "moretti-teamtailor-posizione-coperta", "label": "rejection", "cat": "ats-automated", "lang": "it",
        "country": "IT", "sector": "retail", "style": "ats", "vendor": "teamtailor", "brand": "Casa Moretti",
        "html_mode": "html_only",
        "frm": "Casa Moretti <no-reply@teamtailor.com>",
        "reply_to": "Casa Moretti <no-reply@teamtailor.com>",
        "subject": "Aggiornamento: Visual & Brand Marketing Coordinator",
        "text": """Ciao Sam,

grazie per esserti candidato/a con noi! Ti scriviamo per aggiornarti sulla posizione di Visual & Brand Marketing Coordinator presso il nostro headquarter di Bologna.

La posizione è stata coperta e il processo di selezione è quindi chiuso. Abbiamo ricevuto tantissime candidature e non è stata una scelta semplice.

Ci farebbe piacere restare in contatto: se vuoi, puoi entrare nella nostra community e ricevere per primo/a le nuove opportunità nei nostri 38 negozi e in sede.

A presto,
Il team People di Casa Moretti""",
        "button": "Unisciti alla community",
        "about": "Casa Moretti arreda le case italiane dal 1961: 38 negozi, un e-commerce e 1.100 persone. Siamo Great Place to Work® 2026.",
        "footer": ["Hai ricevuto questa email perché ti sei candidato/a a una posizione di Casa Moretti S.r.l. Gestisci i tuoi dati: {privacy}"],
        "exp": ("", "", "Casa Moretti", "Visual & Brand Marketing Coordinator"),
        "notes": "HTML-only; 'la posizione è stata coperta' filled; community invite button; Reply-To is the no-reply address",
    },
    {
        "slug": "pica-valdarno-non-ammesso-orale", "label": "rejection", "cat": "after-assessment", "lang": "it",
        "country": "IT", "sector": "university", "style": "ats", "vendor": "plain",
        "brand": "Università degli Studi di Valdarno", "html_mode": "autotext",
        "frm": "PICA - Università degli Studi di Valdarno <noreply@pica.cineca.it>",
        "subject": "[SEL-D/07-2026] Esito valutazione titoli",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Gentile Sam Taylor,

con riferimento alla selezione pubblica, per titoli e colloquio, per n. 1 unità di personale di categoria D, area tecnica, tecnico-scientifica ed elaborazione dati, per le esigenze dell'Ufficio Comunicazione (codice SEL-D/07-2026), profilo: addetto/a comunicazione istituzionale e social media,

si comunica che la Commissione giudicatrice, nella seduta del 21/10/2026, ha concluso la valutazione dei titoli.

{table}

La S.V. non è pertanto ammessa alla prova orale, per la quale era richiesto un punteggio minimo di 21/30 nella valutazione dei titoli.

Il verbale della Commissione è consultabile all'[[Albo ufficiale di Ateneo]]. Per informazioni è possibile scrivere a concorsi@univaldarno.example.

Area Risorse Umane – Ufficio Concorsi
Università degli Studi di Valdarno""",
        "table": [("Candidato/a", "Sam Taylor"), ("Punteggio titoli", "14/30"), ("Esito", "Non ammesso/a")],
        "footer": PICA_FOOTER,
        "exp": ("concorsi@univaldarno.example", "", "Università degli Studi di Valdarno",
                "addetto/a comunicazione istituzionale e social media"),
        "notes": "public university selection via PICA; bureaucratic 'la S.V. non è ammessa alla prova orale'; reply_to from the body",
    },
    {
        "slug": "sangallo-reinoltro-altro-candidato", "label": "rejection", "cat": "personal-after-interview", "lang": "it",
        "country": "IT", "sector": "hospital", "style": "personal",
        "frm": "Chiara Benedetti <c.benedetti@gruppo-sangallo.example>",
        "subject": "I: Colloquio Responsabile Comunicazione e Marketing",
        "text": """Buongiorno Sam,
ti reinoltro la mail di venerdi perchè mi è tornata indietro, avevo sbagliato l'indirizzo (scusa!).

Chiara

-----Messaggio originale-----
Da: Chiara Benedetti
Inviato: venerdì 6 novembre 2026 17:12
A: sam.taylor@exmaple.org
Oggetto: Colloquio Responsabile Comunicazione e Marketing

Buongiorno Sam,

ti ringrazio ancora per il colloquio di giovedi scorso con me e il Dott. Ferri.

Ti scrivo per comunicarti che abbiamo deciso di proseguire con un altro candidato, che ha un esperienza più specifica nel settore sanitario privato. E stato comunque un piacere conoscerti e ti auguro il meglio per la tua ricerca.

Cordiali saluti

Chiara Benedetti
HR Business Partner
Gruppo Ospedaliero San Gallo
Tel. 02 5550 3381 | Cell. 335 555 0192""",
        "day": "2026-11-09",
        "exp": ("c.benedetti@gruppo-sangallo.example", "Chiara", "Gruppo Ospedaliero San Gallo",
                "Responsabile Comunicazione e Marketing"),
        "notes": "re-sent after a bounce (typo in the original To); Outlook 'I:' forward; typos (giovedi, perchè, un esperienza, E stato)",
    },
    {
        "slug": "orizzonte-bellaria-lungo-feedback", "label": "rejection", "cat": "agency-recruiter", "lang": "it",
        "country": "IT", "sector": "agency", "style": "personal", "client_html": True,
        "frm": "Davide Russo <davide.russo@orizzontelavoro.example>",
        "subject": "Pastificio Bellaria - aggiornamento e feedback",
        "text": """Ciao Sam,

come promesso ti aggiorno sulla selezione per il ruolo di Trade Marketing Manager in Pastificio Bellaria, e scusami se ti scrivo una mail un po' lunga ma preferisco darti un feedback completo.

Ho parlato ieri con la Direttrice Commerciale e con l'HR. Del tuo colloquio hanno apprezzato molto la parte sui dati: l'esempio della dashboard di sell-out che hai portato è piaciuto, e anche il modo in cui hai gestito la domanda sul budget. L'inglese ovviamente non era in discussione.

Detto questo, il cliente ha deciso di proseguire con altri profili, più in linea con le esigenze attuali: cercano una persona che abbia già gestito direttamente la GDO italiana (Coop, Esselunga, Conad) e che possa essere operativa da subito sulle trattative di gennaio. È una scelta legata al momento, non a te.

Per il futuro ti suggerirei di mettere più in evidenza nel CV i progetti retail che hai seguito, perché dal documento non emergono quanto dal colloquio.

Io continuo a tenerti presente: abbiamo spesso ricerche nel food & beverage e nel largo consumo, e appena ne arriva una adatta ti chiamo.

Un caro saluto e grazie ancora per la disponibilità,

Davide

Davide Russo
Senior Consultant – Sales & Marketing
Orizzonte Lavoro S.p.A. – Filiale di Parma
T. +39 0521 555 640 | M. +39 347 555 2281

Orizzonte Lavoro S.p.A. – Aut. Min. Prot. N. 1205-SG. Le informazioni contenute in questo messaggio sono riservate e confidenziali.""",
        "exp": ("davide.russo@orizzontelavoro.example", "Davide", "Pastificio Bellaria", "Trade Marketing Manager"),
        "notes": "agency relays client's no; verdict in the middle wrapped in praise and CV advice",
    },
    {
        "slug": "lanterna-congelata-sopra-thread", "label": "rejection", "cat": "role-cancelled", "lang": "it",
        "country": "IT", "sector": "agency", "style": "personal", "parent": True, "parent_depth": 2, "day": "2026-11-18",
        "frm": "Giulia Marchetti <giulia@studiolanterna.example>",
        "subject": "Re: Account Director - aggiornamenti?",
        "text": """Ciao Sam, scusami tantissimo per il silenzio.
Purtroppo la posizione di Account Director l'abbiamo dovuta congelare: a ottobre abbiamo perso un cliente grosso e fino a primavera non assumiamo nessuno. Mi dispiace davvero, eri tra i nostri preferiti.
Se cambia qualcosa ti scrivo io per prima.
G.

Inviato da iPhone

Il giorno lun 16 nov 2026 alle ore 09:41 Sam Taylor <sam.taylor@example.org> ha scritto:
> Ciao Giulia,
> spero tutto bene. Volevo sapere se ci sono novità sulla posizione di
> Account Director: il secondo colloquio è stato a metà ottobre e sono
> ancora molto interessato/a.
>
> Grazie,
> Sam
>
> Il giorno gio 15 ott 2026 alle ore 18:03 Giulia Marchetti <giulia@studiolanterna.example> ha scritto:
>> Ciao Sam, grazie a te per oggi! Ci sentiamo entro un paio di settimane.
>> Giulia
>> Studio Lanterna – Comunicazione & Design
>> Via Tortona 31, Milano""",
        "exp": ("giulia@studiolanterna.example", "Giulia", "Studio Lanterna", "Account Director"),
        "notes": "top reply over a quoted thread; role frozen until spring (lost client); short, phone",
    },
    # ---------------------------------------------------------------- hard negatives
    {
        "slug": "lariana-sf-test-online-graduate", "day": "2026-11-18", "label": "other", "cat": "assessment", "lang": "it",
        "country": "IT", "sector": "traineeship", "style": "ats", "vendor": "successfactors", "brand": "Banca Lariana",
        "frm": "Banca Lariana Careers <careers-noreply@successfactors.eu>",
        "subject": "Banca Lariana – Invito al test online / Online test invitation",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Gentile Sam Taylor,

La ringraziamo per la candidatura al Graduate Program 2027 – Marketing & Comunicazione (Rif. 2026-0930).

Siamo lieti di comunicarLe che la Sua candidatura è stata selezionata per la fase successiva: un test online di ragionamento numerico e verbale, della durata di circa 40 minuti.

Il test dovrà essere completato entro il 27 novembre 2026 alle ore 23:59. Qualora il test non venga completato entro tale data, la candidatura non potrà essere presa in considerazione per le fasi successive.

[[Accedi al test]]

Cordiali saluti,
Direzione Risorse Umane – Talent Acquisition
Banca Lariana""",
        "footer": IT_FOOTER_LARIANA,
        "notes": "same bank and chrome as a rejection; graduate programme; conditional 'non potrà essere presa in considerazione'",
    },
    {
        "slug": "pica-valdarno-ammesso-colloquio", "day": "2026-11-20", "label": "other", "cat": "interview-invite", "lang": "it",
        "country": "IT", "sector": "university", "style": "ats", "vendor": "plain",
        "brand": "Università degli Studi di Valdarno",
        "frm": "PICA - Università degli Studi di Valdarno <noreply@pica.cineca.it>",
        "subject": "[SEL-D/11-2026] Ammissione al colloquio e convocazione",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Gentile Sam Taylor,

con riferimento alla selezione pubblica, per titoli e colloquio, per n. 1 unità di personale di categoria D – Ufficio Stampa e Relazioni con i Media (codice SEL-D/11-2026),

si comunica che la S.V. è ammessa al colloquio, avendo conseguito nella valutazione dei titoli un punteggio di 24/30.

{table}

La mancata presentazione nel giorno e nell'ora stabiliti sarà considerata rinuncia alla selezione. Gli esiti relativi ai candidati non ammessi sono pubblicati all'[[Albo ufficiale di Ateneo]].

Area Risorse Umane – Ufficio Concorsi
Università degli Studi di Valdarno""",
        "table": [("Esito", "Ammesso/a al colloquio"), ("Data", "10 dicembre 2026, ore 9:30"),
                  ("Luogo", "Palazzo Guidi, Aula B, Via dei Servi 8, Arezzo"), ("Documento", "Documento di identità in corso di validità")],
        "footer": PICA_FOOTER,
        "notes": "same university portal as a rejection; admission to the oral; mentions 'candidati non ammessi' and 'rinuncia'",
    },
    {
        "slug": "linkedin-avviso-offerte-milano", "label": "other", "cat": "job-alert", "lang": "it",
        "country": "IT", "sector": "job-board", "style": "ats", "vendor": "linkedin", "brand": "LinkedIn",
        "html_mode": "autotext", "autowidth": 58,
        "frm": "Avvisi offerte di lavoro LinkedIn <jobalerts-noreply@linkedin.com>",
        "subject": "“marketing manager” a Milano: 6 nuove offerte",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "text": """## Le tue offerte di lavoro consigliate
Sam, ecco le nuove offerte che corrispondono al tuo avviso «marketing manager» a Milano, Lombardia.

- [[Brand Marketing Manager]] · Casa Moretti · Bologna (ibrido) · Candidatura semplice
- [[Marketing Manager – Retail Banking]] · Banca Lariana · Como · Non accetta più candidature
- [[Trade Marketing Manager]] · Pastificio Bellaria · Parma · Oltre 100 candidati
- [[Digital Marketing Manager]] · Gruppo Ospedaliero San Gallo · Milano · Promossa
- [[Marketing Manager Italia]] · Nordlys Outdoor · Milano (da remoto)
- [[Head of Marketing]] · Studio Lanterna · Milano · Il tuo profilo corrisponde ai requisiti

[[Vedi tutte le offerte]]""",
        "footer": ["Ricevi questa email perché hai creato un avviso di offerte di lavoro. Annulla iscrizione: {unsub}",
                   "Questa email è destinata a Sam Taylor (Head of Insights presso Calder Street Media). Informativa sulla privacy: {privacy}"],
        "notes": "job alert listing roles at companies that appear elsewhere; 'Non accetta più candidature' on one listing; bulk",
    },
    {
        "slug": "brandcamp-talk-non-selezionato", "label": "other", "cat": "non-job-rejection", "lang": "it",
        "country": "IT", "sector": "events", "style": "personal",
        "frm": "Elena Fabbri <elena@brandcamp-torino.example>",
        "subject": "Brand Camp Torino 2027 – la tua proposta di talk",
        "text": """Ciao Sam,

grazie per aver inviato la tua proposta di talk "Misurare l'attenzione, non i clic" per Brand Camp Torino 2027.

Quest'anno abbiamo ricevuto 310 proposte per 24 slot e purtroppo la tua non è rientrata nella selezione finale. Il comitato ha apprezzato molto il taglio sui dati di audience, ma abbiamo già due interventi sulla misurazione e volevamo evitare sovrapposizioni.

Ci piacerebbe comunque averti tra noi: con il codice SPEAKERFRIEND27 hai il 50% di sconto sul biglietto, valido fino al 31 gennaio. E se ti va, la call per i workshop di giugno apre a marzo.

Un saluto e a presto,
Elena

Elena Fabbri
Programma & Speaker – Brand Camp Torino
+39 011 555 9021""",
        "notes": "talk proposal declined (selection, committee vocabulary); not a job",
    },
    {
        "slug": "sam-invia-rifiuto-candidato", "label": "other", "cat": "owner-sent", "lang": "it",
        "country": "IT", "sector": "media", "style": "personal",
        "frm": "Sam Taylor <sam.taylor@example.org>", "to": "Marco Galli <marco.galli@posta.example>",
        "cc": "Lucía Ferrer <lucia.ferrer@example.org>",
        "subject": "Senior Data Analyst – Calder Street Media",
        "text": """Gentile Marco,

grazie ancora per il tempo che ci hai dedicato durante il processo di selezione per il ruolo di Senior Data Analyst nel nostro ufficio di Milano, e per il caso di studio, che era davvero curato.

Purtroppo abbiamo deciso di proseguire con un'altra candidatura, con più esperienza sui modelli di attribuzione di cui il team ha bisogno nei prossimi mesi.

Se ti fa piacere, ti terrei volentieri presente per le posizioni di analytics che apriremo nel 2027.

Un cordiale saluto,
Sam

Sam Taylor
Head of Insights | Calder Street Media
sam.taylor@example.org""",
        "notes": "the owner's own sent rejection to a candidate (From Sam)",
    },
    {
        "slug": "valpolicella-risposta-ringraziamento", "label": "other", "cat": "reply-to-owner-followup", "lang": "it",
        "country": "IT", "sector": "food", "style": "personal", "parent": True, "parent_depth": 2, "day": "2026-10-21",
        "frm": "Federica Zanon <federica.zanon@cantinevr.example>",
        "subject": "Re: Esito selezione Export Marketing Manager",
        "text": """Ciao Sam,

grazie a te per il bel messaggio, non era affatto scontato! Mi ha fatto piacere leggerlo e l'ho girato anche a Matteo.

Restiamo in contatto volentieri: ti ho aggiunto su LinkedIn e ti scrivo di sicuro se si apre qualcosa di adatto.

Buon proseguimento!
Federica

Il giorno mar 20 ott 2026 alle ore 11:15 Sam Taylor <sam.taylor@example.org> ha scritto:
> Gentile Federica,
>
> grazie per avermi fatto sapere e per la trasparenza. Mi dispiace, ma
> capisco la scelta. È stato un piacere conoscere te e Matteo: se in
> futuro si aprisse una posizione simile, mi farebbe piacere essere
> ricontattato/a.
>
> Un saluto,
> Sam
>
> Il giorno lun 19 ott 2026 alle ore 17:40 Federica Zanon <federica.zanon@cantinevr.example> ha scritto:
>> Ciao Sam,
>> ti ringraziamo per il tempo dedicato ai colloqui per Export Marketing
>> Manager. Dopo un'attenta valutazione abbiamo deciso di non procedere con
>> la tua candidatura: abbiamo scelto un profilo con più esperienza nei
>> mercati asiatici.
>> Un caro saluto,
>> Federica Zanon – HR, Cantine Valpolicella Riunite""",
        "notes": "recruiter answers the owner's thank-you; the rejection is only in the quote two levels deep",
    },
]
