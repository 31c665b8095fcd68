"""Generator for the intl34 blind set: python3 make_messages.py (deterministic; writes messages/ and labels.csv)."""
import csv
import hashlib
import html
import os
import random
import re
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from datetime import datetime, timezone, timedelta

import content_es, content_it, content_nl, content_pt

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = ("Sam Taylor", "sam.taylor@example.org")
TZ = {"es": 1, "it": 1, "nl": 1, "pt": 0, "mx": -6, "cl": -3, "br": -3}


def h(slug, salt=""):
    return hashlib.sha1((salt + slug).encode()).hexdigest()


def html_of(m):
    v = m.get("vendor", "")
    paras = "".join(
        f'<p style="margin:0 0 14px 0;font-size:14px;line-height:1.5">{html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in m["body"])
    logo = f'<img src="https://cdn.{v.lower() or "mail"}.example/logo/{h(m["slug"])[:8]}.png" alt="{html.escape(m.get("brand", ""))}" width="120">'
    btn = ""
    if m.get("button"):
        btn = (f'<p><a href="https://click.example/t/{h(m["slug"], "b")[:16]}" style="background:#1d4ed8;color:#fff;'
               f'padding:10px 18px;text-decoration:none;border-radius:4px">{html.escape(m["button"])}</a></p>')
    foot = "".join(f'<p style="font-size:11px;color:#888">{html.escape(f)}</p>' for f in m.get("footer", []))
    links = " | ".join(f'<a href="https://click.example/t/{h(m["slug"], l)[:16]}">{html.escape(l)}</a>'
                       for l in m.get("links", []))
    pixel = f'<img src="https://trk.example/o/{h(m["slug"], "px")[:20]}.gif" width="1" height="1" alt="">'
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f4f5">'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table width="600" style="background:#ffffff;font-family:Arial,sans-serif"><tr><td style="padding:24px">{logo}</td></tr>'
            f'<tr><td style="padding:0 24px">{paras}{btn}</td></tr>'
            f'<tr><td style="padding:12px 24px;border-top:1px solid #eee">{foot}<p style="font-size:11px">{links}</p>'
            f'<p style="font-size:10px;color:#aaa">Powered by {html.escape(v)}</p></td></tr></table></td></tr></table>{pixel}</body></html>')


def text_of_html(m):
    """Plain part as an HTML-to-text converter would write it: [image], hard wraps, link list."""
    out = [f"[{m.get('brand', 'image')}]", ""]
    for p in m["body"]:
        words, line, lines = p.replace("\n", " \n ").split(" "), "", []
        for w in words:
            if w == "\n":
                lines.append(line.rstrip()); line = ""; continue
            if len(line) + len(w) > 76 - (len(m["slug"]) % 9):
                lines.append(line.rstrip()); line = ""
            line += w + " "
        lines.append(line.rstrip())
        out += [l for l in lines] + [""]
    refs = []
    if m.get("button"):
        refs.append(m["button"])
        out += [f"{m['button']} [1]", ""]
    out += [f for f in m.get("footer", [])] + [""]
    for l in m.get("links", []):
        refs.append(l)
    out.append(" | ".join(f"{l} [{i + 1 + (1 if m.get('button') else 0) - (1 if m.get('button') and i == 0 and False else 0)}]" for i, l in enumerate(m.get("links", []))))
    out += ["", f"Powered by {m.get('vendor', '')}", ""]
    for i, r in enumerate(refs):
        out.append(f"[{i + 1}] https://click.example/t/{h(m['slug'], r if i or not m.get('button') else 'b')[:16]}")
    return "\n".join(out) + "\n"


def quoted(m):
    q = m.get("quote")
    if not q:
        return ""
    head, body = q
    return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in body.strip("\n").split("\n")) + "\n"


def build(m):
    msg = EmailMessage()
    d = m["date"]
    off = TZ[m.get("tz", m["lang"])]
    dt = datetime(2026, d[0], d[1], d[2], int(h(m["slug"], "m")[:2], 16) % 60, int(h(m["slug"], "s")[:2], 16) % 60,
                  tzinfo=timezone(timedelta(hours=off)))
    msg["From"] = formataddr(m["frm"])
    if m.get("reply_to_hdr"):
        msg["Reply-To"] = m["reply_to_hdr"]
    msg["To"] = m.get("to", formataddr(OWNER))
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt)
    dom = m["frm"][1].split("@")[1]
    msg["Message-ID"] = f"<{h(m['slug'])[:24]}@{dom}>"
    if m.get("in_reply"):
        parent = f"<{h(m['slug'], 'parent')[:24]}@{m.get('parent_dom', 'example.org')}>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    msg["MIME-Version"] = "1.0"
    for k, v in m.get("headers", []):
        msg[k] = v
    if m["style"] == "ats" and not m.get("plain"):
        htm = html_of(m)
        if m.get("html_only"):
            msg.set_content(htm, subtype="html", cte="quoted-printable")
        else:
            msg.set_content(text_of_html(m), cte="quoted-printable")
            msg.add_alternative(htm, subtype="html", cte="quoted-printable")
    else:
        text = "\n\n".join(m["body"]) + "\n" + quoted(m)
        msg.set_content(text, cte=m.get("cte", "8bit"))
    if msg.is_multipart():
        msg.set_boundary("=_" + h(m["slug"], "bnd")[:28])
    return msg


def main():
    msgs = content_es.MESSAGES + content_it.MESSAGES + content_nl.MESSAGES + content_pt.MESSAGES
    slugs = [m["slug"] for m in msgs]
    assert len(set(slugs)) == len(slugs)
    random.Random(20261206).shuffle(msgs)
    mdir = os.path.join(HERE, "messages")
    for f in os.listdir(mdir):
        os.remove(os.path.join(mdir, f))
    rows = []
    for i, m in enumerate(msgs, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(bytes(build(m)))
        lab = m["labels"] if m["label"] == "rejection" else ("", "", "", "")
        rows.append([f"messages/{name}", m["label"], *lab, m["cat"],
                     f"lang={m['lang']}; {m['style']}; {m['tags']}"])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow("file,label,reply_to,contact_first_name,company,role,category,notes".split(","))
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
