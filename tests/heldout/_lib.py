"""Helpers for generate.py: build realistic RFC 5322 messages with the stdlib email package."""
import email.policy
import html as _html
import random
import uuid
from email.message import EmailMessage

RNG = random.Random(20261125)
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)
SAM = "Sam Taylor <sam.taylor@example.org>"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="
HEX = "0123456789ABCDEF"


def _r(alphabet, n):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def mid(style, domain=None):
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % _r(B64, 44)
    if style == "outlook":
        box = RNG.choice(["BY5PR12MB", "DM6PR04MB", "AM9PR07MB", "LO2P265MB", "PH0PR11MB", "DB8PR03MB"])
        n = "%04d" % RNG.randint(1000, 9999)
        reg = {"AM9": "eurprd07", "LO2": "GBRP265", "DB8": "eurprd03"}.get(box[:3], "namprd%02d" % RNG.randint(1, 19))
        return "<%s%s%s@%s%s.%s.prod.outlook.com>" % (box, n, _r(HEX, 28), box, n, reg)
    if style == "apple":
        return "<%s@%s>" % (str(uuid.UUID(int=RNG.getrandbits(128))).upper(), domain or "example.org")
    return "<%s@%s>" % (uuid.UUID(int=RNG.getrandbits(128)), domain)


def text_to_html(text, style="gmail"):
    """Rough conversion that looks like what Gmail/Outlook/Apple produce."""
    lines = text.split("\n")
    out = []
    if style == "outlook":
        out.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                   '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                   '<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;'
                   'font-family:"Aptos",sans-serif;}--></style></head>'
                   '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
                   '<div class="WordSection1">')
        for ln in lines:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_html.escape(ln, quote=False) if ln else "<o:p>&nbsp;</o:p>"))
        out.append("</div></body></html>")
        return "\n".join(out) + "\n"
    if style == "apple":
        out.append('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                   '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">')
        for ln in lines:
            out.append("<div>%s</div>" % (_html.escape(ln, quote=False) if ln else "<br>"))
        out.append("</body></html>")
        return "\n".join(out) + "\n"
    # gmail
    out.append('<div dir="ltr">')
    inq = False
    for ln in lines:
        if ln.startswith(">"):
            if not inq:
                out.append('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                           '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                inq = True
            ln = ln[1:].lstrip()
        elif inq:
            out.append("</blockquote></div>")
            inq = False
        out.append("<div>%s</div>" % (_html.escape(ln, quote=False) if ln else "<br>"))
    if inq:
        out.append("</blockquote></div>")
    out.append("</div>")
    return "".join(out) + "\n"


def ats_html(paragraphs, brand, color="#2d6cdf", footer="", logo=None):
    ps = "\n".join('<p style="margin:0 0 16px 0">%s</p>' % p for p in paragraphs)
    logo_html = ('<tr><td style="padding:28px 40px 4px"><img src="%s" alt="%s" height="32" '
                 'style="display:block;border:0;height:32px"></td></tr>' % (logo, _html.escape(brand))) if logo else ""
    return """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>
<body style="margin:0;padding:0;background-color:#f4f5f7">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f5f7"><tr><td align="center" style="padding:32px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-top:4px solid %s">
%s<tr><td style="padding:20px 40px 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:23px;color:#2b2b2b">
%s
</td></tr>
<tr><td style="padding:16px 40px 28px;border-top:1px solid #eceef1;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:18px;color:#8a8f95">%s</td></tr>
</table>
</td></tr></table>
</body></html>
""" % (_html.escape(brand), color, logo_html, ps, footer)


def _encode_header(name, value, charset):
    from email.header import Header
    from email.utils import formataddr, getaddresses
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if name.lower() in ("from", "to", "cc", "reply-to"):
        return ", ".join(formataddr((n, a), charset=charset) for n, a in getaddresses([value]))
    return Header(value, charset, header_name=name).encode(maxlinelen=76)


def _boundary(msgid, n):
    if "mail.gmail.com" in msgid:
        return "0000000000%s%02d" % (_r("0123456789abcdef", 12).lower(), n)
    if "outlook.com" in msgid:
        box = msgid[1:].split("@")[0][:24]
        return "_%03d_%s_" % (n, box + _r("0123456789abcdef", 8))
    if msgid[1:9].isupper() or "-" in msgid[1:10] and msgid[9:10] == "-" and msgid[1:2].isupper():
        return "Apple-Mail=_%s" % str(uuid.UUID(int=RNG.getrandbits(128))).upper()
    return "----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(10 ** 8, 10 ** 9), 1760000000000 + RNG.randint(0, 10 ** 10))


def build(headers, text=None, html=None, charset="utf-8", cte=None, html_cte=None, html_style="gmail",
          attachments=(), calendar=None, fmt="alt", hdr_charset="utf-8"):
    """fmt: plain | alt | html.  headers: list of (name, value) in order (MIME-Version is added)."""
    m = EmailMessage(policy=POLICY)
    raw = {}
    for k, v in headers:
        if any(ord(c) > 127 for c in v):
            ph = "XPLACEHOLDER%d" % len(raw)
            raw[ph] = _encode_header(k, v, hdr_charset)
            m[k] = ph
        else:
            m[k] = v
    m["MIME-Version"] = "1.0"
    if fmt == "plain":
        m.set_content(text, charset=charset, cte=cte)
    elif fmt == "html":
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(text, charset=charset, cte=cte)
        m.add_alternative(html if html is not None else text_to_html(text, html_style), subtype="html",
                          charset=charset, cte=html_cte or cte)
        if calendar:
            m.add_alternative(calendar[0], subtype="calendar", charset="utf-8", cte="base64",
                              params={"method": calendar[1]})
    for data, maintype, subtype, filename in attachments:
        if m.get_content_type() != "multipart/mixed":
            m.make_mixed()
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msgid = m.get("Message-ID", "")
    for n, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(_boundary(msgid, n))
    out = m.as_bytes(policy=POLICY)
    head, sep, body = out.partition(b"\n\n")
    out = head + sep + body.replace(b"\nMIME-Version: 1.0\n", b"\n")
    for ph, enc in raw.items():
        out = out.replace(ph.encode(), enc.encode("ascii"), 1)
    return out


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
            "4 0 obj << /Length 60 >> stream\nBT /F1 12 Tf 72 720 Td (%s) Tj ET\nendstream endobj\n"
            "trailer << /Root 1 0 R >>\n%%%%EOF\n" % title)
    return body.encode("latin-1")
