"""Writes messages/*.eml and labels.csv for the blind es/nl/it/pt corpus (intl14) from content_*.py.

Deterministic: Message-IDs, parent IDs, Date and MIME boundaries come from a SHA-1 of each slug, tracking
links from the slug and link text, and the shuffle uses a fixed seed, so re-running reproduces the files
byte for byte.

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
import content_es  # noqa: E402
import content_nl  # noqa: E402
import content_it  # noqa: E402
import content_pt  # noqa: E402

SHUFFLE_SEED = 20261214
FIRST_DAY = datetime(2026, 9, 1)
SPAN_DAYS = 95
WRAP_AT = 76
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]

# Standard offset in minutes and whether the region observes European summer time (ends 2026-10-25).
REGION_TZ = {"ES": (60, True), "NL": (60, True), "BE": (60, True), "IT": (60, True), "CH": (60, True),
             "PT": (0, True), "MX": (-360, False), "AR": (-180, False), "CO": (-300, False),
             "CL": (-180, False), "BR": (-180, False), "PE": (-300, False), "UY": (-180, False)}
DST_END = datetime(2026, 10, 25)


def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug: str, domain: str, salt: str = "") -> str:
    return f"<{digest(slug, salt, 'id')[:20]}.{digest(slug, salt, 'n')[:8]}@{domain}>"


def date_for(m: dict) -> str:
    slug = m["slug"]
    h = int(digest(slug, "date"), 16)
    std, dst = REGION_TZ[m["region"]]
    day = m.get("day", "")
    start = datetime.strptime(day, "%Y-%m-%d") if day else FIRST_DAY + timedelta(days=h % SPAN_DAYS)
    lo, hi = m.get("hours", (8, 19))
    when = start + timedelta(hours=lo + (h >> 8) % (hi - lo), minutes=(h >> 20) % 60, seconds=(h >> 28) % 60)
    offset = std + (60 if dst and when < DST_END else 0)
    return format_datetime(when.replace(tzinfo=timezone(timedelta(minutes=offset))))


def link(slug: str, key: str) -> str:
    return f"https://click.example/t/{digest(slug, 'link', key)[:24]}"


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
P_STYLE = 'style="margin:0 0 14px 0;font-family:{font};font-size:14px;line-height:21px;color:#333333"'


def para_html(block: str, m: dict, font: str) -> str:
    slug = m["slug"]
    style = P_STYLE.format(font=font)
    b = block.strip()
    if b == "{table}":
        rows = "".join(
            f'<tr><td style="padding:6px 12px;border:1px solid #e1e4e8;background:#f6f8fa;font-weight:bold">'
            f'{html.escape(k)}</td><td style="padding:6px 12px;border:1px solid #e1e4e8">{html.escape(v)}</td></tr>'
            for k, v in m["table"])
        return (f'<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;'
                f'margin:0 0 16px 0;font-family:{font};font-size:14px">{rows}</table>')
    if b == "{jobs}":
        cards = []
        for i, (title, comp, place, extra) in enumerate(m["jobs"]):
            cards.append(
                f'<tr><td style="padding:12px 0;border-bottom:1px solid #eeeeee;font-family:{font}">'
                f'<a href="{link(slug, "job" + str(i))}" style="font-size:15px;font-weight:bold;color:#0b5fff;text-decoration:none">{html.escape(title)}</a><br>'
                f'<span style="font-size:13px;color:#555555">{html.escape(comp)} &middot; {html.escape(place)}</span><br>'
                f'<span style="font-size:12px;color:#888888">{html.escape(extra)}</span></td></tr>')
        return f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">{"".join(cards)}</table>'
    if b == "{button}":
        v = VENDORS[m["vendor"]]
        return (f'<table role="presentation" style="margin:8px 0 18px 0"><tr><td style="background:{m.get("colour", v["colour"])};border-radius:4px">'
                f'<a href="{link(slug, "button")}" style="display:inline-block;padding:11px 20px;font-family:{font};color:#ffffff;text-decoration:none;font-weight:bold">{html.escape(m["button"])}</a></td></tr></table>')
    if b.startswith("{hr}"):
        return '<hr style="border:0;border-top:1px solid #dddddd;margin:22px 0">'
    lines = b.split("\n")
    if all(ln.startswith("- ") for ln in lines):
        items = "".join(f"<li style=\"margin-bottom:4px\">{linkify(html.escape(ln[2:]), slug)}</li>" for ln in lines)
        return f"<ul {style}>{items}</ul>"
    if b.startswith("# "):
        return f'<h2 style="margin:0 0 16px 0;font-family:{font};font-size:20px;color:#111111">{html.escape(b[2:])}</h2>'
    inner = "<br>".join(html.escape(ln) for ln in lines)
    return f"<p {style}>{linkify(inner, slug)}</p>"


def linkify(s: str, slug: str) -> str:
    return LINK_RE.sub(lambda mm: f'<a href="{link(slug, mm.group(1))}" style="color:#0b5fff">{mm.group(1)}</a>', s)


def footer_lines(m: dict) -> list:
    v = VENDORS[m["vendor"]]
    lines = m.get("footer")
    if lines is None:
        foot = v["footer"]
        lines = foot.get(m["lang"], foot.get("en", []))
    return [f.format(company=m.get("brand", ""), unsub=link(m["slug"], "unsub"), privacy=link(m["slug"], "privacy"),
                     prefs=link(m["slug"], "prefs")) for f in lines]


def ats_html(m: dict) -> str:
    v = VENDORS[m["vendor"]]
    slug = m["slug"]
    font = m.get("font", "Arial,Helvetica,sans-serif")
    colour = m.get("colour", v["colour"])
    brand = m.get("brand", "")
    body_html = "".join(para_html(b, m, font) for b in m["text"].strip().split("\n\n"))
    if m.get("about"):
        body_html += (f'<p style="margin:18px 0 0 0;padding-top:12px;border-top:1px solid #eeeeee;font-family:{font};'
                      f'font-size:12px;line-height:17px;color:#777777">{linkify(html.escape(m["about"]), slug)}</p>')
    foot_html = "".join(f'<p style="margin:0 0 6px 0">{linkify(html.escape(f), slug)}</p>' for f in footer_lines(m))
    logo = f'https://assets.click.example/logo/{digest(slug, "logo")[:12]}.png'
    pre = m.get("preheader", "")
    pre_html = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{html.escape(pre)}'
                + "&nbsp;&zwnj;" * 6 + "</div>\n") if pre else ""
    vendor_badge = ""
    if v.get("badge"):
        vendor_badge = (f'<tr><td align="center" style="padding:12px;font-family:{font};font-size:11px;color:#9aa0a6">'
                        f'<img src="https://assets.click.example/vendor/{m["vendor"]}.png" alt="{html.escape(v["badge"])}" height="14" style="vertical-align:middle;border:0"> '
                        f'{html.escape(v["badge"])}</td></tr>\n')
    return (
        f'<!DOCTYPE html>\n<html lang="{m["lang"]}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{html.escape(m["subject"])}</title></head>\n'
        f'<body style="margin:0;padding:0;background:#f2f3f5">\n{pre_html}'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f5"><tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">\n'
        f'<tr><td style="padding:20px 32px;border-bottom:3px solid {colour}"><img src="{logo}" alt="{html.escape(m.get("logo_alt", brand))}" height="34" style="display:block;border:0"></td></tr>\n'
        f'<tr><td style="padding:28px 32px">{body_html}</td></tr>\n'
        f'<tr><td style="padding:16px 32px;background:#fafafa;font-family:{font};font-size:11px;line-height:16px;color:#8a8f98">{foot_html}</td></tr>\n'
        f'{vendor_badge}</table>\n'
        f'<img src="https://click.example/o/{digest(slug, "pixel")[:28]}.gif" width="1" height="1" alt="" style="display:block;border:0">\n'
        '</td></tr></table>\n</body></html>\n')


def plain_clean(m: dict) -> str:
    """A vendor's hand-made text alternative: same words, links in brackets, footer after a rule."""
    slug = m["slug"]
    out = []
    for b in m["text"].strip().split("\n\n"):
        b = b.strip()
        if b == "{table}":
            width = max(len(k) for k, _ in m["table"]) + 2
            out.append("\n".join(f"{k + ':':<{width}}{v}" for k, v in m["table"]))
        elif b == "{jobs}":
            out.append("\n\n".join(f"{t}\n{c} - {p}\n{e}\n{link(slug, 'job' + str(i))}"
                                   for i, (t, c, p, e) in enumerate(m["jobs"])))
        elif b == "{button}":
            out.append(f"{m['button']}: {link(slug, 'button')}")
        elif b == "{hr}":
            out.append("-" * 40)
        else:
            b = b[2:] if b.startswith("# ") else b
            out.append(LINK_RE.sub(lambda mm: f"{mm.group(1)} ({link(slug, mm.group(1))})", b))
    text = "\n\n".join(out)
    if m.get("about"):
        text += "\n\n--\n" + LINK_RE.sub(lambda mm: mm.group(1), m["about"])
    return text + "\n\n" + "\n".join(footer_lines(m)) + "\n"


def plain_h2t(m: dict, refs: bool) -> str:
    """A text part generated from the HTML by the sending platform: image placeholders, hard wraps at odd
    places, table cells on their own lines, links inline in <> or as [n] references listed at the end."""
    slug = m["slug"]
    urls: list = []

    def lk(text: str, url: str) -> str:
        if refs:
            urls.append(url)
            return f"{text}[{len(urls)}]"
        return f"{text} <{url}>"

    def inline(s: str) -> str:
        return LINK_RE.sub(lambda mm: lk(mm.group(1), link(slug, mm.group(1))), s)
    out = []
    if m.get("preheader"):
        out.append(m["preheader"] + " " + "\u200c " * 4)
    alt = m.get("logo_alt", m.get("brand", ""))
    out.append(f"[image: {alt}]" if not refs else f"[{alt}]")
    for b in m["text"].strip().split("\n\n"):
        b = b.strip()
        if b == "{table}":
            out.append("\n".join(f"{k}\n{v}" for k, v in m["table"]))
        elif b == "{jobs}":
            out.append("\n\n".join(f"{lk(t, link(slug, 'job' + str(i)))}\n{c} · {p}\n{e}"
                                   for i, (t, c, p, e) in enumerate(m["jobs"])))
        elif b == "{button}":
            out.append(lk(m["button"], link(slug, "button")))
        elif b == "{hr}":
            out.append("________________________________")
        elif all(ln.startswith("- ") for ln in b.split("\n")):
            out.append("\n".join("   * " + inline(ln[2:]) for ln in b.split("\n")))
        else:
            b = b[2:].upper() if b.startswith("# ") else b
            out.append(wrap(inline(b), m.get("h2t_width", 78)))
    if m.get("about"):
        out.append(wrap(inline(m["about"]), m.get("h2t_width", 78)))
    out.append("\n".join(wrap(inline(f), m.get("h2t_width", 78)) for f in footer_lines(m)))
    text = "\n\n".join(out)
    if refs and urls:
        text += "\n\nLinks:\n------\n" + "\n".join(f"[{i}] {u}" for i, u in enumerate(urls, 1))
    return text + "\n"


def simple_html(text: str) -> str:
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(re.sub(r"^> ?", "", line))
            continue
        flush()
        out.append(f"<div>{html.escape(line) if line else '<br>'}</div>")
    flush()
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def outlook_html(text: str, lang: str) -> str:
    paras = "".join(f'<p class="MsoNormal">{html.escape(ln) if ln else "&nbsp;"}<o:p></o:p></p>\n'
                    for ln in text.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head>\n'
            f'<body lang="{lang.upper()}" link="#0563C1">'
            f'<div class="WordSection1">\n{paras}</div></body></html>\n')


def build(m: dict) -> EmailMessage:
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    domain = m.get("id_domain") or m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = msg_id(slug, domain)
    e["Date"] = date_for(m)
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
        e[k] = val.format(unsub=link(slug, "unsub"), slug=digest(slug, "hdr")[:16])
    if m["style"] == "ats":
        page = ats_html(m)
        cte = m.get("cte", "quoted-printable")
        mode = m.get("plain", "clean")
        if mode == "none":
            e.set_content(page, subtype="html", cte=cte)
        else:
            plain = plain_clean(m) if mode == "clean" else plain_h2t(m, refs=(mode == "h2t-refs"))
            e.set_content(plain, cte=m.get("plain_cte", cte))
            e.add_alternative(page, subtype="html", cte=cte)
    else:
        text = m["text"].strip("\n") + "\n"
        if m.get("wrap", True):
            text = wrap(text, m.get("wrap_at", WRAP_AT))
        charset = m.get("charset", "utf-8")
        client = m.get("client_html")
        if client:
            e.set_content(text, charset=charset, cte=m.get("cte", "quoted-printable"))
            rendered = outlook_html(text, m["lang"]) if client == "outlook" else simple_html(text)
            e.add_alternative(rendered, subtype="html", cte=m.get("cte", "quoted-printable"))
        else:
            e.set_content(text, charset=charset, cte=m.get("cte"))
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
            part.set_boundary(f"----=_Part_{int(digest(slug, 'boundary', str(n))[:12], 16) % 10**9}_{digest(slug, 'b2', str(n))[:16]}")
            n += 1
    return e


def notes(m: dict) -> str:
    bits = [f"lang={m['lang']}", m["style"], f"region={m['region']}"]
    if m.get("notes"):
        bits.append(m["notes"])
    return "; ".join(bits)


def main() -> None:
    messages = content_es.MESSAGES + content_nl.MESSAGES + content_it.MESSAGES + content_pt.MESSAGES
    slugs = [m["slug"] for m in messages]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    assert not dupes, dupes
    order = sorted(messages, key=lambda m: (m["lang"], m["label"], m["cat"], m["slug"]))
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
