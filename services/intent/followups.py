"""Sentences that add an ask to the one before.

A sentence opened by "Also" or "Then" after an ask is a new task even when
its words alone would not say so: a deliverable without a verb ("Also a
two-line message from the team.", "Then a tiny rhyme to help kids remember
it."), or a verb that otherwise refines the previous task ("Please also show
me an example of ...", which reads like "Show your reasoning."). Requests in
other languages chain their asks the same way ("¿...? Y dime también ...",
"... ? Calculez aussi ...", "...? E depois faz-me ...", "Bitte formulieren
Sie außerdem ..."), but :func:`services.intent.instruction.is_instruction`
reads English only, so the "also"/"then" word is the signal there, and the
question before it is an ask too.

Not a new task: "Then the overall mood." (no deliverable: the same
analysis goes on), "Also the blind in room 4 is stuck" (a report, not an
ask), "Then explain why." (a short elaboration, left to
:func:`~services.intent.instruction.is_elaboration`).
"""

from __future__ import annotations

from typing import Literal

from services.intent import lexicon as lx
from services.intent.lexicon import words
from services.intent.verbless import DELIVERABLES

# English openers that add an ask; the words after them decide.
_ADDING = frozenset(words("also then additionally plus"))
_LEADS = frozenset(words("please and can could would will you"))

# "also" / "then" / "and" in Spanish, Portuguese, French, German, Dutch,
# Italian and Catalan; a join word ("y", "et", "und") only counts together
# with one of the others ("Y dime también", "Und formulieren Sie auch").
_FOREIGN_ALSO = frozenset(
    words(
        """
        también tambien además ademas luego después despues aussi ensuite puis
        également egalement außerdem ausserdem auch zusätzlich dann ook daarna
        anche inoltre poi depois além também
        """
    )
)
_FOREIGN_JOIN = frozenset(words("y e et und en i"))
_FOREIGN_POLITE = frozenset(words("bitte por favor s'il merci"))
_PUNCT = ",.;:!?¿¡\"'()"
_SIGNALS = _ADDING | _FOREIGN_ALSO


def _tokens(sentence: str, limit: int) -> list[str]:
    """The first ``limit`` words, lower-cased, punctuation stripped (accents
    kept: :func:`~services.intent.instruction.lower_words` is ASCII only)."""
    return [
        word
        for raw in sentence.split(None, limit)[:limit]
        if (word := raw.strip(_PUNCT).lower())
    ]


def adds_ask(sentence: str) -> Literal["", "en", "foreign"]:
    """``sentence`` (not the first of the request) opens with "Also"/"Then"
    and names a new deliverable or a verb ("Also a short poem", "Please also
    show me ..."): "en"; or is a non-English sentence whose first words say
    "also"/"then" ("Calculez aussi ...", "Y dime también ..."): "foreign"
    (the question before it is then an ask as well); otherwise ""."""
    toks = _tokens(sentence, 6)
    # both answers need an also/then word among the first four (the English
    # one after at most three leads): most sentences stop here
    if _SIGNALS.isdisjoint(toks[:4]):
        return ""
    i = 0
    while i < 3 and i < len(toks) and toks[i] in _LEADS:
        i += 1  # "Please also", "And then", "Can you also"
    if i < len(toks) and toks[i] in _ADDING:
        rest = toks[i + 1 :]
        if not rest:
            return ""
        if rest[0] in ("a", "an", "another"):
            added = bool(set(rest[1:5]) & DELIVERABLES)  # "Also a two-line message"
        else:
            # "Please also show me ...": an added ask, not an elaboration;
            # only after "also" ("Then explain why." refines the task before)
            added = toks[i] != "then" and (
                rest[0] in lx.TASK_VERBS or rest[0] in lx.ELABORATION_VERBS
            )
        return "en" if added else ""
    return "foreign" if foreign_adds_ask(toks) else ""


def foreign_adds_ask(toks: list[str]) -> bool:
    """Non-English "also"/"then" among the first words, after a join word,
    politeness or a verb: "Y dime también", "Calculez aussi", "E depois
    faz-me", "Bitte formulieren Sie außerdem"."""
    head = toks[:4]
    if not _FOREIGN_ALSO & set(head):
        return False
    first = head[0]
    return (
        first in _FOREIGN_JOIN
        or first in _FOREIGN_POLITE
        or first in _FOREIGN_ALSO
        or (len(head) > 1 and head[1] in _FOREIGN_ALSO)
    )
