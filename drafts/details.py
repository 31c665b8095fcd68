"""What a follow-up needs to know about a rejection, extracted by pure rules from the message."""
from __future__ import annotations

from dataclasses import dataclass

from classifiers.language import detect_language
from classifiers.message import Message

from .addresses import copied, domain_of, follow_up_address, is_ats_domain, is_team_inbox
from .agency import via_agency
from .company import company as find_company
from .forwarded import Forwarded, as_message, forwarded
from .headers import topic
from .greeting import familiar, register, salutation
from .identity import Identity
from .lexicon import vocab
from .offers import Offer, find_offers, scanned_text
from .people import contact, first_name, people_names, signer
from .relays import relay_actors
from .role import role as find_role
from .text import message_text, one_line


@dataclass(frozen=True)
class Details:
    """Who and what a follow-up is about. None means unknown (templates fall back gracefully)."""
    reply_to: str | None
    contact_first_name: str | None
    company: str | None
    role: str | None
    stage: str                       # "interviewed" | "applied"
    language: str                    # ISO 639-1, "en" when unsure
    contact_name: str | None = None  # full name as written, for formal greetings
    feedback_offered: bool = False   # the sender offered feedback (the draft accepts it)
    kept_on_file: bool = False       # they keep the CV on file / in a talent pool (the draft thanks them)
    via_agency: bool = False         # a recruitment agency relayed the decision (the draft thanks them for their help)
    offers: tuple[Offer, ...] = ()   # what the sender offered or asked, with evidence (drafts/offers.py)
    cc: tuple[str, ...] = ()         # people copied on the rejection, copied on the draft
    register: str = "formal"         # "informal" when the sender greeted by first name or said du/tu
    familiar: bool = False           # the sender said du/tu: the draft says it back (German, French)
    salutation: str | None = None    # "f" / "m": the text addresses the contact as Frau/Herr, Madame/...
    words: int = 0                   # how much the sender wrote (above the signature)

    def offered(self, kind: str) -> Offer | None:
        """The first offer of a kind (drafts.offers.KINDS), or None."""
        return next((o for o in self.offers if o.kind == kind), None)


def stage(text: str) -> str:
    """"interviewed" when the text says they met, spoke or interviewed; else "applied"."""
    return "interviewed" if vocab()["interviewed"].search(text.lower()) else "applied"


def forwarded_by_colleague(msg: Message, fwd: Forwarded, owner_email: str | None) -> bool:
    """From someone else at the owner's own organisation (not a mail service), forwarding a
    message from outside it."""
    own = domain_of(owner_email or "")
    sender = msg.from_.addr.lower() if msg.from_ else ""
    return bool(own) and not is_ats_domain(own) and domain_of(sender) == own \
        and sender != (owner_email or "").lower() and domain_of(fwd.sender.addr) != own


def extract_details(msg: Message, identity: Identity) -> Details:
    """Pure: the same message and identity always give the same details. Never raises on odd mail."""
    identity = identity or Identity()
    owner = frozenset(a.strip().lower() for a in (identity.email, *identity.aliases) if a and a.strip())
    text = message_text(msg)
    fwd = forwarded(text.full)
    if fwd and forwarded_by_colleague(msg, fwd, identity.email):
        # the owner's colleague passing the rejection on: the forwarded message is the news
        msg = as_message(msg, fwd)
        text = message_text(msg)
    body = text.reply
    reply_to, _ = follow_up_address(msg, body, text.full, owner)
    if reply_to and msg.from_ and domain_of(reply_to) == domain_of(msg.from_.addr) and is_team_inbox(reply_to) \
            and relay_actors(msg, body, frozenset()):
        reply_to = None   # a board's generic inbox passing on an employer's answer: nobody to write to
    person = contact(msg, body, reply_to, identity.name)
    # people's names (and first names) are never the company
    names = people_names(msg, body, person, identity.name)
    comp = find_company(msg, body, reply_to, names, text.full, text.quoted, owner=one_line(identity.name or ""))
    language = detect_language(body)
    offers = find_offers(body, language)
    kinds = {o.kind for o in offers}
    return Details(
        reply_to=reply_to,
        # no follow-up address, no draft; the person who signed the news is still known
        contact_first_name=first_name(person if reply_to else signer(msg, body, identity.name)),
        company=comp,
        # nor the role ("Retour candidature Sam Taylor – Brand Manager")
        role=find_role(topic(msg.subject), body, comp, text.quoted, people=names),
        # the quoted thread counts too: the candidate's own "thanks for the interview" note
        stage=stage(text.full),
        language=language,
        contact_name=one_line(person.name) if person else None,
        feedback_offered="feedback_offered" in kinds,
        kept_on_file="kept_on_file" in kinds,
        via_agency=via_agency(msg, body, reply_to),
        offers=offers,
        cc=copied(msg, owner, reply_to),
        register=register(body, language),
        familiar=familiar(body, language),
        salutation=salutation(body, person.name if person else None),
        words=len(scanned_text(body).split()),
    )
