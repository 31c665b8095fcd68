"""A check-in: a short note, months after a follow-up went unanswered, in the same thread.

"If they're hiring now, they could be hiring again soon": the note recalls the conversation,
says the interest is still there, and asks whether anything has opened up. Pure composition
like compose.py: what the ledger remembers of the relationship in, an `EmailMessage` out, from
sandboxed templates (checkin.<lang>.j2) that see only the variables below as data.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from importlib import resources

import jinja2
from jinja2 import meta
from jinja2.sandbox import SandboxedEnvironment

from .addresses import valid_address
from .compose import TEMPLATE_LANGUAGES, TemplateError, tidy, wrap
from .headers import DRAFT_POLICY, reply_subject, threading
from .identity import Identity
from .text import one_line
from .titles import in_prose

CHECKIN_VARIABLES = frozenset({"contact_first_name", "company", "role", "interviewed", "months",
                               "language", "my_first_name", "signature"})
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class CheckinRequest:
    """The relationship as the ledger remembers it; `last` is the thread's last message."""
    to_addr: str
    to_name: str | None
    contact_first_name: str | None
    company: str | None
    role: str | None
    stage: str | None
    language: str | None
    subject: str | None
    last_message_id: str
    references: tuple[str, ...]
    last_date: datetime | None


def _load(lang: str) -> jinja2.Template:
    env = SandboxedEnvironment(autoescape=False, undefined=jinja2.StrictUndefined, trim_blocks=True,
                               lstrip_blocks=True, finalize=lambda v: "" if v is None else v)
    name = f"checkin.{lang}.j2"
    source = resources.files("drafts").joinpath("templates", name).read_text("utf-8")
    try:
        unknown = meta.find_undeclared_variables(env.parse(source)) - CHECKIN_VARIABLES
        if unknown:
            raise TemplateError(f"{name}: unknown variable(s) {', '.join(sorted(unknown))}")
        return env.from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{name}:{exc.lineno}: {exc.message}") from None


class CheckinComposer:
    """Loads the check-in templates once; compose() writes one check-in draft."""

    def __init__(self, identity: Identity) -> None:
        self.identity = identity
        self._templates = {lang: _load(lang) for lang in TEMPLATE_LANGUAGES}

    def body(self, req: CheckinRequest, now: datetime) -> str:
        lang = (req.language or "en")[:2].lower()
        lang = lang if lang in self._templates else "en"
        months = None
        if req.last_date is not None:
            months = max(1, round((now - req.last_date).total_seconds() / 86400 / DAYS_PER_MONTH))
        text = self._templates[lang].render(
            contact_first_name=one_line(req.contact_first_name, 80) or None,
            company=one_line(req.company, 120) or None, role=in_prose(one_line(req.role, 120)) or None,
            interviewed=req.stage == "interviewed", months=months, language=lang,
            my_first_name=self.identity.first_name or None,
            signature=self.identity.signature.strip() or self.identity.name or None)
        return wrap(tidy(text))

    def compose(self, req: CheckinRequest, message_id: str, now: datetime | None = None) -> EmailMessage | None:
        """The check-in draft, or None when there is no valid address to write to."""
        if not valid_address(req.to_addr):
            return None
        now = now or datetime.now(timezone.utc)
        draft = EmailMessage(policy=DRAFT_POLICY)
        if valid_address(self.identity.email):
            draft["From"] = Address(display_name=one_line(self.identity.name, 80), addr_spec=self.identity.email)
        draft["To"] = Address(display_name=one_line(req.to_name, 80), addr_spec=req.to_addr)
        draft["Subject"] = reply_subject(req.subject)
        draft["Date"] = format_datetime(now if now.tzinfo else now.astimezone())
        draft["Message-ID"] = message_id
        thread = threading(req.last_message_id, req.references)
        if thread:
            draft["In-Reply-To"], draft["References"] = thread
        text = self.body(req, now)
        draft.set_content(text, subtype="plain", charset="utf-8",
                          cte="7bit" if text.isascii() else "quoted-printable")
        return draft
