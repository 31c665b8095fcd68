"""Re-sent and forwarded rejections (issue 11, round 7), in wording of our own.

A sender who passes on their own earlier mail to the owner again ("resending, it bounced from your old
address") is delivering the owner's news: the quoted verdict counts and the 'forwarded' penalty does not apply.
Mechanisms covered:
- the separator line ("----- Original Message -----") read by the reply parser as an empty reply of its own:
  the header block and text after it are the quoted message (text.split_quote);
- the quoted From: line naming the sender by display name only (Outlook: "From: Kyle Brennan");
- the quoted To: line naming another address of the owner (an old or mistyped one): the quoted text must greet
  the owner, and then neither a "FW:" subject nor a forwarding separator is needed.
Hard negatives: the sender's own rejection of somebody else passed on to the owner, and a plain reply quoting
the sender's last mail to the owner's current address (thread history).
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords

SENDER = "Robin Meyer <robin.meyer@harbour-works.example>"


def verdict_of(clf, body: str, subject: str = "Hello"):
    return clf.classify(parse_message(ourwords.message(body, subject)))


def _quoted(separator: str, sender: str, to: str, text: str, labels=("From", "Sent", "To", "Subject")) -> str:
    f, s, t, subj = labels
    return (f"{separator}\n{f}: {sender}\n{s}: Monday, 23 November 2026 11:02\n{t}: {to}\n"
            f"{subj}: Data Analyst\n\n{text}")


VERDICT_EN = ("Hi Sam,\n\nThanks for the conversation last week. We have now finished the interviews and "
              "have offered the Data Analyst role to someone whose background is closer to what the team "
              "needs, so we will not be taking your application further.\n\nAll the best,\nRobin Meyer")

RESENT = [
    # a bare separator line before the header block, no FW subject, an old address of the owner
    ("Resent: Data Analyst",
     "Hi Sam,\n\nSending this again - it came back undelivered from the address on your CV. Sorry!\n\n"
     "Robin\n\n" + _quoted("----- Original Message -----", SENDER, "sam.t@oldbox.example", VERDICT_EN)),
    # Outlook: the sender named by display name only, a mistyped address
    ("FW: Data Analyst",
     "Hi Sam,\n\nForwarding my note from Monday, I think I had a typo in your address.\n\nRobin\n\n"
     + _quoted("-----Original Message-----", "Robin Meyer", "sam.tailor@example.org", VERDICT_EN)),
    # German labels
    ("WG: Data Analyst",
     "Hallo Sam,\n\nich schicke Ihnen meine Nachricht noch einmal, sie ging an Ihre alte Adresse.\n\nRobin\n\n"
     + _quoted("-----Ursprüngliche Nachricht-----", "Robin Meyer", "sam@altemail.example",
               "Hallo Sam,\n\nvielen Dank für Ihre Zeit. Leider haben wir uns für eine andere Kandidatin "
               "entschieden und können Ihre Bewerbung nicht weiter berücksichtigen.\n\nViele Grüße\nRobin Meyer",
               labels=("Von", "Gesendet", "An", "Betreff"))),
    # Spanish labels, the address named
    ("RV: Data Analyst",
     "Hola Sam,\n\nte reenvío el correo de abajo, creo que no te llegó.\n\nRobin\n\n"
     + _quoted("---------- Mensaje reenviado ---------", SENDER, "Sam Taylor <sam.taylor@viejo.example>",
               "Hola Sam,\n\ngracias por tu tiempo. Lamentablemente hemos decidido continuar con otra persona "
               "para el puesto.\n\nUn saludo,\nRobin Meyer", labels=("De", "Fecha", "Para", "Asunto"))),
]


@pytest.mark.parametrize("subject,body", RESENT)
def test_resent_rejection_is_the_owners_news(clf, subject, body):
    v = verdict_of(clf, body, subject)
    assert v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"


NOT_NEWS = [
    # the sender's rejection of another candidate passed on to the owner (a colleague, say)
    ("FW: Data Analyst",
     "Hi Sam,\n\nFYI, this is the note I sent Alex yesterday, in case they get in touch with you.\n\nRobin\n\n"
     + _quoted("-----Original Message-----", "Robin Meyer", "alex.price@mailbox.example",
               VERDICT_EN.replace("Hi Sam,", "Hi Alex,"))),
]


@pytest.mark.parametrize("subject,body", NOT_NEWS)
def test_someone_elses_rejection_passed_on_stays_negative(clf, subject, body):
    v = verdict_of(clf, body, subject)
    assert not v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"


# -- job-board relays: bulk headers and a job-alert block beside a stated verdict ------------------------------
BULK = ("List-Id: <status.jobboard.example>\nList-Unsubscribe: <https://jobboard.example/u>\n"
        "Precedence: bulk\n")


def relay_verdict(clf, body: str, subject: str):
    return clf.classify(parse_message(ourwords.message(body, subject, BULK)))


RELAYS = [
    # a status notice about one application with "jobs you may like" below
    ("Your application to Fenwick Tiles",
     "Application status\nBrand Manager\nFenwick Tiles - Leeds\n\nThe hiring team has decided not to progress "
     "your application.\n\nNew jobs matching your search:\n- Marketing Lead - Otley\n- Brand Executive - York"),
    # an employer's note relayed by the board, naming the application by its verb
    ("A message from Fenwick Tiles about Brand Manager",
     "Fenwick Tiles sent you a message:\n\nHi Sam, many thanks for applying. We have now filled the "
     "position. Kind regards, Priya\n\nReply in your inbox on the board."),
]


@pytest.mark.parametrize("subject,body", RELAYS)
def test_board_relay_with_bulk_headers_states_a_verdict(clf, subject, body):
    v = relay_verdict(clf, body, subject)
    assert v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"


BULK_NEGATIVES = [
    # a weekly digest summing up several applications, then alerts: no one verdict is news
    ("Your week on the board",
     "Keep at it, Sam. A few of your recent applications were marked Not selected by employers. "
     "Here are new jobs matching your search:\n- Marketing Lead - Otley\n- Brand Executive - York"),
]


@pytest.mark.parametrize("subject,body", BULK_NEGATIVES)
def test_digest_of_several_applications_stays_negative(clf, subject, body):
    v = relay_verdict(clf, body, subject)
    assert not v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"


def test_a_declined_card_payment_is_no_rejection(clf):
    v = verdict_of(clf, "Dear Customer,\n\nA payment with your debit card ending 2231 could not be completed.\n\n"
                        "Merchant: CITY RAIL\nStatus: Declined\nReason: the transaction amount is above "
                        "your credit limit.", "Payment alert")
    assert not v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"


# -- a company's everyday scheme named in passing is no non-job application ------------------------------------
def test_a_beta_program_named_in_passing_does_not_sink_a_verdict(clf):
    v = verdict_of(clf, "Hi Sam,\n\nThe ideas you shared for our beta program went down well with everyone. "
                        "In the end, though, we have offered the Community Lead role to another candidate.\n\n"
                        "Warm wishes,\nDana", "Community Lead")
    assert v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"


def test_an_application_to_a_beta_program_is_no_job(clf):
    v = verdict_of(clf, "Hi Sam,\n\nThanks for applying to our beta program. Unfortunately your application was "
                        "not successful this time, as places were limited.", "Beta access")
    assert not v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"


# -- a home applied for is no job --------------------------------------------------------------------------------
def test_a_rental_application_turned_down_is_no_rejection(clf):
    v = verdict_of(clf, "Hi Sam,\n\nThanks for applying for 12 Mill Lane through our app. Unfortunately your "
                        "application was unsuccessful: the agent has chosen another applicant for this property.\n\n"
                        "Your documents stay saved so you can apply for other properties quickly.", "Your application")
    assert not v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"



# -- a recruiter who will not put the reader forward ------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nThanks for the chat earlier. Having thought it over, I won't be putting you forward to the client "
    "for this one.",
    "Hi Sam,\n\nAfter our call I'm not going to put you forward to the hiring team this time.",
])
def test_not_putting_the_reader_forward_is_a_verdict(clf, body):
    v = verdict_of(clf, body, "Our call")
    assert v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"


@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nGreat call! I'll be putting you forward to the hiring manager today.",
    "Hi Sam,\n\nDon't hesitate to tell me if you'd rather I didn't put you forward for the role.",
])
def test_putting_the_reader_forward_is_no_verdict(clf, body):
    v = verdict_of(clf, body, "Our call")
    assert not v.rejection, f"score {v.score}: {[(h.id, h.score) for h in v.hits]}"
