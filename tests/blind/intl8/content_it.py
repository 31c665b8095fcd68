"""Italian messages (Italy, Ticino): 16 rejections, 16 hard negatives."""
from content_common import rej, oth, AUTO, BULK, OWNER

MESSAGES = [
# ---------------- rejections, ATS ----------------
rej("valtrebbia-infojobs-non-selezionato", "it-IT", "ats", "ats-automated",
    "InfoJobs <notifiche@infojobs.it.example>",
    "Aggiornamento sulla tua candidatura",
    """Ciao Sam,

c'è una novità sulla tua candidatura.

{table}

L'azienda ha esaminato il tuo CV e ha deciso di non proseguire con la tua candidatura per questa offerta. Non scoraggiarti: ogni giorno pubblichiamo centinaia di nuove offerte.

[[Scopri le offerte per te]]

Il team di InfoJobs""",
    ("", "", "Pastificio Valtrebbia", "Responsabile Marketing"), "job-board relay; status 'Non selezionato'",
    vendor="infojobs_it", brand="InfoJobs", headers=BULK,
    table=[("Offerta", "Responsabile Marketing"), ("Azienda", "Pastificio Valtrebbia"), ("Sede", "Piacenza"), ("Stato", "Non selezionato")]),

rej("lagunari-sf-altri-profili", "it-IT", "ats", "ats-automated",
    "Assicurazioni Lagunari <recruiting@successfactors.example>",
    "Esito della Sua candidatura – Product Manager Danni",
    """Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato nei confronti di Assicurazioni Lagunari S.p.A. e per aver inviato la Sua candidatura per la posizione di Product Manager Danni.

Dopo un'attenta valutazione, Le comunichiamo che abbiamo deciso di proseguire con altri profili più in linea con i requisiti della posizione.

Sarà nostra cura conservare il Suo curriculum vitae nel nostro database nel rispetto della normativa vigente, per eventuali future opportunità.

Cordiali saluti,
Direzione Risorse Umane
Assicurazioni Lagunari S.p.A.""",
    ("", "", "Assicurazioni Lagunari", "Product Manager Danni"), "successfactors; Lei; most ordinary phrasing",
    vendor="successfactors", brand="Assicurazioni Lagunari S.p.A. – Sede legale: Venezia", headers=AUTO,
    legal=["Informativa ai sensi dell'art. 13 del Regolamento UE 2016/679: i Suoi dati saranno trattati esclusivamente per finalità di selezione del personale.",
           "Questa è una e-mail generata automaticamente, La preghiamo di non rispondere."]),

rej("borgo-greenhouse-posizione-chiusa", "it-IT", "ats", "role-cancelled",
    "Farmacia Online Borgo <no-reply@us.greenhouse-mail.io>",
    "Aggiornamento: Growth Marketing Manager",
    """Ciao Sam,

ti scriviamo per aggiornarti sulla posizione di Growth Marketing Manager per cui ti sei candidato/a.

Abbiamo deciso di chiudere la posizione: le priorità del team marketing per il 2027 sono cambiate e al momento non apriremo questo ruolo. Di conseguenza chiudiamo anche tutte le candidature ricevute.

Ci dispiace per l'attesa e ti ringraziamo per il tempo che ci hai dedicato.

Un saluto,
Il team People di Farmacia Online Borgo""",
    ("", "", "Farmacia Online Borgo", "Growth Marketing Manager"), "greenhouse; requisition closed",
    vendor="greenhouse", brand="Farmacia Online Borgo", headers=AUTO,
    about="Farmacia Online Borgo porta la farmacia di quartiere a domicilio in 40 città italiane. Siamo un datore di lavoro che offre pari opportunità."),

rej("malcantone-workday-ticino-legale", "it-CH", "ats", "ats-automated",
    "Banca Privata Malcantone SA <bancamalcantone@myworkday.com>",
    "La Sua candidatura presso Banca Privata Malcantone SA",
    """Gentile Signora, Egregio Signore,

La ringraziamo per la Sua candidatura per la posizione di Digital Marketing Specialist (80-100%) presso la nostra sede di Lugano e per la fiducia accordata alla Banca Privata Malcantone SA.

In conformità con la Legge federale sulla protezione dei dati (LPD) e con le nostre direttive interne, i documenti ricevuti sono trattati in modo strettamente confidenziale e accessibili unicamente alle persone coinvolte nel processo di selezione.

Dopo un attento esame del Suo dossier, siamo spiacenti di informarLa che la Sua candidatura non è stata presa in considerazione per le fasi successive del processo.

I Suoi dati saranno cancellati entro tre mesi dalla chiusura del processo, salvo Suo esplicito consenso alla conservazione.

Distinti saluti

Banca Privata Malcantone SA
Human Resources""",
    ("", "", "Banca Privata Malcantone SA", "Digital Marketing Specialist"), "workday; Ticino; verdict between legal paragraphs",
    vendor="workday", brand="Banca Privata Malcantone SA", headers=AUTO,
    legal=["Banca Privata Malcantone SA · Via Nassa 55 · 6900 Lugano · autorizzata e sorvegliata dalla FINMA.",
           "Si prega di non rispondere a questo messaggio generato automaticamente."]),

rej("serenissima-linkedin-non-procedere", "it-IT", "ats", "ats-automated",
    "LinkedIn <jobs-noreply@linkedin.example>",
    "Aggiornamento sulla tua candidatura per Brand Manager Accessori presso Moda Serenissima",
    """Ciao Sam,

grazie per l'interesse dimostrato per la posizione di Brand Manager Accessori presso Moda Serenissima.

Purtroppo Moda Serenissima ha deciso di non procedere con la tua candidatura.

Continua la ricerca: ci sono 58 nuove offerte di lavoro di Brand Manager a Milano e dintorni.

[[Vedi offerte simili]]""",
    ("", "", "Moda Serenissima", "Brand Manager Accessori"), "LinkedIn relay; short",
    vendor="linkedin", brand="LinkedIn", headers=BULK),

rej("alpenhof-join-coperta", "it-IT", "ats", "ats-automated",
    "Alpenhof Distribuzione <noreply@join.example>",
    "La tua candidatura come Trade Marketing Specialist",
    """Ciao Sam,

grazie ancora per la tua candidatura come Trade Marketing Specialist presso Alpenhof Distribuzione Srl a Bolzano.

Volevamo informarti che la posizione è stata coperta. Abbiamo apprezzato molto il tuo interesse e ti auguriamo il meglio per la tua ricerca.

Cordiali saluti / Freundliche Grüße
Verena Kofler
Alpenhof Distribuzione Srl""",
    ("", "Verena", "Alpenhof Distribuzione", "Trade Marketing Specialist"), "join.com; bilingual South Tyrol sign-off; filled",
    vendor="join", brand="Alpenhof Distribuzione Srl", headers=AUTO),

rej("monferrato-smartrecruiters-consenso", "it-IT", "ats", "keep-on-file",
    "Cantine Monferrato Riunite <jobs@smartrecruiters.example>",
    "Cantine Monferrato Riunite – la tua candidatura",
    """Ciao Sam,

grazie per esserti candidato/a alla posizione di Export Marketing Manager.

Abbiamo letto con attenzione il tuo profilo. In questa fase non possiamo dare seguito alla tua candidatura, poiché cerchiamo una persona con esperienza consolidata sui mercati asiatici.

Ci piacerebbe però tenerti in considerazione per le prossime aperture. Ci autorizzi a conservare il tuo CV per 24 mesi? [[Sì, conservate il mio CV]]

Un caro saluto dalle colline del Monferrato,
HR Cantine Monferrato Riunite""",
    ("", "", "Cantine Monferrato Riunite", "Export Marketing Manager"), "smartrecruiters; 'non possiamo dare seguito'; consent question",
    vendor="smartrecruiters", brand="Cantine Monferrato Riunite", headers=AUTO),

rej("teleadriatiche-icims-video", "it-IT", "ats", "after-assessment",
    "Telecomunicazioni Adriatiche <noreply@talent.icims.example>",
    "Video colloquio – Customer Insight Analyst",
    """Gentile Sam,

grazie per aver completato il video colloquio per la posizione di Customer Insight Analyst.

Il nostro team ha visionato con attenzione le tue risposte. A seguito di questa valutazione, la tua candidatura non proseguirà alla fase successiva.

Per qualsiasi domanda puoi scrivere a selezione@teleadriatiche.example.

Ti ringraziamo e ti auguriamo buona fortuna.

Talent Acquisition
Telecomunicazioni Adriatiche S.p.A.""",
    ("selezione@teleadriatiche.example", "", "Telecomunicazioni Adriatiche", "Customer Insight Analyst"), "icims; HTML-only; after video interview; reply_to from body",
    vendor="icims", brand="Telecomunicazioni Adriatiche S.p.A.", headers=AUTO, html_only=True),

# ---------------- rejections, personal ----------------
rej("officina-bianchi-altro-candidato", "it-IT", "personal", "personal-after-interview",
    "Giulia Ferri <giulia.ferri@officinabianchi.example>",
    "Colloquio Account Director",
    """Ciao Sam,

grazie ancora per la bella chiacchierata di giovedì scorso con me e con Paolo. Ci ha fatto davvero piacere conoscerti.

Ti scrivo per darti un riscontro: per la posizione di Account Director abbiamo scelto un altro candidato, che ha già seguito clienti del settore automotive, cosa che per noi in questo momento è determinante.

Resto a disposizione se vuoi un feedback più dettagliato, anche al telefono.

Un caro saluto,
Giulia Ferri
HR Manager – Officina Bianchi Comunicazione
Tel. +39 02 5555 0143""",
    ("giulia.ferri@officinabianchi.example", "Giulia", "Officina Bianchi Comunicazione", "Account Director"), "tu; after interview"),

rej("arcadia-padano-cliente", "it-IT", "personal", "agency-recruiter",
    "Luca Moretti <luca.moretti@arcadia-executive.example>",
    "Aggiornamento Gruppo Alimentare Padano",
    """Ciao Sam,

come promesso ti aggiorno sulla posizione di Category Manager presso il Gruppo Alimentare Padano.

Ho appena sentito la Direttrice Commerciale: hanno apprezzato la tua preparazione, ma hanno deciso di non procedere con il tuo profilo e di approfondire due candidati con maggiore esperienza nella GDO.

So che ci speravi, mi dispiace. Sentiamoci la prossima settimana: sto lavorando su un paio di incarichi nel largo consumo che potrebbero interessarti.

Un saluto,
Luca Moretti
Senior Consultant – Arcadia Executive Search
Mob. +39 335 555 0168""",
    ("luca.moretti@arcadia-executive.example", "Luca", "Gruppo Alimentare Padano", "Category Manager"), "agency relays client's decision; company = client"),

rej("vedeggio-ticino-congelata", "it-CH", "personal", "role-cancelled",
    "Marco Bernasconi <marco.bernasconi@officinevedeggio.example>",
    "Posizione Responsabile Comunicazione",
    """Gentile Sam Taylor,

faccio seguito al nostro colloquio del 21 ottobre a Taverne.

Purtroppo devo comunicarLe che la posizione di Responsabile Comunicazione è stata congelata a seguito della riorganizzazione decisa dal Consiglio di amministrazione, e non verrà ripubblicata prima della seconda metà del 2027. Siamo quindi costretti a interrompere il processo di selezione.

Mi scuso per l'inconveniente e La ringrazio per la disponibilità dimostrata.

Cordiali saluti

Dr. Marco Bernasconi
Direttore Generale
Officine Vedeggio SA
Tel. +41 91 555 01 27""",
    ("marco.bernasconi@officinevedeggio.example", "Marco", "Officine Vedeggio SA", "Responsabile Comunicazione"), "Ticino; Lei; role frozen after interview"),

rej("ciclofficina-terse", "it-IT", "personal", "terse",
    "Francesca Greco <francesca@ciclofficinaurbana.example>",
    "Re: Candidatura Community Manager",
    """Ciao Sam, purtroppo non andiamo avanti. Grazie e in bocca al lupo!

Fra
Ciclofficina Urbana

Il giorno lun 10 nov 2026 alle ore 09:03 Sam Taylor <sam.taylor@example.org> ha scritto:
> Ciao Francesca, ti invio in allegato il CV per la posizione di Community
> Manager. Grazie!""",
    ("francesca@ciclofficinaurbana.example", "Francesca", "Ciclofficina Urbana", "Community Manager"), "terse; reply to Sam's application mail; signs with a nickname",
    parent=True, wrap=False),

rej("sirocco-sollecito-chiusa", "it-IT", "personal", "personal-after-interview",
    "Roberto Galli <roberto.galli@siroccotravel.example>",
    "Re: Posizione Digital Marketing Lead – aggiornamenti?",
    """Ciao Sam,

scusami per il silenzio, hai ragione a sollecitare. Abbiamo già chiuso la selezione per il Digital Marketing Lead con un altro profilo, che ha iniziato lunedì. Avrei dovuto scrivertelo io, mi dispiace.

Ti terrò presente se dovesse aprirsi qualcosa nel team CRM.

Roberto
--
Roberto Galli | Marketing Director | Sirocco Travel
+39 06 5555 0110

Il giorno mar 18 nov 2026 alle ore 10:14 Sam Taylor <sam.taylor@example.org> ha scritto:
> Buongiorno Roberto,
> volevo sapere se ci sono novità riguardo alla posizione di Digital
> Marketing Lead. Resto molto interessato/a.
> Grazie, Sam""",
    ("roberto.galli@siroccotravel.example", "Roberto", "Sirocco Travel", "Digital Marketing Lead"), "reply to Sam's chaser; Gmail quote",
    parent=True, wrap=False),

rej("datalab-bologna-test", "it-IT", "personal", "after-assessment",
    "Valentina Rizzi <v.rizzi@datalabbologna.example>",
    "Esito test tecnico",
    """Buongiorno Sam,

grazie per aver svolto il test tecnico per la posizione di Data Analyst Marketing.

Purtroppo il test non ha raggiunto il punteggio minimo previsto per accedere al colloquio con il responsabile del team, in particolare nella parte di modellazione in SQL. Per questo motivo non potremo proseguire con la tua candidatura.

Se ti interessa ricevere la correzione dettagliata, scrivimi pure.

Cordialmente,
Valentina Rizzi
Talent Acquisition Specialist
Datalab Bologna Srl""",
    ("v.rizzi@datalabbologna.example", "Valentina", "Datalab Bologna", "Data Analyst Marketing"), "after technical test"),

rej("tessile-biellese-interna-fine", "it-IT", "personal", "internal-candidate",
    "Alessandro Conti <alessandro.conti@mtbiellese.example>",
    "Selezione Marketing Manager – Manifattura Tessile Biellese",
    """Gentile Sam,

desidero innanzitutto ringraziarLa per il tempo e l'entusiasmo con cui ha partecipato ai due incontri presso la nostra sede di Biella. La Sua conoscenza dei mercati anglosassoni e il Suo approccio analitico hanno lasciato un'ottima impressione sia a me sia al nostro Presidente, che ne ha parlato più volte nelle settimane successive.

Come Le avevo anticipato, la Manifattura Tessile Biellese è un'azienda di famiglia giunta alla quarta generazione, e ogni scelta sulle persone chiave viene fatta con grande attenzione.

Proprio per questo, dopo lunga riflessione, la proprietà ha deciso di valorizzare una risorsa interna per il ruolo di Marketing Manager, affidando l'incarico alla nostra attuale responsabile export.

Le auguro ogni successo professionale e spero di incontrarLa nuovamente.

Con i migliori saluti,
Alessandro Conti
Direttore Risorse Umane
Manifattura Tessile Biellese S.p.A.""",
    ("alessandro.conti@mtbiellese.example", "Alessandro", "Manifattura Tessile Biellese", "Marketing Manager"), "family firm; Lei; verdict at the end; internal candidate", charset="iso-8859-15", cte="8bit"),

rej("forno-digitale-typos", "it-IT", "personal", "personal-after-interview",
    "Chiara Lombardi <chiara@fornodigitale.example>",
    "product owner",
    """ciao Sam!

scusa il ritardo, qui siamo sotto con il lancio della nuova app e non ho avuto un attimo

allora.. ti dico subito come è andata: per il ruolo di Product Owner la scelta alla fine non è caduta su di te, abbiamo preso una persona che ha già lavorato nel food delivery e che può partire subito. ci tenevo a dirtelo io e non con una mail automatica

sei stata/o super, davvero. se passi da Torino offro io il caffè :)

Chiara
CEO @ Forno Digitale""",
    ("chiara@fornodigitale.example", "Chiara", "Forno Digitale", "Product Owner"), "casual; lowercase; verdict in the middle"),

# ---------------- other, ATS ----------------
oth("infojobs-it-candidatura-inviata", "it-IT", "ats", "ack-received",
    "InfoJobs <notifiche@infojobs.it.example>",
    "Candidatura inviata: Marketing Analyst – Caffè Torrefazione Aurora",
    """Ciao Sam,

la tua candidatura per Marketing Analyst presso Caffè Torrefazione Aurora è stata inviata correttamente.

L'azienda riceve molte candidature e non sempre può rispondere a tutti. Se il tuo profilo sarà ritenuto in linea, verrai contattato/a direttamente; in caso contrario la candidatura verrà archiviata al termine della selezione.

[[Segui lo stato della candidatura]]""",
    "acknowledgement with a hedge",
    vendor="infojobs_it", brand="InfoJobs", headers=BULK),

oth("navigli-greenhouse-colloquio", "it-IT", "ats", "interview-invite",
    "Navigli Labs <no-reply@us.greenhouse-mail.io>",
    "Invito a colloquio – Senior Product Marketing Manager",
    """Ciao Sam,

grazie per la tua candidatura a Navigli Labs! Siamo felici di invitarti a un primo colloquio conoscitivo di 30 minuti con Elena, la nostra Head of Marketing.

Scegli lo slot che preferisci: [[Prenota il colloquio]]

A presto,
Talent Team Navigli Labs""",
    "greenhouse; interview invite", vendor="greenhouse", brand="Navigli Labs", headers=AUTO),

oth("montebre-workday-ritiro", "it-CH", "ats", "withdrawal-confirmation",
    "Banca Monte Brè SA <bancamontebre@myworkday.com>",
    "Conferma del ritiro della candidatura",
    """Gentile Sam Taylor,

confermiamo di aver ricevuto la Sua richiesta di ritiro della candidatura per la posizione di CRM Manager (R-4471).

La candidatura è stata ritirata e non sarà più presa in considerazione per questa posizione. Potrà candidarsi nuovamente in qualsiasi momento per altre posizioni aperte.

Distinti saluti,
Human Resources""",
    "Sam withdrew; system confirms", vendor="workday", brand="Banca Monte Brè SA", headers=AUTO),

oth("ortofrutta-softgarden-assessment", "it-IT", "ats", "assessment",
    "Consorzio Ortofrutta Romagna <noreply@softgarden.example>",
    "Prossimo passo: assessment online",
    """Gentile Sam,

siamo lieti di informarti che la tua candidatura per la posizione di Brand & Insights Manager è stata valutata positivamente.

Ti invitiamo a completare un assessment online (circa 40 minuti) entro il 28 novembre. Al termine ti contatteremo per il colloquio con la Direzione.

[[Avvia l'assessment]]

Cordiali saluti,
Ufficio Personale – Consorzio Ortofrutta Romagna""",
    "assessment invitation", vendor="softgarden", brand="Consorzio Ortofrutta Romagna", headers=AUTO),

oth("newsletter-carriera-rifiuto", "it-IT", "ats", "newsletter",
    "Carriere Felici <newsletter@carrierefelici.example>",
    "Hai ricevuto un \"no\"? Ecco come rispondere",
    """Ciao Sam,

nel numero di questa settimana:

- Hai ricevuto un rifiuto dopo il colloquio? Tre modi eleganti per rispondere e restare nel radar dell'azienda.
- Le 10 frasi che i recruiter usano quando la posizione è già stata coperta.
- RAL 2027: quanto guadagna un Product Marketing Manager a Milano.

[[Leggi la newsletter]]

Ricevi questa email perché ti sei iscritto/a a Carriere Felici.""",
    "career newsletter about rejections", vendor="plain_html", brand="Carriere Felici", headers=BULK),

oth("convegno-paper-non-accettato", "it-IT", "ats", "non-job-rejection",
    "IDA 2027 Program Chairs <noreply@confsubmit.example>",
    "IDA 2027: notifica di esito per la submission #142",
    """Gentile Sam Taylor,

siamo spiacenti di comunicarLe che il Suo articolo #142 "Segmentare le audience dei podcast con dati di ascolto" non è stato accettato per la presentazione al convegno Italiano di Data Analytics 2027.

Quest'anno abbiamo ricevuto 211 contributi e ne abbiamo accettati 48. In calce trova le revisioni dei tre revisori.

Cordiali saluti,
I Chair del Programma""",
    "paper rejected", vendor="plain_html", brand="Convegno Italiano di Data Analytics", headers=AUTO),

oth("banca-prestito-non-approvato", "it-IT", "ats", "non-job-rejection",
    "Banca Lombarda Digitale <comunicazioni@bancalombarda.example>",
    "Esito della tua richiesta di prestito personale",
    """Ciao Sam,

abbiamo valutato la tua richiesta di prestito personale n. 2026/88417.

Purtroppo non è stato possibile approvare la richiesta sulla base delle informazioni disponibili. La valutazione tiene conto, tra l'altro, della durata del rapporto di lavoro in Italia e del reddito dichiarato.

Puoi presentare una nuova richiesta tra 90 giorni.

Banca Lombarda Digitale S.p.A.""",
    "loan declined", vendor="plain_html", brand="Banca Lombarda Digitale S.p.A.", headers=AUTO),

oth("calder-workday-requisizione-attesa", "it-IT", "ats", "owner-hiring",
    "Calder Street Media <calderstreet@myworkday.com>",
    "La richiesta di assunzione REQ-0877 è stata messa in attesa",
    """Ciao Sam,

la tua richiesta di assunzione REQ-0877 Audience Analyst (Milano) è stata messa in attesa dal team Finance in attesa dell'approvazione del budget 2027.

I candidati attivi non riceveranno comunicazioni automatiche. Se vuoi informarli, puoi usare il modello "Posizione in attesa" dal profilo della requisizione.

[[Apri la requisizione]]""",
    "Sam's own requisition on hold; Sam is hiring", vendor="workday", brand="Calder Street Media", headers=AUTO),

# ---------------- other, personal ----------------
oth("navigli-offerta", "it-IT", "personal", "offer",
    "Elena Marchetti <elena.marchetti@navigli-labs.example>",
    "Proposta di assunzione",
    """Ciao Sam,

sono felicissima di scriverti: siamo lieti di offrirti il ruolo di Senior Product Marketing Manager in Navigli Labs!

In allegato trovi la lettera con i dettagli: RAL di 62.000 €, bonus annuale fino al 10%, contratto a tempo indeterminato CCNL Commercio, smart working due giorni a settimana.

Ti chiediamo una risposta entro venerdì 28. Se vuoi parlarne, chiamami quando vuoi.

Un abbraccio,
Elena""",
    "offer"),

oth("ticino-headhunter-pitch", "it-CH", "personal", "recruiter-outreach",
    "Nicola Rusconi <n.rusconi@lagohr.example>",
    "Opportunità a Lugano – Head of Marketing Insights",
    """Buongiorno Sam,

mi permetto di contattarLa tramite LinkedIn per un'opportunità riservata: un gruppo del settore luxury con sede a Lugano cerca un/una Head of Marketing Insights.

Il Suo profilo mi sembra molto in linea. Sarebbe disponibile per una breve telefonata conoscitiva nei prossimi giorni?

Cordiali saluti
Nicola Rusconi
Partner – Lago HR Consulting SA
+41 91 555 02 44""",
    "headhunter outreach"),

oth("aurora-ancora-valutazione", "it-IT", "personal", "answer-to-owner-question",
    "Martina De Luca <martina.deluca@torrefazioneaurora.example>",
    "Re: Marketing Analyst – avete già scelto?",
    """Ciao Sam,

no, non abbiamo ancora scelto! Siamo ancora in fase di valutazione dei tre finalisti e prenderemo una decisione entro venerdì. Ti scrivo io appena abbiamo novità, in un senso o nell'altro.

Grazie per la pazienza,
Martina
Caffè Torrefazione Aurora

> Ciao Martina, volevo sapere se avete già scelto un altro candidato per
> la posizione di Marketing Analyst. Grazie! Sam""",
    "answer to 'have you chosen someone else?': still deciding", parent=True, wrap=False),

oth("sirocco-risposta-ringraziamento", "it-IT", "personal", "reply-to-owner-followup",
    "Roberto Galli <roberto.galli@siroccotravel.example>",
    "Re: Grazie",
    """Ciao Sam,

grazie a te, messaggio molto gentile. Restiamo assolutamente in contatto: ti ho aggiunto su LinkedIn.

Roberto

Il giorno gio 20 nov 2026 alle ore 18:30 Sam Taylor <sam.taylor@example.org> ha scritto:
> Ciao Roberto,
> grazie per avermi fatto sapere che la selezione è stata chiusa con un
> altro profilo. Mi farebbe piacere restare in contatto per future
> opportunità.
> Sam""",
    "answer to Sam's thank-you after a rejection (rejection only in quote)", parent=True, parent_depth=2, wrap=False),

oth("editore-manoscritto", "it-IT", "personal", "non-job-rejection",
    "Redazione Edizioni del Gelso <redazione@edizionidelgelso.example>",
    "La Sua proposta editoriale",
    """Gentile Sam Taylor,

La ringraziamo per averci inviato il manoscritto "Ascoltatori invisibili".

Dopo un'attenta lettura, riteniamo che l'opera non rientri nella nostra linea editoriale e non potremo quindi pubblicarla. Le auguriamo di trovare presto la casa editrice adatta.

Cordiali saluti,
Anna Sartori
Redazione – Edizioni del Gelso""",
    "manuscript declined"),

oth("calder-milano-candidato-risposta", "it-IT", "personal", "owner-hiring",
    "Stefano Riva <stefano.riva@example.org>",
    "Fwd: Re: Esito selezione Audience Analyst",
    """Sam, ti giro la risposta di Mattia al nostro no. Molto gentile, chiede un feedback: lo chiami tu o gli scrivo io due righe?

Stefano

---------- Forwarded message ---------
Da: Mattia Colombo <mattia.colombo@freemail.example>
Oggetto: Re: Esito selezione Audience Analyst

Buongiorno Stefano, grazie per avermi comunicato l'esito. Mi dispiace non
essere stato scelto, ma apprezzerei molto un breve feedback.
Mattia""",
    "colleague forwards a rejected candidate's reply; Sam is hiring", wrap=False),

oth("aurora-spostamento-colloquio", "it-IT", "personal", "reschedule",
    "Martina De Luca <martina.deluca@torrefazioneaurora.example>",
    "Spostamento colloquio di mercoledì",
    """Ciao Sam,

purtroppo dobbiamo annullare il colloquio di mercoledì: il nostro direttore marketing è bloccato a una fiera ad Amburgo. Non preoccuparti, la posizione è ancora aperta e la tua candidatura è tra quelle che vogliamo approfondire.

Ti andrebbe bene lunedì 1 dicembre alle 15?

Martina""",
    "interview cancelled and moved; role still open"),

oth("ooo-lagunari-risposta-automatica", "it-IT", "personal", "auto-reply",
    "Federica Serra <federica.serra@lagunari.example>",
    "Risposta automatica: Re: Esito della Sua candidatura – Product Manager Danni",
    """Grazie per il messaggio. Sono fuori ufficio fino a lunedì 1 dicembre con accesso limitato alla posta.

Per urgenze relative alle selezioni in corso può scrivere a recruiting@lagunari.example.

Federica Serra
Direzione Risorse Umane – Assicurazioni Lagunari S.p.A.""",
    "out-of-office whose subject repeats a rejection's",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, parent=True),
]
