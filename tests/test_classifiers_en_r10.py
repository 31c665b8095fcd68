"""Issue 11, round 10: engine families whose earlier fixes missed new shapes, with their nearest hard negatives.

1. A sender re-sending their own earlier mail to the owner sends its news, whatever the shape of the re-send:
   a bare "----- Original message -----" separator that names nobody, "Resending"/"bounced" said in the note
   and not in the subject (an Outlook-style relay has no "Fwd:").
2. A verdict stated on the reader's own candidacy stands beside a recruiter's pitch of new roles, in every
   language (`unless_reader_verdict`); a role's closure recalled on the way to a pitch stays no verdict.
3. A process paused "for a week" while the reader stays on the shortlist is a delay; a role put on hold "and if it
   is re-opened next year I'll be in touch" is a closure (a condition is no reopening).
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


# -- 1. a re-sent rejection ----------------------------------------------------------------------------------

INNER = ("Hi Sam,\n\nThanks for meeting the panel for the Events Coordinator post at Marlow College. "
         "I'm sorry to say you have not been recommended for appointment on this occasion; the panel "
         "preferred a candidate with more venue experience.\n\nWarm regards,\nDana Whitfield\nPeople Team")

RESENT_NOTES = [
    ("Events Coordinator outcome", "Sending this again - my first email bounced back from your inbox."),
    ("Your application", "Re-sending in case the first one went astray, sorry for the duplicate."),
    ("Outcome - Events Coordinator", "Apologies, I got a bounce from your old address so here it is again."),
]

SEPARATORS = ["----- Original message -----", "-----Original Message-----", "________________________________"]


@pytest.mark.parametrize("subject,note", RESENT_NOTES)
@pytest.mark.parametrize("sep", SEPARATORS)
def test_a_resent_rejection_under_a_bare_separator_is_a_rejection(clf, subject, note, sep):
    text = ("From: Dana Whitfield <dana.whitfield@marlow-college.example>\nTo: Sam Taylor <sam.taylor@example.org>\n"
            f"Subject: {subject}\nMessage-ID: <r10-resend@marlow-college.example>\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
            f"Hi Sam,\n\n{note}\n\nDana\n\n{sep}\n{INNER}\n")
    v = clf.classify(raw(text))
    assert v.rejection, why(v)


def _plain(subject: str, body: str) -> str:
    return ("From: Dana Whitfield <dana.whitfield@marlow-college.example>\nTo: Sam Taylor <sam.taylor@example.org>\n"
            f"Subject: {subject}\nMessage-ID: <r10-plain@marlow-college.example>\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n")


@pytest.mark.parametrize("subject,note", RESENT_NOTES)
def test_a_resent_rejection_quoted_with_angle_brackets_and_no_header_is_a_rejection(clf, subject, note):
    quoted = "\n".join("> " + line if line else ">" for line in INNER.split("\n"))
    v = clf.classify(raw(_plain(subject, f"Hi Sam,\n\n{note}\n\nDana\n\n{quoted}")))
    assert v.rejection, why(v)


def test_a_german_resend_with_the_verb_first_is_a_rejection(clf):
    body = ("Hallo Sam,\n\nich schicke Ihnen meine Nachricht von letzter Woche noch einmal, sie kam als "
            "unzustellbar zurück.\n\nDana\n\n-----Ursprüngliche Nachricht-----\nHallo Sam,\n\nvielen Dank für "
            "das Gespräch. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden "
            "haben.\n\nViele Grüße\nDana")
    v = clf.classify(raw(_plain("Ihre Bewerbung", body)))
    assert v.rejection, why(v)


def test_an_angle_bracket_quote_of_the_senders_rejection_below_a_new_question_is_thread_history(clf):
    quoted = "\n".join("> " + line if line else ">" for line in INNER.split("\n"))
    v = clf.classify(raw(_plain("RE: feedback", f"Hi Sam,\n\nDoes Thursday at 2pm suit for the feedback call?"
                                                f"\n\nDana\n\n{quoted}")))
    assert not v.rejection, why(v)


def test_a_reply_quoting_the_senders_own_last_mail_under_a_bare_separator_is_thread_history(clf):
    # no re-send said: the sender's earlier rejection below a new, unrelated note is not news again
    text = ("From: Dana Whitfield <dana.whitfield@marlow-college.example>\nTo: Sam Taylor <sam.taylor@example.org>\n"
            "Subject: RE: feedback call\nMessage-ID: <r10-hist@marlow-college.example>\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
            "Hi Sam,\n\nThursday at 2pm works for the feedback call - I'll ring your mobile.\n\nDana\n\n"
            f"----- Original message -----\n{INNER}\n")
    v = clf.classify(raw(text))
    assert not v.rejection, why(v)


def test_a_resent_interview_invitation_stays_an_invitation(clf):
    inner = ("Hi Sam,\n\nGreat news - the panel would like to invite you to an interview for the Events "
             "Coordinator post on Tuesday 8 December at 10am. Please confirm the time suits.\n\nDana")
    text = ("From: Dana Whitfield <dana.whitfield@marlow-college.example>\nTo: Sam Taylor <sam.taylor@example.org>\n"
            "Subject: Interview invitation\nMessage-ID: <r10-inv@marlow-college.example>\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
            f"Hi Sam,\n\nResending as the first one bounced.\n\nDana\n\n----- Original message -----\n{inner}\n")
    v = clf.classify(raw(text))
    assert not v.rejection, why(v)


# -- 2. a verdict on the reader beside a pitch ---------------------------------------------------------------

VERDICT_AND_PITCH = [
    ("The client came back to me: they have decided not to proceed with your application, as they want "
     "someone with more agency-side experience. On a brighter note, I have a few new mandates I'd like to "
     "run past you - are you free for a call on Thursday?"),
    ("Harlow & Finch have let me know they won't be moving forward with you for the Content Director search. "
     "I've got two fresh briefs that could be a strong fit though - shall I send them over?"),
    ("Sadly the hiring team has decided not to progress your candidacy any further. I do have a brand new "
     "Head of Brand brief though - would you like the details?"),
]


@pytest.mark.parametrize("body", VERDICT_AND_PITCH)
def test_a_verdict_on_the_readers_candidacy_stands_beside_a_pitch(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body}")
    assert v.rejection, why(v)


def test_a_german_verdict_on_the_reader_stands_beside_a_pitch(clf):
    v = verdict_of(clf, "Hallo Sam,\n\nder Kunde hat sich entschieden, Ihre Bewerbung nicht weiter zu "
                        "berücksichtigen. Ich habe aber zwei neue Positionen, die gut zu Ihnen passen würden – "
                        "hätten Sie Interesse?\n\nViele Grüße", subject="Rückmeldung")
    assert v.rejection, why(v)


ROLE_CLOSED_AND_PITCH = [
    ("Quick update: the Copy Chief role at Brightwater has now been filled internally. I've got two new "
     "positions that I think would suit you really well - are you open to a chat this week?"),
    ("The Northwind search has been put on hold by the client. In better news, I'm sharing three fresh "
     "openings that match your profile - any of them of interest?"),
    # the reader's own choice recalled is no verdict on them
    ("You decided not to proceed with the Orbit role back in March, and it has since been filled. I've got two "
     "new positions that would suit you really well - fancy a chat?"),
]


@pytest.mark.parametrize("body", ROLE_CLOSED_AND_PITCH)
def test_a_role_closed_on_the_way_to_a_pitch_is_no_verdict(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body}")
    assert not v.rejection, why(v)


# -- 3. on hold: a delay while shortlisted, a closure hedged with a reopening ---------------------------------

ON_HOLD_STILL_SHORTLISTED = [
    ("Orbit Media have paused the process for a week while their MD is away. Don't worry - you're still on "
     "the shortlist for the Managing Editor role and I'll confirm new dates soon."),
    ("The client has put interviews on hold for a fortnight because of the board meeting. You remain on the "
     "shortlist and they were very positive about you."),
    ("Heads up: the process is on hold for a few days. Your application is still in contention, nothing to "
     "worry about."),
]


@pytest.mark.parametrize("body", ON_HOLD_STILL_SHORTLISTED)
def test_a_short_pause_while_still_shortlisted_is_no_verdict(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body}")
    assert not v.rejection, why(v)


ON_HOLD_IF_REOPENED = [
    ("The Brand Lead role has been put on hold after this week's restructure, so we won't be continuing with "
     "any candidates for now. If the role is re-opened in the new year, I'll contact you first."),
    ("I'm sorry to tell you the Marketing Manager position has been frozen following the merger. Should the "
     "position be re-approved later, we'd love to hear from you again."),
    ("Unfortunately the Editor vacancy has been cancelled due to a restructure. Once the vacancy is "
     "re-opened I'll let you know."),
]


@pytest.mark.parametrize("body", ON_HOLD_IF_REOPENED)
def test_a_role_on_hold_with_a_reopening_as_a_condition_is_a_rejection(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body}")
    assert v.rejection, why(v)


def test_a_role_actually_reopened_stays_no_verdict(clf):
    v = verdict_of(clf, "Hi Sam,\n\nGood news: after the freeze last month, the Brand Lead role has been "
                        "re-opened and we'd love to pick up where we left off. Are you free on Friday?")
    assert not v.rejection, why(v)
