"""Writes messages/*.eml and labels.csv for blind set en25 from the data in content_*.py.

Deterministic: Message-IDs, parent IDs, Date and MIME boundaries are SHA-1 digests of each slug and the
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

SEED = 20261207
FIRST_DAY = datetime(2026, 3, 2)
SPAN_DAYS = 200
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ = {"US": -300, "CA": -300, "UK": 0, "IE": 0, "AU": 600, "DE": 60, "PL": 60, "JP": 540, "BR": -180}


def digest(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug, domain, salt=""):
    return f"<{digest(slug, salt, 'id')[:20]}.{digest(slug, salt, 'n')[:8]}@{domain}>"


def date_for(slug, country):
    h = int(digest(slug, "date"), 16)
    tz = timezone(timedelta(minutes=TZ.get(country, 0)))
    when = FIRST_DAY + timedelta(days=h % SPAN_DAYS, seconds=(h >> 16) % 50400 + 25200)
    return format_datetime(when.replace(tzinfo=tz))


def link(slug, n):
    return f"https://click.example/ls/click?upn={digest(slug, 'link', str(n))[:32]}"


LINK_RE = re.compile(r"\[\[(.+?)\]\]")


def html_body(text, slug, colour):
    out = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        if all(ln.startswith("- ") for ln in lines):
            out.append("<ul>" + "".join(f"<li>{html.escape(ln[2:])}</li>" for ln in lines) + "</ul>")
            continue
        if all(": " in ln and len(ln.split(": ")[0]) < 22 and ln.startswith("|") for ln in lines):
            rows = "".join(f'<tr><td style="padding:4px 10px;border:1px solid #ddd;font-weight:bold">{html.escape(k[1:])}</td>'
                           f'<td style="padding:4px 10px;border:1px solid #ddd">{html.escape(v)}</td></tr>'
                           for k, v in (ln.split(": ", 1) for ln in lines))
            out.append(f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse">{rows}</table>')
            continue
        inner = "<br>".join(html.escape(ln) for ln in lines)
        inner = LINK_RE.sub(lambda mm: f'<a href="{link(slug, len(mm.group(1)))}" style="color:{colour}">{mm.group(1)}</a>', inner)
        out.append(f'<p style="margin:0 0 14px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#2d2d2d">{inner}</p>')
    return "\n".join(out)


def html2text(text, slug, brand, footer, button):
    """Plain part as an ESP's HTML-to-text converter makes it: [image] placeholders, numbered link list,
    odd line breaks at 76 columns inside sentences, table rows flattened."""
    refs = []

    def ref(mm):
        refs.append(link(slug, len(mm.group(1))))
        return f"{mm.group(1)} [{len(refs)}]"
    body = LINK_RE.sub(ref, text.strip())
    body = "\n".join(ln[1:].replace(": ", " | ", 1) if ln.startswith("|") else ln for ln in body.split("\n"))
    paras = []
    for block in body.split("\n\n"):
        paras.append("\n".join(textwrap.fill(ln, 76, break_on_hyphens=False) if len(ln) > 76 else ln
                               for ln in block.split("\n")))
    out = f"[image: {brand}]\n\n" + "\n\n".join(paras)
    if button:
        refs.append(link(slug, 700))
        out += f"\n\n{button} [{len(refs)}]"
    out += "\n\n" + "\n\n".join(footer)
    refs.append(link(slug, 900))
    out += f"\n\nUnsubscribe [{len(refs)}]\n\n[image: ]\n\nLinks:\n------\n"
    out += "\n".join(f"[{i}] {u}" for i, u in enumerate(refs, 1)) + "\n"
    return out


def ats_parts(m):
    v = VENDORS[m["vendor"]]
    slug, brand = m["slug"], m.get("brand", "")
    footer = [f.format(brand=brand) for f in v["footer"]] + m.get("extra_footer", [])
    button = m.get("button")
    body = html_body(m["text"], slug, v["colour"])
    if button:
        body += (f'\n<table role="presentation"><tr><td style="background:{v["colour"]};border-radius:4px;padding:10px 18px">'
                 f'<a href="{link(slug, 700)}" style="color:#fff;text-decoration:none">{html.escape(button)}</a></td></tr></table>')
    foot = "".join(f'<p style="margin:0 0 8px 0">{html.escape(f)}</p>' for f in footer)
    foot += f'<p><a href="{link(slug, 900)}" style="color:#8a8f98">Unsubscribe</a></p>'
    page = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{html.escape(m["subject"])}</title></head>\n<body style="margin:0;background:#f2f3f5">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            f'<tr><td style="padding:18px 30px;border-top:4px solid {v["colour"]}"><img src="https://assets.click.example/{digest(slug, "logo")[:10]}/logo.png" alt="{html.escape(brand)}" height="30"></td></tr>\n'
            f'<tr><td style="padding:24px 30px">\n{body}\n</td></tr>\n'
            f'<tr><td style="padding:16px 30px;background:#fafafa;font-family:Arial,sans-serif;font-size:11px;color:#8a8f98">{foot}</td></tr>\n'
            f'</table>\n<img src="https://click.example/wf/open?upn={digest(slug, "px")[:40]}" width="1" height="1" alt="">\n'
            '</td></tr></table>\n</body></html>\n')
    return html2text(m["text"], slug, brand, footer, button), page


def personal_html(text):
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(re.sub(r"^>+ ?", "", line))
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
    e["Date"] = date_for(slug, m["country"])
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("reply_to"):
        e["Reply-To"] = m["reply_to"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        pid = msg_id(slug, m["parent"], "parent")
        e["In-Reply-To"] = pid
        e["References"] = pid
    e["MIME-Version"] = "1.0"
    for k, val in m.get("headers", {}).items():
        e[k] = val.format(unsub=link(slug, 900))
    cte = m.get("cte", "quoted-printable")
    if m["style"] == "ats":
        plain, page = ats_parts(m)
        if m.get("html_only"):
            e.set_content(page, subtype="html", cte=cte)
        else:
            e.set_content(plain, cte=cte)
            e.add_alternative(page, subtype="html", cte=cte)
    else:
        text = m["text"].strip("\n") + "\n"
        e.set_content(text, cte=m.get("cte", "8bit" if not text.isascii() else "7bit"))
        if m.get("client_html"):
            e.add_alternative(personal_html(text), subtype="html", cte="quoted-printable")
    if m.get("attach"):
        name, ctype, data = m["attach"]
        maintype, sub = ctype.split("/")
        e.add_attachment(data.encode(), maintype=maintype, subtype=sub, filename=name)
    for i, part in enumerate(p for p in e.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{digest(slug, 'b', str(i))[:24]}")
    return e


def main():
    msgs = content_rejections.MESSAGES + content_others.MESSAGES
    slugs = [m["slug"] for m in msgs]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    random.Random(SEED).shuffle(msgs)
    out = os.path.join(HERE, "messages")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    rows = []
    for n, m in enumerate(msgs, 1):
        name = f"{n:03d}-{m['slug']}.eml"
        with open(os.path.join(out, name), "wb") as f:
            f.write(build(m).as_bytes(policy=POLICY))
        rej = m["label"] == "rejection"
        rows.append({"file": "messages/" + name, "label": m["label"],
                     "reply_to": m.get("f_reply_to", "") if rej else "",
                     "contact_first_name": m.get("f_first", "") if rej else "",
                     "company": m.get("f_company", "") if rej else "",
                     "role": m.get("f_role", "") if rej else "",
                     "category": m["category"],
                     "notes": f"lang={m.get('lang', 'en')}; {m['style']}; {m['country']}; {m['tags']}" + (f"; {m['tags2']}" if m.get("tags2") else "")})
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
