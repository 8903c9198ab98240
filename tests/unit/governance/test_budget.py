"""Budgets: reserve, settle, release, downgrade, deny; race-free with two governance
instances; the ledger rebuilds from its topic; redelivery never double-reserves."""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.governance.budget import Ledger
from services.mesh.events import (
    BudgetEntry,
    BudgetRequested,
    Event,
    TaskAdmitted,
    TaskDenied,
)
from services.mesh.handler import Emit, MessageMeta
from tests.unit.governance import factories as f
from tests.unit.governance.bus import Bus, mesh


def flow(h: Any, ev: Event) -> list[Emit]:
    out = list(h.handle(ev, MessageMeta("routes", 0, 0)))
    for e in list(out):
        if isinstance(e.event, BudgetRequested):
            out += h.handle(e.event, MessageMeta("budget", 0, 0))
    return out


def of(out: list[Emit], cls: type) -> list[Any]:
    return [e.event for e in out if isinstance(e.event, cls)]


def big_task(tokens: int = 10_000) -> Any:
    # big: 10k in × $10 + 10k out × $30 per Mtok = $0.40; small: $0.02
    return f.task(input_tokens=tokens, output_tokens=tokens)


def test_cap_denies_when_downgrade_not_allowed() -> None:
    h = f.handler()
    d = f.decision("eu", ("vault",))
    t = f.task(input_tokens=20_000, output_tokens=20_000)  # eu: $0.16 each
    first = flow(h, f.routed("r1", tenant="eu-bank", the_task=t, the_decision=d))
    assert of(first, TaskAdmitted)
    second = flow(h, f.routed("r2", tenant="eu-bank", the_task=t, the_decision=d))
    [den] = of(second, TaskDenied)
    assert den.rule_id == "budget.eu-bank.daily" and den.stage == "admission"
    assert not of(second, TaskAdmitted)


def test_near_the_cap_downgrades_to_a_cheaper_compliant_model() -> None:
    h = f.handler()
    for i in range(2):  # $0.80 of the $1.00 daily cap
        assert of(flow(h, f.routed(f"r{i}", the_task=big_task())), TaskAdmitted)
    out = flow(h, f.routed("r9", the_task=big_task()))
    [adm] = of(out, TaskAdmitted)
    assert adm.decision.model == "small" and "governance.budget-downgrade" in (
        adm.decision.rules_fired
    )
    assert adm.reserved_usd < 0.2


def test_per_user_cap() -> None:
    h = f.handler()
    assert of(flow(h, f.routed("a", the_task=big_task(), user="ann")), TaskAdmitted)
    out = flow(
        h,
        f.routed("b", the_task=big_task(), user="ann", the_decision=f.decision("big")),
    )
    [den] = of(out, TaskDenied)
    assert den.rule_id == "budget.default.user-daily"
    assert of(flow(h, f.routed("c", the_task=big_task(), user="bob")), TaskAdmitted)


def test_settle_and_release_adjust_the_spend() -> None:
    h = f.handler()
    [adm] = of(flow(h, f.routed("r1", the_task=big_task())), TaskAdmitted)
    day = "2026-03-14"
    assert h.ledger.spent_day("acme", day) == adm.reserved_usd
    for e in h.handle(f.executed_from(adm, cost=0.1), MessageMeta("executions", 0, 1)):
        if isinstance(e.event, BudgetEntry):
            h.handle(e.event, MessageMeta("budget", 0, 2))
    assert abs(h.ledger.spent_day("acme", day) - 0.1) < 1e-12
    [adm2] = of(flow(h, f.routed("r2", the_task=big_task())), TaskAdmitted)
    out = h.handle(f.failed_from(adm2), MessageMeta("executions", 0, 3))
    [rel] = of(out, BudgetEntry)
    assert rel.kind == "release"
    h.handle(rel, MessageMeta("budget", 0, 4))
    assert abs(h.ledger.spent_day("acme", day) - 0.1) < 1e-12
    [den] = of(out, TaskDenied)
    assert den.stage == "execution" and den.rule_id == "execution.failed"


def test_ledger_is_order_independent_and_idempotent() -> None:
    h = f.handler()
    [adm] = of(flow(h, f.routed("r1", the_task=big_task())), TaskAdmitted)
    entries = [
        e.event
        for e in flow(f.handler(), f.routed("r1", the_task=big_task()))
        if isinstance(e.event, BudgetEntry)
    ]
    exec_out = h.handle(
        f.executed_from(adm, cost=0.05), MessageMeta("executions", 0, 0)
    )
    entries += of(exec_out, BudgetEntry)
    totals = set()
    for order in (entries, entries[::-1], entries + entries):
        led = Ledger()
        for e in order:
            led.apply(e)
        totals.add(round(led.spent_day("acme", "2026-03-14"), 12))
    assert totals == {0.05}


def test_restore_rebuilds_the_ledger_and_redelivery_is_idempotent() -> None:
    h = f.handler()
    written: list[Event] = []
    reqs: list[BudgetRequested] = []
    for i in range(2):
        out = list(
            h.handle(
                f.routed(f"r{i}", the_task=big_task()), MessageMeta("routes", 0, i)
            )
        )
        reqs += of(out, BudgetRequested)
    for r in reqs:
        written.append(r)
        written += [
            e.event
            for e in h.handle(r, MessageMeta("budget", 0, 0))
            if e.topic == "budget"
        ]
    fresh = f.handler(instance="gov-b")
    fresh.restore("budget", 0, written)
    assert (
        fresh.ledger.spent_day("acme", "2026-03-14")
        == h.ledger.spent_day("acme", "2026-03-14")
        > 0.79
    )
    before = fresh.ledger.spent_day("acme", "2026-03-14")
    again = fresh.handle(reqs[0], MessageMeta("budget", 0, 0))  # redelivered
    [entry] = of(again, BudgetEntry)  # the recorded decision, re-emitted as is
    assert entry == next(e for e in written if isinstance(e, BudgetEntry))
    fresh.handle(entry, MessageMeta("budget", 0, 9))
    assert fresh.ledger.spent_day("acme", "2026-03-14") == before  # not twice
    stage = [e.topic for e in again]
    assert stage[:2] == ["budget", "dispatch"] and set(stage[2:]) == {"audit"}
    [adm] = of(again, TaskAdmitted)
    [orig] = [
        e.event
        for e in h.handle(reqs[0], MessageMeta("budget", 0, 0))
        if isinstance(e.event, TaskAdmitted)
    ]
    assert adm.event_id == orig.event_id  # same id: downstream de-duplicates
    assert fresh.ledger.spent_day("acme", "2026-03-14") < 0.81


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    requests=f.BUDGET_REQUESTS,
    seed=st.integers(0, 2**32 - 1),
)  # fmt: skip
def test_budgets_never_exceeded_with_two_instances(
    requests: list[Any], seed: int
) -> None:
    """Two governance instances own alternate partitions of every topic; requests
    of one tenant arrive on all partitions, interleaved at random."""
    bus = Bus(partitions=4)
    a, b = f.handler(instance="gov-a"), f.handler(instance="gov-b")
    factor: dict[str, float] = {}

    def execute(adm: TaskAdmitted) -> Event:
        actual = adm.reserved_usd * factor[adm.request_id]  # actual ≤ estimate
        return f.executed_from(adm, cost=actual)

    mesh(bus, [a, b], execute)
    for i, (tenant, user, tokens, model, frac) in enumerate(requests):
        rid = f"req-{i}"
        factor[rid] = frac
        t = f.task(input_tokens=tokens, output_tokens=tokens)
        d = f.decision(model, ("small",) if model != "small" else ())
        bus.produce(
            Emit(
                "routes",
                f.routed(rid, tenant=tenant, the_task=t, the_decision=d, user=user),
            )
        )
    bus.run(random.Random(seed))
    spent: dict[str, float] = defaultdict(float)
    per_user: dict[tuple[str, str], float] = defaultdict(float)
    reserved: dict[str, float] = defaultdict(float)
    for e in bus.events("executions"):
        spent[e.envelope.tenant] += e.cost_usd  # type: ignore[attr-defined]
        if e.context.user:  # type: ignore[attr-defined]
            per_user[(e.envelope.tenant, e.context.user)] += e.cost_usd  # type: ignore[attr-defined]
    for e in bus.events("dispatch"):
        reserved[e.envelope.tenant] += e.reserved_usd  # type: ignore[attr-defined]
    for tenant in spent:
        assert spent[tenant] <= 1.0 + 1e-9
        # the deciding instance's ledger (settled + reserved) never passed the cap
        owner = (a, b)[bus.partition_of(tenant) % 2]
        assert owner.ledger.spent_day(tenant, "2026-03-14") <= 1.0 + 1e-9
        assert abs(owner.ledger.spent_day(tenant, "2026-03-14") - spent[tenant]) < 1e-9
    assert sum(reserved.values()) > 0
    assert all(v <= 0.5 + 1e-9 for v in per_user.values())
    answered = len(bus.events("verdicts"))
    assert answered == len(requests)  # every request got a verdict
