"""Longest-match scanning of word n-gram cues (the engine behind :mod:`cues`).

Every task, its pasted context and each sibling part of a request is scanned
for cues, so this loop is among the hottest of the intent stage. The tables
are compiled once at import: a cue's (label, cue) pairs are prebuilt, and
the set of word sequences that some longer cue extends lets a match grow
one word at a time and stop as soon as no longer cue can follow — instead of
joining and looking up every length from the longest possible down.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, repeat

Hit = tuple[str, str]

EDGE = "\"'()[]{}<>.,!?:;*`"


@dataclass(frozen=True)
class CueTable:
    """cue -> its (label, cue) hits; the words that start a cue; and the word
    sequences (space-joined) that are a proper prefix of some longer cue."""

    hits: dict[str, tuple[Hit, ...]]
    starts: frozenset[str]
    prefixes: frozenset[str]

    @classmethod
    def build(cls, owners: dict[str, tuple[str, ...]]) -> CueTable:
        prefixes: set[str] = set()
        for cue in owners:
            parts = cue.split()
            prefixes.update(" ".join(parts[:k]) for k in range(1, len(parts)))
        hits = {
            cue: tuple((label, cue) for label in labels)
            for cue, labels in owners.items()
        }
        starts = frozenset(cue.split()[0] for cue in owners)
        return cls(hits, starts, frozenset(prefixes))


def words_of(text_lower: str) -> list[str]:
    """Whitespace tokens with surrounding punctuation stripped."""
    return list(filter(None, map(str.strip, text_lower.split(), repeat(EDGE))))


def find_cues(table: CueTable, words: list[str]) -> list[Hit]:
    """(label, cue) pairs: the longest cue starting at each position, left to
    right; words inside a match cannot start another one."""
    found: list[Hit] = []
    n = len(words)
    hits = table.hits
    prefixes = table.prefixes
    free = 0  # first position not consumed by an earlier match
    # only positions whose word can start a cue are tried (most words cannot)
    for i in compress(range(n), map(table.starts.__contains__, words)):
        if i < free:
            continue
        cue = words[i]
        best = hits.get(cue)
        end = j = i + 1
        # any longer cue extends every shorter prefix of itself: grow while
        # the words so far are such a prefix, keeping the longest full cue
        while j < n and cue in prefixes:
            cue = f"{cue} {words[j]}"
            j += 1
            longer = hits.get(cue)
            if longer:
                best, end = longer, j
        if best:
            found += best
            free = end
    return found
