"""Scanning helpers: run a regex only inside candidate windows of a text.

Validated PII is rare in long prose, so recognizers first find cheap anchors
(digit runs, cue words) and then run their expensive patterns only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Range = tuple[int, int]


def matches(
    pattern: re.Pattern[str], text: str, windows: list[Range]
) -> Iterator[re.Match[str]]:
    """``pattern`` matches inside the numeric windows only."""
    last_end = -1
    for lo, hi in windows:
        for m in pattern.finditer(text, lo, hi):
            if m.start() >= last_end:
                last_end = m.end()
                yield m


def merge_windows(windows: list[Range]) -> list[Range]:
    merged: list[list[int]] = []
    for lo, hi in sorted(windows):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]
