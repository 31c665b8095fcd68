"""Spanish, Italian, Dutch and Portuguese, issue 11 round 9: the mechanisms behind wave H's misses (intl19),
each written in our own wording in every language where it was missing:

- the perfect tense of "going ahead" ("non siamo andati avanti con il tuo profilo", "no hemos seguido adelante con
  tu candidatura") is a verdict like the present ("non andiamo avanti");
- a group defined by what it lacks and its fate ("candidaturas com testes não realizados no prazo serão
  reprovadas e não poderão seguir") is a policy, not a verdict; a notice that the reader moved on to a stage or a
  test with a deadline ("você avançou para a etapa…", "você tem até 5 dias para concluir o teste") is a next step;
- a Dutch condition by inversion, the verb first ("heb je na drie weken niets gehoord, dan gaan we niet verder"):
  a hedge, not a verdict;
- an offer that hires the reader ("we willen je graag aannemen") whose other finalist was let go, referred to by
  a pronoun ("we gaan niet met hem verder"): a verdict on him, not on the reader;
- a note between others passed on by a recruiter in which the client goes on with a NAMED other person
  ("vamos avançar com a Juliana") is no next step with the reader; a decision to go on with someone named
  ("il cliente ha deciso di proseguire con la Giulia", "decidiu seguir com a Mariana") is another candidate
  chosen (`xx-named-other-chosen`), not "con Lei" / "con usted" nor the owner's own name;
- an offer that hires the reader ("nos gustaría contratarte", "poterti assumere", "temos o prazer de contratá-lo")
  and, after "but", the other finalist let go by a pronoun ("pero no seguimos con ella"): `xx-others-declined`;
- a stage reached with a deadline in every language (`xx-stage-reached`, only when no verdict counts: a rejection
  recalls the final round reached); an Italian stage reached with a deadline ("sei passato alla fase del test", "hai 5 giorni per completarlo"),
  a group defined by what it lacks ("le candidature con test non completati…"), and a hedge as an absolute
  clause ("senza nostre notizie, considera che…").
HARD negatives must stay negative; VERDICTS must be rejections."""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message

VERDICTS = [
    # the perfect of going ahead
    "Ciao Sam,\n\nscusa se ti rispondo solo ora: purtroppo non siamo andati avanti con la tua candidatura. Un saluto e buona fortuna!",
    "Buongiorno Sam,\n\nti confermo che alla fine non sono andata avanti con il tuo profilo per il ruolo di Brand Manager.",
    "Gentile Sam,\n\nla ringrazio del sollecito; purtroppo non siamo andati avanti con il suo profilo.",
    # the client decided to go on with someone else, named
    "Sam, boa tarde! Infelizmente não trago boas notícias: o cliente decidiu seguir com a Mariana, que tem mais vivência em varejo.",
    "Oi Sam, tudo bem? A diretoria optou por avançar com o Rui para a vaga de Coordenador. Sigo à disposição.",
    "Ciao Sam, ti aggiorno: il cliente ha deciso di proseguire con la Giulia, che ha più esperienza nel retail. Mi dispiace.",
    "Ciao Sam, alla fine hanno scelto di andare avanti con Marco per il ruolo di Brand Lead. Ti tengo presente per altro.",
    "Hola Sam, te cuento que el cliente ha decidido avanzar con Lucía, que tiene más recorrido en retail. Lo siento mucho.",
    # a stage reached, recalled before the verdict (the stage notice counts only when no verdict does)
    "Hola Sam,\n\nAunque has llegado a la fase final del proceso, hemos decidido seguir con otra candidata. Gracias por tu tiempo.",
    "Olá Sam,\n\nVocê passou para a etapa final, mas infelizmente a empresa optou por seguir com outro candidato.",
    "Ciao Sam,\n\nsei arrivato alla fase finale, ma purtroppo abbiamo scelto un altro candidato.",
    "Hoi Sam,\n\nJe bent door naar de laatste ronde gekomen, maar helaas hebben we voor een andere kandidaat gekozen.",
]

HARD = [
    # a test or stage reached, with a policy for those who miss the deadline
    "Olá, Sam!\n\nBoa notícia: você avançou para a etapa Estudo de Caso no processo seletivo para Analista de Marketing.\n\nVocê tem até 4 dias para concluir o estudo. Candidaturas com etapas não concluídas no prazo serão reprovadas e não poderão seguir no processo.\n\nBoa sorte!",
    "Olá Sam,\n\nParabéns, você passou para a fase de entrevistas com o time de Marketing! Em breve enviaremos as opções de horário.",
    "Oi Sam!\n\nVocê tem até sexta-feira para responder o questionário de perfil. Candidatos sem o questionário respondido não avançam no processo.",
    "Olá Sam,\n\nA sua inscrição foi recebida. Candidaturas sem carta de apresentação não serão analisadas nem poderão seguir para a entrevista.",
    "Hola Sam,\n\n¡Enhorabuena! Has avanzado a la fase de Prueba Técnica. Tienes 5 días para completar la prueba. Las candidaturas con pruebas no realizadas en plazo serán descartadas y no podrán continuar en el proceso.",
    "Hoi Sam,\n\nJe bent door naar de volgende ronde: de online assessment. Je hebt vijf dagen om de test te maken. Sollicitaties met een niet afgeronde test kunnen niet verder in de procedure.",
    # an acknowledgement that hedges by inversion
    "Hoi Sam,\n\nBedankt voor je sollicitatie! We bekijken alle reacties binnen twee weken. Heb je na een maand niets van ons gehoord, dan gaan we helaas niet verder met je sollicitatie.",
    "Beste Sam,\n\nWe hebben je cv ontvangen. Hoor je binnen drie weken niets, dan is je sollicitatie helaas niet doorgegaan.",
    "Beste Sam,\n\nDank voor je interesse. Ontvang je binnen tien werkdagen geen bericht, dan nemen we je sollicitatie niet verder mee.",
    # the reader chosen: formally addressed, or by name
    "Gentile Sam,\n\nabbiamo deciso di proseguire con Lei per il colloquio finale. Le invio gli orari disponibili.",
    "Hola Sam,\n\nhemos decidido avanzar con Usted a la entrevista final. ¿Qué día le viene bien?",
    "Olá Sam,\n\nDecidimos seguir com o Sam Taylor para a etapa final! Vamos marcar a conversa com a diretoria.",
    # a stage reached with a deadline and a policy for the late, in Italian; a hedge as an absolute clause
    "Ciao Sam,\n\nsei passato alla fase del test attitudinale per la posizione di Analista Marketing. Hai 5 giorni per completarlo: le candidature con test non completati entro i termini saranno escluse e non potranno proseguire.",
    "Ciao Sam,\n\ngrazie per la candidatura. Valutiamo tutti i profili entro dieci giorni; trascorse tre settimane senza nostre notizie, considera che non andremo avanti con la tua candidatura.",
    # an offer; the other finalist let go, named by a pronoun
    "Hola Sam,\n\n¡Buenas noticias! Nos gustaría contratarte como Brand Manager. Había otra finalista, pero ayer le comunicamos que no seguimos con ella. Te adjunto la oferta.",
    "Ciao Sam,\n\nsiamo felici di poterti assumere come Brand Manager! C'era un altro candidato in finale, ma ieri gli abbiamo comunicato che non proseguiamo con lui. In allegato trovi l'offerta.",
    "Olá Sam,\n\nTemos o prazer de contratá-lo como Gerente de Marca! Havia outro finalista, mas ontem avisamos que não vamos seguir com ele. Segue a proposta em anexo.",
    "Hoi Sam,\n\nGoed nieuws: we willen je graag aannemen als Brand Lead! Er was nog één andere finalist, maar we hebben hem gisteren laten weten dat we niet met hem verder gaan. Het contract zit in de bijlage.",
    "Beste Sam,\n\nWe nemen je graag aan als Growth Manager. Het was spannend: met de andere kandidaat, een oud-collega van ons, gaan we niet met haar verder. Zullen we morgen bellen?",
    "Hoi Sam,\n\nIk mag je laten weten dat we je graag willen aanstellen als Marketing Lead. De andere kandidaat hebben we laten weten dat we niet met hem verder gaan.",
]

FORWARDED_NAMED_OTHER = [
    # the client's note uses a pronoun for the reader: the owner's clause rule reads it, not nl-not-continue
    "Hoi Sam,\n\nHelaas geen goed nieuws, hieronder de reactie van de klant.\n\nGroet,\nPaula\n\n-----Oorspronkelijk bericht-----\nVan: Ruud de Wit <ruud@klant.example>\nVerzonden: dinsdag 17 november 2026 10:12\nAan: Paula Reis <paula@bureau.example>\nOnderwerp: Terugkoppeling kandidaten\n\nPaula, dank je. Over Sam: leuk gesprek, maar we gaan niet met hem verder, te weinig retailervaring. We gaan door met Marco naar de laatste ronde.\n\nGroet,\nRuud",
    # a recruiter forwards the client's note: the client goes on with a named other person, not with the reader
    "Sam, tudo bem?\n\nInfelizmente a notícia não é boa. Veja abaixo o retorno do cliente.\n\nAbraço,\nPaula\n\n-----Mensagem original-----\nDe: Ricardo Souza <ricardo@cliente.example>\nEnviada em: terça-feira, 17 de novembro de 2026 10:12\nPara: Paula Reis <paula@consultoria.example>\nAssunto: Retorno candidatos\n\nPaula, obrigado. Sobre o Sam: gostamos da conversa, mas não vamos seguir com ele, faltou experiência em varejo. Vamos seguir com o Marcos para a etapa final.\n\nAbs,\nRicardo",
]


@pytest.mark.parametrize("body", VERDICTS)
def test_verdict_is_a_rejection(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])


@pytest.mark.parametrize("body", HARD)
def test_hard_negative_stays_negative(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert not verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])


@pytest.mark.parametrize("body", FORWARDED_NAMED_OTHER)
def test_forwarded_note_going_on_with_a_named_other_is_a_rejection(clf, body):
    verdict = clf.classify(parse_message(message(body, subject="ENC: Retorno candidatos")))
    assert verdict.rejection, (verdict.score, [(h.id, h.score, h.evidence) for h in verdict.hits])
