"""Generates tests/heldout6/messages/*.eml and labels.csv from make_messages_content.py.

    python3 make_messages.py

Reproducible: Message-IDs, parent IDs and MIME boundaries are derived from each message's slug, and the
shuffle uses a fixed seed, so re-running rewrites the committed files byte for byte. The committed .eml files
are the reference.
"""
import hashlib
import html
import os
import sys
import textwrap
from email.message import EmailMessage, Message, MIMEPart
from email.parser import HeaderParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]   # the content module, and tests/corpus_gen.py
from corpus_gen import POLICY, write_corpus  # noqa: E402
from make_messages_content import MESSAGES  # noqa: E402

SEED = 20261126


def digest(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:n]


def domain_of(addr_header: str) -> str:
    return addr_header.rsplit("@", 1)[1].rstrip(">").strip()


def wrap72(text: str) -> str:
    """Hard-wraps every line over 72 columns (the content keeps one paragraph or bullet per line); bullets
    ("- ") get a hanging indent."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 72:
            out.append(line)
        else:
            out.append(textwrap.fill(line, 72, subsequent_indent="  " if line.startswith("- ") else "",
                                     break_on_hyphens=False, break_long_words=False))
    return "\n".join(out)


def text_to_html(text: str) -> str:
    """A plain mail client's HTML rendering of a text body (paragraphs, line breaks, bullet lists)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("- ") for line in lines):
            out.append("<ul>\n" + "\n".join(f"<li>{html.escape(line[2:], quote=False)}</li>" for line in lines)
                       + "\n</ul>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(line, quote=False) for line in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out)
            + "\n</body></html>\n")


def build(m: dict) -> EmailMessage:
    slug = m["slug"]
    msg = EmailMessage(policy=POLICY)
    msg["From"] = m["from"]
    if m.get("reply_to_header"):
        msg["Reply-To"] = m["reply_to_header"]
    msg["To"] = m.get("to", "Sam Taylor <sam.taylor@example.org>")
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = f"<{digest(slug)}.{digest(slug, 'mid', n=8)}@{m.get('mid_domain') or domain_of(m['from'])}>"
    if m.get("reply"):
        # The parent is a message of the owner's; a longer thread also references its root.
        parent = f"<{digest(slug, 'parent', n=20)}@mail.example.org>"
        msg["In-Reply-To"] = parent
        refs = [f"<{digest(slug, 'root', n=20)}@{domain_of(m['from'])}>"] if m["reply"] == "thread" else []
        msg["References"] = " ".join(refs + [parent])
    msg["MIME-Version"] = "1.0"
    for name, value in m.get("headers", []):
        msg[name] = value

    kind = m.get("kind", "plain")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "7bit")
    body = m.get("body")
    if body is not None and m.get("wrap"):
        body = wrap72(body)
    if kind == "plain":
        msg.set_content(body, subtype="plain", charset=charset, cte=cte)
    elif kind == "html":
        msg.set_content(m["html"], subtype="html", charset=charset, cte=cte)
    elif kind == "alt":
        msg.set_content(body, subtype="plain", charset=charset, cte=cte)
        msg.add_alternative(m.get("html") or text_to_html(body), subtype="html", charset=charset, cte=cte)
    elif kind == "mixed":
        msg.set_content(body, subtype="plain", charset=charset, cte=cte)
        for att in m["attachments"]:
            if att["maintype"] == "text":
                msg.add_attachment(att["data"], subtype=att["subtype"], charset="utf-8", cte="7bit",
                                   filename=att["filename"], params=att.get("params"))
            else:
                msg.add_attachment(att["data"], maintype=att["maintype"], subtype=att["subtype"],
                                   filename=att["filename"])
    elif kind == "report":
        msg["Content-Type"] = "multipart/report; report-type=delivery-status"
        human = MIMEPart(policy=POLICY)
        human.set_content(body, subtype="plain", charset="us-ascii", cte="7bit")
        human["Content-Description"] = "Notification"
        status = MIMEPart(policy=POLICY)
        status["Content-Description"] = "Delivery report"
        status["Content-Type"] = "message/delivery-status"
        status.set_payload([HeaderParser(policy=POLICY).parsestr(block + "\n")
                            for block in m["dsn_blocks"]])
        headers = MIMEPart(policy=POLICY)
        headers.set_content(m["original_headers"], subtype="rfc822-headers", charset="us-ascii", cte="7bit")
        headers["Content-Description"] = "Undelivered Message Headers"
        for part in (human, status, headers):
            msg.attach(part)
    else:
        raise ValueError(kind)

    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # EmailMessage.set_content adds it to every subpart
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{digest(slug, 'boundary', str(n), n=24)}_{n}")
            n += 1
    return msg


def labels(m: dict) -> list:
    fields = m.get("fields", ("", "", "", "")) if m["label"] == "rejection" else ("", "", "", "")
    return [m["label"], *fields, m["category"], m["notes"]]


def main() -> None:
    n = write_corpus(HERE, MESSAGES, SEED, lambda m, _name: build(m).as_bytes(policy=POLICY), labels)
    print(n, "messages written")


if __name__ == "__main__":
    main()
