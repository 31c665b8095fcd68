"""Structures of a "no" in German, French, Spanish, Dutch, Italian and Portuguese, found while
tuning on tests/blind/intl and intl2 (issue 11), each written here in our own wording: an
indefinite someone as the party chosen, a portal's status line, an ATS rejection that opens by
acknowledging receipt, a job title's gender marker inside the refusing clause, a role that is
no longer current; and the hard negatives the same words describe."""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message
from classifiers.ruleset import check_rule


REJECTIONS = [
    # an indefinite someone as the party chosen
    "Hallo Sam,\n\nam Ende fiel unsere Wahl für die Rolle auf jemanden mit mehr Erfahrung im Vertrieb.",
    "Hallo Sam,\n\nwir haben jemanden gefunden, der besser zu unserem Team passt.",
    "Hey Sam,\n\nwir machen mit jemand anderem weiter, sorry!",
    "Bonjour Sam,\n\nle comité a préféré quelqu'un ayant une plus grande expérience du secteur.",
    "Bonjour Sam,\n\nnous avons fait le choix d'une personne qui connaît déjà le marché belge.",
    "Bonjour Sam,\n\nla direction a tranché en faveur d'un autre profil.",
    "Bonjour Sam,\n\nle poste de chef de produit sera finalement pourvu en interne.",
    "Ciao Sam,\n\nabbiamo scelto una persona con più esperienza nel settore.",
    "Gentile Sam,\n\nabbiamo deciso di affidare l'incarico a una figura che conosce già il mercato.",
    "Hola Sam,\n\nal final nos hemos decantado por alguien que ya conocía a nuestros clientes.",
    "Beste Sam,\n\nwe hebben iemand gevonden die beter past.",
    # a portal's status line
    "Guten Tag,\n\nStatus Ihrer Bewerbung: abgelehnt",
    "Bonjour,\n\nStatut : candidature non retenue",
    "Olá Sam,\n\nSituação: Reprovado na triagem",
    "Beste Sam,\n\nStatus: afgewezen na de eerste selectie",
    "Ciao Sam,\n\nStato della candidatura: respinta",
    "Hola Sam,\n\nEstado de tu candidatura: rechazada",
    # an ATS rejection that opens by acknowledging receipt
    "Bonjour Sam,\n\nNous avons bien reçu votre candidature et nous vous en remercions. Après étude, "
    "nous ne pouvons malheureusement pas y donner une suite favorable.",
    "Guten Tag,\n\nwir haben Ihre Bewerbung erhalten und sorgfältig geprüft. Leider können wir Sie "
    "nicht berücksichtigen.",
    # a job title's gender marker inside the refusing clause
    "Guten Tag Sam Taylor,\n\nIhre Bewerbung als Marketing Manager (m/w/d) wurde abgelehnt.",
    "Hallo Sam,\n\ndie Stelle als Produktmanager (m/w/d) ist inzwischen besetzt.",
    # a refusal split around a comma, an offer not made, a particle "aber" / "quindi"
    "Hallo Sam,\n\nwir sehen leider davon ab, Ihre Bewerbung weiter zu berücksichtigen.",
    "Hallo Sam,\n\neine Zusage wird es von uns diesmal leider nicht geben.",
    "Guten Tag,\n\nwir werden Ihnen für die Position kein Angebot unterbreiten.",
    "Hallo Sam,\n\ndie Geschäftsführung möchte Sie aber nicht zum Zweitgespräch einladen.",
    "Guten Tag,\n\nwir haben uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen.",
    "Buongiorno Sam,\n\nchiudiamo quindi la selezione per questa posizione.",
    # French: the reader not offered the role, not going further, the role no longer current
    "Bonjour Sam,\n\nnous avons décidé de ne pas vous proposer le poste.",
    "Salut Sam,\n\non préfère ne pas t'embarquer dans la suite du process.",
    "Bonjour Sam,\n\nnous n'irons pas plus loin ensemble sur ce recrutement.",
    "Bonjour Sam,\n\nle poste de responsable communication n'est plus d'actualité.",
    # "it was not enough": a negation + reach / suffice + "it"
    "Hallo Sam,\n\nleider hat es für die nächste Runde nicht gereicht.",
    "Bonjour Sam,\n\nmalheureusement cela n'a pas suffi face aux autres profils.",
    # a judgement given as the reason is no hedge ("le jury a estimé que…")
    "Bonjour Sam,\n\nle jury a estimé que votre plan manquait de chiffrage ; votre candidature ne sera pas poursuivie.",
    # Spanish / Portuguese: a hiring freeze closes the candidacy; an idiom
    "Hola Sam,\n\nla dirección ha decidido congelar esta posición y cerramos el proceso.",
    "Olá Sam,\n\na contratação para esta função ficou congelada até o próximo ano.",
    "Hola Sam,\n\nesta vez no ha podido ser.",
    # words that are also a non-job's: a talent pool, the candidate's own case proposal
    "Olá Sam,\n\ndecidimos não avançar com a sua candidatura. Gostaríamos de manter seu perfil na nossa bolsa de talentos.",
    "Hola Sam,\n\nnos hemos inclinado por un perfil con más experiencia. Tu propuesta para el lanzamiento nos gustó mucho.",
    "Guten Tag,\n\nIhre Bewerbung wird nicht weiterverfolgt. Behalten Sie gern unsere künftigen Ausschreibungen im Blick.",
    # an agency's verdict on the reader, then a pitch of other mandates
    "Guten Tag,\n\nder Mandant hat entschieden, den Prozess mit Ihnen nicht fortzusetzen. Ich bedauere das. "
    "Ich habe aber zwei weitere Mandate, bei denen ich an Sie denke.",
]

OTHERS = [
    # an acknowledgement that hedges stays counter-evidence
    "Bonjour Sam,\n\nsi votre profil ne correspond pas, nous ne donnerons pas suite.",
    "Hoi Sam,\n\nbedankt voor je sollicitatie! Past je profiel niet bij wat we zoeken, dan laten we dat weten.",
    "Hallo Sam,\n\ndanke für deine Bewerbung! Passt dein Profil nicht, dann sagen wir dir kurz Bescheid.",
    # a recruiter: an old role filled, new roles pitched
    "Hola Sam,\n\nel puesto del cliente ya está cubierto, pero tengo dos vacantes nuevas que te pueden interesar.",
    "Olá Sam,\n\naquela vaga já foi preenchida, mas estou com duas posições novas para você. Podemos falar?",
    "Hoi Sam,\n\ndie rol is inmiddels vervuld, maar ik heb twee opdrachten die beter passen. Even bellen?",
    # an application moved to another requisition
    "Bonjour Sam,\n\nvotre candidature a été transférée par l'équipe vers le poste de Responsable Marketing. "
    "Le poste initial apparaîtra comme clôturé dans votre espace.",
    # the owner's own hiring
    "Hallo Sam,\n\nfür Frau Jansen liegt eine Absage im Entwurf vor. Die Absagen für die anderen Bewerber "
    "gehen dann raus.",
    # the reader's own proposal, not a candidacy
    "Bonjour Sam,\n\nmerci d'avoir soumis votre proposition pour le salon. Votre proposition n'a pas été retenue cette année.",
]

# Hard negatives that held before these rules too: kept so the new cues (an acknowledgement
# outweighed by a verdict, a status line, a proposal no longer counted as a bid) do not start
# catching them.
GUARDS = [
    "Bonjour Sam,\n\nnous avons bien reçu votre candidature. Sans réponse de notre part sous trois semaines, "
    "considérez que votre candidature n'a pas été retenue.",
    "Hola Sam,\n\ngracias por tu propuesta de ponencia; lamentablemente no ha sido seleccionada.",
    "Olá Sam,\n\nSituação: Não aprovada. Motivo: política de crédito do banco para financiamento.",
]


@pytest.mark.parametrize("body", REJECTIONS)
def test_intl_refusals_by_structure_are_rejections(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", OTHERS + GUARDS)
def test_intl_hard_negatives_are_not(clf, body):
    verdict = clf.classify(parse_message(message(body)))
    assert not verdict.rejection, verdict.hits


def test_acknowledgement_is_shown_but_not_counted_next_to_a_verdict(clf):
    body = ("Bonjour Sam,\n\nNous avons bien reçu votre candidature. Nous ne pouvons malheureusement pas "
            "retenir votre candidature.")
    verdict = clf.classify(parse_message(message(body)))
    hits = {h.id: h for h in verdict.hits}
    assert verdict.rejection and hits["fr-acknowledgement"].score == 0.0
    assert "states a verdict" in hits["fr-acknowledgement"].evidence


def test_unless_verdict_must_be_a_boolean():
    problems: list[str] = []
    raw = {"id": "ack", "score": -3.0, "phrases": ["we got it"]}
    assert check_rule({**raw, "unless_verdict": "yes"}, 0, "config", ("en",), problems) is None
    assert any("unless_verdict" in p for p in problems), problems
    rule = check_rule({**raw, "unless_verdict": True}, 0, "config", ("en",), problems := [])
    assert not problems and rule.unless_verdict
