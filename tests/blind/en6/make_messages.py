"""Writes messages/*.eml and labels.csv for blind set en6 from content_*.py (stdlib `email` only).

Deterministic: Message-IDs, parent IDs, Date and MIME boundaries are SHA-1 digests of the slug; the
shuffle seed is fixed. Re-running reproduces the files byte for byte.

    python3 make_messages.py
"""
import csv, hashlib, html, os, random, re, shutil, sys, textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from content_common import OWNER, VENDORS  # noqa: E402
import content_rej_ats, content_rej_personal, content_oth_ats, content_oth_personal  # noqa: E402

SEED = 6062026
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]


def dg(*p):
    return hashlib.sha1("|".join(p).encode()).hexdigest()


def msg_id(slug, domain, salt=""):
    return f"<{dg(slug, salt, 'id')[:22]}.{dg(slug, salt, 'n')[:6]}@{domain}>"


def date_for(slug, tz_min=0):
    h = int(dg(slug, "date"), 16)
    start = datetime(2026, 9, 14) + timedelta(days=h % 80, seconds=(h >> 12) % 86400)
    return format_datetime(start.replace(tzinfo=timezone(timedelta(minutes=tz_min))))


def link(slug, n):
    return f"https://click.example/ls/click?upn={dg(slug, 'l', str(n))[:32]}"


def wrap(text, width=74):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        pre = re.match(r"^(?:> ?)*", line).group(0)
        out.extend(textwrap.wrap(line[len(pre):], width - len(pre), initial_indent=pre,
                                 subsequent_indent=pre, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def para_html(block, slug):
    st = 'style="margin:0 0 14px 0;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2d2d2d"'
    lines = block.split("\n")
    if all(l.startswith("- ") for l in lines):
        return f"<ul {st}>" + "".join(f"<li>{html.escape(l[2:])}</li>" for l in lines) + "</ul>"
    if all(": " in l and len(l) < 70 for l in lines) and len(lines) > 1 and block.startswith("|"):
        rows = "".join(f'<tr><td style="padding:5px 10px;border:1px solid #ddd;font-weight:bold">{html.escape(l[1:].split(": ",1)[0])}</td>'
                       f'<td style="padding:5px 10px;border:1px solid #ddd">{html.escape(l.split(": ",1)[1])}</td></tr>' for l in lines)
        return f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 16px 0">{rows}</table>'
    inner = "<br>".join(html.escape(l) for l in lines)
    inner = re.sub(r"\[\[(.+?)\]\]", lambda mm: f'<a href="{link(slug, len(mm.group(1)))}" style="color:#1a5fd0">{mm.group(1)}</a>', inner)
    return f"<p {st}>{inner}</p>"


def plain_clean(text, slug):
    text = re.sub(r"^\|", "", text, flags=re.M)
    return re.sub(r"\[\[(.+?)\]\]", lambda mm: f"{mm.group(1)} <{link(slug, len(mm.group(1)))}>", text)


def plain_mangled(text, slug, brand, footer):
    """What an HTML-to-text converter makes: [image] placeholders, numbered link list, odd breaks."""
    links = []

    def ref(mm):
        links.append(link(slug, len(mm.group(1))))
        return f"{mm.group(1)}[{len(links)}]"
    text = re.sub(r"\[\[(.+?)\]\]", ref, re.sub(r"^\|", "", text, flags=re.M))
    width = 58 + int(dg(slug, "w"), 16) % 20
    body = []
    for block in text.split("\n\n"):
        body.append("\n".join(textwrap.wrap(" ".join(block.split("\n")), width, break_on_hyphens=False)))
    out = f"[image: {brand}]\n\n\n" + "\n\n".join(body) + "\n\n\n" + " \n".join(footer)
    links.append(link(slug, 900))
    out += "\n\n[image: ]\n\nLinks:\n------\n" + "\n".join(f"[{i}] {u}" for i, u in enumerate(links, 1)) + "\n"
    return out


def ats_parts(m):
    v = VENDORS[m["vendor"]]
    slug, brand = m["slug"], m.get("brand", "")
    footer = [f.format(company=brand, unsub=link(slug, 900)) for f in v["footer"]]
    blocks = m["text"].strip().split("\n\n")
    body = "".join(para_html(b, slug) for b in blocks)
    if m.get("button"):
        body += (f'<table role="presentation" style="margin:18px 0"><tr><td style="background:{v["colour"]};border-radius:3px">'
                 f'<a href="{link(slug, 700)}" style="display:inline-block;padding:11px 20px;color:#fff;text-decoration:none">{html.escape(m["button"])}</a></td></tr></table>')
    foot = "".join(f'<p style="margin:0 0 6px 0">{html.escape(f)}</p>' for f in footer)
    page = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{html.escape(m["subject"])}</title>'
            '<style>@media only screen and (max-width:620px){.wrap{width:100%!important}}</style></head>\n'
            '<body style="margin:0;padding:0;background:#eef0f3">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:26px 10px">\n'
            '<table class="wrap" role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            f'<tr><td style="padding:18px 30px;border-top:4px solid {v["colour"]}"><img src="https://assets.click.example/logos/{dg(slug, "logo")[:10]}.png" alt="{html.escape(brand)}" height="30"></td></tr>\n'
            f'<tr><td style="padding:24px 30px">{body}</td></tr>\n'
            f'<tr><td style="padding:14px 30px;background:#f7f7f9;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#8a8f98">{foot}</td></tr>\n'
            f'</table>\n<img src="https://click.example/wf/open?upn={dg(slug, "px")[:30]}" width="1" height="1" alt="" style="display:none">\n'
            '</td></tr></table>\n</body></html>\n')
    if m.get("mangled"):
        plain = plain_mangled(m["text"].strip(), slug, brand, footer)
    else:
        plain = plain_clean(m["text"].strip(), slug)
        if m.get("button"):
            plain += f"\n\n{m['button']}: {link(slug, 700)}"
        plain += "\n\n" + "\n".join(footer) + "\n"
    return plain, page


def client_html(text):
    out, q = [], []

    def flush():
        if q:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + "<br>".join(html.escape(x) for x in q) + "</blockquote>")
            q.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            q.append(line.lstrip("> "))
            continue
        flush()
        out.append(f"<div>{html.escape(line) if line else '<br>'}</div>")
    flush()
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def build(m):
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    dom = m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = msg_id(slug, dom)
    e["Date"] = date_for(slug, m.get("tz", 0))
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("reply_to"):
        e["Reply-To"] = m["reply_to"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        ps = [msg_id(slug, m.get("parent_domain", "example.org"), f"p{i}") for i in range(m.get("depth", 1))]
        e["In-Reply-To"] = ps[-1]
        e["References"] = " ".join(ps)
    e["MIME-Version"] = "1.0"
    if m["style"] == "ats":
        e["Auto-Submitted"] = "auto-generated"
        for k, val in VENDORS[m["vendor"]].get("headers", {}).items():
            e[k] = val.format(unsub=link(slug, 900))
    for k, val in m.get("headers", {}).items():
        e[k] = val
    if m["style"] == "ats":
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
            e.add_alternative(client_html(text), subtype="html", cte="quoted-printable")
        else:
            e.set_content(text, charset=m.get("charset", "utf-8"), cte=m.get("cte"))
    for fname, ctype, data in m.get("attach", []):
        if e.get_content_type() != "multipart/mixed":
            e.make_mixed()
        mt, st = ctype.split("/")
        if mt == "text":
            e.add_attachment(data, subtype=st, filename=fname)
        else:
            e.add_attachment(data.encode(), maintype=mt, subtype=st, filename=fname)
    n = 0
    for part in e.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{dg(slug, 'b', str(n))[:24]}")
            n += 1
    return e


def main():
    msgs = (content_rej_ats.MESSAGES + content_rej_personal.MESSAGES
            + content_oth_ats.MESSAGES + content_oth_personal.MESSAGES)
    slugs = [m["slug"] for m in msgs]
    assert len(set(slugs)) == len(slugs), [s for s in slugs if slugs.count(s) > 1]
    order = sorted(msgs, key=lambda m: m["slug"])
    random.Random(SEED).shuffle(order)
    out = os.path.join(HERE, "messages")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    rows = []
    for i, m in enumerate(order, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        with open(os.path.join(out, name), "wb") as f:
            f.write(build(m).as_bytes(policy=POLICY))
        exp = m.get("exp", ("", "", "", "")) if m["label"] == "rejection" else ("", "", "", "")
        notes = "; ".join(["lang=" + m.get("lang", "en"), m["style"]] + ([m["notes"]] if m.get("notes") else []))
        rows.append([f"messages/{name}", m["label"], *exp, m["cat"], notes])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print("wrote", len(rows))


if __name__ == "__main__":
    main()
