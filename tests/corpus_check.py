"""Well-formedness of a labelled corpus directory (labels.csv + messages/*.eml).

Every file parses without defects and has Message-ID/Date/From/To/Subject/MIME-Version; labels.csv
has its header and one row per file; every labelled value occurs in the decoded headers or body;
a rejection's reply_to comes from Reply-To, else From, else the body. Used by the held-out sets'
validate.py scripts and by tests/test_corpus_targets.py.

    python3 tests/corpus_check.py DIR
"""
import csv
import email
import html
import os
import re
import sys
from collections import Counter
from email import policy
from email.utils import getaddresses

HEADER = "file,label,reply_to,contact_first_name,company,role,category,notes"


def _texts(m) -> str:
    out = []
    for part in m.walk():
        if part.get_content_maintype() == "text":
            s = part.get_content()
            if part.get_content_subtype() == "html":
                s = html.unescape(re.sub(r"<[^>]+>", " ", s))
            out.append(s)
    return "\n".join(out)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).lower()


def check(directory: str) -> tuple[list[str], Counter]:
    """Problems found (one line each) and the (label, category) counts."""
    with open(os.path.join(directory, "labels.csv"), encoding="utf-8") as f:
        first = f.readline().strip()
    with open(os.path.join(directory, "labels.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    files = sorted("messages/" + name for name in os.listdir(os.path.join(directory, "messages")))
    problems = []
    if first != HEADER:
        problems.append(f"labels.csv: header is not {HEADER}")
    if sorted(r["file"] for r in rows) != files:
        problems.append("labels.csv: rows and files differ")
    cats: Counter = Counter()
    for r in rows:
        with open(os.path.join(directory, r["file"]), "rb") as f:
            m = email.message_from_bytes(f.read(), policy=policy.default)
        probs = ["missing " + h for h in ("Message-ID", "Date", "From", "To", "Subject", "MIME-Version")
                 if m[h] is None]
        probs += [f"defects {part.defects!r}" for part in m.walk() if part.defects]
        try:
            m.get_body(("plain", "html")).get_content()
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            probs.append(f"body {exc!r}")
        headers = " ".join(str(m[h] or "") for h in ("From", "Reply-To", "To", "Subject", "CC"))
        full = _norm(headers + "\n" + _texts(m))
        probs += [f"{k} {r[k]!r} not found" for k in ("reply_to", "contact_first_name", "company", "role")
                  if r[k] and _norm(r[k]) not in full]
        if r["label"] == "rejection" and r["reply_to"]:
            reply_to = [a for _, a in getaddresses([str(m["Reply-To"] or "")])]
            sender = [a for _, a in getaddresses([str(m["From"])])]
            source = ("reply-to" if r["reply_to"] in reply_to else
                      "from" if r["reply_to"] in sender and not reply_to else
                      "body" if r["reply_to"] in _texts(m) else "??")
            if source == "??":
                probs.append("reply_to provenance ??")
        if r["label"] not in ("rejection", "other"):
            probs.append("label")
        cats[(r["label"], r["category"])] += 1
        problems += [f"{r['file']}: {p}" for p in probs]
    return problems, cats


def main(argv: list[str]) -> int:
    directory = argv[1] if len(argv) > 1 else "."
    problems, cats = check(directory)
    for line in problems:
        print(line)
    for key, n in sorted(cats.items()):
        print(key, n)
    print("files", sum(cats.values()), "problems", len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
