"""Issue 11, round 11: mechanisms that failed on wave J, each with variants in our own words and the nearest
hard negatives.

1. A re-sent or forwarded message whose quoted header block opens with any header line ("Subject:", "Sujet :",
   "Betreff:") before its From: line is read by its original, in every language; so is one whose recipient line
   is "Pour :" and names a mistyped address of the owner.
2. A note between others about the owner, passed on to them: "their/his/her application" is the owner's.
3. English structures: a role filled internally with its full title in between; "pass on your application for now";
   "not going to move forward to the onsite"; a third party "given the edge"; "not a confirmation of an offer" is
   a disclaimer; an invitation that was wanted ("they were keen to get you in") is none.
4. A verdict on the reader stands against bulk headers when the notice thanks the reader for their interest, and
   a bracketed reference number ("(Requisition 2026-1234)") does not split its clause.
5. A hedge about silence ("if you have not been contacted within 30 days, consider ...") does not sink a verdict
   on the reader stated in another sentence, in every language (`unless_verdict_elsewhere`); an acknowledgement
   whose only verdict is the hedge's own sentence stays no rejection.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords


def verdict_of(clf, body: str, subject: str = "Update", headers: str = ""):
    return clf.classify(parse_message(ourwords.message(body, subject, headers)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


def raw(text: str):
    return parse_message(text.encode())


def _mail(sender: str, subject: str, body: str, headers: str = "") -> str:
    return (f"From: {sender}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            "Message-ID: <r11-en@quarry-lane.example>\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
            f"{headers}Content-Type: text/plain; charset=utf-8\n\n{body}\n")


# -- 1. the original of a re-sent message, whatever its header block opens with ------------------------------

SENDER = "Mira Okafor <mira.okafor@quarry-lane.example>"

# (language, subject, the sender's note, separator, header lines in the order a client writes them, original)
RESENT = [
    ("en", "Fwd: Your application", "Hi Sam,\n\nThis one came back to me undelivered, so here it is again.\n\nMira",
     "---------- Forwarded message ---------",
     ["Subject: Your application - Content Editor", "Date: Fri, 27 Nov 2026 09:12", f"From: {SENDER}",
      "To: sam.tailor@example.org"],
     "Hi Sam,\n\nThank you for the conversation last week. We have decided not to progress your application "
     "for the Content Editor role.\n\nKind regards,\nMira"),
    ("fr", "TR: Votre candidature", "Bonjour Sam,\n\nMon message ci-dessous n'est pas arrivé, je vous le renvoie.\n\nMira",
     "-------- Message transféré --------",
     ["Sujet : Votre candidature – Rédacteur", "Date : Fri, 27 Nov 2026 09:12", f"De : {SENDER}",
      "Pour : sam.tailor@example.org"],
     "Bonjour Sam,\n\nMerci pour notre échange. Nous avons retenu la candidature d'une autre personne pour le "
     "poste de rédacteur.\n\nBien cordialement,\nMira"),
    ("de", "WG: Ihre Bewerbung", "Hallo Sam,\n\nmeine Nachricht unten kam leider zurück, ich schicke sie noch einmal.\n\nMira",
     "---------- Weitergeleitete Nachricht ---------",
     ["Betreff: Ihre Bewerbung als Redakteur", "Datum: Fri, 27 Nov 2026 09:12", f"Von: {SENDER}",
      "An: sam.tailor@example.org"],
     "Hallo Sam,\n\nvielen Dank für das Gespräch. Leider können wir Ihre Bewerbung nicht weiter "
     "berücksichtigen.\n\nViele Grüße\nMira"),
    ("es", "RV: Tu candidatura", "Hola Sam,\n\nEl mensaje de abajo me rebotó, te lo reenvío.\n\nMira",
     "---------- Mensaje reenviado ---------",
     ["Asunto: Tu candidatura – Redactor", "Fecha: Fri, 27 Nov 2026 09:12", f"De: {SENDER}",
      "Para: sam.tailor@example.org"],
     "Hola Sam,\n\nGracias por la entrevista. Lamentablemente hemos decidido no seguir adelante con tu "
     "candidatura.\n\nUn saludo,\nMira"),
]


@pytest.mark.parametrize("lang,subject,note,sep,headers,original", RESENT, ids=[r[0] for r in RESENT])
def test_a_resent_original_is_read_whatever_header_opens_its_block(clf, lang, subject, note, sep, headers, original):
    v = clf.classify(raw(_mail(SENDER, subject, note + "\n\n" + sep + "\n" + "\n".join(headers) + "\n\n" + original)))
    assert v.rejection, why(v)


def test_a_resent_invitation_stays_an_invitation(clf):
    original = ("Hi Sam,\n\nThank you for applying for the Content Editor role. We would like to invite you to a "
                "first interview next week; please send me two or three times that suit you.\n\nMira")
    headers = ["Subject: Your application - Content Editor", "Date: Fri, 27 Nov 2026 09:12", f"From: {SENDER}",
               "To: sam.tailor@example.org"]
    note = "Hi Sam,\n\nThis one came back to me undelivered, so here it is again.\n\nMira"
    v = clf.classify(raw(_mail(SENDER, "Fwd: Your application", note + "\n\n---------- Forwarded message ---------\n"
                               + "\n".join(headers) + "\n\n" + original)))
    assert not v.rejection, why(v)


# -- 2. a note between others about the owner -----------------------------------------------------------------

@pytest.mark.parametrize("pronoun", ["their", "his", "her"])
def test_a_passed_on_note_about_the_owner_reads_their_application_as_the_owners(clf, pronoun):
    body = ("Hi Sam,\n\nI thought it best to share Leon's note below as it is. I'm sorry.\n\nMira\n\n"
            "---------- Forwarded message ---------\nFrom: Leon Baptiste <leon.baptiste@quarry-lane.example>\n"
            "Subject: Content Editor - Sam Taylor\nTo: Mira Okafor <mira.okafor@quarry-lane.example>\n\n"
            f"Mira,\n\nThanks for arranging the panel with Sam. Please let Sam know that we will not be moving "
            f"forward with {pronoun} application; we are going with a candidate who has agency experience.\n\nLeon")
    v = clf.classify(raw(_mail(SENDER, "Fwd: Content Editor - Sam Taylor", body)))
    assert v.rejection, why(v)


def test_a_friend_forwarding_their_own_rejection_is_not_the_owners(clf):
    body = ("Hey Sam,\n\nLook what I got this morning, can you believe it?\n\nJo\n\n"
            "---------- Forwarded message ---------\nFrom: Leon Baptiste <leon.baptiste@quarry-lane.example>\n"
            "Subject: Content Editor\nTo: Jo Park <jo.park@example.net>\n\n"
            "Hi Jo,\n\nWe will not be moving forward with your application.\n\nLeon")
    v = clf.classify(raw(_mail("Jo Park <jo.park@example.net>", "Fwd: Content Editor", body)))
    assert not v.rejection, why(v)


# -- 3. English structures ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "We have decided to fill the Head of Growth, Retail Banking position internally.",
    "After a lot of thought we chose to fill the Senior Manager, Partner Marketing role in-house.",
    "We're going to pass on your application for now, as we need someone with more B2B depth.",
    "We have decided to pass on your candidacy.",
    "We've looked at it together and we're not going to move forward to the onsite.",
    "Thanks for the presentation. We won't be taking you through to the final, I'm afraid.",
])
def test_english_verdict_structures(clf, sentence):
    v = verdict_of(clf, f"Hi Sam,\n\nThank you for your time over the last few weeks.\n\n{sentence}\n\n"
                        "All the best for your search.")
    assert v.rejection, why(v)


@pytest.mark.parametrize("edge", [
    "in the end the panel felt her agency background gave her the edge for the role.",
    "ultimately he just had the edge on stakeholder work.",
])
def test_another_given_the_edge_with_bad_news_is_a_rejection(clf, edge):
    v = verdict_of(clf, "Hi Sam,\n\nThanks for coming in on Thursday. I'm afraid it's not good news this time. "
                        f"It was close between you and one other finalist, and {edge}\n\nSorry to send this.")
    assert v.rejection, why(v)


@pytest.mark.parametrize("body", [
    # a hand-over, not a refusal
    "Hi Sam,\n\nThanks for your CV. I'll pass on your application to the hiring manager and come back to you "
    "by Friday with next steps.",
    # a disclaimer on a next step
    "Dear Sam,\n\nCongratulations on reaching the final stage. Please nominate two referees. Note that reference "
    "checks are not a confirmation of an offer of employment.",
    # an invitation that is made now
    "Hi Sam,\n\nGood news: they're keen to get you in for a first interview next week. Which days suit you?",
    # a newsletter about a company, not a candidate
    "Hi all,\n\nIn this month's digest: why their pricing gave them the edge over larger rivals, and three "
    "lessons for our own launch.",
    # a decision pending
    "Hi Sam,\n\nWe're not going to decide until the onsite loop is complete, and you're on it.",
    # a closure recalled, then the role open again ("it")
    "Hi Sam,\n\nThe Brand Lead role was filled internally in the spring, and now it's open again. Would you "
    "like me to put you forward?",
    "Hi Sam,\n\nWe filled the Content Editor position with an internal candidate last year, but it is now live "
    "again and your profile came to mind.",
])
def test_english_hard_negatives_stay_negative(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, why(v)


def test_an_invitation_that_was_wanted_does_not_sink_a_closure(clf):
    v = verdict_of(clf, "Hi Sam,\n\nQuick update: the client has filled the Brand Lead position with a candidate "
                        "from another agency, so the role is closed. A shame, as they were keen to get you in for "
                        "a first interview next week.\n\nI'll be in touch when something similar comes up.")
    assert v.rejection, why(v)


# -- 4. bulk headers against a stated verdict ------------------------------------------------------------------

BULK = "Precedence: bulk\nList-Unsubscribe: <https://click.example/u/1>\n"


@pytest.mark.parametrize("ref", ["(Requisition 2026-1187)", "(Job ID 44120)", "(Ref. 7781)"])
def test_a_filled_notice_with_a_reference_and_bulk_headers_is_a_rejection(clf, ref):
    text = _mail("Quarry Lane Careers <careers@quarry-lane.example>", "Regarding your interest",
                 "Dear Sam,\n\nThank you for your interest in Quarry Lane.\n\nThis message is to let you know that "
                 f"the position of Content Editor {ref} has been filled.\n\nWe encourage you to apply for other "
                 "positions that match your skills.\n\nQuarry Lane Talent Acquisition", BULK)
    v = clf.classify(raw(text))
    assert v.rejection, why(v)


def test_a_job_alert_with_bulk_headers_stays_negative(clf):
    text = _mail("Quarry Lane Careers <careers@quarry-lane.example>", "New jobs for you",
                 "Dear Sam,\n\nThank you for your interest in Quarry Lane. Here are new roles matching your "
                 "search:\n\n- Content Editor (Job ID 44120)\n- Brand Lead (Job ID 44121)\n\nApply now.", BULK)
    v = clf.classify(raw(text))
    assert not v.rejection, why(v)


# -- 5. a hedge about silence beside a verdict stated elsewhere -------------------------------------------------

@pytest.mark.parametrize("lang,body", [
    ("en", "Dear Sam,\n\nWe have reviewed your application carefully. Unfortunately your profile does not match "
           "the requirements closely enough for us to take your application further.\n\nIf you have not been "
           "contacted within 30 days of a closing date, please consider your application unsuccessful for any "
           "other roles you applied for."),
    ("de", "Sehr geehrte Sam Taylor,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht "
           "berücksichtigen können.\n\nSollten Sie zu weiteren Stellen innerhalb von vier Wochen nichts von uns "
           "hören, betrachten Sie Ihre Bewerbung bitte als nicht erfolgreich."),
])
def test_a_hedge_about_silence_does_not_sink_a_verdict_stated_elsewhere(clf, lang, body):
    v = verdict_of(clf, body)
    assert v.rejection, why(v)


@pytest.mark.parametrize("body", [
    "Dear Sam,\n\nThank you for applying. We have received your application and will review it shortly. "
    "If you have not heard from us within 14 days, please assume your application has not been successful.",
    "Dear Sam,\n\nThanks for your application, which we will now review. Due to the volume of applications, if "
    "you are not contacted within three weeks, your application has not been successful on this occasion.",
])
def test_an_acknowledgement_whose_verdict_is_the_hedge_stays_negative(clf, body):
    v = verdict_of(clf, body)
    assert not v.rejection, why(v)


# -- 6. a note saying the earlier mail never reached the owner marks its own quoted mail as re-sent ------------

OUTLOOK = ("{note}\n\nMira\n\n________________________________\n{frm}: Mira Okafor <mira.okafor@quarry-lane.example>\n"
           "{sent}: 27.11.2026 09:12\n{to}: Sam Taylor <sam.taylor@example.org>\n{subj}: {subject}\n\n{original}")


@pytest.mark.parametrize("note,labels,original", [
    ("Hi Sam,\n\nI've just noticed the email below never left my outbox - sorry about that.",
     ("From", "Sent", "To", "Subject"),
     "Hi Sam,\n\nThank you for your time. We have decided not to progress your application for the Editor role."),
    ("Hallo Sam,\n\ndie Nachricht unten war leider unzustellbar.",
     ("Von", "Gesendet", "An", "Betreff"),
     "Hallo Sam,\n\nvielen Dank für das Gespräch. Leider haben wir uns für eine andere Person entschieden."),
    ("Ciao Sam,\n\nil messaggio qui sotto mi è tornato indietro.",
     ("Da", "Inviato", "A", "Oggetto"),
     "Ciao Sam,\n\ngrazie per il colloquio. Purtroppo abbiamo deciso di non proseguire con la tua candidatura."),
    ("Hoi Sam,\n\nmijn bericht hieronder kwam helaas terug.",
     ("Van", "Verzonden", "Aan", "Onderwerp"),
     "Hoi Sam,\n\nBedankt voor het gesprek. Helaas hebben we besloten om niet verder te gaan met je sollicitatie."),
])
def test_an_undelivered_own_mail_quoted_again_is_read(clf, note, labels, original):
    frm, sent, to, subj = labels
    body = OUTLOOK.format(note=note, frm=frm, sent=sent, to=to, subj=subj, subject="Editor", original=original)
    v = clf.classify(raw(_mail(SENDER, "Editor", body)))
    assert v.rejection, why(v)


def test_an_undelivered_invitation_quoted_again_stays_an_invitation(clf):
    body = OUTLOOK.format(note="Hi Sam,\n\nI've just noticed the email below never left my outbox - sorry about that.",
                          frm="From", sent="Sent", to="To", subj="Subject", subject="Editor",
                          original="Hi Sam,\n\nThank you for applying. We would like to invite you to a first "
                                   "interview next week. Which days suit you?")
    v = clf.classify(raw(_mail(SENDER, "Editor", body)))
    assert not v.rejection, why(v)
