"""The audit chain: a clean log verifies; tampering with a copy (modify, delete,
reorder, insert one record) is reported at exactly the first position that differs."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.governance.chain import (
    GENESIS_PREV,
    Break,
    ChainWriter,
    canonical,
    record_hash,
    verify_chains,
)
from services.mesh.codec import Codec
from services.mesh.events import AuditRecord, BudgetRequested, TaskAdmitted
from services.mesh.handler import Emit, MessageMeta
from tests.unit.governance import factories as f


def audit_log(h: Any = None, n: int = 4, partition: int = 0) -> list[AuditRecord]:
    """Audit records a handler writes for `n` requests (admitted, executed, validated),
    pinned to one partition, sealed at the end."""
    h = h or f.handler(checkpoint_every=5)
    emits: list[Emit] = []
    for i in range(n):
        meta = MessageMeta("routes", partition, i)
        out = list(h.handle(f.routed(f"req-{i}"), meta))
        for e in list(out):
            if isinstance(e.event, BudgetRequested):
                out += h.handle(e.event, MessageMeta("budget", partition, i))
        adm = next(e.event for e in out if isinstance(e.event, TaskAdmitted))
        out += h.handle(f.executed_from(adm), MessageMeta("executions", partition, i))
        emits += out
    emits += h.close()
    records = [e.event for e in emits if e.topic == "audit"]
    assert all(e.partition == partition for e in emits if e.topic == "audit")
    return [r for r in records if isinstance(r, AuditRecord)]


@pytest.fixture(scope="module")
def records() -> list[AuditRecord]:
    return audit_log()


def located(records: list[AuditRecord], partition: int = 0) -> list[Any]:
    return [(partition, i, r) for i, r in enumerate(records)]


def errors(breaks: list[Break]) -> list[Break]:
    return [b for b in breaks if b.severity == "error"]


def test_clean_log_verifies_and_survives_avro(records: list[AuditRecord]) -> None:
    codec = Codec()
    decoded = [codec.decode(codec.encode(r)) for r in records]
    assert [canonical(r) for r in decoded] == [canonical(r) for r in records]  # type: ignore[arg-type]
    assert verify_chains(located(decoded), f.KEY) == []  # type: ignore[arg-type]
    kinds = {r.kind for r in records}
    assert {
        "analysis",
        "route",
        "admission",
        "budget",
        "execution",
        "validation",
        "result",
        "checkpoint",
    } <= kinds
    assert records[0].seq == 0 and records[0].prev_hash == GENESIS_PREV
    assert records[-1].kind == "checkpoint" and records[-1].signature


def test_event_ids_assigned_at_produce_time_do_not_break_the_chain(
    records: list[AuditRecord],
) -> None:
    """The runner re-derives every output's event id after the handler sealed it."""
    renamed = [
        r.model_copy(
            update={"envelope": r.envelope.model_copy(update={"event_id": f"x{i}"})}
        )
        for i, r in enumerate(records)
    ]
    assert verify_chains(located(renamed), f.KEY) == []


def test_audit_records_never_hold_raw_pii() -> None:
    h = f.handler()
    t = f.pii_task(
        "Email jane.doe@example.com the report", [("EMAIL", "jane.doe@example.com")]
    )
    d = f.decision("vault", explanation="chosen for jane.doe@example.com")
    out = h.handle(f.routed(the_task=t, the_decision=d), MessageMeta("routes", 0, 0))
    text = " ".join(e.event.model_dump_json() for e in out if e.topic == "audit")
    assert "jane.doe" not in text and "EMAIL" in text


def test_wrong_key_fails_every_checkpoint(records: list[AuditRecord]) -> None:
    breaks = verify_chains(located(records), b"not-the-key")
    assert breaks and {b.kind for b in breaks} == {"bad_signature"}


def test_rewritten_suffix_is_caught_at_the_next_checkpoint(
    records: list[AuditRecord],
) -> None:
    """A forger without the key who recomputes every hash after a change."""
    forged = list(records)
    i = 3
    prev = forged[i - 1].hash
    for j in range(i, len(forged)):
        r = forged[j].model_copy(update={"prev_hash": prev})
        if j == i:
            r = r.model_copy(update={"verdict": "forged"})
        r = r.model_copy(update={"hash": ""})
        r = r.model_copy(update={"hash": record_hash(r)})
        forged[j], prev = r, r.hash
    first = errors(verify_chains(located(forged), f.KEY))[0]
    next_cp = next(j for j in range(i, len(forged)) if forged[j].kind == "checkpoint")
    assert first.kind == "bad_signature" and first.offset == next_cp


def _forge(after: AuditRecord, *, linked: bool) -> AuditRecord:
    r = after.model_copy(update={
        "seq": after.seq + 1, "kind": "admission", "verdict": "admitted",
        "prev_hash": after.hash if linked else "f" * 64, "signature": None,
        "summary": '{"forged": true}', "hash": "",
    })  # fmt: skip
    return r.model_copy(update={"hash": record_hash(r)})


MUTATIONS = [
    ("verdict", "admitted-by-hand"),
    ("summary", "{}"),
    ("model", "other"),
    ("rules_fired", ()),
    ("seq", 999),
    ("prev_hash", "0" * 64),
    ("hash", "a" * 64),
    ("signature", "b" * 64),
    ("output_hash", "c" * 64),
]


def tamper(
    records: list[AuditRecord], op: str, i: int, j: int, m: int
) -> list[AuditRecord]:
    out = list(records)
    n = len(out)
    if op == "modify":
        field, value = MUTATIONS[m % len(MUTATIONS)]
        if field == "signature" and out[i].kind != "checkpoint":
            field, value = "verdict", "x"
        out[i] = out[i].model_copy(update={field: value})
    elif op == "delete":
        del out[i]
    elif op == "reorder":
        j = j % n
        if j == i:
            j = (i + 1) % n
        out.insert(j, out.pop(i))
    elif op == "insert_copy":
        out.insert(i, records[j % n])
    elif op in ("insert_forged", "insert_unlinked"):
        base = out[max(i - 1, 0)]
        out.insert(i, _forge(base, linked=op == "insert_forged"))
    return out


def first_difference(a: list[AuditRecord], b: list[AuditRecord]) -> int:
    for k, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return k
    return min(len(a), len(b))


@settings(max_examples=300, deadline=None)
@given(
    op=st.sampled_from(["modify", "delete", "reorder", "insert_copy",
                        "insert_forged", "insert_unlinked"]),
    i=st.integers(0, 10_000), j=st.integers(0, 10_000), m=st.integers(0, 100),
)  # fmt: skip
def test_tampering_is_reported_at_exactly_that_position(
    records: list[AuditRecord], op: str, i: int, j: int, m: int
) -> None:
    i = i % len(records)
    if op.startswith("insert_forged") and i == 0:
        i = 1
    tampered = tamper(records, op, i, j, m)
    if tampered == records:  # the "change" was a no-op
        assert verify_chains(located(tampered), f.KEY) == []
        return
    where = first_difference(records, tampered)
    breaks = verify_chains(located(tampered), f.KEY)
    errs = errors(breaks)
    if where == len(tampered):  # the last record was removed: nothing after it
        assert not errs
        assert [(b.kind, b.offset) for b in breaks] == [("unsealed_tail", where - 1)]
        return
    assert errs, f"{op} at {i} went unnoticed"
    assert errs[0].offset == where, (op, i, j, m, [str(b) for b in breaks])


def test_interleaved_chains_and_segment_links_verify() -> None:
    """Two writers on one partition (a rebalance), the second linking to the first."""
    first = audit_log(f.handler(instance="gov-a", checkpoint_every=5), n=2)
    second_h = f.handler(instance="gov-b", checkpoint_every=5)
    second_h.restore("audit", 0, first)
    second = audit_log(second_h, n=2)
    assert second[0].prev_hash == first[-1].hash
    merged = list(first) + list(second)
    assert verify_chains(located(merged), f.KEY) == []
    broken = [r for r in merged if r is not first[-1]]
    kinds = {b.kind for b in verify_chains(located(broken), f.KEY)}
    assert "broken_segment_link" in kinds


def test_two_writers_interleaved_on_one_partition_verify() -> None:
    """Two processes briefly both writing a partition: two intact chains, no fork."""
    a = audit_log(f.handler(instance="gov-a", checkpoint_every=3), n=2)
    b = audit_log(f.handler(instance="gov-b", checkpoint_every=3), n=2)
    rng = random.Random(7)
    merged: list[AuditRecord] = []
    while a or b:  # any interleaving that keeps each writer's own order
        src = a if (a and (not b or rng.random() < 0.5)) else b
        merged.append(src.pop(0))
    assert len({r.chain for r in merged}) == 2
    assert verify_chains(located(merged), f.KEY) == []


def test_chains_are_verified_per_partition() -> None:
    p0 = located(audit_log(f.handler(instance="a", checkpoint_every=3), n=2), 0)
    p1 = located(
        audit_log(f.handler(instance="b", checkpoint_every=3), n=2, partition=1), 1
    )
    assert verify_chains(p0 + p1, f.KEY) == []
    bad = list(p1)
    bad[4] = (1, 4, bad[4][2].model_copy(update={"verdict": "edited"}))
    [brk] = verify_chains(p0 + bad, f.KEY)
    assert (brk.partition, brk.offset, brk.kind) == (1, 4, "modified")


def test_a_fabricated_chain_without_an_opening_checkpoint_is_an_error(
    records: list[AuditRecord],
) -> None:
    """A forger without the key appends a whole new chain: fresh id, every hash right,
    no checkpoint at all. Governance always opens a chain with a signed checkpoint, so
    this is a forgery (an error), not merely an unsealed tail."""
    forger = ChainWriter("gov:9/p0/forged", b"not-the-key")
    fake = [forger.append(r) for r in records if r.kind != "checkpoint"][:3]
    forged = located(list(records) + fake)
    errs = errors(verify_chains(forged, f.KEY))
    assert [(b.kind, b.offset, b.chain) for b in errs] == [
        ("unanchored_chain", len(records), "gov:9/p0/forged")
    ]
    # without the key only the structure is checked, and it is still wrong
    assert [b.kind for b in errors(verify_chains(forged, None))] == ["unanchored_chain"]
    # a forged opening checkpoint is caught by its signature instead
    forger = ChainWriter("gov:9/p0/forged2", b"not-the-key")
    opened = [forger.append(records[0])] + [forger.append(r) for r in fake]
    errs = errors(verify_chains(located(list(records) + opened), f.KEY))
    assert [b.kind for b in errs] == ["bad_signature"]


def _detector_failing_on(marker: str) -> Any:
    from services.intent.pii import detect_pii

    def detect(text: str) -> Any:
        if marker in text:
            raise RuntimeError("detector bug")
        return detect_pii(text)

    return detect


@pytest.mark.parametrize("fail_first", [False, True])
def test_a_failed_handle_call_leaves_no_gap_in_the_chain(fail_first: bool) -> None:
    """The analysis record is made, then the handler raises: the runner dead-letters
    the input and never produces that record, so the chain must not move past it."""
    h = f.handler(detect=_detector_failing_on("BOOM"), checkpoint_every=100)
    boom = f.routed("r-boom", the_decision=f.decision("big", explanation="BOOM"))
    produced: list[Emit] = []
    if not fail_first:
        produced += h.handle(f.routed("r1"), MessageMeta("routes", 0, 0))
    with pytest.raises(RuntimeError):
        h.handle(boom, MessageMeta("routes", 0, 1))
    produced += h.handle(f.routed("r2"), MessageMeta("routes", 0, 2))
    produced += h.close()
    trail = [e.event for e in produced if isinstance(e.event, AuditRecord)]
    assert trail[0].kind == "checkpoint" and trail[0].seq == 0
    assert [r.seq for r in trail] == list(range(len(trail)))
    assert verify_chains(located(trail), f.KEY) == []
