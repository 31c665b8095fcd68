"""German, French, Spanish, Italian, Dutch and Portuguese mechanisms of issue 11, round 17, in wording of our own,
beside their nearest opposites:

- a portal's status line saying the reader is no longer in the running ("Status: Nicht mehr in Betracht gezogen",
  « Statut : Plus en considération », "Stato: Non più in considerazione" …) is a status verdict; a status that
  keeps the application under review is none;
- a step's deadline with its consequence ("do the test within five days; otherwise / after that / without it we
  cannot go on with your application") is a hedge in an invitation to act, not a verdict; a plain "we will not go
  on" stays a rejection;
- the reader's silence read as a no after an offer ("sollten wir bis dahin nichts von Ihnen hören, betrachten wir
  es als abgelehnt") and the role offered to the reader are no rejection;
- a recruiter's "they go on with someone else for the role as X" is no "gehen Sie davon aus" hedge;
- the role filled with another candidate by a finite verb ("dass wir die Stelle mit einer Kandidatin besetzen");
  a wish to fill it ("möchten die Stelle mit einer Person besetzen") stays negative;
- the owner setting someone else's application to a status in an HR system is the owner's hiring;
- a new employer introduced as searching ("ein Handelskonzern sucht eine Leitung …") is a recruiter's pitch;
- an application transferred and "still under review" (pt) is no rejection; a guest at events is no interview.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


def _ids(verdict):
    return [h.id for h in verdict.hits]


# -- a status line: no longer in the running
NO_LONGER_STATUS = [
    ("de", "Hallo Sam,\n\nzu Ihrer Bewerbung gibt es eine Änderung.\n\nStelle: Disponent (m/w/d)\n"
     "Status: Nicht mehr in Betracht gezogen\n\nIhr Bewerbungsportal"),
    ("fr", "Bonjour Sam,\n\nVotre dossier a été mis à jour.\n\nPoste : Chargé de planification\n"
     "Statut : Plus en considération\n\nPortail carrières"),
    ("es", "Hola Sam,\n\nTu candidatura tiene una novedad.\n\nPuesto: Planificador logístico\n"
     "Estado: Ya no estás en consideración\n\nPortal de empleo"),
    ("it", "Ciao Sam,\n\nla tua candidatura ha un aggiornamento.\n\nPosizione: Pianificatore logistico\n"
     "Stato: Non più in considerazione\n\nPortale carriere"),
    ("nl", "Hoi Sam,\n\nEr is een wijziging in je sollicitatie.\n\nFunctie: Planner logistiek\n"
     "Status: Niet meer in overweging\n\nCarrièreportaal"),
    ("pt", "Olá Sam,\n\nHá uma atualização na sua candidatura.\n\nVaga: Planeador logístico\n"
     "Status: Não está mais em consideração\n\nPortal de carreiras"),
]


@pytest.mark.parametrize("lang,body", NO_LONGER_STATUS)
def test_a_status_no_longer_in_the_running_is_a_verdict(clf, lang, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection
    assert f"{lang}-portal-status" in _ids(verdict)


# the nearest opposite: a status that keeps the application under review
UNDER_REVIEW_STATUS = [
    ("de", "Hallo Sam,\n\nzu Ihrer Bewerbung gibt es eine Änderung.\n\nStelle: Disponent (m/w/d)\n"
     "Status: In Prüfung beim Fachbereich\n\nIhr Bewerbungsportal"),
    ("it", "Ciao Sam,\n\nla tua candidatura ha un aggiornamento.\n\nPosizione: Pianificatore logistico\n"
     "Stato: In valutazione\n\nPortale carriere"),
    ("pt", "Olá Sam,\n\nHá uma atualização na sua candidatura.\n\nVaga: Planeador logístico\n"
     "Status: Em análise pela equipa\n\nPortal de carreiras"),
]


@pytest.mark.parametrize("lang,body", UNDER_REVIEW_STATUS)
def test_a_status_under_review_is_no_verdict(clf, lang, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection
    assert f"{lang}-portal-status" not in _ids(verdict)


# -- a step's deadline and its consequence
DEADLINE_CONSEQUENCE = [
    ("fr", "Bonjour Sam,\n\nMerci pour votre intérêt. Prochaine étape : une étude de cas à rendre en ligne.\n\n"
     "Sans retour de votre part d'ici mardi, nous ne pourrons malheureusement pas donner suite à votre "
     "candidature.\n\nL'équipe recrutement"),
    ("it", "Ciao Sam,\n\nottime notizie: passi alla fase successiva con un esercizio pratico.\n\n"
     "Caricalo sul portale entro venerdì, altrimenti purtroppo la tua candidatura non potrà proseguire.\n\n"
     "Il team selezione"),
    ("nl", "Hoi Sam,\n\nJe bent door naar de volgende stap: een korte persoonlijkheidstest.\n\n"
     "Rond de test binnen een week af; daarna verloopt de uitnodiging en kunnen we je sollicitatie helaas niet "
     "verder meenemen.\n\nTeam Werving"),
]


@pytest.mark.parametrize("lang,body", DEADLINE_CONSEQUENCE)
def test_a_deadline_consequence_is_no_verdict(clf, lang, body):
    verdict = _verdict(clf, body)
    assert not verdict.rejection
    assert f"{lang}-conditional-outcome" in _ids(verdict)


# the nearest opposite: the same words stated as what happens now
PLAIN_NOT_GOING_ON = [
    ("fr", "Bonjour Sam,\n\nMerci pour votre intérêt. Après étude de votre dossier, nous ne pourrons "
     "malheureusement pas donner suite à votre candidature.\n\nL'équipe recrutement"),
    ("it", "Ciao Sam,\n\ngrazie per l'interesse. Purtroppo la tua candidatura non potrà proseguire: abbiamo "
     "scelto profili più vicini alle nostre esigenze.\n\nIl team selezione"),
    ("nl", "Hoi Sam,\n\nDank voor je sollicitatie. Na zorgvuldige afweging kunnen we je sollicitatie helaas niet "
     "verder meenemen.\n\nTeam Werving"),
]


@pytest.mark.parametrize("lang,body", PLAIN_NOT_GOING_ON)
def test_a_plain_no_stays_a_rejection(clf, lang, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection
    assert f"{lang}-conditional-outcome" not in _ids(verdict)


def test_the_readers_silence_after_an_offer_is_no_rejection(clf):
    body = ("Hallo Sam,\n\nwir freuen uns, Ihnen die Stelle als Teamleitung Einkauf anzubieten. Bitte geben Sie uns "
            "bis Monat Ende Bescheid; sollten wir bis dahin keine Antwort von Ihnen erhalten, sehen wir das Angebot "
            "als abgelehnt an und sprechen mit anderen Bewerbern weiter.\n\nBeste Grüße\nKatrin")
    verdict = _verdict(clf, body, subject="Ihr Angebot")
    assert not verdict.rejection
    assert "de-offer" in _ids(verdict)


def test_a_recruiter_passing_on_someone_else_chosen_for_the_role_as_x_is_a_rejection(clf):
    body = ("Hoi Sam\n\nDer Kunde hat sich gemeldet. Sie gehen für die Stelle als Leiter Backoffice mit einem anderen "
            "Kandidaten weiter, der schon im Haus gearbeitet hat.\n\nSchade! Ich melde mich, sobald ich etwas "
            "Neues habe.\n\nGruess\nNadia")
    verdict = _verdict(clf, body, subject="Rückmeldung")
    assert verdict.rejection
    assert "de-conditional-outcome" not in _ids(verdict)


def test_the_hedge_gehen_sie_davon_aus_still_counts(clf):
    body = ("Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Sollten Sie innerhalb von vier Wochen nichts von uns "
            "hören, gehen Sie bitte davon aus, dass wir uns für andere Bewerber entschieden haben.\n\nIhr HR-Team")
    verdict = _verdict(clf, body, subject="Eingangsbestätigung")
    assert not verdict.rejection
    assert "de-conditional-outcome" in _ids(verdict)


def test_the_role_filled_with_another_candidate_by_a_finite_verb(clf):
    body = ("Liebe:r Sam,\n\ndanke für Ihre Nachricht. Ich muss Ihnen leider sagen, dass wir die Stelle im Controlling "
            "mit einer Bewerberin besetzen, die das Geschäft schon kennt.\n\nAlles Gute\nMonika Brandt")
    verdict = _verdict(clf, body, subject="AW: Nachfrage")
    assert verdict.rejection
    assert "de-clause-filled-by-other" in _ids(verdict)


def test_a_wish_to_fill_the_role_is_no_rejection(clf):
    body = ("Hallo Sam,\n\nunser Kunde möchte die Stelle im Controlling mit einer Person besetzen, die das Geschäft "
            "schon kennt. Hätten Sie Interesse an einem kurzen Gespräch?\n\nBeste Grüße\nMonika Brandt")
    verdict = _verdict(clf, body, subject="Neue Position")
    assert not verdict.rejection
    assert "de-clause-filled-by-other" not in _ids(verdict)


def test_the_owner_setting_someone_elses_status_is_the_owners_hiring(clf):
    body = ("Hallo Sam,\n\nDu hast die Bewerbung von Lena Hartmann für die Stelle Praktikum Marketing auf den Status "
            "\"Abgelehnt\" gesetzt. Die Absage-E-Mail (Vorlage \"Standard\") wird morgen früh versendet.\n\n"
            "Dein HR-System")
    verdict = _verdict(clf, body, subject="Kandidatin abgelehnt: Praktikum Marketing")
    assert not verdict.rejection
    assert "de-owner-hiring" in _ids(verdict)


def test_a_new_employer_searching_is_a_pitch(clf):
    body = ("Hallo Sam,\n\nich habe gehört, dass es bei der Spedition leider nicht geklappt hat. Ein Handelskonzern in "
            "Hamburg sucht eine Leitung Logistik, Start im Frühjahr.\n\nHätten Sie morgen Zeit für ein Telefonat?\n\n"
            "Beste Grüße\nJonas")
    verdict = _verdict(clf, body, subject="Neue Rolle")
    assert not verdict.rejection
    assert "de-new-role-pitch" in _ids(verdict)


def test_a_transferred_application_still_under_review_is_no_rejection(clf):
    body = ("Olá Sam,\n\nA vaga de Analista Financeiro foi encerrada, mas a equipa achou o seu perfil adequado a outra "
            "oportunidade: Controller Júnior.\n\nA sua candidatura foi transferida e continua em análise.\n\n"
            "Equipa de Recrutamento")
    verdict = _verdict(clf, body, subject="A sua candidatura")
    assert not verdict.rejection
    assert "pt-application-transferred" in _ids(verdict)


def test_a_guest_at_events_is_no_interview(clf):
    body = ("Caro Sam,\n\nInformo que a vaga de Gestor de Eventos já foi preenchida. Optámos por uma pessoa com mais "
            "anos na região.\n\nFazemos provas abertas com frequência e teremos gosto em recebê-lo como convidado.\n\n"
            "Cumprimentos\nRita")
    verdict = _verdict(clf, body, subject="Processo de recrutamento")
    assert verdict.rejection
    assert "pt-invitation" not in _ids(verdict)


def test_selected_for_an_interview_is_an_invitation(clf):
    body = ("Ciao Sam,\n\nil tuo profilo è stato selezionato per un colloquio con un nostro cliente. Purtroppo gli "
            "slot in sede sono finiti: prenota una videochiamata dal link entro due giorni.\n\nIl team")
    verdict = _verdict(clf, body, subject="Colloquio")
    assert not verdict.rejection
    assert "it-invitation" in _ids(verdict)


# -- a note passed on: the hiring manager's third-person verdict on the owner, forwarded by HR
def _forward(lang: str, note: str) -> bytes:
    fw, frm, to, sub, sep, cover = {
        "de": ("WG", "Von", "An", "Betreff", "-----Ursprüngliche Nachricht-----", "Hallo Sam,\n\nanbei Pauls Rückmeldung, tut mir leid."),
        "it": ("I", "Da", "A", "Oggetto", "-----Messaggio originale-----", "Ciao Sam,\n\nti giro il parere di Paolo, mi dispiace."),
        "pt": ("Enc", "De", "Para", "Assunto", "-----Mensagem original-----", "Olá Sam,\n\nreencaminho a opinião do Paulo, lamento."),
    }[lang]
    return (f"From: Julia Rossi <julia@kontor.example>\nTo: Sam Taylor <sam.taylor@example.org>\n"
            f"Subject: {fw}: Sam Taylor - Vertrieb\nMessage-ID: <fwd-r17@kontor.example>\n"
            "Date: Mon, 7 Dec 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{cover}\n\nJulia\n\n{sep}\n{frm}: Paul Neri <paul@kontor.example>\n{to}: Julia Rossi <julia@kontor.example>\n"
            f"{sub}: Sam Taylor - Vertrieb\n\nJulia,\n{note}\nPaul\n").encode()


MANAGER_NO = [
    ("de", "ich habe mir die Notizen nochmal angesehen. Er passt leider nicht zu dem, was das Team braucht.",
     "de-clause-owner-no-match"),
    ("de", "die Kandidatin passt fachlich nicht in unser Team.", "de-clause-owner-no-match"),
    ("it", "ho riletto le note. Non è in linea con quello che cerchiamo.", "it-clause-owner-no-match"),
    ("it", "ho riletto le note. Non andrei avanti con la sua candidatura.", "it-clause-not-progressed"),
    ("it", "la candidata non fa per noi.", "it-clause-owner-no-match"),
    ("pt", "o candidato não serve para a vaga.", "pt-clause-owner-no-match"),
]


@pytest.mark.parametrize("lang,note,rule", MANAGER_NO)
def test_a_managers_third_person_no_passed_on_is_a_rejection(clf, lang, note, rule):
    verdict = clf.classify(parse_message(_forward(lang, note)))
    assert verdict.rejection
    assert rule in _ids(verdict)


# the nearest opposite: the manager's yes, or a time that does not suit, passed on
MANAGER_YES = [
    ("de", "er passt sehr gut zu uns, bitte lade ihn zur nächsten Runde ein."),
    ("de", "der Termin am Montag passt mir nicht, können wir das Gespräch mit ihm verschieben?"),
    ("it", "mi sembra molto in linea, portiamolo al prossimo colloquio."),
    ("pt", "a hora de terça não me serve para a entrevista, podemos mudar?"),
]


@pytest.mark.parametrize("lang,note", MANAGER_YES)
def test_a_managers_yes_or_a_clash_passed_on_is_no_rejection(clf, lang, note):
    verdict = clf.classify(parse_message(_forward(lang, note)))
    assert not verdict.rejection
    assert f"{lang}-clause-owner-no-match" not in _ids(verdict)


def test_decided_against_another_round(clf):
    body = ("Servus Sam,\n\nkurzes Update: die Firma hat sich leider gegen eine weitere Gesprächsrunde mit dir "
            "entschieden.\n\nMelde mich bald\nTom")
    verdict = _verdict(clf, body, subject="Update")
    assert verdict.rejection
    assert "de-clause-decided-against" in _ids(verdict)


def test_others_turned_down_but_the_reader_goes_on(clf):
    body = ("Hoi Sam,\n\nVan de zes kandidaten hebben we er helaas vier moeten afwijzen, maar jij bent door naar de "
            "laatste ronde. Kun je donderdag?\n\nGroet\nEva")
    verdict = _verdict(clf, body, subject="Volgende stap")
    assert not verdict.rejection
    assert "nl-chosen-owner" in _ids(verdict)


def test_going_for_a_more_senior_profile_after_all(clf):
    body = ("Salut Sam,\n\nMerci pour ton cas pratique, il était très propre. Mais on part finalement sur un profil "
            "plus expérimenté en salons.\n\nÀ bientôt\nLéa")
    verdict = _verdict(clf, body, subject="Re: Cas pratique")
    assert verdict.rejection
    assert "fr-clause-other-chosen" in _ids(verdict)


def test_a_job_boards_chrome_is_no_recruiters_pitch(clf):
    body = ("Hallo Sam,\n\nNordwind GmbH hat Ihnen eine Nachricht geschickt:\n\nWir haben uns für die Stelle als "
            "Einkäufer leider für eine andere Bewerberin entschieden.\n\nJobs, die zu Ihnen passen\n\nIhr Jobportal")
    verdict = _verdict(clf, body, subject="Neue Nachricht",
                       headers="List-Unsubscribe: <https://click.example/unsub/9>\nPrecedence: bulk\n")
    assert verdict.rejection
    assert "de-new-role-pitch" not in _ids(verdict)


def test_the_employers_silence_said_with_wir_is_a_hedge(clf):
    body = ("Hallo Sam,\n\nvielen Dank für Ihre Unterlagen. Sollten wir uns nicht binnen vier Wochen bei Ihnen melden, "
            "ist die Position anderweitig vergeben.\n\nIhr Personalteam")
    verdict = _verdict(clf, body, subject="Eingangsbestätigung")
    assert not verdict.rejection
    assert "de-conditional-outcome" in _ids(verdict)


def test_a_wish_after_a_closure_is_no_hedge(clf):
    body = ("Hallo Sam,\n\nleider ist die Position inzwischen vergeben. Falls wir uns nicht mehr melden sollten, "
            "wünschen wir Ihnen alles Gute.\n\nIhr Personalteam")
    verdict = _verdict(clf, body, subject="Ihre Bewerbung")
    assert verdict.rejection
    assert "de-conditional-outcome" not in _ids(verdict)


def test_no_grounds_to_go_on(clf):
    body = "Ciao Sam,\n\ndopo il colloquio purtroppo non sussistono i presupposti per proseguire.\n\nIl team"
    verdict = _verdict(clf, body, subject="Candidatura")
    assert verdict.rejection
    assert "it-not-proceed" in _ids(verdict)


def test_all_grounds_to_go_on_is_no_rejection(clf):
    body = "Ciao Sam,\n\nci sono tutti i presupposti per proseguire: ti aspettiamo giovedì in sede.\n\nIl team"
    verdict = _verdict(clf, body, subject="Candidatura")
    assert not verdict.rejection
    assert "it-not-proceed" not in _ids(verdict)
