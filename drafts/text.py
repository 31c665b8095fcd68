"""Message text as personalisation reads it, and the cleaning every message-derived value gets.

Everything from a message is untrusted: values that go into a draft are flattened to one line
of printable text and capped, so a name or subject can never add lines, headers or markup.
"""
from __future__ import annotations

import re
import unicodedata

from classifiers.message import Message

MAX_VALUE = 120   # longest name, company or role we will put in a draft

# Lines that start the quoted history under a reply (the sender's new text ends there).
_QUOTE_START = re.compile(
    r"^\s*(?:>|-{2,}\s*(?:original message|forwarded message|urspr[üu]ngliche nachricht|"
    r"message d'origine|mensaje original|messaggio originale|mensagem original)"
    r"|_{10,}\s*$|(?:from|von|de|da):\s.*@|on\s.{4,160}\swrote:|am\s.{4,160}\sschrieb"
    r"|le\s.{4,160}\sa écrit|el\s.{4,160}\sescribió|il\s.{4,160}\sha scritto"
    r"|em\s.{4,160}\sescreveu)",
    re.IGNORECASE)


def full_text(msg: Message) -> str:
    """The whole body as text (quotes included): text/plain, else the HTML flattened."""
    try:
        from classifiers.text import body_text
        return body_text(msg)
    except ImportError:  # detection's helper not there: same idea, cruder
        plain = (msg.text_plain or "").strip()
        if plain:
            return plain
        return _strip_html(msg.text_html or "")


def reply_text(msg: Message) -> str:
    """What the sender wrote in this message, signature included, quoted history cut off."""
    lines = full_text(msg).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = []
    for line in lines:
        if _QUOTE_START.match(line):
            break
        out.append(line.rstrip())
    return "\n".join(out).strip()


def quoted_text(msg: Message) -> str:
    """The quoted history under the sender's new text, quote marks removed (the candidate's own
    earlier note often names the role and the company)."""
    full = full_text(msg).replace("\r\n", "\n").replace("\r", "\n")
    new = reply_text(msg)
    rest = full[len(new):] if full.startswith(new) else full.split("\n", new.count("\n") + 1)[-1]
    return "\n".join(re.sub(r"^\s*(?:>\s?)+", "", line) for line in rest.split("\n")).strip()


def unwrap(text: str) -> str:
    """Hard-wrapped paragraphs re-joined: a long line (50+ characters) that goes on in the next
    line is one sentence, so a name or title broken over the wrap stays one phrase."""
    return re.sub(r"(?<=[^\n]{50})[ \t]*\n[ \t]*(?=[^\s>])", " ", text)


def _strip_html(html: str) -> str:
    from html import unescape
    html = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", html)
    html = re.sub(r"(?i)<\s*(br|/p|/div|/tr|/li|/h\d)\b[^>]*>", "\n", html)
    return unescape(re.sub(r"<[^>]*>", " ", html)).replace("\xa0", " ")


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words left in a header value (mail-parser keeps some in names)."""
    if "=?" not in value:
        return value
    try:
        from email.header import decode_header, make_header
        return str(make_header(decode_header(value)))
    except Exception:  # malformed encodings: keep the text as it came
        return value


def one_line(value: object, limit: int = MAX_VALUE) -> str:
    """A message-derived value made safe for a draft: one line, printable, at most `limit` chars.

    Encoded words are decoded first (so one decoding to CR/LF is caught here) and any that
    remain are broken up, so no header parser downstream can decode them into new lines.
    """
    if value is None:
        return ""
    text = decode_words(str(value)).replace("=?", "= ?")
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" and ch != " " else ch
                   for ch in text)
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–—") + "…"
    return text


def fold(text: str) -> str:
    """Lower-case ASCII letters only, for comparing names with addresses ("Böhme" -> "boehme")."""
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if "a" <= ch <= "z")


def fold_loose(text: str) -> str:
    """Like fold() but umlauts lose their mark only ("Böhme" -> "bohme")."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if "a" <= ch <= "z")
