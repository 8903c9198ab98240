"""Sparse, human-readable features for the label classifier.

Why these: the instruction's own words (and its leading verb) decide the intent;
the pasted material's vocabulary mostly decides the domain; length, code
shape, arithmetic and PII types inform complexity and sensitivity. Features are
plain strings so every weight in the shipped model, and every piece of
evidence in an analysis, can be read by a human.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from services.intent.cues import (
    DOMAIN_OWNERS,
    INTENT_OWNERS,
    LEAD_OWNERS,
    all_cues,
    domain_cues,
)
from services.intent.lexicon import (
    POLITE_PREFIXES,
    QUESTION_STARTERS,
    TASK_VERBS,
    words,
)

_TOKEN = re.compile(r"[a-z][a-z0-9'’+#-]*|\d+(?:[.,]\d+)*|[?$%€£_=<>{}();:*/+^-]")
# The same tokens over any script: a word starts with a letter of any alphabet
# ("übersetz", "résume-moi", "riassumi"), which the ASCII pattern would cut
# into fragments ("bersetz", "r"). About twice as slow, so only for texts that
# are not ASCII; on ASCII text the two agree.
_UNICODE_TOKEN = re.compile(
    r"[^\W\d_](?:[^\W_]|['’+#-])*|\d+(?:[.,]\d+)*|[?$%€£_=<>{}();:*/+^-]"
)


def _words(text_lower: str) -> list[str]:
    """Word, number and symbol tokens of lower-cased text."""
    token = _TOKEN if text_lower.isascii() else _UNICODE_TOKEN
    return token.findall(text_lower)


# (look-ahead on the alternatives' first characters: same matches, faster scan)
_CODE = re.compile(
    r"(?=[dfrcis{};=])(?:\b(?:def|return|function|const|import|class|select|cursor|"
    r"int)\b|[{};]|=>|==)"
)
# The look-ahead names every alternative's first character, so the scan
# skips other positions without trying the seven alternatives (~3x faster).
ARITHMETIC = re.compile(
    r"(?=[\d*$€£x])(?:\d\s+[-+*/x×÷^=]\s+\d|\d[*×÷^]\d|\*\*|\d\s*%|[$€£]\s?\d|"
    r"\bx\s*[+=-]\s*\d|\d\s*x\s*[+=-])"
)
_DIGIT = re.compile(r"\d")
_OPTIONS = re.compile(r"(?m)^\s*(?:[A-D]\)|Option\s?\d:)")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "for",
        "is",
        "are",
        "be",
        "with",
        "by",
        "it",
        "this",
        "that",
        "at",
        "as",
        "from",
    ]
)
BIGRAMS = True
CONTEXT_WORDS = 30
CONTEXT_CHARS = 500
# Domain cues are cheap to scan and the domain of pasted material often shows
# only after its first lines (a log whose IOCs come late, a leaflet's drug
# names), so they read further into the context than the word features do.
CONTEXT_DOMAIN_CHARS = 2000
# Weight of each source in the request-level domain vote (``top:``): the
# task's own words count most, its pasted context next, sibling tasks least.
_VOTE = {"dom": 2.0, "cdom": 1.0, "sdom": 0.5}
_POLITE_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in sorted(POLITE_PREFIXES, key=lambda p: -len(p.split())):
    _POLITE_BY_FIRST.setdefault(_p.split()[0], []).append(tuple(_p.split()))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Tiny suffix stripper so "summarise"/"summarizing"/"summaries" meet."""
    n = len(word)
    if n <= 4 or not word.isalpha():
        return word
    if "se" in word:
        word = word.replace("ise", "ize").replace("yse", "yze")
    # the suffixes "ing", "ed", "es", "s" in that order, each only when four
    # letters remain; they end in "g", "d" or "s", so the last letter decides
    last = word[-1]
    if last == "s":
        if n >= 6 and word[-2] == "e":
            return word[:-2]
        return word[:-1]
    if last == "g":
        return word[:-3] if n >= 7 and word.endswith("ing") else word
    if last == "d":
        return word[:-2] if n >= 6 and word[-2] == "e" else word
    return word


def tokens(text: str) -> list[str]:
    return _words(text.lower())


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    for i, edge in enumerate(edges):
        if n <= edge:
            return i
    return len(edges)


def _lead(words: list[str]) -> list[str]:
    """Words after politeness/discourse prefixes ("please", "then", ...)."""
    while words:
        for prefix in _POLITE_BY_FIRST.get(words[0], ()):
            if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
                words = words[len(prefix) :]
                break
        else:
            return words
    return words


# "tell me who bears the cost" asks the same as "who bears the cost?"
_REPORT_LEADS = (("tell", "me"), ("let", "me", "know"), ("show", "me"))
_ASK_WORDS = QUESTION_STARTERS | {"whether", "if"}
# Sentences inside one task: a preamble ("Our bill was ...; ") may precede
# the verb that says what is asked.
_SENTENCE_BREAK = re.compile(r"[.;!?\n]+\s+|:\s+")


_REPORT_FIRST = frozenset(p[0] for p in _REPORT_LEADS)


def _ask_lead(words: list[str]) -> list[str]:
    # most leads open with a task verb: one set lookup rules the prefixes out
    if not words or words[0] not in _REPORT_FIRST:
        return words
    for prefix in _REPORT_LEADS:
        n = len(prefix)
        if tuple(words[:n]) == prefix and len(words) > n and words[n] in _ASK_WORDS:
            return words[n:]
    return words


def _verb_sentence_lead(text_lower: str) -> list[str]:
    """Lead words of the first later sentence that opens with a task verb."""
    for chunk in _SENTENCE_BREAK.split(text_lower, maxsplit=4)[1:4]:
        lead = _lead([t for t in _words(chunk) if t[0].isalpha()])
        if lead and (lead[0] in TASK_VERBS or lead[0] in _ASK_WORDS):
            return lead
    return []


# first words of the multi-word lead cues ("sum up", "come up with names")
_MULTI_LEAD_FIRST = frozenset(c.split(" ")[0] for c in LEAD_OWNERS if " " in c)


def _lead_features(lead: list[str]) -> list[str]:
    """``lead:<label>`` for the longest lead cue (of up to three words) that
    opens ``lead``. Joining two- and three-word candidates only pays when
    some multi-word cue starts with the first word, which is rare."""
    sizes = (3, 2, 1) if lead[0] in _MULTI_LEAD_FIRST else (1,)
    for n in sizes:
        owners = LEAD_OWNERS.get(" ".join(lead[:n]))
        if owners:
            return [f"lead:{label}" for label in owners]
    return []


# Typos in the instruction ("summarsie", "transalte", "folowing") hide the very
# words the intent depends on. An unknown token is mapped to a known task verb
# or cue word when it is that word with two adjacent letters swapped or one
# *inner* letter dropped. Substitutions and dropped first/last letters are not
# corrected: they turn real words into cue words ("every" -> "fever", "bank"
# -> "banks", "single" -> "jingle").
_KNOWN: frozenset[str] = frozenset(
    w
    for w in (
        *TASK_VERBS,
        *(c for c in INTENT_OWNERS if " " not in c),
        *(c for c in DOMAIN_OWNERS if " " not in c),
        *words(
            """following article letter difference between example addresses
            sentiment email emails summary poem story function script"""
        ),
    )
    if w.isalpha() and len(w) >= 5
)
_BY_EDIT: dict[str, str | None] = {}
for _w in sorted(_KNOWN):
    _variants = {_w[:i] + _w[i + 1 :] for i in range(1, len(_w) - 1)}
    _variants |= {
        _w[:i] + _w[i + 1] + _w[i] + _w[i + 2 :]
        for i in range(len(_w) - 1)
        if _w[i] != _w[i + 1]
    }
    for _v in _variants - _KNOWN:
        _BY_EDIT[_v] = _w if _BY_EDIT.get(_v, _w) == _w else None


# Real words one such edit away from a cue word ("layer" / "lawyer").
_REAL_WORDS = frozenset(words("english redacts layer plants merges"))


def _correctable(word: str) -> bool:
    return not (
        len(word) < 5 or word in _KNOWN or word in INTENT_OWNERS or word in _REAL_WORDS
    )


# typo -> the known word; the only tokens :func:`correct` changes, so one set
# lookup per token tells whether an instruction needs fixing at all
_FIXES: dict[str, str] = {
    v: w for v, w in _BY_EDIT.items() if w is not None and _correctable(v)
}


def correct(word: str) -> str:
    """The known word ``word`` is a typo of (``word`` itself if none)."""
    return _FIXES.get(word, word)


def _normalise(lower: str, toks: list[str]) -> tuple[str, list[str]]:
    if _FIXES.keys().isdisjoint(toks):
        return lower, toks
    fixed = [correct(t) for t in toks]
    for old, new in zip(toks, fixed, strict=True):
        if old != new:
            lower = re.sub(rf"\b{re.escape(old)}\b", new, lower)
    return lower, fixed


Notes = dict[str, list[str]]
Votes = dict[str, float]


def _cue_features(
    feats: list[str], prefix: str, hits: Sequence[tuple[str, str]]
) -> Notes:
    """One feature per cue label, plus ``:2``/``:many`` strength features for
    material (context, siblings) where one stray word is weak evidence but a
    paragraph full of drug names is not. Returns the cue words per feature
    (the notes); a feature's count is the length of its list."""
    notes: Notes = {}
    if prefix:
        for label, cue in hits:
            name = f"{prefix}:{label}"
            if name in notes:
                notes[name].append(cue)
            else:
                notes[name] = [cue]
    else:
        for label, cue in hits:
            if label in notes:
                notes[label].append(cue)
            else:
                notes[label] = [cue]
    strong = prefix in ("cdom", "sdom")
    for name, cues in notes.items():
        feats.append(name)
        n = len(cues)
        if n >= 2 and strong:
            feats.append(f"{name}:2")
        if n >= 3:
            feats.append(f"{name}:many")
    return notes


def _domain_votes(hits: Sequence[tuple[str, str]], weight: float, votes: Votes) -> None:
    for label, _ in hits:
        if label.startswith("dom:"):
            label = label[4:]
        elif label.startswith("cue:"):
            continue
        votes[label] = votes.get(label, 0.0) + weight


Hits = tuple[tuple[str, str], ...]


def _vote_winner(votes: Votes) -> str:
    """The domain with strictly the most votes ("" on a tie or no votes);
    one pass instead of sorting the (few) domains."""
    if not votes:
        return ""
    peak = max(votes.values())
    winners = [label for label, v in votes.items() if v == peak]
    return winners[0] if len(winners) == 1 else ""


@lru_cache(maxsize=256)
def sibling_hits(rest: str) -> Hits:
    """Domain cues (label, cue) of the request outside one task; cached like
    the context features, since a shared heading or pasted block recurs."""
    return tuple(domain_cues(rest[:CONTEXT_DOMAIN_CHARS].lower()))


@lru_cache(maxsize=256)
def _sibling_features(
    hits: Hits,
) -> tuple[list[str], Notes, tuple[tuple[str, float], ...]]:
    """Domain cues of the request's other tasks ("sdom:"), separately
    namespaced so the model learns how far a sibling's domain carries over
    (the "patient leaflet" heading of a bullet list, an incident's todo).
    Keyed by the hits, not the text: the analyzer scans each part of a
    request once and hands every task the hits of the parts outside it."""
    feats: list[str] = []
    notes = _cue_features(feats, "sdom", hits)
    votes: Votes = {}
    _domain_votes(hits, _VOTE["sdom"], votes)
    return feats, notes, tuple(votes.items())


@lru_cache(maxsize=64)
def _context_features(
    context: str,
) -> tuple[list[str], Notes, bool, tuple[tuple[str, float], ...]]:
    """Features of shared pasted material; cached because every task of a
    multi-task request that refers to it shares the same context."""
    clower = context[:CONTEXT_CHARS].lower()
    feats: list[str] = []
    # the same scan as a sibling part of the request with this very text
    # gets (one-part contexts are such parts): shared through that cache
    hits = sibling_hits(context)
    notes = _cue_features(feats, "cdom", hits)
    votes: Votes = {}
    _domain_votes(hits, _VOTE["cdom"], votes)
    # only the first CONTEXT_WORDS words count: stem no further (one C-level
    # findall over CONTEXT_CHARS beats a generator chain that stops early);
    # words of up to four letters are their own stem
    content = [t for t in _words(clower) if t[0].isalpha() and t not in _STOP]
    feats += [f"c:{w if len(w) <= 4 else stem(w)}" for w in content[:CONTEXT_WORDS]]
    feats.append(f"ctx:{_bucket(len(context) // 6, (20, 60, 150, 400))}")
    return feats, notes, bool(_CODE.search(context[:400])), tuple(votes.items())


def extract(
    text: str,
    context: str,
    pii_types: Iterable[str],
    rest: str | Hits = "",
) -> tuple[list[str], Notes]:
    """Feature names for one task (deduplicated, order-stable), and for cue
    features the words that fired them (used as evidence).

    ``rest`` is the request outside this task and its context (the sibling
    tasks): domain is a property of the request more than of one clause, so
    its cues feed the domain head under their own names, and a weighted vote
    over task, context and siblings adds one ``top:<domain>`` feature.
    ``rest`` may be given as text or as its already-scanned domain hits
    (see :func:`sibling_hits`)."""
    lower = text.lower()
    toks = _words(lower)
    if len(toks) <= 40:  # instructions, not pasted prose mistaken for one
        lower, toks = _normalise(lower, toks)
    # stem() keeps words of up to four letters: skip the call (a cache miss
    # on new traffic) for them
    words = [t if len(t) <= 4 else stem(t) for t in toks if t not in _STOP]
    feats: list[str] = [f"w:{w}" for w in words]
    if BIGRAMS:
        feats += [f"b:{a}_{b}" for a, b in pairwise(words)]
    lead = _ask_lead(_lead([t for t in toks if t[0].isalpha()]))
    if lead and lead[0] not in TASK_VERBS and lead[0] not in _ASK_WORDS:
        lead = _verb_sentence_lead(lower) or lead
    if lead:
        feats += _lead_features(lead)
        if lead[0] in TASK_VERBS:
            feats.append("shape:imperative")
        feats.append(f"first:{stem(lead[0])}")
        if len(lead) > 1:
            feats.append(f"first2:{stem(lead[0])}_{stem(lead[1])}")
    n = len(toks)
    feats.append(f"len:{_bucket(n, (3, 8, 16, 30, 60, 120))}")
    if text.rstrip().endswith("?"):
        feats.append("shape:question")
    if _CODE.search(text) or (context and _context_features(context)[2]):
        feats.append("shape:code")
    # every ARITHMETIC alternative but "**" needs a digit; options need ")" or
    # "Option": cheap gates in front of the scans
    if ("**" in text or _DIGIT.search(text)) and ARITHMETIC.search(text):
        feats.append("shape:arith")
    if (")" in text or "Option" in text) and _OPTIONS.search(text):
        feats.append("shape:options")
    if " _ " in text:
        feats.append("shape:blank")
    own = all_cues(lower)
    notes = _cue_features(feats, "", own)
    votes: Votes = {}
    _domain_votes(own, _VOTE["dom"], votes)
    if context:
        cfeats, cnotes, _, cvotes = _context_features(context)
        feats += cfeats
        notes.update(cnotes)
        for label, v in cvotes:
            votes[label] = votes.get(label, 0.0) + v
    else:
        feats.append("ctx:none")
    if isinstance(rest, str):
        rest = sibling_hits(rest) if rest else ()
    if rest:
        sfeats, snotes, svotes = _sibling_features(rest)
        feats += sfeats
        notes.update(snotes)
        for label, v in svotes:
            votes[label] = votes.get(label, 0.0) + v
    top = _vote_winner(votes)
    if top:
        feats.append(f"top:{top}")
    feats += [f"pii:{t}" for t in pii_types]
    return list(dict.fromkeys(feats)), notes


@lru_cache(maxsize=1 << 14)
def describe(feature: str) -> str:
    """Readable form of a feature for evidence ("first:summarize" stays)."""
    kind, _, value = feature.partition(":")
    names = {"w": "word", "b": "phrase", "c": "context", "first2": "opening",
             "dom": "domain-cue", "cdom": "context-domain-cue",
             "sdom": "sibling-domain-cue", "top": "request-domain"}  # fmt: skip
    return f"{names.get(kind, kind)}:{value.replace('_', ' ')}"
