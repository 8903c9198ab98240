"""`llm-mesh submit`: publish one request and print its result."""

from __future__ import annotations

import json

import click

from services.cli.options import kafka_options
from services.cli.render import result_block
from services.mesh.client import MeshClient
from services.mesh.config import Settings
from services.mesh.errors import MeshError
from services.mesh.tracing import configure_tracing


@click.command("submit")
@click.argument("text")
@kafka_options
@click.option(
    "--tenant", default="default", show_default=True, help="Tenant to bill and police."
)
@click.option("--user", default=None, help="End user, for per-user budgets.")
@click.option(
    "--profile",
    type=click.Choice(["quality", "balanced", "cost", "latency"]),
    default=None,
    help="Routing profile (default: the tenant's).",
)
@click.option("--max-cost", type=float, default=None, help="Hard cost limit in USD.")
@click.option(
    "--timeout",
    default=60.0,
    show_default=True,
    type=float,
    help="Seconds to wait for the result.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result event as JSON.")
def submit(
    text: str,
    bootstrap: str,
    prefix: str,
    tenant: str,
    user: str | None,
    profile: str | None,
    max_cost: float | None,
    timeout: float,
    as_json: bool,
) -> None:
    """Publish TEXT to mesh.requests and print its result from mesh.results.

    Exits 1 if the request is rejected, 2 on a timeout.
    """
    provider = configure_tracing("client")  # the trace starts at the client's send
    try:
        client = MeshClient(Settings.from_env(bootstrap=bootstrap, topic_prefix=prefix))
    except MeshError as e:
        raise click.ClickException(str(e)) from e
    try:
        result = client.ask(
            text,
            timeout_s=timeout,
            tenant=tenant,
            user=user,
            profile=profile,
            max_cost_usd=max_cost,
        )
    except TimeoutError as e:
        click.echo(f"error: {e}: is the mesh running (llm-mesh up)?", err=True)
        raise SystemExit(2) from e
    except MeshError as e:
        raise click.ClickException(str(e)) from e
    finally:
        client.close()
        if provider is not None:
            provider.shutdown()
    if as_json:
        click.echo(json.dumps(result.model_dump(mode="json"), indent=2))
    else:
        click.echo(result_block(f"request {result.envelope.request_id}", result))
    if result.AVRO_NAME.endswith("RequestRejected"):
        raise SystemExit(1)
