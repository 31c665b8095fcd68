"""Italian messages: 12 rejections, 12 hard negatives."""
from content_common import OWNER

MESSAGES = [
    # ---------------------------------------------------------------- rejections
    {
        "slug": "it-ghiaccio-greenhouse-altri-candidati", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "it-IT", "vendor": "greenhouse", "brand": "Ghiaccio Bianco",
        "frm": "Ghiaccio Bianco <no-reply@us.greenhouse-mail.io>",
        "subject": "Aggiornamento sulla tua candidatura per Senior Product Manager",
        "text": """Ciao Sam,

grazie per esserti candidato/a alla posizione di Senior Product Manager in Ghiaccio Bianco e per l'interesse dimostrato verso la nostra azienda.

Abbiamo esaminato con attenzione il tuo profilo. Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri candidati il cui percorso è più in linea con i requisiti della posizione.

Conserveremo i tuoi dati secondo quanto previsto dalla nostra informativa privacy e ti invitiamo a consultare regolarmente la nostra [[pagina Lavora con noi]].

Un cordiale saluto,
Il team Talent Acquisition di Ghiaccio Bianco""",
        "about": "Ghiaccio Bianco è la piattaforma italiana di food delivery surgelato, attiva in 40 città. Siamo un datore di lavoro che garantisce pari opportunità e valorizza ogni forma di diversità.",
        "exp": ("", "", "Ghiaccio Bianco", "Senior Product Manager"),
        "notes": "most ordinary wording; gender slash 'candidato/a'",
    },
    {
        "slug": "it-assicura-workday-ricerca-chiusa", "label": "rejection", "cat": "role-cancelled",
        "style": "ats", "variant": "it-IT", "vendor": "workday", "brand": "Assicura Mutua", "html_only": True,
        "frm": "Assicura Mutua <assicuramutua@myworkday.com>",
        "subject": "Comunicazione relativa alla Sua candidatura (R0042291)",
        "text": """Gentile Sam Taylor,

La ringraziamo per l'interesse manifestato nei confronti di Assicura Mutua e per aver presentato la Sua candidatura per la posizione di Responsabile Customer Insights (R0042291).

Desideriamo informarLa che abbiamo chiuso questa ricerca senza procedere ad alcuna assunzione, a seguito di una revisione dell'organizzazione della Direzione Marketing. La Sua candidatura non sarà pertanto ulteriormente considerata per questa posizione.

Potrà in ogni momento consultare le posizioni aperte e candidarsi accedendo al [[Portale Carriere]].

Cordiali saluti,
Direzione Risorse Umane
Assicura Mutua""",
        "legal": ["Assicura Mutua S.p.A. · Sede legale: Via Ugo Foscolo 8, 20121 Milano · Capitale sociale € 120.000.000 i.v. · Iscritta all'Albo Imprese IVASS n. 1.00091."],
        "exp": ("", "", "Assicura Mutua", "Responsabile Customer Insights"),
        "notes": "formal Lei; html-only; requisition closed after reorganisation",
    },
    {
        "slug": "it-solare-smartrecruiters-conservare-cv", "label": "rejection", "cat": "keep-on-file",
        "style": "ats", "variant": "it-IT", "vendor": "smartrecruiters", "brand": "Solare Moda",
        "frm": "Solare Moda <no-reply@smartrecruiters.com>",
        "subject": "Solare Moda – la Sua candidatura",
        "text": """Gentile Sam,

grazie per aver scelto Solare Moda. Dal 1962 crediamo che il talento sia la materia prima più preziosa: la stessa cura che mettiamo in ogni capo la mettiamo nella selezione delle persone che lavoreranno con noi. Per questo ogni candidatura viene letta da una persona del nostro team e non da un sistema automatico.

La posizione di Digital Product Owner – E-commerce ha attirato un numero di candidature molto superiore alle nostre aspettative, con profili di grande valore. Dopo un'attenta valutazione, non è stato possibile dare seguito alla Sua candidatura in questa fase. Speriamo comprenda che si tratta di una scelta legata esclusivamente ai requisiti specifici del ruolo.

Desidera che conserviamo il Suo CV per 24 mesi, per poterLa contattare in caso di future opportunità? Se sì, La preghiamo di confermarlo cliccando su [[Acconsento alla conservazione]]. In assenza di conferma, i Suoi dati saranno cancellati entro 30 giorni ai sensi dell'art. 17 GDPR.

Con i migliori auguri per il Suo percorso professionale,
People & Organization
Solare Moda""",
        "about": "Solare Moda S.p.A. · Via della Spiga 31, Milano · Premio \"Top Employers Italia 2026\".",
        "exp": ("", "", "Solare Moda", "Digital Product Owner – E-commerce"),
        "notes": "verdict after long brand praise; consent-to-retain question",
    },
    {
        "slug": "it-farmadue-icims-stato-non-selezionato", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "it-IT", "vendor": "icims", "brand": "Farmadue",
        "frm": "Farmadue Careers <farmadue@talent.icims.com>",
        "subject": "Aggiornamento dello stato della candidatura",
        "text": """Ciao Sam,

lo stato della tua candidatura è stato aggiornato.

{table}

Puoi visualizzare tutte le tue candidature accedendo al [[Portale Candidati]].

Questo è un messaggio automatico: ti preghiamo di non rispondere.""",
        "table": [("Posizione", "Product Marketing Manager"), ("Codice", "2026-IT-0719"), ("Sede", "Bologna"), ("Stato", "Non selezionato/a")],
        "exp": ("", "", "Farmadue", "Product Marketing Manager"),
        "notes": "status-portal table",
    },
    {
        "slug": "it-vela-lever-test-online", "label": "rejection", "cat": "after-assessment",
        "style": "ats", "variant": "it-IT", "vendor": "lever", "brand": "Vela Pagamenti",
        "frm": "Vela Pagamenti <no-reply@hire.lever.co>",
        "reply_to": "Giulia Rinaldi <giulia.rinaldi@velapagamenti.example>",
        "subject": "Esito del test online - Product Analyst",
        "text": """Ciao Sam,

grazie per aver svolto il test online per la posizione di Product Analyst. Abbiamo apprezzato il tempo e l'impegno che ci hai dedicato.

Sulla base degli esiti del test, e in particolare della sezione di analisi dati, non proseguiremo con la tua candidatura alle fasi successive del processo di selezione.

Se ti fa piacere ricevere un riscontro più dettagliato sui singoli esercizi, rispondi pure a questa mail.

Buona fortuna,
Giulia Rinaldi
Talent Acquisition Specialist · Vela Pagamenti""",
        "exp": ("giulia.rinaldi@velapagamenti.example", "Giulia", "Vela Pagamenti", "Product Analyst"),
        "notes": "after online test; Reply-To a person",
    },
    {
        "slug": "it-indeed-azienda-non-procede", "label": "rejection", "cat": "ats-automated",
        "style": "ats", "variant": "it-IT", "vendor": "indeed", "brand": "Indeed",
        "frm": "Indeed <candidature@indeedmail.example>",
        "subject": "Aggiornamento sulla tua candidatura: Brand Manager presso Pastificio Lorenzi",
        "footer": ["Hai ricevuto questa e-mail perché ti sei candidato tramite Indeed. Gestisci le preferenze e-mail: {unsub}",
                   "© 2026 Indeed · Informativa sulla privacy: {privacy}"],
        "text": """Ciao Sam,

Pastificio Lorenzi ha esaminato la tua candidatura per Brand Manager (Parma, PR) e ha deciso di non procedere.

Non scoraggiarti: ogni giorno vengono pubblicate nuove offerte di lavoro. Ecco alcune offerte simili a quelle che hai cercato:

**Brand Manager Junior** · Caseificio Valbruna · Reggio Emilia · [[Visualizza]]
**Marketing Manager** · Oleificio Sereni · Parma · [[Visualizza]]

[[Vedi tutte le offerte]]""",
        "exp": ("", "", "Pastificio Lorenzi", "Brand Manager"),
        "notes": "job-board relay of an employer decision, with job suggestions below",
    },
    {
        "slug": "it-colibri-recruiter-dopo-colloqui", "label": "rejection", "cat": "personal-after-interview",
        "style": "personal", "variant": "it-IT", "client_html": True,
        "frm": "Chiara Bellini <chiara.bellini@colibri.example>",
        "subject": "Head of Product Marketing - Colibrì",
        "text": """Ciao Sam,

innanzitutto grazie davvero per il tempo che ci hai dedicato in queste settimane: il primo colloquio con me, la chiacchierata con Federico e la presentazione al team di marketing. So che è stato un percorso impegnativo.

Ti scrivo perché ieri abbiamo chiuso il processo. Alla fine abbiamo scelto un'altra persona, con un'esperienza più lunga nel mercato SaaS B2B e nella gestione di un team di sei persone, che per noi nel 2027 sarà fondamentale.

Ci tengo a condividerti qualche feedback, perché le valutazioni su di te sono state molto buone:
- la presentazione è stata chiara e ben strutturata, forse la migliore che abbiamo visto;
- Federico ha apprezzato molto il tuo approccio ai dati;
- il punto più debole è stato il pricing e il posizionamento verso le grandi aziende.

Mi piacerebbe restare in contatto: se si apre una posizione più adatta al tuo profilo sarò felice di ricontattarti.

Un caro saluto,

Chiara Bellini
Head of People · Colibrì
Corso Vittorio Emanuele II 68, 10121 Torino
+39 347 221 8840""",
        "exp": ("chiara.bellini@colibri.example", "Chiara", "Colibrì", "Head of Product Marketing"),
        "notes": "long; feedback list; verdict in the second paragraph",
    },
    {
        "slug": "it-terse-stavolta-non-e-andata", "label": "rejection", "cat": "terse",
        "style": "personal", "variant": "it-IT",
        "frm": "Marco Ferri <marco@spritzlab.example>",
        "subject": "Re: colloquio Growth Manager",
        "text": """Ciao Sam, purtroppo stavolta non è andata, abbiamo preso un altro profilo per Growth Manager. Grazie mille e in bocca al lupo!

Marco
Spritz Lab

Inviato da Outlook per Android""",
        "exp": ("marco@spritzlab.example", "Marco", "Spritz Lab", "Growth Manager"),
        "notes": "two lines; sent from mobile",
    },
    {
        "slug": "it-selezione-adriatica-cliente", "label": "rejection", "cat": "agency-recruiter",
        "style": "personal", "variant": "it-IT",
        "frm": "Davide Greco <d.greco@selezioneadriatica.example>",
        "subject": "Lanificio Bertola - riscontro",
        "text": """Buongiorno Sam,

come anticipato al telefono, ho ricevuto oggi il riscontro del Lanificio Bertola sulla posizione di Responsabile Marketing Digitale.

L'azienda ha deciso di non proseguire con la tua candidatura. La motivazione che mi hanno dato è che cercano una persona che conosca già il settore tessile e che possa trasferirsi a Biella entro gennaio, due aspetti su cui il tuo profilo era meno forte rispetto agli altri finalisti.

Mi dispiace, perché avevo puntato molto su di te. Ho però altre due ricerche in corso in ambito marketing che potrebbero interessarti: ti chiamo lunedì per parlarne?

Cordiali saluti,

Davide Greco
Senior Consultant
Selezione Adriatica S.r.l. · Aut. Min. Lav. n. 13/I/0004512
Viale della Vittoria 12, 60123 Ancona · Tel. 071 220 4410 · Cell. 339 771 0032""",
        "exp": ("d.greco@selezioneadriatica.example", "Davide", "Lanificio Bertola", "Responsabile Marketing Digitale"),
        "notes": "agency relays client decision; company = client",
    },
    {
        "slug": "it-interno-risposta-a-sollecito", "label": "rejection", "cat": "internal-candidate",
        "style": "personal", "variant": "it-IT",
        "frm": "Elena Marchetti <elena.marchetti@torrefazionegalli.example>",
        "subject": "R: Aggiornamenti candidatura Product Owner",
        "parent": True, "parent_domain": "example.org", "day": "2026-11-18",
        "text": """Gentile Sam,

mi scuso per il ritardo con cui le rispondo. Purtroppo avrei dovuto scriverle prima.

La posizione di Product Owner è stata coperta internamente: un collega del team e-commerce ha chiesto di spostarsi sul progetto e la direzione ha preferito valorizzare una risorsa interna. Il processo di selezione esterno si è quindi chiuso.

La ringrazio per la disponibilità e per la pazienza, e le auguro il meglio.

Cordiali saluti,
Elena Marchetti
HR Manager
Torrefazione Galli S.p.A.
Tel. 02 4471 2230

-----Messaggio originale-----
Da: Sam Taylor <sam.taylor@example.org>
Inviato: lunedì 16 novembre 2026 09:48
A: Elena Marchetti <elena.marchetti@torrefazionegalli.example>
Oggetto: Aggiornamenti candidatura Product Owner

Gentile Elena,

le scrivo per chiedere se ci sono novità sulla selezione per il ruolo di
Product Owner. Il colloquio con il Dott. Galli è stato ormai un mese fa.

Grazie e buona giornata,
Sam Taylor""",
        "exp": ("elena.marchetti@torrefazionegalli.example", "Elena", "Torrefazione Galli", "Product Owner"),
        "notes": "formal Lei; reply to Sam's chaser; Outlook quote; filled internally",
    },
    {
        "slug": "it-blocco-assunzioni-congelata", "label": "rejection", "cat": "role-cancelled",
        "style": "personal", "variant": "it-IT", "charset": "iso-8859-1",
        "frm": "Roberto Conti <roberto.conti@mediterranealogistica.example>",
        "subject": "Posizione Marketing Intelligence Manager",
        "text": """Gentile Sam,

la contatto per informarla che, a seguito del blocco delle assunzioni deciso dal gruppo per il primo semestre 2027, la posizione di Marketing Intelligence Manager è stata congelata.

Non essendo in grado di indicarle una data di riapertura, riteniamo corretto chiudere la selezione e non trattenerla in un processo senza tempi certi. Mi dispiace molto, anche perché il colloquio con lei era andato molto bene.

Resto a disposizione per qualsiasi chiarimento.

Cordialmente,
Roberto Conti
Direttore Marketing
Mediterranea Logistica S.p.A.
Tel. +39 081 552 9010""",
        "exp": ("roberto.conti@mediterranealogistica.example", "Roberto", "Mediterranea Logistica", "Marketing Intelligence Manager"),
        "notes": "hiring freeze; role frozen and selection closed; iso-8859-1",
    },
    {
        "slug": "it-hiring-manager-verdetto-subito", "label": "rejection", "cat": "personal-after-interview",
        "style": "personal", "variant": "it-IT",
        "frm": "Francesca Serra <francesca@lunaparkstudio.example>",
        "subject": "Esito colloquio Content Strategist",
        "text": """Ciao Sam,

vado dritta al punto perché so che stai aspettando una risposta: la tua candidatura per Content Strategist non è stata selezionata.

Non è stata una decisione facile. Abbiamo visto quattro persone nella fase finale e tu eri tra le due che ci avevano convinto di più. La differenza l'ha fatta l'esperienza con i video brevi e i social, che per il piano del 2027 è centrale.

Ti ringrazio tanto per la disponibilità e per l'esercizio, che era davvero fatto bene. Se ti va di ricevere un feedback a voce, chiamami pure.

Un abbraccio,
Francesca Serra
Creative Director | Luna Park Studio
+39 333 902 1147""",
        "exp": ("francesca@lunaparkstudio.example", "Francesca", "Luna Park Studio", "Content Strategist"),
        "notes": "verdict in the first sentence",
    },
    # ---------------------------------------------------------------- hard negatives
    {
        "slug": "it-workable-conferma-positiva-negativa", "label": "other", "cat": "ack-received",
        "style": "ats", "variant": "it-IT", "vendor": "workable", "brand": "Vinicola Sarti",
        "frm": "Vinicola Sarti <noreply@candidates.workablemail.com>",
        "subject": "Grazie per la tua candidatura - Digital Marketing Manager",
        "text": """Ciao Sam,

grazie per la tua candidatura per la posizione di Digital Marketing Manager presso Vinicola Sarti. Ti confermiamo di averla ricevuta.

Il nostro team valuterà il tuo profilo nelle prossime settimane. Riceverai in ogni caso una risposta, positiva o negativa, entro la fine del mese: purtroppo non potremo rispondere a domande telefoniche sullo stato della selezione.

A presto,
Il team HR di Vinicola Sarti""",
        "notes": "acknowledgement promising an answer 'positiva o negativa'",
    },
    {
        "slug": "it-teamtailor-video-colloquio", "label": "other", "cat": "interview-invite",
        "style": "ats", "variant": "it-IT", "vendor": "teamtailor", "brand": "Borgo Digitale",
        "frm": "Borgo Digitale <no-reply@mail.teamtailor.com>",
        "subject": "Prenota il tuo videocolloquio con Borgo Digitale",
        "text": """Ciao Sam,

buone notizie! Abbiamo letto la tua candidatura per Product Manager – App e vorremmo conoscerti meglio con un videocolloquio di 30 minuti con Sara, la nostra Head of Product.

Scegli lo slot che preferisci qui: [[Prenota il colloquio]]

Se nessuno degli orari disponibili va bene per te, rispondi a questo messaggio e troveremo una soluzione.

A presto!
Il team di Borgo Digitale""",
        "notes": "video interview booking",
    },
    {
        "slug": "it-linkedin-nuove-offerte", "label": "other", "cat": "job-alert",
        "style": "ats", "variant": "it-IT", "vendor": "linkedin", "brand": "LinkedIn",
        "frm": "LinkedIn <jobs-listings@linkedin.com>",
        "subject": "Sam, 6 nuove offerte per «Head of Insights»",
        "footer": ["Ricevi questa e-mail perché hai impostato un avviso di offerta di lavoro. Annulla iscrizione: {unsub}",
                   "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublino 2."],
        "text": """## Nuove offerte di lavoro in linea con le tue preferenze

**Head of Insights** · Mercato Centrale Group · Milano · Candidatura semplice · [[Visualizza offerta]]
**Consumer Insights Manager** · Birrificio Alpino · Trento · [[Visualizza offerta]]
**Market Research Lead** · Fondazione Aurora · Roma (ibrido) · [[Visualizza offerta]]

Non ti interessa? Segnala le offerte non pertinenti per migliorare i suggerimenti.

[[Vedi tutte le offerte]]""",
        "notes": "job alert digest",
    },
    {
        "slug": "it-articolo-non-accettato", "label": "other", "cat": "non-job-rejection",
        "style": "ats", "variant": "it-IT", "vendor": "plain", "brand": "Convegno AISM 2027",
        "frm": "Convegno AISM 2027 <noreply@submissions.aism-convegno.example>",
        "subject": "[AISM 2027] Decisione sul contributo n. 118",
        "footer": ["Messaggio generato automaticamente dal sistema di gestione dei contributi. Non rispondere a questo indirizzo."],
        "text": """Gentile Sam Taylor,

La ringraziamo per aver sottoposto il contributo n. 118 "Misurare l'attenzione del pubblico nei media digitali" al Convegno nazionale AISM 2027.

Siamo spiacenti di comunicarLe che il Suo articolo non è stato accettato per la presentazione. Quest'anno abbiamo ricevuto 214 contributi e il tasso di accettazione è stato del 31 %.

I commenti dei revisori sono disponibili nella Sua area riservata: [[Vedi le revisioni]]

Cordiali saluti,
Il Comitato Scientifico""",
        "notes": "declined conference paper",
    },
    {
        "slug": "it-successfactors-trasferita-posizione", "label": "other", "cat": "requisition-transfer",
        "style": "ats", "variant": "it-IT", "vendor": "successfactors", "brand": "Energia Padana",
        "frm": "Energia Padana <noreply@successfactors.eu>",
        "subject": "La tua candidatura è stata spostata su una nuova posizione",
        "text": """Ciao Sam,

la posizione Marketing Analyst (ID 55120) per cui ti eri candidato/a è stata chiusa. Il team di selezione ritiene però che il tuo profilo sia adatto a una posizione simile e ha quindi trasferito la tua candidatura:

{table}

Non devi fare nulla: la tua candidatura resta attiva e un recruiter ti contatterà a breve.

Il team Talent Acquisition
Energia Padana""",
        "table": [("Posizione originale", "Marketing Analyst (ID 55120) – chiusa"), ("Nuova posizione", "Senior Customer Insights Analyst (ID 55347)"),
                  ("Stato", "In valutazione")],
        "notes": "old position closed; application moved and active",
    },
    {
        "slug": "it-pacco-respinto-reso", "label": "other", "cat": "non-job-rejection",
        "style": "ats", "variant": "it-IT", "vendor": "plain", "brand": "RapidoPost",
        "frm": "RapidoPost <notifiche@rapidopost.example>",
        "subject": "Spedizione 3001 8842 7719 respinta: reso al mittente",
        "footer": ["RapidoPost S.r.l. · P. IVA 09876543210 · Questa e-mail è generata automaticamente, non rispondere.", "Privacy: {privacy}"],
        "text": """Gentile cliente,

la spedizione n. 3001 8842 7719 è stata respinta al momento della consegna e verrà restituita al mittente.

{table}

Se ritieni che si tratti di un errore, contatta il mittente o apri una segnalazione: [[Assistenza]]""",
        "table": [("Mittente", "Libreria Capitolo Primo"), ("Destinatario", "Sam Taylor"), ("Motivo", "Destinatario assente – giacenza scaduta"), ("Stato", "Respinta / in restituzione")],
        "notes": "returned parcel",
    },
    {
        "slug": "it-offerta-lettera", "day": "2026-11-30", "label": "other", "cat": "offer",
        "style": "personal", "variant": "it-IT", "client_html": True,
        "frm": "Alessandro Riva <alessandro.riva@nebbiolodata.example>",
        "subject": "Proposta di assunzione - Product Lead",
        "attach": [("Proposta_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")],
        "text": """Ciao Sam,

è con grande piacere che ti invio in allegato la nostra proposta di assunzione per il ruolo di Product Lead in Nebbiolo Data.

Purtroppo non siamo riusciti ad arrivare alla RAL che avevi indicato, ma abbiamo aggiunto un bonus annuale e due giorni di smart working in più: trovi tutti i dettagli nella lettera.

Ti chiedo di farci sapere entro venerdì 4 dicembre. Per qualsiasi domanda, chiamami quando vuoi.

A presto, speriamo come collega!
Alessandro Riva
CEO · Nebbiolo Data
+39 340 118 2290""",
        "notes": "offer letter that contains 'purtroppo'",
    },
    {
        "slug": "it-owner-ringrazia-dopo-rifiuto", "label": "other", "cat": "owner-sent",
        "style": "personal", "variant": "it-IT",
        "frm": OWNER, "to": "Irene Galli <irene.galli@orologerialario.example>",
        "id_domain": "example.org",
        "subject": "R: Esito selezione Brand Manager",
        "parent": True, "parent_domain": "orologerialario.example", "day": "2026-10-08",
        "text": """Gentile Irene,

grazie per avermi fatto sapere e per la trasparenza durante tutto il processo. Mi dispiace non poter entrare nel team, ma capisco la scelta.

Se in futuro si aprisse una posizione in area marketing o insights, mi farebbe molto piacere essere ricontattato/a.

Un cordiale saluto,
Sam Taylor

Il giorno 7 ott 2026, alle ore 17:20, Irene Galli <irene.galli@orologerialario.example> ha scritto:
> Gentile Sam,
> la ringraziamo per il tempo dedicato ai colloqui. Purtroppo abbiamo
> deciso di proseguire con un altro candidato per il ruolo di Brand
> Manager. Le auguriamo il meglio.""",
        "notes": "Sam's own thank-you reply quoting a rejection",
    },
    {
        "slug": "it-risposta-al-ringraziamento", "label": "other", "cat": "reply-to-owner-followup",
        "style": "personal", "variant": "it-IT",
        "frm": "Irene Galli <irene.galli@orologerialario.example>",
        "subject": "R: R: Esito selezione Brand Manager",
        "parent": True, "parent_depth": 2, "parent_domain": "example.org", "day": "2026-10-09",
        "text": """Gentile Sam,

grazie a lei per il bel messaggio, non capita spesso! Terrò sicuramente presente il suo profilo: a febbraio apriremo una posizione in area CRM e le scriverò appena sarà pubblicata.

Cordialmente,
Irene

> Gentile Irene,
> grazie per avermi fatto sapere e per la trasparenza durante tutto il
> processo. Mi dispiace non poter entrare nel team, ma capisco la scelta.
>
>> Purtroppo abbiamo deciso di proseguire con un altro candidato per il
>> ruolo di Brand Manager. Le auguriamo il meglio.""",
        "notes": "company answers Sam's thank-you; rejection only in the quote",
    },
    {
        "slug": "it-collega-candidati-scartati", "label": "other", "cat": "owner-hiring",
        "style": "personal", "variant": "it-IT",
        "frm": "Paolo Moretti <paolo.moretti@example.org>",
        "subject": "candidati analyst Milano",
        "text": """Ciao Sam,

ho scartato i due candidati che non ti convincevano (Bianchi e Russo) e ho mandato loro la mail standard di rifiuto. Restano in corsa Giorgia Longo e Matteo De Luca: ti va di fare tu il colloquio finale la settimana prossima?

Paolo
Calder Street Media · Milano""",
        "notes": "colleague at example.org about candidates Sam turned down",
    },
    {
        "slug": "it-ancora-in-valutazione", "label": "other", "cat": "status-update",
        "style": "personal", "variant": "it-IT",
        "frm": "Sofia Lombardi <sofia.lombardi@aperolmedia.example>",
        "subject": "Aggiornamento selezione Insights Manager",
        "text": """Ciao Sam,

volevo aggiornarti: stiamo ancora valutando i profili finali per Insights Manager e la decisione slitta di circa due settimane, perché il nostro AD è in trasferta.

Non abbiamo scartato nessuno dei tre finalisti, quindi sei ancora pienamente in corsa. Ti scrivo appena ho novità, in un senso o nell'altro.

Grazie per la pazienza!
Sofia""",
        "notes": "still deciding; 'in un senso o nell'altro'",
    },
    {
        "slug": "it-amica-inoltra-suo-rifiuto", "day": "2026-10-13", "label": "other", "cat": "forwarded",
        "style": "personal", "variant": "it-IT",
        "frm": "Giada Fontana <giada.fontana@posta.example>",
        "subject": "I: Esito della sua candidatura",
        "text": """Sam, guarda cosa mi è arrivato 😩 Secondo te vale la pena rispondere chiedendo un feedback? Tu come hai fatto l'altra volta?

Baci, G.

---------- Messaggio inoltrato ---------
Da: Recruiting Olivetta <no-reply@olivetta.example>
Data: 12 ottobre 2026, 10:02
Oggetto: Esito della sua candidatura
A: Giada Fontana <giada.fontana@posta.example>

Gentile Giada,
la ringraziamo per l'interesse. Dopo un'attenta valutazione abbiamo
deciso di non procedere con la sua candidatura per la posizione di
Account Manager. Le auguriamo buona fortuna.""",
        "notes": "a friend's rejection forwarded to Sam",
    },
]
