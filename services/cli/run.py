"""`llm-mesh run`, `llm-mesh broker`, `llm-mesh up`: run services, the broker, a whole mesh."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from types import FrameType

import click

from services.cli.options import kafka_options
from services.cli.wiring import SERVICES, build
from services.mesh.config import Settings
from services.mesh.errors import MeshError
from services.mesh.tracing import configure_tracing


def _on_signals(
    stop: threading.Event | None = None, *callbacks: object
) -> threading.Event:
    """SIGTERM/SIGINT set the returned event and call each callback once."""
    event = stop or threading.Event()

    def handler(signum: int, frame: FrameType | None) -> None:
        event.set()
        for cb in callbacks:
            cb()  # type: ignore[operator]

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    return event


def _ready_marker(service: str) -> None:
    folder = os.environ.get("MESH_READY_DIR")
    if folder:
        Path(folder, f"{service}@{os.getpid()}").touch()


@click.command("run")
@click.argument("service", type=click.Choice(SERVICES))
@kafka_options
@click.option(
    "--fleet-file",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="MESH_FLEET_FILE",
    default=None,
    help="Fleet YAML (env MESH_FLEET_FILE; default deploy/fleet.yaml).",
)
@click.option(
    "--policy-file",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="MESH_POLICY_FILE",
    default=None,
    help="Policy YAML (env MESH_POLICY_FILE; default deploy/policies.yaml).",
)
def run(
    service: str,
    bootstrap: str,
    prefix: str,
    fleet_file: Path | None,
    policy_file: Path | None,
) -> None:
    """Run one SERVICE against a Kafka cluster until SIGTERM/SIGINT.

    On a signal it stops polling, finishes in-flight work, commits and exits 0.
    """
    settings = Settings.from_env(
        bootstrap=bootstrap,
        topic_prefix=prefix,
        fleet_file=fleet_file,
        policy_file=policy_file,
    )
    provider = configure_tracing(service)
    try:
        runner = build(service, settings, on_ready=lambda: _ready_marker(service))  # type: ignore[arg-type]
    except MeshError as e:
        raise click.ClickException(str(e)) from e
    _on_signals(None, runner.stop)
    try:
        runner.run()
    finally:
        if provider is not None:
            provider.shutdown()


@click.command("broker")
@click.option(
    "--port", default=9092, show_default=True, type=int, help="Port on 127.0.0.1."
)
@click.option(
    "--partitions",
    default=4,
    show_default=True,
    type=int,
    help="Partitions of each stage topic.",
)
def broker(port: int, partitions: int) -> None:
    """Run the embedded Kafka-compatible broker (Tansu, memory only) until Ctrl-C.

    Creates every mesh topic; data is lost when it stops.
    """
    from services.mesh.broker import EmbeddedBroker
    from services.mesh.kafka import ensure_topics

    try:
        b = EmbeddedBroker(port).start()
    except MeshError as e:
        raise click.ClickException(str(e)) from e
    try:
        ensure_topics(Settings.from_env(bootstrap=b.bootstrap, partitions=partitions))
        click.echo(
            f"broker listening on {b.bootstrap} (memory storage; Ctrl-C stops it)"
        )
        _on_signals().wait()
    finally:
        b.stop()


@click.command("up")
@click.option(
    "--bootstrap",
    envvar="MESH_KAFKA_BOOTSTRAP",
    default=None,
    help="Use this Kafka cluster instead of starting the embedded broker.",
)
@click.option(
    "--broker-port",
    default=9092,
    show_default=True,
    type=int,
    help="Port of the embedded broker (when no --bootstrap).",
)
@click.option(
    "--fleet-port",
    default=8700,
    show_default=True,
    type=int,
    help="Port of the local model fleet server.",
)
@click.option(
    "--log-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write each process's log there instead of this terminal.",
)
@click.option(
    "--seed/--no-seed",
    "feedback_seed",
    default=None,
    help="Publish the bundled RouterBench feedback seed before the services start "
    "(skipped when the feedback topic already holds events). Default: on with the "
    "embedded broker, off with --bootstrap.",
)
@click.option(
    "--ingress-port",
    default=8080,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port of the OpenAI-compatible HTTP ingress (0: a free port).",
)
@click.option(
    "--ingress/--no-ingress",
    "with_ingress",
    default=True,
    show_default=True,
    help="Also run the HTTP ingress (`llm-mesh ingress`).",
)
def up(
    bootstrap: str | None,
    broker_port: int,
    fleet_port: int,
    log_dir: Path | None,
    feedback_seed: bool | None,
    ingress_port: int,
    with_ingress: bool,
) -> None:
    """Run a whole local mesh in the foreground until Ctrl-C.

    Starts the embedded broker (unless --bootstrap), the local model fleet, the five
    services and the OpenAI-compatible HTTP ingress (unless --no-ingress) as separate
    processes; `llm-mesh submit "..."` or any OpenAI client then talks to it. The routers
    learn only from the feedback topic, so (on the embedded broker, unless --no-seed) the
    bundled feedback seed (recorded RouterBench outcomes) is published first and folded at
    start-up.
    """
    if feedback_seed is None:
        feedback_seed = bootstrap is None
    from services.cli.supervisor import MeshProcesses
    from services.mesh.broker import EmbeddedBroker

    mesh = MeshProcesses(
        bootstrap=bootstrap,
        fleet_port=fleet_port,
        log_dir=log_dir,
        feedback_seed=feedback_seed,
        ingress_port=ingress_port if with_ingress else None,
    )
    stop = _on_signals()
    if bootstrap is None:
        mesh.broker = EmbeddedBroker(broker_port)
        try:
            mesh.broker.start()
        except MeshError as e:
            raise click.ClickException(str(e)) from e
        mesh.bootstrap = mesh.broker.bootstrap
    try:
        mesh.start(cancel=stop)
        if feedback_seed:
            r = mesh.seed_report
            click.echo(
                "feedback topic already held events: seed not loaded"
                if r is None
                else f"routers learned from the feedback seed: {r.events} events on "
                f"{r.prompts} RouterBench prompts ({r.seconds:.1f}s)"
            )
        click.echo(
            f"mesh up: Kafka {mesh.bootstrap}, fleet {mesh.fleet_url}; Ctrl-C stops it"
        )
        click.echo(
            f'try: llm-mesh submit --bootstrap {mesh.bootstrap} "Summarise the risks of ..."'
        )
        if mesh.ingress_url is not None:
            click.echo(
                f'OpenAI-compatible ingress: {mesh.ingress_url} (model "auto"), e.g. '
                f"curl {mesh.ingress_url}/chat/completions -H 'Content-Type: "
                'application/json\' -d \'{"model": "auto", "messages": '
                '[{"role": "user", "content": "Hello"}]}\''
            )
        if mesh.audit_key_file is not None:
            click.echo(
                "audit checkpoints are signed with a key made for this run; to verify: "
                f"MESH_AUDIT_KEY=$(cat {mesh.audit_key_file}) llm-mesh audit verify "
                f"--bootstrap {mesh.bootstrap}"
            )
        while not stop.wait(0.5):
            codes = {k: v for k, v in mesh.exit_codes().items() if v is not None}
            if codes:
                raise click.ClickException(f"a mesh process exited: {codes}")
    except MeshError as e:
        raise click.ClickException(str(e)) from e
    finally:
        click.echo("stopping the mesh ...", err=True)
        mesh.stop()
