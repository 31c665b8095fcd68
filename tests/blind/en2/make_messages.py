"""Writes the en2 blind corpus: messages/*.eml and labels.csv from the specs in content_*.py.

    python3 make_messages.py

Deterministic: numbering comes from a fixed shuffle seed, and Message-IDs, dates, MIME boundaries and
tracking-link ids are hashed from each file's name, so re-running reproduces every file byte for byte.
ATS-style specs give their body as light markup (paragraphs, "| key | value" table rows,
"[label](button)" buttons) that is rendered into a text part and an inline-styled HTML part with the
vendor's footer; personal specs give plain text, optionally with a quoted earlier message.
"""
import csv
import hashlib
import html
import os
import random
import re
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import content_others  # noqa: E402
import content_rejections  # noqa: E402
from footers import FOOTERS, NOREPLY_LINES, PRIVACY_LINES, VENDOR_LINKS, VENDOR_PRIVACY  # noqa: E402

OWNER = "Sam Taylor <sam.taylor@example.org>"
SEED = 20261206
START = datetime(2026, 9, 1, 7, 0)
SPAN_MINUTES = 80 * 24 * 60
AFTER_SPAN_MINUTES = 2 * 24 * 60 - 16 * 60
WRAP = 74
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]


def digest(key: str, salt: str, n: int = 16) -> str:
    return hashlib.sha256(f"{salt}|{key}".encode()).hexdigest()[:n]


def tzinfo(spec: str) -> timezone:
    sign = -1 if spec[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(spec[1:3]), minutes=int(spec[3:5])))


def message_date(key: str, tz: str, after: str | None = None) -> datetime:
    """A hashed time in the corpus span, or within two days after `after` (YYYY-MM-DD) when set."""
    start, span = START, SPAN_MINUTES
    if after:
        start, span = datetime.fromisoformat(after) + timedelta(hours=7), AFTER_SPAN_MINUTES
    minutes = int(digest(key, "date"), 16) % span
    utc = (start + timedelta(minutes=minutes)).replace(tzinfo=timezone.utc)
    return utc.astimezone(tzinfo(tz))


def domain_of(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2] or "mail.example"


def wrap_plain(text: str) -> str:
    """Wraps long lines the way a mail client would, keeping quote prefixes."""
    out = []
    for line in text.split("\n"):
        if len(line) <= WRAP:
            out.append(line)
            continue
        prefix = re.match(r"^(>+ ?)*", line).group(0)
        out.extend(textwrap.wrap(line[len(prefix):], WRAP - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def quote_block(quote: dict) -> str:
    body = wrap_plain(textwrap.dedent(quote["text"]).strip())
    style = quote.get("style", "gmail")
    if style == "outlook":
        head = (f"________________________________\nFrom: {quote['who']}\nSent: {quote['when']}\n"
                f"To: {quote['to']}\nSubject: {quote['subject']}\n\n")
        return "\n\n" + head + body
    lead = {"gmail": f"On {quote['when']}, {quote['who']} wrote:",
            "apple": f"> On {quote['when']}, {quote['who']} wrote:\n>",
            "thunderbird": f"On {quote['when']}, {quote['who']} wrote:"}[style]
    quoted = "\n".join("> " + line if line else ">" for line in body.split("\n"))
    return "\n\n" + lead + "\n" + quoted


# ---------------------------------------------------------------- ATS rendering

BUTTON = re.compile(r"^\[(.+)\]\((button|link)\)$")


def blocks(markup: str) -> list[str]:
    return [b.strip("\n") for b in re.split(r"\n\s*\n", textwrap.dedent(markup).strip())]


def track(key: str, n: int) -> str:
    return f"https://click.example/t/{digest(key, f'link{n}', 22)}"


def render_ats(spec: dict, key: str) -> tuple[str, str]:
    """The text and HTML alternatives of an ATS-style message."""
    color = spec.get("color", "#1f4e79")
    brand = spec.get("brand") or parseaddr(spec["frm"])[0]
    text_parts, html_parts = [], []
    links = 0
    for block in blocks(spec["body"]):
        lines = block.split("\n")
        if all(line.startswith("|") for line in lines):
            rows = [[c.strip() for c in line.strip("|").split("|")] for line in lines]
            text_parts.append("\n".join(f"{row[0]}: {' | '.join(row[1:])}" for row in rows))
            cells = "".join(
                '<tr><td style="padding:6px 12px;border:1px solid #ddd;background:#f7f7f7;font-weight:bold">'
                + html.escape(row[0]) + "</td>"
                + "".join(f'<td style="padding:6px 12px;border:1px solid #ddd">{html.escape(c)}</td>'
                          for c in row[1:]) + "</tr>" for row in rows)
            html_parts.append(f'<table role="presentation" cellpadding="0" cellspacing="0" '
                              f'style="border-collapse:collapse;margin:12px 0;font-size:14px">{cells}</table>')
        elif BUTTON.match(block):
            label = BUTTON.match(block).group(1)
            links += 1
            url = track(key, links)
            text_parts.append(f"{label}: {url}")
            html_parts.append(f'<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
                              f'<td style="background:{color};border-radius:4px;padding:10px 18px">'
                              f'<a href="{url}" style="color:#ffffff;text-decoration:none;'
                              f'font-weight:bold">{html.escape(label)}</a></td></tr></table>')
        elif block.startswith("## "):
            text_parts.append(block[3:].upper())
            html_parts.append(f'<h2 style="font-size:18px;color:{color};margin:18px 0 8px">'
                              f'{html.escape(block[3:])}</h2>')
        else:
            text_parts.append(block)
            inner = "<br>\n".join(html.escape(line) for line in lines)
            html_parts.append(f'<p style="margin:0 0 14px;line-height:1.5">{inner}</p>')
    foot_text, foot_html = footer(spec, key, links)
    text = wrap_plain("\n\n".join(text_parts)) + "\n\n" + foot_text + "\n"
    pre_html = ""
    if spec.get("preamble"):
        pre = textwrap.dedent(spec["preamble"]).strip()
        text = wrap_plain(pre) + "\n\n" + text
        pre_html = ('<div style="font-family:Arial,sans-serif;font-size:14px;padding:12px">'
                    + "<br>\n".join(html.escape(x) for x in pre.split("\n")) + "</div>\n")
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width"></head>\n'
        '<body style="margin:0;padding:0;background:#f2f2f2">\n' + pre_html +
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2">'
        '<tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">\n'
        f'<tr><td style="background:{color};padding:18px 28px;color:#ffffff;font-size:20px;'
        f'font-weight:bold">{html.escape(brand)}</td></tr>\n'
        '<tr><td style="padding:28px">\n' + "\n".join(html_parts) + "\n</td></tr>\n"
        f'<tr><td style="padding:18px 28px;background:#fafafa;font-size:11px;color:#777;'
        f'line-height:1.4">{foot_html}</td></tr>\n'
        "</table>\n"
        f'<img src="https://click.example/o/{digest(key, "pixel", 20)}.gif" width="1" height="1" alt="">\n'
        "</td></tr></table>\n</body></html>\n")
    return text, page


def footer(spec: dict, key: str, links: int) -> tuple[str, str]:
    pick = int(digest(key, "footer"), 16)
    vendor = FOOTERS[spec.get("vendor", "generic")]
    lines = []
    if spec.get("legal"):
        lines.append(spec["legal"])
    if not spec.get("no_noreply"):
        lines.append(NOREPLY_LINES[pick % len(NOREPLY_LINES)])
    vendor_key = spec.get("vendor", "generic")
    lines.append(spec.get("privacy") or VENDOR_PRIVACY.get(vendor_key)
                 or PRIVACY_LINES[(pick // 7) % len(PRIVACY_LINES)])
    text_lines = list(lines)
    html_lines = [html.escape(x) for x in lines]
    link_labels = spec.get("footer_links") or VENDOR_LINKS.get(vendor_key,
                                                               ["Privacy policy", "Unsubscribe from job updates"])
    text_links, html_links = [], []
    for label in link_labels:
        links += 1
        url = track(key, links)
        text_links.append(f"{label}: {url}")
        html_links.append(f'<a href="{url}" style="color:#777">{html.escape(label)}</a>')
    text_lines.append("\n".join(text_links))
    html_lines.append(" &middot; ".join(html_links))
    text_lines.append(vendor)
    html_lines.append(html.escape(vendor))
    return "--\n" + "\n\n".join(text_lines), "<br><br>\n".join(html_lines)


def render_personal_html(text: str) -> str:
    """A mail client's HTML twin of a personal plain-text message (Outlook/Gmail style)."""
    paras = []
    for block in re.split(r"\n\s*\n", text.strip()):
        inner = "<br>\n".join(html.escape(x) for x in block.split("\n"))
        paras.append(f'<div dir="ltr">{inner}</div><div><br></div>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


# ---------------------------------------------------------------- building

def build(spec: dict, name: str) -> EmailMessage:
    key = name
    msg = EmailMessage(policy=policy.default)
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", OWNER)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(message_date(key, spec.get("tz", "+0000"), spec.get("after")))
    msg["Message-ID"] = f"<{digest(key, 'mid', 24)}@{spec.get('mid_domain') or domain_of(spec['frm'])}>"
    if spec.get("irt"):
        parent = f"<{digest(key, 'parent', 20)}@{spec.get('irt_domain', 'example.org')}>"
        older = [f"<{digest(key, f'older{i}', 20)}@{d}>" for i, d in enumerate(spec.get("older", []))]
        msg["In-Reply-To"] = parent
        msg["References"] = " ".join(older + [parent])
    for k, v in spec.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    if spec["style"] == "ats" and not spec.get("plain"):
        text, page = render_ats(spec, key)
        if spec.get("html_only"):
            msg.set_content(page, subtype="html", charset=charset, cte=cte or "quoted-printable")
        else:
            msg.set_content(text, charset=charset, cte=cte or "quoted-printable")
            msg.add_alternative(page, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        text = wrap_plain(textwrap.dedent(spec["body"]).strip())
        if spec.get("quote"):
            text += quote_block(spec["quote"])
        text += "\n"
        if cte is None:
            cte = "7bit" if text.isascii() else "8bit"
        msg.set_content(text, charset=charset, cte=cte)
        if spec.get("personal_html"):
            msg.add_alternative(render_personal_html(text), subtype="html", charset="utf-8",
                                cte="quoted-printable")
    for i, (filename, ctype, data) in enumerate(spec.get("attach", [])):
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            msg.add_attachment(data, subtype=subtype, filename=filename, cte="base64")
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_{digest(key, f'boundary{i}', 28)}")
    return msg


def format_notes(spec: dict, msg: EmailMessage) -> str:
    parts = []
    for part in msg.walk():
        if not part.is_multipart():
            parts.append(f"{part.get_content_type()} {part.get('Content-Transfer-Encoding', '7bit')}"
                         f" {part.get_content_charset() or ''}".strip())
    shape = msg.get_content_type() + " [" + ", ".join(parts) + "]"
    bits = [f"lang=en", f"style={spec['style']}", spec.get("locale", "en"), shape]
    if spec.get("irt"):
        bits.append("In-Reply-To owner's mail")
    if spec.get("note"):
        bits.append(spec["note"])
    return "; ".join(bits)


def main() -> None:
    specs = content_rejections.SPECS + content_others.SPECS
    slugs = [s["slug"] for s in specs]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    if dupes:
        raise SystemExit(f"duplicate slugs: {sorted(dupes)}")
    order = list(range(len(specs)))
    random.Random(SEED).shuffle(order)
    out_dir = os.path.join(HERE, "messages")
    os.makedirs(out_dir, exist_ok=True)
    for old in os.listdir(out_dir):
        if old.endswith(".eml"):
            os.remove(os.path.join(out_dir, old))
    rows = []
    for number, index in enumerate(order, start=1):
        spec = specs[index]
        name = f"{number:03d}-{spec['slug']}.eml"
        msg = build(spec, name)
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(msg.as_bytes())
        lab = spec.get("lab", ("", "", "", "")) if spec["label"] == "rejection" else ("", "", "", "")
        rows.append(["messages/" + name, spec["label"], *lab, spec["cat"], format_notes(spec, msg)])
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
