"""Shared helpers: owner, ATS chrome (HTML + auto-generated plain text), row builders."""
import html as _html
import re
import textwrap

OWNER = "Sam Taylor <sam.taylor@example.org>"
OWNER_ADDR = "sam.taylor@example.org"


def M(slug, label, lang, style, category, tags, frm, subject, **kw):
    """One message as data. kw: text, html, html_only, reply_to_hdr, to, cc, headers, quote, parent,
    reply_to, contact, company, role, charset, cte, day."""
    d = dict(slug=slug, label=label, lang=lang, style=style, category=category, tags=tags, frm=frm,
             subject=subject)
    d.update(kw)
    return d


def _link(url, label, links):
    links.append(url)
    return f'<a href="{url}" style="color:#1a5fb4">{label}</a>'


def ats_html(brand, color, paras, footer, logo_alt=None, button=None, pixel="px"):
    """Table-layout HTML mail. paras: list of HTML strings (may hold <a>). footer: list of small-print strings."""
    logo_alt = logo_alt or f"{brand} Logo"
    body = "\n".join(f'<p style="margin:0 0 14px 0;font-size:15px;line-height:22px">{p}</p>' for p in paras)
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="{color}" '
               f'style="border-radius:4px;padding:10px 22px"><a href="{button[1]}" style="color:#ffffff;'
               f'text-decoration:none;font-weight:bold">{button[0]}</a></td></tr></table>')
    foot = "\n".join(f'<p style="margin:0 0 8px 0;font-size:11px;color:#8a8a8a;line-height:15px">{f}</p>'
                     for f in footer)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width"><title>{_html.escape(brand)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f4f6"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="margin:24px 0">
<tr><td style="padding:20px 32px;border-bottom:4px solid {color}"><img src="https://cdn.mailassets.example/{re.sub('[^a-z]', '', brand.lower())}/logo.png" alt="{_html.escape(logo_alt)}" width="140" height="40"></td></tr>
<tr><td style="padding:28px 32px;color:#222222">
{body}
{btn}
</td></tr>
<tr><td style="padding:16px 32px 24px 32px;border-top:1px solid #e5e7eb">
{foot}
</td></tr></table>
<img src="https://trk.mailassets.example/o/{pixel}.gif" width="1" height="1" alt="" style="display:none">
</td></tr></table></body></html>
"""


def html_to_text(h, style="links", width=None):
    """Imitates the plain part an ATS generates from its HTML: [image] placeholders, link lists,
    odd line breaks. style: 'links' (numbered list at the end), 'inline' (url in angle brackets),
    'bare' (text only)."""
    links = []
    h = re.sub(r"(?is)<head.*?</head>", "", h)
    h = re.sub(r'(?i)<img[^>]*alt="([^"]*)"[^>]*>', lambda m: f"[image: {m.group(1)}]" if m.group(1) else "", h)

    def a(m):
        url, label = m.group(1), re.sub("<[^>]+>", "", m.group(2))
        if style == "links":
            links.append(url)
            return f"{label}[{len(links)}]"
        if style == "inline":
            return f"{label} \x01{url}\x02"
        return label
    h = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', a, h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</p>|</tr>|</h\d>|</li>", "\n\n", h)
    h = re.sub(r"(?i)<li[^>]*>", "* ", h)
    h = re.sub(r"(?i)</td>", "  ", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = _html.unescape(h).replace("\x01", "<").replace("\x02", ">")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in h.splitlines()]
    out, blank = [], 0
    for ln in lines:
        if not ln:
            blank += 1
            if blank <= 1:
                out.append("")
            continue
        blank = 0
        if width:
            out.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False) or [""])
        else:
            out.append(ln)
    text = "\n".join(out).strip() + "\n"
    if links:
        text += "\nLinks:\n" + "".join(f"[{i}] {u}\n" for i, u in enumerate(links, 1))
    return text


def wrap(text, width=74):
    """Hard-wrap personal mail paragraphs (lines starting with '>' or two spaces are kept)."""
    out = []
    for para in text.strip("\n").split("\n"):
        if para.startswith(">") or para.startswith("  ") or len(para) <= width:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_on_hyphens=False))
    return "\n".join(out) + "\n"


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.strip("\n").split("\n")) + "\n"


def trk(slug, n):
    return f"https://click.mailassets.example/ls/click?upn={abs(hash_slug(slug + str(n))) % 10**12:012d}"


def hash_slug(s):
    import hashlib
    return int(hashlib.sha1(s.encode()).hexdigest()[:15], 16)
