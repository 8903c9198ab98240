"""Scripted faults: the exact failures real providers produce, queued per model.

`POST /_control/script` queues entries such as `429:retry_after=1`, `503`, `slow:3000`,
`reset`, `malformed`, `context_length`, `auth`, `refused` or `ok`; each request to that
model consumes one entry, then the model is back to normal. Parsing happens when the
script is posted, so a typo is a 400 for the test author rather than a silent "ok".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FaultKind = Literal[
    "ok", "status", "slow", "reset", "malformed", "context_length", "auth", "refused"
]
_PLAIN: dict[str, FaultKind] = {
    "ok": "ok",
    "reset": "reset",
    "malformed": "malformed",
    "context_length": "context_length",
    "auth": "auth",
    "refused": "refused",
}


@dataclass(frozen=True, slots=True)
class Fault:
    """One scripted outcome. `status` carries an HTTP code; `slow` a delay in ms."""

    kind: FaultKind
    status: int = 0
    retry_after: str | None = None
    delay_ms: float = 0.0


def parse_fault(spec: str) -> Fault:
    """Parse one script entry.

    Raises:
        ValueError: the entry is not one of the documented forms.
    """
    text = spec.strip()
    if text in _PLAIN:
        return Fault(_PLAIN[text])
    head, _, rest = text.partition(":")
    if head == "slow":
        try:
            return Fault("slow", delay_ms=float(rest))
        except ValueError:
            raise ValueError(f"bad slow fault {spec!r}: want slow:<ms>") from None
    if head.isdigit() and 400 <= int(head) <= 599:
        retry_after = None
        if rest:
            key, _, value = rest.partition("=")
            if key != "retry_after" or not value:
                raise ValueError(f"bad fault option in {spec!r}: want retry_after=<s>")
            retry_after = value
        return Fault("status", status=int(head), retry_after=retry_after)
    raise ValueError(
        f"unknown fault {spec!r}: want ok, reset, malformed, context_length, auth, "
        "refused, slow:<ms> or an HTTP status 400-599 (429:retry_after=<s>)"
    )
