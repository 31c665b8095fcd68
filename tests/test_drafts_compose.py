"""Composer: templates, reply headers, quoting, and safety against hostile messages."""
from __future__ import annotations

import dataclasses
import email
import email.policy
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from classifiers.message import Address, parse_message
from classifiers.model import Verdict
from drafts import Composer, Details, DraftSettings, Identity, TemplateError, extract_details
from drafts.compose import STAGES, TEMPLATE_LANGUAGES, VARIABLES
from drafts.headers import reply_subject

FIXTURES = Path(__file__).parent / "fixtures" / "drafts"
SAM = Identity(name="Sam Taylor", email="sam.taylor@example.org", signature="Sam Taylor\n+1 555 0100")
NOW = datetime(2026, 3, 20, 9, 30, tzinfo=timezone.utc)


def load(name: str):
    return parse_message((FIXTURES / name).read_bytes())


def verdict(lang: str = "en") -> Verdict:
    return Verdict(rejection=True, score=9.0, threshold=5.0, hits=(), language=lang)


def roundtrip(draft) -> email.message.EmailMessage:
    """What an IMAP server stores and a client reads back."""
    return email.message_from_bytes(draft.as_bytes(policy=email.policy.SMTP), policy=email.policy.default)


def body_of(draft) -> str:
    return roundtrip(draft).get_content().replace("\r\n", "\n")


def flat(text: str) -> str:
    """Whitespace collapsed, so phrases wrapped over two lines still match."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer(SAM, DraftSettings())


def test_reply_headers(composer):
    msg = load("personal-interviewed.eml")
    draft = composer.compose(msg, verdict(), now=NOW)
    back = roundtrip(draft)
    assert back["From"].addresses[0].addr_spec == "sam.taylor@example.org"
    assert back["From"].addresses[0].display_name == "Sam Taylor"
    assert back["To"].addresses[0].addr_spec == "maria.okonjo@northwind-labs.io"
    assert back["Subject"] == "Re: Senior Data Engineer - update"
    assert back["In-Reply-To"] == "<abc123@northwind-labs.io>"
    assert back["References"].split() == ["<root1@example.org>", "<mid2@northwind-labs.io>",
                                          "<abc123@northwind-labs.io>"]
    assert back["X-Nottoday-Source"] == "<abc123@northwind-labs.io>"
    assert re.fullmatch(r"<[^@<>\s]+@example\.org>", back["Message-ID"])
    assert back["Date"].datetime == NOW
    assert back.get_content_type() == "text/plain"
    assert back.get_content_charset() == "utf-8"


def test_long_message_ids_are_folded_between_ids_never_encoded(composer):
    long_id = "<SA1PR19MB20908EE4AD6EA7B22D433038CD9B990A@SA1PR19MB2090.namprd19.prod.outlook.com>"
    msg = dataclasses.replace(load("personal-interviewed.eml"), message_id=long_id,
                              references=tuple(f"<r{i}-{'x' * 40}@example.net>" for i in range(30)))
    raw = composer.compose(msg, verdict(), now=NOW).as_bytes(policy=email.policy.SMTP)
    assert b"=?" not in raw.split(b"\r\n\r\n")[0]
    back = email.message_from_bytes(raw, policy=email.policy.default)
    assert back["In-Reply-To"] == long_id
    refs = back["References"].split()
    assert refs[-1] == long_id and refs[0] == "<r0-" + "x" * 40 + "@example.net>"
    assert len(refs) <= 20


def test_no_message_id_means_no_threading_headers_and_a_hash_source(composer):
    msg = load("no-message-id.eml")
    back = roundtrip(composer.compose(msg, verdict(), now=NOW))
    assert back["In-Reply-To"] is None and back["References"] is None
    assert back["X-Nottoday-Source"] == msg.key and msg.key.startswith("sha256:")
    assert back["Subject"] == "RE: Marketing Manager role"


@pytest.mark.parametrize("subject,expected", [
    ("Your application", "Re: Your application"), ("Re: Growth Lead", "Re: Growth Lead"),
    ("RE: Onsite", "RE: Onsite"), ("Aw: Ihre Bewerbung", "Aw: Ihre Bewerbung"),
    ("AW: x", "AW: x"), ("Sv: x", "Sv: x"), ("Re[2]: x", "Re[2]: x"), ("Fwd: x", "Re: Fwd: x"),
    ("Reference check", "Re: Reference check"), ("", "Re:"), ("a\r\nBcc: x@y.z", "Re: a Bcc: x@y.z"),
])
def test_reply_subject(subject, expected):
    assert reply_subject(subject) == expected


def test_no_follow_up_address_means_no_draft(composer):
    assert composer.compose(load("ats-noreply-nobody.eml"), verdict()) is None


def test_hostile_headers_cannot_inject(composer):
    """CR/LF via encoded words in the subject and the display name stay inside one header."""
    msg = load("hostile-headers.eml")
    assert "\r\n" in msg.subject                      # the parser did decode it to CR/LF
    raw = composer.compose(msg, verdict(), now=NOW).as_bytes(policy=email.policy.SMTP)
    head = raw.split(b"\r\n\r\n")[0].decode("ascii")
    names = [line.split(":")[0] for line in head.split("\r\n") if line and not line[0].isspace()]
    assert sorted(names) == sorted(["From", "To", "Subject", "Date", "Message-ID", "In-Reply-To",
                                    "References", "X-Nottoday-Source", "Content-Type",
                                    "Content-Transfer-Encoding", "MIME-Version"])
    back = email.message_from_bytes(raw, policy=email.policy.default)
    assert back["Bcc"] is None
    assert [a.addr_spec for a in back["To"].addresses] == ["eve@evil-corp.example"]


@pytest.mark.parametrize("field,value", [
    ("subject", "Hello\r\nBcc: spy@evil.example"),
    ("subject", "=?utf-8?q?x=0D=0ABcc:_spy@evil.example?="),
    ("from_", Address("Eve\nBcc: spy@evil.example\n", "eve@evil-corp.example")),
    ("from_", Address("=?utf-8?q?Eve=0D=0ABcc=3A_spy=40evil=2Eexample?=", "eve@evil-corp.example")),
    ("reply_to", (Address("x", "eve@evil-corp.example\r\nBcc: spy@evil.example"),)),
])
def test_hostile_values_set_directly_cannot_inject(composer, field, value):
    msg = dataclasses.replace(load("hostile-headers.eml"), **{field: value})
    draft = composer.compose(msg, verdict(), now=NOW)
    raw = draft.as_bytes(policy=email.policy.SMTP)
    back = email.message_from_bytes(raw, policy=email.policy.default)
    assert back["Bcc"] is None and back["Cc"] is None
    assert all(a.addr_spec == "eve@evil-corp.example" for a in back["To"].addresses)
    for line in raw.split(b"\r\n\r\n")[0].split(b"\r\n"):
        assert line[:1].isspace() or line.split(b":")[0] in {
            b"From", b"To", b"Subject", b"Date", b"Message-ID", b"In-Reply-To", b"References",
            b"X-Nottoday-Source", b"Content-Type", b"Content-Transfer-Encoding", b"MIME-Version"}


def test_message_text_is_data_never_template_code(composer, tmp_path):
    msg = load("hostile-headers.eml")
    draft = composer.compose(msg, verdict(), now=NOW)
    body = body_of(draft)
    assert "{{ 7*7 }}" in roundtrip(draft)["Subject"]
    assert "{{ 7*7 }}" in flat(body.replace("\n> ", " ")) and "49" not in body
    assert "{% for x in range(3) %}" in body and "looploop" not in body
    tpl = tmp_path / "mine.j2"
    tpl.write_text("Subject was: {{ original_subject }} / role: {{ role }}\n{{ signature }}\n")
    mine = Composer(SAM, DraftSettings(template=str(tpl), quote_original=False))
    out = body_of(mine.compose(msg, verdict(), now=NOW))
    assert "Subject was: Your application Bcc: spy@evil.example {{ 7*7 }}" in out
    assert "49" not in out


def test_reply_text_is_wrapped_and_quote_follows_signature(composer):
    draft = composer.compose(load("personal-interviewed.eml"), verdict(), now=NOW)
    body = body_of(draft)
    reply, _, quoted = body.partition("\nOn ")
    assert max(len(line) for line in reply.splitlines()) <= 72
    assert reply.rstrip().endswith("Sam Taylor\n+1 555 0100")
    assert quoted.startswith("Tue, 10 Mar 2026 at 16:05, Maria Okonjo wrote:\n> Hi Sam,\n>\n")
    assert "> Head of Data | Northwind Labs Inc." in quoted
    assert all(line.startswith(">") for line in quoted.splitlines()[1:])
    assert max(len(line) for line in quoted.splitlines()[1:]) <= 82


def test_quote_original_off(composer):
    plain = Composer(SAM, DraftSettings(quote_original=False))
    body = body_of(plain.compose(load("personal-interviewed.eml"), verdict(), now=NOW))
    assert "wrote:" not in body and ">" not in body


def test_interviewed_and_applied_wording_differ(composer):
    msg = load("personal-interviewed.eml")
    d = extract_details(msg, SAM)
    after = composer.render_body(msg, d, "en")
    applied = composer.render_body(msg, dataclasses.replace(d, stage="applied"), "en")
    assert "application" in applied and "application" not in after
    assert "the team at Northwind Labs" in after
    assert "my application for the Senior Data Engineer role at Northwind Labs" in flat(applied)
    assert after.startswith("Hi Maria,\n\n")


# "Hi Sam" is informal: a German or French draft answers in kind
@pytest.mark.parametrize("lang,greeting", [("de", "Hallo Maria,"), ("fr", "Bonjour Maria,"),
                                           ("es", "Hola, Maria:"), ("en", "Hi Maria,"), ("it", "Hi Maria,")])
def test_language_follows_the_verdict(composer, lang, greeting):
    draft = composer.compose(load("personal-interviewed.eml"), verdict(lang), now=NOW)
    assert body_of(draft).startswith(greeting + "\n")


def test_language_from_details_when_no_verdict(composer):
    body = body_of(composer.compose(load("team-alias-german.eml"), None, now=NOW))
    assert body.startswith("Guten Tag Jürgen Müller,\n\nvielen Dank")
    assert "\nMit freundlichen Grüßen\nSam Taylor" in body
    assert "Am 13.03.2026 um 10:00 schrieb Jürgen Müller:" in body


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("lang", TEMPLATE_LANGUAGES)
def test_every_builtin_template_is_graceful_when_details_are_unknown(composer, stage, lang):
    msg = load("personal-interviewed.eml")
    unknown = Details(reply_to="x@y.example", contact_first_name=None, company=None, role=None,
                      stage=stage, language=lang)
    known = Details(reply_to="x@y.example", contact_first_name="Maria", company="Northwind Labs",
                    role="Senior Data Engineer", stage=stage, language=lang, contact_name="Maria Okonjo")
    flags = dict(feedback_offered=True, kept_on_file=True, via_agency=True)
    for d in (unknown, known, dataclasses.replace(unknown, **flags), dataclasses.replace(known, **flags)):
        text = composer.render_body(msg, d, lang)
        assert "\n\n\n" not in text
        assert "None" not in text and "  " not in text
        assert not re.search(r"\s[,.;]|\b(at|bei|chez|en|de|von|for|für)\s*[,.]", text), text
        assert text.rstrip().endswith("Sam Taylor\n+1 555 0100")
    text = flat(composer.render_body(msg, known, lang))
    assert "Maria" in text and "Northwind Labs" in text and "Senior Data Engineer" in text


def test_user_template_unknown_value_prints_empty(tmp_path):
    tpl = tmp_path / "t.j2"
    tpl.write_text("[{{ role }}]{% if not role %} no role{% endif %}\n")
    c = Composer(SAM, DraftSettings(template=str(tpl), quote_original=False))
    d = Details(reply_to="x@y.example", contact_first_name=None, company=None, role=None,
                stage="applied", language="en")
    assert c.render_body(load("personal-interviewed.eml"), d, "en") == "[] no role\n"


@pytest.mark.parametrize("source,needle", [
    ("Hello {{ name_of_contact }}", "unknown variable(s) name_of_contact"),
    ("Hello {% if role %}", "t.j2:1:"),
])
def test_broken_user_template_names_the_file(tmp_path, source, needle):
    tpl = tmp_path / "t.j2"
    tpl.write_text(source)
    with pytest.raises(TemplateError) as err:
        Composer(SAM, DraftSettings(template=str(tpl)))
    assert str(tpl) in str(err.value) and needle in str(err.value)


def test_missing_user_template_names_the_file(tmp_path):
    with pytest.raises(TemplateError, match="nope.j2: cannot read template"):
        Composer(SAM, DraftSettings(template=str(tmp_path / "nope.j2")))


def test_sandbox_blocks_unsafe_attribute_access(tmp_path):
    tpl = tmp_path / "evil.j2"
    tpl.write_text("{{ signature.__class__.__mro__[1].__subclasses__() }}")
    c = Composer(SAM, DraftSettings(template=str(tpl)))
    with pytest.raises(TemplateError, match="evil.j2"):
        c.compose(load("personal-interviewed.eml"), verdict(), now=NOW)


def test_documented_variables_match_the_code():
    doc = (Path(__file__).parent.parent / "docs" / "templates.md").read_text()
    documented = set(re.findall(r"^\| `(\w+)` \|", doc, re.MULTILINE))
    assert documented == VARIABLES


def test_without_identity_email_there_is_no_from_and_a_neutral_msgid():
    c = Composer(Identity(), DraftSettings())
    back = roundtrip(c.compose(load("personal-interviewed.eml"), None, now=NOW))
    assert back["From"] is None
    assert back["Message-ID"].endswith("@nottoday.invalid>")


@pytest.mark.parametrize("lang", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("stage", STAGES)
def test_offered_feedback_is_accepted_only_when_offered(composer, lang, stage):
    msg = load("personal-interviewed.eml")
    d = Details(reply_to="x@y.example", contact_first_name="Maria", company="Northwind Labs",
                role="Senior Data Engineer", stage=stage, language=lang)
    without = composer.render_body(msg, d, lang)
    with_offer = composer.render_body(msg, dataclasses.replace(d, feedback_offered=True), lang)
    extra = set(with_offer.split("\n\n")) - set(without.split("\n\n"))
    assert len(extra) == 1 and len(with_offer.split("\n\n")) == len(without.split("\n\n")) + 1
    assert re.search(r"feedback|Feedback|retour|comentarios", extra.pop())


def test_feedback_offer_is_detected_in_the_new_text_only():
    from drafts.offers import find_offers

    def offers_feedback(text: str) -> bool:
        return any(o.kind == "feedback_offered" for o in find_offers(text, "en"))
    assert offers_feedback("Happy to hop on a call if feedback would help.")
    assert offers_feedback("If you'd like a few notes on the exercise, just reply.")
    assert offers_feedback("Si te sirve, estaré encantada de compartir contigo los comentarios del equipo.")
    assert not offers_feedback("A couple of pieces of feedback from the panel, in case they're useful:")
    assert not offers_feedback("We wish you the best in your search.")


def test_runtime_error_in_user_template_is_a_template_error(tmp_path):
    tpl = tmp_path / "div.j2"
    tpl.write_text("{{ 1 / 0 }}")
    c = Composer(SAM, DraftSettings(template=str(tpl)))
    with pytest.raises(TemplateError, match=r"div\.j2: ZeroDivisionError"):
        c.compose(load("personal-interviewed.eml"), verdict(), now=NOW)


@pytest.mark.parametrize("lang", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("stage", STAGES)
def test_agency_and_on_file_wording(composer, lang, stage):
    msg = load("personal-interviewed.eml")
    d = Details(reply_to="x@y.example", contact_first_name="Maria", company="Northwind Labs",
                role="Senior Data Engineer", stage=stage, language=lang)
    plain = composer.render_body(msg, d, lang)
    agency = composer.render_body(msg, dataclasses.replace(d, via_agency=True), lang)
    on_file = composer.render_body(msg, dataclasses.replace(d, kept_on_file=True), lang)
    assert agency != plain and agency.count("\n\n") == plain.count("\n\n")   # first paragraph reworded
    assert on_file.count("\n\n") == plain.count("\n\n") + 1                  # one paragraph added
