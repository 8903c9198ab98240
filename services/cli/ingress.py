"""`llm-mesh ingress`: the OpenAI-compatible HTTP front door of a running mesh."""

from __future__ import annotations

import click

from services.cli.options import kafka_options
from services.mesh.config import Settings
from services.mesh.errors import MeshError
from services.mesh.tracing import configure_tracing


@click.command("ingress")
@kafka_options
@click.option(
    "--host",
    envvar="MESH_INGRESS_HOST",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on (env MESH_INGRESS_HOST; 0.0.0.0 for all).",
)
@click.option(
    "--port",
    envvar="MESH_INGRESS_PORT",
    default=8080,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="TCP port (env MESH_INGRESS_PORT).",
)
@click.option(
    "--tenant",
    envvar="MESH_INGRESS_TENANT",
    default="default",
    show_default=True,
    help="Tenant of requests without X-Mesh-Tenant (env MESH_INGRESS_TENANT).",
)
@click.option(
    "--timeout",
    envvar="MESH_INGRESS_TIMEOUT_S",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds to wait for a result before answering 504 (env MESH_INGRESS_TIMEOUT_S).",
)
def ingress(
    bootstrap: str, prefix: str, host: str, port: int, tenant: str, timeout: float
) -> None:
    """Serve the OpenAI Chat Completions API in front of the mesh until Ctrl-C.

    POST /v1/chat/completions (model "auto"; "stream": true for SSE), GET /v1/models,
    GET /healthz. Each completion is one request on mesh.requests; its result on
    mesh.results is the answer, with a `mesh` object naming the request id for
    `llm-mesh explain`. Bearer-token auth: set MESH_INGRESS_TOKENS="tok[=tenant],...".
    More settings (body limit, waiters, keep-alive): docs/ingress.md.
    """
    from services.ingress.server import serve
    from services.ingress.settings import IngressSettings

    try:
        settings = Settings.from_env(bootstrap=bootstrap, topic_prefix=prefix)
        config = IngressSettings.from_env(
            host=host, port=port, default_tenant=tenant, timeout_s=timeout
        )
    except MeshError as e:
        raise click.ClickException(str(e)) from e
    provider = configure_tracing("ingress")
    try:
        serve(settings, config, announce=click.echo)
    except MeshError as e:
        raise click.ClickException(str(e)) from e
    finally:
        if provider is not None:
            provider.shutdown()
