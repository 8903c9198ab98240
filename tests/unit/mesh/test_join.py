"""The aggregator's join: one result per request, in task order, whatever the delivery."""

from __future__ import annotations

import itertools

from services.aggregator.join import Join
from services.mesh.events import TaskDenied, TaskValidated, envelope, now
from tests.unit.mesh.samples import CTX


def validated(rid: str, i: int, n: int) -> TaskValidated:
    return TaskValidated(
        envelope=envelope("governance", request_id=rid, tenant="t"),
        context=CTX.model_copy(update={"submitted_at": now()}),
        task_id=f"{rid}/{i}",
        task_index=i,
        task_count=n,
        intent=["draft", "math", "summarize"][i],
        model=f"m{i}",
        answer=f"answer {i}",
        cost_usd=0.5,
        latency_ms=10,
        explanation=f"why {i}",
        checks=("pii",),
    )


def denied(rid: str, i: int, n: int) -> TaskDenied:
    return TaskDenied(
        envelope=envelope("governance", request_id=rid, tenant="t"),
        context=CTX,
        task_id=f"{rid}/{i}",
        task_index=i,
        task_count=n,
        intent="draft",
        stage="admission",
        rule_id="restricted.on-prem-only",
        reason="no cleared model",
    )


def test_completes_once_in_task_order_for_every_arrival_order():
    for order in itertools.permutations(range(3)):
        join = Join()
        verdicts = [validated("r", i, 3) for i in order]
        outs = [
            join.add(v, 0, k) for k, v in enumerate(verdicts + verdicts)
        ]  # duplicates
        results = [o for o in outs if o is not None]
        assert len(results) == 1
        [res] = results
        assert [t.index for t in res.tasks] == [0, 1, 2]
        assert (
            res.answer.index("answer 0")
            < res.answer.index("answer 1")
            < res.answer.index("answer 2")
        )
        assert res.total_cost_usd == 1.5 and res.status == "completed"


def test_a_denied_task_makes_a_partial_result_that_says_why():
    join = Join()
    assert join.add(validated("r", 0, 2), 0, 0) is None
    res = join.add(denied("r", 1, 2), 0, 1)
    assert res is not None and res.status == "partial"
    assert res.tasks[1].status == "denied"
    assert "restricted.on-prem-only" in res.tasks[1].explanation


def test_lowest_open_offset_tracks_open_requests():
    join = Join()
    join.add(validated("a", 0, 2), 1, 5)
    join.add(validated("b", 0, 2), 1, 7)
    assert join.lowest_open_offset(1) == 5
    join.add(validated("a", 1, 2), 1, 9)
    assert join.lowest_open_offset(1) == 7
    assert join.lowest_open_offset(0) is None


def test_a_request_missing_a_verdict_expires_as_partial():
    join = Join()
    join.add(validated("r", 0, 2), 0, 3)
    assert join.expire(600.0) == []  # not yet
    [res] = join.expire(600.0, now=1e12)
    assert res.status == "partial"
    assert [t.status for t in res.tasks] == ["completed", "failed"]
    assert "no verdict" in res.tasks[1].explanation
    assert join.lowest_open_offset(0) is None  # the commit point is released
    assert (
        join.add(validated("r", 1, 2), 0, 9) is None
    )  # a late verdict: no second result


def test_revoked_partitions_are_forgotten():
    join = Join()
    join.add(validated("a", 0, 2), 1, 5)
    join.add(validated("b", 0, 2), 2, 6)
    join.drop_partitions({1})
    assert join.lowest_open_offset(1) is None and join.lowest_open_offset(2) == 6
