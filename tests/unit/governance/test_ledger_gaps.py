"""A budget ledger rebuilt from a partial history must not decide: `read_history` names
the partitions it did not read to their end, and governance denies budget requests on
them (`budget.ledger-unavailable`) until a complete read restores them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from confluent_kafka import KafkaError

from services.governance.flow_budget import LEDGER_UNAVAILABLE
from services.mesh import history as history_mod
from services.mesh.config import Settings
from services.mesh.events import (
    BudgetEntry,
    BudgetRequested,
    Event,
    TaskAdmitted,
    TaskDenied,
)
from services.mesh.handler import Emit, MessageMeta
from services.mesh.history import History, PartitionKey, read_history
from tests.unit.governance import factories as f

DAY = "2026-03-14"


# -- read_history ---------------------------------------------------------------


class _Err:
    def code(self) -> int:
        return KafkaError._PARTITION_EOF


class _Msg:
    def __init__(self, topic: str, partition: int, value: bytes | None) -> None:
        self._t, self._p, self._v = topic, partition, value

    def topic(self) -> str:
        return self._t

    def partition(self) -> int:
        return self._p

    def offset(self) -> int:
        return 0

    def value(self) -> bytes | None:
        return self._v

    def error(self) -> _Err | None:
        return _Err() if self._v is None else None


def test_read_history_names_the_partitions_it_did_not_read_to_their_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """budget[0] reports its end, budget[1] never does (a stuck or slow partition)."""
    from services.mesh.codec import Codec

    entry = _entries()[0]
    raw = Codec().encode(entry)
    script = [
        _Msg("mesh.budget", 0, raw),
        _Msg("mesh.budget", 1, raw),
        _Msg("mesh.budget", 0, None),  # end of budget[0]; budget[1] never ends
    ]

    class FakeConsumer:
        def __init__(self, config: dict[str, Any]) -> None:
            pass

        def assign(self, parts: Any) -> None:
            pass

        def poll(self, timeout: float) -> _Msg | None:
            return script.pop(0) if script else None

        def close(self) -> None:
            pass

    monkeypatch.setattr(history_mod, "Consumer", FakeConsumer)
    read = read_history(
        Settings(), [("budget", 0), ("budget", 1)], quiet_s=0.0, max_s=0.3
    )
    assert read.incomplete == {("budget", 1)}
    assert read.complete(("budget", 0)) and not read.complete(("budget", 1))
    assert read.events[("budget", 0)] == [entry]
    assert read.events[("budget", 1)] == [entry]  # a prefix, flagged as such


# -- governance -------------------------------------------------------------------


def big_task() -> Any:
    return f.task(input_tokens=10_000, output_tokens=10_000)  # big: $0.40


def _requests(h: Any, *ids: str, tenant: str = "acme") -> list[BudgetRequested]:
    out: list[BudgetRequested] = []
    for i, rid in enumerate(ids):
        ev = f.routed(rid, tenant=tenant, the_task=big_task())
        emits = h.handle(ev, MessageMeta("routes", 0, i))
        out += [e.event for e in emits if isinstance(e.event, BudgetRequested)]
    return out


def _entries() -> list[Event]:
    """What an earlier owner wrote to budget[0]: two reservations of $0.40 each for
    acme, $0.80 of its $1.00 daily cap."""
    old = f.handler(instance="gov-old")
    written: list[Event] = []
    for r in _requests(old, "old-1", "old-2"):
        written += [
            e.event
            for e in old.handle(r, MessageMeta("budget", 0, 0))
            if isinstance(e.event, BudgetEntry)
        ]
    assert len(written) == 2
    return written


def _reader(*reads: History | Exception) -> tuple[Callable[..., History], list[Any]]:
    calls: list[Any] = []

    def read(wanted: list[PartitionKey]) -> History:
        calls.append(sorted(wanted))
        nxt = reads[min(len(calls), len(reads)) - 1]
        if isinstance(nxt, Exception):
            raise nxt
        return nxt

    return read, calls


def _decide(h: Any, req: BudgetRequested, partition: int = 0) -> list[Emit]:
    return list(h.handle(req, MessageMeta("budget", partition, 0)))


def of(out: list[Emit], cls: type) -> list[Any]:
    return [e.event for e in out if isinstance(e.event, cls)]


def test_a_partial_ledger_denies_until_a_complete_read_restores_it() -> None:
    written = _entries()
    partial = History({("budget", 0): written[:1]}, frozenset({("budget", 0)}))
    full = History({("budget", 0): written})
    h = f.handler()
    read, _ = _reader(partial, full)
    h.on_assigned([("budget", 0), ("routes", 0)], read)
    # the partial ledger says $0.40 spent: deciding on it would admit a third $0.40
    # (real spend $1.20 > the $1.00 cap); fail closed instead
    [req] = _requests(h, "r9")
    out = _decide(h, req)
    [den] = of(out, TaskDenied)
    assert den.rule_id == LEDGER_UNAVAILABLE and den.stage == "admission"
    [entry] = of(out, BudgetEntry)
    assert entry.kind == "deny" and entry.rule_id == LEDGER_UNAVAILABLE
    assert not of(out, TaskAdmitted)
    audit = [e.event for e in out if e.topic == "audit" and e.event.kind == "budget"]
    assert [a.rules_fired for a in audit] == [(LEDGER_UNAVAILABLE,)]
    # only the incomplete partition is affected (another tenant's)
    other = _requests(f.handler(), "r-other", tenant="globex")[0]
    assert of(_decide(h, other, partition=1), TaskAdmitted)
    # a later assignment reads budget[0] completely: decisions resume, on full spend
    h.on_assigned([("budget", 0)], read)
    assert h.ledger.spent_day("acme", DAY) == pytest.approx(0.80)
    [req2] = _requests(h, "r10")
    [adm] = of(_decide(h, req2), TaskAdmitted)
    assert adm.decision.model == "small"  # $0.40 more would pass the cap
    # a redelivered request keeps the answer it got
    [again] = of(_decide(h, req), TaskDenied)
    assert again.rule_id == LEDGER_UNAVAILABLE


def test_an_unreadable_history_fails_closed_without_raising() -> None:
    h = f.handler()
    read, _ = _reader(RuntimeError("broker down"))
    h.on_assigned([("budget", 0), ("routes", 0)], read)  # no crash loop
    [req] = _requests(h, "r1")
    [den] = of(_decide(h, req), TaskDenied)
    assert den.rule_id == LEDGER_UNAVAILABLE


def test_tick_retries_the_read_and_revoke_forgets_it() -> None:
    written = _entries()
    partial = History({("budget", 0): []}, frozenset({("budget", 0)}))
    full = History({("budget", 0): written})
    h = f.handler(ledger_retry_seconds=3600)
    read, calls = _reader(partial, full)
    h.on_assigned([("budget", 0)], read)
    h.tick()
    assert len(calls) == 1  # not due yet
    h = f.handler(ledger_retry_seconds=0)
    read, calls = _reader(partial, full)
    h.on_assigned([("budget", 0), ("budget", 2)], read)
    h.tick()
    assert calls[0][-2:] == [("budget", 0), ("budget", 2)]  # with the audit ones
    assert calls[1] == [("budget", 0)]  # the retry reads only the gap
    assert h.state.ledger_gaps == set()
    assert h.ledger.spent_day("acme", DAY) == pytest.approx(0.80)
    h = f.handler(ledger_retry_seconds=0)
    read, calls = _reader(partial)
    h.on_assigned([("budget", 0)], read)
    h.on_revoked([("budget", 0), ("routes", 0)])
    h.tick()
    assert len(calls) == 1 and h.state.ledger_gaps == set()
