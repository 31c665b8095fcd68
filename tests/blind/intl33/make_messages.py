"""Generator for the intl33 blind set (de/fr): python3 make_messages.py -> messages/ and labels.csv.

Deterministic: Message-IDs, dates and MIME boundaries are SHA-1 digests of the slug; shuffle seed fixed.
"""
import csv
import hashlib
import os
import random
import re
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from datetime import datetime, timedelta, timezone

from content_de import MESSAGES as DE
from content_fr import MESSAGES as FR

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = ("Sam Taylor", "sam.taylor@example.org")
HEADER = "file,label,reply_to,contact_first_name,company,role,category,notes"


def h(slug, salt=""):
    return hashlib.sha1((slug + salt).encode()).hexdigest()


def msg_date(slug, tz):
    d = int(h(slug, "d")[:8], 16)
    base = datetime(2026, 9, 1, 7, 0, tzinfo=timezone.utc) + timedelta(days=d % 95, minutes=(d >> 8) % 660, seconds=(d >> 4) % 60)
    off = timezone(timedelta(hours=tz))
    return base.astimezone(off)


def html_to_text(html_src, width=None):
    """Crude HTML->text like many ATS mailers: [image] placeholders, link list, odd wraps."""
    links = []

    def link(m):
        links.append(m.group(1))
        return f"{m.group(2)} [{len(links)}]"
    s = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', link, html_src, flags=re.S)
    s = re.sub(r'<img [^>]*alt="([^"]*)"[^>]*>', lambda m: f"[image: {m.group(1)}]" if m.group(1) else "", s)
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</(p|tr|h1|h2|div|li)>", "\n\n", s)
    s = re.sub(r"<li[^>]*>", "* ", s)
    s = re.sub(r"<[^>]+>", "", s)
    import html as _h
    s = _h.unescape(s)
    s = re.sub(r"[ \t]+", " ", s)
    s = "\n".join(line.strip() for line in s.splitlines())
    s = re.sub(r"\n{3,}", "\n\n", s).strip()
    if width:
        s = "\n".join(textwrap.fill(p, width) if len(p) > width else p for p in s.split("\n"))
    if links:
        s += "\n\nLinks:\n" + "\n".join(f"[{i}] {u}" for i, u in enumerate(links, 1))
    return s + "\n"


def ats_html(m):
    v = m["vendor"]
    color = v.get("color", "#1f3b57")
    slug = m["slug"]
    paras = []
    for p in m["body"].strip().split("\n\n"):
        p = p.strip()
        if p.startswith("<"):
            paras.append(p)
        else:
            paras.append('<p style="margin:0 0 14px 0;font-size:14px;line-height:21px;">' + p.replace("\n", "<br>") + "</p>")
    track = f"https://click.example/t/{h(slug, 'px')[:16]}"
    footer = v.get("footer", "")
    logo = f'<img src="https://cdn.example/{v.get("logo", "logo")}.png" alt="{m.get("logo_alt", "Logo")}" width="140">'
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}"><head><meta charset="utf-8"><title>{m['subject']}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#222;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid {color};">
<tr><td style="padding:24px 32px 8px 32px;">{logo}</td></tr>
<tr><td style="padding:8px 32px 24px 32px;">
{chr(10).join(paras)}
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-size:11px;line-height:16px;color:#777;">{footer}</td></tr>
</table>
<img src="{track}/open.gif" alt="" width="1" height="1">
</td></tr></table></body></html>
"""


def build(m):
    slug = m["slug"]
    msg = EmailMessage()
    msg["Message-ID"] = f"<{h(slug)[:24]}@{m.get('msgid_domain', m['frm'][1].split('@')[1])}>"
    msg["Date"] = format_datetime(msg_date(slug, m.get("tz", 1)))
    msg["From"] = formataddr(m["frm"])
    msg["To"] = formataddr(m.get("to", OWNER))
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to_hdr"):
        msg["Reply-To"] = m["reply_to_hdr"]
    msg["Subject"] = m["subject"]
    if m.get("in_reply_to"):
        parent = f"<{h(m['in_reply_to'])[:24]}@example.org>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, val in m.get("headers", {}).items():
        msg[k] = val
    if m["style"] == "ats" and m.get("vendor"):
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Auto-Response-Suppress"] = "All"
        if m.get("bulk"):
            msg["Precedence"] = "bulk"
            msg["List-Unsubscribe"] = f"<https://click.example/unsub/{h(slug, 'u')[:12]}>"
    cs = m.get("charset", "utf-8")
    cte = m.get("cte")
    if m["style"] == "ats" and m.get("vendor"):
        html_src = ats_html(m)
        mode = m.get("mode", "alt")
        if mode == "html":
            msg.set_content(html_src, subtype="html", charset=cs, cte=cte or "quoted-printable")
        else:
            text = m.get("text") or html_to_text(html_src, width=m.get("wrap"))
            msg.set_content(text, charset=cs, cte=cte or "quoted-printable")
            msg.add_alternative(html_src, subtype="html", charset=cs, cte="quoted-printable")
    else:
        text = m["body"].strip("\n") + "\n"
        if m.get("quote"):
            text += "\n" + m["quote"].strip("\n") + "\n"
        msg.set_content(text, charset=cs, cte=cte or "8bit")
        if m.get("attach"):
            name, ctype, data = m["attach"]
            mt, st = ctype.split("/")
            msg.add_attachment(data.encode(), maintype=mt, subtype=st, filename=name)
    # deterministic boundaries
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_{h(slug, 'b' + str(i))[:28]}")
    return msg


def main():
    allm = DE + FR
    slugs = [m["slug"] for m in allm]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    rnd = random.Random(20261206 + 33)
    order = allm[:]
    rnd.shuffle(order)
    out = os.path.join(HERE, "messages")
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    rows = []
    for n, m in enumerate(order, 1):
        name = f"{n:03d}-{m['slug']}.eml"
        with open(os.path.join(out, name), "wb") as f:
            f.write(bytes(build(m)))
        rej = m["label"] == "rejection"
        rows.append({
            "file": "messages/" + name, "label": m["label"],
            "reply_to": m.get("rt", "") if rej else "",
            "contact_first_name": m.get("first", "") if rej else "",
            "company": m.get("company", "") if rej else "",
            "role": m.get("role", "") if rej else "",
            "category": m["cat"],
            "notes": f"lang={m['lang']}; {m['style']}; {m.get('tags', '')}".rstrip("; "),
        })
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER.split(","), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
