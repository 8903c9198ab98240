"""Carrying out what the router planned beyond one call: agreement cascades and verifiers.

*Cascade* (`router.cascade.agreement` in the decision's rules): the chosen model and the
verifier — two cheap models of different families — answer in parallel; when their
normalised answers agree in a state the router accepted (`decision.cascade_accept`), the
first answer stands; otherwise the escalation model (`fallbacks[0]`) answers. The executor
does this itself because the plan is an execution strategy, priced by the router.

*Verification* (a risk tier asked for a second family): the primary answers, then the
verifier judges that answer (ACCEPT/REJECT). The verdict travels in TaskExecuted; acting
on a rejection (escalate or deny) is governance's decision, not the executor's.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from services.executor.engine import CallPlan, ExecutionResult, Executor
from services.mesh.events import RouteDecision, Task, Verification
from services.mesh.fleet import ModelSpec
from services.router.cascade import RULE_ID as CASCADE_RULE
from services.router.cascade import accepted_states
from services.router.features import answer_format, normalise_answer
from services.router.pairs import pair_state

VERIFY_PROMPT = (
    "You are verifying another model's answer for an enterprise system.\n"
    "Task:\n{task}\n\nAnswer to check:\n{answer}\n\n"
    "Reply ACCEPT or REJECT on the first line, then one sentence saying why."
)

PlanFor = Callable[[tuple[ModelSpec, ...], tuple[dict[str, str], ...]], CallPlan]


@dataclass(frozen=True)
class Outcome:
    """The answer to report, every result that cost something, and the verification."""

    final: ExecutionResult
    spent: tuple[ExecutionResult, ...]
    verification: Verification | None


def is_cascade(decision: RouteDecision) -> bool:
    return bool(decision.verifier) and CASCADE_RULE in decision.rules_fired


def accept_states(decision: RouteDecision) -> tuple[str, ...]:
    """The agreement states in which the first answer is accepted."""
    if decision.cascade_accept:
        return decision.cascade_accept
    return accepted_states(decision.rules_fired) or ()


def verdict_of(reply: str) -> str:
    """accept / escalate from a verifier's reply (anything unclear escalates)."""
    first = (
        reply.strip().split(maxsplit=1)[0].strip(".:,*").upper()
        if reply.strip()
        else ""
    )
    return "accept" if first == "ACCEPT" else "escalate"


async def cascade(
    executor: Executor,
    plan_for: PlanFor,
    task: Task,
    messages: tuple[dict[str, str], ...],
    first: ModelSpec,
    second: ModelSpec,
    escalation: tuple[ModelSpec, ...],
    accept: tuple[str, ...],
) -> Outcome:
    """Two cheap answers in parallel; escalate unless they agree in an accepted state."""
    t0 = time.perf_counter()
    a, b = await asyncio.gather(
        executor.execute(plan_for((first,), messages)),
        executor.execute(plan_for((second,), messages)),
    )
    fmt = answer_format(task.text)
    state = pair_state(
        normalise_answer(a.answer, fmt) if a.ok else None,
        normalise_answer(b.answer, fmt) if b.ok else None,
    )
    base = {"model": second.name, "mode": "cascade", "agreement": state}
    if a.ok and b.ok and state in accept:
        ms = (time.perf_counter() - t0) * 1000
        v = Verification(
            **base,
            verdict="accept",
            cost_usd=b.cost_usd,
            latency_ms=ms,
            rationale=f"{first.name} and {second.name} agree ({state})",
        )
        return Outcome(a, (a, b), v)
    if not escalation:
        ms = (time.perf_counter() - t0) * 1000
        v = Verification(
            **base,
            verdict="escalate",
            cost_usd=b.cost_usd,
            latency_ms=ms,
            rationale="answers not trusted and no escalation model",
        )
        return Outcome(a, (a, b), v)
    strong = await executor.execute(plan_for(escalation, messages))
    ms = (time.perf_counter() - t0) * 1000
    v = Verification(
        **base,
        verdict="escalate",
        escalated_to=strong.model or escalation[0].name,
        cost_usd=b.cost_usd + a.cost_usd,
        latency_ms=ms,
        rationale=f"agreement state {state} not accepted: escalated",
    )
    return Outcome(strong, (a, b, strong), v)


async def verify(
    executor: Executor,
    plan_for: PlanFor,
    task: Task,
    primary: ExecutionResult,
    verifier: ModelSpec,
) -> tuple[ExecutionResult, Verification]:
    """Ask `verifier` to judge the primary's answer."""
    prompt = VERIFY_PROMPT.format(task=task.text[:4000], answer=primary.answer[:4000])
    check = await executor.execute(
        plan_for((verifier,), ({"role": "user", "content": prompt},))
    )
    verdict = verdict_of(check.answer) if check.ok else "escalate"
    reason = (
        check.answer.strip().splitlines()[-1][:200] if check.ok and check.answer else ""
    )
    v = Verification(
        model=verifier.name,
        mode="verify",
        verdict=verdict,
        rationale=reason or (check.error_kind or "no verdict"),
        cost_usd=check.cost_usd,
        latency_ms=check.latency_ms,
    )
    return check, v
