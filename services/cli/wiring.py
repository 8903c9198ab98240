"""Builds each service's runner from settings: the only place that knows every service."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Literal, Protocol

from services.mesh.config import Settings
from services.mesh.errors import ConfigError

log = logging.getLogger(__name__)

ServiceName = Literal["intent", "router", "governance", "executor", "aggregator"]
SERVICES: tuple[ServiceName, ...] = (
    "intent",
    "router",
    "governance",
    "executor",
    "aggregator",
)


class Runnable(Protocol):
    def run(self) -> None: ...

    def stop(self) -> None: ...


def _fleet_and_policy(settings: Settings):  # type: ignore[no-untyped-def]
    from services.mesh.fleet import load_fleet
    from services.mesh.policy import PolicyEngine, load_policy

    fleet = load_fleet(settings.fleet_file)
    return fleet, PolicyEngine(load_policy(settings.policy_file), fleet)


def build(
    service: ServiceName,
    settings: Settings,
    *,
    on_ready: Callable[[], None] | None = None,
) -> Runnable:
    """The runner of `service`, with its handler built from the settings' files.

    Raises:
        ConfigError: a fleet/policy file is invalid, or the audit key is missing.
    """
    from services.mesh.async_runner import AsyncRunner
    from services.mesh.runner import Runner

    if service == "intent":
        from services.intent.handler import IntentHandler

        return Runner(IntentHandler(), settings, on_ready=on_ready)
    if service == "router":
        from services.router.handler import RouterHandler

        fleet, policy = _fleet_and_policy(settings)
        return Runner(
            RouterHandler(fleet=fleet, policy=policy), settings, on_ready=on_ready
        )
    if service == "governance":
        from services.governance.handler import GovernanceHandler

        if settings.audit_key is None:
            raise ConfigError(
                "governance signs its audit checkpoints: set MESH_AUDIT_KEY to a secret "
                "(e.g. `export MESH_AUDIT_KEY=$(openssl rand -hex 32)`)"
            )
        fleet, policy = _fleet_and_policy(settings)
        handler = GovernanceHandler(
            fleet=fleet,
            policy=policy,
            audit_key=settings.audit_key.get_secret_value().encode(),
        )
        return Runner(handler, settings, on_ready=on_ready)
    if service == "executor":
        from services.executor.handler import ExecutorHandler
        from services.mesh.fleet import load_fleet

        return AsyncRunner(
            ExecutorHandler(
                fleet=load_fleet(settings.fleet_file),
                deadline_s=settings.executor_deadline_s,
                stream=settings.executor_stream,
            ),
            settings,
            max_in_flight=settings.executor_concurrency,
            on_ready=on_ready,
        )
    if service == "aggregator":
        from services.aggregator.handler import AggregatorHandler

        return Runner(AggregatorHandler(), settings, on_ready=on_ready)
    raise ConfigError(
        f"unknown service {service!r}; choose one of {', '.join(SERVICES)}"
    )
