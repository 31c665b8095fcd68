"""Writes messages/*.eml and labels.csv for the en9 blind set from content_*.py.

Deterministic: Message-IDs, parent IDs, dates and MIME boundaries are SHA-1 digests of the slug; the
shuffle seed is fixed. ATS-style mail is built as HTML in vendor chrome; its text/plain part (when present)
is produced from the HTML by a crude converter, as real senders do ([image: ...] placeholders, numbered link
lists, odd hard wraps).

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
import content_rejections, content_others  # noqa: E402

SEED = 20261206 + 9
POLICY = policy.default.clone(linesep="\n")
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
TZ = {"en-GB": 0, "en-IE": 0, "en-US": -300, "en-CA": -300, "en-AU": 660, "en-NZ": 780, "en-IN": 330, "en-SG": 480}


def dg(*p):
    return hashlib.sha1("|".join(p).encode()).hexdigest()


def mid(slug, dom, salt=""):
    return f"<{dg(slug, salt, 'id')[:22]}@{dom}>"


def date_for(slug, variant):
    h = int(dg(slug, "date"), 16)
    when = datetime(2026, 9, 1) + timedelta(days=h % 90, seconds=(h >> 20) % 86400)
    return format_datetime(when.replace(tzinfo=timezone(timedelta(minutes=TZ.get(variant, 0)))))


def lnk(slug, key):
    return f"https://click.example/ls/click?upn={dg(slug, 'l', key)[:40]}"


def para(block, slug, table):
    st = 'style="margin:0 0 14px;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#2d2d2d"'
    if block.strip() == "{table}":
        rows = "".join(f'<tr><td style="padding:4px 10px;font-weight:bold">{html.escape(k)}</td><td style="padding:4px 10px">{html.escape(v)}</td></tr>' for k, v in table)
        return f'<table cellpadding="0" cellspacing="0" style="border:1px solid #ddd;margin:0 0 14px">{rows}</table>'
    lines = block.split("\n")
    if all(x.startswith("- ") for x in lines):
        return f"<ul {st}>" + "".join(f"<li>{html.escape(x[2:])}</li>" for x in lines) + "</ul>"
    inner = "<br>".join(html.escape(x) for x in lines)
    inner = re.sub(r"\[\[(.+?)\]\]", lambda mm: f'<a href="{lnk(slug, mm.group(1))}" style="color:#0b5fff">{mm.group(1)}</a>', inner)
    return f"<p {st}>{inner}</p>"


def page_html(m):
    v = VENDORS[m["vendor"]]
    slug, co = m["slug"], m.get("brand", "")
    body = "".join(para(b, slug, m.get("table")) for b in m["text"].strip().split("\n\n"))
    if m.get("button"):
        body += (f'<table cellpadding="0" cellspacing="0" style="margin:8px 0 18px"><tr><td style="background:{v["colour"]};border-radius:4px">'
                 f'<a href="{lnk(slug, "button")}" style="display:inline-block;padding:11px 20px;color:#fff;text-decoration:none;font-weight:bold">{html.escape(m["button"])}</a></td></tr></table>')
    if m.get("about"):
        body += f'<p style="margin:20px 0 0;padding-top:12px;border-top:1px solid #eee;font-size:12px;color:#777">{html.escape(m["about"])}</p>'
    foot = "".join(para(f.format(company=co), slug, None).replace("font-size:14px", "font-size:11px").replace("#2d2d2d", "#8a8f98")
                   for f in v["footer"] + m.get("extra_footer", []))
    logo = f'https://assets.click.example/img/{dg(slug, "logo")[:12]}.png'
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<title>{html.escape(m["subject"])}</title><style type="text/css">@media only screen and (max-width:600px){{.wrap{{width:100% !important}}}}</style></head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f5">\n'
            f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(m.get("preheader", ""))}</div>\n'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f5"><tr><td align="center" style="padding:20px 6px">\n'
            '<table class="wrap" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            f'<tr><td style="padding:18px 30px;border-top:4px solid {v["colour"]}"><img src="{logo}" alt="{html.escape(co or "Logo")}" width="140" style="display:block;border:0"></td></tr>\n'
            f'<tr><td style="padding:24px 30px">{body}</td></tr>\n'
            f'<tr><td style="padding:14px 30px;background:#fafafa">{foot}</td></tr>\n'
            '</table>\n'
            f'<img src="https://click.example/wf/open?upn={dg(slug, "px")[:48]}" width="1" height="1" alt="" border="0">\n'
            '</td></tr></table></body></html>\n')


def html_to_text(page, width=76):
    """Crude HTML-to-text, like the converters ATS vendors run: image alts, numbered links, hard wraps."""
    s = re.sub(r"(?s)<head>.*?</head>", "", page)
    s = re.sub(r'(?s)<div style="display:none.*?</div>', "", s)
    s = re.sub(r'<img[^>]*width="1"[^>]*>', "", s)
    s = re.sub(r'<img[^>]*alt="([^"]*)"[^>]*>', lambda mm: f"[image: {mm.group(1)}]" if mm.group(1) else "[image]", s)
    links = []

    def a(mm):
        links.append(html.unescape(mm.group(1)))
        return f"{mm.group(2)} [{len(links)}]"
    s = re.sub(r'(?s)<a href="([^"]+)"[^>]*>(.*?)</a>', a, s)
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</p>|</tr>|</ul>|</table>", "\n\n", s)
    s = re.sub(r"<li>", "\n  * ", s)
    s = re.sub(r"</td>", "  ", s)
    s = html.unescape(re.sub(r"<[^>]+>", "", s))
    out = []
    for para_ in re.split(r"\n\s*\n", s):
        lines = [ln.strip() for ln in para_.strip("\n").split("\n")]
        lines = [ln for ln in lines if ln]
        if not lines:
            continue
        out.append("\n".join(textwrap.fill(ln, width, break_on_hyphens=False) for ln in lines))
    txt = "\n\n".join(out)
    if links:
        txt += "\n\nLinks:\n------\n" + "\n".join(f"[{i}] {u}" for i, u in enumerate(links, 1))
    return txt + "\n"


def build(m):
    slug = m["slug"]
    e = EmailMessage(policy=POLICY)
    dom = m.get("id_domain") or m["frm"].rsplit("@", 1)[1].rstrip(">")
    e["Message-ID"] = mid(slug, dom)
    e["Date"] = date_for(slug, m.get("variant", "en-GB"))
    e["From"] = m["frm"]
    e["To"] = m.get("to", OWNER)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    if m.get("reply_to"):
        e["Reply-To"] = m["reply_to"]
    e["Subject"] = m["subject"]
    if m.get("parent"):
        ps = [mid(slug, m.get("parent_domain", "example.org"), f"p{i}") for i in range(m.get("parent_depth", 1))]
        e["In-Reply-To"] = ps[-1]
        e["References"] = " ".join(ps)
    e["MIME-Version"] = "1.0"
    if m["style"] == "ats":
        e["Auto-Submitted"] = "auto-generated"
        e["X-Auto-Response-Suppress"] = "All"
        if m.get("bulk"):
            e["Precedence"] = "bulk"
            e["List-Unsubscribe"] = f"<{lnk(slug, 'unsub')}>"
    for k, val in m.get("headers", {}).items():
        e[k] = val
    if m["style"] == "ats":
        page = page_html(m)
        cte = m.get("cte", "quoted-printable")
        if m.get("html_only"):
            e.set_content(page, subtype="html", cte=cte)
        else:
            e.set_content(html_to_text(page), cte=cte)
            e.add_alternative(page, subtype="html", cte=cte)
    else:
        text = m["text"].strip("\n") + "\n"
        if m.get("wrap", True):
            text = "\n".join(ln if len(ln) <= 76 else textwrap.fill(ln, 74, break_on_hyphens=False) if not ln.startswith(">")
                             else "\n".join("> " + x for x in textwrap.wrap(ln.lstrip("> "), 72)) for ln in text.split("\n"))
        e.set_content(text, cte=m.get("cte"))
        if m.get("client_html"):
            e.add_alternative('<div dir="ltr">' + "".join(f"<div>{html.escape(x) or '<br>'}</div>" for x in text.split("\n")) + "</div>\n",
                              subtype="html", cte="quoted-printable")
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
    msgs = content_rejections.MESSAGES + content_others.MESSAGES
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
        note = "; ".join(["lang=en", m["style"], m.get("variant", "en-GB")] + ([m["notes"]] if m.get("notes") else []))
        rows.append([f"messages/{name}", m["label"], *exp, m["cat"], note])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print("wrote", len(rows))


if __name__ == "__main__":
    main()
