"""Gemini `generateContent`: key in `x-goog-api-key` (never in the URL), RetryInfo."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from services.executor.adapters.base import (
    ChatRequest,
    ChatResponse,
)
from services.executor.adapters.http import (
    bad_shape,
    describe,
    retry_after_seconds,
    status_error,
)
from services.executor.adapters.json_api import JsonApiAdapter, recorded
from services.executor.errors import ProviderError

_FINISH = {"STOP": "stop", "MAX_TOKENS": "length"}
_REFUSED = {"SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII"}


def _retry_delay(details: list[Any]) -> float | None:
    for d in details:
        if isinstance(d, dict) and str(d.get("@type", "")).endswith("RetryInfo"):
            try:
                return float(str(d.get("retryDelay", "")).rstrip("s"))
            except ValueError:
                return None
    return None


class GeminiAdapter(JsonApiAdapter):
    """`POST {endpoint}/models/{model}:generateContent` (endpoint like `.../v1beta`)."""

    provider = "gemini"
    supports_tools = False

    def build(
        self, req: ChatRequest, api_key: str | None
    ) -> tuple[str, dict[str, str], dict[str, Any]]:
        """URL, headers and body; assistant turns are `model`, system is apart."""
        headers = {"Idempotency-Key": req.idempotency_key}
        if api_key:
            headers["x-goog-api-key"] = api_key
        system = [
            {"text": str(m.get("content") or "")}
            for m in req.messages
            if m["role"] == "system"
        ]
        body: dict[str, Any] = {
            "contents": [
                {
                    "role": "model" if m["role"] == "assistant" else "user",
                    "parts": [{"text": str(m.get("content") or "")}],
                }
                for m in req.messages
                if m["role"] in ("user", "assistant")
            ],
            "generationConfig": {
                "temperature": req.temperature,
                "maxOutputTokens": req.max_tokens,
            },
        }
        if system:
            body["systemInstruction"] = {"parts": system}
        base = req.spec.endpoint.rstrip("/")
        return f"{base}/models/{req.spec.provider_model}:generateContent", headers, body

    def error(
        self,
        req: ChatRequest,
        api_key: str | None,
        status: int,
        resp_headers: Mapping[str, str],
        raw: bytes,
    ) -> ProviderError:
        """The taxonomy error for an HTTP error status and its body."""
        try:
            err = json.loads(raw).get("error") or {}
            message, details = str(err.get("message", "")), err.get("details") or []
        except (ValueError, AttributeError):
            message, details = raw[:200].decode(errors="replace"), []
        reasons = {str(d.get("reason")) for d in details if isinstance(d, dict)}
        return status_error(
            status,
            message=describe(self.provider, req.spec.name, status, message, api_key),
            retry_after_s=retry_after_seconds(resp_headers) or _retry_delay(details),
            auth="API_KEY_INVALID" in reasons,
            context="token count" in message and "exceeds" in message,
        )

    def parse(
        self, data: Any, req: ChatRequest, status: int, ttft_ms: float
    ) -> ChatResponse:
        """Neutral response from a generateContent answer."""
        name = req.spec.name
        try:
            blocked = (data.get("promptFeedback") or {}).get("blockReason")
            cand = (data.get("candidates") or [{}])[0]
            finish = str(cand.get("finishReason") or ("SAFETY" if blocked else "STOP"))
            parts = (cand.get("content") or {}).get("parts") or []
            text = "".join(str(p.get("text", "")) for p in parts)
            usage = data.get("usageMetadata") or {}
            tin = int(usage.get("promptTokenCount", 0))
            tout = int(usage.get("candidatesTokenCount", 0))
        except (TypeError, ValueError, AttributeError, IndexError):
            raise bad_shape(self.provider, name, status, "no candidates") from None
        if finish in _REFUSED:
            msg = f"{self.provider} model {name} refused (finishReason {finish})"
            raise ProviderError("refused", msg, status_code=status)
        if not parts:
            raise bad_shape(self.provider, name, status, "candidate without parts")
        return ChatResponse(
            text=text,
            finish_reason=_FINISH.get(finish, finish.lower()),
            tokens_in=tin,
            tokens_out=tout,
            status_code=status,
            ttft_ms=ttft_ms,
            recorded_cost_usd=recorded(data, "mesh_recorded_cost_usd"),
            recorded_correct=recorded(data, "mesh_recorded_correct"),
        )
