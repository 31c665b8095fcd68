"""classifiers/literals.py: a guarded regex finds exactly what the regex finds."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from classifiers import classifier, text
from classifiers.literals import FOLD_TRAPS, Guarded, first_chars, required_literals

TESTS = Path(__file__).resolve().parent


def _texts() -> list[str]:
    """Passages and mail bodies in all seven languages, plus the case traps of re's IGNORECASE."""
    out = []
    for name in ("rejections.txt", "rejections_other_languages.txt", "others.txt"):
        out += (TESTS / "phrasebank" / name).read_text(encoding="utf-8").splitlines()
    for path in sorted((TESTS / "heldout7" / "messages").glob("*.eml"))[:60]:
        out.append(path.read_bytes().decode("utf-8", "replace"))
    out += ["Hiring Manager: Sam Taylor", "HIRING MANAGER\n  Sam Taylor", "Recruıter", "RECRUİTER",
            "Re-ſending the below", "REſEND: offer", "I am resending this", "Je vous le renvoie",
            "Ich schicke Ihnen die Mail noch einmal", "Resent: Update", "nothing at all", ""]
    return out


TEXTS = _texts()


@pytest.mark.parametrize("name", ["_RESEND", "_HIRING_FIELD"])
def test_guarded_finds_what_the_regex_finds(name):
    guarded = getattr(classifier, name)
    assert isinstance(guarded, Guarded) and guarded.literals
    for t in TEXTS:
        a, b = guarded.search(t), guarded.rx.search(t)
        assert (a and a.span()) == (b and b.span()), t[:80]
    # and the guard rules most text out without the regex
    assert sum(not guarded.possible(t) for t in TEXTS) > len(TEXTS) // 2


def _module_regexes():
    for mod in (classifier, text):
        for name, value in sorted(vars(mod).items()):
            if isinstance(value, re.Pattern):
                yield f"{mod.__name__}.{name}", value
            elif isinstance(value, text.LineStart):
                yield f"{mod.__name__}.{name}", value.rx


@pytest.mark.parametrize("name,rx", list(_module_regexes()))
def test_derived_literals_are_in_every_match(name, rx):
    """Whatever literals are read off a regex, every match on real text holds one of them (but
    where re's case folding and str.lower() differ: Guarded leaves such text to the regex)."""
    literals = required_literals(rx)
    if literals is None:
        return
    fold = bool(rx.flags & re.IGNORECASE)
    for t in TEXTS:
        for m in rx.finditer(t):
            if fold and FOLD_TRAPS.search(m.group(0)):
                continue
            found = m.group(0).lower() if fold else m.group(0)
            assert any(w in found for w in literals), (name, m.group(0))
        if not Guarded(rx).possible(t):
            assert rx.search(t) is None, (name, t[:80])


def test_literals_read_off_a_pattern():
    assert set(required_literals(re.compile(r"\bre-?sen(?:d|ding|t)\b", re.I))) == {"resend", "resent", "re-send", "re-sent"}
    assert set(required_literals(re.compile(r"(?:hiring|HR) manager|recruiter", re.I))) == {"hiring manager", "hr manager", "recruiter"}
    assert required_literals(re.compile(r"\w+ng")) is None                  # "ng" alone: too short
    assert required_literals(re.compile(r"foo|\d+")) is None                # one alternative has none
    assert set(required_literals(re.compile(r"x*(?:abcd)+"))) == {"abcd"}
    assert set(required_literals(re.compile(r"(?i:abc)DEFG"))) == {"DEFG"}   # the (?i:) part differs in case


def test_hand_literals_must_cover_the_regex():
    rx = re.compile(r"\b(?:hiring manager|recruiter)\b", re.I)
    assert Guarded(rx, ("manager", "recruit")).search("Our RECRUITER wrote")
    with pytest.raises(ValueError):
        Guarded(rx, ("manager",))               # "recruiter" holds none of them
    with pytest.raises(ValueError):
        Guarded(re.compile(r"\w+"), ("a",))     # nothing to check them against


def test_case_traps_reach_the_regex():
    rx = Guarded(re.compile(r"resend", re.I))
    assert rx.search("REſEND") is not None      # re folds ſ to s; str.lower() does not
    assert rx.search("Resend") is not None
    assert rx.search("re send") is None


def test_first_chars():
    assert first_chars(r"[ \t]*(?:hi|dear)\b", re.I) == r"[\	\ dh]"
    assert first_chars(r"\s*(?:from|von):") == r"[\sfv]"
    assert first_chars(r"(?:hi)?") is None                  # it can match "": no class
    assert first_chars(r"[^>]x") is None                    # a negated class is not read
    assert first_chars(r"(?i:hi)") is None                  # nor a change of flags


@pytest.mark.parametrize("name,line_start", [(n, v) for mod in (classifier, text) for n, v in sorted(vars(mod).items())
                                             if isinstance(v, text.LineStart)])
def test_line_start_lookahead_changes_no_match(name, line_start):
    """LineStart puts a class of the first characters after each newline: the matches are the body's own."""
    body = line_start.rx.pattern.split("(?:", 1)[1][:-1]
    plain = re.compile("\\n(?:" + body + ")", line_start.rx.flags)
    assert plain.pattern != line_start.rx.pattern           # there is a class to check
    for t in TEXTS:
        assert [m.span() for m in line_start.rx.finditer("\n" + t)] == [m.span() for m in plain.finditer("\n" + t)]
