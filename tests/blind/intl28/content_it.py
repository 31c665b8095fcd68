"""Italian messages (Italy): 6 rejections, 6 hard negatives."""

MESSAGES = [
    # ------------------------------------------------------------------ rejections, ATS
    {
        "slug": "it-varesino-successfactors-profilo-non-selezionato", "label": "rejection", "cat": "ats-automated",
        "country": "IT", "style": "ats", "vendor": "successfactors", "brand": "Gruppo Tessile Varesino",
        "frm": "Gruppo Tessile Varesino – Selezione <careers@successfactors.eu>",
        "subject": "Esito candidatura – Digital Marketing Specialist",
        "text": """Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato nei confronti del Gruppo Tessile Varesino e per aver inviato la Sua candidatura per la posizione di Digital Marketing Specialist (rif. 2026-118).

Dopo un'attenta valutazione, La informiamo che il Suo profilo non è stato selezionato per il prosieguo dell'iter di selezione.

Il Suo curriculum resterà comunque nel nostro database e potrà essere preso in considerazione per future opportunità in linea con la Sua esperienza.

Le auguriamo i migliori successi professionali.

Cordiali saluti,
Direzione Risorse Umane
Gruppo Tessile Varesino S.p.A.""",
        "footer": [
            "Informativa ai sensi dell'art. 13 del Regolamento (UE) 2016/679: i dati personali da Lei forniti saranno trattati esclusivamente per finalità di selezione del personale e conservati per 24 mesi. Informativa completa: {privacy}",
            "Questa e-mail è generata automaticamente. La preghiamo di non rispondere a questo indirizzo.",
            "Gruppo Tessile Varesino S.p.A. – Via Sempione 212, 21052 Busto Arsizio (VA) – P.IVA 00000000000",
        ],
        "exp": ("", "", "Gruppo Tessile Varesino", "Digital Marketing Specialist"),
        "notes": "successfactors; the most ordinary formal 'Lei' template; 'il Suo profilo non è stato selezionato per il prosieguo dell'iter'; CV kept",
    },
    {
        "slug": "it-quadrivio-teamtailor-altri-candidati-talent-pool", "label": "rejection", "cat": "keep-on-file",
        "country": "IT", "style": "ats", "vendor": "teamtailor", "brand": "Quadrivio Pay",
        "frm": "Giulia Ferri – Quadrivio Pay <noreply@teamtailor-mail.example>",
        "reply_to": "giulia.ferri@quadriviopay.example",
        "subject": "Aggiornamento sulla tua candidatura per Growth Marketing Manager",
        "text": """Ciao Sam,

grazie mille per esserti candidato/a come Growth Marketing Manager in Quadrivio Pay e per il tempo che ci hai dedicato.

Abbiamo ricevuto tantissime candidature interessanti e la scelta non è stata facile. Purtroppo abbiamo deciso di proseguire con altri candidati il cui profilo è più in linea con le esigenze del team in questo momento.

Ci piacerebbe però restare in contatto! Se vuoi, puoi entrare nel nostro Talent Pool: ti scriveremo quando si apriranno posizioni adatte a te.

Un caro saluto,
Giulia Ferri
Talent Acquisition, Quadrivio Pay""",
        "button": "Unisciti al Talent Pool",
        "about": "Quadrivio Pay aiuta 40.000 negozi italiani a incassare in modo semplice. Siamo un team di 180 persone tra Milano e Bari e siamo stati nominati Best Workplaces Italia 2026.",
        "footer": [
            "Quadrivio Pay S.r.l. · Corso Buenos Aires 54, 20124 Milano",
            "Abbiamo trattato i tuoi dati in conformità con la nostra Privacy Policy: {privacy}. I tuoi dati verranno cancellati tra 6 mesi, salvo tuo consenso.",
        ],
        "exp": ("giulia.ferri@quadriviopay.example", "Giulia", "Quadrivio Pay", "Growth Marketing Manager"),
        "notes": "teamtailor; Reply-To the recruiter; verdict between praise and a talent-pool button; employer-award boilerplate",
    },
    {
        "slug": "it-linkedin-arnia-non-proseguiremo", "label": "rejection", "cat": "job-board-relay",
        "country": "IT", "style": "ats", "vendor": "linkedin", "brand": "LinkedIn",
        "frm": "LinkedIn <jobs-noreply@linkedin.example>",
        "subject": "La tua candidatura per Product Marketing Lead presso Arnia Software", "day": "2026-10-28",
        "headers": {"List-Unsubscribe": "<{unsub}>", "X-LinkedIn-Class": "JOBS-APPLICANT-STATUS"},
        "plain": "html2text", "h2t_width": 52,
        "text": """La tua candidatura per Product Marketing Lead presso Arnia Software

Arnia Software · Bologna, Emilia-Romagna, Italia (ibrido)

Gentile Sam,

grazie per il tuo interesse nella posizione di Product Marketing Lead presso Arnia Software. Purtroppo non proseguiremo con la tua candidatura, ma apprezziamo il tempo che hai dedicato a candidarti e ti incoraggiamo a consultare le altre offerte pubblicate.

Saluti,
Arnia Software

[[Visualizza offerte simili]]

Candidato il 14 ottobre""",
        "footer": [
            "Questa email è stata inviata a Sam Taylor (Head of Insights presso Calder Street Media).",
            "Ricevi email sugli aggiornamenti delle tue candidature. Gestisci le tue notifiche: {unsub}",
        ],
        "exp": ("", "", "Arnia Software", "Product Marketing Lead"),
        "notes": "LinkedIn Easy Apply status relay; narrow html2text plain part; bulk-ish headers",
    },
    # ------------------------------------------------------------------ rejections, personal
    {
        "slug": "it-chiara-hr-lunga-esito-colloquio", "label": "rejection", "cat": "personal-after-interview",
        "country": "IT", "style": "personal", "client_html": True,
        "frm": "Chiara Bonetti <c.bonetti@lanternaassicurazioni.example>",
        "subject": "Esito colloqui – Responsabile Marketing di Prodotto",
        "text": """Gentile Sam,

desidero innanzitutto ringraziarLa, anche a nome del dott. Rinaldi e dell'ing. Pozzi, per la disponibilità e per il tempo dedicato ai due colloqui sostenuti con noi nelle scorse settimane, oltre che per la presentazione sul posizionamento della nuova polizza casa, che abbiamo trovato chiara e ben strutturata.

Come Le avevo anticipato, il processo di selezione per la posizione di Responsabile Marketing di Prodotto ha coinvolto un numero significativo di candidature di ottimo livello. Al termine delle valutazioni, abbiamo scelto di proseguire con un candidato che ha maturato un'esperienza più specifica nel settore assicurativo, requisito che per questo ruolo si è rivelato determinante.

Comprendo che non si tratta della notizia che sperava di ricevere; tengo però a sottolineare che il Suo profilo ha suscitato un sincero apprezzamento e che, con il Suo consenso, vorremmo conservare il Suo curriculum per eventuali future posizioni nell'area Marketing e Customer Experience.

Resto a disposizione per un breve confronto telefonico, qualora desiderasse un riscontro più dettagliato sui colloqui.

Con i migliori saluti,

Chiara Bonetti
HR Business Partner
Lanterna Assicurazioni S.p.A.
Via XX Settembre 41 – 16121 Genova
Tel. +39 010 555 7812 | Cell. +39 347 221 0954

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo e di darcene comunicazione.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please delete it and notify the sender.""",
        "exp": ("c.bonetti@lanternaassicurazioni.example", "Chiara", "Lanterna Assicurazioni", "Responsabile Marketing di Prodotto"),
        "notes": "long formal letter, verdict in the second paragraph; bilingual it/en legal disclaimer; feedback call offered",
    },
    {
        "slug": "it-marco-headhunter-coperta-internamente", "label": "rejection", "cat": "internal-candidate",
        "country": "IT", "style": "personal",
        "frm": "Marco Vitale <marco.vitale@orsiniexecutive.example>",
        "subject": "R: Aggiornamenti posizione Head of Brand",
        "parent": True, "day": "2026-11-04",
        "text": """Ciao Sam,

scusa se ti rispondo solo ora. Purtroppo ti devo dare una notizia poco bella: il cliente (Distillerie Monferrato) ha deciso di coprire la posizione di Head of Brand internamente, promuovendo la responsabile trade marketing che era già in azienda da otto anni. La decisione è arrivata dall'AD venerdì scorso e ha spiazzato anche noi, visto che eravate in tre in shortlist.

Mi dispiace davvero, anche perché il feedback dopo il tuo incontro con il direttore commerciale era ottimo.

Ti tengo aggiornato/a se si muove qualcosa di simile, sto lavorando su un paio di mandati nel beverage che potrebbero interessarti.

Un saluto,
Marco

Marco Vitale | Partner
Orsini Executive Search – Milano
M +39 335 610 4421

-----Messaggio originale-----
Da: Sam Taylor <sam.taylor@example.org>
Inviato: lunedì 2 novembre 2026 08:55
A: Marco Vitale <marco.vitale@orsiniexecutive.example>
Oggetto: Aggiornamenti posizione Head of Brand

Ciao Marco,
ci sono novità dal cliente dopo l'incontro del 22? Fammi sapere
quando puoi.
Grazie,
Sam""",
        "exp": ("marco.vitale@orsiniexecutive.example", "Marco", "Distillerie Monferrato", "Head of Brand"),
        "notes": "agency; filled internally by a promotion; Outlook 'R:' reply with quoted chaser; more mandates pitched",
    },
    {
        "slug": "it-federica-posizione-stand-by-budget", "label": "rejection", "cat": "role-cancelled",
        "country": "IT", "style": "personal",
        "frm": "Federica Greco <federica.greco@verdemarestudio.example>",
        "subject": "Posizione Content & Brand Lead",
        "text": """Ciao Sam,

ti scrivo per aggiornarti, come promesso. Purtroppo la posizione di Content & Brand Lead è stata messa in stand-by a tempo indeterminato: con la revisione del budget 2027 la direzione ha bloccato tutte le nuove assunzioni nell'area marketing, e al momento non so dirti se e quando verrà riaperta.

Mi spiace davvero, eri la persona con cui avremmo voluto andare avanti. Se la situazione cambia sarai la prima persona che chiamo.

Un abbraccio e in bocca al lupo per tutto,
Federica

--
Federica Greco
Head of Marketing · Verdemare Studio
+39 06 555 4410""",
        "exp": ("federica.greco@verdemarestudio.example", "Federica", "Verdemare Studio", "Content & Brand Lead"),
        "notes": "hiring freeze; role on hold indefinitely for Sam; warm 'eri la persona con cui avremmo voluto andare avanti'",
    },
    # ------------------------------------------------------------------ hard negatives, ATS
    {
        "slug": "it-inrecruiting-ricezione-esito-positivo", "label": "other", "cat": "ack-received",
        "country": "IT", "style": "ats", "vendor": "inrecruiting", "brand": "Farmacie Riunite Emiliane",
        "frm": "Lavora con noi – Farmacie Riunite Emiliane <noreply@inrecruiting.example>",
        "subject": "Conferma ricezione candidatura – Trade Marketing Manager",
        "plain": "html2text",
        "text": """Gentile Sam Taylor,

confermiamo di aver ricevuto la Sua candidatura per la posizione Trade Marketing Manager (Reggio Emilia).

Il Suo profilo sarà valutato con attenzione dal nostro Ufficio Selezione. In caso di esito positivo della prima valutazione, sarà contattato/a direttamente per un colloquio conoscitivo. Data l'elevata quantità di candidature ricevute, non ci è possibile fornire un riscontro individuale a tutti i candidati: i curricula non selezionati resteranno archiviati nella nostra banca dati per 24 mesi.

Può consultare lo stato della candidatura nella Sua [[area riservata]].

Cordiali saluti,
Ufficio Selezione del Personale""",
        "footer": [
            "Farmacie Riunite Emiliane S.p.A. – Via Emilia Ovest 118, 42124 Reggio Emilia",
            "Informativa privacy ex art. 13 GDPR: {privacy}",
            "Messaggio generato automaticamente, si prega di non rispondere.",
        ],
        "notes": "acknowledgement hedging about 'esito positivo' and 'curricula non selezionati'; no verdict",
    },
    {
        "slug": "it-greenhouse-invito-secondo-colloquio", "label": "other", "cat": "interview-invite",
        "country": "IT", "style": "ats", "vendor": "greenhouse", "brand": "Cantiere Digitale",
        "frm": "Cantiere Digitale <no-reply@us.greenhouse-mail.io>",
        "reply_to": "recruiting@cantieredigitale.example",
        "subject": "Cantiere Digitale – Secondo colloquio per Senior Product Marketing Manager",
        "text": """Ciao Sam,

grazie ancora per la chiacchierata con Paolo della settimana scorsa! Siamo felici di comunicarti che sei passato/a alla fase successiva del processo per la posizione di Senior Product Marketing Manager.

Il prossimo step è un colloquio di 60 minuti con Elena Sartori (VP Marketing) e un membro del team Product. Ti chiederemo di presentare un breve caso (max 5 slide) sul lancio di una funzionalità a tua scelta.

Purtroppo in questo periodo non riusciamo a organizzare colloqui in presenza nella sede di Torino, quindi l'incontro si terrà su Google Meet. Scegli lo slot che preferisci qui: [[Prenota il colloquio]]

Se nessuno degli orari va bene, rispondi pure a questa email.

A presto,
Il team Recruiting di Cantiere Digitale""",
        "footer": [
            "Cantiere Digitale S.r.l. – Via Nizza 150, 10126 Torino",
            "Siamo un datore di lavoro che offre pari opportunità e accogliamo candidature da persone di ogni provenienza.",
            "Privacy candidati: {privacy}",
        ],
        "notes": "next-round invitation containing a 'purtroppo' about on-site interviews",
    },
    {
        "slug": "it-indeed-alert-offerte-marketing-milano", "label": "other", "cat": "job-alert",
        "country": "IT", "style": "ats", "vendor": "indeed_it", "brand": "Indeed",
        "frm": "Indeed <alert@indeed.example>",
        "subject": "12 nuove offerte per \"marketing manager\" a Milano",
        "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
        "plain": "html2text",
        "text": """Nuove offerte di lavoro per la tua ricerca: marketing manager – Milano, Lombardia

- Product Marketing Manager – Arnia Software – Milano – [[Candidatura semplificata]]
- Brand Manager Food – Pastificio Bellandi – Sesto San Giovanni – [[Vedi offerta]]
- Marketing Manager (posizione già coperta? segnalala) – Studio Azzurro – Milano – [[Vedi offerta]]
- Head of Growth – Quadrivio Pay – Milano (ibrido) – [[Vedi offerta]]

Non hai ricevuto risposta dalle aziende a cui ti sei candidato? Scopri i nostri consigli: "Candidatura rifiutata: cosa fare dopo un no" – [[Leggi l'articolo]]

[[Vedi tutte le offerte]]""",
        "footer": [
            "Hai ricevuto questa email perché hai creato un avviso di lavoro su Indeed.",
            "Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublino 2, Irlanda.",
        ],
        "notes": "job alert digest; names a company from another message; advice article title 'Candidatura rifiutata'",
    },
    # ------------------------------------------------------------------ hard negatives, personal
    {
        "slug": "it-conferenza-proposta-intervento-non-selezionata", "label": "other", "cat": "non-job-rejection",
        "country": "IT", "style": "personal", "client_html": True,
        "frm": "Comitato Programma – Marketing Forum Bologna <speaker@marketingforumbo.example>",
        "subject": "Marketing Forum Bologna 2027 – esito della tua proposta",
        "text": """Ciao Sam,

grazie per aver inviato la tua proposta di intervento "Misurare il brand senza cookie" per il Marketing Forum Bologna 2027.

Quest'anno abbiamo ricevuto oltre 340 proposte per 28 slot. Dopo una valutazione attenta, ci dispiace comunicarti che la tua proposta non è stata selezionata per il programma principale.

Il comitato ha apprezzato molto il tema: se ti va, ti proponiamo di portarlo come tavola rotonda nel pomeriggio del 18 marzo. Inoltre, come speaker candidato, hai diritto a un biglietto con il 30% di sconto.

Grazie ancora e a presto,
Silvia Marchetti
per il Comitato Programma""",
        "notes": "conference talk proposal declined ('non è stata selezionata'), not a job",
    },
    {
        "slug": "it-collega-hr-esiti-negativi-inviati", "label": "other", "cat": "owner-hiring",
        "country": "IT", "style": "personal",
        "frm": "Alessia Conti <alessia.conti@example.org>",
        "subject": "Content Strategist – esiti inviati",
        "text": """Ciao Sam,

ti confermo che stamattina ho inviato la mail di esito negativo ai tre candidati che hai scartato dopo il primo colloquio per la posizione di Content Strategist (Ferraris, Lombardi e Gallo). Ho usato il template standard "non è stato selezionato per il prosieguo", con la frase in più sul feedback come mi avevi chiesto.

Per Beatrice Russo invece ho fissato il secondo colloquio giovedì alle 15 nella sala Navigli. Ti mando l'invito dal calendario.

Quando hai un attimo, mi giri anche il tuo ok sulla scheda di valutazione in Personio? Senza quella non riesco a chiudere la requisition.

Grazie!
Alessia

Alessia Conti
People & Culture – Calder Street Media, sede di Milano""",
        "notes": "Sam is the hiring manager; colleague at example.org confirms rejections sent to other candidates",
    },
    {
        "slug": "it-recruiter-posizione-chiusa-nuove-opportunita", "day": "2026-11-11", "label": "other", "cat": "recruiter-outreach",
        "country": "IT", "style": "personal",
        "frm": "Davide Morelli <d.morelli@talentiadriatico.example>",
        "subject": "Due nuove opportunità Marketing – Bologna / remoto",
        "text": """Buongiorno Sam,

ci eravamo sentiti a settembre per la posizione di Brand Manager in un'azienda del settore arredo: come ti avevo anticipato al telefono, quella ricerca si è chiusa a fine ottobre.

Ti scrivo perché nelle ultime settimane ho ricevuto due nuovi incarichi che mi sembrano molto in linea con il tuo percorso:

1) Head of Product Marketing – scale-up SaaS, Bologna (ibrido), RAL 75-85k
2) Marketing Manager EMEA – multinazionale medicale, full remote, RAL 70k + bonus

Avresti 20 minuti questa settimana per una call conoscitiva? Sono libero giovedì mattina o venerdì dopo le 14.

Un saluto,
Davide Morelli
Senior Consultant – Talenti Adriatico
+39 051 555 3380""",
        "notes": "recruiter outreach recalling an earlier search that 'si è chiusa'; pitches two new roles",
    },
]
