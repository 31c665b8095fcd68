"""Message text as personalisation reads it, and the cleaning every message-derived value gets.

Everything from a message is untrusted: values that go into a draft are flattened to one line
of printable text and capped, so a name or subject can never add lines, headers or markup.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from email.header import decode_header, make_header

from classifiers.language import detect_language
from classifiers.message import Message
from classifiers.text import body_text, split_quote

MAX_VALUE = 120   # longest name, company or role we will put in a draft


@dataclass(frozen=True)
class MessageText:
    """A message's text as personalisation reads it (split by classifiers.text, as detection
    splits it)."""
    full: str      # the whole body, quotes included: text/plain, else the HTML flattened
    reply: str     # what the sender wrote in this message, signature included
    quoted: str    # the first quoted block under it, quote marks removed (the candidate's own
                   # earlier note often names the role and the company)


def message_text(msg: Message) -> MessageText:
    """The body split where detection splits it, but with the signature kept."""
    full = body_text(msg)
    parts = split_quote(full, lambda text: detect_language(text[:2000]))
    lines = parts.new.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    reply = "\n".join(line.rstrip() for line in lines)
    return MessageText(full=full, reply=reply.strip(), quoted=parts.quoted)


_WRAP = 50          # a line this long that goes on in the next one was wrapped
_PARAGRAPH = 40     # two lines this long, the first ending mid-sentence, are one paragraph


def unwrap(text: str, narrow: bool = False) -> str:
    """Hard-wrapped paragraphs re-joined: a long line (50+ characters) that goes on in the next
    line is one sentence, so a name or title broken over the wrap stays one phrase. `narrow`:
    so is a shorter line (40+) ending mid-sentence before another such line (a mail wrapped
    narrow: "... interest in the Senior Content" / "Strategist position at ..."); titles read
    so, company names not (a footer's "Acme" / "Don't reply ..." would run together)."""
    text = re.sub(rf"(?<=[^\n]{{{_WRAP}}})[ \t]*\n[ \t]*(?=[^\s>])", " ", text)
    if not narrow:
        return text
    return re.sub(rf"(?<=[^\n]{{{_PARAGRAPH - 1}}}[\w,])[ \t]*\n[ \t]*(?=[^\s>][^\n]{{{_PARAGRAPH - 1}}})", " ", text)


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words left in a header value (mail-parser keeps some in names)."""
    if "=?" not in value:
        return value
    try:
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
    if not (text.isascii() and text.isprintable()):   # else no control or odd blank to replace
        text = "".join(" " if unicodedata.category(ch)[0] in "CZ" and ch != " " else ch
                       for ch in text)
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–—") + "…"
    return text


_NOT_AZ = {c: None for c in range(128) if not ord("a") <= c <= ord("z")}


def fold(text: str) -> str:
    """Lower-case ASCII letters only, for comparing names with addresses ("Böhme" -> "boehme")."""
    text = text.lower()
    if text.isascii():   # most names: only the letters to keep
        return text.translate(_NOT_AZ)
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if "a" <= ch <= "z")


def fold_loose(text: str) -> str:
    """Like fold() but umlauts lose their mark only ("Böhme" -> "bohme")."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if "a" <= ch <= "z")

