"""Italian messages (Italy): 6 rejections, 6 hard negatives."""
NR = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

MESSAGES = [
# ---------------------------------------------------------------- rejections
dict(slug="corvara-successfactors-esito-lei", label="rejection", cat="ats-automated", lang="it", country="IT",
     style="ats", vendor="successfactors", brand="Assicurazioni Corvara", headers=NR,
     frm="Assicurazioni Corvara - Recruiting <noreply@successfactors.eu>",
     subject="Esito della Sua candidatura - Rif. 30417 Marketing Manager Prodotti Vita",
     exp=("", "", "Assicurazioni Corvara", "Marketing Manager Prodotti Vita"),
     notes="Lei; formal; GDPR art. 13 paragraph and 24-month retention; verdict first",
     text="""Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato nei confronti di Assicurazioni Corvara e per aver partecipato al processo di selezione per la posizione di Marketing Manager Prodotti Vita (Rif. 30417).

Dopo un'attenta valutazione, Le comunichiamo che la Sua candidatura non è stata selezionata per le fasi successive del processo.

Il Suo curriculum resterà nel nostro database per 24 mesi, periodo durante il quale potrà essere preso in considerazione per altre opportunità coerenti con il Suo profilo, salvo Sua diversa indicazione.

Informativa ai sensi dell'art. 13 del Regolamento (UE) 2016/679: i dati personali da Lei forniti saranno trattati da Assicurazioni Corvara S.p.A., Titolare del trattamento, esclusivamente per finalità di ricerca e selezione del personale. Potrà esercitare i diritti di cui agli artt. 15-22 scrivendo al DPO tramite il [[modulo dedicato]].

Cordiali saluti,
Direzione Risorse Umane
Assicurazioni Corvara S.p.A.""",
     footer=["Assicurazioni Corvara S.p.A. - Sede legale: Via Roma 1, Trieste - Capitale sociale i.v. - Iscritta all'Albo delle Imprese di Assicurazione"]),

dict(slug="scalo-teamtailor-english-below", label="rejection", cat="ats-automated", lang="it", country="IT",
     style="ats", vendor="teamtailor", brand="Scalo Robotics", plain="html2text", headers=NR,
     frm="Giorgia at Scalo Robotics <no-reply@teamtailor.com>",
     subject="La tua candidatura per Growth Marketing Manager / Your application",
     exp=("", "Giorgia", "Scalo Robotics", "Growth Marketing Manager"),
     notes="tu; start-up; long praise, verdict near the end; English version below the Italian",
     text="""(English version below)

Ciao Sam,

grazie mille per il tempo che hai dedicato a Scalo Robotics nelle ultime settimane: la call con il team, il caso sul lancio in Germania e la chiacchierata finale con Paolo. Ci è piaciuto molto il tuo approccio ai dati e il modo in cui hai strutturato la go-to-market.

È stata una decisione difficile, perché il livello dei candidati era altissimo. Alla fine, però, abbiamo deciso di non proseguire con la tua candidatura per il ruolo di Growth Marketing Manager e di andare avanti con un profilo con più esperienza nel B2B industriale.

Un abbraccio e in bocca al lupo,
Giorgia, People & Culture

---

Hi Sam,

thank you so much for the time you gave Scalo Robotics over the last few weeks. It was a hard decision, but we have decided not to move forward with your application for the Growth Marketing Manager role.

All the best,
Giorgia, People & Culture"""),

dict(slug="valtorre-concorso-non-ammesso-orale", label="rejection", cat="public-competition", lang="it", country="IT",
     style="ats", vendor="inrecruiting", brand="Università degli Studi di Valtorre", html_only=True, headers=NR,
     frm="Ufficio Concorsi - Università di Valtorre <noreply-concorsi@unvaltorre.example>",
     subject="Concorso pubblico cat. D - Tecnologo comunicazione e marketing - esito prova scritta",
     exp=("", "", "Università degli Studi di Valtorre", "Tecnologo comunicazione e marketing"),
     notes="public competition; failed written test threshold; verdict after legal preamble",
     text="""Gentile candidata/candidato,

con riferimento al concorso pubblico, per esami, a n. 1 posto di categoria D, area tecnica, tecnico-scientifica ed elaborazione dati, profilo Tecnologo comunicazione e marketing, indetto con D.D.G. n. 612 del 14 luglio 2026, si comunica che la Commissione giudicatrice ha concluso la correzione degli elaborati della prova scritta.

{table}

Poiché il punteggio conseguito è inferiore alla soglia minima di 21/30 prevista dall'art. 7 del bando, la S.V. non è ammessa a sostenere la prova orale.

Gli atti della procedura sono consultabili ai sensi della L. 241/1990 sull'[[Albo ufficiale di Ateneo]].

Il Responsabile del procedimento
Ufficio Concorsi - Università degli Studi di Valtorre""",
     table=[("Candidato", "Sam Taylor"), ("Codice domanda", "VT-D-0412"), ("Punteggio prova scritta", "18/30"),
            ("Esito", "NON AMMESSO alla prova orale")]),

dict(slug="mansio-agenzia-cliente-altro-profilo", label="rejection", cat="agency-recruiter", lang="it", country="IT",
     style="personal", frm="Chiara Benassi <chiara.benassi@mansiolavoro.example>",
     subject="Brand Manager - Farmaceutica Lodi",
     exp=("chiara.benassi@mansiolavoro.example", "Chiara", "Farmaceutica Lodi", "Brand Manager"),
     notes="agency (Adecco/Gi Group-like); tu; confirms phone call; short",
     text="""Ciao Sam,

come anticipato al telefono, ti confermo per iscritto che Farmaceutica Lodi ha scelto un altro profilo per la posizione di Brand Manager. Mi hanno detto che il colloquio è andato bene ma cercavano qualcuno che avesse già lavorato con informatori scientifici.

Mi spiace, ci speravo anche io. Resto a disposizione e ti aggiorno appena entra qualcosa di simile.

Buona serata,
Chiara

Chiara Benassi
Senior Consultant - Sales & Marketing
Mansio Lavoro S.p.A. - Filiale di Milano Centrale
tel. 02 0000 4471 - cell. 347 000 0912
Aut. Min. Prot. n. 0000/2004"""),

dict(slug="berardi-reply-thanks-verdict-middle", day="2026-10-27", label="rejection", cat="personal-after-interview", lang="it", country="IT",
     style="personal", frm="Marco Berardi <m.berardi@pastificioberardi.example>", parent=True, client_html=True,
     subject="R: Grazie per il colloquio - Responsabile Marketing Export",
     exp=("m.berardi@pastificioberardi.example", "Marco", "Pastificio Berardi", "Responsabile Marketing Export"),
     notes="Lei; reply to Sam's thank-you; long letter, verdict in the middle with feedback; Outlook quote",
     text="""Gentile Sam,

La ringrazio per il Suo messaggio e mi scuso per averLe risposto solo ora: le ultime settimane sono state dedicate alla fiera di Colonia e ho accumulato parecchio ritardo.

Volevo anzitutto dirLe che i due colloqui con Lei sono stati tra i più interessanti di tutto il processo. La Sua analisi dei mercati nordeuropei era puntuale e il lavoro sul posizionamento della linea bio ci ha fatto riflettere.

Dopo lunga discussione con la famiglia e con il direttore commerciale, abbiamo però deciso di proseguire con un candidato che ha già una lunga esperienza nel settore food e nella grande distribuzione tedesca, aspetto per noi decisivo nella fase attuale. Per questo non potremo offrirLe la posizione di Responsabile Marketing Export.

Mi permetto di aggiungere un riscontro, nella speranza che Le sia utile: avremmo voluto sentire di più sulla gestione dei distributori e meno sulla parte digitale.

Resto volentieri in contatto e Le auguro ogni successo.

Cordiali saluti,

Marco Berardi
Amministratore Delegato
Pastificio Berardi S.r.l. - Gragnano (NA)
Tel. +39 081 000 3320

-----Messaggio originale-----
Da: Sam Taylor <sam.taylor@example.org>
Inviato: venerdì 16 ottobre 2026 17:30
A: Marco Berardi <m.berardi@pastificioberardi.example>
Oggetto: Grazie per il colloquio - Responsabile Marketing Export

Gentile dott. Berardi,

grazie ancora per il colloquio di ieri e per la visita allo stabilimento.
Resto a disposizione per qualsiasi ulteriore informazione.

Cordiali saluti,
Sam Taylor"""),

dict(slug="quadrante-budget-saltato-breve", day="2026-11-03", at="11:02", label="rejection", cat="role-cancelled", lang="it", country="IT",
     style="personal", frm="Luca Ferrante <luca@quadrante.example>",
     subject="Re: Product Marketing Lead", parent=True, wrap=False,
     exp=("luca@quadrante.example", "Luca", "Quadrante", "Product Marketing Lead"),
     notes="very short from phone; role cancelled (budget cut); quoted Sam's question",
     text="""Ciao Sam, purtroppo la posizione di Product Marketing Lead è stata chiusa, il budget è saltato con la nuova trimestrale. Mi spiace davvero, eri il mio preferito. Ti tengo presente se riapre.
Luca

Inviato da iPhone

> Il giorno 3 nov 2026, alle ore 09:14, Sam Taylor <sam.taylor@example.org> ha scritto:
>
> Ciao Luca, ci sono aggiornamenti sul ruolo in Quadrante? Grazie, Sam"""),

# ---------------------------------------------------------------- hard negatives
dict(slug="enerlux-workday-trasferita-requisizione", label="other", cat="requisition-transfer", lang="it", country="IT",
     style="ats", vendor="workday", brand="Enerlux Italia", plain="html2text", headers=NR,
     frm="Enerlux Italia <enerlux@myworkday.com>",
     subject="Aggiornamento candidatura R-10234 Marketing Manager",
     notes="old requisition closed, application moved to a new one; 'chiusa' vocabulary",
     text="""Gentile Sam,

La informiamo che la posizione R-10234 Marketing Manager è stata chiusa a seguito di una riorganizzazione interna della funzione Marketing.

Il Suo profilo è stato ritenuto di interesse e la Sua candidatura è stata quindi trasferita alla nuova posizione R-10388 Senior Marketing Manager - Retail, per la quale il processo di selezione è attualmente in corso. Non è necessario ricandidarsi.

{table}

Un recruiter La contatterà nei prossimi giorni per fissare un primo colloquio.

Cordiali saluti,
Talent Acquisition Enerlux Italia""",
     table=[("Posizione precedente", "R-10234 Marketing Manager - Chiusa"),
            ("Nuova posizione", "R-10388 Senior Marketing Manager - Retail"), ("Stato", "In valutazione")],
     button="Accedi a Candidate Home"),

dict(slug="lanificio-inrecruiting-test-attitudinale", label="other", cat="assessment-invite", lang="it", country="IT",
     style="ats", vendor="inrecruiting", brand="Lanificio Valsesia", headers=NR,
     frm="Lanificio Valsesia - Selezione <noreply@inrecruiting.example>",
     subject="Invito al test online - Digital Marketing Specialist",
     notes="assessment invitation; deadline with 'non potrà essere presa in considerazione'",
     text="""Gentile Sam Taylor,

grazie per la Sua candidatura alla posizione di Digital Marketing Specialist. Siamo lieti di comunicarLe che il Suo profilo ha superato la prima fase di screening.

Il prossimo passo consiste in un test attitudinale online (durata circa 35 minuti), da completare entro 5 giorni dalla ricezione di questa email.

Le ricordiamo che in caso di mancato completamento entro il termine la candidatura non potrà essere presa in considerazione per le fasi successive.

[[Inizia il test]]

Cordiali saluti,
Ufficio Risorse Umane""",
     button="Inizia il test"),

dict(slug="marketing-festival-talk-non-selezionata", label="other", cat="non-job-rejection", lang="it", country="IT",
     style="ats", vendor="sessionize", brand="Marketing Festival Bologna", plain="html2text",
     headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
     frm="Marketing Festival Bologna <noreply@sessionize.com>",
     subject="Call for speaker 2027: esito della tua proposta",
     notes="conference talk proposal declined; 'candidatura' used for the talk",
     text="""Ciao Sam,

grazie per aver inviato la tua candidatura come speaker per Marketing Festival Bologna 2027 con il talk "Misurare il brand senza mentire a se stessi".

Quest'anno abbiamo ricevuto oltre 640 proposte per 48 slot. Purtroppo la tua proposta non è stata selezionata per il programma.

Come ringraziamento, ti offriamo un codice sconto del 30% sul biglietto: MFB27-SPK.

A presto,
Il comitato di programma"""),

dict(slug="sam-risposta-ringrazia-riva", day="2026-11-10", at="18:40", label="other", cat="owner-sent", lang="it", country="IT",
     style="personal", frm="Sam Taylor <sam.taylor@example.org>", to="Elena Riva <elena.riva@cortevecchia.example>",
     parent=True, parent_domain="cortevecchia.example",
     subject="Re: Esito selezione Brand Manager",
     notes="Sam's own follow-up thanking for a rejection (quoted below)",
     text="""Gentile dott.ssa Riva,

grazie per avermi comunicato l'esito e per il riscontro così dettagliato. Mi dispiace, ma capisco la scelta. Se in futuro dovessero aprirsi posizioni nel team marketing di Corte Vecchia, sarei felice di essere ricontattato.

Cordiali saluti,
Sam Taylor

Il giorno mar 10 nov 2026 alle ore 12:03 Elena Riva <elena.riva@cortevecchia.example> ha scritto:
> Gentile Sam,
> la ringraziamo per la partecipazione alla selezione per Brand Manager.
> Purtroppo abbiamo scelto di proseguire con un altro candidato.
> Cordiali saluti,
> Elena Riva - HR Corte Vecchia"""),

dict(slug="cortevecchia-risposta-nessun-problema", day="2026-11-11", label="other", cat="reply-to-owner-followup", lang="it", country="IT",
     style="personal", frm="Elena Riva <elena.riva@cortevecchia.example>", parent=True, parent_depth=2,
     subject="R: Esito selezione Brand Manager",
     notes="reply to Sam's follow-up; rejection only in the quoted thread",
     text="""Caro Sam,

grazie a Lei per la gentilezza, non capita spesso. Ho già segnato il Suo nome: in primavera apriremo una posizione nel trade marketing e mi farebbe piacere risentirLa.

Un caro saluto,
Elena

Elena Riva
HR Business Partner - Corte Vecchia S.p.A.
Tel. 0521 000 771

-----Messaggio originale-----
Da: Sam Taylor <sam.taylor@example.org>
Inviato: martedì 10 novembre 2026 18:40
Oggetto: Re: Esito selezione Brand Manager

Gentile dott.ssa Riva,
grazie per avermi comunicato l'esito e per il riscontro così dettagliato. Mi
dispiace, ma capisco la scelta.

> Purtroppo abbiamo scelto di proseguire con un altro candidato.
> Elena Riva - HR Corte Vecchia"""),

dict(slug="referenze-ex-collega-agenzia", label="other", cat="reference-request", lang="it", country="IT",
     style="personal", frm="Davide Mancuso <davide.mancuso@hunterpoint.example>",
     subject="Richiesta referenze - Giulia Ferri",
     notes="Sam asked as a referee for a former colleague; 'candidata' and 'selezione' vocabulary",
     text="""Buongiorno Sam,

mi chiamo Davide Mancuso e seguo per conto di un nostro cliente la selezione per una posizione di Head of Content. Giulia Ferri, che è tra le candidate in fase finale, ha indicato Lei come referenza per il periodo in cui avete lavorato insieme in Calder Street Media.

Le sarei grato se potesse dedicarmi 15 minuti al telefono questa settimana, oppure rispondere per email a tre domande:

- In quale contesto ha lavorato con Giulia e per quanto tempo?
- Quali sono i suoi principali punti di forza?
- Su cosa dovrebbe ancora crescere?

Naturalmente quanto mi dirà resterà riservato.

Grazie mille,
Davide Mancuso
Partner - Hunterpoint Executive Search
+39 02 0000 8810"""),
]
