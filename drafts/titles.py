"""Job titles as phrases: where a title starts and ends, and cleaning one (requisition numbers,
work arrangements, leading greetings and trailing "role" words dropped)."""
from __future__ import annotations

import re
import unicodedata

from .lexicon import alternation, has_job_word, is_field_label, vocab

# a gender marker closes a title: "(m/w/d)", "(H/F)", "(all genders)"
GENDER_WORDS = rf"(?i:{alternation('gender_markers')})"
GENDER = rf"\({GENDER_WORDS}\)"
# a gender-inclusive ending stays on its word: "Consultant(e)", "Directeur(trice)", "Berater:in",
# "Entwickler*in", "Referent/in", "Délégué-e", "Conseiller·ère principal·e"
INCL_END = r"(?:\([a-zà-öø-ÿ]{1,5}\)|[*:/_]-?in(?:nen)?\b|·[a-zà-öø-ÿ]{1,5}(?:·s)?\b|(?<=[éè])-e\b)"
INCL = rf"{INCL_END}?"
_INCL_TAIL = re.compile(rf"{INCL_END}$", re.IGNORECASE)
_W = rf"(?:(?:Sr|Jr|Snr|Jnr|Sen|Assoc|Asst|Exec|Mgr|Dir|Eng|Int|Intl)\.|[A-ZÀ-ÖØ-Þ][\w'’/+&-]*(?:\.\w+)*{INCL}|[a-z]{{1,2}}[A-Z][\w'’/+&-]*|&)"
ROLE = re.compile(
    rf"(?<![\w@]){_W}(?:(?:,? | - | – | — | & | / | and | et | of | de | di | du | des | y | e | für | in | van | voor ){_W}"
    rf"| {GENDER}| \((?:[A-Z][\w&-]*)(?: [A-Z][\w&-]*)*\))*")
_NOISE_START = re.compile(
    r"^(?:(?:The|Our|Your|A|An|Re|RE|Aw|AW|Fwd|FW|Sv|Update|Hi|Hello|Dear|Application|Candidacy|"
    r"Regarding|Ihre|Votre|Tu|Su|Je|Sua|La|Le|El|Il|Die|Das|Der|Absage|Bewerbung|Candidature|"
    r"Candidatura|Sollicitatie|Solicitud|Terugkoppeling|Feedback|Rückmeldung|Esito|Resultado|Reactie)\b[:,]?\s*)+")
# Where a title ends: punctuation, a preposition naming the place, or a clause.
_TITLE_END = re.compile(
    rf"(?:\s*[.,;:!?\n\"“”]|\s+[-–—|/]\s|\s*\((?!{GENDER_WORDS}\))|\s+(?:at|with|for|in|on|within|here|"
    r"bei|im|der|für|chez|à|au|aux|dans|pour|en|para|con|del|na|no|em|com|bij|voor|presso|per|"
    r"hos|på|ved|vid|hjå|"
    r"that|which|and|et|und|y|e|ou|oder|we|you|nous|vous|wir|sie|noi|hemos|has|have|had|is|was|"
    r"were|will|would|but|because|as|after|to|"
    r"wurde|ist|haben|hat|nicht|leider|ont|n'a|a|est|ha|foi|non|ne|heeft|hebben|niet|helaas|"
    r"gaf|geeft|werd|wordt|bleek|viel|dat|omdat|maar|zijn|kon|"
    r"position|role|opening|vacancy|stelle|poste|puesto|vaga|functie|vacature|ruolo|posizione|"
    r"job|team|req|requisition)\b(?![-‐])|\s*$)",   # "E-Commerce", "A-Team": a word, not "e"/"a"
    re.IGNORECASE)
_REQ_HEAD = re.compile(r"^\s*(?:(?:req(?:uisition)?|ref|job)\.?\s*(?:id|no\.?|#)?\s*[:#]?\s*)?"
                       r"#?\s*[A-Z]{0,4}[-_]?\d{3,}[\w-]*\s*[-–—:|]?\s+(?=[^\W\d_])", re.IGNORECASE)
_REQ_BRACKET = re.compile(r"\s*[(\[]\s*(?:(?:req(?:uisition)?|ref(?:erence|erencia)?|réf|rif|job|posting|vacancy|kennziffer)\.?"
                          r"(?:\s*(?:id|no\.?|number|code|#))?\s*[:#]?\s*)?[A-Z]{0,4}[-_#]?\s*\d[\w/-]*\s*[)\]]",
                          re.IGNORECASE)
# (a word of its own holding a number: not the "id" inside "Vida y Salud")
_REQ_TAIL = re.compile(r"\s*[\(\[#]?\s*(?<!\w)(?:ref|req|job id|id|r-|jr|#)(?=[\w\s.:#/-]*\d)[\w\s.:#/-]*[\)\]]?\s*$",
                       re.IGNORECASE)


# A form or table label that names the job ("Job Requisition", "Position", "Poste").
ROLE_LABELS = (r"(?:position|job title|job|role|title|vacancy|opening|requisition|job requisition|"
                r"requisition title|position title|role title|job role|job posting|posting|"
                r"stelle|position|poste|intitulé du poste|puesto|vacante|vaga|"
                r"cargo|posizione|ruolo|functie|vacature)")
# where two table header cells flattened without a break meet: "Job Requisition|Status"
_GLUED = re.compile(r"(?<=[a-zà-öø-ÿ)])(?=[A-ZÀ-ÖØ-Þ])")


def _cells(line: str) -> list[str]:
    """A flattened table line's cells: header cells may be glued ("Job RequisitionStatus")."""
    return [c.strip(" \t:") for c in _GLUED.split(line) if c.strip(" \t:")]


def column_values(text: str):
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
            cols = [n for n, c in enumerate(cells) if re.fullmatch(ROLE_LABELS, c, re.IGNORECASE)]
            row = _cells(lines[j][0]) if j < len(lines) else []
            for col in cols:
                if len(row) == len(cells) > 1:     # the value row flattened glued as well
                    yield row[col], lines[j][1] + lines[j][0].find(row[col])
                elif j + col < len(lines):
                    yield lines[j + col]
            i = j
        else:
            i += 1


def in_prose(title: str | None) -> str | None:
    """The title as a person writes it in a sentence: the posting's gender marker is an ad's
    legal notice, not part of the job ("Marketing Manager (m/w/d)" -> "Marketing Manager",
    "Chef de produit H/F" -> "Chef de produit"); inclusive writing ("Berater:in") stays."""
    if not title:
        return title
    prose = re.sub(rf"\s*(?:{GENDER}|(?<=\s)(?i:[hfmwd](?:\s?/\s?[hfmwd]){{1,2}})(?=\s|$))", "", title)
    return re.sub(r"\s{2,}", " ", prose).strip(" ,-–—") or title


def trim(phrase: str, company: str | None) -> str | None:
    # "Position Leiter Marketing" ("für die Position Leiter Marketing"): the noun is no part of it
    phrase = _without_glued_noun(_without_label(phrase.strip()))
    if company:
        for sep in (" - ", " – ", " — ", ", ", " at ", " in ", " | "):
            phrase = phrase.replace(sep + company, "")
            if phrase.startswith(company + sep):
                phrase = phrase[len(company + sep):]
    # "Tech Lead Mobile / Feedback": a part after " / " without a job word is not the title
    parts = phrase.split(" / ")
    while len(parts) > 1 and not has_job_word(parts[-1].split()):
        parts.pop()
    phrase = " / ".join(parts)
    segments = re.split(r"( - | – | — )", phrase)
    # "Mandat Head of Brand – Rückmeldung": a trailing part that only says what the mail is about
    while len(segments) > 2 and is_no_area(segments[-1]):
        segments = segments[:-2]
    for i in range(0, len(segments), 2):
        if has_job_word(segments[i].split()):
            phrase = _without_label("".join(segments[i:]))
            break
    else:
        return None
    return tidy(phrase)


def glued_noun(phrase: str) -> str:
    """'rol' in 'Head of Marketing-rol', 'Stelle' in 'Produktmanager-Stelle': a role noun glued
    on with a hyphen ("" when there is none)."""
    m = re.search(r"(?<=\w)-(\w+)[,.:]?$", phrase)
    return m.group(1) if m and m.group(1).lower() in vocab()["role_nouns"] else ""


def _without_glued_noun(phrase: str) -> str:
    noun = glued_noun(phrase)
    return phrase[: phrase.rfind("-" + noun)] if noun else phrase


def _without_label(phrase: str) -> str:
    """'Processo Analista de Marketing', 'Kandidatur Leiter/in Marketing', 'Mission Head of Data':
    a word naming the application, the process or the vacancy opens the run, not the title."""
    phrase = _NOISE_START.sub("", phrase)
    first, _, rest = phrase.partition(" ")
    # "Entscheidung Product Manager", "Décision Head of Growth": a subject's word about the mail too
    while rest and (first.lower() in vocab()["role_noun_openers"] or is_subject_noise(first)) \
            and has_job_word(rest.split()):
        phrase = rest
        first, _, rest = phrase.partition(" ")
    return phrase


def is_no_area(part: str) -> bool:
    """A part after a title's dash that is no area of the job: the subject's words about the mail
    ("– Rückmeldung"), a form's label ("– Job-ID") or a recruiter's unnamed client ("– Kunde
    Hamburg", "- Klant Utrecht")."""
    words = part.split()
    # "– Job-ID 31877" (its number already cut): a form's label, no area either
    return is_subject_noise(part) or is_field_label(part) \
        or bool(words) and words[0].lower() in vocab()["client_nouns"]


def is_subject_noise(part: str) -> bool:
    """'Rückmeldung', 'Feedback', 'point', 'Ref': a subject's word about the mail, not a title's area."""
    words = re.findall(r"[^\W\d_]+", part.lower())
    return bool(words) and all(w in vocab()["subject_noise"] for w in words)


def _without_pictographs(phrase: str) -> str:
    """'Product Marketing Manager 🙌': an emoji or pictograph (with its joiners and skin-tone or
    presentation modifiers) says how the writer feels, it is no part of the title."""
    keep = [ch for ch in phrase
            if unicodedata.category(ch) not in ("So", "Sk", "Cf", "Cs") and not 0xFE00 <= ord(ch) <= 0xFE0F]
    return re.sub(r"\s{2,}", " ", "".join(keep)).strip() if len(keep) != len(phrase) else phrase


def tidy(phrase: str) -> str | None:
    phrase = _without_pictographs(phrase)
    if re.search(r"\d", phrase):
        # a requisition number before, inside or after the title: "R-20481 Senior Designer",
        # "Designer (Req ID 2026-4411)", "Designer [JR-1234]", "Designer #4411"
        phrase = _REQ_HEAD.sub("", phrase)
        phrase = _REQ_BRACKET.sub("", phrase)
        phrase = _REQ_TAIL.sub("", phrase)
    words = phrase.split()
    while words and words[-1].lower().strip(",.:") in vocab()["role_nouns"]:
        words.pop()
    phrase = _without_glued_noun(" ".join(words)).strip(" ,-–—:")
    # a sentence's full stop goes, an abbreviation's stays ("Analista de Produto Sr.")
    if phrase.endswith(".") and not re.search(r"(?:^|\s)(?:Sr|Jr|Snr|Jnr|Sen|Sn|Jun)\.$", phrase):
        phrase = phrase.rstrip(" .")
    # a work arrangement in brackets is not part of the title: "(Remote)", "(Contract)"
    phrase = re.sub(r"\s*[(\[]\s*(?:[\w-]+\s*[/,&]?\s*)?(?:%s)(?:\s*[/,&]?\s*[\w-]+)?\s*[)\]]" %
                    alternation("work_arrangements"), "", phrase, flags=re.IGNORECASE)
    if phrase.count("(") > phrase.count(")"):
        phrase = phrase[: phrase.rfind("(")].strip(" ,-–—")
    if not phrase or len(phrase.split()) > 10 or re.search(r"\d{3}", phrase):
        return None
    return phrase


_NOUN_AFTER_LEAD_IN = re.compile(r"^(?:vacante|cargo|puesto|posición|vaga|posto|posizione|ruolo|poste|position|"
                                 r"rol|role|stelle|rolle|functie|vacature)\s+(?:(?:de|di|da|do|del|du|des|of|als)\s+)?"
                                 r"(?=[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)


def after_lead_in(text: str, start: int, company: str | None) -> str | None:
    """The title that starts at text[start:] right after a lead-in such as "poste de"."""
    rest = text[start: start + 160]
    # a Dutch lead-in ("de functie", "de vacature"): its "en" is "and", not "in" as in Spanish or French
    dutch = bool(_DUTCH_LEAD_IN.search(text[max(0, start - 40): start]))
    # an article, or an elided one glued to the title ("au poste d'Assistant(e)"), "als" after a
    # noun lead-in ("die Rolle als Senior CRM Manager")
    # ... and a preposition after a noun lead-in ("Candidature pour Responsable Communication")
    rest = re.sub(r"^(?:(?:pour|para|per|für|voor)\s+(?=[A-ZÀ-ÖØ-Þ]))?(?:(?:the|a|an|our|this|de la|del|de|la|le|l'|el|die|der|den|des|dem|ein(?:e[rs])?[*/:]ein(?:e[rs])?|eines|einer|het|van|o|il|lo|als)\s+"
                  r"|[dl]['’](?=[^\W\d_]))?", "", rest, flags=re.IGNORECASE)
    # "proceso para la vacante Gerente de Marca", "processo para a vaga de ...": the posting's own
    # noun after a process lead-in is no part of the title
    rest = _NOUN_AFTER_LEAD_IN.sub("", rest, count=1)
    words: list[str] = []
    pos = 0
    while len(words) <= 8:
        extra = _specialism(words, rest[pos:], dutch)
        if extra:
            words += extra[0]
            pos += extra[1]
            continue
        if words and _TITLE_END.match(rest, pos) and _joined(words, rest[pos:], dutch):
            joint = re.match(r"\s+(\S+)", rest[pos:])   # the conjunction: the next field follows
            words.append(joint.group(1))
            pos += joint.end()
            continue
        if words and _TITLE_END.match(rest, pos):
            _add_comma_area(words, rest, pos)
            break
        m = re.match(rf"\s*({GENDER}|[^\s.,;:!?()\"“”*]+{INCL})", rest[pos:], re.I)
        if not m or (words and not _continues(words, m.group(1))):
            break
        words.append(m.group(1))
        pos += m.end()
        if re.fullmatch(GENDER, m.group(1)):
            break   # "(m/w/d)" closes a title
    while len(words) > 1 and words[-1].lower() in vocab()["title_particles"]:
        words.pop()   # "Manager de" before a word that does not go on
    if not words or len(words) > 8 or not words[0][:1].isalpha():
        return None
    phrase = tidy(before_company(" ".join(words), company))
    if not phrase:
        return None
    if company and phrase.lower().startswith(company.lower()):
        return None
    plain = [w for w in phrase.split() if not w.startswith("(")]
    if plain[0].lower() in vocab()["role_stop_starts"]:
        return None
    # a lower-case phrase must say it is a job; a Title Case one is trusted after a lead-in
    if not plain[0][:1].isupper() and not has_job_word(plain):
        return None
    return phrase


def _specialism(words: list[str], tail: str, dutch: bool) -> tuple[list[str], int] | None:
    """What goes on a title after its words: a Title Case specialism in brackets ("Engenheiro de
    Software Sénior (Backend)", "(Marketing & Vertrieb)", a grade: "(Grade 7)"; _tidy drops work
    arrangements such as "(Remote)"; not a requisition number: "(Kennziffer SW-26-118)") or a
    Romance field after "en"."""
    if not words:
        return None
    m = re.match(r"\s*(\((?!(?i:kennziffer|referenz|ref|réf|req|rif|referencia|référence|id|nr|no)\b)"
                 r"[A-ZÀ-Ö][\w&/+.-]*(?: (?:[A-ZÀ-Ö0-9][\w&/+.-]*|&)){0,3}\))(?=[\s.,;:!?]|$)", tail)
    if m and not re.fullmatch(GENDER, m.group(1)):
        return [m.group(1)], m.end()
    m = _field_after_en(words, tail, dutch)
    return (m.group(1).split(), m.end()) if m else None


def _field_after_en(words: list[str], tail: str, dutch: bool):
    """' en ressources humaines' after 'Conseiller(ère)', ' en logistique' after 'Maître-assistant·e':
    a French or Spanish title names its field with "en" and lower-case words that close the title
    (punctuation, a line's end, "à"/"chez" naming the place). Not "en cours de", "en interne", "en
    télétravail": adverbials and work arrangements; not Dutch, where "en" is "and"."""
    if dutch or not words or words[-1].lower() in vocab()["title_particles"]:
        return None
    m = re.match(r"(\s+en\s+([a-zà-öø-ÿ][\w'’-]*(?:\s+[a-zà-öø-ÿ][\w'’-]*){0,3}?))"
                 r"(?=\s*(?:[.,;:!?()\n–—|]|\s-\s|$)|\s+(?:chez|au|aux|à|dans|para|presso|at|n['’]|ne\s|no\s|%s)\b)"
                 % "|".join(map(re.escape, sorted(vocab()["title_stop_verbs"]))), tail)
    if not m:
        return None
    field = m.group(2).split()
    stops = (vocab()["title_stop_verbs"] | vocab()["role_stop_starts"] | vocab()["romance_tail_stops"]
             | vocab()["clause_openers"] | vocab()["title_articles"] | vocab()["romance_adverbials"]
) - vocab()["romance_particles"]
    if any(w.lower() in stops for w in field) or field[-1].lower() in vocab()["romance_particles"] or re.search(r"(?:ment|mente)$", field[-1]) \
            or re.fullmatch(alternation("work_arrangements"), field[0], re.IGNORECASE) \
            or not (is_romance_head(words[0]) or "·" in words[0] or "(" in words[0] or words[0][:1].islower()):
        return None
    return re.match(r"\s+(en\s+" + re.escape(m.group(2)) + ")", tail)


def _add_comma_area(words: list[str], rest: str, pos: int) -> None:
    """An area after a comma stays in a Title Case title ("Manager, Digital Marketing") and
    after a Romance head ("Directeur(trice), stratégie de contenu")."""
    m = re.match(r",\s+([A-Z][\w&-]*(?: (?:&|[A-Z][\w&-]*)){0,3})(?=\s*(?:position|role|opening|"
                 r"vacancy|\(|at\b|with\b|[.;]|$))", rest[pos:])
    area = m.group(1) if m and words[0][:1].isupper() else romance_area(rest, pos) if is_romance_head(words[0]) else ""
    if area:
        words[-1] += ","
        words += area.split()


def _bare(word: str) -> str:
    """A word without its inclusive ending, lower case: "Directeur(trice)" -> "directeur"."""
    return _INCL_TAIL.sub("", word.lower().strip(",.")).strip("()")


def is_romance_head(word: str) -> bool:
    """A French, Spanish, Italian or Portuguese job head that adjectives follow in lower case
    ("Responsable éditorial numérique", "Conseiller(ère) principal(e)")."""
    return _bare(word) in vocab()["romance_heads"]


def _continues(words: list[str], word: str) -> bool:
    """Does `word` go on the title `words` started after a lead-in? A finite verb never does
    ("... Manager ingetrokken", "... sera pourvu"). A title written in Title Case goes on in
    lower case only where a language writes titles so: after a particle ("Chef de projet",
    "Head of marketing") or after a Romance head and its adjectives ("Responsable éditorial
    numérique"); otherwise a lower-case word is the sentence going on, as German verb-final
    clauses do ("als Community Manager:in bedanken", "… genau angeschaut")."""
    low = word.lower()
    if low in vocab()["title_stop_verbs"]:
        return False
    if not words[0][:1].isupper() or not word[:1].islower():
        return True
    prev = _bare(words[-1])
    particles = vocab()["title_particles"]
    if low in vocab()["title_articles"]:
        return prev in particles            # "de la", "à l'"
    if low in particles or prev in particles or is_romance_head(words[-1]):
        return True
    if not any(has_job_word([w]) for w in words) and has_job_word([word]):
        return True                         # "Senior adviseur" (Dutch writes titles in lower case)
    # "Responsable éditorial numérique", "adviseur communicatie"
    return words[-1][:1].islower() and (any(is_romance_head(w) for w in words) or has_job_word(words[-1:]))


_DUTCH_LEAD_IN = re.compile(r"(?i)\b(?:functie|vacature|sollicitatie|gesolliciteerd|solliciteerde)\b(?:\s+(?:van|als|voor))?\s*[:'‘\"“]?\s*$")


def _joined(words: list[str], tail: str, dutch: bool = False) -> bool:
    """'für', 'à' and conjunctions usually end a title ("… für Ihr Interesse", "… à Paris", "… und
    Sie") but join a specialism to it: "Referent/in für Wissenschaftskommunikation", "Délégué-e à la
    communication", "Responsabile Comunicazione e Marketing"."""
    m = re.match(r"\s+(für|à|and|et|und|e|y|en|&)\s+([^\W\d_][\w'’-]*)", tail, re.IGNORECASE)   # "l'export": one word
    if not m:
        return False
    nxt = m.group(2)
    if nxt[:1].islower() and words[-1][:1].islower() and m.group(1).lower() in ("and", "et", "und", "e", "y", *(("en",) if dutch else ())):
        # "Chargé(e) de communication et marketing", "Analista de datos y reporting": a title that
        # goes on in lower case joins a second field that closes it (not "… et nous", "… y le")
        ends = re.match(r"\s+\S+\s+\S+?(?:\s*[.,;:!?(\n]|\s*$)", tail)
        stops = vocab()["role_stop_starts"] | vocab()["title_stop_verbs"] | vocab()["title_articles"] \
            | vocab()["romance_tail_stops"] | vocab()["clause_openers"]
        return bool(ends) and nxt.lower() not in stops and len(nxt) > 2 and any(
            is_romance_head(w) or w.lower() in vocab()["title_particles"] for w in words)
    if m.group(1).lower() == "en":
        if not dutch:
            return False
        # Dutch "Adviseur Communicatie en Participatie": two fields joined after the head (not
        # "Manager en ..." after the head itself); Spanish and French "en" says where the job is
        return words[0][:1].isupper() and nxt[:1].isupper() and len(words) > 1 and not has_job_word(words[-1:]) \
            and not any(w.lower() in vocab()["title_particles"] for w in words)
    if m.group(1).lower() not in ("für", "à"):
        # "Responsabile Comunicazione e Marketing", "Études et Insights": a Title Case title's
        # two fields (not "… und Sie", "… and I")
        return words[0][:1].isupper() and words[-1][:1].isupper() and nxt[:1].isupper() and len(nxt) > 1 \
            and nxt.lower() not in vocab()["role_stop_starts"] and nxt.lower() not in vocab()["title_stop_verbs"]
    if m.group(1).lower() == "für":
        # "Lehrkraft für besondere Aufgaben": an adjective and its noun that close the title (not
        # "für weitere Fragen stehen wir", "für unsere Stelle")
        adjective = re.match(r"\s+für\s+(?!(?:unser|ihr|dies|jed|all|ein|kein|welch|solch|mein|dein|sein|eur|d[eia])[a-zäöüß]*\s)"
                             r"[a-zäöüß]{3,}(?:e|en|er|es|em)\s+[A-ZÄÖÜ][\w-]*(?=\s*(?:[.,;:!?()\n–—|]|\s-\s|$)"
                             r"|\s+(?:in|bei|an|am|im|zum|zur|ab)\b)", tail)
        return bool(adjective) or (nxt[:1].isupper() and nxt.lower() not in vocab()["role_stop_starts"])
    # "à la communication", "à l'export" (not "à Paris", "à une personne", "à l'interne", "à la fin")
    m = re.match(r"\s+à\s+(?:la|le|les|l['’])\s*([^\W\d_]+)", tail, re.IGNORECASE)
    return is_romance_head(words[0]) and m is not None and m.group(1).lower() not in vocab()["romance_adverbials"]


def romance_area(text: str, pos: int) -> str:
    """', stratégie de contenu' after 'Directeur(trice)': a Romance title names its area after a
    comma, in lower case, up to where the title ends ("", when what follows is a clause)."""
    m = re.match(r",\s+([a-zà-öø-ÿ][\w'’-]*(?:\s+(?:d['’])?[a-zà-öø-ÿ][\w'’-]*){0,3}?)"
                 r"(?=\s*(?:\(|[.;,:)!?\n–—|]|\s-\s|$|(?:chez|au|aux|à|at|en|para|na|no|presso|dans)\b))",
                 text[pos: pos + 80])
    if not m:
        return ""
    area = m.group(1).split()
    # "paie et administration": a conjunction joins two nouns of the area, never ends it
    stops = (vocab()["title_stop_verbs"] | vocab()["role_stop_starts"] | vocab()["romance_tail_stops"]
             | vocab()["clause_openers"]) - {"et", "e", "y"}
    # a past participle opens a reduced clause, not an area (", affecté à la Direction", ", basata a")
    participle = re.search(r"(?:é|ée|és|ées|ado|ada|ato|ata|ido|ida|ito|ita)$", area[0]) and len(area[0]) > 5
    if participle or re.search(r"(?:ment|mente)$", area[0]) or any(w.lower() in stops for w in area) \
            or area[-1].lower() in {"et", "e", "y"}:
        return ""
    return " ".join(area)


def before_company(phrase: str, company: str | None) -> str:
    """'Responsable communication de l'Institut Montclair' -> 'Responsable communication':
    a title ends where the company's name starts, with the particles that lead to it."""
    at = phrase.lower().find(company.lower()) if company else -1
    if at <= 0:
        return phrase
    words = re.sub(r"(?<=['’])", " ", phrase[:at]).split()
    while words and words[-1].lower() in vocab()["company_particles"]:
        words.pop()
    return " ".join(words).replace("' ", "'").replace("’ ", "’")


def romance_tail(text: str, pos: int, head: str = "") -> str:
    """' de produit marketing' after 'Chef', ' éditorial numérique' after 'Responsable', ',
    stratégie de contenu' after 'Directeur(trice)' (French, Spanish, Italian, Portuguese titles)."""
    romance = bool(head) and is_romance_head(head)
    adjective = rf"|(?=\s+[a-zà-öø-ÿ])" if romance else ""
    m = re.match(r"(?:\s+(?:de la|de l'|de|du|des|d'|di|del|della|dei|do|da|dos|das|em)\s*"
                 rf"(?:[a-zà-öø-ÿ][\w'’-]*{INCL}|[A-ZÀ-Ö][A-Z]+\b){adjective})"
                 rf"(?:\s+(?:[a-zà-öø-ÿ][\w'’-]*{INCL}|[A-ZÀ-Ö][A-Z]+\b|de|et|e|y))*", text[pos: pos + 80])
    words = m.group(0).split() if m else []
    # stop where the sentence goes on ("... de mission et nous", "... de produit chez")
    out = []
    for i, w in enumerate(words):
        # the particle that opens the tail stays ("Especialista em CRM"), a later one may end it
        if (i and w.lower() in vocab()["romance_tail_stops"]) or w.lower() in vocab()["title_stop_verbs"] \
                or _is_role_noun(w):
            break
        # the sentence goes on at once ("Audience Strategy Director at Acme": "director" is Spanish too)
        if not i and w.lower() in vocab()["romance_tail_stops"] and w.lower() not in vocab()["romance_particles"] \
                and w.lower() not in ("em", "en", "a", "à", "au"):
            break
        out.append(w)
    while out and out[-1].lower() in vocab()["romance_particles"]:
        out.pop()
    if len(out) > 6 or len(out) < (1 if romance else 2):
        out = []
    tail = " " + " ".join(out) if out else ""
    if romance:   # the area after a comma: "Conseiller(ère) principal(e), marketing produit"
        end = text.find(out[-1], pos) + len(out[-1]) if out else pos
        area = romance_area(text, end)
        if area:
            tail += ", " + area
    return tail


def _is_role_noun(word: str) -> bool:
    return word.lower().strip(",.") in vocab()["role_nouns"]
