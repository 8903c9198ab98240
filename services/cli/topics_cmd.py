"""`llm-mesh topics`: create and list the mesh's topics on any Kafka cluster."""

from __future__ import annotations

import click

from services.cli.options import kafka_options
from services.mesh.config import Settings
from services.mesh.errors import MeshError
from services.mesh.kafka import ensure_topics, wait_for_broker


@click.group("topics")
def topics() -> None:
    """Manage the mesh's topics."""


@topics.command("create")
@kafka_options
@click.option(
    "--partitions",
    envvar="MESH_PARTITIONS",
    default=4,
    show_default=True,
    type=int,
    help="Partitions of each stage topic (the same on all, for co-partitioning).",
)
@click.option(
    "--wait",
    default=60.0,
    show_default=True,
    type=float,
    help="Seconds to wait for the cluster to answer.",
)
def create(bootstrap: str, prefix: str, partitions: int, wait: float) -> None:
    """Create every mesh topic that is missing (idempotent)."""
    settings = Settings.from_env(
        bootstrap=bootstrap, topic_prefix=prefix, partitions=partitions
    )
    try:
        wait_for_broker(bootstrap, wait)
        created = ensure_topics(settings)
    except MeshError as e:
        raise click.ClickException(str(e)) from e
    click.echo(
        f"created {len(created)} topics"
        + (f": {', '.join(created)}" if created else "")
    )


@topics.command("list")
@kafka_options
def list_(bootstrap: str, prefix: str) -> None:
    """Print the mesh's topics with their partition counts."""
    settings = Settings.from_env(bootstrap=bootstrap, topic_prefix=prefix)
    for spec in settings.topics.specs():
        click.echo(f"{spec.name}\t{spec.partitions}\t{dict(spec.config) or ''}")
