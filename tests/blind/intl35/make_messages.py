"""Generator for the intl35 blind set (de/fr). python3 make_messages.py -> messages/ + labels.csv.
Deterministic: Message-IDs, dates and MIME boundaries are SHA-1 digests of the slug; fixed shuffle seed."""
import csv, hashlib, html, os, random, shutil
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
import datetime
from content_de import ITEMS as DE
from content_fr import ITEMS as FR

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "Sam Taylor <sam.taylor@example.org>"


def h(slug, salt=""):
    return hashlib.sha1((slug + salt).encode()).hexdigest()


def to_html(body, vendor, lang):
    paras = body.strip().split("\n\n")
    inner = "".join("<p style=\"margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px;color:#333\">"
                    + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras)
    logo = f"<img src=\"https://cdn.{vendor.lower().replace(' ', '')}.example/logo.png\" alt=\"{html.escape(vendor)}\" width=\"120\">"
    foot = ("Diese E-Mail wurde automatisch versendet." if lang == "de" else "Ce message a été envoyé automatiquement.")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"background:#f4f4f4\">"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#fff\"><tr><td style=\"padding:20px\">" + logo + "</td></tr>"
            "<tr><td style=\"padding:0 24px\">" + inner + "</td></tr>"
            f"<tr><td style=\"padding:16px 24px;font-size:11px;color:#888\">{foot} Powered by {html.escape(vendor)}"
            f"<img src=\"https://t.{h(vendor)[:6]}.example/open.gif\" width=\"1\" height=\"1\" alt=\"\"></td></tr>"
            "</table></td></tr></table></body></html>")


def build(it, idx):
    slug = it["slug"]
    m = EmailMessage(policy=policy.default)
    m["From"] = it["from"]
    m["To"] = it.get("to", OWNER)
    if it.get("cc"):
        m["Cc"] = it["cc"]
    if it.get("reply_to_hdr"):
        m["Reply-To"] = it["reply_to_hdr"]
    m["Subject"] = it["subject"]
    d = datetime.datetime(2026, 9, 1, 8, 0, tzinfo=datetime.timezone.utc) + datetime.timedelta(
        days=int(h(slug)[:4], 16) % 90, minutes=int(h(slug)[4:8], 16) % 600, seconds=int(h(slug)[8:10], 16) % 60)
    m["Date"] = format_datetime(d)
    dom = it["from"].split("@")[-1].rstrip(">")
    m["Message-ID"] = f"<{h(slug)[:20]}@{dom}>"
    if it.get("reply"):
        parent = f"<{h(slug, 'parent')[:20]}@example.org>"
        m["In-Reply-To"] = parent
        m["References"] = parent
    for k, v in it.get("headers", {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    fmt = it.get("fmt", "plain")
    body = it["body"].strip() + "\n"
    if fmt == "plain":
        m.set_content(body, cte=it.get("cte", "quoted-printable"))
    elif fmt == "html":
        m.set_content(to_html(body, it.get("vendor", "ATS"), it["lang"]), subtype="html", cte="quoted-printable")
    else:
        m.set_content(it.get("text", body), cte="quoted-printable")
        m.add_alternative(to_html(body, it.get("vendor", "ATS"), it["lang"]), subtype="html", cte="quoted-printable")
        m.set_boundary("=_" + h(slug, "b")[:24])
    return m


def main():
    items = DE + FR
    assert len({i["slug"] for i in items}) == len(items)
    rnd = random.Random(20261207)
    rnd.shuffle(items)
    out = os.path.join(HERE, "messages")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    rows = []
    for n, it in enumerate(items, 1):
        name = f"{n:03d}-{it['slug']}.eml"
        with open(os.path.join(out, name), "wb") as f:
            f.write(bytes(build(it, n)))
        rej = it["label"] == "rejection"
        rows.append({"file": "messages/" + name, "label": it["label"],
                     "reply_to": it.get("rt", "") if rej else "", "contact_first_name": it.get("first", "") if rej else "",
                     "company": it.get("company", "") if rej else "", "role": it.get("role", "") if rej else "",
                     "category": it["cat"], "notes": f"lang={it['lang']}; {it['style']}; {it.get('tags', '')}"})
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames="file,label,reply_to,contact_first_name,company,role,category,notes".split(","))
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "messages")


if __name__ == "__main__":
    main()
