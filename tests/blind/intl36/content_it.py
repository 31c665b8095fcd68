"""Italian messages (Italy, Switzerland/Ticino): 8 rejections, 8 hard negatives."""

PRIVACY_IT = ("Informativa privacy ai sensi del Regolamento UE 2016/679 (GDPR): i tuoi dati sono trattati "
              "esclusivamente per finalità di selezione. Questa è una email generata automaticamente, "
              "ti preghiamo di non rispondere.")

MESSAGES = [
    # ---------------- rejections ----------------
    dict(slug="it-successfactors-esito", label="rejection", lang="it", style="ats", cat="ats-automated",
         frm=("Careers Lanterna Assicurazioni", "careers@successfactors.eu"), vendor="SAP SuccessFactors",
         company_logo="Lanterna Assicurazioni",
         subject="Esito della tua candidatura - Marketing Manager Prodotti Vita (Rif. 8841)",
         body="Gentile Sam Taylor,\n\nla ringraziamo per l'interesse dimostrato nei confronti di Lanterna "
              "Assicurazioni e per aver inviato la sua candidatura per la posizione Marketing Manager Prodotti Vita.\n\n"
              "Dopo un'attenta valutazione, la informiamo che il suo profilo non è stato selezionato per il "
              "proseguimento dell'iter di selezione.\n\n"
              "Conserveremo il suo CV nel nostro database per 24 mesi, salvo sua diversa indicazione.\n\n"
              "Cordiali saluti,\nDirezione Risorse Umane\nLanterna Assicurazioni S.p.A.",
         footer=PRIVACY_IT + "\n\nLanterna Assicurazioni S.p.A. – Sede legale: Via Balbi 10, Genova – Capitale sociale i.v.",
         reply_to="", first="", company="Lanterna Assicurazioni", role="Marketing Manager Prodotti Vita",
         tags="Italy; SuccessFactors; formal Lei; CV kept"),
    dict(slug="it-infojobs-non-idoneo", label="rejection", lang="it", style="ats", cat="job-board-relay",
         frm=("InfoJobs Italia", "noreply@infojobs-it.example"), vendor="InfoJobs Italia", company_logo="InfoJobs",
         subject="Aggiornamento candidatura: Brand Specialist",
         body="Ciao Sam,\n\nl'azienda Pastificio Corradi ha aggiornato lo stato della tua candidatura.\n\n"
              "Offerta: Brand Specialist – Parma\nStato: Non idoneo\n\n"
              "Cosa significa? L'azienda ha valutato il tuo CV e ha ritenuto che al momento non corrisponda ai "
              "requisiti dell'offerta.\n\nContinua a candidarti: abbiamo trovato 48 offerte simili per te.",
         footer="Ricevi questa email perché sei iscritto a InfoJobs Italia. Modifica le preferenze di notifica.",
         headers={"List-Unsubscribe": "<https://click.example/unsub/iji>", "Precedence": "bulk"},
         reply_to="", first="", company="Pastificio Corradi", role="Brand Specialist",
         tags="Italy; job-board status 'Non idoneo'; bulk headers"),
    dict(slug="it-ticino-personio-bilingue", label="rejection", lang="it", style="ats", cat="ats-automated",
         frm=("Vetta Logistica SA", "noreply@jobs.personio.de"), vendor="Personio", company_logo="Vetta Logistica",
         reply_to_hdr="Giulia Pedrazzini <hr@vettalogistica.example>",
         subject="La sua candidatura / Ihre Bewerbung – Product Owner Digital",
         body="Gentile Sam,\n\ngrazie per la sua candidatura come Product Owner Digital presso la nostra sede di Lugano.\n\n"
              "Abbiamo ricevuto molte candidature interessanti e la scelta non è stata facile. Purtroppo "
              "dobbiamo comunicarle che non potremo prendere in considerazione la sua candidatura in questa occasione.\n\n"
              "Per qualsiasi domanda può scrivere a hr@vettalogistica.example.\n\n"
              "Cordiali saluti\nGiulia Pedrazzini\nHR Business Partner\n\n"
              "— Deutsche Version —\n\nGuten Tag\n\nVielen Dank für Ihre Bewerbung als Product Owner Digital. "
              "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\n"
              "Freundliche Grüsse\nGiulia Pedrazzini",
         footer="Vetta Logistica SA · Via Cantonale 22 · 6900 Lugano · CHE-114.238.901",
         reply_to="hr@vettalogistica.example", first="Giulia", company="Vetta Logistica", role="Product Owner Digital",
         tags="Switzerland Ticino; Personio; Italian + German version; Reply-To HR address"),
    dict(slug="it-workday-requisizione-chiusa", label="rejection", lang="it", style="ats", cat="role-cancelled", fmt="html",
         frm=("Ferraresi Group Talent", "ferraresi@myworkday.com"), vendor="Workday", company_logo="Ferraresi Group",
         subject="Aggiornamento sulla posizione Head of Consumer Insights",
         body="Ciao Sam,\n\nti scriviamo in merito alla tua candidatura per Head of Consumer Insights (JR-55120).\n\n"
              "A seguito di una riorganizzazione interna, la posizione è stata chiusa e non verrà coperta. "
              "Il processo di selezione è quindi terminato per tutti i candidati.\n\n"
              "Puoi visualizzare lo stato aggiornato nel tuo profilo candidato: Stato – Posizione chiusa.\n\n"
              "Grazie per il tempo che ci hai dedicato.\nTalent Acquisition Team – Ferraresi Group",
         footer=PRIVACY_IT,
         reply_to="", first="", company="Ferraresi Group", role="Head of Consumer Insights",
         tags="Italy; Workday; HTML-only; requisition closed"),
    dict(slug="it-adecco-cliente-interno", label="rejection", lang="it", style="personal", cat="agency-recruiter",
         frm=("Federica Manca", "federica.manca@adecco-sel.example"),
         subject="Aggiornamento - Digital Marketing Manager (cliente Orobica Tessile)",
         body="Buongiorno Sam,\n\nle scrivo per darle un riscontro sul colloquio con Orobica Tessile. Il cliente mi "
              "ha appena comunicato che hanno deciso di coprire la posizione di Digital Marketing Manager con una "
              "risorsa interna, promossa dal team e-commerce.\n\nMi dispiace molto, il suo profilo era stato "
              "apprezzato. Resto a disposizione per altre opportunità.\n\nCordiali saluti\n\nFederica Manca\n"
              "Senior Recruiter – Adecco Selezione, Bergamo\nT. +39 035 221 4490",
         reply_to="federica.manca@adecco-sel.example", first="Federica", company="Orobica Tessile",
         role="Digital Marketing Manager", tags="Italy; agency relays client's internal hire"),
    dict(slug="it-hr-inoltra-responsabile", label="rejection", lang="it", style="personal", cat="hr-forwards-manager-note",
         frm=("Chiara Bellandi", "c.bellandi@fonderiadigitale.example"),
         subject="I: feedback colloquio Sam",
         body="Ciao Sam,\n\ncome promesso ti giro il feedback di Marco dopo il colloquio di giovedì. "
              "Mi spiace, per questa volta non si procede.\n\nUn caro saluto,\nChiara\nHR · Fonderia Digitale\n\n"
              "---------- Forwarded message ---------\nDa: Marco Tinti <m.tinti@fonderiadigitale.example>\n"
              "Data: lun 9 nov 2026 alle ore 17:02\nOggetto: feedback colloquio Sam\nA: Chiara Bellandi\n\n"
              "Chiara, colloquio piacevole. Sam ha fatto buone domande, ma sul pricing e sui funnel B2B è ancora "
              "acerbo per un ruolo da Growth Lead. Direi di non andare avanti. Ringrazialo tanto da parte mia.\nMarco",
         reply_to="c.bellandi@fonderiadigitale.example", first="Chiara", company="Fonderia Digitale", role="Growth Lead",
         headers={"Organization": "Fonderia Digitale"},
         tags="Italy; HR forwards the hiring manager's third-person note; verdict mostly in the forward"),
    dict(slug="it-responsabile-lunga", label="rejection", lang="it", style="personal", cat="personal-after-interview",
         frm=("Alessandro Greco", "alessandro.greco@terredimare.example"),
         subject="Grazie per il percorso di selezione",
         body="Caro Sam,\n\nvolevo scriverti di persona, perché il percorso con te è stato lungo e lo meritavi. "
              "Ho apprezzato molto il lavoro sul caso di Terre di Mare, soprattutto l'analisi del pubblico "
              "under 35 e l'idea del programma fedeltà; alcuni spunti li discuteremo comunque internamente.\n\n"
              "Dopo il confronto con il CEO abbiamo però scelto un altro candidato per il ruolo di Responsabile "
              "Marketing, con un'esperienza più lunga nella GDO. È stata una decisione difficile fino all'ultimo.\n\n"
              "Se ti capita di passare da Bari, il caffè lo offro io. E se apriamo qualcosa nel digitale l'anno "
              "prossimo ti chiamo sicuramente.\n\nUn abbraccio,\nAlessandro\n\n--\nAlessandro Greco\n"
              "Direttore Commerciale | Terre di Mare S.r.l.\n+39 080 552 1190",
         reply_to="alessandro.greco@terredimare.example", first="Alessandro", company="Terre di Mare",
         role="Responsabile Marketing", tags="Italy; long warm letter, verdict in the middle"),
    dict(slug="it-ticino-corto-gia-coperta", label="rejection", lang="it", style="personal", cat="terse",
         frm=("Nicola Bernasconi", "n.bernasconi@ceresio-media.example"),
         subject="R: Candidatura Content Strategist",
         body="Buongiorno Sam, la ringrazio. La posizione è già stata coperta la settimana scorsa. Cordiali saluti, N. Bernasconi\nCeresio Media SA, Lugano\n\n"
              "Inviato da Outlook per iOS",
         quote="Buongiorno, mi permetto di scrivere per sapere se la posizione di Content Strategist è ancora aperta. "
               "Ho inviato il mio CV il 2 ottobre.\nSam Taylor",
         reply_to="n.bernasconi@ceresio-media.example", first="Nicola", company="Ceresio Media", role="Content Strategist",
         tags="Switzerland Ticino; one-line answer to Sam's chaser; mobile Outlook"),
    # ---------------- other ----------------
    dict(slug="it-randstad-colloquio", label="other", lang="it", style="ats", cat="interview-invite",
         frm=("Randstad Italia", "noreply@randstad-it.example"), vendor="Randstad", company_logo="Randstad",
         subject="Sei stato selezionato per un colloquio - Trade Marketing Specialist",
         body="Ciao Sam,\n\nbuone notizie! Il tuo profilo è stato selezionato per un colloquio conoscitivo per "
              "la posizione Trade Marketing Specialist presso un nostro cliente del settore alimentare.\n\n"
              "Purtroppo non sono disponibili slot in presenza, il colloquio si terrà su Teams. "
              "Scegli uno slot dal link entro 48 ore, altrimenti la tua candidatura non potrà essere presa in considerazione.",
         footer=PRIVACY_IT + "\n\nRandstad Italia S.p.A. – Aut. Min. 1100-SG",
         tags="Italy; agency interview invitation with conditional negative"),
    dict(slug="it-ticino-pool-talenti", label="other", lang="it", style="ats", cat="talent-pool",
         frm=("Banca Verbano Careers", "talent@smartrecruiters.com"), vendor="SmartRecruiters", company_logo="Banca Verbano",
         subject="Unisciti alla nostra Talent Community",
         body="Ciao Sam,\n\ngrazie per aver visitato il portale carriere di Banca Verbano. Al momento non ci sono "
              "posizioni aperte che corrispondono alle tue preferenze (Marketing, Locarno).\n\n"
              "Iscriviti alla nostra Talent Community: ti avviseremo appena si apre una posizione adatta a te.",
         footer="Banca Verbano SA, Locarno. Puoi annullare l'iscrizione in qualsiasi momento.",
         headers={"List-Unsubscribe": "<https://click.example/unsub/bv>"},
         tags="Switzerland Ticino; talent community without a verdict"),
    dict(slug="it-inhire-offerta", label="other", lang="it", style="ats", cat="offer",
         frm=("Velluto Digital HR", "noreply@inrecruiting.example"), vendor="InRecruiting", company_logo="Velluto Digital",
         subject="Proposta di assunzione – Product Marketing Lead",
         body="Gentile Sam,\n\nsiamo lieti di comunicarti che, al termine del processo di selezione, abbiamo deciso "
              "di non proseguire con gli altri candidati: la nostra scelta è caduta su di te per la posizione di "
              "Product Marketing Lead.\n\nIn allegato trovi la proposta economica. Ti chiediamo una risposta entro "
              "venerdì 20 novembre; in mancanza di riscontro, la proposta si intenderà decaduta.",
         footer=PRIVACY_IT,
         tags="Italy; offer that mentions 'non proseguire' about other candidates"),
    dict(slug="it-carta-credito-rifiutata", label="other", lang="it", style="ats", cat="non-job-rejection",
         frm=("Banca Sestante", "avvisi@bancasestante.example"), vendor="Banca Sestante", company_logo="Banca Sestante",
         subject="Pagamento non autorizzato - carta **** 4471",
         body="Gentile cliente,\n\nil pagamento di 249,00 EUR presso MARKETINGWEEK MILANO è stato rifiutato per "
              "superamento del plafond mensile. La tua richiesta di aumento del limite non è stata accolta.\n\n"
              "Per assistenza chiama il numero verde.",
         footer="Banca Sestante S.p.A. – Non rispondere a questa email.",
         tags="Italy; declined card payment and limit request"),
    dict(slug="it-amico-scartato", label="other", lang="it", style="personal", cat="forwarded",
         frm=("Luca Ferri", "luca.ferri@posta-amici.example"),
         subject="Fwd: Esito selezione",
         body="Sam, guarda qui... mi hanno scartato pure da Lattemiele, dopo tre colloqui. Birra stasera?\n\nL.\n\n"
              "---------- Messaggio inoltrato ----------\nDa: Lattemiele Recruiting <jobs@lattemiele.example>\n"
              "Oggetto: Esito selezione\n\nGentile Luca, ti ringraziamo per la partecipazione. Purtroppo abbiamo "
              "scelto di proseguire con un altro candidato per la posizione di Category Manager.",
         tags="Italy; friend's own rejection forwarded"),
    dict(slug="it-risposta-ringraziamento", label="other", lang="it", style="personal", cat="reply-to-owner-followup",
         frm=("Sara Lombardi", "sara.lombardi@ventoalto.example"),
         subject="Re: Grazie - Brand Manager",
         body="Ciao Sam,\n\nfigurati, grazie a te per il bel messaggio! Restiamo in contatto, davvero: ti seguo "
              "su LinkedIn e ti segnalo se si libera qualcosa.\n\nSara",
         quote="Ciao Sara, grazie per avermi comunicato che avete scelto un altro candidato per Brand Manager. "
               "Mi ha fatto piacere conoscervi; se si aprisse un'altra posizione, tenetemi presente.\nSam",
         tags="Italy; recruiter answers Sam's thank-you; rejection only in quote"),
    dict(slug="it-rinvio-colloquio", label="other", lang="it", style="personal", cat="reschedule",
         frm=("Elena Conti", "elena.conti@maremmafood.example"),
         subject="Colloquio di domani annullato - nuova data",
         body="Ciao Sam,\n\nmi dispiace moltissimo ma devo annullare il colloquio di domani: il direttore è a casa "
              "con la febbre. La tua candidatura resta naturalmente in piedi, anzi sei tra i tre finalisti per "
              "Marketing Manager. Ti va bene martedì alle 15?\n\nElena\nMaremma Food – HR\n+39 0564 410 772",
         tags="Italy; interview cancelled and moved; still a finalist"),
    dict(slug="it-richiesta-referenze", label="other", lang="it", style="personal", cat="reference-request",
         frm=("Paolo Rizzi", "p.rizzi@nordest-energia.example"),
         subject="Referenze per la candidatura",
         body="Buongiorno Sam,\n\nsiamo arrivati alla fase finale per la posizione di Communications Manager e "
              "prima di chiudere vorremmo sentire due referenze. Purtroppo non abbiamo ricevuto i contatti "
              "indicati nel modulo. Può inviarmeli entro giovedì?\n\nGrazie e buona giornata\nPaolo Rizzi\n"
              "HR Manager, Nordest Energia",
         tags="Italy; reference request with 'purtroppo'"),
]
