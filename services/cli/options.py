"""Options shared by the commands that talk to a broker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def kafka_options(fn: F) -> F:
    """`--bootstrap` and `--prefix`, from MESH_KAFKA_BOOTSTRAP / MESH_TOPIC_PREFIX."""
    fn = click.option(
        "--prefix",
        envvar="MESH_TOPIC_PREFIX",
        default="mesh.",
        show_default=True,
        help="Topic name prefix (env MESH_TOPIC_PREFIX).",
    )(fn)
    fn = click.option(
        "--bootstrap",
        envvar="MESH_KAFKA_BOOTSTRAP",
        default="127.0.0.1:9092",
        show_default=True,
        help="Kafka bootstrap servers (env MESH_KAFKA_BOOTSTRAP).",
    )(fn)
    return fn
