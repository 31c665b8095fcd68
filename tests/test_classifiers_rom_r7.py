"""Spanish, Italian, Dutch and Portuguese, issue 11 round 7: families behind the misses of blind waves E and F,
each written in our own wording in every language where the mechanism was missing:

- a rejection denied in so many words ("het is geen afwijzing"): the noun with "geen" is no verdict;
- either outcome announced ("of we wel of niet verder gaan", "al dan niet"): a hedge in its clause;
- a policy whose relative clause ends in a comma before the main clause ("Kandidaten die de test niet
  afronden, kunnen we niet meenemen"), and a negative condition the same way ("Als je de test niet maakt, kunnen
  we je niet meenemen", "Si no completas…, no podremos…"): the guard reaches the main clause; "niet iedereen";
- the role filled with someone ("de functie in te vullen met een interne kandidaat"): another candidate chosen;
- the party chosen is a tenant, buyer, bidder or supplier, or the application is for a grant
  (`xx-non-job-object`): a flat, a purchase or a funding call, not a job.
HARD negatives must stay negative; VERDICTS must stay rejections."""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message

HARD = [
    # rejection denied
    "Hoi Sam,\n\nWe willen graag je referenties bellen voor de functie van Teamlead Data. Dat is geen afwijzing, gewoon de laatste stap. Mag dat?",
    # either outcome announced
    "Beste Sam,\n\nDank voor je sollicitatie als Financieel Analist. Na 12 januari laten we je weten of we wel of niet verder gaan met je kandidatuur.",
    "Hoi Sam, we hebben je cv ontvangen. Binnen drie weken hoor je of we je al dan niet uitnodigen voor een gesprek.",
    # a policy with its main clause after the comma
    "Hoi Sam,\n\nJe bent door naar de volgende ronde! Maak de programmeeropdracht binnen een week. Sollicitanten die de opdracht niet op tijd inleveren, kunnen we helaas niet verder meenemen in de procedure.",
    # tenant, buyer, grant: another party chosen and "not going on" both said, about a flat, a house, a grant
    "Beste Sam, helaas moeten wij u laten weten dat de eigenaar heeft gekozen voor een andere kandidaat-huurder en dat we niet verder gaan met uw aanvraag voor de woning.",
    "Beste heer Taylor, de verkoper heeft gekozen voor een andere koper en gaat niet verder met uw bod.",
    "Ciao Sam, purtroppo il proprietario ha scelto un altro candidato per l'appartamento e non procederemo con la tua richiesta.",
    "Olá Sam, infelizmente o senhorio escolheu outro candidato para o apartamento e não vamos avançar com a sua proposta.",
    "Hola Sam, lo siento: hemos seleccionado a otro inquilino y la solicitud queda descartada.",
    "Exmo. Senhor Sam Taylor,\n\nInformamos que a candidatura da sua entidade candidata ao Programa de Apoio à Edição não foi aprovada. Pontuação inferior ao limiar mínimo.",
    # either outcome announced, and a policy with its main clause after the comma, in the other languages
    "Olá Sam, obrigado pela candidatura. Em duas semanas informamos se vamos ou não avançar com a sua candidatura.",
    "Ciao Sam, sei passato alla fase successiva! I candidati che non completano il test entro cinque giorni, non potranno proseguire nella selezione.",
    "Olá Sam, passou para a fase seguinte! Os candidatos que não concluírem o teste em cinco dias, não poderão avançar no processo.",
    "Hola Sam, gracias por postularte. Los candidatos que no envíen la prueba antes del viernes, no podrán continuar en el proceso.",
    # a negative condition whose consequence follows the comma, the verb first
    "Hoi Sam, je mag door naar de casusronde. Als je de uitwerking niet voor vrijdag instuurt, kunnen we je helaas niet verder meenemen.",
    "Hola Sam, ¡pasas a la fase técnica! Si no nos mandas el ejercicio antes del lunes, no podremos seguir adelante con tu candidatura.",
    "Ciao Sam, sei passato alla fase tecnica! Se non ci invii l'esercizio entro lunedì, non potremo proseguire con la tua candidatura.",
    "Olá Sam, passou à fase técnica! Se não enviar o exercício até segunda, não poderemos avançar com a sua candidatura.",
    # not everyone invited: a policy in an acknowledgement
    "Beste Sam, dank je voor je sollicitatie. Helaas kunnen we niet iedereen uitnodigen voor een gesprek; binnen twee weken hoor je meer.",
    # a room let to someone else
    "Hoi Sam, fijn dat je langskwam voor de kamer in de Nieuwstraat. Helaas heeft de huisbaas gekozen voor een andere kandidaat.",
]

VERDICTS = [
    "Beste Sam,\n\nBedankt voor de gesprekken. We hebben besloten de functie van Teamlead in te vullen met een externe kandidaat met meer ervaring in de sector.",
    "Hoi Sam, helaas: na het laatste gesprek hebben we de vacature ingevuld met een interne kandidaat.",
    "Beste Sam, helaas krijg je van ons een afwijzing voor de functie van Product Owner.",
    "Hoi Sam, je hebt de assessment helaas niet gehaald, dus we gaan niet verder met je sollicitatie.",
    "Hola Sam, lamentablemente hemos elegido a otro candidato para el puesto de Analista.",
    "Ciao Sam, purtroppo abbiamo scelto un altro candidato per la posizione di Analista.",
    "Olá Sam, infelizmente escolhemos outro candidato para a vaga de Analista.",
    "Beste Sam, we hebben gekozen voor een andere kandidaat. Wie niet geselecteerd is, krijgt van ons deze mail.",
    "Wij hebben beslist om de vacature van Hoofd Marketing in te vullen met een interne kandidaat. Bedankt voor uw tijd, Sam.",
    "Hola Sam, lamentablemente no seguiremos adelante con tu candidatura. Gracias por tu tiempo.",
    "Beste Sam, als gevolg van de reorganisatie, gaan we helaas niet verder met je sollicitatie.",
    "Olá Sam, se me permite a franqueza, não vamos avançar com a sua candidatura.",
    "Hola Sam, si te soy sincero, no seguiremos adelante con tu candidatura, lo siento.",
    "Ciao Sam, purtroppo non proseguiremo con la tua candidatura: abbiamo scelto profili con più esperienza.",
    "Olá Sam, infelizmente não vamos avançar com a sua candidatura. Obrigado pelo seu tempo.",
    "Beste Sam, helaas hebben we gekozen voor een andere kandidaat voor de functie en gaan we niet verder met je sollicitatie.",
]


@pytest.mark.parametrize("body", HARD)
def test_hard_negative_stays_negative(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert not verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])


@pytest.mark.parametrize("body", VERDICTS)
def test_verdict_stays_a_rejection(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])


# a buyer is also a job title: another buyer hired for the buyer role stays a verdict
BUYER = [
    "Hola Sam, gracias por tu interés en el puesto de Comprador Senior. Lamentablemente hemos seleccionado a otro comprador con más experiencia en el sector.",
    "Olá Sam, obrigado pelo interesse na vaga de Comprador. Infelizmente escolhemos outro comprador com mais experiência e não vamos avançar com a sua candidatura.",
]


@pytest.mark.parametrize("body", BUYER)
def test_a_buyer_hired_for_a_buyer_role_stays_a_rejection(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])
