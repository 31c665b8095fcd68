"""`nottoday evaluate DIR [--json]`: measure detection and personalisation on a labelled corpus.

DIR holds `labels.csv` (file,label,reply_to,contact_first_name,company,role,category,notes) and
the messages it names. Reports precision/recall/F1 of `rejection`, results per category, the
misclassified files with the rules that fired, hits per rule among rejections and among others,
and the accuracy of the follow-up fields over the rejection rows. This is the mass-check:
run it before and after changing a rule or a score.
"""
from __future__ import annotations

import csv
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from classifiers import MalformedMessage, ThreadContext, parse_message

from ..errors import UserError
from ..progress import Progress
from ..terminal import clean
from .common import DETAIL_FIELDS, build_classifier, details_for, identity_from

BATCH = 16   # messages classified together (classify_many runs spaCy over a batch at once)


@dataclass
class Row:
    file: str
    gold: bool
    category: str
    expected: dict
    predicted: bool = False
    score: float = 0.0
    hits: list = field(default_factory=list)
    details: dict = field(default_factory=dict)
    error: str | None = None


def _norm(value) -> str:
    return " ".join(str(value or "").split()).casefold()


def load_rows(root: Path) -> list[Row]:
    labels = root / "labels.csv"
    try:
        with open(labels, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = {"file", "label"} - set(reader.fieldnames or ())
            if missing:
                raise UserError(f"{labels}: missing column(s) {', '.join(sorted(missing))}")
            rows = []
            for n, rec in enumerate(reader, start=2):
                label = (rec.get("label") or "").strip()
                if label not in ("rejection", "other"):
                    raise UserError(f"{labels}:{n}: label must be 'rejection' or 'other', got {label!r:.30}")
                rows.append(Row(file=(rec.get("file") or "").strip(), gold=label == "rejection",
                                category=(rec.get("category") or "").strip() or "-",
                                expected={k: (rec.get(k) or "").strip() for k in DETAIL_FIELDS}))
            return rows
    except OSError as exc:
        raise UserError(f"{labels}: cannot read ({exc.strerror or type(exc).__name__})") from None


def evaluate(root: Path, classifier, identity) -> dict:
    rows = load_rows(root)
    progress = Progress("evaluate")   # a bar on a terminal only (agent/progress.py)
    progress.add_total(len(rows))
    started = time.perf_counter()
    for i in range(0, len(rows), BATCH):
        batch, msgs = [], []
        for row in rows[i:i + BATCH]:
            try:
                msgs.append(parse_message((root / row.file).read_bytes()))
                batch.append(row)
            except (OSError, MalformedMessage) as exc:
                row.error = str(getattr(exc, "strerror", None) or exc)
        for row, msg, verdict in zip(batch, msgs, classifier.classify_many(
                msgs, [ThreadContext()] * len(msgs))):
            row.predicted, row.score = verdict.rejection, verdict.score
            row.hits = [(h.id, h.score) for h in verdict.hits]
            if row.gold:
                row.details = details_for(msg, identity)
        progress.advance(min(i + BATCH, len(rows)) - i)
    progress.close()
    return summarise(rows, time.perf_counter() - started)


def summarise(rows: list[Row], seconds: float) -> dict:
    tp = sum(r.gold and r.predicted for r in rows)
    fp = sum(not r.gold and r.predicted for r in rows)
    fn = sum(r.gold and not r.predicted for r in rows)
    tn = sum(not r.gold and not r.predicted for r in rows)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    categories: dict[str, dict] = {}
    for r in rows:
        c = categories.setdefault(r.category, {"label": "rejection" if r.gold else "other",
                                               "n": 0, "correct": 0})
        c["n"] += 1
        c["correct"] += int(r.gold == r.predicted and r.error is None)
    per_rule: dict[str, dict] = {}
    for r in rows:
        for rid, score in r.hits:
            e = per_rule.setdefault(rid, {"score": score, "rejection": 0, "other": 0})
            e["rejection" if r.gold else "other"] += 1
    fields = {}
    gold_rows = [r for r in rows if r.gold and r.error is None]
    for f in DETAIL_FIELDS:
        ok = sum(_norm(r.expected.get(f)) == _norm(r.details.get(f)) for r in gold_rows)
        fields[f] = round(ok / len(gold_rows), 4) if gold_rows else 0.0
    field_misses = [{"file": r.file, "field": f, "expected": r.expected.get(f) or None,
                     "got": r.details.get(f)}
                    for r in gold_rows for f in DETAIL_FIELDS
                    if _norm(r.expected.get(f)) != _norm(r.details.get(f))]
    return {
        "n": len(rows), "precision": round(precision, 4), "recall": round(recall, 4),
        "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "fields": fields,
        "categories": categories,
        "misclassified": [{"file": r.file, "category": r.category,
                           "expected": "rejection" if r.gold else "other",
                           "score": r.score, "rules": [{"id": i, "score": s} for i, s in r.hits],
                           **({"error": r.error} if r.error else {})}
                          for r in rows if r.gold != r.predicted or r.error],
        "rules": per_rule,
        "field_misses": field_misses,
        "seconds": round(seconds, 2),
    }


def _print(report: dict) -> None:
    p = print
    p(f"messages {report['n']}  precision {report['precision']:.3f}  recall {report['recall']:.3f}"
      f"  F1 {report['f1']:.3f}   (tp {report['tp']}, fp {report['fp']}, fn {report['fn']},"
      f" tn {report['tn']}; {report['seconds']:.1f} s)")
    p("\nper category")
    for name, c in sorted(report["categories"].items(), key=lambda kv: (kv[1]["label"], kv[0])):
        p(f"  {name:<28} {c['label']:<9} {c['correct']:>3}/{c['n']:<3}")
    p("\nmisclassified" + ("" if report["misclassified"] else ": none"))
    for m in report["misclassified"]:
        rules = ", ".join(f"{r['id']} {r['score']:+g}" for r in m["rules"]) or "no rules fired"
        err = f" [error: {clean(m['error'], 80)}]" if m.get("error") else ""
        p(f"  {m['file']} (expected {m['expected']}, {m['category']}, score {m['score']:g}){err}: {rules}")
    p("\nper rule (hits among rejections / among others)")
    for rid, e in sorted(report["rules"].items(), key=lambda kv: (-kv[1]["score"], kv[0])):
        p(f"  {e['score']:+6.1f}  {rid:<30} {e['rejection']:>4} / {e['other']:<4}")
    p("\nfollow-up fields over rejection rows (case-insensitive exact; empty = null)")
    for f, acc in report["fields"].items():
        p(f"  {f:<20} {acc:.3f}")
    if report["field_misses"]:
        p("\nfield mismatches")
        for m in report["field_misses"]:
            p(f"  {m['file']}: {m['field']}: expected {clean(m['expected'], 60) or '-'!s}, "
              f"got {clean(m['got'], 60) or '-'}")


def run(args) -> int:
    root = Path(args.dir)
    if not (root / "labels.csv").is_file():
        raise UserError(f"{root}: no labels.csv here (see docs/interface.md, corpus format)")
    classifier = build_classifier(args)
    report = evaluate(root, classifier, identity_from(args))
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        _print(report)
    return 0
