"""The job title as the message writes it ("Senior Data Engineer"), or None.

Candidate phrases are scored by where they stand, one scorer per source of evidence (the
points each gives are named in `Weights`):
- a labelled line ("Position: Account Executive"), or the cell under a job-naming column of a
  flattened table ("Job RequisitionStatus" / "R-20931 Growth Marketing Manager");
- right after a lead-in that introduces a title ("position of", "role of", "als", "poste de",
  "puesto de", "vaga de", "functie", "vacature") up to where the title ends (punctuation, "at",
  "bei", "chez", "bij", ...): a title there may be written in lower case or have no job word;
- title-cased phrases containing a job word (manager, lead, responsable, ...), more right before
  "role/position/opening/Stelle/poste/vacature" or after "applied for"/"interest in"; Romance
  titles going on in lower case ("Chargé de mission RSE");
- a field of work right before "role"/"position" ("the Brand Partnerships role");
- a lower-case title with a job word right before "role"/"position" ("the data analyst role");
- the subject, split at its separators ("Acme | Data Analyst", "Data Analyst at Acme").
A title in the signature block (the signer's own) never scores more than a bare mention, and
"(Remote)"-style work arrangements and requisition numbers are cut off.
The quoted thread (the candidate's own note naming the role) counts, for less.
Ties go to the earliest mention.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from .lexicon import colonless_rows, has_job_word, is_field_label, is_sign_off, signature_start, vocab
from .orgnames import places
from .people import looks_like_person
from .text import fold, one_line, unwrap
from .titles import GENDER, ROLE, ROLE_LABELS, after_lead_in, glued_noun, is_no_area, column_values, romance_tail, tidy, trim


@dataclass(frozen=True)
class Weights:
    """Points per piece of evidence for a candidate title, and per part of the message."""
    labelled: float = 5            # "Position: ...", a table's job column
    after_lead_in: float = 4       # "the position of ...", "Stelle als ..."
    phrase: float = 1              # a title-cased phrase with a job word
    phrase_in_subject: float = 2
    before_noun: float = 4         # "... role", "... position"
    before_noun_in_subject: float = 3
    before_interview: float = 2    # "the Digital Campaigns Manager interview"
    after_weak_lead_in: float = 2  # "applied for ...", "interest in ..."
    before_company: float = 1      # "... at Acme"
    field_of_work: float = 3       # "the Growth Marketing role"
    lower_case: float = 3          # "the data analyst role"
    subject_part: float = 1.0      # multipliers per part of the message
    body_part: float = 1.0
    quoted_part: float = 0.6
    enough: float = 2              # a bare title somewhere (a signature) is not the job applied for


WEIGHTS = Weights()
# what a posting adds after a title: its gender marker and an area after a dash ("– Payments")
_AREA_AFTER = re.compile(rf"(?:\s+{GENDER})?(?:\s+[–—-]\s+[^\W\d_][^–—]*?)?(?:\s+{GENDER})?")
SUBJECT_FIRST, QUOTED_AFTER = -1000, 100000   # order of mention: subject, body, then quoted note
_DETERMINERS = {"the", "a", "an", "our", "this", "your", "that", "these", "first", "last"}


@dataclass
class _Candidates:
    """Candidate titles with their points and where each was first seen."""
    scores: dict[str, float] = field(default_factory=dict)
    first_seen: dict[str, int] = field(default_factory=dict)
    led: set[str] = field(default_factory=set)   # found after a lead-in or a label: the job as stated
    company: str | None = None
    weight: float = 1.0
    offset: int = 0

    def add(self, cand: str, points: float, at: int, led: bool = False) -> None:
        key = next((k for k in self.scores if k.lower() == cand.lower()), cand)
        # "… Produto Sr" at a sentence's end is "… Produto Sr." as the subject writes it
        dotted = next((k for k in self.scores if k.lower() == cand.lower() + "." and _abbreviated(k)), None)
        if dotted:
            key = dotted
        elif cand.endswith(".") and _abbreviated(cand) and cand[:-1] in self.scores:
            self.scores[cand] = self.scores.pop(cand[:-1])
            self.first_seen[cand] = self.first_seen.pop(cand[:-1])
            if cand[:-1] in self.led:
                self.led.discard(cand[:-1])
                self.led.add(cand)
            key = cand
        self.scores[key] = self.scores.get(key, 0) + points * self.weight
        self.first_seen.setdefault(key, self.offset + at)
        if led:
            self.led.add(key)

    def _area(self, tail: str) -> bool:
        """Is `tail` what a posting adds to a title (not the company, not the mail's topic)?"""
        if not _AREA_AFTER.fullmatch(tail):
            return False
        area = re.sub(GENDER, "", tail).strip(" –—-")
        return not area or not (is_no_area(area) or (self.company and (
            fold(area) in fold(self.company) or fold(self.company) in fold(area))))

    def merge_prefixes(self) -> None:
        """'Responsable' (a title-cased run cut at a lower-case word) is the start of
        'Responsable commercial CHR' found after 'poste de': its points go to the fuller title."""
        for short in list(self.scores):
            fuller = [c for c in self.led if c.lower().startswith(short.lower() + " ")
                      or (c.lower().startswith(short.lower() + ", ") and _plain_area(c[len(short) + 2:]))]
            # "Product Owner" in the text, "Product Owner (m/w/d) – Payments" as the posting names it
            # (a Title Case area after a comma is not merged: "Manager, Marketing and Communications"
            # is as often the signer's department as the posting's area)
            fuller = fuller or [c for c in self.scores if c != short and c.lower().startswith(short.lower())
                                and self._area(c[len(short):])]
            if fuller:
                target = max(fuller, key=lambda c: (self.scores[c], len(c)))
                self.scores[target] += self.scores.pop(short)
                self.first_seen[target] = min(self.first_seen[target], self.first_seen.pop(short))
                self.led.discard(short)

    def merge_wrapped(self, body: str) -> None:
        """'Recruitment Officer' read in a narrow mail that broke 'the Student\nRecruitment Officer'
        at a line's end, 'Student Recruitment Officer' in the subject: the words before the break
        belong to the title, so the fuller one takes its points."""
        for short in list(self.scores):
            for full in [c for c in self.scores if c.lower().endswith(" " + short.lower())]:
                head = full[: len(full) - len(short)].strip()
                if head[:1].isupper() and re.search(rf"(?<!\w){re.escape(head)}[ \t]*\n[ \t]*{re.escape(short)}", body, re.IGNORECASE):
                    self.scores[full] += self.scores.pop(short)
                    self.first_seen[full] = min(self.first_seen[full], self.first_seen.pop(short))
                    if short in self.led:
                        self.led.discard(short)
                        self.led.add(full)
                    break


def _abbreviated(title: str) -> bool:
    """"Analista Sr.", "Developer Jr.": the title ends in a short abbreviation with its dot."""
    return bool(re.search(r"\b[A-Z][a-z]{0,2}\.$", title))


def _plain_area(tail: str) -> bool:
    """", marketing", ", acquisition de talents": an area after a comma, not the sentence going
    on (", suite", ", dont le parcours", ", así como la disposición")."""
    words = tail.lower().split()
    stops = vocab()["romance_tail_stops"] | vocab()["title_stop_verbs"] | vocab()["role_stop_starts"] \
        | vocab()["subject_noise"] | vocab()["title_articles"] | vocab()["clause_openers"]
    return 0 < len(words) <= 3 and not any(w in stops for w in words) and all(w.isalpha() for w in words)


def _is_noun(word: str) -> bool:
    nouns = vocab()["role_nouns"]
    return word in nouns or word.rstrip("s") in nouns


def _labelled(text: str, found: _Candidates, w: Weights) -> None:
    """A labelled line ("Position: Account Executive", "Poste : ...") or a form or table whose
    label stands alone above the value; a table whose header row names several columns: the
    value sits in the same column below."""
    for m in re.finditer(rf"(?im)^[ \t]*{ROLE_LABELS}[ \t]*(?::[ \t]*|:?[ \t]*\n(?:[ \t]*\n)?[ \t]*)"
                         r"(\S.{1,199})$", text):
        if is_field_label(m.group(1)):   # the next column's label ("Status"), not a value
            continue
        cand = tidy(_before_next_label(m.group(1)).strip()[:90])
        if cand and (cand[:1].isupper() or has_job_word(cand.split())):
            found.add(cand, w.labelled, m.start(1), led=True)
    for label, value, at in colonless_rows(text, _ROLE_LABEL):
        # "Requisition R-10482 Brand Marketing Manager": the requisition's number goes
        value = re.sub(r"^(?:\S*\d\S*\s+)+", "", value)
        cand = tidy(_before_next_label(value).strip()[:90]) if _ROLE_LABEL.fullmatch(label.lower()) else ""
        if cand and not is_field_label(cand) and has_job_word(cand.split()):
            found.add(cand, w.labelled, at, led=True)
    for value, at in column_values(text):
        cand = tidy(value)
        if cand and not is_field_label(cand) and (cand[:1].isupper() or has_job_word(cand.split())):
            found.add(cand, w.labelled, at, led=True)


_ROLE_LABEL = re.compile(ROLE_LABELS)


def _before_next_label(value: str) -> str:
    """A form's value up to the next field on the same (re-joined) line: "Communications Manager,
    Group Brand Status: Not Selected" -> "Communications Manager, Group Brand"."""
    m = re.search(r"\s+[^\W\d_][\w-]*\s*:(?:\s|$)", value)
    if not m:
        return value
    words = value[: m.start()].split()
    while len(words) > 1 and is_field_label(words[-1]):   # "... Announcement number:", "Job Requisition:"
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1)
def _strong_lead_in() -> re.Pattern:
    """A lead-in that introduces a title, built once (it was rebuilt, ~100 words escaped and
    joined, on each of the two or three texts a rejection's role is looked for in)."""
    strong = sorted(vocab()["role_strong_lead_ins"], key=len, reverse=True)
    # "poste d'Attaché(e)": a lead-in ending in an apostrophe runs into the title
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(s) for s in strong) + r")(?:\s+|(?<=['’]))")


def _after_strong_lead_in(text: str, company: str | None, found: _Candidates, w: Weights) -> None:
    """Right after a lead-in that introduces a title ("poste de", "position of", "als")."""
    for m in _strong_lead_in().finditer(text):
        cand = after_lead_in(text, m.end(), company)
        if cand:
            found.add(cand, w.after_lead_in, m.end(), led=True)


_REQ_THEN_TITLE = re.compile(
    r"(?i)\b(?:req(?:uisition)?|vacancy|job|ref(?:erence)?|posting|kennziffer|réf(?:érence)?|referencia|rif)"
    r"(?:\s+(?:id|no\.?|number|reference|ref))?\s*[:#]?\s*#?\s*(?-i:[A-Z]{0,4})[-_]?\d[\w-]{2,}\s*[,–—-]\s+(?=[A-ZÀ-ÖØ-Þ])")


def _after_requisition(text: str, company: str | None, found: _Candidates, w: Weights) -> None:
    """The title right after a requisition number: "applying to Req #48812, Director, Content &
    Communications", "Vacancy reference: 2026-1183, Communications Officer (Grade 7)"."""
    for m in _REQ_THEN_TITLE.finditer(text):
        cand = after_lead_in(text, m.end(), company)
        if cand and has_job_word(cand.split()):
            found.add(cand, w.after_lead_in, m.end(), led=True)


@lru_cache(maxsize=1)
def _quoted_title() -> re.Pattern:
    nouns = "|".join(sorted(map(re.escape, vocab()["role_nouns"] | vocab()["posting_nouns"]), key=len, reverse=True))
    return re.compile(rf'(?i)\b(?:{nouns})\s*:?\s*[„“"«‚]\s*([^„“”"«»\n]{{2,80}}?)\s*[“”"»‘]')


def _quoted_after_noun(text: str, found: _Candidates, w: Weights) -> None:
    """A title in quotes right after a role or posting noun: 'die Stelle „Referent Kommunikation
    (m/w/d)“', 'le poste « Chef de projet »', 'la oferta «Jefe/a de Producto»', 'the "Growth Lead" role'."""
    for m in _quoted_title().finditer(text):
        cand = tidy(m.group(1))
        if cand and (cand[:1].isupper() or has_job_word(cand.split())):
            found.add(cand, w.after_lead_in, m.start(1), led=True)


def _phrase_points(text: str, m: re.Match, end: int, cand: str, subject: bool, w: Weights) -> float:
    """Points for a title-cased phrase by what stands right after or before it."""
    after = text[end: end + 25].lower()
    before = text[max(0, m.start() - 40): m.start()].lower()
    noun = re.match(r"\s*(\w+)", after)
    if noun and _is_noun(noun.group(1)):
        return w.before_noun_in_subject if subject else w.before_noun
    if noun and noun.group(1) in ("interview", "interviews") and \
            cand.lower() not in vocab()["interviewer_titles"]:
        return w.before_interview
    if any(before.rstrip().endswith(li) for li in vocab()["role_lead_ins"]):
        return w.after_weak_lead_in
    if re.match(r"\s*(?:\([^)]{0,20}\)\s*)?(?:at|with|bei|chez|bij|en|presso)\s+[A-Z]", text[m.end(): m.end() + 40]):
        return w.before_company
    return 0


def _title_cased(text: str, company: str | None, sig: int, subject: bool, found: _Candidates,
                 w: Weights) -> None:
    """Title-cased phrases with a job word; the signer's own title is not the job applied for."""
    for m in ROLE.finditer(text):
        # "Sam Taylor (Head of Insights bei Acme)": a person's own headline, not the job
        if re.search(r"[A-ZÀ-ÖØ-Þ][\w'’-]+ [A-ZÀ-ÖØ-Þ][\w'’-]+ \($", text[max(0, m.start() - 60): m.start()]):
            continue
        cand = trim(m.group(0), company)
        if not cand:
            continue
        end = m.end()
        # a Romance title goes on in lower case: "Chargé de mission RSE", "Jefe de proyecto"
        last = m.group(0).split()[-1]
        ext = romance_tail(text, end, last) if cand.endswith(last) else ""
        if ext:
            cand, end = cand + ext, end + len(ext)
        points = w.phrase_in_subject if subject else w.phrase
        if m.start() < sig:
            # "the Data Steward-rol": a role noun glued on says the same as one after it
            points += (w.before_noun_in_subject if subject else w.before_noun) if glued_noun(m.group(0)) \
                else _phrase_points(text, m, end, cand, subject, w)
        found.add(cand, points, m.start())


_CARD_REST = re.compile(r"\s*(?:[·•|,–—-]|\()\s*\S")


def _opens_card(line: str, company: str) -> bool:
    """Whether the line opens with the company and goes on ("Acme · Kassel (Hybrid)"); no
    pattern built per company, which would push static ones out of `re`'s cache."""
    line = line.lstrip()
    return line[: len(company)].lower() == company.lower() and bool(_CARD_REST.match(line, len(company)))


def _job_card(text: str, company: str | None, found: _Candidates, w: Weights) -> None:
    """A job board's card: the title alone on a line, the company's name opening the next
    ("Produktmarketing Manager:in" / "Flinkwerk · München (Hybrid)"): the posting applied for."""
    if not company:
        return
    lines = [(m.group(0), m.start()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    sig = signature_start(text)
    _card_line(lines, sig, company, found, w)
    for i, ((line, at), (nxt, _)) in enumerate(zip(lines, lines[1:])):
        # a signature's "Name / Title / Company" is the signer's, not a card
        if at > sig or (i and looks_like_person(lines[i - 1][0].strip())) or is_sign_off(lines[i - 1][0].strip() if i else ""):
            continue
        # the card's second line goes on after the company: "Acme · Kassel (Hybrid)"; a status
        # card puts a field under the title instead ("Marketing Manager (w/m/d)" / "Status: Absage")
        field = re.match(r"\s*([^:\n]{2,30}):", nxt)
        if "|" in line or not (_opens_card(nxt, company) or (field and is_field_label(field.group(1)) and ":" not in line)):
            continue
        cand = tidy(line.strip())
        if cand and len(cand.split()) <= 8 and has_job_word(cand.split()) and not re.search(r"[.!?:]$", cand):
            found.add(cand, w.labelled, at + len(line) - len(line.lstrip()), led=True)


def _card_line(lines: list[tuple[str, int]], sig: int, company: str, found: _Candidates, w: Weights) -> None:
    """A network's one-line card: the title, then the company going on with its place
    ("Growth Marketing Lead Acme · Paris (Hybrid)")."""
    for line, at in lines:
        cut = line.lower().find(" " + company.lower() + " ")
        # the card's own separator after the company, nothing before it but the title
        if at > sig or cut <= 0 or not re.match(r"\s*·\s*\S", line[cut + 1 + len(company):]):
            continue
        cand = tidy(line[:cut].strip())
        if cand and len(cand.split()) <= 8 and has_job_word(cand.split()) and not re.search(r"[.!?:,|·–—-]$", cand) \
                and cand.split()[-1].lower() not in vocab()["role_stop_starts"] | {"at", "bei", "chez", "bij", "en", "presso"}:
            found.add(cand, w.labelled, at + len(line) - len(line.lstrip()), led=True)


def _field_of_work(text: str, found: _Candidates, w: Weights) -> None:
    """A field of work named as the job, no job word: "the Growth Marketing role",
    "the brand partnerships position", "our Customer Support (Spanish) opening"."""
    fields, skip = vocab()["role_fields"], vocab()["role_field_skip"]
    stops = vocab()["role_stop_starts"] - {"and", "of"}
    for m in re.finditer(r"\b(\w+)\b", text):
        if not _is_noun(m.group(1).lower()):
            continue
        before = text[max(0, m.start() - 90): m.start()]
        tail = re.search(r"(?:^|\s)(the|our|this|your|an?)\s+((?:[\w&/-]+\s+){1,4}?)(\([\w &/-]{2,25}\)\s+)?$",
                         before, flags=re.IGNORECASE)
        if not tail:
            continue
        words = tail.group(2).split()
        low = [x.lower() for x in words]
        if len(words) < 2 or not any(x in fields for x in low) or any(
                x in _DETERMINERS or x in skip or x in stops for x in low):
            continue
        if all(x[:1].isupper() or x in {"&", "and", "of"} for x in words) or \
                all(not x[:1].isupper() for x in words):
            start = m.start() - len(before) + tail.start(2)
            # "(Spanish)" stays, a requisition number "(Req ID 2026-4411)" does not
            extra = tail.group(3).strip() if tail.group(3) and not re.search(r"\d", tail.group(3)) else ""
            found.add(" ".join(words) + (" " + extra if extra else ""), w.field_of_work, start)


def _lower_case(text: str, found: _Candidates, w: Weights) -> None:
    """A title written in lower case, right before "role"/"position" ("the data analyst role")."""
    heads = vocab()["role_heads"]
    stop = r"(?!(?:the|a|an|our|your|this|for|of|in|at|with|to|and)\b)"
    for m in re.finditer(rf"\b(?:the|as|a|an|our|this|your)\s+((?:{stop}[A-Za-z][a-z][\w&/-]*\s+)?(?:{stop}[a-z][\w&/-]*\s+){{0,3}}{stop}([a-z]+))"
                         r"\s+(\w+)", text):
        if m.group(2) in heads and _is_noun(m.group(3)):
            found.add(m.group(1), w.lower_case, m.start(1))


def _collect(text: str, company: str | None, found: _Candidates, subject: bool, w: Weights) -> None:
    text = unwrap(text, narrow=True)
    _labelled(text, found, w)
    _after_strong_lead_in(text, company, found, w)
    _after_requisition(text, company, found, w)
    _quoted_after_noun(text, found, w)
    _title_cased(text, company, signature_start(text), subject, found, w)
    _job_card(text, company, found, w)
    _field_of_work(text, found, w)
    _lower_case(text, found, w)


def role(subject: str, body: str, company: str | None, quoted: str = "",
         weights: Weights = WEIGHTS, people: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The job title, or None; `people`: folded names of the people in the message (the owner's
    own name after "Candidature" is no title)."""
    found = _Candidates(company=company)
    for text, weight, offset, is_subject in ((one_line(subject, 300), weights.subject_part, SUBJECT_FIRST, True),
                                             (body, weights.body_part, 0, False),
                                             (quoted, weights.quoted_part, QUOTED_AFTER, False)):
        if text:
            found.weight, found.offset = weight, offset
            _collect(text, company, found, is_subject, weights)
    found.merge_prefixes()
    found.merge_wrapped(body)
    for cand in [c for c in found.scores if fold(c) in people]:
        del found.scores[cand]
    if not found.scores:
        return None
    best = max(found.scores, key=lambda c: (found.scores[c], -found.first_seen[c], len(c)))
    if found.scores[best] < weights.enough:
        return None
    best = _spelled_out(best, found.scores)
    return one_line(_without_place(_without_person(best, people), "\n".join((subject, body, quoted)))) or None


def _spelled_out(title: str, scores: dict[str, float]) -> str:
    """"PMM" in the subject, "Product Marketing Manager" in the text: the title the
    abbreviation stands for, as the message writes it."""
    if not re.fullmatch(r"[A-Z]{2,5}", title):
        return title
    full = [c for c in scores if "".join(w[0] for w in c.split() if w[:1].isupper()) == title and len(c.split()) > 1]
    return max(full, key=lambda c: scores[c]) if full else title


def _without_person(title: str, people: set[str] | frozenset[str]) -> str:
    """"Director of Marketing - Sam Taylor" (a forwarded subject, an ATS's "Title – Candidate"):
    a person's name after the dash is who the mail is about, never part of the title."""
    m = re.fullmatch(r"(.+?)\s+[-–—|:]\s+(.+)", title)
    return m.group(1) if m and fold(m.group(2)) in people and has_job_word(m.group(1).split()) else title


def _without_place(title: str, text: str) -> str:
    """"Brand Lead - Barcelona", "Product Lead (Madrid)": a place the text says the job is in
    ("en Barcelona", "in Antwerpen") is where, not what; a region's abbreviation stays ("(APAC)")."""
    m = re.fullmatch(r"(.+?)\s*(?:\s[-–—|,]\s*|\()([A-ZÀ-ÖØ-Þ][\w'’-]+)\)?", title)
    if m and not m.group(2).isupper() and has_job_word(m.group(1).split()) and fold(m.group(2)) in places(text):
        return m.group(1)
    return title
