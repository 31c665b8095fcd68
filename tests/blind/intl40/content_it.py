"""Italian messages (Italy): 8 rejections, 8 hard negatives."""
from content_common import BULK

L = {"lang": "it", "country": "IT"}

MESSAGES = [
# ---------------------------------------------------------------- rejections
dict(L, slug="it-telenord-successfactors-non-selezionata", label="rejection", cat="ats-automated", style="ats",
     vendor="successfactors", brand="Telenord Media",
     frm="Telenord Media Careers <careers-noreply@successfactors.eu>",
     subject="Telenord Media – Aggiornamento candidatura Rif. 40117",
     text="""Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato verso Telenord Media e per aver inviato la Sua candidatura per la posizione di Addetto/a Ufficio Stampa (Rif. 40117), sede di Torino.

Telenord Media è il principale gruppo radiotelevisivo indipendente del Nord-Ovest, con tre canali, due emittenti radio e una piattaforma on demand. Ogni anno riceviamo migliaia di candidature e ciascuna viene esaminata con la massima attenzione dal nostro team di Selezione e dai responsabili di funzione.

Al termine della valutazione, La informiamo che la Sua candidatura non è stata selezionata per le fasi successive del processo.

Il Suo profilo resterà comunque registrato nel nostro portale: potrà candidarsi ad altre posizioni aperte in qualsiasi momento.

Cordiali saluti,
Direzione Risorse Umane – Selezione
Telenord Media S.p.A.""",
     legal=["Informativa ai sensi degli artt. 13-14 del Regolamento UE 2016/679 (GDPR): i dati saranno trattati esclusivamente per finalità di selezione e conservati per 24 mesi."],
     exp=("", "", "Telenord Media", "Addetto/a Ufficio Stampa"),
     notes="formal Lei; verdict after company boilerplate; GDPR"),

dict(L, slug="it-museo-arsenale-posizione-coperta", label="rejection", cat="keep-on-file", style="ats",
     vendor="inhouse", brand="Fondazione Museo dell'Arsenale", html_only=True, cte="base64",
     frm="Fondazione Museo dell'Arsenale <lavoraconnoi@museoarsenale.example>",
     subject="Selezione Responsabile Comunicazione e Digital",
     text="""Gentile Sam,

grazie per aver partecipato alla selezione per Responsabile Comunicazione e Digital della Fondazione Museo dell'Arsenale.

Ti informiamo che la posizione è stata coperta.

Abbiamo apprezzato molto il tuo percorso nell'editoria e nei media. Se lo desideri, possiamo conservare il tuo CV per i prossimi 24 mesi e ricontattarti per nuove opportunità: basta cliccare sul pulsante qui sotto. Senza il tuo consenso, i tuoi dati verranno cancellati entro 30 giorni.

Un caro saluto,
Ufficio Personale""",
     button="Sì, conservate il mio CV",
     legal=["Fondazione Museo dell'Arsenale – Venezia – C.F. 00000000000. Questa casella non è presidiata."],
     exp=("", "", "Fondazione Museo dell'Arsenale", "Responsabile Comunicazione e Digital"),
     notes="html-only base64; terse 'posizione coperta'; retention consent button"),

dict(L, slug="it-lanterna-lever-bilingue", label="rejection", cat="ats-automated", style="ats",
     vendor="lever", brand="Casa Editrice Lanterna",
     frm="Casa Editrice Lanterna <no-reply@hire.lever.co>",
     reply_to="talent@edizionilanterna.example",
     subject="La tua candidatura / Your application – Senior Copywriter",
     text="""Ciao Sam,

grazie per esserti candidato/a come Senior Copywriter in Casa Editrice Lanterna. Dopo un'attenta valutazione, abbiamo deciso di non proseguire con la tua candidatura. Non è stata una scelta facile.

Per qualsiasi domanda puoi scriverci a talent@edizionilanterna.example.

— English version below —

Hi Sam,

Thank you for applying for the Senior Copywriter role at Casa Editrice Lanterna. After careful review we won't be taking your application further. It wasn't an easy choice.

Il team Talent / The Talent team""",
     exp=("talent@edizionilanterna.example", "", "Casa Editrice Lanterna", "Senior Copywriter"),
     notes="bilingual it+en; Reply-To team address"),

dict(L, slug="it-join-stato-non-selezionato", label="rejection", cat="ats-automated", style="ats",
     vendor="join", brand="Salone Lagunare Eventi", h2t=True,
     frm="Salone Lagunare Eventi via JOIN <noreply@join.com>",
     subject="Aggiornamento: Event Manager (f/m/d)",
     text="""Ciao Sam,

lo stato della tua candidatura è cambiato.

{table}

Grazie per il tempo che ci hai dedicato. Ti auguriamo il meglio per la tua ricerca.

[[Scopri altre offerte su JOIN]]""",
     table=[("Posizione", "Event Manager (f/m/d)"), ("Azienda", "Salone Lagunare Eventi"), ("Stato", "Non selezionato")],
     exp=("", "", "Salone Lagunare Eventi", "Event Manager (f/m/d)"),
     notes="status-only notice; German vendor footer; html2text plain"),

dict(L, slug="it-festival-volontari-profilo", label="rejection", cat="personal-after-interview", style="personal",
     frm="Elena Bassi <elena.bassi@festivalcosta.example>",
     subject="Colloquio per Coordinamento Eventi – un aggiornamento",
     client_html=True,
     text="""Ciao Sam,

come promesso ti scrivo entro la settimana. Prima di tutto grazie: il colloquio di giovedì è stato uno dei più piacevoli di tutta la selezione, e la tua idea di spostare le letture serali sul molo ci è piaciuta tantissimo (non escludo di rubartela, con il tuo permesso!).

Ti dico però con franchezza come è andata. Per il Coordinamento Eventi abbiamo scelto un profilo con più esperienza nella gestione dei volontari: l'anno prossimo saranno più di duecento e ci serve qualcuno che l'abbia già fatto su quella scala. È stata una decisione combattuta fino all'ultimo.

Mi farebbe davvero piacere restare in contatto. A gennaio apriamo le candidature per l'ufficio stampa del Festival della Costa e penso che potresti essere perfetto/a: ti scrivo io appena esce il bando.

Un abbraccio e a presto,
Elena

Elena Bassi
Direttrice organizzativa – Festival della Costa
+39 0541 000 233""",
     exp=("elena.bassi@festivalcosta.example", "Elena", "Festival della Costa", "Coordinamento Eventi"),
     notes="verdict mid-letter, wrapped in praise and a future pitch"),

dict(L, slug="it-agenzia-cliente-sospeso", day="2026-11-12", label="rejection", cat="role-cancelled", style="personal",
     frm="Chiara Monti <c.monti@huntingcomunicazione.example>",
     subject="R: Posizione Digital PR Manager – aggiornamento",
     parent=True, parent_domain="example.org",
     text="""Buongiorno Sam,

purtroppo ho una notizia non bella. Il nostro cliente, Gruppo Editoriale Vela, ha sospeso la ricerca per il Digital PR Manager a tempo indeterminato: è in corso una riorganizzazione e la posizione per ora non verrà aperta. Di conseguenza anche il tuo percorso si chiude qui, nonostante il feedback molto buono dopo il secondo colloquio.

Mi dispiace sinceramente. Ti tengo in cima alla lista per le prossime ricerche in ambito comunicazione.

Cordiali saluti,
Chiara Monti
Senior Consultant – Hunting Comunicazione S.r.l.
Tel. 02 0000 5512 | Mob. 333 000 4471

-----Messaggio originale-----
Da: Sam Taylor <sam.taylor@example.org>
Inviato: martedì 10 novembre 2026 08:55
A: Chiara Monti <c.monti@huntingcomunicazione.example>
Oggetto: Posizione Digital PR Manager – aggiornamento

Ciao Chiara, ci sono novità dal cliente? Grazie, Sam""",
     exp=("c.monti@huntingcomunicazione.example", "Chiara", "Gruppo Editoriale Vela", "Digital PR Manager"),
     notes="agency; client suspended search; company = client; Outlook quote"),

dict(L, slug="it-breve-in-bocca-al-lupo", day="2026-11-06", label="rejection", cat="terse", style="personal",
     frm="Giulio Ferraris <giulio@studioaurora.example>",
     subject="Re: Ufficio stampa Studio Aurora - aggiornamenti?",
     parent=True, parent_domain="example.org",
     text="""Ciao Sam, purtroppo con te non andiamo avanti, abbiamo scelto una persona che era già nostra freelance. Scusa il ritardo e in bocca al lupo!
G.

Inviato da iPhone

> Il giorno 3 nov 2026, alle ore 16:20, Sam Taylor <sam.taylor@example.org> ha scritto:
>
> Ciao Giulio, volevo sapere se ci sono aggiornamenti per il ruolo di Ufficio
> stampa Studio Aurora. Resto a disposizione. Sam""",
     exp=("giulio@studioaurora.example", "Giulio", "Studio Aurora", "Ufficio stampa"),
     notes="two-line reply above owner's chaser; signs 'G.'"),

dict(L, slug="it-teatro-civico-seguito", day="2026-10-30", label="rejection", cat="personal-after-interview", style="personal",
     frm="Paola Rinaldi <p.rinaldi@teatrocivico.example>",
     reply_to="Selezione Teatro Civico <selezione@teatrocivico.example>",
     subject="Esito selezione - Addetto/a Comunicazione e Promozione",
     text="""Gentile Sam Taylor,

facendo seguito al colloquio del 22 ottobre u.s. per la posizione di Addetto/a Comunicazione e Promozione presso il Teatro Civico di Bergamo, Le comunichiamo che la commissione ha concluso i propri lavori.

Pur avendo apprezzato la Sua preparazione e la Sua esperienza internazionale, siamo spiacenti di non poter dare seguito alla Sua candidatura, in quanto la commissione ha ritenuto piu aderente al ruolo il profilo di un altro candidato.

La ringraziamo per la disponibiltà e Le porgiamo i nostri migliori auguri.

Distinti saluti,

Paola Rinaldi
Ufficio Personale
Teatro Civico di Bergamo
Tel. 035 000 118""",
     exp=("selezione@teatrocivico.example", "Paola", "Teatro Civico di Bergamo", "Addetto/a Comunicazione e Promozione"),
     notes="formal; Reply-To team address, signed by a person; typos (piu, disponibiltà)"),

# ---------------------------------------------------------------- hard negatives
dict(L, slug="it-teamtailor-videocolloquio", label="other", cat="interview-invite", style="ats",
     vendor="teamtailor", brand="Radio Popolare Adriatica",
     frm="Radio Popolare Adriatica <notifications@mail.teamtailor.com>",
     subject="Il prossimo passo: videocolloquio per Producer Podcast",
     text="""Ciao Sam,

abbiamo ricevuto moltissime candidature per Producer Podcast e purtroppo non tutte sono potute andare avanti. La tua sì! Vorremmo conoscerti meglio con un videocolloquio di 30 minuti con Matteo (Head of Audio).

Scegli uno slot dal calendario: [[Prenota il colloquio]]

Se nessuno degli orari va bene, rispondi pure a questa mail.

A presto,
Il team di Radio Popolare Adriatica""",
     notes="invitation opening with 'purtroppo ... non tutte'"),

dict(L, slug="it-successfactors-ricezione-esito", label="other", cat="ack-received", style="ats",
     vendor="successfactors", brand="Gruppo Mediaset Lombarda",
     frm="Gruppo Mediaset Lombarda <noreply@successfactors.eu>",
     subject="Conferma ricezione candidatura – Content Editor Digital",
     text="""Gentile Sam Taylor,

confermiamo la ricezione della Sua candidatura per la posizione Content Editor Digital.

Il Suo profilo sarà valutato dal team Selezione. Qualora non fosse ritenuto in linea con i requisiti della posizione, riceverà comunque una comunicazione di esito entro 30 giorni. In caso contrario, sarà contattato/a per un primo colloquio conoscitivo.

Cordiali saluti,
HR – Talent Acquisition""",
     notes="acknowledgement that describes the negative outcome conditionally"),

dict(L, slug="it-hr-sistema-requisizione-sam", label="other", cat="owner-hiring", style="ats",
     vendor="hr_internal", brand="Calder Street Media",
     frm="HiBob – Calder Street Media <notifications@hibob.example>",
     subject="Candidato scartato: Luca Ferri – Content Editor (Milano)",
     text="""Ciao Sam,

il candidato Luca Ferri è stato spostato nello stato «Scartato» per la requisizione di cui sei hiring manager.

{table}

L'email di rifiuto al candidato verrà inviata automaticamente domani alle 09:00. Puoi modificarla o annullarla dalla scheda del candidato.""",
     table=[("Requisizione", "CSM-114 Content Editor (Milano)"), ("Hiring manager", "Sam Taylor"),
            ("Motivo", "Esperienza non sufficiente"), ("Azione di", "Sam Taylor")],
     button="Apri la scheda candidato",
     notes="owner's own requisition; HR system notice"),

dict(L, slug="it-call-speaker-non-accettata", label="other", cat="non-job-rejection", style="ats",
     vendor="inhouse", brand="Festival del Giornalismo Digitale", headers=BULK,
     frm="Festival del Giornalismo Digitale <speaker@fgdigitale.example>",
     subject="Call for speakers 2027: esito della tua proposta",
     text="""Ciao Sam,

grazie per aver inviato la tua proposta «Newsletter locali: il ritorno del lettore» alla call for speakers 2027.

Quest'anno abbiamo ricevuto 640 proposte per 48 slot. Purtroppo la tua proposta non è stata accettata per il programma principale. Ti invitiamo comunque a partecipare: con il codice SPEAKER27 hai il 30% di sconto sull'accredito.

Il comitato di programma""",
     notes="conference talk refused"),

dict(L, slug="it-offerta-social-editor", day="2026-12-03", label="other", cat="offer", style="personal",
     frm="Silvia Conti <silvia.conti@rivistatrame.example>",
     subject="Proposta per il ruolo di Social Media Editor",
     attach=[("Lettera_proposta_Sam_Taylor.pdf", "application/pdf", "%PDF-1.4\n% proposta economica\n%%EOF\n")],
     text="""Ciao Sam,

ti scrivo con una bella notizia: siamo felici di offrirti il ruolo di Social Media Editor a Trame, la nostra rivista.

Non ti nascondo che è stata una selezione difficile: abbiamo dovuto dire di no a profili davvero bravi, e fino all'ultimo non sapevamo come sarebbe andata. Alla fine però siamo tutti d'accordo.

In allegato trovi la lettera con RAL, benefit e data di inizio (1° febbraio). Ti chiediamo una risposta entro venerdì 11.

Un abbraccio,
Silvia

Silvia Conti
Caporedattrice – Trame
+39 06 0000 3390""",
     notes="offer with 'dire di no' about others; PDF attachment"),

dict(L, slug="it-recruiter-vecchio-ruolo-nuovi", label="other", cat="recruiter-outreach", style="personal",
     frm="Davide Greco <davide.greco@mediatalent.example>",
     subject="Due nuove ricerche in comunicazione",
     text="""Ciao Sam,

ti ricordi di me? Ci eravamo sentiti a giugno per la posizione di Responsabile Ufficio Stampa in una fondazione milanese. Quella ricerca si è chiusa (la posizione è stata coperta da una candidata interna), ma ora ho due nuovi mandati che mi sembrano perfetti per te:

- Head of Communication per un museo d'impresa a Torino
- PR & Events Manager per un'etichetta discografica a Bologna

Ti va una chiamata giovedì?

Davide Greco
MediaTalent – Executive Search
+39 347 000 1190""",
     notes="old role filled + new roles pitched"),

dict(L, slug="it-collega-giorgia-feedback", label="other", cat="owner-hiring", style="personal",
     frm="Francesca Leone <francesca.leone@example.org>",
     subject="Giorgia M. – risposta al tuo no",
     text="""Ciao Sam,

Giorgia (la finalista per Content Editor) ha risposto alla mail di rifiuto che le hai mandato ieri. È molto gentile, ringrazia e chiede se puoi darle due righe di feedback sul caso studio. Le scrivo io o preferisci farlo tu?

Per me possiamo anche tenerla in considerazione per la sostituzione maternità di marzo.

Fra
Francesca Leone – HR Business Partner – Calder Street Media""",
     notes="colleague at owner's employer; candidate Sam rejected"),

dict(L, slug="it-referenze-prossimo-passo", label="other", cat="status-update", style="personal",
     frm="Marco Vitale <marco.vitale@fondazionepietre.example>",
     subject="Referenze",
     text="""Ciao Sam,

grazie ancora per l'incontro di ieri con il direttore. Prima di procedere con l'ultimo passaggio avremmo bisogno di due referenze, possibilmente di responsabili diretti. Non è una formalità per scartare nessuno: la chiediamo solo ai candidati che stiamo per chiudere.

Puoi mandarmi nomi e contatti entro lunedì?

Grazie,
Marco
Marco Vitale – Fondazione Pietre Vive – Risorse Umane""",
     notes="reference request; negation about discarding"),
]
