"""The whole mesh as real processes: five services, the fleet server, the embedded broker."""

from __future__ import annotations

import json
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest

from services.cli.supervisor import MeshProcesses
from services.mesh import topics as T
from services.mesh.client import MeshClient
from services.mesh.events import DeadLetter, RequestCompleted
from tests.kafka_helpers import produce, read_events, read_messages

pytestmark = pytest.mark.e2e

SERVICES = {"intent", "router", "governance", "executor", "aggregator"}
AUDIT_KEY = "e2e-audit-key"

REQUESTS = [
    "What is the capital of France?",
    "Summarise the main risks of rising interest rates for a regional bank.",
    "Translate into German: 'The meeting is moved to Thursday.'",
    "Write a Python function that checks whether a string is a palindrome.",
    "Classify this ticket as billing, technical or other: 'My invoice is wrong.'",
    "Draft a polite reminder to a client about an overdue invoice, then calculate the "
    "late fee on $12,400 at 1.5% per month for 3 months.",
    "Analyse the sentiment of: 'The new app update is fantastic, well done!'",
    "Email jane.doe@example.com and tell her card 4111 1111 1111 1111 was refunded.",
    "Explain step by step why the sum of two odd numbers is even.",
    "Extract all dates from: 'Signed on 3 March 2024, effective 1 April 2024.'",
]


@pytest.fixture(scope="module")
def mesh(broker, tmp_path_factory):
    traces = tmp_path_factory.mktemp("traces") / "spans.jsonl"
    logs = tmp_path_factory.mktemp("logs")
    procs = MeshProcesses(
        bootstrap=broker,
        prefix=f"e2e{uuid.uuid4().hex[:6]}.",
        log_dir=logs,
        env={
            "OTEL_TRACES_EXPORTER": "jsonl",
            "MESH_TRACE_FILE": str(traces),
            "MESH_AUDIT_KEY": AUDIT_KEY,
        },
    )
    procs.start(timeout_s=90)
    procs.trace_file = traces  # type: ignore[attr-defined]
    try:
        yield procs
    finally:
        procs.stop()


def test_twenty_requests_twenty_results_each_once(mesh):
    settings = mesh.settings()
    client = MeshClient(settings)
    try:
        ids = [
            client.submit(REQUESTS[i % len(REQUESTS)], tenant="default")
            for i in range(20)
        ]
        got = {r.envelope.request_id: r for r in client.results(set(ids), timeout_s=60)}
    finally:
        client.close()
    assert set(got) == set(ids)
    for rid, result in got.items():
        assert isinstance(result, RequestCompleted), (rid, result)
        assert result.tasks and all(t.explanation for t in result.tasks)
    time.sleep(1.0)  # any duplicate would have arrived by now
    msgs = read_messages(settings, T.RESULTS, until=lambda m: False, timeout_s=3)
    counts = Counter(m.key().decode() for m in msgs)
    assert all(counts[rid] == 1 for rid in ids), counts


def test_one_request_is_one_trace_across_all_five_services(mesh):
    client = MeshClient(mesh.settings())
    try:
        result = client.ask(
            "Summarise the key points of the Basel III accord.", timeout_s=30
        )
    finally:
        client.close()
    rid = result.envelope.request_id
    path: Path = mesh.trace_file
    deadline = time.monotonic() + 10
    services: set[str] = set()
    while time.monotonic() < deadline:  # exporters flush every 200 ms
        spans = [json.loads(line) for line in path.read_text().splitlines() if line]
        mine = [s for s in spans if s["attributes"].get("mesh.request_id") == rid]
        trace_ids = {s["trace_id"] for s in mine}
        services = {s["service"] for s in spans if s["trace_id"] in trace_ids}
        if services >= SERVICES:
            break
        time.sleep(0.3)
    assert len(trace_ids) == 1, f"request {rid} spans {len(trace_ids)} traces"
    assert services >= SERVICES
    names = {s["name"] for s in spans if s["trace_id"] in trace_ids}
    prefix = mesh.prefix
    for topic in (
        "requests",
        "intents",
        "routes",
        "dispatch",
        "executions",
        "verdicts",
    ):
        assert f"process {prefix}{topic}" in names
    assert f"send {prefix}results" in names


def test_garbage_goes_to_dlq_and_the_mesh_keeps_serving(mesh):
    settings = mesh.settings()
    produce(settings, T.REQUESTS, "garbage-1", b"\xde\xad\xbe\xef not avro")
    client = MeshClient(settings)
    try:
        result = client.ask("What is 2 + 2?", timeout_s=30)
    finally:
        client.close()
    assert isinstance(result, RequestCompleted)
    dead = [
        e for e in read_events(settings, T.DLQ, count=1) if isinstance(e, DeadLetter)
    ]
    assert any(
        d.value.startswith(b"\xde\xad\xbe\xef") and d.service == "intent" for d in dead
    )
    rejected = read_messages(
        settings,
        T.RESULTS,
        until=lambda m: any(x.key() == b"garbage-1" for x in m),
        timeout_s=10,
    )
    assert any(m.key() == b"garbage-1" for m in rejected)


def test_audit_trail_verifies_and_explain_tells_the_story(mesh):
    from click.testing import CliRunner

    from services.cli.main import cli

    client = MeshClient(mesh.settings())
    try:
        result = client.ask(
            "Draft a short note to the team about the new expense policy, then "
            "calculate 15% of $2,400.",
            timeout_s=30,
        )
    finally:
        client.close()
    rid = result.envelope.request_id
    where = ["--bootstrap", mesh.bootstrap, "--prefix", mesh.prefix]
    runner = CliRunner()
    verify = runner.invoke(
        cli, ["audit", "verify", *where], env={"MESH_AUDIT_KEY": AUDIT_KEY}
    )
    assert verify.exit_code == 0, verify.output
    explained = runner.invoke(cli, ["explain", rid, "--json", *where])
    assert explained.exit_code == 0, explained.output
    story = json.loads(explained.output)
    text = json.dumps(story)
    for task in result.tasks:
        assert task.model and task.model in text  # the model chosen for each task
    assert "considered" in text or "alternatives" in text
