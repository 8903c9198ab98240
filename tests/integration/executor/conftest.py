"""A real fleet server on a free 127.0.0.1 port, in a thread with its own loop.

The server lives in its own thread so each test can drive the executor with a plain
`asyncio.run`, and scripts faults over the real control API. The fixture stops exactly
the server it started.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from services.executor.engine import Executor
from services.fleet.server import RunningFleet, start_fleet_server
from services.mesh.fleet import ModelSpec, Pricing

T = TypeVar("T")


class ThreadedFleet:
    """A fleet server running on a private event loop in a daemon thread."""

    def __init__(self, **kwargs: Any) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        future = asyncio.run_coroutine_threadsafe(
            start_fleet_server(**kwargs), self.loop
        )
        self.fleet: RunningFleet = future.result(timeout=10)
        self.http = httpx.Client(base_url=self.fleet.root, trust_env=False, timeout=5)

    @property
    def url(self) -> str:
        return self.fleet.url

    @property
    def root(self) -> str:
        return self.fleet.root

    def script(self, model: str, *responses: str) -> None:
        r = self.http.post(
            "/_control/script", json={"model": model, "responses": list(responses)}
        )
        r.raise_for_status()

    def stats(self) -> dict[str, Any]:
        return self.http.get("/_control/stats").json()  # type: ignore[no-any-return]

    def requests(self, model: str) -> int:
        return int(self.stats()["models"].get(model, {}).get("requests", 0))

    def reset(self) -> None:
        self.http.post("/_control/reset").raise_for_status()

    def wait_idle(self, timeout_s: float = 3.0) -> None:
        """Wait for the server to have no request in flight (cancelled ones drain)."""
        end = time.monotonic() + timeout_s
        while self.stats()["total"]["in_flight"]:
            assert time.monotonic() < end, f"server still busy: {self.stats()}"
            time.sleep(0.02)

    def close(self) -> None:
        self.http.close()
        asyncio.run_coroutine_threadsafe(self.fleet.close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture(scope="module")
def fleet() -> Iterator[ThreadedFleet]:
    server = ThreadedFleet()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(autouse=True)
def _fresh(fleet: ThreadedFleet) -> Iterator[None]:
    fleet.reset()
    yield
    fleet.wait_idle()


def make_spec(fleet: ThreadedFleet, name: str, **kw: Any) -> ModelSpec:
    """An OpenAI-shaped model on the test fleet (provider/endpoint overridable)."""
    kw.setdefault("endpoint", fleet.url)
    kw.setdefault("pricing", Pricing(input_per_mtok=1.0, output_per_mtok=2.0))
    return ModelSpec(name=name, **kw)


class SleepRecorder:
    """An injected `sleep` that records each delay and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def run_executor(
    scenario: Callable[[Executor], Awaitable[T]], **executor_kwargs: Any
) -> T:
    """Run `scenario` with a fresh Executor; assert nothing is left running after."""

    async def main() -> T:
        executor = Executor(**executor_kwargs)
        try:
            return await scenario(executor)
        finally:
            await executor.aclose()
            await asyncio.sleep(0)
            me = asyncio.current_task()
            leftover = [t for t in asyncio.all_tasks() if t is not me]
            assert not leftover, f"tasks left running: {leftover}"

    return asyncio.run(main())


@pytest.fixture
def spec(fleet: ThreadedFleet) -> Callable[..., ModelSpec]:
    """`spec("name", **ModelSpec fields)` on the test fleet."""
    return lambda name, **kw: make_spec(fleet, name, **kw)


@pytest.fixture
def sleeper() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def run() -> Callable[..., Any]:
    """`run(scenario, **Executor kwargs)`, see `run_executor`."""
    return run_executor
