"""German and French message purposes that outweigh a closure or a "no" recalled on the way (issue 11,
round 6), each the counterpart of an English mechanism, in wording of our own, beside the nearest verdicts:

- a role open again or the reader's candidacy reactivated (de-/fr-role-reopened, -12 as en's role-reopened):
  "die Stelle ist wieder offen", "wir haben Ihre Bewerbung reaktiviert", "le poste a été rouvert", "votre
  candidature est à nouveau active" — never "falls die Stelle wieder frei wird", a role re-advertised and
  filled since, nor "nous ne pouvons pas réactiver votre candidature";
- a no that nearly happened (the `hedge` guard: "fast nicht", "beinahe hätten wir", "nous avons failli",
  "presque décidé de ne pas"), with the invitation that follows counted ("nous souhaitons vous inviter au
  dernier entretien"), never "fast 300 Bewerbungen" nor "nous vous invitons à consulter nos offres";
- an interview moved to another date (de-/fr-reschedule), whatever closure is mentioned beside it, never
  "das Gespräch nicht zu verschieben" nor "zu einem späteren Zeitpunkt";
- the reader's own decision answered (de-/fr-owner-decided): another offer accepted, staying with the current
  employer.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import message


def _verdict(clf, body: str):
    return clf.classify(parse_message(message(body, subject="Update")))


# (body, what shows the mechanism in the hits)
HARD_NEGATIVES = [
    # role re-opened / candidacy reactivated
    ("Hallo Sam,\n\nim Frühjahr mussten wir Ihnen schreiben, dass die Stelle gestrichen wurde. Nun wurde die "
     "Stelle wieder freigegeben, und Ihre Bewerbung ist wieder aktiv.", "de-role-reopened"),
    ("Hallo Sam,\n\ndie Position war wegen eines Budgetstopps auf Eis gelegt. Gute Nachricht: Die Stelle ist "
     "wieder offen, und wir haben Ihre Bewerbung reaktiviert.", "de-role-reopened"),
    ("Liebe Sam,\n\nunsere Wahl hat die Probezeit nicht überstanden, und die Stelle wurde neu ausgeschrieben. "
     "Wir würden Ihre Kandidatur gerne wieder aufnehmen.", "de-role-reopened"),
    ("Bonjour Sam,\n\nle poste avait été gelé le mois dernier. Bonne nouvelle : le poste a été rouvert et "
     "votre candidature est réactivée.", "fr-role-reopened"),
    ("Bonjour Sam,\n\nnous vous avions écrit que le recrutement était suspendu. Le poste est de nouveau "
     "ouvert et nous avons réactivé votre candidature.", "fr-role-reopened"),
    ("Bonjour Sam,\n\nle recrutement pour ce poste avait été annulé ; il vient d'être relancé et votre "
     "candidature est à nouveau active.", "fr-role-reopened"),
    ("Bonjour Sam,\n\nnous vous avions écrit que le recrutement était gelé. Le poste, suspendu faute de "
     "budget, est à nouveau ouvert et nous aimerions reprendre le processus avec vous.", "fr-role-reopened"),
    # a no that nearly happened, then the next round
    ("Hallo Sam,\n\nbeinahe hätten wir uns gegen Sie entschieden, doch nach Rücksprache laden wir Sie zum "
     "zweiten Gespräch ein.", "de-invitation"),
    ("Hallo Sam,\n\nehrlich gesagt hätten wir Sie fast nicht weiter berücksichtigt, wegen Ihrer langen "
     "Kündigungsfrist. Das Team war aber überzeugt, und wir laden Sie zum Finale am Donnerstag ein.",
     "not counted: hedge"),
    ("Bonjour Sam,\n\npour être franc, nous avons failli ne pas retenir votre candidature à cause du préavis. "
     "L'équipe a insisté et nous souhaitons vous inviter au dernier entretien.", "fr-invitation"),
    ("Bonjour Sam,\n\nnous avons presque décidé de ne pas poursuivre avec vous, mais votre étude de cas nous a "
     "convaincus. Nous vous invitons à un second entretien jeudi.", "not counted: hedge"),
    # an interview moved, a closure elsewhere mentioned
    ("Hallo Sam,\n\nunser Gespräch morgen müssen wir leider verschieben, da eine andere Stelle im Team "
     "geschlossen wurde und wir umplanen. Passt Ihnen stattdessen Montag um 14 Uhr?", "de-reschedule"),
    ("Hallo Sam,\n\nleider kann das Interview am Dienstag nicht wie geplant stattfinden. Können wir es auf "
     "Freitag verlegen? Ich schicke Ihnen gern einen neuen Termin.", "de-reschedule"),
    ("Bonjour Sam,\n\nnous devons décaler notre entretien de demain : un autre poste de l'équipe vient d'être "
     "fermé et nous réorganisons le planning.", "fr-reschedule"),
    ("Bonjour Sam,\n\nmalheureusement l'entretien de mardi ne pourra pas avoir lieu comme prévu. Pourrions-nous "
     "le reporter à vendredi 10h ?", "fr-reschedule"),
    # the reader's own decision
    ("Hallo Sam,\n\nschade, dass Sie ein anderes Angebot angenommen haben. Wir schließen Ihre Bewerbung damit "
     "ab und wünschen Ihnen alles Gute.", "de-owner-decided"),
    ("Hallo Sam,\n\nwir verstehen Ihre Entscheidung, bei Ihrem jetzigen Arbeitgeber zu bleiben, und schließen "
     "den Prozess damit ab.", "de-owner-decided"),
    ("Hallo Sam,\n\nda Sie sich anderweitig entschieden haben, schließen wir Ihre Bewerbung. Viel Erfolg!",
     "de-owner-decided"),
    ("Hallo Sam,\n\ndanke für den Hinweis, dass Sie die Zusage einer anderen Firma unterschrieben haben. Wir "
     "haben Ihre Bewerbung daher geschlossen.", "de-owner-decided"),
    ("Bonjour Sam,\n\nmerci de nous avoir informés que vous avez accepté une autre offre. Nous clôturons donc "
     "votre candidature.", "fr-owner-decided"),
    ("Bonjour Sam,\n\nnous comprenons votre décision de rester chez votre employeur actuel et avons donc "
     "clôturé le processus pour le poste de chef de projet.", "fr-owner-decided"),
]

REJECTIONS = [
    # a role re-advertised and filled since; a reopening refused or only conditional
    "Hallo Sam,\n\ndie Stelle wurde zwar neu ausgeschrieben, inzwischen haben wir sie jedoch besetzt. Wir "
    "können Ihre Bewerbung daher leider nicht weiter berücksichtigen.",
    "Hallo Sam,\n\nleider können wir Ihre Bewerbung nicht wieder aufnehmen, die Stelle ist besetzt.",
    "Hallo Sam,\n\nfalls die Stelle wieder frei wird, melden wir uns. Für diese Runde haben wir uns leider "
    "für eine andere Kandidatin entschieden.",
    "Bonjour Sam,\n\nle poste a été republié, mais nous l'avons désormais pourvu. Nous ne pouvons donc pas "
    "donner suite à votre candidature.",
    "Bonjour Sam,\n\nle poste a été rouvert en interne et pourvu par une mobilité. Nous ne pouvons donc pas "
    "donner suite à votre candidature.",
    "Hallo Sam,\n\nwir haben uns anderweitig entschieden und können Ihnen leider keine Zusage geben.",
    "Bonjour Sam,\n\nnous ne pouvons malheureusement pas réactiver votre candidature : le poste a été pourvu.",
    "Bonjour Sam,\n\nsi le poste est rouvert, nous reviendrons vers vous ; pour l'instant nous avons retenu "
    "un autre candidat.",
    # an interview not moved, the candidacy closed
    "Hallo Sam,\n\nwir haben uns entschieden, das Gespräch nicht zu verschieben, und schließen Ihre Bewerbung "
    "hiermit ab. Leider können wir Ihnen keine Zusage geben.",
    "Bonjour Sam,\n\nnous avons décidé de ne pas reporter l'entretien et de clôturer votre candidature. Nous "
    "sommes désolés de ne pas pouvoir donner une suite favorable.",
    # "almost" that is no hedge; a pointer to other jobs; "later" that is no new date
    "Hallo Sam,\n\nwir haben fast 300 Bewerbungen erhalten und uns leider für eine andere Kandidatin "
    "entschieden.",
    "Bonjour Sam,\n\nnous ne pouvons pas donner suite à votre candidature. Nous vous invitons à consulter nos "
    "autres offres sur notre site.",
    "Hallo Sam,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können. "
    "Gerne können Sie sich zu einem späteren Zeitpunkt erneut bewerben.",
    # a no conceded, then an ATS's two-word pool ("Talent Community"), not an interview invitation
    "Hallo Sam,\n\nauch wenn es mit der Stelle als Data Analyst diesmal nicht geklappt hat, würden wir uns "
    "freuen, Sie in unserer Talent Community zu begrüßen.",
    "Hallo Sam,\n\nauch wenn es mit der Stelle als Data Analyst diesmal nicht geklappt hat, laden wir Sie "
    "herzlich in unsere Talent Community ein.",
    # the employer's decision, not the reader's
    "Bonjour Sam,\n\nnous espérons que vous comprendrez notre décision : nous avons choisi un autre candidat.",
]


@pytest.mark.parametrize("body,mark", HARD_NEGATIVES)
def test_a_purpose_that_outweighs_a_recalled_no_stays_negative(clf, body, mark):
    verdict = _verdict(clf, body)
    assert not verdict.rejection, verdict.hits
    assert mark in str(verdict.hits)


@pytest.mark.parametrize("body", REJECTIONS)
def test_the_nearest_real_rejections_stay_rejections(clf, body):
    verdict = _verdict(clf, body)
    assert verdict.rejection, verdict.hits


def test_a_talent_community_invitation_alone_is_no_verdict(clf):
    verdict = _verdict(clf, "Hallo Sam,\n\nwerden Sie Teil unserer Talent Community und erfahren Sie als "
                       "Erste von neuen Stellen.")
    assert not verdict.rejection, verdict.hits
