"""Builds tests/heldout5/messages/*.eml and labels.csv from make_messages_content.py.

    python3 make_messages.py

Message-IDs are derived from the slug, so re-running reproduces the committed files byte for byte
(the committed .eml files are the reference either way). Files are numbered in a fixed shuffled order.
"""
import hashlib
import os
import re
import sys
import textwrap
from datetime import datetime
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]   # the content module, and tests/corpus_gen.py
from corpus_gen import POLICY, write_corpus  # noqa: E402
from make_messages_content import MESSAGES  # noqa: E402

SEED = 20261126


def wrap72(text: str) -> str:
    """Hard-wrap every paragraph whose lines are longer than 72 columns (quotes and short lines untouched)."""
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if any(len(line) > 72 for line in lines) and not any(line.startswith(">") for line in lines):
            out.append(textwrap.fill(" ".join(line.strip() for line in lines), width=72))
        else:
            out.append(block)
    return "\n\n".join(out)


def msgid(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    domain = spec.get("msgid_domain") or re.search(r"@([\w.-]+)", spec["frm"]).group(1)
    digest = hashlib.sha1(("heldout5/" + spec["slug"]).encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:24]}@{domain}>"


def boundary(spec: dict) -> str:
    """A fixed MIME boundary per message, so re-running reproduces the files."""
    return "=_b5_" + hashlib.sha1(("boundary/" + spec["slug"]).encode()).hexdigest()[:24]


def headers(msg, spec: dict) -> None:
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", "Sam Taylor <sam.taylor@example.org>")
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_hdr"):
        msg["Reply-To"] = spec["reply_hdr"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(datetime.strptime(spec["date"], "%Y-%m-%d %H:%M:%S %z"))
    msg["Message-ID"] = msgid(spec)
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        msg["References"] = spec.get("refs", spec["irt"])
    for key, value in spec.get("extra", {}).items():
        msg[key] = value


def build(spec: dict) -> bytes:
    kind = spec.get("kind", "plain")
    text = spec.get("text", "")
    if spec.get("wrap"):
        text = wrap72(text)
    charset = spec.get("charset", "utf-8")
    if kind == "dsn":
        return build_dsn(spec)
    msg = EmailMessage(policy=POLICY)
    headers(msg, spec)
    if kind == "plain":
        msg.set_content(text, charset=charset, cte=spec.get("cte", "7bit"))
    elif kind == "html":
        msg.set_content(spec["html"], subtype="html", charset=charset, cte=spec.get("cte", "quoted-printable"))
    elif kind == "alt":
        msg.set_content(text, charset=charset, cte=spec.get("cte", "quoted-printable"))
        msg.add_alternative(spec["html"], subtype="html", charset=charset,
                            cte=spec.get("html_cte", spec.get("cte", "quoted-printable")))
    else:
        raise ValueError(kind)
    if msg.is_multipart():
        msg.set_boundary(boundary(spec))
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes(policy=POLICY)


def build_dsn(spec: dict) -> bytes:
    top = MIMEMultipart("report", report_type="delivery-status", policy=POLICY)
    top.attach(MIMEText(spec["text"], "plain", "us-ascii", policy=POLICY))
    status = Message(policy=POLICY)
    status["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in spec["dsn_fields"]:
        block = Message(policy=POLICY)
        for key, value in fields:
            block[key] = value
        blocks.append(block)
    status.set_payload(blocks)
    top.attach(status)
    top.attach(MIMEText(spec["returned_headers"], "rfc822-headers", "us-ascii", policy=POLICY))
    headers(top, spec)
    top.set_boundary(boundary(spec))
    return top.as_bytes(policy=POLICY)


def labels(spec: dict) -> list:
    rej = spec["label"] == "rejection"
    fields = [spec.get(k, "") if rej else "" for k in ("reply_to", "first", "company", "role")]
    return [spec["label"], *fields, spec["category"], spec["notes"]]


def main() -> None:
    print(write_corpus(HERE, MESSAGES, SEED, lambda spec, _name: build(spec), labels), "messages")


if __name__ == "__main__":
    main()
