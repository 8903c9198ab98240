"""Budget ledger snapshots: a restore from "snapshot + later entries" equals a fold of
the whole partition (whoever wrote the snapshots, with entries landing between what a
writer consumed and its snapshot); a redelivered request after a snapshot gets the
same decision; budgets hold with two instances snapshotting and failing over."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.governance.budget import Ledger
from services.governance.handler import GovernanceHandler
from services.governance.snapshot import is_snapshot, plan
from services.mesh.events import (
    BudgetEntry,
    BudgetRequested,
    Event,
    TaskAdmitted,
)
from services.mesh.handler import Emit, MessageMeta
from services.mesh.history import History
from tests.unit.governance import factories as f
from tests.unit.governance.bus import Bus, mesh

TENANTS = ["acme", "globex", "initech"]
DAYS = ["2026-03-13", "2026-03-14"]  # kept by a snapshot taken on 2026-03-14
USERS = [None, "ann", "bob"]


def entry(kind: str, key: tuple[str, str, int], spec: dict[str, Any]) -> BudgetEntry:
    tenant, rid, attempt = key
    return BudgetEntry(
        envelope=f.env(rid, tenant, "governance"),
        kind=kind,
        task_id="t1",
        attempt=attempt,
        user=spec["user"],
        day=spec["day"],
        month=spec["day"][:7],
        amount_usd=spec["settle"] if kind == "settle" else spec["reserve"],
        model="big",
        rule_id="budget.default.daily" if kind == "deny" else "",
    )


def snapshot_of(h: GovernanceHandler, partition: int = 0) -> BudgetEntry:
    h.snapshots.owned.add(partition)
    h.snapshots.since[partition] += 1  # force one even if nothing changed
    [emit] = h._snapshots(closing=True)
    assert emit.partition == partition and emit.topic == "budget"
    assert isinstance(emit.event, BudgetEntry)
    return emit.event


def fold(events: list[Event]) -> Ledger:
    ledger = Ledger()
    for e in events:
        if isinstance(e, BudgetEntry):
            ledger.apply(e)
    return ledger


def assert_same(a: Ledger, b: Ledger, keys: list[tuple[str, str, int]]) -> None:
    for t in TENANTS:
        assert a.spent_month(t, "2026-03") == pytest.approx(b.spent_month(t, "2026-03"))
        for d in DAYS:
            assert a.spent_day(t, d) == pytest.approx(b.spent_day(t, d))
            for u in USERS[1:]:
                assert u is not None
                assert a.spent_user_day(t, u, d) == pytest.approx(
                    b.spent_user_day(t, u, d)
                )
    for t, rid, att in keys:
        assert a.decision((t, rid, "t1", att)) == b.decision((t, rid, "t1", att))


specs = st.fixed_dictionaries(
    {
        "decide": st.sampled_from(["reserve", "deny", None]),
        "reserve": st.floats(0.01, 0.5),
        "settle": st.floats(0.0, 0.6),
        "user": st.sampled_from(USERS),
        "day": st.sampled_from(DAYS),
    }
)
actions = st.lists(
    st.one_of(
        st.tuples(
            st.just("entry"),
            st.integers(0, 11),
            st.sampled_from(["decide", "decide", "settle", "release"]),
        ),
        st.tuples(st.sampled_from(["consume", "snap", "zombie", "takeover"])),
    ),
    min_size=1,
    max_size=80,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(keyspecs=st.lists(specs, min_size=12, max_size=12), acts=actions)
def test_restore_from_snapshots_equals_the_whole_fold(
    keyspecs: list[dict[str, Any]], acts: list[tuple[Any, ...]]
) -> None:
    """Random reserve/deny/settle/release entries (duplicates, settles before their
    reserve) across tenants, users and days; the owner consumes the partition lagging
    behind what other instances write to it, snapshots at random, is taken over by a
    new owner that restores from the log, and stays around as a zombie that still
    writes (stale) snapshots. A fresh restore of the whole log equals the fold."""
    keys = [(TENANTS[i % 3], f"r{i}", 1 + i // 6) for i in range(12)]
    log: list[Event] = []
    owner, consumed = f.handler(instance="gov-a"), 0
    zombie: GovernanceHandler | None = None
    for act in acts:
        if act[0] == "entry":
            k, op = keys[act[1]], act[2]
            spec = keyspecs[act[1]]
            if op == "decide":
                if spec["decide"] is None:
                    continue
                op = spec["decide"]
            log.append(entry(op, k, spec))
        elif act[0] == "consume" and consumed < len(log):
            owner.handle(log[consumed], MessageMeta("budget", 0, consumed))
            consumed += 1
        elif act[0] == "snap":
            log.append(snapshot_of(owner))
        elif act[0] == "zombie" and zombie is not None:
            log.append(snapshot_of(zombie))
        elif act[0] == "takeover":
            zombie, owner = owner, f.handler(instance="gov-b")
            owner.restore("budget", 0, list(log))
            consumed = len(log)
    fresh = f.handler(instance="gov-c")
    fresh.restore("budget", 0, list(log))
    assert_same(fresh.ledger, fold(log), keys)
    # and the restore folded only from the newest usable snapshot's prev on
    snaps = [i for i, e in enumerate(log) if is_snapshot(e)]
    if len(snaps) >= 1:
        assert plan(log).image is not None


def test_restore_skips_the_entries_before_the_snapshots_prev() -> None:
    """The bounded part: entries before `prev` are not folded (here: removed from the
    log entirely, the image alone carries them)."""
    spec = {"reserve": 0.3, "settle": 0.2, "user": "ann", "day": "2026-03-14"}
    h = f.handler()
    old = [entry("reserve", ("acme", f"r{i}", 1), spec) for i in range(5)]
    for i, e in enumerate(old):
        h.handle(e, MessageMeta("budget", 0, i))
    s1 = snapshot_of(h)
    h.handle(s1, MessageMeta("budget", 0, 5))
    late = entry("settle", ("acme", "r0", 1), spec)
    s2 = snapshot_of(h)
    log: list[Event] = [*old, s1, late, s2]
    todo = plan(log)
    assert todo.start == 6 and todo.image is not None
    assert json.loads(s2.reason)["prev"] == s1.event_id
    fresh = f.handler(instance="gov-b")
    fresh.restore("budget", 0, [s1, late, s2])  # without the old entries
    assert fresh.ledger.spent_day("acme", "2026-03-14") == pytest.approx(0.2 + 4 * 0.3)
    assert_same(fresh.ledger, fold(log), [("acme", f"r{i}", 1) for i in range(5)])


def test_unusable_snapshots_fall_back_to_an_older_one_or_the_whole_fold() -> None:
    spec = {"reserve": 0.3, "settle": 0.2, "user": None, "day": "2026-03-14"}
    h = f.handler()
    e1 = entry("reserve", ("acme", "r1", 1), spec)
    h.handle(e1, MessageMeta("budget", 0, 0))
    good = snapshot_of(h)
    broken = good.model_copy(update={"reason": "{not json"})
    orphan = snapshot_of(h).model_copy(
        update={"reason": json.dumps({**json.loads(good.reason), "prev": "nowhere"})}
    )
    e2 = entry("reserve", ("acme", "r2", 1), spec)
    for log in ([e1, good, e2, broken], [e1, e2, orphan], [e1, good, e2, orphan]):
        fresh = f.handler(instance="gov-b")
        fresh.restore("budget", 0, log)
        assert fresh.ledger.spent_day("acme", "2026-03-14") == pytest.approx(0.6)


def test_old_closed_reservations_are_dropped_open_ones_kept() -> None:
    """The image is bounded: closed reservations before yesterday keep only their
    totals (current and previous month); open ones are kept whatever their day."""
    h = f.handler()  # its clock reads 2026-03-14
    old = {"reserve": 0.3, "settle": 0.1, "user": "ann", "day": "2026-03-02"}
    entries = [
        entry("reserve", ("acme", "closed", 1), old),
        entry("settle", ("acme", "closed", 1), old),
        entry("reserve", ("acme", "open", 1), old),
        entry("reserve", ("acme", "ancient", 1), {**old, "day": "2025-12-01"}),
        entry("settle", ("acme", "ancient", 1), {**old, "day": "2025-12-01"}),
    ]
    for i, e in enumerate(entries):
        h.handle(e, MessageMeta("budget", 0, i))
    image = json.loads(snapshot_of(h).reason)
    kept = {tuple(r[0])[1] for r in image["keys"]}
    assert kept == {"open"}
    assert ["acme", "2026-03", pytest.approx(0.4)] in image["month"]
    assert all(m >= "2026-02" for _t, m, _v in image["month"])


def test_redelivered_request_after_a_snapshot_gets_the_same_decision() -> None:
    h = f.handler()
    reqs: list[BudgetRequested] = []
    for i in range(3):
        out = h.handle(
            f.routed(
                f"r{i}", the_task=f.task(input_tokens=10_000, output_tokens=10_000)
            ),
            MessageMeta("routes", 0, i),
        )
        reqs += [e.event for e in out if isinstance(e.event, BudgetRequested)]
    first: dict[str, list[Emit]] = {}
    for r in reqs:
        first[r.request_id] = h.handle(r, MessageMeta("budget", 0, 0))
    snap = snapshot_of(h)
    fresh = f.handler(instance="gov-b")
    fresh.restore("budget", 0, [snap])  # the snapshot alone: no entries to fold
    assert fresh.ledger.spent_day("acme", "2026-03-14") == pytest.approx(
        h.ledger.spent_day("acme", "2026-03-14")
    )
    for r in reqs:
        again = fresh.handle(r, MessageMeta("budget", 0, 0))
        before = first[r.request_id]
        assert [e.event for e in again if e.topic == "budget"] == [
            e.event for e in before if e.topic == "budget"
        ]
        adm = [e.event.event_id for e in again if isinstance(e.event, TaskAdmitted)]
        assert adm == [
            e.event.event_id for e in before if isinstance(e.event, TaskAdmitted)
        ]
    # the third did not fit ($0.40 each, $1.00 a day): still downgraded, not re-decided
    [third] = [e.event for e in first["r2"] if isinstance(e.event, BudgetEntry)]
    assert third.model == "small" and third.rule_id == "budget.default.downgrade"
    assert fresh.ledger.spent_day("acme", "2026-03-14") == pytest.approx(
        h.ledger.spent_day("acme", "2026-03-14")
    )


def test_no_snapshot_of_an_incomplete_ledger_nor_of_a_revoked_partition() -> None:
    h = f.handler(snapshot_every=1)

    def reader(keys: list[tuple[str, int]]) -> History:
        return History({k: [] for k in keys}, frozenset({("budget", 1)}))

    h.on_assigned([("budget", 0), ("budget", 1)], reader)
    spec = {"reserve": 0.3, "settle": 0.2, "user": None, "day": "2026-03-14"}
    for p in (0, 1):
        h.handle(
            entry("reserve", ("acme", f"r{p}", 1), spec), MessageMeta("budget", p, 0)
        )
    snaps = [e for e in h.tick() if e.topic == "budget"]
    assert [e.partition for e in snaps] == [0]  # budget[1] is in ledger_gaps
    h.handle(entry("reserve", ("acme", "r9", 1), spec), MessageMeta("budget", 0, 1))
    assert not [e for e in h.tick() if e.topic == "budget"]  # ours not back yet
    h.on_revoked([("budget", 0)])
    assert not [e for e in h.close() if e.topic == "budget"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    requests=f.BUDGET_REQUESTS,
    seed=st.integers(0, 2**32 - 1),
    failover=st.integers(0, 400),
)  # fmt: skip
def test_budgets_never_exceeded_with_two_instances_snapshotting_and_failing_over(
    requests: list[Any], seed: int, failover: int
) -> None:
    """The two-instance race of test_budget, with snapshots every 2 entries written
    from tick() between deliveries, and instance a replaced mid-run by a new one that
    restores its budget partitions from the log (snapshots included)."""
    bus = Bus(partitions=4)
    factor: dict[str, float] = {}

    def history(keys: list[tuple[str, int]]) -> History:
        return History({k: list(bus.log[k]) for k in keys})

    def gov(name: str, mine: list[int]) -> GovernanceHandler:
        h = f.handler(instance=name, snapshot_every=2)
        h.on_assigned([("budget", p) for p in mine], history)
        return h

    a, b = gov("gov-a", [0, 2]), gov("gov-b", [1, 3])

    def execute(adm: TaskAdmitted) -> Event:
        return f.executed_from(adm, cost=adm.reserved_usd * factor[adm.request_id])

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
    rng = random.Random(seed)
    handlers = [a, b]
    for step in range(100_000):
        if step == failover:  # a is revoked (close) and replaced by a new owner
            for out in a.close():
                bus.produce(out)
            handlers[0] = gov("gov-a2", [0, 2])
            for topic in ("routes", "executions", "budget"):
                bus.own(topic, [0, 2], handlers[0].handle)
        if not bus.step(rng):
            break
        for h in handlers:
            for out in h.tick():
                bus.produce(out)
    spent: dict[str, float] = defaultdict(float)
    for e in bus.events("executions"):
        spent[e.envelope.tenant] += e.cost_usd  # type: ignore[attr-defined]
    for tenant in spent:
        assert spent[tenant] <= 1.0 + 1e-9
        p = bus.partition_of(tenant)
        owner = handlers[p % 2]
        assert owner.ledger.spent_day(tenant, "2026-03-14") <= 1.0 + 1e-9
        fresh = f.handler(instance="gov-c")
        fresh.restore("budget", p, list(bus.log[("budget", p)]))
        assert fresh.ledger.spent_day(tenant, "2026-03-14") == pytest.approx(
            owner.ledger.spent_day(tenant, "2026-03-14")
        )
        assert fresh.ledger.spent_day(tenant, "2026-03-14") == pytest.approx(
            spent[tenant]
        )
    assert len(bus.events("verdicts")) == len(requests)
    assert any(is_snapshot(e) for e in bus.events("budget"))
