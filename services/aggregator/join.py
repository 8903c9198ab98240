"""Joining the verdicts of a request's tasks into one result.

Pure state machine: feed it verdicts (TaskValidated / TaskDenied) in any order and with any
duplicates; it returns the RequestCompleted exactly once, when every task of the request has
its verdict. It remembers the offset of each open request's first verdict so the runner can
keep the commit point below it: a restart then rebuilds the open requests from the topic.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, field

from services.mesh.events import (
    RequestCompleted,
    TaskDenied,
    TaskResult,
    TaskValidated,
    answer_to,
    now,
)

Verdict = TaskValidated | TaskDenied


@dataclass
class OpenRequest:
    """A request some of whose tasks still lack a verdict."""

    task_count: int
    partition: int
    first_offset: int
    verdicts: dict[int, Verdict] = field(default_factory=dict)
    opened_at: float = field(default_factory=time.monotonic)


class Join:
    """Collects verdicts per request and completes each request once."""

    def __init__(self, *, remember: int = 100_000) -> None:
        self.open: dict[str, OpenRequest] = {}
        self._done: OrderedDict[str, None] = OrderedDict()
        self._remember = remember

    def add(
        self, verdict: Verdict, partition: int, offset: int
    ) -> RequestCompleted | None:
        """Record a verdict; the request's result when this verdict completes it."""
        rid = verdict.envelope.request_id
        if rid in self._done:
            return None  # redelivered after completion
        req = self.open.get(rid)
        if req is None:
            req = self.open[rid] = OpenRequest(verdict.task_count, partition, offset)
        req.verdicts.setdefault(verdict.task_index, verdict)
        if len(req.verdicts) < req.task_count:
            return None
        del self.open[rid]
        self._remember_done(rid)
        return complete(verdict, [req.verdicts[i] for i in sorted(req.verdicts)])

    def drop_partitions(self, partitions: set[int]) -> None:
        """Forget the open requests of partitions this instance no longer owns."""
        for rid in [r for r, o in self.open.items() if o.partition in partitions]:
            del self.open[rid]

    def expire(
        self, max_age_s: float, now: float | None = None
    ) -> list[RequestCompleted]:
        """Complete, as partial, requests still missing verdicts after `max_age_s`.

        A task can lose its verdict when a stage dead-letters one of its events; the client
        then gets what there is (the missing tasks marked failed) instead of waiting forever,
        and the commit point is no longer held below the request.
        """
        t = time.monotonic() if now is None else now
        out = []
        for rid, req in list(self.open.items()):
            if t - req.opened_at < max_age_s:
                continue
            del self.open[rid]
            self._remember_done(rid)
            last = req.verdicts[max(req.verdicts)]
            results = [
                task_result(req.verdicts[i])
                if i in req.verdicts
                else missing(last, i, max_age_s)
                for i in range(req.task_count)
            ]
            out.append(summarise(last, results))
        return out

    def _remember_done(self, rid: str) -> None:
        self._done[rid] = None
        if len(self._done) > self._remember:
            self._done.popitem(last=False)

    def lowest_open_offset(self, partition: int) -> int | None:
        """Offset of the oldest open request's first verdict in `partition`."""
        offsets = [
            r.first_offset for r in self.open.values() if r.partition == partition
        ]
        return min(offsets) if offsets else None


def task_result(v: Verdict) -> TaskResult:
    """The client's view of one task's verdict."""
    if isinstance(v, TaskValidated):
        return TaskResult(
            task_id=v.task_id,
            index=v.task_index,
            intent=v.intent,
            status="completed",
            model=v.model,
            answer=v.answer,
            cost_usd=v.cost_usd,
            latency_ms=v.latency_ms,
            explanation=v.explanation,
        )
    return TaskResult(
        task_id=v.task_id,
        index=v.task_index,
        intent=v.intent,
        status="denied" if v.stage != "execution" else "failed",
        model=v.model,
        answer="",
        cost_usd=v.cost_usd,
        latency_ms=0.0,
        explanation=f"{v.stage} denied by {v.rule_id}: {v.reason}",
    )


def combine(results: list[TaskResult]) -> str:
    """One answer: the single task's answer, or each task's under a numbered heading."""
    if len(results) == 1:
        r = results[0]
        return r.answer if r.status == "completed" else f"[{r.status}] {r.explanation}"
    parts = []
    for r in results:
        body = r.answer if r.status == "completed" else f"[{r.status}] {r.explanation}"
        parts.append(f"## {r.index + 1}. {r.intent}\n{body}")
    return "\n\n".join(parts)


def missing(last: Verdict, index: int, waited_s: float) -> TaskResult:
    """A task whose verdict never came."""
    rid = last.envelope.request_id
    return TaskResult(
        task_id=f"{rid}/{index}",
        index=index,
        intent="unknown",
        status="failed",
        model=None,
        answer="",
        cost_usd=0.0,
        latency_ms=0.0,
        explanation=f"no verdict within {waited_s:.0f}s: a stage could not process this "
        "task (see mesh.dlq for the request id)",
    )


def complete(last: Verdict, verdicts: list[Verdict]) -> RequestCompleted:
    """The RequestCompleted for a request whose verdicts are all in (in task order)."""
    return summarise(last, [task_result(v) for v in verdicts])


def summarise(last: Verdict, results: list[TaskResult]) -> RequestCompleted:
    """One result from the task results (in task order), answering the last verdict."""
    ok = all(r.status == "completed" for r in results)
    explanation = "; ".join(
        f"task {r.index + 1} ({r.intent}) → {r.model or 'none'}: {r.explanation}"
        for r in results
    )
    submitted = last.context.submitted_at
    return RequestCompleted(
        envelope=answer_to(last, "aggregator"),
        status="completed" if ok else "partial",
        answer=combine(results),
        tasks=tuple(results),
        total_cost_usd=round(sum(r.cost_usd for r in results), 10),
        latency_ms=max(0.0, (now() - submitted).total_seconds() * 1000.0),
        explanation=explanation,
    )
