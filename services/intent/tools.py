"""Which tools a task needs: calculator, retrieval, code_execution, browsing.

Tool needs are signalled by explicit cues ("our policy", "run the tests",
"latest"), so a short list of named cue patterns is both accurate and
self-explaining: the evidence is the cue that fired.
"""

from __future__ import annotations

import re

from services.intent.features import ARITHMETIC

# Cheap substring gates: the regexes below only run when one of these occurs.
_RETRIEVAL_HINTS = ("our ", "company", "internal", "attached", "according to",
                    "knowledge", "confluence", "sharepoint")  # fmt: skip
_BROWSING_HINTS = ("latest", "current", "today", "right now", "this week", "news",
                   "up to date", "up-to-date", "search the web", "look up",
                   "look it up", "google", "at the moment")  # fmt: skip
_DIGIT = re.compile(r"\d")
_DOC_INTENTS = frozenset({"summarize", "classify", "sentiment", "extract", "translate"})

_RETRIEVAL = re.compile(
    r"\b(?:our|company|internal|the attached|attached)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:polic(?:y|ies)|handbook|guidelines?|runbook|playbook|wiki|docs|documentation|"
    r"knowledge ?base|kb|sops?|procedures?|manual|records|contracts?|files?|"
    r"reports?|findings|notes)\b|\baccording to (?:our|the)\b|\bknowledge ?base\b|"
    r"\bin line with our\b|\bconfluence\b|\bsharepoint\b",
    re.I,
)
_DOC_REFERENCE = re.compile(
    r"\b(?:the|our|last week's|the latest|the attached|yesterday's)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:report|filing|agreement|contract|policy|nda|notes|"
    r"summary|transcript|memo|statement|findings|logs?|alert|advisory|bulletin|"
    r"ruling|brief|letter|email|review|feedback|newsletter|recap|update|post|article|"
    r"history|protocol|scan|proposal|dispute|terms|notes|document|pack|deck|slides|"
    r"minutes|handbook|plan|roadmap|findings|results)\b",
    re.I,
)
_CODE_EXEC = re.compile(
    r"\b(?:run|execute|exec)\b(?!\s+(?:a|the)\s+(?:meeting|campaign|business))|"
    r"\bwhat (?:does|will) (?:it|this|the code|the snippet) (?:print|output|return)\b|"
    r"\b(?:and|then) test\b",
    re.I,
)
# Only cues about the *currency of information* count: "recently observed",
# "current ratio", "tired of meetings today" or "live" in a question need no web.
_BROWSING = re.compile(
    r"\b(?:latest|today's|right now|this week's|news|up[- ]to[- ]date|"
    r"search the web|look (?:it )?up|google|at the moment|"
    r"current(?:ly)?\s+(?:[\w-]+\s+)?(?:prices?|rates?|news|weather|status|version|"
    r"exchange|stock|ceo|president|prime minister|events?|recommendations?|"
    r"guidance|guidelines|advice|regulations?|rules?))\b",
    re.I,
)
# A multiple-choice / fill-in item is answered closed-book from its options.
_EXAM = re.compile(r"(?m)^\s*(?:[A-E][).]|Option\s?\d\s*:)\s*\S")
_CALC = re.compile(
    r"\b(?:calculate|compute|work out|figure out|how much|how many|percent|"
    r"npv|irr|roi|bmi)\b",
    re.I,
)


def detect_tools(
    text: str, context: str, intent: str, domain: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(tools, evidence) for one task; evidence names the cue that fired."""
    tools: list[str] = []
    evidence: list[str] = []
    lower = text.lower()
    if intent == "chat" or ("Answer:" in text and _EXAM.search(text)):
        return (), ()
    if intent == "math" or (intent in ("reasoning", "qa") and _DIGIT.search(text)
                            and (_CALC.search(text) or ARITHMETIC.search(text))):  # fmt: skip
        tools.append("calculator")
        evidence.append(f"calculator:intent={intent}")
    m = (
        _RETRIEVAL.search(text)
        if any(map(lower.__contains__, _RETRIEVAL_HINTS))
        else None
    )
    if m:
        tools.append("retrieval")
        evidence.append(f"retrieval:'{m.group(0)}'")
    elif intent in _DOC_INTENTS and not context:
        ref = _DOC_REFERENCE.search(text)
        if ref:
            tools.append("retrieval")
            evidence.append(f"retrieval:unpasted '{ref.group(0)}'")
    if intent == "code":
        m = _CODE_EXEC.search(text)
        if m:
            tools.append("code_execution")
            evidence.append(f"code_execution:'{m.group(0)}'")
    if (
        intent not in _DOC_INTENTS
        and intent != "code"
        and any(map(lower.__contains__, _BROWSING_HINTS))
    ):
        m = _BROWSING.search(text)
        if m:
            tools.append("browsing")
            evidence.append(f"browsing:'{m.group(0)}'")
    return tuple(sorted(set(tools))), tuple(evidence)
