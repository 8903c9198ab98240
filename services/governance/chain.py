"""Hash chains over audit records: sealing on write, pure verification on read.

Every `AuditRecord` carries the SHA-256 of its own canonical content, and that content
includes `prev_hash`, the hash of the previous record of the same chain; `seq` counts
from 0. Periodic checkpoint records additionally carry an HMAC-SHA256 of their hash
under the audit key, so a forger who rewrites a whole chain suffix (recomputing every
hash) is still caught at the next checkpoint, and a chain's prefix up to a checkpoint
cannot be replaced.

A chain has exactly one writer (one `ChainWriter` in one governance process for one
audit partition); several chains may interleave in a partition (see `audit.py` for
why).

`verify_chains` reconstructs each chain by following hash links rather than trusting
the order of the log, then reports precisely where a copy of the log departs from what
was written: a changed record (its hash no longer matches its content), a missing
record (the next one's predecessor is absent), an inserted or duplicated record (it is
not on the chain), a reordered record (the chain goes backwards in offsets), a bad
checkpoint signature, a chain that does not open with a signed checkpoint, and, as a
warning, a tail not yet sealed by a checkpoint.

Why the opening checkpoint matters. Hashes alone prove nothing to someone without the
key: a forger can append a whole new chain (fresh chain id, seq 0 an ordinary record,
every hash correct) that no checkpoint ever covers. The writer always opens a chain
with a signed checkpoint (`audit.AuditTrail._open`), so a chain whose first record is
anything else was not written by governance and is an error, not an unsealed tail.
(A validly opened chain can still be extended past its last checkpoint by anyone;
that is what the `unsealed_tail` warning and `audit verify --require-sealed` are for.)
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from services.mesh.events import AuditRecord

GENESIS_PREV = "0" * 64
CHECKPOINT = "checkpoint"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

BreakKind = Literal[
    "modified",
    "bad_signature",
    "unsigned_checkpoint",
    "missing_predecessor",
    "not_in_chain",
    "out_of_order",
    "broken_segment_link",
    "unanchored_chain",
    "unsealed_tail",
]


@dataclass(frozen=True)
class Break:
    """Where and how a chain departs from what its writer wrote."""

    partition: int
    offset: int
    chain: str
    seq: int
    kind: BreakKind
    detail: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return (
            f"{self.severity}: partition {self.partition} offset {self.offset} "
            f"(chain {self.chain} seq {self.seq}): {self.kind}: {self.detail}"
        )


def _millis(t: datetime) -> int:
    aware = t if t.tzinfo else t.replace(tzinfo=UTC)
    return (aware - _EPOCH) // timedelta(milliseconds=1)


def canonical(record: AuditRecord) -> str:
    """The bytes the hash covers: all fields but `hash` and `signature`, sorted JSON.

    Timestamps are epoch milliseconds so the form survives an Avro round trip exactly.
    The envelope's `event_id` is left out: the runner assigns output ids at produce
    time (derived from the cause), after the record was sealed. Everything else the
    record says — including `causation_id`, the event it answers — is covered.
    """
    data = record.model_dump(mode="json", exclude={"hash", "signature"})
    del data["envelope"]["event_id"]
    data["envelope"]["occurred_at"] = _millis(record.envelope.occurred_at)
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_hash(record: AuditRecord) -> str:
    """SHA-256 (hex) of the record's canonical content."""
    return hashlib.sha256(canonical(record).encode("utf-8")).hexdigest()


def sign(key: bytes, digest: str) -> str:
    """HMAC-SHA256 (hex) of a record hash under the audit key."""
    return hmac.new(key, digest.encode("ascii"), hashlib.sha256).hexdigest()


class ChainWriter:
    """The single writer of one chain: numbers, links, hashes and signs its records.

    Args:
        chain: the chain id (unique per writer and audit partition).
        key: the audit HMAC key.
        prev_hash: what the first record links to: 64 zeros, or the hash of the last
            record this chain's partition held when the writer took over (segment link).
    """

    def __init__(
        self, chain: str, key: bytes, *, prev_hash: str = GENESIS_PREV
    ) -> None:
        self.chain = chain
        self._key = key
        self.seq = 0
        self.last_hash = prev_hash
        self.unsealed = 0  # records appended since the last checkpoint

    def append(self, record: AuditRecord) -> AuditRecord:
        """Return `record` placed at the head of the chain: seq, prev_hash, hash set."""
        placed = record.model_copy(
            update={
                "chain": self.chain,
                "seq": self.seq,
                "prev_hash": self.last_hash,
                "hash": "",
                "signature": None,
            }
        )
        digest = record_hash(placed)
        signature = sign(self._key, digest) if placed.kind == CHECKPOINT else None
        placed = placed.model_copy(update={"hash": digest, "signature": signature})
        self.seq += 1
        self.last_hash = digest
        self.unsealed = 0 if placed.kind == CHECKPOINT else self.unsealed + 1
        return placed


Located = tuple[int, int, AuditRecord]  # partition, offset, record


def _brk(item: Located, kind: BreakKind, detail: str, severity: str = "error") -> Break:
    p, o, r = item
    sev: Literal["error", "warning"] = "warning" if severity == "warning" else "error"
    return Break(p, o, r.chain, r.seq, kind, detail, sev)


def _content_breaks(
    items: list[Located], key: bytes | None
) -> tuple[list[Break], set[int]]:
    """Records whose hash or signature is wrong; and the validly signed checkpoints."""
    out: list[Break] = []
    signed: set[int] = set()
    for i, item in enumerate(items):
        r = item[2]
        if record_hash(r) != r.hash:
            out.append(_brk(item, "modified", "hash does not match the content"))
        elif r.kind == CHECKPOINT:
            if not r.signature:
                out.append(_brk(item, "unsigned_checkpoint", "no signature"))
            elif key is not None and not hmac.compare_digest(
                r.signature, sign(key, r.hash)
            ):
                out.append(_brk(item, "bad_signature", "HMAC does not verify"))
            else:
                signed.add(i)
    return out, signed


def _graph(items: list[Located]) -> tuple[dict[int, list[int]], list[bool]]:
    """Children of each record (same chain, seq + 1, prev_hash = its hash)."""
    by_link: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, (_, _, r) in enumerate(items):
        by_link[(r.hash, r.seq)].append(i)
    children: dict[int, list[int]] = defaultdict(list)
    has_parent = [False] * len(items)
    for i, (_, _, r) in enumerate(items):
        for parent in by_link.get((r.prev_hash, r.seq - 1), []):
            children[parent].append(i)
            has_parent[i] = True
    return children, has_parent


def _link_breaks(items: list[Located], signed: set[int]) -> list[Break]:
    """Follow hash links from each root; name what is off the chain or out of order.

    Where links fork (an inserted or duplicated record), the branch kept is the one
    that reaches a validly signed checkpoint, then the longer, then the one that does
    not go backwards in the log, then the earlier.
    """
    n = len(items)
    children, has_parent = _graph(items)
    depth, sealed = [1] * n, [i in signed for i in range(n)]
    for i in sorted(range(n), key=lambda j: -items[j][2].seq):
        for c in children[i]:
            depth[i] = max(depth[i], 1 + depth[c])
            sealed[i] = sealed[i] or sealed[c]
    starts = [i for i in range(n) if not has_parent[i] and items[i][2].seq == 0]
    genesis = max(starts, key=lambda i: (sealed[i], depth[i], -i), default=None)
    out: list[Break] = []
    if genesis is not None:
        first = items[genesis][2]
        # a modified or badly signed opening is already an error of its own
        if first.kind != CHECKPOINT and record_hash(first) == first.hash:
            out.append(
                _brk(
                    items[genesis],
                    "unanchored_chain",
                    f"the chain opens with a {first.kind!r} record, not a signed "
                    "checkpoint: governance did not write it",
                )
            )
    visited = [False] * n
    for root in range(n):  # items are in offset order
        if has_parent[root] or (items[root][2].seq == 0 and root != genesis):
            continue
        if root != genesis:
            seq = items[root][2].seq
            out.append(
                _brk(
                    items[root],
                    "missing_predecessor",
                    f"the record before it (seq {seq - 1}) is missing",
                )
            )
        cur = root
        visited[cur] = True
        while nxt := [c for c in children[cur] if not visited[c]]:
            here = items[cur][1]
            best = max(
                nxt,
                key=lambda c: (sealed[c], depth[c], items[c][1] > here, -items[c][1]),
            )
            if items[best][1] < here:
                out.append(
                    _brk(
                        items[best],
                        "out_of_order",
                        f"comes before its predecessor at offset {here}",
                    )
                )
            visited[best] = True
            cur = best
    out += [
        _brk(items[i], "not_in_chain", "inserted, duplicated or forked record")
        for i in range(n)
        if not visited[i]
    ]
    on_chain = [items[i] for i in range(n) if visited[i]]
    if on_chain:
        last = max(on_chain, key=lambda x: (x[2].seq, -x[1]))
        if last[2].kind != CHECKPOINT:
            out.append(
                _brk(
                    last,
                    "unsealed_tail",
                    "records after the last checkpoint "
                    "are not sealed yet (a truncation would go unseen)",
                    "warning",
                )
            )
    return out


def verify_chains(
    records: Iterable[Located], key: bytes | None, *, complete: bool = True
) -> list[Break]:
    """Verify every chain in a copy of the audit log.

    Args:
        records: (partition, offset, record) in any order.
        key: the audit HMAC key; None skips signature checks (then only hashes are
            verified, which a forger who rewrites a whole suffix can defeat).
        complete: the records start at the beginning of each partition, so a segment's
            link to a previous chain must be found (False when scanning from `--since`).

    Returns:
        Breaks sorted by partition and offset; errors and warnings (unsealed tails).
    """
    chains: dict[tuple[int, str], list[Located]] = defaultdict(list)
    by_hash: dict[tuple[int, str], int] = {}
    for p, o, r in sorted(records, key=lambda x: (x[0], x[1])):
        chains[(p, r.chain)].append((p, o, r))
        by_hash.setdefault((p, r.hash), o)
    out: list[Break] = []
    for items in chains.values():
        content, signed = _content_breaks(items, key)
        out.extend(content)
        out.extend(_link_breaks(items, signed))
        p, o, first = items[0]
        if complete and first.seq == 0 and first.prev_hash != GENESIS_PREV:
            at = by_hash.get((p, first.prev_hash))
            if at is None or at > o:
                out.append(
                    Break(
                        p,
                        o,
                        first.chain,
                        0,
                        "broken_segment_link",
                        "the previous segment's record it links to is absent",
                    )
                )
    out.sort(key=lambda b: (b.partition, b.offset, b.severity != "error"))
    return out
