"""Clause rules (classifiers/clauses.py), guarded statements, counter-evidence that cannot sink a
clear verdict by accident, and whose news it is (issue 11).

Development examples: the misses the issue names, in our own wording, and equivalents in each
language; every rejection and hard negative here was misjudged by the rules before clause rules.
"""
from __future__ import annotations

import pytest

from classifiers import Classifier, DetectionSettings, Owner, parse_message
from classifiers.ruleset import load_builtin, load_cues, organisation_domains

OWNER = Owner(name="Sam Taylor", addresses=frozenset({"sam.taylor@example.org"}))
LANGS = ("en", "de", "fr", "es", "nl", "it", "pt")
# per language: a subject, a greeting and a sign-off, so the passage is read in its language
FRAME = {
    "en": ("Your application", "Hello,", "Kind regards,"),
    "de": ("Ihre Bewerbung", "Guten Tag,", "Mit freundlichen Grüßen"),
    "fr": ("Votre candidature", "Bonjour,", "Cordialement,"),
    "es": ("Su candidatura", "Hola,", "Saludos cordiales,"),
    "nl": ("Uw sollicitatie", "Beste,", "Met vriendelijke groet,"),
    "it": ("La sua candidatura", "Gentile candidato,", "Cordiali saluti,"),
    "pt": ("Sua candidatura", "Olá,", "Atenciosamente,"),
}


@pytest.fixture(scope="module")
def clf():
    return Classifier(DetectionSettings(), OWNER)


def message(text: str, lang: str = "en", sender: str = "Alex Moreno <alex@northwind.example>",
            to: str = "Sam Taylor <sam.taylor@example.org>", greeting: str | None = None):
    subject, hello, bye = FRAME[lang]
    raw = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           f"{greeting or hello}\r\n\r\n{text}\r\n\r\n{bye}\r\nAlex Moreno\r\n").encode()
    return parse_message(raw)


def fired(verdict):
    return [(h.id, h.score) for h in verdict.hits]


REJECTIONS = [
    ("en", "We will be considering applicants whose experience is closer to our needs."),
    ("en", "Interviews for this role have closed."),
    ("en", "This time it isn't a match."),
    ("de", "Diesmal hat es leider nicht gepasst."),
    ("de", "Ihre Bewerbung wurde leider abgelehnt."),
    ("de", "Wir werden Sie nicht zu einem Gespräch einladen."),
    ("fr", "Votre profil n'a pas été considéré pour la suite du processus."),
    ("fr", "Votre candidature a été refusée par le comité."),
    ("fr", "Cela ne correspond malheureusement pas à ce que nous recherchons."),
    ("es", "Hemos decidido descartar su candidatura."),
    ("nl", "We hebben besloten je niet te selecteren."),
    ("nl", "Uw sollicitatie is afgewezen."),
    ("nl", "We nemen je kandidatuur niet mee in de volgende ronde."),
    ("it", "La sua candidatura è stata respinta."),
    ("pt", "Sua candidatura foi recusada nesta etapa."),
    ("pt", "Não poderemos considerar você para esta posição."),
]
HARD_NEGATIVES = [
    ("en", "If we don't move forward with your application, you'll hear from us by Friday."),
    ("en", "Should we not proceed with your candidacy, we will let you know within two weeks."),
    ("en", "Have you gone with another candidate, or is the role still open?"),
    ("en", "We cannot move forward with your application without your signed consent form."),
    ("en", "Once the role is filled we will close the requisition."),
    ("en", "The role you asked about was filled last year, but I have two new roles that could suit "
           "you - would you be interested in a chat?"),
    ("en", "I've decided not to proceed with my application."),
    ("fr", "Nous ne retiendrons que les candidatures complètes, merci de joindre votre CV."),
]


@pytest.mark.parametrize("lang,text", REJECTIONS)
def test_rejection_built_by_structure(clf, lang, text):
    verdict = clf.classify(message(text, lang))
    assert verdict.language == lang
    assert verdict.rejection, fired(verdict)
    assert any(h.id.startswith(f"{lang}-clause-" if lang != "en" else "clause-") and h.score > 0
               for h in verdict.hits), fired(verdict)


@pytest.mark.parametrize("lang,text", HARD_NEGATIVES)
def test_hard_negative(clf, lang, text):
    verdict = clf.classify(message(text, lang))
    assert not verdict.rejection, fired(verdict)


def test_clause_hit_shows_its_cues_and_its_clause(clf):
    verdict = clf.classify(message("Interviews for this role have closed, and thank you again.", "en"))
    hit = next(h for h in verdict.hits if h.id == "clause-role-closed")
    assert hit.evidence == "role + closed | Interviews for this role have closed"


def test_one_clause_counts_once(clf):
    """A clause already counted by a statement rule adds nothing more, and says so."""
    verdict = clf.classify(message("We won't be progressing your candidacy for now.", "en"))
    hit = next(h for h in verdict.hits if h.id == "clause-not-progressed")
    assert hit.score == 0.0 and "counted once: not-moving-forward" in hit.evidence
    assert verdict.score == sum(h.score for h in verdict.hits)


def test_statement_in_a_conditional_clause_is_shown_but_not_counted(clf):
    verdict = clf.classify(message("If we don't move forward with your application, you'll hear from us.", "en"))
    hit = next(h for h in verdict.hits if h.id == "not-moving-forward")
    assert hit.score == 0.0 and hit.evidence.startswith("[not counted: conditional in its clause]")


# -- counter-evidence that cannot sink a clear verdict by accident ------------------------------
FOOTER = ("Northwind Labs is a proud member of the Harbour Startup Incubator. "
          "Read more about us at https://northwind.example/about")


def test_counter_evidence_in_the_footer_does_not_sink_a_clear_verdict(clf):
    text = "Unfortunately we won't be progressing your candidacy for now.\r\n\r\n" + FOOTER
    verdict = clf.classify(message(text, "en"))
    assert verdict.rejection, fired(verdict)
    ignored = [h for h in verdict.hits if h.evidence.startswith("[not counted: only in the footer")]
    assert ignored and all(h.score == 0.0 for h in ignored)


def test_counter_evidence_in_the_body_still_counts(clf):
    text = ("Unfortunately we won't be progressing your candidacy for the accelerator. "
            "Your application to the Harbour Startup Incubator was reviewed by the judges.")
    verdict = clf.classify(message(text, "en"))
    assert not verdict.rejection, fired(verdict)


def test_footer_counter_evidence_counts_without_a_clear_verdict(clf):
    text = "Thanks for your patience while we review.\r\n\r\n" + FOOTER
    verdict = clf.classify(message(text, "en"))
    assert all(not h.evidence.startswith("[not counted") for h in verdict.hits), fired(verdict)


def test_greeting_someone_else_does_not_outweigh_a_clear_verdict_to_the_reader(clf):
    verdict = clf.classify(message("We have decided to offer the position to another candidate.", "en",
                                   greeting="Hi Jordan,"))
    assert verdict.rejection, fired(verdict)
    assert ("greets-someone-else", 0.0) in fired(verdict)


def test_letter_to_someone_else_inside_a_note_to_the_owner_is_theirs(clf):
    text = ("Could you check this before I send it?\r\n\r\nHi Priya,\r\n\r\n"
            "We have decided to offer the position to another candidate.")
    verdict = clf.classify(message(text, "en", greeting="Hi Sam,"))
    assert ("greets-someone-else", -4.0) in fired(verdict) and not verdict.rejection, fired(verdict)


# -- whose news it is --------------------------------------------------------------------------
def test_mail_from_the_owners_organisation_is_their_work(clf):
    verdict = clf.classify(message("We have decided not to move forward with your application.", "en",
                                   sender="Dana Reyes <dana.reyes@example.org>"))
    assert not verdict.rejection and verdict.hits == ()
    assert "own organisation (example.org)" in verdict.reason


def test_subdomain_of_the_owners_organisation_is_theirs_too(clf):
    verdict = clf.classify(message("The position has just been filled.", "en",
                                   sender="Workday <noreply@hr.example.org>"))
    assert not verdict.rejection and "own organisation" in verdict.reason


def test_a_public_mail_provider_is_nobodys_organisation():
    clf = Classifier(DetectionSettings(), Owner("Sam Taylor", frozenset({"sam.t@gmail.com"})))
    verdict = clf.classify(message("We have decided not to move forward with your application.", "en",
                                   sender="Dana Reyes <dana.reyes@gmail.com>", to="Sam <sam.t@gmail.com>"))
    assert verdict.rejection and verdict.reason is None
    assert organisation_domains({"a@gmail.com", "b@yahoo.co.uk", "c@outlook.de", "d@acme.com"}) == {"acme.com"}


def test_names_the_owner_goes_by_are_not_someone_else():
    text = "We're still reviewing applications and will be in touch."
    plain = Owner("Robert Miller", frozenset({"rob@miller.example"}))
    bob = Owner("Robert Miller", frozenset({"rob@miller.example"}), names=("Bob", "Robert"))
    raw = dict(greeting="Hi Bob,", to="Robert Miller <rob@miller.example>")
    assert "greets-someone-else" in {h.id for h in Classifier(DetectionSettings(), plain).classify(message(text, **raw)).hits}
    assert "greets-someone-else" not in {h.id for h in Classifier(DetectionSettings(), bob).classify(message(text, **raw)).hits}


def test_identity_names_in_config(tmp_path):
    from agent.config import load_config
    from agent.errors import ConfigError
    cfg = tmp_path / "c.toml"
    cfg.write_text('[identity]\nname = "Robert Miller"\nemail = "rob@miller.example"\nnames = ["Rob", "Bob"]\n')
    config = load_config(cfg)
    assert config.identity.names == ("Rob", "Bob") and config.identity.owner().names == ("Rob", "Bob")
    cfg.write_text('[identity]\nname = "Robert Miller"\nnames = ["rob@miller.example"]\n')
    with pytest.raises(ConfigError, match="identity.names"):
        load_config(cfg)


# -- the rules as data -------------------------------------------------------------------------
def test_every_language_has_the_clause_rules():
    rules = [r for r in load_builtin() if r.clause is not None]
    for lang in LANGS:
        kinds = {r.id.removeprefix(f"{lang}-") for r in rules if r.languages == (lang,)}
        assert {"clause-not-progressed", "clause-declined", "clause-no-match", "clause-other-chosen",
                "clause-role-closed"} <= kinds, lang


def test_clause_rules_can_be_rescored_and_disabled(clf):
    text = "Interviews for this role have closed."
    off = Classifier(DetectionSettings(disable=("clause-role-closed",)), OWNER).classify(message(text))
    assert "clause-role-closed" not in {h.id for h in off.hits} and not off.rejection
    low = Classifier(DetectionSettings(scores={"clause-role-closed": 1.0}), OWNER).classify(message(text))
    assert ("clause-role-closed", 1.0) in fired(low)


@pytest.mark.parametrize("lang", LANGS)
def test_cue_lemma_values_are_lemmas(lang):
    """A LEMMA value the lemmatizer never produces is dead (see test_classifiers_rules.py)."""
    from classifiers.nlp import pipeline
    nlp = pipeline(lang)
    table = nlp.get_pipe("nottoday_lemmatizer").table
    produced = {v.lower() for v in table.values() if isinstance(v, str)}
    dead = []
    for name, patterns in load_cues()[lang].classes.items():
        for pattern in patterns:
            for token in pattern:
                spec = token.get("LEMMA")
                values = [spec] if isinstance(spec, str) else (spec or {}).get("IN", [])
                for v in values:
                    doc = nlp(v)
                    if len(doc) == 1 and doc[0].lemma_ != v and v not in produced and doc[0].lemma_ not in values:
                        dead.append((name, v, doc[0].lemma_))
    assert not dead, dead
