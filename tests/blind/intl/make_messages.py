"""Writes the blind six-language corpus: messages/NNN-slug.eml and labels.csv.

    python3 make_messages.py

The wording lives in messages_<lang>.py (one list of dicts per language) and the ATS chrome in
chrome.py. Everything random-looking (Message-IDs, parent IDs, dates, MIME boundaries, tracking
tokens, footer variants) is derived from the file name with SHA-1, and the shuffle uses a fixed seed,
so re-running reproduces the committed files byte for byte.
"""
import csv
import datetime as dt
import hashlib
import html
import os
import random
import re
import textwrap
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

import chrome
import messages_de
import messages_es
import messages_fr
import messages_it
import messages_nl
import messages_pt

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261206
OWNER = "Sam Taylor <sam.taylor@example.org>"
OWNER_DOMAIN = "example.org"
FIRST_DAY = dt.datetime(2026, 8, 24, 8, 0)
DAYS = 100
WINTER_TIME = dt.datetime(2026, 10, 25, 3, 0)
WRAP = 76
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
POLICY = policy.default.clone(linesep="\n")
MODULES = (messages_de, messages_fr, messages_es, messages_nl, messages_it, messages_pt)
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]


def digest(name: str, salt: str = "") -> str:
    return hashlib.sha1(f"{name}#{salt}".encode()).hexdigest()


def domain_of(address) -> str:
    return parseaddr(str(address))[1].rpartition("@")[2] or OWNER_DOMAIN


def msg_date(name: str, m: dict) -> str:
    h = int(digest(name, "date")[:12], 16)
    when = FIRST_DAY + dt.timedelta(days=h % DAYS, hours=(h >> 8) % 11, minutes=(h >> 16) % 60,
                                    seconds=(h >> 24) % 60)
    if "tz" in m:
        offset = m["tz"]
    else:
        summer, winter = chrome.ZONES[m["lang"]]
        offset = summer if when < WINTER_TIME else winter
    return format_datetime(when.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset))))


def track(name: str, n: int) -> str:
    return f"https://click.example/t/{digest(name, f'link{n}')[:24]}"


def links(name: str, text: str, as_html: bool) -> str:
    """[label](url) -> an anchor (HTML) or 'label: url' (text); url 'track' becomes a tracking link."""
    counter = iter(range(1, 100))

    def sub(match):
        label, url = match.group(1), match.group(2)
        url = track(name, next(counter)) if url == "track" else url
        if as_html:
            return f'<a href="{html.escape(url)}" style="color:#0b5cad">{html.escape(label)}</a>'
        return f"{label}: {url}"

    if not as_html:
        return LINK.sub(sub, text)
    parts, pos = [], 0
    for match in LINK.finditer(text):
        parts.append(html.escape(text[pos:match.start()]))
        parts.append(sub(match))
        pos = match.end()
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


def wrap(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= WRAP:
            out.append(line)
            continue
        prefix = re.match(r"^(> ?)*", line).group(0)
        out.extend(textwrap.wrap(line[len(prefix):], WRAP - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_on_hyphens=False))
    return "\n".join(out)


def body_text(m: dict) -> str:
    text = textwrap.dedent(m["text"]).strip("\n")
    if m.get("quote"):
        attribution, quoted = m["quote"]
        quoted = textwrap.dedent(quoted).strip("\n")
        text += "\n\n" + attribution + "\n" + "\n".join("> " + q if q else ">" for q in quoted.split("\n"))
    return text


def table_rows(m: dict, as_html: bool) -> str:
    if as_html:
        rows = "".join(
            f'<tr><td style="padding:6px 12px;border:1px solid #ddd;background:#f7f7f7;width:40%">'
            f'{html.escape(k)}</td><td style="padding:6px 12px;border:1px solid #ddd">{html.escape(v)}</td></tr>'
            for k, v in m["table"])
        return f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%;margin:12px 0">{rows}</table>'
    return "\n".join(f"{k}: {v}" for k, v in m["table"])


def footer(name: str, m: dict) -> tuple[str, str]:
    """The ATS footer as (plain, html)."""
    words = chrome.FOOTERS[m["lang"]]
    h = int(digest(name, "footer")[:8], 16)
    noreply = words["noreply"][h % len(words["noreply"])] if m.get("noreply", True) else ""
    privacy = words["privacy"][(h >> 4) % len(words["privacy"])]
    legal = m.get("legal") or f"© 2026 {m['company']}"
    powered = chrome.VENDORS[m["vendor"]][1]
    p_url, u_url = track(name, 90), track(name, 91)
    lines = [x for x in (noreply, privacy, f"{words['privacy_link']}: {p_url}",
                         f"{words['unsubscribe']}: {u_url}", legal, powered) if x]
    plain = "\n".join(lines)
    html_lines = [html.escape(x) for x in (noreply, privacy) if x]
    html_lines.append(f'<a href="{p_url}" style="color:#888">{html.escape(words["privacy_link"])}</a> · '
                      f'<a href="{u_url}" style="color:#888">{html.escape(words["unsubscribe"])}</a>')
    html_lines += [html.escape(x) for x in (legal, powered) if x]
    return plain, "<br>".join(html_lines)


def ats_bodies(name: str, m: dict) -> tuple[str, str]:
    """The plain and HTML bodies of an ATS-style message: its paragraphs inside the vendor chrome."""
    paragraphs = body_text(m).split("\n\n")
    colour = chrome.VENDORS[m["vendor"]][0]
    plain_parts, html_parts = [], []
    for p in paragraphs:
        if p.strip() == "{table}":
            plain_parts.append(table_rows(m, False))
            html_parts.append(table_rows(m, True))
        elif p.startswith("[") and LINK.fullmatch(p.strip()):
            plain_parts.append(links(name, p, False))
            html_parts.append(
                '<p style="margin:20px 0"><span style="display:inline-block;padding:10px 18px;'
                f'background:{colour};border-radius:4px">{links(name, p, True).replace("color:#0b5cad", "color:#ffffff;text-decoration:none")}'
                '</span></p>')
        else:
            plain_parts.append(links(name, p, False))
            html_parts.append('<p style="margin:0 0 14px 0">' + links(name, p, True).replace("\n", "<br>\n") + "</p>")
    f_plain, f_html = footer(name, m)
    plain = "\n\n".join(plain_parts) + "\n\n--\n" + f_plain + "\n"
    logo = f"https://click.example/i/{digest(name, 'logo')[:16]}/logo.png"
    pixel = f"https://click.example/o/{digest(name, 'open')[:24]}.gif"
    company = html.escape(m["company"])
    doc = (
        f'<!DOCTYPE html>\n<html lang="{m["lang"]}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{html.escape(m["subject"])}</title></head>\n'
        '<body style="margin:0;padding:0;background:#f2f3f5">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
        'font-family:Helvetica,Arial,sans-serif;color:#2b2b2b">\n'
        f'<tr><td style="padding:18px 28px;background:{colour}"><img src="{logo}" alt="{company}" height="30" '
        'style="display:block;border:0"></td></tr>\n'
        '<tr><td style="padding:28px;font-size:15px;line-height:1.55">\n'
        + "\n".join(html_parts) +
        '\n</td></tr>\n'
        f'<tr><td style="padding:18px 28px;border-top:1px solid #e5e5e5;font-size:11px;line-height:1.5;color:#888888">'
        f'{f_html}</td></tr>\n'
        f'</table>\n<img src="{pixel}" width="1" height="1" alt="" style="display:block">\n'
        '</td></tr></table>\n</body></html>\n')
    return plain, doc


def personal_html(text: str) -> str:
    """A mail client's HTML rendering of a personal message (Outlook-ish)."""
    blocks = []
    for p in text.split("\n\n"):
        if p.startswith(">"):
            inner = html.escape("\n".join(re.sub(r"^> ?", "", q) for q in p.split("\n"))).replace("\n", "<br>")
            blocks.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            blocks.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(blocks) + "\n</div></body></html>\n")


def build(name: str, m: dict) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    sender = m["frm"]
    if isinstance(sender, tuple):  # a display name that needs quoting
        sender = Address(display_name=sender[0], addr_spec=sender[1])
    msg["From"] = sender
    msg["To"] = m.get("to", OWNER)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = msg_date(name, m)
    msg["Message-ID"] = f"<{digest(name, 'id')[:20]}.{digest(name, 'id2')[:8]}@{domain_of(sender)}>"
    if m.get("parent"):
        parent_domain = OWNER_DOMAIN if m["parent"] is True else m["parent"]
        parent = f"<{digest(name, 'parent')[:20]}@{parent_domain}>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    msg["MIME-Version"] = "1.0"
    if m.get("lang_header", m["style"] == "ats"):
        msg["Content-Language"] = m.get("content_language", m["lang"])
    for key, value in m.get("headers", {}).items():
        msg[key] = value
    if m["style"] == "ats" and not m.get("plain_only"):
        plain, doc = ats_bodies(name, m)
        if m.get("html_only"):
            msg.set_content(doc, subtype="html", charset="utf-8", cte=m.get("cte", "quoted-printable"))
        else:
            msg.set_content(plain, charset="utf-8", cte=m.get("cte", "quoted-printable"))
            msg.add_alternative(doc, subtype="html", charset="utf-8", cte=m.get("html_cte", m.get("cte", "quoted-printable")))
    else:
        text = body_text(m)
        if m["style"] == "ats":
            plain, _ = ats_bodies(name, m)
            text = plain.rstrip("\n")
        cte = m.get("cte", "8bit")
        if cte in ("7bit", "8bit"):
            text = wrap(text)
        msg.set_content(text + "\n", charset=m.get("charset", "utf-8"), cte=cte)
        if m.get("html"):
            msg.add_alternative(personal_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    for maintype, subtype, filename, data in m.get("attach", ()):
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, filename=filename, cte="base64")
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{digest(name, f'b{n}')[:28]}")
            n += 1
    return msg


def load() -> list[dict]:
    out = []
    for module in MODULES:
        for m in module.MESSAGES:
            out.append(dict(m, lang=module.LANG))
    slugs = [m["slug"] for m in out]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    return out


def label_row(name: str, m: dict) -> list[str]:
    notes = "; ".join(x for x in (f"lang={m['lang']}", m["style"], m.get("notes", "")) if x)
    if m["label"] == "rejection":
        reply_to, first, company, role = m["exp"]
    else:
        reply_to = first = company = role = ""
    return [f"messages/{name}", m["label"], reply_to, first, company, role, m["cat"], notes]


def main() -> None:
    messages = load()
    random.Random(SEED).shuffle(messages)
    out_dir = os.path.join(HERE, "messages")
    os.makedirs(out_dir, exist_ok=True)
    for old in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, old))
    rows = []
    for i, m in enumerate(messages, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(build(name, m).as_bytes(policy=POLICY))
        rows.append(label_row(name, m))
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
