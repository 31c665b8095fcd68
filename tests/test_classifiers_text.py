"""new_text: only what the sender newly wrote counts as evidence."""
from __future__ import annotations

from classifiers import new_text, parse_message
from classifiers.language import detect_language
from classifiers.text import html_to_text


def msg(body: str, ctype: str = "text/plain") -> object:
    raw = (f"From: Ann <ann@acme.example>\r\nTo: sam@example.org\r\nSubject: s\r\n"
           f"Content-Type: {ctype}; charset=utf-8\r\n\r\n{body}").encode()
    return parse_message(raw)


def test_gmail_quote_is_dropped():
    text = new_text(msg("Thanks Sam, will keep you in mind.\n\nOn Mon, 1 Jun 2026 at 10:00, Sam "
                        "<sam@example.org> wrote:\n> we have decided to move forward with another candidate\n"))
    assert "keep you in mind" in text and "another candidate" not in text


def test_outlook_header_block_is_dropped():
    text = new_text(msg("The role is filled.\n\nFrom: Sam Taylor <sam@example.org>\nSent: Monday, "
                        "June 1, 2026 9:00 AM\nTo: Ann\nSubject: hello\n\nAny news on my application?\n"))
    assert "filled" in text and "Any news" not in text


def test_original_message_separator_is_dropped():
    text = new_text(msg("See below.\n\n-----Original Message-----\nWe regret to inform you.\n"))
    assert text == "See below."


def test_quoted_lines_are_dropped():
    text = new_text(msg("Short answer: yes.\n> not moving forward\n> with you\nBye"))
    assert "not moving forward" not in text and "Bye" in text


def test_forwarded_block_is_dropped():
    text = new_text(msg("fyi\n\n---------- Forwarded message ---------\nFrom: X <x@y.z>\n"
                        "Subject: no\n\nWe went with another candidate.\n"))
    assert text == "fyi"


def test_ats_footer_is_dropped():
    text = new_text(msg("We will not be moving forward.\n\nPlease do not reply to this email. "
                        "This message was sent by an applicant tracking system. Unsubscribe.\n"))
    assert text == "We will not be moving forward."


def test_html_only_becomes_text_and_blockquote_is_quoted():
    body = ("<html><head><style>p{color:red}</style></head><body><p>Hi Sam,</p><p>We have "
            "<b>decided</b> to go with another candidate.</p><blockquote>Sam wrote: please keep me "
            "in mind</blockquote></body></html>")
    text = new_text(msg(body, "text/html"))
    assert "decided to go with another candidate" in text
    assert "color" not in text and "keep me in mind" not in text


def test_html_to_text_survives_garbage():
    assert html_to_text("<p><<<>>>&#99999999;<script>x") is not None
    assert html_to_text("") == ""


def test_language_detection():
    assert detect_language("Leider haben wir uns für einen anderen Bewerber entschieden") == "de"
    assert detect_language("Malheureusement nous ne donnerons pas suite à votre candidature") == "fr"
    assert detect_language("Lamentablemente hemos decidido seguir con otra persona") == "es"
    assert detect_language("Helaas hebben wij gekozen voor een andere kandidaat") == "nl"
    assert detect_language("Purtroppo abbiamo deciso di proseguire con un altro candidato") == "it"
    assert detect_language("Infelizmente optamos por seguir com outra pessoa") == "pt"
    assert detect_language("We have decided to move forward with another candidate") == "en"
    assert detect_language("") == "en"
    assert detect_language("Hola Sam, la vacante ya ha sido cubierta.") == "es"
    assert detect_language("Beste Sam, de vacature is inmiddels vervuld.") == "nl"


def test_signature_after_sign_off_is_dropped():
    text = new_text(msg("Hi Sam,\n\nWe filled the role.\n\nCordiali saluti,\nAnna Rossi\nHR\n"
                        "Le informazioni contenute in questo messaggio sono riservate.\n"))
    assert "filled" in text and "Anna" not in text and "riservate" not in text


def test_early_thanks_line_does_not_cut_the_message():
    text = new_text(msg("Hi Sam,\nThanks!\nUnfortunately we have decided to go with another "
                        "candidate for the role, after a long and careful process.\n"))
    assert "another candidate" in text


def test_plain_stub_falls_back_to_html():
    raw = (b"From: a@b.example\r\nTo: sam@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/alternative; boundary=XX\r\n\r\n--XX\r\n"
           b"Content-Type: text/plain\r\n\r\nPlease view this email in an HTML capable client.\r\n"
           b"--XX\r\nContent-Type: text/html\r\n\r\n<p>Hi Sam,</p><p>Thank you for interviewing with "
           b"us. We have decided to move forward with another candidate for the Brand Manager role, "
           b"whose experience in retail was a closer match.</p>\r\n--XX--\r\n")
    text = new_text(parse_message(raw))
    assert "another candidate" in text and "HTML capable" not in text


def test_fast_quote_precheck_agrees_with_the_regex():
    """maybe_quoted is a faster _MAYBE_QUOTED.search; they must agree on every text."""
    import random

    from classifiers.text import _MAYBE_QUOTED, maybe_quoted
    pieces = ["wrote:", "WROTE:", "Schrieb", "a écrit", "A ÉCRIT", "escribió", "forwarded", "FORWARDED",
              "Ursprüngliche", "message d'origine", "Transféré", "> quoted", "  >x", "From: a", "*From :",
              "Envoyé :", "gesendet:", "de:", "sent", "from", "wrote", "hello", "\n", "\n", " ", "ſchrieb",
              "ſent:", "İnoltrato", "ınoltrato", "KELVIN K", "forwarde", "a  écrit", "\t", "Van:"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", "x"]) for _ in range(rng.randint(0, 6)))
        assert maybe_quoted(text) == bool(_MAYBE_QUOTED.search(text)), repr(text)


def test_bulleted_reply_above_a_quote_is_kept():
    """mail-parser-reply would treat a line starting "- word" as a signature; we don't."""
    text = new_text(msg("Hi Sam,\n\nA quick update after the panel:\n- the team has decided to go with "
                        "another candidate\n- we'd love to stay in touch\n\nBest,\nAnn\n\n"
                        "On Mon, 1 Jun 2026 at 10:00, Sam <sam@example.org> wrote:\n> Any news?\n"))
    assert "another candidate" in text and "stay in touch" in text and "Any news" not in text


def test_ascii_fast_path_gives_the_same_language_as_the_word_regex():
    import random

    from classifiers import language
    words = [w for ws in language._WORDS.values() for w in ws.split() if w.isascii()]
    words += ["Sam", "role", "x1", "a_b", "don't", "e-mail", "3rd", "HELLO", "Bewerbung"]
    seps = [" ", ", ", ".\n", "-", "'", "_", "1", "  ", "\t", "!"]

    def reference(text: str) -> str:
        scores = dict.fromkeys(language._WORDS, 0)      # in units of 1/_UNIT: exact sums
        for word in language._TOKEN.findall(text[:4000].lower()):
            for lang, weight in language._WEIGHT.get(word, {}).items():
                scores[lang] += weight
        best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
        return best if scores[best] >= language._UNIT else "en"

    rng = random.Random(3)
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 12)))
        assert text.isascii()
        assert language.detect_language(text) == reference(text), text
    # non-ASCII text: letters (UTF-8 path), typographic punctuation, and other symbols (regex)
    words += [w for ws in language._WORDS.values() for w in ws.split() if not w.isascii()]
    words += ["Grüße", "ÉTÉ", "naïve", "straße", "İstanbul", "x²", "é"]
    seps += ["’", "“", "”", " – ", "…", "\xa0", "«", "»", "¿", "¡", "•", "©", "€", "😀", "\u0301"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 12)))
        assert language.detect_language(text) == reference(text), text


def test_html_to_text_elements_entities_and_raw_text():
    assert html_to_text("<p>Hi&nbsp;Sam,</p><p>we&#39;ve filled&amp;closed the role</p>") == \
        "Hi Sam,\n\nwe've filled&closed the role"
    assert html_to_text("<div>a<br/>b</div><blockquote>old<br>news</blockquote>c") == "a\nb\n\n> old\n> news\n\nc"
    assert html_to_text("<script>if (a<b) {x='<p>'}</script><style>p{}</style>kept") == "kept"
    assert html_to_text("<head><title>T</title></head><a title='x>y' href=\"/\">link</a>") == "link"
    assert html_to_text("<!-- note --><p>x</p><!-- never closed <p>hidden") == "x"


def test_html_to_text_hostile_markup_stays_linear():
    """Unclosed quotes and tags must not make the tag regex rescan the rest of the mail."""
    for markup in ("<a " * 30000, '<a title="' * 20000, "<" * 100000, "<p " + "x" * 100000,
                   "<!--" * 20000, "<a href='" + "y" * 50000):
        assert isinstance(html_to_text(markup), str)


def test_line_start_regex_finds_what_a_multiline_caret_finds():
    import random
    import re

    from classifiers.text import LineStart
    bodies = [r"[ \t]*(?:best|thanks)[ \t]*[,.!]?[ \t]*$", r"\s*(?:on\s.{2,20}\swrote:|-{2,}x-{2,})",
              r"[ \t]*>|[ \t]*\*?from\s*:", r"[ \t]*(?:hi|dear)[ \t,]+(\w+)"]
    pieces = ["Best", "thanks", "THANKS!", " ", "\t", "\n", "\n\n", "On Mon Ann wrote:", "--x--", "> q",
              "From: a", "*from :", "Hi Sam", "dear, Ann", "text", ",", "é"]
    rng = random.Random(11)
    for body in bodies:
        plain, fast = re.compile("^(?:" + body + ")", re.I | re.M), LineStart(body, re.I)
        for _ in range(1500):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
            want = [(m.start(), m.end(), m.group(0), m.groups()) for m in plain.finditer(text)]
            got = [(m.start(), m.end(), m.group(0), tuple(m.group(i + 1) for i in range(len(m.m.groups()))))
                   for m in fast.finditer(text)]
            assert got == want, (body, text)
            first = fast.search(text)
            assert (first.start(), first.end()) == want[0][:2] if want else first is None


def test_informal_german_sign_off_starts_the_signature():
    text = new_text(msg("Hey Sam,\n\nwir haben uns für jemand anderen entschieden.\n\nLiebe Grüße\nMoritz\n"
                        "Kiezbox GmbH · Berlin\n"))
    assert "entschieden" in text and "Moritz" not in text and "Kiezbox" not in text


def test_a_sentence_about_this_email_is_not_a_footer():
    text = new_text(msg("Dear Sam,\n\nThis e-mail is to inform you that the requisition for the Brand "
                        "Manager role has been cancelled.\n\nKind regards,\nHR\n\nThis e-mail is "
                        "confidential and intended for the addressee only.\n"))
    assert "requisition" in text and "confidential" not in text
    assert "update" in new_text(msg("Hi Sam,\nThis message is just to update you: we went with someone "
                                    "else.\nThis message may contain privileged information.\n"))


def test_table_header_cells_do_not_run_together():
    text = html_to_text("<table><tr><th>Job Requisition</th><th>Status</th></tr>"
                        "<tr><td>R-1 Brand Manager</td><td>Not selected</td></tr></table>")
    assert "RequisitionStatus" not in text and "Job Requisition" in text and "Status" in text


def test_reply_header_search_tries_only_line_starts_and_finds_what_findall_finds():
    """mail-parser-reply's header regex is searched only where a line starts or a newline
    stands: same list as re's findall, on every quoted test message and on random mixes of
    header pieces, for every language set used."""
    import random
    from pathlib import Path

    from classifiers.text import _LANGS, _EmailMessage, _LineRegex, body_text, maybe_quoted
    tests = Path(__file__).parent
    bodies = [body_text(parse_message(p.read_bytes()))
              for p in sorted([*tests.glob("heldout*/messages/*.eml"), *tests.glob("fixtures/**/*.eml")])]
    quoted = [b for b in bodies if maybe_quoted(b)]
    assert len(quoted) >= 40
    pieces = ["On Mon, 3 Mar 2025, Ann <a@x.org> wrote:", "> On Tue Bob wrote:", "From: Ann", "Sent: Monday",
              "To: Sam", "Subject: Re: Role", "*From:* Ann", "Am 3. März schrieb Ann:", "Von: Ann",
              "Gesendet: Mo", "Le lun. 3 mars, Ann a écrit :", "-----Original Message-----", "De: Ann",
              "Enviado: lunes", "Da: Ann", "Inviato: lun", "Van: Ann", "Verzonden: ma", "text", "> q", "", " "]
    rng = random.Random(5)
    randoms = ["\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    for langs in [[lang] for lang in _LANGS] + [list(_LANGS)]:
        rx = _EmailMessage(text="", languages=langs).HEADER_REGEX
        assert isinstance(rx, _LineRegex), langs
        for text in quoted + randoms:
            text = _EmailMessage(text=text, languages=langs).text      # as read() sees it
            assert rx.findall(text) == rx.rx.findall(text), (langs, text[:300])


def test_a_regex_that_can_match_mid_line_keeps_plain_findall():
    import re

    from classifiers.text import _LineRegex
    for source in [r"wrote:", r"^a|b", r"(?:^|x)From:", r"(^a)?b"]:
        rx = re.compile(source, re.M)
        assert _LineRegex.wrap(rx) is rx, source
    for source in [r"^a|\nb", r"(?:^|\n)(From|To):.*", r"(^-{5,}x$)", r"(?:\n|^)+y"]:
        assert isinstance(_LineRegex.wrap(re.compile(source, re.M)), _LineRegex), source
    assert _LineRegex.wrap(re.compile(r"^a")) is not None     # without MULTILINE: plain regex
    assert not isinstance(_LineRegex.wrap(re.compile(r"^a")), _LineRegex)


# --- HTML laid out as a browser shows it ---------------------------------------------------------

def test_html_source_newlines_are_spaces_as_in_a_browser():
    # a template's wrapped source: one sentence on screen, so one sentence for the rules
    assert html_to_text("<p>Thank you for your interest in\n   Acme. Unfortunately we have decided\n"
                        "   not to move forward.</p>") == \
        "Thank you for your interest in Acme. Unfortunately we have decided not to move forward."
    assert html_to_text("<pre>line one\nline two</pre>") == "line one\nline two"


def test_html_line_breaks_and_paragraphs_differ():
    assert html_to_text("<p>Dear Sam,<br><br>we regret<br>to say no.</p><p>HR</p>") == \
        "Dear Sam,\n\nwe regret\nto say no.\n\nHR"
    assert html_to_text("<div>Hi Sam,</div><div>we went with someone else.</div>") == \
        "Hi Sam,\nwe went with someone else."
    assert html_to_text("a<br/>b") == html_to_text("a<br>b") == html_to_text("a</br>b") == "a\nb"


def test_a_value_cell_follows_its_label_cell():
    assert html_to_text("<table><tr><td>Position:</td><td>Data Analyst</td></tr>"
                        "<tr><td>Status:</td><td>Not selected</td></tr></table>") == \
        "Position: Data Analyst\nStatus: Not selected"
    # cells that are not "label:" stay a line each (column tables: drafts/titles.py)
    assert html_to_text("<table><tr><th>Job Requisition</th><th>Status</th></tr>"
                        "<tr><td>R-1 Brand Manager</td><td>Not selected</td></tr></table>") == \
        "Job Requisition\nStatus\nR-1 Brand Manager\nNot selected"


def test_a_verdict_wrapped_in_html_source_is_found():
    from tests.ourwords import sam_classifier
    raw = ("From: Ana <ana@acme.example>\nTo: sam.taylor@example.org\nSubject: Your application\n"
           "Content-Type: text/html; charset=utf-8\n\n<html><body><p>Hi Sam,</p>\n<p>Sadly we have\n  "
           "decided not\n  to move forward\n  with your application.</p></body></html>\n").encode()
    assert sam_classifier().classify(parse_message(raw)).rejection
