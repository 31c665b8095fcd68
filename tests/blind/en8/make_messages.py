"""Writes messages/*.eml and labels.csv for blind set en8 from the data in content_*.py.

Deterministic: Message-IDs, parent IDs, Date, tracking links and MIME boundaries are SHA-1 digests of each slug,
and the shuffle uses a fixed seed, so re-running reproduces the files byte for byte.

    python3 make_messages.py

Body markup (ATS-style messages): paragraphs separated by blank lines; "# Heading"; "- item" lists;
"[[link text]]" tracking links; "{img:alt}" images; "{button:Label}"; "{table}" (rows in m["table"]);
"{jobs}" job cards (m["jobs"]); "{hr}" a rule.
"""
import csv
import hashlib
import html
import os
import random
import re
import shutil
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from content_common import OWNER, VENDORS  # noqa: E402
import content_rejections  # noqa: E402
import content_others  # noqa: E402

SHUFFLE_SEED = 8_2026_1206
FIRST_DAY = datetime(2026, 9, 1)
SPAN_DAYS = 90
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ = {"en-US": -300, "en-CA": -300, "en-GB": 0, "en-IE": 0, "en-AU": 660, "en-IN": 330, "en-SG": 480, "en-ZA": 120}


def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug: str, domain: str, style: str = "", salt: str = "") -> str:
    d = digest(slug, salt, "id")
    if style == "gmail":
        return f"<CA+{d[:10].upper()}{d[10:30]}=q{d[30:38]}@mail.gmail.com>"
    if style == "outlook":
        return f"<{d[:4].upper()}PR{d[4:6]}MB{d[6:10]}{d[10:26].upper()}@{d[26:28].upper()}PR{d[28:30]}MB{d[30:34]}.eurprd0{int(d[34], 16) % 9 + 1}.prod.outlook.com>"
    if style == "apple":
        return f"<{d[:8].upper()}-{d[8:12].upper()}-{d[12:16].upper()}-{d[16:20].upper()}-{d[20:32].upper()}@example.org>"
    return f"<{d[:24]}.{digest(slug, salt, 'n')[:10]}@{domain}>"


def date_for(slug: str, variant: str, day: str = "") -> str:
    h = int(digest(slug, "date"), 16)
    tz = timezone(timedelta(minutes=TZ.get(variant, 0)))
    start = datetime.strptime(day, "%Y-%m-%d") if day else FIRST_DAY + timedelta(days=h % SPAN_DAYS)
    when = start + timedelta(seconds=7 * 3600 + (h >> 16) % (11 * 3600))
    return format_datetime(when.replace(tzinfo=tz))


def link(slug: str, n) -> str:
    return f"https://click.example/ls/click?upn={digest(slug, 'link', str(n))[:40]}"


# ---------------------------------------------------------------- ATS HTML
P_STYLE = 'style="margin:0 0 16px 0;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2d2d2d"'


def inline(text: str, slug: str) -> str:
    out = html.escape(text)
    return re.sub(r"\[\[(.+?)\]\]",
                  lambda mm: f'<a href="{link(slug, mm.group(1))}" style="color:#0b5fff;text-decoration:underline" target="_blank">{mm.group(1)}</a>',
                  out)


def block_html(block: str, m: dict, colour: str) -> str:
    slug = m["slug"]
    b = block.strip()
    if b == "{table}":
        rows = "".join(
            f'<tr><td style="padding:8px 12px;border-bottom:1px solid #e6e6e6;color:#6b6b6b;width:40%">{html.escape(k)}</td>'
            f'<td style="padding:8px 12px;border-bottom:1px solid #e6e6e6;font-weight:bold">{html.escape(v)}</td></tr>'
            for k, v in m["table"])
        return f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:0 0 18px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px">{rows}</table>'
    if b == "{jobs}":
        cards = "".join(
            f'<tr><td style="padding:12px 0;border-bottom:1px solid #e8e8e8;font-family:Helvetica,Arial,sans-serif">'
            f'<img src="https://assets.click.example/co/{digest(slug, t)[:10]}.png" width="48" height="48" alt="{html.escape(c)}" style="float:left;margin-right:12px">'
            f'<a href="{link(slug, "job" + t)}" style="font-size:16px;font-weight:bold;color:#0a66c2;text-decoration:none">{html.escape(t)}</a><br>'
            f'<span style="font-size:14px;color:#333">{html.escape(c)}</span><br><span style="font-size:13px;color:#666">{html.escape(loc)}</span></td></tr>'
            for t, c, loc in m["jobs"])
        return f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:0 0 18px 0">{cards}</table>'
    if b == "{hr}":
        return '<hr style="border:0;border-top:1px solid #e3e3e3;margin:20px 0">'
    mm = re.fullmatch(r"\{img:(.*)\}", b)
    if mm:
        return f'<p style="margin:0 0 16px 0"><img src="https://assets.click.example/img/{digest(slug, mm.group(1))[:14]}.png" alt="{html.escape(mm.group(1))}" width="536" style="display:block;max-width:100%;border:0"></p>'
    mm = re.fullmatch(r"\{button:(.*)\}", b)
    if mm:
        return (f'<table role="presentation" cellpadding="0" cellspacing="0" style="margin:6px 0 22px 0"><tr><td style="background:{colour};border-radius:4px">'
                f'<a href="{link(slug, "btn" + mm.group(1))}" style="display:inline-block;padding:12px 22px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold" target="_blank">{html.escape(mm.group(1))}</a></td></tr></table>')
    if b.startswith("# "):
        return f'<h2 style="margin:0 0 16px 0;font-family:Helvetica,Arial,sans-serif;font-size:22px;line-height:28px;color:#111111">{inline(b[2:], slug)}</h2>'
    lines = b.split("\n")
    if all(ln.startswith("- ") for ln in lines):
        return f"<ul {P_STYLE}>" + "".join(f"<li>{inline(ln[2:], slug)}</li>" for ln in lines) + "</ul>"
    return f"<p {P_STYLE}>" + "<br>\n".join(inline(ln, slug) for ln in lines) + "</p>"


def fill(s: str, m: dict) -> str:
    slug = m["slug"]
    return s.format(company=m.get("brand", ""), unsub=link(slug, "unsub"), privacy=link(slug, "privacy"),
                    prefs=link(slug, "prefs"))


def ats_html(m: dict) -> str:
    v = VENDORS[m["vendor"]]
    colour = m.get("colour", v["colour"])
    slug = m["slug"]
    blocks = [b for b in m["text"].strip().split("\n\n") if b.strip()]
    body = "\n".join(block_html(b, m, colour) for b in blocks)
    footer = [fill(f, m) for f in v["footer"] + m.get("footer", [])]
    foot = "\n".join(f'<p style="margin:0 0 8px 0">{inline(f, slug)}</p>' for f in footer)
    brand = m.get("brand", "")
    logo = f'https://assets.click.example/logo/{digest(slug, "logo")[:16]}.png'
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f'<title>{html.escape(m["subject"])}</title>'
        '<style type="text/css">body{margin:0;padding:0}@media only screen and (max-width:620px){.wrap{width:100% !important}}</style></head>\n'
        '<body style="margin:0;padding:0;background-color:#f2f3f5">\n'
        f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(m.get("preheader", ""))}</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f5"><tr><td align="center" style="padding:28px 10px">\n'
        '<table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-radius:4px">\n'
        f'<tr><td style="padding:22px 32px;border-top:4px solid {colour}"><img src="{logo}" alt="{html.escape(brand)}" height="36" style="display:block;border:0;outline:none"></td></tr>\n'
        f'<tr><td style="padding:8px 32px 26px 32px">\n{body}\n</td></tr>\n'
        f'<tr><td style="padding:18px 32px;background-color:#f8f8f9;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:16px;color:#8b8f96">\n{foot}\n</td></tr>\n'
        '</table>\n'
        f'<img src="https://click.example/wf/open?upn={digest(slug, "pixel")[:48]}" width="1" height="1" alt="" border="0" style="height:1px !important;width:1px !important">\n'
        '</td></tr></table>\n</body></html>\n')


def vendor_plain(m: dict) -> str:
    """The plain part an ATS writes itself: clean text, links in brackets, footer below a rule."""
    slug = m["slug"]
    out = []
    for b in [b for b in m["text"].strip().split("\n\n") if b.strip()]:
        b = b.strip()
        if b == "{table}":
            out.append("\n".join(f"{k}: {v}" for k, v in m["table"]))
        elif b == "{jobs}":
            out.append("\n\n".join(f"{t}\n{c} - {loc}\n{link(slug, 'job' + t)}" for t, c, loc in m["jobs"]))
        elif b == "{hr}":
            out.append("-" * 40)
        elif b.startswith("{img:"):
            continue
        elif b.startswith("{button:"):
            lab = b[8:-1]
            out.append(f"{lab}: {link(slug, 'btn' + lab)}")
        elif b.startswith("# "):
            out.append(b[2:])
        else:
            out.append(re.sub(r"\[\[(.+?)\]\]", lambda mm: f"{mm.group(1)} <{link(slug, mm.group(1))}>", b))
    footer = [fill(f, m) for f in VENDORS[m["vendor"]]["footer"] + m.get("footer", [])]
    text = "\n\n".join(out)
    if footer:
        text += "\n\n---\n" + "\n".join(footer)
    return text + "\n"


class _H2T(HTMLParser):
    """A crude HTML-to-text converter of the kind mail platforms run to make the text/plain part."""
    BLOCK = {"p", "div", "tr", "table", "h1", "h2", "h3", "ul", "hr"}

    def __init__(self, style: str):
        super().__init__(convert_charrefs=True)
        self.style, self.out, self.links, self.href, self.skip = style, [], [], None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "title"):
            self.skip += 1
        elif tag == "div" and "display:none" in (a.get("style") or ""):
            self.skip += 1
            self.out.append("\n")
        elif tag == "br":
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n  * ")
        elif tag in self.BLOCK:
            self.out.append("\n\n" if tag in ("p", "h2", "table") else "\n")
        elif tag == "td":
            self.out.append(" ")
        elif tag == "img":
            alt = a.get("alt") or ""
            self.out.append(f"[image: {alt}]" if alt else "[image]")
        elif tag == "a":
            self.href = a.get("href")

    def handle_endtag(self, tag):
        if tag in ("style", "title") or (tag == "div" and self.skip):
            self.skip = max(0, self.skip - 1)
        elif tag == "a" and self.href:
            if self.style == "refs":
                self.links.append(self.href)
                self.out.append(f" [{len(self.links)}]")
            else:
                self.out.append(f" <{self.href}>")
            self.href = None
        elif tag in ("p", "h2", "table"):
            self.out.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html2text(page: str, style: str = "refs", width: int = 76) -> str:
    p = _H2T(style)
    p.feed(page)
    raw = "".join(p.out)
    lines = [ln.strip() for ln in raw.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    wrapped = []
    for ln in text.split("\n"):
        wrapped.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False) or [""])
    text = "\n".join(wrapped)
    if p.links:
        text += "\n\nLinks:\n------\n" + "\n".join(f"[{i}] {u}" for i, u in enumerate(p.links, 1))
    return text + "\n"


# ---------------------------------------------------------------- personal mail
def wrap_plain(text: str, width: int = 76) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = re.match(r"^(?:> ?)*", line).group(0)
        out.extend(textwrap.wrap(line[len(prefix):], width - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def client_html(text: str, client: str) -> str:
    font = {"gmail": "", "outlook": ' style="font-family:Calibri,sans-serif;font-size:11pt"', "apple": ""}[client]
    parts, quote = [], []

    def flush():
        if quote:
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                         + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(re.sub(r"^(?:> ?)+", "", line))
            continue
        flush()
        if client == "outlook":
            parts.append(f"<p class=\"MsoNormal\"{font}>{html.escape(line) if line else '&nbsp;'}</p>")
        else:
            parts.append(f"<div>{html.escape(line) if line else '<br>'}</div>")
    flush()
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
    return head + ('<div dir="ltr">' if client == "gmail" else "<div>") + "\n".join(parts) + "</div></body></html>\n"


# ---------------------------------------------------------------- build
def build(m: dict) -> EmailMessage:
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    domain = m.get("id_domain") or m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = msg_id(slug, domain, m.get("id_style", ""))
    e["Date"] = date_for(slug, m.get("variant", "en-GB"), m.get("day", ""))
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("reply_to"):
        e["Reply-To"] = m["reply_to"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        ids = [msg_id(slug, m.get("parent_domain", "example.org"), m.get("parent_style", "apple"), f"p{i}")
               for i in range(m.get("parent_depth", 1))]
        e["In-Reply-To"] = ids[-1]
        e["References"] = " ".join(ids)
    e["MIME-Version"] = "1.0"
    hdrs = dict(VENDORS[m["vendor"]]["headers"]) if m["style"] == "ats" and not m.get("no_vendor_headers") else {}
    hdrs.update(m.get("headers", {}))
    for k, val in hdrs.items():
        e[k] = fill(val, m)
    if m["style"] == "ats":
        page = ats_html(m)
        plain_mode = m.get("plain", "vendor")
        cte = m.get("cte", "quoted-printable")
        if plain_mode == "none":
            e.set_content(page, subtype="html", cte=cte)
        elif plain_mode == "only":
            e.set_content(vendor_plain(m), cte=m.get("cte", "quoted-printable"))
        else:
            plain = vendor_plain(m) if plain_mode == "vendor" else html2text(page, "refs" if plain_mode == "refs" else "inline")
            e.set_content(plain, cte=cte)
            e.add_alternative(page, subtype="html", cte=cte)
    else:
        text = m["text"].strip("\n") + "\n"
        if m.get("wrap", True):
            text = wrap_plain(text)
        cte = m.get("cte")
        client = m.get("client")
        if client:
            e.set_content(text, cte=cte or "quoted-printable")
            e.add_alternative(client_html(text, client), subtype="html", cte="quoted-printable")
        else:
            e.set_content(text, cte=cte)
    for fname, ctype, data in m.get("attach", []):
        if e.get_content_type() != "multipart/mixed":
            e.make_mixed()
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            e.add_attachment(data, subtype=subtype, filename=fname)
        else:
            e.add_attachment(data.encode(), maintype=maintype, subtype=subtype, filename=fname)
    n = 0
    for part in e.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{int(digest(slug, 'b', str(n))[:10], 16)}_{digest(slug, 'b2', str(n))[:12]}")
            n += 1
    return e


def notes(m: dict) -> str:
    bits = [f"lang={m.get('lang', 'en')}", m["style"], m.get("variant", "en-GB")]
    if m.get("vendor") and m["style"] == "ats" and m["vendor"] not in ("none", "own"):
        bits.append(m["vendor"])
    if m.get("notes"):
        bits.append(m["notes"])
    return "; ".join(bits)


def main() -> None:
    messages = content_rejections.MESSAGES + content_others.MESSAGES
    slugs = [m["slug"] for m in messages]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    assert not dupes, dupes
    order = sorted(messages, key=lambda m: m["slug"])
    random.Random(SHUFFLE_SEED).shuffle(order)
    out_dir = os.path.join(HERE, "messages")
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    rows = []
    for i, m in enumerate(order, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(build(m).as_bytes(policy=POLICY))
        exp = m.get("exp", ("", "", "", "")) if m["label"] == "rejection" else ("", "", "", "")
        rows.append([f"messages/{name}", m["label"], *exp, m["cat"], notes(m)])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
