"""Addresses and domains: which address a follow-up goes to, and what a sender's domain says.

The follow-up goes where a person reads it: Reply-To when it is a person or team inbox, else
From, unless it is a no-reply or ATS address; then an address the body names. A domain's
registrable label ("acme-corp" in mail.acme-corp.co.uk) is the company's own spelling of its
name, unless the domain is an applicant-tracking system or a mail service.
"""
from __future__ import annotations

import functools
import re

from classifiers.message import Message

from .forwarded import forwarded
from .lexicon import signature_block, vocab
from .text import fold

# Plain ASCII addresses only: anything stranger is not worth the header risk.
ADDR_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,24}")
_VALID_ADDR = re.compile(r"\A" + ADDR_RE.pattern + r"\Z")
MAX_MAILTO_LINKS = 20
MAX_ATS_SLUGS = 3
MAX_LINK_TEXT = 200_000
MAX_COPIED = 10          # a Cc line longer than this is a mailing, not colleagues


def valid_address(addr: str) -> bool:
    return bool(_VALID_ADDR.match(addr or ""))


def domain_of(addr: str) -> str:
    return addr.rpartition("@")[2].lower()


def local_part(addr: str) -> str:
    return addr.partition("@")[0].lower()


def domain_labels(domain: str) -> list[str]:
    """The labels a company picks: 'mail.acme-corp.co.uk' -> ['mail', 'acme-corp']."""
    labels = domain.lower().split(".")[:-1]
    if len(labels) > 1 and labels[-1] in vocab()["second_level_labels"]:
        labels = labels[:-1]
    return labels


def registrable_label(domain: str) -> str:
    """'mail.acme-corp.co.uk' -> 'acmecorp' (the part a company picks)."""
    labels = domain_labels(domain)
    return fold(labels[-1]) if labels else ""


def is_ats_domain(domain: str) -> bool:
    """True for applicant-tracking systems and mail services (and their subdomains)."""
    parts = domain.lower().split(".")
    return any(_is_ats_host(".".join(parts[i:])) for i in range(len(parts) - 1))


def _is_ats_host(host: str) -> bool:
    return host in vocab()["ats_domains"] or host in vocab()["mail_providers"] or _is_vendor_domain(host)


def _is_vendor_domain(host: str) -> bool:
    """A registrable domain whose label is a tracking vendor's or job board's brand, alone or with
    a mail word ("talentsoft-mail", "rexx-recruitment", "mail-stepstone"): the vendor under any
    top-level domain. "monster-energy" or "reedsmith" are other firms."""
    labels = domain_labels(host)
    return len(labels) == 1 and is_vendor_label(labels[0])


@functools.lru_cache(maxsize=4096)
def is_vendor_label(label: str) -> bool:
    """A domain label that is a tracking vendor's brand, alone or with a mail word (see above).
    Remembered per label: every address a message holds asks, and the answer tries each brand."""
    brands, words = vocab()["ats_brands"], vocab()["vendor_mail_words"]
    label = label.lower()
    if fold(label) in brands or label in brands:   # "b-ite": a brand spelt with its hyphen
        return True
    parts = [p for p in re.split(r"[-_.]", label) if p]
    if len(parts) > 1:   # "talentsoft-mail", "mail-rexx", "talent-soft-mail"
        for i in range(1, len(parts)):
            head, tail = "".join(parts[:i]), parts[i:]
            if head in brands and all(p in words for p in tail):
                return True
            head, tail = "".join(parts[-i:]), parts[:-i]
            if head in brands and all(p in words for p in tail):
                return True
        return False
    # "rexxrecruitment", "talentsoftmail": the brand and a mail word written together
    return any(label.startswith(b) and label[len(b):] in words for b in brands if len(b) >= 4) or \
        any(label.endswith(b) and label[: -len(b)] in words for b in brands if len(b) >= 4)


def ats_suffix_index(parts: list[str]) -> int:
    """Where the ATS's own domain starts among a host's labels (0 when it is not one)."""
    return next((i for i in range(len(parts) - 1) if _is_ats_host(".".join(parts[i:]))), 0)


def is_mail_provider(domain: str) -> bool:
    """True for webmail services (gmail.com, ...): a person's own address, never a company."""
    return domain.lower() in vocab()["mail_providers"]


def is_noreply(addr: str) -> bool:
    return bool(vocab()["noreply_local"].match(local_part(addr)))


def is_automated_address(addr: str) -> bool:
    """No person reads it directly: a no-reply local part or an applicant-tracking system."""
    dom = domain_of(addr)
    return is_noreply(addr) or (is_ats_domain(dom) and not is_mail_provider(dom))


def _local_in(addr: str, name: str) -> bool:
    local = local_part(addr)
    return local in vocab()[name] or re.sub(r"[-_.]", "", local) in vocab()[name]


def is_team_inbox(addr: str) -> bool:
    return _local_in(addr, "team_local")


def is_other_purpose(addr: str) -> bool:
    """privacy@, dpo@, support@: an address named for data requests or help, not for a reply;
    also with its department after the purpose ("accessibility.careers@", "privacy-hr@")."""
    return _local_in(addr, "not_followup_local") or \
        re.split(r"[-_.+]", local_part(addr))[0] in vocab()["not_followup_local"]


def says_unmonitored(text: str) -> bool:
    """The text says its sender's mailbox is not read ("do not reply", "merci de ne pas y répondre")."""
    low = text.lower()
    return any(p in low for p in vocab()["unmonitored"]) or bool(vocab()["unmonitored_forms"].search(low))


def ats_local_label(addr: str) -> str:
    """The company an ATS sender's local part names, department words dropped:
    'careers-acmeridge@talent.icims.com' -> 'acmeridge', 'acme.jobs@...' -> 'acme'."""
    parts = [p for p in re.split(r"[-_.+]", local_part(addr)) if p]
    kept = [p for p in parts if p not in vocab()["team_local"] and p not in vocab()["team_words"]]
    return fold("".join(kept or parts))


def sender_addresses(msg: Message, reply_to: str | None = None) -> list[str]:
    """From and Reply-To addresses (and the chosen follow-up address), in that order."""
    return [a.addr for a in (msg.from_, *msg.reply_to) if a] + ([reply_to] if reply_to else [])


def own_label(addr: str, person: str = "") -> str:
    """The folded label a sender's address spells its organisation with: the domain's
    registrable label, or an ATS sender's named local part ("" for webmail and no-reply, and for
    a local part that is the display name's person: "Rafael at Kitebase" <rafael@mail.dover.com>)."""
    dom = domain_of(addr)
    if not is_ats_domain(dom):
        return registrable_label(dom)
    if is_mail_provider(dom):
        return ""
    label = "" if is_noreply(addr) else ats_local_label(addr)
    words = {fold(w) for w in person.split()}
    if label in words | {"".join(sorted(words, key=person.lower().find))}:
        label = ""
    if not label or label in vocab()["team_local"] | vocab()["team_words"]:
        # jobs@alpenfirn.rexx-recruitment.com: the company's slug under the vendor's domain
        label = fold(_ats_slug(dom, "")) or label
    return label


def sender_labels(msg: Message, people: dict[str, str] | None = None) -> set[str]:
    """Folded labels of the sender's own domains (see own_label); `people`: sender address ->
    the person its display name names beside a company (people.display_people)."""
    people = people or {}
    return {own_label(addr, people.get(addr, "")) for addr in sender_addresses(msg)} - {""}


def _usable(addr: str, owner: frozenset[str]) -> bool:
    return valid_address(addr) and addr.lower() not in owner and not is_automated_address(addr)


def follow_up_address(msg: Message, body: str, full: str, owner: frozenset[str]) -> tuple[str | None, str]:
    """(address, where it came from: "reply-to" | "from" | "body" | "").

    `body` is the sender's new text; `full` the whole body (for "this mailbox is not monitored").
    """
    for a in msg.reply_to:
        if _usable(a.addr, owner):
            return a.addr.lower(), "reply-to"
    if msg.from_ and _usable(msg.from_.addr, owner) and not says_unmonitored(_own_text(msg, full)):
        return msg.from_.addr.lower(), "from"
    # in the text, then an HTML link whose text is not the address ("email our recruiting team")
    links = re.findall(r"mailto:\s*([^\s\"'?>]+)", msg.text_html or "", re.IGNORECASE)[:MAX_MAILTO_LINKS]
    for addr in [*ADDR_RE.findall(body), *links]:
        if _usable(addr, owner) and not is_other_purpose(addr) and not _for_data_requests(addr, body):
            return addr.lower(), "body"
    return None, ""


def _own_text(msg: Message, full: str) -> str:
    """The text the From sender answers for: a message forwarded from another sender ("Powered by
    Greenhouse. Please do not reply" under a recruiter's own re-sent note) speaks for that sender."""
    fwd = forwarded(full)
    if fwd and msg.from_ and fwd.sender.addr != msg.from_.addr.lower():
        return full[: fwd.start]
    return full


def _for_data_requests(addr: str, body: str) -> bool:
    """Is the address named in a sentence about personal data ("to exercise your rights under the
    GDPR, write to ...")? It takes data requests, whatever its local part says."""
    at = body.find(addr)
    if at < 0:
        return False
    start = max(body.rfind(".", 0, at - 1), body.rfind("\n\n", 0, at), at - 240) + 1
    sentence = body[start: at].lower()
    return bool(_privacy_cue().search(sentence))


@functools.lru_cache(maxsize=1)
def _privacy_cue() -> re.Pattern:
    """Any privacy cue as a whole word: one regex built once (a regex per cue went through
    `re`'s cache, 24 compiles again whenever other patterns had pushed them out)."""
    cues = sorted(vocab()["privacy_cues"], key=lambda c: (-len(c), c))
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in cues)})(?!\w)")


def copied(msg: Message, owner: frozenset[str], reply_to: str | None) -> tuple[str, ...]:
    """People copied on the rejection (Cc), to copy on the draft: never the owner, the draft's
    own To, an automated address or one twice."""
    out: list[str] = []
    for a in msg.cc[:MAX_COPIED]:
        addr = a.addr.lower()
        if _usable(addr, owner) and addr != reply_to and addr not in out:
            out.append(addr)
    return tuple(out)


def company_labels(msg: Message, reply_to: str | None, people: dict[str, str] | None = None) -> set[str]:
    """Folded labels the sender's own domains spell the company with: the registrable label, with
    a vanity top-level domain as part of the name (ironbark.software), or an ATS sender's
    company-named local part."""
    labels, people = set(), people or {}
    for addr in set(sender_addresses(msg, reply_to)):
        labels.add(own_label(addr, people.get(addr, "")))
        dom = domain_of(addr)
        tld = dom.rsplit(".", 1)[-1]
        if not is_ats_domain(dom) and len(tld) > 3 and tld.isalpha() and tld not in vocab()["generic_tlds"]:
            labels.add(registrable_label(dom) + tld)
    labels.discard("")
    return labels


def labels_raw(msg: Message, reply_to: str | None) -> list[str]:
    """The sender's own registrable domain labels as written ('mosswood-analytics'); a business
    word as top-level domain names the trade ('northlight-coffee' for northlight.coffee)."""
    out = []
    for addr in ([reply_to] if reply_to else []) + sender_addresses(msg):
        dom = domain_of(addr)
        labels = [] if is_ats_domain(dom) else domain_labels(dom)
        if labels:
            tld = dom.rsplit(".", 1)[-1]
            vanity = len(tld) > 3 and tld in vocab()["company_words"]
            out.append(labels[-1] + ("-" + tld if vanity else ""))
    return out


def signature_sites(body: str) -> list[str]:
    """Registrable labels of the websites and addresses in the signature ('www.coinrail.com')."""
    out = []
    for dom in re.findall(r"(?:https?://|www\.|@|\b)((?:[a-z0-9-]+\.)+[a-z]{2,12})\b", signature_block(body).lower()):
        dom = dom.removeprefix("www.")
        parts = dom.split(".")
        if len(parts) < 2 or is_ats_domain(dom) or any(
                ".".join(parts[i:]) in vocab()["not_company_sites"] for i in range(len(parts) - 1)):
            continue
        labels = domain_labels(dom)
        # a link tracker's domain (click.example, links.example) is nobody's website
        if labels and labels[-1] in vocab()["ats_generic_subdomains"]:
            continue
        if labels and labels[-1] not in out and len(labels[-1]) >= 3:
            out.append(labels[-1])
    return out


def _ats_slug(host: str, path: str) -> str:
    """The company slug in one applicant-tracking link, or ""."""
    parts = host.split(".")
    generic = vocab()["ats_generic_subdomains"]
    subs = [re.sub(r"^(?:careers?|jobs)-", "", p) for p in parts[:ats_suffix_index(parts)]
            if p not in generic and not re.fullmatch(r"wd\d+|\d+|[a-z]{1,2}\d*", p)]
    if subs:
        return subs[-1]
    # a job board keeps the company in the path: jobs.lever.co/acme, boards.greenhouse.io/acme
    if path and parts[0] in vocab()["ats_board_hosts"]:
        first = path.strip("/").split("/")[0].lower()
        if re.fullmatch(r"[a-z][a-z0-9-]{2,40}", first) and first not in generic:
            return first
    return ""


def ats_slugs(msg: Message) -> list[str]:
    """Company slugs in applicant-tracking links: fjallbo.teamtailor.com, jobs.lever.co/acme,
    boards.greenhouse.io/acme, apply.workable.com/acme (first seen first)."""
    text = " ".join([msg.header("list-unsubscribe"), msg.text_plain or "", msg.text_html or ""])[:MAX_LINK_TEXT]
    out: list[str] = []
    for host, path in re.findall(r"https?://([a-z0-9.-]+)(/[^\s\"'<>]*)?", text, re.IGNORECASE):
        host = host.lower()
        if not is_ats_domain(host) or is_mail_provider(host):
            continue
        slug = _ats_slug(host, path)
        if slug and slug not in out:
            out.append(slug)
    return out[:MAX_ATS_SLUGS]
