"""Cheap language identification (ISO 639-1) for routing.

Only needs to tell which language a task is written in so the router can
prefer models that handle it: script ranges decide non-Latin languages and
stop-word votes decide among the common Latin-script ones; English is the
default when evidence is thin.
"""

from __future__ import annotations

import re

_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
)
_STOPWORDS = {
    "en": "the and is are to of in that it for you with this what please can how",
    "es": "el la los las que de y en es por para una con del se como pero",
    "fr": "le la les des est et que une pour dans du avec pas sur vous ce qui",
    "de": "der die das und ist nicht ein eine zu mit den dem ich sie auf für",
    "it": "il lo gli della che di e è per una con non sono questo nel alla",
    "pt": "o os da das que de e é para uma com não do em por mais",
    "nl": "de het een en van is dat niet op te met voor zijn er",
    "id": "yang dan di ini itu dengan untuk tidak dari dalam saya anda",
}
_VOTERS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words.split():
        _VOTERS[_w] = (*_VOTERS.get(_w, ()), _lang)
_TOKEN = re.compile(r"[^\W\d_]+")
# ASCII text: every non-letter becomes a space, and a whitespace split gives
# the same words as the regex (letter runs), several times faster.
_ASCII_NON_LETTERS = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not c.isalpha()}
)


def detect_language(text: str) -> str:
    """Best-guess ISO 639-1 code; "en" when unsure."""
    sample = text[:600]
    # (no script range starts below U+0370: text without such characters,
    # most non-ASCII text here, has nothing for the scans to find)
    plain = sample.isascii() or max(sample) < "\u0370"
    for code, pattern in () if plain else _SCRIPTS:
        hits = len(pattern.findall(sample))
        if hits >= 3 and hits * 3 >= len(sample.strip()) * 0.3:
            return code
    lower = sample.lower()
    if sample.isascii():
        words = lower.translate(_ASCII_NON_LETTERS).split()
    else:
        words = _TOKEN.findall(lower)
    if not words:
        return "en"
    voters = _VOTERS
    voted = list(filter(voters.__contains__, words))
    if len(voted) < 2:
        return "en"  # fewer than two stop-word votes for any language
    votes = dict.fromkeys(_STOPWORDS, 0)
    for w in voted:
        for lang in voters[w]:
            votes[lang] += 1
    top = max(votes.values())
    if top < 2 or top <= votes["en"]:
        return "en"  # English wins ties
    return next(lang for lang, n in votes.items() if n == top)
