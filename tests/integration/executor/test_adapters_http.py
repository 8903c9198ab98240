"""Anthropic and Gemini adapters, tool loop, recorded answers, secrets: over HTTP."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from services.executor.engine import CallPlan, ExecutionResult, Executor
from services.fleet.recorded import load_recorded

FAKE_KEY = "sk-test-FAKE-0123456789abcdefSECRET"


def first_sample() -> tuple[str, dict[str, Any]]:
    from importlib import resources

    ref = resources.files("services.fleet") / "data" / "routerbench_sample.jsonl"
    row = json.loads(ref.read_text().splitlines()[-1])  # an mbpp prompt
    return row["prompt"], row["outcomes"]


def go(run: Any, p: CallPlan, **kw: Any) -> ExecutionResult:
    async def scenario(ex: Executor) -> ExecutionResult:
        return await ex.execute(p)

    result: ExecutionResult = run(scenario, **kw)
    return result


@pytest.mark.parametrize("provider", ["openai", "anthropic", "gemini"])
def test_recorded_answer_through_each_provider(fleet, spec, run, provider) -> None:
    prompt, outcomes = first_sample()
    endpoint = fleet.root + "/v1beta" if provider == "gemini" else fleet.url
    m = spec("claude-v2", provider=provider, endpoint=endpoint)
    msgs = (
        {"role": "system", "content": "Answer."},
        {"role": "user", "content": prompt},
    )
    result = go(run, CallPlan("t", msgs, (m,)))
    assert result.ok, result.error_message
    assert result.answer == outcomes["claude-v2"]["response"]
    assert result.recorded_cost_usd == pytest.approx(outcomes["claude-v2"]["cost_usd"])
    assert result.finish_reason == "stop"
    assert result.tokens_in > 0 and result.tokens_out > 0


def test_recorded_match_ignores_whitespace(fleet, spec, run) -> None:
    prompt, outcomes = first_sample()
    messy = "  " + prompt.replace(" ", "   \n") + "\n"
    result = go(
        run, CallPlan("t", ({"role": "user", "content": messy},), (spec("claude-v1"),))
    )
    assert result.answer == outcomes["claude-v1"]["response"]
    assert load_recorded().lookup("claude-v1", messy) is not None


@pytest.mark.parametrize(
    ("provider", "script", "kinds"),
    [
        ("anthropic", ["529", "ok"], ["overloaded", "ok"]),
        ("anthropic", ["429:retry_after=2", "ok"], ["rate_limited", "ok"]),
        ("anthropic", ["refused"], ["refused"]),
        ("anthropic", ["context_length"], ["context_length"]),
        ("gemini", ["429:retry_after=2", "ok"], ["rate_limited", "ok"]),
        ("gemini", ["auth"], ["auth"]),
        ("gemini", ["refused"], ["refused"]),
        ("gemini", ["context_length"], ["context_length"]),
        ("gemini", ["malformed", "ok"], ["bad_response", "ok"]),
    ],
)
def test_provider_faults_map_to_taxonomy(
    fleet, spec, run, sleeper, provider, script, kinds
) -> None:
    endpoint = fleet.root + "/v1beta" if provider == "gemini" else fleet.url
    m = spec("p", provider=provider, endpoint=endpoint)
    fleet.script("p", *script)
    result = go(
        run, CallPlan("t", ({"role": "user", "content": "hi"},), (m,)), sleep=sleeper
    )
    assert [a.outcome for a in result.attempts] == kinds
    if "rate_limited" in kinds:
        assert sleeper.delays and sleeper.delays[0] >= 2.0  # header or RetryInfo


def test_calculator_tool_loop_over_http(fleet, spec, run) -> None:
    m = spec("calc", tools=("calculator",))
    p = CallPlan(
        "t",
        ({"role": "user", "content": "What is 12 * (3 + 4) - 2 ** 3?"},),
        (m,),
        tools=("calculator",),
    )
    result = go(run, p)
    assert result.ok
    assert result.answer == "[simulated calc] The result is 76."
    assert fleet.requests("calc") == 2  # the tool call, then the answer
    assert [a.idempotency_key for a in result.attempts] == ["t:calc:1"]


def test_tools_not_offered_to_a_model_without_them(fleet, spec, run) -> None:
    p = CallPlan(
        "t",
        ({"role": "user", "content": "What is 2 + 2?"},),
        (spec("plain"),),
        tools=("calculator",),
    )
    result = go(run, p)
    assert result.ok and "simulated plain" in result.answer
    assert fleet.requests("plain") == 1


def test_api_key_never_leaks(fleet, spec, run, sleeper, monkeypatch, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("MESH_TEST_KEY", FAKE_KEY)
    models = [
        spec("k-openai", api_key_env="MESH_TEST_KEY"),
        spec("k-anthropic", provider="anthropic", api_key_env="MESH_TEST_KEY"),
        spec(
            "k-gemini",
            provider="gemini",
            endpoint=fleet.root + "/v1beta",
            api_key_env="MESH_TEST_KEY",
        ),
    ]
    for m in models:
        fleet.script(m.name, "auth")
    results = [
        go(
            run,
            CallPlan("t", ({"role": "user", "content": "hi"},), (m,)),
            sleep=sleeper,
        )
        for m in models
    ]
    for r in results:
        assert not r.ok and r.error_kind == "auth"
        assert [a.outcome for a in r.attempts] == ["auth"]  # not retried
    text = " ".join(repr(r) + str(r) for r in results) + caplog.text
    assert FAKE_KEY not in text
    assert FAKE_KEY[-12:] not in text


def test_missing_key_variable_is_auth_without_a_call(
    fleet, spec, run, monkeypatch
) -> None:
    monkeypatch.delenv("MESH_ABSENT_KEY", raising=False)
    m = spec("nokey", api_key_env="MESH_ABSENT_KEY")
    result = go(
        run, CallPlan("t", ({"role": "user", "content": "hi"},), (m, spec("other")))
    )
    assert [(a.model, a.outcome) for a in result.attempts] == [
        ("nokey", "auth"),
        ("other", "ok"),
    ]
    assert "MESH_ABSENT_KEY" in result.attempts[0].error
    assert fleet.requests("nokey") == 0
