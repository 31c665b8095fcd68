"""Writes messages/*.eml and labels.csv for blind set en11 from the data in content_*.py.

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

from content_common import OWNER, PINNED_DAYS, VENDORS  # noqa: E402
import content_rejections  # noqa: E402
import content_others  # noqa: E402

SHUFFLE_SEED = 2026120611
FIRST_DAY = datetime(2026, 9, 7)
SPAN_DAYS = 88
WRAP_AT = 76
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ_MINUTES = {"en-GB": 0, "en-IE": 0, "en-US": -300, "en-CA": -300, "en-AU": 660, "en-IN": 330,
              "en-NZ": 780, "en-ZA": 120, "en-SG": 480}


def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug: str, domain: str, salt: str = "") -> str:
    return f"<{digest(slug, salt, 'id')[:22]}.{digest(slug, salt, 'n')[:6]}@{domain}>"


def date_for(slug: str, variant: str) -> str:
    """Date from the slug's hash; PINNED_DAYS fixes the day where the text or a quote names it."""
    h = int(digest(slug, "date"), 16)
    tz = timezone(timedelta(minutes=TZ_MINUTES.get(variant, 0)))
    day = PINNED_DAYS.get(slug)
    start = datetime.strptime(day, "%Y-%m-%d") if day else FIRST_DAY + timedelta(days=h % SPAN_DAYS)
    when = start + timedelta(seconds=25200 + (h >> 16) % 43200)
    return format_datetime(when.replace(tzinfo=tz))


def link(slug: str, n) -> str:
    return f"https://click.example/ls/{digest(slug, 'link', str(n))[:26]}"


def wrap(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= WRAP_AT:
            out.append(line)
            continue
        prefix = re.match(r"^(?:> ?)*", line).group(0)
        out.extend(textwrap.wrap(line[len(prefix):], WRAP_AT - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


PSTYLE = 'style="margin:0 0 14px 0;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2d2d2d"'


def para_html(block: str, slug: str, table) -> str:
    if block.strip() == "{table}":
        rows = "".join(
            f'<tr><td style="padding:6px 12px;border-bottom:1px solid #e5e5e5;color:#666">{html.escape(k)}</td>'
            f'<td style="padding:6px 12px;border-bottom:1px solid #e5e5e5;font-weight:bold">{html.escape(v)}</td></tr>'
            for k, v in table)
        return f'<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 16px 0;font-family:Arial,sans-serif;font-size:14px">{rows}</table>'
    lines = block.split("\n")
    if all(ln.startswith("- ") for ln in lines):
        return f"<ul {PSTYLE}>" + "".join(f"<li>{inline(ln[2:], slug)}</li>" for ln in lines) + "</ul>"
    return f"<p {PSTYLE}>" + "<br>".join(inline(ln, slug) for ln in lines) + "</p>"


def inline(s: str, slug: str) -> str:
    s = html.escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    return re.sub(r"\[\[(.+?)\]\]", lambda mm: f'<a href="{link(slug, mm.group(1))}" style="color:#1a73e8">{mm.group(1)}</a>', s)


def plain_links(text: str, slug: str) -> str:
    text = text.replace("**", "")
    return re.sub(r"\[\[(.+?)\]\]", lambda mm: f"{mm.group(1)} <{link(slug, mm.group(1))}>", text)


def plain_table(text: str, table) -> str:
    if not table:
        return text
    width = max(len(k) for k, _ in table) + 2
    return text.replace("{table}", "\n".join(f"{k + ':':<{width}}{v}" for k, v in table))


def html2text_like(m: dict, footer: list, slug: str) -> str:
    """A plain part as an HTML-to-text converter makes it: [image] placeholders, reflowed
    lines broken at odd places, numbered link list at the end."""
    links = []

    def ref(mm):
        links.append(link(slug, mm.group(1)))
        return f"{mm.group(1)} [{len(links)}]"
    body = plain_table(m["text"].strip(), m.get("table")).replace("**", "")
    body = re.sub(r"\[\[(.+?)\]\]", ref, body)
    out = [f"[image: {m.get('brand', '')}]", ""]
    for block in body.split("\n\n"):
        flat = " ".join(block.split("\n")) if not block.startswith("- ") else block
        width = 60 + int(digest(slug, block[:20]), 16) % 18
        out.append("\n".join(textwrap.wrap(flat, width, break_on_hyphens=False)) if not block.startswith("- ") else flat)
        out.append("")
    if m.get("button"):
        links.append(link(slug, "button"))
        out += [f"{m['button']} [{len(links)}]", ""]
    out += [textwrap.fill(" ".join(footer), 70), "", "[image: ]", ""]
    if links:
        out.append("Links:")
        out.append("------")
        out += [f"[{i}] {u}" for i, u in enumerate(links, 1)]
    return "\n".join(out) + "\n"


def ats_parts(m: dict):
    v = VENDORS[m["vendor"]]
    slug = m["slug"]
    company = m.get("brand", "")
    fmt = dict(company=company, unsub=link(slug, "unsub"), privacy=link(slug, "privacy"))
    footer = [f.format(**fmt) for f in v["footer"]]
    about = m.get("about", "")
    body_html = "".join(para_html(b, slug, m.get("table")) for b in m["text"].strip().split("\n\n"))
    button = m.get("button")
    if button:
        body_html += (f'<table role="presentation" style="margin:8px 0 18px 0"><tr><td style="background:{v["colour"]};border-radius:4px">'
                      f'<a href="{link(slug, "button")}" style="display:inline-block;padding:11px 20px;color:#ffffff;text-decoration:none;font-weight:bold">{html.escape(button)}</a></td></tr></table>')
    if about:
        body_html += ''.join(f'<p style="margin:12px 0 0 0;font-family:Arial,sans-serif;font-size:12px;line-height:17px;color:#777777">{html.escape(a)}</p>' for a in about.split("\n\n"))
    foot_html = "".join(f'<p style="margin:0 0 6px 0">{html.escape(f)}</p>' for f in footer)
    logo = f'https://assets.click.example/img/{digest(slug, "logo")[:12]}.png'
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<title>{html.escape(m["subject"])}</title></head>\n'
        '<body style="margin:0;padding:0;background:#f2f2f2">\n'
        f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(m.get("preheader", ""))}</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center" style="padding:20px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="padding:18px 30px;border-top:4px solid {v["colour"]}"><img src="{logo}" alt="{html.escape(company)}" height="30" style="display:block;border:0"></td></tr>\n'
        f'<tr><td style="padding:24px 30px">{body_html}</td></tr>\n'
        f'<tr><td style="padding:16px 30px;background:#f8f8f8;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#8c8c8c">{foot_html}</td></tr>\n'
        '</table>\n'
        f'<img src="https://click.example/open/{digest(slug, "pixel")[:30]}.gif" width="1" height="1" alt="" border="0">\n'
        '</td></tr></table>\n</body></html>\n')
    if m.get("auto_plain"):
        plain = html2text_like(m, footer, slug)
    else:
        plain = plain_links(plain_table(m["text"].strip(), m.get("table")), slug)
        if button:
            plain += f"\n\n{button}: {link(slug, 'button')}"
        if about:
            plain += "\n\n" + about
        plain += "\n\n---\n" + "\n".join(footer) + "\n"
    return plain, page


def simple_html(text: str) -> str:
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" "))
            continue
        flush()
        out.append(f"<div>{html.escape(line) if line else '<br>'}</div>")
    flush()
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def build(m: dict) -> EmailMessage:
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    domain = m.get("id_domain") or m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = msg_id(slug, domain)
    e["Date"] = date_for(slug, m.get("variant", "en-GB"))
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("reply_to"):
        e["Reply-To"] = m["reply_to"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        parents = [msg_id(slug, m.get("parent_domain", "example.org"), f"p{i}") for i in range(m.get("parent_depth", 1))]
        e["In-Reply-To"] = parents[-1]
        e["References"] = " ".join(parents)
    e["MIME-Version"] = "1.0"
    hdrs = dict(VENDORS[m["vendor"]].get("headers", {})) if m.get("vendor") else {}
    hdrs.update(m.get("headers", {}))
    for k, val in hdrs.items():
        e[k] = val.format(unsub=link(slug, "unsub"), slug=digest(slug, "h")[:16])
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
            e.add_alternative(simple_html(text), subtype="html", cte=m.get("cte", "quoted-printable"))
        else:
            e.set_content(text, cte=m.get("cte"))
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
            part.set_boundary(f"----=_Part_{digest(slug, 'b', str(n))[:28]}")
            n += 1
    return e


def notes(m: dict) -> str:
    bits = ["lang=en", m["style"], m.get("variant", "en-GB")]
    if m.get("notes"):
        bits.append(m["notes"])
    return "; ".join(bits)


def main() -> None:
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
