"""Writes messages/*.eml and labels.csv for the blind intl36 set (es, it, nl, pt) from content_*.py.

Deterministic: Message-IDs, Dates and MIME boundaries are SHA-1 digests of each slug; shuffle seed fixed.

    python3 make_messages.py
"""
import csv
import hashlib
import html
import os
import random
import shutil
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import content_es, content_it, content_nl, content_pt  # noqa: E402

OWNER = ("Sam Taylor", "sam.taylor@example.org")
SEED = 20261207
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
ATTRIB = {"es": "El {date}, {who} escribió:", "it": "Il giorno {date} {who} ha scritto:",
          "nl": "Op {date} schreef {who}:", "pt": "Em {date}, {who} escreveu:"}
TZ = {"es": 60, "it": 60, "nl": 60, "pt": 0, "mx": -360, "co": -300, "ar": -180, "br": -180}


def digest(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def when_for(slug, tzkey):
    h = int(digest(slug, "date"), 16)
    start = datetime(2026, 9, 1) + timedelta(days=h % 90, seconds=(h >> 16) % 86400)
    return start.replace(tzinfo=timezone(timedelta(minutes=TZ.get(tzkey, 60))))


def date_for(slug, tzkey):
    return format_datetime(when_for(slug, tzkey))


def link(slug, n):
    return f"https://click.example/t/{digest(slug, 'l', str(n))[:24]}"


def to_html(m):
    slug = m["slug"]
    paras = "".join(
        '<p style="margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px;color:#333">'
        + html.escape(p).replace("\n", "<br>") + "</p>" for p in m["body"].strip().split("\n\n"))
    foot = "".join('<p style="font-size:11px;color:#888">' + html.escape(p).replace("\n", "<br>") + "</p>"
                   for p in m.get("footer", "").strip().split("\n\n") if p)
    vendor = m.get("vendor", "")
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f4f4">'
            f'<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">'
            f'<img src="https://cdn.example/logo/{digest(slug, "logo")[:10]}.png" alt="{html.escape(m.get("company_logo", "Logo"))}" width="120">'
            f'</td></tr><tr><td style="padding:0 24px">{paras}</td></tr>'
            f'<tr><td style="padding:12px 24px;border-top:1px solid #eee">{foot}'
            f'<p style="font-size:11px;color:#aaa"><a href="{link(slug, 1)}">Privacy</a> | '
            f'<a href="{link(slug, 2)}">Unsubscribe</a> | Powered by {html.escape(vendor)}</p></td></tr></table>'
            f'<img src="{link(slug, 9)}.gif" width="1" height="1" alt=""></body></html>')


def to_text_from_html(m):
    """Plain part as an HTML-to-text converter writes it: [image] placeholders, link list, odd breaks."""
    slug = m["slug"]
    body = m["body"].strip()
    if m.get("oddbreaks"):  # converters that hard-wrap at 60 columns and double paragraph gaps
        body = "\n\n\n".join("\n".join(textwrap.wrap(p, 60)) for p in body.split("\n\n"))
    foot = m.get("footer", "").strip()
    return (f"[image: {m.get('company_logo', 'Logo')}]\n\n{body}\n\n---\n{foot}\n\n"
            f"Privacy [1] | Unsubscribe [2] | Powered by {m.get('vendor', '')}\n\n"
            f"[1] {link(slug, 1)}\n[2] {link(slug, 2)}\n")


def build(m):
    msg = EmailMessage(policy=POLICY)
    frm = m["frm"]
    dom = frm[1].split("@")[1]
    msg["From"] = formataddr(frm)
    msg["To"] = formataddr(m.get("to", OWNER))
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to_hdr"):
        msg["Reply-To"] = m["reply_to_hdr"]
    msg["Subject"] = m["subject"]
    msg["Date"] = date_for(m["slug"], m.get("tz", m["lang"]))
    msg["Message-ID"] = f"<{digest(m['slug'], 'id')[:20]}@{dom}>"
    if m.get("quote") or m.get("reply"):
        parent = f"<{digest(m['slug'], 'parent')[:20]}@example.org>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    msg["MIME-Version"] = "1.0"
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    style = m.get("fmt", "alt" if m["style"] == "ats" else "text")
    if style == "text":
        text = m["body"].strip() + "\n"
        if m.get("quote"):
            q = m["quote"].strip()
            if not q.split("\n")[0].endswith(":"):
                text += "\n" + ATTRIB[m["lang"]].format(date=(when_for(m["slug"], m.get("tz", m["lang"])) - timedelta(days=2, hours=3)).strftime("%d/%m/%Y %H:%M"), who=formataddr(m.get("to", OWNER)))
            text += "\n" + "\n".join(("> " + w) for l in m["quote"].strip().split("\n") for w in (textwrap.wrap(l, 72) or [""])) + "\n"
        msg.set_content(text, cte="quoted-printable")
    elif style == "html":
        msg.set_content(to_html(m), subtype="html", cte="quoted-printable")
    else:
        msg.set_content(to_text_from_html(m), cte="quoted-printable")
        msg.add_alternative(to_html(m), subtype="html", cte="quoted-printable")
    bnd = "==_" + digest(m["slug"], "b")[:24]
    if msg.is_multipart():
        msg.set_boundary(bnd)
    return msg


def main():
    msgs = content_es.MESSAGES + content_it.MESSAGES + content_nl.MESSAGES + content_pt.MESSAGES
    slugs = [m["slug"] for m in msgs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    random.Random(SEED).shuffle(msgs)
    out = os.path.join(HERE, "messages")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    rows = []
    for i, m in enumerate(msgs, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        with open(os.path.join(out, name), "wb") as f:
            f.write(build(m).as_bytes(policy=POLICY))
        rej = m["label"] == "rejection"
        rows.append({"file": "messages/" + name, "label": m["label"],
                     "reply_to": m.get("reply_to", "") if rej else "",
                     "contact_first_name": m.get("first", "") if rej else "",
                     "company": m.get("company", "") if rej else "",
                     "role": m.get("role", "") if rej else "",
                     "category": m["cat"],
                     "notes": f"lang={m['lang']}; {m['style']}; {m.get('tags', '')}".strip()})
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
