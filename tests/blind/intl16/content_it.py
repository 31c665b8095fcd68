"""Italian messages (Italy): 8 rejections, 8 hard negatives."""
R, O = "rejection", "other"
_PRIV = """Informativa ai sensi dell'art. 13 del Regolamento UE 2016/679 (GDPR): i dati personali da te forniti sono trattati esclusivamente per finalità di selezione del personale. Puoi esercitare i tuoi diritti scrivendo al DPO. [[Informativa privacy completa]]"""
MESSAGES = [
# ---------------- rejections ----------------
dict(slug="it-successfactors-non-selezionata", label=R, lang="it", cc="IT", style="ats", cat="ats-automated", vendor="successfactors",
     frm="Lanterna Assicurazioni - Recruiting <noreply@successfactors.example>", subject="Lanterna Assicurazioni - Aggiornamento sulla tua candidatura",
     brand="Lanterna Assicurazioni", text="""Gentile Sam,

ti ringraziamo per l'interesse dimostrato nei confronti di Lanterna Assicurazioni e per aver inviato la tua candidatura per la posizione di Marketing Specialist - Canali Digitali (Rif. 31077).

Abbiamo valutato con attenzione il tuo profilo e ci dispiace comunicarti che la tua candidatura non è stata selezionata per le fasi successive del processo.

Il tuo curriculum resterà nel nostro database per 24 mesi e potrà essere preso in considerazione per future opportunità.

Ti auguriamo il meglio per il tuo percorso professionale.

Direzione Risorse Umane
Lanterna Assicurazioni S.p.A.""",
     foot=_PRIV + """

Questo messaggio è stato generato automaticamente, ti preghiamo di non rispondere.""",
     row=("", "", "Lanterna Assicurazioni", "Marketing Specialist - Canali Digitali"), tags="successfactors; ordinary wording; GDPR informativa"),

dict(slug="it-indeed-non-selezionato", label=R, lang="it", cc="IT", style="ats", cat="ats-automated", vendor="indeed",
     frm="Indeed <candidati@indeed.example>", subject="Aggiornamento sulla tua candidatura per Growth Marketing Manager",
     brand="Indeed", text="""Sam, c'è un aggiornamento sulla tua candidatura

Growth Marketing Manager
Pastificio Moretti S.r.l. - Bologna, Emilia-Romagna

Purtroppo Pastificio Moretti S.r.l. ha deciso di non proseguire con la tua candidatura.

Questa decisione è stata presa dal datore di lavoro. Non arrenderti: le persone che continuano a candidarsi trovano lavoro più in fretta.

Offerte simili per te:
- [[Digital Marketing Manager - Latteria Emiliana]] · Parma
- [[Responsabile Marketing - Ceramiche Valli]] · Sassuolo
- [[Growth Manager - BolognaBike]] · Bologna

{btn:Cerca altre offerte}""",
     foot="""Hai ricevuto questa email perché ti sei candidato tramite Indeed. [[Gestisci le impostazioni delle email]] · [[Annulla iscrizione]]

© 2026 Indeed · [[Privacy]] · Non rispondere a questa email.""",
     row=("", "", "Pastificio Moretti S.r.l.", "Growth Marketing Manager"), tags="indeed relay; job-alert block under verdict; bulk headers"),

dict(slug="it-workday-elogi-verdetto-centrale", label=R, lang="it", cc="IT", style="ats", cat="ats-automated", vendor="workday",
     frm="Careers Ferrovie Aurora <ferrovieaurora@myworkday.com>", subject="La tua candidatura per Brand Manager (JR-20931)",
     brand="Ferrovie Aurora", text="""Gentile Sam Taylor,

grazie per aver scelto di candidarti in Ferrovie Aurora. Ogni anno riceviamo migliaia di candidature da professionisti di grande valore e il tuo percorso, in particolare l'esperienza maturata nel settore media, ha suscitato l'interesse del team di selezione.

Dopo un'attenta valutazione di tutte le candidature pervenute per la posizione di Brand Manager (JR-20931), abbiamo deciso di proseguire con altri candidati il cui profilo risulta più in linea con le esigenze attuali della posizione.

Ti invitiamo a tenere aggiornato il tuo profilo e a consultare regolarmente la nostra [[pagina Lavora con noi]]: nuove opportunità vengono pubblicate ogni settimana.

Ferrovie Aurora è un'azienda che valorizza la diversità e l'inclusione ed è stata riconosciuta Top Employer Italia 2026.

Cordiali saluti,
Talent Acquisition Ferrovie Aurora""",
     foot=_PRIV + """

Non rispondere a questa e-mail: la casella non è presidiata.""",
     row=("", "", "Ferrovie Aurora", "Brand Manager"), tags="workday; praise before verdict; Top Employer boilerplate"),

dict(slug="it-concorso-non-ammesso-orale", label=R, lang="it", cc="IT", style="ats", cat="after-assessment", vendor="public", html_only=True,
     frm="Comune di Verona - Ufficio Concorsi <noreply-concorsi@comune-verona.example>", subject="Concorso pubblico n. 14/2026 - Esito prova scritta",
     brand="Comune di Verona", text="""Gentile candidato/a Sam Taylor,

con riferimento al concorso pubblico per titoli ed esami per la copertura di n. 1 posto di Funzionario Comunicazione e Marketing Territoriale (Area dei Funzionari), si comunica che la Commissione esaminatrice ha concluso la correzione della prova scritta.

Esito:: NON AMMESSO/A alla prova orale
Punteggio:: 18,50/30 (soglia di ammissione 21/30)

L'elenco completo degli ammessi è pubblicato all'Albo Pretorio online. È possibile richiedere l'accesso agli atti entro 30 giorni.

Il Responsabile del Procedimento""",
     foot="""Comunicazione inviata tramite piattaforma di reclutamento. Messaggio generato automaticamente, non rispondere.""",
     row=("", "", "Comune di Verona", "Funzionario Comunicazione e Marketing Territoriale"), tags="public competition; html-only; non ammesso alla prova orale; score table"),

dict(slug="it-agenzia-cliente-non-procede", day="2026-11-09", label=R, lang="it", cc="IT", style="personal", cat="agency-recruiter",
     frm="Giulia Marchetti <g.marchetti@talentohr.example>", subject="Re: aggiornamenti Product Marketing Manager", parent=True, parent_domain="example.org",
     text="""Ciao Sam,

scusa il ritardo, ho aspettato di avere un feedback completo dal cliente prima di scriverti.

Purtroppo Vetreria Murano Digital ha deciso di non procedere con la tua candidatura per il ruolo di Product Marketing Manager: hanno apprezzato molto il colloquio, ma cercano qualcuno con un italiano più fluente per gestire i rapporti con la rete vendita. Mi spiace davvero, ci tenevo.

Resto comunque in contatto, ho spesso posizioni internazionali dove il tuo profilo è perfetto.

Un caro saluto,
Giulia

Giulia Marchetti
Senior Consultant - Marketing & Digital | Talento HR
Tel. +39 02 0000 3344 | Cell. +39 333 000 1122

Il giorno gio 5 nov 2026 alle ore 10:17 Sam Taylor <sam.taylor@example.org> ha scritto:
> Ciao Giulia, ci sono novità da Vetreria Murano Digital? Grazie!""",
     row=("g.marchetti@talentohr.example", "Giulia", "Vetreria Murano Digital", "Product Marketing Manager"), tags="agency; reply above quote; language-skill reason"),

dict(slug="it-manager-lettera-lunga", label=R, lang="it", cc="IT", style="personal", cat="personal-after-interview",
     frm="Alessandro Conti <alessandro.conti@oliveto.example>", subject="Il nostro percorso insieme - Head of Growth", client_html=True,
     text="""Caro Sam,

volevo scriverti personalmente, e non solo tramite il nostro HR, perché il percorso di queste settimane lo merita.

Prima di tutto grazie: per la disponibilità a fare tre colloqui in dieci giorni, per il business case sul rilancio dell'app e per le domande che ci hai fatto, alcune delle quali ci hanno costretto a rivedere il nostro piano per il 2027.

Dopo lunghe discussioni con il CEO abbiamo scelto un profilo con più esperienza nel mercato italiano della grande distribuzione, e quindi non potremo offrirti la posizione di Head of Growth. È stata una scelta tra due candidati molto forti e credimi, non è stata facile.

Se ti va, mi farebbe piacere restare in contatto: Oliveto crescerà molto nel prossimo anno e non escludo che si apra qualcosa di adatto a te. Nel frattempo, se ti serve un riferimento o un feedback più dettagliato sul case, chiamami pure.

Un abbraccio e in bocca al lupo,
Alessandro

--
Alessandro Conti
Chief Marketing Officer | Oliveto S.p.A.
+39 055 000 7781""",
     row=("alessandro.conti@oliveto.example", "Alessandro", "Oliveto", "Head of Growth"), tags="long personal letter; verdict in the middle; offers feedback"),

dict(slug="it-posizione-congelata-budget", label=R, lang="it", cc="IT", style="personal", cat="role-cancelled",
     frm="Federica Greco <federica.greco@lagunaviaggi.example>", subject="Posizione Marketing Lead",
     text="""Ciao Sam,

ti scrivo due righe veloci: purtroppo la posizione di Marketing Lead è stata congelata dalla direzione (il budget 2027 è stato rivisto al ribasso) e per ora il processo si chiude qui, anche per te. Se si riapre ti faccio sapere io.

Grazie ancora e scusa per il tempo,
Federica
Laguna Viaggi - HR""",
     row=("federica.greco@lagunaviaggi.example", "Federica", "Laguna Viaggi", "Marketing Lead"), tags="role frozen; short; process closed"),

dict(slug="it-lettera-bilingue-en", label=R, lang="it", cc="IT", style="personal", cat="personal-after-interview",
     frm="Sofia Ricci <sofia.ricci@mosaicofashion.example>", subject="Esito colloquio / Interview outcome - Customer Insights Manager",
     text="""Gentile Sam,

grazie per il tempo dedicato ai colloqui per la posizione di Customer Insights Manager. Dopo un'attenta valutazione, ti comunichiamo che non potremo proseguire con la tua candidatura: abbiamo individuato un candidato con un'esperienza più specifica nel retail di lusso.

Ti ringraziamo ancora e ti auguriamo ogni successo.

--- English version below ---

Dear Sam,

Thank you for the time you dedicated to the interviews for the Customer Insights Manager position. After careful consideration, we will not be able to move forward with your application, as we have identified a candidate with more specific experience in luxury retail.

Kind regards / Cordiali saluti,

Sofia Ricci
HR Business Partner
Mosaico Fashion Group
Via della Spiga 00, Milano | +39 02 0000 5510

Questa email e i suoi allegati sono riservati. Se l'hai ricevuta per errore, ti preghiamo di cancellarla e di avvisare il mittente.""",
     row=("sofia.ricci@mosaicofashion.example", "Sofia", "Mosaico Fashion Group", "Customer Insights Manager"), tags="bilingual it/en; confidentiality footer"),

# ---------------- hard negatives ----------------
dict(slug="it-ricezione-silenzio-assenso", label=O, lang="it", cc="IT", style="ats", cat="ack-received", vendor="teamtailor",
     frm="Cantina Valpolicella Digital <notifications@teamtailor.example>", subject="Abbiamo ricevuto la tua candidatura",
     brand="Cantina Valpolicella Digital", text="""Ciao Sam,

grazie per esserti candidato/a alla posizione di E-commerce Marketing Manager! Abbiamo ricevuto il tuo CV.

Il nostro team lo valuterà con attenzione. Ti informiamo che, a causa dell'elevato numero di candidature, contatteremo solo i profili selezionati per il colloquio. Qualora non venissi contattato/a entro 4 settimane, la tua candidatura si intenderà non accolta per questa posizione.

A presto,
Il team People""",
     foot=_PRIV + """

[[Annulla iscrizione]]""",
     tags="acknowledgement hedge: silence means not accepted"),

dict(slug="it-invito-test-online", label=O, lang="it", cc="IT", style="ats", cat="assessment", vendor="successfactors",
     frm="Lanterna Assicurazioni - Recruiting <noreply@successfactors.example>", subject="Lanterna Assicurazioni - Invito al test online",
     brand="Lanterna Assicurazioni", text="""Gentile Sam,

ti ringraziamo per la tua candidatura per la posizione di Product Owner Polizze Digitali (Rif. 31102).

Siamo lieti di invitarti alla fase successiva del processo di selezione: un test online di ragionamento logico e un questionario di personalità (durata circa 40 minuti).

Ti chiediamo di completarlo entro 5 giorni. In caso di mancato completamento entro la scadenza, purtroppo non potremo proseguire con la tua candidatura.

{btn:Inizia il test}

Direzione Risorse Umane
Lanterna Assicurazioni S.p.A.""",
     foot=_PRIV + """

Questo messaggio è stato generato automaticamente, ti preghiamo di non rispondere.""",
     tags="assessment invite; conditional 'non potremo proseguire' if not completed; same sender as a rejection"),

dict(slug="it-talent-community-invito", label=O, lang="it", cc="IT", style="ats", cat="talent-pool", vendor="recruitee",
     frm="Oliveto Careers <oliveto@mail.recruitee.example>", subject="Entra nella Talent Community di Oliveto",
     brand="Oliveto", text="""Ciao Sam,

ti abbiamo notato sulla nostra pagina carriere e volevamo invitarti a entrare nella Talent Community di Oliveto.

Non si tratta di una candidatura a una posizione specifica: iscrivendoti riceverai in anteprima le nuove offerte di marketing e digital e gli inviti ai nostri eventi di recruiting a Firenze e Milano.

{btn:Iscriviti alla Talent Community}

Il team Talent di Oliveto""",
     foot=_PRIV + """

Se non vuoi ricevere altre comunicazioni, [[clicca qui]].""",
     tags="talent-pool invitation without any verdict"),

dict(slug="it-proposta-intervento-non-accettata", label=O, lang="it", cc="IT", style="ats", cat="non-job-rejection", vendor="event",
     frm="Digital Marketing Forum Milano <speaker@dmforum.example>", subject="La tua proposta di intervento al DMF 2027",
     brand="Digital Marketing Forum", text="""Ciao Sam,

grazie per aver inviato la tua candidatura come speaker al Digital Marketing Forum 2027.

Il comitato scientifico ha valutato oltre 300 proposte. Ci dispiace comunicarti che il tuo intervento "Insight di pubblico senza cookie" non è stato selezionato per il programma di quest'anno.

Ti aspettiamo comunque in platea: con il codice SPEAKER25 hai il 25% di sconto sul biglietto.

{btn:Acquista il biglietto}

Lo staff del DMF""",
     foot="""Ricevi questa email perché hai partecipato alla call for speakers. [[Disiscriviti]]""",
     tags="speaker 'candidatura' declined; non-job"),

dict(slug="it-offerta-lavoro", day="2026-11-27", label=O, lang="it", cc="IT", style="personal", cat="offer",
     frm="Matteo Lombardi <matteo.lombardi@sfogliatech.example>", subject="Proposta di assunzione - Head of Product Marketing",
     text="""Ciao Sam,

come anticipato al telefono, sono felicissimo di confermarti che vorremmo offrirti la posizione di Head of Product Marketing in Sfoglia Tech!

In allegato (seguirà via DocuSign) trovi la lettera d'offerta con RAL, benefit e data di inizio proposta (1 febbraio 2027). Ti chiediamo una risposta entro venerdì 4 dicembre.

Ti segnalo solo che abbiamo dovuto rifiutare l'altra candidata finalista, quindi per noi sei davvero la prima scelta.

Per qualsiasi domanda chiamami.

A presto,
Matteo
CEO, Sfoglia Tech
+39 011 000 2299""",
     tags="job offer; mentions rejecting another finalist"),

dict(slug="it-richiesta-referenze", label=O, lang="it", cc="IT", style="personal", cat="reference-request",
     frm="Chiara Fontana <chiara.fontana@portofinolab.example>", subject="Richiesta referenze per Marco Bellini",
     text="""Buongiorno Sam,

sono Chiara Fontana, HR Manager di Portofino Lab. Marco Bellini, candidato per la nostra posizione di Data Analyst, ci ha indicato il tuo nome come referenza in quanto suo responsabile in Calder Street Media.

Saresti disponibile per una breve chiamata di 15 minuti questa settimana? In alternativa posso inviarti qualche domanda via email.

Grazie in anticipo,
Chiara Fontana
HR Manager | Portofino Lab
+39 010 000 6655""",
     tags="reference request about someone else's candidacy"),

dict(slug="it-inoltro-amica-rifiuto", day="2026-11-11", label=O, lang="it", cc="IT", style="personal", cat="forwarded",
     frm="Elena Russo <elena.russo@posta.example>", subject="Fwd: Esito della tua candidatura",
     text="""Sam, mi dai un parere? Secondo te vale la pena rispondere chiedendo un feedback o è tempo perso? Ci tenevo tanto a questo posto...

Baci
Elena

---------- Forwarded message ---------
Da: Recruiting Gelateria Nord <jobs@gelaterianord.example>
Date: mar 10 nov 2026 alle ore 15:02
Subject: Esito della tua candidatura
To: <elena.russo@posta.example>

Gentile Elena,
ti ringraziamo per l'interesse verso Gelateria Nord. Purtroppo la tua candidatura per Social Media Manager non è stata selezionata.
Cordiali saluti,
Recruiting Gelateria Nord""",
     tags="friend forwards her own rejection asking advice"),

dict(slug="it-risposta-decisione-slittata", day="2026-11-24", label=O, lang="it", cc="IT", style="personal", cat="answer-to-owner-question", parent=True, parent_domain="example.org",
     frm="Davide Ferri <davide.ferri@alpinasoft.example>", subject="R: Posizione Product Marketing Manager - aggiornamenti?",
     text="""Ciao Sam,

nessuna decisione ancora, tranquillo! La scelta finale è slittata perché il nostro CEO è stato in viaggio due settimane. Sei ancora in corsa, siete in due in finale, e conto di darti una risposta entro venerdì 27, in un senso o nell'altro.

Grazie per la pazienza,
Davide

Davide Ferri | Talent Acquisition | Alpina Soft
+39 0471 000 333

-----Messaggio originale-----
Da: Sam Taylor <sam.taylor@example.org>
Inviato: lunedì 23 novembre 2026 08:40
A: Davide Ferri <davide.ferri@alpinasoft.example>
Oggetto: Posizione Product Marketing Manager - aggiornamenti?

Ciao Davide, volevo chiederti se avete già scelto un altro candidato per la
posizione o se il processo è ancora aperto. Grazie!
Sam""",
     tags="still deciding; answer to owner's question; 'in un senso o nell'altro'"),
]
