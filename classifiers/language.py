"""Pick the language of a text by counting very common function words.

A few dozen frequent words per language tell the seven supported languages apart in even a
one-line message, cost one regex pass, and need no model. A word shared by several languages
("de", "la", "que") counts as a fraction for each of them.
"""
from __future__ import annotations

import math
import re
from collections import Counter

_WORDS = {
    "en": "the and you your we to of for with have that this is are not our will be thank thanks "
          "unfortunately would hi hello dear role position application been has it at on from "
          # "a" is Portuguese too: a short English note ("we chose a candidate who was a closer
          # fit") must not tip to pt on its articles
          "a an i my me was were but who which they their can just sorry afraid",
    "de": "und der die das nicht wir sie ihre ihnen für mit ist haben eine ein leider bewerbung uns "
          "zu auf vielen dank wurde ihr stelle guten tag hallo liebe sehr geehrte bereits ihnen "
          "wünschen grüße gespräch "
          # a short informal note ("Hi Sam, sorry, leider nein – wir gehen mit jemand anderem weiter"):
          # "hi" and "sorry" are English too, these are German only
          "nein dich mich sich gern gerne jemand weiter schon noch auch aber",
    "fr": "le les et vous votre nous pour avec est pas une des malheureusement candidature ne sommes "
          "dans du au avons un que qui sur aux bonjour merci poste été ce cette vos ma "
          # short notes in tu: "Salut Sam, on a choisi quelqu'un d'autre, désolé !" ("on" is
          # English too; the elided d' qu' c' n' j' l' are what French writes most)
          "on salut désolé désolée autre autres profil choisi retenu tu toi ton ta tes mais très "
          "bonne cordialement avez êtes suis d qu c n j l "
          # "Coucou Sam, mauvaise nouvelle, ils ont pris quelqu'un en interne": French only
          "ils elles ont leur leurs quelqu mauvaise nouvelle coucou",
    # Spanish and Italian share many short words (la, con, un, de); these tell them apart:
    # es pero/como/esta/otro/muy/hay/nuestro, it ma/ci/anche/questo/altro/molto/nostro.
    "es": "el los las y usted su nosotros para con es una lamentablemente hemos del por muy gracias "
          "candidatura le tu la de que en un ya ha sido te nos hola puesto vacante proceso al lo "
          "está más pero no como esta este estos nuestro nuestra nuestros también mucho mucha "
          "muchas muchos hay otro otra otros otras siguiente vas eres estás cuando sin desde "
          "saludos estimado estimada buenas sentimos decirte informarte",
    "nl": "het en je jij u uw wij voor met niet een helaas sollicitatie hebben ons van dat zijn "
          "wordt bedankt de die is op we beste hoi vacature inmiddels graag gesprek onze",
    "it": "il e di che lei sua noi per con è non una gli purtroppo abbiamo della siamo grazie nel "
          "sono la le un stata stato gentile ciao candidatura posizione colloquio suo del alla già "
          "ma ci te ti dispiace anche questo questa questi molto ancora però perché nostro nostra "
          "vostro vostra tuo tua sei ho hai dei delle degli nella nelle sulla alle agli ai dal "
          "dalla altro altra altri tutti buongiorno salve cordiali saluti distinti ringraziamo "
          "l c d",                         # l'azienda, c'è, d'accordo: shared with French
    # Portuguese against Spanish: você/não/ao/mas/muito/outro/nosso/também.
    "pt": "o os e você sua nós para com é não uma que infelizmente temos da do obrigado agradecemos "
          "seu em a as de um olá obrigada vaga candidatura foi já no na pelo pela decidimos "
          "oi outro outra outros outras por mas muito muita vocês nosso nossa também ao às isso "
          "essa esse até ainda então neste nesta desta deste prezado prezada atenciosamente "
          "desejamos",
}
LANGUAGES = tuple(_WORDS)    # the supported languages, spelled once for the whole package
_langs_of: dict[str, set[str]] = {}
for _lang, _words in _WORDS.items():
    for _w in _words.split():
        _langs_of.setdefault(_w, set()).add(_lang)
# A word shared by k languages weighs 1/k for each; weights are counted in whole units of
# 1/_UNIT (every k divides it), so sums are exact and do not depend on the order of addition.
_UNIT = 1
for _ls in _langs_of.values():
    _UNIT = math.lcm(_UNIT, len(_ls))
_WEIGHT: dict[str, dict[str, int]] = {w: {lang: _UNIT // len(ls) for lang in ls} for w, ls in _langs_of.items()}
_TOKEN = re.compile(r"[^\W\d_]+")


# Per word, the languages that share it (its class: ("de",), ("es", "pt"), ...). A text's known
# words are counted per class at C level (collections.Counter over a map), and only the few
# classes met are added up in Python: a word costs no Python bytecode.
# Classes are counted as small ints (an int hashes for free, a tuple of strings does not).
_CLASSES: list[tuple[str, ...]] = list(dict.fromkeys(tuple(ws) for ws in _WEIGHT.values()))
_ITEMS: dict[str, int] = {w: _CLASSES.index(tuple(ws)) for w, ws in _WEIGHT.items()}
# ASCII text (most mail) is split without the regex: bytes.translate turns every non-letter
# into a space, which gives exactly the runs of letters _TOKEN finds, several times faster.
_ITEMS_ASCII = {w.encode("ascii"): v for w, v in _ITEMS.items() if w.isascii()}
_NON_LETTERS = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
# Text whose only non-ASCII characters are letters (é, ü, ß...) is split the same way in UTF-8,
# where every byte of a multi-byte character counts as a letter. Typographic punctuation is
# turned into spaces first (it separates words for the regex too).
_ITEMS_UTF8 = {w.encode("utf-8"): v for w, v in _ITEMS.items()}
_UTF8_LETTERS = bytes(c if c >= 0x80 or chr(c).isalpha() else 32 for c in range(256))
_SEPARATORS = "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\xa0\xab\xbb\u201e\xbf\xa1\u2022\xb7\u200b"


def _words(text: str):
    """The runs of letters in lower-cased `text` (what _TOKEN finds), and the table to look
    them up in."""
    if not text.isascii():
        for sep in _SEPARATORS:
            if sep in text:
                text = text.replace(sep, " ")
    if text.isascii():
        return _ITEMS_ASCII, text.encode("ascii").translate(_NON_LETTERS).split()
    if all(c.isalpha() for c in set(text) if not c.isascii()):
        return _ITEMS_UTF8, text.encode("utf-8").translate(_UTF8_LETTERS).split()
    return _ITEMS, _TOKEN.findall(text)


# A second language is read too when this much of the text is in it: a French letter above an
# English disclaimer, a bilingual Swiss or Canadian notice, an English note with a German footer.
SECOND_MIN = 4.0            # its function words (about a sentence)
SECOND_SHARE = 0.15         # at least this share of the first language's


def _scores(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """Per language, its words' weights (in units of 1/_UNIT), and how many of its words are
    its own alone."""
    scores = dict.fromkeys(_WORDS, 0)
    own = dict.fromkeys(_WORDS, 0)
    items, words = _words(text[:4000].lower())
    for cls, count in Counter(map(items.get, words)).items():
        if cls is None:                 # not a function word
            continue
        langs = _CLASSES[cls]
        weight = _UNIT // len(langs) * count
        for lang in langs:
            scores[lang] += weight
        if len(langs) == 1:
            own[langs[0]] += count
    return scores, own


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the likeliest supported language; `default` when there is no signal."""
    return detect_languages(text, default)[0]


def detect_languages(text: str, default: str = "en") -> tuple[str, str | None]:
    """The likeliest language (as detect_language) and a second one when a good part of the
    text is written in it, else None. The second is judged by the words no other language
    shares (SECOND_MIN, SECOND_SHARE): Spanish "de la que" in Portuguese mail is no second text."""
    scores, own = _scores(text)
    ranked = sorted(scores, key=lambda lang: (scores[lang], lang == default), reverse=True)
    best = ranked[0]
    if scores[best] < _UNIT:      # less than one word's worth
        return default, None
    runner = max(ranked[1:], key=own.__getitem__)
    second = runner if own[runner] >= max(SECOND_MIN, SECOND_SHARE * own[best]) else None
    return best, second
