"""`nottoday evaluate DIR [--json]` on a small labelled corpus built from the test messages."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from agent.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "classifiers"
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    (root / "messages").mkdir(parents=True)
    rows = [
        # file, label, reply_to, first name, company, role, category
        ("rej-after-interview-finalist.eml", "rejection", "priya.nair@harbourlight.io", "Priya", "", "", "personal"),
        ("rej-ats-lever.eml", "rejection", "", "", "Kitewave", "Senior Lifecycle Marketer", "ats"),
        ("rej-de.eml", "rejection", "k.vogel@nordlicht-software.de", "Katrin", "", "", "non-english"),
        ("oth-offer.eml", "other", "", "", "", "", "offer"),
        ("oth-interview-invite.eml", "other", "", "", "", "", "invite"),
        # deliberately mislabelled so the report has something to list:
        ("oth-job-alert.eml", "rejection", "", "", "", "", "mislabelled"),
    ]
    with open(root / "labels.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for name, label, *rest in rows:
            shutil.copy(FIXTURES / name, root / "messages" / name)
            w.writerow([f"messages/{name}", label, *rest, ""])
    return root


@pytest.fixture
def config(tmp_path) -> str:
    path = tmp_path / "config.toml"
    path.write_text('[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.org"\n')
    return str(path)


def test_json_report(capsys, corpus, config):
    assert main(["--config", config, "evaluate", "--json", str(corpus)]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert (rep["tp"], rep["fp"], rep["fn"], rep["tn"]) == (3, 0, 1, 2)
    assert rep["precision"] == 1.0 and rep["recall"] == 0.75
    assert rep["f1"] == pytest.approx(2 * 0.75 / 1.75, abs=1e-3)
    assert set(rep["fields"]) == {"reply_to", "contact_first_name", "company", "role"}
    assert all(0.0 <= v <= 1.0 for v in rep["fields"].values())
    (miss,) = rep["misclassified"]
    assert miss["file"] == "messages/oth-job-alert.eml" and miss["expected"] == "rejection"
    assert any(r["id"] == "job-alert" for r in miss["rules"])
    assert rep["categories"]["mislabelled"] == {"label": "rejection", "n": 1, "correct": 0}
    assert rep["rules"]["went-with-other-candidate"]["rejection"] >= 1
    assert rep["rules"]["job-alert"]["rejection"] == 1


def test_field_accuracy_uses_drafts(capsys, corpus, config):
    pytest.importorskip("drafts")
    assert main(["--config", config, "evaluate", "--json", str(corpus)]) == 0
    rep = json.loads(capsys.readouterr().out)
    # the job alert has no follow-up address, as labelled; the personal rejections have theirs
    assert rep["fields"]["reply_to"] >= 0.75


def test_text_report_has_all_sections_and_no_progress_bar_off_tty(capsys, corpus, config):
    assert main(["--config", config, "evaluate", str(corpus)]) == 0
    out, err = capsys.readouterr()
    for section in ("precision 1.000", "recall 0.750", "per category", "misclassified",
                    "per rule", "follow-up fields"):
        assert section in out
    assert "oth-job-alert.eml" in out
    assert "[#" not in err


def test_missing_labels_is_a_user_error(capsys, tmp_path, config):
    assert main(["--config", config, "evaluate", str(tmp_path)]) == 1
    assert "labels.csv" in capsys.readouterr().err


def test_bad_label_is_reported(capsys, corpus, config):
    text = (corpus / "labels.csv").read_text().replace(",other,", ",maybe,", 1)
    (corpus / "labels.csv").write_text(text)
    assert main(["--config", config, "evaluate", str(corpus)]) == 1
    assert "label must be" in capsys.readouterr().err
