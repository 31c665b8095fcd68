"""`nottoday check FILE... [--json]`: classify message files and explain every verdict.

Offline: no mailbox, no network. Shows the score, each rule that fired with the words that made
it fire, and what a follow-up would use (address, name, company, role). Exit status 0, or 1
when a file could not be read (the others are still checked).
"""
from __future__ import annotations

import json
import sys

from classifiers import MalformedMessage, ThreadContext, parse_message

from ..errors import UserError
from ..terminal import clean
from .common import DETAIL_FIELDS, build_classifier, details_for, identity_from, read_file


def error_record(path: str, error: str, threshold: float) -> dict:
    """The record of a file that could not be classified: the usual keys, nothing found, and why."""
    return {"file": path, "message_id": None, "rejection": False, "score": 0.0,
            "threshold": threshold, "rules": [], **dict.fromkeys(DETAIL_FIELDS), "offers": [],
            "draft": False, "error": error}


def result(path: str, raw: bytes, classifier, identity) -> dict:
    """The check record for one message (the --json schema in docs/interface.md)."""
    try:
        msg = parse_message(raw)
    except MalformedMessage as exc:
        return error_record(path, str(exc), classifier.threshold)
    verdict = classifier.classify(msg, ThreadContext())
    details = details_for(msg, identity)
    return {
        "file": path,
        "message_id": msg.message_id,
        "rejection": verdict.rejection,
        "score": verdict.score,
        "threshold": verdict.threshold,
        "rules": [{"id": h.id, "score": h.score, "evidence": h.evidence} for h in verdict.hits],
        **details,
        "draft": bool(verdict.rejection and details["reply_to"]),
        "language": verdict.language,
        "reason": verdict.reason,
    }


def _without_id(rule_id: str, evidence: str) -> str:
    """Evidence that restates the rule's id (a header rule's "list-id: <...>") without it: the
    id is printed in its own column already."""
    if evidence.lower().startswith(rule_id.lower()):
        return evidence[len(rule_id):].lstrip(": ")
    return evidence


def _human(rec: dict) -> str:
    lines = []
    if rec.get("error"):
        return f"{rec['file']}: unreadable message: {rec['error']}"
    verdict = "REJECTION" if rec["rejection"] else "not a rejection"
    why = f" ({rec['reason']})" if rec.get("reason") else ""
    lines.append(f"{rec['file']}: {verdict}, score {rec['score']:g} / threshold "
                 f"{rec['threshold']:g}, language {rec['language']}{why}")
    for r in rec["rules"]:
        lines.append(f"  {r['score']:+6.1f}  {r['id']:<28} {clean(_without_id(r['id'], r['evidence']), 90)}")
    fields = ", ".join(f"{k}: {clean(rec[k], 60) or '-'}" for k in DETAIL_FIELDS)
    lines.append(f"  follow-up: {fields}; draft: {'yes' if rec['draft'] else 'no'}")
    return "\n".join(lines)


def run(args) -> int:
    """Every file is checked; one that cannot be read is reported (and, with --json, gets a record
    with an `error`) and makes the exit status 1."""
    classifier = build_classifier(args)
    identity = identity_from(args)
    status = 0
    for path in args.files:
        try:
            raw = read_file(path)
        except UserError as exc:
            status = 1
            print(f"nottoday: {exc}", file=sys.stderr)
            if not args.json:
                continue
            rec = error_record(path, str(exc).removeprefix(f"{path}: "), classifier.threshold)
        else:
            rec = result(path, raw, classifier, identity)
        if args.json:
            print(json.dumps(rec, ensure_ascii=False))
        else:
            print(_human(rec))
        sys.stdout.flush()
    return status
