"""Italian messages (Italy and Ticino): 12 rejections, 12 hard negatives."""
from content_common import R, O

AUTO = {"Auto-Submitted": "auto-generated"}
BULK = {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<{unsub}>"}

MESSAGES = [
# ---------------- rejections, ATS ----------------
R("it-greenhouse-esito-negativo", "ats-automated", "it", "ats",
  "Vellutino Moda <no-reply@us.greenhouse-mail.io>", "Aggiornamento sulla tua candidatura - Brand Marketing Manager",
  """Ciao Sam,

grazie per aver inviato la tua candidatura per la posizione di Brand Marketing Manager presso Vellutino Moda.

Dopo un'attenta valutazione, ci dispiace comunicarti che la tua candidatura non è stata selezionata per le fasi successive del processo.

Il tuo CV resterà nel nostro database per 24 mesi, nel rispetto del Regolamento UE 2016/679 (GDPR). Potrai chiederne la cancellazione in qualsiasi momento scrivendo a privacy@vellutino.example.

Un caro saluto,
Il Team Talent Acquisition di Vellutino Moda""",
  ("", "", "Vellutino Moda", "Brand Marketing Manager"), vendor="greenhouse", brand="Vellutino Moda", variant="it-IT", headers=AUTO,
  about="Vellutino Moda è un'azienda che promuove le pari opportunità e valorizza ogni diversità."),
R("it-successfactors-stato", "status-portal", "it", "ats",
  "Assicurazioni Lagunari <careers@successfactors.eu>", "La tua candidatura ID 58812",
  """Gentile Sam Taylor,

ti informiamo che lo stato della tua candidatura è cambiato.

{table}

Per maggiori dettagli accedi all'[[area candidati]].

Cordiali saluti,
Risorse Umane - Assicurazioni Lagunari""",
  ("", "", "Assicurazioni Lagunari", "Digital Product Manager"), vendor="successfactors", brand="Assicurazioni Lagunari", variant="it-IT", headers=AUTO, autotext=True,
  table=[("Posizione", "Digital Product Manager"), ("ID", "58812"), ("Stato", "Non idoneo - processo chiuso")],
  notes="status table only; auto-generated plain part"),
R("it-infojobs-posizione-coperta", "role-filled", "it", "ats",
  "InfoJobs Italia <noreply@infojobs.example>", "Offerta chiusa: Marketing Specialist - Torrefazione Aurelia",
  """Ciao Sam,

l'azienda Torrefazione Aurelia ha chiuso l'offerta Marketing Specialist a cui ti sei candidato/a: la posizione è stata coperta.

Non arrenderti! Ecco [[altre offerte]] simili alla tua ricerca.""",
  ("", "", "Torrefazione Aurelia", "Marketing Specialist"), vendor="infojobs", brand="InfoJobs", variant="it-IT", headers=BULK, notes="job-board relay"),
R("it-workday-html-only-lungo", "ats-automated", "it", "ats",
  "Gruppo Ferrantini <ferrantini@myworkday.com>", "Gruppo Ferrantini - Esito della selezione",
  """Gentile Sam,

desideriamo ringraziarti per l'interesse dimostrato verso il Gruppo Ferrantini, leader nella distribuzione alimentare con oltre 9.000 collaboratori in 14 regioni, e per la candidatura alla posizione di Customer Insights Manager.

Abbiamo esaminato con attenzione il tuo profilo che, pur essendo di valore, non risulta in linea con le esigenze attuali della posizione. Per questo motivo non proseguiremo con il tuo percorso di selezione.

Ti invitiamo a seguirci su [[LinkedIn]] e sul nostro [[sito Lavora con noi]].

Informativa privacy ai sensi degli artt. 13-14 del GDPR: i tuoi dati sono trattati da Gruppo Ferrantini S.p.A. per finalità di selezione del personale.""",
  ("", "", "Gruppo Ferrantini", "Customer Insights Manager"), vendor="workday", brand="Gruppo Ferrantini", variant="it-IT", headers=AUTO, html_only=True, cte="base64",
  notes="HTML-only base64; 'non in linea'"),
R("it-ticino-personio-sospesa", "role-cancelled", "it", "ats",
  "Banca Ceresio <noreply@jobs.personio.de>", "Posizione Marketing Lead - sospesa",
  """Buongiorno Sam,

ti scriviamo in merito alla tua candidatura per la posizione di Marketing Lead a Lugano.

Per motivi organizzativi la ricerca per questa posizione è stata sospesa a tempo indeterminato e il processo di selezione viene chiuso per tutti i candidati. Ci scusiamo per l'inconveniente.

Per domande: hr@bancaceresio.example

Cordiali saluti,
HR Banca Ceresio

--
Deutsch: Die Stelle wurde bis auf Weiteres gestoppt.""",
  ("hr@bancaceresio.example", "", "Banca Ceresio", "Marketing Lead"), vendor="personio", brand="Banca Ceresio", variant="it-CH", headers=AUTO,
  notes="Ticino; German footer line; role on hold indefinitely"),
R("it-join-non-abbastanza", "ats-automated", "it", "ats",
  "Officine Brenta via JOIN <noreply@join.example>", "La tua candidatura presso Officine Brenta",
  """Ciao Sam,

grazie per esserti candidato/a come Growth Marketing Manager presso Officine Brenta.

Abbiamo ricevuto molte candidature molto valide. Purtroppo il tuo profilo non corrisponde abbastanza a quello che cerchiamo, quindi non andremo avanti con la tua candidatura in questa occasione.

In bocca al lupo!
Chiara di Officine Brenta""",
  ("", "Chiara", "Officine Brenta", "Growth Marketing Manager"), vendor="join", brand="Officine Brenta", variant="it-IT", headers=AUTO,
  notes="no-reply ATS signed with a first name, no address"),
# ---------------- rejections, personal ----------------
R("it-hr-dopo-colloquio", "personal-after-interview", "it", "personal",
  "Francesca Lombardi <francesca.lombardi@pastificiosole.example>", "Colloquio Product Marketing Manager",
  """Gentile Sam,

la ringrazio ancora per il tempo che ci ha dedicato durante i colloqui per il ruolo di Product Marketing Manager.

Il confronto con lei è stato molto piacevole e il suo percorso professionale è sicuramente interessante. Tuttavia, dopo un'attenta riflessione, abbiamo deciso di proseguire con un altro candidato il cui profilo è più vicino alle nostre esigenze, in particolare per la conoscenza del canale GDO.

Le auguro ogni successo professionale.

Cordiali saluti,
Francesca Lombardi
HR Business Partner
Pastificio Sole S.p.A.
Tel. +39 051 555 2290""",
  ("francesca.lombardi@pastificiosole.example", "Francesca", "Pastificio Sole", "Product Marketing Manager"), variant="it-IT", notes="formal Lei"),
R("it-breve-whatsapp-stile", "terse", "it", "personal",
  "Luca Bianchi <luca@startupgrano.example>", "re: ruolo growth",
  """ciao Sam, scusa il ritardo. alla fine abbiamo preso un'altra persona per il ruolo growth. grazie mille comunque, sei stato super gentile
Luca - Grano""",
  ("luca@startupgrano.example", "Luca", "Grano", "growth"), variant="it-IT", notes="lowercase, no punctuation habits"),
R("it-agenzia-cliente", "agency-recruiter", "it", "personal",
  "Giulia Marchetti <g.marchetti@selezionadriatica.example>", "Aggiornamento ricerca Head of Digital",
  """Ciao Sam,

come promesso ti aggiorno sulla ricerca Head of Digital per il nostro cliente Cantine Valpiana.

Il cliente ha valutato la short list e ha scelto di andare avanti con due profili con un background più orientato all'e-commerce nel settore vino. Purtroppo quindi la tua candidatura non prosegue.

Mi è piaciuto molto conoscerti e ti terrò presente per le prossime ricerche: ne ho una in partenza a Milano che potrebbe fare al caso tuo, ti chiamo la settimana prossima.

Un saluto,
Giulia Marchetti
Senior Consultant | Seleziona Adriatica
+39 333 555 1847""",
  ("g.marchetti@selezionadriatica.example", "Giulia", "Cantine Valpiana", "Head of Digital"), variant="it-IT", notes="agency; mentions a new search too"),
R("it-risposta-ringraziamento-gmail", "personal-after-interview", "it", "personal",
  "Marco Ricci <marco.ricci@ottica-visus.example>", "Re: Grazie per il colloquio",
  """Ciao Sam,

grazie a te per il messaggio. Ti rispondo con franchezza: ci abbiamo pensato molto ma abbiamo deciso di non procedere con te per la posizione di E-commerce Manager. Il team ha preferito un profilo più operativo.

Resto a disposizione per un feedback telefonico se ti può essere utile.

Marco

Il giorno mer 4 nov 2026 alle ore 18:22 Sam Taylor <sam.taylor@example.org> ha scritto:
> Ciao Marco,
> grazie ancora per il colloquio di oggi, mi ha fatto molto piacere conoscere
> il team di Ottica Visus. Resto in attesa di vostre notizie.
> Sam""",
  ("marco.ricci@ottica-visus.example", "Marco", "Ottica Visus", "E-commerce Manager"), variant="it-IT", parent=True),
R("it-posizione-annullata-riorganizzazione", "role-cancelled", "it", "personal",
  "Alessandra Conti <alessandra.conti@editricemaestrale.example>", "Posizione Marketing Manager",
  """Buongiorno Sam,

purtroppo devo darle una notizia che non dipende dalla sua candidatura: a seguito della fusione con il gruppo Orizzonte, la direzione ha deciso di non coprire più la posizione di Marketing Manager, le cui attività confluiranno nel team del gruppo. La selezione è quindi annullata.

Mi dispiace molto, perché lei era tra i candidati finali.

Cordialmente,
Alessandra Conti
Responsabile del Personale, Editrice Maestrale""",
  ("alessandra.conti@editricemaestrale.example", "Alessandra", "Editrice Maestrale", "Marketing Manager"), variant="it-IT"),
R("it-inoltrato-da-referente", "personal-after-interview", "it", "personal",
  "Paolo Greco <paolo.greco@meccanicaserio.example>", "I: candidatura Sam Taylor - Insights Manager",
  """Ciao Sam,
ti giro la risposta dell'HR. Mi spiace, ci speravo.
Paolo

Inviato da Outlook per Android
________________________________
Da: Roberta Gallo <roberta.gallo@meccanicaserio.example>
Inviato: lunedì 23 novembre 2026 12:40
A: Paolo Greco <paolo.greco@meccanicaserio.example>
Oggetto: candidatura Sam Taylor - Insights Manager

Paolo, grazie per la segnalazione. Per la posizione di Insights Manager abbiamo già individuato il candidato e stiamo chiudendo l'offerta, quindi non possiamo considerare Sam. Puoi avvisarlo tu?
Roberta Gallo - HR Meccanica Serio""",
  ("paolo.greco@meccanicaserio.example", "Paolo", "Meccanica Serio", "Insights Manager"), variant="it-IT", notes="referrer forwards HR's no; company only in domain",
  ),
# ---------------- others, ATS ----------------
O("it-greenhouse-ricevuta", "ack-received", "it", "ats",
  "Dolomiti Outdoor <no-reply@us.greenhouse-mail.io>", "Abbiamo ricevuto la tua candidatura",
  """Ciao Sam,

grazie per la tua candidatura alla posizione di Product Marketing Lead. Il nostro team la esaminerà a breve.

Purtroppo, a causa dell'alto numero di candidature, potremmo non riuscire a rispondere a tutti: in caso di esito positivo ti contatteremo entro 30 giorni.

Il team Dolomiti Outdoor""",
  vendor="greenhouse", brand="Dolomiti Outdoor", variant="it-IT", headers=AUTO, notes="hedging acknowledgement"),
O("it-lever-test-online", "assessment", "it", "ats",
  "Sfera Pagamenti <no-reply@hire.lever.co>", "Prossimo step: case study",
  """Ciao Sam,

siamo felici di comunicarti che hai superato il primo colloquio per Growth Manager! Il prossimo step è un case study da svolgere a casa (circa 3 ore). Ti chiediamo di consegnarlo entro 7 giorni.

[[Scarica il case study]]

Il team People di Sfera Pagamenti""",
  vendor="lever", brand="Sfera Pagamenti", variant="it-IT", headers=AUTO, autotext=True),
O("it-linkedin-messaggio-recruiter", "recruiter-outreach", "it", "ats",
  "Federico Rinaldi tramite LinkedIn <messages-noreply@linkedin.example>", "Federico ti ha inviato un messaggio",
  """Federico Rinaldi
Talent Partner presso Nexum Consulting

"Ciao Sam, so che la posizione di cui avevamo parlato a settembre è stata chiusa, ma ho due nuove ricerche per ruoli di Head of Marketing a Milano e Bologna. Ti va di sentirci giovedì?"

[[Rispondi]]""",
  vendor="linkedin", brand="LinkedIn", variant="it-IT", headers=AUTO, notes="recruiter pitch; closed role mentioned"),
O("it-workday-trasferimento", "requisition-transfer", "it", "ats",
  "Gruppo Ferrantini <ferrantini@myworkday.com>", "La tua candidatura è stata spostata",
  """Gentile Sam,

la posizione di Trade Marketing Manager (REQ-4410) non è più disponibile. Considerato il tuo profilo, il recruiter ha spostato la tua candidatura sulla posizione di Category Marketing Manager (REQ-4502), ancora aperta. Non devi fare nulla: ti contatteremo per i prossimi passi.""",
  vendor="workday", brand="Gruppo Ferrantini", variant="it-IT", headers=AUTO),
O("it-paper-rifiutato", "non-job-rejection", "it", "ats",
  "Rivista Italiana di Comunicazione <editor@ric-journals.example>", "Decisione sul manoscritto RIC-2026-0193",
  """Gentile Dott. Taylor,

la ringraziamo per aver sottoposto il manoscritto "Misurare l'attenzione nei podcast" alla Rivista Italiana di Comunicazione. Sulla base dei pareri dei revisori, ci dispiace comunicarle che il lavoro non è stato accettato per la pubblicazione.

I commenti dei revisori sono disponibili nel [[sistema editoriale]].""",
  vendor="none", brand="RIC", variant="it-IT", headers=AUTO, notes="declined paper"),
O("it-newsletter-carriera", "newsletter", "it", "ats",
  "Carriere Smart <newsletter@carrieresmart.example>", "Come rispondere a un 'purtroppo non sei stato selezionato'",
  """Questa settimana nella newsletter:

- Come rispondere a una mail di rifiuto dopo un colloquio (con modello)
- 7 offerte di lavoro nel marketing a Milano
- Intervista: "Ho ricevuto 40 rifiuti prima di trovare il lavoro giusto"

[[Leggi tutto]]""",
  vendor="none", brand="Carriere Smart", variant="it-IT", headers=BULK, autotext=True),
# ---------------- others, personal ----------------
O("it-offerta-lettera", "offer", "it", "personal",
  "Silvia Moretti <silvia.moretti@lanificioalpe.example>", "Proposta di assunzione - Marketing Manager",
  """Ciao Sam,

sono felice di comunicarti che vorremmo offrirti la posizione di Marketing Manager in Lanificio Alpe! In allegato trovi la lettera con la RAL e i benefit. Ti chiediamo una risposta entro venerdì.

Purtroppo non possiamo venire incontro alla richiesta di full remote, ma possiamo offrire due giorni a settimana da casa.

Un abbraccio,
Silvia""",
  variant="it-IT", notes="offer with a 'purtroppo' about remote work"),
O("it-sam-risponde-offerta-declina", "owner-sent", "it", "personal",
  "Sam Taylor <sam.taylor@example.org>", "Re: Proposta - Senior Brand Manager",
  """Gentile Elena,

grazie di cuore per la proposta. Dopo averci riflettuto a lungo, ho deciso di non accettare: ho ricevuto un'altra offerta più vicina ai miei obiettivi. Spero di poter collaborare in futuro.

Cordiali saluti,
Sam Taylor

Il giorno ven 13 nov 2026, Elena Fabbri <elena.fabbri@laguna-spa.example> ha scritto:
> Caro Sam, siamo lieti di offrirti il ruolo di Senior Brand Manager.""",
  to="Elena Fabbri <elena.fabbri@laguna-spa.example>", variant="it-IT", parent=True, notes="Sam declines an offer"),
O("it-collega-no-hire", "owner-hiring", "it", "personal",
  "Davide Sartori <davide.sartori@example.org>", "Feedback candidato Bruno - Insights Analyst",
  """Sam,
per me Bruno è un no: bravo a parlare ma nell'esercizio su Excel si è bloccato. Se sei d'accordo gli mandiamo la mail di rifiuto standard.
D.""",
  variant="it-IT", notes="colleague on Sam's hiring panel"),
O("it-affitto-rifiutato", "non-job-rejection", "it", "personal",
  "Agenzia Casa Navigli <info@casanavigli.example>", "Appartamento via Vigevano 22",
  """Buongiorno Sam,

la proprietaria ci ha comunicato di non accettare la sua proposta di affitto per l'appartamento di via Vigevano 22: ha preferito un inquilino con garanzia bancaria. Ci dispiace.

Abbiamo però due bilocali simili in zona Porta Genova, le interessa vederli?

Agenzia Casa Navigli""",
  variant="it-IT"),
O("it-rinvio-colloquio", "reschedule", "it", "personal",
  "Stefano Colombo <stefano.colombo@orobica-tech.example>", "Colloquio di domani annullato - riprogrammiamo",
  """Ciao Sam,

purtroppo devo annullare il colloquio di domani per la posizione di Product Owner: il nostro CTO è malato. La tua candidatura resta assolutamente in corsa, ti propongo giovedì 26 alle 15:00. Ti va bene?

Stefano""",
  variant="it-IT", notes="interview cancelled, candidacy unaffected"),
O("it-ex-capo-consiglio", "personal", "it", "personal",
  "Roberto Esposito <roberto.esposito@posta.example>", "Come va la ricerca?",
  """Ciao Sam!

Ho saputo da Anna che ti hanno scartato da Vellutino. Peccato, ma secondo me non era il posto giusto per te. Ti va un caffè la prossima settimana? Conosco il direttore marketing di un'azienda a Bergamo che sta cercando.

Roberto""",
  variant="it-IT", notes="former manager mentions a rejection second-hand"),
]
