"""What the sender newly wrote: HTML flattened, quoted thread, signatures and footers removed.

Only the new part of a message is evidence: a rejection quoted below a thank-you note, or
forwarded by a friend, is somebody else's news. Quote splitting is delegated to
mail-parser-reply; the rest covers what it leaves behind (forward blocks, `>` lines,
ATS/legal footers). Everything is best-effort and never raises on hostile input.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from re import _constants as _sre, _parser as _sre_parser    # to check a regex's shape

from mailparser_reply import EmailReplyParser
from mailparser_reply.constants import OUTLOOK_MAIL_SEPARATOR
from mailparser_reply.parser import EmailMessage

from .language import LANGUAGES
from .literals import first_chars
from .message import Message

_LANGS = list(LANGUAGES)
# One reply parser per language (English headers always included): its header regex is an
# alternation over every language it knows, so a narrower parser is several times faster.
_REPLY_PARSERS = {lang: EmailReplyParser(languages=[lang]) for lang in _LANGS}
_REPLY_PARSER_ALL = EmailReplyParser(languages=list(_LANGS))
_REGEXES: dict[tuple, re.Pattern] = {}


class _EmailMessage(EmailMessage):
    """mail-parser-reply's EmailMessage, with its three regexes built once per language set
    and its Outlook-separator substitution run only where a separator is.

    The library rebuilds (and re-looks-up in re's cache) all three patterns for every message:
    about a fifth of its time. The patterns are the library's own, unchanged.
    """

    def _shared(self, name: str, build) -> re.Pattern:
        key = (name, tuple(self.languages), self.default_language, self.keep_hyphen_lists)
        rx = _REGEXES.get(key)
        if rx is None:
            rx = _REGEXES[key] = build(self)
        return rx

    @property
    def HEADER_REGEX(self):
        return self._shared("header", lambda msg: _LineRegex.wrap(EmailMessage.HEADER_REGEX.fget(msg)))

    @property
    def DISCLAIMERS_REGEX(self) -> re.Pattern:
        return self._shared("disclaimers", EmailMessage.DISCLAIMERS_REGEX.fget)

    @property
    def SIGNATURE_REGEX(self) -> re.Pattern:
        return self._shared("signature", EmailMessage.SIGNATURE_REGEX.fget)

    def _normalize_text(self):
        """The library's normalisation, its Outlook-separator substitution (a regex tried at
        every character) run only when the text holds such a separator."""
        text = "\n".join([line.strip() for line in self.text.replace("\r\n", "\n").split("\n")])
        if _OUTLOOK_SEPARATOR.search(text):
            text = re.sub(f'([^\n]){OUTLOOK_MAIL_SEPARATOR}', '\\1\n', text, re.MULTILINE)   # as the library
        self.text = text

    def _process_signatures_disclaimers(self, text: str):
        """Not used: split_body reads full_body and strips signatures and footers itself.
        (The library's signature rule also treats any line starting "- word" as the start of
        a signature, which would drop a bulleted rejection; and the searches were a third of
        its time on quoted mail.)"""
        return [], ""


_OUTLOOK_SEPARATOR = re.compile(OUTLOOK_MAIL_SEPARATOR)   # a necessary part of the library's match


class _LineRegex:
    """A MULTILINE regex each of whose matches starts at the start of a line or at a newline
    (mail-parser-reply's header regex: every alternative opens with `^` or `\\n`), with a
    findall that tries only those positions. re's findall tries the whole alternation at every
    character; this is about twice as fast on quoted mail and returns the same list."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.pattern = rx.pattern

    @classmethod
    def wrap(cls, rx: re.Pattern):
        """`rx` itself unless its structure guarantees line-start matches."""
        try:
            ok = bool(rx.flags & re.MULTILINE) and _starts_at_line(_sre_parser.parse(rx.pattern, rx.flags))
        except Exception:       # re's parser is internal: if it changes, use plain findall
            ok = False
        return cls(rx) if ok else rx

    def findall(self, text: str) -> list:
        match, found, end = self.rx.match, [], 0
        groups = self.rx.groups
        k = -1
        while True:
            for p in ((0,) if k < 0 else (k, k + 1)):   # matches start nowhere else
                if p >= end:
                    m = match(text, p)
                    if m:
                        if m.end() == p:      # an empty match: leave re's rules for those to re
                            return self.rx.findall(text)
                        found.append(m.group(groups) or "" if groups < 2 else m.groups(""))
                        end = m.end()
            k = text.find("\n", k + 1)
            if k < 0:
                return found


def _starts_at_line(items) -> bool:
    """Whether a parsed regex can only match from a line start (`^`) or a newline."""
    if not len(items):
        return False
    op, av = items[0]
    if op is _sre.AT:
        return av in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_LINE, _sre.AT_BEGINNING_STRING)
    if op is _sre.LITERAL:
        return av == 10
    if op is _sre.SUBPATTERN:
        return _starts_at_line(av[3])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        return av[0] >= 1 and _starts_at_line(av[2])
    if op is _sre.BRANCH:
        return all(_starts_at_line(alt) for alt in av[1])
    return False


def _read_replies(parser: EmailReplyParser, text: str) -> list:
    """parser.read(text).replies, with the regexes shared between messages."""
    return _EmailMessage(text=text, languages=parser.languages).read().replies


_WORD = re.compile(r"\w+")
MAX_CHARS = 20_000          # a rejection is short; hostile megabyte bodies are cut here

# How a browser lays the elements out: a line break, a paragraph (a blank line). A table cell
# is a line of its own (columns stay apart for drafts/titles.py), except after a label cell:
# "<td>Status:</td><td>Not selected</td>" reads "Status: Not selected".
_LINE = {"br", "div", "tr", "li", "dt", "dd", "center", "caption", "section", "article", "header",
         "footer", "address", "nav", "main", "aside", "figure", "figcaption", "form", "fieldset", "tbody",
         "thead", "tfoot"}
_PARAGRAPH = {"p", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "pre"}
_CELL = {"td", "th"}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}


# One token of markup: a comment, a start/end tag (group 1 "/" for an end tag, group 2 its
# name), or a declaration / processing instruction. No part of a tag may run past the next
# "<" and nothing backtracks, so hostile markup (unclosed quotes, a sea of "<") stays linear.
_MARKUP = re.compile(r"""<!--.*?(?:-->|\Z)|<(/?)([a-zA-Z][^\s/<>]{0,50})"""
                     r"""(?:[^<>"']|"[^"<]*+"|'[^'<]*+')*+>|<![^<>]*+>|<\?[^<>]*+>""", re.S)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
# script and style hold raw text up to their end tag (as in html.parser)
_RAW_END = {"script": re.compile(r"</script\s*>", re.I), "style": re.compile(r"</style\s*>", re.I)}


def html_to_text(markup: str) -> str:
    """Flatten HTML to text as a browser lays it out: whitespace in the source (a newline
    included) is one space, except in <pre>; <br>, <div>, <li>, a table row are a line break;
    <p>, a heading, a list or table as a whole are a paragraph (a blank line); a table cell is
    a line, but a value cell follows its label cell ("Status:") on the same line. Script/style/head are dropped, entities decoded, and <blockquote>
    content comes out `>`-quoted so it is dropped later.

    So "we have decided\\n  not to proceed" from a template's wrapped source is one sentence,
    and "<td>Status:</td><td>Not selected</td>" one line. A single regex walk over the tags
    (attributes are never parsed)."""
    out: list[str] = []
    skip = quote = pre = 0
    pending = 0            # the strongest break asked for since the last text: 0, 1 line, 2 paragraph
    cells_only = False     # the pending break comes from table cells alone
    markup = markup[: MAX_CHARS * 5]
    pos, n = 0, len(markup)
    while pos < n:
        m = _MARKUP.search(markup, pos)
        data = markup[pos:m.start()] if m else markup[pos:]
        if data and not skip:
            data = html.unescape(data)
            if not pre:
                data = _WHITESPACE.sub(" ", data)
            if data.strip():
                if out and pending:
                    label = cells_only and pending == 1 and out[-1].rstrip(" ").endswith(":")
                    out.append(" " if label else "\n" * pending)
                    data = data.lstrip(" ")
                if quote:
                    if not out or out[-1].endswith("\n"):
                        data = "> " + data
                    data = data.replace("\n", "\n> ")
                out.append(data)
                pending, cells_only = 0, False
            elif data and out and not pending and not out[-1].endswith(" "):
                out.append(" ")
        if m is None:
            break
        pos = m.end()
        tag = m.group(2)
        if tag is None:                      # comment, doctype, processing instruction
            continue
        tag = tag.lower()
        closing = bool(m.group(1))
        for end in ((True,) if closing else (False, True) if m.group(0).endswith("/>") else (False,)):
            if not end:
                if tag in _SKIP:
                    skip += 1
                elif tag == "blockquote":
                    quote += 1
                elif tag == "pre":
                    pre += 1
            elif tag in _SKIP and skip:
                skip -= 1
            elif tag == "blockquote" and quote:
                quote -= 1
            elif tag == "pre" and pre:
                pre -= 1
            if tag in _CELL:
                cells_only = cells_only or not pending
                pending = max(pending, 1)
            elif tag in _PARAGRAPH:
                pending, cells_only = 2, False
            elif tag == "br":
                if not end or closing:               # once for <br>, <br/> or </br>
                    pending, cells_only = min(pending + 1, 2), False    # <br><br>: an empty line
            elif tag in _LINE:
                pending, cells_only = max(pending, 1), False
        if not closing and tag in _RAW_END and not m.group(0).endswith("/>"):
            found = _RAW_END[tag].search(markup, pos)
            pos = found.start() if found else n
    text = "".join(out).replace("\xa0", " ")
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def body_text(msg: Message) -> str:
    """The message's text: text/plain, unless it is a stub ("view this email in your browser")
    and the HTML part says more; then the HTML flattened."""
    plain = (msg.text_plain or "").strip()
    if not msg.text_html:
        return plain[:MAX_CHARS]
    words = len(plain[:2000].split())     # whitespace-separated: a cheap count of words
    if words >= 40:
        return plain[:MAX_CHARS]
    html = html_to_text(msg.text_html)[:MAX_CHARS]
    return html if len(_WORD.findall(html[:4000])) > words * 2 else plain[:MAX_CHARS]


class LineStart:
    """A MULTILINE regex that must match at the start of a line (`^(?:body)`), searched fast.

    re tries a `^` pattern at every character of the text. This one is compiled as
    "\\n(?:body)" and run on "\\n" + text: it starts with a literal newline, so re jumps from
    newline to newline. Matches are the same; positions are reported in `text`.
    """

    def __init__(self, body: str, flags: int = 0):
        # and a line's first character must be one a match can start with: re checks that class
        # at each newline before it tries the alternatives (a greeting's ~40: most lines fail there)
        first = first_chars(body, flags | re.MULTILINE)
        ahead = "" if first is None else "(?=" + first + ")"
        self.rx = re.compile("\\n" + ahead + "(?:" + body + ")", flags | re.MULTILINE)

    def search(self, text: str) -> "_LineMatch | None":
        m = self.rx.search("\n" + text)
        return None if m is None else _LineMatch(m)

    def finditer(self, text: str):
        return map(_LineMatch, self.rx.finditer("\n" + text))


class _LineMatch:
    __slots__ = ("m",)

    def __init__(self, m: re.Match):
        self.m = m

    def start(self) -> int:
        return self.m.start()          # the newline before the line, shifted by the added one

    def end(self) -> int:
        return self.m.end() - 1

    def group(self, index: int = 0) -> str:
        return self.m.group(index)[1:] if index == 0 else self.m.group(index)


# Lines that start a forwarded or quoted block the reply parser may miss.
_CUT = LineStart(
    r"\s*(?:"
    r"-{2,}\s*(?:original message|forwarded message|weitergeleitete nachricht|message d'origine|"
    r"mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato|"
    r"oorspronkelijk bericht|doorgestuurd bericht|mensagem original|mensagem encaminhada|"
    r"urspr[üu]ngliche nachricht|message transf[ée]r[ée])\s*-{2,}"
    r"|begin forwarded message:?"
    r"|_{10,}"
    r"|(?:from|von|de|da|van):\s.*(?:@|\n\s*(?:sent|date|gesendet|envoy[ée]|enviado|inviato|verzonden|data|datum|fecha):)"
    r"|on\s.{4,120}\swrote:"
    r")",
    re.IGNORECASE | re.MULTILINE,
)

# Footers added by applicant tracking systems, mailers and legal departments: never evidence.
_FOOTER = LineStart(
    r"\s*(?:"
    # "This e-mail is confidential…" is a footer; "This e-mail is to let you know…" is the news
    # ("This message is being re-sent because…" opens a resent notice: the news follows)
    # ("This message is regarding your application for…" opens a status notice: the news follows)
    r"this (?:e-?mail|message)(?: and any attachments?)? (?:is(?! (?:just |simply )?to\b| (?:regarding|about|concerning|in (?:regard|reference|relation) to|with (?:regard|reference|respect) to)\b| sent to (?:let|inform|notify|update)| being (?:re-?sent|forwarded|re-?delivered|sent again)| (?:a copy|an? (?:re-?send|repeat|re-?delivery))\b)|are|was(?! sent to (?:let|inform|notify|update)| (?:re-?sent|re-?delivered|sent again|originally|first|previously)\b)|may|contains?|has been(?! (?:re-?sent|re-?delivered|sent again))|is intended)\b"
    r"|(?:confidentiality|privacy) (?:notice|note|statement)"
    r"|disclaimer:"
    r"|please do not reply"
    r"|do not reply to this"
    # ("This is an automated update from <agency>." opens a status notice: the news follows)
    r"|this is an automated(?! (?:status )?(?:update|notification) (?:from|about|on|regarding|for)\b)"
    r"|you (?:are )?receiv(?:ed|ing) this"
    r"|to unsubscribe|unsubscribe"
    r"|powered by\s"
    r"|sent (?:via|from|by|with)\s+(?:greenhouse|lever|workday|ashby|smartrecruiters|icims|taleo|workable|teamtailor|bamboohr|jobvite|recruitee|personio)"
    r"|sent from my (?:iphone|ipad|android|phone|mobile)"
    r"|view our privacy"
    r"|(?:©|\(c\)|copyright)\s"
    # (not a resent notice's opening: "Questo messaggio ti viene reinviato…", "Ce message est un renvoi…")
    r"|le informazioni contenute|questo messaggio(?! (?:(?:ti|le|vi) )?(?:viene|è stato) (?:reinviato|inviato di nuovo|rispedito)| è una copia)|qualora abbiate ricevuto|informativa"
    r"|diese (?:e-?mail|nachricht) (?:enthält|ist(?! (?:eine kopie|erneut|nochmals|noch einmal))|kann)|datenschutzhinweis"
    r"|ce (?:message|courriel|mail) (?:et|est(?! (?:renvoy|r[ée]exp[ée]di|un renvoi|une copie|envoy[ée] (?:à|de) nouveau))|peut|contient)|avis de confidentialit"
    r"|este (?:mensaje|correo|e-?mail) (?:y|es(?! (?:un reenv[ií]o|una copia|reenviado))|puede|contiene)|aviso de (?:confidencialidad|privacidad)"
    r"|esta mensagem(?! (?:foi reenviada|está sendo reenviada|é uma cópia|é um reenvio))|aviso de confidencialidade"
    r"|dit (?:bericht|e-?mailbericht) (?:is(?! (?:opnieuw|een kopie|nogmaals))|kan|bevat)"
    r")",
    re.IGNORECASE | re.MULTILINE,
)


# A sign-off alone on its line: what follows is a signature, never evidence.
SIGN_OFF = LineStart(
    r"[ \t]*(?:--|—|(?:best|kind|warm|warmest|many|all the)?\s*(?:regards|wishes|best)|best|thanks|"
    r"with (?:(?:best|kind|warm|warmest|warmer|many|every|all good|all best)\s+)?(?:regards|wishes|thanks|gratitude|appreciation)|"
    r"many thanks|thank you|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|"
    r"mit freundlichen grü(?:ß|ss)en|(?:viele|beste|liebe|herzliche|schöne|freundliche|ganz liebe) grü(?:ß|ss)e|lg|vg|"
    r"(?:bien )?cordialement|bien à vous|salutations|un saludo|saludos(?: cordiales)?|atentamente|"
    r"cordiali saluti|distinti saluti|un caro saluto|met vriendelijke groet(?:en)?|groet(?:en|jes)?|"
    r"atenciosamente|abraços|um abraço|att\.?)[ \t]*[,.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)


def _cut_signature(text: str) -> str:
    """Drop everything from the last sign-off line, when more was written before it than after."""
    last = None
    for m in SIGN_OFF.finditer(text):
        if m.start() > 0:
            last = m
    if last and len(text) - last.end() < last.start():
        return text[: last.start()]
    return text


@dataclass(frozen=True)
class Parts:
    """A body split into the new text and the first quoted block with its attribution line."""
    new: str
    quote_header: str = ""
    quoted: str = ""
    resent: bool = False      # `new` also holds the sender's own earlier mail, quoted again


def _strip_quoted_lines(text: str) -> str:
    if ">" not in text:          # most mail: nothing to strip
        return text
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))


# Cheap test for anything the reply parser could split on; most mail has none of it.
_MAYBE_QUOTED = re.compile(
    r"^[ \t]*>|wrote:|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|"
    r"^[ \t]*\*?(?:from|von|de|da|van|envoyé|sent|gesendet)\s*:|original message|forwarded|"
    r"ursprüngliche|weitergeleitet|message d'origine|transféré|mensaje original|reenviado|"
    r"messaggio originale|inoltrato|oorspronkelijk|doorgestuurd|mensagem original|encaminhada",
    re.IGNORECASE | re.MULTILINE)


# The same test, fast: _MAYBE_QUOTED's alternation is tried at every character (~100 µs a
# message). Its literal words are found with `in` on the lower-cased text instead, which is
# the same as an IGNORECASE search unless the text holds one of the three characters that
# re's case folding and str.lower() treat differently (then the regex decides).
_QUOTE_LINE = LineStart(r"[ \t]*>|[ \t]*\*?(?:from|von|de|da|van|envoyé|sent|gesendet)\s*:",
                        re.IGNORECASE)
_QUOTE_WORDS = ("wrote:", "schrieb", "a écrit", "escribió", "ha scritto", "schreef", "escreveu",
                "original message", "forwarded", "ursprüngliche", "weitergeleitet",
                "message d'origine", "transféré", "mensaje original", "reenviado",
                "messaggio originale", "inoltrato", "oorspronkelijk", "doorgestuurd",
                "mensagem original", "encaminhada")
_FOLD_TRAPS = re.compile("[\u0130\u0131\u017f]")   # İ ı ſ


def maybe_quoted(text: str) -> bool:
    """True exactly when _MAYBE_QUOTED.search(text) finds something."""
    if not text.isascii() and _FOLD_TRAPS.search(text):
        return _MAYBE_QUOTED.search(text) is not None
    low = text.lower()
    for word in _QUOTE_WORDS:
        if word in low:
            return True
    if ">" not in text and ":" not in text:       # what every _QUOTE_LINE match holds
        return False
    return _QUOTE_LINE.search(text) is not None


def split_body(text: str, lang=None) -> Parts:
    """Split a body into what the sender wrote now and what they quoted.

    `lang` (the body's language, or a function of the text that returns it, called only when
    the text may hold a quote) narrows the reply parser to that language's quote headers plus
    English ones; without it every supported language is tried.
    """
    parts = split_quote(text, lang)
    new = parts.new
    m = _FOOTER.search(new)
    if m:
        new = new[: m.start()]
    new = _cut_signature(new)
    new = _strip_quoted_lines(new)
    return Parts(new=new.strip(), quote_header=parts.quote_header, quoted=parts.quoted)


def split_quote(text: str, lang=None) -> Parts:
    """Split a body at its quoted history only: `new` is the reply as written, signature and
    footers kept (personalisation reads the signer's name and company there; detection cuts
    them in split_body), `quoted` the first quoted block. `lang` as for split_body."""
    quote_header, quoted = "", ""
    replies = []
    if maybe_quoted(text):
        if callable(lang):
            lang = lang(text)
        try:
            parser = _REPLY_PARSERS.get(lang or "", _REPLY_PARSER_ALL)
            replies = _read_replies(parser, text)
        except Exception:  # the reply parser is regex-based; be defensive anyway
            replies = []
    if replies:
        first = replies[0]
        new = first.full_body if not first.headers else ""
        if len(replies) > 1:
            quote_header = replies[1].headers
            quoted = replies[1].full_body
            if not quoted.strip() and len(replies) > 2:   # a bare separator line, then the header block
                quote_header = quote_header + "\n" + replies[2].headers
                quoted = replies[2].full_body
        if not new and first.headers:   # whole text is one quoted block
            new = ""
    else:
        new = text
    m = _CUT.search(new)
    if m:
        if not quoted:
            quote_header, quoted = m.group(0).strip(), new[m.end():]
        new = new[: m.start()]
    return Parts(new=new, quote_header=quote_header.strip(), quoted=_unquote(quoted).strip())


_QUOTE_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def _unquote(text: str) -> str:
    return _QUOTE_PREFIX.sub("", text) if ">" in text else text


def new_text(msg: Message) -> str:
    """Only what the sender newly wrote in `msg`: no quotes, forwards, signatures or footers."""
    return split_body(body_text(msg)).new
