"""drafts/offers: the look-ahead put before each cue (its matches' first characters) never
changes what the cue matches."""
from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from classifiers import parse_message
from drafts.offers import _expand, _gated, scanned_text
from drafts.text import message_text

HELDOUT = Path(__file__).parent / "heldout" / "messages"


def _sources() -> list[str]:
    data = tomllib.loads(resources.files("drafts").joinpath("offers.toml").read_text("utf-8"))
    macros = data.pop("macros")
    data.pop("generic"), data.pop("contrast")
    return [_expand(p, macros) for table in data.values() for alts in table.values() for p in alts]


def _texts() -> list[str]:
    out = []
    for path in sorted(HELDOUT.glob("*.eml"))[:60]:
        out.append(scanned_text(message_text(parse_message(path.read_bytes())).reply))
    # case-blind matching's special letters: the Kelvin sign is a 'k', the long s an 's'
    out += [t.upper() for t in out[:20]] + [t.replace("k", "\u212a").replace("s", "\u017f") for t in out[:20]]
    return out


def test_gated_cues_match_as_written():
    texts = _texts()
    gated = 0
    for source in _sources():
        plain, cue = re.compile(source, re.IGNORECASE), _gated(source)
        gated += cue.pattern != source
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in cue.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in plain.finditer(text)], source
    assert gated > 100     # most cues start with a word boundary and an alternation of words


@pytest.mark.parametrize("source, gate", [
    (r"\b(?:happy|glad)\b", "[gh]"),
    (r"\bfeedback (?:is )?available\b", "[f]"),
    (r"(?:call|ring)+ me", "[cr]"),
    (r"\b(?:the )?panel\b", "[pt]"),           # an optional first word: its letter or the next
    (r"\b(?:a|)b", "[ab]"),                     # an empty alternative
    (r"(?<!\w)call", "[c]"),                    # a look-behind is zero width
    (r"[^.?!]{0,40}call", None),                # a negated class: not read
    (r"(?i)call", None),                        # global flags stay first
])
def test_gate(source, gate):
    """The look-ahead is read by classifiers.literals.first_chars, shared with detection."""
    pattern = _gated(source).pattern
    assert pattern == (f"(?={gate}){source}" if gate else source)
