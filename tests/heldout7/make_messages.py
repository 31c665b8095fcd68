"""Generate tests/heldout7/messages/*.eml and labels.csv from make_messages_content.py.

    python3 tests/heldout7/make_messages.py

Reproducible: files are numbered in an order shuffled with a fixed seed, and Message-IDs, parent Message-IDs
(In-Reply-To/References) and MIME boundaries are derived from each message's file name, so re-running rewrites
the committed files byte for byte.
"""
import hashlib
import html
import os
import re
import sys
import textwrap
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.mime.text import MIMEText
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]   # the content module, and tests/corpus_gen.py
from corpus_gen import POLICY, write_corpus  # noqa: E402
from make_messages_content import MESSAGES  # noqa: E402

SEED = 20261126_7


def h(*parts: str) -> str:
    return hashlib.sha1(":".join(parts).encode()).hexdigest()


def addr(pair) -> Address:
    name, email = pair
    user, domain = email.split("@")
    return Address(display_name=name, username=user, domain=domain)


def fmt_addrs(pairs) -> list:
    return [addr(p) for p in pairs]


def wrap72(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= 72 or line.startswith(">"):
            out.append(line)
            continue
        m = re.match(r"(\s*(?:[-\u2022]|\d+\.)?\s*)", line)
        lead = m.group(1)
        out.extend(textwrap.wrap(line, width=72, subsequent_indent=" " * len(lead),
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def to_html(text: str) -> str:
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n")]
        lines = [re.sub(r"(https?://[^\s&]+)", r'<a href="\1">\1</a>', line) for line in lines]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;'
            'font-size:14px;line-height:1.45">\n' + "\n".join(paras) + "\n</body></html>\n")


def sender_domain(spec) -> str:
    return spec["frm"][1].split("@")[1]


def build(spec: dict, fname: str) -> bytes:
    key = fname  # e.g. "017-funkenflug-du.eml": everything derived below depends on it
    body = spec.get("body") or ""
    if spec["wrap"]:
        body = wrap72(body)
    kind = spec["kind"]

    if kind == "dsn":
        return build_dsn(spec, key, body)

    msg = EmailMessage(policy=POLICY)
    if kind == "plain":
        msg.set_content(body, charset=spec["charset"], cte=spec["cte"])
    elif kind == "html":
        msg.set_content(spec["html"], subtype="html", charset=spec["charset"], cte=spec["cte"])
    elif kind == "alt":
        msg.set_content(body, charset=spec["charset"], cte=spec["cte"])
        msg.add_alternative(spec["html"] or to_html(body), subtype="html", charset=spec["charset"],
                            cte=spec["html_cte"])
        msg.set_boundary("=_alt_" + h(key, "alt")[:24])
    elif kind == "mixed":
        msg.set_content(body, charset=spec["charset"], cte=spec["cte"])
        ctype, filename, data = spec["attach"]
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        msg.set_boundary("=_mix_" + h(key, "mixed")[:24])
    else:
        raise ValueError(kind)
    set_headers(msg, spec, key)
    return msg.as_bytes(policy=POLICY)


def set_headers(msg, spec, key):
    """Put the envelope headers first, keeping the MIME headers set by set_content after them."""
    mime = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(spec["tz"]))
    dt = dt.replace(second=int(h(key, "sec"), 16) % 60)
    msg["From"] = addr(spec["frm"])
    if spec["reply_hdr"]:
        msg["Reply-To"] = addr(spec["reply_hdr"])
    msg["To"] = fmt_addrs(spec["to"])
    if spec["cc"]:
        msg["Cc"] = fmt_addrs(spec["cc"])
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<{h(key, 'msgid')[:28]}@{sender_domain(spec)}>"
    if spec["refs"]:
        ids = [f"<{h(key, 'parent', name)[:28]}@{domain}>" for name, domain in spec["refs"]]
        msg["In-Reply-To"] = ids[-1]
        msg["References"] = " ".join(ids)
    for k, v in spec["headers"]:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in mime:
        if k.lower() != "mime-version":
            msg[k] = v


def build_dsn(spec, key, body):
    d = spec["dsn"]
    outer = Message(policy=POLICY)
    outer["Content-Type"] = "multipart/report"
    outer.set_param("report-type", "delivery-status")
    outer.set_boundary("=_dsn_" + h(key, "dsn")[:24])
    outer["Content-Description"] = "Undelivered Message"

    text = MIMEText(body, "plain", "us-ascii", policy=POLICY)
    del text["MIME-Version"]
    text["Content-Description"] = "Notification"

    per_msg = Message(policy=POLICY)
    per_msg["Reporting-MTA"] = "dns; mx1.example.org"
    per_msg["X-Postfix-Queue-ID"] = d["queue_id"]
    per_msg["X-Postfix-Sender"] = "rfc822; sam.taylor@example.org"
    per_msg["Arrival-Date"] = d["arrival"]
    per_rcpt = Message(policy=POLICY)
    per_rcpt["Final-Recipient"] = "rfc822; " + d["recipient"]
    per_rcpt["Original-Recipient"] = "rfc822;" + d["recipient"]
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = d["remote"]
    per_rcpt["Diagnostic-Code"] = d["diag"]
    status = Message(policy=POLICY)
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    status.set_payload([per_msg, per_rcpt])

    orig_id = f"<{h(key, 'parent', 'original')[:28]}@example.org>"
    headers = (f"Return-Path: <sam.taylor@example.org>\n"
               f"From: Sam Taylor <sam.taylor@example.org>\n"
               f"To: Rajveer Atwal <{d['recipient']}>\n"
               f"Subject: {d['orig_subject']}\n"
               f"Date: {d['orig_date']}\n"
               f"Message-ID: {orig_id}\n"
               f"MIME-Version: 1.0\n"
               f"Content-Type: text/plain; charset=utf-8\n")
    hdrs = MIMEText(headers, "rfc822-headers", "us-ascii", policy=POLICY)
    del hdrs["MIME-Version"]
    hdrs["Content-Description"] = "Undelivered Message Headers"

    outer.attach(text)
    outer.attach(status)
    outer.attach(hdrs)

    top = EmailMessage(policy=POLICY)
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(spec["tz"]))
    dt = dt.replace(second=int(h(key, "sec"), 16) % 60)
    top["From"] = addr(spec["frm"])
    top["To"] = fmt_addrs(spec["to"])
    top["Subject"] = spec["subject"]
    top["Date"] = format_datetime(dt)
    top["Message-ID"] = f"<{h(key, 'msgid')[:28]}@mx1.example.org>"
    top["Auto-Submitted"] = "auto-replied"
    top["MIME-Version"] = "1.0"
    for k, v in outer.items():
        top[k] = v
    top.set_payload(outer.get_payload())
    return top.as_bytes(policy=POLICY)


def labels(spec: dict) -> list:
    return [spec[k] for k in ("label", "reply_to", "first", "company", "role", "category", "notes")]


def main() -> int:
    print(f"wrote {write_corpus(HERE, MESSAGES, SEED, build, labels)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
