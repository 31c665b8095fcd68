"""Writes messages/*.eml and labels.csv for blind set en23 from content_*.py (deterministic).

Message-IDs, Date and MIME boundaries are SHA-1 digests of each slug; the shuffle seed is fixed.
    python3 make_messages.py
"""
import csv, hashlib, html, os, random, re, shutil, sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import content_rejections, content_others  # noqa: E402

SEED = 20261207
OWNER = "Sam Taylor <sam.taylor@example.org>"
TZ = {"en-GB": 0, "en-IE": 0, "en-US": -300, "en-CA": -300, "en-AU": 660, "en-NZ": 780, "en-ZA": 120, "en-IN": 330}
POL = policy.default.clone(linesep="\n")


def dg(*p):
    return hashlib.sha1("|".join(p).encode()).hexdigest()


def link(slug, n):
    return f"https://click.example/t/{dg(slug, 'l', str(n))[:22]}"


def to_html(text, slug, colour):
    out = []
    for i, b in enumerate(text.strip().split("\n\n")):
        b = html.escape(b).replace("\n", "<br>")
        b = re.sub(r"\[\[(.+?)\]\]", lambda m: f'<a href="{link(slug, len(m.group(1)))}" style="color:{colour}">{m.group(1)}</a>', b)
        out.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333">{b}</p>')
    return "".join(out)


def html_doc(m):
    slug, colour = m["s"], m.get("colour", "#1a73e8")
    logo = m.get("logo", "Logo")
    foot = m.get("foot", "")
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(m["sub"])}</title></head>'
            f'<body style="margin:0;background:#f4f5f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td align="center" style="padding:24px"><table role="presentation" width="600" style="background:#ffffff;border-radius:6px">'
            f'<tr><td style="padding:20px 28px;border-bottom:3px solid {colour}"><img src="https://cdn.example/{dg(slug,"img")[:10]}/logo.png" alt="{html.escape(logo)}" width="120"></td></tr>'
            f'<tr><td style="padding:24px 28px">{to_html(m["body"], slug, colour)}</td></tr>'
            f'<tr><td style="padding:16px 28px;background:#fafafa;font-family:Arial,sans-serif;font-size:11px;color:#888">{to_html(foot, slug, "#888") if foot else ""}'
            f'<a href="{link(slug, 900)}" style="color:#888">Unsubscribe</a> | <a href="{link(slug, 901)}" style="color:#888">Privacy</a></td></tr>'
            f'</table></td></tr></table><img src="https://open.example/o/{dg(slug,"px")[:16]}.gif" width="1" height="1" alt=""></body></html>')


def html_plain(m):
    """Plain part as an HTML-to-text converter renders it: [image], link list, odd breaks."""
    slug = m["s"]
    refs = []
    def sub(mm):
        refs.append(link(slug, len(mm.group(1))))
        return f"{mm.group(1)} [{len(refs)}]"
    body = re.sub(r"\[\[(.+?)\]\]", sub, m["body"].strip())
    foot = re.sub(r"\[\[(.+?)\]\]", sub, m.get("foot", "").strip())
    refs += [link(slug, 900), link(slug, 901)]
    lines = [f"[image: {m.get('logo', 'Logo')}]", ""]
    for para in body.split("\n\n"):
        words, cur, width = para.replace("\n", " \n ").split(" "), "", 64 + (len(slug) % 9)
        for w in words:
            if w == "\n":
                lines.append(cur.rstrip()); cur = ""; continue
            if len(cur) + len(w) > width:
                lines.append(cur.rstrip()); cur = ""
            cur += w + " "
        lines.append(cur.rstrip()); lines.append("")
    if foot:
        lines += [foot, ""]
    lines += [f"Unsubscribe [{len(refs)-1}] | Privacy [{len(refs)}]", "", "Links:", "------"]
    lines += [f"[{i}] {u}" for i, u in enumerate(refs, 1)]
    return "\n".join(lines) + "\n"


def plain_links(text, slug):
    return re.sub(r"\[\[(.+?)\]\]", lambda mm: f"{mm.group(1)} <{link(slug, len(mm.group(1)))}>", text)


def build(m):
    slug = m["s"]
    dom = re.search(r"@([\w.-]+)>?\s*$", m["fr"]).group(1)
    e = EmailMessage(policy=POL)
    e["From"] = m["fr"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("rt"):
        e["Reply-To"] = m["rt"]
    e["Subject"] = m["sub"]
    h = int(dg(slug, "d"), 16)
    when = datetime(2026, 9, 1) + timedelta(days=h % 95, seconds=(h >> 12) % 86400)
    e["Date"] = format_datetime(when.replace(tzinfo=timezone(timedelta(minutes=TZ.get(m["v"], 0)))))
    e["Message-ID"] = f"<{dg(slug, 'id')[:20]}.{dg(slug, 'n')[:6]}@{dom}>"
    if m.get("irt"):
        parent = f"<{dg(slug, 'parent')[:24]}@{m['irt']}>"
        e["In-Reply-To"] = parent
        e["References"] = parent
    for k, val in m.get("hdr", {}).items():
        e[k] = val
    fmt = m.get("fmt", "plain")
    if fmt == "plain":
        e.set_content(plain_links(m["body"].strip(), slug) + "\n", cte=m.get("cte", "quoted-printable"))
    elif fmt == "htmlonly":
        e.set_content(html_doc(m), subtype="html", cte="quoted-printable")
    else:  # alt: html-derived plain text + html
        e.set_content(html_plain(m), cte="quoted-printable")
        e.add_alternative(html_doc(m), subtype="html", cte="base64" if fmt == "alt64" else "quoted-printable")
    if e.is_multipart():
        e.set_boundary("=_" + dg(slug, "b")[:28])
    return e


def main():
    items = content_rejections.ITEMS + content_others.ITEMS
    slugs = [m["s"] for m in items]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    random.Random(SEED).shuffle(items)
    out = os.path.join(HERE, "messages")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    rows = []
    for i, m in enumerate(items, 1):
        name = f"{i:03d}-{m['s']}.eml"
        with open(os.path.join(out, name), "wb") as f:
            f.write(build(m).as_bytes(policy=POL))
        rej = m["label"] == "rejection"
        rt, first, comp, role = m.get("lab", ("", "", "", "")) if rej else ("", "", "", "")
        rows.append({"file": "messages/" + name, "label": m["label"], "reply_to": rt, "contact_first_name": first,
                     "company": comp, "role": role, "category": m["cat"],
                     "notes": f"lang=en; {m['st']}; {m['v']}; {m.get('tags', '')}".rstrip("; ")})
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader(); w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
