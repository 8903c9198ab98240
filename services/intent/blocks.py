"""A request's blank-line separated blocks, the unit that is either
instruction or pasted material (see :mod:`services.intent.segment`).

Code fences and quoted (">") lines are material blocks of their own, a rule
line ends a block like a blank line, and a block of time-stamped lines (a
chat export, a timeline) is material however many questions it holds.
"""

from __future__ import annotations

import re

from services.intent.instruction import Range


def is_separator(line: str) -> bool:
    """A rule line ("-----", "====="): it ends a block like a blank line."""
    stripped = line.strip()
    # first character checked first: most lines are prose, not "-----"
    return (
        len(stripped) >= 3
        and stripped[0] in "-*=_~#"
        and not stripped.strip(stripped[0])
    )


def text_blocks(text: str) -> list[tuple[str, list[Range]]]:
    """Blank-line separated blocks of non-empty lines; fences/quotes whole."""
    blocks: list[tuple[str, list[Range]]] = []
    current: list[Range] = []
    fence: str | None = None
    fence_lines: list[Range] = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        stripped = line.strip()
        if fence is not None:
            fence_lines.append((s, e))
            if stripped.startswith(fence) or stripped.endswith(fence):
                blocks.append(("material", fence_lines))
                fence, fence_lines = None, []
            continue
        if stripped.startswith(("```", '"""')):
            if current:
                blocks.append(("plain", current))
                current = []
            fence = stripped[:3]
            fence_lines = [(s, e)]
            if len(stripped) > 3 and stripped.endswith(fence):
                blocks.append(("material", fence_lines))
                fence, fence_lines = None, []
            continue
        if not stripped or is_separator(stripped):
            if current:
                blocks.append(("plain", current))
                current = []
            continue
        if stripped.startswith(">"):
            if current:
                blocks.append(("plain", current))
                current = []
            blocks.append(("material", [(s, e)]))
            continue
        current.append((s, e))
    if fence_lines:
        blocks.append(("material", fence_lines))
    if current:
        blocks.append(("plain", current))
    return blocks


# "[Mon 10:42] Mum it's me", "12/03/24, 10:42 - Ana: ...", "08:02 EDR alert"
_STAMP = re.compile(
    r"\s*\[?(?:[A-Z][a-z]{2}\w*,?\s+)?(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?\s+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\]?\s"
)


def stamped(text: str, lines: list[Range]) -> bool:
    """A chat log or timeline pasted as material: two or more of its lines
    open with a time stamp."""
    if len(lines) < 2:
        return False
    stamped = 0
    for s, e in lines:
        if _STAMP.match(text, s, e):
            stamped += 1
            if stamped >= 2:
                return True
    return False
