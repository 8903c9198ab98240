"""`llm-mesh feedback load`: publish recorded outcomes to `mesh.feedback` for the routers.

Routers learn only by folding `FeedbackRecorded` events (every instance reads the whole
topic before it routes), so a mesh nobody has rated routes on its fleet priors alone.
This command turns a RouterBench-format file (or the bundled seed) into that stream.

Live learning must equal benchmark learning, so the events are built exactly as
`llm-mesh bench routing` builds its training feedback (`services.router.bench.run`):
the task labels come from the intent service's own analyzer (`TaskMaker`), the answer
format and letter from `services.router.features`, the features from
`services.router.quality.feedback_features`. Event ids are derived from the source,
prompt and model, so loading a file twice publishes the same ids (a duplicate can be
recognised for what it is).

Input rows, one JSON object a line: `sample_id`, `eval_name`, `prompt`, `outcomes`
{model: {`correct`, `cost_usd`, and `response` (normalised here) or `answer` (a letter
already normalised, as the seed stores it)}}. A seed file starts with a header line
(`format`, `prefixes`) and rows may name a shared few-shot `prefix` of their prompt
(see `services.router.seed_build`).
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import click
from confluent_kafka import Producer, TopicPartition

from services.cli.options import kafka_options
from services.mesh import topics as T
from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.errors import BrokerError, MeshError
from services.mesh.events import FeedbackRecorded, envelope
from services.mesh.kafka import producer_config, wait_for_broker
from services.router.bench.analyze import TaskMaker
from services.router.features import answer_format, normalise_answer
from services.router.quality import feedback_features

SOURCE = "routerbench"
SEED_NAME = "feedback_seed.jsonl"
_ID_SPACE = uuid.UUID("6f1d3c52-4b7e-4d6a-9a55-2f0b8e7c1a90")
_LETTERS = frozenset("ABCDEFGH")


@dataclass(frozen=True)
class Outcome:
    """One model's recorded result on a prompt, as the router learns it."""

    correct: float
    cost_usd: float
    answer: str | None


@dataclass(frozen=True)
class FeedbackRow:
    """One prompt with every model's recorded outcome."""

    sample_id: str
    eval_name: str
    prompt: str
    outcomes: dict[str, Outcome]


@dataclass(frozen=True)
class BadLine:
    """A line that could not be read, and why (reported, then skipped)."""

    line: int
    error: str


def _outcome(o: Any, fmt: str) -> Outcome:
    if "response" in o:
        answer = normalise_answer(str(o["response"]), fmt)
    else:
        raw = o.get("answer")
        if raw is not None and (not isinstance(raw, str) or raw not in _LETTERS):
            raise ValueError(f"answer must be a letter A-H or null, got {raw!r}")
        answer = raw if fmt.startswith("choice") else None
    return Outcome(float(o["correct"]), float(o["cost_usd"]), answer)


def _row(d: Any, prefixes: dict[str, str]) -> FeedbackRow:
    if not isinstance(d, dict):
        raise ValueError("not a JSON object")
    missing = [
        k for k in ("sample_id", "eval_name", "prompt", "outcomes") if k not in d
    ]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    prompt = str(d["prompt"])
    if "prefix" in d:
        if d["prefix"] not in prefixes:
            raise ValueError(f"unknown prefix {d['prefix']!r} (no header names it)")
        prompt = prefixes[d["prefix"]] + prompt
    if not isinstance(d["outcomes"], dict) or not d["outcomes"]:
        raise ValueError("outcomes must be a non-empty object of model -> outcome")
    fmt = answer_format(prompt)
    outcomes = {str(m): _outcome(o, fmt) for m, o in d["outcomes"].items()}
    return FeedbackRow(str(d["sample_id"]), str(d["eval_name"]), prompt, outcomes)


def read_rows(lines: Iterable[str]) -> Iterator[FeedbackRow | BadLine]:
    """The rows of a feedback file; unreadable lines come out as `BadLine` (numbered)."""
    prefixes: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            if isinstance(d, dict) and "format" in d and "sample_id" not in d:
                prefixes = {str(k): str(v) for k, v in d.get("prefixes", {}).items()}
                continue
            yield _row(d, prefixes)
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            yield BadLine(number, f"{type(e).__name__}: {e}")


def events_for(
    row: FeedbackRow, maker: TaskMaker, tenant: str, source: str = SOURCE
) -> list[FeedbackRecorded]:
    """The row as the feedback a live mesh would have recorded (as the benchmark does)."""
    task = maker.task(row.sample_id, row.prompt)
    fmt = answer_format(row.prompt)
    out = []
    for model, o in row.outcomes.items():
        env = envelope("feedback", request_id=row.sample_id, tenant=tenant)
        event_id = uuid.uuid5(_ID_SPACE, f"{source}\0{row.sample_id}\0{model}")
        out.append(
            FeedbackRecorded(
                envelope=env.model_copy(update={"event_id": str(event_id)}),
                task_id=row.sample_id, model=model, intent=task.intent,
                domain=task.domain, complexity=task.complexity, score=o.correct,
                cost_usd=o.cost_usd, source=source,
                features=feedback_features(fmt, o.answer),
            )
        )  # fmt: skip
    return out


class FeedbackPublisher:
    """Publishes feedback events keyed by request id; `close` waits for every ack."""

    def __init__(self, settings: Settings) -> None:
        self.codec = Codec()
        self.topic = settings.topics.name(T.FEEDBACK)
        config = producer_config(settings, "llm-mesh-feedback")
        config["linger.ms"] = max(5, int(config.get("linger.ms") or 0))  # bulk: batch
        self.producer = Producer(config)
        self.errors: list[str] = []

    def _delivered(self, err: Any, _msg: Any) -> None:
        if err is not None:
            self.errors.append(str(err))

    def send(self, event: FeedbackRecorded) -> None:
        value = self.codec.encode(event)
        while True:
            try:
                self.producer.produce(
                    self.topic,
                    key=event.envelope.request_id.encode(),
                    value=value,
                    on_delivery=self._delivered,
                )
                break
            except BufferError:  # local queue full: let deliveries drain
                self.producer.poll(0.1)
        self.producer.poll(0)

    def close(self, timeout_s: float = 30.0) -> None:
        """Wait for every event to be acknowledged.

        Raises:
            BrokerError: some events were not delivered.
        """
        left = self.producer.flush(timeout_s)
        if left or self.errors:
            raise BrokerError(
                f"feedback not delivered to {self.topic}: "
                f"{left} unacknowledged, errors {self.errors[:3]}"
            )


@dataclass
class LoadReport:
    """What a load published and what it skipped."""

    prompts: int = 0
    events: int = 0
    excluded: int = 0
    bad: list[BadLine] = field(default_factory=list)
    seconds: float = 0.0


def load(
    settings: Settings,
    lines: Iterable[str],
    *,
    tenant: str = "default",
    limit: int | None = None,
    exclude: frozenset[str] = frozenset(),
    on_line: Callable[[], None] | None = None,
) -> LoadReport:
    """Publish the feedback of every good row (bad lines are recorded, not fatal).

    Raises:
        BrokerError: the broker did not acknowledge every event.
    """
    t0 = time.perf_counter()
    report = LoadReport()
    maker = TaskMaker()
    publisher = FeedbackPublisher(settings)
    for item in read_rows(lines):
        if on_line is not None:
            on_line()
        if isinstance(item, BadLine):
            report.bad.append(item)
            continue
        if item.sample_id in exclude:
            report.excluded += 1
            continue
        if limit is not None and report.prompts >= limit:
            break
        for event in events_for(item, maker, tenant):
            publisher.send(event)
            report.events += 1
        report.prompts += 1
    publisher.close()
    report.seconds = time.perf_counter() - t0
    return report


def seed_lines() -> list[str]:
    """The bundled seed (`services/router/data/feedback_seed.jsonl`), line by line."""
    ref = resources.files("services.router") / "data" / SEED_NAME
    return ref.read_text().splitlines()


def feedback_events_on_topic(settings: Settings) -> int:
    """How many events the feedback topic holds (high minus low watermark, summed).

    Raises:
        BrokerError: the topic does not exist.
    """
    from confluent_kafka import Consumer

    from services.mesh.kafka import consumer_config

    name = settings.topics.name(T.FEEDBACK)
    consumer = Consumer(
        consumer_config(settings, f"llm-mesh-feedback-{uuid.uuid4()}", "llm-mesh")
    )
    try:
        info = consumer.list_topics(name, timeout=10).topics.get(name)
        if info is None or info.error is not None:
            raise BrokerError(f"topic {name} does not exist (llm-mesh topics create)")
        total = 0
        for p in info.partitions:
            low, high = consumer.get_watermark_offsets(
                TopicPartition(name, p), timeout=10
            )
            total += max(0, high - max(low, 0))
        return total
    finally:
        consumer.close()


def seed_topic(settings: Settings, tenant: str = "default") -> LoadReport | None:
    """Publish the bundled seed unless the feedback topic already holds feedback.

    A mesh that has already learned (e.g. `llm-mesh up --bootstrap` against a cluster
    that kept its topics) must not fold the seed twice, which would double its weight.
    Returns None when it skipped.
    """
    if feedback_events_on_topic(settings):
        return None
    return load(settings, seed_lines(), tenant=tenant)


def read_exclusions(path: Path) -> frozenset[str]:
    """Sample ids, one a line; a JSON object line contributes its `sample_id`."""
    out = set()
    for number, line in enumerate(path.read_text().splitlines(), 1):
        text = line.strip()
        if not text:
            continue
        if text.startswith("{"):
            try:
                out.add(str(json.loads(text)["sample_id"]))
            except (ValueError, KeyError, TypeError) as e:
                raise click.BadParameter(f"{path}:{number}: {e}") from e
        else:
            out.add(text)
    return frozenset(out)


@click.group("feedback")
def feedback() -> None:
    """Publish quality feedback that the routers learn from (topic `feedback`)."""


@feedback.command("load")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--seed", is_flag=True, help="Load the bundled seed (default without FILE)."
)
@kafka_options
@click.option("--tenant", default="default", show_default=True, help="Envelope tenant.")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Publish at most N prompts.",
)
@click.option(
    "--exclude-ids",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Sample ids not to publish (one a line, or a JSONL with sample_id).",
)
def load_cmd(
    file: Path | None,
    seed: bool,
    bootstrap: str,
    prefix: str,
    tenant: str,
    limit: int | None,
    exclude_ids: Path | None,
) -> None:
    """Publish a RouterBench-format FILE (or the bundled seed) as FeedbackRecorded events.

    Each prompt is analysed by the intent service's analyzer and each model's outcome
    becomes one event, exactly as `llm-mesh bench routing` trains its router. Bad lines
    are reported with their number and skipped; the exit status is 1 if there were any.
    """
    if file is not None and seed:
        raise click.UsageError("give FILE or --seed, not both")
    lines: Sequence[str]
    if file is None:
        lines, label = seed_lines(), "bundled seed"
    else:
        try:
            lines, label = file.read_text().splitlines(), str(file)
        except (OSError, UnicodeDecodeError) as e:
            raise click.ClickException(f"cannot read {file}: {e}") from e
    exclude = read_exclusions(exclude_ids) if exclude_ids else frozenset()
    settings = Settings.from_env(bootstrap=bootstrap, topic_prefix=prefix)
    try:
        wait_for_broker(bootstrap, 15.0)
        feedback_events_on_topic(settings)  # fails clearly if the topic is missing
        stderr = sys.stderr
        rows = sum(1 for line in lines if line.strip())
        with click.progressbar(
            length=rows, label=f"publishing {label}", file=stderr
        ) as bar:
            report = load(
                settings, lines, tenant=tenant, limit=limit, exclude=exclude,
                on_line=lambda: bar.update(1),
            )  # fmt: skip
            bar.update(rows - bar.pos)
    except MeshError as e:
        raise click.ClickException(str(e)) from e
    for bad in report.bad:
        click.echo(f"{label}:{bad.line}: skipped: {bad.error}", err=True)
    click.echo(
        f"published {report.events} feedback events for {report.prompts} prompts to "
        f"{settings.topics.name(T.FEEDBACK)} in {report.seconds:.1f}s"
        + (f"; {report.excluded} excluded" if report.excluded else "")
    )
    if report.bad:
        raise click.ClickException(f"{len(report.bad)} bad lines skipped (see above)")
