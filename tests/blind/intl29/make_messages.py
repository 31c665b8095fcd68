"""Generator: python3 make_messages.py writes messages/ and labels.csv (deterministic)."""
import csv
import hashlib
import os
import random
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
import datetime

from content_common import OWNER, html_to_text
import content_de
import content_fr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261206


def h(slug, salt=""):
    return hashlib.sha1((salt + slug).encode()).hexdigest()


def msgid(slug, salt=""):
    d = h(slug, salt)
    return f"<{d[:20]}.{d[20:28]}@mail.{d[28:34]}.example>"


def date_of(m):
    d = int(h(m["slug"], "date"), 16)
    day = m.get("day") or (d % 30 + 1)
    month = m.get("month", 11)
    tz = datetime.timezone(datetime.timedelta(hours=-5 if m.get("tz") == "qc" else 1))
    return datetime.datetime(2026, month, day, 7 + d % 11, d % 60, (d // 60) % 60, tzinfo=tz)


def build(m):
    msg = EmailMessage()
    msg["Message-ID"] = msgid(m["slug"])
    msg["Date"] = format_datetime(date_of(m))
    msg["From"] = m["frm"]
    msg["To"] = m.get("to", OWNER)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to_hdr"):
        msg["Reply-To"] = m["reply_to_hdr"]
    msg["Subject"] = m["subject"]
    if m.get("parent"):
        pid = msgid(m["slug"], "parent")
        msg["In-Reply-To"] = pid
        msg["References"] = pid
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    html = m.get("html")
    text = m.get("text")
    if text and charset == "iso-8859-1":
        text = text.replace("\u2013", "-").replace("\u201e", '"').replace("\u201c", '"')
    if html and not text and not m.get("html_only"):
        text = html_to_text(html, m.get("text_style", "links"), m.get("text_width"))
    if html and m.get("html_only"):
        msg.set_content(html, subtype="html", charset="utf-8", cte=m.get("html_cte", cte))
    else:
        msg.set_content(text, charset=charset, cte=cte)
        if html:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte=m.get("html_cte", "quoted-printable"))
            b = "=_" + h(m["slug"], "boundary")[:28]
            msg.set_boundary(b)
    for name, ctype, data in m.get("attachments", []):
        if msg.get_content_type() != "multipart/mixed":
            msg.make_mixed()
            msg.set_boundary("=_mx" + h(m["slug"], "mixed")[:26])
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def main():
    msgs = content_de.MESSAGES + content_fr.MESSAGES
    slugs = [m["slug"] for m in msgs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    random.Random(SEED).shuffle(msgs)
    out = os.path.join(HERE, "messages")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    rows = []
    for i, m in enumerate(msgs, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        with open(os.path.join(out, name), "wb") as f:
            f.write(build(m).as_bytes(policy=SMTP))
        rej = m["label"] == "rejection"
        notes = f"lang={m['lang']}; {m['style']}; {m['tags']}"
        rows.append({"file": "messages/" + name, "label": m["label"],
                     "reply_to": m.get("reply_to", "") if rej else "",
                     "contact_first_name": m.get("contact", "") if rej else "",
                     "company": m.get("company", "") if rej else "",
                     "role": m.get("role", "") if rej else "",
                     "category": m["category"], "notes": notes})
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "label", "reply_to", "contact_first_name", "company", "role",
                                          "category", "notes"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
