"""Writes messages/*.eml and labels.csv for blind set en4 from the data in content_*.py.

Deterministic: Message-IDs, parent IDs, Date and MIME boundaries are SHA-1 digests of each slug and the
shuffle seed is fixed, so re-running reproduces the files byte for byte.

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

from content_common import DAYS, OWNER, VENDORS  # noqa: E402
import content_rej_ats  # noqa: E402
import content_rej_personal  # noqa: E402
import content_oth_ats  # noqa: E402
import content_oth_personal  # noqa: E402

SHUFFLE_SEED = 4042026
FIRST_DAY = datetime(2026, 8, 17)
SPAN_DAYS = 100
WRAP_AT = 76
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ = {"en-GB": 0, "en-US": -300, "en-USW": -480, "en-IN": 330, "en-IE": 0, "en-AU": 600, "en-CA": -300,
      "en-SG": 480, "en-nonnative": 60, "en-ZA": 120}


def digest(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msg_id(slug, domain, salt=""):
    return f"<{digest(slug, salt, 'mid')[:24]}@{domain}>"


def date_for(slug, variant, day=""):
    h = int(digest(slug, "when"), 16)
    tz = timezone(timedelta(minutes=TZ.get(variant, 0)))
    start = datetime.strptime(day, "%Y-%m-%d") if day else FIRST_DAY + timedelta(days=h % SPAN_DAYS)
    secs = 7 * 3600 + (h >> 20) % (13 * 3600)  # office-ish hours
    return format_datetime((start + timedelta(seconds=secs)).replace(tzinfo=tz))


def link(slug, n, host="trk.mailer.example"):
    return f"https://{host}/c/{digest(slug, 'lnk', str(n))[:28]}"


def wrap(text):
    out = []
    for line in text.split("\n"):
        if len(line) <= WRAP_AT:
            out.append(line)
            continue
        prefix = re.match(r"^(?:> ?)*", line).group(0)
        out.extend(textwrap.wrap(line[len(prefix):], WRAP_AT - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


P_STYLE = 'style="margin:0 0 16px;font-family:{font};font-size:15px;line-height:22px;color:#2d2d2d"'


def para_html(block, slug, table, font):
    style = P_STYLE.format(font=font)
    if block.strip() == "{table}":
        rows = "".join(
            f'<tr><th align="left" style="padding:8px 14px;border-bottom:1px solid #e6e6e6;color:#666;font-weight:600">'
            f'{html.escape(k)}</th><td style="padding:8px 14px;border-bottom:1px solid #e6e6e6">{html.escape(v)}</td></tr>'
            for k, v in table)
        return (f'<table role="presentation" cellpadding="0" cellspacing="0" width="100%" '
                f'style="border-collapse:collapse;margin:0 0 18px;font-family:{font};font-size:14px">{rows}</table>')
    lines = block.split("\n")
    if all(ln.startswith(("- ", "* ")) for ln in lines):
        return f"<ul {style}>" + "".join(f"<li>{html.escape(ln[2:])}</li>" for ln in lines) + "</ul>"
    inner = "<br>\n".join(html.escape(ln) for ln in lines)
    inner = re.sub(r"\[\[(.+?)\]\]", lambda mm: f'<a href="{link(slug, len(mm.group(1)))}" style="color:#1a5fb4;text-decoration:underline">{mm.group(1)}</a>', inner)
    inner = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", inner)
    return f"<p {style}>{inner}</p>"


def plain_text(text, slug, table):
    if table:
        w = max(len(k) for k, _ in table) + 2
        text = text.replace("{table}", "\n".join(f"{k + ':':<{w}}{v}" for k, v in table))
    text = re.sub(r"\[\[(.+?)\]\]", lambda mm: f"{mm.group(1)} <{link(slug, len(mm.group(1)))}>", text)
    return text.replace("**", "")


def ats_parts(m):
    v = VENDORS[m["vendor"]]
    slug = m["slug"]
    brand = m.get("brand", "")
    fmt = dict(company=brand, unsub=link(slug, 901), privacy=link(slug, 902), prefs=link(slug, 903))
    footer = [f.format(**fmt) for f in v["footer"]] + [f.format(**fmt) for f in m.get("extra_footer", [])]
    font = v.get("font", "Helvetica,Arial,sans-serif")
    text = m["text"].strip()
    body = "".join(para_html(b, slug, m.get("table"), font) for b in text.split("\n\n"))
    about = m.get("about", "")
    if about:
        body += (f'<div style="margin-top:22px;padding-top:14px;border-top:1px solid #ececec;font-family:{font};'
                 f'font-size:12px;line-height:18px;color:#7a7a7a">' + "<br><br>".join(html.escape(a) for a in about.split("\n\n")) + "</div>")
    if m.get("button"):
        body += (f'<table role="presentation" cellpadding="0" cellspacing="0" style="margin:20px 0"><tr>'
                 f'<td bgcolor="{v["colour"]}" style="border-radius:5px"><a href="{link(slug, 700)}" '
                 f'style="display:inline-block;padding:12px 22px;font-family:{font};font-size:14px;color:#ffffff;'
                 f'text-decoration:none;font-weight:bold">{html.escape(m["button"])}</a></td></tr></table>')
    foot = "".join(f'<p style="margin:0 0 8px">{html.escape(f)}</p>' for f in footer)
    logo = f'https://cdn.mailer.example/brand/{digest(slug, "logo")[:10]}/logo.png'
    pre = html.escape(m.get("preheader", ""))
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '<meta name="viewport" content="width=device-width">'
        f'<title>{html.escape(m["subject"])}</title><style>@media only screen and (max-width:620px){{.wrap{{width:100%!important}}}}</style></head>\n'
        '<body style="margin:0;padding:0;background-color:#f2f3f5">\n'
        f'<div style="display:none;max-height:0;overflow:hidden;opacity:0">{pre}</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f3f5"><tr><td align="center" style="padding:28px 10px">\n'
        '<table class="wrap" role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="border-radius:8px">\n'
        f'<tr><td style="padding:22px 36px;border-top:4px solid {v["colour"]}"><img src="{logo}" alt="{html.escape(brand or v["name"])}" height="30" style="border:0;display:block"></td></tr>\n'
        f'<tr><td style="padding:8px 36px 30px">{body}</td></tr>\n'
        f'<tr><td style="padding:18px 36px;background-color:#f8f8f9;font-family:{font};font-size:11px;line-height:16px;color:#8c8f94">{foot}'
        f'<p style="margin:10px 0 0;color:#b0b3b8">{html.escape(v["powered"])}</p></td></tr>\n'
        '</table>\n'
        f'<img src="https://trk.mailer.example/open/{digest(slug, "px")[:32]}.gif" width="1" height="1" alt="" border="0">\n'
        '</td></tr></table>\n</body></html>\n')
    plain = plain_text(text, slug, m.get("table"))
    if about:
        plain += "\n\n---\n" + about
    if m.get("button"):
        plain += f"\n\n{m['button']}: {link(slug, 700)}"
    plain += "\n\n--\n" + "\n".join(footer) + "\n" + v["powered"] + "\n"
    return plain, page


def client_html(text):
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(re.sub(r"^>+ ?", "", line))
            continue
        flush()
        out.append(f"<div>{html.escape(line) if line else '<br>'}</div>")
    flush()
    return '<html><body><div dir="ltr">' + "\n".join(out) + "</div></body></html>\n"


def build(m):
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    frm_addr = m["frm"].rsplit("<", 1)[-1].rstrip(">")
    domain = m.get("id_domain") or frm_addr.rsplit("@", 1)[1]
    e["Message-ID"] = msg_id(slug, domain)
    e["Date"] = date_for(slug, m.get("variant", "en-GB"), m.get("day") or DAYS.get(slug, ""))
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("reply_to"):
        e["Reply-To"] = m["reply_to"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        ids = [msg_id(slug, m.get("parent_domain", "example.org"), f"p{i}") for i in range(m.get("depth", 1))]
        e["In-Reply-To"] = ids[-1]
        e["References"] = " ".join(ids)
    e["MIME-Version"] = "1.0"
    hdrs = dict(VENDORS[m["vendor"]].get("headers", {})) if m["style"] == "ats" and m.get("vendor") else {}
    hdrs.update(m.get("headers", {}))
    for k, val in hdrs.items():
        e[k] = val.format(unsub=link(slug, 901), slug=digest(slug, "h")[:12])
    if m["style"] == "ats":
        plain, page = ats_parts(m)
        cte = m.get("cte", "quoted-printable")
        if m.get("html_only"):
            e.set_content(page, subtype="html", cte=cte)
        elif m.get("text_only"):
            e.set_content(plain, cte=cte)
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
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            e.add_attachment(data, subtype=subtype, filename=fname)
        else:
            e.add_attachment(data.encode(), maintype=maintype, subtype=subtype, filename=fname)
    n = 0
    for part in e.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{digest(slug, 'b', str(n))[:26]}")
            n += 1
    return e


def notes(m):
    bits = ["lang=en", m["style"], m.get("variant", "en-GB")]
    if m.get("vendor"):
        bits.append("vendor=" + m["vendor"])
    if m.get("notes"):
        bits.append(m["notes"])
    return "; ".join(bits)


def all_messages():
    return (content_rej_ats.MESSAGES + content_rej_personal.MESSAGES
            + content_oth_ats.MESSAGES + content_oth_personal.MESSAGES)


def main():
    messages = all_messages()
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
