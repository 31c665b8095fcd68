"""German and French detection, round 4: the mechanisms behind the first-sight misses of the
held-back blind sets (intl5, intl6), each covered as a family and tested here in our own wording,
with the nearest hard negatives (a talent pool's consent, a job board's relay, inclusive writing
that split a clause, a verdict only in the subject, a decision against going on, the process
going on with other candidates, a role put on stand-by)."""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message

BULK = ("List-Unsubscribe: <https://mail.jobboard.example/unsub>\n"
        "Precedence: bulk\n")


def verdict_of(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(message(body, subject=subject, headers=headers)))


# A talent pool's consent ("if we don't hear from you, we delete your data") is about the
# reader's silence, not a hedge on the outcome: it must not sink the verdict before it.
TALENT_POOL_CONSENT = [
    "Hallo Sam,\n\nwir haben uns entschieden, den Prozess mit anderen Bewerbern fortzuführen. Gern nehmen wir "
    "dich in unseren Talentpool auf. Wenn wir nichts von dir hören, löschen wir deine Daten nach sechs Monaten.",
    "Guten Tag Sam Taylor,\n\nleider können wir Ihre Bewerbung nicht berücksichtigen. Falls wir keine Antwort von "
    "Ihnen bekommen, werden Ihre Unterlagen nach 180 Tagen gelöscht.",
    "Hallo Sam,\n\nfür die Stelle haben wir uns für eine andere Kandidatin entschieden. Sofern wir nichts von dir "
    "hören, entfernen wir dein Profil automatisch aus dem System.",
    "Bonjour Sam,\n\nnous avons décidé de ne pas retenir ta candidature. Nous aimerions garder ton profil dans "
    "notre vivier. Sans réponse de ta part, tes données seront effacées dans six mois.",
    "Bonjour Sam,\n\nnous ne donnerons pas suite à votre candidature. Si nous n'avons pas de retour de votre part "
    "d'ici 30 jours, votre dossier sera supprimé de notre base.",
    "Bonjour Sam,\n\nle poste a été pourvu. Sans réponse de votre part, nous effacerons vos informations "
    "personnelles à la fin de l'année.",
]


@pytest.mark.parametrize("body", TALENT_POOL_CONSENT)
def test_the_readers_silence_in_a_consent_does_not_sink_the_verdict(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, v.hits


# ...while the employer's own silence is still a hedge: no verdict yet.
EMPLOYER_SILENCE = [
    "Hallo Sam,\n\ndanke für Ihre Bewerbung. Sollten Sie innerhalb von vier Wochen nichts von uns hören, "
    "ist die Stelle anderweitig vergeben.",
    "Guten Tag,\n\nwir prüfen Ihre Unterlagen. Wenn Sie bis Ende Mai keine Rückmeldung von uns erhalten, "
    "konnten wir Sie leider nicht berücksichtigen.",
    "Bonjour Sam,\n\nmerci pour votre candidature. Si vous n'avez pas de nouvelles de notre part sous trois "
    "semaines, considérez que votre candidature n'a pas été retenue.",
    "Bonjour,\n\nnous étudions votre dossier. Sans réponse de notre part d'ici quinze jours, vous pourrez "
    "considérer que le poste a été pourvu.",
    "Bonjour,\n\nmerci pour votre intérêt. Sans réponse dans un délai d'un mois, votre candidature n'aura pas "
    "été retenue.",
]


@pytest.mark.parametrize("body", EMPLOYER_SILENCE)
def test_the_employers_silence_is_still_a_hedge(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# A job board relays the employer's message in quotation marks after announcing a message about
# the reader's application; it is the employer's word to the reader, not a quotation.
RELAYED_BY_A_BOARD = [
    ("Hallo Sam Taylor,\n\nes gibt eine neue Nachricht zu Ihrer Bewerbung.\n\nNachricht von Hafenkontor AG:\n\n"
     "„Vielen Dank für Ihr Interesse. Nach sorgfältiger Prüfung können wir Ihnen leider keine positive "
     "Rückmeldung geben. Wir wünschen Ihnen weiterhin viel Erfolg.“", BULK),
    ("Guten Tag,\n\nSie haben eine neue Nachricht zu Ihrer über das Portal versandten Bewerbung erhalten.\n\n"
     "\"Sehr geehrte(r) Sam Taylor, leider ist die ausgeschriebene Stelle inzwischen besetzt. Wir wünschen "
     "Ihnen alles Gute.\"", BULK),
    ("Liebe:r Sam,\n\ndie Firma hat dir zu deiner Bewerbung eine Nachricht geschrieben:\n\n„Danke für deine "
     "Bewerbung. Wir haben uns nach langer Abwägung für eine andere Kandidatin entschieden. Alles Gute!“", ""),
    ("Bonjour Sam,\n\nvous avez reçu un message concernant votre candidature :\n\n«Nous vous remercions pour "
     "votre intérêt. Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature.»", ""),
    ("Bonjour,\n\nl'employeur vous a envoyé un message au sujet de votre candidature.\n\n« Après examen de "
     "votre dossier, nous avons retenu un autre profil pour ce poste. Nous vous souhaitons une bonne "
     "continuation. »", ""),
]


@pytest.mark.parametrize(("body", "headers"), RELAYED_BY_A_BOARD)
def test_a_job_board_relaying_the_employers_message_is_a_verdict(clf, body, headers):
    v = verdict_of(clf, body, headers=headers)
    assert v.rejection, v.hits


# ...while a newsletter or a friend quoting someone else's rejection stays someone else's words.
QUOTED_FOR_OTHERS = [
    "Hallo zusammen,\n\nin unserer Kolumne diese Woche eine typische Nachricht, die eine Leserin bekam:\n\n"
    "„Leider können wir Ihre Bewerbung nicht berücksichtigen und haben uns für eine andere Person entschieden.“"
    "\n\nWie geht man damit um? Mehr im Newsletter.",
    "Hi Sam,\n\nmeine Schwester hat diese Nachricht zu ihrer Bewerbung bekommen, was hältst du davon?\n\n"
    "„Die Stelle ist bereits besetzt, wir bedauern sehr, Ihnen absagen zu müssen.“",
    "Bonjour à tous,\n\nvoici le message qu'une abonnée a reçu après sa candidature :\n\n« Nous avons le regret "
    "de vous informer que nous ne donnerons pas suite à votre candidature. »\n\nNos conseils pour rebondir.",
    "Salut Sam,\n\nmon cousin a reçu ce message, tu peux m'aider à répondre ?\n\n« Votre profil ne correspond "
    "pas à nos attentes et le poste a été pourvu. »",
    "Hi Sam,\n\nhier ist der Entwurf meiner Nachricht an die Kandidatinnen:\n\n„Leider haben wir uns für "
    "eine andere Bewerberin entschieden und wünschen Ihnen viel Erfolg.“\n\nPasst das so?",
]


@pytest.mark.parametrize("body", QUOTED_FOR_OTHERS)
def test_someone_elses_quoted_rejection_stays_theirs(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# How a clause is cut: inclusive doublets ("Kandidatinnen und Kandidaten"), the gender colon
# ("Kandidat:innen", split by the tokenizer) and quotation marks around a job title end no clause.
CLAUSE_SPLITS = [
    "Hallo Sam,\n\nwir haben uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, "
    "deren Erfahrung genauer zu dieser Stelle passt.",
    "Hallo Sam,\n\nnach vielen Gesprächen haben wir beschlossen, mit Kandidat:innen weiterzumachen, die mehr "
    "Führungserfahrung mitbringen.",
    "Guten Tag,\n\ndie Stelle „Referent*in Unternehmenskommunikation“ wurde inzwischen geschlossen.",
    "Guten Tag Sam,\n\ndie Position \"Senior Brand Manager\" haben wir zwischenzeitlich intern vergeben.",
    "Bonjour Sam,\n\nle poste « Responsable CRM » a été pourvu en interne.",
    "Hallo Sam,\n\nwir haben den Prozess mit Bewerberinnen und Bewerbern fortgesetzt, die genauer zum Profil "
    "passen.",
]


@pytest.mark.parametrize("body", CLAUSE_SPLITS)
def test_inclusive_writing_and_quoted_titles_do_not_split_the_verdict(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, v.hits


# An acknowledgement's policy for a group defined by a negative relative clause is no verdict.
POLICIES = [
    "Sehr geehrte Sam Taylor,\n\nwir bestätigen den Eingang Ihrer Bewerbung. Bewerberinnen und Bewerber, die "
    "nicht in die engere Auswahl kommen, erhalten nach Abschluss des Verfahrens eine Nachricht.",
    "Guten Tag,\n\nIhre Unterlagen sind eingegangen. Kandidaten, die nicht berücksichtigt werden können, "
    "informieren wir per E-Mail.",
    "Hallo Sam,\n\ndanke für deine Bewerbung! Alle, die nicht in die nächste Runde kommen, bekommen von uns "
    "bis Monatsende Bescheid.",
    "Bonjour,\n\nnous avons bien reçu votre candidature. Les candidats qui ne seront pas retenus recevront un "
    "courriel à la fin du processus.",
    "Bonjour Sam,\n\nmerci pour ta candidature. Les personnes dont le profil ne correspond pas au poste seront "
    "informées par courriel.",
]


@pytest.mark.parametrize("body", POLICIES)
def test_a_policy_for_those_not_shortlisted_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# A decision against going on ("gegen eine Weiterführung entschieden"), with no "mit Ihnen".
DECIDED_AGAINST = [
    "Hallo Sam,\n\nder Fachbereich hat sich nach dem Interview gegen eine Weiterführung des Prozesses entschieden.",
    "Guten Tag,\n\nunser Kunde hat sich leider gegen eine Fortsetzung des Verfahrens entschieden.",
    "Hallo Sam,\n\ndas Team hat sich am Ende gegen eine weitere Zusammenarbeit entschieden.",
    "Sehr geehrte Sam Taylor,\n\nnach Abwägung haben wir uns gegen eine Einladung zum Zweitgespräch entschieden.",
    "Hallo Sam,\n\ndie Geschäftsführung hat sich gegen die Einstellung in diesem Jahr ausgesprochen.",
]


@pytest.mark.parametrize("body", DECIDED_AGAINST)
def test_a_decision_against_going_on_is_a_verdict(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, v.hits


READER_DECIDED = [
    "Hallo Sam,\n\nschade, dass Sie sich gegen eine Zusammenarbeit mit uns entschieden haben. Alles Gute!",
    "Hallo Sam,\n\nwir respektieren, dass du dich gegen eine Fortsetzung des Prozesses entschieden hast.",
    "Guten Tag,\n\nwir haben Ihre Entscheidung gegen eine Weiterführung des Verfahrens erhalten.",
    "Guten Tag,\n\nhaben Sie sich gegen eine Einladung entschieden? Dann geben Sie uns bitte kurz Bescheid.",
    "Hallo Sam,\n\nfalls sich das Team gegen eine Fortsetzung entscheidet, melden wir uns bis Freitag.",
]


@pytest.mark.parametrize("body", READER_DECIDED)
def test_the_readers_own_decision_or_a_condition_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# The process goes on with candidates, the reader not among them.
GROUP_CHOSEN = [
    "Hallo Sam,\n\nwir haben uns entschieden, den Prozess mit Kandidaten fortzusetzen, deren Profil genauer "
    "zu den Anforderungen passt.",
    "Guten Tag,\n\nnach Abwägung haben wir das Verfahren mit wenigen Finalisten fortgesetzt.",
    "Hallo Sam,\n\nwir machen mit Bewerbern weiter, die mehr Erfahrung im Vertrieb haben.",
    "Sehr geehrte Sam Taylor,\n\nwir haben beschlossen, mit den Kandidatinnen fortzufahren, die bereits im "
    "Gesundheitswesen gearbeitet haben. Wir führen die Gespräche nun mit zwei Kandidaten fort.",
    "Hallo Sam,\n\nwir haben uns entschlossen, das Verfahren mit ausgewählten Bewerberinnen weiterzuführen.",
]


@pytest.mark.parametrize("body", GROUP_CHOSEN)
def test_going_on_with_other_candidates_is_a_verdict(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, v.hits


GROUP_PLANNED = [
    "Hallo Sam,\n\ndanke für Ihre Bewerbung. Wir werden den Prozess mit Kandidaten fortsetzen, deren Profil am "
    "besten passt, und melden uns bis Ende November bei allen.",
    "Guten Tag,\n\nwir setzen den Prozess mit Ihnen und zwei weiteren Kandidaten fort.",
    "Hallo Sam,\n\nim nächsten Schritt werden wir mit den Kandidaten weitermachen, die den Test bestanden haben.",
    "Hallo Sam,\n\nwir möchten den Prozess mit Ihnen fortsetzen und laden Sie zum Zweitgespräch ein.",
    "Guten Tag,\n\nwenn Sie einverstanden sind, setzen wir das Verfahren mit Kandidaten aus beiden Runden fort.",
]


@pytest.mark.parametrize("body", GROUP_PLANNED)
def test_a_plan_or_the_reader_among_the_group_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# No possibility / not in a position, the act after the comma; a process included in.
NO_WAY = [
    "Sehr geehrte Sam Taylor,\n\nwir sehen derzeit keine Möglichkeit, Ihnen eine passende Position anzubieten.",
    "Hallo Sam,\n\nleider sehen wir keine Chance, dich im weiteren Verfahren zu berücksichtigen.",
    "Guten Tag,\n\nwir sind nicht in der Lage, Ihre Bewerbung weiterzuverfolgen.",
    "Sehr geehrte Sam Taylor,\n\nwir sind zu dem Ergebnis gekommen, Ihre Bewerbung nicht in das weitere "
    "Auswahlverfahren einzubeziehen.",
    "Hallo Sam,\n\nwir sehen keine Perspektive, Sie in unser Team aufzunehmen.",
]


@pytest.mark.parametrize("body", NO_WAY)
def test_no_way_to_go_on_is_a_verdict(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, v.hits


def test_no_way_in_a_condition_is_no_verdict(clf):
    v = verdict_of(clf, "Hallo Sam,\n\nfalls Sie keine Möglichkeit haben, am Donnerstag zu kommen, nennen Sie "
                        "uns bitte einen anderen Termin für das Gespräch.")
    assert not v.rejection, v.hits


# The role closed, in the words real mail uses: stand-by, comblé, mettre fin, "process", "hat sich erledigt".
ROLE_CLOSED = [
    "Bonjour Sam,\n\nle client vient de me dire qu'il met le recrutement en stand-by jusqu'à nouvel ordre.",
    "Bonjour Sam,\n\nje suis obligé de clôturer le process de mon côté, y compris pour vous.",
    "Bonjour,\n\nnous tenons à vous informer que le poste a été comblé.",
    "Bonjour Sam,\n\nnous avons décidé de mettre fin au processus de recrutement pour ce poste.",
    "Bonjour Sam,\n\nle client a décidé de ne pas ouvrir le poste cette année.",
    "Hallo Sam,\n\ndie Rolle hat sich leider erledigt, das Team wird neu aufgestellt.",
    "Guten Tag,\n\ndamit endet das Bewerbungsverfahren für alle noch offenen Bewerbungen, auch für Ihre.",
]


@pytest.mark.parametrize("body", ROLE_CLOSED)
def test_a_role_closed_in_everyday_words_is_a_verdict(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, v.hits


ROLE_STILL_OPEN = [
    "Bonjour Sam,\n\nle recrutement n'est pas en stand-by : nous vous proposons un entretien jeudi à 10h.",
    "Bonjour Sam,\n\nsi le poste est comblé en interne, je vous préviendrai aussitôt.",
    "Hallo Sam,\n\nIhre Frage zum Gehalt hat sich erledigt, wir laden Sie gerne zum Gespräch ein.",
    "Bonjour,\n\nnous n'avons pas encore mis fin au processus : votre candidature est toujours à l'étude.",
    "Guten Tag,\n\ndie Bewerbungsfrist endet am Freitag; Ihre Unterlagen sind noch in Prüfung.",
]


@pytest.mark.parametrize("body", ROLE_STILL_OPEN)
def test_a_role_still_open_or_a_condition_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# The verdict only in the subject, the letter attached.
SUBJECT_ONLY = [
    ("Absage – Ihre Bewerbung als Projektleiter (m/w/d)", "Sehr geehrte Sam Taylor,\n\nanbei erhalten Sie "
     "unser Schreiben zu Ihrer Bewerbung."),
    ("Ihre Bewerbung bei der Stadtwerke AG – Absage", "Guten Tag,\n\nim Anhang finden Sie unser "
     "Antwortschreiben."),
    ("Ihre Bewerbung wurde abgelehnt", "Hallo Sam,\n\ndie Begründung haben wir Ihnen als Brief angehängt."),
    ("Réponse défavorable – candidature Chef de produit", "Bonjour,\n\nveuillez trouver ci-joint notre "
     "courrier relatif à votre candidature."),
    ("Candidature non retenue – Responsable marketing", "Bonjour Sam,\n\nvous trouverez en pièce jointe "
     "notre réponse."),
    ("Refus de candidature – réf. 2291", "Bonjour,\n\nnotre lettre ci-jointe vous explique notre décision."),
]


@pytest.mark.parametrize(("subject", "body"), SUBJECT_ONLY)
def test_a_verdict_in_the_subject_with_the_letter_attached(clf, subject, body):
    v = verdict_of(clf, body, subject=subject)
    assert v.rejection, v.hits


SUBJECT_NOT_A_VERDICT = [
    ("AW: Absage – Ihre Bewerbung als Projektleiter", "Hallo Sam,\n\ngerne erkläre ich Ihnen die Gründe am "
     "Telefon. Passt Ihnen Montag?"),
    ("Einladung – Ihre Bewerbung als Projektleiter", "Sehr geehrte Sam Taylor,\n\nanbei erhalten Sie unser "
     "Schreiben mit den Terminen."),
    ("RE: Réponse défavorable – candidature", "Bonjour Sam,\n\nje comprends votre déception, voici quelques "
     "conseils pour la suite."),
    ("Votre candidature – convocation", "Bonjour,\n\nveuillez trouver ci-joint notre courrier de convocation "
     "à l'entretien."),
    ("Absage Termin Donnerstag", "Hallo Sam,\n\nich muss unseren Kaffee am Donnerstag leider absagen, ich bin "
     "krank."),
]


@pytest.mark.parametrize(("subject", "body"), SUBJECT_NOT_A_VERDICT)
def test_a_reply_an_invitation_or_a_cancelled_meeting_is_no_verdict(clf, subject, body):
    v = verdict_of(clf, body, subject=subject)
    assert not v.rejection, v.hits


# The reader's withdrawal confirmed, the application moved to another requisition: no verdict.
NOT_THE_EMPLOYERS_NO = [
    "Sehr geehrte Sam Taylor,\n\nhiermit bestätigen wir, dass Sie Ihre Bewerbung als Referentin/Referent "
    "Vertrieb am 02.11.2026 zurückgezogen haben. Das Verfahren ist für Sie damit beendet.",
    "Hallo Sam,\n\ndu hast deine Bewerbung als Junior-Designer/in zurückgezogen. Wir bedauern das und wünschen "
    "dir alles Gute.",
    "Guten Tag,\n\ndie Ausschreibung wurde geschlossen. Wir haben Ihre Bewerbung jedoch der Position Product "
    "Owner Payments (Req. 4471) zugeordnet, wo sie weiter geprüft wird.",
    "Hallo Sam,\n\ndie alte Stelle ist besetzt, Ihre Unterlagen haben wir aber einer anderen Stelle im "
    "Vertrieb zugeordnet.",
    "Guten Tag,\n\ndas Verfahren wurde eingestellt. Ihre Bewerbung wurde an die Ausschreibung Data Analyst "
    "(Nr. 77-B) übertragen.",
]


@pytest.mark.parametrize("body", NOT_THE_EMPLOYERS_NO)
def test_a_withdrawal_or_a_transfer_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# A portal's status line relayed by a job board with bulk-mail headers.
STATUS_RELAYED = [
    "Hallo Sam,\n\nder Arbeitgeber hat den Status Ihrer Bewerbung aktualisiert.\n\nStelle: Controller\n"
    "Status: Abgelehnt",
    "Hallo Sam,\n\nes gibt Neuigkeiten.\n\nBewerbungsstatus: Absage",
    "Bonjour Sam,\n\nl'employeur a mis à jour le statut de votre candidature.\n\nPoste : Analyste\n"
    "Statut : Non retenu",
    "Bonjour,\n\nmise à jour de votre candidature.\n\nStatut de la candidature : refusée",
    "Bonjour Sam,\n\nStatut : non sélectionnée\n\nVoir des offres similaires",
]


@pytest.mark.parametrize("body", STATUS_RELAYED)
def test_a_status_line_survives_bulk_headers(clf, body):
    v = verdict_of(clf, body, headers=BULK)
    assert v.rejection, v.hits


# French: "la vôtre" for the application, "répondre favorablement", "on part sur", a verdict after
# the reader's interview that a recruiter's pitch of new missions does not sink.
FRENCH_FAMILIES = [
    "Bonjour Sam,\n\nnous avons reçu beaucoup de candidatures et nous n'irons pas plus loin avec la vôtre.",
    "Bonjour Sam,\n\nnous sommes au regret de ne pouvoir répondre favorablement à votre candidature.",
    "Salut Sam,\n\nsuite à l'entretien de mardi, on part sur un autre profil pour le poste.",
    "Bonjour Sam,\n\nsuite à votre second entretien, le client a fait le choix d'un autre candidat. J'ai deux "
    "missions en cours qui pourraient vous intéresser, on s'appelle lundi ?",
    "Bonjour Sam,\n\naprès notre échange, nous ne pourrons pas répondre positivement à ta candidature.",
]


@pytest.mark.parametrize("body", FRENCH_FAMILIES)
def test_french_families(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, v.hits


FRENCH_NEAR_MISSES = [
    "Bonjour Sam,\n\nsuite à votre entretien, nous sommes ravis de vous inviter à un second entretien jeudi.",
    "Bonjour Sam,\n\nle poste dont nous avions parlé a été pourvu, mais j'ai deux nouvelles missions pour "
    "vous : êtes-vous disponible pour en parler ?",
    "Bonjour Sam,\n\non part sur un entretien en visio mardi à 14h, cela vous convient ?",
    "Bonjour Sam,\n\nnous aimerions aller plus loin avec la vôtre : pouvez-vous nous indiquer vos disponibilités ?",
    "Bonjour,\n\nnous répondrons favorablement à toutes les demandes de report d'entretien.",
]


@pytest.mark.parametrize("body", FRENCH_NEAR_MISSES)
def test_french_near_misses(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# Other candidates described as fitting better or bringing more: the comparison is the verdict.
CLOSER_CANDIDATES = [
    "Bonjour Sam,\n\nd'autres candidats présentaient une expérience plus en adéquation avec le poste.",
    "Bonjour Sam,\n\nd'autres profils correspondaient davantage aux besoins de l'équipe.",
    "Bonjour Sam,\n\nau terme du processus, d'autres candidatures étaient plus proches de nos attentes.",
    "Hallo Sam,\n\nandere Bewerber brachten mehr Erfahrung im Vertrieb mit.",
    "Sehr geehrte Sam Taylor,\n\ndie übrigen Finalisten passten noch besser zu den Anforderungen.",
    "Hallo Sam,\n\nandere Kandidatinnen verfügten über mehr Branchenerfahrung.",
]


@pytest.mark.parametrize("body", CLOSER_CANDIDATES)
def test_other_candidates_closer_to_the_need_is_a_verdict(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, v.hits


CLOSER_NOT_CHOSEN = [
    "Bonjour Sam,\n\nnous allons rencontrer d'autres candidats plus expérimentés avant de décider, si vous "
    "êtes d'accord nous reviendrons vers vous.",
    "Hallo Sam,\n\nwenn andere Bewerber mehr Erfahrung mitbringen, entscheidet am Ende das Gespräch.",
    "Bonjour Sam,\n\ncomme d'autres candidats plus expérimentés, vous passerez un test technique jeudi.",
    "Hallo Sam,\n\nwir werden noch mit anderen Kandidaten sprechen, die vielleicht besser passen, und melden "
    "uns dann.",
    "Hallo Sam,\n\nwir lernen zunächst noch andere Kandidatinnen kennen, die eventuell besser passen.",
]


@pytest.mark.parametrize("body", CLOSER_NOT_CHOSEN)
def test_others_compared_without_a_choice_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# "dagegen entschieden, …" + the act after the comma.
def test_decided_against_it_then_the_act(clf):
    for body in ("Hallo Sam,\n\nwir haben uns dagegen entschieden, dich zum Zweitgespräch einzuladen.",
                 "Guten Tag,\n\nder Kunde hat sich dagegen entschieden, Ihnen ein Angebot zu machen, weil "
                 "das Budget fehlt. Wir haben uns dagegen entschieden, Sie weiter zu berücksichtigen."):
        v = verdict_of(clf, body)
        assert v.rejection, v.hits


# The reader turned down the offer or the invitation; the reader referred someone; a payment
# declined: somebody's no, not the employer's no to the reader.
NOT_A_NO_TO_THE_READER = [
    "Sehr geehrte Sam Taylor,\n\nschade, dass Sie unser Angebot abgelehnt haben. Wir wünschen Ihnen alles Gute.",
    "Hallo Sam,\n\nSie haben unsere Einladung abgelehnt, schade!",
    "Hallo Sam,\n\ndu hast die Stelle abgesagt, das respektieren wir.",
    "Bonjour Sam,\n\nnous avons bien noté que vous avez décliné notre proposition. Bonne continuation.",
    "Bonjour Sam,\n\nnous prenons acte de votre refus de notre offre et vous souhaitons bonne chance.",
    "Hallo Sam,\n\nfür die Stelle hast du uns einen tollen Kandidaten empfohlen, leider haben wir uns für "
    "jemand anderen entschieden.",
    "Guten Tag,\n\ndie von Ihnen empfohlene Kandidatin konnten wir leider nicht berücksichtigen.",
    "Bonjour Sam,\n\nla personne que vous nous avez recommandée n'a pas été retenue, merci pour la "
    "recommandation.",
    "Bonjour Sam,\n\nvotre candidate n'a pas été retenue pour le poste, nous avons choisi un autre profil.",
    "Guten Tag,\n\nIhre Kartenzahlung über 49,90 EUR konnte nicht verarbeitet werden.\n\nStatus: Abgelehnt",
    "Bonjour,\n\nvotre paiement par carte a été refusé.\n\nStatut : refusé",
]


@pytest.mark.parametrize("body", NOT_A_NO_TO_THE_READER)
def test_someone_elses_no_is_no_verdict_on_the_reader(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# Plain everyday ways to say no in a personal note.
EVERYDAY_NO = [
    "Sehr geehrte Sam Taylor,\n\nIhre Bewerbung konnte uns leider nicht überzeugen.",
    "Hallo Sam,\n\nleider hast du uns im Gespräch nicht ganz überzeugt.",
    "Hallo Sam,\n\nmit der Stelle wird es leider nichts, wir haben intern besetzt.",
    "Hallo Sam,\n\nes tut mir echt leid, aber du bist es diesmal nicht geworden.",
    "Salut Sam,\n\nl'équipe a tranché et ce ne sera pas toi, je suis désolé.",
    "Bonjour Sam,\n\nnous avons longuement hésité, mais ce ne sera pas vous pour ce poste.",
]


@pytest.mark.parametrize("body", EVERYDAY_NO)
def test_everyday_ways_to_say_no(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, v.hits


EVERYDAY_NOT_A_NO = [
    "Hallo Sam,\n\nleider wird es nichts mit dem Kaffee am Montag, ich bin krank.",
    "Hallo Sam,\n\nwir sind nicht nur vom Lebenslauf überzeugt, sondern auch vom Gespräch. Wir laden Sie ein.",
    "Salut Sam,\n\nj'ai pas été retenu chez Decathlon, ils ont pris quelqu'un d'autre. Tu connais des boîtes "
    "qui recrutent ?",
    "Hallo Sam,\n\nich bin bei der Agentur leider nicht genommen worden, die haben sich für jemand anderen "
    "entschieden. Hast du einen Tipp?",
    "Bonjour Sam,\n\nje ne suis pas retenue pour le poste chez Orféo, ils ont choisi un autre profil. On en "
    "parle demain ?",
    "Salut Sam,\n\nce n'est pas toi qui dois décider, c'est l'équipe : l'entretien est maintenu jeudi.",
]


@pytest.mark.parametrize("body", EVERYDAY_NOT_A_NO)
def test_a_friends_own_no_or_an_everyday_phrase_is_no_verdict(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, v.hits


# A job title in quotation marks, long enough to pass for a citation, is a name: kept, and its
# linking word ("et", "und") ends no clause.
QUOTED_TITLES = [
    "Bonjour Sam,\n\nle poste « Responsable marketing digital et communication institutionnelle » a été pourvu.",
    "Bonjour,\n\nle recrutement « Chargé de projets événementiels et partenariats » est suspendu.",
    "Guten Tag,\n\ndie Position „Leitung Marketing und Kommunikation Süd“ wurde intern besetzt.",
    "Hallo Sam,\n\ndie Stelle \"Projektleitung Vertrieb und Service\" haben wir inzwischen vergeben.",
    "Bonjour Sam,\n\nla mission \"Directeur artistique et contenus de marque\" a été annulée par le client.",
]


@pytest.mark.parametrize("body", QUOTED_TITLES)
def test_a_quoted_job_title_is_a_name_not_a_citation(clf, body):
    v = verdict_of(clf, body)
    assert v.rejection, v.hits


def test_a_quoted_verdict_without_a_full_stop_is_still_a_citation(clf):
    body = ("Bonjour à tous,\n\nqui n'a jamais reçu le fameux « nous ne donnerons pas suite à votre candidature » "
            "sans explication ? Nos conseils dans ce numéro.")
    assert not verdict_of(clf, body).rejection
