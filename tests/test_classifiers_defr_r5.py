"""Families of mail found on wave D's first-sight misses (tests/blind/intl9, intl10), in our own
wording, German and French first: each positive and its nearest hard negatives."""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message

# -- A note between other people about the owner, passed on to the owner ------------------
# A recruiter, hiring manager or referrer forwards the hiring side's note; the note greets the
# forwarder ("Hallo Jens,") and speaks of the owner in the third person ("wir sagen Sam ab").
_SEPARATOR = {
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "An", "WG"),
    "fr": ("-------- Message transféré --------", "De", "À", "TR"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Para", "RV"),
    "it": ("---------- Messaggio inoltrato ---------", "Da", "A", "I"),
    "nl": ("---------- Doorgestuurd bericht ---------", "Van", "Aan", "Doorst"),
    "pt": ("---------- Mensagem encaminhada ---------", "De", "Para", "Enc"),
}


def _forward(lang: str, note_to_owner: str, inner_body: str, inner_to: str = "Jens Brandt <jens@kelterhof.example>") -> bytes:
    line, von, an, fwd = _SEPARATOR[lang]
    return message(f"{note_to_owner}\n\n{line}\n{von}: Mira Hollen <mira.hollen@kelterhof.example>\n"
                   f"{an}: {inner_to}\n\n{inner_body}", subject=f"{fwd}: Besetzung Teamlead")


FORWARDED_ABOUT_OWNER = [
    ("de", "Hallo Sam,\n\nich schicke dir die Antwort aus der Personalabteilung lieber direkt weiter. Tut mir leid.\n\nJens",
     "Hallo Jens,\n\nnach der Abstimmung im Gremium sagen wir Sam Taylor leider ab. Kannst du das übernehmen?\n\nMira"),
    ("de", "Sam,\n\nunten die Rückmeldung vom Fachbereich, ungeschönt.\n\nJens",
     "Hi Jens,\n\nSam Taylor werden wir für die zweite Runde nicht berücksichtigen, das Profil ist zu weit weg.\n\nGruß Mira"),
    ("de", "Hallo Sam,\n\nleite ich dir weiter, damit du es aus erster Hand hast.\n\nJens",
     "Lieber Jens,\n\nfür Sam ist es leider ein Nein, die Wahl fiel auf eine interne Kollegin.\n\nMira"),
    ("fr", "Bonjour Sam,\n\nje préfère vous transmettre tel quel le retour de la direction. Je suis navré.\n\nJens",
     "Bonjour Jens,\n\nnous ne retiendrons pas la candidature de Sam Taylor pour le poste de chef d'équipe.\n\nMira"),
    ("fr", "Sam,\n\nvoici le message de notre RH, sans filtre.\n\nJens",
     "Jens,\n\nle jury a tranché. Pour Sam Taylor, ce sera non ; merci de le lui dire.\n\nMira"),
    ("fr", "Bonjour Sam,\n\nje te transfère la réponse du client.\n\nJens",
     "Bonjour Jens,\n\nle profil de Sam a été écarté au profit d'une personne déjà en poste.\n\nMira"),
    ("es", "Hola Sam,\n\nte paso lo que me respondieron de selección. Lo siento.\n\nJens",
     "Hola Jens,\n\nal final no vamos a avanzar con Sam Taylor en este proceso; gracias por la recomendación.\n\nMira"),
    ("it", "Ciao Sam,\n\nti inoltro la risposta delle risorse umane.\n\nJens",
     "Ciao Jens,\n\nabbiamo valutato Sam Taylor con attenzione ma non procederemo con il suo profilo.\n\nMira"),
    ("nl", "Hoi Sam,\n\nik stuur je de reactie van HR gewoon door.\n\nJens",
     "Hoi Jens,\n\nSam Taylor nemen we niet mee naar de volgende ronde, wil jij het laten weten?\n\nMira"),
    ("pt", "Olá Sam,\n\nencaminho a resposta do RH, sinto muito.\n\nJens",
     "Olá Jens,\n\na candidatura do Sam Taylor foi reprovada pelo comitê.\n\nMira"),
]


@pytest.mark.parametrize("lang,note,inner", FORWARDED_ABOUT_OWNER)
def test_a_forwarded_note_about_the_owner_is_their_news_in_every_language(clf, lang, note, inner):
    verdict = clf.classify(parse_message(_forward(lang, note, inner)))
    assert verdict.rejection, verdict.hits
    assert not any(h.id == "greets-someone-else" and h.score for h in verdict.hits), verdict.hits


# the nearest hard negatives: a friend's own forwarded rejection stays theirs; a note about the
# owner that invites them on, or only sets a condition, is no verdict
FORWARDED_NOT_A_VERDICT = [
    ("de", "Sam, schau mal, was ich heute bekommen habe. Mist.\n\nJens",
     "Hallo Jens,\n\nleider müssen wir dir absagen, wir haben uns für jemand anderen entschieden.\n\nMira"),
    ("fr", "Sam, regarde ce que j'ai reçu ce matin...\n\nJens",
     "Bonjour Jens,\n\nnous ne retiendrons pas votre candidature, un autre profil a été choisi.\n\nMira"),
    ("de", "Hallo Sam,\n\ngute Nachrichten, lies selbst!\n\nJens",
     "Hallo Jens,\n\nwir möchten Sam Taylor gern zum zweiten Gespräch einladen. Passt Donnerstag?\n\nMira"),
    ("fr", "Bonjour Sam,\n\nbonne nouvelle ci-dessous.\n\nJens",
     "Bonjour Jens,\n\nnous souhaitons revoir Sam Taylor pour un dernier entretien la semaine prochaine.\n\nMira"),
    ("de", "Hallo Sam,\n\nzur Info, es dauert noch etwas.\n\nJens",
     "Hallo Jens,\n\nfalls wir Sam Taylor nicht berücksichtigen können, melde ich mich vorher bei dir.\n\nMira"),
    # the owner chosen, the other candidates turned down
    ("de", "Hallo Sam,\n\ngute Nachrichten!\n\nJens",
     "Hallo Jens,\n\nwir haben uns für Sam Taylor entschieden und sagen den anderen Bewerbern heute ab.\n\nMira"),
    ("fr", "Bonjour Sam,\n\nbonne nouvelle ci-dessous !\n\nJens",
     "Bonjour Jens,\n\nle comité a tranché : nous retenons Sam Taylor. Les autres candidats seront refusés demain.\n\nMira"),
    ("es", "Hola Sam,\n\nte reenvío lo último, vas bien.\n\nJens",
     "Hola Jens,\n\nSam Taylor sigue en el proceso; la semana que viene le llamamos para la entrevista final.\n\nMira"),
]


@pytest.mark.parametrize("lang,note,inner", FORWARDED_NOT_A_VERDICT)
def test_a_forwarded_note_that_is_no_verdict_on_the_owner_stays_negative(clf, lang, note, inner):
    verdict = clf.classify(parse_message(_forward(lang, note, inner)))
    assert not verdict.rejection, verdict.hits


def _is(body: str, headers: str = "", subject: str = "Update", *, clf) -> bool:
    return clf.classify(parse_message(message(body, subject=subject, headers=headers))).rejection


# -- A concession states the verdict; a condition does not --------------------------------
# "Auch wenn es diesmal nicht geklappt hat" (even though) is news; "falls / sollten" is not.
CONCESSIVE = [
    "Hallo Sam,\n\nauch wenn es mit der Rolle als Teamleitung Vertrieb diesmal nicht geklappt hat, danken wir Ihnen für die Gespräche.",
    "Liebe Sam,\n\nauch wenn deine Bewerbung diesmal nicht gepasst hat: bleib gern mit uns in Kontakt.",
]
CONDITIONAL = [
    "Hallo Sam,\n\nfalls es mit der Rolle diesmal nicht klappen sollte, melden wir uns trotzdem bei Ihnen.",
    # the acknowledgement that hedges, and its promise to tell either way
    "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung, sie ist vollständig bei uns eingegangen. Sollten wir uns gegen eine "
    "Zusammenarbeit entscheiden,\nerhalten Sie ebenfalls eine Nachricht – eine Absage bleibt bei uns nie unbeantwortet.",
    "Hi Sam,\n\ndanke für deine Bewerbung! Wenn wir uns gegen dich entscheiden, hörst du trotzdem von uns, versprochen.",
]


@pytest.mark.parametrize("body", CONCESSIVE)
def test_a_concession_states_the_verdict(clf, body):
    assert _is(body, clf=clf)


@pytest.mark.parametrize("body", CONDITIONAL)
def test_a_condition_or_a_hedged_acknowledgement_is_no_verdict(clf, body):
    assert not _is(body, clf=clf)


# -- Other candidates in Swiss and inclusive German ---------------------------------------
@pytest.mark.parametrize("body", [
    "Grüezi Sam\n\nWir haben entschieden, das Verfahren mit anderen Kandidierenden weiterzuführen.",
    "Hallo Sam,\n\nnach den Interviews sind wir mit zwei anderen Kandidierenden in die letzte Runde gegangen.",
])
def test_other_candidates_as_kandidierende(clf, body):
    assert _is(body, clf=clf)


# -- Bulk headers say how a status notice was sent, not what it says ------------------------
_BULK = "List-Id: <jobs.board.example>\nList-Unsubscribe: <https://board.example/u>\nPrecedence: bulk\n"


@pytest.mark.parametrize("body", [
    "Sam, merci pour votre intérêt.\n\nMalheureusement, l'entreprise a décidé de ne pas poursuivre avec votre candidature.\n\n"
    "Offres similaires : Chargé de communication",
    "Hallo Sam,\n\nleider hat das Unternehmen entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
])
def test_a_job_board_status_notice_with_list_headers_is_a_rejection(clf, body):
    assert _is(body, headers=_BULK, clf=clf)


@pytest.mark.parametrize("body,subject", [
    ("Au sommaire cette semaine :\n- Refus après entretien : que répondre ?\n- « Votre candidature n'a pas été retenue » : "
     "ce que disent vraiment ces réponses\n\nLire la lettre en ligne", "Candidature refusée : et maintenant ?"),
    ("In dieser Ausgabe:\n- Absage nach dem Vorstellungsgespräch: Nachfragen lohnt sich\n- Warum Ihre Bewerbung nicht "
     "berücksichtigt wurde und was Sie daraus lernen", "Absage erhalten? So geht es weiter"),
])
def test_a_newsletter_about_rejections_is_not_one(clf, body, subject):
    assert not _is(body, headers=_BULK, subject=subject, clf=clf)


# -- A hiring freeze puts the role on hold; an offer of employment is no rejection ----------
@pytest.mark.parametrize("body", [
    "Bonjour Sam,\n\nmalheureusement, la direction vient d'annoncer un gel des embauches jusqu'à l'été, et le poste "
    "de chef de produit est concerné. Le recrutement s'arrête donc ici.",
    "Bonjour Sam,\n\nnous avons embauché une personne en interne ; le processus s'arrête là pour vous.",
    "Hallo Sam,\n\nleider hat die Geschäftsführung einen Einstellungsstopp verhängt, der auch die Stelle als "
    "Produktmanager betrifft.",
])
def test_a_hiring_freeze_or_a_hire_made_elsewhere_is_a_rejection(clf, body):
    assert _is(body, clf=clf)


@pytest.mark.parametrize("body", [
    "Bonjour Sam,\n\nj'ai le plaisir de vous adresser votre promesse d'embauche pour le poste de chef de produit.",
    "Bonjour Sam,\n\nbonne nouvelle : vous êtes embauché ! Le contrat suit par courrier.",
])
def test_an_offer_of_employment_stays_negative(clf, body):
    assert not _is(body, clf=clf)


# -- A refusal that is not about a job: a talk, a paper ------------------------------------
@pytest.mark.parametrize("body", [
    "Bonjour Sam,\n\nmerci pour votre proposition « Les données sans détour ». Le comité n'a malheureusement pas pu "
    "la retenir pour l'édition 2027.",
    "Hallo Sam,\n\ndanke für Ihren Vortragsvorschlag. Leider konnten wir ihn für das Programm nicht berücksichtigen.",
])
def test_a_refused_talk_proposal_is_not_a_job_rejection(clf, body):
    assert not _is(body, clf=clf)


# -- The reader's own withdrawal, done at their request, is theirs --------------------------
@pytest.mark.parametrize("body", [
    "Bonjour Sam,\n\nconformément à votre demande, nous avons bien retiré votre candidature. Bonne continuation !",
    "Bonjour Sam,\n\nsuite à votre demande du 3 mars, votre dossier a été clôturé et vos données supprimées.",
    "Hallo Sam,\n\nauf Ihren Wunsch hin haben wir Ihre Bewerbung zurückgezogen und die Unterlagen gelöscht.",
    "Hallo Sam,\n\nwie gewünscht ist deine Bewerbung nun storniert. Alles Gute!",
])
def test_a_withdrawal_done_at_the_readers_request_is_not_a_rejection(clf, body):
    assert not _is(body, clf=clf)


@pytest.mark.parametrize("body", [
    # data deleted later, on request: a retention notice under a real verdict
    "Hallo Sam,\n\nleider haben wir uns für eine andere Kandidatin entschieden. Ihre Unterlagen werden nach sechs "
    "Monaten gelöscht.",
    "Bonjour Sam,\n\nnous ne donnerons pas suite à votre candidature. Vos données seront supprimées dans six mois, "
    "ou plus tôt sur simple demande.",
])
def test_a_retention_notice_under_a_verdict_keeps_the_verdict(clf, body):
    assert _is(body, clf=clf)


# -- Not among the chosen; a negative answer; another consultant ----------------------------
@pytest.mark.parametrize("body", [
    "Hallo Sam,\n\nleider sind Sie nicht unter den Kandidaten, die wir zum nächsten Gespräch einladen.",
    "Hallo Sam,\n\ndu gehörst diesmal leider nicht zu den Finalisten für die Rolle.",
    "Bonjour Sam,\n\nc'est une réponse négative pour cette fois, désolé.",
    "Bonjour Sam,\n\nle client a choisi de poursuivre avec un autre consultant pour la mission.",
])
def test_not_among_the_chosen_a_negative_answer_another_consultant(clf, body):
    assert _is(body, clf=clf)


@pytest.mark.parametrize("body", [
    "Hallo Sam,\n\nSie sind leider noch nicht unter den Finalisten, wir entscheiden nächste Woche.",
    "Bonjour Sam,\n\nmerci pour votre candidature. En cas de réponse négative, vous serez informé par e-mail.",
])
def test_not_yet_among_the_chosen_or_a_conditional_answer_is_no_verdict(clf, body):
    assert not _is(body, clf=clf)


# -- A policy for those who fall short, and a pitch for another role ------------------------
@pytest.mark.parametrize("body", [
    "Hallo Sam,\n\nals nächsten Schritt bitten wir Sie, unseren Online-Test bis Freitag abzuschließen. Bewerber, die den "
    "Test nicht abschließen, können wir leider nicht berücksichtigen.",
    "Bonjour Sam,\n\nle poste de responsable marketing a été pourvu, mais votre profil nous intéresse pour un autre poste "
    "de chef de produit. Seriez-vous disponible pour en parler ?",
])
def test_a_policy_or_a_pitch_for_another_role_is_no_verdict(clf, body):
    assert not _is(body, clf=clf)


@pytest.mark.parametrize("body", [
    "Bonjour Sam,\n\nnous sommes au regret de vous informer que votre candidature n'a pas été retenue. Votre profil nous "
    "intéresse toutefois pour un autre poste à venir.",
    "Hallo Sam,\n\nBewerber, die nicht in die engere Wahl kommen, erhalten von uns eine Nachricht. Leider gehören Sie "
    "dazu: Ihre Bewerbung können wir nicht berücksichtigen.",
])
def test_a_verdict_beside_a_pitch_or_a_policy_stays_a_rejection(clf, body):
    assert _is(body, clf=clf)


# -- An outcome named negative / not favourable ------------------------------------------
@pytest.mark.parametrize("body", [
    "Hallo Sam,\n\nleider müssen wir Ihnen heute eine negative Rückmeldung geben.",
    "Hallo Sam,\n\ndas Votum des Fachbereichs ist leider negativ ausgefallen.",
    "Hallo Sam,\n\ndas Ergebnis der Gespräche war für dich leider nicht positiv.",
    "Bonjour Sam,\n\nle retour de l'équipe est malheureusement négatif.",
    "Bonjour Sam,\n\nl'issue de votre entretien n'est pas favorable.",
])
def test_an_outcome_named_negative_is_a_rejection(clf, body):
    assert _is(body, clf=clf)


@pytest.mark.parametrize("body", [
    "Hallo Sam,\n\nwir haben noch keine positive Rückmeldung vom Fachbereich, melden uns aber bald.",
    "Hallo Sam,\n\nfalls die Rückmeldung negativ ausfällt, melden wir uns trotzdem bei Ihnen.",
    "Hallo Sam,\n\ndas Feedback der Fachabteilung war durchweg positiv! Wir möchten Sie zum Zweitgespräch einladen.",
    "Bonjour Sam,\n\nmerci pour votre candidature. En cas de réponse négative, vous serez informé par e-mail.",
    "Bonjour Sam,\n\nla réponse de la banque concernant votre prêt immobilier est malheureusement négative.",
])
def test_an_outcome_pending_conditional_positive_or_not_about_a_job_is_no_verdict(clf, body):
    assert not _is(body, clf=clf)


# -- Another direction taken; not taken into the process (a club's admission is no job) ------
@pytest.mark.parametrize("body", [
    "Hallo Sam,\n\nleider hat sich das Team für einen anderen Weg entschieden.",
    "Hallo Sam,\n\nleider können wir Ihre Bewerbung nicht in den weiteren Auswahlprozess aufnehmen.",
    "Bonjour Sam,\n\nnous avons décidé de partir dans une autre direction pour ce poste.",
])
def test_another_direction_or_not_taken_into_the_process(clf, body):
    assert _is(body, clf=clf)


@pytest.mark.parametrize("body", [
    "Hallo Sam,\n\nleider können wir Sie in diesem Jahr nicht als Mitglied in den Segelverein aufnehmen; die Warteliste ist voll.",
    "Bonjour Sam,\n\nsi nous prenons une autre direction, nous vous le dirons rapidement.",
])
def test_a_club_admission_or_a_conditional_direction_is_no_verdict(clf, body):
    assert not _is(body, clf=clf)


# -- A reply to the owner's own question: nobody else chosen -------------------------------
@pytest.mark.parametrize("body", [
    "Bonjour Sam,\n\npour répondre à votre question : non, nous n'avons pas retenu d'autre candidat. Le processus est "
    "simplement plus long que prévu.",
    "Hallo Sam,\n\nzu Ihrer Frage, ob wir uns für einen anderen Kandidaten entschieden haben: nein, Sie sind weiterhin "
    "dabei. Wir melden uns nächste Woche.",
    "Bonjour Sam,\n\nnous ne pourrons pas vous accorder le prêt demandé.",
])
def test_nobody_else_chosen_or_a_loan_is_no_verdict(clf, body):
    assert not _is(body, clf=clf)


def test_no_other_candidate_chosen_in_german_is_no_verdict(clf):
    assert not _is("Hallo Sam,\n\nzu Ihrer Frage: nein, wir haben keinen anderen Kandidaten ausgewählt. Die "
                   "Entscheidung dauert nur länger.", clf=clf)
