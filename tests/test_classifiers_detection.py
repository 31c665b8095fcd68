"""Detection on hand-written messages (tests/fixtures/classifiers): one or more per category.

File names say the expected label: `rej-*` must be detected as rejections, `oth-*` must not.
The messages are written for these tests, not copied from the shared corpus.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from classifiers import (Classifier, DetectionSettings, Owner, ThreadContext, Verdict,
                         parse_message)

FIXTURES = Path(__file__).parent / "fixtures" / "classifiers"
OWNER = Owner(name="Sam Taylor", addresses=frozenset({"sam.taylor@example.org"}))
FILES = sorted(FIXTURES.glob("*.eml"))


def load(name: str):
    return parse_message((FIXTURES / name).read_bytes())


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return Classifier(DetectionSettings(), OWNER)


def test_fixture_set_covers_both_labels():
    assert sum(f.name.startswith("rej-") for f in FILES) >= 20
    assert sum(f.name.startswith("oth-") for f in FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_fixture_verdict(clf, path):
    verdict = clf.classify(parse_message(path.read_bytes()))
    expected = path.name.startswith("rej-")
    fired = [(h.id, h.score) for h in verdict.hits]
    assert verdict.rejection is expected, f"score {verdict.score}: {fired}"
    if expected:
        assert verdict.score >= verdict.threshold
        assert any(h.score > 0 and h.evidence for h in verdict.hits)


def test_classify_many_matches_classify(clf):
    msgs = [parse_message(p.read_bytes()) for p in FILES]
    batch = clf.classify_many(msgs)
    assert [v.rejection for v in batch] == [clf.classify(m).rejection for m in msgs]
    assert all(isinstance(v, Verdict) for v in batch)


def test_classify_many_rejects_mismatched_contexts(clf):
    with pytest.raises(ValueError):
        clf.classify_many([load("rej-terse-filled.eml")], [])


@pytest.mark.parametrize("name,lang", [
    ("rej-de.eml", "de"), ("rej-fr.eml", "fr"), ("rej-es.eml", "es"), ("rej-nl.eml", "nl"),
    ("rej-it.eml", "it"), ("rej-pt.eml", "pt"), ("rej-ats-lever.eml", "en"),
])
def test_language_is_reported(clf, name, lang):
    verdict = clf.classify(load(name))
    assert verdict.language == lang
    assert verdict.rejection


def test_evidence_is_the_words_that_fired(clf):
    verdict = clf.classify(load("rej-after-interview-chosen.eml"))
    hit = next(h for h in verdict.hits if h.id == "went-with-other-candidate")
    assert "proceed with a candidate whose" in hit.evidence


def test_owner_sent_is_forced_with_reason(clf):
    verdict = clf.classify(load("oth-owner-sent.eml"))
    assert not verdict.rejection and verdict.reason == "sent by the owner" and verdict.hits == ()


def test_owner_alias_counts_as_owner():
    owner = Owner("Sam Taylor", frozenset({"sam@old-address.example", "sam.taylor@example.org"}))
    verdict = Classifier(DetectionSettings(), owner).classify(load("oth-owner-sent.eml"))
    assert verdict.reason == "sent by the owner"


def test_without_owner_content_still_decides():
    verdict = Classifier(DetectionSettings(), Owner()).classify(load("rej-ats-lever.eml"))
    assert verdict.rejection


def test_thread_context_lowers_score(clf):
    msg = load("rej-after-interview-finalist.eml")
    plain = clf.classify(msg)
    threaded = clf.classify(msg, ThreadContext(reply_to_own_mail=True))
    assert threaded.score < plain.score
    assert any(h.id == "reply-to-own-mail" for h in threaded.hits)


def test_reply_to_followup_quotes_owner_note(clf):
    verdict = clf.classify(load("oth-reply-to-followup.eml"))
    assert any(h.id == "owner-followup-quoted" for h in verdict.hits)
    assert not verdict.rejection


def test_forwarded_rejection_is_not_evidence(clf):
    verdict = clf.classify(load("oth-friend-forward.eml"))
    assert not any(h.id == "went-with-other-candidate" for h in verdict.hits)


def test_rejection_in_quotation_marks_is_not_evidence(clf):
    raw = (b"From: Lena <lena@fernway.example>\r\nTo: sam.taylor@example.org\r\n"
           b"Subject: template\r\n\r\nHi Sam, for the others you could write: \"After careful "
           b"consideration we have decided to move forward with another candidate for the role.\" "
           b"Does that work?\r\n")
    verdict = clf.classify(parse_message(raw))
    assert not verdict.rejection, verdict.hits


@pytest.mark.parametrize("raw", [
    b"From: x@y.z\r\n\r\n",
    b"From: a@b.c\r\nContent-Type: text/html\r\n\r\n<p><b>unclosed <script>move forward with another candidate",
    b"From: a@b.c\r\nSubject: \x1b[31mred\r\n\r\n" + b"\x00\xff\xfe" * 2000,
    b"From: a@b.c\r\n\r\n" + b"we have decided to move forward with other candidates. " * 20000,
    b"From: a@b.c\r\n\r\n" + b"> " * 50000 + b"\"" * 10000,
    b"Subject: =?utf-8?b?!!!?=\r\nFrom: =?bogus?q?x?= <>\r\n\r\nhi",
])
def test_hostile_input_never_crashes(clf, raw):
    verdict = clf.classify(parse_message(raw))
    assert isinstance(verdict, Verdict)
    for hit in verdict.hits:
        assert "\x1b" not in hit.evidence and "\x00" not in hit.evidence


def test_huge_body_is_bounded(clf):
    raw = (b"From: a@b.c\r\nSubject: x\r\n\r\nUnfortunately we will not be moving forward with "
           b"your application.\r\n" + b"filler words here. " * 200000)
    assert clf.classify(parse_message(raw)).rejection


def test_plus_addressed_owner_is_the_owner(clf):
    assert clf.classify(load("oth-plus-address-owner-sent.eml")).reason == "sent by the owner"
    assert OWNER.owns("Sam.Taylor+jobs@example.org") and not OWNER.owns("sam.taylor@example.net")


def test_nickname_greeting_is_the_owner(clf):
    verdict = clf.classify(load("rej-nickname-greeting.eml"))
    assert verdict.rejection and "greets-someone-else" not in {h.id for h in verdict.hits}


def test_classifier_is_shared_safely_between_threads(clf):
    from concurrent.futures import ThreadPoolExecutor
    msgs = [parse_message(p.read_bytes()) for p in FILES]
    expected = [clf.classify(m).rejection for m in msgs]
    fresh = Classifier(DetectionSettings(), OWNER)     # compiles lazily, from four threads at once
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda m: fresh.classify(m).rejection, msgs))
    assert got == expected


# -- one-sentence probes: the same statement in many wordings ---------------------------------
REJECTION_SENTENCES = [
 "After careful consideration, we have decided to proceed with other candidates.",
 "We regret to inform you that you have not been selected for the position.",
 "Unfortunately, we will not be moving forward with your application.",
 "We have decided to pursue candidates whose backgrounds more closely align with our needs.",
 "The position has now been filled.",
 "We've filled the position with someone whose experience is a better match.",
 "I'm sorry to say the team decided to go with someone else.",
 "Unfortunately the hiring manager has decided not to progress your application.",
 "We won't be inviting you to the next stage.",
 "Your application was unsuccessful on this occasion.",
 "We are unable to offer you a position at this time.",
 "We've decided to put the role on hold for the foreseeable future.",
 "Due to a change in business priorities, the role has been eliminated.",
 "The requisition has been cancelled.",
 "We are withdrawing the offer of employment made to you.",
 "We regret that we must rescind your offer.",
 "Sadly, it's not going to be a yes this time.",
 "We've chosen another applicant for this role.",
 "The team selected a different candidate.",
 "We have decided to offer the position to another candidate.",
 "We went with an internal candidate.",
 "We won't be taking your candidacy any further.",
 "You were not shortlisted for interview.",
 "We've made a hire for this role.",
 "We have concluded the process and the role is no longer available.",
 "We decided to close the search without hiring.",
 "Although you were a strong candidate, we've decided not to extend an offer.",
 "While your experience is impressive, we've decided to move in a different direction.",
 "We have decided that your skills and experience do not match our requirements at this time.",
 "We will not be scheduling further interviews with you.",
 "We've decided not to proceed with your candidacy.",
 "The hiring committee has chosen not to advance your application.",
 "You have not progressed to the next round.",
 "We've opted to move forward with a candidate who has more enterprise experience.",
 "We will not be proceeding with your application for the Marketing role.",
 "Regrettably, your application has not been successful.",
 "We are not able to take your application forward.",
 "Thanks for interviewing, but we're going with someone else.",
 "We decided the role isn't right for you.",
 "We've decided to keep looking for candidates with more B2B experience.",
 "I really wish I had better news. The panel has recommended another finalist for the role.",
 "We've now completed interviews and, I'm sorry to say, we won't be offering you the job.",
 "Thank you for your application. On this occasion we will not be taking it further.",
 "Your experience is impressive, but we have identified a candidate who more closely matches the role.",
 "The company has frozen all hiring, so the position is closed for now.",
 "I'm afraid the business has decided not to backfill the role after all.",
 "Unfortunately we can't move you forward.",
 "We have had to make some tough choices and you were not successful this time.",
 "After much thought we've decided you're not the right fit for this role.",
 "Thanks for your patience - the client has chosen to proceed with another applicant.",
 "We ultimately decided to hire someone with deeper SaaS experience.",
 "I'm sorry - the role went to someone internal.",
 "Following the interview panel's review, we will not be progressing your application to the next stage.",
 "The vacancy has been withdrawn.",
 "We need to retract the offer we extended last week.",
 "Unfortunately, we have decided not to continue with your application process.",
 "we've decided to go with a different candidate. thanks for your time!",
 "We've closed this position and will not be moving forward with any candidates.",
 "Sorry, we've given the job to someone else.",
 "After reviewing your resume, we've decided not to invite you for an interview.",
 "I just heard back from the client and unfortunately they won't be moving forward with you.",
 "The hiring manager has decided to pursue other profiles for this role.",
 "We have carefully reviewed your application and, on this occasion, you have not been successful.",
 "After our final round, the team aligned on another candidate.",
 "I'm writing to let you know that we've extended an offer to another candidate, who has accepted.",
 "We've decided against moving forward with your application.",
 "Thank you for applying. Unfortunately, you do not meet the minimum requirements for this role.",
 "It was a close call, but we're going to move forward with the other finalist.",
 "we're not going to be able to offer you the position.",
 "Your candidacy will not be progressed further.",
]
OTHER_SENTENCES = [
 "We'd like to invite you to a final interview with our CEO next week.",
 "Congratulations! We are pleased to offer you the role of Marketing Manager.",
 "Thank you for applying. We will review your application and get back to you within two weeks.",
 "We've received your application for Marketing Manager and our team will review it shortly.",
 "Could we move our call to Thursday at 3pm? Something came up.",
 "Your interview has been rescheduled to Monday 10am.",
 "Here are 10 new jobs matching your profile.",
 "I came across your profile and think you'd be a great fit for a role I'm hiring for.",
 "Following up on my note from last week - are you open to a chat about a new role?",
 "Your paper was not accepted to the conference this year.",
 "Unfortunately your loan application was declined.",
 "The landlord has chosen another tenant for the apartment.",
 "We regret that your proposal was not selected for funding.",
 "Your talk was not selected for the conference program.",
 "We have awarded the contract to another vendor.",
 "Thanks for your note! I'll definitely keep you in mind if anything opens up.",
 "Thank you for letting us know you've accepted another offer. We wish you the best!",
 "We're sorry to see you withdraw your application.",
 "This is to confirm we received your request to withdraw your application.",
 "I'm out of the office until Monday.",
 "Just checking in - how is the job search going?",
 "We are still reviewing candidates and expect to make a decision next week.",
 "You've been selected to move forward to the onsite interview!",
 "Please complete the take-home assignment by Friday.",
 "Here is the agenda for your onsite interview on Tuesday.",
 "Thanks for the interview! We're excited to move you to the next round - can you do Tuesday?",
 "Great news: the team would love to extend you an offer. I'll send the paperwork today.",
 "We received your application. If we decide to move forward with other candidates, we'll let you know.",
 "Sorry for the delay! We're still waiting on feedback from the panel and will update you next week.",
 "The hiring manager is travelling, so we need to push your interview to next week.",
 "We're pleased to confirm your start date of June 1.",
 "Your reference check is complete and everyone spoke very highly of you.",
 "Hi Sam, would you be interested in a Product Marketing role at a fast-growing startup?",
 "Reminder: your interview with the panel is tomorrow at 10am.",
 "Thanks for reaching out! I'm not the right person for this, but I've forwarded your note to our recruiter.",
 "Unfortunately our editor has decided not to publish your article this quarter.",
 "Your rental application for 12 Elm St has not been approved.",
 "We are unable to approve your credit card application at this time.",
 "Unfortunately, your abstract was not accepted for presentation at the symposium.",
 "We've decided to go with another agency for the rebrand project.",
 "I just heard back from the client - they'd like to move forward with you to a final round!",
 "Would you like me to put you forward for a similar role at another client?",
 "We're moving forward with the next steps in your background check.",
 "The team aligned on extending you an offer - expect a call from me tomorrow.",
 "Unfortunately I'm not able to make our 3pm call - can we do 4pm instead?",
]


def sentence_message(text: str):
    raw = ("From: Recruiter <r@acme.example>\r\nTo: Sam Taylor <sam.taylor@example.org>\r\n"
           "Subject: Update\r\n\r\nHi Sam,\r\n\r\n" + text + "\r\n\r\nBest,\r\nAlex\r\n").encode()
    return parse_message(raw)


@pytest.mark.parametrize("text", REJECTION_SENTENCES)
def test_rejection_sentence(clf, text):
    verdict = clf.classify(sentence_message(text))
    assert verdict.rejection, [(h.id, h.score) for h in verdict.hits]


@pytest.mark.parametrize("text", OTHER_SENTENCES)
def test_other_sentence(clf, text):
    verdict = clf.classify(sentence_message(text))
    assert not verdict.rejection, [(h.id, h.score) for h in verdict.hits]


# -- the same probes in the other six languages (language must be recognised too) ------------
REJECTION_SENTENCES_BY_LANGUAGE = {
 "de": ["Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.",
        "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.",
        "Die ausgeschriebene Position wurde leider bereits besetzt.",
        "Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit anderen Bewerbern fortzusetzen.",
        "Leider können wir Ihnen keine Zusage geben.",
        "Die Stelle wurde aus internen Gründen gestrichen."],
 "fr": ["Nous sommes au regret de vous annoncer que votre candidature n'a pas été retenue.",
        "Nous avons décidé de poursuivre avec d'autres candidats.",
        "Malheureusement, le poste a été pourvu en interne.",
        "Nous ne pouvons pas donner une suite favorable à votre candidature.",
        "Le recrutement pour ce poste a été suspendu."],
 "es": ["Lamentamos informarte que no has sido seleccionado para el puesto.",
        "Hemos decidido continuar con otros candidatos.",
        "La vacante ya ha sido cubierta.",
        "En esta ocasión no vamos a seguir adelante con tu candidatura.",
        "El proceso de selección ha sido cancelado."],
 "it": ["Siamo spiacenti di comunicarle che la sua candidatura non è stata selezionata.",
        "Abbiamo deciso di proseguire con altri candidati.",
        "La posizione è stata già coperta.",
        "Purtroppo non possiamo dare seguito alla sua candidatura."],
 "pt": ["Infelizmente, não seguiremos com a sua candidatura.",
        "Decidimos avançar com outros candidatos.",
        "A vaga já foi preenchida.",
        "Lamentamos informar que você não foi selecionado para a próxima etapa."],
 "nl": ["Helaas hebben we besloten om met een andere kandidaat verder te gaan.",
        "De vacature is inmiddels vervuld.",
        "Wij hebben besloten je sollicitatie niet verder in behandeling te nemen.",
        "Helaas moeten we je teleurstellen: je bent niet geselecteerd."],
}
OTHER_SENTENCES_BY_LANGUAGE = {
 "de": ["Wir freuen uns, Sie zu einem zweiten Gespräch einzuladen.", "Vielen Dank für Ihre Bewerbung, wir haben sie erhalten und melden uns zeitnah.", "Herzlichen Glückwunsch, wir möchten Ihnen die Stelle anbieten!"],
 "fr": ["Nous avons bien reçu votre candidature et reviendrons vers vous rapidement.", "Nous serions ravis de vous inviter à un second entretien.", "Félicitations, nous avons le plaisir de vous proposer le poste !"],
 "es": ["Hemos recibido tu candidatura y la revisaremos pronto.", "Nos gustaría invitarte a una entrevista la próxima semana.", "¡Enhorabuena! Nos complace ofrecerte el puesto."],
 "it": ["Abbiamo ricevuto la sua candidatura e la contatteremo a breve.", "Saremmo lieti di invitarla a un colloquio.", "Congratulazioni, siamo felici di offrirle la posizione!"],
 "pt": ["Recebemos sua candidatura e entraremos em contato em breve.", "Gostaríamos de convidar você para uma entrevista.", "Parabéns! Temos o prazer de oferecer a vaga a você."],
 "nl": ["We hebben je sollicitatie ontvangen en nemen snel contact op.", "We nodigen je graag uit voor een gesprek.", "Gefeliciteerd! We bieden je graag de functie aan."],
}
GREET = {"de": "Guten Tag Sam,", "fr": "Bonjour Sam,", "es": "Hola Sam,", "it": "Gentile Sam,", "pt": "Olá Sam,", "nl": "Beste Sam,"}


def lang_message(lang: str, text: str):
    raw = ("From: R <r@acme.example>\r\nTo: Sam Taylor <sam.taylor@example.org>\r\nSubject: x\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" + GREET[lang] + "\r\n\r\n" + text +
           "\r\n\r\nAlex\r\n").encode()
    return parse_message(raw)


@pytest.mark.parametrize("lang,text", [(lang, t) for lang, ts in REJECTION_SENTENCES_BY_LANGUAGE.items() for t in ts])
def test_rejection_sentence_by_language(clf, lang, text):
    verdict = clf.classify(lang_message(lang, text))
    assert verdict.language == lang
    assert verdict.rejection, [(h.id, h.score) for h in verdict.hits]


@pytest.mark.parametrize("lang,text", [(lang, t) for lang, ts in OTHER_SENTENCES_BY_LANGUAGE.items() for t in ts])
def test_other_sentence_by_language(clf, lang, text):
    verdict = clf.classify(lang_message(lang, text))
    assert verdict.language == lang
    assert not verdict.rejection, [(h.id, h.score) for h in verdict.hits]
