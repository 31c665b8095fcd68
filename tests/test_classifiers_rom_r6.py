"""Message purposes that outweigh a refusal they recall, in Spanish, Italian, Dutch and Portuguese (issue 11,
round 6), the families English already had, each written in all four languages in our own wording:

- a role reopened (-6: the closure it recalls does not count; not "if the role reopens", not "we cannot
  reopen") and the reader's candidacy reactivated (-12: the message's purpose);
- a no that nearly happened ("casi no seguimos", "per poco non", "bijna afgewezen", "quase não"): a hedge in
  its clause, so the invitation that follows decides; a count ("tras casi dos meses") is no hedge;
- an interview moved or postponed (reschedule, not when negated: "decidimos no remarcar la entrevista y cerrar
  tu candidatura" stays a rejection), and an appointment that cannot go ahead as planned ("zoals gepland");
- the reader's own choice answered: another offer accepted, staying with the current employer (owner-decided),
  never the chosen candidate who accepted the employer's offer.
OTHERS are hard negatives that must stay negative; GUARDS hold the nearest real rejections."""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message

OTHERS = [
    'Hola Sam:\n\nTe escribo con buenas noticias: el puesto de Analista de Datos que se había cancelado se ha reabierto y tu candidatura vuelve a estar activa. ¿Podemos hablar el jueves?',
    'Hola Sam, la vacante se ha reabierto tras quedar desierta la contratación anterior. Hemos reactivado tu candidatura en la misma fase.',
    'Ciao Sam,\n\nla posizione di Product Designer, che avevamo sospeso, è stata riaperta e la tua candidatura è di nuovo attiva. Ti scriverò per fissare un colloquio.',
    'Ciao Sam, la selezione era stata chiusa ma la posizione è stata riaperta: abbiamo riattivato la tua candidatura.',
    'Hoi Sam,\n\nGoed nieuws: de vacature die we hadden stopgezet is heropend en je sollicitatie is weer actief. Zullen we volgende week bellen?',
    'Beste Sam, de functie was ingevuld, maar de kandidaat heeft zich teruggetrokken. De vacature staat weer open en we hebben je sollicitatie heropend.',
    'Olá Sam,\n\na vaga de Analista, que tinha sido cancelada, foi reaberta e a sua candidatura voltou a estar ativa. Podemos falar na quinta?',
    'Olá Sam, o processo foi encerrado, mas a vaga foi reaberta e reativamos a sua candidatura.',
    'Hola Sam, te confieso que casi no seguimos adelante con tu candidatura, pero el equipo insistió y nos gustaría invitarte a la entrevista final.',
    'Hola Sam, estuvimos a punto de descartar tu candidatura, pero queremos invitarte a la última entrevista el martes.',
    'Ciao Sam, per poco non abbiamo escluso la tua candidatura, ma il team ha insistito: vorremmo invitarti al colloquio finale.',
    "Ciao Sam, stavamo quasi per non proseguire con la tua candidatura, ma ti invitiamo all'ultimo colloquio.",
    'Hoi Sam, we hadden je sollicitatie bijna afgewezen, maar het team was enthousiast: we nodigen je graag uit voor het laatste gesprek.',
    'Beste Sam, het scheelde weinig of we waren niet met je verdergegaan, maar we willen je uitnodigen voor de finale ronde.',
    'Olá Sam, quase não avançamos com a sua candidatura, mas a equipa insistiu e gostaríamos de convidá-lo para a entrevista final.',
    'Olá Sam, por pouco não descartamos a sua candidatura, mas queremos convidá-la para a última entrevista.',
    'Hola Sam, lamentablemente la entrevista del jueves no podrá celebrarse como estaba previsto. ¿Te vendría bien el lunes a las 10:00?',
    'Hola Sam, tenemos que aplazar la entrevista porque la directora está de viaje. Te propongo el martes 14 a las 11:00.',
    'Ciao Sam, purtroppo il colloquio di domani non potrà svolgersi come previsto. Ti andrebbe bene lunedì alle 10?',
    'Ciao Sam, dobbiamo rinviare il colloquio: ti propongo martedì 14 alle 11.',
    'Hoi Sam, helaas kan het gesprek van donderdag niet doorgaan zoals gepland. Past maandag om 10:00 je ook?',
    'Beste Sam, we moeten het gesprek helaas verplaatsen. Kan je dinsdag de 14e om 11 uur?',
    'Olá Sam, infelizmente a entrevista de quinta não poderá realizar-se como previsto. Segunda às 10h funciona para si?',
    'Olá Sam, precisamos remarcar a entrevista: podemos fazer terça, dia 14, às 11h?',
    'Hola Sam, la vacante de Marketing se ha cerrado, pero tu entrevista para Ventas sigue en pie; solo tenemos que moverla al lunes a las 10:00.',
    'Hola Sam, gracias por avisarnos de que has aceptado otra oferta. Cerramos tu candidatura y te deseamos mucha suerte.',
    'Hola Sam, respetamos tu decisión de quedarte con tu empleador actual. Hemos archivado tu candidatura.',
    "Ciao Sam, grazie per averci comunicato che hai accettato un'altra offerta. Chiudiamo la tua candidatura, in bocca al lupo!",
    'Ciao Sam, rispettiamo la tua decisione di rimanere presso il tuo attuale datore di lavoro; archiviamo la candidatura.',
    'Hoi Sam, bedankt dat je ons liet weten dat je een ander aanbod hebt aangenomen. We sluiten je sollicitatie af. Succes!',
    'Beste Sam, we respecteren je besluit om bij je huidige werkgever te blijven. We hebben je sollicitatie gearchiveerd.',
    'Olá Sam, obrigado por nos informar que aceitou outra proposta. Encerramos a sua candidatura e desejamos-lhe sucesso.',
    'Olá Sam, respeitamos a sua decisão de permanecer no seu atual empregador. Arquivámos a sua candidatura.',
    'Hola Sam, el puesto de Analista se ha reabierto. ¿Sigues interesado? Podemos hablar esta semana.',
    'Ciao Sam, la posizione è stata riaperta dopo la pausa estiva. Sei ancora interessato?',
    'Hoi Sam, de functie waarvoor je solliciteerde was ingevuld, maar de vacature is heropend. Heb je nog interesse?',
    'Olá Sam, a vaga que tinha sido encerrada foi reaberta. Ainda tem interesse?',
    "Ciao Sam, ti invitiamo all'ultimo colloquio con il direttore giovedì alle 15.",
    'Hola Sam, la búsqueda se había pausado, pero ya está activa de nuevo y tu candidatura sigue vigente. ¿Hablamos?',
    'Hoi Sam, de vacature was even on hold gezet, maar is weer open. We willen graag verder met je in gesprek.',
    'Olá Sam, o processo tinha sido suspenso, mas foi retomado e a sua candidatura continua ativa.',
    'Ciao Sam, la selezione era stata sospesa ma è ripresa: la tua candidatura è di nuovo in valutazione.',
    'Hola Sam, entendemos que has decidido aceptar una oferta de otra empresa. Hemos cerrado tu candidatura. ¡Mucho éxito!',
    'Hoi Sam, jammer dat je hebt besloten bij je huidige werkgever te blijven. We sluiten je sollicitatie.',
    'Ciao Sam, ci dispiace che tu abbia deciso di restare nella tua azienda attuale. Chiudiamo la candidatura.',
    'Olá Sam, lamentamos que tenha decidido ficar na sua empresa atual. Encerramos o processo.',
    'Hola Sam, por un imprevisto no podemos mantener la entrevista de mañana. ¿Podríamos pasarla al jueves a la misma hora?',
    'Hoi Sam, door ziekte moet ons gesprek van morgen helaas worden uitgesteld. Ik stuur je nieuwe tijden.',
    'Olá Sam, a entrevista de amanhã foi adiada para a próxima semana; enviaremos novos horários.',
    'Ciao Sam, il colloquio di domani è stato rinviato a lunedì per un imprevisto del responsabile.',
]

GUARDS = [
    ('R', 'Hola Sam, la vacante se volvió a publicar y ya la hemos cubierto con otra persona. Gracias por tu interés.'),
    ('R', "Ciao Sam, la posizione è stata ripubblicata e l'abbiamo già coperta con un altro candidato. Grazie."),
    ('R', 'Hoi Sam, de vacature is opnieuw opengesteld en inmiddels ingevuld door een andere kandidaat. Bedankt voor je interesse.'),
    ('R', 'Olá Sam, a vaga foi republicada e já a preenchemos com outro candidato. Obrigado pelo interesse.'),
    ('R', 'Hola Sam, no podemos reabrir tu candidatura: el puesto ya está cubierto.'),
    ('R', 'Hola Sam, fue una decisión muy reñida, pero no seguiremos adelante con tu candidatura.'),
    ('R', 'Ciao Sam, è stata una decisione difficile, ma non proseguiremo con la tua candidatura.'),
    ('R', 'Hoi Sam, het was een nipte beslissing, maar we gaan niet verder met je sollicitatie.'),
    ('R', 'Olá Sam, foi uma decisão difícil, mas não vamos avançar com a sua candidatura.'),
    ('R', 'Hola Sam, hemos decidido no reprogramar la entrevista y cerrar tu candidatura. Gracias.'),
    ('R', 'Ciao Sam, abbiamo deciso di non riprogrammare il colloquio e di chiudere la tua candidatura.'),
    ('R', 'Hoi Sam, we hebben besloten het gesprek niet te verzetten en je sollicitatie af te sluiten.'),
    ('R', 'Olá Sam, decidimos não remarcar a entrevista e encerrar a sua candidatura.'),
    ('R', 'Hola Sam, el candidato elegido ha aceptado nuestra oferta, así que no seguiremos con tu candidatura.'),
    ('R', 'Ciao Sam, abbiamo deciso di proseguire con un altro candidato che ha accettato la nostra offerta.'),
    ('R', 'Hoi Sam, een andere kandidaat heeft ons aanbod aangenomen, dus we gaan niet verder met je sollicitatie.'),
    ('R', 'Olá Sam, outro candidato aceitou a nossa proposta, por isso não vamos avançar com a sua candidatura.'),
    ('R', 'Hola Sam, tras casi dos meses de proceso hemos decidido no seguir adelante con tu candidatura.'),
    ('R', 'Ciao Sam, dopo quasi due mesi abbiamo deciso di non proseguire con la tua candidatura.'),
    ('R', 'Hoi Sam, na bijna twee maanden hebben we besloten niet verder te gaan met je sollicitatie.'),
    ('R', 'Olá Sam, após quase dois meses decidimos não avançar com a sua candidatura.'),
    ('R', 'Hola Sam, hemos decidido no seguir adelante con tu candidatura. Si el puesto se reabre, te avisaremos.'),
    ('R', 'Hoi Sam, helaas gaan we niet verder met je sollicitatie. Mocht de vacature weer open gaan, dan laten we het weten.'),
    ('R', 'Ciao Sam, non proseguiremo con la tua candidatura. Se la posizione dovesse essere riaperta ti contatteremo.'),
    ('R', 'Olá Sam, não vamos avançar com a sua candidatura. Caso a vaga seja reaberta, entraremos em contacto.'),
    ('R', 'Hola Sam, no seguiremos adelante con tu candidatura. Si quieres, podemos tener una llamada el lunes para darte feedback.'),
    ('R', 'Hoi Sam, we gaan niet verder met je sollicitatie. Als je wilt kunnen we maandag een feedbackgesprek inplannen.'),
    ('R', 'Ciao Sam, abbiamo deciso di non proseguire. Comprendiamo la delusione; il candidato scelto ha accettato la nostra offerta.'),
    ('R', 'Olá Sam, a vaga foi preenchida por um candidato interno. Respeitamos o seu interesse e desejamos-lhe sucesso.'),
    ('R', 'Hoi Sam, we hebben de vacature heropend en ingevuld met een interne kandidaat. Je sollicitatie wordt afgesloten.'),
    # still active in a talent pool is no candidacy reactivated
    ('R', 'Hola Sam, lamentamos informarte que hemos decidido no continuar con tu candidatura. Respetamos tu tiempo y tu interés.'),
    ('R', 'Hoi Sam, je hebt een sterke indruk gemaakt, maar we hebben gekozen voor een kandidaat met meer ervaring.'),
    ('R', 'Olá Sam, agradecemos a sua candidatura. Infelizmente, optámos por outro candidato.'),
    ('R', 'Ciao Sam, dopo il colloquio abbiamo deciso di non proseguire. Rispettiamo il tuo percorso e ti auguriamo il meglio.'),
    ('R', 'Hola Sam, la entrevista final ya no es necesaria: hemos cubierto el puesto con otra persona.'),
    ('R', 'Hola Sam, no seguiremos adelante con tu candidatura. Tu candidatura sigue activa en nuestra base de datos para futuras vacantes.'),
    ('R', 'Ciao Sam, non proseguiremo con la tua candidatura. La tua candidatura è attiva nel nostro database per future opportunità.'),
    ('R', 'Hoi Sam, we gaan niet verder met je sollicitatie. Je sollicitatie blijft actief in onze database.'),
    ('R', 'Olá Sam, não vamos avançar com a sua candidatura. A sua candidatura continua ativa no nosso banco de talentos.'),
    ('R', 'Hoi Sam, we gaan niet verder met je sollicitatie. Je profiel blijft weer zes maanden in onze database.'),
    # a postponement recalled before a verdict, a choice that nearly fell on the reader, a role reopened and then filled
    ('R', 'Hola Sam, tras aplazar la entrevista varias veces, hemos decidido no seguir adelante con tu candidatura.'),
    ('R', 'Ciao Sam, dopo aver rinviato il colloquio, il cliente ha deciso di non proseguire con la tua candidatura.'),
    ('R', 'Hoi Sam, nadat we het gesprek hadden verplaatst, heeft de klant besloten niet verder te gaan met je sollicitatie.'),
    ('R', 'Olá Sam, depois de adiar a entrevista, o cliente decidiu não avançar com a sua candidatura.'),
    ('R', 'Hola Sam, casi te elegimos, pero al final nos hemos decidido por otra persona.'),
    ('R', 'Ciao Sam, eri quasi la nostra scelta, ma alla fine abbiamo scelto un altro candidato.'),
    ('R', 'Hoi Sam, je was bijna onze keuze, maar uiteindelijk hebben we voor een andere kandidaat gekozen.'),
    ('R', 'Olá Sam, quase a escolhemos, mas no final optámos por outra pessoa.'),
    ('R', 'Hoi Sam, het spijt me, maar het gesprek van vrijdag gaat niet door: de vacature is ingevuld.'),
    ('R', 'Ciao Sam, la posizione è stata riaperta e poi assegnata a un candidato interno; non proseguiremo con la tua candidatura.'),
    # a third person's choice is no owner's decision; a reopening in a condition is no news
    ('R', 'Olá Sam, a equipe optou por seguir com outra pessoa para a vaga. Obrigado pelo seu tempo!'),
    ('R', 'Hola Sam, la vacante ha sido cancelada y tu proceso termina aquí. Si más adelante reabrimos la posición, te escribiremos.'),
    ('R', "Ciao Sam, crediamo che il candidato scelto abbia accettato un'altra offerta, ma abbiamo deciso di non proseguire con la tua candidatura."),
]


@pytest.mark.parametrize("body", OTHERS)
def test_purpose_outweighs_the_refusal_it_recalls(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert not verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])


@pytest.mark.parametrize("label,body", GUARDS)
def test_guard_next_to_the_new_cues(clf, label, body):
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection == (label == "R"), (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])


# each family's own mechanism, seen in the evidence (a verdict right before this pass by luck — an invitation
# outweighing a counted refusal, a bare bad-news cue — is not the mechanism)
PURPOSES = [
    ("reopened", "Ciao Sam, la posizione è stata riaperta dopo la pausa estiva. Sei ancora interessato?"),
    ("reopened", "Hoi Sam, de functie waarvoor je solliciteerde was ingevuld, maar de vacature is heropend. Heb je nog interesse?"),
    ("reactivated", "Olá Sam, a vaga de Produto, que tinha sido suspensa, foi reaberta e a sua candidatura voltou a estar ativa."),
    ("reactivated", "Ciao Sam, abbiamo riattivato la tua candidatura: il ruolo è di nuovo aperto."),
    ("reactivated", "Hola Sam, hemos reactivado tu candidatura en la misma fase del proceso."),
    ("nearly", "Hola Sam, te confieso que casi no seguimos adelante con tu candidatura, pero al final te esperamos en la entrevista final."),
    ("nearly", "Olá Sam, quase não avançamos com a sua candidatura, mas a equipa insistiu e gostaríamos de convidá-lo para a entrevista final."),
    ("nearly", "Ciao Sam, stavamo quasi per non proseguire con la tua candidatura, ma ti aspettiamo all'ultimo colloquio."),
    ("reschedule", "Hola Sam, tenemos que aplazar la entrevista porque la directora está de viaje. Te propongo el martes 14 a las 11:00."),
    ("reschedule", "Ciao Sam, dobbiamo rinviare il colloquio: ti propongo martedì 14 alle 11."),
    ("reschedule", "Beste Sam, we moeten het gesprek helaas verplaatsen. Kan je dinsdag de 14e om 11 uur?"),
    ("reschedule", "Olá Sam, precisamos remarcar a entrevista: podemos fazer terça, dia 14, às 11h?"),
    ("owner-decided", "Ciao Sam, rispettiamo la tua decisione di rimanere presso il tuo attuale datore di lavoro; archiviamo la candidatura."),
    ("owner-decided", "Olá Sam, respeitamos a sua decisão de permanecer no seu atual empregador. Arquivámos a sua candidatura."),
]


@pytest.mark.parametrize("family,body", PURPOSES)
def test_the_family_mechanism_decides(clf, family, body):
    verdict = clf.classify(parse_message(message(body)))
    hits = [(h.id, h.score) for h in verdict.hits if h.score]
    assert not verdict.rejection, (verdict.score, hits)
    if family == "nearly":  # the refusal nearly made sits in a hedged clause: it is not counted
        assert all(score < 3 for _, score in hits), hits
    else:
        assert any(rule.endswith("-" + family) for rule, _ in hits), hits
