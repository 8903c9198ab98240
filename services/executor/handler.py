"""The executor's handler: TaskAdmitted in, TaskExecuted or TaskFailed out.

It turns an admitted route into a call plan (the chosen model, then its fallbacks, with the
route's generation parameters), runs it through the `Executor` and reports every attempt,
token and cent. Circuit-breaker changes observed while doing so are published on the
model-health topic so the router stops choosing a failing model.

Idempotency, in two layers. In one process, an LRU of input event ids runs a task admitted
twice (a redelivery, a duplicate publish) once. Across a crash, the runner does it
(`services/mesh/async_runner.py`, `recovery_topic` below): it reads back the executions
partition from the mark committed with the dispatch offset and skips every redelivered task
whose TaskExecuted/TaskFailed is already there, so no second one is written. A task whose
provider call was in flight at the crash has no output yet: it is run again, with the same
Idempotency-Key per (task, model, attempt), which providers that honour it de-duplicate;
others may bill both calls (see docs/executor.md).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence

from services.executor.breaker import BreakerTransition
from services.executor.engine import CallPlan, Executor
from services.executor.verification import (
    Outcome,
    PlanFor,
    accept_states,
    cascade,
    is_cascade,
    verify,
)
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
    recovery_topic = T.EXECUTIONS  # the runner skips inputs already answered there

    def __init__(
        self,
        *,
        fleet: Fleet,
        executor: Executor | None = None,
        deadline_s: float = 120.0,
        stream: bool = False,
        remember: int = 50_000,
    ) -> None:
        self.fleet = fleet
        self.deadline_s = deadline_s
        self._transitions: list[BreakerTransition] = []
        self.executor = executor or Executor(
            stream=stream, on_breaker_change=self._transitions.append
        )
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._remember = remember

    async def aclose(self) -> None:
        """Close the executor's HTTP connections (called by the runner on shutdown)."""
        await self.executor.aclose()

    def forget(self, event: Event) -> None:
        """Allow `event` to run again: the runner dropped or failed to write its output."""
        self._seen.pop(event.envelope.event_id, None)

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
        t0 = time.perf_counter()
        outcome = await self._run(event, chain)
        wall_ms = (time.perf_counter() - t0) * 1000
        outs = [Emit(T.EXECUTIONS, self._outcome(event, outcome, wall_ms))]
        outs.extend(self._health_events())
        return outs

    def plan_for(self, event: TaskAdmitted) -> PlanFor:
        """Builds call plans for this task with the route's generation parameters."""
        params = event.decision.params

        def plan(
            chain: tuple[ModelSpec, ...], messages: tuple[dict[str, str], ...]
        ) -> CallPlan:
            return CallPlan(
                task_id=event.task.task_id,
                messages=messages,
                chain=chain,
                temperature=params.temperature,
                max_tokens=params.max_tokens,
                deadline_s=self.deadline_s,
                tools=tuple(event.task.tools),
            )

        return plan

    async def _run(self, event: TaskAdmitted, chain: tuple[ModelSpec, ...]) -> Outcome:
        decision = event.decision
        plan_for = self.plan_for(event)
        messages = messages_for(event)
        known = set(self.fleet.names())
        verifier = (
            self.fleet.get(decision.verifier) if decision.verifier in known else None
        )
        if verifier is not None and is_cascade(decision):
            escalation = tuple(
                self.fleet.get(n) for n in decision.fallbacks if n in known
            )
            return await cascade(
                self.executor,
                plan_for,
                event.task,
                messages,
                chain[0],
                verifier,
                escalation,
                accept_states(decision),
            )
        result = await self.executor.execute(plan_for(chain, messages))
        if verifier is None or not result.ok:
            return Outcome(result, (result,), None)
        check, verification = await verify(
            self.executor, plan_for, event.task, result, verifier
        )
        return Outcome(result, (result, check), verification)

    def _outcome(
        self, event: TaskAdmitted, outcome: Outcome, wall_ms: float
    ) -> TaskExecuted | TaskFailed:
        r = outcome.final
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
            for spent in outcome.spent
            for a in spent.attempts
        )
        cost = sum(x.cost_usd for x in outcome.spent)
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
                tokens_in=sum(x.tokens_in for x in outcome.spent),
                tokens_out=sum(x.tokens_out for x in outcome.spent),
                cost_usd=cost,
                latency_ms=wall_ms,
                ttft_ms=r.ttft_ms,
                verification=outcome.verification,
            )
        return TaskFailed(
            **common,
            error_kind=r.error_kind or "unknown",
            error_message=r.error_message,
            cost_usd=cost,
            latency_ms=wall_ms,
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
                state=t.state,
                previous_state=t.previous_state,
                reason=t.reason,
                failure_rate=t.failure_rate,
                consecutive_failures=t.consecutive_failures,
            )
            out.append(Emit(T.MODEL_HEALTH, ev, key=t.model))
        return out
