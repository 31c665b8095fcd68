"""`nottoday rules [--lint [CONFIG]]`: list the active detection rules, or check a config's rules.

The list is what the classifier will actually use: built-in rules minus `disable`, with
`[detection.scores]` applied, plus the user's `[[detection.rules]]`.
"""
from __future__ import annotations

import sys

from ..errors import ConfigError
from .common import build_classifier


def _lint(args) -> int:
    from classifiers.ruleset import lint_settings, load_builtin

    config = args.config_obj
    where = str(config.path) if getattr(config, "path", None) else "config"
    if args.lint:
        from ..config import load_config
        where = args.lint
        try:
            config = load_config(args.lint)
        except ConfigError as exc:
            for line in exc.problems:
                print(line)
            return 1
    problems = lint_settings(config.detection, load_builtin())
    for problem in problems:
        print(f"{where}: {problem}")
    if not problems:
        n = len(config.detection.rules)
        print(f"{where}: [detection] OK ({n} rule{'s' if n != 1 else ''} of your own)")
    return 1 if problems else 0


def run(args) -> int:
    if args.lint is not None:
        return _lint(args)
    classifier = build_classifier(args)
    rules = classifier.rules
    if args.json:
        import json
        print(json.dumps([{"id": r.id, "score": r.score, "description": r.description,
                           "source": r.source, "languages": list(r.languages)} for r in rules],
                         ensure_ascii=False, indent=1))
        return 0
    print(f"threshold {classifier.threshold:g}; {len(rules)} active rules "
          "(negative scores are counter-evidence)")
    width = max((len(r.id) for r in rules), default=10)
    for r in rules:
        langs = "all" if len(r.languages) > 1 else r.languages[0]
        print(f"{r.score:+6.1f}  {r.id:<{width}}  {r.source:<8}  {langs:<3}  {r.description}")
    sys.stdout.flush()
    return 0
