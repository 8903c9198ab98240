"""The local model fleet: one aiohttp server playing every model of the fleet.

Recorded models answer known prompts with their real RouterBench responses; every other
model (and a recorded model asked something new) answers a clearly marked simulated
reply. Latency, random failures and scripted faults make it a stand-in for real
providers in tests and benchmarks. Everything is in memory: a request never touches the
disk.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import signal
import socket
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from aiohttp import web

from services.fleet.config import ModelSettings, load_models_config
from services.fleet.faults import Fault, parse_fault
from services.fleet.recorded import RECORDED_MODELS, RecordedIndex, load_recorded
from services.fleet.shapes import (
    Answer,
    AnthropicShape,
    Ask,
    Failure,
    GeminiShape,
    OpenAIShape,
    ShapeError,
    encode,
    retry_info,
)
from services.fleet.simulate import (
    estimate_tokens,
    find_arithmetic,
    prompt_tokens,
    simulated_answer,
    tool_result_answer,
)
from services.fleet.streaming import stream_answer

_OK = Fault("ok")


class _Shape(Protocol):
    auth_status: int
    overloaded_status: int

    def parse(self, body: Any, headers: Any, path_model: str | None) -> Ask: ...
    def success(self, ask: Ask, ans: Answer) -> dict[str, Any]: ...
    def failure(
        self, kind: Failure, status: int, ask: Ask | None
    ) -> dict[str, Any]: ...


@dataclass(slots=True)
class ModelStats:
    """Requests seen by one model, and how many were in flight (now and at most)."""

    requests: int = 0
    in_flight: int = 0
    max_in_flight: int = 0

    def as_dict(self) -> dict[str, int]:
        """JSON form."""
        return {
            "requests": self.requests,
            "in_flight": self.in_flight,
            "max_in_flight": self.max_in_flight,
        }


@dataclass
class FleetState:
    """Everything the server knows: recorded answers, settings, scripts, counters."""

    recorded: RecordedIndex
    defaults: ModelSettings
    overrides: dict[str, ModelSettings]
    rng: random.Random
    scripts: dict[str, deque[Fault]] = field(default_factory=dict)
    stats: dict[str, ModelStats] = field(default_factory=dict)

    def next_fault(self, model: str) -> Fault:
        """Consume the model's next scripted outcome (ok when none is queued)."""
        queue = self.scripts.get(model)
        return queue.popleft() if queue else _OK

    def answer(self, ask: Ask, refused: bool) -> Answer:
        """Recorded reply if known, else a calculator call if apt, else simulated."""
        tokens_in = prompt_tokens(ask.messages)
        if refused:
            return Answer("", "content_filter", tokens_in, 0)
        rec = self.recorded.lookup(ask.model, ask.last_user)
        if rec is not None and ask.tool_result is None:
            out = estimate_tokens(rec.response)
            return Answer(rec.response, "stop", tokens_in, out, recorded=rec)
        if ask.tool_result is not None:
            text = tool_result_answer(ask.model, ask.tool_result)
        elif ask.offers_calculator and (expr := find_arithmetic(ask.last_user)):
            args = json.dumps({"expression": expr})
            digest = hashlib.blake2b(f"{ask.model}|{expr}".encode(), digest_size=6)
            call = (f"call_{digest.hexdigest()}", args)
            return Answer("", "tool_calls", tokens_in, estimate_tokens(args), call)
        else:
            text = simulated_answer(ask.model, ask.last_user)
        return Answer(text, "stop", tokens_in, estimate_tokens(text))

    def model_names(self) -> list[str]:
        """Recorded models, then configured simulated ones."""
        return list(RECORDED_MODELS) + sorted(
            set(self.overrides) - set(RECORDED_MODELS)
        )


def _json(
    status: int, body: dict[str, Any], headers: dict[str, str] | None = None
) -> web.Response:
    return web.Response(
        status=status,
        body=encode(body),
        content_type="application/json",
        headers=headers,
    )


class FleetApp:
    """Request handlers over one `FleetState`."""

    def __init__(self, state: FleetState) -> None:
        self.state = state

    async def _serve(
        self, shape: _Shape, request: web.Request, path_model: str | None
    ) -> web.StreamResponse:
        try:
            body = await request.json()
            ask = shape.parse(body, request.headers, path_model)
        except (ValueError, ShapeError):
            return _json(400, shape.failure("invalid", 400, None))
        stream = None
        if isinstance(shape, OpenAIShape) and body.get("stream") is True:
            options = body.get("stream_options")
            stream = isinstance(options, dict) and options.get("include_usage") is True
        st = self.state.stats.setdefault(ask.model, ModelStats())
        st.requests += 1
        st.in_flight += 1
        st.max_in_flight = max(st.max_in_flight, st.in_flight)
        try:
            return await self._respond(shape, request, ask, stream)
        finally:
            st.in_flight -= 1

    async def _respond(
        self, shape: _Shape, request: web.Request, ask: Ask, stream: bool | None
    ) -> web.StreamResponse:
        """One reply; `stream` is None for a plain one, else whether to add usage."""
        state = self.state
        fault = state.next_fault(ask.model)
        cfg = state.overrides.get(ask.model, state.defaults)
        delay_ms = cfg.latency_ms + fault.delay_ms
        if cfg.jitter_ms:
            delay_ms += state.rng.uniform(0.0, cfg.jitter_ms)
        if stream is not None and fault.kind in ("ok", "slow", "refused", "malformed"):
            return await self._stream(request, ask, fault, delay_ms / 1000.0, stream)
        if delay_ms > 0:
            await asyncio.sleep(delay_ms / 1000.0)
        if fault.kind == "reset":
            # Drop the connection with no response, as a crashed upstream would.
            if request.transport is not None:
                request.transport.abort()
            return web.Response()
        if fault is _OK and cfg.failure_rate and state.rng.random() < cfg.failure_rate:
            fault = Fault("status", status=shape.overloaded_status)
        if fault.kind == "status":
            body = shape.failure("status", fault.status, ask)
            headers = {}
            if fault.retry_after is not None:
                if isinstance(shape, GeminiShape):
                    body["error"]["details"].append(retry_info(fault.retry_after))
                else:
                    headers["Retry-After"] = fault.retry_after
            return _json(fault.status, body, headers)
        if fault.kind == "auth":
            return _json(shape.auth_status, shape.failure("auth", 401, ask))
        answer = state.answer(ask, refused=fault.kind == "refused")
        too_long = cfg.context_window and answer.tokens_in > cfg.context_window
        if fault.kind == "context_length" or too_long:
            return _json(400, shape.failure("context_length", 400, ask))
        raw = encode(shape.success(ask, answer))
        if fault.kind == "malformed":
            raw = raw[: len(raw) // 2]
        return web.Response(body=raw, content_type="application/json")

    async def _stream(
        self,
        request: web.Request,
        ask: Ask,
        fault: Fault,
        delay_s: float,
        include_usage: bool,
    ) -> web.StreamResponse:
        """A streamed success (failures are sent before any chunk, as plain errors)."""
        cfg = self.state.overrides.get(ask.model, self.state.defaults)
        if (
            fault is _OK
            and cfg.failure_rate
            and self.state.rng.random() < cfg.failure_rate
        ):
            await asyncio.sleep(delay_s)
            return _json(503, OpenAIShape().failure("status", 503, ask))
        answer = self.state.answer(ask, refused=fault.kind == "refused")
        if cfg.context_window and answer.tokens_in > cfg.context_window:
            await asyncio.sleep(delay_s)
            return _json(400, OpenAIShape().failure("context_length", 400, ask))
        return await stream_answer(
            request,
            ask,
            answer,
            delay_s=delay_s,
            ttft_share=cfg.ttft_share,
            include_usage=include_usage,
            malformed=fault.kind == "malformed",
        )

    async def chat(self, request: web.Request) -> web.StreamResponse:
        """OpenAI chat completions."""
        return await self._serve(OpenAIShape(), request, None)

    async def messages(self, request: web.Request) -> web.StreamResponse:
        """Anthropic Messages."""
        return await self._serve(AnthropicShape(), request, None)

    async def gemini(self, request: web.Request) -> web.StreamResponse:
        """Gemini generateContent; the model is in the path."""
        model, _, action = request.match_info["tail"].rpartition(":")
        if action != "generateContent" or not model:
            raise web.HTTPNotFound()
        return await self._serve(GeminiShape(), request, model)

    async def models(self, request: web.Request) -> web.Response:
        """OpenAI model list."""
        data = [
            {"id": m, "object": "model", "created": 0, "owned_by": "llm-mesh-fleet"}
            for m in self.state.model_names()
        ]
        return _json(200, {"object": "list", "data": data})

    async def healthz(self, request: web.Request) -> web.Response:
        """Liveness."""
        return _json(
            200, {"status": "ok", "recorded_prompts": len(self.state.recorded)}
        )

    async def script(self, request: web.Request) -> web.Response:
        """Queue scripted outcomes for a model."""
        try:
            body = await request.json()
            model = body["model"]
            faults = [parse_fault(str(s)) for s in body["responses"]]
        except (ValueError, KeyError, TypeError) as e:
            return _json(400, {"error": {"message": str(e), "type": "invalid_request"}})
        queue = self.state.scripts.setdefault(str(model), deque())
        queue.extend(faults)
        return _json(200, {"model": model, "queued": len(queue)})

    async def reset(self, request: web.Request) -> web.Response:
        """Forget scripts and counters (in-flight counts stay true)."""
        self.state.scripts.clear()
        for st in self.state.stats.values():
            st.requests, st.max_in_flight = 0, st.in_flight
        return _json(200, {"status": "reset"})

    async def stats(self, request: web.Request) -> web.Response:
        """Per-model and total request counts."""
        per = {m: s.as_dict() for m, s in self.state.stats.items()}
        total = {
            "requests": sum(s.requests for s in self.state.stats.values()),
            "in_flight": sum(s.in_flight for s in self.state.stats.values()),
        }
        return _json(200, {"models": per, "total": total})


def build_app(state: FleetState) -> web.Application:
    """The aiohttp application with every route."""
    h = FleetApp(state)
    app = web.Application(client_max_size=16 * 1024 * 1024)
    app.add_routes(
        [
            web.post("/v1/chat/completions", h.chat),
            web.post("/v1/messages", h.messages),
            web.post("/v1beta/models/{tail:.+}", h.gemini),
            web.get("/v1/models", h.models),
            web.get("/healthz", h.healthz),
            web.post("/_control/script", h.script),
            web.post("/_control/reset", h.reset),
            web.get("/_control/stats", h.stats),
        ]
    )
    return app


@dataclass
class RunningFleet:
    """A started server: `.url` is the OpenAI base (`.../v1`), `.root` the origin."""

    port: int
    state: FleetState
    _runner: web.AppRunner

    @property
    def root(self) -> str:
        """`http://127.0.0.1:PORT` (Gemini's base is `root + "/v1beta"`)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """OpenAI/Anthropic base URL, including `/v1`."""
        return f"{self.root}/v1"

    async def close(self) -> None:
        """Stop listening and drop open connections."""
        await self._runner.cleanup()


async def start_fleet_server(
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    recorded: Path | None = None,
    latency_ms: float = 0.0,
    jitter_ms: float = 0.0,
    failure_rate: float = 0.0,
    seed: int = 0,
    models_config: Path | None = None,
) -> RunningFleet:
    """Start the fleet in the running loop; port 0 picks a free port.

    Raises:
        ConfigError: a recorded file or models config is unreadable or invalid.
    """
    base = ModelSettings(
        latency_ms=latency_ms, jitter_ms=jitter_ms, failure_rate=failure_rate
    )
    defaults, overrides = load_models_config(models_config, base)
    state = FleetState(
        load_recorded(recorded), defaults, overrides, random.Random(seed)
    )
    # handler_cancellation: a client that gives up (timeout, hedge lost) frees the
    # handler at once, so in-flight counts show what clients really have pending.
    runner = web.AppRunner(
        build_app(state),
        access_log=None,
        handle_signals=False,
        handler_cancellation=True,
    )
    await runner.setup()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    site = web.SockSite(runner, sock, backlog=1024)
    await site.start()
    return RunningFleet(port=sock.getsockname()[1], state=state, _runner=runner)


def serve_forever(**kwargs: Any) -> None:
    """Serve until SIGTERM/SIGINT; print `fleet listening on URL` once ready."""

    async def main() -> None:
        fleet = await start_fleet_server(**kwargs)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        print(f"fleet listening on {fleet.root}", flush=True)
        try:
            await stop.wait()
        finally:
            await fleet.close()

    asyncio.run(main())
    sys.stdout.flush()
