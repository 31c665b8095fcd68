"""Builders for test messages: a rejection, an interview invite, anything with a given Message-ID.

All return raw RFC 5322 bytes with CRLF line endings (what an IMAP server stores and returns).
The mailbox owner is Sam Taylor <sam.taylor@example.org>, as in the shared corpus.

    raw = rejection(message_id="<r1@northwind.example>")                 # personal, after interviews
    raw = rejection(message_id=None)                                     # no Message-ID header at all
    raw = invite(message_id="<i1@acme.example>")                         # a hard negative
    raw = make_message(subject=..., body=..., sender=..., message_id=..., extra_headers={...})
"""
from __future__ import annotations

from email.utils import format_datetime
from datetime import datetime, timezone

OWNER = "Sam Taylor <sam.taylor@example.org>"

REJECTION_BODY = """Hi Sam,

Thank you for taking the time to interview with us for the Senior Product Marketing Manager
role at Northwind Labs. It was a pleasure getting to know you.

After careful consideration, we have decided to move forward with another candidate whose
experience more closely matches our current needs. This was a difficult decision.

We were impressed by your background and would encourage you to apply for future openings.
We wish you the very best in your search.

Best regards,
Maria Lopez
Talent Acquisition, Northwind Labs
"""

INVITE_BODY = """Hi Sam,

Thanks for applying for the Growth Marketing Lead role at Acme Analytics. We enjoyed reading
your application and would like to invite you to a first interview with our hiring manager.

Could you let me know your availability for a 45-minute video call next Tuesday or Wednesday?

Best,
Jonas Weber
Recruiting, Acme Analytics
"""


def make_message(*, subject: str, body: str, sender: str, message_id: str | None,
                 to: str = OWNER, date: datetime | None = None,
                 extra_headers: dict[str, str] | None = None) -> bytes:
    """One text/plain message as CRLF bytes. `message_id=None` leaves the header out."""
    date = date or datetime.now(timezone.utc)
    headers = [
        ("From", sender),
        ("To", to),
        ("Subject", subject),
        ("Date", format_datetime(date)),
    ]
    if message_id is not None:
        headers.append(("Message-ID", message_id))
    headers += list((extra_headers or {}).items())
    headers += [("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "8bit")]
    text = "".join(f"{k}: {v}\n" for k, v in headers) + "\n" + body
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def rejection(message_id: str | None = "<rej-1@northwind.example>", *,
              subject: str = "Your application for Senior Product Marketing Manager",
              sender: str = "Maria Lopez <maria.lopez@northwind.example>",
              date: datetime | None = None, extra_headers: dict[str, str] | None = None) -> bytes:
    """A personal rejection after interviews, from a human who can be followed up with."""
    return make_message(subject=subject, body=REJECTION_BODY, sender=sender,
                        message_id=message_id, date=date, extra_headers=extra_headers)


def invite(message_id: str | None = "<inv-1@acme.example>", *,
           subject: str = "Interview invitation: Growth Marketing Lead",
           sender: str = "Jonas Weber <jonas.weber@acme.example>",
           date: datetime | None = None) -> bytes:
    """An interview invitation: shares vocabulary with rejections, must not be drafted."""
    return make_message(subject=subject, body=INVITE_BODY, sender=sender,
                        message_id=message_id, date=date)


def resend(message_id: str, subject: str = "Fwd: Your application for Senior Product Marketing Manager") -> bytes:
    """Maria forwarding her own rejection again, "in case it went to spam"."""
    body = ("Sam - resending this in case it went to spam.\n\nMaria\n\n---------- Forwarded message ---------\n"
            "From: Maria Lopez <maria.lopez@northwind.example>\nDate: Tue, Nov 3, 2026 at 4:47 PM\n"
            "Subject: Your application for Senior Product Marketing Manager\n"
            "To: Sam Taylor <sam.taylor@example.org>\n\n\n" + REJECTION_BODY)
    return make_message(subject=subject, body=body, sender="Maria Lopez <maria.lopez@northwind.example>",
                        message_id=message_id)
