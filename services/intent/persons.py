"""PERSON names, detected only with strong evidence.

Precision matters more than recall for names (they are not validated by any
checksum), so a name is reported only after an honorific ("Dr. Tan"), a cue
("my name is", "Patient:", "Dear ...", a signature) or as a known given name
followed by a capitalised surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from services.intent.lexicon import words
from services.intent.names import FIRST_NAMES, NOT_SURNAMES
from services.intent.windows import Range, matches, merge_windows

_NAME = r"[A-ZÀ-Ý][a-zß-ÿ]*(?:[A-Z][a-zß-ÿ]+)?(?:['’-][A-Z]?[a-zß-ÿ]+)*"
_PERSON_HONORIFIC = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mdm|Madam|Dame)\.?[ \t]+({_NAME}(?: {_NAME}){{0,2}})"
)
# The look-ahead lists the cues' first letters: the scan skips every other
# position without trying the alternatives.
_PERSON_CUE = re.compile(
    r"(?=[MNPECSRTDFAmnpecsrtdfa])\b(?:[Mm]y name is|[Nn]ame:|[Pp]atient(?: name)?:?|[Ee]mployee:?|"
    r"[Cc]ustomer:?|[Cc]lient:?|[Ss]igned:?|[Rr]egards,|[Ss]incerely,|[Tt]hanks,|"
    r"[Dd]ear|[Cc]ontact:|[Ff]rom:|[Tt]o:|[Cc]c:|[Aa]pplicant:?|[Tt]enant:?)"
    rf"[ \t]*\n?[ \t]*({_NAME}(?: {_NAME}){{1,2}})"
)
# The surname sits in a look-ahead so overlapping pairs ("Pt Rahul Iyer") are
# all considered; the word boundary before the given name is checked in code
# (a leading \b would defeat the regex engine's fast capital-letter scan).
_CAP_PAIR = re.compile(rf"([A-Z][a-z]+)(?= ({_NAME})(?![\w'’]))")
_STRONG_CUES = frozenset(words("my  nam pat sig reg sin app ten emp cus cli"))
_HONORIFIC_HINTS = ("Mr", "Ms", "Dr", "Prof", "Miss", "Mdm", "Madam", "Dame")
_CUE_HINTS = (
    "name", "patient", "employee", "customer", "client", "signed", "regards",
    "sincerely", "thanks,", "dear", "contact:", "from:", "to:", "cc:", "applicant",
    "tenant",
)  # fmt: skip


def _is_name_token(word: str) -> bool:
    return word.lower() not in NOT_SURNAMES and len(word) > 1


def find_persons(text: str) -> Iterator[Range]:
    """Spans of person names backed by an honorific, a cue or a known given name."""
    if any(map(text.__contains__, _HONORIFIC_HINTS)):
        yield from _honorific_persons(text)
    lower = text.lower()
    if any(map(lower.__contains__, _CUE_HINTS)):
        yield from _cue_persons(text)
    yield from _pair_persons(text)


def _honorific_persons(text: str) -> Iterator[Range]:
    for m in _PERSON_HONORIFIC.finditer(text):
        words = m.group(1).split()
        while words and not _is_name_token(words[-1]):
            words.pop()
        if words and _is_name_token(words[0]):
            start = m.start(1)
            end = start + len(" ".join(words))
            if text[start:end] == " ".join(words):
                yield start, end


def _cue_persons(text: str) -> Iterator[Range]:
    lower = text.lower()
    if len(lower) == len(text):  # scan only around the cue words
        spots = []
        for hint in _CUE_HINTS:
            at = lower.find(hint)
            while at >= 0:
                spots.append((max(0, at - 4), min(len(text), at + 90)))
                at = lower.find(hint, at + 1)
        found: Iterator[re.Match[str]] = matches(
            _PERSON_CUE, text, merge_windows(spots)
        )
    else:
        found = _PERSON_CUE.finditer(text)
    for m in found:
        words = m.group(1).split()
        while words and not _is_name_token(words[-1]):
            words.pop()
        strong = m.group(0)[:3].lower().strip() in _STRONG_CUES
        if len(words) < 2 or not all(_is_name_token(w) for w in words):
            continue
        if words[0].lower() in FIRST_NAMES or strong:
            start = m.start(1)
            end = text.find(words[-1], start) + len(words[-1])
            yield start, end


def _pair_persons(text: str) -> Iterator[Range]:
    for m in _CAP_PAIR.finditer(text):
        first, last = m.group(1), m.group(2)
        start = m.start(1)
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’"):
            continue
        if first.lower() in FIRST_NAMES and _is_name_token(last):
            yield start, m.end(2)
