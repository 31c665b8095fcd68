"""Rules as data: loading the packaged TOML files and user rules, validating both.

A rule is a dict with an `id`, a `description`, a `score` (negative = counter-evidence) and
one or more conditions; it fires when every condition it has holds, and counts once:

- `phrases`: literal phrases, matched case-insensitively on token boundaries;
- `lemmas`: phrases matched on lemmas ("decide to move forward" also finds "decided to ...");
- `patterns`: spaCy Matcher token patterns (list of lists of token dicts);
- `scope`: where text conditions look: "body" (new text, default), "subject", "any" (both),
  "owner-quote" (text the owner wrote that this message quotes);
- `from`: regexes searched in the sender address; `headers`: {header: regex} all required
  (regex "" = header present); `facts`: names of facts the engine computes (see FACTS);
- `languages`: which language pipelines the rule joins (default: the file's language, or
  every language for user rules);
- `unless_owner_named`: true = a text match does not count when it contains the owner's name
  ("Sam's application" is the owner's own, "Alex's application" somebody else's).
- `unless_negated`: true = a text match does not count when a negation ("not", "won't",
  "nicht", "pas"...) occurs among the three tokens before it ("we won't be inviting you to
  the next round" is no invitation).
- `unless_verdict`: true = counter-evidence about the message's purpose that a verdict outweighs:
  it does not count when a statement rule (score >= 3) counts in the message (an ATS rejection
  that opens by acknowledging receipt is still a rejection; a bare acknowledgement is not).
- `unless_reader_verdict`: true = a purpose that a verdict on the reader's own candidacy outweighs (a
  recruiter pitching new roles): it does not count when a statement rule counts whose own words address the
  reader ("decided not to proceed with your candidacy", "Ihre Bewerbung", "votre candidature"); a role's
  closure alone ("the position has been filled") names no reader and the pitch still counts against it.
- `unless_application_verdict`: true = how the message was sent, not what it says (bulk-mail
  headers): it does not count when a statement rule counts, the text names the reader's own
  application ("your application", "Ihre Bewerbung", "tu postulación"...) and no other
  counter-evidence fired. A job board relays an employer's "not selected" with List-Unsubscribe
  and Precedence: bulk like its newsletters; a newsletter about rejection, a job alert or an
  acknowledgement still has its own counter-evidence and keeps the headers against it.
- `unless_verdict_elsewhere`: true = a hedge about what silence would mean ("if you have not been
  contacted within 30 days, consider your application unsuccessful"): it does not count when a
  statement rule counts whose own words address the reader (as for `unless_reader_verdict`) in
  another sentence. An ATS rejection may carry the hedge as boilerplate for other roles; an
  acknowledgement's "please assume your application was unsuccessful" is the hedge's own sentence.
- `non_job_purpose`: true = counter-evidence that the message is about something other than a job
  (a flat, a loan, a talk, a paper, a grant, a parcel). It explains the verdict wording: while it
  counts and the text names no job ("role", "position", "Stelle", "poste", "puesto"...), the
  positive rules count as one, the strongest; the others count 0. A stack of "another applicant was
  chosen" + "not successful" + "unfortunately" about a flat is one verdict about a flat, not three.
- `purpose_cap`: true = counter-evidence that states the message's purpose, which the verdict words it
  recalls on the way cannot outweigh (the reader's own withdrawal confirmed: "you have withdrawn your
  application … your candidacy is now closed"): while it counts, the positive rules count as one, the
  strongest, whether or not the text names a job.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from .clauses import ClauseSpec, Cues, parse_cues, parse_spec
from .model import RuleError
from .nlp import LANGUAGES

SCOPES = ("body", "subject", "any", "owner-quote")
FACTS = {
    "reply-to-own-mail": "the message answers mail the owner sent (thread headers or quoted attribution)",
    "to-someone-else": "the owner is known but is not among the To/Cc recipients",
    "greets-someone-else": "the new text greets a person other than the owner",
    "forwarded": "the subject or body marks the message as forwarded",
    "about-owner": "a forwarded note between other people that names the owner, passed on to them",
    "owner-unknown": "no owner is configured",
    "owner-in-hiring-field": "an HR system's field names the owner on the hiring side (\"Hiring Manager: <owner>\")",
}
KEYS = {"id", "description", "score", "phrases", "lemmas", "patterns", "scope", "from",
        "headers", "facts", "languages", "unless_negated", "unless_owner_named",
        "unless_verdict", "unless_reader_verdict", "unless_application_verdict", "unless_verdict_elsewhere",
        "non_job_purpose", "purpose_cap"}
CONDITIONS = ("phrases", "lemmas", "patterns", "from", "headers", "facts")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")


@dataclass(frozen=True)
class Rule:
    """One validated rule; `source` is "built-in" or "config"."""
    id: str
    description: str
    score: float
    phrases: tuple[str, ...] = ()
    lemmas: tuple[str, ...] = ()
    patterns: tuple[tuple[dict, ...], ...] = ()
    scope: str = "body"
    from_: tuple[re.Pattern, ...] = ()
    headers: tuple[tuple[str, re.Pattern], ...] = ()
    facts: tuple[str, ...] = ()
    languages: tuple[str, ...] = LANGUAGES
    unless_negated: bool = False
    unless_owner_named: bool = False
    unless_verdict: bool = False
    unless_reader_verdict: bool = False
    unless_application_verdict: bool = False
    unless_verdict_elsewhere: bool = False
    non_job_purpose: bool = False
    purpose_cap: bool = False
    source: str = "built-in"
    clause: ClauseSpec | None = None     # a clause rule (classifiers/clauses.py), built-in only

    @property
    def has_text(self) -> bool:
        return bool(self.phrases or self.lemmas or self.patterns)


_VOCAB = Vocab()


def _strings(value, where: str, key: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: {key}: must be a list of non-empty strings")
        return ()
    return tuple(v.strip() for v in value)


def _regex(value: str, where: str, key: str, problems: list[str]) -> re.Pattern | None:
    try:
        return re.compile(value, re.IGNORECASE)
    except re.error as exc:
        problems.append(f"{where}: {key}: invalid regular expression {value!r}: {exc}")
        return None


def check_rule(raw, index: int, source: str, default_languages: tuple[str, ...],
               problems: list[str]) -> Rule | None:
    """Validate one rule dict; append problems (naming rule and key) and return the Rule or None."""
    if not isinstance(raw, dict):
        problems.append(f"rule #{index + 1}: must be a table")
        return None
    rid = raw.get("id")
    where = f"rule {rid!r}" if isinstance(rid, str) and rid else f"rule #{index + 1}"
    before = len(problems)
    if not isinstance(rid, str) or not _ID.match(rid):
        problems.append(f"{where}: id: required; letters, digits, '-', '_', '.', ':' (max 64)")
    for key in sorted(set(raw) - KEYS):
        problems.append(f"{where}: {key}: unknown key (known: {', '.join(sorted(KEYS))})")
    score = raw.get("score")
    if isinstance(score, bool) or not isinstance(score, (int, float)):
        problems.append(f"{where}: score: required number")
        score = 0.0
    description = raw.get("description", "")
    if not isinstance(description, str):
        problems.append(f"{where}: description: must be a string")
        description = ""
    phrases = _strings(raw["phrases"], where, "phrases", problems) if "phrases" in raw else ()
    lemmas = _strings(raw["lemmas"], where, "lemmas", problems) if "lemmas" in raw else ()
    patterns: list[tuple[dict, ...]] = []
    if "patterns" in raw:
        value = raw["patterns"]
        if not isinstance(value, list) or not all(isinstance(p, list) and p for p in value):
            problems.append(f"{where}: patterns: must be a list of token patterns (lists of tables)")
        else:
            for n, pattern in enumerate(value):
                try:
                    Matcher(_VOCAB, validate=True).add(str(rid) if isinstance(rid, str) and rid else "rule", [pattern])
                except Exception as exc:  # spaCy raises ValueError/MatchPatternError
                    detail = " ".join(str(exc).split())
                    detail = re.sub(r"^Invalid token patterns for matcher rule '[^']*'\s*", "", detail)[:300]
                    problems.append(f"{where}: patterns[{n}]: invalid spaCy pattern: {detail}")
                else:
                    patterns.append(tuple(pattern))
    scope = raw.get("scope", "body")
    if scope not in SCOPES:
        problems.append(f"{where}: scope: must be one of {', '.join(SCOPES)}")
    from_: list[re.Pattern] = []
    if "from" in raw:
        for value in _strings(raw["from"], where, "from", problems):
            rx = _regex(value, where, "from", problems)
            if rx:
                from_.append(rx)
    headers: list[tuple[str, re.Pattern]] = []
    if "headers" in raw:
        value = raw["headers"]
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            problems.append(f"{where}: headers: must be a table of header name = regex")
        else:
            for name, pattern in value.items():
                rx = _regex(pattern, where, f"headers.{name}", problems)
                if rx:
                    headers.append((name.lower(), rx))
    facts = _strings(raw["facts"], where, "facts", problems) if "facts" in raw else ()
    for fact in facts:
        if fact not in FACTS:
            problems.append(f"{where}: facts: unknown fact {fact!r} (known: {', '.join(sorted(FACTS))})")
    languages = default_languages
    if "languages" in raw:
        languages = _strings(raw["languages"], where, "languages", problems)
        for lang in languages:
            if lang not in LANGUAGES:
                problems.append(f"{where}: languages: unsupported language {lang!r} (supported: {', '.join(LANGUAGES)})")
    unless_negated = raw.get("unless_negated", False)
    if not isinstance(unless_negated, bool):
        problems.append(f"{where}: unless_negated: must be true or false")
    unless_owner_named = raw.get("unless_owner_named", False)
    if not isinstance(unless_owner_named, bool):
        problems.append(f"{where}: unless_owner_named: must be true or false")
    unless_verdict = raw.get("unless_verdict", False)
    if not isinstance(unless_verdict, bool):
        problems.append(f"{where}: unless_verdict: must be true or false")
    unless_reader_verdict = raw.get("unless_reader_verdict", False)
    if not isinstance(unless_reader_verdict, bool):
        problems.append(f"{where}: unless_reader_verdict: must be true or false")
    unless_application_verdict = raw.get("unless_application_verdict", False)
    if not isinstance(unless_application_verdict, bool):
        problems.append(f"{where}: unless_application_verdict: must be true or false")
    unless_verdict_elsewhere = raw.get("unless_verdict_elsewhere", False)
    if not isinstance(unless_verdict_elsewhere, bool):
        problems.append(f"{where}: unless_verdict_elsewhere: must be true or false")
    non_job_purpose = raw.get("non_job_purpose", False)
    if not isinstance(non_job_purpose, bool):
        problems.append(f"{where}: non_job_purpose: must be true or false")
    purpose_cap = raw.get("purpose_cap", False)
    if not isinstance(purpose_cap, bool):
        problems.append(f"{where}: purpose_cap: must be true or false")
    if not any(k in raw for k in CONDITIONS):
        problems.append(f"{where}: needs at least one of {', '.join(CONDITIONS)}")
    if len(problems) > before:
        return None
    return Rule(id=rid, description=description, score=float(score), phrases=phrases,
                lemmas=lemmas, patterns=tuple(patterns), scope=scope, from_=tuple(from_),
                headers=tuple(headers), facts=tuple(facts), languages=tuple(languages),
                unless_negated=bool(unless_negated), unless_owner_named=bool(unless_owner_named),
                unless_verdict=bool(unless_verdict), unless_reader_verdict=bool(unless_reader_verdict),
                unless_application_verdict=bool(unless_application_verdict),
                unless_verdict_elsewhere=bool(unless_verdict_elsewhere),
                non_job_purpose=bool(non_job_purpose), purpose_cap=bool(purpose_cap), source=source)


def _rule_files() -> list[tuple[str, dict]]:
    """(file name, parsed TOML) of every packaged rule file, by name."""
    out = []
    base = resources.files("classifiers").joinpath("rules")
    for entry in sorted(base.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        try:
            out.append((entry.name, tomllib.loads(entry.read_text(encoding="utf-8"))))
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(f"built-in rules {entry.name}: {exc}") from None
    return out


def load_cues() -> dict[str, Cues]:
    """Per language, the clause cues of its rule file (`[clauses]`, see classifiers/clauses.py)."""
    problems: list[str] = []
    cues = {name[:-5]: parse_cues(data, name[:-5], name, problems) for name, data in _rule_files()
            if name[:-5] in LANGUAGES}
    if problems:
        raise RuleError("; ".join(problems))
    return cues


def organisation_domains(addresses) -> frozenset[str]:
    """The owner's organisation: the domains of their addresses, except public mail providers
    (common.toml's `[owner] public_mail`, where "yahoo.*" stands for any yahoo.<tld>)."""
    public: list[str] = []
    for name, data in _rule_files():
        if name == "common.toml":
            public = data.get("owner", {}).get("public_mail", [])
    rx = re.compile("|".join(re.escape(p).replace("\\*", "[a-z.]+") for p in public) or "(?!)")
    domains = {a.rpartition("@")[2].strip().lower() for a in addresses if "@" in a}
    return frozenset(d for d in domains if d and not rx.fullmatch(d))


def load_boilerplate() -> tuple[tuple[str, ...], tuple[re.Pattern, ...]]:
    """common.toml's `[boilerplate]`: lower-case marker substrings and regexes that make a
    paragraph a footer (substrings, because one regex alternation of them all costs ~0.2 ms a
    message)."""
    for name, data in _rule_files():
        if name == "common.toml":
            table = data.get("boilerplate", {})
            return (tuple(m.lower() for m in table.get("markers", [])),
                    tuple(re.compile(p, re.IGNORECASE) for p in table.get("patterns", [])))
    return (), ()


def _clause_rules(data: dict, cues: Cues, name: str, problems: list[str]) -> list[Rule]:
    """The `[[clause]]` entries of one language's file, as Rules carrying a ClauseSpec."""
    out = []
    for i, raw in enumerate(data.get("clause", [])):
        rid = raw.get("id") if isinstance(raw, dict) else None
        where = f"{name}: clause {rid!r}" if isinstance(rid, str) else f"{name}: clause #{i + 1}"
        if not isinstance(rid, str) or not _ID.match(rid):
            problems.append(f"{where}: id: required; letters, digits, '-', '_', '.', ':' (max 64)")
            continue
        unknown = set(raw) - {"id", "description", "score", "all", "none", "max_span", "questions", "facts"}
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        # facts the engine must also hold: "about-owner" reads a note between others about the owner
        facts = _strings(raw["facts"], where, "facts", problems) if "facts" in raw else ()
        for fact in facts:
            if fact not in FACTS:
                problems.append(f"{where}: facts: unknown fact {fact!r} (known: {', '.join(sorted(FACTS))})")
        score = raw.get("score")
        if isinstance(score, bool) or not isinstance(score, (int, float)):
            problems.append(f"{where}: score: required number")
            continue
        spec = parse_spec(raw, cues, where, problems)
        if spec is not None:
            out.append(Rule(id=rid, description=str(raw.get("description", "")), score=float(score),
                            languages=(cues.lang,), clause=spec, facts=tuple(facts)))
    return out


def load_builtin() -> list[Rule]:
    """The rules shipped in classifiers/rules/*.toml; `common.toml` applies to every language.
    A language's `[[clause]]` entries (clause rules) come after its `[[rule]]` entries."""
    rules: list[Rule] = []
    problems: list[str] = []
    for name, data in _rule_files():
        lang = name[:-5]
        langs = LANGUAGES if lang == "common" else (lang,)
        for i, raw in enumerate(data.get("rule", [])):
            sub: list[str] = []
            rule = check_rule(raw, i, "built-in", langs, sub)
            problems += [f"{name}: {p}" for p in sub]
            if rule:
                rules.append(rule)
        if lang in LANGUAGES:
            cues = parse_cues(data, lang, name, problems)
            rules += _clause_rules(data, cues, name, problems)
    problems += _duplicates(rules)
    if problems:
        raise RuleError("; ".join(problems))
    return rules


def _duplicates(rules: list[Rule]) -> list[str]:
    seen: set[str] = set()
    out = []
    for rule in rules:
        if rule.id in seen:
            out.append(f"rule {rule.id!r}: id: duplicate id")
        seen.add(rule.id)
    return out


def lint_rules(rule_dicts, builtin_ids=None) -> list[str]:
    """Problems in user rule dicts (`[[detection.rules]]`), one line each naming rule and key."""
    problems: list[str] = []
    if builtin_ids is None:
        builtin_ids = {r.id for r in load_builtin()}
    if not isinstance(rule_dicts, (list, tuple)):
        return ["detection.rules: must be a list of tables"]
    seen: set[str] = set()
    for i, raw in enumerate(rule_dicts):
        check_rule(raw, i, "config", LANGUAGES, problems)
        rid = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(rid, str) or not rid:
            continue
        if rid in builtin_ids:
            problems.append(f"rule {rid!r}: id: clashes with a built-in rule "
                            "(re-score it under [detection.scores] instead)")
        elif rid in seen:
            problems.append(f"rule {rid!r}: id: duplicate id")
        seen.add(rid)
    return problems


def lint_settings(settings, builtin: list[Rule] | None = None) -> list[str]:
    """All problems in a DetectionSettings: user rules, disable and scores ids, threshold."""
    builtin_ids = {r.id for r in (builtin if builtin is not None else load_builtin())}
    problems = lint_rules(list(settings.rules), builtin_ids)
    user_ids = {r.get("id") for r in settings.rules if isinstance(r, dict)}
    known = builtin_ids | user_ids
    if isinstance(settings.threshold, bool) or not isinstance(settings.threshold, (int, float)):
        problems.append("detection.threshold: must be a number")
    for rid in settings.disable:
        if rid not in known:
            problems.append(f"detection.disable: unknown rule id {rid!r}")
    for rid, score in dict(settings.scores).items():
        if rid not in known:
            problems.append(f"detection.scores: unknown rule id {rid!r}")
        elif isinstance(score, bool) or not isinstance(score, (int, float)):
            problems.append(f"detection.scores.{rid}: must be a number")
    return problems
