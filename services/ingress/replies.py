"""The reply to a request whose wait is over: a completion body or the error it deserves."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from services.ingress.chat_request import ChatRequest
from services.ingress.errors import ApiError
from services.ingress.responses import completion_body
from services.ingress.statuses import denial_error, rejection_error
from services.ingress.usage import UsageTally
from services.mesh.events import RequestCompleted, RequestRejected

Result = RequestCompleted | RequestRejected


@dataclass(frozen=True)
class Outcome:
    """What a waiter receives: the result, and the executions counted for its usage."""

    result: Result
    tally: UsageTally


def accepted(outcome: Outcome) -> RequestCompleted:
    """The result when it is an answer to send.

    Raises:
        ApiError: the request was rejected, or no task of it was answered (see `statuses`).
    """
    result = outcome.result
    if not isinstance(result, RequestCompleted):
        raise rejection_error(result)
    error = denial_error(result)
    if error is not None:
        raise error
    return result


def answer(
    outcome: Outcome, chat: ChatRequest, *, trace_id: str | None
) -> dict[str, Any]:
    """The non-streaming completion body. Raises `ApiError` as `accepted` does."""
    result = accepted(outcome)
    return completion_body(
        result,
        created=int(time.time()),
        usage=outcome.tally.usage(result, chat.prompt_chars),
        finish_reason=outcome.tally.finish_reason(),
        trace_id=trace_id,
        ignored=chat.ignored,
    )


def timeout_error(rid: str, timeout_s: float) -> ApiError:
    """504: the mesh has the request but did not answer in time (it keeps processing)."""
    return ApiError(
        504,
        f"no result within {timeout_s:g}s; request {rid} is still in the mesh "
        f"(`llm-mesh explain {rid}` shows where it is)",
        type="timeout",
        code="mesh_timeout",
        request_id=rid,
    )
