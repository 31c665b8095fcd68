"""Writes messages/*.eml and labels.csv for blind set en16 from the data in content_*.py.

Deterministic: Message-IDs, parent Message-IDs, Date seconds (and day, unless pinned), MIME boundaries and
the ragged wrapping of auto-generated plain parts all come from a SHA-1 of the slug; the shuffle seed is fixed.

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

SHUFFLE_SEED = 20261216
FIRST_DAY = datetime(2026, 9, 1)
SPAN_DAYS = 90
WRAP_AT = 74
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]

TZ_MINUTES = {"en-GB": 0, "en-IE": 0, "en-US": -300, "en-CA": -300, "en-AU": 600, "en-IN": 330,
              "en-PH": 480, "en-NG": 60, "en-AE": 240, "cy-GB": 0}


def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug: str, domain: str, salt: str = "") -> str:
    return f"<{digest(slug, salt, 'id')[:22]}.{digest(slug, salt, 'n')[:6]}@{domain}>"


def date_for(slug: str, variant: str, day: str = "") -> str:
    h = int(digest(slug, "date"), 16)
    tz = timezone(timedelta(minutes=TZ_MINUTES.get(variant, 0)))
    start = datetime.strptime(day, "%Y-%m-%d") if day else FIRST_DAY + timedelta(days=h % SPAN_DAYS)
    when = start + timedelta(seconds=7 * 3600 + (h >> 16) % (12 * 3600))
    return format_datetime(when.replace(tzinfo=tz))


def link(slug: str, n) -> str:
    return f"https://click.example/t/{digest(slug, 'link', str(n))[:26]}"


def wrap(text: str, width: int = WRAP_AT) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = re.match(r"^(?:> ?)*", line).group(0)
        out.extend(textwrap.wrap(line[len(prefix):], width - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


LINK_RE = re.compile(r"\[\[(.+?)\]\]")


def para_html(block: str, slug: str, table) -> str:
    style = ('style="margin:0 0 14px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px;'
             'line-height:21px;color:#2d2d2d"')
    if block.strip() == "{table}":
        rows = "".join(
            f'<tr><td style="padding:6px 12px;border:1px solid #e3e3e3;background:#f7f7f7;font-weight:bold">'
            f'{html.escape(k)}</td><td style="padding:6px 12px;border:1px solid #e3e3e3">{html.escape(v)}</td></tr>'
            for k, v in table)
        return ('<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;'
                f'margin:0 0 16px 0;font-family:Arial,sans-serif;font-size:14px">{rows}</table>')
    lines = block.split("\n")
    if all(ln.startswith("- ") for ln in lines):
        items = "".join(f"<li>{LINK_RE.sub(lambda mm: _a(slug, mm.group(1)), html.escape(ln[2:]))}</li>"
                        for ln in lines)
        return f"<ul {style}>{items}</ul>"
    if lines[0].startswith("## "):
        return (f'<h2 style="margin:0 0 12px 0;font-family:Georgia,serif;font-size:20px;color:#1a1a1a">'
                f'{html.escape(lines[0][3:])}</h2>') + (para_html("\n".join(lines[1:]), slug, table) if lines[1:] else "")
    inner = "<br>".join(html.escape(ln) for ln in lines)
    inner = LINK_RE.sub(lambda mm: _a(slug, mm.group(1)), inner)
    return f"<p {style}>{inner}</p>"


def _a(slug: str, label: str) -> str:
    return f'<a href="{link(slug, label)}" style="color:#0a58ca;text-decoration:underline">{label}</a>'


def plain_table(text: str, table) -> str:
    if not table:
        return text
    width = max(len(k) for k, _ in table) + 2
    return text.replace("{table}", "\n".join(f"{k + ':':<{width}}{v}" for k, v in table))


def clean_plain(m: dict, footer: list) -> str:
    """A plain part written by the vendor's template (links in parentheses)."""
    slug = m["slug"]
    text = plain_table(m["text"].strip(), m.get("table"))
    text = re.sub(r"^## ", "", text, flags=re.M)
    text = LINK_RE.sub(lambda mm: f"{mm.group(1)} ({link(slug, mm.group(1))})", text)
    if m.get("about"):
        text += "\n\n--\n" + m["about"]
    if m.get("button"):
        text += f"\n\n{m['button']}: {link(slug, 'button')}"
    foot = "\n".join(LINK_RE.sub(lambda mm: f"{mm.group(1)}: {link(slug, mm.group(1))}", f) for f in footer)
    return text + "\n\n" + foot + "\n"


def auto_plain(m: dict, footer: list) -> str:
    """A plain part converted from the HTML by the sending platform: an [image] placeholder for the logo,
    ragged line breaks, table cells on their own lines, numbered links listed at the end."""
    slug = m["slug"]
    rnd = random.Random(digest(slug, "ragged"))
    links: list[str] = []

    def ref(mm):
        links.append(link(slug, mm.group(1)))
        return f"{mm.group(1)} [{len(links)}]"

    out = [f"[image: {m.get('brand') or 'logo'}]", ""]
    if m.get("table"):
        cells = "\n".join(f"{k}\n{v}\n" for k, v in m["table"])
    for block in m["text"].strip().split("\n\n"):
        if block.strip() == "{table}":
            out.append(cells)
            continue
        block = re.sub(r"^## ", "", block, flags=re.M)
        block = LINK_RE.sub(ref, block)
        if all(ln.startswith("- ") for ln in block.split("\n")):
            out.append("\n".join("  * " + ln[2:] for ln in block.split("\n")))
        else:
            width = rnd.choice([58, 64, 70, 76, 78])
            joined = " ".join(block.split("\n")) if rnd.random() < 0.6 else block
            out.append(wrap(joined, width))
        out.append("")
    if m.get("about"):
        out += [wrap(m["about"], 76), ""]
    if m.get("button"):
        links.append(link(slug, "button"))
        out += [f"{m['button']} [{len(links)}]", ""]
    out.append("\n".join(wrap(LINK_RE.sub(ref, f), 76) for f in footer))
    out.append(f"\n[image: ]")
    if links:
        out += ["", "Links:", "------"] + [f"[{i}] {u}" for i, u in enumerate(links, 1)]
    return "\n".join(out) + "\n"


def ats_html(m: dict, v: dict, footer: list) -> str:
    slug = m["slug"]
    brand = m.get("brand", "")
    body = "".join(para_html(b, slug, m.get("table")) for b in m["text"].strip().split("\n\n"))
    if m.get("about"):
        body += ('<p style="margin:18px 0 0 0;padding-top:12px;border-top:1px solid #ececec;'
                 f'font-family:Arial,sans-serif;font-size:12px;color:#777777">{html.escape(m["about"])}</p>')
    if m.get("button"):
        body += (f'<table role="presentation" style="margin:16px 0"><tr><td style="background:{v["colour"]};'
                 f'border-radius:4px"><a href="{link(slug, "button")}" style="display:inline-block;padding:10px 18px;'
                 f'color:#ffffff;text-decoration:none;font-weight:bold">{html.escape(m["button"])}</a></td></tr></table>')
    foot = "".join(f'<p style="margin:0 0 6px 0">{LINK_RE.sub(lambda mm: _a(slug, mm.group(1)), html.escape(f))}</p>'
                   for f in footer)
    logo = f'https://assets.click.example/img/{digest(slug, "logo")[:14]}.png'
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{html.escape(m["subject"])}</title></head>\n'
        '<body style="margin:0;padding:0;background:#f2f3f5">\n'
        '<div style="display:none;max-height:0;overflow:hidden">' + html.escape(m.get("preheader", "")) + '</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f5"><tr>'
        '<td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="padding:18px 32px;border-top:4px solid {v["colour"]}"><img src="{logo}" alt="{html.escape(brand)}" '
        'height="36" style="display:block;border:0"></td></tr>\n'
        f'<tr><td style="padding:24px 32px">{body}</td></tr>\n'
        '<tr><td style="padding:16px 32px;background:#fafafa;font-family:Arial,sans-serif;font-size:11px;'
        f'line-height:16px;color:#888888">{foot}</td></tr>\n'
        '</table>\n'
        f'<img src="https://click.example/o/{digest(slug, "pixel")[:30]}.gif" width="1" height="1" alt="">\n'
        '</td></tr></table>\n</body></html>\n')


def client_html(text: str) -> str:
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(re.sub(r"^(> ?)+", "", line))
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
    e["Date"] = date_for(slug, m.get("variant", "en-GB"), m.get("day", ""))
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("reply_to"):
        e["Reply-To"] = m["reply_to"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        parents = [msg_id(slug, m.get("parent_domain", "example.org"), f"parent{i}")
                   for i in range(m.get("parent_depth", 1))]
        e["In-Reply-To"] = parents[-1]
        e["References"] = " ".join(parents)
    e["MIME-Version"] = "1.0"
    for k, val in m.get("headers", {}).items():
        e[k] = val.format(unsub=link(slug, "unsub"))
    if m["style"] == "ats":
        v = VENDORS[m["vendor"]]
        footer = [f.format(brand=m.get("brand", ""), unsub=link(slug, "unsub"), privacy=link(slug, "privacy"))
                  for f in v["footer"]] + m.get("extra_footer", [])
        page = ats_html(m, v, footer)
        cte = m.get("cte", "quoted-printable")
        plain_mode = m.get("plain", v.get("plain", "clean"))
        if plain_mode == "none":
            e.set_content(page, subtype="html", cte=cte)
        else:
            plain = auto_plain(m, footer) if plain_mode == "auto" else clean_plain(m, footer)
            e.set_content(plain, cte=cte)
            e.add_alternative(page, subtype="html", cte=cte)
    else:
        text = m["text"].strip("\n") + "\n"
        if m.get("wrap", True):
            text = wrap(text)
        if m.get("client_html"):
            e.set_content(text, cte=m.get("cte", "quoted-printable"))
            e.add_alternative(client_html(text), subtype="html", cte=m.get("cte", "quoted-printable"))
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
            part.set_boundary(f"----=_Part_{digest(slug, 'boundary', str(n))[:28]}")
            n += 1
    return e


def notes(m: dict) -> str:
    bits = ["lang=en", m["style"], m.get("variant", "en-GB")]
    if m.get("vendor"):
        bits.append(m["vendor"])
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
