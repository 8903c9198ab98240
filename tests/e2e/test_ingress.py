"""The OpenAI-compatible ingress in front of the real mesh: broker, fleet, five services."""

from __future__ import annotations

import asyncio
import json
import statistics
import time
import uuid

import httpx
import pytest

from services.cli.supervisor import MeshProcesses
from services.mesh.client import MeshClient
from services.mesh.events import RequestCompleted

pytestmark = pytest.mark.e2e

ASK = {"model": "auto", "messages": [{"role": "user", "content": "What is 2 + 2?"}]}


@pytest.fixture(scope="module")
def mesh(broker, tmp_path_factory):
    """The mesh and its ingress as processes (stopped by PID at the end)."""
    procs = MeshProcesses(
        bootstrap=broker,
        prefix=f"ing{uuid.uuid4().hex[:6]}.",
        log_dir=tmp_path_factory.mktemp("ingress-logs"),
        ingress_port=0,
        env={"MESH_AUDIT_KEY": "e2e-ingress-key"},
    )
    procs.start(timeout_s=90)
    try:
        yield procs
    finally:
        procs.stop()


@pytest.fixture
def http(mesh):
    with httpx.Client(base_url=mesh.ingress_url, timeout=30) as client:
        yield client


def test_a_completion_returns_the_answer_and_the_mesh_request_id(http, mesh):
    health = httpx.get(mesh.ingress_url.removesuffix("/v1") + "/healthz", timeout=5)
    assert health.status_code == 200 and health.json()["broker"] is True
    r = http.post(
        "/chat/completions",
        json={**ASK, "user": "u-1"},
        headers={"X-Mesh-Profile": "cost"},
    )
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["object"] == "chat.completion"
    assert out["choices"][0]["message"]["content"]
    assert out["choices"][0]["finish_reason"] in ("stop", "length")
    rid = out["mesh"]["request_id"]
    assert out["id"] == f"chatcmpl-{rid}" and r.headers["X-Mesh-Request-Id"] == rid
    assert out["mesh"]["tasks"] and out["model"] != "auto"
    assert out["model"].split("+")[0] == out["mesh"]["tasks"][0]["model"]
    assert out["usage"]["total_tokens"] > 0
    assert out["mesh"]["usage_source"] == "executions"
    models = [m["id"] for m in http.get("/models").json()["data"]]
    assert models[0] == "auto" and out["mesh"]["tasks"][0]["model"] in models


def test_latency_through_the_ingress_vs_the_python_client(http, mesh):
    client = MeshClient(mesh.settings())
    try:
        client.ask("What is 2 + 2?", timeout_s=30)  # warm both paths
        http.post("/chat/completions", json=ASK)
        via_http, via_client = [], []
        for _ in range(10):
            t = time.perf_counter()
            assert http.post("/chat/completions", json=ASK).status_code == 200
            via_http.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            assert isinstance(
                client.ask("What is 2 + 2?", timeout_s=30), RequestCompleted
            )
            via_client.append((time.perf_counter() - t) * 1000)
    finally:
        client.close()
    p50_http, p50_client = statistics.median(via_http), statistics.median(via_client)
    print(
        f"\none completion p50: ingress {p50_http:.1f} ms, Python client {p50_client:.1f} ms"
    )
    # the HTTP hop and the shared reader add little over the client's own path
    assert p50_http < p50_client + 250


def test_streaming_yields_chunks_then_done(http):
    with http.stream("POST", "/chat/completions", json={**ASK, "stream": True}) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        data = [line[6:] for line in r.iter_lines() if line.startswith("data: ")]
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    content = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert content
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["mesh"]["request_id"]


def test_a_malformed_body_is_400_and_the_server_keeps_serving(http):
    bad = http.post(
        "/chat/completions",
        content=b'{"model": "auto", "messages": [',
        headers={"Content-Type": "application/json"},
    )
    assert bad.status_code == 400
    assert bad.json()["error"]["type"] == "invalid_request_error"
    wrong = http.post("/chat/completions", json={**ASK, "messages": "hi"})
    assert wrong.status_code == 400 and wrong.json()["error"]["param"] == "messages"
    assert http.post("/chat/completions", json=ASK).status_code == 200


def test_twenty_concurrent_requests_all_complete(mesh):
    questions = [f"What is {i} + {i}?" for i in range(20)]

    async def main() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=mesh.ingress_url, timeout=60) as client:
            return await asyncio.gather(
                *(
                    client.post(
                        "/chat/completions",
                        json={**ASK, "messages": [{"role": "user", "content": q}]},
                    )
                    for q in questions
                )
            )

    t = time.perf_counter()
    responses = asyncio.run(main())
    elapsed = time.perf_counter() - t
    assert [r.status_code for r in responses] == [200] * 20
    ids = {r.json()["mesh"]["request_id"] for r in responses}
    assert len(ids) == 20
    assert all(r.json()["choices"][0]["message"]["content"] for r in responses)
    print(f"\n20 concurrent completions through the ingress in {elapsed * 1000:.0f} ms")
