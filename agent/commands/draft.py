"""`nottoday draft FILE`: print the complete draft that would be saved for one message.

Offline and read-only: classifies the message like the daemon does, composes the follow-up and
prints it as RFC 5322 text. Exit 0 when a draft was printed, 3 when there is none (not a
rejection, or no address to follow up with); the reason goes to stderr.
"""
from __future__ import annotations

import sys

from classifiers import MalformedMessage, ThreadContext, parse_message
from drafts import extract_details

from .common import build_classifier, build_composer, read_file

NO_DRAFT = 3   # exit status: no draft for that message (docs/interface.md)


def run(args) -> int:
    config = args.config_obj
    raw = read_file(args.file)
    try:
        msg = parse_message(raw)
    except MalformedMessage as exc:
        print(f"nottoday: {args.file}: no draft: {exc}", file=sys.stderr)
        return NO_DRAFT
    composer = build_composer(config)
    classifier = build_classifier(args)
    verdict = classifier.classify(msg, ThreadContext(reply_to_own_mail=False))
    if not verdict.rejection:
        why = verdict.reason or f"score {verdict.score:g} below threshold {verdict.threshold:g}"
        print(f"nottoday: {args.file}: no draft: not a rejection ({why})", file=sys.stderr)
        return NO_DRAFT
    details = extract_details(msg, config.identity)
    draft = composer.compose(msg, verdict, details)   # a TemplateError: exit 2, like a broken file
    if draft is None:
        print(f"nottoday: {args.file}: rejection from {details.company or 'an unknown company'} "
              "detected, no address to follow up", file=sys.stderr)
        return NO_DRAFT
    sys.stdout.write(draft.as_string())
    sys.stdout.flush()
    return 0
