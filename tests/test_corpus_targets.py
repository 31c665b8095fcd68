"""The issue targets, measured by `nottoday evaluate` itself on labelled corpora.

The shared corpus sits beside the repository (../shared/corpus, as in CI); tests/heldout was
written by a QA engineer who never saw the rules, and guards against overfitting the shared set.
"""
import json
from pathlib import Path

import pytest

from agent.cli import main

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
HELDOUT = ROOT / "tests" / "heldout"
HELDOUT2 = ROOT / "tests" / "heldout2"
HELDOUT3 = ROOT / "tests" / "heldout3"
HELDOUT4 = ROOT / "tests" / "heldout4"
HELDOUT5 = ROOT / "tests" / "heldout5"
HELDOUT6 = ROOT / "tests" / "heldout6"
HELDOUT7 = ROOT / "tests" / "heldout7"


def evaluate(corpus: Path, tmp_path, capsys) -> dict:
    cfg = tmp_path / "sam.toml"
    cfg.write_text('[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.org"\n', encoding="utf-8")
    assert main(["--config", str(cfg), "evaluate", str(corpus), "--json"]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


@pytest.mark.skipif(not (SHARED / "labels.csv").exists(), reason="../shared/corpus is not beside the repo")
def test_shared_corpus_meets_targets(tmp_path, capsys):
    r = evaluate(SHARED, tmp_path, capsys)
    assert r["precision"] >= 0.98 and r["recall"] >= 0.95, r
    f = r["fields"]
    assert f["reply_to"] >= 0.95, f
    assert min(f["contact_first_name"], f["company"], f["role"]) >= 0.9, f


def test_heldout_corpus_stays_good(tmp_path, capsys):
    """Floors below the targets: a drop here means rules started memorising the shared set."""
    r = evaluate(HELDOUT, tmp_path, capsys)
    assert r["tp"] + r["fn"] >= 30 and r["tn"] + r["fp"] >= 30
    assert r["precision"] >= 0.8 and r["recall"] >= 0.85, r
    assert r["fields"]["reply_to"] >= 0.9, r["fields"]


def test_second_heldout_corpus_stays_good(tmp_path, capsys):
    """Scored blind once (tests/heldout2/README.md); now a floor against regressions."""
    r = evaluate(HELDOUT2, tmp_path, capsys)
    assert r["precision"] >= 0.97 and r["recall"] >= 0.95, r
    assert r["fields"]["reply_to"] >= 0.95 and min(r["fields"]["company"], r["fields"]["role"]) >= 0.9, r["fields"]


@pytest.mark.parametrize("corpus,per_label", [(HELDOUT3, 35), (HELDOUT4, 25), (HELDOUT5, 27), (HELDOUT6, 25),
                                               (HELDOUT7, 24)],
                         ids=["heldout3", "heldout4", "heldout5", "heldout6", "heldout7"])
def test_later_heldout_corpora_stay_good(corpus, per_label, tmp_path, capsys):
    """Each scored blind once (heldout3 0.969 / 0.775, heldout4 0.960 / 0.889, heldout5
    0.913 / 0.750, heldout6 0.955 / 0.750, heldout7 1.0 / 0.519: their READMEs); now floors."""
    r = evaluate(corpus, tmp_path, capsys)
    assert r["tp"] + r["fn"] >= per_label and r["tn"] + r["fp"] >= per_label
    assert r["precision"] >= 0.97 and r["recall"] >= 0.95, r
    f = r["fields"]
    assert f["reply_to"] >= 0.95 and min(f["contact_first_name"], f["company"], f["role"]) >= 0.9, f


BLIND = ROOT / "tests" / "blind"


# name: (precision, recall) floor, and the least number of rejections / hard negatives it holds.
# First-sight figures are in tests/blind/README.md; these are after tuning (en..intl4) or, for
# the sets held back to the end of issue 11's second round (en4, intl5, intl6), their first sight.
BLIND_FLOORS = {
    "en": ((1.0, 1.0), 82), "en2": ((1.0, 1.0), 82), "en3": ((1.0, 1.0), 90), "en4": ((1.0, 1.0), 80),
    "intl": ((1.0, 1.0), 76), "intl2": ((1.0, 1.0), 76), "intl3": ((1.0, 1.0), 46),
    "intl4": ((1.0, 1.0), 48), "intl5": ((1.0, 1.0), 60), "intl6": ((1.0, 1.0), 72),
    # round 4, wave C: tuned on after first sight (tests/blind/README.md)
    "en5": ((1.0, 1.0), 80), "intl7": ((1.0, 1.0), 60), "intl8": ((1.0, 1.0), 64),
    # wave D: first-sight figures (adfd3ab)
    "en6": ((0.933, 0.95), 60), "intl9": ((0.933, 0.875), 48), "intl10": ((0.81, 0.895), 48),
    # round 5, waves E and F: scored at first sight on 98f21a5 (tests/blind/README.md), then tuned on
    "en7": ((1.0, 0.95), 60), "intl11": ((1.0, 1.0), 48), "intl12": ((1.0, 1.0), 48),
    "en8": ((1.0, 1.0), 40), "intl13": ((1.0, 1.0), 32), "intl14": ((1.0, 1.0), 32),
    # round 6, waves G and H: scored at first sight on 0e5c4da and 78713ca (tests/blind/README.md),
    # then tuned on
    "en9": ((1.0, 1.0), 50), "en10": ((1.0, 1.0), 40), "intl15": ((1.0, 1.0), 40),
    "intl16": ((1.0, 1.0), 32), "intl17": ((1.0, 1.0), 32),
    "en11": ((1.0, 1.0), 50), "en12": ((1.0, 1.0), 32), "intl18": ((1.0, 1.0), 40),
    "intl19": ((1.0, 1.0), 32),
    # round 6, wave I: scored at first sight on 373970e (after the round on wave H), then tuned on
    "en13": ((1.0, 1.0), 40), "intl20": ((1.0, 1.0), 32), "intl21": ((1.0, 1.0), 24),
    # round 7, wave J: scored at first sight on fd80ffc, then tuned on
    "en14": ((1.0, 1.0), 40), "en15": ((1.0, 1.0), 40), "intl22": ((1.0, 1.0), 32),
    "intl23": ((1.0, 1.0), 32), "intl24": ((1.0, 1.0), 32),
    # wave K: scored at first sight on d28eea6 (after the round on J), then tuned on
    "en16": ((1.0, 1.0), 40), "intl25": ((1.0, 1.0), 32), "intl26": ((1.0, 1.0), 24),
    # wave L: scored at first sight on 54add67 (after the rounds on J and K), then tuned on
    "en17": ((1.0, 1.0), 32), "intl27": ((1.0, 1.0), 32), "intl28": ((1.0, 1.0), 24),
    # round 8, wave M: scored at first sight on bb539d7, then tuned on
    "en18": ((1.0, 1.0), 40), "en19": ((1.0, 1.0), 32), "intl29": ((1.0, 1.0), 32),
    "intl30": ((1.0, 1.0), 32),
    # wave N: scored at first sight on eb3a7e7 (after the round on M), then one short round:
    # en20 keeps 2 false alarms and 2 misses (tests/blind/README.md)
    "en20": ((0.944, 0.944), 36), "intl31": ((1.0, 1.0), 32), "intl32": ((1.0, 1.0), 24),
    # wave O: scored at first sight on d69873f (after the rounds on M and N), then one short round
    "en21": ((1.0, 1.0), 40), "intl33": ((1.0, 1.0), 32), "intl34": ((1.0, 1.0), 24),
    # round 9, wave P: scored at first sight on 0eac471, then one round
    "en22": ((1.0, 1.0), 40), "en23": ((1.0, 1.0), 40), "intl35": ((1.0, 1.0), 32),
    "intl36": ((1.0, 1.0), 32),
    # wave Q: scored at first sight on 9909f1a (after the round on P), then one round
    "en24": ((1.0, 1.0), 40), "intl37": ((1.0, 1.0), 32), "intl38": ((1.0, 0.969), 32),
    # wave R: scored at first sight on 9cfb2b3 (after the rounds on P and Q), then one short round
    "en25": ((1.0, 1.0), 40), "intl39": ((1.0, 1.0), 32), "intl40": ((1.0, 1.0), 32),
}


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS), ids=lambda n: f"blind-{n}")
def test_blind_sets_stay_at_their_floors(name, tmp_path, capsys):
    """Every blind set was scored once at first sight (tests/blind/README.md) before anyone tuned
    on it; what it scores now is a regression floor."""
    (precision, recall), least = BLIND_FLOORS[name]
    r = evaluate(BLIND / name, tmp_path, capsys)
    assert r["tp"] + r["fn"] >= least and r["tn"] + r["fp"] >= least
    assert r["precision"] >= precision - 0.0005 and r["recall"] >= recall - 0.0005, r


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS), ids=lambda n: f"blind-{n}")
def test_blind_sets_are_well_formed(name):
    """Every message parses cleanly and every labelled value is really in it (corpus_check.py)."""
    from tests.corpus_check import check
    problems, counts = check(str(BLIND / name))
    assert problems == [] and sum(counts.values()) >= 48


@pytest.mark.parametrize("corpus", [HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7],
                         ids=lambda p: p.name)
def test_labelled_corpora_are_well_formed(corpus):
    """Every message parses cleanly and every labelled value is really in it (corpus_check.py)."""
    from tests.corpus_check import check
    problems, counts = check(str(corpus))
    assert problems == [] and sum(counts.values()) >= 50
