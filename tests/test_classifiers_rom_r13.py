"""Issue 11, round 13 (ROM): Spanish, Italian, Dutch and Portuguese, the mechanisms behind wave L's misses
(intl28), each in our own wording with its nearest opposite:

1. the documents as a group ("i curricula non selezionati resteranno archiviati", "los CV no seleccionados se
   conservan", "os currículos não selecionados ficam guardados") are a policy, not the reader's verdict;
2. an offer of feedback ("qualora desiderasse un riscontro più dettagliato") is a wish, not a hedge about what
   silence would mean: it does not sink a stated verdict beside it;
3. a role filled from inside with its title between ("coprire la posizione di Head of Brand internamente",
   "cubrir el puesto de Jefe de Marca internamente", "preencher a vaga de Gerente de Marca internamente");
4. the reader's own withdrawal confirmed with the role's title between ("dat je je sollicitatie voor de functie
   … hebt ingetrokken"), in the simple past ("retiraste tu candidatura") or with the subject unnamed ("que
   retirou a sua candidatura"): the reader's decision, not the employer's;
5. a negative condition on the reader's task whose consequence has two clauses joined by "and" ("si no completas
   la prueba a tiempo, el sistema cerrará tu postulación y no podremos continuar"): a deadline, not a verdict.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords


def verdict_of(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(ourwords.message(body, subject, headers)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


REJECTIONS = [
    # 2. a verdict stated, feedback offered on a wish
    "Gentile Sam,\n\nla ringrazio per i colloqui. Al termine del percorso abbiamo deciso di proseguire con una "
    "candidata che ha più esperienza nel settore bancario.\n\nQualora desiderasse un riscontro più puntuale, sono a "
    "disposizione per una telefonata.\n\nCordiali saluti,\nElena",
    "Buongiorno Sam,\n\ngrazie del tempo dedicato. Abbiamo scelto di procedere con un candidato che conosce già il "
    "mercato tedesco.\n\nSe gradisce un riscontro sul colloquio, mi scriva pure.\n\nUn saluto,\nPaolo",
    # 3. filled from inside, the title between
    "Ciao Sam,\n\nti aggiorno: l'azienda ha scelto di coprire la posizione di Responsabile Digitale internamente, "
    "con una persona del team. Mi spiace molto.\n\nA presto,\nLuca",
    "Hola Sam:\n\nte cuento que el cliente ha decidido cubrir el puesto de Jefe de Marca internamente. "
    "Lo siento mucho.\n\nUn abrazo,\nMarta",
    "Olá Sam,\n\ninfelizmente a empresa decidiu preencher a vaga de Gerente de Marca internamente, com uma pessoa "
    "da casa. Sinto muito.\n\nAbraço,\nRita",
]

NOT_REJECTIONS = [
    # 1. the documents as a group: an acknowledgement
    "Gentile Sam,\n\nabbiamo ricevuto la Sua candidatura per il ruolo di Analista. Dato l'alto numero di domande, "
    "non possiamo rispondere a tutti: i curricula non selezionati resteranno nel nostro archivio per un anno.\n\n"
    "Cordiali saluti,\nUfficio Personale",
    "Hola Sam:\n\nhemos recibido tu candidatura para el puesto de Analista. Dado el volumen, no podemos responder a "
    "todos: los CV no seleccionados se conservan en nuestra base de datos durante un año.\n\nSaludos,\nEquipo de Talento",
    "Olá Sam,\n\nrecebemos a sua candidatura para a vaga de Analista. Entraremos em contacto caso avance; os "
    "currículos não selecionados ficam guardados na nossa base durante um ano.\n\nCumprimentos,\nEquipa de RH",
    # 4. the reader's own withdrawal confirmed
    "Beste Sam,\n\nWe bevestigen dat je je sollicitatie voor de functie Data Analist (Utrecht) hebt ingetrokken. "
    "Je dossier is daarom afgesloten. Jammer dat je niet verder wilt, maar we begrijpen het.\n\nGroet,\nHR",
    "Hola Sam:\n\nconfirmamos que retiraste tu candidatura para el puesto de Analista. El proceso queda cerrado "
    "para ti y no seguiremos con tu candidatura. ¡Mucha suerte!\n\nEquipo de Selección",
    "Olá Sam,\n\nconfirmamos que retirou a sua candidatura à vaga de Analista. O processo fica encerrado e não "
    "daremos seguimento à candidatura.\n\nCumprimentos,\nRecursos Humanos",
    # 5. a deadline on the reader's task, its consequence in two clauses
    "Hola Sam:\n\n¡Pasas a la siguiente fase! Si no completas la prueba antes del viernes, el sistema archivará tu "
    "solicitud y no podremos continuar con tu proceso.\n\nSuerte,\nEquipo de Talento",
    "Ciao Sam,\n\nsei passato alla fase successiva. Se non completi il test entro venerdì, la piattaforma chiuderà "
    "la candidatura e non potremo proseguire con il processo.\n\nIn bocca al lupo,\nTalent Team",
    "Olá Sam,\n\nvocê avançou para a próxima etapa! Se não concluir o teste até sexta, o sistema encerra a "
    "inscrição e não poderemos continuar com o seu processo.\n\nBoa sorte,\nEquipe de Talentos",
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_a_verdict_stated_or_a_role_filled_from_inside_is_a_rejection(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, why(v)


@pytest.mark.parametrize("body", NOT_REJECTIONS)
def test_a_policy_a_withdrawal_confirmed_or_a_deadline_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, why(v)
