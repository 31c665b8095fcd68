"""Engine families of issue 11, round 8, in wording of our own.

1. A non-job purpose (a flat, a loan, a talk proposal) is a cap, not one more addend: while a rule marked
   `non_job_purpose` counts and the text names no job, the positive rules count as one, the strongest. A
   stack of "another applicant was chosen" + "not successful" + "won't proceed" about a flat used to outweigh
   the one rule that said it was a flat. A job rejection that mentions housing or relocation names its role
   and is scored as before.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests import ourwords


def verdict_of(clf, body: str, subject: str = "Hello", headers: str = ""):
    return clf.classify(parse_message(ourwords.message(body, subject, headers)))


NON_JOB_STACKS = [
    ("Your rental application - Flat 2, 18 Harbour Road",
     "Hi Sam,\n\nThanks for applying for Flat 2 through our app. Unfortunately your application was "
     "not successful this time: the landlord has chosen another applicant, so we won't be proceeding with "
     "your application. We wish you the best of luck with your search."),
    ("Your loan application",
     "Dear Sam,\n\nThank you for your loan application. After careful consideration we regret to inform you "
     "that it has been unsuccessful and we are unable to move forward with your application at this time. "
     "We received a high number of applications and had to make difficult decisions."),
    ("Your application to the Riverside Makers Fund",
     "Hi Sam,\n\nThank you for applying to the Riverside Makers Fund. Unfortunately you have not been "
     "selected this round: we chose other applicants whose plans were a closer match, and we will not be "
     "moving forward with your application. Competition was strong and we hope you will apply again."),
    ("Piso calle Mayor - tu solicitud",
     "Hola Sam,\n\ngracias por enviarnos tus papeles para el piso de la calle Mayor. Lamentablemente la "
     "propietaria ha elegido a otro candidato y no podemos seguir adelante con tu solicitud de alquiler. "
     "Te avisaremos si sale algo parecido.\n\nUn saludo"),
    ("Votre dossier de location",
     "Bonjour,\n\nSuite à la visite du T2 rue des Lilas, nous sommes au regret de vous informer que "
     "votre dossier n'a malheureusement pas été retenu : le propriétaire a choisi un autre candidat et nous "
     "ne pouvons pas donner une suite favorable. Nous conservons vos coordonnées et vous souhaitons bonne "
     "chance dans vos recherches.\n\nCordialement"),
]


@pytest.mark.parametrize("subject,body", NON_JOB_STACKS, ids=["flat", "loan", "fund", "es-piso", "fr-logement"])
def test_a_stack_of_verdict_rules_about_a_non_job_purpose_stays_negative(clf, subject, body):
    v = verdict_of(clf, body, subject)
    assert not v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]
    assert any("explains the verdict" in h.evidence for h in v.hits)


JOB_WITH_HOUSING = [
    ("Data Analyst role",
     "Hi Sam,\n\nThanks again for the interviews for the Data Analyst role - and I know you had already "
     "started looking at rental flats near the office. I'm sorry to say we have decided to offer the "
     "position to another candidate and won't be moving forward with your application."),
    ("Your application",
     "Dear Sam,\n\nThank you for your interest in the Warehouse Lead position. I know the move was tied up "
     "with your mortgage application, so I'm sorry to tell you that you have not been selected to continue: "
     "we have chosen another applicant whose experience is a closer match, and we will not be moving "
     "forward with your application."),
]


@pytest.mark.parametrize("subject,body", JOB_WITH_HOUSING, ids=["flats-near-office", "mortgage-on-the-way"])
def test_a_job_rejection_that_mentions_housing_stays_positive(clf, subject, body):
    v = verdict_of(clf, body, subject)
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


# 2. Somebody else's mail to the owner, forwarded to them: a recruiter passing on their company's ATS notice,
#    a colleague passing on what reached a shared inbox. It greets the owner and is addressed to no other named
#    person, so it is the owner's news (the quoted verdict counts, no 'forwarded' penalty), and a colleague at
#    the owner's own organisation passing on a notice about the owner's application is not the owner's work.
#    An ATS notice that opens "This message is being re-sent…" is no footer: the news follows it.

def mail(sender: str, subject: str, body: str) -> bytes:
    return (f"From: {sender}\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: {subject}\n"
            "Message-ID: <r8-fwd@example.net>\nDate: Mon, 30 Nov 2026 10:00:00 +0000\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


ATS_NOTICE = ("Hi Sam,\n\nThank you for your interest in the Product Analyst role at Kelpie Foods. The team has "
              "reviewed your application and we have decided not to move forward with it at this time.\n\n"
              "Best,\nKelpie Foods Talent Team\n\nThis is an automated message. Please do not reply.")

FORWARDED_TO_OWNER = [
    # a recruiter at the company re-sends the ATS notice that went astray
    ("Jo Park <jo.park@kelpiefoods.example>", "Fwd: Your application to Kelpie Foods",
     "Hi Sam, sending this on in case it never reached you - happy to talk if useful.\nJo\n\n"
     "---------- Forwarded message ---------\nFrom: Kelpie Foods <no-reply@hire.lever.co>\n"
     "Date: Tue, 24 Nov 2026 at 09:10\nSubject: Your application to Kelpie Foods\n"
     "To: Sam Taylor <sam.taylor@example.org>\n\n" + ATS_NOTICE),
    # an Outlook forward, the notice first sent to an old address of the owner
    ("Jo Park <jo.park@kelpiefoods.example>", "FW: Your application",
     "Sam - this bounced from the address on your CV, forwarding.\n\n-----Original Message-----\n"
     "From: Kelpie Foods Careers <careers@kelpiefoods.example>\nSent: Tuesday, 24 November 2026 09:10\n"
     "To: sam.t@oldmail.example\nSubject: Your application\n\n" + ATS_NOTICE),
    # a colleague passes on what reached the team's shared inbox
    ("Lee Grant <lee.grant@example.org>", "Fwd: Your application - Product Analyst",
     "Sam, this came to the team inbox, I think it's meant for you. Sorry!\nLee\n\n"
     "Begin forwarded message:\n\nFrom: Kelpie Foods Careers <careers@kelpiefoods.example>\n"
     "Subject: Your application - Product Analyst\nTo: team@example.org\n\n" + ATS_NOTICE),
]


@pytest.mark.parametrize("sender,subject,body", FORWARDED_TO_OWNER, ids=["recruiter-resends-ats", "outlook-old-address",
                                                                         "colleague-shared-inbox"])
def test_a_notice_to_the_owner_forwarded_to_them_is_their_news(clf, sender, subject, body):
    v = clf.classify(parse_message(mail(sender, subject, body)))
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


@pytest.mark.parametrize("opening", ["This message is being re-sent because an earlier delivery may have failed.",
                                     "This email has been resent to you as our first attempt bounced.",
                                     "This message is a copy of one we sent on 2 November, in case it went astray.",
                                     "This message was originally sent on 2 November; our mail server lost it."])
def test_an_ats_notice_that_says_it_is_resent_keeps_its_news(clf, opening):
    body = opening + "\n\n" + ATS_NOTICE.replace("Hi Sam", "Dear Sam")
    v = clf.classify(parse_message(mail("Kelpie Foods <no-reply@hire.lever.co>", "RESENT: Your application", body)))
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


FORWARDED_NOT_OWNERS = [
    # a friend forwards their own rejection: addressed to and greeting the friend
    ("Ella Moss <ella.moss@mailbox.example>", "Fwd: Your application to Kelpie Foods",
     "Ugh, look what I got this morning. Pub later?\n\n---------- Forwarded message ---------\n"
     "From: Kelpie Foods <no-reply@hire.lever.co>\nSubject: Your application to Kelpie Foods\n"
     "To: Ella Moss <ella.moss@mailbox.example>\n\n" + ATS_NOTICE.replace("Hi Sam", "Hi Ella")),
    # a colleague passes on a candidate's reply to the owner's own rejection: the owner's hiring
    ("Lee Grant <lee.grant@example.org>", "Fwd: Thank you",
     "Sam, FYI - this one wrote back to the team inbox.\n\nBegin forwarded message:\n\n"
     "From: Dana Reyes <dana.reyes@mailbox.example>\nSubject: Thank you\nTo: team@example.org\n\n"
     "Dear Sam,\n\nThank you for letting me know that you decided to go with another candidate for the "
     "Product Analyst role. I enjoyed our conversation and would welcome any feedback.\n\nBest,\nDana"),
    # a notice to another named person, forwarded for advice
    ("Ella Moss <ella.moss@mailbox.example>", "Fwd: Your application",
     "Sam, what do you make of this one? Should I reply?\n\n-----Original Message-----\n"
     "From: Kelpie Foods Careers <careers@kelpiefoods.example>\nTo: Ella Moss <ella.moss@mailbox.example>\n"
     "Subject: Your application\n\n" + ATS_NOTICE.replace("Hi Sam", "Hi Ella")),
]


@pytest.mark.parametrize("sender,subject,body", FORWARDED_NOT_OWNERS, ids=["friend-own-news", "candidate-reply-to-owner",
                                                                           "addressed-to-another"])
def test_someone_elses_notice_forwarded_stays_negative(clf, sender, subject, body):
    v = clf.classify(parse_message(mail(sender, subject, body)))
    assert not v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


# 3. Purpose words: weak non-job vocabulary does not count when the text names a job; a parcel, an editor's
#    pass on a pitch and an interview for another role are not rejections.

def test_weak_non_job_vocabulary_in_a_note_about_a_role_does_not_count(clf):
    v = verdict_of(clf, "Hi Sam,\n\nThank you for the time you gave us. Your ideas for our listings pages were "
                        "great, but we've decided to go with another candidate for the Growth Marketing role, "
                        "someone with more B2B experience.\n\nWarmly", "Growth Marketing")
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


@pytest.mark.parametrize("subject,body", [
    ("Delivery update",
     "Dear Customer,\n\nWe made two delivery attempts for your parcel but the delivery was unsuccessful. As it "
     "was not collected from the depot within 7 days it has been rejected for redelivery and will be returned "
     "to the sender."),
    ("Re: pitch - onboarding myths",
     "Hi Sam,\n\nThanks for sending this over. I'm going to pass, sadly: we covered much the same ground last "
     "month. Do pitch again - I'd love something on pricing pages.\n\nMara"),
    ("Quick change of plan",
     "Hi Sam,\n\nNews from the client: they've decided not to move you forward for the Analyst process after all, "
     "because the manager wants to interview you for the Senior Analyst role instead on Thursday. Does 11am "
     "work?\n\nKit"),
], ids=["parcel", "editor-pass", "interview-for-another-role"])
def test_not_a_job_rejection(clf, subject, body):
    v = verdict_of(clf, body, subject)
    assert not v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


# 4. Clause structure: a refusal verb with its object left out at the clause's end ("we're not going to
#    progress."), the CV screening stage as a step rather than the candidacy, the writer's own rejection.

@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nThe client came back this morning. They liked your portfolio, but they're not going to progress. "
    "Happy to talk it through.",
    "Hi Sam,\n\nThank you for your time on Tuesday. Having discussed it as a team, we are not able to proceed. "
    "We wish you well.",
], ids=["relay", "team"])
def test_not_proceeding_without_an_object_is_a_verdict(clf, body):
    v = verdict_of(clf, body, "Update")
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nWe won't proceed until your references are back, so no news until next week.",
    "Hi Sam,\n\nQuick one - are we not going to proceed? I haven't heard from the team since Monday.",
], ids=["until", "question"])
def test_not_proceeding_yet_or_asked_is_no_verdict(clf, body):
    v = verdict_of(clf, body, "Update")
    assert not v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


def test_others_turned_down_at_the_cv_stage_is_no_verdict_on_the_reader(clf):
    v = verdict_of(clf, "Hey Sam,\n\nGreat news - you're on the shortlist for the role I put you up for! They "
                        "rejected nearly everyone at the CV stage, so that says a lot.\n\nKit", "good news")
    assert not v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


@pytest.mark.parametrize("body", [
    "Sam, heard back from Orla's team today - they went with someone else. I honestly thought I had that one. "
    "Pub on Friday?",
    "Well, that's that: they went with another candidate and turned me down after the final round. Coffee "
    "soon? I need cheering up.",
    "They picked someone else, so I didn't get it. Back to the applications, I suppose!",
], ids=["thought-i-had-it", "turned-me-down", "didnt-get-it"])
def test_a_friends_own_rejection_is_no_verdict(clf, body):
    v = verdict_of(clf, body, "ugh")
    assert not v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


def test_a_recruiter_relaying_the_clients_no_stays_a_verdict(clf):
    v = verdict_of(clf, "Hi Sam,\n\nJust heard back from Orla's team - they went with someone else, I'm sorry. "
                        "I really thought you had that one.\n\nKit", "Orla's team")
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


# 5. A digest of open roles the reader subscribed to: a role listed as filled in it is no verdict.

DIGEST = "List-Unsubscribe: <https://jobs.example/unsub>\n"


@pytest.mark.parametrize("body", [
    "Hi Sam,\n\nYou signed up to hear about new roles at Wrenfield. Here's what's open this month:\n\n"
    "- Data Engineer (Leeds)\n- Analytics Lead - position filled, thank you to everyone who applied\n\n"
    "You are in our talent community.\nWrenfield Careers",
    "Hello Sam,\n\nHere's what's new at Wrenfield this week:\n\n* Platform Engineer\n* Product Analyst - the "
    "role is now filled, thank you to all who applied\n\nWe keep your details in our talent pool.\nWrenfield Careers",
], ids=["signed-up", "whats-new"])
def test_a_role_listed_as_filled_in_a_subscribed_digest_is_no_verdict(clf, body):
    v = verdict_of(clf, body, "New roles at Wrenfield", DIGEST)
    assert not v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


def test_a_rejection_that_invites_the_reader_to_sign_up_stays_a_verdict(clf):
    v = verdict_of(clf, "Hi Sam,\n\nThank you for applying for the Analytics Lead role. The position has now been "
                        "filled, so we won't be taking your application further. Sign up to hear about new roles "
                        "at Wrenfield on our careers page.\n\nWrenfield Careers", "Your application")
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


RESENT_OPENINGS = [
    ("Ce message est un renvoi : notre premier envoi n'a pas abouti.",
     "Bonjour Sam,\n\nNous vous remercions pour votre candidature au poste de chargé d'études. Après examen, nous "
     "sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature.\n\nCordialement"),
    ("Diese Nachricht ist eine Kopie unserer E-Mail vom 2. November.",
     "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für eine "
     "andere Kandidatin entschieden haben.\n\nViele Grüße"),
    ("Este mensaje es un reenvío: el primero no llegó.",
     "Hola Sam,\n\ngracias por tu candidatura. Lamentablemente hemos decidido continuar con otras personas para "
     "el puesto.\n\nUn saludo"),
    ("Questo messaggio ti viene reinviato perché il primo invio non è andato a buon fine.",
     "Ciao Sam,\n\ngrazie per la tua candidatura. Purtroppo abbiamo deciso di proseguire con altri candidati per "
     "la posizione.\n\nSaluti"),
    ("Dit bericht is opnieuw verstuurd omdat de eerste poging mislukte.",
     "Beste Sam,\n\nbedankt voor je sollicitatie. Helaas hebben we besloten om met een andere kandidaat verder "
     "te gaan.\n\nMet vriendelijke groet"),
    ("Esta mensagem foi reenviada porque o primeiro envio falhou.",
     "Olá Sam,\n\nobrigado pela sua candidatura. Infelizmente decidimos seguir com outro candidato para a vaga."
     "\n\nAtenciosamente"),
]


@pytest.mark.parametrize("opening,body", RESENT_OPENINGS, ids=["fr", "de", "es", "it", "nl", "pt"])
def test_a_resent_notice_opening_is_no_footer_in_every_language(clf, opening, body):
    v = clf.classify(parse_message(mail("Kelpie <no-reply@hire.lever.co>", "Re", opening + "\n\n" + body)))
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


FORWARDED_TO_OWNER_INTL = [
    ("WG: Ihre Bewerbung",
     "Hallo Sam, anbei die Nachricht, die an unser Sammelpostfach ging.\nJo\n\n-----Ursprüngliche Nachricht-----\n"
     "Von: Kelpie Karriere <karriere@kelpie.example>\nGesendet: Montag, 2. November 2026 10:00\nAn: jobs@example.org\n"
     "Betreff: Ihre Bewerbung\n\nHallo Sam,\n\nvielen Dank für Ihre Bewerbung. Leider haben wir uns für eine andere "
     "Kandidatin entschieden.\n\nViele Grüße"),
    ("TR: Votre candidature",
     "Bonjour Sam, je te transfère ce message arrivé sur la boîte partagée.\nJo\n\n"
     "---------- Message transféré ---------\nDe : Kelpie Recrutement <recrutement@kelpie.example>\n"
     "Date : lun. 2 nov. 2026\nObjet : Votre candidature\nÀ : Sam Taylor <sam.taylor@example.org>\n\nBonjour Sam,\n\n"
     "Nous vous remercions pour votre candidature. Nous sommes au regret de ne pas pouvoir y donner une suite "
     "favorable.\n\nCordialement"),
    ("RV: Tu candidatura",
     "Hola Sam, te reenvío esto.\nJo\n\n---------- Mensaje reenviado ---------\nDe: Kelpie RRHH <rrhh@kelpie.example>\n"
     "Fecha: 2 nov 2026\nAsunto: Tu candidatura\nPara: Sam Taylor <sam.taylor@example.org>\n\nHola Sam,\n\ngracias por "
     "tu candidatura. Lamentablemente hemos decidido continuar con otras personas para el puesto.\n\nUn saludo"),
]


@pytest.mark.parametrize("subject,body", FORWARDED_TO_OWNER_INTL, ids=["de", "fr", "es"])
def test_a_notice_to_the_owner_forwarded_to_them_is_their_news_in_every_language(clf, subject, body):
    v = clf.classify(parse_message(mail("Jo Park <jo.park@kelpie.example>", subject, body)))
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


# 6. More non-job purposes stated by structure: an editor thanking for "the pitch", a funder's budget.

@pytest.mark.parametrize("subject,body", [
    ("Re: Pitch - the case for slow onboarding",
     "Hi Sam,\n\nThanks for the pitch. It's a good angle, but we won't be moving forward with it: we ran "
     "something close last month.\n\nMara\nFeatures Editor"),
    ("Your application ADS-0412",
     "Dear Sam,\n\nThank you for your application to this year's Community Audio Scheme. The available budget "
     "only allows us to support a small number of projects, and we regret that your application has not been "
     "successful on this occasion."),
], ids=["editor-thanks-for-the-pitch", "funder-budget"])
def test_more_non_job_purposes(clf, subject, body):
    v = verdict_of(clf, body, subject)
    assert not v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]


def test_a_sales_interviews_pitch_exercise_is_no_non_job_purpose(clf):
    v = verdict_of(clf, "Hi Sam,\n\nThanks for the pitch exercise on Friday. We've decided to go with another "
                        "candidate for the Account Executive role.\n\nKit", "Account Executive")
    assert v.rejection, [(h.id, h.score, h.evidence) for h in v.hits]
