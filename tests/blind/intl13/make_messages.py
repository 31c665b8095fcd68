"""Writes messages/*.eml and labels.csv for the blind German/French set intl13 from content_*.py.

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

SHUFFLE_SEED = 20261213
FIRST_DAY = datetime(2026, 9, 7)
SPAN_DAYS = 85
WRAP_AT = 74
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]

# UTC offsets (minutes) per regional variant, so Date headers look like the sender's clock.
TZ_MINUTES = {"de-DE": 60, "de-AT": 60, "de-CH": 60, "fr-FR": 60, "fr-BE": 60, "fr-LU": 60, "fr-CH": 60,
              "fr-CA": -300}


def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug: str, domain: str, salt: str = "") -> str:
    return f"<{digest(slug, salt, 'id')[:20]}.{digest(slug, salt, 'n')[:8]}@{domain}>"


def date_for(slug: str, variant: str, day: str = "", clock: str = "") -> str:
    """A date from the slug's hash; `day` (YYYY-MM-DD) pins the day, `clock` (HH:MM) the time of day.
    Summer time applies until 25 October 2026 in Europe and 1 November 2026 in Québec."""
    h = int(digest(slug, "date"), 16)
    start = datetime.strptime(day, "%Y-%m-%d") if day else FIRST_DAY + timedelta(days=h % SPAN_DAYS)
    if clock:
        hh, mm = map(int, clock.split(":"))
        when = start + timedelta(hours=hh, minutes=mm, seconds=(h >> 16) % 60)
    else:
        when = start + timedelta(seconds=7 * 3600 + (h >> 16) % (12 * 3600))
    offset = TZ_MINUTES.get(variant, 60)
    if when < (datetime(2026, 11, 1) if offset < 0 else datetime(2026, 10, 25)):
        offset += 60
    return format_datetime(when.replace(tzinfo=timezone(timedelta(minutes=offset))))


def link(slug: str, n: int, host: str = "click.example") -> str:
    return f"https://{host}/ls/click?upn={digest(slug, 'link', str(n))[:32]}"


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


def para_html(block: str, slug: str, table, host: str) -> str:
    style = ('style="margin:0 0 14px 0;font-family:\'Helvetica Neue\',Helvetica,Arial,sans-serif;'
             'font-size:14px;line-height:22px;color:#2d2d2d"')
    if block.strip() == "{table}":
        rows = "".join(
            f'<tr><td style="padding:6px 12px;border:1px solid #e3e6ea;background:#f7f8fa;font-weight:bold">'
            f'{html.escape(k)}</td><td style="padding:6px 12px;border:1px solid #e3e6ea">{html.escape(v)}</td></tr>'
            for k, v in table)
        return ('<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;'
                f'margin:0 0 16px 0;font-family:Arial,sans-serif;font-size:14px">{rows}</table>')
    if block.startswith("## "):
        return (f'<h2 style="margin:18px 0 10px 0;font-family:Arial,sans-serif;font-size:17px;color:#111111">'
                f'{html.escape(block[3:])}</h2>')
    lines = block.split("\n")
    if all(ln.startswith("- ") for ln in lines):
        items = "".join(f"<li style=\"margin-bottom:6px\">{linkify(html.escape(ln[2:]), slug, host)}</li>" for ln in lines)
        return f"<ul {style}>{items}</ul>"
    inner = "<br>\n".join(html.escape(ln) for ln in lines)
    return f"<p {style}>{linkify(inner, slug, host)}</p>"


def linkify(s: str, slug: str, host: str) -> str:
    return LINK_RE.sub(lambda mm: f'<a href="{link(slug, len(mm.group(1)), host)}" style="color:#1a5fb4;'
                       f'text-decoration:underline" target="_blank">{mm.group(1)}</a>', s)


def plain_table(text: str, table) -> str:
    if not table:
        return text
    width = max(len(k) for k, _ in table) + 2
    rows = "\n".join(f"{k + ':':<{width}}{v}" for k, v in table)
    return text.replace("{table}", rows)


def h2t(text: str, slug: str, host: str, alt: str, footer: list[str]) -> str:
    """A plain part as an ESP's HTML-to-text converter writes it: [image] placeholders, numbered link
    references, short hard lines where the HTML had <br>, headings in capitals, a link list at the end."""
    refs: list[str] = []

    def ref(mm):
        refs.append(link(slug, len(mm.group(1)), host))
        return f"{mm.group(1)} [{len(refs)}]"
    out = [f"[image: {alt}]", ""]
    for block in text.strip().split("\n\n"):
        block = LINK_RE.sub(ref, block)
        if block.startswith("## "):
            out += [block[3:].upper(), ""]
            continue
        for line in block.split("\n"):
            if line.startswith("- "):
                parts = textwrap.wrap(line[2:], 72) or [""]
                out += ["  * " + parts[0]] + ["    " + p for p in parts[1:]]
            else:
                out += textwrap.wrap(line, 76) or [""]
        out.append("")
    out.append("-" * 40)
    for f in footer:
        f = LINK_RE.sub(ref, f)
        out += textwrap.wrap(f, 76)
    out.append("")
    if refs:
        out.append("Links:")
        out.append("------")
        out += [f"[{i}] {u}" for i, u in enumerate(refs, 1)]
    return "\n".join(out) + "\n"


def ats_parts(m: dict) -> tuple[str, str]:
    v = VENDORS[m["vendor"]]
    slug = m["slug"]
    host = v.get("host", "click.example")
    company = m.get("brand", "")
    lang = m["lang"]
    raw_footer = m.get("footer") or (v["footer"][lang] if isinstance(v["footer"], dict) else v["footer"])
    footer = [f.replace("{company}", company) for f in raw_footer]
    text = plain_table(m["text"].strip(), m.get("table")) if m.get("table") else m["text"].strip()
    blocks = m["text"].strip().split("\n\n")
    body_html = "".join(para_html(b, slug, m.get("table"), host) for b in blocks)
    button = m.get("button")
    if button:
        body_html += (f'<table role="presentation" style="margin:16px 0"><tr><td style="background:{v["colour"]};border-radius:4px">'
                      f'<a href="{link(slug, 700, host)}" style="display:inline-block;padding:11px 20px;color:#ffffff;'
                      f'font-family:Arial,sans-serif;text-decoration:none;font-weight:bold">{html.escape(button)}</a></td></tr></table>')
    if m.get("about"):
        body_html += (f'<p style="margin:20px 0 0 0;padding-top:12px;border-top:1px solid #eeeeee;font-family:Arial,sans-serif;'
                      f'font-size:12px;line-height:18px;color:#777777">{linkify(html.escape(m["about"]), slug, host)}</p>')
    foot_html = "".join(f'<p style="margin:0 0 6px 0">{linkify(html.escape(f), slug, host)}</p>' for f in footer)
    logo = f'https://{v.get("asset_host", "assets.click.example")}/logos/{digest(slug, "logo")[:16]}.png'
    alt = m.get("logo_alt", company or v["name"])
    preheader = m.get("preheader", "")
    page = (
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f'<title>{html.escape(m["subject"])}</title>'
        '<style type="text/css">body{margin:0;padding:0}table td{border-collapse:collapse}'
        '@media only screen and (max-width:620px){.container{width:100%!important}}</style></head>\n'
        f'<body style="margin:0;padding:0;background:{v.get("bg", "#f3f4f6")}">\n'
        f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{html.escape(preheader)}</div>\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:{v.get("bg", "#f3f4f6")}">'
        '<tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px">\n'
        f'<tr><td style="padding:20px 32px;border-bottom:3px solid {v["colour"]}"><img src="{logo}" alt="{html.escape(alt)}" '
        'height="34" style="display:block;border:0;outline:none"></td></tr>\n'
        f'<tr><td style="padding:28px 32px">{body_html}</td></tr>\n'
        '<tr><td style="padding:16px 32px;background:#fafafa;font-family:Arial,sans-serif;font-size:11px;line-height:16px;'
        f'color:#8a8f98">{foot_html}</td></tr>\n'
        '</table>\n'
        f'<img src="https://{host}/wf/open?upn={digest(slug, "pixel")[:40]}" width="1" height="1" alt="" border="0" '
        'style="height:1px!important;width:1px!important;border-width:0!important;margin:0!important;padding:0!important">\n'
        '</td></tr></table>\n</body></html>\n')
    if m.get("plain") == "h2t":
        body_text = text
        if button:
            body_text += f"\n\n[[{button}]]"
        if m.get("about"):
            body_text += "\n\n" + m["about"]
        plain = h2t(body_text, slug, host, alt, footer)
    else:
        plain = LINK_RE.sub(lambda mm: f"{mm.group(1)}: {link(slug, len(mm.group(1)), host)}", text)
        if button:
            plain += f"\n\n{button}: {link(slug, 700, host)}"
        if m.get("about"):
            plain += "\n\n--\n" + LINK_RE.sub(lambda mm: mm.group(1), m["about"])
        plain += "\n\n" + "\n".join(LINK_RE.sub(lambda mm: f"{mm.group(1)}: {link(slug, len(mm.group(1)), host)}", f)
                                    for f in footer) + "\n"
    return plain, page


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


def outlook_html(text: str) -> str:
    """Outlook-style HTML (WordSection1, MsoNormal paragraphs)."""
    paras = "".join(f'<p class="MsoNormal">{html.escape(ln) if ln else "&nbsp;"}<o:p></o:p></p>\n' for ln in text.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="DE" link="#0563C1">'
            f'<div class="WordSection1">\n{paras}</div></body></html>\n')


def build(m: dict) -> EmailMessage:
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    domain = m.get("id_domain") or m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = msg_id(slug, domain)
    e["Date"] = date_for(slug, m["variant"], m.get("day", ""), m.get("clock", ""))
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
    v = VENDORS.get(m.get("vendor", ""), {})
    for k, val in {**v.get("headers", {}), **m.get("headers", {})}.items():
        e[k] = val.replace("{unsub}", link(slug, 900, v.get("host", "click.example"))).replace("{slug}", digest(slug, "h")[:12])
    if m["style"] == "ats":
        plain, page = ats_parts(m)
        cte = m.get("cte", "quoted-printable")
        if m.get("html_only"):
            e.set_content(page, subtype="html", cte=cte)
        else:
            e.set_content(plain, cte=m.get("text_cte", cte))
            e.add_alternative(page, subtype="html", cte=cte)
    else:
        text = m["text"].strip("\n") + "\n"
        if m.get("wrap", True):
            text = wrap(text)
        charset = m.get("charset", "utf-8")
        kind = m.get("client_html")
        if kind:
            e.set_content(text, charset=charset, cte=m.get("cte"))
            page = outlook_html(text) if kind == "outlook" else simple_html(text)
            e.add_alternative(page, subtype="html", cte="quoted-printable")
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
            part.set_boundary(f"----=_Part_{int(digest(slug, 'boundary', str(n))[:12], 16)}_{digest(slug, 'b2', str(n))[:10]}")
            n += 1
    return e


def notes(m: dict) -> str:
    bits = [f"lang={m['lang']}", m["style"], m["variant"]]
    if m.get("notes"):
        bits.append(m["notes"])
    return "; ".join(bits)


def main() -> None:
    messages = content_de.MESSAGES + content_fr.MESSAGES
    slugs = [m["slug"] for m in messages]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    assert not dupes, dupes
    for m in messages:
        assert m["label"] in ("rejection", "other"), m["slug"]
        assert m["style"] in ("ats", "personal"), m["slug"]
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
