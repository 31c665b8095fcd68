"""Render a follow-up with Jinja2 and wrap it in a correct, threaded reply message.

Templates are sandboxed and plain text (no autoescape). Message-derived values are only ever
passed in as data, never compiled. A template may use only the documented variables:
an unknown name is a TemplateError when the template is loaded, and a value that is unknown
for a given message is None, which prints as nothing (test it with `{% if role %}`).
"""
from __future__ import annotations

import hashlib
import re
import textwrap
from datetime import datetime, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parsedate_to_datetime
from importlib import resources
from pathlib import Path

import jinja2
from jinja2 import meta
from jinja2.sandbox import SandboxedEnvironment

from classifiers.message import Message
from classifiers.text import body_text

from .addresses import valid_address
from .details import Details, extract_details
from .headers import DRAFT_POLICY, reply_subject, threading
from .identity import DraftSettings, Identity
from .people import name_matches_local, named_addresses
from .text import one_line
from .titles import in_prose

TEMPLATE_LANGUAGES = ("en", "de", "fr", "es")
STAGES = ("interviewed", "applied")
# The sentences a built-in template may say, each marked `{{ mark.<kind> }}` and phrased
# `pick.<kind>`-th way: the phrasing is chosen from a hash of the message key, so ten drafts
# do not read alike but one message always gets the same draft.
SENTENCES = ("greeting", "thanks", "agency", "feedback_given", "feedback_offered", "call",
             "introduction", "future_role", "kept_on_file", "reapply", "connect", "question",
             "interest", "radar", "keep_in_mind", "closing")
PHRASINGS = 6            # pick.<kind> is 0..5: a template takes it modulo its own count
SHORT_LETTER = 70        # a rejection with fewer words is a form letter: the draft stays short
LONG_LETTER = 120        # a person writing this many words gets a warmer draft
# an offer that already opens a way forward: the stay-on-your-radar question is then not asked
FORWARD = ("future_role", "introduction", "kept_on_file", "reapply", "call")
# the sentence a draft leaves for the user to complete, per language ([your answer: …])
ANSWER = {"en": "[your answer: …]", "de": "[Ihre Antwort: …]", "fr": "[votre réponse : …]",
          "es": "[tu respuesta: …]"}
WIDTH = 72
MAX_QUOTED_LINES = 400
HARD_WRAPPED = 80  # quoted lines up to this long are kept as the sender wrapped them

# Every variable a template may use (documented in docs/templates.md).
VARIABLES = frozenset({
    "contact_first_name", "contact_name", "company", "role", "stage", "interviewed", "language",
    "reply_to", "original_subject", "original_date", "original_from", "my_name",
    "my_first_name", "my_email", "signature", "feedback_offered",
    "kept_on_file", "via_agency", "feedback_given", "feedback_point", "call_offered",
    "introduction_to", "future_role", "connect_offered", "questions", "reapply", "reapply_after",
    "ask_radar", "length", "tone", "register", "familiar", "contact_salutation", "contact_last_name",
    "pick", "answer", "cc",
})
BUILTIN_VARIABLES = VARIABLES | {"mark"}


class TemplateError(ValueError):
    """A template cannot be loaded or rendered; the message names the file."""


def _finalize(value):
    return "" if value is None else value


def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(autoescape=False, undefined=jinja2.StrictUndefined,
                                trim_blocks=True, lstrip_blocks=True, finalize=_finalize)


def _compile(env: SandboxedEnvironment, source: str, name: str, allowed: frozenset[str]):
    try:
        unknown = meta.find_undeclared_variables(env.parse(source)) - allowed
        if unknown:
            raise TemplateError(f"{name}: unknown variable(s) {', '.join(sorted(unknown))}; "
                                f"available: {', '.join(sorted(allowed))}")
        return env.from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{name}:{exc.lineno}: {exc.message}") from None


def _builtin(name: str) -> str:
    return resources.files("drafts").joinpath("templates", name).read_text("utf-8")


def wrap(text: str, width: int = WIDTH) -> str:
    """Wrap each long line at `width`, keep short lines (greetings, signatures) as they are."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def tidy(text: str) -> str:
    """A built-in template's output: its sentences open with a space so that they join into
    paragraphs; the space a paragraph's first sentence leaves is dropped."""
    return re.sub(r"(?m)^ +", "", re.sub(r"(?<=\S)  +(?=\S)", " ", text))


def quote(text: str, width: int = WIDTH + 4) -> str:
    """The original as mail clients quote it: '> ' before every line, wrapped, capped."""
    lines = re.split(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]", text)
    out: list[str] = []
    for line in lines:
        line = re.sub(r"[\x00-\x08\x0e-\x1f\x7f]", "", line).rstrip().replace("\t", "    ")
        m = re.match(r"((?:>[ \t]?)*)(.*)", line)
        depth = m.group(1).count(">") + 1
        prefix = ">" * depth + " "
        body = m.group(2)
        if not body:
            out.append(">" * depth)
            continue
        if len(body) <= HARD_WRAPPED:
            # Already hard-wrapped by the sender's client: re-wrapping would leave one-word lines.
            out.append(prefix + body)
        else:  # an unwrapped paragraph (HTML, format=flowed): wrap it as a client would
            out.extend(prefix + part for part in
                       textwrap.wrap(body, max(20, width - len(prefix)), break_long_words=False,
                                     break_on_hyphens=False) or [""])
        if len(out) >= MAX_QUOTED_LINES:
            out.append("> [...]")
            break
    while out and out[-1].strip(">") == "":
        out.pop()
    return "\n".join(out)


def _original_date(msg: Message) -> datetime | None:
    """The original's Date in the sender's own time zone (as their client showed it)."""
    try:
        return parsedate_to_datetime(msg.date_header)
    except (TypeError, ValueError, IndexError, OverflowError):
        return msg.date if isinstance(msg.date, datetime) else None


class Composer:
    """Loads templates once; compose() turns a rejection into a reply draft."""

    def __init__(self, identity: Identity, settings: DraftSettings | None = None) -> None:
        self.identity = identity or Identity()
        self.settings = settings or DraftSettings()
        self._env = _environment()
        self._user = None
        self._templates: dict[str, jinja2.Template] = {}
        self.marked = False   # tests: each sentence rendered with a ⟦kind⟧ marker before it
        if self.settings.template:
            path = Path(self.settings.template).expanduser()
            try:
                source = path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or type(exc).__name__
                raise TemplateError(f"{path}: cannot read template ({reason})") from None
            self._user = (str(path), _compile(self._env, source, str(path), VARIABLES))
        else:
            for lang in TEMPLATE_LANGUAGES:
                name = f"reply.{lang}.j2"
                self._templates[lang] = _compile(self._env, _builtin(name), name, BUILTIN_VARIABLES)
        self._attribution = _compile(self._env, _builtin("attribution.j2"), "attribution.j2",
                                     frozenset({"language", "date", "name"}))

    # -- the parts -------------------------------------------------------------------------
    def _language(self, verdict, details: Details) -> str:
        lang = getattr(verdict, "language", None) or details.language or "en"
        lang = str(lang).lower()[:2]
        return lang if lang in TEMPLATE_LANGUAGES else "en"

    def _length(self, details: Details) -> str:
        """"short" for a terse form letter (or tone "brief"), "warm" for a long personal one."""
        if self.settings.tone == "brief" or details.words < SHORT_LETTER:
            return "short"
        return "warm" if details.words >= LONG_LETTER and details.contact_first_name else "standard"

    def _offer_context(self, details: Details) -> dict:
        """The offers as template variables (docs/templates.md)."""
        def detail(kind: str) -> str | None:
            offer = details.offered(kind)
            return (offer.detail or None) if offer else None
        kinds = {o.kind for o in details.offers}
        return {
            "feedback_given": "feedback_given" in kinds, "feedback_point": detail("feedback_given"),
            "call_offered": "call" in kinds, "introduction_to": detail("introduction"),
            "future_role": detail("future_role"),
            "connect_offered": "connect" in kinds,
            "questions": [o.detail for o in details.offers if o.kind == "question" and o.detail],
            "reapply": "reapply" in kinds, "reapply_after": detail("reapply"),
            "ask_radar": self.settings.radar_question and not kinds & set(FORWARD),
        }

    def _style_context(self, msg: Message, details: Details, lang: str) -> dict:
        """Tone, length, register and the per-message phrasing choices."""
        name = (details.contact_name or "").split()
        seed = msg.key or msg.message_id or msg.subject
        formal = self.settings.tone == "formal"
        return {
            "length": self._length(details), "tone": self.settings.tone,
            "register": "formal" if formal else details.register,
            "familiar": details.familiar and not formal,
            "contact_salutation": details.salutation,
            "contact_last_name": name[-1] if len(name) >= 2 else None,
            "pick": {kind: int(hashlib.sha256(f"{seed}\x00{kind}".encode()).hexdigest(), 16) % PHRASINGS
                     for kind in SENTENCES},
            "mark": {kind: f"⟦{kind}⟧" if self.marked else "" for kind in SENTENCES},
            "answer": ANSWER.get(lang, ANSWER["en"]),
            "cc": list(details.cc),
        }

    def _context(self, msg: Message, details: Details, lang: str) -> dict:
        ident = self.identity
        return {
            **self._offer_context(details),
            **self._style_context(msg, details, lang),
            "contact_first_name": details.contact_first_name or None,
            "contact_name": details.contact_name or None,
            "company": details.company or None,
            # the posting's title without its gender marker: the draft is a letter, not an ad
            "role": in_prose(details.role) or None,
            "stage": details.stage,
            "interviewed": details.stage == "interviewed",
            "feedback_offered": bool(details.feedback_offered),
            "kept_on_file": bool(details.kept_on_file),
            "via_agency": bool(details.via_agency),
            "language": lang,
            "reply_to": details.reply_to,
            "original_subject": one_line(msg.subject, 300) or None,
            "original_date": msg.date,
            "original_from": one_line(msg.from_.name or msg.from_.addr) if msg.from_ else None,
            "my_name": ident.name or None,
            "my_first_name": ident.first_name or None,
            "my_email": ident.email or None,
            "signature": ident.signature.strip() or ident.name or None,
        }

    def render_body(self, msg: Message, details: Details, lang: str) -> str:
        """The reply text (without the quote). Raises TemplateError naming the template."""
        if self._user:
            name, template = self._user
        else:
            name, template = f"reply.{lang}.j2", self._templates[lang]
        try:
            text = template.render(self._context(msg, details, lang))
        except Exception as exc:  # a user template can raise anything (1/0, bad filters)
            raise TemplateError(f"{name}: {type(exc).__name__}: {one_line(exc, 200)}") from None
        return wrap(text if self._user else tidy(text))

    def _quote_block(self, msg: Message, lang: str) -> str:
        named = [a for a in named_addresses(msg) if msg.from_ and a.addr == msg.from_.addr]
        who = named[-1].name if named else (msg.from_.addr if msg.from_ else "someone")
        date = _original_date(msg)
        head = self._attribution.render(language=lang, date=date, name=one_line(who, 80))
        body = quote(body_text(msg))
        return f"{head}\n{body}\n" if body else ""

    @staticmethod
    def _copied(msg: Message, details: Details) -> list[Address]:
        names = {a.addr: a.name for a in msg.cc}
        return [Address(display_name=one_line(names.get(addr, ""), 80), addr_spec=addr)
                for addr in details.cc if valid_address(addr)]

    @staticmethod
    def open_questions(draft: EmailMessage | None) -> list[str]:
        """The sender's questions a draft leaves for the user to answer (its ANSWER placeholders)."""
        if draft is None:
            return []
        text = draft.get_content() if draft.get_content_type() == "text/plain" else ""
        return [" ".join(q.split()) for para in text.split("\n\n")
                if any(mark in para for mark in ANSWER.values())
                for q in re.findall(r"[“«„]\s*([^”»“]{1,300}?)\s*[”»“]", para)]

    def answers_note(self, draft: EmailMessage | None) -> str:
        """For the "draft saved" log line: the questions the user must answer before sending."""
        questions = self.open_questions(draft)
        return f"; to answer before sending: {'; '.join(questions)}" if questions else ""

    def _to(self, msg: Message, details: Details) -> Address:
        name = ""
        for a in named_addresses(msg):
            if a.addr == details.reply_to:
                name = a.name
                break
        else:
            if details.contact_name and name_matches_local(details.contact_name,
                                                            details.reply_to.partition("@")[0]):
                name = details.contact_name
        return Address(display_name=one_line(name, 80), addr_spec=details.reply_to)

    # -- the draft -------------------------------------------------------------------------
    def compose(self, msg: Message, verdict, details: Details | None = None,
                now: datetime | None = None) -> EmailMessage | None:
        """The reply draft, or None when there is no address to follow up with."""
        details = details or extract_details(msg, self.identity)
        if not details.reply_to or not valid_address(details.reply_to):
            return None
        lang = self._language(verdict, details)
        text = self.render_body(msg, details, lang)
        if self.settings.quote_original:
            block = self._quote_block(msg, lang)
            if block:
                text = f"{text}\n{block}"

        draft = EmailMessage(policy=DRAFT_POLICY)
        ident = self.identity
        if valid_address(ident.email):
            draft["From"] = Address(display_name=one_line(ident.name, 80), addr_spec=ident.email)
        draft["To"] = self._to(msg, details)
        copied = self._copied(msg, details)
        if copied:
            draft["Cc"] = copied
        draft["Subject"] = reply_subject(msg.subject)
        when = now or datetime.now(timezone.utc)
        draft["Date"] = format_datetime(when if when.tzinfo else when.astimezone())
        domain = ident.domain if valid_address(ident.email) else "nottoday.invalid"
        draft["Message-ID"] = make_msgid(domain=domain)
        thread = threading(msg.message_id, msg.references)
        if thread:
            draft["In-Reply-To"], draft["References"] = thread
        draft["X-Nottoday-Source"] = one_line(msg.key, 998)
        ascii_ok = text.isascii() and max(map(len, text.split("\n"))) <= 998
        for name, value in draft.items():   # last line of defence: one header, one line
            if "\r" in str(value) or "\n" in str(value):
                raise ValueError(f"refusing to write a multi-line {name} header")
        draft.set_content(text, subtype="plain", charset="utf-8",
                          cte="7bit" if ascii_ok else "quoted-printable")
        return draft
