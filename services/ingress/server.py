"""Running the ingress: start the shared Kafka clients, serve HTTP, stop them in order.

The results reader is assigned before the server accepts its first connection (aiohttp runs
`on_startup` before listening), so no request can be published before its result could be
seen; on shutdown the server stops accepting, in-flight handlers finish or are cancelled,
then the producer flushes and the reader stops.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiohttp import web

from services.ingress.app import create_app
from services.ingress.publisher import Publisher
from services.ingress.results import ResultWatcher
from services.ingress.settings import IngressSettings
from services.mesh.config import Settings
from services.mesh.errors import ConfigError
from services.mesh.fleet import Fleet, load_fleet
from services.mesh.kafka import wait_for_broker

log = logging.getLogger(__name__)


def build_server(settings: Settings, ingress: IngressSettings) -> web.Application:
    """The application with its Kafka clients wired to its start-up and clean-up.

    Raises:
        BrokerError: (at start-up) no broker, or the mesh topics are missing.
    """
    watcher = ResultWatcher(
        settings,
        max_waiters=ingress.max_waiters,
        usage_grace_s=ingress.usage_grace_s,
    )
    publisher = Publisher(settings)
    app = create_app(
        ingress, publisher=publisher, watcher=watcher, fleet=_fleet(settings)
    )

    async def start(_app: web.Application) -> None:
        await asyncio.to_thread(wait_for_broker, settings.bootstrap, 10.0)
        await asyncio.to_thread(watcher.start)
        publisher.start()

    async def stop(_app: web.Application) -> None:
        await asyncio.to_thread(publisher.close)
        await asyncio.to_thread(watcher.stop)

    app.on_startup.append(start)
    app.on_cleanup.append(stop)
    return app


def serve(
    settings: Settings,
    ingress: IngressSettings,
    *,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve until SIGINT/SIGTERM (both stop it gracefully)."""
    app = build_server(settings, ingress)
    url = f"http://{ingress.host}:{ingress.port}/v1"
    web.run_app(
        app,
        host=ingress.host,
        port=ingress.port,
        print=lambda _line: announce(f"ingress listening on {url} (OpenAI-compatible)"),
        access_log=None,
        shutdown_timeout=min(ingress.timeout_s, 30.0),
    )


def _fleet(settings: Settings) -> Fleet | None:
    """The fleet for `/v1/models`; the ingress still serves chat when it cannot be read."""
    try:
        return load_fleet(settings.fleet_file)
    except ConfigError as e:
        log.warning("GET /v1/models will list only `auto`: %s", e)
        return None
