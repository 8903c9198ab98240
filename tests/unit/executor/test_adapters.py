"""Adapter request shapes and error mapping, without a network (httpx.MockTransport)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from services.executor.adapters import adapter_for
from services.executor.adapters.base import ChatRequest, ToolSpec
from services.executor.adapters.http import retry_after_seconds
from services.executor.errors import ProviderError, redact
from services.mesh.fleet import ModelSpec, Pricing

KEY = "sk-unit-SECRET-abcdef123456"


def req(provider: str, **kw: Any) -> ChatRequest:
    spec = ModelSpec(
        name="m",
        provider=provider,
        endpoint="http://127.0.0.1:9/v1",
        api_model="prov-m",
        pricing=Pricing(input_per_mtok=1, output_per_mtok=1),
    )
    msgs = (
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "hi"},
    )
    return ChatRequest(spec, msgs, 0.1, 64, 5.0, "k1", **kw)


def call(provider: str, status: int, body: Any, headers: dict[str, str] | None = None):
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        return httpx.Response(status, content=content, headers=headers or {})

    async def go() -> Any:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as c:
            return await adapter_for(provider).complete(c, req(provider), KEY)

    try:
        return asyncio.run(go()), seen
    except ProviderError as e:
        return e, seen


def test_openai_request_shape() -> None:
    url, headers, body = adapter_for("openai").build(  # type: ignore[attr-defined]
        req("openai", tools=(ToolSpec("calculator", "d", {"type": "object"}),)), KEY
    )
    assert url == "http://127.0.0.1:9/v1/chat/completions"
    assert headers["Authorization"] == f"Bearer {KEY}"
    assert headers["Idempotency-Key"] == "k1"
    assert body["model"] == "prov-m" and body["max_tokens"] == 64
    assert body["tools"][0]["function"]["name"] == "calculator"


def test_anthropic_and_gemini_request_shapes() -> None:
    url, headers, body = adapter_for("anthropic").build(req("anthropic"), KEY)  # type: ignore[attr-defined]
    assert url.endswith("/v1/messages") and headers["x-api-key"] == KEY
    assert body["system"] == "be brief" and body["messages"] == [
        {"role": "user", "content": "hi"}
    ]
    url, headers, body = adapter_for("gemini").build(req("gemini"), KEY)  # type: ignore[attr-defined]
    assert url.endswith("/models/prov-m:generateContent") and KEY not in url
    assert headers["x-goog-api-key"] == KEY
    assert body["systemInstruction"]["parts"][0]["text"] == "be brief"


@pytest.mark.parametrize(
    ("provider", "status", "body", "kind", "retryable"),
    [
        (
            "openai",
            429,
            {"error": {"code": "rate_limit_exceeded", "message": "slow"}},
            "rate_limited",
            True,
        ),
        (
            "openai",
            429,
            {"error": {"code": "insufficient_quota", "message": "q"}},
            "rate_limited",
            False,
        ),
        (
            "openai",
            400,
            {"error": {"code": "context_length_exceeded", "message": "long"}},
            "context_length",
            False,
        ),
        (
            "openai",
            401,
            {"error": {"code": "invalid_api_key", "message": f"bad {KEY}"}},
            "auth",
            False,
        ),
        ("openai", 502, b"<html>bad gateway</html>", "overloaded", True),
        ("openai", 422, {"error": {"message": "nope"}}, "bad_response", False),
        (
            "openai",
            200,
            {
                "choices": [
                    {"message": {"content": ""}, "finish_reason": "content_filter"}
                ]
            },
            "refused",
            False,
        ),
        ("openai", 200, {"nothing": 1}, "bad_response", True),
        ("openai", 200, b'{"choices": [', "bad_response", True),
        (
            "anthropic",
            529,
            {"type": "error", "error": {"type": "overloaded_error"}},
            "overloaded",
            True,
        ),
        (
            "anthropic",
            403,
            {"type": "error", "error": {"type": "permission_error"}},
            "auth",
            False,
        ),
        (
            "gemini",
            400,
            {
                "error": {
                    "message": "API key not valid",
                    "details": [{"reason": "API_KEY_INVALID"}],
                }
            },
            "auth",
            False,
        ),
        (
            "gemini",
            200,
            {"promptFeedback": {"blockReason": "SAFETY"}},
            "refused",
            False,
        ),
    ],
)
def test_error_mapping(provider, status, body, kind, retryable) -> None:
    err, _ = call(provider, status, body)
    assert isinstance(err, ProviderError), err
    assert (err.kind, err.retryable) == (kind, retryable)
    assert KEY not in str(err) and KEY not in repr(err)


def test_openai_success_parses_usage_and_tool_calls() -> None:
    body = {
        "choices": [
            {
                "message": {
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "calculator", "arguments": "{}"},
                        }
                    ],
                },
                "finish_reason": "tool_calls",
            }
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 3},
        "mesh_recorded_cost_usd": 0.5,
    }
    resp, seen = call("openai", 200, body)
    assert (
        resp.finish_reason == "tool_calls" and resp.tool_calls[0].name == "calculator"
    )
    assert (resp.tokens_in, resp.tokens_out, resp.recorded_cost_usd) == (11, 3, 0.5)
    assert seen[0].headers["idempotency-key"] == "k1"


def test_retry_after_forms() -> None:
    assert retry_after_seconds(httpx.Headers({"Retry-After": "3"})) == 3.0
    assert retry_after_seconds(httpx.Headers({"retry-after-ms": "1500"})) == 1.5
    assert retry_after_seconds(httpx.Headers({})) is None
    date = retry_after_seconds(
        httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    )
    assert date == 0.0


def test_redact() -> None:
    assert redact(f"x {KEY} y", [KEY, None, ""]) == "x *** y"
