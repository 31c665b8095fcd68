"""Writes messages/*.eml and labels.csv for the blind de/fr set intl39 from the data in content_*.py.

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

SHUFFLE_SEED = 20261207
FIRST_DAY = datetime(2026, 9, 1)
SPAN_DAYS = 90
WRAP_AT = 74
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ_MINUTES = {"DE": 60, "AT": 60, "CH": 60, "FR": 60, "BE": 60, "QC": -300}


def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug: str, domain: str, salt: str = "") -> str:
    return f"<{digest(slug, salt, 'id')[:20]}.{digest(slug, salt, 'n')[:8]}@{domain}>"


def date_for(slug: str, country: str, day: str = "") -> str:
    h = int(digest(slug, "date"), 16)
    tz = timezone(timedelta(minutes=TZ_MINUTES.get(country, 60)))
    start = datetime.strptime(day, "%Y-%m-%d") if day else FIRST_DAY + timedelta(days=h % SPAN_DAYS)
    when = start + timedelta(seconds=7 * 3600 + (h >> 16) % (12 * 3600))
    return format_datetime(when.replace(tzinfo=tz))


def link(slug: str, n) -> str:
    return f"https://click.example/t/{digest(slug, 'link', str(n))[:24]}"


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


def para_html(block: str, slug: str, table) -> str:
    style = 'style="margin:0 0 14px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:21px;color:#2b2b2b"'
    if block.strip() == "{table}":
        rows = "".join(
            f'<tr><td style="padding:6px 12px;border:1px solid #e3e3e3;background:#f7f7f7;font-weight:bold">'
            f'{html.escape(k)}</td><td style="padding:6px 12px;border:1px solid #e3e3e3">{html.escape(v)}</td></tr>'
            for k, v in table)
        return f'<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 16px 0;font-size:14px">{rows}</table>'
    lines = block.split("\n")
    if all(ln.startswith("- ") for ln in lines):
        return f"<ul {style}>" + "".join(f"<li>{html.escape(ln[2:])}</li>" for ln in lines) + "</ul>"
    inner = "<br>".join(html.escape(ln) for ln in lines)
    inner = re.sub(r"\[\[(.+?)\]\]", lambda mm: f'<a href="{link(slug, mm.group(1))}" style="color:#0a58ca">{mm.group(1)}</a>', inner)
    return f"<p {style}>{inner}</p>"


def plain_table(text: str, table) -> str:
    if not table:
        return text
    width = max(len(k) for k, _ in table) + 2
    return text.replace("{table}", "\n".join(f"{k + ':':<{width}}{v}" for k, v in table))


def html2text_plain(m: dict, footer: list) -> str:
    """A plain part as HTML-to-text converters produce it: [image] placeholders, numbered link list,
    lines broken at odd places, table cells on their own lines."""
    slug = m["slug"]
    links = []

    def ref(mm):
        links.append(link(slug, mm.group(1)))
        return f"{mm.group(1)}[{len(links)}]"
    body = re.sub(r"\[\[(.+?)\]\]", ref, m["text"].strip())
    if m.get("table"):
        body = body.replace("{table}", "\n".join(f"{k}\n{v}\n" for k, v in m["table"]))
    out = [f"[image: {m.get('brand', 'Logo')}]", ""]
    for para in body.split("\n\n"):
        flat = " ".join(para.split("\n")) if not para.startswith("- ") else para
        out.append("\n".join(textwrap.wrap(flat, 63)) if not para.startswith("- ") else para.replace("- ", "  * "))
        out.append("")
    if m.get("button"):
        links.append(link(slug, 700))
        out += [f"{m['button']}[{len(links)}]", ""]
    for f in footer:
        out.append("\n".join(textwrap.wrap(f, 58)))
    out += ["", "[image: ]", ""]
    out += [f"[{i}] {u}" for i, u in enumerate(links, 1)]
    return "\n".join(out) + "\n"


def ats_parts(m: dict):
    v = VENDORS[m["vendor"]]
    slug = m["slug"]
    brand = m.get("brand", "")
    footer = [f.format(company=brand, unsub=link(slug, 900), privacy=link(slug, 901)) for f in v["footer_" + m["lang"]]]
    blocks = m["text"].strip().split("\n\n")
    body_html = "".join(para_html(b, slug, m.get("table")) for b in blocks)
    about = m.get("about", "")
    if about:
        body_html += f'<p style="margin:18px 0 0 0;padding-top:12px;border-top:1px solid #eee;font-size:12px;color:#777">{html.escape(about)}</p>'
    if m.get("button"):
        body_html += (f'<table role="presentation" style="margin:16px 0"><tr><td style="background:{v["colour"]};border-radius:4px">'
                      f'<a href="{link(slug, 700)}" style="display:inline-block;padding:10px 18px;color:#fff;text-decoration:none;font-weight:bold">{html.escape(m["button"])}</a></td></tr></table>')
    foot_html = "".join(f'<p style="margin:0 0 6px 0">{html.escape(f)}</p>' for f in footer)
    logo = f'https://assets.click.example/logo/{digest(slug, "logo")[:12]}.png'
    page = (
        f'<!DOCTYPE html>\n<html lang="{m["lang"]}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{html.escape(m["subject"])}</title></head>\n'
        '<body style="margin:0;padding:0;background:#f2f3f5">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="padding:20px 32px;border-bottom:3px solid {v["colour"]}"><img src="{logo}" alt="{html.escape(brand)}" height="32"></td></tr>\n'
        f'<tr><td style="padding:28px 32px">{body_html}</td></tr>\n'
        f'<tr><td style="padding:16px 32px;background:#fafafa;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#8a8f98">{foot_html}</td></tr>\n'
        '</table>\n'
        f'<img src="https://click.example/o/{digest(slug, "pixel")[:28]}.gif" width="1" height="1" alt="">\n'
        '</td></tr></table>\n</body></html>\n')
    if m.get("h2t"):
        return html2text_plain(m, footer), page
    plain = re.sub(r"\[\[(.+?)\]\]", lambda mm: f"{mm.group(1)} <{link(slug, mm.group(1))}>", plain_table(m["text"].strip(), m.get("table")))
    if about:
        plain += "\n\n--\n" + about
    if m.get("button"):
        plain += f"\n\n{m['button']}: {link(slug, 700)}"
    return plain + "\n\n" + "\n".join(footer) + "\n", page


def simple_html(text: str) -> str:
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
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


def build(m: dict) -> EmailMessage:
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    domain = m.get("id_domain") or m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = msg_id(slug, domain)
    e["Date"] = date_for(slug, m.get("country", "DE"), m.get("day", ""))
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("reply_to"):
        e["Reply-To"] = m["reply_to"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        parents = [msg_id(slug, m.get("parent_domain", "example.org"), f"parent{i}") for i in range(m.get("parent_depth", 1))]
        e["In-Reply-To"] = parents[-1]
        e["References"] = " ".join(parents)
    e["MIME-Version"] = "1.0"
    for k, val in m.get("headers", {}).items():
        e[k] = val.format(unsub=link(slug, 900))
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
        charset = m.get("charset", "utf-8")
        if m.get("client_html"):
            e.set_content(text, charset=charset, cte=m.get("cte", "quoted-printable"))
            e.add_alternative(simple_html(text), subtype="html", cte="quoted-printable")
        else:
            e.set_content(text, charset=charset, cte=m.get("cte", "8bit"))
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
            part.set_boundary(f"=_{digest(slug, 'boundary', str(n))[:30]}")
            n += 1
    return e


def notes(m: dict) -> str:
    bits = [f"lang={m['lang']}", m["style"], m.get("country", "DE")]
    if m.get("notes"):
        bits.append(m["notes"])
    return "; ".join(bits)


def main() -> None:
    messages = content_de.MESSAGES + content_fr.MESSAGES
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
