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
"""
from __future__ import annotations

import re
from collections import defaultdict

from classifiers.message import Message

from .people import (_SECOND_LEVEL, ats_local_label, domain_of, is_ats_domain, is_automated_address, is_mail_provider,
                     is_noreply, looks_like_person, named_addresses, registrable_label, split_display)
from .text import decode_words
from .text import fold, one_line, unwrap
from .vocab import vocab

_WORD = r"[A-Z0-9À-ÖØ-Þ][\w'’-]*(?:\.\w+)*"
_PHRASE = re.compile(rf"(?<![\w@.]){_WORD}(?:(?: &| and| of| de)? {_WORD})*")
_CONTEXT_BEFORE = re.compile(
    r"(?:\bat|\bwith|\bto|\bjoin|\bjoining|\bfrom|\bin|behalf of|\bbei|\ban|\bchez|\bpresso|\bna|\bem|\ben|\bbij|\bvoor)\s+$",
    re.IGNORECASE)
# contexts where the company speaks of itself ("everyone at Acme", "on behalf of Acme", "join Acme"),
# unlike a bare "at Acme" that may be the candidate's old employer
_OWN_BEFORE = re.compile(
    r"(?:\b(?:team|teams|everyone|all of us|us|we|folks|people|founders|colleagues|here|family|"
    r"careers?|jobs|position|role|opening|vacancy|job|positions|roles|partners|leadership|board|"
    r"management|owners|panel|committee|managers?|recruiters?|recruiting|staff|crew|hiring) at|\bbehalf of|\binterest in|"
    r"\bapplying to|\bapplied to|\bapplication to|\bapplication with|\bjoin(?:ing)?|"
    r"\bconsidering|\bapplying (?:for|to) (?:a |the )?(?:\w+ ){0,5}(?:role|position|job) at)\s+$",
    re.IGNORECASE)
# an agency names the employer it recruits for: "my client, Acme", "our client Acme"
_CLIENT_BEFORE = re.compile(r"(?:\b(?:my|our|the) clients?,?|\bklant,?|\bKunden?,?|\bcliente,?)\s+$",
                            re.IGNORECASE)
_CONTEXT_AFTER = re.compile(
    r"^\s+(?:talent|recruiting|recruitment|hiring|people|hr|careers|team|karriere)\b", re.IGNORECASE)
_AGENCY_WORDS = {"talent", "recruitment", "recruiting", "staffing", "search", "resourcing",
                 "consulting", "consultants", "personnel", "headhunters", "partners"}


# words only a recruitment firm's domain has (not "partners", "consulting": employers too)
_RECRUITER_WORDS = {"talent", "recruitment", "recruiting", "staffing", "resourcing", "personnel",
                    "headhunters"}


# Words of a recruiter relaying a client: with an agency domain, or with a recruitment firm's
# signature (then the looser "came back to me", "feedback from")
_NAMES_CLIENT = ("agency", "client", "heard back from", "mandate")
_RELAYS_CLIENT = ("client", "came back to me", "got back to me", "heard back from", "feedback from")
_AGENCY_SIGNATURE = re.compile(r"\b(?:recruitment|recruiting|staffing|headhunters|executive search|"
                               r"search partners|talent partners|personnel)\b")


def _agency(labels: set[str], body: str) -> bool:
    """An agency recruiter relaying a client's decision: their own domain is not the company."""
    low = body.lower()
    if not any(w in label for label in labels for w in _AGENCY_WORDS):
        # a domain without the word, a signature with it ("Harlow & Finch Recruitment") relaying
        # what the client said ("Ostara came back to me")
        return bool(_AGENCY_SIGNATURE.search(_signature(body).lower())) and any(
            cue in low for cue in _RELAYS_CLIENT)
    if any(cue in low for cue in _NAMES_CLIENT):
        return True
    # a recruitment firm's consultant ("Senior Consultant - Sales & Marketing", "Southerly Talent")
    return any(w in label for label in labels for w in _RECRUITER_WORDS) and bool(
        re.search(r"\b(?:recruitment |talent |search )?consultant\b", low))


def via_agency(msg: Message, body: str, reply_to: str | None) -> bool:
    """True when the message comes from a recruitment agency rather than the employer."""
    labels = {registrable_label(domain_of(a)) for a in
              [x.addr for x in (msg.from_, *msg.reply_to) if x] + ([reply_to] if reply_to else [])
              if not is_ats_domain(domain_of(a))}
    return _agency(labels - {""}, body)


def strip_legal(name: str) -> str:
    """'Sparrowhawk Robotics, Inc.' -> 'Sparrowhawk Robotics'."""
    suffixes = {re.sub(r"[.\s]", "", s) for s in vocab()["legal_suffixes"]}
    words = name.replace(",", " , ").split()
    changed, removed = True, False
    while changed:
        changed = False
        for n in (3, 2, 1):
            tail = re.sub(r"[.\s&]", "", "".join(words[-n:])).lower()
            if len(words) > n and tail in suffixes:
                words = words[:-n]
                changed = removed = True
                break
        while words and words[-1] == ",":
            words.pop()
        # "Sorajet Co., Ltd.", "Acme & Co. KG": a "Co." joined to a legal form goes with it
        if removed and len(words) > 1 and re.fullmatch(r"&?(?:co\.?|company)", words[-1].lower()):
            words.pop()
            if len(words) > 1 and words[-1] == "&":
                words.pop()
            changed = True
    return " ".join(words).replace(" , ", ", ").strip(" ,")


def _strip_department(name: str) -> str:
    """'Acme Careers' / 'Acme Talent Acquisition' / 'Jobs Acme' -> 'Acme'."""
    low = name.lower()
    for suffix in sorted(vocab()["department_suffixes"], key=len, reverse=True):
        if low.endswith(" " + suffix):
            return name[: -len(suffix) - 1].strip()
        if low.startswith(suffix + " ") and suffix not in ("people", "team"):
            return name[len(suffix) + 1:].strip()
    return name


def _all_team_words(phrase: str) -> bool:
    """'Talent Acquisition', 'Recruitment Team', 'Personalabteilung': a department, not a company."""
    words = [w.lower().strip(".,") for w in phrase.split()]
    generic = vocab()["team_words"] | vocab()["department_suffixes"] | vocab()["org_generic"]
    return all(w in generic for w in words)


def _clean(phrase: str) -> str:
    phrase = re.sub(r"^(?:(?:The|Our|Your|At|Team|Hi|Hey|Hello|Dear|Thanks|Thank|Re|RE|Aw|AW|Fwd|FW)\b[:,]?\s*)+",
                    "", phrase.strip())
    phrase = re.sub(r"['’]s$", "", phrase)   # "Acme's"
    words = phrase.split()
    if words and words[-1].endswith(".") and not (len(words[-1]) <= 4 and words[-1][0].isupper()
                                                   and len(words) > 1):
        words[-1] = words[-1].rstrip(".")
    return " ".join(words).strip(" -|:–—•·")


def _ats_brands() -> frozenset[str]:
    """'greenhouse', 'teamtailor': the tracking services that send the mail ("Powered by ...")."""
    return vocab()["ats_brands"]


def _is_candidate(phrase: str, people: set[str]) -> bool:
    words = phrase.split()
    if not words or len(words) > 6 or len(phrase) < 2:
        return False
    if fold(phrase) in people or fold(words[0]) in people \
            or any(w.lower() in vocab()["role_heads"] for w in words):
        return False
    legal = {re.sub(r"[.\s]", "", x) for x in vocab()["legal_suffixes"]}
    if _all_team_words(phrase) or fold(phrase) in _ats_brands() or \
            re.sub(r"[.\s]", "", phrase.lower()) in legal:
        return False
    return not any(ch.isdigit() for ch in phrase)


def _signature(body: str) -> str:
    """The signature block: lines after the last sign-off near the end, else the last few short
    lines (prose lines are never a signature)."""
    lines = [l for l in body.split("\n") if l.strip()]
    sign_offs = vocab()["sign_offs"]
    start = max(0, len(lines) - 5)
    for i in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
        if re.sub(r"[^\w\s]", "", lines[i].lower()).strip() in sign_offs:
            start = i + 1
            break
    return "\n".join(l for l in lines[start:] if len(l.strip()) <= 70)


def company(msg: Message, body: str, reply_to: str | None, people: set[str], full: str = "",
            quoted_note: str = "") -> str | None:
    """The hiring company's name, or None. `people`: folded names of people in the message."""
    # the sender's own domains (or an ATS sender's company-named local part)
    labels = set()
    for addr in {a.addr for a in (msg.from_, *msg.reply_to) if a} | ({reply_to} if reply_to else set()):
        dom = domain_of(addr)
        if not is_ats_domain(dom):
            labels.add(registrable_label(dom))
            # a vanity top-level domain is part of the name: ironbark.software
            tld = dom.rsplit(".", 1)[-1]
            if len(tld) > 3 and tld.isalpha() and tld not in {"info", "mobi", "name"}:
                labels.add(registrable_label(dom) + tld)
        elif not is_noreply(addr) and not is_mail_provider(dom):
            labels.add(ats_local_label(addr))
    labels.discard("")
    # a sender on webmail or an ATS: the website or address their signature gives, the
    # company's slug in the applicant-tracking links (acme.teamtailor.com, jobs.lever.co/acme)
    site_labels = [] if labels else signature_sites(body) or ats_slugs(msg)
    labels.update(fold(x) for x in site_labels)
    agency = _agency(labels, body)

    scores: dict[str, float] = defaultdict(float)
    contexts: dict[str, int] = defaultdict(int)
    strong: dict[str, int] = defaultdict(int)
    team_only: set[str] = set()

    def add(phrase: str, points: float, context: bool = False, sure: bool = False) -> None:
        raw = phrase.strip()
        phrase = _clean(raw)
        # "The Lantern Works" keeps its article when the domain does (thelanternworks.com)
        article = re.match(r"(?:The|La|Le|Les|El|Die|De|Il)\s+", raw)
        if article and fold(article.group(0) + phrase) in labels:
            phrase = article.group(0) + phrase
        for noise in sorted(vocab()["company_trailing_noise"], key=len, reverse=True):
            if phrase.lower().endswith(" " + noise) and fold(phrase) not in labels:
                phrase = phrase[: -len(noise) - 1].rstrip(" -–—:|")
                break
        variant = phrase if fold(phrase) in labels else _strip_department(phrase)
        variant = strip_legal(variant)
        if _is_candidate(variant, people):
            scores[variant] += points
            if context:
                contexts[variant] += 1
            if sure:
                strong[variant] += 1

    # the sender's display name when it is not a person ("Acme via Greenhouse", "Acme Careers")
    for a in (msg.from_, *msg.reply_to):   # "Jane Doe | Acme", "Jane from Acme"
        hint = split_display(one_line(decode_words(a.name)))[1] if a and a.name else ""
        if hint and not re.search(r"\bvia\b", a.name, re.I):
            add(hint, 3)
    for a in named_addresses(msg):
        if fold(a.name) in people:
            continue
        name = re.split(r"\s+(?:via|through|using|on behalf of)\s+", a.name, flags=re.I)[0]
        # "Careers at Acme", "Jobs @ Acme", "Recrutement chez Acme": the company follows
        name = re.sub(r"^(?:careers?|jobs|recruiting|recruitment|hiring|talent|team|karriere|"
                      r"recrutement|empleo)\s*(?:\s(?:at|@|bei|chez|en|in)|[|:–—-])\s*", "", name, flags=re.I)
        automated = is_automated_address(a.addr)
        if automated or name != a.name:
            add(name, 4)
        elif not looks_like_person(a.name):
            add(name, 2)

    subject = one_line(msg.subject, 300)
    parts = re.split(r"\s+[-–—|:]\s+|:\s+|\s+(?:at|bei|chez|en)\s+", subject)
    # "Acme Labs - Data Analyst": beside the job title, a bare name is the company
    titled = any(any(w.lower().strip("(),") in vocab()["role_heads"] for w in p.split()) for p in parts)
    for part in parts:
        for m in _PHRASE.finditer(part):
            if m.group(0) == part.strip():
                heads = any(w.lower() in vocab()["role_heads"] for w in m.group(0).split())
                add(m.group(0), 2 if titled and not heads and len(parts) > 1 else 1)
    for m in _PHRASE.finditer(subject):
        if _CONTEXT_BEFORE.search(subject[: m.start()]):
            add(m.group(0), 1, True, True)

    prose = unwrap(body)
    for m in _PHRASE.finditer(prose):
        before, after = prose[max(0, m.start() - 20): m.start()], prose[m.end(): m.end() + 20]
        legal = re.match(r",?\s*(?:ltd|inc|llc|gmbh|plc|lda|srl|spa|sas|pty|ag|sa|bv|nv|ab|oy)\b\.?", after,
                         re.IGNORECASE)
        found = m.group(0)
        if legal and re.search(r"\bCo\.?$", found):   # "at Sorajet Co., Ltd.": both forms go
            found = strip_legal(found + after[: legal.end()])
        if _CLIENT_BEFORE.search(prose[max(0, m.start() - 24): m.start()]):
            add(found, 3, True)
        elif _CONTEXT_BEFORE.search(before) or _CONTEXT_AFTER.match(after):
            own = bool(_OWN_BEFORE.search(prose[max(0, m.start() - 40): m.start()]))
            phrase = found
            if not _CONTEXT_BEFORE.search(before):
                # "the Acme Product team": a department of Acme, the field word is not the name
                words = phrase.split()
                while len(words) > 1 and words[-1].lower() in vocab()["role_fields"] \
                        and fold(" ".join(words)) not in labels:
                    words.pop()
                phrase = " ".join(words)
                if not own:
                    team_only.add(_clean(phrase))
            add(phrase, 1, True, own or bool(_CONTEXT_AFTER.match(after)))
    # an agency's signature names the agency, not the hiring company
    for line in ("" if agency else _signature(body)).split("\n"):
        # "Sorajet Co., Ltd." / "Acme, Inc.": the legal form goes before the line is split
        line = re.sub(r"(?<=\w)(\.?),?\s+(?:co\.?,?\s+)?(?:ltd|inc|llc|gmbh|ag|sa|s\.a|bv|b\.v|plc|lda|srl|"
                      r"s\.r\.l|spa|s\.p\.a|sas|oy|ab|as|nv|pty)\b\.?(?=\s*$|\s*[|•·–—-])",
                      r"\1", line, flags=re.IGNORECASE)
        for piece in re.split(r"\s*[|,•·–—]\s*|\s+-\s+|\s+(?:at|@|bei|chez|bij)\s+", line):
            if len(piece) >= 60:
                continue
            bare = strip_legal(piece.strip())   # "Marrowbank plc": a lower-case legal form
            piece = piece if bare.split()[:1] and bare == piece.strip() else bare
            m = _PHRASE.fullmatch(piece.strip().rstrip("."))
            if m:
                # keep a short abbreviation's dot: "Driftwood Coffee Co."
                short = re.search(r"\b[A-Z][a-z]{0,2}\.$", piece.strip())
                add(m.group(0) + ("." if short else ""), 2)

    # the company's name as the sender's domain spells it, anywhere in the thread (the
    # candidate's quoted note: "the Marketing Lead role at Snapdragon Cycles")
    if not agency and labels:
        thread = unwrap(full or body)
        for m in _PHRASE.finditer(thread):
            if fold(_clean(m.group(0))) in labels or fold(m.group(0)) in labels:
                add(m.group(0), 1)
        # the candidate's quoted note naming the company in full ("the Brand Manager role at
        # Acme Coffee Roasters", acme-coffee.com); the sender's own text was read above
        quoted = unwrap(quoted_note)
        for m in _PHRASE.finditer(quoted):
            if any(len(label) >= 6 and fold(_clean(m.group(0))).startswith(label) for label in labels) \
                    and fold(_clean(m.group(0))) not in labels \
                    and _CONTEXT_BEFORE.search(quoted[max(0, m.start() - 20): m.start()]):
                add(m.group(0), 1, True)

    for cand in list(scores):
        f = fold(cand)
        first = fold(cand.split()[0])
        bonus = 0.0
        for label in labels:
            if f == label:
                bonus = max(bonus, 5)
            elif len(label) >= 4 and (f.startswith(label) or label.startswith(f)):
                bonus = max(bonus, 3)
            elif len(first) >= 4 and label.startswith(first):
                bonus = max(bonus, 2)
        if bonus and agency:
            bonus = -2
        if bonus:
            scores[cand] += bonus
    best = max(scores, key=lambda c: (scores[c], len(c))) if scores else None
    if best is not None and 1 <= scores[best] < 2 and strong[best] and not agency \
            and not any(fold(c) in labels or any(l.startswith(fold(c)) or fold(c).startswith(l)
                                                 for l in labels if len(l) >= 4) for c in scores):
        # nothing matches the sender's domain (webmail, a parent company's domain): one
        # "at Acme" in the text says more than the domain does
        return one_line(best) or None
    if agency and any(rx.search(body) for rx in vocab()["confidential_client_re"]):
        # "I can't share the client's name yet": whatever else the text names is not the employer
        return _agency_name(body, labels)
    if agency and best is not None and scores[best] < 2:
        # the client an agency names in the subject ("Acme feedback") is the employer, else the
        # first organisation it names in text ("feedback from Acme Insurance", "spoke with Jo at Acme")
        subject_words = {fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", subject) if len(w) >= 4}
        order = {c: i for i, c in enumerate(scores)}   # first seen first
        named = [c for c in scores if (contexts[c] or fold(c.split()[0]) in subject_words)
                 and not any(fold(c).startswith(label) or label.startswith(fold(c)) for label in labels)]
        if named:
            best = max(named, key=lambda c: (fold(c.split()[0]) in subject_words, scores[c],
                                              len(c.split()) > 1, -order[c]))
            return one_line(best) or None
    if best is None or scores[best] < 2:
        # an agency that keeps its client confidential: the agency is who the candidate deals with
        return _agency_name(body, labels) if agency else \
            _from_domain(labels_raw(msg, reply_to) + site_labels)
    # the fuller form the company uses for itself ("Acme" -> "Acme Insurance")
    longer = [c for c in scores if c.startswith(best + " ")
              and (contexts[c] >= 2 or fold(c) in labels)]
    if longer:
        best = max(longer, key=len)
    else:
        # a brand the domain spells ("Ostwind", "Copperline Coffee") stated in full elsewhere
        # ("Ostwind Logistik AG" in the signature, "at Copperline Coffee Roasters"); a name of
        # two or more words grows only where the text names the company ("at", "with", ...)
        longer = [c for c in scores if c.startswith(best + " ") and len(c.split()) <= 4 + (len(best.split()) > 1)
                  and (len(best.split()) == 1 or (contexts[c] >= 1 and not re.match(r"\s*(?:&|and)\s", c[len(best):])))
                  and not (c in team_only and scores[c] <= 1)
                  and not re.fullmatch(r"(?:&\s*)?(?:co\.?|company)", c[len(best):].strip(), re.I)]
        if longer:
            best = max(longer, key=lambda c: (scores[c], len(c)))
    # "Acme Outdoor Co." from acmeoutdoor.com: the domain spells the name without "Co."
    # (acmecoffee.co spells it with)
    m = re.fullmatch(r"(.+?)\s+(?:&\s*)?(?:co\.?|company)", best, re.IGNORECASE)
    senders = [domain_of(a.addr) for a in (msg.from_, *msg.reply_to) if a] + ([domain_of(reply_to)] if reply_to else [])
    if m and fold(m.group(1)) in labels and not any(d.endswith(".co") for d in senders):
        best = m.group(1)
    return one_line(best) or None


def _agency_name(body: str, labels: set[str]) -> str | None:
    """The agency's own name as its signature writes it ("Northgate Search"), else as its domain
    spells it."""
    for line in _signature(body).split("\n"):
        for piece in re.split(r"\s*[|,•·–—]\s*|\s+-\s+", line):
            name = strip_legal(piece.strip())
            if name and fold(name) in labels and _PHRASE.fullmatch(name):
                return one_line(name) or None
    return _from_domain(sorted(labels))


def signature_sites(body: str) -> list[str]:
    """Registrable labels of the websites and addresses in the signature ('www.coinrail.com')."""
    out = []
    for dom in re.findall(r"(?:https?://|www\.|@|\b)((?:[a-z0-9-]+\.)+[a-z]{2,12})\b", _signature(body).lower()):
        dom = dom.removeprefix("www.")
        parts = dom.split(".")
        if len(parts) < 2 or is_ats_domain(dom) or any(
                ".".join(parts[i:]) in vocab()["not_company_sites"] for i in range(len(parts) - 1)):
            continue
        labels = parts[:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        if labels and labels[-1] not in out and len(labels[-1]) >= 3:
            out.append(labels[-1])
    return out


_ATS_GENERIC_SUBDOMAINS = {"www", "mail", "email", "e", "em", "app", "apps", "jobs", "job", "hire",
                           "careers", "career", "boards", "board", "apply", "notifications", "notify",
                           "us", "eu", "uk", "de", "au", "ca", "na", "emea", "apac", "secure", "login",
                           "candidates", "candidate", "recruiting", "talent", "api", "link", "links",
                           "click", "track", "tracking", "url", "go", "t", "m", "u", "my", "portal",
                           "jobs-eu", "jobs-us", "cdn", "static", "images", "img", "assets", "help",
                           "support", "privacy", "legal", "status", "blog", "info", "news", "auth",
                           "unsubscribe", "connect", "preferences", "settings", "account", "o",
                           "j", "p", "r", "en", "fr", "es", "v1", "v2", "terms", "signup", "data"}


def ats_slugs(msg: Message) -> list[str]:
    """Company slugs in applicant-tracking links: fjallbo.teamtailor.com, jobs.lever.co/acme,
    boards.greenhouse.io/acme, apply.workable.com/acme (first seen first)."""
    text = " ".join([msg.header("list-unsubscribe"), msg.text_plain or "", msg.text_html or ""])[:200_000]
    out: list[str] = []
    for host, path in re.findall(r"https?://([a-z0-9.-]+)(/[^\s\"'<>]*)?", text, re.IGNORECASE):
        host = host.lower()
        if not is_ats_domain(host) or is_mail_provider(host):
            continue
        parts = host.split(".")
        i = next((i for i in range(len(parts) - 1) if ".".join(parts[i:]) in vocab()["ats_domains"]), 0)
        subs = [re.sub(r"^(?:careers?|jobs)-", "", p) for p in parts[:i]
                if p not in _ATS_GENERIC_SUBDOMAINS and not re.fullmatch(r"wd\d+|\d+|[a-z]{1,2}\d*", p)]
        slug = subs[-1] if subs else ""
        # a job board keeps the company in the path: jobs.lever.co/acme, boards.greenhouse.io/acme
        if not slug and path and parts[0] in {"jobs", "boards", "job-boards", "apply", "careers"}:
            first = path.strip("/").split("/")[0].lower()
            if re.fullmatch(r"[a-z][a-z0-9-]{2,40}", first) and first not in _ATS_GENERIC_SUBDOMAINS:
                slug = first
        if slug and slug not in out:
            out.append(slug)
    return out[:3]


def labels_raw(msg: Message, reply_to: str | None) -> list[str]:
    """The sender's own registrable domain labels as written ('mosswood-analytics')."""
    out = []
    for addr in ([reply_to] if reply_to else []) + [a.addr for a in (msg.from_, *msg.reply_to) if a]:
        dom = domain_of(addr)
        if not is_ats_domain(dom):
            labels = dom.split(".")[:-1]
            if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
                labels = labels[:-1]
            if labels:
                # a business word as top-level domain names the trade: northlight.coffee
                tld = dom.rsplit(".", 1)[-1]
                vanity = len(tld) > 3 and tld in vocab()["company_words"]
                out.append(labels[-1] + ("-" + tld if vanity else ""))
    return out


def _from_domain(labels: list[str]) -> str | None:
    """Last resort, a name from the domain: 'mosswood-analytics' -> 'Mosswood Analytics',
    'kettleworkshome' -> 'Kettleworks Home' (a common trailing business word is split off)."""
    if not labels:
        return None
    words = [w for w in re.split(r"[-_]", labels[0]) if w]
    if len(words) == 1:
        for tail in sorted(vocab()["company_words"], key=len, reverse=True):
            if words[0].endswith(tail) and len(words[0]) - len(tail) >= 3:
                words = [words[0][: -len(tail)], tail]
                break
    name = " ".join(w[:1].upper() + w[1:] for w in words if w.isalpha())
    return one_line(name) or None
