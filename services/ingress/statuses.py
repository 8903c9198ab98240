"""Which HTTP status a mesh outcome deserves, and the OpenAI-style error that says why.

- `RequestRejected` with `invalid_request` / `malformed_event` -> 400 (the caller must fix
  the input); any other rejection code -> 502 (the mesh behind this gateway failed).
- `RequestCompleted` in which **no** task produced an answer -> an error chosen by the most
  actionable denial: a policy rule (admission or validation) -> 403; a spent budget
  (`budget.*`) -> 402, not 429, because OpenAI SDKs retry 429 automatically and a daily or
  monthly budget is not fixed by retrying; an unavailable budget ledger
  (`budget.ledger-unavailable`, governance failing closed) -> 503 with `Retry-After`; only
  failed executions -> 502.
- A result with at least one answered task is a 200 (`mesh.status` says `partial`).

The rule id comes from the task explanation the aggregator writes
(`"<stage> denied by <rule>: <reason>"`); when that shape is not found, the denial is still
refused as a policy denial, with the explanation as the message.
"""

from __future__ import annotations

import re

from services.ingress.errors import ApiError
from services.mesh.events import RequestCompleted, RequestRejected, TaskResult

BAD_INPUT_CODES = frozenset({"invalid_request", "malformed_event"})
LEDGER_UNAVAILABLE = "budget.ledger-unavailable"
_DENIAL = re.compile(r"^(?P<stage>[\w-]+) denied by (?P<rule>[^:\s]+): ", re.DOTALL)


def rejection_error(result: RequestRejected) -> ApiError:
    """The error for a request the mesh refused outright."""
    rid = result.request_id
    message = f"{result.stage}: {result.reason}"
    if result.error_code in BAD_INPUT_CODES:
        return ApiError(400, message, code=result.error_code, request_id=rid)
    return ApiError(
        502, message, type="server_error", code=result.error_code, request_id=rid
    )


def denial_error(result: RequestCompleted) -> ApiError | None:
    """The error for a result in which no task was answered; None when any task was."""
    if not result.tasks or any(t.status == "completed" for t in result.tasks):
        return None
    rid = result.request_id
    message = "; ".join(f"task {t.index + 1}: {t.explanation}" for t in result.tasks)
    rules = [_rule(t) for t in result.tasks if t.status == "denied"]
    policy = [r for r in rules if not r.startswith("budget.")]
    if policy:
        return ApiError(
            403, message, type="permission_error", code=policy[0], request_id=rid
        )
    budget = [r for r in rules if r != LEDGER_UNAVAILABLE]
    if budget:
        return ApiError(
            402, message, type="insufficient_quota", code=budget[0], request_id=rid
        )
    if rules:
        return ApiError(
            503,
            message,
            type="server_error",
            code=LEDGER_UNAVAILABLE,
            request_id=rid,
            headers={"Retry-After": "5"},
        )
    return ApiError(
        502, message, type="server_error", code="execution_failed", request_id=rid
    )


def _rule(task: TaskResult) -> str:
    match = _DENIAL.match(task.explanation)
    return match.group("rule") if match else "governance.denied"
