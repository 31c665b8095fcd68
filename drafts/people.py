"""Whom to greet: the contact's name, confirmed, and the names of everyone the message names.

The greeting uses a name only when the message confirms it belongs to a person (the address is
built from it, or the body is signed with it), never a team signature and never the owner.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from classifiers.message import Address, Message

from .addresses import is_automated_address, is_team_inbox, sender_labels
from .lexicon import alternation, around, has_job_word, is_sign_off, vocab
from .orgnames import all_team_words
from .text import decode_words, fold, fold_loose, one_line

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
# a surname's particles stay in the run: "Femke de Bruijn", "Jan van der Berg"
_PARTICLES = r"(?:(?:de|van|der|den|da|di|del|della|von|du|dos|das|do|ter|ten|le|la|zu) )*"
_NAME_RUN = re.compile(rf"\b{_NAME_WORD}(?: {_PARTICLES}{_NAME_WORD})*\b")
# "at Acme Outdoor", "interest in Acme", "on behalf of Acme": what follows names an organisation
_ORG_CONTEXT = re.compile(
    r"(?:\bat|\bbei|\bchez|\bbij|\bpresso|\bbehalf of|\binterest in|\bconsidering|\bjoin(?:ing)?|"
    r"\bfrom all of us at|\bwork(?:ing)? (?:at|for))\s+((?:[A-ZÀ-ÖØ-Þ][\w'’&-]*)(?:(?: &| and| of| de)? "
    r"[A-ZÀ-ÖØ-Þ][\w'’&-]*)*)")
_VIA_SERVICE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’&-]*(?:(?: &| and| of| de)? [A-ZÀ-ÖØ-Þ][\w'’&-]*)*)\s+"
                          r"(?:via|through|über|par|por|tramite)\s+([\w-]+)")
_NAME_SEP = re.compile(r"\s*(?:\||\(|\s[-–—]\s|\sat\s|\s@\s|\sfrom\s|\svia\s)\s*", re.IGNORECASE)
_WORD = r"[^\W\d_][\w'’-]*"      # a word that starts with a letter
MAX_NAME_LINE = 60               # a line this long or longer is prose, not a name
NEAR_ADDRESS = 60                # a bare first name this close before an address may be its owner's
SIGNATURE_LINES = 8              # a signer names their team within the last lines that hold text


@dataclass(frozen=True)
class Person:
    name: str       # as written, e.g. "Lucía Fernández Ortega"
    addr: str = ""


def _pronouns() -> re.Pattern:
    """'(she/her)' after a name in a signature."""
    return around("pronouns", r"\s*[(\[]\s*(?:{words})\s*/\s*\w+(?:\s*/\s*\w+)?\s*[)\]]")


def _delegation() -> re.Pattern:
    """'i. A. ', 'P/O ', 'Pour le Directeur et par délégation,' opening a signature line."""
    return around("delegation", r"^(?:{words})(?=[\s,:]|$)[\s,:]*")


@lru_cache(maxsize=1)
def _team_signer() -> re.Pattern:
    """'Amandine, pour l'équipe des Jardins de Gaïa': the name before the team it signs for."""
    return re.compile(rf"^({_WORD}(?: {_WORD})?)(?:{alternation('team_signer')})", re.IGNORECASE)


def organisations(msg: Message, body: str) -> set[str]:
    """Folded names the subject and text use for an organisation ("at Acme Outdoor")."""
    text = one_line(msg.subject, 300) + "\n" + body
    orgs = {fold(m.group(1)) for m in _ORG_CONTEXT.finditer(text) if fold(m.group(1))}
    # "Sent by Tussock Creative via Workable": who sends through a tracking service is a firm
    orgs |= {fold(m.group(1)) for m in _VIA_SERVICE.finditer(text) if fold(m.group(2)) in vocab()["ats_brands"]}
    return orgs - {""}


def is_organisation(name: str, orgs: set[str], labels: set[str]) -> bool:
    """A signature or display name that names a company, not a person: 'Acme Housing Association',
    'Kestenholz AG', a name the text uses after "at", one the sender's domain spells."""
    words = [w.strip(".,").lower() for w in name.split()]
    if not words:
        return False
    f = fold(name)
    if f in orgs or words[-1] in vocab()["org_words"] or words[-1] in vocab()["company_words"]:
        return True
    # "Stiftung Lesewelt", "Mutuelle Azur"; "Clara-Hofmann-Stiftung"
    if (len(words) > 1 and words[0] in vocab()["org_words_first"]) or \
            words[-1].rpartition("-")[2] in vocab()["org_words"]:
        return True
    if any(re.sub(r"[.]", "", w) in vocab()["legal_suffixes"] for w in words[1:]):
        return True
    return any(len(label) >= 4 and len(f) >= 4 and (f.startswith(label) or label.startswith(f)) and
               len(words) > 1 for label in labels) or (len(words) == 1 and f in labels)


def split_display(name: str) -> tuple[str, str]:
    """'Jane Doe | Acme' / 'Jane Doe (Acme)' / 'Jane from Acme' -> ('Jane Doe', 'Acme')."""
    parts = _NAME_SEP.split(name, maxsplit=1)
    if len(parts) == 2 and looks_like_person(parts[0]) and parts[1].strip(" )"):
        return parts[0].strip(), parts[1].strip(" )")
    return name, ""


def person_at_company(name: str) -> tuple[str, str]:
    """'Rafael at Kitebase' -> ('Rafael', 'Kitebase'): a person named beside a company in a
    display name; ('', '') for 'Groupe Marceval - Recrutement' (a firm and its department)."""
    person, company = split_display(name)
    words = person.split()
    # "Rafael at Kitebase", "Jo from Acme", "Jo | Acme": not a dash ("État de Fribourg – SPO")
    if not company or not re.search(r"\s(?:at|from|@)\s|\||\(", name[len(person): len(name) - len(company)] + " ") \
            or all_team_words(company) or not words or not all(w[:1].isupper() for w in words) \
            or words[0].lower() in vocab()["org_words_first"] \
            or words[-1].lower() in vocab()["org_words"] | vocab()["company_words"]:
        return "", ""
    return person, company


def display_people(msg: Message) -> dict[str, str]:
    """Sender address -> the person its display name names beside a company ("Rafael at Kitebase")."""
    out = {}
    for a in (msg.from_, *msg.reply_to):
        if a and a.name:
            person = person_at_company(one_line(decode_words(a.name)))[0]
            if person:
                out[a.addr] = person
    return out


def named_addresses(msg: Message) -> list[Address]:
    """Reply-To and From addresses that carry a display name, encoded words decoded,
    a company after the name cut off ('Jane Doe | Acme' -> 'Jane Doe')."""
    out = []
    for a in (*msg.reply_to, msg.from_):
        name = one_line(decode_words(a.name)) if a and a.name else ""
        if name and not is_automated_address(a.addr):
            name = split_display(name)[0]
        if name:
            # "Kim, Alex" (Outlook's Last, First) -> "Alex Kim"
            m = re.fullmatch(rf"({_WORD}),\s*({_WORD})", name)
            out.append(Address(f"{m.group(2)} {m.group(1)}" if m else name, a.addr))
    return out


def looks_like_person(name: str) -> bool:
    """2-4 capitalised words (or one), none of them a team or company word."""
    words = re.sub(r"[\"'“”(),]", " ", name).split()
    if not 1 <= len(words) <= 4:
        return False
    team = vocab()["team_words"]
    # a form or column label ("Job Requisition", "Status", "Date Applied"), even glued to the
    # next column's label as a flattened HTML table header reads ("Job RequisitionStatus")
    lead = re.split(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])", words[0])[0].lower().strip(".:")
    if len(lead) >= 3 and lead in vocab()["field_labels"]:
        return False
    for w in words:
        if w.lower().strip(".") in team or not re.match(r"[^\W\d_]", w) or any(c.isdigit() for c in w):
            return False
    return True


def name_matches_local(name: str, local: str) -> bool:
    """Is `local` (an address's local part) built from this name? e.g. gwen/ghalvorsen/f.gallagher."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if not words:
        return False
    local = local.lower()
    bare = re.sub(r"[^a-z]", "", local)
    for f in (fold, fold_loose):
        first, last = f(words[0]), f(words[-1]) if len(words) > 1 else ""
        if not first:
            continue
        if bare == first or (len(first) >= 3 and local.split(".")[0].split("_")[0] == first):
            return True
        if last and bare in {first + last, first[0] + last, last + first, last + first[0],
                             first + last[0], last}:
            return True
        if last and len(words) > 2 and bare in {first + f(words[1]), first[0] + f(words[1])}:
            return True
        # a surname with its particles: "Femke de Bruijn" -> f.debruijn, femke.debruijn
        whole = f("".join(words[1:])) if len(words) > 2 else ""
        if whole and bare in {first + whole, first[0] + whole}:
            return True
    return False


def _is_title_line(line: str) -> bool:
    """'Design Recruiter, Sundial', 'Head of People | Corvallo': a job title line."""
    first = re.split(r"\s*[|,•·]\s*|\s+(?:at|@)\s+", line)[0]
    return 0 < len(first.split()) <= 6 and has_job_word(first.split())


def _after_sign_off(lines: list[str], openers: set[int]) -> list[str]:
    """The name after a sign-off: '—Tess', 'Best, Jane' on one line, or the line after 'Best,'
    or after a line that only says the signer signs for someone ('i. A.', 'par délégation')."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line and i not in openers:
            continue
        m = re.match(r"^(?:[-–—~]+\s*)([^\W\d_][\w'’ .-]{0,40})$", line)
        if m:
            out.append(m.group(1).strip())
            continue
        # "Best, Jane" / "Thanks - Jane" on one line
        m = re.match(r"^(.{2,30}?)\s*(?:,|!|\s[-–—])\s*([^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)?)\.?$", line)
        if m and is_sign_off(m.group(1)):
            out.append(m.group(2))
            continue
        # "Kind regards, Priya Nandakumar Head of People, Acme": a flattened signature on one line
        m = re.match(r"^(.{2,30}?)\s*,\s*([A-ZÀ-ÖØ-Þ][\w'’-]+ [A-ZÀ-ÖØ-Þ][\w'’-]+)\s+(\S.*)$", line)
        if m and is_sign_off(m.group(1)) and has_job_word(re.split(r"[\s,]+", m.group(3))):
            out.append(m.group(2))
            continue
        if i in openers or is_sign_off(line):
            nxt = next((l for l in lines[i + 1:i + 3] if l), "")
            # "Jordan", "Gwen Halvorsen", "Kenji Morrow | CEO", "Alex from the Acme team",
            # "Morgan at Acme", "Morgan - Acme People Team": keep the name part
            cand = re.split(r"\s*[|,•·]\s*|\s+(?:from|at|@|with|on behalf of|for)\s+|\s+[-–—]\s+",
                            nxt, flags=re.IGNORECASE)[0].strip()
            if cand:
                out.append(cand)
    return out


@lru_cache(maxsize=1)
def _name_line() -> re.Pattern:
    """A line that is a name, maybe after an honorific (built once)."""
    honorific = "|".join(sorted((h.title() for h in vocab()["honorifics"] if len(h) > 1), key=len, reverse=True))
    return re.compile(rf"(?:(?:{honorific})\.? )?{_WORD}(?: [^\W\d_][\w'’.-]+){{0,2}}")


def _above_title(lines: list[str]) -> list[str]:
    """'Jess' above 'Design Recruiter, Sundial': a name line right above a title line."""
    last = [l for l in lines if l][-8:]
    return [line for line, nxt in zip(last, last[1:])
            if _name_line().fullmatch(line)
            and _is_title_line(nxt) and not _is_title_line(line)]


def _signature_lines(body: str) -> tuple[list[str], set[int]]:
    """The body's lines with pronouns and delegation markers ('i. A. ', 'P/O ') cut, and the
    indices of lines that held only a marker (the signer's name follows them)."""
    lines, openers = [], set()
    for i, line in enumerate(body.split("\n")):
        line = _pronouns().sub("", line).strip()
        cut = _delegation().sub("", line, count=1).strip()
        if line and not cut:
            openers.add(i)
        lines.append(cut)
    return lines, openers


# "... wish you all the best. - Georgia, Acme Group"": a message a job board relays in quotes,
# signed at its end with a dash, the name and the firm
_RELAYED_SIGNER = re.compile(r"[.!?]\s+[-–—]\s*([A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?)"
                             r"(?:\s*,\s*([^\n\"”»]{2,60}?))?\s*[\"”»]")


def relayed_signers(body: str) -> list[tuple[str, str]]:
    """(name, firm) of a relayed message's inline signature: '... best. - Georgia, Acme Group"'."""
    return [(m.group(1), (m.group(2) or "").strip()) for m in _RELAYED_SIGNER.finditer(" ".join(body.split()))]


def signed_names(body: str) -> list[str]:
    """Names the body is signed with: the line after a sign-off, '—Tess', a lone name line,
    a name line right above a job title line, a name signing for its team."""
    lines, openers = _signature_lines(body)
    out = _after_sign_off(lines, openers) + _above_title(lines)
    out += [m.group(1) for m in map(_team_signer().match, [l for l in lines if l][-SIGNATURE_LINES:]) if m]
    out += [name for name, _ in relayed_signers(body)]
    # very short messages are often signed with a bare name on the last line ("rachel")
    out += [l for l in [l for l in lines if l][-2:]
            if re.fullmatch(r"[^\W\d_][\w'’-]{1,20}(?: [^\W\d_][\w'’-]{1,20}){0,2}", l)]
    return [n for n in out if looks_like_person(n) and not is_sign_off(n)
            and not has_job_word(n.split())]


def without_honorifics(name: str) -> str:
    """'Ms. Priya Raman' -> 'Priya Raman', 'Dipl.-Ing. Jo Hainzl' -> 'Jo Hainzl'."""
    return " ".join(w for w in name.split() if not _is_honorific(w))


def _is_honorific(word: str) -> bool:
    """"Dr.", "Dipl.-Ing.", Austria's feminine "Mag.a" / "Dr.in", a capitals-only "DI"."""
    parts = [p for p in re.split(r"[.-]+", word.lower()) if p]
    if word.strip(".").isupper() and word.strip(".").lower() in vocab()["honorific_capitals"]:
        return True
    return bool(parts) and (word.lower().strip(".") in vocab()["honorifics"]
                            or ("." in word and parts[0] in vocab()["honorifics"]
                                and all(p in vocab()["honorifics"] or (i and p in vocab()["honorific_endings"])
                                        for i, p in enumerate(parts))))


def _first(name: str) -> str:
    """First name for a greeting: honorifics skipped, "" for an initial ("J. Smith")."""
    word = (without_honorifics(name).split() or [""])[0]
    if len(word.rstrip(".")) <= 1:
        return ""
    return word[:1].upper() + word[1:] if word.islower() else word


def _is_owner(name: str, owner_name: str) -> bool:
    n, o = fold(name), fold(owner_name)
    if not n or not o:
        return False
    return n == o or (len(name.split()) == 1 and n == fold(owner_name.split()[0]))


@dataclass(frozen=True)
class _Evidence:
    """What a message says about the people in it, for confirming a name is a person's."""
    headers: list[Address]
    signed: list[str]
    signed_folded: set[str]
    orgs: set[str]
    labels: set[str]
    owner_name: str

    def confirmed(self, name: str, addr: str) -> bool:
        """A person's name: the address is built from it, or the body is signed with it."""
        if not looks_like_person(name) or _is_owner(name, self.owner_name):
            return False
        if addr and not is_automated_address(addr) and not is_team_inbox(addr) \
                and name_matches_local(name, addr.partition("@")[0]):
            return True
        if is_organisation(name, self.orgs, self.labels):
            return False
        return fold(name) in self.signed_folded or fold(name.split()[0]) in self.signed_folded


def _evidence(msg: Message, body: str, owner_name: str) -> _Evidence:
    headers = named_addresses(msg)
    signed = signed_names(body)
    signed_folded = {fold(n) for n in signed} | {fold(n.split()[0]) for n in signed}
    # the sender's full name standing on a line of its own (a signature the sign-off rules
    # missed) is signed too: "Lucía Martín" under any closing formula
    own_lines = {fold(_pronouns().sub("", l)) for l in body.split("\n") if 0 < len(l.strip()) <= MAX_NAME_LINE}
    signed_folded |= {fold(a.name) for a in headers if len(a.name.split()) >= 2 and fold(a.name) in own_lines}
    labels = sender_labels(msg, display_people(msg))
    orgs = organisations(msg, body)
    # "Seeland Uhrenmanufaktur AG" signing: the name without its legal form is the firm's too
    orgs |= {fold(" ".join(n.split()[:-1])) for n in signed if len(n.split()) > 1
             and n.split()[-1].strip(".,").lower().replace(".", "") in vocab()["legal_suffixes"]}
    return _Evidence(headers, signed, signed_folded, orgs, labels, owner_name)


def _owner_of(reply_to: str, body: str, ev: _Evidence) -> Person | None:
    """The person the follow-up address belongs to, named in a header or in the body."""
    local = reply_to.partition("@")[0]
    for a in ev.headers:
        if a.addr == reply_to and ev.confirmed(a.name, a.addr):
            return Person(one_line(a.name), reply_to)
    if is_team_inbox(reply_to):
        return None
    for a in ev.headers:
        if name_matches_local(a.name, local) and looks_like_person(a.name) \
                and not _is_owner(a.name, ev.owner_name):
            return Person(one_line(a.name), reply_to)
    name = _named_in_body(body, reply_to, ev.owner_name)
    return Person(one_line(name), reply_to) if name else None


def _named_in_body(body: str, reply_to: str, owner_name: str) -> str | None:
    """A name in the body the address is built from, honorifics skipped ('Ihre Ansprechpartnerin:
    Frau Ulrike Sommer', 'Mme Aurélie Petit (aurelie.petit@...)'), or a bare first name right
    before the address ('écris à Inès : ines.moreau@...')."""
    local = reply_to.partition("@")[0]
    bare = re.sub(r"[^a-z]", "", local.lower())
    greeting = re.compile(rf"(?:{alternation('greetings')})", re.IGNORECASE)
    at = body.lower().find(reply_to.lower())
    near = range(max(0, at - NEAR_ADDRESS), at) if at >= 0 else range(0)
    seen: dict[str, bool] = {}
    for m in _NAME_RUN.finditer(body):
        words = without_honorifics(m.group(0)).split()
        # only a window holding a word the address spells can be built into it (cheap on long runs)
        spelled = [seen[w] if w in seen else seen.setdefault(w, any(
            f(w) and f(w) in bare for f in (fold, fold_loose))) for w in words]
        for size in (4, 3, 2, 1) if m.start() in near else (4, 3, 2):
            for i in range(len(words) - size + 1):
                name = " ".join(words[i:i + size])
                if not (words[i][:1].isupper() and words[i + size - 1][:1].isupper()):
                    continue   # a window starting or ending on a particle ("Talents de")
                if any(spelled[i:i + size]) and not greeting.fullmatch(words[i]) \
                        and name_matches_local(name, local) and looks_like_person(name) \
                        and not _is_owner(name, owner_name):
                    return name
    return None


def _sender_or_signer(ev: _Evidence) -> Person | None:
    """The person who sent or signed the message."""
    for a in ev.headers:
        if ev.confirmed(a.name, a.addr):
            return Person(one_line(a.name), a.addr)
    for n in ev.signed:
        # "Université", "Personalmanagement", "SmartRecruiters": a unit or a vendor signing is no person
        if _is_owner(n, ev.owner_name) or is_organisation(n, ev.orgs, ev.labels) or _names_a_unit(n.split()[0]) \
                or fold(n.split()[0]) in vocab()["ats_brands"]:
            continue
        # a bare first name matching a header person: use the header's spelling
        full = next((a.name for a in ev.headers
                     if a.name.split() and fold(a.name.split()[0]) == fold(n.split()[0])
                     and looks_like_person(a.name) and not is_organisation(a.name, ev.orgs, ev.labels)), "")
        if full or all(w[:1].isupper() for w in n.split()):
            return Person(one_line(full or n))
    return None


def _signed(name: str, ev: _Evidence) -> bool:
    return fold(name) in ev.signed_folded or fold(name.split()[0]) in ev.signed_folded


def _writer(msg: Message, ev: _Evidence) -> Person | None:
    """The From person when they signed the text themselves (full name, or first name and an
    address built from their name)."""
    a = msg.from_
    name = split_display(one_line(decode_words(a.name)))[0] if a and a.name else ""
    if not name or is_automated_address(a.addr) or not ev.confirmed(name, a.addr) or not _signed(name, ev):
        return None
    return Person(name, a.addr)


def signer(msg: Message, body: str, owner_name: str) -> Person | None:
    """The person who signed a mail that has no follow-up address ("Kind regards, Priya
    Nandakumar" under a no-reply ATS notice): no draft goes out, but the person who gave the news
    is known. A name the automated sender's display name starts with is the company's, not a
    signer's ("Banco Cordillera" signing for noreply@...)."""
    ev = _evidence(msg, body, owner_name)
    # ("Rafael at Kitebase" names a person, who may sign)
    senders = {fold(w) for a in (msg.from_, *msg.reply_to) if a and a.name
               and not person_at_company(one_line(decode_words(a.name)))[1]
               for w in one_line(decode_words(a.name)).split()[:1]}
    lines, openers = _signature_lines(body)
    # a name under a sign-off or above a title, not a bare last line ("Datenschutz", a footer link)
    team = [m.group(1) for m in map(_team_signer().match, [l for l in lines if l][-SIGNATURE_LINES:]) if m]
    relayed = [name for name, _ in relayed_signers(body)]
    signed = [n for n in _after_sign_off(lines, openers) + _above_title(lines) + team + relayed if n in ev.signed]
    not_names = vocab()["team_words"] | vocab()["ats_brands"] | vocab()["collective_signers"]
    for n in signed:
        words = n.split()
        parts = {fold(p) for w in words for p in w.split("-")} | {w.lower() for w in words}
        if _is_owner(n, ev.owner_name) or is_organisation(n, ev.orgs, ev.labels) or fold(words[0]) in senders \
                or not all(w[:1].isupper() for w in words) or fold(words[0]) in ev.labels or parts & not_names:
            continue
        return Person(one_line(n))
    return None


def contact(msg: Message, body: str, reply_to: str | None, owner_name: str) -> Person | None:
    """The person to greet, or None for teams and unknowns. A draft to a team mailbox
    ("The Talent Team") greets a person only when that person signed the message."""
    ev = _evidence(msg, body, owner_name)
    person = (_owner_of(reply_to, body, ev) if reply_to else None) or _sender_or_signer(ev)
    writer = _writer(msg, ev)
    if person and writer and fold(writer.name) != fold(person.name) and not _signed(person.name, ev):
        # replies go to an assistant ("Antworten gehen an Frau Kessler"), the news came from the
        # person who wrote and signed it: the draft answers them
        return writer
    if person and reply_to and is_team_inbox(reply_to) and not (
            fold(person.name) in ev.signed_folded or fold(person.name.split()[0]) in ev.signed_folded):
        return None
    return person


def first_name(person: Person | None) -> str | None:
    """The first name; a two-word given name when the address joins both words before the family
    name ("Wei Ling Tan", weiling.tan@; "Anna Maria Rossi", annamaria.rossi@)."""
    if person is None or not person.name:
        return None
    words = without_honorifics(person.name).split()
    parts = re.split(r"[._-]", person.addr.partition("@")[0].lower()) if person.addr else [""]
    local = parts[0]
    if len(words) >= 3 and words[1][:1].isupper() and local in {f(words[0] + words[1]) for f in (fold, fold_loose)}:
        return one_line(f"{_first(words[0])} {words[1]}", 40)
    # "Tan Wei Ling", weiling.tan@: the family name first, as the address shows by putting it last
    if len(words) >= 2 and len(parts) >= 2 and fold(words[0]) == parts[-1] and local != parts[-1]:
        given = [w for w in words[1:] if w[:1].isupper()]
        if given and local in {f("".join(given)) for f in (fold, fold_loose)} | {fold(given[0])}:
            return one_line(" ".join(given) if local != fold(given[0]) else given[0], 40)
    first = one_line(_first(person.name), 40)
    return None if not first or _names_a_unit(first) else first


def _names_a_unit(word: str) -> bool:
    """'Université', 'Personalmanagement', 'Recruitingteam': a unit or an organisation signing,
    alone or as a German compound opening with a team word, is no one's first name."""
    low = fold(word)
    units, heads = _unit_words()
    return low in units or any(low.startswith(t) and len(low) - len(t) >= 4 for t in heads)


@lru_cache(maxsize=1)
def _unit_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Folded words that name a unit, and the team words long enough to open a compound."""
    v = vocab()
    units = v["team_words"] | v["collective_signers"] | v["org_words_first"] | v["office_words"]
    return frozenset(map(fold, units)), tuple(fold(t) for t in v["team_words"] if len(t) >= 6)


def _greeted(body: str) -> list[str]:
    """Whoever the text greets is the recipient (the owner, even when no identity is configured):
    'Hi Sam', 'Dear Sam Taylor', and a first line 'Sam,' / 'sam -'."""
    greeted = re.findall(rf"(?im)^\s*(?:{alternation('greetings')})[,\s]+({_WORD}(?: {_WORD})?)", body)
    first_line = next((l for l in body.split("\n") if l.strip()), "")
    return greeted + re.findall(rf"^\s*({_WORD})\s*(?:[,:!]|\s[-–—])", first_line)[:1]


def people_names(msg: Message, body: str, person: Person | None, owner_name: str) -> set[str]:
    """Folded names (and first names) of the people in a message: the contact, the owner, a
    header name sharing the contact's first name, whoever is greeted; never a company."""
    names = [n for n in (person.name if person else "", owner_name) if n]
    names += [a.name for a in named_addresses(msg) if fold(a.name) and
              person and fold(a.name.split()[0]) == fold(person.name.split()[0])]
    names += _greeted(body)
    names += [without_honorifics(n) for n in names]
    names = [n for n in names if n.strip()]
    return {fold(n) for n in names if fold(n)} | {fold(n.split()[0]) for n in names if fold(n)}
