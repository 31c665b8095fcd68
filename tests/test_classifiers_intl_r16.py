"""German, French, Spanish, Italian, Dutch and Portuguese mechanisms of issue 11, round 16, in wording of our own,
beside their nearest opposites:

- a portal's status table rendered to text glues the label cell to the value cell ("StatutNon retenu",
  "StatusNicht berücksichtigt", "EstadoDescartado"): the glued label still reads as a status verdict, while a
  glued status that moves the application forward stays negative.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


# -- a status table whose label and value cells are glued by the text rendering
GLUED_STATUS = [
    ("fr", "Bonjour Sam,\n\nVotre dossier a changé d'état.\n\nPosteAcheteur junior\n\nVilleRennes\n\n"
     "StatutNon sélectionné\n\nL'équipe RH"),
    ("de", "Hallo Sam,\n\nes gibt Neuigkeiten zu deiner Bewerbung.\n\nStelleEinkäufer (m/w/d)\n\nOrtBremen\n\n"
     "StatusNicht berücksichtigt\n\nDein Recruiting-Team"),
    ("es", "Hola Sam,\n\nHay novedades en tu proceso.\n\nPuestoComprador júnior\n\nCiudadSevilla\n\n"
     "EstadoDescartado\n\nEquipo de Talento"),
    ("it", "Ciao Sam,\n\nCi sono novità sulla tua candidatura.\n\nRuoloBuyer junior\n\nSedeTorino\n\n"
     "StatoNon selezionato\n\nIl team HR"),
    ("nl", "Hoi Sam,\n\nEr is nieuws over je sollicitatie.\n\nFunctieInkoper\n\nLocatieZwolle\n\n"
     "StatusNiet geselecteerd\n\nTeam Recruitment"),
    ("pt", "Olá Sam,\n\nHá novidades na sua candidatura.\n\nVagaComprador júnior\n\nLocalBraga\n\n"
     "SituaçãoNão selecionado\n\nEquipa de Recrutamento"),
]


@pytest.mark.parametrize("lang,body", GLUED_STATUS)
def test_a_glued_status_cell_states_the_verdict(clf, lang, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection
    assert f"{lang}-portal-status" in [h.id for h in verdict.hits]


# the nearest opposite: a glued status that moves the application on
GLUED_PROGRESS = [
    ("fr", "Bonjour Sam,\n\nVotre dossier a changé d'état.\n\nPosteAcheteur junior\n\nStatutEntretien planifié\n\n"
     "L'équipe RH"),
    ("de", "Hallo Sam,\n\nes gibt Neuigkeiten zu deiner Bewerbung.\n\nStelleEinkäufer\n\nStatusIn Prüfung\n\n"
     "Dein Recruiting-Team"),
    ("nl", "Hoi Sam,\n\nEr is nieuws over je sollicitatie.\n\nFunctieInkoper\n\nStatusUitgenodigd voor gesprek\n\n"
     "Team Recruitment"),
]


@pytest.mark.parametrize("lang,body", GLUED_PROGRESS)
def test_a_glued_status_that_moves_on_is_no_rejection(clf, lang, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection
    assert f"{lang}-portal-status" not in [h.id for h in verdict.hits]


# -- a reopening asked about ("wann die Stelle wieder geöffnet wird") is no reopening: the hold still answers the reader
ON_HOLD_WITH_OPEN_QUESTION = [
    "Hallo Sam,\n\nleider müssen wir dir mitteilen, dass wir die Stelle als Produktmanager vorerst auf Eis gelegt "
    "haben. Wann die Stelle wieder geöffnet wird, können wir heute nicht sagen.\n\nViele Grüße\nTim",
    "Guten Tag Sam,\n\nleider wurde die Position im Einkauf gestrichen, da das Budget fehlt. Ob und wann die "
    "Position wieder freigegeben wird, ist noch offen.\n\nFreundliche Grüße\nAnna",
]


@pytest.mark.parametrize("body", ON_HOLD_WITH_OPEN_QUESTION)
def test_a_reopening_in_an_open_question_is_no_reopening(clf, body):
    verdict = _verdict(clf, body, subject="Deine Bewerbung")
    assert "de-role-reopened" not in [h.id for h in verdict.hits]
    assert verdict.rejection


# the nearest opposite: the role is open again, the process goes on
def test_a_role_open_again_still_outweighs_the_hold(clf):
    body = ("Hallo Sam,\n\ngute Nachrichten: die Stelle als Produktmanager ist wieder offen, nachdem sie im Sommer "
            "auf Eis lag. Hast du nächste Woche Zeit für ein Gespräch?\n\nViele Grüße\nTim")
    verdict = _verdict(clf, body, subject="Deine Bewerbung")
    assert not verdict.rejection


# -- a named candidate's status in a notice to the hiring team is the owner's own hiring, not a verdict on the reader
def test_a_candidates_status_change_sent_to_the_hiring_team_is_no_rejection(clf):
    body = ("Hoi Sam,\n\nJe staat in het wervingsteam voor de vacature Inkoper (Zwolle).\n\n"
            "Status van sollicitant Femke de Wit is veranderd naar: Afgewezen\nAangepast door: HR\n\n"
            "Bekijk de vacature in het systeem.")
    verdict = _verdict(clf, body, subject="Update vacature Inkoper")
    assert "nl-portal-status" not in [h.id for h in verdict.hits]
    assert not verdict.rejection


# the nearest opposite: the reader's own status changed to rejected
def test_the_readers_status_change_to_rejected_stays_a_verdict(clf):
    body = ("Hoi Sam,\n\nDe status van je sollicitatie is nu gewijzigd naar: Afgewezen\n\n"
            "Team Recruitment")
    verdict = _verdict(clf, body, subject="Update sollicitatie")
    assert "nl-portal-status" in [h.id for h in verdict.hits]
    assert verdict.rejection


# -- the application itself transferred after the old posting closed: the candidacy goes on
def test_an_application_transferred_after_a_closure_is_no_rejection(clf):
    body = ("Guten Tag Sam,\n\ndie Ausschreibung Einkäufer (Req. 4410) wurde geschlossen. Weil Ihr Profil zu einer "
            "neuen Stelle im Einkauf passt, haben wir Ihre Bewerbung dorthin übertragen.\n\nIhr Recruiting-Team")
    verdict = _verdict(clf, body, subject="Ihre Bewerbung")
    assert "de-application-transferred" in [h.id for h in verdict.hits]
    assert not verdict.rejection


# the nearest opposite: the closure with the application kept in a talent pool stays a rejection
def test_a_closure_with_the_application_put_in_a_pool_stays_a_rejection(clf):
    body = ("Guten Tag Sam,\n\nleider wurde die Stelle als Einkäufer gestrichen. Ihre Bewerbung haben wir in unseren "
            "Talentpool übertragen.\n\nIhr Recruiting-Team")
    verdict = _verdict(clf, body, subject="Ihre Bewerbung")
    assert "de-application-transferred" not in [h.id for h in verdict.hits]
    assert verdict.rejection


# -- an offer stated in the main clause, with a 'malheureusement' about one of its terms, is no rejection
def test_an_offer_with_one_term_refused_is_no_rejection(clf):
    body = ("Bonjour Sam,\n\nnous vous proposons le poste de responsable achats à partir de mars ; la lettre d'offre "
            "suit par courriel. Malheureusement, nous ne pouvons pas vous offrir le salaire demandé, mais une prime "
            "annuelle est prévue.\n\nCordialement,\nClaire")
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert "fr-offer" in [h.id for h in verdict.hits]
    assert not verdict.rejection


# the nearest opposite: another role proposed after a refusal is no offer of the role applied for
def test_a_refusal_proposing_another_role_stays_a_rejection(clf):
    body = ("Bonjour Sam,\n\nnous sommes au regret de vous informer que votre candidature au poste de responsable "
            "achats n'a pas été retenue. Nous vous proposons un autre poste dans notre vivier si vous le souhaitez.\n\n"
            "Cordialement,\nClaire")
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert "fr-offer" not in [h.id for h in verdict.hits]
    assert verdict.rejection


# -- a friend telling of their own rejection ("mi hanno scartato") is no verdict on the reader
def test_a_friends_own_rejection_is_no_rejection(clf):
    body = ("Ciao Sam,\n\nnovità da parte mia: mi hanno scartata dopo il colloquio finale, hanno preferito un "
            "candidato più esperto. Tu come stai? Ci vediamo sabato?\n\nBaci\nMarta")
    verdict = _verdict(clf, body, subject="ciao!")
    assert "it-writer-rejected" in [h.id for h in verdict.hits]
    assert not verdict.rejection


# the nearest opposite: the employer telling the reader another candidate was preferred
def test_another_candidate_preferred_over_the_reader_stays_a_rejection(clf):
    body = ("Gentile Sam,\n\ngrazie per il tempo dedicato ai colloqui. Purtroppo abbiamo preferito un candidato più "
            "esperto per il ruolo di responsabile acquisti.\n\nCordiali saluti,\nMarta Ricci")
    verdict = _verdict(clf, body, subject="La sua candidatura")
    assert "it-writer-rejected" not in [h.id for h in verdict.hits]
    assert verdict.rejection
