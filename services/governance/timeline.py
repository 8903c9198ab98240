"""`explain`: the decision timeline of one request, built from its stage events.

Pure: takes decoded events (with where and when they were read) and answers, for every
task, the four questions an auditor asks — why this model, what else was considered
(and why not), was there a fallback or an escalation, and was the answer validated —
plus cost and latency. Kafka reading lives in the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from services.governance.outputs import ESCALATED
from services.mesh.events import (
    Event,
    RequestAnalyzed,
    RequestCompleted,
    RequestRejected,
    RequestSubmitted,
    TaskAdmitted,
    TaskDenied,
    TaskExecuted,
    TaskFailed,
    TaskRouted,
    TaskValidated,
)

STAGE_ORDER = ("requests", "intents", "routes", "dispatch", "executions", "verdicts",
               "results")  # fmt: skip


@dataclass(frozen=True)
class Stored:
    """A decoded event and where it was read (logical topic, partition, offset)."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    event: Event


def order_key(s: Stored) -> tuple[int, int, int, int]:
    """Chronological order; ties broken by pipeline stage, then offset."""
    stage = STAGE_ORDER.index(s.topic) if s.topic in STAGE_ORDER else len(STAGE_ORDER)
    return s.timestamp_ms, stage, s.partition, s.offset


@dataclass
class TaskStory:
    """What happened to one task, and the four answers."""

    task_id: str
    index: int = 0
    intent: str = ""
    domain: str = ""
    sensitivity: str = ""
    chosen: str | None = None
    why: str = ""
    alternatives: list[dict[str, Any]] = field(default_factory=list)
    dispatches: list[dict[str, Any]] = field(default_factory=list)
    executions: list[dict[str, Any]] = field(default_factory=list)
    verdict: dict[str, Any] = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)


@dataclass
class Timeline:
    """The whole request: its events in order and one story per task."""

    request_id: str
    tenant: str = ""
    status: str = "in progress"
    total_cost_usd: float = 0.0
    latency_ms: float | None = None
    tasks: list[TaskStory] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _why_not(c: Any, chosen: Any) -> str:
    if c.excluded_by:
        return f"excluded by {c.excluded_by}" + (f": {c.reason}" if c.reason else "")
    if chosen is not None and c.score is not None and chosen.score is not None:
        return f"ranked lower (score {c.score:.3f} < {chosen.score:.3f})"
    return c.reason or "ranked lower"


def _routed(story: TaskStory, ev: TaskRouted) -> None:
    d = ev.decision
    t = ev.task
    story.index, story.intent, story.domain = t.index, t.intent, t.domain
    story.sensitivity = t.sensitivity
    story.chosen = d.model or None
    best = next((c for c in d.candidates if c.model == d.model), None)
    score = f" (score {best.score:.3f})" if best and best.score is not None else ""
    story.why = (f"{d.model}{score}, profile {d.profile}: {d.explanation}"
                 if d.model else "no eligible model")  # fmt: skip
    story.alternatives = [
        {"model": c.model, "eligible": c.eligible, "score": c.score,
         "cost_usd": c.cost_usd, "why_not": _why_not(c, best)}
        for c in d.candidates if c.model != d.model
    ]  # fmt: skip


def _dispatched(story: TaskStory, ev: TaskAdmitted) -> None:
    d = ev.decision
    story.dispatches.append({
        "model": d.model, "rerouted_from": ev.rerouted_from,
        "reserved_usd": ev.reserved_usd, "fallbacks": list(d.fallbacks),
        "verifier": d.verifier,
        "escalation": next((r.split(":", 1)[1] for r in reversed(d.rules_fired)
                            if r.startswith(ESCALATED + ":")), None),
        "downgraded": "governance.budget-downgrade" in d.rules_fired,
    })  # fmt: skip


def _executed(story: TaskStory, ev: TaskExecuted | TaskFailed) -> None:
    done = isinstance(ev, TaskExecuted)
    model = ev.model if isinstance(ev, TaskExecuted) else None
    v = ev.verification if isinstance(ev, TaskExecuted) else None
    story.executions.append({
        "planned": ev.decision.model, "model": model, "ok": done,
        "fallback": model is not None and model != ev.decision.model
        and not (v is not None and v.escalated_to == model),
        "calls": [f"{a.model}#{a.attempt}:{a.outcome}" for a in ev.attempts],
        "verifier": ev.decision.verifier,
        "verification": None if v is None else {
            "model": v.model, "mode": v.mode, "verdict": v.verdict,
            "agreement": v.agreement, "escalated_to": v.escalated_to},
        "cost_usd": ev.cost_usd, "latency_ms": ev.latency_ms,
        "error": None if done else getattr(ev, "error_kind", ""),
    })  # fmt: skip


def _answers(s: TaskStory) -> dict[str, str]:
    why = s.why or "no route recorded"
    if s.dispatches and s.dispatches[0]["rerouted_from"]:
        why += (f"; governance re-routed it from {s.dispatches[0]['rerouted_from']} "
                f"to {s.dispatches[0]['model']}")  # fmt: skip
    considered = "; ".join(f"{a['model']}: {a['why_not']}" for a in s.alternatives)
    moves = [f"executor fell back from {e['planned']} to {e['model']}"
             for e in s.executions if e["fallback"]]  # fmt: skip
    moves += [f"cascade with {e['verification']['model']} "
              f"({e['verification']['agreement'] or 'no agreement'}) escalated to "
              f"{e['verification']['escalated_to']}"
              for e in s.executions if e["verification"]
              and e["verification"]["escalated_to"]]  # fmt: skip
    moves += [f"escalated to {d['model']} ({d['escalation']})"
              for d in s.dispatches if d["escalation"]]  # fmt: skip
    moves += [f"downgraded to {d['model']} near the budget cap"
              for d in s.dispatches if d["downgraded"]]  # fmt: skip
    v = s.verdict
    if v.get("status") == "validated":
        checks = ", ".join(v.get("checks", []))
        checked = [e["verification"] for e in s.executions if e["verification"]]
        by = (f"; {checked[-1]['mode']} by {checked[-1]['model']} "
              f"({checked[-1]['verdict']})" if checked else "")  # fmt: skip
        validated = f"yes — checks {checks}{by}" + (
            "; personal data redacted" if v.get("redacted") else ""
        )
    elif v.get("status") == "denied":
        validated = f"no — denied at {v['stage']} by {v['rule_id']}: {v['reason']}"
    else:
        validated = "not yet (no verdict recorded)"
    return {
        "why_this_model": why,
        "what_else_was_considered": considered or "no alternatives recorded",
        "fallback_or_escalation": "; ".join(moves) or "none",
        "validated": validated,
    }


def build_timeline(request_id: str, stored: Iterable[Stored]) -> Timeline:
    """The timeline of `request_id` from stage-topic events (anything else ignored)."""
    mine = sorted((s for s in stored if s.event.request_id == request_id
                   and s.topic in STAGE_ORDER),
                  key=order_key)  # fmt: skip
    tl = Timeline(request_id)
    stories: dict[str, TaskStory] = {}

    def story(task_id: str) -> TaskStory:
        return stories.setdefault(task_id, TaskStory(task_id))

    for s in mine:
        ev = s.event
        tl.tenant = tl.tenant or ev.envelope.tenant
        tl.events.append(
            {
                "at_ms": s.timestamp_ms,
                "topic": s.topic,
                "partition": s.partition,
                "offset": s.offset,
                "event": type(ev).__name__,
                "detail": _detail(ev),
            }
        )
        if isinstance(ev, TaskRouted):
            _routed(story(ev.task.task_id), ev)
        elif isinstance(ev, TaskAdmitted):
            _dispatched(story(ev.task.task_id), ev)
        elif isinstance(ev, TaskExecuted | TaskFailed):
            _executed(story(ev.task.task_id), ev)
        elif isinstance(ev, TaskValidated):
            story(ev.task_id).verdict = {
                "status": "validated", "model": ev.model, "checks": list(ev.checks),
                "redacted": ev.redacted, "cost_usd": ev.cost_usd,
                "latency_ms": ev.latency_ms}  # fmt: skip
        elif isinstance(ev, TaskDenied):
            story(ev.task_id).verdict = {
                "status": "denied", "stage": ev.stage, "rule_id": ev.rule_id,
                "reason": ev.reason, "model": ev.model}  # fmt: skip
        elif isinstance(ev, RequestCompleted):
            tl.status, tl.total_cost_usd = ev.status, ev.total_cost_usd
            tl.latency_ms = ev.latency_ms
        elif isinstance(ev, RequestRejected):
            tl.status = f"rejected at {ev.stage}: {ev.error_code}"
    if tl.status == "in progress":
        tl.total_cost_usd = sum(e["cost_usd"] for st in stories.values()
                                for e in st.executions)  # fmt: skip
    for st in stories.values():
        st.answers = _answers(st)
    tl.tasks = sorted(stories.values(), key=lambda t: t.index)
    return tl


def _detail(ev: Event) -> str:
    if isinstance(ev, RequestSubmitted):
        return f"submitted ({len(ev.text)} chars)"
    if isinstance(ev, RequestAnalyzed):
        return f"{len(ev.tasks)} task(s), sensitivity {ev.sensitivity}"
    if isinstance(ev, TaskRouted):
        return f"task {ev.task.index} → {ev.decision.model or 'nothing eligible'}"
    if isinstance(ev, TaskAdmitted):
        return f"task {ev.task.index} admitted on {ev.decision.model}"
    if isinstance(ev, TaskExecuted):
        return (f"task {ev.task.index} answered by {ev.model} "
                f"${ev.cost_usd:.5f} {ev.latency_ms:.0f} ms")  # fmt: skip
    if isinstance(ev, TaskFailed):
        return f"task {ev.task.index} failed: {ev.error_kind}"
    if isinstance(ev, TaskValidated):
        return f"task {ev.task_index} validated" + (
            " (redacted)" if ev.redacted else ""
        )
    if isinstance(ev, TaskDenied):
        return f"task {ev.task_index} denied at {ev.stage}: {ev.rule_id}"
    if isinstance(ev, RequestCompleted):
        return f"{ev.status}, ${ev.total_cost_usd:.5f}, {ev.latency_ms:.0f} ms"
    if isinstance(ev, RequestRejected):
        return f"rejected at {ev.stage}: {ev.reason}"
    return ""


def render(tl: Timeline) -> str:
    """A human-readable timeline."""
    lines = [
        f"request {tl.request_id} (tenant {tl.tenant or '?'}): {tl.status}",
        f"  total cost ${tl.total_cost_usd:.5f}"
        + (f", latency {tl.latency_ms:.0f} ms" if tl.latency_ms else ""),
        "",
    ]
    t0 = tl.events[0]["at_ms"] if tl.events else 0
    for e in tl.events:
        lines.append(f"  +{e['at_ms'] - t0:>6} ms  {e['topic']:<10} "
                     f"{e['event']:<16} {e['detail']}")  # fmt: skip
    for st in tl.tasks:
        lines += ["", f"task {st.index} [{st.task_id}] {st.intent}/{st.domain}, "
                  f"sensitivity {st.sensitivity}"]  # fmt: skip
        for q, a in st.answers.items():
            lines.append(f"  {q.replace('_', ' ')}: {a}")
    return "\n".join(lines)
