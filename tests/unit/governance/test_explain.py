"""`explain` answers the four questions for a request that had an executor fallback,
a governance escalation and a verification; `audit verify` and `replay` read back."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from services.cli import governance_cmds as cmds
from services.governance.reader import RawRecord
from services.governance.timeline import Stored, build_timeline, render
from services.mesh.codec import Codec
from services.mesh.events import (
    Attempt,
    AuditRecord,
    Candidate,
    Event,
    RequestCompleted,
    TaskAdmitted,
)
from services.mesh.handler import Emit
from tests.unit.governance import factories as f
from tests.unit.governance.bus import Bus, mesh


def scenario() -> tuple[Bus, Any]:
    """Finance task: big fails → executor falls back to eu; checker asks to escalate;
    governance re-dispatches to vault; checker accepts."""
    h = f.handler(checkpoint_every=4)
    bus = Bus(partitions=2)
    calls = {"n": 0}

    def execute(adm: TaskAdmitted) -> Event:
        calls["n"] += 1
        if calls["n"] == 1:
            atts = (
                Attempt(model="big", attempt=1, outcome="error", status_code=503,
                        latency_ms=40),
                Attempt(model="eu", attempt=1, outcome="ok", latency_ms=300),
                Attempt(model="checker", attempt=1, outcome="ok", latency_ms=90),
            )  # fmt: skip
            return f.executed_from(
                adm, model_name="eu", attempts=atts, cost=0.004, verdict="escalate"
            )
        again = (
            Attempt(model=adm.decision.model, attempt=1, outcome="ok", latency_ms=200),
            Attempt(model="checker", attempt=1, outcome="ok", latency_ms=80),
        )
        return f.executed_from(adm, attempts=again, cost=0.002, verdict="accept")

    mesh(bus, [h], execute)
    cands = (
        *f.candidates("big", "eu", "vault", "small"),
        Candidate(model="banned", eligible=False, excluded_by="no-banned",
                  reason="on the deny-list"),
    )  # fmt: skip
    d = f.decision("big", ("eu", "vault"), verifier="checker", candidates=cands)
    routed = f.routed("req-42", the_task=f.task(domain="finance"), the_decision=d)
    bus.produce(Emit("routes", routed))
    bus.run(random.Random(1))
    v = bus.events("verdicts")[-1]
    done = RequestCompleted(
        envelope=f.env("req-42", service="aggregator"), status="ok",
        answer=getattr(v, "answer", ""), tasks=(), total_cost_usd=0.006,
        latency_ms=812.0, explanation="",
    )  # fmt: skip
    bus.produce(Emit("results", done))
    bus.produce(Emit("routes", f.routed("other-request")))  # noise, not explained
    return bus, h


def stored(bus: Bus) -> list[Stored]:
    out: list[Stored] = []
    ts = 1_700_000_000_000
    for (topic, p), events in bus.log.items():
        for off, ev in enumerate(events):
            out.append(Stored(topic, p, off, ts + 10 * len(out), ev))
    return out


def test_explain_answers_the_four_questions() -> None:
    bus, _ = scenario()
    tl = build_timeline("req-42", stored(bus))
    [story] = tl.tasks
    a = story.answers
    assert a["why_this_model"].startswith("big (score")
    assert "big scored best" in a["why_this_model"]
    considered = a["what_else_was_considered"]
    assert "eu: ranked lower" in considered and "vault: ranked lower" in considered
    assert "banned: excluded by no-banned: on the deny-list" in considered
    moves = a["fallback_or_escalation"]
    assert "executor fell back from big to eu" in moves
    assert "escalated to vault (verifier.escalate)" in moves
    assert a["validated"].startswith("yes — checks")
    assert "verify by checker (accept)" in a["validated"]
    assert tl.status == "ok" and tl.total_cost_usd == pytest.approx(0.006)
    assert len(story.dispatches) == 2 and len(story.executions) == 2
    assert all(e["topic"] != "audit" for e in tl.events)
    text = render(tl)
    assert "req-42" in text and "fallback or escalation:" in text
    assert "other-request" not in text


def _records(bus: Bus, topics: list[str]) -> Iterator[RawRecord]:
    codec = Codec()
    for s in stored(bus):
        if s.topic in topics:
            yield RawRecord(
                f"mesh.{s.topic}",
                s.partition,
                s.offset,
                s.timestamp_ms,
                s.event.request_id.encode(),
                codec.encode(s.event),
            )


@pytest.fixture
def fake_kafka(monkeypatch: pytest.MonkeyPatch) -> Bus:
    bus, _ = scenario()

    def read(bootstrap: str, topics: list[str], **_: Any) -> Iterator[RawRecord]:
        return _records(bus, [t.removeprefix("mesh.") for t in topics])

    monkeypatch.setattr(cmds, "read_topics", read)
    monkeypatch.setenv("MESH_AUDIT_KEY", f.KEY.decode())
    return bus


def test_explain_command(fake_kafka: Bus) -> None:
    res = CliRunner().invoke(cmds.explain, ["req-42", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["tasks"][0]["answers"]["validated"].startswith("yes")
    res = CliRunner().invoke(cmds.explain, ["nope"])
    assert res.exit_code != 0 and "no events" in res.output


def test_audit_verify_command(fake_kafka: Bus, monkeypatch: pytest.MonkeyPatch) -> None:
    res = CliRunner().invoke(cmds.audit, ["verify"])
    assert res.exit_code == 0, res.output
    assert "OK: every chain verifies" in res.output
    # tamper with one record in the log copy → named exactly, exit 1
    key = next(k for k in fake_kafka.log if k[0] == "audit")
    log = fake_kafka.log[key]
    i = next(n for n, r in enumerate(log) if getattr(r, "kind", "") == "route")
    assert isinstance(log[i], AuditRecord)
    log[i] = log[i].model_copy(update={"verdict": "admitted by hand"})
    res = CliRunner().invoke(cmds.audit, ["verify"])
    assert res.exit_code == 1
    assert f"partition {key[1]} offset {i}" in res.output and "modified" in res.output
    monkeypatch.delenv("MESH_AUDIT_KEY")
    res = CliRunner().invoke(cmds.audit, ["verify"])
    assert res.exit_code != 0 and "MESH_AUDIT_KEY" in res.output


def test_replay_command(fake_kafka: Bus) -> None:
    res = CliRunner().invoke(cmds.replay, ["--request-id", "req-42", "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert rows and all(r["event"]["envelope"]["request_id"] == "req-42" for r in rows)
    stamps = [r["timestamp_ms"] for r in rows]
    assert stamps == sorted(stamps)
    assert {r["type"] for r in rows} >= {
        "TaskRouted",
        "TaskAdmitted",
        "TaskExecuted",
        "TaskValidated",
        "RequestCompleted",
    }
    res = CliRunner().invoke(
        cmds.replay,
        ["--since", "2023-11-14T22:13:20Z", "--until", "2023-11-14T22:13:20.100Z"],
    )
    assert res.exit_code == 0 and 0 < len(res.output.splitlines()) <= 10
    assert CliRunner().invoke(cmds.replay, []).exit_code != 0


def test_parse_time() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 1, 2, tzinfo=UTC)
    assert cmds.parse_time("2h", now) == datetime(2026, 1, 1, 22, tzinfo=UTC)
    assert cmds.parse_time("2026-01-01T00:00:00", now).tzinfo is not None


def test_explain_a_task_denied_at_admission() -> None:
    h = f.handler()
    bus = Bus(partitions=2)
    mesh(bus, [h], execute=None)
    d = f.decision("banned", ())
    bus.produce(Emit("routes", f.routed("req-7", the_decision=d)))
    bus.run(random.Random(0))
    [story] = build_timeline("req-7", stored(bus)).tasks
    assert story.answers["validated"].startswith(
        "no — denied at admission by no-banned"
    )
    assert story.answers["fallback_or_escalation"] == "none"
