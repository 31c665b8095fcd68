"""Issue 11, round 9: English purposes and engine families whose earlier fixes missed new wording.

Each family is covered by its structure, with its nearest hard negatives:
1. A note between others about the owner, passed on to the owner, is the owner's news: a recruiter's "so you
   have the hiring manager's words" is a possessive, not the owner on a hiring panel; a Portuguese note that
   goes on "com a Juliana" goes on with someone else, not with the reader.
2. A sender re-sending their own earlier mail to the owner ("Re-sending the below, it bounced") sends its news.
3. Purposes that are no verdict on a job: an editor passing on a pitch; an application put into another role's
   process; a reference request's disclaimer ("does not indicate that an offer will be made"); a role open
   again because the person chosen declined; a hedge ("it's possible we won't progress"); an old outcome recalled
   on the way to new roles.
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


# -- 1. a forwarded decision about the owner -------------------------------------------------------------

FORWARDED_HM = [
    "I thought it best you have the hiring manager's words rather than mine.",
    "Pasting this below so you have the hiring manager’s own words.",
    "Sharing it as is, so you have the hiring team's view first hand.",
]


def _forward(note: str, inner: str, frm: str = "Lena Cho <lena.cho@copperline.example>",
             to: str = "Priya Nair <priya.nair@copperline.example>") -> str:
    return ("From: Priya Nair <priya.nair@copperline.example>\nTo: Sam Taylor <sam.taylor@example.org>\n"
            "Subject: Fwd: Interview loop - Sam Taylor\nMessage-ID: <r9-fwd@copperline.example>\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
            f"Hi Sam,\n\n{note} I'm sorry it's not better news; happy to talk it through.\n\nPriya\n\n"
            f"---------- Forwarded message ---------\nFrom: {frm}\nDate: Fri, 27 Nov 2026 at 16:10\n"
            f"Subject: Interview loop - Sam Taylor\nTo: {to}\n\n{inner}\n")


@pytest.mark.parametrize("note", FORWARDED_HM)
def test_a_recruiter_passing_on_the_managers_decision_about_the_owner_is_a_rejection(clf, note):
    inner = ("Priya - thanks for organising the loop. We've decided not to move forward with Sam for the "
             "Lifecycle Lead role; the panel wanted deeper automation experience.\n\nLena")
    v = clf.classify(raw(_forward(note, inner)))
    assert v.rejection, why(v)


def test_the_owner_on_a_hiring_panel_is_still_their_own_hiring(clf):
    v = verdict_of(clf, "Hi Sam,\n\nAs you're on the hiring panel for the Analyst role, please add your "
                        "scorecard by Friday. We've decided not to move forward with two of the candidates.")
    assert not v.rejection, why(v)


PT_NOTE = ("Camila, obrigado pelos perfis. Sobre o Sam: gostamos da visão dele, mas não vamos seguir com a "
           "candidatura, faltou experiência em varejo. Vamos avançar com a {other} para a etapa final.\n\nAbs,\nRoberto")


@pytest.mark.parametrize("other", ["Juliana", "Beatriz", "Marina"])
def test_pt_a_forwarded_note_going_on_with_a_named_other_person_is_the_owners_rejection(clf, other):
    text = ("From: Camila Duarte <camila@hunter.example>\nTo: Sam Taylor <sam.taylor@example.org>\n"
            "Subject: Fwd: Feedback candidatos\nMessage-ID: <r9-pt@hunter.example>\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
            "Sam, boa tarde!\n\nInfelizmente não tenho boas notícias. Segue abaixo o retorno do cliente.\n\n"
            "Beijos,\nCamila\n\n-----Mensagem original-----\nDe: Roberto Lins <roberto@casa.example>\n"
            "Enviada em: quinta-feira, 19 de novembro de 2026 18:30\nPara: Camila Duarte <camila@hunter.example>\n"
            "Assunto: Feedback candidatos\n\n" + PT_NOTE.format(other=other) + "\n")
    v = clf.classify(raw(text))
    assert v.rejection, why(v)


def test_pt_going_on_with_the_reader_is_still_a_next_step(clf):
    v = verdict_of(clf, "Olá Sam,\n\nInfelizmente a entrevista de ontem foi curta, mas vamos seguir com você "
                        "para a etapa final. Podemos marcar na quinta?\n\nAbraço")
    assert not v.rejection, why(v)


# -- 2. a rejection re-sent after a bounce --------------------------------------------------------------

RESENT = [
    ("Re-sending: Your application", "Re-sending the below as it seems to have bounced last week. Apologies for the wait."),
    ("Your application", "Resending this in case my last email went astray - our server had a bad week."),
    ("Resent: Your application", "Sorry, sending this again: I think it never reached you."),
]


def _resent(subject: str, note: str, inner: str) -> str:
    return ("From: Tom Ellery <tom.ellery@greyfriars.example>\nTo: Sam Taylor <sam.taylor@example.org>\n"
            f"Subject: {subject}\nMessage-ID: <r9-resent@greyfriars.example>\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
            f"Hi Sam,\n\n{note}\n\nTom\n\nFrom: Tom Ellery <tom.ellery@greyfriars.example>\n"
            "Date: Mon, 23 Nov 2026 at 11:15\nSubject: Your application\nTo: Sam Taylor <sam.taylor@example.org>\n\n"
            f"{inner}\n")


REJECTION_INNER = ("Dear Sam,\n\nThank you for interviewing for the Marketing Manager position. We enjoyed meeting "
                   "you, but I am sorry to say that you have not been successful on this occasion.\n\nBest wishes,\nTom")


@pytest.mark.parametrize("subject,note", RESENT)
def test_a_senders_own_rejection_re_sent_is_a_rejection(clf, subject, note):
    v = clf.classify(raw(_resent(subject, note, REJECTION_INNER)))
    assert v.rejection, why(v)


def test_a_re_sent_interview_invitation_stays_negative(clf):
    inner = ("Dear Sam,\n\nThank you for applying for the Marketing Manager position. We would like to invite you "
             "to an interview on Thursday at 10am. Please confirm if that suits.\n\nBest wishes,\nTom")
    v = clf.classify(raw(_resent(*RESENT[0], inner)))
    assert not v.rejection, why(v)


# -- 3. purposes -------------------------------------------------------------------------------------------

PITCH_PASSES = [
    "Thanks for sending this over - a lovely idea. Sadly we're going to pass on it, as we ran something very "
    "similar last spring. Do keep pitching, though.",
    "Appreciate you thinking of us. We'll pass on this one I'm afraid: we published a piece on that exact "
    "topic in October.",
    "Nice idea, but it's a no from us this time; we've already covered something quite similar. Please keep "
    "pitching us.",
    "Unfortunately we won't be taking this forward - the angle you pitched is too close to a feature we "
    "commissioned last month.",
]


@pytest.mark.parametrize("body", PITCH_PASSES)
def test_an_editor_passing_on_a_pitch_is_no_job_rejection(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body}\n\nTom\nFeatures Editor", subject="Re: pitch")
    assert not v.rejection, why(v)


def test_a_sales_role_rejection_after_a_pitch_exercise_stays_a_rejection(clf):
    v = verdict_of(clf, "Hi Sam,\n\nThank you for running the pitch exercise in your second interview for the "
                        "Account Executive role. Unfortunately we have decided not to move forward with your "
                        "application.", subject="Your application")
    assert v.rejection, why(v)


MOVED = [
    "Thanks for applying for the Head of Marketing role. Our hiring team thinks your background is an even better "
    "fit for our new Audience Director role, so with your permission we've added you to that process.",
    "Quick update: the Payments Marketing Manager role has been filled, but the hiring manager felt you're a better "
    "fit for the Senior opening on the Cards team, so I've moved your application across.",
    "The Analyst role is now filled, though the team feels your profile is a closer match for our Data Lead "
    "opening, and we have decided to move you into the interview loop for it.",
]


@pytest.mark.parametrize("body", MOVED)
def test_an_application_put_into_another_roles_process_is_not_a_rejection(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body} Could you do a call this week?", subject="Your application")
    assert not v.rejection, why(v)


def test_not_moved_into_the_interview_process_stays_a_rejection(clf):
    v = verdict_of(clf, "Hi Sam,\n\nMy client reviewed your profile and has decided not to move you into their "
                        "interview process; they're prioritising people who have run underwriting teams. Sorry - I "
                        "thought you had a real shot.")
    assert v.rejection, why(v)


DISCLAIMERS = [
    "Please note that reference checks do not indicate that an offer of employment will be made.",
    "Contacting your referees does not guarantee an offer of employment.",
    "A reference check does not necessarily mean that an offer of the position will follow.",
]


@pytest.mark.parametrize("note", DISCLAIMERS)
def test_a_referee_request_with_a_disclaimer_is_not_a_rejection(clf, note):
    v = verdict_of(clf, "Dear Sam,\n\nThank you for attending your interview for the Communications Manager "
                        "position. The panel would now like to contact your referees: please send the details of two "
                        f"referees by Wednesday.\n\n{note}", subject="Referee details required")
    assert not v.rejection, why(v)


def test_not_able_to_offer_the_position_stays_a_rejection(clf):
    v = verdict_of(clf, "Dear Sam,\n\nThank you for attending your interview for the Communications Manager "
                        "position. Unfortunately we are not able to offer you the position on this occasion.")
    assert v.rejection, why(v)


REOPENED = [
    "I told you last month that we had closed the Content Lead position with another candidate. That candidate has "
    "now declined our offer at the last minute.",
    "As you know we filled the Content Lead role elsewhere, but our preferred applicant has turned the offer down.",
    "We had offered the Content Lead position to someone else, but the offer fell through this week.",
]


@pytest.mark.parametrize("body", REOPENED)
def test_the_person_chosen_declining_reopens_the_role(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body} Unfortunately for us, fortunately maybe for you! The hiring manager "
                        "liked your interview a lot - are you still interested?")
    assert not v.rejection, why(v)


def test_the_other_candidate_accepting_the_offer_stays_a_rejection(clf):
    v = verdict_of(clf, "Hi Sam,\n\nI'm sorry to say we have offered the Content Lead position to another candidate, "
                        "who has accepted our offer.")
    assert v.rejection, why(v)


HEDGES = [
    "We've had over 300 applicants, so it's possible we won't progress your application. I'll read everything "
    "myself and let you know either way by the 20th.",
    "Honestly there's a chance we won't move forward with your application given the volume, but you'll hear from "
    "me by Friday.",
    "It is possible that we will not be progressing your application, but no decision has been made yet.",
]


@pytest.mark.parametrize("body", HEDGES)
def test_an_acknowledgement_that_hedges_is_not_a_rejection(clf, body):
    v = verdict_of(clf, f"Hey Sam,\n\nThanks for reaching out directly. {body}", subject="Re: application")
    assert not v.rejection, why(v)


def test_a_settled_not_progressing_stays_a_rejection(clf):
    v = verdict_of(clf, "Hey Sam,\n\nThanks for reaching out directly. We've had over 300 applicants and we won't "
                        "progress your application.", subject="Re: application")
    assert v.rejection, why(v)


RECALLED = [
    "I know the Elmstead role didn't come off for you in the summer (they filled it internally in the end), but "
    "I've got two new briefs that I think are a better fit anyway.",
    "I realise the Northgate search didn't work out last time - they went with an internal candidate - but a new "
    "Head of Growth brief has just landed that suits you better.",
    "We know the Analyst process didn't pan out in spring, as they hired someone internally; I'm now working on "
    "two fresh roles that are a closer match.",
]


@pytest.mark.parametrize("body", RECALLED)
def test_an_old_outcome_recalled_on_the_way_to_new_roles_is_not_a_rejection(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\nHope you're well! {body} Free for a call on Thursday?", subject="New roles")
    assert not v.rejection, why(v)


def test_a_fresh_no_followed_by_new_roles_stays_a_rejection(clf):
    v = verdict_of(clf, "Hi Sam,\n\nQuick update on Palisade: they've come back and said no to the Insight Lead "
                        "role - they want someone from asset management. Sorry, I did push for you. On a brighter "
                        "note, I've got two new briefs that are much closer to your background. Free on Thursday?")
    assert v.rejection, why(v)


# -- an offer that tells of the others turned down, and verdicts that stay -------------------------------------

OFFERS_WITH_RIVALS = [
    "I'm pleased to confirm our offer for the Analyst role. The other finalists have been told we won't be moving "
    "forward with them.",
    "Happy to send over your formal offer today! We have let the two other candidates know we won't proceed with "
    "them.",
    "We're delighted to confirm our offer. It was close: we won't be going ahead with the other finalists, and we "
    "chose you.",
]


@pytest.mark.parametrize("body", OFFERS_WITH_RIVALS)
def test_an_offer_that_mentions_the_others_turned_down_is_not_a_rejection(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body}", subject="Your offer")
    assert not v.rejection, why(v)


@pytest.mark.parametrize("body", [
    "We have concluded our review and will not be moving your application to the interview stage.",
    "The hiring manager has decided not to move forward with Sam for the Lead role.",
    "I'm afraid we won't be moving forward with your application.",
])
def test_a_settled_not_moving_forward_stays_a_rejection(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\nThank you for your interest in the Analyst role. {body}", subject="Your application")
    assert v.rejection, why(v)


@pytest.mark.parametrize("title", ["Brand Content Manager, Asia Pacific", "Regional Sales Lead, North West",
                                   "Senior Data Engineer (Platform), Berlin"])
def test_an_application_moved_to_a_long_titled_position_is_not_a_rejection(clf, title):
    v = verdict_of(clf, "Dear Sam,\n\nAfter reviewing your application for Brand Manager, our team felt your "
                        "experience is an even stronger match for another open position. We have moved your "
                        f"application to the {title} position. Your application for Brand Manager has been closed "
                        "as part of this move.", subject="Your application")
    assert not v.rejection, why(v)


def test_an_application_moved_to_a_not_selected_stage_stays_a_rejection(clf):
    v = verdict_of(clf, "Dear Sam,\n\nUnfortunately we have moved your application to the Not Selected stage for "
                        "this position.", subject="Your application")
    assert v.rejection, why(v)


# -- the owner named in an HR system's hiring field ---------------------------------------------------------

OWNER_FIELDS = [
    "The following business process has been completed: Put Job Requisition on Hold.\n\nJob Requisition\n"
    "   R-2207 Content Editor\n\nHiring Manager\n   Sam Taylor\n\nReason\n   Budget freeze",
    "Requisition R-88 (Data Analyst) has been cancelled and all candidates were declined.\n\nRecruiter: Sam Taylor\n"
    "Cancelled by: HR Operations",
    "Die Stelle Marketing Manager wurde geschlossen. Alle Bewerbungen wurden abgesagt.\n\nEinstellende "
    "Führungskraft: Sam Taylor",
]


@pytest.mark.parametrize("body", OWNER_FIELDS)
def test_the_owner_named_as_hiring_manager_in_a_system_notice_is_their_work(clf, body):
    v = verdict_of(clf, f"Hello Sam Taylor,\n\n{body}", subject="Requisition update")
    assert not v.rejection, why(v)


def test_another_person_named_as_hiring_manager_leaves_the_rejection(clf):
    v = verdict_of(clf, "Dear Sam,\n\nThank you for applying for the Content Editor role. Unfortunately we will not "
                        "be moving forward with your application.\n\nHiring Manager: Jordan Blake\nRecruiter: Priya "
                        "Shah", subject="Your application")
    assert v.rejection, why(v)


# -- the others passed on, the owner's own requisition, money found again, consumer credit -------------------------

@pytest.mark.parametrize("body", [
    "Good news: the client liked you and wants a second round. They have passed on the other two candidates.",
    "Great feedback from the panel - you're through to the final. The team has passed on the others, so it's you "
    "and one more.",
])
def test_the_others_passed_on_in_a_next_step_is_not_a_rejection(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body}", subject="Next round")
    assert not v.rejection, why(v)


@pytest.mark.parametrize("body", [
    "We've paused the Analyst requisition you own; the three candidates in your pipeline have been notified.",
    "FYI the Designer req that you opened has been cancelled by Finance and closed.",
])
def test_the_owners_own_requisition_closed_is_their_work(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body}", subject="Requisition update")
    assert not v.rejection, why(v)


@pytest.mark.parametrize("body", [
    "The Analyst role was put on hold last month, but budget is now approved and we'd like to pick up where we left "
    "off. Are you still interested?",
    "As you know we froze the Analyst position in March. The headcount has finally been signed off, so could we "
    "book your final interview?",
])
def test_a_role_on_hold_whose_money_is_found_again_is_not_a_rejection(clf, body):
    v = verdict_of(clf, f"Hi Sam,\n\n{body}", subject="Analyst role")
    assert not v.rejection, why(v)


def test_a_consumer_credit_card_declined_is_no_job_rejection(clf):
    v = verdict_of(clf, "Dear Sam,\n\nUnfortunately your application for the Frequent Flyer credit card has been "
                        "declined after our checks.", subject="Your application")
    assert not v.rejection, why(v)
