"""The prefilter (classifiers/prefilter.py) lets every rejection through: recall 1.0 on every
labelled corpus we have, against the gold labels and against the classifier's own verdicts
(what it lets go is never classified, so it must never drop a message the classifier would call
a rejection). tests/blind is measured here too, but its misses are never fixed by tuning words
on it: the vocabulary is general job language, checked on the other corpora."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pytest

from classifiers import Classifier, DetectionSettings, Owner, parse_message
from classifiers.prefilter import applies, candidate, first_look, is_candidate

TESTS = Path(__file__).parent
OWNER = Owner(name="Sam Taylor", addresses=frozenset({"sam.taylor@example.org"}))
LABELLED = sorted(d for d in [*TESTS.glob("heldout*"), *TESTS.glob("blind/*"), Path("/work/shared/corpus")]
                  if (d / "labels.csv").exists())


def _corpus(root: Path) -> list[tuple[str, bytes, bool]]:
    with open(root / "labels.csv", newline="", encoding="utf-8") as fh:
        return [(row["file"], (root / row["file"]).read_bytes(), row["label"] == "rejection")
                for row in csv.DictReader(fh)]


def _fixtures() -> list[tuple[str, bytes, bool]]:
    return [(f.name, f.read_bytes(), f.name.startswith("rej-"))
            for f in sorted((TESTS / "fixtures" / "classifiers").glob("*.eml"))]


def _phrasebank() -> list[tuple[str, bytes, bool]]:
    out = []
    for name in ("rejections.txt", "rejections_other_languages.txt", "others.txt"):
        for i, line in enumerate((TESTS / "phrasebank" / name).read_text(encoding="utf-8").splitlines()):
            if line.strip():
                raw = ("From: Alex Moreno <alex@northwind.example>\r\nTo: Sam Taylor <sam.taylor@example.org>\r\n"
                       "Subject: Update\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSam,\r\n\r\n"
                       + line + "\r\n\r\nAlex\r\n").encode()
                out.append((f"{name}:{i + 1}", raw, name != "others.txt"))
    return out


CORPORA = {d.name if d.parent.name != "blind" else f"blind/{d.name}": d for d in LABELLED}


@lru_cache(maxsize=None)
def _load(name: str):
    if name == "fixtures":
        return _fixtures()
    if name == "phrasebank":
        return _phrasebank()
    return _corpus(CORPORA[name])


@lru_cache(maxsize=1)
def _classifier() -> Classifier:
    return Classifier(DetectionSettings(), OWNER)


@pytest.mark.parametrize("name", [*CORPORA, "fixtures", "phrasebank"])
def test_recall_is_one_on_every_labelled_corpus(name):
    items = _load(name)
    msgs = [parse_message(raw) for _f, raw, _gold in items]
    verdicts = _classifier().classify_many(msgs)
    must = [(f, raw) for (f, raw, gold), v in zip(items, verdicts) if gold or v.rejection]
    assert must, "a corpus without rejections measures nothing"
    missed = [f for f, raw in must if not candidate(raw)[0]]
    assert missed == [], f"the prefilter would drop {len(missed)} of {len(must)} rejections in {name}: {missed[:10]}"


def test_everyday_mail_is_not_a_candidate():
    """It must also do its job: the bench's everyday mail (orders, friends, newsletters) and
    plain notifications skip the classifier."""
    import sys

    sys.path.insert(0, str(TESTS.parent / "bench"))
    import mailgen

    import random
    rnd = random.Random(1)
    everyday = [mailgen._plain(i, rnd) for i in range(len(mailgen.PLAIN) * 3)]
    everyday += [mailgen._news(i, rnd) for i in range(12)]
    everyday = [m[0] if isinstance(m, tuple) else m for m in everyday]   # (raw, text bytes) from mailgen
    dropped = sum(not candidate(raw)[0] for raw in everyday)
    assert dropped == len(everyday)


def test_look_reads_base64_quoted_printable_and_html():
    head = ("From: a@b.example\r\nSubject: hello\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/alternative; boundary="b"\r\n\r\n')
    b64 = "VW5mb3J0dW5hdGVseSB3ZSBkZWNpZGVkIHRvIGdvIHdpdGggYW5vdGhlciBjYW5kaWRhdGUu"
    raw = (head + "--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + b64 + "\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>Ihre Bewerbung =C3=BCber</p>\r\n--b--\r\n").encode()
    look = first_look(raw)
    assert "another candidate" in look.text and "Ihre Bewerbung über" in look.text
    assert look.subject == "hello" and look.message_id is None and look.key.startswith("sha256:")
    assert is_candidate("Lunch?", "Ihre Bewerbung") and not is_candidate("Lunch?", "see you at noon")


def test_key_matches_the_parsed_message():
    for _f, raw, _gold in _fixtures()[:40]:
        look = first_look(raw)
        msg = parse_message(raw)
        assert (look.key, look.subject) == (msg.key, msg.subject)


def test_unreadable_goes_to_the_classifier():
    assert candidate(b"\xff\xfe not a header at all")[0] in (True, False)   # never raises
    parts = b"".join(b"--a\r\nContent-Type: text/plain\r\n\r\nhi\r\n" for _ in range(150))
    assert candidate(b"Subject: x\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n" + parts + b"--a--\r\n")[0]


def test_user_rules_turn_it_off():
    assert applies(DetectionSettings())
    assert not applies(DetectionSettings(rules=({"id": "mine"},)))
    assert not applies(DetectionSettings(scores={"x": 9.0}))
    assert not applies(DetectionSettings(threshold=2.0))
    assert applies(DetectionSettings(disable=("x",)))


def test_what_parse_message_refuses_goes_on_to_be_reported():
    assert candidate(b"no header line here\r\n\r\nbody")[0]
    assert candidate(b"   ")[0]


def test_the_quick_reader_reads_as_the_parsers_do():
    """The first look reads raw bytes itself (prefilter._quick) and hands what it is unsure of to
    the standard library: on every corpus it reads the subject and key parse_message reads, and
    it never lets go a message the standard library's reading would have kept."""
    from classifiers import prefilter
    from agent.stores.textparts import slim

    quick = 0
    for name in [*CORPORA, "fixtures"]:
        for f, raw, _gold in _load(name):
            for variant in (raw, slim(raw)):
                try:
                    look = prefilter._quick(variant)
                except prefilter._Unsure:
                    continue
                quick += 1
                msg = parse_message(variant)
                assert (look.key, look.subject) == (msg.key, msg.subject), f"{name}/{f}"
                std = prefilter._stdlib_look(variant)
                if std is not None and is_candidate(std.subject, std.text):
                    assert is_candidate(look.subject, look.text), f"{name}/{f}"
    assert quick > 1000, "the quick reader read almost nothing itself"


def test_quick_reader_hands_over_what_it_is_unsure_of():
    from classifiers import prefilter

    unclosed = (b"Subject: x\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\n"
                b"Content-Type: text/plain\r\n\r\nwe regret to say\r\n")
    for raw in (unclosed, b"From sam Mon\r\nSubject: x\r\n\r\nhi",
                b"Subject: x\r\nContent-Type: multipart/mixed; boundary*=utf-8''a\r\n\r\n--a--\r\n",
                b"Subject: x\r\nContent-Type: message/rfc822\r\n\r\nSubject: y\r\n\r\nhi"):
        with pytest.raises(prefilter._Unsure):
            prefilter._quick(raw)
    assert candidate(unclosed)[0]          # the standard library's reading finds the text


def test_the_vocabulary_trie_matches_what_the_word_list_matches():
    import re

    from classifiers import prefilter

    words = prefilter._words()
    plain = re.compile(r"(?<!\w)(?:" + "|".join(prefilter._pattern(w) for w in words) + ")")
    for w in words:
        for sample in (f"x {w.rstrip('=')} y", f"x {w.rstrip('=')}zz", f"x a{w.rstrip('=')} y"):
            assert (plain.search(sample) is None) == (prefilter.vocabulary().search(sample) is None), sample


def test_look_facts_agree_with_header_facts():
    from agent.mailfacts import header_facts, look_facts
    from classifiers import prefilter

    owner = frozenset({"sam.taylor@example.org"})
    for _f, raw, _gold in _fixtures():
        if not raw.isascii():
            continue
        look = prefilter.first_look(raw)
        a, b = look_facts(look, owner), header_facts(raw, owner)
        assert (a.message_id, a.from_addr, a.refs, a.own, a.date) == (b.message_id, b.from_addr, b.refs, b.own, b.date)
