"""Which company the message is about, by evidence that generalises across senders.

Capitalised phrases from the sender's display name, subject and text are scored: agreeing
with the sender's own domain counts most (an ATS or mail-provider domain never counts; a
vanity TLD is part of the name: ironbark.software), then being the sender name of an ATS mail
("Acme via Greenhouse", "Careers | Acme"), the signature block (after the last sign-off, prose
lines excluded), a bare name beside the title in the subject ("Acme Labs - Data Analyst"),
and company-like contexts ("at Acme", "on behalf of Acme", "Acme Talent Team", an agency's
"my client, Acme"). Legal suffixes, department words ("Talent Acquisition") and trailing
subject words ("Application Update") are dropped; footer words and tracking-service names
never count. The name as the domain spells it beats a longer legal name; a one-word brand
takes the full name the message states ("Ostwind" -> "Ostwind Logistik"). When nothing
matches the domain (webmail, a parent company's domain), the company speaking of itself
("everyone at Acme") wins; when there is no usable domain, the signature's website or the
slug in ATS links (acme.teamtailor.com) stands in. The candidate's quoted note counts too.

Each source of evidence is one scorer below; the points each gives are named in `Weights`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from classifiers.message import Message

from .addresses import (ADDR_RE, ats_slugs, company_labels, domain_of, is_ats_domain, is_automated_address,
                        labels_raw, registrable_label, sender_addresses, signature_sites)
from .agency import agency_name, is_agency, keeps_client_confidential
from .forwarded import forwarded
from .headers import topic
from .lexicon import alternation, colonless_rows, has_job_word, is_greeting_line, signature_block, vocab
from .orgnames import (PHRASE, all_team_words, clean, from_domain, is_candidate, legal_form_after, legal_form_at_end,
                       places, strip_department, strip_legal, strip_trailing_noise)
from .relays import relay_actors, sender_brand as _sender_brand
from .people import (display_people, looks_like_person, name_matches_local, named_addresses, person_at_company,
                     relayed_signers, split_display)
from .text import decode_words, fold, fold_loose, one_line, unwrap


@dataclass(frozen=True)
class Weights:
    """Points per piece of evidence for a candidate name."""
    display_company: float = 3     # the company after a person's display name ("Jane Doe | Acme")
    display_sender: float = 4      # an automated sender's name ("Acme via Greenhouse", "Careers at Acme")
    display_not_person: float = 2  # a display name that is no person's ("Acme Outdoor")
    subject_beside_title: float = 2   # "Acme Labs - Data Analyst"
    subject_part: float = 1        # any other whole part of the subject
    subject_context: float = 1     # "... at Acme" in the subject
    client_named: float = 3        # an agency's "my client, Acme"
    relay_actor: float = 5         # a board's "Acme has reviewed your application" (drafts/relays.py)
    labelled: float = 5            # a job board's "Empresa: Acme", "Unternehmen: Acme" field
    signer_at: float = 2           # a person's title at it: "Recruiter bei Acme", "Talent Partner at Acme"
    text_context: float = 1        # "at Acme", "Acme Talent team" in the text
    signature: float = 2           # a piece of the signature block
    thread: float = 1              # the name as the domain spells it, anywhere in the thread
    quoted_note: float = 1         # the candidate's quoted note naming it in full
    domain_equal: float = 5        # the domain spells the name
    domain_prefix: float = 3       # the domain spells its start, or the name the domain's
    domain_first_word: float = 2   # the domain starts with its first word
    agency_domain: float = -2      # an agency's own domain is not the employer's
    enough: float = 2              # less than this is a guess, not the company


WEIGHTS = Weights()
CONTEXT_CHARS = 20       # how far before or after a phrase its context words are looked for
OWN_CONTEXT_CHARS = 40
CLIENT_CONTEXT_CHARS = 24
MIN_LABEL = 4            # shorter domain labels are not compared by prefix
MAX_SIGNATURE_PIECE = 60


@lru_cache(maxsize=1)
def _contexts() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(before, own before, client before, after, article) context patterns from the lexicon."""
    return (re.compile(rf"(?:{alternation('company_context_before')})\s+$", re.IGNORECASE),
            re.compile(rf"(?:{alternation('company_own_before')})\s+$", re.IGNORECASE),
            # "our client Acme", "le client (Ateliers X)"
            re.compile(rf"(?:{alternation('company_client_before')})(?:\s+|\s*\(\s*)$", re.IGNORECASE),
            re.compile(rf"^\s+(?:{alternation('company_context_after')})\b", re.IGNORECASE),
            re.compile(rf"(?:{alternation('name_articles')})\s+"))


@dataclass
class _Evidence:
    """Candidate names with their points, and what was seen of each."""
    labels: set[str]         # folded labels the sender's domains spell the company with
    people: set[str]         # folded names of people: never a company
    scores: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    contexts: dict[str, int] = field(default_factory=lambda: defaultdict(int))   # "at X" seen
    strong: dict[str, int] = field(default_factory=lambda: defaultdict(int))     # speaks of itself
    team_only: set[str] = field(default_factory=set)   # seen only as "the X team"
    thread: str = ""         # the subject and the whole text, to spell a name read off a domain
    platforms: set[str] = field(default_factory=set)   # folded names of services that relayed the mail
    labelled: set[str] = field(default_factory=set)    # named in an employer field ("Empresa: Acme")

    def add(self, phrase: str, points: float, context: bool = False, sure: bool = False) -> None:
        raw = phrase.strip()
        phrase = clean(raw)
        # "The Lantern Works" keeps its article when the domain does (thelanternworks.com)
        article = _contexts()[4].match(raw)
        if article and fold(article.group(0) + phrase) in self.labels:
            phrase = article.group(0) + phrase
        phrase = strip_trailing_noise(phrase, self.labels)
        variant = strip_legal(phrase if fold(phrase) in self.labels else strip_department(phrase))
        if is_candidate(variant, self.people) and not any(fold(variant).startswith(p) for p in self.platforms):
            self.scores[variant] += points
            self.contexts[variant] += context
            self.strong[variant] += sure

    def matches_domain(self, name: str) -> bool:
        f = fold(name)
        return f in self.labels or any(l.startswith(f) or f.startswith(l) for l in self.labels if len(l) >= MIN_LABEL)


def _from_display_names(msg: Message, ev: _Evidence, w: Weights, body: str = "") -> None:
    """The sender's display name when it is not a person ("Acme via Greenhouse", "Acme Careers")."""
    for a in (msg.from_, *msg.reply_to):   # "Jane Doe | Acme", "Jane from Acme"
        hint = split_display(one_line(decode_words(a.name)))[1] if a and a.name else ""
        if hint and not re.search(r"\bvia\b", a.name, re.I):
            ev.add(hint, w.display_company)
    # "Careers at Acme", "Werken bij Gemeente X", "Carrières chez Acme": the careers site's brand
    prefix = rf"^(?:{alternation('department_prefixes')})\s*(?:\s(?:{alternation('department_prefix_links')})\b|[|:–—-])\s*"
    for a in named_addresses(msg):
        if fold(a.name) in ev.people:
            continue
        # "Acme via Greenhouse", "Stadtwerke X über softgarden", "Acme par Flatchr": the relay goes
        name = re.split(r"\s+(?:via|through|using|on behalf of|über|uber|par|por|tramite|door)\s+", a.name, flags=re.I)[0]
        # "Careers at Acme", "Jobs @ Acme", "Recrutement chez Acme": the company follows
        name = re.sub(prefix, "", name, flags=re.I)
        if name != a.name and _relayed_person(name, body):
            continue
        # "Rafael at Kitebase" sending through a tracking service: the company after the person
        if name == a.name and is_automated_address(a.addr) and person_at_company(name)[1]:
            name = person_at_company(name)[1]
        if is_automated_address(a.addr) or name != a.name:
            ev.add(name, w.display_sender)
        elif not looks_like_person(a.name):
            ev.add(name, w.display_not_person)


_TITLE_AT = re.compile(r",\s+([^,\n]{2,40}?)\s+(?:bei|at|chez|en|bij|presso|@)\s")


def _relayed_person(name: str, body: str) -> bool:
    """"Jan Petersen über XING": a person when the text gives their title ("Jan Petersen,
    Recruiter bei Acme") or an address built from their name (jan.petersen@...)."""
    at, title = body.find(name), None
    while at >= 0 and title is None:   # no pattern per name: it would crowd `re`'s cache
        title = _TITLE_AT.match(body, at + len(name))
        at = body.find(name, at + 1)
    return bool(title and has_job_word(title.group(1).split())) or \
        any(name_matches_local(name, addr.partition("@")[0]) for addr in ADDR_RE.findall(body))


def _from_subject(subject: str, ev: _Evidence, w: Weights) -> None:
    """Whole parts of the subject, more beside a job title; "at Acme" in it."""
    parts = re.split(r"\s+[-–—|:]\s+|:\s+|\s+(?:at|bei|chez|en)\s+", subject)
    heads = vocab()["role_heads"]
    titled = any(any(word.lower().strip("(),") in heads for word in p.split()) for p in parts)
    # "Head of Content, Umoya Bank": an organisation's name after a title and a comma stands
    # beside it too (not an area of the title: "Manager, Grid Forecasting")
    parts = [q for p in parts for q in ([p.split(",")[0], p.rsplit(",", 1)[1].strip()] if re.search(r",\s", p)
                                        and has_job_word(p.split(",")[0].split()) and _org_word_last(p.rsplit(",", 1)[1])
                                        else [p])]
    for part in parts:
        for m in PHRASE.finditer(part):
            if m.group(0) == part.strip():
                is_title = any(word.lower() in heads for word in m.group(0).split())
                beside = titled and not is_title and len(parts) > 1
                ev.add(_without_opener(m.group(0)), w.subject_beside_title if beside else w.subject_part)
    for m in PHRASE.finditer(subject):
        if _contexts()[0].search(subject[: m.start()]):
            ev.add(m.group(0), w.subject_context, True, True)


def _without_opener(part: str) -> str:
    """"Mandat Seeland Telecom", "Suche Acme": a subject's word for the search or the application
    before the name (`role_noun_openers`) is not part of it."""
    first, _, rest = clean(part).partition(" ")   # after the subject's own words ("Update")
    return rest if rest and first.lower() in vocab()["role_noun_openers"] and rest[:1].isupper() else part


def _from_job_card(body: str, ev: _Evidence, w: Weights) -> None:
    """A job board's card: the title alone on a line, the employer opening the next one with its
    place ("Chargé(e) de marketing" / "Atelier Roussel – Lyon (69)")."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    for title, nxt in zip(lines, lines[1:]):
        # a signature's "Title | Company" above "City · +34 ..." is the signer's, not a card
        if len(title.split()) > 8 or re.search(r"[.!?:|]$|\|", title) or not has_job_word(title.split()):
            continue
        m = re.match(rf"({PHRASE.pattern})\.?\s*(?:[·•|,]|\s[–—-])\s*[^\W\d_]", nxt)   # "Acme S.r.l. - Bologna"
        if m and not has_job_word(m.group(1).split()):
            ev.add(m.group(1), w.client_named, True)


def _org_word_last(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and words[-1].lower() in vocab()["org_words"] | vocab()["company_words"]


def _from_text(body: str, ev: _Evidence, w: Weights, agency: bool = False) -> None:
    """Phrases in company-like contexts: "my client, Acme", "at Acme", "Acme Talent team"; for
    an agency, the client who decided ("Acme let me know", "Acme nos avisó")."""
    before_rx, own_rx, client_rx, after_rx, _ = _contexts()
    prose = unwrap(body)
    relays = tuple(vocab()["employer_updates_after"]) + (tuple(vocab()["client_relays_after"]) if agency else ())
    signature = signature_block(body) if agency else ""
    for m in PHRASE.finditer(prose):
        before = prose[max(0, m.start() - CONTEXT_CHARS): m.start()]
        after = prose[m.end(): m.end() + CONTEXT_CHARS]
        found = m.group(0)
        legal = legal_form_after().match(after)
        if legal and re.search(r"\bCo\.?$", found):   # "at Sorajet Co., Ltd.": both forms go
            found = strip_legal(found + after[: legal.end()])
        heard = agency and (_heard_before(prose[max(0, m.start() - OWN_CONTEXT_CHARS - 20): m.start()])
                            # "mit der Geschäftsleitung der Alpstein Uhren AG": a firm with its legal
                            # form in a recruiter's text, not the recruiter's own, is the client
                            # ... and so is one whose last word says it is an organisation
                            # ("Harborview Bank finished their interviews")
                            or ((_with_legal_form(found, after, legal) or _org_opens_sentence(prose, m))
                                and found not in signature
                                and not any(ev.matches_domain(" ".join(found.split()[i:]))
                                            for i in range(len(found.split())))))
        if client_rx.search(prose[max(0, m.start() - CLIENT_CONTEXT_CHARS): m.start()]) or heard \
                or (relays and _continues_with(prose[m.end(): m.end() + 60], relays)
                    and found.lower() not in vocab()["subject_pronouns"] and not _opener(found)):
            ev.add(found, w.client_named, True)
        elif _ours(prose[m.end(): m.end() + 40]):
            continue   # "join Acme Connect, our talent community": the company's programme, not the company
        elif before_rx.search(before) or after_rx.match(after):
            own = bool(own_rx.search(prose[max(0, m.start() - OWN_CONTEXT_CHARS): m.start()]))
            if not before_rx.search(before):
                found = _without_field(found, ev, own)
            ev.add(found, w.text_context, True, own or bool(after_rx.match(after)))


def _ours(after: str) -> bool:
    """", our talent community", ", notre vivier", ", unser Talentpool": an apposition that makes
    the name before it something the company has (a client is the agency's, never this)."""
    m = re.match(r",\s+(?:our|notre|nos|unser\w*|onze|ons|nuestr[oa]s?|noss[oa]s?|il nostro|la nostra|i nostri)\s+([^\W\d_]+)", after, re.I)
    return bool(m) and m.group(1).lower() not in vocab()["client_nouns"] | {"client", "clients", "klant", "cliente", "kunde", "kunden", "mandant"}


def _org_opens_sentence(prose: str, m: re.Match) -> bool:
    """"Harborview Bank finished their interviews": a name of two or more words whose last word
    says it is an organisation, opening a sentence that goes on in lower case."""
    return len(m.group(0).split()) > 1 and _org_word_last(m.group(0)) \
        and bool(re.search(r"(?:^|[.!?]\s+|\n\s*\n\s*)$", prose[max(0, m.start() - 4): m.start()])) \
        and bool(re.match(r" [a-zà-öø-ÿ]", prose[m.end(): m.end() + 2]))


def _continues_with(after: str, relays: tuple[str, ...]) -> bool:
    """The text after a name goes on with one of `relays`, past its legal form and an adverb
    ("Acme have just told me" reads as "Acme told me")."""
    words = " ".join(_past_legal_form(after).split()).lower()
    bare = re.sub(rf"^(?:(?:{alternation('relay_auxiliaries')})\s+)?(?:(?:{alternation('relay_adverbs')})\s+)+", "", words)
    return words.startswith(relays) or (bare != words and bare.startswith(relays))


def _opener(found: str) -> bool:
    """"Having reviewed ...", "We've reviewed ...": a participle or a contracted pronoun opening
    the sentence, no name."""
    return " " not in found and bool(re.search(r"['’](?:ve|re|ll|d|m|s)$|ing$", found, re.IGNORECASE))


def _past_legal_form(after: str) -> str:
    """What follows a name once its legal form is passed: "Acme S.A.S. revisó tu hoja de vida"
    (the phrase ends inside "S.A.S", its dot is left), "Acme GmbH hat entschieden"."""
    after = re.sub(r"^\.(?=[ \t]+[a-zà-öø-ÿ])", "", after)   # a full stop ends the sentence
    legal = legal_form_after().match(after)
    return after[legal.end():] if legal and re.match(r",?\s*[A-Z]", after) else after


@lru_cache(maxsize=1)
def _heard_from() -> re.Pattern:
    """"the feedback from", "le retour de (la DRH de)": an agency names the client it heard from
    after these, with who there spoke between (`client_units`)."""
    heard = "|".join(re.escape(p) for p in sorted(vocab()["client_relays_before"], key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(vocab()["client_units"], key=len, reverse=True))
    return re.compile(rf"(?:^|\W)(?:{heard})(?:\s+(?:{units}))*\s*$", re.IGNORECASE)


def _with_legal_form(found: str, after: str, legal: re.Match | None) -> bool:
    """"Alpstein Uhren AG", "Acme, Inc.": a name written with its legal form (as a name writes it:
    capitalised, not the word "as" of a sentence)."""
    return strip_legal(found) != found or bool(legal and re.search(r"[A-Z]", after[: legal.end()]))


def _heard_before(before: str) -> bool:
    return bool(_heard_from().search(" ".join(before.split()) + " "))


def relaying_services(msg: Message, body: str) -> set[str]:
    """Folded names of the services that relayed the mail, never the employer: the part of a
    sender's name after "über/via/par/por/tramite" ("Ute Brandt über Netzwerkdienst"), and what
    the text says the mail or application was sent through ("Message envoyé via Flatchr",
    "Ihrer über StepStone versandten Bewerbung", "powered by Acme ATS", "Mitglied bei X")."""
    found = set()
    for a in (msg.from_, *msg.reply_to):
        name = one_line(decode_words(a.name)) if a and a.name else ""
        m = re.search(r"\s(?:via|über|uber|through|par|por|tramite|using)\s+(.+)$", name, re.IGNORECASE)
        if m:
            found.add(fold(m.group(1).split()[0]))
    for m in _relay_phrase().finditer(unwrap(body)):
        found.add(fold((m.group(1) or m.group(2)).split()[0].split("-")[0]))
    return {f for f in found if len(f) >= 3}


@lru_cache(maxsize=1)
def _relay_phrase() -> re.Pattern:
    word = r"([A-ZÀ-ÖØ-Þ][\w.-]*(?: [A-ZÀ-ÖØ-Þ][\w.-]*)?)"
    # "über X versandt", "über X auf diese Stelle beworben", "applied on X for this job"
    return re.compile(rf"(?:{alternation('relay_before')})\s+{word}"
                      rf"|(?:über|via|through|on|sur|por|pela|pelo|tramite|op)\s+{word}\s+(?:versandt|gesendet|verschickt|"
                      rf"übermittelt|(?:auf|für|to|for|à|a|para|per|voor)\s+(?:diese|this|cette|esta|este|questa|deze|dit)\b)",
                      re.IGNORECASE)


def _from_labels(body: str, ev: _Evidence, w: Weights) -> None:
    """A field naming the employer, as job boards and networks relay a message ("Empresa: Acme",
    "Unternehmen: Acme", "Von: Acme, Personalabteilung"), also inside a flattened form line
    ("Vacature: X Werkgever: Acme Status: ..."); a forwarded header's person is not one."""
    for m in [*_employer_label().finditer(body), *_inline_employer_label().finditer(unwrap(body))]:
        value = m.group(2).strip()
        if re.search(r"[@<]", value):
            continue
        name, _, rest = re.split(r"\s*[|·•]\s*", value)[0].partition(",")
        if m.group(1).lower() in ("von", "from", "de", "da", "van") and looks_like_person(name) \
                and not (rest.strip() and all_team_words(rest.strip())):
            continue
        before = dict(ev.scores)
        ev.add(name, w.labelled, True, True)
        ev.labelled.update(c for c in ev.scores if ev.scores[c] != before.get(c))
    # a status table without colons ("Employer Penang Tide Logistics Sdn Bhd")
    employer = _employer_field()
    for label, value, _ in colonless_rows(body, employer):
        if employer.fullmatch(label.lower()) and not re.search(r"[@<]", value):
            before = dict(ev.scores)
            # "Brouwerij Schelde - Antwerpen": the place after a dash or comma goes
            ev.add(re.split(r"\s*[|·•]\s*|\s+[-–—]\s+|,\s+|\s+\(", value)[0], w.labelled, True, True)
            ev.labelled.update(c for c in ev.scores if ev.scores[c] != before.get(c))


@lru_cache(maxsize=1)
def _employer_field() -> re.Pattern:
    """The labels that say employer, not sender ("from", "de" inside a sentence say nothing)."""
    return re.compile("|".join(l for l in vocab()["employer_labels"].pattern.split("|")
                               if l.strip("(?:)") not in ("von", "from", "de", "da", "van")))


@lru_cache(maxsize=1)
def _inline_employer_label() -> re.Pattern:
    """An employer field after another field on one line, its value up to the next "Label:"
    (only the labels that say employer: "from"/"de" inside a sentence say nothing)."""
    labels = "|".join(l for l in vocab()["employer_labels"].pattern.split("|")
                      if l.strip("(?:)") not in ("von", "from", "de", "da", "van"))
    return re.compile(rf"(?i)(?<=\S)[ \t]+({labels})[ \t]*:[ \t]*((?-i:[A-ZÀ-ÖØ-Þ])[^\n:]{{1,80}}?)"
                      rf"(?=[ \t]+[^\W\d_][\w-]*[ \t]*:|[ \t]*$)", re.MULTILINE)


@lru_cache(maxsize=1)
def _employer_label() -> re.Pattern:
    return re.compile(rf"(?im)^[ \t]*({alternation('employer_labels')})[ \t]*:[ \t]*(\S[^\n]{{1,80}})$")


def _signer_at(body: str, ev: _Evidence, w: Weights) -> None:
    """A person's job title at an organisation: "Jan Roth, Recruiter bei Acme", "Talent Partner
    at Acme": whom the writer works for (a relayed network message names them so)."""
    prose = unwrap(body)
    for m in PHRASE.finditer(prose):
        before = prose[max(0, m.start() - 40): m.start()]
        t = re.search(r"(\w[\w:*/()-]*)\s+(?:at|bei|chez|en|bij|presso|na|no|@)\s+$", before)
        if t and has_job_word([t.group(1)]):
            ev.add(m.group(0), w.signer_at, True, True)


def _without_field(phrase: str, ev: _Evidence, own: bool) -> str:
    """"the Acme Product team": a department of Acme, the field word is not the name."""
    words = phrase.split()
    while len(words) > 1 and words[-1].lower() in vocab()["role_fields"] \
            and fold(" ".join(words)) not in ev.labels:
        words.pop()
    phrase = " ".join(words)
    if not own:
        ev.team_only.add(clean(phrase))
    return phrase


def _from_signature(body: str, ev: _Evidence, w: Weights) -> None:
    """Pieces of the signature block ("Driftwood Coffee Co.", "Acme, Inc. | London")."""
    for line in signature_block(body).split("\n"):
        # "Sorajet Co., Ltd." / "Acme, Inc.": the legal form goes before the line is split
        line = legal_form_at_end().sub(r"\1", line)
        for piece in re.split(r"\s*[|,•·–—]\s*|\s+-\s+|\s+(?:at|@|bei|chez|bij)\s+", line):
            if len(piece) >= MAX_SIGNATURE_PIECE:
                continue
            bare = strip_legal(piece.strip())   # "Marrowbank plc": a lower-case legal form
            piece = piece if bare.split()[:1] and bare == piece.strip() else bare
            m = PHRASE.fullmatch(piece.strip().rstrip("."))
            if m:
                # keep a short abbreviation's dot: "Driftwood Coffee Co."
                short = re.search(r"\b[A-Z][a-z]{0,2}\.$", piece.strip())
                ev.add(_after_title(m.group(0)) + ("." if short else ""), w.signature)


def _from_relayed_signature(body: str, ev: _Evidence, w: Weights) -> None:
    """The firm in a relayed message's inline signature ('... best. - Georgia, Acme Group"')."""
    for _, firm in relayed_signers(body):
        if firm and PHRASE.fullmatch(firm):
            ev.add(firm, w.signature)


def _after_title(line: str) -> str:
    """"CEO Glarner Holzbau", "HR Meccanica Serio": a signer's title or department before the
    organisation's name on one signature line; the name is what follows it."""
    words = line.split()
    while len(words) > 1 and words[1][:1].isupper() and (
            words[0].lower() in vocab()["interviewer_titles"]
            or (words[0].isupper() and len(words[0]) <= 4 and words[0].lower() in vocab()["team_words"])):
        words = words[1:]
    return " ".join(words)


def _from_thread(thread: str, quoted: str, ev: _Evidence, w: Weights) -> None:
    """The name as the sender's domain spells it anywhere in the thread, and the candidate's
    quoted note naming it in full ("the Brand Manager role at Acme Coffee Roasters", acme-coffee.com)."""
    spelled = any(ev.matches_domain(c) for c in ev.scores)
    for m in PHRASE.finditer(thread):
        if fold(clean(m.group(0))) in ev.labels or _folds(m.group(0)) & ev.labels:
            ev.add(m.group(0), w.thread)
            continue
        # "HR Meccanica Serio", "Roberta Gallo - HR Meccanica Serio": the name ends the phrase
        tail = _after_title(m.group(0))
        if tail != m.group(0) and fold(tail) in ev.labels:
            ev.add(tail, w.thread)
            continue
        # "the position at Orchidline Airways" (orchidline.com) earlier in the thread: the fuller
        # name the company gives itself where the text names it as an employer
        f = fold(clean(m.group(0)))
        if not spelled and any(len(label) >= MIN_LABEL and f.startswith(label) and f != label for label in ev.labels) \
                and _contexts()[0].search(thread[max(0, m.start() - CONTEXT_CHARS): m.start()]):
            ev.add(m.group(0), w.thread, True)
    for m in PHRASE.finditer(quoted):
        f = fold(clean(m.group(0)))
        if any(len(label) >= 6 and f.startswith(label) for label in ev.labels) and f not in ev.labels \
                and _contexts()[0].search(quoted[max(0, m.start() - CONTEXT_CHARS): m.start()]):
            ev.add(m.group(0), w.quoted_note, True)


def _folds(name: str) -> set[str]:
    """The name folded as a domain may spell it: "Tallow & Pine" -> tallowpine, tallowandpine."""
    return {fold(name)} | ({fold(name.replace("&", w)) for w in (" and ", " und ", " et ", " y ", " e ", " en ")}
                           if "&" in name else set())


def _domain_bonus(name: str, labels: set[str], w: Weights) -> float:
    """Points for agreeing with the sender's own domain."""
    f, first, words = fold(name), fold(name.split()[0]), name.split()
    f = next((x for x in _folds(name) if x in labels), f)
    bonus = 0.0
    for label in labels:
        if f == label:
            bonus = max(bonus, w.domain_equal)
        elif len(label) >= MIN_LABEL and (f.startswith(label) or label.startswith(f)):
            bonus = max(bonus, w.domain_prefix)
        elif len(first) >= MIN_LABEL and label.startswith(first):
            bonus = max(bonus, w.domain_first_word)
        elif len(label) >= MIN_LABEL and any(fold(" ".join(words[i:])) == label for i in range(1, len(words))
                                             if all(x.lower() in vocab()["org_words_first"] for x in words[:i])):
            # "Ediciones Marea Alta" from mareaalta.es: the kind of organisation goes before what the domain spells
            bonus = max(bonus, w.domain_prefix)
    return bonus


def _collect(msg: Message, body: str, full: str, quoted: str, ev: _Evidence, agency: bool,
             w: Weights) -> None:
    """Every scorer, then the domain's agreement with each candidate."""
    _from_display_names(msg, ev, w, body)
    _from_subject(topic(msg.subject), ev, w)
    _from_text(body, ev, w, agency)
    _from_labels(body, ev, w)
    _from_job_card(body, ev, w)
    _signer_at(body, ev, w)
    _from_relayed_signature(body, ev, w)
    if not agency:   # an agency's signature names the agency, not the hiring company
        _from_signature(body, ev, w)
    if not agency and ev.labels:
        _from_thread(unwrap(full or body), unwrap(quoted), ev, w)
    for cand in list(ev.scores):
        bonus = _domain_bonus(cand, ev.labels, w)
        if bonus:
            ev.scores[cand] += w.agency_domain if agency else bonus


def _agency_choice(ev: _Evidence, subject: str) -> str | None:
    """The client an agency names in the subject ("Acme feedback") is the employer, else the
    first organisation it names in text ("feedback from Acme Insurance", "spoke with Jo at Acme")."""
    subject_words = {fold(word) for word in re.findall(r"[^\W\d_][\w'’-]*", subject) if len(word) >= 4}
    order = {c: i for i, c in enumerate(ev.scores)}   # first seen first
    named = [c for c in ev.scores if (ev.contexts[c] or fold(c.split()[0]) in subject_words)
             and c.lower() not in vocab()["subject_pronouns"]
             and not any(fold(c).startswith(label) or label.startswith(fold(c)) for label in ev.labels)]
    if not named:
        return None
    return max(named, key=lambda c: (fold(c.split()[0]) in subject_words, ev.scores[c],
                                     len(c.split()) > 1, -order[c]))


def _spelled_out(name: str, ev: _Evidence) -> str | None:
    """"Organization: NIG Canada" in a tracking system's footer, "Northgate Insurance Group"
    everywhere else: the name the acronym stands for, as the message writes it."""
    acronym = name.split()[0]
    if not (acronym.isupper() and 2 <= len(acronym) <= 5 and acronym.isalpha()):
        return None
    full = [c for c in ev.scores if len(c.split()) == len(acronym) and c != name
            and "".join(w[0] for w in c.split()).upper() == acronym and ev.scores[c] >= ev.scores[name]]
    return max(full, key=lambda c: ev.scores[c]) if full else None


_LOCATIVE_AFTER = re.compile(r"\s+(?:à|in|en|em|im|au|aux|bij|nel|nella|a)\s+[A-ZÀ-ÖØ-Þ]")


def _fuller_form(best: str, ev: _Evidence) -> str:
    """The fuller form the company uses for itself ("Acme" -> "Acme Insurance"): one the text
    names twice or the domain spells; else, for a one-word brand the domain spells, the full
    name stated elsewhere ("Ostwind Logistik AG" in the signature); a name of two or more words
    grows only where the text names the company ("at", "with", ...)."""
    # "Pléiade Studios à Bruxelles", "Acme in Graz": a place after the name is where, not who
    grown = [c for c in ev.scores if c.startswith(best + " ") and not _LOCATIVE_AFTER.match(c, len(best))]
    longer = [c for c in grown if ev.contexts[c] >= 2 or fold(c) in ev.labels]
    if longer:
        return max(longer, key=len)
    one_word = len(best.split()) == 1
    longer = [c for c in grown if len(c.split()) <= 4 + (not one_word)
              and (one_word or (ev.contexts[c] >= 1 and not re.match(r"\s*(?:&|and)\s", c[len(best):])))
              and not (c in ev.team_only and ev.scores[c] <= 1)
              and not re.fullmatch(r"(?:&\s*)?(?:co\.?|company)", c[len(best):].strip(), re.I)]
    return max(longer, key=lambda c: (ev.scores[c], len(c))) if longer else best


def _with_kind(best: str, ev: _Evidence) -> str:
    """"Association Trait d'Union", "Les Jardins de Gaïa" for "Trait d'Union" (traitdunion-asso.fr):
    the kind of organisation or the article the message writes before the name is part of it."""
    fuller = [c for c in ev.scores if c.endswith(" " + best) and len(c.split()) == len(best.split()) + 1
              and (c.split()[0].lower() in vocab()["org_words_first"] or _contexts()[4].fullmatch(c[: -len(best)]))]
    return max(fuller, key=lambda c: ev.scores[c]) if fuller else best


def _without_co(best: str, ev: _Evidence, senders: list[str]) -> str:
    """"Acme Outdoor Co." from acmeoutdoor.com: the domain spells the name without "Co."
    (acmecoffee.co spells it with)."""
    m = re.fullmatch(r"(.+?)\s+(?:&\s*)?(?:co\.?|company)", best, re.IGNORECASE)
    if m and fold(m.group(1)) in ev.labels and not any(d.endswith(".co") for d in senders):
        return m.group(1)
    return best


def _respelled(name: str | None, thread: str) -> str | None:
    """A name read off a domain, each word as the thread spells it: "lindgruen"/"lindgrun" ->
    "Lindgrün" when the thread writes "Lindgrün" (a domain has no diacritics)."""
    if not name:
        return name
    words = {}
    for w in re.findall(r"[^\W\d_][\w'’-]*", thread):
        if w[:1].isupper():
            words.setdefault(fold_loose(w), w)
            words.setdefault(fold(w), w)
    return " ".join(words.get(fold(w), words.get(fold_loose(w), w)) if len(w) >= 3 else w for w in name.split())


def _choose(msg: Message, body: str, reply_to: str | None, ev: _Evidence, agency: bool,
            site_labels: list[str], w: Weights) -> str | None:
    scores = ev.scores
    # "in Antwerpen", "en Bogotá": where the job is, not who offers it (one-word names only)
    here = places(ev.thread) if any(" " not in c for c in scores) else set()
    for c in [c for c in scores if fold(c) in here and not ev.matches_domain(c)]:
        del scores[c]
    if ev.labelled and not agency:
        # a job board's "Empresa: Acme" names the employer outright; the board's own name and
        # domain say only who relayed it
        best = max(ev.labelled, key=lambda c: (scores[c], len(c)))
        return _spelled_out(best, ev) or _with_kind(_fuller_form(best, ev), ev)
    best = max(scores, key=lambda c: (scores[c], len(c))) if scores else None
    if best is not None and 1 <= scores[best] < w.enough and ev.strong[best] and not agency \
            and not any(ev.matches_domain(c) for c in scores):
        # nothing matches the sender's domain (webmail, a parent company's domain): one
        # "at Acme" in the text says more than the domain does
        return best
    if agency and keeps_client_confidential(body):
        return agency_name(body, ev.labels)
    if agency and best is not None and scores[best] < w.enough:
        named = _agency_choice(ev, topic(msg.subject))
        if named:
            return named
    if best is None or scores[best] < w.enough:
        # an agency that keeps its client confidential: the agency is who the candidate deals with
        if agency:
            return agency_name(body, ev.labels)
        # a tracking vendor's domain (talent-soft.com) is no employer's name
        return _respelled(from_domain([label for label in labels_raw(msg, reply_to) + site_labels
                                       if fold(label) not in vocab()["ats_brands"]]), ev.thread)
    senders = [domain_of(a) for a in sender_addresses(msg, reply_to)]
    # "Transports Valliere" (a display name without accents): as the text writes it, "Vallière"
    return _with_diacritics(_without_co(_with_kind(_fuller_form(best, ev), ev), ev, senders), ev.thread)


def _with_diacritics(name: str, thread: str) -> str:
    """A word the name writes without the accents the text gives it ("Valliere" in a display
    name, "Vallière" in the signature) takes the text's spelling; nothing else changes."""
    if not name or thread.isascii() or not any(w.isascii() for w in name.split()):
        return name
    spelled = {}
    for w in re.findall(r"[^\W\d_][\w'’-]*", thread):
        if not w.isascii() and w[:1].isupper():
            spelled.setdefault(fold_loose(w), w)
    return " ".join(spelled.get(fold_loose(w), w) if w.isascii() and len(w) >= 3 else w for w in name.split())


def company(msg: Message, body: str, reply_to: str | None, people: set[str], full: str = "",
            quoted: str = "", weights: Weights = WEIGHTS, owner: str = "") -> str | None:
    """The hiring company's name, or None. `people`: folded names of people in the message;
    `full` the whole body, `quoted` the candidate's quoted note; `owner` the mailbox owner's
    full name (a line naming them, "intended for Sam Taylor (Lead at Acme)", is about them)."""
    labels = company_labels(msg, reply_to, display_people(msg))
    # a sender on webmail or an ATS: the website or address their signature gives, the
    # company's slug in the applicant-tracking links (acme.teamtailor.com, jobs.lever.co/acme)
    site_labels = [] if labels else signature_sites(body) or ats_slugs(msg)
    labels.update(fold(x) for x in site_labels)
    platforms = relaying_services(msg, body)
    labels -= platforms   # a relaying service's domain says nothing of the employer
    # a generic word for a domain (jobs.ch, careers.example) names a board, not an employer
    labels -= vocab()["team_local"] | vocab()["team_words"]
    if owner:   # "intended for Sam Taylor (Insights Lead at Acme)": the owner's own employer
        body = "\n".join(line for line in body.split("\n") if owner not in line)
    actors = relay_actors(msg, body, people)
    if actors:   # a board or network passing on what the employer did: its name is no employer's
        brand = _sender_brand(msg)
        platforms |= brand
        labels -= {label for label in labels if any(label.startswith(b) or b.startswith(label) for b in brand)}
    agency = is_agency(labels, body, topic(msg.subject))
    ev = _Evidence(labels, people, thread=one_line(msg.subject, 300) + "\n" + (full or body) + "\n" + quoted,
                   platforms=platforms)
    _collect(msg, body, full, quoted, ev, agency, weights)
    for actor in actors:
        ev.add(actor, weights.relay_actor, True, True)
    chosen = _without_office_abbreviation(_choose(msg, body, reply_to, ev, agency, site_labels, weights), ev.thread)
    if (agency and (not chosen or ev.matches_domain(chosen))) or _note_to_forwarder(msg, full):
        # a recruiter pasting the client's own note under theirs: the note's sender is the client
        chosen = _forwarding_client(full, labels) or chosen
    return one_line(chosen) or None


def _without_office_abbreviation(name: str | None, thread: str) -> str | None:
    """"État de Fribourg – SPO" where the text spells out "Service du personnel et d'organisation
    (SPO)": the abbreviation after the dash is an office (`office_words`), not part of the name."""
    m = re.fullmatch(r"(.{3,}?)\s+[-–—|]\s+([A-Z]{2,6})", name or "")
    if not m:
        return name
    at = thread.find(f"({m.group(2)})")
    before = thread[max(0, at - 80): at] if at > 0 else ""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", before)]
    offices = vocab()["office_words"] | vocab()["department_suffixes"]
    return m.group(1) if any(w in offices for w in words[-8:]) else name


def _note_to_forwarder(msg: Message, full: str) -> bool:
    """A forwarded note that greets the person forwarding it ("Hi Ellie," under Ellie's "see
    below from Tom"): written to a go-between, not to the candidate, so its sender's
    organisation is the one that decided."""
    fwd = forwarded(full) if msg.from_ and msg.from_.name else None
    first = fold((msg.from_.name.split() or [""])[0]) if fwd else ""
    opening = next((line for line in fwd.text.split("\n") if line.strip()), "") if fwd else ""
    return len(first) >= 2 and is_greeting_line(opening) \
        and first in {fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", opening)}


def _forwarding_client(full: str, agency_labels: set[str]) -> str | None:
    """The organisation a forwarded note comes from, as the note writes the name its sender's
    domain spells ("Conor Walsh | Head of Marketing | Atlantic Foods", atlanticfoods.example)."""
    fwd = forwarded(full)
    dom = domain_of(fwd.sender.addr) if fwd else ""
    label = registrable_label(dom) if dom and not is_ats_domain(dom) else ""
    if len(label) < MIN_LABEL or label in agency_labels:
        return None
    for m in PHRASE.finditer(fwd.text):
        name = strip_legal(clean(m.group(0)))
        if fold(name) == label:
            return name
    return None
