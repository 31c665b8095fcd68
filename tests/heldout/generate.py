#!/usr/bin/env python3
"""Regenerate the held-out corpus: python3 generate.py  (writes messages/*.eml and labels.csv)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]   # the gen_* modules, and tests/corpus_gen.py

import gen_rejections  # noqa: E402
import gen_other_a  # noqa: E402
import gen_other_b  # noqa: E402
from corpus_gen import LABEL_COLUMNS, write_corpus  # noqa: E402

SEED = 7


def main():
    msgs = gen_rejections.MSGS + gen_other_a.MSGS + gen_other_b.MSGS
    n = write_corpus(HERE, msgs, SEED, lambda m, _name: m["eml"], lambda m: [m[k] for k in LABEL_COLUMNS[1:]])
    print("wrote %d messages" % n)


if __name__ == "__main__":
    main()
