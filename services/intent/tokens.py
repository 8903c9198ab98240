"""Token estimates for routing cost: input size and expected answer length.

The router budgets cost and latency before any model runs, so it needs a
cheap, tokenizer-free estimate. Input: the average of the chars/4 and
words*1.33 rules of thumb (robust for prose and code alike), except that
Chinese, Japanese and Korean characters count about one token each: they are
not separated by spaces, so both rules would undercount them four- to
sixfold and under-price a long CJK document. Output: a
per-intent prior scaled by the input and overridden by explicit length
requests ("in 100 words", "one sentence", "only a single choice").
"""

from __future__ import annotations

import re

_WORDS = re.compile(r"\S+")
_CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
_N_WORDS = re.compile(
    r"\b(?:in|under|within|max(?:imum)?|about|at most)\s+(\d{1,4})\s+words\b", re.I
)
_SINGLE = re.compile(
    r"single choice|only the letter|one word|yes or no|\bpick one\b|answer:\s*$", re.I
)
_SINGLE_HINTS = ("single choice", "only the letter", "one word", "yes or no",
                 "pick one", "answer:")  # fmt: skip
_SENTENCES = re.compile(r"\b(one|a single|two|three|1|2|3) sentences?\b", re.I)
_BULLETS = re.compile(r"\b(three|five|3|5|ten|10) bullet", re.I)

_PRIOR = {
    "summarize": 150, "draft": 350, "creative": 250, "reasoning": 350, "math": 200,
    "code": 350, "classify": 20, "sentiment": 20, "extract": 120, "translate": 0,
    "qa": 150, "chat": 40,
}  # fmt: skip
_CREATIVE = {
    "haiku": 25, "limerick": 60, "slogan": 60, "tagline": 30, "joke": 50,
    "poem": 180, "sonnet": 160, "story": 700, "screenplay": 900, "lyrics": 250,
}  # fmt: skip
_COMPLEXITY = {"low": 0.7, "medium": 1.0, "high": 1.8}
_NUMBERS = {"one": 1, "a single": 1, "two": 2, "three": 3, "five": 5, "ten": 10}


def estimate_tokens(text: str) -> int:
    """Approximate LLM tokens of ``text`` without a tokenizer."""
    if not text:
        return 0
    words = len(text.split())
    estimate = (len(text) / 4 + words * 1.33) / 2
    if not text.isascii():
        cjk = len(_CJK.findall(text))
        estimate += cjk - cjk / 8  # one token each instead of their chars/4 half
    return max(1, round(estimate))


def estimate_output(text: str, intent: str, complexity: str, input_tokens: int) -> int:
    """Expected answer length in tokens for one task."""
    low = text.lower()
    # Substring gates skip the case-insensitive scans when their literal word
    # is absent; only safe for ASCII, where re.I folds exactly like lower().
    ascii_ = text.isascii()
    m = _N_WORDS.search(text) if not ascii_ or "words" in low else None
    if m:
        return max(5, round(int(m.group(1)) * 1.35))
    if (not ascii_ or any(map(low.__contains__, _SINGLE_HINTS))) and _SINGLE.search(
        text
    ):
        return 3
    m = _SENTENCES.search(text) if not ascii_ or "sentence" in low else None
    if m:
        n = _NUMBERS.get(m.group(1).lower()) or int(m.group(1))
        return 30 * n
    m = _BULLETS.search(text) if not ascii_ or "bullet" in low else None
    if m:
        n = _NUMBERS.get(m.group(1).lower()) or int(m.group(1))
        return 25 * n
    scale = _COMPLEXITY.get(complexity, 1.0)
    if intent == "translate":
        return max(20, round(input_tokens * 1.2))
    if intent == "summarize":
        return max(40, min(500, round(input_tokens * 0.2 * scale + 40)))
    if intent == "extract":
        return max(30, min(800, round(input_tokens * 0.3)))
    if intent == "creative":
        for word, n in _CREATIVE.items():
            if word in low:
                return n
    return max(5, round(_PRIOR.get(intent, 150) * scale))
