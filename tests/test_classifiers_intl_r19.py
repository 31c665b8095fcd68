"""German, French, Spanish, Italian, Dutch and Portuguese mechanisms of issue 11, round 19, in wording of our own,
beside their nearest opposites:

- the sender's own prize in its company pitch ("em 2024 ganhámos o prémio de…") is no prize entry of the reader's;
  "a sua candidatura ao prémio" stays one;
- a creative or writing grant ("Bolsas de Criação", "bolsa de escrita") is no job; a "bolsa de talentos" is a talent
  pool and stays job mail;
- an invitation whose pronoun carries a gender mark ("convidamo-lo(a) a acompanhar") is read past the ")": to follow
  future openings is no interview, "convidamo-lo(a) para uma entrevista" still is;
- an Italian "bando" ending a sentence names no kind of call ("appena esce il bando."); "il bando del premio…"
  still does;
- Dutch "het wordt hem niet deze keer" is a terse no; a meeting not this time is none;
- French « qqn d'autre » typed short for « quelqu'un d'autre » is another candidate chosen.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


def _ids(verdict):
    return [h.id for h in verdict.hits]


# -- the sender's own prize in its pitch
OWN_PRIZE = [
    "Olá Sam,\n\nObrigado por se candidatar à vaga de Designer Gráfico na Estúdio Marés. Somos um estúdio com 15 anos "
    "e em 2024 ganhámos o prémio de Melhor Estúdio Independente.\n\nInfelizmente não foi selecionado para a fase "
    "seguinte do processo.\n\nBoa sorte,\nEquipa de Recrutamento",
    "Olá Sam,\n\nAgradecemos a sua candidatura ao cargo de Analista de Marketing. A nossa empresa conquistou o prêmio "
    "de Empresa do Ano em 2023.\n\nLamentamos informar que não foi selecionada para avançar no processo.\n\n"
    "Cumprimentos,\nRecursos Humanos",
]


@pytest.mark.parametrize("body", OWN_PRIZE)
def test_the_senders_own_prize_is_no_non_job_purpose(clf, body):
    verdict = _verdict(clf, body, subject="A sua candidatura")
    assert verdict.rejection
    assert "pt-non-job" not in _ids(verdict)


def test_the_readers_prize_entry_stays_non_job(clf):
    body = ("Olá Sam,\n\nAgradecemos a sua inscrição no prémio de Fotografia Urbana 2026. Lamentamos informar que "
            "o seu trabalho não foi selecionado para a final.\n\nA organização")
    verdict = _verdict(clf, body, subject="Prémio de Fotografia Urbana")
    assert not verdict.rejection
    assert "pt-non-job" in _ids(verdict)


# -- a creative grant
CREATION_GRANTS = [
    "Exmo. Sr. Sam Taylor,\n\nO júri concluiu a avaliação das candidaturas às Bolsas de Criação Artística 2027.\n\n"
    "Lamentamos informar que a sua candidatura não foi aprovada.\n\nResultado: Não aprovada\n\nA Direção",
    "Caro Sam,\n\nInformamos que a sua candidatura à bolsa de escrita para jovens autores não foi selecionada "
    "nesta edição.\n\nCom os melhores cumprimentos,\nA Fundação",
]


@pytest.mark.parametrize("body", CREATION_GRANTS)
def test_a_creation_grant_refused_is_no_job_rejection(clf, body):
    verdict = _verdict(clf, body, subject="Resultados")
    assert not verdict.rejection
    assert "pt-non-job" in _ids(verdict)


def test_a_talent_pool_stays_job_mail(clf):
    body = ("Olá Sam,\n\nObrigado pela sua candidatura à vaga de Técnico de Som. Infelizmente não foi selecionado "
            "para esta posição, mas o seu perfil ficará na nossa bolsa de talentos.\n\nEquipa de Recrutamento")
    verdict = _verdict(clf, body, subject="A sua candidatura")
    assert verdict.rejection
    assert "pt-non-job" not in _ids(verdict)


# -- a gender-marked invitation pronoun
FOLLOW_OPENINGS = [
    "Caro(a) Sam,\n\nObrigado pela sua candidatura à posição de Coordenador(a) de Produção. Informamos que esta vaga "
    "foi cancelada e o processo foi encerrado, pelo que a sua candidatura não poderá prosseguir.\n\n"
    "Convidamo-lo(a) a acompanhar as nossas próximas vagas.\n\nRecursos Humanos",
    "Caro(a) Sam,\n\nA vaga de Técnico(a) de Comunicação foi cancelada por razões orçamentais e a sua candidatura não "
    "poderá avançar.\n\nConvidamo-la(o) a seguir as futuras oportunidades na nossa página.\n\nRecursos Humanos",
]


@pytest.mark.parametrize("body", FOLLOW_OPENINGS)
def test_an_invitation_to_follow_openings_is_no_interview(clf, body):
    verdict = _verdict(clf, body, subject="Atualização da sua candidatura")
    assert verdict.rejection
    assert "pt-invitation" not in _ids(verdict)


def test_a_gender_marked_interview_invitation_stays_one(clf):
    body = ("Caro(a) Sam,\n\nObrigado pela sua candidatura à posição de Coordenador(a) de Produção. "
            "Convidamo-lo(a) para uma entrevista na próxima semana.\n\nRecursos Humanos")
    verdict = _verdict(clf, body, subject="Entrevista")
    assert not verdict.rejection
    assert "pt-invitation" in _ids(verdict)


# -- an Italian "bando" ending a sentence
BANDO_AT_END = [
    "Ciao Sam,\n\ngrazie per il colloquio. Per il ruolo di assistente di produzione abbiamo scelto un profilo con più "
    "esperienza sul campo.\n\nIn primavera riapriamo le selezioni e ti avviso io quando esce il bando.\n\nA presto,\nLuca",
    "Ciao Sam,\n\nper la posizione di grafico abbiamo scelto un altro candidato, più vicino alle nostre esigenze.\n\n"
    "Tieni d'occhio il sito: a marzo pubblichiamo un nuovo bando.\n\nUn saluto,\nMarta",
]


@pytest.mark.parametrize("body", BANDO_AT_END)
def test_a_bando_ending_a_sentence_is_no_non_job(clf, body):
    verdict = _verdict(clf, body, subject="Colloquio")
    assert verdict.rejection
    assert "it-non-job" not in _ids(verdict)


def test_a_bando_named_by_its_kind_stays_non_job(clf):
    body = ("Gentile Sam,\n\nla commissione ha esaminato le domande presentate sul bando residenze artistiche 2027. "
            "Ci dispiace comunicarti che il tuo progetto non è stato selezionato.\n\nLa segreteria")
    verdict = _verdict(clf, body, subject="Esito")
    assert not verdict.rejection
    assert "it-non-job" in _ids(verdict)


# -- Dutch "het wordt hem niet deze keer"
NOT_THIS_TIME = [
    "Hoi Sam, helaas, het wordt hem niet deze keer. Dank voor je tijd en veel succes!\nGroet, Joris",
    "Hoi Sam,\n\nWe hebben goed nagedacht na het gesprek, maar het werd 'm toch niet dit keer. Succes verder!\n\nAnne",
]


@pytest.mark.parametrize("body", NOT_THIS_TIME)
def test_het_wordt_hem_niet_deze_keer_is_a_no(clf, body):
    verdict = _verdict(clf, body, subject="Re: Sollicitatie")
    assert verdict.rejection
    assert "nl-not-this-time" in _ids(verdict)


def test_a_meeting_not_this_time_is_no_no(clf):
    body = ("Hoi Sam,\n\nDe kennismaking gaat door, maar het wordt niet deze keer op kantoor: we bellen via Teams. "
            "Tot donderdag!\n\nGroet, Ilse")
    verdict = _verdict(clf, body, subject="Re: Kennismaking")
    assert not verdict.rejection
    assert "nl-not-this-time" not in _ids(verdict)


# -- French « qqn d'autre »
QQN = [
    "Salut Sam,\n\nmerci pour le rdv. Bon, pour le poste de monteur on part sur qqn d'autre, plus expérimenté en "
    "documentaire. désolé !\n\nMax",
    "Hello Sam,\n\npour le job de community manager ils ont pris qqun d'autre au final, je suis désolée.\n\nLéa",
]


@pytest.mark.parametrize("body", QQN)
def test_qqn_d_autre_is_another_candidate(clf, body):
    verdict = _verdict(clf, body, subject="Re: poste")
    assert verdict.rejection
    assert "fr-other-candidate" in _ids(verdict)


def test_qqn_as_a_helper_is_no_other_candidate(clf):
    body = ("Salut Sam,\n\nmerci pour le rdv, c'était top. Je te mets en contact avec qqn d'autre de l'équipe pour "
            "caler le deuxième entretien jeudi.\n\nMax")
    verdict = _verdict(clf, body, subject="Re: poste")
    assert not verdict.rejection
    assert "fr-other-candidate" not in _ids(verdict)
