"""The fleet server's pieces, and its HTTP API in-process on a free 127.0.0.1 port."""

from __future__ import annotations

import asyncio
import json
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest

from services.fleet.faults import Fault, parse_fault
from services.fleet.recorded import RECORDED_MODELS, load_recorded, prompt_key
from services.fleet.server import start_fleet_server
from services.fleet.simulate import find_arithmetic, simulated_answer
from services.mesh.errors import ConfigError


def test_sample_has_forty_prompts_of_the_three_sets() -> None:
    index = load_recorded()
    assert len(index) == 40
    sets = {sid.split(".")[0] for sid in index.sample_ids.values()}
    assert sets == {"arc-challenge", "winogrande", "mbpp"}


def test_prompt_key_normalises_whitespace() -> None:
    assert prompt_key("a  b\n c ") == prompt_key("a b c")
    assert prompt_key("a b") != prompt_key("ab")


def test_parse_fault_forms() -> None:
    assert parse_fault("429:retry_after=1") == Fault("status", 429, "1")
    assert parse_fault("slow:250") == Fault("slow", delay_ms=250.0)
    assert parse_fault("reset").kind == "reset"
    for bad in ("teapot", "700", "429:wait=1", "slow:x"):
        with pytest.raises(ValueError):
            parse_fault(bad)


def test_simulated_answers_are_marked_and_deterministic() -> None:
    a = simulated_answer("sim-x", "Explain Kafka partitions briefly")
    assert a.startswith("[simulated sim-x]") and "simulated" in a[18:]
    assert a == simulated_answer("sim-x", "Explain Kafka partitions briefly")
    mcq = simulated_answer("sim-x", "Pick one\nA) red\nB) blue\nAnswer:")
    assert mcq in ("[simulated sim-x] A", "[simulated sim-x] B")
    assert find_arithmetic("what is 12 * (3 + 4)?") == "12 * (3 + 4)"
    assert find_arithmetic("in 2024 we had 3 offices") is None


def test_bad_recorded_file_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "r.jsonl"
    bad.write_text('{"sample_id": "x", "prompt": "p", "outcomes": {}}\nnot json\n')
    with pytest.raises(ConfigError, match=r"r.jsonl:2"):
        load_recorded(bad)


def with_fleet(check: Any, **kwargs: Any) -> Any:
    async def main() -> Any:
        fleet = await start_fleet_server(**kwargs)
        try:
            async with httpx.AsyncClient(base_url=fleet.root, trust_env=False) as c:
                return await check(c)
        finally:
            await fleet.close()

    return asyncio.run(main())


def chat(model: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


def test_models_health_and_recorded_answer() -> None:
    sample = resources.files("services.fleet") / "data" / "routerbench_sample.jsonl"
    row = json.loads(sample.read_text().splitlines()[0])

    async def check(c: httpx.AsyncClient) -> None:
        models = (await c.get("/v1/models")).json()
        assert [m["id"] for m in models["data"]][:11] == list(RECORDED_MODELS)
        assert (await c.get("/healthz")).json()["status"] == "ok"
        r = (
            await c.post(
                "/v1/chat/completions", json=chat("gpt-4-1106-preview", row["prompt"])
            )
        ).json()
        rec = row["outcomes"]["gpt-4-1106-preview"]
        assert r["choices"][0]["message"]["content"] == rec["response"]
        assert r["mesh_recorded_cost_usd"] == rec["cost_usd"]
        assert r["mesh_recorded_correct"] == rec["correct"]
        unknown = (
            await c.post(
                "/v1/chat/completions", json=chat("gpt-4-1106-preview", "new?")
            )
        ).json()
        text = unknown["choices"][0]["message"]["content"]
        assert text.startswith("[simulated gpt-4-1106-preview]")
        assert "mesh_recorded_cost_usd" not in unknown

    with_fleet(check)


def test_script_is_consumed_in_order_then_normal() -> None:
    async def check(c: httpx.AsyncClient) -> None:
        r = await c.post(
            "/_control/script",
            json={
                "model": "m",
                "responses": ["429:retry_after=2", "auth", "context_length"],
            },
        )
        assert r.json()["queued"] == 3
        r1 = await c.post("/v1/chat/completions", json=chat("m", "hi"))
        assert (r1.status_code, r1.headers["retry-after"]) == (429, "2")
        assert r1.json()["error"]["code"] == "rate_limit_exceeded"
        r2 = await c.post("/v1/chat/completions", json=chat("m", "hi"))
        assert r2.status_code == 401 and r2.json()["error"]["code"] == "invalid_api_key"
        r3 = await c.post("/v1/chat/completions", json=chat("m", "hi"))
        assert r3.json()["error"]["code"] == "context_length_exceeded"
        r4 = await c.post("/v1/chat/completions", json=chat("m", "hi"))
        assert r4.status_code == 200
        bad = await c.post(
            "/_control/script", json={"model": "m", "responses": ["nope"]}
        )
        assert bad.status_code == 400
        stats = (await c.get("/_control/stats")).json()
        assert (
            stats["models"]["m"]["requests"] == 4 and stats["total"]["in_flight"] == 0
        )
        await c.post("/_control/reset")
        assert (await c.get("/_control/stats")).json()["total"]["requests"] == 0

    with_fleet(check)


def test_failure_rate_and_models_config(tmp_path: Path) -> None:
    cfg = tmp_path / "models.yaml"
    cfg.write_text(
        "models:\n  flaky: {failure_rate: 1.0}\n  tiny: {context_window: 5}\n"
    )

    async def check(c: httpx.AsyncClient) -> None:
        r = await c.post("/v1/chat/completions", json=chat("flaky", "hi"))
        assert r.status_code == 503 and r.json()["error"]["type"] == "server_error"
        r = await c.post(
            "/v1/messages",
            json={
                "model": "flaky",
                "max_tokens": 5,
                "messages": [{"role": "user", "content": "hi"}],
            },
        )
        assert r.status_code == 529 and r.json()["error"]["type"] == "overloaded_error"
        r = await c.post(
            "/v1/chat/completions",
            json=chat("tiny", "a much longer prompt than five tokens"),
        )
        assert r.json()["error"]["code"] == "context_length_exceeded"
        r = await c.post("/v1/chat/completions", json=chat("fine", "hi"))
        assert r.status_code == 200

    with_fleet(check, models_config=cfg)


def test_tool_call_offered_only_with_tools() -> None:
    tools = [{"type": "function", "function": {"name": "calculator"}}]

    async def check(c: httpx.AsyncClient) -> None:
        r = (
            await c.post(
                "/v1/chat/completions", json=chat("m", "what is 6 * 7", tools=tools)
            )
        ).json()
        call = r["choices"][0]["message"]["tool_calls"][0]
        assert r["choices"][0]["finish_reason"] == "tool_calls"
        assert json.loads(call["function"]["arguments"]) == {"expression": "6 * 7"}
        r = (
            await c.post("/v1/chat/completions", json=chat("m", "what is 6 * 7"))
        ).json()
        assert r["choices"][0]["finish_reason"] == "stop"

    with_fleet(check)


def test_invalid_body_is_a_provider_style_400() -> None:
    async def check(c: httpx.AsyncClient) -> None:
        r = await c.post("/v1/chat/completions", content=b"{nope")
        assert r.status_code == 400 and "error" in r.json()
        r = await c.post("/v1beta/models/m:streamGenerateContent", json={})
        assert r.status_code == 404

    with_fleet(check)
