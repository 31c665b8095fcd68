"""Spanish, Italian, Dutch and Portuguese, issue 11 round 8: the mechanisms behind wave G's misses (intl16),
each written in our own wording in every language where it was missing:

- an unsubscribe line ("si no quieres recibir más avisos…", "caso não queira mais receber e-mails…") is a wish,
  not a hedge that waits for news: it no longer reads as `xx-conditional-outcome`, and such a line is a footer
  (common.toml `[boilerplate]`), so it cannot sink a job board's or an ATS's stated verdict;
- a selection test not passed, in any word order ("dat u niet geslaagd bent voor het tweede onderdeel"), not
  "er niet in geslaagd" (not managed to);
- the reader's participation in the procedure ends here ("uw deelname eindigt hiermee", "tu participación en el
  proceso finaliza aquí"), not a procedure that ends on a date or with a test;
- an offer ("vorremmo offrirti la posizione") whose other finalist had to be turned down: the reader is chosen;
- an application moved "daar naartoe", to the new role that replaced the closed one;
- a public selection's result ("oposición", "concorso", "concurso"): found unfit ("NO APTO", "non idoneo",
  "inapto"), not ranked for the next stage ("no has sido clasificada", "não foi classificado(a)"), the reader's
  name not among those admitted; a "concorso" alone is a public competition for a job, not a contest or prize;
- a job board's relay names the application by its verb ("la oferta a la que te postulaste", "a vaga a que você se
  candidatou") or as "jouw kandidatuur": its bulk headers then do not outweigh the verdict, nor does a counter-rule
  that a negation cancelled ("no seguir adelante contigo");
- a flat or a room to rent names its tenant, landlord, lease or viewing ("el casero", "il locatore", "o senhorio",
  "de verhuurder", "la bezichtiging"): a non-job purpose (`xx-non-job`);
- a recruiter recalls the old role as filled or closed and brings ONE new role ("tengo una nueva posición que encaja",
  "surgiu uma nova oportunidade", "ik heb een nieuwe opdracht") or weighs the candidacy for it ("valutare la tua
  candidatura per la nuova posizione"): a pitch (`xx-new-role-pitch`), not "no tengo otra vacante para ti"; a
  NEW role, as in English: "tengo otro proceso que encaja" follows a verdict on the reader;
- the role not offered ("we kunnen je de functie niet aanbieden": `aanbieden` joins the nl progress cues), the
  process closed without the reader ("sin contar contigo", "sem seguir com você": no next step with them), and
  "nog geen aanbod" (not yet) is no verdict.
HARD negatives must stay negative; VERDICTS must be rejections."""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message

BULK = "Precedence: bulk\nList-Unsubscribe: <https://mail.jobboard.example/u/123>\nAuto-Submitted: auto-generated\n"

VERDICTS = [
    # a verdict above an unsubscribe line
    "Hola Sam,\n\nLa empresa ha decidido no seguir adelante con tu candidatura para el puesto de Analista.\n\nSi no quieres recibir más avisos sobre tus candidaturas, puedes darte de baja aquí.",
    "Olá Sam,\n\nInfelizmente você não foi aprovado(a) para a próxima fase do processo.\n\nCaso não deseje mais receber e-mails sobre esta vaga, clique aqui.",
    "Olá Sam,\n\nA empresa optou por não seguir com a sua candidatura para a vaga de Analista.\n\nSe não quiser mais receber notificações desta vaga, descadastre-se aqui.",
    "Ciao Sam,\n\npurtroppo la tua candidatura non è stata selezionata per la posizione di Analista.\n\nSe non vuoi più ricevere notizie sulle tue candidature, clicca qui.",
    "Hoi Sam,\n\nHelaas gaan we niet verder met je sollicitatie voor de functie van Analist.\n\nAls je geen berichten meer wilt ontvangen over je sollicitaties, klik dan hier.",
    # a selection test not passed
    "Geachte heer Taylor,\n\nWij delen u mee dat u niet geslaagd bent voor de schriftelijke proef van de selectieprocedure.",
    "Beste Sam,\n\nJe bent voor de online capaciteitentest van vorige week helaas niet geslaagd.",
    # the reader's participation ends here
    "Geachte heer Taylor,\n\nU nam deel aan de selectieprocedure voor Beleidsmedewerker. Uw deelname aan deze procedure eindigt hiermee.",
    "Hola Sam,\n\nGracias por participar. Lamentablemente, tu participación en este proceso de selección finaliza aquí.",
    "Gentile Sam,\n\ngrazie per aver partecipato. Purtroppo la sua partecipazione a questa selezione si conclude qui.",
    "Olá Sam,\n\nobrigado por participar. Infelizmente, a sua participação neste processo seletivo termina aqui.",
    # a public selection's result
    "Estimado Sr. Taylor:\n\nLe comunicamos que ha obtenido la calificación de NO APTO en el primer ejercicio del proceso selectivo.",
    "Estimada Sam:\n\nTras la entrevista, no has sido clasificada para la siguiente fase del proceso.",
    "Gentile Sam Taylor,\n\nla informiamo che non è risultato idoneo alla prova scritta del concorso.",
    "Gentile Sam,\n\nl'esito della prova scritta del concorso pubblico è: NON IDONEO.",
    "Gentile Sam,\n\nal termine della valutazione, il suo nominativo non rientra tra i candidati ammessi al colloquio.",
    "Prezado Sam,\n\nApós a análise curricular, você foi considerado inapto para a vaga do concurso.",
    "Prezado(a) Sam,\n\nSeu resultado na prova objetiva não atingiu a pontuação mínima, e você não foi classificado(a) para a próxima fase.",
    # a job rejection that names its role stays one beside a word about housing
    "Hola Sam, lamentablemente hemos elegido a otro candidato para el puesto de Analista. Sé que ya estabas mirando habitación en Madrid; lo siento mucho.",
    # a verdict on the reader with a new or other role mentioned, or none to offer, stays one
    "Oi Sam, o cliente decidiu não seguir com você para a posição de Gerente. Sinto muito! Te ligo semana que vem, tenho outro processo que combina com seu perfil.",
    "Hola Sam, lamentablemente no seguiremos adelante con tu candidatura. Si te interesa, tengo otra posición de Growth que podría encajar contigo.",
    "Ciao Sam, purtroppo abbiamo scelto un altro candidato per la posizione. Non ho un'altra posizione al momento, ma ti terrò presente.",
    "Hoi Sam, helaas hebben we gekozen voor een andere kandidaat. Ik heb op dit moment geen andere vacature voor je, maar ik houd je cv bij.",
    "Hola Sam, hemos decidido cubrir el puesto con otra persona. No tengo otra vacante ahora mismo para ti, lo siento.",
    # the role not offered; the process closed without the reader
    "Beste Sam, we kunnen je de functie helaas niet aanbieden.",
    "Hoi Sam, we hebben besloten je geen contract aan te bieden.",
    "Hola Sam, hemos cerrado el proceso sin contar contigo. Mucha suerte.",
    "Olá Sam, encerramos o processo sem seguir com você. Boa sorte!",
    # the role offered to the other finalist stays a verdict
    "Ciao Sam, purtroppo abbiamo offerto il ruolo all'altra candidata finalista.",
]

RELAYS = [
    # a job board's status notice: bulk headers, the verdict, an unsubscribe footer
    "Hola Sam,\n\nLa empresa ha actualizado el estado de tu candidatura.\n\nEstado: Descartado\n\nLa empresa ha decidido no continuar con tu candidatura. Hay más ofertas esperándote.\n\nSi no quieres recibir más notificaciones sobre tus candidaturas, date de baja aquí.",
    "Oi Sam,\n\nInfelizmente você não foi selecionado(a) para a próxima etapa do processo seletivo.\n\nDesejamos sucesso!\n\nCaso não queira mais receber e-mails deste processo, clique aqui.",
    # the application named by its verb or as "jouw kandidatuur", and a counter-rule a negation cancelled
    "Olá Sam,\n\nA Caju Pagamentos finalizou o processo seletivo para a vaga a que você se candidatou e você não foi selecionado(a) desta vez.\n\nVagas recomendadas para você:\n- Analista de Marketing",
    "Beste Sam,\n\nUpdate over jouw kandidatuur bij Stad Gent: de selectiecommissie heeft beslist om niet verder te gaan met jouw kandidatuur.\n\nBekijk andere vacatures",
    "Hola Sam,\n\nLa empresa ha revisado la oferta a la que te postulaste y ha decidido no seguir adelante contigo.\n\nMás ofertas para ti",
    "Ciao Sam,\n\nper la posizione per cui ti sei candidato, l'azienda ha scelto un altro candidato.\n\nAltre offerte per te",
]

ALERTS = [
    # a job board's digest: bulk headers, listings, no verdict on the reader
    "Olá Sam,\n\nNovas vagas para o seu currículo: Analista de Marketing na Caju, Coordenador de Growth na Norte. A vaga de Analista Sênior já foi preenchida.\n\nVer vagas",
    "Hola Sam,\n\nNuevas ofertas para ti: Marketing Manager en Norte Retail, Growth Lead en Sur Digital.\n\nDate de baja de estas notificaciones aquí.",
    "Hoi Sam,\n\nNieuwe vacatures die bij je passen: Marketeer bij Dijkstra Cloud.\n\nAfmelden voor deze alerts",
]

HARD = [
    # the hedge still counts, whatever the footer says
    "Hola Sam, gracias por tu candidatura. Si no tienes noticias nuestras en 15 días, considera que tu candidatura no ha sido seleccionada.\n\nSi no quieres recibir más correos, date de baja aquí.",
    # not managed to; passed
    "Beste Sam, helaas zijn we er niet in geslaagd u telefonisch te bereiken; kunt u ons terugbellen?",
    "Hoi Sam, we zijn er nog niet in geslaagd een datum te vinden voor je gesprek.",
    "Beste Sam, gefeliciteerd: je bent geslaagd voor het assessment en gaat door naar de laatste ronde.",
    # a procedure that ends on a date or with a test
    "Beste Sam, dank voor je sollicitatie. De selectieprocedure eindigt met een assessment op 12 mei.",
    "Hola Sam, gracias por tu candidatura. El proceso de selección finaliza el 30 de junio.",
    "Ciao Sam, grazie per la candidatura. La selezione si conclude entro fine mese, ti aggiorneremo.",
    "Olá Sam, obrigado pela candidatura. O processo seletivo termina no fim do mês e daremos retorno.",
    # moved to the role that replaced the closed one
    "Hoi Sam,\n\nDe vacature waarop je reageerde is gesloten. Je profiel past goed bij de nieuwe functie van Growth Lead, dus we hebben je sollicitatie daarnaartoe verplaatst. We bellen je deze week.",
    "Hoi Sam,\n\nDe vacature waarop je reageerde hebben we gesloten. We hebben je sollicitatie daar naartoe overgezet en bellen je deze week voor een gesprek.",
    # a public selection passed, a condition, a contest, a call
    "Estimado Sam:\n\nLe comunicamos que ha obtenido la calificación de APTO en el primer ejercicio; queda convocado al segundo.",
    "Hola Sam, te confirmamos que has sido clasificada para la siguiente fase; te escribiremos con la fecha.",
    "Prezado Sam, se você não for classificado para a próxima fase, avisaremos por e-mail.",
    "Prezado Sam,\n\nParabéns! Você foi classificado(a) para a próxima fase do concurso.",
    "Ciao Sam, abbiamo aperto un concorso fotografico per i dipendenti: non sei idoneo perché non sei dipendente, ma grazie!",
    "Ciao Sam, il bando del concorso per Funzionario è uscito: le domande si presentano entro il 30 maggio.",
    "Gentile Sam,\n\nla sua candidatura è stata ammessa alla prova orale della selezione, che si terrà il 12 maggio.",
    # a flat or a room: its tenant, landlord, lease or viewing, not a job
    "Hola Sam,\n\nGracias por visitar la habitación de la calle Toledo. Lamentablemente la propietaria ha elegido a otra persona y no podemos seguir adelante con tu solicitud. Te avisaremos si queda libre otra.",
    "Hola Sam, la agencia me confirma que el casero ha preferido otro perfil de inquilino con contrato indefinido; tu solicitud para el ático queda descartada.",
    "Ciao Sam,\n\ngrazie per aver visitato il bilocale in via Roma. Purtroppo il locatore ha scelto un altro candidato e non possiamo procedere con la tua richiesta.",
    "Olá Sam,\n\nObrigado pela visita ao T2 na Rua Augusta. Infelizmente o proprietário optou por outro candidato e não vamos avançar com a sua proposta de arrendamento.",
    "Hoi Sam,\n\nBedankt voor de bezichtiging van het appartement aan de Kerkstraat. Helaas heeft de verhuurder gekozen voor een andere kandidaat en gaan we niet verder met je inschrijving.",
    # the old role filled or closed, ONE new role pitched or the candidacy weighed for it
    "Hola Sam, te escribo porque la vacante de Analista a la que te postulaste ya se ha cubierto. Aun así, me gustaría presentarte una nueva posición de Growth en un cliente que encaja muy bien con tu perfil. ¿Tienes 15 minutos esta semana?",
    "Ciao Sam, la posizione di Analista è stata coperta internamente, però ho una nuova opportunità come Growth Lead che ti vedrei benissimo. Ti va una call giovedì?",
    "Olá Sam, a vaga de Analista foi preenchida, mas surgiu uma nova oportunidade de Growth Lead num cliente e lembrei de você. Podemos falar amanhã?",
    "Hoi Sam, de vacature van Analist is ingevuld, maar ik heb een nieuwe opdracht als Growth Lead die perfect bij je past. Heb je morgen tijd om te bellen?",
    "Hola Sam, el puesto de Analista se ha cerrado, pero el equipo quiere considerar tu candidatura para el nuevo puesto de Growth Lead, que acaba de abrirse. Te llamo mañana.",
    "Ciao Sam, la ricerca per Analista è stata chiusa, ma vorremmo valutare la tua candidatura per la nuova posizione di Growth Lead. Ti chiamo domani.",
    "Olá Sam, a vaga de Analista foi encerrada, mas gostaríamos de considerar a sua candidatura para a nova vaga de Growth Lead. Ligo amanhã.",
    "Hoi Sam, de vacature van Analist is gesloten, maar we willen je graag meenemen in de procedure voor de nieuwe functie van Growth Lead. Ik bel je morgen.",
    # going on with the reader; no offer YET
    "Hola Sam, queremos contar contigo. ¡Bienvenido al equipo!",
    "Olá Sam, vamos seguir com você para a etapa final!",
    "Hoi Sam, we hebben je nog geen aanbod kunnen doen omdat de budgetronde nog loopt; volgende week weten we meer.",
    # moved to another vacancy with other verbs, or with an adverb between ("migrada automaticamente")
    "Hola Sam,\n\nLa vacante de Analista se ha cerrado, pero hemos asociado tu candidatura a la vacante de Growth Analyst, que es muy parecida. No tienes que hacer nada.",
    "Olá Sam,\n\nA vaga de Analista foi encerrada, e sua candidatura foi migrada automaticamente para a vaga de Growth Analyst.",
    "Hoi Sam,\n\nDe vacature Analist is gesloten. Je sollicitatie is automatisch overgeheveld naar de vacature Growth Analyst.",
    # an offer; the other finalist turned down
    "Ciao Sam, siamo felici di offrirti il ruolo di Product Lead! Abbiamo dovuto dire di no all'altro finalista, sei la nostra prima scelta.",
    "Ciao Sam,\n\nvorremmo offrirti la posizione di Product Lead! Ti segnalo che abbiamo dovuto rifiutare l'altra candidata finalista.",
    "Hola Sam, nos encantaría ofrecerte el puesto de Product Lead. Hemos tenido que rechazar a la otra finalista: eres nuestra primera opción.",
    "Olá Sam, gostaríamos de te oferecer a vaga de Product Lead! Tivemos que recusar a outra finalista.",
    "Hoi Sam, we willen je de functie van Product Lead aanbieden! We hebben de andere finalist moeten afwijzen.",
]


@pytest.mark.parametrize("body", VERDICTS)
def test_verdict_is_a_rejection(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])


@pytest.mark.parametrize("body", RELAYS)
def test_relayed_verdict_with_bulk_headers_is_a_rejection(clf, body):
    verdict = clf.classify(parse_message(message(body, subject="Update", headers=BULK)))
    assert verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])


@pytest.mark.parametrize("body", ALERTS)
def test_job_alert_with_bulk_headers_stays_negative(clf, body):
    verdict = clf.classify(parse_message(message(body, subject="Vagas para você", headers=BULK)))
    assert not verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])


@pytest.mark.parametrize("body", HARD)
def test_hard_negative_stays_negative(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert not verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])
