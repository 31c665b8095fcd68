"""Writes messages/*.eml and labels.csv for blind set intl16 (es, nl, it, pt) from content_*.py.

Deterministic: Message-IDs, parent IDs, Date and MIME boundaries come from a SHA-1 of each slug and the
shuffle uses a fixed seed, so re-running reproduces the files byte for byte.   python3 make_messages.py
"""
import csv, hashlib, html, os, random, re, sys, textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from content_common import OWNER, VENDORS  # noqa: E402
import content_es, content_nl, content_it, content_pt  # noqa: E402

SEED = 20261216
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ = {"ES": 60, "MX": -360, "AR": -180, "CO": -300, "NL": 60, "BE": 60, "IT": 60, "PT": 0, "BR": -180}


def dg(*p):
    return hashlib.sha1("|".join(p).encode()).hexdigest()


def msg_id(slug, domain, salt=""):
    return f"<{dg(slug, salt, 'id')[:22]}.{dg(slug, salt, 'n')[:6]}@{domain}>"


def date_for(slug, cc, day=""):
    """Day from the slug's hash unless `day` (YYYY-MM-DD) pins it because the text or a quote dates it."""
    h = int(dg(slug, "date"), 16)
    start = datetime.strptime(day, "%Y-%m-%d") if day else datetime(2026, 9, 1) + timedelta(days=h % 95)
    when = start + timedelta(seconds=7 * 3600 + (h >> 20) % (12 * 3600))
    return format_datetime(when.replace(tzinfo=timezone(timedelta(minutes=TZ[cc]))))


def link(slug, n):
    return f"https://click.example/ls/click?upn={dg(slug, 'l', str(n))[:40]}"


def inline_html(s, slug):
    s = html.escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    return re.sub(r"\[\[(.+?)\]\]", lambda mm: f'<a href="{link(slug, len(mm.group(1)))}" style="color:#1a73e8;text-decoration:underline" target="_blank">{mm.group(1)}</a>', s)


def block_html(b, slug, colour):
    st = 'style="margin:0 0 16px 0;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2b2b"'
    lines = b.split("\n")
    if b.startswith("{btn:"):
        label = b[5:-1]
        return (f'<table role="presentation" cellspacing="0" cellpadding="0" style="margin:8px 0 20px 0"><tr><td style="background:{colour};border-radius:4px">'
                f'<a href="{link(slug, 700)}" style="display:inline-block;padding:12px 22px;font-family:Helvetica,Arial,sans-serif;color:#ffffff;font-weight:bold;text-decoration:none">{html.escape(label)}</a></td></tr></table>')
    if all(":: " in ln for ln in lines):
        rows = "".join(f'<tr><td style="padding:6px 10px;border-bottom:1px solid #e6e6e6;color:#777">{html.escape(k)}</td>'
                       f'<td style="padding:6px 10px;border-bottom:1px solid #e6e6e6;font-weight:bold">{inline_html(v, slug)}</td></tr>'
                       for k, v in (ln.split(":: ", 1) for ln in lines))
        return f'<table role="presentation" cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:0 0 18px 0;font-family:Helvetica,Arial,sans-serif;font-size:14px">{rows}</table>'
    if all(ln.startswith("- ") for ln in lines):
        return f"<ul {st}>" + "".join(f"<li>{inline_html(ln[2:], slug)}</li>" for ln in lines) + "</ul>"
    return f"<p {st}>" + "<br>".join(inline_html(ln, slug) for ln in lines) + "</p>"


def ats_html(m):
    v = VENDORS[m["vendor"]]
    slug, brand = m["slug"], m.get("brand", "")
    body = "".join(block_html(b, slug, v["colour"]) for b in m["text"].strip().split("\n\n"))
    foot = "".join(f'<p style="margin:0 0 8px 0">{inline_html(f, slug)}</p>' for f in m.get("foot", "").strip().split("\n\n") if f)
    powered = v["powered"]
    logo = f'https://assets.click.example/img/{dg(slug, "logo")[:14]}.png'
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html lang="{m["lang"]}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="viewport" content="width=device-width"><title>{html.escape(m["subject"])}</title>'
            '<style type="text/css">@media only screen and (max-width:620px){.wrap{width:100%!important}}</style></head>\n'
            '<body style="margin:0;padding:0;background-color:#f2f3f5">\n'
            f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(m.get("preheader", ""))}</div>\n'
            '<table role="presentation" width="100%" cellspacing="0" cellpadding="0" bgcolor="#f2f3f5"><tr><td align="center" style="padding:28px 10px">\n'
            '<table class="wrap" role="presentation" width="600" cellspacing="0" cellpadding="0" bgcolor="#ffffff" style="border:1px solid #e3e5e8">\n'
            f'<tr><td style="padding:22px 36px;border-top:4px solid {v["colour"]}"><img src="{logo}" alt="{html.escape(brand)}" width="140" style="display:block;border:0"></td></tr>\n'
            f'<tr><td style="padding:10px 36px 24px 36px">{body}</td></tr>\n'
            f'<tr><td style="padding:18px 36px;background-color:#f8f9fa;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:16px;color:#8b9096">{foot}'
            f'<p style="margin:8px 0 0 0"><img src="https://assets.click.example/img/{v["key"]}-badge.png" alt="{html.escape(powered)}" height="14" style="border:0"> {html.escape(powered)}</p></td></tr>\n'
            '</table>\n'
            f'<img src="https://click.example/wf/open?upn={dg(slug, "px")[:48]}" width="1" height="1" alt="" style="height:1px!important;width:1px!important;border:0">\n'
            '</td></tr></table>\n</body></html>\n')


def html_to_plain(m):
    """What an ATS's html-to-text converter produces: [image] placeholders, [n] links, odd breaks."""
    slug, brand = m["slug"], m.get("brand", "")
    urls, out = [], [f"[image: {brand}]" if brand else "[image]", ""]

    def links(s):
        def rep(mm):
            urls.append(link(slug, len(mm.group(1))))
            return f"{mm.group(1)} [{len(urls)}]"
        return re.sub(r"\[\[(.+?)\]\]", rep, s.replace("**", ""))
    for b in (m["text"].strip() + "\n\n" + m.get("foot", "").strip()).split("\n\n"):
        if not b:
            continue
        if b.startswith("{btn:"):
            urls.append(link(slug, 700))
            out += [f"{b[5:-1]} [{len(urls)}]", ""]
            continue
        for ln in b.split("\n"):
            ln = links(ln.replace(":: ", ": "))
            out += textwrap.wrap(ln, 78, break_long_words=False) or [""]
        out.append("")
    out.append(f"[image: {VENDORS[m['vendor']]['powered']}]")
    if urls:
        out += ["", "Links:", "------"] + [f"[{i}] {u}" for i, u in enumerate(urls, 1)]
    return "\n".join(out) + "\n"


def client_html(text):
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(html.escape(q) for q in quote) + "</blockquote>")
            quote.clear()
    for ln in text.split("\n"):
        if ln.startswith(">"):
            quote.append(ln.lstrip("> ").rstrip())
            continue
        flush()
        out.append(f"<div>{html.escape(ln) if ln else '<br>'}</div>")
    flush()
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def build(m):
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    domain = m.get("id_domain") or m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = msg_id(slug, domain)
    e["Date"] = date_for(slug, m["cc"], m.get("day", ""))
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc_hdr"):
        e["Cc"] = m["cc_hdr"]
    if m.get("reply_to_hdr"):
        e["Reply-To"] = m["reply_to_hdr"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        pid = msg_id(slug, m.get("parent_domain", "example.org"), "parent")
        e["In-Reply-To"] = pid
        e["References"] = pid
    e["MIME-Version"] = "1.0"
    if m["style"] == "ats":
        for k, val in VENDORS[m["vendor"]].get("headers", {}).items():
            e[k] = val.format(unsub=link(slug, 900), slug=dg(slug, "h")[:16])
    for k, val in m.get("headers", {}).items():
        e[k] = val.format(unsub=link(slug, 900))
    cte = m.get("cte", "quoted-printable")
    if m["style"] == "ats":
        page = ats_html(m)
        if m.get("html_only"):
            e.set_content(page, subtype="html", cte=cte)
        else:
            e.set_content(html_to_plain(m), cte=cte)
            e.add_alternative(page, subtype="html", cte=cte)
    else:
        text = m["text"].strip("\n") + "\n"
        charset = m.get("charset", "utf-8")
        if m.get("client_html"):
            e.set_content(text, charset=charset, cte=m.get("cte", "quoted-printable"))
            e.add_alternative(client_html(text), subtype="html", cte=m.get("cte", "quoted-printable"))
        else:
            e.set_content(text, charset=charset, cte=m.get("cte", "8bit" if charset == "utf-8" else "quoted-printable"))
    for part in e.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_" + dg(slug, "b", part.get_content_subtype())[:24])
    return e


def main():
    msgs = content_es.MESSAGES + content_nl.MESSAGES + content_it.MESSAGES + content_pt.MESSAGES
    slugs = [m["slug"] for m in msgs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    random.Random(SEED).shuffle(msgs)
    out_dir = os.path.join(HERE, "messages")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, f))
    rows = []
    for i, m in enumerate(msgs, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(bytes(build(m)))
        rej = m["label"] == "rejection"
        rt, first, company, role = m.get("row", ("", "", "", "")) if rej else ("", "", "", "")
        notes = f"lang={m['lang']}; {m['style']}; {m['cc']}; " + m.get("tags", "")
        rows.append([f"messages/{name}", m["label"], rt, first, company, role, m["cat"], notes.rstrip("; ")])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
