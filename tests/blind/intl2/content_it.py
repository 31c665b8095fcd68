"""Italian messages (Italy and Ticino; 10 rejections, 10 hard negatives). Wording is data."""

MESSAGES = [
# ---------------------------------------------------------------- rejections, ATS
dict(slug="smartrecruiters-lei-fasi-successive", label="rejection", cat="ats-automated", style="ats",
     frm="Pastificio Valgrana <no-reply@smartrecruiters.com>",
     subject="Aggiornamento sulla Sua candidatura – Trade Marketing Manager",
     banner="Pastificio Valgrana · Lavora con noi", enc="quoted-printable", colour="#b5651d",
     body="""Gentile Sam Taylor,

La ringraziamo per l'interesse dimostrato nei confronti del Pastificio Valgrana e per aver inviato la Sua candidatura per la posizione di Trade Marketing Manager.

Dopo un'attenta valutazione, siamo spiacenti di comunicarLe che la Sua candidatura non è stata selezionata per le fasi successive del processo. La scelta è ricaduta su profili con un'esperienza più specifica nella grande distribuzione organizzata.

Per qualsiasi chiarimento può scrivere all'Ufficio Selezione: selezione@valgrana.example

Cordiali saluti,
Ufficio Risorse Umane
Pastificio Valgrana S.p.A.""",
     footer="""Messaggio generato automaticamente, si prega di non rispondere.
Pastificio Valgrana S.p.A. · Via Emilia Ovest 120 · 43126 Parma · P.IVA 01234560345
Informativa ai sensi del Regolamento UE 2016/679 (GDPR): [[leggi l'informativa privacy]]""",
     lab=("selezione@valgrana.example", "", "Pastificio Valgrana", "Trade Marketing Manager"),
     notes="SmartRecruiters; Lei; 'non è stata selezionata per le fasi successive'; team address in body"),

dict(slug="workday-non-in-linea", label="rejection", cat="ats-automated", style="ats",
     frm="Assicurazioni Laguna <laguna@myworkday.com>",
     subject="Esito della candidatura – Brand Communication Specialist (JR-10557)",
     banner="Assicurazioni Laguna", enc="base64", colour="#1b4965", html_only=True,
     body="""Gentile candidato/a,

grazie per aver partecipato al processo di selezione per la posizione Brand Communication Specialist.

Abbiamo esaminato con cura il Suo profilo che, pur presentando elementi di interesse, non risulta in linea con i requisiti richiesti per il ruolo. Non proseguiremo pertanto con la Sua candidatura.

I Suoi dati saranno conservati nel rispetto della normativa vigente.

Cordiali saluti,
Talent Acquisition – Assicurazioni Laguna""",
     footer="""Non rispondere a questa e-mail: la casella non è presidiata.
Assicurazioni Laguna S.p.A. · Campo San Bartolomeo 5 · 30124 Venezia · Iscritta all'Albo delle imprese IVASS n. 1.00055 · [[Privacy]]""",
     lab=("", "", "Assicurazioni Laguna", "Brand Communication Specialist"),
     notes="Workday; HTML-only base64; 'non risulta in linea'; no greeting name; no contact"),

dict(slug="teamtailor-tu-altri-profili", label="rejection", cat="ats-automated", style="ats",
     frm="Gelateria Nuvola <no-reply@teamtailor-mail.com>",
     reply_to="Giulia Romano <giulia@nuvolagelato.example>",
     subject="La tua candidatura per Social Media Manager",
     banner="nuvola", enc="quoted-printable", colour="#ff69b4",
     body="""Ciao Sam,

grazie mille per la chiacchierata di giovedì e per le idee sui nostri canali: le abbiamo già girate al team!

Ci abbiamo pensato parecchio e alla fine abbiamo scelto di andare avanti con altri profili per il ruolo di Social Media Manager, più vicini al mondo food & beverage che seguiamo.

Se ti va di avere un feedback più dettagliato, rispondi pure a questa mail.

Un abbraccio,
Giulia
People & Culture""",
     footer="""Gelateria Nuvola S.r.l. · Corso Buenos Aires 22 · 20124 Milano · [[Privacy]]""",
     lab=("giulia@nuvolagelato.example", "Giulia", "Gelateria Nuvola", "Social Media Manager"),
     notes="Teamtailor; tu; Reply-To person"),

dict(slug="icims-posizione-sospesa", label="rejection", cat="role-cancelled", style="ats",
     frm="Meccanica Orobica <careers-noreply@icims.com>",
     subject="Comunicazione relativa alla posizione Marketing Manager Industria",
     banner="Meccanica Orobica", enc="quoted-printable", colour="#333f48",
     body="""Gentile Sam Taylor,

La informiamo che la ricerca per la posizione di Marketing Manager Industria è stata sospesa a seguito di una revisione dei piani organizzativi per il 2027.

Di conseguenza, il processo di selezione viene chiuso per tutti i candidati e la Sua candidatura non potrà avere ulteriore seguito.

Ci scusiamo per l'inconveniente e La ringraziamo per la disponibilità dimostrata.

Cordiali saluti,
Direzione Risorse Umane""",
     footer="""E-mail automatica, si prega di non rispondere. Meccanica Orobica S.p.A. · Bergamo · [[Informativa privacy]]""",
     lab=("", "", "Meccanica Orobica", "Marketing Manager Industria"),
     notes="iCIMS; search suspended, process closed for everyone"),

dict(slug="portale-esito-negativo", label="rejection", cat="status-portal", style="ats",
     frm="Ottica Zefiro <noreply@zefiro.inrecruiting.example>",
     subject="Variazione stato candidatura",
     banner="Ottica Zefiro · Area candidati", enc="quoted-printable", colour="#0096c7",
     table=[("Annuncio", "Customer Marketing Specialist"), ("Sede", "Torino"), ("Esito", "Negativo – candidatura non proseguita")],
     table_after=2,
     body="""Gentile Sam Taylor,

Le comunichiamo che la Sua candidatura ha cambiato stato:

Per maggiori dettagli acceda alla Sua [[area riservata]].

Ottica Zefiro S.p.A. – Selezione del Personale""",
     footer="""Messaggio automatico. · [[Privacy]]""",
     lab=("", "", "Ottica Zefiro", "Customer Marketing Specialist"),
     notes="verdict only in a table cell ('Esito: Negativo'); no contact"),

# ---------------------------------------------------------------- rejections, personal
dict(slug="direttrice-dopo-colloquio", label="rejection", cat="personal-after-interview", style="personal",
     frm="Francesca Bellini <francesca.bellini@tessuti-arno.example>",
     subject="Il Suo colloquio a Prato",
     enc="8bit",
     body="""Gentile Sam Taylor,

desidero ringraziarLa personalmente per essere venuta/o a Prato e per il colloquio con me e con il nostro amministratore delegato.

Abbiamo valutato con grande attenzione i candidati finalisti e, dopo un confronto approfondito, abbiamo deciso di affidare il ruolo di Responsabile Marketing a una persona che conosce già il mercato tessile giapponese, per noi prioritario nei prossimi anni.

Mi rendo conto che non è la risposta che sperava. Resto volentieri a disposizione per un confronto telefonico.

Un cordiale saluto,
Francesca Bellini
Direttrice Commerciale
Tessuti Arno S.r.l.
Tel. 0574 555 832""",
     lab=("francesca.bellini@tessuti-arno.example", "Francesca", "Tessuti Arno", "Responsabile Marketing"),
     notes="Lei; 'abbiamo deciso di affidare il ruolo a una persona che'"),

dict(slug="founder-breve", day="2026-11-24", label="rejection", cat="terse", style="personal",
     frm="Luca Ferri <luca@spesaveloce.example>",
     subject="Re: ruolo Growth",
     reply=True, enc="quoted-printable",
     body="""Ciao Sam,

ti rispondo in due righe: per il ruolo Growth Manager andiamo con un altro candidato. Grazie davvero per il tempo.

In bocca al lupo!
Luca""",
     quote=("Il giorno lun 23 nov 2026 alle ore 18:20 Sam Taylor <sam.taylor@example.org> ha scritto:",
            """Ciao Luca, grazie per la call! Fammi sapere come procedete.
Sam"""),
     lab=("luca@spesaveloce.example", "Luca", "", "Growth Manager"),
     notes="terse; In-Reply-To; company only in domain"),

dict(slug="agenzia-cliente", label="rejection", cat="agency", style="personal",
     frm="Chiara Galli <c.galli@hunting-lombardia.example>",
     subject="Riscontro dal cliente – Head of Digital Marketing",
     enc="quoted-printable",
     body="""Buongiorno Sam,

La ricontatto come promesso dopo il colloquio presso il nostro cliente, Cantine Monteverro, per la posizione di Head of Digital Marketing.

Purtroppo il cliente ha deciso di non proseguire con la Sua candidatura: cercano una figura con un'esperienza più lunga nell'e-commerce vinicolo, e un altro candidato della rosa si è rivelato più vicino a questo profilo.

Mi dispiace, perché il colloquio era andato bene. La terrò senz'altro presente per i prossimi incarichi.

Cordialmente,
Chiara Galli
Senior Consultant – Hunting Lombardia
Tel. 02 5558 1122""",
     lab=("c.galli@hunting-lombardia.example", "Chiara", "Cantine Monteverro", "Head of Digital Marketing"),
     notes="agency relays the client; company = client"),

dict(slug="ticino-candidato-interno", label="rejection", cat="internal-candidate", style="personal",
     frm="Marco Bernasconi <marco.bernasconi@lagodoro.example>",
     subject="Posizione Marketing Lead – aggiornamento",
     enc="base64",
     body="""Buongiorno Sam,

le scrivo per aggiornarla sulla posizione di Marketing Lead.

Nel frattempo un collaboratore della nostra sede di Lugano si è candidato internamente e la direzione ha deciso di affidargli il ruolo. Chiudiamo quindi la ricerca esterna e, di conseguenza, anche la sua candidatura.

Mi scuso per i tempi lunghi e la ringrazio per la pazienza e per i due colloqui.

Cordiali saluti
Marco Bernasconi
Responsabile HR
Lago d'Oro SA, Lugano
+41 91 555 23 10""",
     lab=("marco.bernasconi@lagodoro.example", "Marco", "Lago d'Oro", "Marketing Lead"),
     notes="Ticino; base64; internal candidate; lower-case 'lei'"),

dict(slug="teniamo-cv", label="rejection", cat="keep-on-file", style="personal",
     frm="Elena Rinaldi <elena.rinaldi@studiofaro.example>",
     subject="La tua candidatura da Studio Faro",
     enc="8bit",
     body="""Ciao Sam,

grazie per esserti proposto/a per il ruolo di Account & Content Strategist e per il bel portfolio.

Per questa posizione non andremo avanti con te: ci serve qualcuno che possa essere in studio a Bari almeno tre giorni a settimana, e dal colloquio abbiamo capito che per te non è fattibile. Teniamo però il tuo CV in archivio per collaborazioni da remoto, che nel 2027 potrebbero arrivare.

A presto,
Elena
Studio Faro – Bari""",
     lab=("elena.rinaldi@studiofaro.example", "Elena", "Studio Faro", "Account & Content Strategist"),
     notes="tu; CV kept; 'non andremo avanti con te'"),

# ---------------------------------------------------------------- other, ATS
dict(slug="conferma-ricezione-hedge", label="other", cat="ack-hedging", style="ats",
     frm="Pastificio Valgrana <no-reply@smartrecruiters.com>",
     subject="Abbiamo ricevuto la Sua candidatura – Digital Marketing Specialist",
     banner="Pastificio Valgrana · Lavora con noi", enc="quoted-printable", colour="#b5651d",
     body="""Gentile Sam Taylor,

confermiamo la ricezione della Sua candidatura per la posizione di Digital Marketing Specialist.

Il nostro team valuterà il Suo profilo nelle prossime settimane. Qualora la Sua candidatura non dovesse essere ritenuta in linea con le esigenze della posizione, riceverà comunque una comunicazione da parte nostra.

Cordiali saluti,
Ufficio Risorse Umane""",
     footer="""Messaggio generato automaticamente, si prega di non rispondere. · [[Informativa privacy]]""",
     notes="acknowledgement that hedges ('Qualora ... non dovesse essere ritenuta in linea, riceverà una comunicazione'); same sender as a rejection"),

dict(slug="invito-colloquio", label="other", cat="interview-invite", style="ats",
     frm="Gelateria Nuvola <no-reply@teamtailor-mail.com>",
     reply_to="Giulia Romano <giulia@nuvolagelato.example>",
     subject="Ci vediamo per un colloquio?",
     banner="nuvola", enc="quoted-printable", colour="#ff69b4",
     body="""Ciao Sam,

il tuo profilo per il ruolo di Brand Manager ci è piaciuto molto e vorremmo conoscerti!

Scegli uno slot per una videochiamata di 30 minuti con me: [[Prenota il colloquio]]

A presto,
Giulia
People & Culture""",
     footer="""Gelateria Nuvola S.r.l. · Milano · [[Privacy]]""",
     notes="interview invitation; same company as a rejection"),

dict(slug="ancora-in-valutazione", label="other", cat="status-update", style="ats",
     frm="Assicurazioni Laguna <laguna@myworkday.com>",
     subject="Stato della candidatura – Marketing Analyst (JR-10602)",
     banner="Assicurazioni Laguna", enc="quoted-printable", colour="#1b4965",
     body="""Gentile Sam Taylor,

La informiamo che la Sua candidatura per la posizione Marketing Analyst è ancora in fase di valutazione da parte del responsabile della selezione.

Non appena saranno disponibili aggiornamenti, La contatteremo. Non è necessaria alcuna azione da parte Sua.

Cordiali saluti,
Talent Acquisition – Assicurazioni Laguna""",
     footer="""Non rispondere a questa e-mail. · [[Privacy]]""",
     notes="status update: still under evaluation"),

dict(slug="newsletter-no-come-risposta", label="other", cat="newsletter", style="ats",
     frm="Carriere & Marketing <newsletter@carrieremarketing.example>",
     subject="Quando l'azienda ti dice di no: la guida del mese",
     banner="Carriere & Marketing · Dicembre", enc="base64", colour="#8338ec",
     headers={"List-Unsubscribe": "<https://click.example/u/cm-dic>", "Precedence": "bulk"},
     body="""Ciao!

«Siamo spiacenti di comunicarti che…»: quante volte l'hai letto? Questo mese parliamo di come trasformare un rifiuto in un contatto utile.

• Il messaggio di ringraziamento perfetto in 4 frasi: [[leggi]]
• Chiedere un feedback senza sembrare insistenti
• Le 10 offerte marketing più interessanti della settimana: [[scopri]]

Buona lettura!""",
     footer="""Ricevi questa newsletter perché ti sei iscritto/a su carrieremarketing.example. [[Cancellati]]""",
     notes="newsletter about rejections; base64"),

dict(slug="borsa-di-studio-non-assegnata", label="other", cat="non-job-rejection", style="ats",
     frm="Fondazione Aurora <bandi@fondazioneaurora.example>",
     subject="Esito Bando Borse di Studio Master 2027",
     banner="Fondazione Aurora", enc="quoted-printable", colour="#2d6a4f",
     body="""Gentile Sam Taylor,

La ringraziamo per aver partecipato al Bando Borse di Studio Master 2027.

La commissione ha concluso la valutazione delle domande pervenute. Ci dispiace informarLa che la Sua domanda non è rientrata tra quelle ammesse al finanziamento.

La graduatoria completa è consultabile sul nostro [[sito]].

Cordiali saluti,
Segreteria Bandi – Fondazione Aurora""",
     footer="""Fondazione Aurora ETS · Bologna · [[Privacy]]""",
     notes="non-job: scholarship not awarded"),

# ---------------------------------------------------------------- other, personal
dict(slug="collega-esito-finalisti", label="other", cat="owner-is-hiring", style="personal",
     frm="Paolo Moretti <paolo.moretti@example.org>",
     subject="Esito finalisti – Marketing Specialist",
     enc="8bit",
     body="""Ciao Sam,

dopo il confronto di ieri confermiamo Sara per il ruolo di Marketing Specialist. Ti va di scrivere tu ai due finalisti che non prendiamo? Li hai seguiti tu nel colloquio finale.

Ti incollo la bozza che usiamo di solito:
"Ti ringraziamo per il tempo dedicato. Purtroppo abbiamo deciso di proseguire con un altro candidato…"

Modificala pure come credi.

Grazie!
Paolo
HR – Example Org""",
     notes="owner is hiring: colleague asks Sam to send rejections"),

dict(slug="recruiter-ruolo-chiuso-nuovi", label="other", cat="recruiter-pitch-filled", style="personal",
     frm="Simona Conti <simona@talentbridge-italia.example>",
     subject="Nuove opportunità dopo la nostra chiacchierata",
     enc="quoted-printable",
     body="""Ciao Sam,

ti ricordi della posizione di Marketing Director nel fashion di cui avevamo parlato a settembre? Avevi preferito non candidarti, e nel frattempo è stata chiusa con un altro profilo.

Ti scrivo perché ho appena ricevuto due nuovi mandati che mi sembrano perfetti per te:
- Head of Brand per un'azienda di design a Milano
- Product Marketing Lead per una software house a Bologna (full remote)

Ci sentiamo questa settimana?

Simona Conti
TalentBridge Italia · 347 555 2290""",
     notes="recruiter: old role (owner declined) filled, pitching new ones"),

dict(slug="proposta-assunzione", label="other", cat="offer", style="personal",
     frm="Alessandro Greco <alessandro.greco@vespucci-tech.example>",
     subject="Proposta di assunzione – Head of Marketing",
     enc="8bit",
     body="""Ciao Sam,

sono felicissimo di scriverti: vorremmo offrirti il ruolo di Head of Marketing in Vespucci Tech!

Come anticipato al telefono, la proposta prevede una RAL di 62.000 euro, un bonus annuale e l'inizio a febbraio. In giornata ti arriverà la lettera d'offerta da firmare.

Fammi sapere se hai domande, sono a disposizione.

Alessandro
CEO, Vespucci Tech""",
     notes="offer"),

dict(slug="spostamento-colloquio", label="other", cat="reschedule", style="personal",
     frm="Valentina Costa <valentina.costa@borgolab.example>",
     subject="Spostamento del colloquio di venerdì",
     enc="quoted-printable",
     body="""Buongiorno Sam,

purtroppo sono costretta ad annullare il colloquio di venerdì alle 10: il nostro direttore marketing è bloccato in trasferta.

La posizione di Brand Manager resta naturalmente aperta e la Sua candidatura è ancora in corsa. Le andrebbe bene martedì 15 alle 11 oppure mercoledì 16 alle 15?

Mi scuso per il disagio.

Valentina Costa
HR, BorgoLab""",
     notes="interview slot cancelled, role still open"),

dict(slug="appartamento-affitto-altro", label="other", cat="non-job-rejection", style="personal",
     frm="Immobiliare Navigli <affitti@immobiliarenavigli.example>",
     subject="Appartamento via Vigevano – esito",
     enc="8bit",
     body="""Buonasera,

grazie per la visita e per la documentazione inviata per l'appartamento in via Vigevano.

La proprietà ha scelto di affittare a un altro richiedente con contratto a tempo indeterminato, quindi non possiamo procedere con la Sua proposta.

Resto a disposizione per altre soluzioni in zona.

Cordiali saluti,
Federica
Immobiliare Navigli · 02 5557 3301""",
     notes="non-job: flat rental refused"),
]
