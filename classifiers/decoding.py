"""Undeclared 8-bit bytes as text, the same way for the parser (classifiers.message) and the
quick MIME reader (classifiers.mimequick): UTF-8 when valid, else Windows-1252 as mail clients
assume. Its own module so the two can share it without importing each other."""
from __future__ import annotations

import codecs

# A header value longer than this is hostile (a real one is a few hundred characters; a long
# To: list a few thousand): the rest is ignored, so address parsing stays fast.
MAX_HEADER_CHARS = 16_384


def _latin1_fallback(exc: UnicodeDecodeError):
    """Bytes Windows-1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) read as Latin-1."""
    bad = exc.object[exc.start:exc.end]
    return "".join(map(chr, bad)), exc.end


codecs.register_error("nottoday-latin1", _latin1_fallback)


def decode_8bit(data: bytes) -> str:
    """Undeclared 8-bit text: UTF-8 when it is valid UTF-8, else Windows-1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="nottoday-latin1")
