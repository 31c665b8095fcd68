"""The scored-rule classifier: facts and matches in, a Verdict with its evidence out.

Per language, every active text rule is compiled once into an anchor-routed spaCy Matcher
(see matching.py) and two PhraseMatchers (LOWER and LEMMA), so a message costs one
tokenization plus one pass of each, however many rules there are. Header, sender and fact
rules are plain lookups. The owner's own mail is never a rejection (a forced verdict).
"""
from __future__ import annotations

import gc
import re
import threading
import unicodedata
from dataclasses import dataclass, field, replace

from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string

from . import ruleset
from .clauses import ClauseEngine
from .language import detect_language, detect_languages
from .literals import FOLD_TRAPS, Guarded
from .matching import AnchoredMatcher
from .message import Message
from .model import DetectionSettings, Owner, RuleError, RuleHit, ThreadContext, Verdict
from .nlp import LANGUAGES, doc_maker, ensure_lemmas, lemma_forms, pipeline
from .ruleset import Rule
from .text import SIGN_OFF, LineStart, Parts, body_text, split_body

_FWD_SUBJECT = re.compile(r"^\s*(?:re:\s*)*(?:fwd?|wg|tr|rv|enc|i|doorst)\s*:", re.IGNORECASE)
_FWD_BODY = re.compile(r"(?:forwarded message|begin forwarded message|weitergeleitete nachricht|"
                       r"message transf[ée]r[ée]|mensaje reenviado|messaggio inoltrato|"
                       r"doorgestuurd bericht|mensagem encaminhada)", re.IGNORECASE)
# the sender says they send their own earlier mail again ("Re-sending the below as it bounced", subject "Resent: …")
_RESEND = re.compile(r"\bre-?sen(?:d|ding|t)\b|\bre-?forward(?:ing|ed)?\b|\bbounce[sd]?\b|\bbounce-?back\b|"
                     r"\bsending (?:this|it|the below|my (?:last|earlier|previous) (?:email|message|note)) (?:again|once more)\b|"
                     r"\b(?:sende|schicke)n?\b[^.\n]{0,60}\b(?:noch ?mal|nochmals|noch einmal|erneut)\b|\berneut (?:gesendet|senden)|\berneute[sr]? senden|\b(?:nochmals?|noch einmal) (?:gesendet|geschickt|senden|schicken)|"
                     r"\bje (?:vous )?(?:le |la |les )?renvoie\b|\breenv[ií]o\b|\breenvi(?:ando|amos)\b|\breinvi(?:o|are|ato)\b|"
                     r"\bopnieuw (?:gestuurd|verzonden|sturen)",
                     re.IGNORECASE)
# (most mail holds none of these words: the regex, tried at every character, is then not run)
_RESEND = Guarded(_RESEND, ("bounce", "erneut", "renvoie", "noch einmal", "noch mal", "nochmal", "opnieuw ",
                            "re-forward", "reforward", "re-sen", "resen", "reenv", "reinvi", "sending "))
# ... or that it never reached the owner ("it never left my outbox", "it bounced because of a typo in your
# address", "unzustellbar", "revenu en erreur", "rebotó", "tornato indietro", "kwam terug")
_UNDELIVERED = Guarded(re.compile(
    r"\bnever (?:left|went out|got sent|reached you|arrived)\b|\b(?:didn't|did not|never) (?:go|get|got) through\b|"
    r"\bstuck in my (?:outbox|drafts)\b|\bundeliver(?:ed|able)\b|\bfailed to (?:send|deliver)\b|"
    r"\b(?:typo|mistake|error) in your (?:e-?mail )?address\b|\bwrong (?:e-?mail )?address\b|"
    r"\bunzustellbar|\bnicht zugestellt\b|\bfalschen? (?:e-mail-)?adresse\b|\btippfehler\b|"
    r"\berreur d'adresse\b|\bfaute de frappe\b|\brevenu en erreur\b|\bnon distribué\b|"
    r"\brebot(?:ó|o|aba)\b|\bdirecci[óo]n (?:equivocada|err[óo]nea|incorrecta)\b|"
    r"\btornat[oa] indietro\b|\bindirizzo (?:sbagliato|errato)\b|\bnon (?:è )?(?:stat[oa] )?recapitat[oa]\b|"
    r"\bkwam (?:\w+ )?terug\b|\bonbestelbaar\b|\bverkeerde? (?:e-?mail)?adres\b|\bniet afgeleverd\b|"
    r"\bvoltou\b|\bendereço (?:errado|incorreto)\b|\bnão (?:foi )?entregue\b", re.IGNORECASE))
# an HR system's field label for the hiring side of a requisition, in the supported languages
_HIRING_FIELD = re.compile(r"\b(?:hiring manager|hiring lead|requisition owner|recruiter|recruiting manager|"
                           r"einstellende[rn]? (?:manager(?:in)?|führungskraft)|hiring[- ]manager(?:in)?|"
                           r"responsable (?:du|de) recrutement|manager recruteur|responsable de (?:la )?contratación|"
                           r"responsabile (?:delle assunzioni|della selezione)|gestor(?:a)? de contratação|"
                           r"wervingsmanager|vacaturehouder)", re.IGNORECASE)
_HIRING_FIELD = Guarded(_HIRING_FIELD, ("einstellende", "contrata", "hiring lead", "hiring manager", "hiring-manager",
                                       "recruiter", "recruiting manager", "requisition owner", "responsab",
                                       "vacaturehouder", "wervingsmanager", "manager recruteur"))
_GREETING = LineStart(
    r"[ \t]*[\"“']?(?:hi|hello|hey|dear|hallo|liebe(?:[rs]|\([rs]\)|[:*/_][rs])?|sehr geehrte(?:[rs]|\([rs]\)|[:*/_][rs])?|guten tag|bonjour|"
    r"cher|ch[èe]re|hola|estimad[oa]|querid[oa]|beste|geachte|ciao|gentile|egregi[oa]|car[oa]|"
    r"ol[áa]|prezad[oa])[ \t,]+(?:(?:mr|ms|mrs|miss|mx|dr|prof|herr|frau|m|mme|sr|sra|sig|sig\.ra|dhr|mevr)\.?(?:/(?:mr|ms|mrs|mx|herr|frau|mme|m|sra|sr|dhr|mevr)\.?)?[ \t]+)?"
    r"([^\W\d_][\w'’-]*)", re.IGNORECASE)
# The sender and the recipient lines of a quoted header block, in the supported languages.
_QUOTED_FROM = re.compile(r"^[\W_]*(?:from|von|de|da|van|envoyé par|expéditeur|remetente|mittente)\s*:")
_QUOTED_SUBJECT = re.compile(r"^[\W_]*(?:subject|betreff|objet|asunto|oggetto|onderwerp|assunto)\s*:")
_HEADER_LINE = re.compile(r"^[ \t*]*[A-Za-zÀ-ÿ][\w -]{0,25}\s?:\s")   # "Date: …", "Betreff: …"
_QUOTED_TO = re.compile(r"^[\W_]*(?:to|cc|bcc|an|à|a|pour|destinataires?|para|aan|kopie|cco)\s*:")
# Control and zero-width characters (HTML preheaders, hostile mail) would split or glue words.
# Control characters are a space; characters that draw nothing are left out, as a reader sees the
# word: a soft hyphen or a zero-width joiner inside "can\u00addidates" or "Bewerbungs\u00adunterlagen"
# (HTML mail breaks long words with &shy;) is one word, not two.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_INVISIBLE = re.compile("[\u00ad\u034f\u200b-\u200f\u2060-\u2064\ufeff]")
# Long passages in quotation marks are somebody's words cited (a draft regret note, a template in
# a newsletter, a friend's planned reply), not the sender's own news.
# (French guillemets take a space inside: « … », often a no-break one)
_QUOTATION = re.compile(r'(?:^|(?<=[\s:(]))(?:["“„]|«[ \u00a0\u202f]?)(?=\S)[^"“”„«»]{40,1200}?(?<=\S)'
                        r'(?:["”“]|[ \u00a0\u202f]?»)(?!\w)', re.M)
# A quoted name — a job title, "le poste « Responsable marketing digital et communication »" — is
# no one's words: at most 12 words, no sentence end, no negation, no "you" and no "we" or "I'm" (a cited
# verdict has them: "we went with other applicants"; a title may hold a roman "I", never "we"), no perfect
# or passive auxiliary ("The position has been filled", "die Stelle wurde besetzt": a statement cited).
_QUOTED_NAME = re.compile(r"[.!?…]|\b(?:not|n't|no|never|nicht|kein\w*|pas|ne|n'|jamais|niet|geen|non|não|nao|nunca|"
                          r"you|your|ihre?\w*|sie|dich|dir|vous|votre|tu|ton|ta|uw|je|jou|usted|su|você|sua|lei|"
                          r"we|we've|we're|we'd|we'll|i'm|i've|i'd|wir|uns|nous|nosotros|noi|wij|nós|"
                          r"been|wurden?|worden|été|sido)\b",
                          re.I)
# ...except a job board relaying the employer's message to the reader: just before the quotation
# it announces a message about the reader's application ("Sie haben eine neue Nachricht zu Ihrer
# Bewerbung", "Nachricht von Meierhof zur Stelle X:", "un message concernant votre candidature"), or
# that the employer has answered it ("L'entreprise X vous a répondu concernant votre candidature",
# "Firma X hat auf Ihre Bewerbung geantwortet", "X replied to your application").
# (the verb, not the noun: "Réponse à votre candidature" heads newsletters' sample letters too)
# ... or an update on it ("Quillon sent an update about your application: “…”", "X hat ein Update zu Ihrer Bewerbung",
# "une mise à jour de votre candidature", "una actualización", "un aggiornamento", "uma atualização", "een update")
_RELAY_MESSAGE = re.compile(r"\b(?:nachricht|message|mensaje|bericht|messaggio|mensagem|"
                            r"(?:an?|ein(?:e)?|une?|una?|uma|een) (?:status[- ]?)?(?:update|mise à jour|"
                            r"actualizaci[óo]n|aggiornamento|atualiza[çc][ãa]o|aktualisierung)|"
                            r"geantwortet|répondu|repondu|replied|responded|respondido|respondió|"
                            r"risposto|geantwoord|gereageerd|respondeu)", re.I)
# The cue classes of a clause verdict about the reader's role or candidacy (see _discount_incidental: a relay
# greeting the owner): another candidate chosen, the role closed, gone, unfilled or filled by another, not progressed
_ROLE_VERDICT_CUES = frozenset({"other", "closed", "gone", "fill", "fill-by", "progress"})
# a job the reader saved or follows, not applied to ("the job you saved has closed", "ein gespeicherter Job"),
_SAVED_JOB = re.compile(r"\b(?:you(?:'ve| have)? (?:saved|bookmarked|followed)|saved (?:jobs?|roles?|search)|"
                        r"gespeicherte[nrs]? (?:Job|Stelle|Anzeige)\w*|gemerkt\w*|merkliste|"
                        r"(?:ofertas?|empleos?|vacantes?) guardad[oa]s?|guardaste|sauvegard\w*|"
                        r"(?:annunci[o]?|offert[ae]) salvat[oiae]|(?:opgeslagen|bewaarde) vacature\w*|"
                        r"vagas? salvas?|favorit\w*|job[- ]?alert\w*|alertes?|alertas?|"
                        # ... or a digest of new jobs ("Novas vagas para o seu currículo", "new jobs for you")
                        r"new (?:jobs|roles|openings)|novas vagas|neue (?:jobs|stellen\w*)|nouvelles offres|"
                        r"nuevas (?:ofertas|vacantes)|nuove offerte|nieuwe vacatures)\b", re.I)
# the first word of a quotation (see _quotation: a note about the owner that names them first)
_FIRST_WORD = re.compile(r"[ \u00a0\u202f]*([^\W\d_]+)")
# (the German formal "Ihre" only capitalised: "ihrer Bewerbung" is "her application")
_YOUR_APPLICATION = re.compile(r"\b(?:Ihre[rn]?|(?i:deine[rn]?|eure[rn]?|your|votre|ta|su|tu|uw|je|jouw|tua|sua))\s+"
                               r"(?:\w+\s+){0,3}?(?i:bewerbung|kandidatur|kandidatuur|application|candidature|candidatura|"
                               r"postulaci[oó]n|solicitud|sollicitatie|hoja de vida|lebenslauf|inscri[çc][ãa]o|"
                               r"(?:cv|r[ée]sum[ée]|curr[íi]culum|test|score|assessment|interview request)\b)")
# the reader's application named by its verb: "thanks for applying", "the role you applied for",
# "la oferta a la que te postulaste", "a vaga a que você se candidatou", "de vacature waarop je hebt gesolliciteerd"
# (a freelancer's "your proposal to the job …" on a freelance platform; not a talk's or a grant's proposal)
# ... or the reader's interest in the role thanked for ("thank you for your interest in the position",
# "Vielen Dank für Ihr Interesse an", "merci de l'intérêt que vous portez", "gracias por tu interés en")
_APPLIED = re.compile(r"\b(?:for applying|you(?:'ve| have)? applied|your proposal (?:to|for) (?:the|this|a|your) (?:job|contract|gig|role)|te (?:postulaste|inscribiste|has postulado|has inscrito)|"
                      r"(?:ti sei|si è) candidat[oa]|se candidatou|(?:je|jij|u) (?:hebt |heeft )?gesolliciteerd|"
                      r"for your interest in|f(?:ü|ue)r (?:ihr|dein) interesse|pour (?:votre|ton) intérêt|"
                      r"l'intérêt que (?:vous|tu)|por (?:tu|su) interés|per (?:il (?:tuo|suo) |l')interesse|"
                      r"voor (?:je|uw|jouw) interesse|pelo (?:seu|teu) interesse)\b", re.I)
# A job named in the text (see _non_job_cap): "the role", "a position" (not "in a position to"),
# "the post of", "un posto di Funzionario" (not "posto auto"), "concorso pubblico" (a civil-service job),
# "die Stelle" (not "an dieser Stelle"), "le poste" (not "par la poste"), "el puesto", "la vacature"; a hiring step
# ("the onsite", "the take-home", "the coding exercise": a reviewer's comments on it are no journal's).
_JOB_NAMED = re.compile(
    r"\b(?:jobs?|roles?|position(?!\s+to\b)s?|vacanc(?:y|ies)|hiring|recruit\w*|interview\w*|on-?sites?|take-?homes?|superdays?|"
    r"(?:coding|design|technical|hiring)\s+(?:challenge|exercise|test|task|assessment)s?|work\s+samples?|"
    r"(?:die|der|diese[n]?|unsere[rn]?|ausgeschriebene[nr]?|offene[nr]?)\s+stelle|stellen\w+|vorstellungsgespr\w+|"
    r"bewerbungsgespr\w+|vakanz|(?:le|du|au|ce|votre|un|ton|notre)\s+poste|emploi|recrutement|embauche|"
    r"entretien(?:s)?\s+(?:d'embauche|d’embauche|avec|de recrutement|individuel)|puestos?|vacantes?|empleo|entrevistas?|"
    r"posizion[ei]|ruol[oi]|colloqui[oa]?|lavoro|concors[oi] pubblic[oi]|posti? di (?!auto|letto|parcheggio)|post of|functie|vacatures?|sollicitatiegesprek\w*|baan|"
    r"vagas?|emprego)\b", re.IGNORECASE)
# ... and in a verdict's own words, Latin American Spanish's "el cargo" (elsewhere a bank's charge, so not in _JOB_NAMED)
_VERDICT_JOB = re.compile(r"\b(?:el|este|del|al|ese) cargo\b", re.I)
# ...but in a verdict's own words the plural "vagas" is places as often as jobs ("todas as vagas já
# foram preenchidas": a course, a volunteer programme); a job filled is "a vaga".
_SLOTS = frozenset({"vagas"})
# A recipient named by a display name ("To: Priya Shah <priya@…>"), not a bare address ("To: jobs@…").
_NAMED_ADDRESS = re.compile(r":\s*\"?[^\W\d_][^<@:]*<")
_BOILERPLATE = ruleset.load_boilerplate()
# In a note about the owner, the owner in the third person (see classify: the candidacy cue)
BATCH = 256                 # messages prepared, tokenized and scored together in classify_many
# The reader's candidacy or the reader as the object of the verdict, in the supported languages: "your candidacy",
# "Ihre Bewerbung", "su candidatura", "moving forward with you", "selected you", "avec vous", "mit Ihnen", "con te".
# (Not a "you" in a relative clause that names the role, "the role you applied to has been filled", nor the
# reader as the subject of their own choice, "you decided not to continue", "Você preferiu não seguir".)
_READER_VERDICT = re.compile(
    r"\b(?:Ihre[rnm]?|(?i:deine[rnm]?|your|votre|vos|ta|ton|tu|su|tua|tuo|sua|seu|teu|uw|jouw))\s+(?:\w+\s+){0,2}?"
    r"(?i:candidacy|candidature|application|profile|cv|bewerbung|kandidatur|kandidatuur|profil|dossier|candidatura|"
    r"postulaci[oó]n|solicitud|perfil|profilo|sollicitatie|profiel|inscri[çc][ãa]o)\b|"
    r"\b(?i:with|mit|avec|con|com|met)\s+(?:(?i:you|dir|dich|vous|toi|te|ti|usted|você|voce|jou|jij)|Ihnen|Lei|u)\b|"
    r"\b(?i:select|selected|choose|chosen|hire|hired|offer|progress|progressed|advance|advanced|invite|invited|"
    r"shortlist|shortlisted|pursue|consider|considered|take|move|put|proceed)\s+you\b")
STATEMENT = 3.0             # rules scoring this much state a verdict (see _clause_hits)
GREETING_RULES = {"greets-someone-else"}
GREETS_OWNER = "_greets-owner-first"     # internal fact: the owner is greeted before anyone else    # facts about the greeting (see _discount_incidental)
_QUOTE_MARKS = re.compile('["“„«]')
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The rest of a greeted person's name after the greeting's first name ("Liebe Mia| Taylor,").
_GREETED_NAME = re.compile(r"^(?:[ \t]+[^\W\d_][\w'’-]*){0,3}")
# Words that negate what follows them (for rules with `unless_negated`), per language: a word of one
# language is another's noun ("mai" is Italian "never" and French "May": « suspendu en mai »). English
# negations count in every language (English phrases turn up in mail of every language).
_EN_NEGATIONS = {"not", "n't", "n’t", "no", "never", "unable", "cannot", "can't", "can’t", "won't", "won’t",
                 "wont", "without", "against", "nor"}
NEGATIONS = {"en": frozenset(_EN_NEGATIONS),
             "de": frozenset(_EN_NEGATIONS | {"nicht", "kein", "keine", "keinen", "nie", "niemals"}),
             "fr": frozenset(_EN_NEGATIONS | {"pas", "ne", "n'", "n’", "jamais", "non"}),
             "es": frozenset(_EN_NEGATIONS | {"no", "nunca", "jamás", "ni"}),
             "it": frozenset(_EN_NEGATIONS | {"non", "mai", "nessun", "nessuna", "né"}),
             "nl": frozenset(_EN_NEGATIONS | {"niet", "geen", "nooit"}),
             "pt": frozenset(_EN_NEGATIONS | {"não", "nao", "nem", "nunca", "jamais"})}
# Words after a greeting word that are no name: "Dear Candidate", and sign-offs that start
# like a greeting ("Liebe Grüße", "Cari saluti").
_GENERIC = {"grüße", "grüsse", "gruß", "gruss", "grüßen", "grüssen", "saluti", "saludos", "groeten",
            "cumprimentos", "salutations", "regards", "wishes", "greetings",
            "candidate", "applicant", "there", "all", "team", "everyone", "sir", "madam", "hiring",
            "friend", "colleague", "folks", "again", "candidat", "candidata", "candidato",
            "kandidat", "kandidatin", "bewerber", "bewerberin", "kandidaat", "sollicitant",
            "monsieur", "madame", "señor", "señora", "signor", "signora", "senhor", "senhora",
            "damen", "heren", "mevrouw", "meneer", "de", "la", "mr", "ms", "mrs", "mx", "dr", "prof",
            "both", "guys", "you", "y", "sir", "madam", "colleagues", "team", "hi", "hello"}


@dataclass
class _Compiled:
    """One language's matchers and the rules that join them."""
    nlp: object
    make_doc: object        # text -> Doc, as nlp(text) (see nlp.doc_maker)
    matcher: AnchoredMatcher
    lower: PhraseMatcher
    lemma: PhraseMatcher
    # Rules without text conditions, filed by a condition that must hold: a header that must
    # be present, a fact, or none (sender rules); a message only tries the ones it can fire.
    by_header: dict[str, list[Rule]] = field(default_factory=dict)
    by_fact: dict[str, list[Rule]] = field(default_factory=dict)
    always: list[Rule] = field(default_factory=list)
    quote: "_Compiled | None" = None                   # owner-quote rules, run on quoted text
    clauses: ClauseEngine | None = None                # clause rules; their cues are in `matcher`
    # keys of `matcher` patterns that screen for the PhraseMatchers: the same phrases as token
    # patterns, so `lower` and `lemma` (and the lemmas they need) run only when one matched
    screens: set[int] = field(default_factory=set)
    negations: frozenset = NEGATIONS["en"]             # this language's negating words (unless_negated)


@dataclass
class _Prepared:
    msg: Message
    lang: str
    text: str
    subject_end: int
    parts: Parts
    facts: set[str]
    forced: str | None = None
    second: str | None = None       # a second language a good part of the text is written in


class Classifier:
    """Scores a message against the built-in and user rules (see docs/rules.md)."""

    def __init__(self, settings: DetectionSettings | None = None, owner: Owner | None = None):
        self.settings = settings or DetectionSettings()
        self.owner = owner or Owner()
        builtin = ruleset.load_builtin()
        problems = ruleset.lint_settings(self.settings, builtin)
        if problems:
            raise RuleError("; ".join(problems))
        user = [ruleset.check_rule(raw, i, "config", LANGUAGES, problems)
                for i, raw in enumerate(self.settings.rules)]
        disabled = set(self.settings.disable)
        scores = dict(self.settings.scores)
        active = []
        for rule in [*builtin, *user]:
            if rule is None or rule.id in disabled:
                continue
            if rule.id in scores:
                rule = _replace_score(rule, float(scores[rule.id]))
            active.append(rule)
        self._rules = active
        self._cues = ruleset.load_cues()
        self._by_id = {r.id: r for r in active}
        self._order = {r.id: i for i, r in enumerate(active)}
        self._rule_of_key = {hash_string(r.id): r for r in active}   # matcher key -> rule
        self._from = {r.id: _any_of(r.from_) for r in active if r.from_}
        # text rules that also have sender/header/fact conditions, checked after a text match
        self._conditional = {r.id for r in active if (r.has_text or r.clause) and (r.from_ or r.headers or r.facts)}
        self._compiled: dict[str, _Compiled] = {}
        self._lock = threading.Lock()
        self._owner_names = {w.lower() for n in (self.owner.name, *self.owner.known_names)
                             for w in n.split() if len(w) > 1}
        self._org_domains = ruleset.organisation_domains(self.owner.addresses)
        # the owner's full name in an HR system's hiring field (see _facts), and the words of that name
        self._hiring_owner, self._name_words = None, ()
        if self.owner.name and len(self.owner.name) >= 5:
            name = re.escape(self.owner.name).replace(r"\ ", r"\s+")
            self._hiring_owner = re.compile(_HIRING_FIELD.pattern + r"[ \t]*[:\-–]?[ \t]*(?:\n[ \t]*)?" + name + r"\b",
                                            re.IGNORECASE)
            if self.owner.name.isascii():       # (str.lower and re's IGNORECASE agree on ASCII names)
                self._name_words = tuple(w.lower() for w in self.owner.name.split())
        self._needs_owner_quote = any(r.scope == "owner-quote" for r in active)

    @property
    def rules(self) -> list[Rule]:
        """The active rules, with effective scores, in load order."""
        return list(self._rules)

    @property
    def threshold(self) -> float:
        return float(self.settings.threshold)

    # -- compilation -------------------------------------------------------------------
    def _compile(self, lang: str) -> _Compiled:
        got = self._compiled.get(lang)
        if got is not None:
            return got
        with self._lock:        # workers may share one Classifier; compile each language once
            return self._compile_locked(lang)

    def _compile_locked(self, lang: str) -> _Compiled:
        got = self._compiled.get(lang)
        if got is None:
            nlp = pipeline(lang)
            rules = [r for r in self._rules if lang in r.languages]
            got = self._build(nlp, lang, [r for r in rules if r.scope != "owner-quote"])
            got.quote = self._build(nlp, lang, [r for r in rules if r.scope == "owner-quote"])
            clause_rules = [r for r in rules if r.clause is not None]
            if clause_rules and lang in self._cues:
                got.clauses = ClauseEngine(nlp.vocab, self._cues[lang], clause_rules, got.matcher, lang)
            self._compiled[lang] = got
            # The pipeline, its lemma table and the matchers live as long as the process: move
            # them (with whatever else exists now) out of the collector's generations, so its
            # full collections stop rescanning hundreds of thousands of permanent objects.
            gc.freeze()
        return got

    @staticmethod
    def _build(nlp, lang: str, rules: list[Rule]) -> _Compiled:
        comp = _Compiled(nlp, doc_maker(nlp), AnchoredMatcher(nlp.vocab, lang), PhraseMatcher(nlp.vocab, attr="LOWER"),
                         PhraseMatcher(nlp.vocab, attr="LEMMA"))
        comp.negations = NEGATIONS.get(lang, NEGATIONS["en"])
        for rule in rules:
            if rule.clause is not None:
                continue            # see ClauseEngine
            if not rule.has_text:
                if rule.headers:
                    comp.by_header.setdefault(rule.headers[0][0], []).append(rule)
                elif rule.facts:
                    comp.by_fact.setdefault(rule.facts[0], []).append(rule)
                else:
                    comp.always.append(rule)
                continue
            if rule.patterns:
                comp.matcher.add(rule.id, [list(p) for p in rule.patterns])
            if rule.phrases:
                docs = [nlp.make_doc(p) for p in rule.phrases]
                comp.lower.add(rule.id, docs)
                _screen(comp, rule.id, [[{"LOWER": t.lower_} for t in d] for d in docs])
            if rule.lemmas:
                docs = [nlp(p) for p in rule.lemmas]
                comp.lemma.add(rule.id, docs)
                _screen(comp, rule.id, [[{"LEMMA": t.lemma_} for t in d] for d in docs])
        return comp

    # -- preparation -------------------------------------------------------------------
    def _prepare(self, msg: Message, context: ThreadContext | None) -> _Prepared:
        subject = (msg.subject or "")[:500]
        body = body_text(msg)
        parts = split_body(body, lambda text: detect_language(text[:2000]))
        resent = self._resent(msg, parts) or self._resent_unheaded(msg, body, parts)
        if resent:      # the sender's own earlier mail to the owner, quoted again: their news
            parts = Parts(parts.new + "\n\n" + resent, parts.quote_header, parts.quoted, resent=True)
        about = "" if resent else self._forwarded_about_owner(msg, parts)
        if about:       # a note between others about the owner, passed on to the owner: news for them
            parts = Parts(parts.new + "\n\n" + about, parts.quote_header, parts.quoted)
        subject = _visible(subject)
        new = _unwrap(_visible(parts.new))
        lang, second = detect_languages(subject + "\n" + new)
        if _QUOTE_MARKS.search(new):        # the regex is slow; most mail quotes nobody
            new = _QUOTATION.sub(self._quotation, new)
        text = subject + "\n\n" + new
        prep = _Prepared(msg, lang, text, len(subject), parts,
                         self._facts(msg, parts, context, about_owner=about), second=second)
        if msg.from_ is not None and self.owner.owns(msg.from_.addr):
            prep.forced = "sent by the owner"
        elif msg.from_ is not None and self._org_domains:
            domain = _domain_within(msg.from_.addr, self._org_domains)
            # (a colleague passing on an employer's mail to the owner about the owner's own application,
            # from a shared inbox, is the owner's news, not their work)
            if domain and not (resent and (_YOUR_APPLICATION.search(resent) or _APPLIED.search(resent))):
                prep.forced = (f"from the owner's own organisation ({domain}): the owner's work, "
                               "not their candidacy")
        return prep

    def _quotation(self, m: re.Match) -> str:
        """Someone's words in quotation marks are theirs, not the sender's news (a newsletter
        quoting a rejection letter): they are left out. Except a quotation that greets the owner
        ("Sehr geehrte(r) Sam", "Liebe:r Sam" too): that is a message to the owner relayed by a
        network ("Jan hat Ihnen eine Nachricht geschickt: „Hallo Sam, …“"); and one a job board
        announces as a message about the reader's application ("Nachricht von Meierhof zu Ihrer
        Bewerbung: „Vielen Dank für Ihre Bewerbung. …“")."""
        quoted = m.group(0)
        if len(quoted.split()) <= 12 and not _QUOTED_NAME.search(quoted[1:-1]):
            return quoted       # a name in quotation marks, not somebody's words
        greeting = _GREETING.search(quoted[1:].lstrip(" \u00a0\u202f"))
        if greeting is not None and greeting.start() == 0 and self._is_owner_name(greeting.group(1).lower()):
            return quoted
        # ... and a note about the owner in the third person, passed on to them ("The panel wrote: “Sam
        # interviewed well. However, …”"): their news, which a newsletter's citation never names
        first = _FIRST_WORD.match(quoted, 1)
        if first is not None and first.group(1)[0].isupper() and self._is_owner_name(first.group(1).lower()) \
                and quoted[first.end():first.end() + 1] not in ",:!":
            return quoted
        before = m.string[max(0, m.start() - 400):m.start()]
        if _RELAY_MESSAGE.search(before) and _YOUR_APPLICATION.search(before):
            return quoted       # a job board relays the employer's message ("Nachricht zu Ihrer Bewerbung: „…“")
        return ' "…" '

    def _forwarded_about_owner(self, msg: Message, parts: Parts) -> str:
        """The forwarded text, cleaned, when it is a note between other people that names the
        owner ("…we will not be offering Sam the post", "a tu referido (Sam Taylor) le puedes
        comentar…") and a recruiter, manager or referrer passes it on to the owner; else "".
        A friend forwarding their own news names the friend, not the owner. Outlook forwards
        keep the subject plain and draw no separator line: a quoted header block addressed to
        someone else, not written by the owner, is passed on all the same."""
        if not parts.quoted or not self._owner_names:
            return ""
        lines, quoted = _quoted_block(parts)
        tos = [line for line in lines if _QUOTED_TO.match(line)]
        name = self.owner.name.lower() if self.owner.name else None
        if any((name and name in line) or any(a in line for a in self.owner.addresses) for line in tos):
            return ""       # mail to the owner forwarded back: not a note about them
        if not _forwarded(msg, parts) and not (tos and not self._owner_quoted(parts)):
            return ""
        body = split_body("\n".join(quoted).strip()).new
        greeting = _GREETING.search(body)
        scan = body[:3000]
        if greeting is not None and not self._is_owner_name(greeting.group(1).lower()):
            # the greeting names the letter's addressee in full ("Liebe Mia Taylor,"): a relative who
            # shares the owner's surname is greeted, the owner is not named
            scan = body[:greeting.start()] + _GREETED_NAME.sub("", body[greeting.end():], count=1)[:3000]
        kin = self._kin_words(msg)
        words = {w.lower() for w in _NAME_WORD.findall(scan)} - kin
        if not any(self._is_owner_name(w) for w in words if len(w) >= 3) and not self._subject_names_owner(lines):
            return ""       # it names nobody but its addressee or the forwarder's family: their news
        if greeting is not None and self._is_owner_name(greeting.group(1).lower()):
            return ""       # it greets the owner: mail to them, not a note about them
        return body

    def _subject_names_owner(self, lines: list[str]) -> bool:
        """Whether a quoted Subject: line names the owner in full as its topic ("Subject: Sam Taylor – debrief"),
        so the note below may call them "the candidate" or "them"; not the owner's own requisition or mail
        ("Candidates for Sam Taylor", "Sam Taylor's shortlist")."""
        name = self.owner.name.lower() if self.owner.name else ""
        if " " not in name:
            return False
        for line in lines:
            if not _QUOTED_SUBJECT.match(line):
                continue
            at = line.find(name)
            if at >= 0 and not re.match(r"\s*['’]s?\b", line[at + len(name):]) and \
                    not re.search(r"\b(?:for|to|from|with|by|cc|via|and)\s*$", line[:at]):
                return True
        return False

    def _kin_words(self, msg: Message) -> set[str]:
        """The words of the forwarder's name when it is not the owner's: a niece "Mia Taylor" who passes
        on her own mail shares the owner's surname, and her letter's "Frau Taylor" is her, not the owner."""
        words = {w.lower() for w in _NAME_WORD.findall(msg.from_.name or "")} if msg.from_ is not None else set()
        return words if any(not self._is_owner_name(w) for w in words) else set()

    def _resent(self, msg: Message, parts: Parts) -> str:
        """The forwarded message's text, cleaned, when the sender forwards their own earlier
        mail to the owner again ("resending in case this went to spam"); else "". Its From: line
        must name the sender's address, and its To: line, if any, the owner. (A reply that
        quotes the sender's previous mail below is ordinary thread history, not news.)"""
        if not parts.quoted or msg.from_ is None or not self.owner.addresses:
            return ""
        sender = msg.from_.addr.lower()
        lines, body = _quoted_block(parts)
        senders = _sender_lines(lines)
        name = (msg.from_.name or "").strip().lower()
        if sender not in senders and not (" " in name and len(name) >= 5 and name in senders):
            # (an Outlook forward names the sender by display name only.) Somebody else's mail to the
            # owner, forwarded to them: a recruiter passing on their company's ATS notice, a colleague
            # passing on what reached a shared inbox. It greets the owner and its To: line, if any,
            # names no other person: the owner's news ("Hi Sam, … we won't be moving forward").
            # (a bare separator, "----- Original message -----", or none names nobody: the sender's
            # own note saying it sends it again, "resending as it bounced", marks it as passed on)
            if not (_forwarded(msg, parts) or _says_resent(msg, parts)) or self._owner_quoted(parts):
                return ""
            text = split_body("\n".join(body).strip()).new
            if not self._greets_owner(text, self._kin_words(msg)):
                return ""
            tos = [line for line in lines if _QUOTED_TO.match(line)]
            if any(not any(a in line for a in self.owner.addresses) and _NAMED_ADDRESS.search(line)
                   and not (self.owner.name and self.owner.name.lower() in line) for line in tos):
                return ""   # addressed to another named person ("To: Priya Shah <…>"): their mail
            return text
        tos = [line for line in lines if _QUOTED_TO.match(line)]
        if tos and not any(a in line for line in tos for a in self.owner.addresses):
            text = split_body("\n".join(body).strip()).new
            if not self._greets_owner(text):
                return ""
            return text     # first sent to another address of the owner (it greets them): resent
        if not _forwarded(msg, parts) and not _says_resent(msg, parts):
            return ""       # a reply quoting the sender's own last mail is thread history
        return split_body("\n".join(body).strip()).new

    def _resent_unheaded(self, msg: Message, body: str, parts: Parts) -> str:
        """The sender's own earlier mail quoted with '>' and no header at all, below a note that says
        it is sent again ("Resending, the first one bounced"): its text when it greets the owner, else ""."""
        if parts.quoted or not self.owner.addresses or ">" not in body:
            return ""
        if not _says_resent(msg, parts):
            return ""
        lines = [re.sub(r"^[ \t]*(?:>[ \t]?)+", "", line) for line in body[:20000].split("\n")
                 if line.lstrip().startswith(">")]
        text = split_body("\n".join(lines).strip()).new
        return text if self._greets_owner(text) else ""

    def _greets_owner(self, text: str, kin: set[str] | frozenset = frozenset()) -> bool:
        """Does the text open by greeting the owner ("Hi Sam,", "Liebe Sam")? Not when the name greeted
        is one of `kin`, the words of a forwarder's own name ("Frau Taylor" forwarded by Mia Taylor)."""
        greeting = _GREETING.search(text[:400])
        return greeting is not None and greeting.group(1).lower() not in kin and \
            self._is_owner_name(greeting.group(1).lower())

    def _facts(self, msg: Message, parts: Parts, context: ThreadContext | None,
               about_owner: str = "") -> set[str]:
        facts: set[str] = set()
        owner = self.owner
        if not owner.addresses:
            facts.add("owner-unknown")
        if (context and context.reply_to_own_mail) or self._owner_quoted(parts):
            facts.add("reply-to-own-mail")
        recipients = [a.addr for a in (*msg.to, *msg.cc)]
        if owner.addresses and msg.to and not any(owner.owns(a) for a in recipients):
            facts.add("to-someone-else")
        if about_owner:     # a note between others about the owner, passed on to them
            facts.add("about-owner")
        if self._owner_names:
            # the passed-on note greets the forwarder ("Hi Jens,"): not someone else's news
            own = parts.new[:len(parts.new) - len(about_owner)] if about_owner else parts.new
            for m in _GREETING.finditer(own):
                name = m.group(1)
                if not name[0].isupper():   # "Ciao, abbiamo deciso…": a verb, not a name
                    continue
                name = name.lower()
                if self._is_owner_name(name):
                    facts.add(GREETS_OWNER)
                elif name not in _GENERIC:
                    facts.add("greets-someone-else")
                    break
        if self._hiring_owner is not None:
            # an HR system's field names the owner on the hiring side ("Hiring Manager\n  Sam Taylor"): their work
            # (most mail names no such field, or not the owner's full name: two cheap tests first)
            text = parts.new[:6000]
            if _HIRING_FIELD.possible(text) and self._may_name_owner(text) and self._hiring_owner.search(text):
                facts.add("owner-in-hiring-field")
        if not parts.resent and not about_owner and _forwarded(msg, parts):
            facts.add("forwarded")
        return facts

    def _may_name_owner(self, text: str) -> bool:
        """False when `text` cannot hold the owner's full name: a word of it is missing."""
        if not self._name_words or (not text.isascii() and FOLD_TRAPS.search(text)):
            return True
        low = text.lower()
        return all(w in low for w in self._name_words)

    def _is_owner_name(self, name: str) -> bool:
        """Sam / Samantha / Taylor all greet Sam Taylor (nicknames share a prefix)."""
        return any(name == own or (len(name) >= 3 and len(own) >= 3 and
                                   (name.startswith(own) or own.startswith(name)))
                   for own in self._owner_names)

    def _owner_quoted(self, parts: Parts) -> bool:
        """Whether the quoted message was written by the owner: their address or name in the
        quote's attribution ("On Mon, Sam Taylor wrote:") or on its From: line. A header block
        that merely lists the owner among its recipients (To:/Cc:) is somebody else's mail."""
        head = parts.quote_header.lower()
        if not head:
            return False
        head = _sender_lines(head.splitlines())
        if any(a in head for a in self.owner.addresses):
            return True
        return bool(self.owner.name) and self.owner.name.lower() in head

    # -- scoring -----------------------------------------------------------------------
    def _score(self, prep: _Prepared, doc) -> Verdict:
        threshold = self.threshold
        if prep.forced:
            return Verdict(False, 0.0, threshold, (), prep.lang, prep.forced)
        comp = self._compile(prep.lang)
        evidence: dict[str, str] = {}
        found: dict[str, list[tuple[int, int]]] | None = {} if comp.clauses else None
        body = _body_start(doc, prep.subject_end) if found is not None else 0
        spans = self._text_hits(comp, doc, prep.text, prep.subject_end, evidence, quoted=False,
                                cues=found, body=body)
        scores: dict[str, float] = {}       # rules counted with less than their score, and why
        notes: dict[str, str] = {}
        if found is not None:
            if "about-owner" in prep.facts:
                # a note between others about the owner: "their application" is the owner's
                found.pop("owners-own", None)
                # ... and the owner named is the candidacy: "we're going to pass on Sam for the role"
                # (a language with its own third-person clause rules, `facts = ["about-owner"]`, reads those)
                # (so is the owner as "him", "her", "them" or "the candidate": "we won't be progressing them";
                # each language's `[clauses] owner_words`)
                words = comp.clauses.owner_words
                named = [(t.i, t.i + 1) for t in doc[body:] if (t.is_title and t.is_alpha
                         and self._is_owner_name(t.lower_)) or t.lower_ in words]
                named += [(t.i - 1, t.i + 1) for t in doc[max(body, 1):]
                          if f"{doc[t.i - 1].lower_} {t.lower_}" in words]
                if named and not any("about-owner" in r.facts for r in comp.clauses.rules):
                    found.setdefault("candidacy", []).extend(named)
            self._clause_hits(comp, doc, prep.text, body, found, spans, evidence, scores, notes,
                              about_owner="about-owner" in prep.facts)
        if comp.quote and self._needs_owner_quote and "reply-to-own-mail" in prep.facts and prep.parts.quoted:
            quoted = prep.parts.quoted[:5000]
            if self._quote_may_match(comp.quote, quoted):
                self._text_hits(comp.quote, comp.make_doc(quoted), quoted, -1, evidence, quoted=True)
        candidates = list(comp.always)
        for name in comp.by_header.keys() & prep.msg.headers.keys():
            candidates += comp.by_header[name]
        for fact in comp.by_fact.keys() & prep.facts:
            candidates += comp.by_fact[fact]
        for rule in candidates:
            ev = self._other_evidence(rule, prep)
            if ev is not None:
                evidence.setdefault(rule.id, ev)
        fired = [rid for rid in sorted(evidence, key=self._order.__getitem__)    # in load order
                 if rid not in self._conditional or self._other_ok(self._by_id[rid], prep)]
        self._discount_incidental(prep, doc, fired, spans, scores, notes)
        self._non_job_cap(prep, fired, scores, notes, doc, spans)
        self._purpose_cap(fired, scores, notes)
        hits = []
        for rid in fired:
            note = notes.get(rid)
            hits.append(RuleHit(rid, scores.get(rid, self._by_id[rid].score),
                                f"[{note}] {evidence[rid]}" if note else evidence[rid]))
        score = round(sum(h.score for h in hits), 3)
        return Verdict(score >= threshold, score, threshold, tuple(hits), prep.lang, None,
                       resent=prep.parts.resent)

    @staticmethod
    def _quote_may_match(comp: _Compiled, quoted: str) -> bool:
        """Whether the owner-quote rules can match the quoted text at all (a check on its
        characters, much cheaper than tokenizing it; see AnchoredMatcher.may_match)."""
        if len(comp.lower) or len(comp.lemma):
            return True
        return comp.matcher.may_match(quoted, lemma_forms(comp.nlp))

    def _text_hits(self, comp: _Compiled, doc, text: str, subject_end: int, evidence: dict,
                   quoted: bool, cues: dict | None = None, body: int = 0) -> dict[str, list[tuple[int, int]]]:
        """Record, per rule, its first match in scope, widened by the matches overlapping it.
        `text` is the doc's text (doc.text would rebuild it token by token). Clause cues found
        in the body (from token `body` on) go to `cues` (class -> token spans). Returns each
        rule's match spans."""
        rule_of = self._rule_of_key
        cue_of = comp.clauses.cue_of if cues is not None and comp.clauses else None
        spans: dict[str, list[tuple[int, int]]] = {}
        screens, phrased = comp.screens, False
        for matcher in (comp.matcher, comp.lower, comp.lemma):
            if not len(matcher):
                continue
            if matcher is not comp.matcher:
                if not phrased:
                    continue            # no phrase can match (see _Compiled.screens)
                ensure_lemmas(doc)
            for key, start, end in matcher(doc):
                rule = rule_of.get(key)
                if rule is None:
                    if key in screens:
                        phrased = True
                    elif cue_of is not None:
                        name = cue_of.get(key)
                        if name is not None and start >= body:
                            cues.setdefault(name, []).append((start, end))
                    continue
                if rule.id in evidence:
                    continue
                scope = rule.scope
                if quoted:
                    if scope != "owner-quote":
                        continue
                elif scope == "owner-quote":
                    continue
                elif scope != "any":
                    in_subject = doc[end - 1].idx < subject_end
                    if (scope == "body") == in_subject:     # body rule in the subject, or vice versa
                        continue
                if rule.unless_negated and any(
                        t.lower_ in comp.negations for t in doc[max(0, start - 3):start]):
                    continue
                if rule.unless_owner_named and any(
                        self._is_owner_name(t.lower_) for t in doc[start:end] if t.is_alpha):
                    continue
                spans.setdefault(rule.id, []).append((start, end))
        for rid, found in spans.items():
            found.sort()
            start, end = found[0]
            for s, e in found[1:]:
                if s < end:
                    end = max(end, e)
            last = doc[end - 1]
            evidence[rid] = _printable(text[doc[start].idx:last.idx + len(last)])
        return spans

    def _clause_hits(self, comp: _Compiled, doc, text: str, body: int, found: dict,
                     spans: dict, evidence: dict, scores: dict, notes: dict, about_owner: bool = False) -> None:
        """Clause rules (classifiers/clauses.py). One clause is one statement: it counts at most
        the best clause rule's score, and less by what statement rules (score >= STATEMENT)
        matching inside the same clause already count for it. The common cues are looked for
        only when some clause rule has all its trigger cues; nothing to do without that or a
        statement rule."""
        engine = comp.clauses
        if engine.worth(found):
            statements = [sp for rid, found_spans in spans.items()
                          if self._by_id[rid].score >= STATEMENT for sp in found_spans]
            engine.more(doc, found, body, statements)
            if about_owner and "elsewhere" in found and "candidacy" in found:
                # in a note about the owner a third person's candidacy is the owner's ("nous ne retenons
                # pas sa candidature"), not somebody else's matter: an `elsewhere` span holding it is dropped
                mine = found["candidacy"]
                found["elsewhere"] = [(s, e) for s, e in found["elsewhere"]
                                      if not any(s <= cs and ce <= e for cs, ce in mine)]
        elif not any(self._by_id[rid].score >= STATEMENT for rid in spans):
            return
        for cue_spans in found.values():
            cue_spans.sort()
        asks = "?" in text
        for rid, found_spans in spans.items():       # statements inside a condition or a question
            rule = self._by_id[rid]
            if rule.score < STATEMENT or rule.scope == "subject":
                continue
            why = [engine.guard(doc, found, s, e, asks) for s, e in found_spans]
            if all(why):
                scores[rid] = 0.0
                notes[rid] = f"not counted: its clause is a {why[0]}" if why[0] == "question" else \
                    f"not counted: {why[0]} in its clause"
        counted: list[tuple[int, int]] = []
        hits = comp.clauses.hits(doc, found, text)
        # counter-evidence that a negation cancels (`unless_negated`: "the next round", "invite")
        # is part of the refusal when it sits inside a refusing clause ("nemen je niet mee in de
        # volgende ronde"), wherever the negation is
        for rid, found_spans in spans.items():
            rule = self._by_id[rid]
            if rule.score >= 0 or not rule.unless_negated or rid in scores:
                continue
            inside = [next((h for h in hits if h.start <= s and e <= h.end), None) for s, e in found_spans]
            if all(inside):
                scores[rid] = 0.0
                notes[rid] = f"not counted: part of the clause {inside[0].rule.id} found"
        for hit in hits:
            rule = hit.rule
            if rule.id in evidence:
                continue
            spans.setdefault(rule.id, []).append((hit.start, hit.end))
            evidence[rule.id] = _printable(hit.evidence, 240)
            if any(hit.start < e and s < hit.end for s, e in counted):
                scores[rule.id] = 0.0
                notes[rule.id] = "counted once: same clause as an earlier clause rule"
                continue
            counted.append((hit.start, hit.end))
            same = [rid for rid, found_spans in spans.items()
                    if self._by_id[rid].score >= STATEMENT and rid not in scores
                    and self._by_id[rid].clause is None
                    and any(hit.start < e and s < hit.end for s, e in found_spans)]
            if same:
                already = sum(self._by_id[rid].score for rid in same)
                scores[rule.id] = max(0.0, round(rule.score - already, 3))
                notes[rule.id] = f"counted once: {', '.join(same)} already count{'s' if len(same) == 1 else ''} this clause"

    def _discount_incidental(self, prep: _Prepared, doc, fired: list[str], spans: dict,
                             scores: dict, notes: dict) -> None:
        """Counter-evidence that cannot sink a clear verdict by accident. When the positive
        evidence alone reaches the threshold, these count 0 (and say why): a negative text rule
        whose every match lies in the footer, signature or a boilerplate paragraph (see
        _boilerplate), a greeting to someone else in mail addressed to the owner, and a rule marked
        `unless_verdict` (an acknowledgement of receipt) when a statement rule counts, and one marked
        `unless_application_verdict` (bulk-mail headers) when a statement rule counts, the text
        names the reader's application and nothing else speaks against it (a job board's relay)."""
        positive = sum(scores.get(rid, self._by_id[rid].score) for rid in fired
                       if self._by_id[rid].score > 0)
        if positive < self.threshold:
            return
        regions = None
        stated = None
        for rid in fired:
            rule = self._by_id[rid]
            if rule.score >= 0 or rid in scores:
                continue
            if rule.unless_application_verdict:
                if stated is None:
                    stated = any(self._by_id[r].score >= STATEMENT and scores.get(r, self._by_id[r].score) > 0
                                 for r in fired)
                # (counter-evidence shown but not counted, "seguir adelante contigo" negated, is none)
                # (nor weak non-job vocabulary in a text that names a job: _non_job_cap counts it 0 there)
                against = any(scores.get(r, self._by_id[r].score) < 0 and not self._by_id[r].unless_application_verdict
                              and not self._by_id[r].unless_verdict
                              and not (self._by_id[r].non_job_purpose and self._by_id[r].score > -STATEMENT
                                       and _JOB_NAMED.search(prep.text)) for r in fired)
                # a job-alert block beside a verdict on ONE application is a relay's footer ("not moving
                # forward with your application … jobs you may like"), not a digest of several
                alert = any(self._by_id[r].score < 0 and self._by_id[r].unless_verdict for r in fired)
                named = (any(not prep.text[m.end():m.end() + 1].isalpha()
                             for m in _YOUR_APPLICATION.finditer(prep.text)) if alert else
                         bool(_YOUR_APPLICATION.search(prep.text) or _APPLIED.search(prep.text)))
                # ... or, with no alert block, a network's message that greets the owner, whose verdict is about
                # the reader's role (a clause rule with a cue class of _ROLE_VERDICT_CUES: another candidate
                # chosen, the role closed, filled or cancelled, the candidacy not progressed) and names the role
                # in the verdict's own words ("für die Stelle als X haben wir uns für eine andere Kandidatin
                # entschieden", "decidimos cerrar el cargo de X"): the recruiter's word to the reader, relayed
                # ("no opening that fits you" in a talent-network pitch states none; a saved job closed is
                # the reader's bookmark, not their application: _SAVED_JOB)
                if not named and not alert and doc is not None and GREETS_OWNER in prep.facts and stated \
                        and not against and self._other_chosen(
                            fired, scores, notes, {"other"} if _SAVED_JOB.search(prep.text) else _ROLE_VERDICT_CUES):
                    named = self._verdict_names_job(prep, doc, fired, spans, scores, notes)
                if stated and not against and named:
                    scores[rid] = 0.0
                    notes[rid] = "not counted: a notice about your application that states a verdict"
                    continue
            if rule.unless_verdict:
                # an acknowledgement is counter-evidence only when the message holds no verdict
                if stated is None:
                    stated = any(self._by_id[r].score >= STATEMENT and scores.get(r, self._by_id[r].score) > 0
                                 for r in fired)
                if stated:
                    scores[rid] = 0.0
                    notes[rid] = "not counted: the message states a verdict"
                    continue
            if rule.unless_verdict_elsewhere and doc is not None and spans.get(rid) and self._reader_verdict(
                    doc, fired, spans, scores, notes, outside=_sentences(doc, spans[rid])):
                scores[rid] = 0.0
                notes[rid] = "not counted: a verdict on your own candidacy is stated in another sentence"
                continue
            if rule.unless_reader_verdict and doc is not None and self._reader_verdict(doc, fired, spans, scores, notes):
                scores[rid] = 0.0
                notes[rid] = "not counted: a verdict on your own candidacy stands beside it"
                continue
            if rid in GREETING_RULES:
                # a letter to someone else inside a note to the owner ("Hi Sam, ... Hi Priya,")
                # is that person's news; so is mail not sent to the owner, or forwarded
                if not prep.facts & {"to-someone-else", "forwarded", GREETS_OWNER}:
                    scores[rid] = 0.0
                    notes[rid] = "not counted: a clear verdict addressed to the owner"
                continue
            found = spans.get(rid)
            if not found or doc is None:
                continue
            if regions is None:       # a paragraph that states the verdict is no boilerplate
                verdict = [doc[s].idx for r, found_spans in spans.items() if r in fired
                           and scores.get(r, self._by_id[r].score) > 0 and self._by_id[r].score >= STATEMENT
                           for s, _ in found_spans]
                regions = [(a, b) for a, b in _boilerplate(prep.text, prep.subject_end)
                           if not any(a <= i < b for i in verdict)]
            if regions and all(any(a <= doc[s].idx < b for a, b in regions) for s, _ in found):
                scores[rid] = 0.0
                notes[rid] = "not counted: only in the footer, signature or boilerplate"

    def _reader_verdict(self, doc, fired: list[str], spans: dict, scores: dict, notes: dict,
                        outside: tuple = ()) -> bool:
        """Whether a counted statement rule's own words are a verdict on the reader ("not to proceed with your
        candidacy", "Ihre Bewerbung nicht berücksichtigen", "moving forward with you"), not a role's closure.
        A clause rule counted once with a text rule is that verdict in its fuller words. `outside`: token
        ranges (sentences) the verdict must not touch."""
        for rid in fired:
            if self._by_id[rid].score < STATEMENT or (scores.get(rid, self._by_id[rid].score) <= 0
                                                       and not notes.get(rid, "").startswith("counted once")):
                continue
            for s, e in spans.get(rid, ()):
                if any(s < b and a < e for a, b in outside):
                    continue
                if _READER_VERDICT.search(doc[s:e].text):
                    return True
        return False

    def _non_job_cap(self, prep: _Prepared, fired: list[str], scores: dict, notes: dict,
                     doc=None, spans: dict | None = None) -> None:
        """A non-job purpose (a flat, a loan, a talk: rules marked `non_job_purpose`) explains the
        verdict wording, so it is a cap, not one more addend: while it counts and the text names no
        job, the positive rules count as one, the strongest, and the rest 0. A stack of "another
        applicant was chosen" + "unsuccessful" + "unfortunately" about a flat is one verdict about a
        flat; a job rejection that mentions housing names its role and is scored as before, and
        there a weak one (score above -3: vocabulary such as "cohort", "property") counts 0."""
        counted = [rid for rid in fired if self._by_id[rid].non_job_purpose
                   and scores.get(rid, self._by_id[rid].score) < 0]
        if not counted:
            return
        if _JOB_NAMED.search(prep.text):
            # a verdict that names the job in its own words ("we offered the role of X to another candidate,
            # whose grant-writing experience…") is about a job: the non-job word is a detail, not the purpose
            # (a lender's "declined the application" names none, whatever else mentions a job change)
            on_job = doc is not None and spans is not None and self._verdict_names_job(prep, doc, fired, spans, scores, notes)
            for rid in counted:     # weak vocabulary ("our churn cohorts") in a note about a role
                if on_job or self._by_id[rid].score > -STATEMENT:
                    scores[rid] = 0.0
                    notes[rid] = "not counted: the verdict names a job" if on_job else \
                        "not counted: the text names a job"
            return
        purpose = next((rid for rid in counted if self._by_id[rid].score <= -STATEMENT), None)
        if purpose is None:
            return
        positive = sorted((rid for rid in fired if scores.get(rid, self._by_id[rid].score) > 0),
                          key=lambda rid: -scores.get(rid, self._by_id[rid].score))
        for rid in positive[1:]:
            scores[rid] = 0.0
            notes[rid] = f"not counted: {purpose} explains the verdict, which counts once"

    def _purpose_cap(self, fired: list[str], scores: dict, notes: dict) -> None:
        """A purpose the verdict words only recall (rules marked `purpose_cap`: the reader's own
        withdrawal confirmed, "your candidacy is now closed and will no longer be considered") is a cap:
        while it counts, the positive rules count as one, the strongest, and the rest 0."""
        purpose = next((rid for rid in fired if self._by_id[rid].purpose_cap
                        and scores.get(rid, self._by_id[rid].score) < 0), None)
        if purpose is None:
            return
        positive = sorted((rid for rid in fired if scores.get(rid, self._by_id[rid].score) > 0),
                          key=lambda rid: -scores.get(rid, self._by_id[rid].score))
        for rid in positive[1:]:
            scores[rid] = 0.0
            notes[rid] = f"not counted: {purpose} explains the verdict, which counts once"

    def _other_chosen(self, fired: list[str], scores: dict, notes: dict, cues=_ROLE_VERDICT_CUES) -> bool:
        """Whether a clause rule about the reader's role (a cue class of _ROLE_VERDICT_CUES: another candidate
        chosen, the role closed or filled, the candidacy not progressed; or only those of `cues`) counts, alone
        or counted once with a text rule."""
        for rid in fired:
            spec = self._by_id[rid].clause
            if spec is None or not any(cues.intersection(group) for group in spec.all):
                continue
            if scores.get(rid, self._by_id[rid].score) > 0 or notes.get(rid, "").startswith("counted once"):
                return True
        return False

    def _verdict_names_job(self, prep: _Prepared, doc, fired: list[str], spans: dict, scores: dict,
                           notes: dict) -> bool:
        """Whether a counted statement rule (score >= STATEMENT) names a job in its own words."""
        text = prep.text
        statements = [rid for rid in fired if self._by_id[rid].score >= STATEMENT]
        if not any(scores.get(rid, self._by_id[rid].score) >= STATEMENT for rid in statements):
            return False
        for rid in statements:      # a clause counted once is the same verdict, in its own words
            if rid in scores and scores[rid] < STATEMENT and not notes.get(rid, "").startswith("counted once"):
                continue
            for s, e in spans.get(rid, ()):
                start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
                if any(m.group(0).lower() not in _SLOTS for m in _JOB_NAMED.finditer(text, start, end)) \
                        or _VERDICT_JOB.search(text, start, end):
                    return True
        return False

    def _other_ok(self, rule: Rule, prep: _Prepared) -> bool:
        return self._other_evidence(rule, prep, need_any=False) is not None

    def _other_evidence(self, rule: Rule, prep: _Prepared, need_any: bool = True) -> str | None:
        """Evidence for a rule's non-text conditions, or None when one of them fails."""
        msg, bits = prep.msg, []
        if rule.from_:
            sender = msg.from_.addr if msg.from_ else ""
            if not self._from[rule.id].search(sender):
                return None
            bits.append(f"From: {sender}")
        for name, rx in rule.headers:         # names are lower-case, like msg.headers' keys
            value = msg.headers.get(name)
            if value is None or not rx.search(value):
                return None
            bits.append(f"{name}: {_printable(value, 80)}")
        for fact in rule.facts:
            if fact not in prep.facts:
                return None
            bits.append(fact)
        if need_any and not bits:
            return None
        return "; ".join(bits)

    # -- public ------------------------------------------------------------------------
    def classify(self, msg: Message, context: ThreadContext | None = None) -> Verdict:
        """Score one message; never raises on message content."""
        prep = self._prepare(msg, context)
        if prep.forced:
            return self._score(prep, None)
        doc = self._compile(prep.lang).make_doc(prep.text)
        return self._second_opinion(prep, self._score(prep, doc))

    def _second_opinion(self, prep: _Prepared, verdict: Verdict) -> Verdict:
        """Mail written in two languages (a French letter above an English disclaimer, a
        bilingual notice) is read with the second language's rules too; the reading that scores
        higher is the verdict. Each language's rules match only text in that language."""
        if prep.second is None:
            return verdict
        other = replace(prep, lang=prep.second, second=None)
        again = self._score(other, self._compile(other.lang).make_doc(other.text))
        return again if again.score > verdict.score else verdict

    def classify_many(self, msgs, contexts=None) -> list[Verdict]:
        """Score many messages, a language at a time.

        Messages are taken in chunks of BATCH: memory stays bounded on a large corpus, and the
        garbage collector does not keep rescanning thousands of live intermediate objects
        (a tenth of the time for 10,000 messages in one go)."""
        msgs = list(msgs)
        contexts = list(contexts) if contexts is not None else [None] * len(msgs)
        if len(contexts) != len(msgs):
            raise ValueError("contexts must match msgs one to one")
        out: list[Verdict | None] = [None] * len(msgs)
        for first in range(0, len(msgs), BATCH):
            preps = [self._prepare(m, c) for m, c in zip(msgs[first:first + BATCH], contexts[first:first + BATCH])]
            by_lang: dict[str, list[int]] = {}
            for i, prep in enumerate(preps):
                if prep.forced:
                    out[first + i] = self._score(prep, None)
                else:
                    by_lang.setdefault(prep.lang, []).append(i)
            for lang, idx in by_lang.items():
                make_doc = self._compile(lang).make_doc
                for i in idx:
                    out[first + i] = self._second_opinion(preps[i], self._score(preps[i], make_doc(preps[i].text)))
        return out  # type: ignore[return-value]


_PARAGRAPH = re.compile(r"\n[ \t\r]*\n")


def _boilerplate(text: str, body: int) -> list[tuple[int, int]]:
    """Character ranges of `text` (subject, blank line, new text from `body` + 2) that are no
    news: from the last sign-off line on ("Best,": the signature stays when it is longer than
    the message), and every paragraph after the first that looks like a footer or company
    boilerplate (common.toml's `[boilerplate]`: links, ©, registered office, ...)."""
    start = body + 2
    new = text[start:]
    regions = []
    last = None
    for m in SIGN_OFF.finditer(new):
        if m.start() > 0:
            last = m
    if last is not None:
        regions.append((start + last.start(), len(text)))
    markers, patterns = _BOILERPLATE
    if markers or patterns:
        pos, first = 0, True
        for m in [*_PARAGRAPH.finditer(new), None]:
            end = m.start() if m else len(new)
            if not first:
                para = new[pos:end]
                low = para.lower()
                if any(k in low for k in markers) or any(rx.search(para) for rx in patterns):
                    regions.append((start + pos, start + end))
            if new[pos:end].strip():
                first = False
            pos = m.end() if m else end
    return regions


def _screen(comp: _Compiled, rule_id: str, patterns: list[list[dict]]) -> None:
    """File `patterns` (a rule's phrases as token patterns) in comp.matcher under a screen key."""
    patterns = [p for p in patterns if p]
    if patterns:
        key = "~screen:" + rule_id      # "~": no rule id starts so (ruleset._ID)
        comp.matcher.add(key, patterns)
        comp.screens.add(hash_string(key))


def _body_start(doc, subject_end: int) -> int:
    """The first token after the subject (the doc is subject, blank line, new text)."""
    body = 0
    while body < len(doc) and doc[body].idx <= subject_end:
        body += 1
    return body


def _domain_within(addr: str, domains: frozenset[str]) -> str | None:
    """The entry of `domains` that `addr`'s domain is, or is a subdomain of (mail.acme.com)."""
    domain = addr.rpartition("@")[2].strip().lower().rstrip(".")
    while domain:
        if domain in domains:
            return domain
        domain = domain.partition(".")[2]
    return None


def _sentences(doc, found: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The token ranges of the sentences (ended by . ! ? or a blank line) around the spans."""
    out = []
    n = len(doc)
    for s, e in found:
        a = s
        while a > 0 and not (doc[a - 1].text in (".", "!", "?") or doc[a - 1].text.count("\n") >= 2):
            a -= 1
        b = e
        while b < n and not (doc[b - 1].text in (".", "!", "?") or doc[b].text.count("\n") >= 2):
            b += 1
        out.append((a, b))
    return tuple(out)


def _visible(text: str) -> str:
    """`text` with control characters a space and invisible ones left out (see _CONTROL)."""
    if not text.isascii():          # (every invisible character is outside ASCII)
        text = _INVISIBLE.sub("", text)
    return _CONTROL.sub(" ", text)


def _says_resent(msg: Message, parts: Parts) -> bool:
    """Does the sender say they send their earlier mail again (subject "Resent:", "re-sending the
    below as it bounced")?"""
    text = (msg.subject or "")[:200] + "\n" + parts.new[:1000]
    return _RESEND.search(text) is not None or _UNDELIVERED.search(text) is not None


def _forwarded(msg: Message, parts: Parts) -> bool:
    """Whether the message forwards another (by its subject or its quote's separator line)."""
    return bool(_FWD_SUBJECT.match(msg.subject or "") or _FWD_BODY.search(parts.quote_header))


def _quoted_block(parts: Parts) -> tuple[list[str], list[str]]:
    """The quoted message's header lines (lower-case) and its body lines. When the quote's own
    header names no sender, a forwarded block's header lines at the top of the quote ("From: …",
    "Date: …") are its header."""
    lines = parts.quote_header.lower().splitlines()
    body = parts.quoted.strip().splitlines()
    if not any(_QUOTED_FROM.match(line) for line in lines) and body:
        # (the block may open with any header line: "Sujet : …", "Date : …", then "De : …")
        n = 0
        while n < len(body) and _HEADER_LINE.match(body[n]):
            n += 1
        if any(_QUOTED_FROM.match(line.lower()) for line in body[:n]):
            lines += [line.lower() for line in body[:n]]
            del body[:n]
    return lines, body


def _sender_lines(lines: list[str]) -> str:
    """Who wrote a quoted message, from its header lines: the From: lines when there are any,
    else everything but the To:/Cc: and Subject: lines (an attribution such as "On Mon, Sam wrote:")."""
    senders = [line for line in lines if _QUOTED_FROM.match(line)]
    return "\n".join(senders or [line for line in lines
                                  if not _QUOTED_TO.match(line) and not _QUOTED_SUBJECT.match(line)])


# Words after which a line cannot end a heading or a sentence: a noun must follow (German and Dutch articles,
# possessives, prepositions that are no verb particle, and inflected adjectives; English articles); not a word
# that may close a clause ("Füllen Sie es aus", "We bellen je", "Sorry about this"). See _unwrap.
_BEFORE_NOUN = frozenset("""der das den dem des ein eine einen einem eines keine keinen keinem
    ihre ihrer ihren ihrem unsere unserer unseren unserem weitere weiteren weiterer zur zum für von gegen
    de een uw onze jouw verdere van naar
    the an your""".split())


def _unwrap(text: str) -> str:
    """Join lines that were hard-wrapped by the sender's mail client: the tokenizer makes each
    single newline a token, so "decided not to\\nprogress" would not match a pattern. A line
    break is a wrap when the line before is long (60+ characters), or fairly long (25+) with no
    closing punctuation and the next line goes on in lower case, or with a capital after a word that
    needs a noun to follow (an article, a preposition, an inflected adjective: "gegen eine weitere\n
    Berücksichtigung", "voor de\nFunctie"; German capitalises nouns). Short lines ("Hi Sam",
    "not selected") and list items keep their breaks."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    prev = lines[0].rstrip()
    for line in lines[1:]:
        head = line.lstrip()
        if prev and head and head[0] not in "-*•>–" and (
                len(prev) >= 60 or (len(prev) >= 25 and prev[-1] not in ".!?:;," and (
                    head[0].islower() or (head[0].isupper() and prev.rsplit(None, 1)[-1].lower() in _BEFORE_NOUN)))):
            out[-1] = out[-1].rstrip() + " " + head
        else:
            out.append(line)
        prev = line.rstrip()
    return "\n".join(out)


def _any_of(regexes: tuple[re.Pattern, ...]) -> re.Pattern:
    """One regex that finds what any of `regexes` finds (one search instead of dozens).
    Patterns with backreferences, named groups or inline flags keep their own search."""
    if len(regexes) == 1:
        return regexes[0]
    flags = regexes[0].flags
    if any(rx.flags != flags or re.search(r"\\[1-9]|\(\?P|\(\?[aiLmsux]", rx.pattern)
           for rx in regexes):
        return _AnyOf(regexes)
    source = "|".join(f"(?:{rx.pattern})" for rx in regexes)
    try:
        if flags & re.IGNORECASE and source == source.lower():
            # lower-case patterns (no \\S, \\W, [A-Z]...): search the lower-cased text
            # without IGNORECASE's per-character folding, several times faster
            return _Lowered(re.compile(source, flags & ~re.IGNORECASE))
        return re.compile(source, flags)
    except re.error:
        return _AnyOf(regexes)


class _Lowered:
    def __init__(self, rx: re.Pattern):
        self.rx = rx

    def search(self, text: str):
        return self.rx.search(text.lower())


class _AnyOf:
    def __init__(self, regexes):
        self.regexes = regexes

    def search(self, text: str):
        for rx in self.regexes:
            found = rx.search(text)
            if found:
                return found
        return None


def _printable(text: str, limit: int = 160) -> str:
    """Evidence is sender-controlled: no control/format characters, one line, bounded."""
    text = " ".join(text.split())[:limit]
    if text.isprintable():
        return text
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    return " ".join(text.split())


def _replace_score(rule: Rule, score: float) -> Rule:
    from dataclasses import replace
    return replace(rule, score=score)
