"""Writes messages/*.eml and labels.csv for blind set en24 from the data in content_*.py.

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
import content_rejections  # noqa: E402
import content_others  # noqa: E402

SEED = 2412
FIRST_DAY = datetime(2026, 9, 7)
SPAN_DAYS = 88
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ = {"US": -300, "CA": -300, "UK": 0, "IE": 0, "AU": 600, "NZ": 780, "IN": 330, "NG": 60, "AE": 240, "HK": 480}


def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug: str, domain: str, salt: str = "") -> str:
    return f"<{digest(slug, salt, 'id')[:16]}.{digest(slug, salt, 'x')[:10]}@{domain}>"


def date_for(slug: str, country: str, day: str = "") -> str:
    """Day from the slug's hash unless `day` (YYYY-MM-DD) pins it to match dates quoted in the message."""
    h = int(digest(slug, "date"), 16)
    tz = timezone(timedelta(minutes=TZ.get(country, 0)))
    start = datetime.strptime(day, "%Y-%m-%d") if day else FIRST_DAY + timedelta(days=h % SPAN_DAYS)
    when = start + timedelta(seconds=(h >> 20) % 46800 + 28800)
    return format_datetime(when.replace(tzinfo=tz))


def url(slug: str, key: str) -> str:
    return f"https://trk.mailer.example/c/{digest(slug, 'u', key)[:22]}?e=s.taylor"


# ---------------------------------------------------------------- ATS bodies

LINK = re.compile(r"\[\[(.+?)\]\]")


def blocks_of(text: str) -> list[str]:
    return [b for b in text.strip("\n").split("\n\n") if b.strip()]


def block_html(b: str, slug: str, table, colour: str) -> str:
    p = 'style="margin:0 0 16px;font:14px/22px Helvetica,Arial,sans-serif;color:#2d2d2d"'
    s = b.strip()
    if s == "{table}":
        rows = "".join(f'<tr><td style="padding:6px 10px;color:#666;border-bottom:1px solid #eee">{html.escape(k)}</td>'
                       f'<td style="padding:6px 10px;font-weight:bold;border-bottom:1px solid #eee">{html.escape(v)}</td></tr>'
                       for k, v in table)
        return f'<table cellpadding="0" cellspacing="0" style="margin:0 0 18px;font:14px Arial,sans-serif">{rows}</table>'
    if s.startswith("{img:"):
        alt = s[5:-1]
        return (f'<p style="margin:0 0 16px"><img src="https://cdn.mailer.example/i/{digest(slug, alt)[:14]}.png" '
                f'alt="{html.escape(alt)}" width="560" style="display:block;max-width:100%"></p>')
    if s.startswith("{button:"):
        label = s[8:-1]
        return (f'<table cellpadding="0" cellspacing="0" style="margin:4px 0 20px"><tr><td style="background:{colour};border-radius:4px">'
                f'<a href="{url(slug, label)}" style="display:inline-block;padding:11px 22px;color:#fff;text-decoration:none;'
                f'font:bold 14px Arial,sans-serif">{html.escape(label)}</a></td></tr></table>')
    if s.startswith("## "):
        return f'<h2 style="margin:0 0 14px;font:bold 19px Arial,sans-serif;color:#111">{html.escape(s[3:])}</h2>'
    lines = s.split("\n")
    if all(ln.startswith("- ") for ln in lines):
        items = "".join(f'<li style="margin:0 0 6px">{_inline(ln[2:], slug)}</li>' for ln in lines)
        return f"<ul {p}>{items}</ul>"
    if s.startswith("{small}"):
        return f'<p style="margin:0 0 12px;font:11px/16px Arial,sans-serif;color:#8a8a8a">{_inline(s[7:].strip(), slug)}</p>'
    return f"<p {p}>" + "<br>".join(_inline(ln, slug) for ln in lines) + "</p>"


def _inline(s: str, slug: str) -> str:
    out, last = [], 0
    for mm in LINK.finditer(s):
        out.append(html.escape(s[last:mm.start()]))
        out.append(f'<a href="{url(slug, mm.group(1))}" style="color:#1a5fd0">{html.escape(mm.group(1))}</a>')
        last = mm.end()
    out.append(html.escape(s[last:]))
    return "".join(out).replace("**", "")


def ats_html(m: dict) -> str:
    v = VENDORS[m["vendor"]]
    slug = m["slug"]
    colour = m.get("colour", v["colour"])
    body = "".join(block_html(b, slug, m.get("table"), colour) for b in blocks_of(m["text"]))
    foot = "".join(block_html("{small}" + f, slug, None, colour) for f in footer_lines(m))
    brand = html.escape(m.get("brand", v["name"]))
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{html.escape(m['subject'])}</title>"
            "<style>@media only screen and (max-width:620px){.wrap{width:100%!important}}</style></head>\n"
            f'<body style="margin:0;background:{v.get("bg", "#f2f3f5")}">\n'
            '<div style="display:none;max-height:0;overflow:hidden">' + html.escape(m.get("preheader", "")) + "</div>\n"
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px">\n'
            '<table class="wrap" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            f'<tr><td style="padding:18px 30px;border-top:4px solid {colour}">'
            f'<img src="https://cdn.mailer.example/logo/{digest(slug, "logo")[:10]}.png" alt="{brand}" height="34"></td></tr>\n'
            f'<tr><td style="padding:10px 30px 24px">{body}</td></tr>\n'
            f'<tr><td style="padding:14px 30px;background:#f7f7f8">{foot}</td></tr>\n'
            "</table>\n"
            f'<img src="https://trk.mailer.example/open/{digest(slug, "px")[:26]}.gif" width="1" height="1" alt="">\n'
            "</td></tr></table>\n</body></html>\n")


def footer_lines(m: dict) -> list[str]:
    v = VENDORS[m["vendor"]]
    lines = m.get("footer_pre", []) + v["footer"] + m.get("footer_post", [])
    return [f.format(brand=m.get("brand", v["name"])) for f in lines]


def ats_plain(m: dict) -> str:
    """The plain part as the vendor's HTML-to-text converter makes it (three converters seen in the wild)."""
    mode = m.get("plain", VENDORS[m["vendor"]].get("plain", "html2text"))
    slug = m["slug"]
    out, refs = [], []
    blocks = blocks_of(m["text"]) + ["{small}" + f for f in footer_lines(m)]
    if mode == "html2text":
        out.append(f"[image: {m.get('brand', VENDORS[m['vendor']]['name'])}]")
    for b in blocks:
        s = b.strip()
        if s.startswith("{small}"):
            s = s[7:].strip()
        if s == "{table}":
            if mode == "html2text":
                out.append("\n".join(f"{k}\n{v}" for k, v in m["table"]))
            else:
                out.append("\n".join(f"{k}: {v}" for k, v in m["table"]))
            continue
        if s.startswith("{img:"):
            out.append(f"[image: {s[5:-1]}]" if mode != "outlook" else f"[{s[5:-1]}]")
            continue
        if s.startswith("{button:"):
            label = s[8:-1]
            if mode == "html2text":
                refs.append(url(slug, label))
                out.append(f"{label} [{len(refs)}]")
            else:
                out.append(f"{label} <{url(slug, label)}>")
            continue
        if s.startswith("## "):
            s = s[3:].upper() if mode == "html2text" else s[3:]

        def repl(mm):
            if mode == "html2text":
                refs.append(url(slug, mm.group(1)))
                return f"{mm.group(1)} [{len(refs)}]"
            if mode == "outlook":
                return f"{mm.group(1)}<{url(slug, mm.group(1))}>"
            return f"{mm.group(1)} ( {url(slug, mm.group(1))} )"
        s = LINK.sub(repl, s).replace("**", "*" if mode == "html2text" else "")
        if mode == "html2text":
            # html2text joins the <br> lines of a paragraph, then wraps at 64 columns
            lines = s.split("\n")
            if all(ln.startswith("- ") for ln in lines):
                s = "\n".join(textwrap.fill(ln, 64, initial_indent="  * ", subsequent_indent="    ") for ln in
                              [x[2:] for x in lines])
            else:
                s = "\n".join(textwrap.fill(ln, 64, break_on_hyphens=False) for ln in lines)
        elif mode == "odd":
            # a converter that breaks at a fixed byte width, mid-phrase
            s = "\n".join(textwrap.fill(ln, 47, break_on_hyphens=False) if len(ln) > 47 else ln for ln in s.split("\n"))
        out.append(s)
    text = "\n\n".join(out)
    if refs:
        text += "\n\nLinks:\n------\n" + "\n".join(f"[{i}] {r}" for i, r in enumerate(refs, 1))
    if mode == "html2text":
        text += f"\n[image: ]\n"
    return text.rstrip("\n") + "\n"


# ---------------------------------------------------------------- personal bodies

def wrap_personal(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = re.match(r"^(?:> ?)*", line).group(0)
        out.extend(textwrap.wrap(line[len(prefix):], width - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def client_html(text: str) -> str:
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(re.sub(r"^(> ?)+", "", line))
            continue
        flush()
        out.append(f"<div>{html.escape(line) if line else '<br>'}</div>")
    flush()
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


# ---------------------------------------------------------------- build

def build(m: dict) -> EmailMessage:
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    domain = m.get("id_domain") or m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = msg_id(slug, domain)
    e["Date"] = date_for(slug, m["country"], m.get("day", ""))
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
    hdrs = dict(VENDORS[m["vendor"]].get("headers", {})) if m["style"] == "ats" else {}
    hdrs.update(m.get("headers", {}))
    for k, val in hdrs.items():
        e[k] = val.format(unsub=url(slug, "unsub"), slug=digest(slug, "list")[:8])
    if m["style"] == "ats":
        cte = m.get("cte", "quoted-printable")
        page = ats_html(m)
        if m.get("html_only"):
            e.set_content(page, subtype="html", cte=cte)
        else:
            e.set_content(ats_plain(m), cte=cte)
            e.add_alternative(page, subtype="html", cte=cte)
    else:
        text = m["text"].strip("\n") + "\n"
        if m.get("wrap", 76):
            text = wrap_personal(text, m.get("wrap", 76))
        charset = m.get("charset", "utf-8")
        cte = m.get("cte")
        if charset != "utf-8":
            e.set_content(text.encode(charset), maintype="text", subtype="plain", cte=cte or "8bit")
            e.replace_header("Content-Type", f'text/plain; charset="{charset}"')
        else:
            e.set_content(text, cte=cte)
        if m.get("client_html"):
            e.add_alternative(client_html(text), subtype="html", cte="quoted-printable")
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
            part.set_boundary(f"----=_Part_{digest(slug, 'b', str(n))[:24]}")
            n += 1
    return e


def notes(m: dict) -> str:
    bits = ["lang=en", m["style"], f"country={m['country']}"]
    if m.get("notes"):
        bits.append(m["notes"])
    return "; ".join(bits)


def main() -> None:
    messages = content_rejections.MESSAGES + content_others.MESSAGES
    slugs = [m["slug"] for m in messages]
    assert len(slugs) == len(set(slugs)), [s for s in slugs if slugs.count(s) > 1]
    order = sorted(messages, key=lambda m: m["slug"])
    random.Random(SEED).shuffle(order)
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
