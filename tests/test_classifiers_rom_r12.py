"""Issue 11, round 12 (ROM): Spanish, Italian, Dutch and Portuguese, each family with its nearest hard negatives.

1. A public body's selection procedure suspended, annulled or void ("ha quedado suspendido", "dejar sin efecto",
   "il concorso è stato annullato", "de werving is opgeschort", "o concurso ficou sem efeito"): the procedure
   nouns (procedimiento / convocatoria / concurso for a post, procedura / bando / concorso per, procedimento /
   concurso para) are the role, and a long public post's name ("Técnico/a de Promoción y Marketing (Expte. …)")
   stays one clause: a linking word between two capitalised words is part of the title. An interview suspended
   for that role, the application deadline passed, a photo contest called off stay no verdict.
2. European and African Portuguese spelling ("seleccionado", "selecção") and the formal "V. Exa.".
3. Another candidate gone for ("gaat voor een interne kandidaat") is a rejection; the other candidate only as the
   alternative the reader is still weighed against ("twijfelen nog tussen jou en een andere kandidaat") is not.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords


def verdict_of(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(ourwords.message(body, subject, headers)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


# -- 1. a public selection procedure suspended, annulled or void ----------------------------------------------

SUSPENDED = [
    "Estimado/a Sam Taylor:\n\nLe comunico que el procedimiento de selección para la contratación interina de un/a "
    "Técnico/a de Comunicación y Relaciones Institucionales (Expte. PER/2026/31) ha quedado suspendido por "
    "acuerdo de la Junta de Gobierno.\n\nAtentamente,",
    "Hola Sam, la empresa ha decidido dejar sin efecto la búsqueda de Responsable de Growth. Sentimos no tener mejores "
    "noticias.",
    "Estimada Sam:\n\nLe informamos de que la convocatoria ha quedado sin efecto por resolución de la Alcaldía.",
    "Gentile Sam,\n\nil concorso per Addetto Stampa e Relazioni Esterne è stato annullato con determina del "
    "Direttore Generale.",
    "Gentile Sam, la selezione per la posizione di Brand Manager è stata revocata dalla direzione.",
    "Beste Sam,\n\nDe werving voor de rol van Brand Lead is opgeschort tot nader order.",
    "Exmo. Senhor Sam Taylor,\n\ninformamos que o concurso para o cargo de Director de Comunicação e Imagem ficou sem "
    "efeito por deliberação do Conselho de Administração.",
    "Caro Sam, o procedimento concursal para Técnico Superior de Marketing foi anulado por despacho da Direcção.",
    "Estimado Sam, el proceso de selección para el puesto de Analista de Datos queda en suspenso hasta nuevo aviso.",
    "Beste Sam, de vacature voor Marketingmanager is voorlopig stilgelegd.",
]

NOT_SUSPENDED = [
    # the application deadline, not the post
    "Estimado/a Sam Taylor:\n\nEl plazo de presentación de solicitudes de la convocatoria ha finalizado. Usted ha sido "
    "admitido/a a la fase de entrevistas, que se celebrará el 14 de diciembre.",
    # an interview for the post suspended, the post's long name in between
    "Hola Sam, la entrevista del lunes para el puesto de Técnico de Marketing y Comunicación ha quedado suspendida; te "
    "propongo el jueves a las 10.",
    "Gentile Sam, il colloquio per la posizione di Responsabile Marketing e Comunicazione è stato annullato e spostato "
    "a giovedì alle 15.",
    "Olá Sam, a entrevista para o cargo de Director de Marketing e Comunicação foi anulada e remarcada para sexta-feira "
    "às 10h.",
    # a contest, not a post
    "Hola Sam, el concurso de fotografía de la empresa ha quedado sin efecto este año. ¡Nos vemos en la cena!",
    "Olá Sam, o concurso de fotografia da empresa foi anulado este ano. Até à festa!",
    # the interview on hold, the process going on
    "Estimado Sam, el proceso de selección sigue adelante; la entrevista del jueves queda en suspenso hasta que "
    "confirmes la hora.",
    # the suspension lifted
    "Caro Sam, o concurso para Técnico de Marketing e Comunicação foi reaberto; a suspensão ficou sem efeito. "
    "Convidamo-lo para entrevista na segunda-feira.",
]


@pytest.mark.parametrize("body", SUSPENDED)
def test_a_public_procedure_suspended_or_void_is_a_rejection(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, why(v)


@pytest.mark.parametrize("body", NOT_SUSPENDED)
def test_an_interview_a_deadline_or_a_contest_called_off_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, why(v)


# -- 2. European and African Portuguese spelling and the formal "V. Exa." ---------------------------------------
# "seleccionado", "selecção" (pre-reform spelling, pt-PT / pt-AO / pt-MZ) are the same words as "selecionado",
# "seleção"; "V. Exa." (Vossa Excelência) is the reader, and its abbreviation's dot ends no clause.

PT_PRE_REFORM = [
    "Exmo. Senhor Sam Taylor,\n\nCumpre-nos informar que V. Exa. não foi seleccionado para a fase seguinte do "
    "processo de recrutamento.",
    "Exmo. Sr. Sam Taylor, vimos por este meio informar que a candidatura de V. Exa. não foi aceite.",
    "Caro Sam, informamos que a Comissão de Selecção não seleccionou a sua candidatura para a fase de entrevistas.",
]

PT_PRE_REFORM_NOT = [
    "Exmo. Senhor Sam Taylor,\n\ntemos o prazer de informar que V. Exa. foi seleccionado para a fase final do "
    "processo. A entrevista decorrerá no dia 12.",
    "Caro Sam, os candidatos não seleccionados serão contactados por e-mail até ao final do mês. Obrigado pela sua "
    "candidatura.",
]


@pytest.mark.parametrize("body", PT_PRE_REFORM)
def test_pre_reform_portuguese_not_selected_is_a_rejection(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, why(v)


@pytest.mark.parametrize("body", PT_PRE_REFORM_NOT)
def test_pre_reform_portuguese_selected_or_policy_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, why(v)


# -- 3. the other candidate: chosen ("gaat voor"), or only the alternative the reader is still weighed against ----

OTHER_CHOSEN = [
    "Hoi Sam, helaas, de klant gaat voor een interne kandidaat. Jammer!",
    "Beste Sam, de opdrachtgever kiest voor een interne kandidaat; ik houd je op de hoogte van nieuwe rollen.",
    "Beste Sam, ze twijfelden lang tussen jou en een andere kandidaat, maar uiteindelijk hebben ze voor de ander "
    "gekozen.",
]

STILL_WEIGHED = [
    "Dag Sam,\n\nNee hoor! De klant wil je nog een keer zien. Ze twijfelen nog tussen jou en één andere kandidaat en "
    "beslissen na dat gesprek.",
    "Hola Sam, ¡qué va! Todavía están dudando entre tú y otro candidato, y quieren verte otra vez con el CEO.",
    "Ciao Sam, no, assolutamente! Sono ancora indecisi tra te e un altro candidato e vogliono rivederti giovedì.",
    "Olá Sam, não, de todo! Ainda estão indecisos entre você e outro candidato e querem vê-lo novamente na quinta.",
]


@pytest.mark.parametrize("body", OTHER_CHOSEN)
def test_another_candidate_gone_for_is_a_rejection(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, why(v)


@pytest.mark.parametrize("body", STILL_WEIGHED)
def test_still_torn_between_the_reader_and_another_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, why(v)
