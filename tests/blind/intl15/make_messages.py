"""Writes messages/*.eml and labels.csv for the intl15 blind set (German and French) from content_*.py.

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
import content_de  # noqa: E402
import content_fr  # noqa: E402

SHUFFLE_SEED = 20261215
FIRST_DAY = datetime(2026, 9, 1)
SPAN_DAYS = 92
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ = {"de": 60, "at": 60, "ch": 60, "fr": 60, "be": 60, "lu": 60, "qc": -300}


def digest(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug, domain, salt=""):
    return f"<{digest(slug, salt, 'id')[:20]}.{digest(slug, salt, 'n')[:8]}@{domain}>"


def date_for(slug, region):
    h = int(digest(slug, "date"), 16)
    tz = timezone(timedelta(minutes=TZ.get(region, 60)))
    when = FIRST_DAY + timedelta(days=h % SPAN_DAYS, seconds=(h >> 16) % 86400)
    return format_datetime(when.replace(tzinfo=tz))


def link(slug, n):
    return f"https://click.example/t/{digest(slug, 'link', str(n))[:24]}"


def wrap(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = re.match(r"^(?:> ?)*", line).group(0)
        out.extend(textwrap.wrap(line[len(prefix):], width - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def para_html(block, slug, table):
    style = 'style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333"'
    if block.strip() == "{table}":
        rows = "".join(f'<tr><td style="padding:6px 12px;border:1px solid #e1e4e8;background:#f6f8fa;font-weight:bold">'
                       f'{html.escape(k)}</td><td style="padding:6px 12px;border:1px solid #e1e4e8">{html.escape(v)}</td></tr>'
                       for k, v in table)
        return f'<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 16px 0">{rows}</table>'
    lines = block.split("\n")
    if all(ln.startswith("- ") for ln in lines):
        return f"<ul {style}>" + "".join(f"<li>{html.escape(ln[2:])}</li>" for ln in lines) + "</ul>"
    inner = "<br>".join(html.escape(ln) for ln in lines)
    inner = re.sub(r"\[\[(.+?)\]\]", lambda mm: f'<a href="{link(slug, len(mm.group(1)))}" style="color:#0b5fff">{mm.group(1)}</a>', inner)
    return f"<p {style}>{inner}</p>"


def plain_table(text, table):
    if not table:
        return text
    width = max(len(k) for k, _ in table) + 2
    return text.replace("{table}", "\n".join(f"{k + ':':<{width}}{v}" for k, v in table))


def ats_parts(m):
    """Plain and HTML bodies: the written body inside the vendor's chrome.

    With autotext the plain part looks converted from the HTML by the sending system: an [image]
    placeholder, links as numbered references, and lines broken at 60 columns mid-sentence."""
    v = VENDORS[m["vendor"]]
    slug = m["slug"]
    company = m.get("brand", "")
    footer = [f.format(company=company, unsub=link(slug, 900), privacy=link(slug, 901)) for f in v["footer"]]
    blocks = m["text"].strip().split("\n\n")
    body_html = "".join(para_html(b, slug, m.get("table")) for b in blocks)
    about = m.get("about", "")
    if about:
        body_html += f'<p style="margin:18px 0 0 0;padding-top:12px;border-top:1px solid #eee;font-size:12px;color:#777">{html.escape(about)}</p>'
    button = m.get("button")
    if button:
        body_html += (f'<table role="presentation" style="margin:16px 0"><tr><td style="background:{v["colour"]};border-radius:4px">'
                      f'<a href="{link(slug, 700)}" style="display:inline-block;padding:10px 18px;color:#fff;text-decoration:none">{html.escape(button)}</a></td></tr></table>')
    foot_html = "".join(f'<p style="margin:0 0 6px 0">{html.escape(f)}</p>' for f in footer)
    logo = f'https://assets.click.example/logo/{digest(slug, "logo")[:12]}.png'
    lang = m["lang"]
    page = ('<!DOCTYPE html>\n'
            f'<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{html.escape(m["subject"])}</title></head>\n'
            '<body style="margin:0;padding:0;background:#f4f5f7">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            f'<tr><td style="padding:20px 32px;border-bottom:3px solid {v["colour"]}"><img src="{logo}" alt="{html.escape(company or "Logo")}" height="32"></td></tr>\n'
            f'<tr><td style="padding:28px 32px">{body_html}</td></tr>\n'
            f'<tr><td style="padding:16px 32px;background:#fafafa;font-family:Arial,sans-serif;font-size:11px;color:#8a8f98">{foot_html}</td></tr>\n'
            '</table>\n'
            f'<img src="https://click.example/o/{digest(slug, "pixel")[:28]}.gif" width="1" height="1" alt="">\n'
            '</td></tr></table>\n</body></html>\n')
    text = plain_table(m["text"].strip(), m.get("table"))
    if m.get("autotext"):
        refs = []

        def ref(mm):
            refs.append(link(slug, len(mm.group(1))))
            return f"{mm.group(1)} [{len(refs)}]"
        text = re.sub(r"\[\[(.+?)\]\]", ref, text)
        if button:
            refs.append(link(slug, 700))
            text += f"\n\n{button} [{len(refs)}]"
        if about:
            text += "\n\n" + about
        text = f"[image: {company or 'Logo'}]\n\n" + text + "\n\n" + "\n".join(footer)
        text = "\n".join(textwrap.fill(p, 60, break_on_hyphens=False) if len(p) > 60 else p for p in text.split("\n"))
        text += "\n\n[image]\n\nLinks:\n------\n" + "".join(f"[{i}] {u}\n" for i, u in enumerate(refs, 1))
        return text, page
    plain = re.sub(r"\[\[(.+?)\]\]", lambda mm: f"{mm.group(1)} <{link(slug, len(mm.group(1)))}>", text)
    if about:
        plain += "\n\n--\n" + about
    if button:
        plain += f"\n\n{button}: {link(slug, 700)}"
    return plain + "\n\n" + "\n".join(footer) + "\n", page


def simple_html(text):
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line.lstrip("> "))
            continue
        flush()
        out.append(f"<div>{html.escape(line) if line else '<br>'}</div>")
    flush()
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def build(m):
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    domain = m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = msg_id(slug, domain)
    e["Date"] = date_for(slug, m.get("region", "de"))
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("reply_to_hdr"):
        e["Reply-To"] = m["reply_to_hdr"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        parents = [msg_id(slug, "example.org", f"parent{i}") for i in range(m.get("parent_depth", 1))]
        e["In-Reply-To"] = parents[-1]
        e["References"] = " ".join(parents)
    e["MIME-Version"] = "1.0"
    for k, val in m.get("headers", {}).items():
        e[k] = val.format(unsub=link(slug, 900))
    if m["style"] == "ats":
        e["Auto-Submitted"] = "auto-generated"
        plain, page = ats_parts(m)
        cte = m.get("cte", "quoted-printable")
        if m.get("html_only"):
            e.set_content(page, subtype="html", cte=cte)
        else:
            e.set_content(plain, cte=cte)
            e.add_alternative(page, subtype="html", cte=cte)
    else:
        text = m["text"].strip("\n") + "\n"
        if m.get("wrap", True):
            text = wrap(text)
        if m.get("client_html"):
            e.set_content(text, cte=m.get("cte", "quoted-printable"))
            e.add_alternative(simple_html(text), subtype="html", cte="quoted-printable")
        else:
            e.set_content(text, cte=m.get("cte", "8bit"))
    for i, p in enumerate(e.walk()):
        if p.is_multipart():
            p.set_boundary("----=_Part_" + digest(slug, "b", str(i))[:24])
    return e


def main():
    msgs = content_de.MESSAGES + content_fr.MESSAGES
    slugs = [m["slug"] for m in msgs]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    random.Random(SHUFFLE_SEED).shuffle(msgs)
    out = os.path.join(HERE, "messages")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    rows = []
    for n, m in enumerate(msgs, 1):
        name = f"{n:03d}-{m['slug']}.eml"
        with open(os.path.join(out, name), "wb") as f:
            f.write(bytes(build(m)))
        rej = m["label"] == "rejection"
        rows.append({"file": "messages/" + name, "label": m["label"],
                     "reply_to": m.get("rt", "") if rej else "", "contact_first_name": m.get("first", "") if rej else "",
                     "company": m.get("company", "") if rej else "", "role": m.get("role", "") if rej else "",
                     "category": m["cat"],
                     "notes": f"lang={m['lang']}; {m['style']}; {m.get('region', '')}; {m.get('tags', '')}".rstrip("; ")})
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
