#!/usr/bin/env python3
"""Sanity checks for the held-out corpus (does not touch product code)."""
import csv
import email
import email.policy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REQ = ["Message-ID", "Date", "From", "To", "Subject", "MIME-Version"]
FIELDS = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]


def text_of(msg):
    out = [str(msg.get("From", "")), str(msg.get("Reply-To", "")), str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif part.get_content_type() == "message/rfc822":
            pass
    return "\n".join(out)


def main():
    errors = []
    with open(os.path.join(HERE, "labels.csv"), newline="", encoding="utf-8") as fh:
        r = csv.DictReader(fh)
        assert r.fieldnames == FIELDS, r.fieldnames
        rows = list(r)
    files = sorted("messages/" + f for f in os.listdir(os.path.join(HERE, "messages")))
    if sorted(x["file"] for x in rows) != files:
        errors.append("labels.csv rows do not match files")
    for row in rows:
        with open(os.path.join(HERE, row["file"]), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        if msg.defects:
            errors.append("%s: defects %s" % (row["file"], msg.defects))
        for h in REQ:
            if h not in msg:
                errors.append("%s: missing %s" % (row["file"], h))
        try:
            msg["Date"].datetime
        except Exception as e:  # noqa: BLE001
            errors.append("%s: bad Date %s" % (row["file"], e))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: part defects %s" % (row["file"], part.defects))
        body = text_of(msg)
        if row["label"] not in ("rejection", "other"):
            errors.append("%s: bad label" % row["file"])
        if row["label"] == "other" and any(row[k] for k in ("reply_to", "contact_first_name", "company", "role")):
            errors.append("%s: other row with fields" % row["file"])
        if row["label"] == "rejection":
            low = body.lower()
            for k in ("reply_to", "company", "role", "contact_first_name"):
                v = row[k].lower()
                if v and v not in low.replace("&amp;", "&"):
                    errors.append("%s: %s %r not found in message" % (row["file"], k, row[k]))
            if not row["company"]:
                errors.append("%s: rejection without company" % row["file"])
    for e in errors:
        print("ERROR", e)
    print("%d rows, %d errors" % (len(rows), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
