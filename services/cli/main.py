"""`llm-mesh`: the command-line entry point. Configures logging; registers the commands."""

from __future__ import annotations

import logging

import click

from services import __version__


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "show_default": True}
)
@click.version_option(__version__, prog_name="llm-mesh")
@click.option(
    "--log-level",
    envvar="MESH_LOG_LEVEL",
    default="WARNING",
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
    help="Log level for messages on stderr (env MESH_LOG_LEVEL).",
)
def cli(log_level: str) -> None:
    """LLM Mesh: route each task of an LLM request to the best model, under policy.

    Start with `llm-mesh demo` (everything on this machine, then exits), or `llm-mesh up`
    to keep a local mesh running and `llm-mesh submit "..."` to ask it something.
    """
    logging.basicConfig(
        level=log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if logging.getLevelName(log_level.upper()) > logging.INFO:
        # librdkafka repeats connection errors many times a second; show them with
        # --log-level INFO or DEBUG (services in deployment run at INFO)
        logging.getLogger("librdkafka").setLevel(logging.CRITICAL)


def _register() -> None:
    from services.cli.bench import bench
    from services.cli.demo import demo
    from services.cli.ingress import ingress
    from services.cli.run import broker, run, up
    from services.cli.submit import submit
    from services.cli.topics_cmd import topics

    for command in (run, broker, up, submit, demo, bench, topics, ingress):
        cli.add_command(command)
    try:
        from services.cli.fleet import fleet

        cli.add_command(fleet)
    except ImportError:  # pragma: no cover - partial installs
        pass
    from services.cli.feedback_cmd import feedback

    cli.add_command(feedback)
    try:
        from services.cli.analyze import analyze

        cli.add_command(analyze)
    except ImportError:  # pragma: no cover
        pass
    try:
        from services.cli.governance_cmds import audit, explain, replay

        for command in (explain, audit, replay):
            cli.add_command(command)
    except ImportError:  # pragma: no cover
        pass


_register()

if __name__ == "__main__":
    cli()
