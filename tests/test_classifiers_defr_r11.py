"""German and French mechanisms of issue 11, round 11, in wording of our own, beside their nearest opposites:

- the decision gone against the reader ("die Entscheidung fällt gegen Sie aus", "das Gremium hat gegen deine
  Bewerbung gestimmt") is a verdict; the reader's own choice against the employer, a decision to come or none
  taken yet is not;
- the verb of a no left out in a forwarded note about the owner ("von meiner Seite leider ein Nein");
- the role filled with someone else, named after the decision's comma ("haben uns entschieden, die Rolle mit
  jemandem zu besetzen, der …"), not a plan or hope to fill it ("wir hoffen, die Stelle bald mit jemandem zu
  besetzen");
- going through, or signing, with someone else (« nous sommes allés au bout du processus avec une autre
  personne », « nous avons conclu avec un autre candidat »); not a talk with a colleague;
- the team « Recrutement » is no one recruited (« un membre de l'équipe Recrutement vous contactera »);
- the other branch of a condition (« Dans le cas contraire, vous recevrez un e-mail … non retenue ») and
  either outcome announced (« dans tous les cas, nous vous tiendrons informé », « qu'elle soit positive ou
  négative ») are an acknowledgement's hedge, not a verdict;
- a closure denied (« le poste n'est pas annulé ») and the reader still a finalist through a pause are no
  closure; a role re-opened as a hypothesis (« si le poste devait être à nouveau ouvert ») does not outweigh
  the closure stated;
- German ordinary wordings ("keine Möglichkeit einer Zusammenarbeit", "konnte sich nicht durchsetzen", "nicht
  mehr Teil des Prozesses", "für die andere Finalistin ausgesprochen"); in French another described by a
  participle, not a wish to hire such a person (« nous cherchons à recruter une personne maîtrisant … »);
- an HR system's table with the candidate label alone on its line (« Candidat\\n\\nLéa Martin »,
  "Bewerberin\\n\\nJonas Meier") is the owner's hiring.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Ihre Bewerbung", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


def _ids(verdict) -> set[str]:
    return {h.id for h in verdict.hits if h.score}


# -- the decision gone against the reader
AGAINST_READER = [
    "Hallo Sam,\n\nnach zwei Runden fällt die Entscheidung leider gegen Sie aus.\n\nViele Grüße\nJana",
    "Hallo Sam,\n\ndas Gremium hat nach langer Beratung gegen deine Bewerbung gestimmt. Das tut mir leid.\n\nLG Tom",
    "Hallo Sam,\n\nim Team ist die Wahl am Ende gegen dich gefallen, so knapp es war.\n\nBeste Grüße\nMia",
    "Guten Tag Sam,\n\ndas Votum der Fachabteilung ist gegen Sie ausgefallen.\n\nMit freundlichen Grüßen\nPersonal",
]
AGAINST_NOT_VERDICT = [
    "Hallo Sam,\n\nschade, dass Sie sich gegen uns entschieden haben. Wir respektieren das.\n\nViele Grüße\nJana",
    "Hallo Sam,\n\nfalls die Entscheidung gegen Sie ausfallen sollte, rufe ich Sie an.\n\nViele Grüße\nJana",
    "Hallo Sam,\n\ndie Entscheidung ist noch nicht gefallen, wir melden uns nächste Woche.\n\nViele Grüße\nJana",
    "Hallo Sam,\n\nes gab keine Entscheidung gegen Sie, wir brauchen nur etwas mehr Zeit.\n\nViele Grüße\nJana",
]


@pytest.mark.parametrize("body", AGAINST_READER)
def test_decision_against_the_reader_is_a_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits
    assert "de-clause-against-reader" in {h.id for h in verdict.hits}, verdict.hits


@pytest.mark.parametrize("body", AGAINST_NOT_VERDICT)
def test_reader_choice_or_pending_decision_is_no_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
    assert "de-clause-against-reader" not in _ids(verdict), verdict.hits


# -- a forwarded note about the owner: the verb of a no left out
def test_forwarded_note_verbless_no_about_owner(clf):
    body = ("Hallo Sam,\n\nanbei die Rückmeldung aus dem Fachbereich, ungeschönt.\n\nGruß\nLea\n\n"
            "---------- Weitergeleitete Nachricht ---------\nVon: Jonas Brandt <jonas.brandt@kranich.example>\n"
            "Betreff: Sam Taylor\nAn: Lea Vogt <lea.vogt@kranich.example>\n\nHi Lea,\n\n"
            "Sam hat im Case gut präsentiert, aber uns fehlt die Erfahrung mit Teams. Insgesamt ein klares Nein "
            "von uns.\n\nJonas\n")
    verdict = _verdict(clf, body, subject="WG: Sam Taylor")
    assert verdict.rejection, verdict.hits


# -- the role filled with someone else, after the decision's comma; not a plan
FILLED_BY_OTHER = [
    ("Hallo Sam,\n\nwir haben uns nach vielen Gesprächen entschieden, die Position als Teamlead CRM mit jemandem "
     "zu besetzen, der schon ein Team aufgebaut hat.\n\nDanke dir!\nPia"),
    ("Guten Tag Sam,\n\nder Vorstand hat beschlossen, die Stelle mit einer internen Kandidatin zu besetzen.\n\n"
     "Mit freundlichen Grüßen\nHR"),
    ("Hallo Sam,\n\nam Ende fiel der Beschluss, die Rolle mit einem Kollegen aus Hamburg nachzubesetzen.\n\n"
     "Alles Gute\nMax"),
]
FILL_PLANNED = [
    ("Hallo Sam,\n\nwir hoffen, die Stelle bald mit jemandem zu besetzen, der gut ins Team passt. Hast du "
     "vielleicht eine Empfehlung?\n\nGruß\nPia"),
    ("Hallo Sam,\n\nwir planen, die Rolle mit jemandem aus dem Team zu besetzen. Hilfst du mir mit der "
     "Ausschreibung?\n\nGruß\nPia"),
]


@pytest.mark.parametrize("body", FILLED_BY_OTHER)
def test_role_filled_with_someone_else_after_the_decision(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", FILL_PLANNED)
def test_role_to_be_filled_is_no_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
    assert "de-clause-filled-by-other" not in _ids(verdict), verdict.hits


# -- going through, or signing, with someone else
WENT_THROUGH_WITH_OTHER = [
    ("Bonjour Sam,\n\nOui, hélas : nous sommes allés jusqu'au bout avec une autre candidate, qui arrive en "
     "février.\n\nBien à vous,\nClaire"),
    "Bonjour Sam,\n\nnous avons conclu avec un autre candidat la semaine dernière. Désolée pour le délai.\n\nMarc",
    "Bonjour Sam,\n\nle client est allé de l'avant avec un autre profil.\n\nCordialement,\nNadia",
]
TALK_WITH_COLLEAGUE = [
    ("Bonjour Sam,\n\nje suis allée en parler avec une collègue, elle vous appellera demain pour caler "
     "l'entretien.\n\nClaire"),
    ("Bonjour Sam,\n\nnous avons conclu le partenariat avec une autre agence, rien à voir avec vous : on se "
     "voit jeudi pour l'entretien.\n\nMarc"),
]


@pytest.mark.parametrize("body", WENT_THROUGH_WITH_OTHER)
def test_went_through_with_someone_else(clf, body):
    verdict = _verdict(clf, body, subject="RE: Suivi de ma candidature")
    assert verdict.rejection, verdict.hits


@pytest.mark.parametrize("body", TALK_WITH_COLLEAGUE)
def test_a_talk_or_a_deal_with_someone_is_no_verdict(clf, body):
    assert not _verdict(clf, body, subject="Entretien").rejection


# -- the recruiting team is no one recruited; a condition's other branch; either outcome announced
HEDGED_ACKNOWLEDGEMENTS = [
    ("Bonjour Sam,\n\nMerci pour votre candidature au poste de Chef de produit. Si votre profil est retenu, un "
     "membre de l'équipe Recrutement vous contactera sous quinze jours. Dans le cas contraire, vous recevrez "
     "un message vous indiquant que votre candidature n'a pas été retenue.\n\nL'équipe RH"),
    ("Bonjour Sam,\n\nVotre candidature a bien été transmise. Le recruteur peut la retenir ou ne pas y donner "
     "suite : dans tous les cas, nous vous tiendrons informé(e).\n\nL'équipe"),
    ("Bonjour Sam,\n\nNous étudions votre dossier et reviendrons vers vous avec une réponse, qu'elle soit positive "
     "ou négative, d'ici la fin du mois.\n\nLe service recrutement"),
    ("Bonjour Sam,\n\nUn membre de l'équipe Recrutement vous appellera cette semaine pour organiser un premier "
     "échange.\n\nCordialement"),
]


@pytest.mark.parametrize("body", HEDGED_ACKNOWLEDGEMENTS)
def test_acknowledgement_that_hedges_is_no_rejection(clf, body):
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert not verdict.rejection, verdict.hits
    assert "fr-clause-other-chosen" not in _ids(verdict), verdict.hits


def test_other_branch_of_condition_guards_the_statement(clf):
    body = ("Bonjour Sam,\n\nNous avons bien reçu votre candidature. Sinon, vous recevrez un e-mail vous indiquant "
            "que votre candidature n'a pas été retenue.\n\nL'équipe")
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert not verdict.rejection, verdict.hits


# -- a pause with the reader still a finalist; a closure denied; a hypothetical reopening
PAUSED_STILL_FINALIST = [
    ("Bonjour Sam,\n\nmon client a mis le recrutement en pause quelques semaines pour boucler son budget. Le poste "
     "n'est pas annulé et vous restez l'une des trois finalistes.\n\nBelle journée,\nSandra"),
    ("Bonjour Sam,\n\nla direction a suspendu le processus jusqu'en janvier, mais vous êtes toujours dans la "
     "short-list.\n\nBien à vous,\nLuc"),
]


@pytest.mark.parametrize("body", PAUSED_STILL_FINALIST)
def test_pause_with_reader_still_finalist_is_no_rejection(clf, body):
    verdict = _verdict(clf, body, subject="Point d'étape")
    assert not verdict.rejection, verdict.hits


def test_closure_denied_is_no_closure(clf):
    verdict = _verdict(clf, "Bonjour Sam,\n\nrassurez-vous, le poste n'est pas annulé.\n\nLuc", subject="Point")
    assert "fr-role-closed" not in _ids(verdict), verdict.hits


HYPOTHETICAL_REOPENING = [
    ("Madame, Monsieur,\n\nnous vous informons que ce recrutement est suspendu et la procédure close. Votre "
     "candidature ne pourra donc pas être examinée plus avant. Si le poste devait être à nouveau ouvert, il "
     "ferait l'objet d'une nouvelle annonce.\n\nLe service RH"),
    ("Bonjour Sam,\n\nle recrutement a été annulé. Si l'offre venait à être de nouveau ouverte, nous la "
     "republierons.\n\nCordialement"),
]


@pytest.mark.parametrize("body", HYPOTHETICAL_REOPENING)
def test_hypothetical_reopening_does_not_outweigh_the_closure(clf, body):
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert verdict.rejection, verdict.hits
    assert "fr-role-reopened" not in _ids(verdict), verdict.hits


def test_real_reopening_still_counts(clf):
    body = "Bonjour Sam,\n\nbonne nouvelle : le poste, suspendu en juin, est à nouveau ouvert.\n\nLuc"
    assert "fr-role-reopened" in _ids(_verdict(clf, body, subject="Point"))


def test_further_not_examined_is_a_verdict(clf):
    body = ("Bonjour Sam,\n\nnous vous remercions. Votre candidature ne sera malheureusement pas étudiée plus "
            "avant.\n\nCordialement")
    assert _verdict(clf, body, subject="Votre candidature").rejection


# -- an HR system's table: the candidate label alone on its line
OWNER_HIRING_TABLES = [
    ("Bonjour Sam,\n\nL'action « Refuser le candidat » que vous avez lancée est terminée.\n\nCandidat\n\n"
     "Léa Martin\n\nMotif\n\nAutre candidat retenu\n\nCe message est automatique."),
    ("Hallo Sam,\n\ndie Aktion „Absage senden“, die du gestartet hast, ist abgeschlossen.\n\nBewerberin\n\n"
     "Jonas Meier\n\nGrund\n\nAndere Kandidatin ausgewählt\n\nDiese Nachricht wurde automatisch erstellt."),
]


@pytest.mark.parametrize("body", OWNER_HIRING_TABLES)
def test_candidate_label_alone_on_its_line_is_owner_hiring(clf, body):
    verdict = _verdict(clf, body, subject="Action terminée")
    assert not verdict.rejection, verdict.hits


def test_candidate_table_naming_the_owner_stays_a_verdict(clf):
    body = ("Bonjour Sam,\n\nNous vous informons que votre candidature n'a pas été retenue.\n\nCandidat\n\n"
            "Sam Taylor\n\nPoste\n\nChef de projet\n\nL'équipe RH")
    assert _verdict(clf, body, subject="Votre candidature").rejection


# -- the decision not gone the reader's way
NOT_FOR_READER = [
    "Hallo Sam,\n\ndie Entscheidung ist diesmal leider nicht für Sie ausgefallen.\n\nViele Grüße\nJana",
    "Hallo Sam,\n\ndas Votum der Runde war am Ende nicht für dich.\n\nLG Tom",
]


@pytest.mark.parametrize("body", NOT_FOR_READER)
def test_decision_not_for_the_reader_is_a_verdict(clf, body):
    assert _verdict(clf, body).rejection


def test_a_hard_decision_for_the_reader_is_no_verdict(clf):
    body = ("Hallo Sam,\n\nwir wissen, dass die Entscheidung für Sie nicht leicht ist, und freuen uns auf Ihre "
            "Zusage zu unserem Angebot.\n\nViele Grüße\nJana")
    assert "de-clause-not-for-reader" not in _ids(_verdict(clf, body))


# -- another chosen, described by a participle; not a wish to hire such a person
def test_other_described_by_a_participle_was_chosen(clf):
    body = ("Bonjour Sam,\n\nnous avons fait le choix de recruter une personne justifiant d'une plus longue "
            "expérience en B2B.\n\nCordialement,\nInès")
    assert _verdict(clf, body, subject="Votre candidature").rejection


SEEKING_TO_HIRE = [
    ("Bonjour Sam,\n\nnous cherchons à recruter une personne maîtrisant l'allemand pour notre bureau de Lille. "
     "Le poste vous intéresse-t-il ?\n\nInès"),
    ("Bonjour Sam,\n\nmon client souhaite embaucher un profil ayant déjà managé une équipe, je pense à vous. "
     "Êtes-vous ouvert à un échange ?\n\nInès"),
    ("Bonjour Sam,\n\nnotre cliente va recruter une personne disposant d'une solide expérience du retail ; je "
     "vous envoie la fiche de poste.\n\nInès"),
]


@pytest.mark.parametrize("body", SEEKING_TO_HIRE)
def test_seeking_to_hire_someone_is_no_other_chosen(clf, body):
    verdict = _verdict(clf, body, subject="Opportunité")
    assert not verdict.rejection, verdict.hits


# -- German ordinary wordings: no prospect of working together, not prevailing, no longer in the race, the other
# finalist preferred; beside their opposites
GERMAN_ORDINARY = [
    "Hallo Sam,\n\nnach Abwägung sehen wir derzeit keine Möglichkeit einer Zusammenarbeit.\n\nViele Grüße\nJana",
    ("Hallo Sam,\n\nIhr Profil konnte sich in der letzten Runde leider nicht gegen die anderen Bewerbungen "
     "durchsetzen.\n\nViele Grüße\nJana"),
    "Hallo Sam,\n\nSie sind damit leider nicht mehr Teil des Bewerbungsprozesses.\n\nViele Grüße\nJana",
    "Hallo Sam,\n\ndeine Bewerbung ist diesmal nicht weiter gekommen.\n\nLG Tom",
    ("Hallo Sam,\n\nnach den Abschlussgesprächen hat sich die Geschäftsführung für die andere Finalistin "
     "ausgesprochen.\n\nViele Grüße\nJana"),
]
GERMAN_ORDINARY_OPPOSITES = [
    ("Hallo Sam,\n\ngute Nachrichten: Sie haben sich gegen 200 Bewerbungen durchgesetzt und sind weiterhin Teil "
     "des Auswahlverfahrens.\n\nViele Grüße\nJana"),
    ("Hallo Sam,\n\ndie andere Finalistin hat ihre Bewerbung zurückgezogen, daher laden wir Sie gern zum "
     "Abschlussgespräch ein.\n\nViele Grüße\nJana"),
    ("Hallo Sam,\n\ndas Team hat sich ausdrücklich für Sie ausgesprochen, wir möchten Ihnen ein Angebot "
     "machen.\n\nViele Grüße\nJana"),
]


@pytest.mark.parametrize("body", GERMAN_ORDINARY)
def test_german_ordinary_verdicts(clf, body):
    assert _verdict(clf, body).rejection


@pytest.mark.parametrize("body", GERMAN_ORDINARY_OPPOSITES)
def test_german_ordinary_opposites(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits


# -- French: no longer in the race, not judged close enough; beside the reader still in it
FRENCH_ORDINARY = [
    "Bonjour Sam,\n\nnous sommes au regret de vous dire que vous ne faites plus partie de la sélection.\n\nInès",
    ("Bonjour Sam,\n\nvotre dossier n'a pas été estimé suffisamment proche du profil recherché.\n\n"
     "Cordialement,\nInès"),
]
FRENCH_ORDINARY_OPPOSITES = [
    "Bonjour Sam,\n\nbonne nouvelle : vous faites toujours partie du processus, le client veut vous revoir.\n\nInès",
    ("Bonjour Sam,\n\nvotre profil a été jugé assez solide pour l'étape suivante : nous vous invitons à un "
     "entretien.\n\nInès"),
]


@pytest.mark.parametrize("body", FRENCH_ORDINARY)
def test_french_ordinary_verdicts(clf, body):
    assert _verdict(clf, body, subject="Votre candidature").rejection


@pytest.mark.parametrize("body", FRENCH_ORDINARY_OPPOSITES)
def test_french_ordinary_opposites(clf, body):
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert not verdict.rejection, verdict.hits


def test_a_contrast_is_no_condition(clf):
    body = ("Bonjour Sam,\n\nvotre profil n'est pas en cause, au contraire : le client a retenu une candidate "
            "interne pour des raisons de budget.\n\nInès")
    verdict = _verdict(clf, body, subject="Votre candidature")
    assert verdict.rejection, verdict.hits


# -- the post no longer open (as fr-clause-role-gone); not an advert's urgency or an advert taken offline
POST_GONE = [
    "Guten Tag Sam Taylor,\n\ndie Stelle ist leider nicht mehr vakant.\n\nMit freundlichen Grüßen\nHR",
    "Hallo Sam,\n\ndie Rolle im Produktteam ist inzwischen nicht mehr offen.\n\nLG Tom",
]
POST_NOT_GONE = [
    "Guten Tag Sam Taylor,\n\ndie Stelle ist nicht mehr lange offen, bewerben Sie sich bis Freitag!\n\nHR",
    ("Guten Tag Sam Taylor,\n\nwir haben Ihre Bewerbung erhalten. Die Anzeige ist nicht mehr online, Ihre "
     "Unterlagen werden aber geprüft.\n\nHR"),
    "Guten Tag Sam Taylor,\n\nfalls die Stelle nicht mehr offen ist, melde ich mich.\n\nHR",
]


@pytest.mark.parametrize("body", POST_GONE)
def test_post_no_longer_open_is_a_verdict(clf, body):
    assert _verdict(clf, body).rejection


@pytest.mark.parametrize("body", POST_NOT_GONE)
def test_advert_urgency_or_offline_is_no_verdict(clf, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
