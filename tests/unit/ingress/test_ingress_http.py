"""The ingress's HTTP contract over in-memory fakes of Kafka (no broker, real aiohttp)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from services.ingress.app import create_app
from services.ingress.replies import Outcome
from services.ingress.results import CapacityError, Waiter
from services.ingress.settings import IngressSettings
from services.ingress.usage import UsageTally
from services.mesh.errors import BrokerError
from services.mesh.events import Event, RequestCompleted
from services.mesh.tracing import inject
from tests.unit.ingress.factories import completed, denied, executed

ASK = {"model": "auto", "messages": [{"role": "user", "content": "Capital of France?"}]}
Answer = Callable[
    [Event], Any
]  # the mesh's reply to a published request (None: silence)


class FakeMesh:
    """Publisher + watcher: answers each published request with `reply(event)`."""

    def __init__(self, reply: Answer, *, delay_s: float = 0.0, capacity: int = 100):
        self.reply = reply
        self.delay_s = delay_s
        self.capacity = capacity
        self.waiters: dict[str, Waiter] = {}
        self.published: list[tuple[Event, list[tuple[str, Any]]]] = []
        self.fail_publish = False
        self.alive = True

    @property
    def waiting(self) -> int:
        return len(self.waiters)

    def watch(self, request_id: str) -> Waiter:
        if len(self.waiters) >= self.capacity:
            raise CapacityError("full")
        loop = asyncio.get_running_loop()
        waiter = Waiter(request_id, loop, loop.create_future())
        self.waiters[request_id] = waiter
        return waiter

    def forget(self, request_id: str) -> None:
        self.waiters.pop(request_id, None)

    async def publish(self, event: Event) -> None:
        if self.fail_publish:
            raise BrokerError("no ack")
        self.published.append((event, inject()))
        result = self.reply(event)
        if result is not None:
            waiter = self.waiters[event.request_id]
            asyncio.get_running_loop().call_later(
                self.delay_s, _resolve, waiter, result
            )

    def reachable(self, timeout_s: float = 2.0) -> bool:
        return self.alive


def _resolve(waiter: Waiter, result: Any) -> None:
    tally = UsageTally()
    if isinstance(result, RequestCompleted):
        tally.add(executed())
    if not waiter.future.done():
        waiter.future.set_result(Outcome(result, tally))


def answering(result: Callable[[], RequestCompleted]) -> Answer:
    """Reply with `result()` re-addressed to the published request's id."""

    def reply(event: Event) -> RequestCompleted:
        r = result()
        env = r.envelope.model_copy(update={"request_id": event.request_id})
        return r.model_copy(update={"envelope": env})

    return reply


def run(mesh: FakeMesh, scenario: Callable[[TestClient], Any], **settings: Any) -> Any:
    async def main() -> Any:
        config = IngressSettings(**{"timeout_s": 2.0, "keepalive_s": 0.2, **settings})
        app = create_app(config, publisher=mesh, watcher=mesh)
        async with TestClient(TestServer(app)) as client:
            return await scenario(client)

    return asyncio.run(main())


def test_a_completion_and_the_traceparent_reaches_the_kafka_headers():
    mesh = FakeMesh(answering(completed))
    parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"

    async def scenario(client: TestClient) -> Any:
        r = await client.post(
            "/v1/chat/completions", json=ASK, headers={"traceparent": parent}
        )
        return r.status, await r.json(), r.headers

    status, out, headers = run(mesh, scenario)
    assert status == 200, out
    assert out["choices"][0]["message"]["content"] == "Paris."
    assert headers["X-Mesh-Request-Id"] == out["mesh"]["request_id"]
    assert out["mesh"]["trace_id"] == "0af7651916cd43dd8448eb211c80319c"
    event, kafka_headers = mesh.published[0]
    assert event.text == "Capital of France?"
    carried = dict(kafka_headers)["traceparent"].decode()
    assert carried.split("-")[1] == "0af7651916cd43dd8448eb211c80319c"
    assert mesh.waiting == 0  # the waiter is released


def test_bad_input_is_400_and_the_server_keeps_serving():
    mesh = FakeMesh(answering(completed))

    async def scenario(client: TestClient) -> Any:
        codes = []
        for raw in (b"{not json", b"", b"[1, 2]", json.dumps({**ASK, "n": 3}).encode()):
            r = await client.post("/v1/chat/completions", data=raw)
            codes.append((r.status, (await r.json())["error"]["type"]))
        ok = await client.post("/v1/chat/completions", json=ASK)
        return codes, ok.status

    codes, ok = run(mesh, scenario)
    assert codes == [(400, "invalid_request_error")] * 4
    assert ok == 200


def test_a_body_over_the_limit_is_413():
    mesh = FakeMesh(answering(completed))
    big = {**ASK, "messages": [{"role": "user", "content": "x" * 5000}]}

    async def scenario(client: TestClient) -> Any:
        r = await client.post("/v1/chat/completions", json=big)
        return r.status, await r.json()

    status, out = run(mesh, scenario, max_body_bytes=2048)
    assert status == 413 and out["error"]["code"] == "request_too_large"


def test_a_policy_denial_is_403_with_the_rule_and_reason():
    mesh = FakeMesh(answering(lambda: completed(denied(0, "pii.cleared-models-only"))))

    async def scenario(client: TestClient) -> Any:
        r = await client.post("/v1/chat/completions", json=ASK)
        return r.status, await r.json()

    status, out = run(mesh, scenario)
    assert status == 403
    assert out["error"]["code"] == "pii.cleared-models-only"
    assert out["error"]["mesh_request_id"]


def test_no_result_in_time_is_504_naming_the_request():
    mesh = FakeMesh(lambda event: None)

    async def scenario(client: TestClient) -> Any:
        r = await client.post("/v1/chat/completions", json=ASK)
        return r.status, await r.json()

    status, out = run(mesh, scenario, timeout_s=0.3)
    assert status == 504
    rid = mesh.published[0][0].request_id
    assert out["error"]["mesh_request_id"] == rid and rid in out["error"]["message"]
    assert mesh.waiting == 0


def test_capacity_and_broker_failures_are_503_with_retry_after():
    mesh = FakeMesh(answering(completed), capacity=0)

    async def scenario(client: TestClient) -> Any:
        busy = await client.post("/v1/chat/completions", json=ASK)
        mesh.capacity = 10
        mesh.fail_publish = True
        down = await client.post("/v1/chat/completions", json=ASK)
        mesh.alive = False
        health = await client.get("/healthz")
        return busy, down, health

    busy, down, health = run(mesh, scenario)
    assert busy.status == 503 and busy.headers["Retry-After"] == "1"
    assert down.status == 503 and "Retry-After" in down.headers
    assert health.status == 503
    assert mesh.waiting == 0


def test_bearer_tokens_are_required_when_configured():
    mesh = FakeMesh(answering(completed))

    async def scenario(client: TestClient) -> Any:
        none = await client.post("/v1/chat/completions", json=ASK)
        wrong = await client.get("/v1/models", headers={"Authorization": "Bearer nope"})
        ok = await client.post(
            "/v1/chat/completions", json=ASK, headers={"Authorization": "Bearer tok-a"}
        )
        other = await client.post(
            "/v1/chat/completions",
            json=ASK,
            headers={"Authorization": "Bearer tok-a", "X-Mesh-Tenant": "globex"},
        )
        health = await client.get("/healthz")  # probes need no token
        return none.status, wrong.status, ok.status, other.status, health.status

    assert run(mesh, scenario, tokens="tok-a=acme") == (401, 401, 200, 403, 200)
    assert mesh.published[0][0].envelope.tenant == "acme"


def stream_lines(raw: str) -> list[str]:
    return [line[6:] for line in raw.split("\n\n") if line.startswith("data: ")]


@pytest.mark.parametrize("delay_s", [0.0, 0.5])  # before / after the keep-alive period
def test_streaming_sends_role_content_finish_and_done(delay_s):
    mesh = FakeMesh(answering(completed), delay_s=delay_s)

    async def scenario(client: TestClient) -> Any:
        r = await client.post("/v1/chat/completions", json={**ASK, "stream": True})
        return r.status, r.headers["Content-Type"], await r.text()

    status, kind, raw = run(mesh, scenario)
    assert status == 200 and kind.startswith("text/event-stream")
    data = stream_lines(raw)
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert text == "Paris."
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert (": keep-alive" in raw) == (delay_s > 0)


def test_a_streamed_refusal_keeps_its_status_when_it_comes_early():
    mesh = FakeMesh(answering(lambda: completed(denied(0, "budget.default"))))

    async def scenario(client: TestClient) -> Any:
        r = await client.post("/v1/chat/completions", json={**ASK, "stream": True})
        return r.status, await r.json()

    status, out = run(mesh, scenario)
    assert status == 402 and out["error"]["type"] == "insufficient_quota"


def test_a_streamed_refusal_after_the_stream_opened_is_an_error_event():
    late = answering(lambda: completed(denied(0, "pii.cleared-models-only")))
    mesh = FakeMesh(late, delay_s=0.5)

    async def scenario(client: TestClient) -> Any:
        r = await client.post("/v1/chat/completions", json={**ASK, "stream": True})
        return r.status, await r.text()

    status, raw = run(mesh, scenario)
    data = stream_lines(raw)
    assert status == 200 and data[-1] != "[DONE]"
    assert json.loads(data[-1])["error"]["code"] == "pii.cleared-models-only"


def test_unknown_routes_and_methods_get_openai_shaped_errors():
    mesh = FakeMesh(answering(completed))

    async def scenario(client: TestClient) -> Any:
        a = await client.get("/v1/nothing")
        b = await client.get("/v1/chat/completions")
        return a.status, (await a.json())["error"], b.status

    status, error, method = run(mesh, scenario)
    assert status == 404 and error["code"] == "not_found" and method == 405
