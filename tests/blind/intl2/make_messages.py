"""Writes messages/*.eml and labels.csv for the blind intl2 corpus from the content modules.

Deterministic: Message-IDs, parent IDs, Date and MIME boundaries come from a SHA-1 of each file
name, and the shuffle uses a fixed seed, so re-running reproduces the committed files byte for byte.
Content (every wording) lives in content_<lang>.py as data; this script only lays it out:
ATS mail becomes multipart/alternative (or HTML-only) with tracking links and a footer, personal
mail becomes text/plain, optionally quoting an earlier message and threaded to it.

    python3 make_messages.py
"""
import csv
import datetime as dt
import hashlib
import html
import importlib
import os
import random
import re
import shutil
import sys
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

LANGS = ("de", "fr", "es", "nl", "it", "pt")
SEED = 202612061
OWNER = "Sam Taylor <sam.taylor@example.org>"
FIRST_DAY = dt.datetime(2026, 11, 3, 8, 0)
SPAN_DAYS = 33
TZ = {"de": 1, "fr": 1, "es": 1, "nl": 1, "it": 1, "pt": 0}
HEADER = ["file", "label", "reply_to", "contact_first_name", "company", "role", "category", "notes"]
LINK = re.compile(r"\[\[(.+?)\]\]")
POLICY = policy.default.clone(linesep="\n")


def digest(name: str, salt: str) -> str:
    return hashlib.sha1(f"{salt}:{name}".encode()).hexdigest()


def msgid(name: str, salt: str, domain: str) -> str:
    return f"<{digest(name, salt)[:24]}@{domain}>"


def sender_domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1].rstrip(">").strip()


def when(name: str, lang: str, day: str | None) -> str:
    """A hashed moment in the window, or on `day` (messages whose text dates an earlier mail)."""
    h = int(digest(name, "date"), 16)
    start = dt.datetime.fromisoformat(day + "T08:00") if day else FIRST_DAY
    days = 0 if day else h % SPAN_DAYS
    moment = start + dt.timedelta(days=days, minutes=(h >> 8) % 600, seconds=(h >> 20) % 60)
    return format_datetime(moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=TZ[lang]))))


class Links:
    """Hands out click-tracking URLs, stable per file name and position."""

    def __init__(self, name: str):
        self.name, self.n = name, 0

    def __call__(self) -> str:
        self.n += 1
        return "https://click.example/t/" + digest(self.name, f"link{self.n}")[:20]


def text_of(paragraphs: str, links: Links, urls: list) -> str:
    def sub(m):
        url = links()
        urls.append(url)
        return f"{m.group(1)} ({url})"
    return LINK.sub(sub, paragraphs)


def html_par(p: str, urls: list, colour: str) -> str:
    it = iter(urls)
    out = []
    pos = 0
    for m in LINK.finditer(p):
        out.append(html.escape(p[pos:m.start()]))
        out.append(f'<a href="{next(it)}" style="color:{colour}">{html.escape(m.group(1))}</a>')
        pos = m.end()
    out.append(html.escape(p[pos:]))
    return "".join(out).replace("\n", "<br>\n")


def split_urls(pars: list[str], urls: list) -> list[list]:
    out, i = [], 0
    for p in pars:
        k = len(LINK.findall(p))
        out.append(urls[i:i + k])
        i += k
    return out


def render_html(m: dict, links_body: list, links_foot: list) -> str:
    colour = m.get("colour", "#1a5fb4")
    pars = [p for p in m["body"].strip().split("\n\n")]
    body_urls = split_urls(pars, links_body)
    rows = "".join(
        f'<tr><td style="padding:6px 12px;border:1px solid #ddd;font-weight:bold">{html.escape(k)}</td>'
        f'<td style="padding:6px 12px;border:1px solid #ddd">{html.escape(v)}</td></tr>\n'
        for k, v in m.get("table", []))
    table = (f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:12px 0">\n{rows}</table>\n'
             if rows else "")
    at = m.get("table_after", 1)
    chunks = []
    for i, (p, u) in enumerate(zip(pars, body_urls)):
        if i == at and table:
            chunks.append(table)
        chunks.append(f'<p style="margin:0 0 14px 0;line-height:1.5">{html_par(p, u, colour)}</p>\n')
    if table and at >= len(pars):
        chunks.append(table)
    foot_pars = [p for p in m.get("footer", "").strip().split("\n\n") if p]
    foot_urls = split_urls(foot_pars, links_foot)
    foot = "".join(f'<p style="margin:0 0 8px 0">{html_par(p, u, "#888")}</p>\n'
                   for p, u in zip(foot_pars, foot_urls))
    pixel = m["_pixel"]
    head = html.escape(m.get("banner", ""))
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + html.escape(m["subject"]) + "</title></head>\n"
        '<body style="margin:0;padding:0;background:#f4f4f6">\n'
        '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f6"><tr><td align="center">\n'
        '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        + (f'<tr><td style="background:{colour};color:#fff;padding:18px 24px;font-size:18px">{head}</td></tr>\n' if head else "")
        + '<tr><td style="padding:24px">\n' + "".join(chunks) + "</td></tr>\n"
        + '<tr><td style="padding:16px 24px;font-size:11px;color:#888;border-top:1px solid #eee">\n' + foot + "</td></tr>\n"
        "</table>\n</td></tr></table>\n"
        f'<img src="{pixel}" width="1" height="1" alt="" style="display:none">\n'
        "</body></html>\n")


def build(m: dict, name: str, lang: str) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    dom = sender_domain(m["frm"])
    msg["Message-ID"] = msgid(name, "id", dom)
    msg["Date"] = when(name, lang, m.get("day"))
    msg["From"] = m["frm"]
    msg["To"] = m.get("to", OWNER)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    if m.get("reply"):
        parent = msgid(name, "parent", sender_domain(msg["To"]) if m["frm"] == OWNER else "example.org")
        msg["In-Reply-To"] = parent
        msg["References"] = (msgid(name, "grandparent", dom) + " " + parent) if m.get("deep") else parent
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    links = Links(name)
    enc = m.get("enc", "quoted-printable")
    charset = m.get("charset", "utf-8")
    if m["style"] == "personal":
        text = m["body"].strip("\n") + "\n"
        if m.get("quote"):
            attribution, quoted = m["quote"]
            text += "\n" + attribution + "\n" + "".join(
                ("> " + line).rstrip() + "\n" for line in quoted.strip("\n").split("\n"))
        msg.set_content(text, charset=charset, cte=enc)
        msg["Content-Language"] = lang
        return msg
    body_urls, foot_urls = [], []
    plain = text_of(m["body"].strip("\n"), links, body_urls)
    if m.get("table"):
        block = "\n".join(f"{k}: {v}" for k, v in m["table"])
        pars = plain.split("\n\n")
        at = m.get("table_after", 1)
        pars.insert(min(at, len(pars)), block)
        plain = "\n\n".join(pars)
    foot = text_of(m.get("footer", "").strip("\n"), links, foot_urls)
    m["_pixel"] = "https://click.example/o/" + digest(name, "pixel")[:20] + ".gif"
    html_text = render_html(m, body_urls, foot_urls)
    if m.get("html_only"):
        msg.set_content(html_text, subtype="html", charset=charset, cte=enc)
    else:
        msg.set_content(plain + "\n\n--\n" + foot + "\n", charset=charset, cte=enc)
        msg.add_alternative(html_text, subtype="html", charset=charset, cte=enc)
        msg.set_boundary("=_" + digest(name, "boundary")[:28])
    msg["Content-Language"] = lang
    return msg


def main() -> int:
    items = []
    for lang in LANGS:
        mod = importlib.import_module(f"content_{lang}")
        for m in mod.MESSAGES:
            items.append((lang, m))
    random.Random(SEED).shuffle(items)
    out_dir = os.path.join(HERE, "messages")
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    rows = []
    for i, (lang, m) in enumerate(items, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        msg = build(dict(m), name, lang)
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(msg.as_bytes(policy=POLICY))
        lab = m.get("lab", ("", "", "", "")) if m["label"] == "rejection" else ("", "", "", "")
        notes = f"lang={lang}; {m['style']}" + (f"; {m['notes']}" if m.get("notes") else "")
        rows.append(["messages/" + name, m["label"], *lab, m["cat"], notes])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print(len(rows), "messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
