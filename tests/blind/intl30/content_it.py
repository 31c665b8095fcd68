"""Italian messages (Italy, Ticino): 8 rejections, 8 hard negatives."""
MESSAGES = [
# ---------------- rejections, ATS ----------------
{"slug": "it-inrecruiting-esito-candidatura", "label": "rejection", "cat": "ats-automated", "lang": "it", "country": "IT",
 "style": "ats", "vendor": "inrecruiting", "brand": "Gruppo Valdimonte",
 "frm": "Gruppo Valdimonte - Selezione <noreply@inrecruiting.example>", "subject": "Esito candidatura - Digital Marketing Specialist (rif. 2026/118)",
 "text": """Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato nei confronti del Gruppo Valdimonte e per aver inviato la Sua candidatura per la posizione di Digital Marketing Specialist (rif. 2026/118).

Desideriamo informarLa che, a seguito di un'attenta valutazione, la Sua candidatura non è stata selezionata per il prosieguo dell'iter di selezione.

I Suoi dati resteranno nel nostro archivio per 24 mesi e potranno essere presi in considerazione per future opportunità, salvo Sua diversa indicazione.

Cordiali saluti,
Ufficio Risorse Umane
Gruppo Valdimonte S.p.A.""",
 "exp": ("", "", "Gruppo Valdimonte", "Digital Marketing Specialist"), "notes": "Lei form; most ordinary Italian template"},

{"slug": "it-infojobs-non-selezionato", "label": "rejection", "cat": "ats-automated", "lang": "it", "country": "IT",
 "style": "ats", "vendor": "infojobs_it", "brand": "Arredi Brianza", "h2t": True,
 "frm": "InfoJobs <noreply@infojobs.it>", "subject": "Aggiornamento sulla tua candidatura a Brand Specialist",
 "headers": {"List-Unsubscribe": "<{unsub}>", "Precedence": "bulk"},
 "text": """Ciao Sam,

l'azienda Arredi Brianza ha aggiornato lo stato della tua candidatura:

{table}

L'azienda ha concluso la valutazione dei profili e, per questa offerta, ha scelto di non proseguire con la tua candidatura. Continua a cercare: ogni giorno pubblichiamo nuove offerte in linea con il tuo profilo.

[[Scopri offerte simili]]""",
 "table": [("Offerta", "Brand Specialist"), ("Azienda", "Arredi Brianza"), ("Sede", "Monza"), ("Stato", "Non selezionato")],
 "exp": ("", "", "Arredi Brianza", "Brand Specialist"), "notes": "job-board relay; status table; html2text plain"},

{"slug": "it-ch-successfactors-ticino", "label": "rejection", "cat": "ats-automated", "lang": "it", "country": "CH",
 "style": "ats", "vendor": "successfactors", "brand": "Farmaceutica Ceresio SA",
 "frm": "Farmaceutica Ceresio SA <careers@successfactors.eu>", "subject": "La sua candidatura presso Farmaceutica Ceresio SA",
 "text": """Gentile Sam Taylor,

grazie per il Suo interesse per la posizione di Marketing Manager Consumer Health (80-100%) presso la nostra sede di Mendrisio.

Farmaceutica Ceresio SA è un'azienda a conduzione familiare fondata nel 1962, attiva in oltre 40 paesi, e da cinque anni consecutivi è riconosciuta come "Top Employer Svizzera". La scelta dei nostri collaboratori è quindi per noi un processo molto accurato.

Dopo un attento esame del Suo dossier, abbiamo deciso di proseguire con altri candidati il cui profilo corrisponde maggiormente ai requisiti della posizione. Comprendiamo che questa notizia possa essere deludente.

Per eventuali domande può contattare il nostro team HR all'indirizzo hr.mendrisio@ceresio-pharma.example.

Con i migliori saluti
Human Resources
Farmaceutica Ceresio SA""",
 "footer": ["Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail. / Messaggio generato automaticamente, si prega di non rispondere.",
            "Datenschutzerklärung / Informativa sulla protezione dei dati: {privacy}", "Farmaceutica Ceresio SA · Via (fittizia) 1 · 6850 Mendrisio · Svizzera"],
 "exp": ("hr.mendrisio@ceresio-pharma.example", "", "Farmaceutica Ceresio SA", "Marketing Manager Consumer Health (80-100%)"), "notes": "Ticino; German+Italian footer; company boilerplate before verdict; body address"},

{"slug": "it-smartrecruiters-posizione-chiusa", "label": "rejection", "cat": "role-cancelled", "lang": "it", "country": "IT",
 "style": "ats", "vendor": "smartrecruiters", "brand": "Moda Lariana", "html_only": True,
 "frm": "Moda Lariana <noreply@smartrecruiters.com>", "subject": "Aggiornamento: E-commerce Marketing Manager",
 "text": """Ciao Sam,

ti ringraziamo per esserti candidato/a alla posizione di E-commerce Marketing Manager.

Ti scriviamo per informarti che, a seguito di una riorganizzazione interna, la posizione non è più attiva e la ricerca è stata chiusa. Di conseguenza la tua candidatura non potrà avere seguito.

Ci dispiace per l'inconveniente e speriamo di ritrovarti tra i candidati delle nostre prossime offerte.

Il team Talent Acquisition di Moda Lariana""",
 "exp": ("", "", "Moda Lariana", "E-commerce Marketing Manager"), "notes": "HTML-only; position closed after reorganisation"},

# ---------------- rejections, personal ----------------
{"slug": "it-hr-dopo-colloquio-lungo", "label": "rejection", "cat": "personal-after-interview", "lang": "it", "country": "IT",
 "style": "personal", "frm": "Chiara Bellandi <c.bellandi@editorialeaurora.example>",
 "subject": "Colloquio del 12 novembre - Head of Audience",
 "text": """Gentile Sam,

innanzitutto desidero ringraziarLa, anche a nome del Direttore Generale, per il tempo che ci ha dedicato nei due colloqui e per la presentazione sulla strategia di abbonamenti digitali, che abbiamo trovato stimolante e molto concreta.

Come anticipato, la posizione di Head of Audience è per noi strategica e abbiamo incontrato profili di grande valore. Dopo un confronto approfondito all'interno del comitato di selezione, abbiamo individuato un candidato con un'esperienza più specifica nel mercato editoriale italiano, e abbiamo deciso di proseguire con lui.

Mi rendo conto che non è la risposta che sperava. Le confesso che la scelta non è stata semplice, e se nei prossimi mesi dovessero aprirsi posizioni nell'area digital sarò lieta di ricontattarLa.

Resto a disposizione per un riscontro telefonico più dettagliato, se lo desidera.

Un cordiale saluto,

Chiara Bellandi
HR Business Partner
Editoriale Aurora S.p.A. | Milano
T. +39 02 5555 0177""",
 "exp": ("c.bellandi@editorialeaurora.example", "Chiara", "Editoriale Aurora", "Head of Audience"), "notes": "formal Lei; verdict in the middle after praise"},

{"slug": "it-headhunter-cliente-altro-corto", "label": "rejection", "cat": "agency-recruiter", "lang": "it", "country": "IT",
 "style": "personal", "frm": "Giulia Ferri <giulia.ferri@hunterspoint.example>",
 "subject": "R: Product Marketing Lead - Velotech", "parent": True, "wrap": False,
 "text": """Ciao Sam, purtroppo Velotech ha deciso di andare avanti con un altro candidato. Mi spiace! Ti tengo presente per i prossimi mandati.
Giulia

Inviato da iPhone

Il giorno 3 nov 2026, alle ore 18:20, Sam Taylor <sam.taylor@example.org> ha scritto:

> Ciao Giulia, ci sono novità sul Product Marketing Lead di Velotech? Grazie, Sam""",
 "exp": ("giulia.ferri@hunterspoint.example", "Giulia", "Velotech", "Product Marketing Lead"), "notes": "terse, from phone; client named in subject and quote"},

{"slug": "it-ch-startup-bilingue", "label": "rejection", "cat": "personal-after-interview", "lang": "it", "country": "CH",
 "style": "personal", "frm": "Marco Pedrazzini <marco@lagolabs.example>", "client_html": True,
 "subject": "Growth Marketer @ Lago Labs / update",
 "text": """Ciao Sam,

grazie ancora per la chiacchierata di venerdì con me e Anouk, ci è piaciuta molto.

Ti scrivo per dirti che abbiamo deciso di non andare avanti con la tua candidatura per il ruolo di Growth Marketer: cerchiamo qualcuno che possa lavorare dal nostro ufficio di Lugano almeno tre giorni a settimana, e abbiamo capito che per te non è fattibile.

(English below, since Anouk joined the call)

Hi Sam, thanks again for Friday. We have decided not to move forward for the Growth Marketer role, mainly because we need someone in our Lugano office at least three days a week. We really enjoyed meeting you.

Un saluto / best,
Marco
Co-founder, Lago Labs
+41 91 555 01 63""",
 "exp": ("marco@lagolabs.example", "Marco", "Lago Labs", "Growth Marketer"), "notes": "start-up, tu; Italian letter with English version"},

{"slug": "it-risposta-ringraziamento-chiusa", "label": "rejection", "cat": "personal-after-interview", "lang": "it", "country": "IT",
 "style": "personal", "frm": "Stefano Guidi <stefano.guidi@cantinebarbera.example>",
 "subject": "Re: Grazie per il colloquio - Export Marketing Manager", "parent": True, "parent_depth": 2,
 "text": """Buongiorno Sam,

grazie a te per il messaggio gentile, fa sempre piacere.

Ti aggiorno con trasparenza: abbiamo chiuso la ricerca per Export Marketing Manager con un candidato che ha già lavorato con gli importatori del Nord Europa. È stata una decisione sul filo, ma è definitiva.

Ti auguro il meglio e, se passi dalle Langhe, il caffè (o il calice) è offerto.

Stefano Guidi
Direttore Commerciale
Cantine Barbera Riunite

-----Messaggio originale-----
Da: Sam Taylor <sam.taylor@example.org>
Inviato: martedì 27 ottobre 2026 10:02
A: Stefano Guidi <stefano.guidi@cantinebarbera.example>
Oggetto: Grazie per il colloquio - Export Marketing Manager

Buongiorno Stefano,
volevo ringraziarti per il colloquio di ieri. Resto a disposizione per qualsiasi informazione.
Un saluto,
Sam""",
 "exp": ("stefano.guidi@cantinebarbera.example", "Stefano", "Cantine Barbera Riunite", "Export Marketing Manager"), "notes": "reply above Sam's thank-you; 'abbiamo chiuso la ricerca con un candidato'"},

# ---------------- others, ATS ----------------
{"slug": "it-inrecruiting-conferma-ricezione", "label": "other", "cat": "ack-received", "lang": "it", "country": "IT",
 "style": "ats", "vendor": "inrecruiting", "brand": "Banca Adriatica Centrale",
 "frm": "Banca Adriatica Centrale - Lavora con noi <noreply@inrecruiting.example>", "subject": "Conferma ricezione candidatura",
 "text": """Gentile Sam Taylor,

Le confermiamo di aver ricevuto la Sua candidatura per la posizione Marketing Analyst.

Data l'elevata quantità di candidature che riceviamo, non ci è possibile rispondere singolarmente a ciascuna di esse. Qualora il Suo profilo risultasse in linea con le nostre esigenze, sarà nostra cura ricontattarLa. In caso contrario, La preghiamo di considerare non accolta la Sua candidatura trascorsi 60 giorni da oggi.

Cordiali saluti,
Direzione Risorse Umane""",
 "notes": "acknowledgement that hedges ('consider it not accepted after 60 days')"},

{"slug": "it-workday-test-attitudinale", "label": "other", "cat": "assessment-invite", "lang": "it", "country": "IT",
 "style": "ats", "vendor": "workday", "brand": "Energia Padana", "h2t": True,
 "frm": "Energia Padana <energiapadana@myworkday.com>", "subject": "Prossimo passo: test online - Customer Marketing Manager",
 "text": """Ciao Sam,

siamo felici di comunicarti che la tua candidatura per Customer Marketing Manager ha superato la prima fase di screening.

Il prossimo passo prevede un test online (ragionamento numerico e verbale, circa 40 minuti), da completare entro 5 giorni. Purtroppo non potremo prendere in considerazione le candidature di chi non completerà il test entro la scadenza.

[[Inizia il test]]

In bocca al lupo!
Talent Acquisition Energia Padana""",
 "notes": "test invitation; 'purtroppo' clause about missing the deadline"},

{"slug": "it-ch-talent-community", "label": "other", "cat": "talent-pool", "lang": "it", "country": "CH",
 "style": "ats", "vendor": "personio", "brand": "Orologi Verzasca SA",
 "frm": "Orologi Verzasca SA <jobs@orologiverzasca.jobs.personio.de>", "subject": "Resta in contatto con Orologi Verzasca",
 "text": """Ciao Sam,

grazie per la tua candidatura spontanea. Al momento non abbiamo posizioni aperte nel marketing a Locarno, ma ci piacerebbe restare in contatto.

Entra nella nostra Talent Community: ti avviseremo appena si apre una posizione in linea con il tuo profilo. Per farlo abbiamo bisogno del tuo consenso a conservare i tuoi dati per 12 mesi.

[[Sì, voglio entrare nella Talent Community]]

Un saluto,
People Team · Orologi Verzasca SA""",
 "notes": "spontaneous application; no opening, talent-pool consent, no verdict"},

{"slug": "it-proposta-talk-non-accettata", "label": "other", "cat": "non-job-rejection", "lang": "it", "country": "IT",
 "style": "ats", "vendor": "generic", "brand": "MarketingDays Bologna",
 "frm": "MarketingDays Bologna <speaker@marketingdays.example>", "subject": "La tua proposta di intervento per MarketingDays 2027",
 "text": """Ciao Sam,

grazie per aver inviato la tua proposta "Dalla newsletter all'abbonamento: 5 anni di esperimenti" alla call for speaker di MarketingDays 2027.

Quest'anno abbiamo ricevuto oltre 600 proposte per 48 slot. Ci dispiace comunicarti che la tua proposta non è stata selezionata dal comitato di programma.

Come speaker candidato hai diritto a un codice sconto del 30% sul biglietto: SPK30-CALDER.

Il team MarketingDays""",
 "notes": "conference talk not selected"},

# ---------------- others, personal ----------------
{"slug": "it-collega-candidato-risposta", "label": "other", "cat": "owner-hiring", "lang": "it", "country": "IT",
 "style": "personal", "frm": "Paola Rinaldi <paola.rinaldi@example.org>",
 "subject": "I: Re: Esito selezione Social Media Editor", "client_html": True,
 "text": """Ciao Sam,

ti inoltro la risposta di Lorenzo Neri, il candidato che abbiamo scartato dopo il secondo colloquio. Chiede un feedback: ti va di chiamarlo tu o preferisci che gli scriva io due righe?

Paola

---------- Messaggio inoltrato ---------
Da: Lorenzo Neri <lorenzo.neri@posta.example>
Data: 4 novembre 2026
Oggetto: Re: Esito selezione Social Media Editor

Gentile Paola,
grazie per avermi comunicato l'esito negativo. Mi farebbe piacere capire su quali aspetti potrei migliorare.
Cordiali saluti,
Lorenzo

> Gentile Lorenzo, La ringraziamo ... purtroppo abbiamo deciso di non proseguire con la Sua candidatura.""",
 "notes": "Sam's own hiring: a rejected candidate's reply forwarded by HR colleague"},

{"slug": "it-headhunter-nuovi-mandati", "label": "other", "cat": "recruiter-outreach", "lang": "it", "country": "IT",
 "style": "personal", "frm": "Davide Colombo <d.colombo@executiveitalia.example>",
 "subject": "Nuove opportunità - marketing",
 "text": """Ciao Sam,

ci eravamo sentiti a giugno per la posizione di Marketing Director in Fidenza Foods: come sai quella ricerca si è chiusa con un candidato interno, ma nel frattempo mi sono arrivati due nuovi mandati che mi hanno fatto pensare subito a te:

- Head of Brand per un gruppo della cosmetica (Milano, RAL 95-110k)
- Product Marketing Director per una scale-up fintech (Roma / remoto)

Hai 15 minuti giovedì per una call?

Davide Colombo
Partner | Executive Italia
+39 335 555 0149""",
 "notes": "recruiter pitch recalling an old closed search"},

{"slug": "it-proposta-assunzione", "label": "other", "cat": "offer", "lang": "it", "country": "IT",
 "style": "personal", "frm": "Elena Sartori <elena.sartori@fintessera.example>",
 "subject": "Proposta di assunzione - Senior Product Marketing Manager",
 "text": """Ciao Sam,

come anticipato al telefono, sono felicissima di inviarti in allegato la nostra proposta di assunzione per il ruolo di Senior Product Marketing Manager, con contratto a tempo indeterminato, CCNL Commercio, I livello.

Non ti nascondo che la scelta finale è stata tra te e un altro candidato molto forte, e il team all'unanimità ha scelto te. Purtroppo non possiamo andare oltre la RAL indicata, ma il piano welfare è piuttosto ricco.

Ti chiederei un riscontro entro venerdì 20.

A presto!
Elena Sartori
Head of People, Fintessera""",
 "attach": [("Proposta_Fintessera_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% placeholder offer letter\n%%EOF\n")],
 "notes": "offer with PDF; 'purtroppo' about salary"},

{"slug": "it-colloquio-spostato", "label": "other", "cat": "reschedule", "lang": "it", "country": "IT",
 "style": "personal", "frm": "Martina Greco <martina.greco@portoverde.example>",
 "subject": "Colloquio di domani annullato - da riprogrammare",
 "text": """Buonasera Sam,

purtroppo devo annullare il colloquio di domani alle 11 con il nostro CMO, che è stato bloccato da un'urgenza a Roma. Mi scuso per il poco preavviso.

La posizione è ancora aperta e la tua candidatura resta assolutamente in corsa: ti mando entro lunedì due o tre alternative per la prossima settimana.

Martina Greco
Talent Acquisition · Porto Verde Crociere""",
 "notes": "interview cancelled and to be rescheduled; candidacy unaffected"},
]
