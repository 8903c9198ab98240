"""The executor's handler over real HTTP: admitted tasks in, one outcome out each."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from services.executor.engine import Executor
from services.executor.handler import ExecutorHandler
from services.mesh import topics as T
from services.mesh.codec import Codec
from services.mesh.events import (
    GenerationParams,
    RouteDecision,
    TaskAdmitted,
    TaskExecuted,
    TaskFailed,
    envelope,
)
from services.mesh.fleet import Fleet
from services.mesh.handler import MessageMeta
from tests.integration.executor.conftest import ThreadedFleet, make_spec
from tests.unit.mesh.samples import CTX, TASK

META = MessageMeta(T.DISPATCH, 0, 0)
SAMPLE = (
    Path(__file__).resolve().parents[3] / "services/fleet/data/routerbench_sample.jsonl"
)


def admitted(decision: RouteDecision, text: str = TASK.text) -> TaskAdmitted:
    return TaskAdmitted(
        envelope=envelope("governance", request_id="req-1", tenant="t"),
        context=CTX,
        task=TASK.model_copy(update={"text": text, "tools": ()}),
        task_count=1,
        decision=decision,
    )


def decision(model: str, *fallbacks: str, **kw: object) -> RouteDecision:
    return RouteDecision(
        model=model,
        fallbacks=fallbacks,
        params=GenerationParams(temperature=0.0, max_tokens=64),
        profile="balanced",
        candidates=(),
        explanation="test",
        **kw,  # type: ignore[arg-type]
    )


def run(fleet_server: ThreadedFleet, fleet: Fleet, event: TaskAdmitted) -> list:
    async def go() -> list:
        executor = Executor(retries_per_model=1, backoff_base_s=0.001)
        handler = ExecutorHandler(fleet=fleet, executor=executor)
        try:
            return list(await handler.handle(event, META))
        finally:
            await handler.aclose()

    return asyncio.run(go())


def test_fallback_is_recorded_with_every_attempt_and_cost(fleet):
    models = Fleet(models=(make_spec(fleet, "sim-a"), make_spec(fleet, "sim-b")))
    fleet.script("sim-a", "500", "500")
    [out] = run(fleet, models, admitted(decision("sim-a", "sim-b")))
    event = out.event
    assert out.topic == T.EXECUTIONS and isinstance(event, TaskExecuted)
    assert event.model == "sim-b" and "[simulated sim-b]" in event.answer
    assert [(a.model, a.outcome) for a in event.attempts] == [
        ("sim-a", "overloaded"),
        ("sim-a", "overloaded"),
        ("sim-b", "ok"),
    ]
    assert event.cost_usd > 0 and event.tokens_in > 0
    Codec().decode(Codec().encode(event))


def test_no_known_model_fails_the_task_with_a_reason(fleet):
    models = Fleet(models=(make_spec(fleet, "sim-a"),))
    [out] = run(fleet, models, admitted(decision("nope", "nada")))
    assert isinstance(out.event, TaskFailed)
    assert "check MESH_FLEET_FILE" in out.event.error_message


def test_an_agreement_cascade_escalates_when_the_pair_disagrees(fleet):
    row = next(
        json.loads(line)
        for line in SAMPLE.read_text().splitlines()
        if json.loads(line)["eval_name"] == "arc-challenge"
    )
    names = (
        "zero-one-ai/Yi-34B-Chat",
        "mistralai/mixtral-8x7b-chat",
        "gpt-4-1106-preview",
    )
    models = Fleet(models=tuple(make_spec(fleet, n) for n in names))
    plan = decision(
        names[0],
        names[2],
        verifier=names[1],
        rules_fired=("router.cascade.agreement",),
        cascade_accept=(),  # accept nothing: always escalate
    )
    # the fleet runs with the bundled recorded sample, so these are real answers
    [out] = run(fleet, models, admitted(plan, row["prompt"]))
    event = out.event
    assert isinstance(event, TaskExecuted) and event.verification is not None
    v = event.verification
    assert (
        v.mode == "cascade" and v.verdict == "escalate" and v.escalated_to == names[2]
    )
    assert event.model == names[2]
    assert event.answer == row["outcomes"][names[2]]["response"]
    called = [a.model for a in event.attempts]
    assert set(called) == set(names)  # both cheap models and the strong one
