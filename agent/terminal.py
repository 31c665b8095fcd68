"""Text from mail made safe to show on a terminal or in a log line.

A subject or display name is the sender's text: escape sequences in it could recolour, retitle or
rewrite the user's terminal, and line breaks could forge log lines. Everything nottoday prints
that came from a message goes through `clean()`; log records go through `escape_controls()`.
"""
from __future__ import annotations

import re
import unicodedata

ELLIPSIS = "…"
# C0 and C1 controls, DEL, and the bidi/format characters that reorder what is shown
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean(text: str | None, limit: int = 200) -> str:
    """One line without control or format characters, cut to `limit` with an ellipsis."""
    if not text:
        return ""
    out = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in str(text))
    out = " ".join(out.split())
    return out if len(out) <= limit else out[:max(limit - 1, 0)].rstrip() + ELLIPSIS


def escape_controls(text: str) -> str:
    """Control characters shown as visible escapes (\\x1b), keeping the rest of the line as is."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                         else f"\\u{ord(m.group()):04x}", text)
