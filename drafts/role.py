"""The job title as the message writes it ("Senior Data Engineer"), or None.

Candidate phrases are scored by where they stand:
- right after a lead-in that introduces a title ("position of", "role of", "als", "poste de",
  "puesto de", "vaga de", "functie", "vacature") up to where the title ends (punctuation, "at",
  "bei", "chez", "bij", ...): a title there may be written in lower case or have no job word;
- title-cased phrases containing a job word (manager, lead, responsable, ...) right before
  "role/position/opening/Stelle/poste/vacature" or after "applied for"/"interest in";
- a lower-case title with a job word right before "role"/"position" ("the data analyst role");
- a labelled line ("Position: Account Executive"), or the cell under a job-naming column of a
  flattened table ("Job RequisitionStatus" / "R-20931 Growth Marketing Manager");
- a field of work right before "role"/"position" ("the Brand Partnerships role");
- Romance titles going on in lower case ("Chargé de mission RSE");
- the subject, split at its separators ("Acme | Data Analyst", "Data Analyst at Acme").
A title in the signature block (the signer's own) never scores more than a bare mention, and
"(Remote)"-style work arrangements and requisition numbers are cut off.
The quoted thread (the candidate's own note naming the role) counts, for less.
Ties go to the earliest mention.
"""
from __future__ import annotations

import re

from .text import one_line
from .vocab import vocab

# a gender-inclusive ending stays on its word: "Consultant(e)", "Berater:in", "Entwickler*in"
_INCL = r"(?:\((?:e|in|ne|a|o|es|nen|innen)\)|[*:]in(?:nen)?\b)?"
_W = rf"(?:(?:Sr|Jr|Snr|Jnr|Sen|Assoc|Asst|Exec|Mgr|Dir|Eng|Int|Intl)\.|[A-ZÀ-ÖØ-Þ][\w'’/+&-]*(?:\.\w+)*{_INCL}|[a-z]{{1,2}}[A-Z][\w'’/+&-]*|&)"
_ROLE = re.compile(
    rf"(?<![\w@]){_W}(?:(?:,? | - | – | — | & | / | and | of | de | di | du | des | y | e | für | in | van | voor ){_W}"
    rf"| \([mwdfhx/*]{{3,7}}\)| \((?:[A-Z][\w&-]*)(?: [A-Z][\w&-]*)*\))*")
_NOISE_START = re.compile(
    r"^(?:(?:The|Our|Your|A|An|Re|RE|Aw|AW|Fwd|FW|Sv|Update|Hi|Hello|Dear|Application|Candidacy|"
    r"Regarding|Ihre|Votre|Tu|Su|Je|Sua|La|Le|El|Il|Die|Das|Der|Absage|Bewerbung|Candidature|"
    r"Candidatura|Sollicitatie|Solicitud|Terugkoppeling|Feedback|Rückmeldung|Esito|Resultado|Reactie)\b[:,]?\s*)+")
# Where a title ends: punctuation, a preposition naming the place, or a clause.
_TITLE_END = re.compile(
    r"(?:\s*[.,;:!?\n\"“”]|\s+[-–—|/]\s|\s*\((?![mwdfhx]/)|\s+(?:at|with|for|in|on|within|here|"
    r"bei|im|der|für|chez|à|au|aux|dans|pour|en|para|con|del|na|no|em|com|bij|voor|presso|per|"
    r"hos|på|ved|vid|hjå|"
    r"that|which|and|et|und|y|e|ou|oder|we|you|nous|vous|wir|sie|noi|hemos|has|have|had|is|was|"
    r"were|will|would|but|because|as|after|to|"
    r"wurde|ist|haben|hat|nicht|leider|ont|n'a|a|est|ha|foi|non|ne|heeft|hebben|niet|helaas|"
    r"gaf|geeft|werd|wordt|bleek|viel|dat|omdat|maar|zijn|kon|"
    r"position|role|opening|vacancy|stelle|poste|puesto|vaga|functie|vacature|ruolo|posizione|"
    r"job|team|req|requisition)\b|\s*$)",
    re.IGNORECASE)
_REQ_HEAD = re.compile(r"^\s*(?:(?:req(?:uisition)?|ref|job)\.?\s*(?:id|no\.?|#)?\s*[:#]?\s*)?"
                       r"#?\s*[A-Z]{0,4}[-_]?\d{3,}[\w-]*\s*[-–—:|]?\s+(?=[^\W\d_])", re.IGNORECASE)
_REQ_BRACKET = re.compile(r"\s*[(\[]\s*(?:(?:req(?:uisition)?|ref(?:erence)?|job|posting|vacancy)\.?"
                          r"(?:\s*(?:id|no\.?|number|code|#))?\s*[:#]?\s*)?[A-Z]{0,4}[-_#]?\s*\d[\w/-]*\s*[)\]]",
                          re.IGNORECASE)
_REQ_TAIL = re.compile(r"\s*[\(\[#]?\s*(?:ref|req|job id|id|r-|jr|#)[\w\s.:#/-]*[\)\]]?\s*$", re.IGNORECASE)


# A form or table label that names the job ("Job Requisition", "Position", "Poste").
_ROLE_LABELS = (r"(?:position|job title|job|role|title|vacancy|opening|requisition|job requisition|"
                r"requisition title|position title|role title|job role|job posting|posting|"
                r"stelle|position|poste|intitulé du poste|puesto|vacante|vaga|"
                r"cargo|posizione|ruolo|functie|vacature)")
# where two table header cells flattened without a break meet: "Job Requisition|Status"
_GLUED = re.compile(r"(?<=[a-zà-öø-ÿ)])(?=[A-ZÀ-ÖØ-Þ])")


def is_field_label(text: str) -> bool:
    """'Status', 'Job Requisition', 'Date Applied': a form or column label, never a value."""
    words = re.findall(r"[^\W_]+|#", text.lower())
    return 0 < len(words) <= 4 and all(w in vocab()["field_labels"] for w in words)


def _cells(line: str) -> list[str]:
    """A flattened table line's cells: header cells may be glued ("Job RequisitionStatus")."""
    return [c.strip(" \t:") for c in _GLUED.split(line) if c.strip(" \t:")]


def _column_values(text: str):
    """(value, offset) under a job-naming column of a table whose header row has two or more
    label cells, glued on one line or one a line; the value lines follow in column order."""
    lines = [(m.group(0).strip(), m.start()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    i = 0
    while i < len(lines):
        cells: list[str] = []
        j = i
        while j < len(lines) and j - i < 8:
            row = _cells(lines[j][0])
            if not row or not all(is_field_label(c) for c in row):
                break
            cells += row
            j += 1
        if len(cells) >= 2:
            # every job-naming column: "Requisition" may hold a number, "Position" the title
            cols = [n for n, c in enumerate(cells) if re.fullmatch(_ROLE_LABELS, c, re.IGNORECASE)]
            row = _cells(lines[j][0]) if j < len(lines) else []
            for col in cols:
                if len(row) == len(cells) > 1:     # the value row flattened glued as well
                    yield row[col], lines[j][1] + lines[j][0].find(row[col])
                elif j + col < len(lines):
                    yield lines[j + col]
            i = j
        else:
            i += 1


def _heads() -> frozenset[str]:
    return vocab()["role_heads"]


def _has_head(words: list[str]) -> bool:
    heads = _heads()
    for w in words:
        w = re.sub(r"(?:\((?:e|in|ne|a|o|es|nen|innen)\)|[*:/]in(?:nen)?)$", "", w.lower().strip(",."))
        w = w.strip("()")
        if w in heads or any(w.endswith(h) for h in vocab()["role_head_endings"]):
            return True
    return False


def _trim(phrase: str, company: str | None) -> str | None:
    phrase = _NOISE_START.sub("", phrase.strip())
    if company:
        for sep in (" - ", " – ", " — ", ", ", " at ", " in ", " | "):
            phrase = phrase.replace(sep + company, "")
            if phrase.startswith(company + sep):
                phrase = phrase[len(company + sep):]
    # "Tech Lead Mobile / Feedback": a part after " / " without a job word is not the title
    parts = phrase.split(" / ")
    while len(parts) > 1 and not _has_head(parts[-1].split()):
        parts.pop()
    phrase = " / ".join(parts)
    segments = re.split(r"( - | – | — )", phrase)
    for i in range(0, len(segments), 2):
        if _has_head(segments[i].split()):
            phrase = "".join(segments[i:])
            break
    else:
        return None
    return _tidy(phrase)


def _tidy(phrase: str) -> str | None:
    if re.search(r"\d", phrase):
        # a requisition number before, inside or after the title: "R-20481 Senior Designer",
        # "Designer (Req ID 2026-4411)", "Designer [JR-1234]", "Designer #4411"
        phrase = _REQ_HEAD.sub("", phrase)
        phrase = _REQ_BRACKET.sub("", phrase)
        phrase = _REQ_TAIL.sub("", phrase)
    words = phrase.split()
    while words and words[-1].lower().strip(",.:") in vocab()["role_nouns"]:
        words.pop()
    phrase = " ".join(words).strip(" ,.-–—:")
    # a work arrangement in brackets is not part of the title: "(Remote)", "(Contract)"
    phrase = re.sub(r"\s*[(\[]\s*(?:[\w-]+\s*[/,&]?\s*)?(?:%s)(?:\s*[/,&]?\s*[\w-]+)?\s*[)\]]" %
                    "|".join(vocab()["work_arrangements"]), "", phrase, flags=re.IGNORECASE)
    if phrase.count("(") > phrase.count(")"):
        phrase = phrase[: phrase.rfind("(")].strip(" ,-–—")
    if not phrase or len(phrase.split()) > 10 or re.search(r"\d{3}", phrase):
        return None
    return phrase


def _after_lead_in(text: str, start: int, company: str | None) -> str | None:
    """The title that starts at text[start:] right after a lead-in such as "poste de"."""
    rest = text[start: start + 160]
    rest = re.sub(r"^(?:the|a|an|our|this|de la|del|de|la|le|l'|el|die|der|den|het|o|il|lo)\s+",
                  "", rest, flags=re.IGNORECASE)
    words: list[str] = []
    pos = 0
    while len(words) <= 8:
        # a Title Case specialism in brackets stays ("Engenheiro de Software Sénior (Backend)");
        # _tidy drops work arrangements such as "(Remote)"
        m = re.match(r"\s*(\([A-ZÀ-Ö][\w&/+.-]*(?: [A-ZÀ-Ö][\w&/+.-]*){0,2}\))(?=[\s.,;:!?]|$)", rest[pos:])
        if words and m and not re.fullmatch(r"\([mwdfhx]/[mwdfhx](?:/[mwdfhx*])?\)", m.group(1), re.I):
            words.append(m.group(1))
            pos += m.end()
            continue
        if words and _TITLE_END.match(rest, pos):
            # an area after a comma stays in a Title Case title: "Manager, Digital Marketing"
            m = re.match(r",\s+([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})(?=\s*(?:position|role|opening|"
                         r"vacancy|\(|at\b|with\b|[.;]|$))", rest[pos:])
            if m and words[0][:1].isupper():
                words[-1] += ","
                words += m.group(1).split()
            break
        m = re.match(rf"\s*(\([mwdfhx]/[mwdfhx](?:/[mwdfhx*])?\)|[^\s.,;:!?()\"“”*]+{_INCL})", rest[pos:], re.I)
        if not m:
            break
        words.append(m.group(1))
        pos += m.end()
        if re.fullmatch(r"\([mwdfhx]/[mwdfhx](?:/[mwdfhx*])?\)", m.group(1), re.I):
            break   # "(m/w/d)" closes a title
    if not words or len(words) > 8 or not words[0][:1].isalpha():
        return None
    phrase = _tidy(" ".join(words))
    if not phrase:
        return None
    if company and phrase.lower().startswith(company.lower()):
        return None
    plain = [w for w in phrase.split() if not w.startswith("(")]
    if plain[0].lower() in vocab()["role_stop_starts"]:
        return None
    # a lower-case phrase must say it is a job; a Title Case one is trusted after a lead-in
    if not plain[0][:1].isupper() and not _has_head(plain):
        return None
    return phrase


def _signature_start(text: str) -> int:
    """Offset of the signature block: after the last sign-off line or '--' near the end."""
    from .people import _norm_line   # sign-off matching lives with the people rules
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    filled = [i for i, l in enumerate(lines) if l.strip()]
    for i in reversed(filled[-8:]):
        line = lines[i].strip()
        if line in ("--", "-- ", "—") or _norm_line(line) in vocab()["sign_offs"]:
            return offsets[i] + len(lines[i])
    return len(text) + 1


def _romance_tail(text: str, pos: int) -> str:
    """' de produit marketing' after 'Chef' (French, Spanish, Italian, Portuguese titles)."""
    m = re.match(r"(?:\s+(?:de la|de l'|de|du|des|d'|di|del|della|dei|do|da|dos|das)\s*"
                 r"(?:[a-zà-öø-ÿ][\w'’-]*|[A-ZÀ-Ö][A-Z]+\b))"
                 r"(?:\s+(?:[a-zà-öø-ÿ][\w'’-]*|[A-ZÀ-Ö][A-Z]+\b|de|et|e|y))*", text[pos: pos + 80])
    if not m:
        return ""
    words = m.group(0).split()
    # stop where the sentence goes on ("... de mission et nous", "... de produit chez")
    out = []
    for w in words:
        if re.fullmatch(r"(?:chez|à|au|en|em|na|no|presso|pour|para|per|et|e|y|nous|vous|que|qui|"
                        r"with|at|in|for|and|a|est|ist|es|è|é)", w.lower()):
            break
        out.append(w)
    while out and out[-1].lower() in {"de", "du", "des", "d'", "di", "del", "della", "dei", "do", "da",
                                      "dos", "das", "la", "l'"}:
        out.pop()
    if len(out) < 2 or len(out) > 6:
        return ""
    return " " + " ".join(out)


def role(subject: str, body: str, company: str | None, quoted: str = "") -> str | None:
    scores: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    _collect(one_line(subject, 300), company, scores, first_seen, 1.0, -1000, subject=True)
    _collect(body, company, scores, first_seen, 1.0, 0)
    if quoted:
        _collect(quoted, company, scores, first_seen, 0.6, 100000)
    if not scores:
        return None
    best = max(scores, key=lambda c: (scores[c], -first_seen[c], len(c)))
    if scores[best] < 2:   # a bare title somewhere (a signature) is not the job applied for
        return None
    return one_line(best) or None


def _collect(text: str, company: str | None, scores: dict[str, float], first_seen: dict[str, int],
             weight: float, offset: int, subject: bool = False) -> None:
    nouns = vocab()["role_nouns"]
    lead_ins = sorted(vocab()["role_lead_ins"], key=len, reverse=True)
    strong = vocab()["role_strong_lead_ins"]

    def add(cand: str, points: float, at: int) -> None:
        key = next((k for k in scores if k.lower() == cand.lower()), cand)
        scores[key] = scores.get(key, 0) + points * weight
        first_seen.setdefault(key, offset + at)

    # re-join hard-wrapped paragraphs so a title broken over two lines is still one phrase
    text = re.sub(r"(?<=[^\n]{50})\n(?=[^\n])", " ", text)
    sig = _signature_start(text)
    # 0. a labelled line: "Position: Account Executive", "Job title: ...", "Poste : ..."
    # and a form or table whose label stands alone above the value ("Job Requisition" / "R-20481
    # Senior Manager, Product Marketing" in a flattened HTML table)
    labels = _ROLE_LABELS
    for m in re.finditer(rf"(?im)^[ \t]*{labels}[ \t]*(?::[ \t]*|:?[ \t]*\n(?:[ \t]*\n)?[ \t]*)"
                         r"(\S.{1,89})$", text):
        if is_field_label(m.group(1)):   # the next column's label ("Status"), not a value
            continue
        cand = _tidy(m.group(1).strip())
        if cand and (cand[:1].isupper() or _has_head(cand.split())):
            add(cand, 5, m.start(1))
    # a table whose header row names several columns ("Job RequisitionStatus" when <th> cells
    # flatten glued together, or one label a line): the value sits in the same column below
    for value, at in _column_values(text):
        cand = _tidy(value)
        if cand and not is_field_label(cand) and (cand[:1].isupper() or _has_head(cand.split())):
            add(cand, 5, at)
    # 1. right after a lead-in that introduces a title ("poste de", "position of", "als")
    pattern = r"(?i)\b(?:" + "|".join(re.escape(s) for s in sorted(strong, key=len, reverse=True)) + r")\s+"
    for m in re.finditer(pattern, text):
        cand = _after_lead_in(text, m.end(), company)
        if cand:
            add(cand, 4, m.end())
    # 2. title-cased phrases with a job word
    for m in _ROLE.finditer(text):
        cand = _trim(m.group(0), company)
        if not cand:
            continue
        end = m.end()
        # a Romance title goes on in lower case: "Chargé de mission RSE", "Jefe de proyecto"
        ext = _romance_tail(text, end) if cand.endswith(m.group(0).split()[-1]) else ""
        if ext:
            cand, end = cand + ext, end + len(ext)
        after = text[end: end + 25].lower()
        before = text[max(0, m.start() - 40): m.start()].lower()
        points = 2 if subject else 1
        if m.start() >= sig:   # the signer's own title is not the job applied for
            add(cand, points, m.start())
            continue
        noun = re.match(r"\s*(\w+)", after)
        if noun and (noun.group(1) in nouns or noun.group(1).rstrip("s") in nouns):
            points += 3 if subject else 4
        elif noun and noun.group(1) in ("interview", "interviews") and \
                cand.lower() not in vocab()["interviewer_titles"]:
            points += 2     # "feedback on the Digital Campaigns Manager interview"
        elif any(before.rstrip().endswith(li) for li in lead_ins):
            points += 2
        elif re.match(r"\s*(?:\([^)]{0,20}\)\s*)?(?:at|with|bei|chez|bij|en|presso)\s+[A-Z]", text[m.end(): m.end() + 40]):
            points += 1
        add(cand, points, m.start())
    # 3b. a field of work named as the job, no job word: "the Growth Marketing role",
    # "the brand partnerships position", "our Customer Support (Spanish) opening"
    fields = vocab()["role_fields"]
    skip = {"same", "open", "exciting", "right", "current", "advertised", "above", "following",
            "available", "new", "vacant", "posted", "great", "amazing"}
    for m in re.finditer(r"\b(\w+)\b", text):
        noun = m.group(1).lower()
        if noun not in nouns and noun.rstrip("s") not in nouns:
            continue
        before = text[max(0, m.start() - 90): m.start()]
        tail = re.search(r"(?:^|\s)(the|our|this|your|an?)\s+((?:[\w&/-]+\s+){1,4}?)(\([\w &/-]{2,25}\)\s+)?$",
                         before, flags=re.IGNORECASE)
        if not tail:
            continue
        words = tail.group(2).split()
        low = [w.lower() for w in words]
        if len(words) < 2 or not any(w in fields for w in low) or any(
                w in {"the", "a", "an", "our", "this", "your", "that", "these", "first", "last"}
                for w in low) or any(
                w in skip or w in vocab()["role_stop_starts"] - {"and", "of"} for w in low):
            continue
        if all(w[:1].isupper() or w in {"&", "and", "of"} for w in words) or \
                all(not w[:1].isupper() for w in words):
            start = m.start() - len(before) + tail.start(2)
            # "(Spanish)" stays, a requisition number "(Req ID 2026-4411)" does not
            extra = tail.group(3).strip() if tail.group(3) and not re.search(r"\d", tail.group(3)) else ""
            add((" ".join(words) + (" " + extra if extra else "")), 3, start)
    # 3. a title written in lower case, right before "role"/"position" ("the data analyst role")
    heads = _heads()
    stop = r"(?!(?:the|a|an|our|your|this|for|of|in|at|with|to|and)\b)"
    for m in re.finditer(rf"\b(?:the|as|a|an|our|this|your)\s+((?:{stop}[A-Za-z][a-z][\w&/-]*\s+)?(?:{stop}[a-z][\w&/-]*\s+){{0,3}}{stop}([a-z]+))"
                         r"\s+(\w+)", text):
        if m.group(2) in heads and (m.group(3) in nouns or m.group(3).rstrip("s") in nouns):
            add(m.group(1), 3, m.start(1))
