"""Writes messages/*.eml and labels.csv for blind set en7 from the data in content_*.py.

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
import content_rej_ats  # noqa: E402
import content_rej_personal  # noqa: E402
import content_oth_ats  # noqa: E402
import content_oth_personal  # noqa: E402

SHUFFLE_SEED = 7_2026_1206
FIRST_DAY = datetime(2026, 9, 7)
SPAN_DAYS = 88
WRAP_AT = 72
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ_MINUTES = {"en-GB": 0, "en-IE": 0, "en-US": -300, "en-CA": -300, "en-AU": 660, "en-IN": 330,
              "en-NZ": 780, "en-ZA": 120, "en-SG": 480, "en-nonnative": 60}


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


def link(slug: str, n: int) -> str:
    return f"https://click.example/ls/click?upn={digest(slug, 'link', str(n))[:32]}"


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
    style = 'style="margin:0 0 14px 0;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2d2d2d"'
    if block.strip() == "{table}":
        rows = "".join(
            f'<tr><td style="padding:6px 10px;border-bottom:1px solid #e6e6e6;color:#777777">{html.escape(k)}</td>'
            f'<td style="padding:6px 10px;border-bottom:1px solid #e6e6e6;font-weight:bold">{html.escape(v)}</td></tr>'
            for k, v in table)
        return f'<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 16px 0;font-family:Arial,sans-serif;font-size:14px">{rows}</table>'
    lines = block.split("\n")
    if all(ln.startswith("- ") for ln in lines):
        items = "".join(f"<li style=\"margin-bottom:4px\">{html.escape(ln[2:])}</li>" for ln in lines)
        return f"<ul {style}>{items}</ul>"
    if block.startswith("## "):
        return f'<h2 style="margin:0 0 12px 0;font-family:Helvetica,Arial,sans-serif;font-size:18px;color:#111111">{html.escape(block[3:])}</h2>'
    inner = "<br>".join(html.escape(ln) for ln in lines)
    inner = LINK_RE.sub(lambda mm: f'<a href="{link(slug, len(mm.group(1)))}" style="color:#0b63ce;text-decoration:underline">{mm.group(1)}</a>', inner)
    return f"<p {style}>{inner}</p>"


def table_plain(text: str, table) -> str:
    if not table:
        return text
    width = max(len(k) for k, _ in table) + 2
    return text.replace("{table}", "\n".join(f"{k + ':':<{width}}{v}" for k, v in table))


def plain_clean(m, blocks, footer, about, button, slug):
    text = "\n\n".join(b[3:].upper() if b.startswith("## ") else b for b in blocks)
    text = LINK_RE.sub(lambda mm: f"{mm.group(1)} ({link(slug, len(mm.group(1)))})", table_plain(text, m.get("table")))
    if about:
        text += "\n\n--\n" + about
    if button:
        text += f"\n\n{button}: {link(slug, 700)}"
    return text + "\n\n" + "\n".join(footer) + "\n"


def plain_refs(m, blocks, footer, about, button, slug):
    """Lynx/html2text style: numbered link references, three-space indent, list of links at the end."""
    refs = []

    def ref(label, url):
        refs.append(url)
        return f"[{len(refs)}]{label}"
    out = [ref("[image: " + (m.get("brand") or "logo") + "]", f"https://assets.click.example/{digest(slug, 'logo')[:10]}.png")]
    for b in blocks:
        if b.strip() == "{table}":
            for k, v in m["table"]:
                out.append(f"   {k}\n   {v}")
            continue
        if b.startswith("## "):
            out.append(b[3:].upper())
            continue
        b = LINK_RE.sub(lambda mm: ref(mm.group(1), link(slug, len(mm.group(1)))), b)
        out.append(textwrap.fill(" ".join(b.split("\n")) if not b.startswith("- ") else b, 68,
                                 initial_indent="   ", subsequent_indent="   ", break_on_hyphens=False)
                   if not b.startswith("- ") else "\n".join("     * " + ln[2:] for ln in b.split("\n")))
    if about:
        out.append(textwrap.fill(about, 68, initial_indent="   ", subsequent_indent="   "))
    if button:
        out.append("   " + ref(button, link(slug, 700)))
    out.append("\n".join("   " + re.sub(r"https?://\S+", lambda mm: ref("link", mm.group(0)), f) for f in footer))
    out.append(ref("", f"https://click.example/o/{digest(slug, 'pixel')[:20]}.gif").strip())
    text = "\n\n".join(out)
    text += "\n\nReferences\n\n" + "\n".join(f"   {i}. {u}" for i, u in enumerate(refs, 1))
    return text + "\n"


def plain_inline(m, blocks, footer, about, button, slug):
    """Gmail/Outlook-style auto text: [image: ...], <url> after link text, hard breaks at odd places."""
    out = [f"[image: {m.get('brand') or 'Logo'}]"]
    width = m.get("odd_width", 57)
    for b in blocks:
        if b.strip() == "{table}":
            for k, v in m["table"]:
                out.append(k)
                out.append(v)
            continue
        if b.startswith("## "):
            out.append(b[3:])
            continue
        b = LINK_RE.sub(lambda mm: f"{mm.group(1)}\n<{link(slug, len(mm.group(1)))}>", b)
        # the converter breaks at a fixed column and keeps the HTML's <br> breaks
        out.append("\n".join(textwrap.fill(ln, width, break_long_words=False) for ln in b.split("\n")))
    if about:
        out.append(textwrap.fill(about, width))
    if button:
        out.append(f"{button} <{link(slug, 700)}>")
    out.append("\n".join(re.sub(r"(https?://\S+)", r"<\1>", f) for f in footer))
    out.append("[image: ]")
    return "\n\n".join(out) + "\n"


def ats_parts(m: dict) -> tuple[str, str]:
    v = VENDORS[m["vendor"]]
    slug = m["slug"]
    company = m.get("brand", "")
    footer = [f.format(company=company, unsub=link(slug, 900), privacy=link(slug, 901)) for f in m.get("extra_footer", [])]
    footer += [f.format(company=company, unsub=link(slug, 900), privacy=link(slug, 901)) for f in v["footer"]]
    about = m.get("about", "")
    blocks = [b for b in m["text"].strip().split("\n\n")]
    body_html = "".join(para_html(b, slug, m.get("table")) for b in blocks)
    if about:
        body_html += f'<p style="margin:18px 0 0 0;padding-top:12px;border-top:1px solid #eeeeee;font-family:Arial,sans-serif;font-size:12px;color:#777777">{html.escape(about)}</p>'
    button = m.get("button")
    if button:
        body_html += (f'<table role="presentation" style="margin:16px 0"><tr><td style="background:{v["colour"]};border-radius:4px">'
                      f'<a href="{link(slug, 700)}" style="display:inline-block;padding:10px 18px;color:#ffffff;text-decoration:none;font-weight:bold">{html.escape(button)}</a></td></tr></table>')
    foot_html = "".join(f'<p style="margin:0 0 6px 0">{html.escape(f)}</p>' for f in footer)
    logo = f'https://assets.click.example/{digest(slug, "logo")[:10]}.png'
    preheader = m.get("preheader", "")
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{html.escape(m["subject"])}</title>'
        '<style type="text/css">body{margin:0;padding:0}table td{border-collapse:collapse}@media only screen and (max-width:620px){.wrap{width:100%!important}}</style></head>\n'
        '<body style="margin:0;padding:0;background:#f2f3f5">\n'
        + (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{html.escape(preheader)}</div>\n' if preheader else '')
        + '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f5"><tr><td align="center" style="padding:24px 8px">\n'
        '<table class="wrap" role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
        f'<tr><td style="padding:20px 32px;border-top:4px solid {v["colour"]}"><img src="{logo}" alt="{html.escape(company)}" height="30" style="display:block;border:0"></td></tr>\n'
        f'<tr><td style="padding:8px 32px 28px 32px">{body_html}</td></tr>\n'
        f'<tr><td style="padding:16px 32px;background:#fafafa;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#8a8f98">{foot_html}</td></tr>\n'
        '</table>\n'
        f'<img src="https://click.example/o/{digest(slug, "pixel")[:20]}.gif" width="1" height="1" alt="" style="display:block;border:0">\n'
        '</td></tr></table>\n</body></html>\n')
    mode = m.get("plain", "clean")
    maker = {"clean": plain_clean, "refs": plain_refs, "inline": plain_inline}[mode]
    return maker(m, blocks, footer, about, button, slug), page


def simple_html(text: str, client: str) -> str:
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
        if client == "outlook":
            out.append(f'<p class="MsoNormal">{html.escape(line) if line else "<o:p>&nbsp;</o:p>"}</p>')
        else:
            out.append(f"<div>{html.escape(line) if line else '<br>'}</div>")
    flush()
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"></head><body lang="EN-GB"><div class="WordSection1">\n'
                + "\n".join(out) + "\n</div></body></html>\n")
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
    hdrs = dict(VENDORS[m["vendor"]]["headers"]) if m["style"] == "ats" and not m.get("no_vendor_headers") else {}
    hdrs.update(m.get("headers", {}))
    for k, val in hdrs.items():
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
            e.set_content(text, charset=charset, cte=m.get("cte"))
            e.add_alternative(simple_html(text, m["client_html"]), subtype="html", cte="quoted-printable")
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
            part.set_boundary(f"----=_Part_{int(digest(slug, 'b', str(n))[:12], 16)}_{digest(slug, 'b2', str(n))[:10]}")
            n += 1
    return e


def notes(m: dict) -> str:
    bits = ["lang=en", m["style"], m.get("variant", "en-GB")]
    if m.get("notes"):
        bits.append(m["notes"])
    return "; ".join(bits)


def main() -> None:
    messages = (content_rej_ats.MESSAGES + content_rej_personal.MESSAGES
                + content_oth_ats.MESSAGES + content_oth_personal.MESSAGES)
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
        exp = m["exp"] if m["label"] == "rejection" else ("", "", "", "")
        rows.append([f"messages/{name}", m["label"], *exp, m["cat"], notes(m)])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
