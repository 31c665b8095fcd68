"""Writes messages/*.eml and labels.csv for the en14 blind set from the data in content_*.py.

Deterministic: Message-IDs, parent IDs, Date and MIME boundaries come from a SHA-1 of each slug and the
shuffle uses a fixed seed, so re-running reproduces the files byte for byte.

    python3 make_messages.py
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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from content_common import OWNER, VENDORS  # noqa: E402
import content_rejections  # noqa: E402
import content_others  # noqa: E402

SHUFFLE_SEED = 202612614
FIRST_DAY = datetime(2026, 9, 7)
SPAN_DAYS = 85
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ_MINUTES = {"en-GB": 0, "en-IE": 0, "en-US": -300, "en-CA": -300, "en-AU": 660, "en-IN": 330,
              "en-NZ": 780, "en-SG": 480}


def digest(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug, domain, salt=""):
    return f"<{digest(slug, salt, 'id')[:22]}.{digest(slug, salt, 'n')[:6]}@{domain}>"


def date_for(slug, variant, day=""):
    h = int(digest(slug, "date"), 16)
    tz = timezone(timedelta(minutes=TZ_MINUTES.get(variant, 0)))
    start = datetime.strptime(day, "%Y-%m-%d") if day else FIRST_DAY + timedelta(days=h % SPAN_DAYS)
    when = start + timedelta(seconds=7 * 3600 + (h >> 20) % (12 * 3600))
    return format_datetime(when.replace(tzinfo=tz))


def link(slug, n):
    return f"https://click.example/ls/{digest(slug, 'link', str(n))[:26]}"


# ---------- ATS: markup -> HTML, and plain text either written by the vendor or generated from the HTML

def _inline_html(s, slug):
    s = html.escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    return re.sub(r"\[\[(.+?)\]\]", lambda mm: f'<a href="{link(slug, len(mm.group(1)))}" style="color:#1a5fb4">{mm.group(1)}</a>', s)


def block_html(b, slug, m, colour):
    p = 'style="margin:0 0 16px 0;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2d2d2d"'
    if b.startswith("{img:"):
        alt = b[5:-1]
        return f'<p style="margin:0 0 16px 0"><img src="https://assets.click.example/i/{digest(slug, alt)[:14]}.png" alt="{html.escape(alt)}" width="560" style="display:block;border:0"></p>'
    if b.startswith("{btn:"):
        return (f'<table role="presentation" style="margin:4px 0 20px 0"><tr><td style="background:{colour};border-radius:4px">'
                f'<a href="{link(slug, 700)}" style="display:inline-block;padding:11px 20px;color:#ffffff;font-weight:bold;text-decoration:none">{html.escape(b[5:-1])}</a></td></tr></table>')
    if b == "{table}":
        rows = "".join(f'<tr><td style="padding:6px 10px;border-bottom:1px solid #e5e5e5;color:#666">{html.escape(k)}</td>'
                       f'<td style="padding:6px 10px;border-bottom:1px solid #e5e5e5"><b>{html.escape(v)}</b></td></tr>' for k, v in m["table"])
        return f'<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 18px 0;font-family:Arial,sans-serif;font-size:14px">{rows}</table>'
    if b.startswith("# "):
        return f'<h2 style="margin:0 0 14px 0;font-family:Helvetica,Arial,sans-serif;font-size:20px;color:#111">{_inline_html(b[2:], slug)}</h2>'
    lines = b.split("\n")
    if all(ln.startswith("- ") for ln in lines):
        return f"<ul {p}>" + "".join(f"<li>{_inline_html(ln[2:], slug)}</li>" for ln in lines) + "</ul>"
    return f"<p {p}>" + "<br>".join(_inline_html(ln, slug) for ln in lines) + "</p>"


def ats_html(m):
    colour, foot = VENDORS[m["vendor"]]
    slug, brand = m["slug"], m.get("brand", "")
    footer = [f.format(company=brand, unsub=link(slug, 900), privacy=link(slug, 901)) for f in foot]
    body = "".join(block_html(b, slug, m, colour) for b in m["text"].strip().split("\n\n"))
    about = m.get("about", "")
    if about:
        body += f'<p style="margin:22px 0 0 0;padding-top:12px;border-top:1px solid #eee;font-family:Arial,sans-serif;font-size:12px;line-height:17px;color:#777">{html.escape(about)}</p>'
    foot_html = "".join(f'<p style="margin:0 0 6px 0">{html.escape(f)}</p>' for f in footer)
    logo = f'https://assets.click.example/logo/{digest(slug, "logo")[:12]}.png'
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{html.escape(m["subject"])}</title>'
        '<style>@media only screen and (max-width:600px){.wrap{width:100%!important}}</style></head>\n'
        '<body style="margin:0;padding:0;background:#f2f3f5">\n'
        f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(m.get("preheader", ""))}</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f5"><tr><td align="center" style="padding:24px 10px">\n'
        '<table class="wrap" role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="padding:22px 30px;border-top:4px solid {colour}"><img src="{logo}" alt="{html.escape(brand)}" height="34" style="border:0"></td></tr>\n'
        f'<tr><td style="padding:8px 30px 26px 30px">{body}</td></tr>\n'
        f'<tr><td style="padding:16px 30px;background:#f7f7f7;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#8b8b8b">{foot_html}</td></tr>\n'
        '</table>\n'
        f'<img src="https://click.example/open/{digest(slug, "pixel")[:30]}.gif" width="1" height="1" alt="" style="display:block;border:0">\n'
        '</td></tr></table>\n</body></html>\n')


def ats_plain_clean(m):
    """The plain part as vendors write it: the same words, links in brackets, footer lines."""
    colour, foot = VENDORS[m["vendor"]]
    slug, brand = m["slug"], m.get("brand", "")
    out = []
    for b in m["text"].strip().split("\n\n"):
        if b.startswith("{img:"):
            continue
        if b.startswith("{btn:"):
            out.append(f"{b[5:-1]}: {link(slug, 700)}")
            continue
        if b == "{table}":
            out.append("\n".join(f"{k}: {v}" for k, v in m["table"]))
            continue
        b = b[2:] if b.startswith("# ") else b
        b = b.replace("**", "")
        out.append(re.sub(r"\[\[(.+?)\]\]", lambda mm: f"{mm.group(1)} <{link(slug, len(mm.group(1)))}>", b))
    if m.get("about"):
        out.append("---\n" + m["about"])
    out.append("\n".join(f.format(company=brand, unsub=link(slug, 900), privacy=link(slug, 901)) for f in foot))
    return "\n\n".join(out) + "\n"


def ats_plain_h2t(m):
    """A plain part generated from the HTML by a converter: [image] placeholders, numbered link list,
    hard wraps at an odd width, table cells on their own lines, the footer run together."""
    colour, foot = VENDORS[m["vendor"]]
    slug, brand = m["slug"], m.get("brand", "")
    width = 58 + int(digest(slug, "w"), 16) % 20
    links = []

    def ref(label, url):
        links.append(url)
        return f"{label} [{len(links)}]"
    out = [f"[image: {brand}]" if brand else "[image]", ""]
    for b in m["text"].strip().split("\n\n"):
        if b.startswith("{img:"):
            out += ["[image]" if m.get("bare_images") else f"[image: {b[5:-1]}]", ""]
            continue
        if b.startswith("{btn:"):
            out += [ref(b[5:-1], link(slug, 700)), ""]
            continue
        if b == "{table}":
            for k, v in m["table"]:
                out += [k, v]
            out.append("")
            continue
        b = b[2:].upper() if b.startswith("# ") else b
        b = re.sub(r"\*\*(.+?)\*\*", lambda mm: f"*{mm.group(1)}*", b)
        b = re.sub(r"\[\[(.+?)\]\]", lambda mm: ref(mm.group(1), link(slug, len(mm.group(1)))), b)
        for ln in b.split("\n"):
            bullet = ln.startswith("- ")
            txt = ("  * " + ln[2:]) if bullet else ln
            out += textwrap.wrap(txt, width, subsequent_indent="    " if bullet else "", break_long_words=False) or [""]
        out.append("")
    if m.get("about"):
        out += textwrap.wrap(m["about"], width) + [""]
    footer = " ".join(f.format(company=brand, unsub=link(slug, 900), privacy=link(slug, 901)) for f in foot)
    out += textwrap.wrap(footer, width, break_long_words=False) + ["", f"[image]"]
    out += ["", "Links:", "------"] + [f"[{i}] {u}" for i, u in enumerate(links, 1)] if links else []
    return "\n".join(out).rstrip() + "\n"


# ---------- personal mail

def client_html(text):
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(re.sub(r"^> ?", "", line))
            continue
        flush()
        out.append(f"<div>{html.escape(line) if line else '<br>'}</div>")
    flush()
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def wrap_personal(text, width):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = re.match(r"^(?:> ?)*", line).group(0)
        out.extend(textwrap.wrap(line[len(prefix):], width - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def build(m):
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    domain = m.get("id_domain") or m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = msg_id(slug, domain)
    e["Date"] = date_for(slug, m["variant"], m.get("day", ""))
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("reply_to"):
        e["Reply-To"] = m["reply_to"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        parents = [msg_id(slug, m["parent"], f"p{i}") for i in range(m.get("depth", 1))]
        e["In-Reply-To"] = parents[-1]
        e["References"] = " ".join(parents)
    e["MIME-Version"] = "1.0"
    for k, v in m.get("headers", {}).items():
        e[k] = v.format(unsub=link(slug, 900))
    if m["style"] == "ats":
        page = ats_html(m)
        cte = m.get("cte", "quoted-printable")
        plain_mode = m.get("plain", "clean")
        if plain_mode == "none":
            e.set_content(page, subtype="html", cte=cte)
        else:
            plain = ats_plain_h2t(m) if plain_mode == "h2t" else ats_plain_clean(m)
            e.set_content(plain, cte=cte)
            e.add_alternative(page, subtype="html", cte=cte)
    else:
        text = m["text"].strip("\n") + "\n"
        if m.get("wrap", 74):
            text = wrap_personal(text, m.get("wrap", 74))
        cs = m.get("charset", "utf-8")
        if m.get("client_html"):
            e.set_content(text, charset=cs, cte=m.get("cte", "quoted-printable"))
            e.add_alternative(client_html(text), subtype="html", cte=m.get("cte", "quoted-printable"))
        else:
            e.set_content(text, charset=cs, cte=m.get("cte"))
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
            part.set_boundary(f"----=_Part_{digest(slug, 'b', str(n))[:24]}")
            n += 1
    return e


def notes(m):
    bits = ["lang=en", m["style"], m["variant"]]
    if m.get("vendor") and m["style"] == "ats":
        bits.append(m["vendor"])
    if m.get("notes"):
        bits.append(m["notes"])
    return "; ".join(bits)


def main():
    messages = content_rejections.MESSAGES + content_others.MESSAGES
    slugs = [m["slug"] for m in messages]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    assert not dupes, dupes
    order = sorted(messages, key=lambda m: (m["label"], m["cat"], m["slug"]))
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
