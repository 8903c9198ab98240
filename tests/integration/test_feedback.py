"""Closing the loop: feedback loaded into the topic is what the router routes by."""

from __future__ import annotations

import json
import threading
from importlib import resources

import pytest

from services.cli.feedback_cmd import feedback_events_on_topic, load, seed_lines
from services.mesh import topics as T
from services.mesh.events import (
    RequestAnalyzed,
    RequestContext,
    TaskRouted,
    envelope,
    now,
)
from services.mesh.fleet import load_fleet
from services.mesh.policy import PolicyEngine, load_policy
from services.mesh.runner import Runner
from services.router.bench.analyze import TaskMaker
from services.router.cascade import RULE_ID as CASCADE
from services.router.handler import RouterHandler
from tests.kafka_helpers import produce_event, read_events

pytestmark = pytest.mark.integration


def _arc_prompt() -> tuple[str, str]:
    """A multiple-choice prompt of the demo's sample (never in the seed)."""
    ref = resources.files("services.fleet") / "data" / "routerbench_sample.jsonl"
    for line in ref.read_text().splitlines():
        row = json.loads(line)
        if row["eval_name"] == "arc-challenge":
            return row["sample_id"], row["prompt"]
    raise AssertionError("no arc-challenge prompt in the sample")


def _request(sample_id: str, prompt: str) -> RequestAnalyzed:
    task = TaskMaker().task(sample_id, prompt).model_copy(update={"task_id": "t-0"})
    return RequestAnalyzed(
        envelope=envelope("intent", request_id="req-1", tenant="demo"),
        context=RequestContext(submitted_at=now()),
        tasks=(task,),
        sensitivity=task.sensitivity,
        pii_types=(),
    )


def test_loaded_feedback_makes_the_router_plan_a_cascade(make_settings, tmp_path):
    settings = make_settings()
    lines = seed_lines()
    small = [lines[0], *[x for x in lines[1:] if '"arc-challenge"' in x][:50]]
    path = tmp_path / "feedback.jsonl"
    path.write_text("\n".join(small) + "\n")
    report = load(settings, path.read_text().splitlines(), tenant="demo")
    assert (report.prompts, report.events, report.bad) == (50, 550, [])
    # (the embedded broker's reported end may lag the true one: a lower bound)
    assert 0 < feedback_events_on_topic(settings) <= 550

    fleet = load_fleet(settings.fleet_file)
    policy = PolicyEngine(load_policy(settings.policy_file), fleet)
    request = _request(*_arc_prompt())
    cold = RouterHandler(fleet=fleet, policy=policy).handle(request, None)  # type: ignore[arg-type]
    cold_decision = cold[0].event.decision  # type: ignore[attr-defined]
    assert CASCADE not in cold_decision.rules_fired  # nothing learned: one model

    handler = RouterHandler(fleet=fleet, policy=policy)
    runner = Runner(handler, settings, group="router")
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    try:
        produce_event(settings, T.INTENTS, request)
        routed = read_events(settings, T.ROUTES, count=1, timeout_s=15)
    finally:
        runner.stop()
        thread.join(15)
    assert handler.quality.events == 550  # folded all of it before routing
    [event] = routed
    assert isinstance(event, TaskRouted)
    d = event.decision
    assert CASCADE in d.rules_fired, d.explanation
    assert d.verifier and d.fallbacks and d.cascade_accept
    assert d.model != cold_decision.model or d.verifier  # the learned choice differs
