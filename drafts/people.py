"""Who to write to and whom to greet: follow-up address and the contact's first name.

The follow-up goes where a person reads it: Reply-To when it is a person or team inbox, else
From, unless it is a no-reply or ATS address; then an address the body names. The greeting
uses a name only when the message confirms it belongs to a person (the address is built from
it, or the body is signed with it), never a team signature and never the owner.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from classifiers.message import Address, Message

from .text import decode_words, fold, fold_loose, one_line
from .vocab import vocab

# Plain ASCII addresses only: anything stranger is not worth the header risk.
ADDR_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}")
_VALID_ADDR = re.compile(r"\A" + ADDR_RE.pattern + r"\Z")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
_FULL_NAME = re.compile(rf"\b{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}\b")


def registrable_label(domain: str) -> str:
    """'mail.acme-corp.co.uk' -> 'acmecorp' (the part a company picks)."""
    labels = domain.lower().split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return fold(labels[-1]) if labels else ""


_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc"}
# "at Acme Outdoor", "interest in Acme", "on behalf of Acme": what follows names an organisation
_ORG_CONTEXT = re.compile(
    r"(?:\bat|\bbei|\bchez|\bbij|\bpresso|\bbehalf of|\binterest in|\bconsidering|\bjoin(?:ing)?|"
    r"\bfrom all of us at|\bwork(?:ing)? (?:at|for))\s+((?:[A-ZÀ-ÖØ-Þ][\w'’&-]*)(?:(?: &| and| of| de)? "
    r"[A-ZÀ-ÖØ-Þ][\w'’&-]*)*)")


def sender_labels(msg: Message) -> set[str]:
    """Folded registrable labels of the sender's own domains, and an ATS sender's named local part."""
    out = set()
    for a in (msg.from_, *msg.reply_to):
        if not a:
            continue
        dom = domain_of(a.addr)
        if not is_ats_domain(dom):
            out.add(registrable_label(dom))
        elif not is_noreply(a.addr) and not is_mail_provider(dom):
            out.add(ats_local_label(a.addr))
    out.discard("")
    return out


def ats_local_label(addr: str) -> str:
    """The company an ATS sender's local part names, department words dropped:
    'careers-acmeridge@talent.icims.com' -> 'acmeridge', 'acme.jobs@...' -> 'acme'."""
    parts = [p for p in re.split(r"[-_.+]", addr.partition("@")[0].lower()) if p]
    kept = [p for p in parts if p not in vocab()["team_local"] and p not in vocab()["team_words"]]
    return fold("".join(kept or parts))


def organisations(msg: Message, body: str) -> set[str]:
    """Folded names the subject and text use for an organisation ("at Acme Outdoor")."""
    text = one_line(msg.subject, 300) + "\n" + body
    return {fold(m.group(1)) for m in _ORG_CONTEXT.finditer(text) if fold(m.group(1))}


def is_organisation(name: str, orgs: set[str], labels: set[str]) -> bool:
    """A signature or display name that names a company, not a person: 'Acme Housing Association',
    'Kestenholz AG', a name the text uses after "at", one the sender's domain spells."""
    words = [w.strip(".,").lower() for w in name.split()]
    if not words:
        return False
    f = fold(name)
    if f in orgs or words[-1] in vocab()["org_words"] or words[-1] in vocab()["company_words"]:
        return True
    if any(re.sub(r"[.]", "", w) in vocab()["legal_suffixes"] for w in words[1:]):
        return True
    return any(len(label) >= 4 and len(f) >= 4 and (f.startswith(label) or label.startswith(f)) and
               len(words) > 1 for label in labels) or (len(words) == 1 and f in labels)


@dataclass(frozen=True)
class Person:
    name: str       # as written, e.g. "Lucía Fernández Ortega"
    addr: str = ""


def valid_address(addr: str) -> bool:
    return bool(_VALID_ADDR.match(addr or ""))


def domain_of(addr: str) -> str:
    return addr.rpartition("@")[2].lower()


def is_ats_domain(domain: str) -> bool:
    """True for applicant-tracking systems and mail services (and their subdomains)."""
    parts = domain.lower().split(".")
    return any(".".join(parts[i:]) in vocab()["ats_domains"] for i in range(len(parts) - 1))


def is_mail_provider(domain: str) -> bool:
    """True for webmail services (gmail.com, ...): a person's own address, never a company."""
    return domain.lower() in vocab()["mail_providers"]


def is_automated_address(addr: str) -> bool:
    """No person reads it directly: a no-reply local part or an applicant-tracking system."""
    dom = domain_of(addr)
    return is_noreply(addr) or (is_ats_domain(dom) and not is_mail_provider(dom))


def is_noreply(addr: str) -> bool:
    local = addr.partition("@")[0].lower()
    return bool(vocab()["noreply_re"].match(local))


def is_team_inbox(addr: str) -> bool:
    local = addr.partition("@")[0].lower()
    return local in vocab()["team_local"] or re.sub(r"[-_.]", "", local) in vocab()["team_local"]


def says_unmonitored(text: str) -> bool:
    low = text.lower()
    return any(p in low for p in vocab()["unmonitored"])


def _usable(addr: str, owner: frozenset[str]) -> bool:
    return (valid_address(addr) and addr.lower() not in owner and not is_automated_address(addr))


def _other_purpose(addr: str) -> bool:
    """privacy@, dpo@, support@: an address named for data requests or help, not for a reply."""
    local = addr.partition("@")[0].lower()
    return local in vocab()["not_followup_local"] or re.sub(r"[-_.]", "", local) in vocab()["not_followup_local"]


def follow_up_address(msg: Message, body: str, full: str, owner: frozenset[str]) -> tuple[str | None, str]:
    """(address, where it came from: "reply-to" | "from" | "body" | "").

    `body` is the sender's new text; `full` the whole body (for "this mailbox is not monitored").
    """
    for a in msg.reply_to:
        if _usable(a.addr, owner):
            return a.addr.lower(), "reply-to"
    if msg.from_ and _usable(msg.from_.addr, owner) and not says_unmonitored(full):
        return msg.from_.addr.lower(), "from"
    for addr in ADDR_RE.findall(body):
        if _usable(addr, owner) and not _other_purpose(addr):
            return addr.lower(), "body"
    # an HTML link whose text is not the address ("email our recruiting team")
    for addr in re.findall(r"mailto:\s*([^\s\"'?>]+)", msg.text_html or "", re.IGNORECASE)[:20]:
        if _usable(addr, owner) and not _other_purpose(addr):
            return addr.lower(), "body"
    return None, ""


_NAME_SEP = re.compile(r"\s*(?:\||\(|\s[-–—]\s|\sat\s|\s@\s|\sfrom\s|\svia\s)\s*", re.IGNORECASE)


def split_display(name: str) -> tuple[str, str]:
    """'Jane Doe | Acme' / 'Jane Doe (Acme)' / 'Jane from Acme' -> ('Jane Doe', 'Acme')."""
    parts = _NAME_SEP.split(name, maxsplit=1)
    if len(parts) == 2 and looks_like_person(parts[0]) and parts[1].strip(" )"):
        return parts[0].strip(), parts[1].strip(" )")
    return name, ""


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
            m = re.fullmatch(r"([^\W\d_][\w'’-]*),\s*([^\W\d_][\w'’-]*)", name)
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


def _name_matches_local(name: str, local: str) -> bool:
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
    return False


def _norm_line(line: str) -> str:
    return re.sub(r"[^\w\s&'’]", "", line.lower()).strip()


_PRONOUNS = re.compile(r"\s*[(\[]\s*(?:she|he|they|ze|xe|elle|il|sie|er)\s*/\s*\w+(?:\s*/\s*\w+)?\s*[)\]]",
                       re.IGNORECASE)


def _is_title_line(line: str) -> bool:
    """'Design Recruiter, Sundial', 'Head of People | Corvallo': a job title line."""
    from .role import _has_head   # the job words live with the role rules
    first = re.split(r"\s*[|,•·]\s*|\s+(?:at|@)\s+", line)[0]
    return 0 < len(first.split()) <= 6 and _has_head(first.split())


def signed_names(body: str) -> list[str]:
    """Names the body is signed with: the line after a sign-off, '—Tess', a lone name line,
    a name line right above a job title line."""
    lines = [_PRONOUNS.sub("", l).strip() for l in body.split("\n")]
    sign_offs = vocab()["sign_offs"]
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        m = re.match(r"^(?:[-–—~]+\s*)([^\W\d_][\w'’ .-]{0,40})$", line)
        if m:
            out.append(m.group(1).strip())
            continue
        # "Best, Jane" / "Thanks - Jane" on one line
        m = re.match(r"^(.{2,30}?)\s*(?:,|!|\s[-–—])\s*([^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)?)\.?$", line)
        if m and _norm_line(m.group(1)) in sign_offs:
            out.append(m.group(2))
            continue
        if _norm_line(line) in sign_offs:
            nxt = next((l for l in lines[i + 1:i + 3] if l), "")
            # "Jordan", "Gwen Halvorsen", "Kenji Morrow | CEO", "Alex from the Acme team",
            # "Morgan at Acme", "Morgan - Acme People Team": keep the name part
            cand = re.split(r"\s*[|,•·]\s*|\s+(?:from|at|@|with|on behalf of|for)\s+|\s+[-–—]\s+",
                            nxt, flags=re.IGNORECASE)[0].strip()
            if cand:
                out.append(cand)
    # "Jess\nDesign Recruiter, Sundial": a name line above a title line
    filled = [l for l in lines if l]
    for line, nxt in zip(filled[-8:], filled[-7:]):
        if re.fullmatch(r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? )?[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’.-]+){0,2}", line) \
                and _is_title_line(nxt) and not _is_title_line(line):
            out.append(line)
    # very short messages are often signed with a bare name on the last line ("rachel")
    tail = [l for l in lines if l][-2:]
    for l in tail:
        if re.fullmatch(r"[^\W\d_][\w'’-]{1,20}(?: [^\W\d_][\w'’-]{1,20}){0,2}", l):
            out.append(l)
    sign_offs = vocab()["sign_offs"]
    from .role import _has_head
    return [n for n in out if looks_like_person(n) and _norm_line(n) not in sign_offs
            and not _has_head(n.split())]


_HONORIFICS = {"dr", "mr", "mrs", "ms", "mx", "prof", "herr", "frau", "m", "mme", "mlle", "sr",
               "sra", "srta", "dott", "dottssa", "sig", "sigra"}


def _first(name: str) -> str:
    """First name for a greeting: honorifics skipped, "" for an initial ("J. Smith")."""
    words = [w for w in name.split() if w.lower().strip(".") not in _HONORIFICS] or [""]
    word = words[0]
    if len(word.rstrip(".")) <= 1:
        return ""
    return word[:1].upper() + word[1:] if word.islower() else word


def _is_owner(name: str, owner_name: str) -> bool:
    n, o = fold(name), fold(owner_name)
    if not n or not o:
        return False
    owner_first = fold(owner_name.split()[0])
    return n == o or (len(name.split()) == 1 and fold(name) == owner_first)


def contact(msg: Message, body: str, reply_to: str | None, owner_name: str) -> Person | None:
    """The person to greet, or None for teams and unknowns."""
    headers = named_addresses(msg)
    signed = signed_names(body)
    signed_folded = {fold(n) for n in signed} | {fold(n.split()[0]) for n in signed}
    # the sender's full name standing on a line of its own (a signature the sign-off rules
    # missed) is signed too: "Lucía Martín" under any closing formula
    own_lines = {fold(_PRONOUNS.sub("", l)) for l in body.split("\n") if 0 < len(l.strip()) <= 60}
    signed_folded |= {fold(a.name) for a in headers if len(a.name.split()) >= 2 and fold(a.name) in own_lines}

    orgs, labels = organisations(msg, body), sender_labels(msg)

    def confirmed(name: str, addr: str) -> bool:
        if not looks_like_person(name) or _is_owner(name, owner_name):
            return False
        local = addr.partition("@")[0]
        if addr and not is_automated_address(addr) \
                and not is_team_inbox(addr) \
                and _name_matches_local(name, local):
            return True
        if is_organisation(name, orgs, labels):
            return False
        return fold(name) in signed_folded or fold(name.split()[0]) in signed_folded

    candidates: list[Person] = []
    # 1. the person the follow-up address belongs to, named in a header or in the body
    if reply_to:
        local = reply_to.partition("@")[0]
        for a in headers:
            if a.addr == reply_to and confirmed(a.name, a.addr):
                return Person(one_line(a.name), reply_to)
        if not is_team_inbox(reply_to):
            for a in headers:
                if _name_matches_local(a.name, local) and looks_like_person(a.name) \
                        and not _is_owner(a.name, owner_name):
                    return Person(one_line(a.name), reply_to)
            for m in _FULL_NAME.finditer(body):
                if _name_matches_local(m.group(0), local) and not _is_owner(m.group(0), owner_name):
                    return Person(one_line(m.group(0)), reply_to)
    # 2. the person who sent or signed it
    for a in headers:
        if confirmed(a.name, a.addr):
            candidates.append(Person(one_line(a.name), a.addr))
    for n in signed:
        if _is_owner(n, owner_name) or is_organisation(n, orgs, labels):
            continue
        # a bare first name matching a header person: use the header's spelling
        full = next((a.name for a in headers
                     if a.name.split() and fold(a.name.split()[0]) == fold(n.split()[0])
                     and looks_like_person(a.name) and not is_organisation(a.name, orgs, labels)), "")
        if full or all(w[:1].isupper() for w in n.split()):
            candidates.append(Person(one_line(full or n)))
    return candidates[0] if candidates else None


def first_name(person: Person | None) -> str | None:
    if person is None or not person.name:
        return None
    return one_line(_first(person.name), 40) or None
