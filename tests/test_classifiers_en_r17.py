"""Issue 11, round 17: mechanisms that failed on wave P (en22, en23), each with variants in our own words and the
nearest opposite.

1. Relays (design A): a job board or an agency system passes on the employer's answer with bulk-mail headers. The
   board announces "<Company> sent an update about your application" before the employer's words in quotation
   marks (they are the news, not a citation); an agency's "This is an automated update from <agency>" opens the
   notice (not a footer); a network's "<Company> has closed your interview request" is the employer's no.
2. A note passed on (design B): a panel member's vote against the owner in a forwarded note about them ("I'm a no",
   "no hire", "I'd pass on her") is the verdict; the same vote outside such a note is not read.
3. Another person named as the one chosen for the role ("I'm going to stick with Lachie for the Head role").
4. Non-job purpose: an application for a street address is a flat's; an agency's "I'll look for similar contracts
   and let you know" is no contract let to a supplier.
5. The application moved to another requisition named only by its title outweighs the old requisition's closure.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import mail

BULK = "List-Unsubscribe: <https://click.example/u/x>\nPrecedence: bulk\nAuto-Submitted: auto-generated\n"


def _mail(sender: str, subject: str, body: str, headers: str = "") -> bytes:
    return mail(sender, subject, body, headers, tag="r17-en")


def classify(clf, sender: str, subject: str, body: str, headers: str = ""):
    return clf.classify(parse_message(_mail(sender, subject, body, headers)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


# -- 1. relays ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("announce, quoted", [
    ("Northwind Labs sent an update about your application.",
     "Thanks for applying. The role has now been filled, and we wish you well."),
    ("Brightline Foods sent you an update on your Quick Apply application:",
     "Thank you for your interest. We have decided to move forward with other candidates for this position."),
    ("Harbour & Finch sent an update regarding your application for Content Lead.",
     "We appreciate the time you took to apply. Unfortunately you have not been selected for this role."),
])
def test_board_relays_the_employers_quoted_answer(clf, announce, quoted):
    v = classify(clf, "JobBoard <noreply@jobboard.example>", "An update about your application",
                 f"Hi Sam,\n\n{announce}\n\nData Analyst - Leeds\n\n\"{quoted}\"\n\nJobs you might like\n"
                 "Analyst - Pinecone - Remote\nBI Developer - Larch - Leeds\n\nUnsubscribe | Privacy", BULK)
    assert v.rejection, why(v)


def test_board_newsletter_quoting_a_sample_letter_is_no_relay(clf):
    v = classify(clf, "JobBoard <noreply@jobboard.example>", "How to read a rejection letter",
                 "Hi Sam,\n\nThis week: what recruiters mean. A typical note reads: \"Thanks for applying. The role "
                 "has now been filled, and we wish you well in your search.\" Here is how to answer it and keep "
                 "your application strong.\n\nJobs you might like\nAnalyst - Pinecone - Remote\n\nUnsubscribe", BULK)
    assert not v.rejection, why(v)


@pytest.mark.parametrize("status", [
    "Client feedback status: Rejected - the client has chosen other candidates",
    "Status: Not progressed",
])
def test_agency_automated_update_is_a_notice_not_a_footer(clf, status):
    v = classify(clf, "Kestrel Recruitment via Bullhorn <noreply@bullhorn.example>", "Submission update - Analyst",
                 "Dear Sam,\n\nThis is an automated update from Kestrel Recruitment.\n\nYour profile was submitted "
                 f"to our client, Alder Bank, for the Analyst vacancy.\n\n{status}\n\nYour consultant will be in "
                 "touch about other roles.\n\nTo stop receiving updates click here.", BULK)
    assert v.rejection, why(v)


def test_agency_automated_update_with_an_interview_is_no_verdict(clf):
    v = classify(clf, "Kestrel Recruitment via Bullhorn <noreply@bullhorn.example>", "Submission update - Analyst",
                 "Dear Sam,\n\nThis is an automated update from Kestrel Recruitment.\n\nYour profile was submitted "
                 "to our client, Alder Bank, for the Analyst vacancy.\n\nClient feedback status: Interview requested"
                 "\n\nYour consultant will call you to arrange a time.\n\nTo stop receiving updates click here.", BULK)
    assert not v.rejection, why(v)


@pytest.mark.parametrize("line", [
    "Larkspur Health has closed the interview request for Senior Designer.",
    "Tidewater Energy has archived the interview request for Brand Manager after another look at your profile.",
])
def test_network_interview_request_closed_by_employer(clf, line):
    v = classify(clf, "Talent Network <team@network.example>", "An update on your interview request",
                 f"Hi Sam,\n\n{line}\n\nYour profile stays live and other companies can still reach out.\n\n"
                 "Unsubscribe", BULK)
    assert v.rejection, why(v)


def test_network_interview_request_received_is_no_verdict(clf):
    v = classify(clf, "Talent Network <team@network.example>", "New interview request",
                 "Hi Sam,\n\nLarkspur Health has sent you an interview request for Senior Designer. Accept it "
                 "within 7 days to share your contact details.\n\nUnsubscribe", BULK)
    assert not v.rejection, why(v)


# -- 2. a note passed on -----------------------------------------------------------------------------------------

def _forward(note: str) -> str:
    return ("Sam, passing this on as promised - sorry it's not better news. Call me if you want to talk.\nRuth\n\n"
            "Begin forwarded message:\n\nFrom: \"Owen Park\" <owen.park@lantern.example>\nSubject: Sam - panel notes\n"
            "Date: October 2, 2026 at 9:10 AM\nTo: \"Ruth Alvarez\" <ruth.alvarez@lantern.example>\n\n"
            f"Ruth, my take on Sam for the Growth Lead role: {note}\n\nOwen")


@pytest.mark.parametrize("note", [
    "he presents well, but he hasn't run paid acquisition at our scale. I'm a no. Please tell him gently.",
    "strong on analytics, weaker on leadership. Overall: no hire. Let them know kindly.",
    "good energy, but too junior for this one. I'd pass on her. Could you break it to her softly?",
])
def test_vote_against_owner_in_forwarded_note(clf, note):
    v = classify(clf, "Ruth Alvarez <ruth.alvarez@lantern.example>", "Fwd: Sam - panel notes", _forward(note))
    assert v.rejection, why(v)
    assert "vote-against-owner" in [h.id for h in v.hits], why(v)


def test_vote_for_owner_in_forwarded_note_is_no_verdict(clf):
    v = classify(clf, "Ruth Alvarez <ruth.alvarez@lantern.example>", "Fwd: Sam - panel notes",
                 _forward("sharp, and she has run paid acquisition at scale. I'm a yes. Let's bring her back for "
                          "the final round next week."))
    assert not v.rejection, why(v)


def test_a_no_to_a_plan_is_no_verdict(clf):
    v = classify(clf, "Jo <jo@friends.example>", "Re: Friday",
                 "Hi Sam,\n\nFriday drinks: I'm a no, sorry, I'm away. Have fun!\n\nJo")
    assert not v.rejection, why(v)


# -- 3. another person named as chosen ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "I've gone back and forth, but I'm going to stick with Priya for the Head of Growth role.",
    "After a lot of thought we're going to go with Marcus for the operations position.",
    "We've decided to offer the role to Dana, who has run this playbook twice.",
])
def test_named_other_chosen(clf, line):
    v = classify(clf, "Bec <bec@smallco.example>", "Re: trial day",
                 f"Hi Sam,\n\nThanks for coming in for the trial day. {line} It was close.\n\nBec")
    assert v.rejection, why(v)


@pytest.mark.parametrize("line", [
    "I'm going to go with Sam for the Head of Growth role - expect an offer from us tomorrow!",
    "We're going to go with Thursday for the onsite, if that works for you.",
])
def test_named_chosen_opposites(clf, line):
    v = classify(clf, "Bec <bec@smallco.example>", "Re: trial day", f"Hi Sam,\n\nThanks for coming in. {line}\n\nBec")
    assert not v.rejection, why(v)


# -- 4. non-job purpose ------------------------------------------------------------------------------------------

def test_application_for_a_street_address_is_a_flat(clf):
    v = classify(clf, "Lettings <lettings@agent.example>", "Your application",
                 "Hi Sam,\n\nThank you for your application for 9 Marlow Road. Unfortunately your application was "
                 "unsuccessful on this occasion, as another applicant was chosen. We'll keep your details on file."
                 "\n\nKind regards,\nNina")
    assert not v.rejection, why(v)


def test_agency_contract_filled_and_similar_contracts_promised(clf):
    v = classify(clf, "Jess <jess@staffing.example>", "RE: 3 month contract - Analyst",
                 "Hi Sam,\n\nUnfortunately the client has filled the contract with another candidate who could start "
                 "sooner, so I won't be able to put you forward. I'll look out for similar contracts and let you "
                 "know.\n\nJess")
    assert v.rejection, why(v)


def test_contract_let_to_another_supplier_stays_non_job(clf):
    v = classify(clf, "Procurement <buy@council.example>", "Tender outcome",
                 "Dear Sam,\n\nThank you for your bid. Unfortunately the contract has been let to another supplier "
                 "and your bid was unsuccessful.\n\nProcurement team")
    assert not v.rejection, why(v)


# -- 5. the application moved to a requisition named by its title ------------------------------------------------

def test_application_moved_to_titled_requisition_is_no_verdict(clf):
    v = classify(clf, "Careers <careers@firm.example>", "Your application has moved",
                 "Dear Sam,\n\nWe have closed the requisition for Data Engineer (Leeds), as we are bringing the team "
                 "together in Manchester. We have moved your application to Senior Data Engineer - Platform "
                 "(Manchester), which has the same scope. A recruiter will be in touch with next steps.\n\nPeople Team")
    assert not v.rejection, why(v)


def test_application_moved_to_not_selected_stays_a_verdict(clf):
    v = classify(clf, "Careers <careers@firm.example>", "Your application",
                 "Dear Sam,\n\nWe have closed the requisition for Data Engineer (Leeds) and moved your application to "
                 "Not Selected. Thank you for your interest.\n\nPeople Team")
    assert v.rejection, why(v)


# -- 1b. a network passes on a recruiter's personal message ------------------------------------------------------

@pytest.mark.parametrize("line", [
    "For the Head of Content role we have gone with another candidate who has run a newsroom before.",
    "I spoke to the hiring team: they chose a different applicant for the Brand Lead position, sadly.",
])
def test_network_message_from_recruiter_choosing_another(clf, line):
    v = classify(clf, "Network <messages@network.example>", "Mira Olsen sent you a message",
                 f"New message from Mira Olsen, Talent Partner at Fenwick Media\n\nHi Sam,\n\nthanks again for the "
                 f"call last week. {line} I'd love to stay connected.\n\nMira\n\nReply [1]   View profile [2]\n\n"
                 "Manage notifications: https://click.example/t/x", BULK)
    assert v.rejection, why(v)


@pytest.mark.parametrize("line", [
    "Good news travels fast: the Content Lead role you saved at Fenwick Media has been filled. Here are similar "
    "jobs for you.",
    "Right now we have no opening that fits your profile, but join our talent network and hear first about new "
    "roles.",
])
def test_saved_job_closed_or_network_pitch_stays_negative(clf, line):
    v = classify(clf, "Network <messages@network.example>", "Jobs for you",
                 f"Hi Sam,\n\n{line}\n\nSee jobs [1]\n\nManage notifications: https://click.example/t/x", BULK)
    assert not v.rejection, why(v)


# -- 2b. the owner's stand-in words are data ---------------------------------------------------------------------

def test_owner_words_are_read_from_the_rule_file():
    from classifiers.clauses import parse_cues
    problems: list[str] = []
    cues = parse_cues({"clauses": {"owner_words": ["Her", "the  Candidate", "the candidate herself"]}}, "en",
                      "x.toml", problems)
    assert {"her", "the candidate"} <= cues.owner_words
    assert problems == ["x.toml: clauses.owner_words: 'the candidate herself' must be one or two words"]


def test_the_candidate_stands_for_the_owner_only_in_a_note_about_them(clf):
    note = ("Ruth, re Sam: the panel met this morning. We will not be progressing the candidate to the final round; "
            "the other finalist had more channel depth.\n\nOwen")
    fwd = classify(clf, "Ruth Alvarez <ruth.alvarez@lantern.example>", "Fwd: Sam - panel outcome",
                   "Sam, forwarding Owen's note, sorry.\nRuth\n\nBegin forwarded message:\n\nFrom: \"Owen Park\" "
                   "<owen.park@lantern.example>\nSubject: Sam - panel outcome\nTo: \"Ruth Alvarez\" "
                   f"<ruth.alvarez@lantern.example>\n\n{note}")
    assert fwd.rejection, why(fwd)
    plain = classify(clf, "Owen Park <owen.park@lantern.example>", "Panel outcome",
                     "Hi Sam,\n\nQuick update as you referred Dana to us: we will not be progressing the candidate "
                     "to the final round. Thanks for the referral!\n\nOwen")
    assert not plain.rejection, why(plain)


# -- 6. a plan the news cut short; "let's" is no contract let ----------------------------------------------------

@pytest.mark.parametrize("plan", ["we were planning to invite you to the final round",
                                  "we had hoped to invite you to the final stage"])
def test_planned_invitation_cut_short_is_no_invitation(clf, plan):
    v = classify(clf, "Hiring <hiring@firm.example>", "Marketing Lead - update",
                 "Dear Sam,\n\nAfter the acquisition, all open positions in the UK are withdrawn, including the "
                 f"Marketing Lead role. This means we have to stop the process with you, although {plan}. "
                 "I am very sorry.\n\nMarta")
    assert v.rejection, why(v)


def test_invitation_not_negated_by_the_new_guard(clf):
    v = classify(clf, "Hiring <hiring@firm.example>", "Final round",
                 "Dear Sam,\n\nGood news: we invite you to the final round on Tuesday. Please pick a slot.\n\nMarta")
    assert not v.rejection, why(v)


def test_lets_keep_working_together_is_no_contract_let(clf):
    v = classify(clf, "Chris <chris@creditunion.example>", "Marketing Director",
                 "Sam,\n\nI argued for you, but the committee went with the internal candidate. I'm sorry - I was "
                 "looking forward to working together. Let's stay in touch.\n\nChris")
    assert v.rejection, why(v)


# -- 7. the appointment of another candidate, named by what they bring ------------------------------------------

@pytest.mark.parametrize("line", [
    "the committee has recommended, and the Provost has approved, the appointment of a candidate whose background "
    "is in alumni relations.",
    "the board has agreed the hiring of an internal candidate who knows the systems well.",
])
def test_appointment_of_another_candidate(clf, line):
    v = classify(clf, "Search Chair <chair@college.example>", "Director search",
                 f"Dear Sam,\n\nThank you for your campus visit. After long discussion, {line} Thank you again for "
                 "your time.\n\nKaren")
    assert v.rejection, why(v)


def test_appointment_policy_is_no_verdict(clf):
    v = classify(clf, "Search Chair <chair@college.example>", "Director search - next steps",
                 "Dear Sam,\n\nThank you for your application. Please note that the appointment of a candidate is "
                 "subject to references. We will invite you to interview next week.\n\nKaren")
    assert not v.rejection, why(v)


@pytest.mark.parametrize("announce, quoted", [
    ("Pinecrest has an update on your application for Analyst:",
     "Thank you for applying. We have decided to move forward with other candidates."),
    ("Kornfeld hat ein Update zu Ihrer Bewerbung als Analyst:",
     "Vielen Dank für Ihre Bewerbung. Leider haben wir uns für eine andere Kandidatin entschieden."),
])
def test_board_announces_an_update_before_the_quote(clf, announce, quoted):
    v = classify(clf, "Board <noreply@board.example>", "Update", f"Hi Sam,\n\n{announce}\n\n\"{quoted}\"\n\n"
                 "Jobs you may like\nAnalyst - Pinecone - Remote\n\nUnsubscribe", BULK)
    assert v.rejection, why(v)
