"""The executor's error taxonomy: every provider failure becomes one of a few kinds.

Retry, fallback and circuit-breaking decisions are made on the kind alone, never on a
provider's status code or message, so adding a provider means mapping its errors here
once. Messages are built by the adapters with every secret removed (see `redact`): an
error string may end up in an event, a log line or a span, so it must never hold a key.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from services.mesh.errors import MeshError

ErrorKind = Literal[
    "rate_limited",
    "overloaded",
    "timeout",
    "connection",
    "context_length",
    "refused",
    "bad_response",
    "auth",
]

#: Worth trying again on the same model (after a backoff).
RETRYABLE: frozenset[str] = frozenset(
    {"rate_limited", "overloaded", "timeout", "connection", "bad_response"}
)
#: Say something about the model's health, so they count against its breaker. The
#: others (context_length, refused) are about this request: the model answered.
HEALTH_FAILURES: frozenset[str] = frozenset(
    {"rate_limited", "overloaded", "timeout", "connection", "bad_response", "auth"}
)


class ProviderError(MeshError):
    """A model call failed; `kind` is what the executor acts on.

    Attributes:
        kind: one of `ErrorKind`.
        status_code: the HTTP status, when a response arrived.
        retry_after_s: the provider's own "retry after" hint, in seconds.
        retryable: whether retrying the same model may help (defaults by kind; e.g. a
            429 for an exhausted quota is `rate_limited` but not retryable).
    """

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        status_code: int | None = None,
        retry_after_s: float | None = None,
        retryable: bool | None = None,
    ) -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind
        self.message = message
        self.status_code = status_code
        self.retry_after_s = retry_after_s
        self.retryable = kind in RETRYABLE if retryable is None else retryable

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"

    def __repr__(self) -> str:
        return (
            f"ProviderError(kind={self.kind!r}, status_code={self.status_code!r}, "
            f"message={self.message!r})"
        )


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """`text` with every (non-trivial) secret replaced by `***`."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text
