"""Which language an article is in, and whether newsgraph can read it.

Only French is supported: the word lists (``extractors/lang/fr.json``) and
the dependency rules are French. An article declared in another language, or
detected as another language, is skipped with a message naming it.

Detection uses py3langid (a maintained fork of langid.py): a small naive
Bayes model shipped inside the package (≈5 MB, numpy only), deterministic,
nothing downloaded at run time. Short texts are not judged (a headline of
three words is too little evidence), nor are texts the model is unsure of.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Languages newsgraph has word lists and rules for.
SUPPORTED = ("fr",)

#: Below this many words, a text is too short to tell its language reliably.
MIN_WORDS = 12
#: A text is called another language only when the model is this sure of it.
MIN_CONFIDENCE = 0.9
#: Characters looked at (the start of a long article says enough).
SAMPLE_CHARS = 20_000
#: A first look at this many characters: when they are clearly in a supported
#: language (most articles), the rest of the sample is not read (detection
#: costs time in proportion to the text: about 1 ms per 1,000 characters).
PREFIX_CHARS = 1_000

#: A start with at least this many different words of the language's
#: ``language_check_words`` (``extractors/lang/fr.json``), making at least
#: ``MARKER_SHARE`` of its words, is in that language without asking the
#: model: loading the model (≈0.4 s, decompressing 68 MB) was most of the
#: check when a rebuild has one article to read. Texts of other languages have
#: two or three of these words at most; French news starts have seven or more
#: (most articles pass; the others are judged by the model as before).
MARKER_WORDS = 6
MARKER_SHARE = 0.10

#: Names of the languages most often met, for messages; other codes are shown as is.
LANGUAGE_NAMES = {
    "fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "tr": "Turkish",
    "el": "Greek", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "he": "Hebrew", "fa": "Persian",
    "hi": "Hindi", "ca": "Catalan", "la": "Latin",
}
_ALIASES = {"fra": "fr", "fre": "fr", "french": "fr", "français": "fr", "francais": "fr", "eng": "en", "english": "en"}
_WORD = re.compile(r"[^\W\d_]{2,}")


def language_problem(text: str, declared: str | None = None) -> str | None:
    """Why ``text`` cannot be read as a supported language, or None when it can.

    A declared language other than French is refused; a text declared French
    (or not declared) is still checked, since a mislabelled English article
    would only give an empty graph.

    >>> language_problem("The minister told reporters on Monday that the talks had failed again.")
    'not in French: detected English (en); only French is supported'
    >>> language_problem("Bonjour.") is None  # too short to judge
    True
    """
    if declared:
        code = normalise_code(declared)
        if code not in SUPPORTED:
            return f"declared language {declared!r} ({language_name(code)}) is not supported; only French is supported"
    if clearly_supported(text):
        return None
    detected = detect_language(text)
    if detected is not None and detected not in SUPPORTED:
        return f"not in French: detected {language_name(detected)} ({detected}); only French is supported"
    return None


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when too short or unsure.

    A text whose first ``PREFIX_CHARS`` are clearly French is French; any other
    is judged on its whole sample (a long English text after a French
    headline is still found).
    """
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None
    if len(sample) > PREFIX_CHARS:
        code, confidence = _identifier().classify(sample[:PREFIX_CHARS])
        if code in SUPPORTED and confidence >= MIN_CONFIDENCE:
            return code
    code, confidence = _identifier().classify(sample)
    return code if confidence >= MIN_CONFIDENCE else None


def clearly_supported(text: str) -> bool:
    """Whether the start of ``text`` (what ``detect_language`` judges first) is plainly in a supported language.

    Plainly: many different words of that language's ``language_check_words``,
    and often (see ``MARKER_WORDS``). False only means "ask the model".

    >>> clearly_supported("Le ministre a dit qu'il était prêt, mais les syndicats ont refusé : selon eux, "
    ...                   "cette réforme est une erreur et ils vont manifester dans toute la France.")
    True
    >>> clearly_supported("Les chiffres du ministère : 120 millions d'euros.")  # too few different ones
    False
    """
    words = [word.lower() for word in _WORD.findall(" ".join(text[:SAMPLE_CHARS].split())[:PREFIX_CHARS])]
    for code in SUPPORTED:
        markers = _markers(code)
        found = [word for word in words if word in markers]
        if len(set(found)) >= MARKER_WORDS and len(found) >= MARKER_SHARE * len(words):
            return True
    return False


def normalise_code(language: str) -> str:
    """``"fr-FR"``, ``"FR"``, ``"fra"``, ``"français"`` -> ``"fr"``."""
    primary = re.split(r"[-_\s]", language.strip().lower(), maxsplit=1)[0]
    return _ALIASES.get(primary, primary)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


@lru_cache(maxsize=None)
def _markers(code: str) -> frozenset[str]:
    from extractors.lang import language_data

    return frozenset(language_data(code).raw["language_check_words"])


@lru_cache(maxsize=1)
def _identifier():
    """The py3langid model, loaded once (≈1 s), with probabilities normalised to 0..1."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
