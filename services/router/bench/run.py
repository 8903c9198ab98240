"""Replay training outcomes as feedback, then route and "execute" each test prompt.

The router learns only from FeedbackRecorded events built from the training rows (fed
through the same `RouterHandler` the service runs). A test prompt is routed from its
text alone; executing the decision means reading the recorded `response` and paying the
recorded `cost_usd` of each model called (primary, cascade partner or verifier,
escalation) - what a real call would return. `correct` of the routed prompt is read only
afterwards, to grade the final answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from services.mesh.events import (
    FeedbackRecorded,
    RequestContext,
    RouteDecision,
    envelope,
)
from services.mesh.fleet import Fleet
from services.mesh.handler import MessageMeta
from services.mesh.policy import PolicyEngine
from services.router.bench.analyze import TaskMaker
from services.router.bench.data import Row
from services.router.cascade import RULE_ID as CASCADE_RULE
from services.router.features import answer_format, normalise_answer
from services.router.handler import RouterHandler
from services.router.pairs import pair_state
from services.router.profiles import Profile
from services.router.quality import feedback_features

TENANT = "demo"
_META = MessageMeta(topic="feedback", partition=0, offset=0)
_CTX = RequestContext(submitted_at=datetime(2024, 1, 1, tzinfo=UTC))


@dataclass(frozen=True)
class Call:
    """One model call made for a test prompt."""

    model: str
    role: str
    cost_usd: float


@dataclass(frozen=True)
class Result:
    """How the router did on one test prompt."""

    sample_id: str
    eval_name: str
    answered_by: str
    correct: float
    cost_usd: float
    calls: tuple[Call, ...]
    rules_fired: tuple[str, ...] = field(default=())


def feedback_events(rows: Sequence[Row], maker: TaskMaker) -> list[FeedbackRecorded]:
    """The training rows as the feedback stream a live mesh would have recorded."""
    out = []
    for row in rows:
        task = maker.task(row.sample_id, row.prompt)
        fmt = answer_format(row.prompt)
        for model, o in row.outcomes.items():
            out.append(
                FeedbackRecorded(
                    envelope=envelope("bench", request_id=row.sample_id, tenant=TENANT),
                    task_id=row.sample_id, model=model, intent=task.intent,
                    domain=task.domain, complexity=task.complexity, score=o.correct,
                    cost_usd=o.cost_usd, source="routerbench",
                    features=feedback_features(fmt, normalise_answer(o.response, fmt)),
                )
            )  # fmt: skip
    return out


def trained_handler(
    fleet: Fleet, policy: PolicyEngine, train: Sequence[Row], maker: TaskMaker
) -> RouterHandler:
    """A router handler that has folded the training feedback."""
    handler = RouterHandler(fleet=fleet, policy=policy)
    for fb in feedback_events(train, maker):
        handler.handle(fb, _META)
    return handler


def execute(row: Row, decision: RouteDecision) -> Result:
    """Carry out a decision on the recorded fleet (see module doc for what is read)."""
    calls: list[Call] = []

    def call(model: str, role: str) -> str:
        o = row.outcomes[model]
        calls.append(Call(model, role, o.cost_usd))
        return o.response

    fmt = answer_format(row.prompt)
    answered_by = decision.model
    if not decision.model:
        return Result(
            row.sample_id, row.eval_name, "", 0.0, 0.0, (), decision.rules_fired
        )
    first = call(decision.model, "primary")
    if decision.verifier:
        second = call(decision.verifier, "verifier")
        accept = (
            decision.cascade_accept if CASCADE_RULE in decision.rules_fired else None
        )
        st = pair_state(normalise_answer(first, fmt), normalise_answer(second, fmt))
        # a risk-tier verifier (accept is None) escalates on checkable disagreement
        escalate = (
            fmt.startswith("choice") and st == "dis"
            if accept is None
            else st not in accept
        )
        if escalate and decision.fallbacks:
            answered_by = decision.fallbacks[0]
            call(answered_by, "escalation")
    correct = row.outcomes[answered_by].correct
    cost = sum(c.cost_usd for c in calls)
    return Result(
        row.sample_id, row.eval_name, answered_by, correct, cost, tuple(calls),
        decision.rules_fired,
    )  # fmt: skip


def route_rows(
    handler: RouterHandler, rows: Sequence[Row], maker: TaskMaker, profile: Profile
) -> list[Result]:
    """Route and execute every test row under `profile`."""
    out = []
    for row in rows:
        task = maker.task(row.sample_id, row.prompt)
        decision = handler.router.route(
            task, tenant=TENANT, context=_CTX, health=handler.health, profile=profile
        )
        out.append(execute(row, decision))
    return out
