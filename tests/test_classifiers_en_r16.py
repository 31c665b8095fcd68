"""Issue 11, round 16: mechanisms that failed on wave O (en21, intl33, intl34), each with variants in our own words
and the nearest opposite.

1. The hire itself deferred ("we've decided to hold off on hiring for this for now") is the role put on hold; a
   habit of the process ("we hold off on hiring decisions until every interview is done") is not.
2. An agency relaying that the client paused the hire but that the reader is "still their preferred candidate" is
   no verdict: the candidacy goes on.
3. A reply to the owner's own mail whose new text (above the quote) states a verdict is the news: the
   reply-to-own-mail discount does not sink it; with no verdict stated it still counts.
"""
from __future__ import annotations

import pytest

from classifiers import parse_message
from tests.ourwords import mail


def _mail(sender: str, subject: str, body: str, headers: str = "") -> bytes:
    return mail(sender, subject, body, headers, tag="r16-en")


def classify(clf, sender: str, subject: str, body: str, headers: str = ""):
    return clf.classify(parse_message(_mail(sender, subject, body, headers)))


def why(v):
    return [(h.id, h.score, h.evidence) for h in v.hits]


# -- 1. the hire deferred ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "hi Sam, great talking to you on Tuesday. we've talked it over and we're going to hold off on hiring for this "
    "until the spring, keeping it in-house for now. apologies for the wait!\n\nPriya",
    "Hey Sam,\n\nThanks for the time last week. After a long look at the numbers we have decided to hold off on "
    "hiring. Sorry it's not better news.\n\nMarco",
    "Sam - appreciated the conversation. We'll hold back on filling the role this year, the board wants to wait. "
    "Sorry about that.\n\nDev",
])
def test_hire_deferred_is_role_on_hold(clf, body):
    v = classify(clf, "Founder <founder@smallco.example>", "Re: content role", body)
    assert v.rejection, why(v)
    assert "role-cancelled" in [h.id for h in v.hits], why(v)


def test_holding_off_on_hiring_decisions_is_no_verdict(clf):
    v = classify(clf, "Talent <talent@smallco.example>", "Interview next week",
                 "Hi Sam,\n\nThanks for applying. We hold off on hiring decisions until every interview is done, "
                 "so expect to hear from us in two weeks. Your interview is on Thursday at 10:00.\n\nBest, Ana")
    assert not v.rejection, why(v)
    assert "role-cancelled" not in [h.id for h in v.hits], why(v)


# -- 2. paused, but the reader still leads -----------------------------------------------------------------------

@pytest.mark.parametrize("lead", [
    "They were clear you're still their preferred candidate and they'll pick it back up in January.",
    "Good news is you remain the client's first choice, so nothing is lost.",
    "You are still their top pick once the budget is signed off.",
])
def test_paused_hire_with_reader_still_first_is_no_verdict(clf, lead):
    v = classify(clf, "Josh <josh@agency.example>", "Quick update",
                 f"Hi Sam,\n\nHeads-up: the client has put the Operations Lead hire on ice until the new "
                 f"quarter. {lead}\n\nJosh")
    assert not v.rejection, why(v)


def test_paused_hire_without_the_reader_leading_is_a_verdict(clf):
    v = classify(clf, "Josh <josh@agency.example>", "Quick update",
                 "Hi Sam,\n\nHeads-up: the client has put the Operations Lead hire on ice for the foreseeable "
                 "future, so the process is over for now. Sorry to bring bad news.\n\nJosh")
    assert v.rejection, why(v)


# -- 3. the reply above the owner's quoted mail ------------------------------------------------------------------

QUOTE = ("\n\nOn Fri, 4 Dec 2026 at 09:12, Sam Taylor <sam.taylor@example.org> wrote:\n"
         "> Hi Tiago, just checking in on the Content Lead role - any news?\n> Best, Sam")


@pytest.mark.parametrize("reply", [
    "Hi Sam, thanks for checking in. The Content Lead role ended up being filled internally, so we won't be "
    "taking things further.\n\nTiago",
    "Hi Sam, thanks for following up. We've offered the role to another candidate who has accepted.\n\nTiago",
])
def test_reply_above_owners_quote_states_the_verdict(clf, reply):
    v = classify(clf, "Tiago <tiago@studio.example>", "Re: Content Lead", reply + QUOTE)
    assert v.rejection, why(v)
    hit = [h for h in v.hits if h.id == "reply-to-own-mail"]
    assert hit and hit[0].score == 0.0, why(v)


def test_reply_to_owner_without_verdict_still_counts_the_discount(clf):
    v = classify(clf, "Tiago <tiago@studio.example>", "Re: Content Lead",
                 "Hi Sam, thanks for checking in. No decision yet, we'll be in touch next week.\n\nTiago" + QUOTE)
    assert not v.rejection, why(v)
    hit = [h for h in v.hits if h.id == "reply-to-own-mail"]
    assert hit and hit[0].score == -0.5, why(v)
