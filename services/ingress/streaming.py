"""`"stream": true`: the result as Server-Sent Events in OpenAI's chunk format.

The mesh produces each answer whole (tasks run on different models and are validated before
release), so there are no tokens to relay as they are generated. The stream therefore holds
its headers back for up to `keepalive_s`: a result that arrives by then — the usual case —
still gets its true HTTP status (403, 402, 400 ...) instead of an error inside a 200 stream.
A slower result opens the stream with the role chunk and keeps it alive with SSE comments;
an error found after that point is sent as a `data: {"error": ...}` event (what OpenAI's
SDKs raise on) and the stream ends without `[DONE]`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping

from aiohttp import web

from services.ingress.chat_request import ChatRequest
from services.ingress.errors import ApiError
from services.ingress.replies import Outcome, accepted, timeout_error
from services.ingress.responses import DONE, KEEPALIVE, answer_chunks, role_chunk, sse

SSE_HEADERS = {
    "Content-Type": "text/event-stream",
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",  # nginx: do not buffer the stream
}


async def stream_result(
    request: web.Request,
    future: asyncio.Future[Outcome],
    *,
    chat: ChatRequest,
    request_id: str,
    trace_id: str | None,
    timeout_s: float,
    keepalive_s: float,
    headers: Mapping[str, str],
) -> web.StreamResponse:
    """Wait for the result and stream it.

    Raises:
        ApiError: before the stream opened (a refusal, or a timeout shorter than
            `keepalive_s`); afterwards errors are written into the stream.
    """
    created = int(time.time())
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    outcome = await _wait(future, min(keepalive_s, timeout_s))
    if outcome is not None:
        chunks = _chunks(outcome, chat, created=created, trace_id=trace_id)  # may raise
        response = await _open(request, headers)
        await _write(
            response, [sse(role_chunk(request_id, created=created)), *chunks, DONE]
        )
        return response
    if loop.time() >= deadline:
        raise timeout_error(request_id, timeout_s)
    response = await _open(request, headers)
    await _write(response, [sse(role_chunk(request_id, created=created))])
    while outcome is None:
        left = deadline - loop.time()
        if left <= 0:
            error = timeout_error(request_id, timeout_s)
            await _write(response, [sse(error.body())])
            return response
        outcome = await _wait(future, min(keepalive_s, left))
        if outcome is None:
            await _write(response, [KEEPALIVE])
    try:
        chunks = _chunks(outcome, chat, created=created, trace_id=trace_id)
    except ApiError as e:
        e.request_id = e.request_id or request_id
        await _write(response, [sse(e.body())])
        return response
    await _write(response, [*chunks, DONE])
    return response


def _chunks(
    outcome: Outcome, chat: ChatRequest, *, created: int, trace_id: str | None
) -> list[bytes]:
    result = accepted(outcome)
    return [
        sse(c)
        for c in answer_chunks(
            result,
            created=created,
            usage=outcome.tally.usage(result, chat.prompt_chars),
            finish_reason=outcome.tally.finish_reason(),
            trace_id=trace_id,
            ignored=chat.ignored,
            include_usage=chat.include_usage,
        )
    ]


async def _wait(future: asyncio.Future[Outcome], timeout_s: float) -> Outcome | None:
    try:
        return await asyncio.wait_for(asyncio.shield(future), timeout_s)
    except TimeoutError:
        return None


async def _open(request: web.Request, headers: Mapping[str, str]) -> web.StreamResponse:
    response = web.StreamResponse(status=200, headers={**SSE_HEADERS, **headers})
    await response.prepare(request)
    return response


async def _write(response: web.StreamResponse, pieces: list[bytes]) -> None:
    await response.write(b"".join(pieces))
