"""What the corpus generators under tests/heldout* share: writing a labelled corpus.

Each generator describes its messages (a list of specs with a `slug`) and how one becomes bytes;
`write_corpus` does the rest the same way for all of them: the specs shuffled with the
generator's fixed seed, written as `messages/NNN-slug.eml` (stale .eml files removed first), and
one labels.csv row each in the corpus format (docs/interface.md). With every Message-ID and MIME
boundary derived from the spec, re-running a generator rewrites its committed files byte for byte.

A generator runs as a script (`python3 tests/heldout5/make_messages.py`) and puts tests/ on
sys.path to `import corpus_gen`.
"""
from __future__ import annotations

import csv
import email.policy
import os
import random
from typing import Callable, Iterable

LABEL_COLUMNS = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
# Files with LF line ends, as committed; SMTP's CRLF is the transport's business
POLICY = email.policy.default.clone(linesep="\n")


def write_corpus(here: str, specs: Iterable[dict], seed: int, eml: Callable[[dict, str], bytes],
                 row: Callable[[dict], list]) -> int:
    """Write `here`/messages/*.eml and `here`/labels.csv; returns how many messages.

    eml(spec, file_name) -> the message's bytes; row(spec) -> its labels.csv values after `file`."""
    order = list(specs)
    slugs = [spec["slug"] for spec in order]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    random.Random(seed).shuffle(order)
    outdir = os.path.join(here, "messages")
    os.makedirs(outdir, exist_ok=True)
    for name in os.listdir(outdir):
        if name.endswith(".eml"):
            os.remove(os.path.join(outdir, name))
    rows = []
    for n, spec in enumerate(order, 1):
        name = f"{n:03d}-{spec['slug']}.eml"
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(eml(spec, name))
        rows.append(["messages/" + name, *row(spec)])
    with open(os.path.join(here, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(LABEL_COLUMNS)
        writer.writerows(rows)
    return len(rows)
