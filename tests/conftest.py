"""Shared fixtures: one embedded broker per test session, topics per test (factories)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest

from services.mesh.config import Settings


@pytest.fixture(scope="session")
def broker() -> Iterator[str]:
    """Bootstrap address of an embedded Tansu broker on a free port (stopped at the end)."""
    from services.mesh.broker import EmbeddedBroker, broker_binary
    from services.mesh.errors import BrokerError

    try:
        broker_binary()
    except BrokerError as e:  # genuinely missing binary: say so
        pytest.skip(f"embedded broker unavailable: {e}")
    with EmbeddedBroker() as b:
        yield b.bootstrap


@pytest.fixture
def make_settings(broker: str) -> Callable[..., Settings]:
    """Settings on the session broker with a fresh topic prefix, topics created."""
    from services.mesh.kafka import ensure_topics

    def make(**overrides: object) -> Settings:
        settings = Settings.from_env(
            bootstrap=broker, topic_prefix=f"t{uuid.uuid4().hex[:8]}.", **overrides
        )
        ensure_topics(settings)
        return settings

    return make
