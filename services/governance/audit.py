"""The audit trail: one hash-chained `AuditRecord` per governance decision.

What a record holds (EU AI Act art. 12 record-keeping; ISO/IEC 42001 A.6.2.8 event
logs): when (envelope timestamp), about what (request id, task id), the SHA-256 of the
input and output text (never the text, never raw PII: free-text fields of the summary
are PII-masked), the model, the policy version, the rules fired, the verdict, and a JSON
summary of the decision (alternatives, costs, human overrides when any). Kinds:
`analysis`, `route`, `admission`, `budget`, `execution`, `validation`, `result`,
`checkpoint`.

Chains and partitions. Records are pinned to the audit partition with the number of the
input partition they answer, and each governance process keeps one chain per audit
partition it writes, with an id unique to that process (`<instance>/p<N>/<segment>`).
So a chain always has exactly one writer, even while a rebalance moves partitions
between processes or two processes briefly both believe they own one: they write two
interleaved chains, each intact, instead of one forked chain.

Resumption without high watermarks. Tansu reports a wrong high watermark and cannot look
offsets up by time, so nothing here asks "where does the chain end?". A new process
opens a new chain segment whose first record is a signed checkpoint (`seq` 0). When the
runner hands `restore()` the partition's records (read from the beginning until the
consumer is idle), that opening checkpoint links to the last record found (`prev_hash`
and a `follows` summary), so segments form one verifiable history; without it the
segment simply starts at 64 zeros. Nothing depends on offsets being complete.

Transactions. A record only exists once the runner has produced it, and the runner
produces a `handle` call's outputs only when the call returns: if it raises, the input
is dead-lettered and none of its outputs are sent. So the chains advance per `handle`
call, not per `record` call: `transaction()` remembers every writer's head (and which
chains are open) and restores it when the call raises, so the next record links to
the last one actually produced instead of to a record that was never sent (which
`audit verify` would rightly report as a missing predecessor).

Sealing. A signed checkpoint is appended every `every` records or `seconds` seconds
(checked on each record and by `tick()`), and `close()` seals every chain at shutdown,
bounding what a truncation of the log could remove unnoticed.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from services import __version__
from services.governance.chain import CHECKPOINT, GENESIS_PREV, ChainWriter
from services.governance.common import SERVICE, Clock, derived_id, sha256_hex
from services.governance.validation import Detector
from services.mesh.events import AuditRecord, Envelope, Event, Producer
from services.mesh.handler import Emit
from services.mesh.topics import AUDIT


def scrub(text: str, detect: Detector) -> str:
    """`text` with detected PII replaced by its type: safe for an audit summary."""
    out, pos = [], 0
    for f in detect(text):
        if f.start >= pos:
            out.append(text[pos : f.start])
            out.append(f"<{f.type}>")
            pos = f.end
    out.append(text[pos:])
    return "".join(out)


class AuditTrail:
    """Writes audit records for one governance process.

    Args:
        key: audit HMAC key (signs checkpoints).
        instance: this process (host:pid), part of every chain id.
        clock: time source.
        every: records between checkpoints.
        seconds: longest time a record stays unsealed while records keep coming.
        segment_id: new segment ids (tests pass a deterministic one).
    """

    def __init__(
        self,
        key: bytes,
        *,
        instance: str,
        clock: Clock,
        every: int = 64,
        seconds: float = 10.0,
        segment_id: Callable[[], str] | None = None,
    ) -> None:
        self._key = key
        self._instance = instance
        self._clock = clock
        self._every = every
        self._seconds = seconds
        self._segment_id = segment_id or (lambda: uuid.uuid4().hex[:12])
        self._chains: dict[int, ChainWriter] = {}
        self._sealed_at: dict[int, datetime] = {}
        self._tails: dict[int, AuditRecord] = {}

    def restore(self, partition: int, records: Iterable[AuditRecord]) -> None:
        """Remember the last record of `partition` so a new segment links to it."""
        for r in records:
            self._tails[partition] = r
        self._chains.pop(partition, None)  # a new assignment starts a new segment

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Undo every chain advance made inside the block if it raises (see module doc).

        Checkpoints, newly opened segments and record counts are all rolled back, so a
        failed `handle` call leaves the trail exactly as the last produced record left
        it.
        """
        chains = dict(self._chains)
        heads = {p: (w.seq, w.last_hash, w.unsealed) for p, w in chains.items()}
        sealed_at = dict(self._sealed_at)
        try:
            yield
        except BaseException:
            self._chains = chains
            for p, (seq, last_hash, unsealed) in heads.items():
                w = chains[p]
                w.seq, w.last_hash, w.unsealed = seq, last_hash, unsealed
            self._sealed_at = sealed_at
            raise

    def record(
        self,
        partition: int,
        cause: Event,
        *,
        kind: str,
        subject: str = "",
        summary: Mapping[str, Any],
        input_text: str | None = None,
        output_text: str | None = None,
        model: str | None = None,
        policy_version: str = "",
        rules_fired: Sequence[str] = (),
        verdict: str = "",
    ) -> list[Emit]:
        """Append a decision record (and any checkpoint due) to the chain."""
        emits = self._open(partition)
        writer = self._chains[partition]
        env = self._envelope(
            cause.envelope.request_id,
            cause.envelope.tenant,
            derived_id(cause.event_id, f"audit/{kind}/{subject}/{verdict}"),
            cause.event_id,
        )
        rec = writer.append(
            AuditRecord(
                envelope=env,
                chain="",
                seq=0,
                kind=kind,
                subject=subject,
                summary=json.dumps(summary, sort_keys=True, default=str),
                input_hash=sha256_hex(input_text) if input_text is not None else None,
                output_hash=sha256_hex(output_text)
                if output_text is not None
                else None,
                model=model,
                policy_version=policy_version,
                rules_fired=tuple(rules_fired),
                verdict=verdict,
                prev_hash="",
                hash="",
            )
        )
        emits.append(self._emit(partition, rec))
        if writer.unsealed >= self._every or self._due(partition):
            emits.append(self._checkpoint(partition, "periodic"))
        return emits

    def tick(self) -> list[Emit]:
        """Checkpoints for chains with records unsealed longer than `seconds`."""
        return [
            self._checkpoint(p, "timer")
            for p, w in self._chains.items()
            if w.unsealed and self._due(p)
        ]

    def close(self) -> list[Emit]:
        """Seal every chain (on shutdown or when partitions are revoked)."""
        out = [
            self._checkpoint(p, "close") for p, w in self._chains.items() if w.unsealed
        ]
        self._chains.clear()
        return out

    def _due(self, partition: int) -> bool:
        since = self._clock() - self._sealed_at[partition]
        return since.total_seconds() >= self._seconds

    def _open(self, partition: int) -> list[Emit]:
        if partition in self._chains:
            return []
        tail = self._tails.get(partition)
        chain = f"{self._instance}/p{partition}/{self._segment_id()}"
        self._chains[partition] = ChainWriter(
            chain, self._key, prev_hash=tail.hash if tail else GENESIS_PREV
        )
        follows = (
            {"chain": tail.chain, "seq": tail.seq, "hash": tail.hash} if tail else None
        )
        return [self._checkpoint(partition, "open", follows=follows)]

    def _checkpoint(
        self, partition: int, reason: str, follows: Mapping[str, Any] | None = None
    ) -> Emit:
        writer = self._chains[partition]
        summary: dict[str, Any] = {
            "reason": reason,
            "sealed_seq": writer.seq - 1,
            "sealed_hash": writer.last_hash,
            "records": writer.unsealed,
        }
        if reason == "open":
            summary["follows"] = follows
        env = self._envelope(
            writer.chain, "", derived_id(writer.chain, f"cp/{writer.seq}"), None
        )
        rec = writer.append(
            AuditRecord(
                envelope=env,
                chain="",
                seq=0,
                kind=CHECKPOINT,
                summary=json.dumps(summary, sort_keys=True),
                verdict="sealed",
                prev_hash="",
                hash="",
            )
        )
        self._sealed_at[partition] = self._clock()
        return self._emit(partition, rec)

    def _envelope(
        self, request_id: str, tenant: str, event_id: str, cause: str | None
    ) -> Envelope:
        t = self._clock()
        return Envelope(
            event_id=event_id,
            request_id=request_id,
            tenant=tenant,
            occurred_at=t.replace(microsecond=t.microsecond // 1000 * 1000),
            producer=Producer(
                service=SERVICE, version=__version__, instance=self._instance
            ),
            causation_id=cause,
        )

    @staticmethod
    def _emit(partition: int, record: AuditRecord) -> Emit:
        key = record.envelope.request_id or record.chain
        return Emit(AUDIT, record, key=key, partition=partition)
