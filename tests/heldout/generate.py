#!/usr/bin/env python3
"""Regenerate the held-out corpus: python3 generate.py  (writes messages/*.eml and labels.csv)."""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_rejections  # noqa: E402
import gen_other_a  # noqa: E402
import gen_other_b  # noqa: E402

FIELDS = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]


def main():
    msgs = gen_rejections.MSGS + gen_other_a.MSGS + gen_other_b.MSGS
    random.Random(7).shuffle(msgs)
    outdir = os.path.join(HERE, "messages")
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(outdir, f))
    rows = []
    for i, m in enumerate(msgs, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(m["eml"])
        rows.append({"file": "messages/" + name, **{k: m[k] for k in FIELDS[1:]}})
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
