"""The executor's handler: TaskAdmitted in, TaskExecuted or TaskFailed out.

It turns an admitted route into a call plan (the chosen model, then its fallbacks, with the
route's generation parameters), runs it through the `Executor` and reports every attempt,
token and cent. Circuit-breaker changes observed while doing so are published on the
model-health topic so the router stops choosing a failing model.

Idempotency: a task admitted twice (a redelivery) is executed once per process; after a
crash the redelivered input may call the provider again, but its TaskExecuted carries the
same derived event id as the first one, so governance drops the duplicate.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from services.executor.breaker import BreakerTransition
from services.executor.engine import CallPlan, ExecutionResult, Executor
from services.mesh import topics as T
from services.mesh.events import (
    Attempt,
    Event,
    ModelHealthChanged,
    TaskAdmitted,
    TaskExecuted,
    TaskFailed,
    answer_to,
    envelope,
)
from services.mesh.fleet import Fleet, ModelSpec
from services.mesh.handler import Emit, MessageMeta

SYSTEM_PROMPT = (
    "You are one model of an enterprise mesh answering one task of a larger request. "
    "Answer the task precisely and concisely."
)


def messages_for(event: TaskAdmitted) -> tuple[dict[str, str], ...]:
    """The chat messages of a task: its pasted material first, then the instruction."""
    task = event.task
    user = f"{task.context}\n\n{task.text}" if task.context else task.text
    if task.tools or task.intent not in ("qa", "reasoning", "code"):
        return (
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": user},
        )
    return ({"role": "user", "content": user},)


class ExecutorHandler:
    """Executes admitted tasks, many at once."""

    service = "executor"
    topics: tuple[str, ...] = (T.DISPATCH,)

    def __init__(
        self,
        *,
        fleet: Fleet,
        executor: Executor | None = None,
        deadline_s: float = 120.0,
        remember: int = 50_000,
    ) -> None:
        self.fleet = fleet
        self.deadline_s = deadline_s
        self._transitions: list[BreakerTransition] = []
        self.executor = executor or Executor(on_breaker_change=self._transitions.append)
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._remember = remember

    def chain(self, event: TaskAdmitted) -> tuple[ModelSpec, ...]:
        """The models to try, in order, skipping names the fleet does not know."""
        names = [event.decision.model, *event.decision.fallbacks]
        known = set(self.fleet.names())
        return tuple(self.fleet.get(n) for n in dict.fromkeys(names) if n in known)

    async def handle(self, event: Event, meta: MessageMeta) -> Sequence[Emit]:
        if not isinstance(event, TaskAdmitted):
            return []
        if event.event_id in self._seen:
            return []
        self._seen[event.event_id] = None
        if len(self._seen) > self._remember:
            self._seen.popitem(last=False)
        chain = self.chain(event)
        if not chain:
            return [Emit(T.EXECUTIONS, self._failed_unknown(event))]
        params = event.decision.params
        plan = CallPlan(
            task_id=event.task.task_id,
            messages=messages_for(event),
            chain=chain,
            temperature=params.temperature,
            max_tokens=params.max_tokens,
            deadline_s=self.deadline_s,
            tools=tuple(event.task.tools),
        )
        result = await self.executor.execute(plan)
        outs = [Emit(T.EXECUTIONS, self._outcome(event, result))]
        outs.extend(self._health_events())
        return outs

    def _outcome(
        self, event: TaskAdmitted, r: ExecutionResult
    ) -> TaskExecuted | TaskFailed:
        attempts = tuple(
            Attempt(
                model=a.model,
                attempt=a.attempt,
                outcome=a.outcome,
                status_code=a.status_code,
                latency_ms=a.latency_ms,
                error=a.error,
                idempotency_key=a.idempotency_key,
            )
            for a in r.attempts
        )
        common = {
            "envelope": answer_to(event, self.service),
            "context": event.context,
            "task": event.task,
            "task_count": event.task_count,
            "decision": event.decision,
            "attempts": attempts,
        }
        if r.ok:
            return TaskExecuted(
                **common,
                model=r.model,
                answer=r.answer,
                finish_reason=r.finish_reason or "stop",
                tokens_in=r.tokens_in,
                tokens_out=r.tokens_out,
                cost_usd=r.cost_usd,
                latency_ms=r.latency_ms,
                ttft_ms=r.ttft_ms,
            )
        return TaskFailed(
            **common,
            error_kind=r.error_kind or "unknown",
            error_message=r.error_message,
            cost_usd=r.cost_usd,
            latency_ms=r.latency_ms,
        )

    def _failed_unknown(self, event: TaskAdmitted) -> TaskFailed:
        names = [event.decision.model, *event.decision.fallbacks]
        return TaskFailed(
            envelope=answer_to(event, self.service),
            context=event.context,
            task=event.task,
            task_count=event.task_count,
            decision=event.decision,
            error_kind="unknown_model",
            error_message=f"none of {names} is in this executor's fleet "
            f"(fleet version {self.fleet.version}); check MESH_FLEET_FILE",
            attempts=(),
        )

    def _health_events(self) -> list[Emit]:
        out = []
        while self._transitions:
            t = self._transitions.pop(0)
            ev = ModelHealthChanged(
                envelope=envelope(self.service, request_id=t.model, tenant="mesh"),
                model=t.model,
                state=str(t.state),
                previous_state=str(t.previous_state),
                reason=t.reason,
                failure_rate=t.failure_rate,
                consecutive_failures=t.consecutive_failures,
            )
            out.append(Emit(T.MODEL_HEALTH, ev, key=t.model))
        return out
