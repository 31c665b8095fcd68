"""A realistic mailbox for bench_mailbox.py, written straight into a Maildir (fastest bulk load).

Mix per 10,000 messages: 1 % rejections in several languages (tests/heldout*/messages labelled
`rejection`, tests/fixtures/classifiers/rej-*.eml), about a quarter the corpora's negatives, the
rest plain personal mail and HTML newsletters in the seven languages, one in ten multipart with
an attachment (20-400 KB; every 200th message a 3 MB PDF). Every message gets its own
Message-ID and a Date within the last ten days (the file time too).

`text_bytes` is what detection needs of each message: its header plus its text parts as they
are encoded on the wire; the bench compares the bytes nottoday downloads against it.
"""
from __future__ import annotations

import base64
import csv
import email.parser
import email.policy
import os
import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
BIG_EVERY = 200              # every 200th message carries a 3 MB PDF
BIG_BYTES = 3 * 1024 * 1024
REJECTION_EVERY = 100        # 1 %
ATTACH_EVERY = 10
WRITERS = 4                  # threads creating the files
WRITE_CHUNK = 256

PLAIN = [
    ("Dinner on Friday?", "Hi Sam,\n\nAre we still on for dinner on Friday? I booked the table for eight.\n\nCheers,\nLou"),
    ("Your order has shipped", "Hello,\n\nYour order #{n} has shipped and should arrive within three days.\nTrack it in your account.\n\nThe shop team"),
    ("Essen am Samstag", "Hallo Sam,\n\nkommst du am Samstag zum Essen? Bring gern den Kuchen mit.\n\nLiebe Grüße\nAnna"),
    ("Votre commande", "Bonjour,\n\nVotre commande n°{n} a été expédiée. Merci de votre confiance.\n\nLe service client"),
    ("Cena del sábado", "Hola Sam,\n\n¿Vienes a cenar el sábado? Trae el vino, por favor.\n\nUn abrazo,\nMarta"),
    ("Verjaardag", "Hoi Sam,\n\nZaterdag vieren we de verjaardag van oma. Kom je ook?\n\nGroetjes,\nEva"),
    ("Foto delle vacanze", "Ciao Sam,\n\nti mando le foto delle vacanze al lago. Che bei giorni!\n\nA presto,\nLuca"),
    ("Fotos da viagem", "Olá Sam,\n\nseguem as fotos da viagem. Foi ótimo rever vocês.\n\nBeijos,\nAna"),
]
NEWS = [
    ("This week in gardening", "Tomatoes, pruning and the best compost for autumn beds."),
    ("Neuigkeiten aus dem Verein", "Das Sommerfest findet am 12. statt, Anmeldung bis Freitag."),
    ("La lettre du quartier", "Marché de Noël, travaux de la rue et horaires de la bibliothèque."),
    ("Boletín de la comunidad", "Reunión de vecinos el martes y nuevas normas del garaje."),
]


@dataclass(frozen=True)
class Template:
    raw: bytes           # LF line endings
    rejection: bool
    body_text_bytes: int  # encoded text parts (without the header)


def _labelled(root: Path) -> list[tuple[Path, bool]]:
    out = []
    with open(root / "labels.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.append((root / row["file"], row["label"] == "rejection"))
    return out


def corpus_templates() -> list[Template]:
    files: list[tuple[Path, bool]] = []
    for d in sorted(TESTS.glob("heldout*")):
        if (d / "labels.csv").exists():
            files += _labelled(d)
    for f in sorted((TESTS / "fixtures" / "classifiers").glob("*.eml")):
        files.append((f, f.name.startswith("rej-")))
    return [_template(p.read_bytes(), rej) for p, rej in files if p.exists()]


def _template(raw: bytes, rejection: bool) -> Template:
    raw = raw.replace(b"\r\n", b"\n")
    return Template(raw, rejection, text_part_bytes(raw))


def text_part_bytes(raw: bytes) -> int:
    """The encoded size of the message's text parts (not attachments), CRLF counted."""
    msg = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
    total = 0
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if (part.get("Content-Disposition") or "").strip().lower().startswith("attachment"):
            continue
        payload = part.get_payload()
        if isinstance(payload, str):
            total += len(payload.encode("utf-8", "surrogateescape")) + payload.count("\n")
    return total


def _wire(text: str) -> int:
    """A text part's bytes as text_part_bytes counts them (UTF-8, CRLF)."""
    return len(text.encode("utf-8")) + text.count("\n")


def _plain(i: int, rnd: random.Random) -> tuple[bytes, int]:
    """A plain personal message and its text bytes (worked out as it is built: parsing 100,000
    generated messages back took longer than writing them)."""
    subject, body = rnd.choice(PLAIN)
    text = f"{body.format(n=i)}\n"
    return (f"From: Friend {i % 97} <friend{i % 97}@mail.example>\nTo: Sam Taylor <sam.taylor@example.org>\n"
            f"Subject: {subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text}").encode(), _wire(text)


def _news(i: int, rnd: random.Random, attachment: bytes | None = None, name: str = "") -> tuple[bytes, int]:
    """A newsletter (text + HTML alternative, maybe an attachment) and its text bytes."""
    subject, line = rnd.choice(NEWS)
    paras = "\n\n".join(f"{line} ({k})" for k in range(1 + i % 6))
    html = "<html><body>" + "".join(f"<p style=\"margin:0 0 8px\">{line} <a href=\"https://news.example/{i}/{k}\">more</a></p>"
                                    for k in range(1 + i % 6)) + "</body></html>"
    alt = (f"Content-Type: multipart/alternative; boundary=\"alt{i}\"\n\n--alt{i}\n"
           f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{paras}\n"
           f"--alt{i}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{html}\n"
           f"--alt{i}--\n")
    head = (f"From: Newsletter <news@list{i % 13}.example>\nTo: sam.taylor@example.org\nSubject: {subject}\n"
            "MIME-Version: 1.0\nList-Unsubscribe: <mailto:off@news.example>\n")
    text = _wire(paras) + _wire(html)    # each part's text up to the line break before its boundary
    if attachment is None:
        return (head + alt).encode(), text
    return (head + f"Content-Type: multipart/mixed; boundary=\"mix{i}\"\n\n--mix{i}\n{alt}\n--mix{i}\n"
            f"Content-Type: application/pdf; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\n"
            f"Content-Transfer-Encoding: base64\n\n").encode() + attachment + f"\n--mix{i}--\n".encode(), text


def _b64(n: int, rnd: random.Random) -> bytes:
    data = base64.encodebytes(rnd.randbytes(n))   # 76-character lines
    return data.rstrip(b"\n")


def _restamp(raw: bytes, i: int, when: float) -> bytes:
    """`raw` with its own Message-ID and Date (the old ones and their folded lines dropped)."""
    head, sep, body = raw.partition(b"\n\n")
    kept, skipping = [], False
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                kept.append(line)
            continue
        skipping = line.lower().startswith((b"message-id:", b"date:"))
        if not skipping:
            kept.append(line)
    date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(when))
    new = [f"Message-ID: <bench-{i}@bench.example>".encode(), f"Date: {date}".encode()] + kept
    return b"\n".join(new) + b"\n\n" + body


@dataclass
class Loaded:
    count: int = 0
    rejections: int = 0
    big: int = 0
    total_bytes: int = 0     # CRLF bytes, as IMAP sends them
    text_bytes: int = 0      # header + text parts, CRLF


def write_maildir(maildir: Path, n: int, seed: int = 16) -> Loaded:
    """Write `n` messages into maildir/cur (created if needed); returns what was written."""
    rnd = random.Random(seed)
    templates = corpus_templates()
    rejections = [t for t in templates if t.rejection]
    negatives = [t for t in templates if not t.rejection]
    big = _b64(BIG_BYTES, rnd)
    small = [_b64(k * 1024, rnd) for k in (20, 60, 150, 400)]
    cur = maildir / "cur"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    now = time.time()
    out = Loaded()
    pid = os.getpid()
    writing: list = []
    with ThreadPoolExecutor(WRITERS) as pool:   # creating files is what takes the time: overlap it
        for i in range(n):
            if len(writing) >= 2 * WRITE_CHUNK:
                for f in writing[:WRITE_CHUNK]:
                    f.result()
                del writing[:WRITE_CHUNK]
            writing.append(pool.submit(_write, *_one(i, n, now, rnd, rejections, negatives, big, small, pid,
                                                      cur, out)))
        for f in writing:
            f.result()
    return out


def _write(path: Path, raw: bytes, when: float) -> None:
    path.write_bytes(raw)
    os.utime(path, (when, when))


def _one(i: int, n: int, now: float, rnd: random.Random, rejections, negatives, big: bytes, small: list,
         pid: int, cur: Path, out: Loaded) -> tuple[Path, bytes, float]:
    """Message i: its file name, bytes and time; `out` counts it."""
    when = now - 10 * 86400 + i * (10 * 86400 / n)
    if i % REJECTION_EVERY == 50:
        t = rejections[(i // REJECTION_EVERY) % len(rejections)]
        raw, text = t.raw, t.body_text_bytes
        out.rejections += 1
    elif i % BIG_EVERY == 7:
        raw, text = _news(i, rnd, big, f"report-{i}.pdf")
        out.big += 1
    elif i % ATTACH_EVERY == 3:
        raw, text = _news(i, rnd, small[i % len(small)], f"scan-{i}.pdf")
    elif i % 4 == 0:
        t = negatives[i % len(negatives)]
        raw, text = t.raw, t.body_text_bytes
    elif i % 4 == 1:
        raw, text = _news(i, rnd)
    else:
        raw, text = _plain(i, rnd)
    raw = _restamp(raw, i, when)
    head = raw.partition(b"\n\n")[0] + b"\n\n"
    size = len(raw)
    wsize = size + raw.count(b"\n")
    path = cur / f"{int(when)}.M{i}P{pid}.bench,S={size},W={wsize}:2,"
    out.count += 1
    out.total_bytes += wsize
    out.text_bytes += len(head) + head.count(b"\n") + text
    return path, raw, when
