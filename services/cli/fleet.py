"""`llm-mesh fleet`: run the local model fleet (recorded + simulated) over HTTP."""

from __future__ import annotations

from pathlib import Path

import click

from services.fleet.server import serve_forever
from services.mesh.errors import ConfigError


@click.command("fleet")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option(
    "--port", default=8700, show_default=True, type=int, help="Port (0 picks one)."
)
@click.option(
    "--recorded",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="RouterBench-format JSONL to answer from (default: bundled 40-prompt sample).",
)
@click.option(
    "--latency-ms", default=0.0, show_default=True, type=float, help="Added per reply."
)
@click.option(
    "--jitter-ms",
    default=0.0,
    show_default=True,
    type=float,
    help="Extra uniform random latency in [0, jitter].",
)
@click.option(
    "--failure-rate",
    default=0.0,
    show_default=True,
    type=click.FloatRange(0.0, 1.0),
    help="Share of requests answered with a provider-style 503 (529 for Anthropic).",
)
@click.option(
    "--seed", default=0, show_default=True, type=int, help="Seeds jitter and failures."
)
@click.option(
    "--models-config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="YAML with per-model overrides: {defaults: {...}, models: {NAME: {latency_ms, "
    "jitter_ms, failure_rate, context_window}}}.",
)
def fleet(
    host: str,
    port: int,
    recorded: Path | None,
    latency_ms: float,
    jitter_ms: float,
    failure_rate: float,
    seed: int,
    models_config: Path | None,
) -> None:
    """Serve the model fleet over an OpenAI-compatible API (+ Anthropic, Gemini).

    The 11 RouterBench models answer known prompts with their real recorded responses
    (and recorded cost); any other model name gets a deterministic reply marked
    "[simulated MODEL]". Routes: POST /v1/chat/completions, POST /v1/messages, POST
    /v1beta/models/MODEL:generateContent, GET /v1/models, GET /healthz, and the test
    controls POST /_control/script, POST /_control/reset, GET /_control/stats. Prints
    "fleet listening on http://HOST:PORT" once ready; stops on SIGTERM/SIGINT.
    """
    try:
        serve_forever(
            host=host,
            port=port,
            recorded=recorded,
            latency_ms=latency_ms,
            jitter_ms=jitter_ms,
            failure_rate=failure_rate,
            seed=seed,
            models_config=models_config,
        )
    except ConfigError as e:
        raise click.ClickException(str(e)) from e
    except OSError as e:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {e.strerror}"
        ) from e
