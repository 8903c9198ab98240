"""The aiohttp application: routes, auth, error rendering, and the request -> result wait.

Everything an HTTP caller can get wrong ends as an OpenAI-shaped error with a 4xx status
(rendered by `_errors`, the one place that turns `ApiError` into a response); a 500 means a
bug here. Each chat request gets a SERVER span (child of an incoming `traceparent`), whose
context the producer span and the Kafka headers carry on, so the HTTP call and the five
services are one trace. Log lines name request ids and tenants, never message content or
credentials.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

from aiohttp import web
from opentelemetry.trace import Span, StatusCode

from services.ingress.auth import ANONYMOUS, Principal, TokenAuth
from services.ingress.catalog import model_list
from services.ingress.chat_request import ChatRequest, parse_chat_request
from services.ingress.errors import ApiError, bad_request
from services.ingress.ports import Publishes, Watches
from services.ingress.replies import Outcome, answer, timeout_error
from services.ingress.results import CapacityError, Waiter
from services.ingress.routing import routing_options
from services.ingress.settings import IngressSettings
from services.ingress.spans import server_span, trace_id
from services.ingress.streaming import stream_result
from services.ingress.submission import to_submission
from services.mesh.errors import BrokerError
from services.mesh.fleet import Fleet

log = logging.getLogger(__name__)

CHAT_ROUTE = "/v1/chat/completions"
REQUEST_ID_HEADER = "X-Mesh-Request-Id"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
_PRINCIPAL: ContextVar[Principal] = ContextVar("ingress_principal", default=ANONYMOUS)
"""The authenticated caller of the request being handled (set by the auth middleware; a
context variable because each request is handled in its own task)."""


def create_app(
    settings: IngressSettings,
    *,
    publisher: Publishes,
    watcher: Watches,
    fleet: Fleet | None = None,
) -> web.Application:
    """The ingress application over a publisher and a results watcher (already started)."""
    auth = TokenAuth(settings.tokens.get_secret_value() if settings.tokens else None)
    chat = ChatHandler(settings, publisher=publisher, watcher=watcher)
    app = web.Application(
        client_max_size=settings.max_body_bytes,
        middlewares=[_errors, _authenticate(auth)],
    )
    started = int(time.time())

    async def models(_request: web.Request) -> web.Response:
        return web.json_response(model_list(fleet, created=started))

    async def health(_request: web.Request) -> web.Response:
        broker = await asyncio.to_thread(publisher.reachable)
        ok = broker and watcher.alive
        return web.json_response(
            {
                "status": "ok" if ok else "unavailable",
                "broker": broker,
                "results_reader": watcher.alive,
                "waiting": watcher.waiting,
            },
            status=200 if ok else 503,
        )

    app.router.add_post(CHAT_ROUTE, chat.handle)
    app.router.add_get("/v1/models", models)
    app.router.add_get("/healthz", health)
    return app


@web.middleware
async def _errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Render every error as an OpenAI error body; bad input is never a 500."""
    try:
        return await handler(request)
    except ApiError as e:
        return _error_response(e)
    except web.HTTPRequestEntityTooLarge as e:
        return _error_response(
            ApiError(
                413,
                f"the request body is larger than the limit: {e.text}",
                code="request_too_large",
            )
        )
    except web.HTTPException as e:
        if e.status < 400:
            raise
        return _error_response(
            ApiError(
                e.status,
                f"{request.method} {request.path}: {e.reason}",
                code="not_found" if e.status == 404 else None,
            )
        )
    except (asyncio.CancelledError, ConnectionResetError):
        raise
    except Exception:
        log.exception("unexpected error on %s %s", request.method, request.path)
        return _error_response(
            ApiError(500, "internal error in the ingress", type="server_error")
        )


def _error_response(error: ApiError) -> web.Response:
    headers = dict(error.headers)
    if error.request_id:
        headers[REQUEST_ID_HEADER] = error.request_id
    return web.json_response(error.body(), status=error.status, headers=headers)


def _authenticate(auth: TokenAuth) -> Any:
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path.startswith("/v1/"):
            _PRINCIPAL.set(auth.check(request.headers.get("Authorization")))
        return await handler(request)

    return middleware


class ChatHandler:
    """`POST /v1/chat/completions`: publish one mesh request and answer with its result."""

    def __init__(
        self, settings: IngressSettings, *, publisher: Publishes, watcher: Watches
    ) -> None:
        self.settings = settings
        self.publisher = publisher
        self.watcher = watcher

    async def handle(self, request: web.Request) -> web.StreamResponse:
        chat = parse_chat_request(await _json_body(request))
        principal = _PRINCIPAL.get()
        options = routing_options(
            request.headers,
            chat.mesh,
            principal=principal,
            default_tenant=self.settings.default_tenant,
        )
        rid = str(uuid.uuid4())
        with server_span(
            f"POST {CHAT_ROUTE}",
            request.headers,
            {
                "http.request.method": "POST",
                "http.route": CHAT_ROUTE,
                "mesh.request_id": rid,
                "mesh.tenant": options.tenant,
            },
        ) as span:
            started = time.monotonic()
            try:
                response = await self._complete(
                    request,
                    chat,
                    rid,
                    options.tenant,
                    span,
                    to_submission(chat, options, request_id=rid),
                )
            except ApiError as e:
                e.request_id = e.request_id or rid
                span.set_attribute("http.response.status_code", e.status)
                if e.status >= 500:
                    span.set_status(StatusCode.ERROR, e.message)
                log.info(
                    "request %s (tenant %s): %d %s",
                    rid,
                    options.tenant,
                    e.status,
                    e.code or e.type,
                )
                raise
            span.set_attribute("http.response.status_code", response.status)
            log.info(
                "request %s (tenant %s): %d in %.0f ms",
                rid,
                options.tenant,
                response.status,
                (time.monotonic() - started) * 1000,
            )
            return response

    async def _complete(
        self,
        request: web.Request,
        chat: ChatRequest,
        rid: str,
        tenant: str,
        span: Span,
        event: Any,
    ) -> web.StreamResponse:
        waiter = self._watch(rid)
        try:
            try:
                await self.publisher.publish(event)
            except BrokerError as e:
                log.warning("request %s not published: %s", rid, e)
                raise ApiError(
                    503,
                    "the mesh could not accept the request: the broker "
                    "did not acknowledge it; retry",
                    type="server_error",
                    code="broker_unavailable",
                    headers={"Retry-After": "2"},
                ) from e
            trace = trace_id(span)
            if chat.stream:
                return await stream_result(
                    request,
                    waiter.future,
                    chat=chat,
                    request_id=rid,
                    trace_id=trace,
                    timeout_s=self.settings.timeout_s,
                    keepalive_s=self.settings.keepalive_s,
                    headers={REQUEST_ID_HEADER: rid},
                )
            outcome = await self._wait(waiter, rid)
            return web.json_response(
                answer(outcome, chat, trace_id=trace),
                headers={REQUEST_ID_HEADER: rid},
            )
        finally:
            self.watcher.forget(rid)

    def _watch(self, rid: str) -> Waiter:
        try:
            return self.watcher.watch(rid)
        except CapacityError as e:
            raise ApiError(
                503,
                f"the ingress is at capacity ({e}); retry shortly",
                type="server_error",
                code="ingress_busy",
                headers={"Retry-After": "1"},
            ) from e
        except BrokerError as e:
            raise ApiError(
                503,
                "the ingress cannot read results from the mesh; see /healthz",
                type="server_error",
                code="results_unavailable",
            ) from e

    async def _wait(self, waiter: Waiter, rid: str) -> Outcome:
        try:
            return await asyncio.wait_for(waiter.future, self.settings.timeout_s)
        except TimeoutError:
            raise timeout_error(rid, self.settings.timeout_s) from None


async def _json_body(request: web.Request) -> Any:
    raw = await request.read()
    if not raw:
        raise bad_request("the request body is empty: send a JSON object")
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as e:
        raise bad_request(f"the request body is not valid JSON: {e}") from None
