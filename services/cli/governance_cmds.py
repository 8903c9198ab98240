"""`llm-mesh explain`, `llm-mesh audit verify`, `llm-mesh replay`: read the topics back.

Each command reads whole topics with a throw-away consumer (see
`services.governance.reader` for why it polls until idle instead of trusting offsets)
and hands decoded events to pure code: `timeline.build_timeline` for explain,
`chain.verify_chains` for audit verify, a filter for replay.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import click

from services.cli.options import kafka_options
from services.governance.chain import verify_chains
from services.governance.reader import RawRecord, decode_all, read_topics
from services.governance.timeline import Stored, build_timeline, order_key, render
from services.mesh.events import AuditRecord
from services.mesh.topics import AUDIT, STAGE_TOPICS

_REL = re.compile(r"^(\d+)\s*([smhdw])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_time(text: str, now: datetime | None = None) -> datetime:
    """An ISO-8601 time (UTC if no zone) or a duration ago: `30m`, `2h`, `7d`.

    Raises:
        click.BadParameter: neither form.
    """
    now = now or datetime.now(UTC)
    m = _REL.match(text.strip())
    if m:
        return now - timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})
    try:
        t = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as e:
        raise click.BadParameter(f"{text!r}: use ISO-8601 or e.g. 30m, 2h, 7d") from e
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def _ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def _read(
    bootstrap: str, prefix: str, logical: Iterable[str]
) -> tuple[list[Stored], list[tuple[RawRecord, str]]]:
    physical = [f"{prefix}{t}" for t in logical]
    good: list[Stored] = []
    bad: list[tuple[RawRecord, str]] = []
    try:
        for item in decode_all(read_topics(bootstrap, physical), prefix):
            (good if isinstance(item, Stored) else bad).append(item)  # type: ignore[arg-type]
    except Exception as e:  # KafkaException, RuntimeError: say what, exit 2
        raise click.ClickException(f"cannot read {', '.join(physical)}: {e}") from e
    return good, bad


@click.command()
@click.argument("request_id")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@kafka_options
def explain(request_id: str, as_json: bool, bootstrap: str, prefix: str) -> None:
    """The decision timeline of REQUEST_ID: why each model, what else was considered,
    fallbacks and escalations, validation, cost and latency."""
    stored, _ = _read(bootstrap, prefix, STAGE_TOPICS)
    tl = build_timeline(request_id, stored)
    if not tl.events:
        raise click.ClickException(f"no events for request {request_id}")
    click.echo(json.dumps(tl.to_dict(), indent=2, default=str) if as_json
               else render(tl))  # fmt: skip


@click.group()
def audit() -> None:
    """Inspect the hash-chained audit trail."""


@audit.command()
@click.option(
    "--since",
    default=None,
    help="Only records at or after this time (ISO-8601 or 30m, 2h, 7d); "
    "segment links to older records are then not checked.",
)
@click.option(
    "--key-env",
    default="MESH_AUDIT_KEY",
    show_default=True,
    help="Environment variable holding the audit HMAC key.",
)
@click.option(
    "--require-sealed",
    is_flag=True,
    help="Treat a chain tail not yet sealed by a checkpoint as a failure.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@kafka_options
def verify(since: str | None, key_env: str, require_sealed: bool, as_json: bool,
           bootstrap: str, prefix: str) -> None:  # fmt: skip
    """Replay the audit topic, verify every chain and checkpoint signature, and name
    the exact record (partition, offset) where a chain breaks. Exits 1 on a break."""
    key = os.environ.get(key_env)
    if not key:
        raise click.ClickException(f"set {key_env} to the audit key to verify "
                                   "checkpoint signatures")  # fmt: skip
    stored, bad = _read(bootstrap, prefix, [AUDIT])
    floor = _ms(parse_time(since)) if since else None
    located = [(s.partition, s.offset, s.event) for s in stored
               if isinstance(s.event, AuditRecord)
               and (floor is None or s.timestamp_ms >= floor)]  # fmt: skip
    breaks = verify_chains(located, key.encode(), complete=floor is None)
    errors = [b for b in breaks
              if b.severity == "error" or require_sealed]  # fmt: skip
    chains = {(p, r.chain) for p, _, r in located}
    if as_json:
        click.echo(
            json.dumps(
                {
                    "records": len(located),
                    "chains": len(chains),
                    "undecodable": len(bad),
                    "ok": not errors,
                    "breaks": [b.__dict__ for b in breaks],
                },
                indent=2,
            )
        )
    else:
        click.echo(f"{len(located)} audit records in {len(chains)} chains"
                   + (f", {len(bad)} undecodable" if bad else ""))  # fmt: skip
        for b in breaks:
            click.echo(f"  {b}")
        click.echo("OK: every chain verifies" if not errors else
                   f"FAILED: {len(errors)} break(s)")  # fmt: skip
    if errors or bad:
        sys.exit(1)


def select(
    stored: Iterable[Stored],
    *,
    request_id: str | None,
    since_ms: int | None,
    until_ms: int | None,
) -> list[Stored]:
    """The events of one request or of a time window, in order."""
    out = [s for s in stored
           if (request_id is None or s.event.request_id == request_id)
           and (since_ms is None or s.timestamp_ms >= since_ms)
           and (until_ms is None or s.timestamp_ms < until_ms)]  # fmt: skip
    return sorted(out, key=order_key)


@click.command()
@click.option("--request-id", default=None, help="Events of this request.")
@click.option("--since", default=None, help="Window start (ISO-8601 or 30m, 2h).")
@click.option("--until", default=None, help="Window end, exclusive.")
@click.option(
    "--topics",
    default=",".join(STAGE_TOPICS),
    show_default=True,
    help="Comma-separated logical topics to read.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@kafka_options
def replay(request_id: str | None, since: str | None, until: str | None, topics: str,
           as_json: bool, bootstrap: str, prefix: str) -> None:  # fmt: skip
    """The raw events of the stage topics for a request or a time window, decoded,
    in order (scanned by offset, filtered on record timestamps)."""
    if request_id is None and since is None:
        raise click.UsageError("give --request-id or --since")
    names = [t.strip() for t in topics.split(",") if t.strip()]
    stored, bad = _read(bootstrap, prefix, names)
    chosen = select(stored, request_id=request_id,
                    since_ms=_ms(parse_time(since)) if since else None,
                    until_ms=_ms(parse_time(until)) if until else None)  # fmt: skip
    for s in chosen:
        if as_json:
            row: dict[str, Any] = {
                "topic": s.topic, "partition": s.partition, "offset": s.offset,
                "timestamp_ms": s.timestamp_ms, "type": type(s.event).__name__,
                "event": s.event.model_dump(mode="json")}  # fmt: skip
            click.echo(json.dumps(row))
        else:
            t = datetime.fromtimestamp(s.timestamp_ms / 1000, UTC).isoformat()
            click.echo(
                f"{t} {s.topic}[{s.partition}]@{s.offset} "
                f"{type(s.event).__name__} {s.event.model_dump_json()}"
            )
    if bad:
        click.echo(f"{len(bad)} undecodable record(s) skipped", err=True)
