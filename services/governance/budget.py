"""Tenant budgets: an event-sourced spend ledger and the reserve/downgrade/deny rule.

Why a tenant-keyed topic. Stage events are keyed by request id, so two governance
instances see different requests of the same tenant; if each checked "spent + estimate
<= cap" against its own view, both could pass the last dollar of headroom at once.
Admission therefore never reserves budget itself: it emits a `BudgetRequested` to the
`budget` topic keyed by TENANT. All requests of a tenant land on one partition of that
topic, whose single owner (one governance instance, by consumer-group assignment)
decides them one at a time against its ledger and writes the outcome as a `BudgetEntry`
(reserve or deny) back to the same partition before dispatching. There is never more
than one decider per tenant, so there is no race to lose.

Why event-sourced. The ledger is only a fold over `BudgetEntry` records (reserve on
admission, settle with the actual cost after execution, release on failure). Settling
and releasing commute, so any instance may write them; only reserving needs the owner.
After a restart or rebalance the new owner rebuilds the ledger by reading the partition
from the beginning until idle (`Ledger.apply` on every entry) before deciding anything,
which needs neither a trustworthy high watermark nor offset-by-time look-ups. Every
entry is idempotent on its key (request, task, attempt), so re-reading or redelivery
never double-counts, and a redelivered request is answered from its recorded decision.

Why an incomplete rebuild denies. If the history read stops before a partition's end
(`services.mesh.history.History.incomplete`), the ledger holds only a prefix and would
undercount spend, admitting past the caps. Governance then marks the partition's
ledger unavailable and denies its budget requests with `budget.ledger-unavailable`
(recorded like any decision) until a complete read — a later assignment, or the
handler's periodic retry — restores it (`handler.GovernanceHandler.on_assigned`).

Growth, and snapshots (`snapshot.py`). The partition grows without bound, so the owner
writes a `BudgetEntry(kind="snapshot")` to each budget partition it owns every N
entries (from `tick`) and on `close()`, pinned there, whose `reason` is a JSON image
of the ledger of the partition's tenants (`Ledger.image`: day/month/user totals of the
current and previous month; open reservations; the other reservations of today and
yesterday with their recorded decisions, so a late settle or a redelivered request
after the snapshot stays idempotent) and `prev`, the newest snapshot the writer had
consumed. A restore still reads the whole partition (the embedded broker has no
trustworthy offsets to seek by), but loads the newest usable image (`Ledger.load`
replaces those tenants' state) and folds only the entries after `prev`: restore CPU
is bounded by the snapshot interval. An incomplete read still fails closed as above,
and no snapshot is ever written from an incomplete ledger. It needs no schema change
(`kind` and `reason` are free strings); `Ledger.apply` ignores snapshots, and a reader
that predates them folds one as a zero-amount entry (harmless).

Spend is bucketed by the UTC day and month of the request's submission time (carried in
every event's context), so every instance computes the same bucket without a clock.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from services.mesh.events import BudgetEntry, RequestContext, Task
from services.mesh.fleet import ModelSpec
from services.mesh.policy import BudgetLimits

Key = tuple[str, str, str, int]  # tenant, request id, task id, attempt

SNAPSHOT = "snapshot"  # BudgetEntry.kind of a ledger image (see `snapshot.py`)
IMAGE_VERSION = 1


def estimate_usd(task: Task, model: ModelSpec) -> float:
    """Expected cost of `task` on `model`: the analyser's token estimates × pricing."""
    return model.pricing.cost(task.input_tokens, task.output_tokens)


def buckets(context: RequestContext) -> tuple[str, str]:
    """The (day, month) a request's spend is charged to: of its submission, in UTC."""
    t = context.submitted_at
    t = t.astimezone(UTC) if t.tzinfo else t.replace(tzinfo=UTC)
    return t.strftime("%Y-%m-%d"), t.strftime("%Y-%m")


def unlimited(limits: BudgetLimits) -> bool:
    """Whether no cap applies (the reservation needs no serialising decision)."""
    return (
        limits.daily_usd is None
        and limits.monthly_usd is None
        and limits.per_user_daily_usd is None
    )


@dataclass
class _Spend:
    day: str
    month: str
    user: str | None
    reserved: float | None = None
    settled: float | None = None
    released: bool = False
    decision: BudgetEntry | None = None

    def open(self) -> bool:
        """Reserved and neither settled nor released yet."""
        return self.reserved is not None and self.settled is None and not self.released

    def effective(self) -> float:
        if self.settled is not None:
            return self.settled
        return 0.0 if self.released or self.reserved is None else self.reserved


def _row(k: Key, s: _Spend) -> list[Any]:
    d = s.decision
    return [
        list(k),
        s.day,
        s.month,
        s.user,
        s.reserved,
        s.settled,
        s.released,
        d.model_dump(mode="json") if d is not None else None,
    ]


def _spend_of(row: list[Any]) -> _Spend:
    _k, day, month, user, reserved, settled, released, decision = row
    return _Spend(
        str(day),
        str(month),
        None if user is None else str(user),
        None if reserved is None else float(reserved),
        None if settled is None else float(settled),
        bool(released),
        None if decision is None else BudgetEntry.model_validate(decision),
    )


@dataclass
class Ledger:
    """Spend per tenant, day, month and user, folded from `BudgetEntry` events.

    `apply` is idempotent and order-independent: a settle seen before its reserve, or an
    entry seen twice, leaves the same totals.
    """

    _spend: dict[Key, _Spend] = field(default_factory=dict)
    _day: dict[tuple[str, str], float] = field(
        default_factory=lambda: defaultdict(float)
    )
    _month: dict[tuple[str, str], float] = field(
        default_factory=lambda: defaultdict(float)
    )
    _user: dict[tuple[str, str, str], float] = field(
        default_factory=lambda: defaultdict(float)
    )

    @staticmethod
    def key(entry: BudgetEntry) -> Key:
        """The reservation an entry belongs to."""
        env = entry.envelope
        return env.tenant, env.request_id, entry.task_id, entry.attempt

    def apply(self, entry: BudgetEntry) -> None:
        """Fold one ledger entry in (snapshots are not entries: `load` reads them)."""
        if entry.kind == SNAPSHOT:
            return
        k = self.key(entry)
        s = self._spend.get(k)
        if s is None:
            s = self._spend[k] = _Spend(entry.day, entry.month, entry.user)
        before = s.effective()
        if entry.kind == "reserve":
            s.reserved = entry.amount_usd
            s.decision = s.decision or entry
        elif entry.kind == "deny":
            s.decision = s.decision or entry
        elif entry.kind == "settle":
            s.settled = entry.amount_usd
        elif entry.kind == "release":
            s.released = True
        delta = s.effective() - before
        if delta:
            tenant = k[0]
            self._day[(tenant, s.day)] += delta
            self._month[(tenant, s.month)] += delta
            if s.user is not None:
                self._user[(tenant, s.user, s.day)] += delta

    def tenants(self) -> set[str]:
        """Every tenant the ledger holds anything of."""
        return (
            {k[0] for k in self._spend}
            | {t for t, _ in self._day}
            | {t for t, _ in self._month}
            | {t for t, _, _ in self._user}
        )

    def image(
        self, tenants: Iterable[str], *, keep_day: str, keep_month: str
    ) -> dict[str, Any]:
        """A JSON-able image of `tenants`' state, bounded for a snapshot.

        Kept: the day, month and user-day totals of months from `keep_month` on;
        every reservation still open (reserved, neither settled nor released),
        whatever its day; and every other reservation of a day from `keep_day` on,
        with its recorded decision (so a redelivered request, or a late settle, is
        still recognised). Reservations closed before `keep_day` are dropped: their
        spend stays in the totals, and a duplicate of one of their entries arriving
        after a restore from this image is counted again (an overcount, never an
        undercount).
        """
        wanted = set(tenants)
        totals = [
            [t, d, v]
            for (t, d), v in self._day.items()
            if t in wanted and d[:7] >= keep_month
        ]
        months = [
            [t, m, v]
            for (t, m), v in self._month.items()
            if t in wanted and m >= keep_month
        ]
        users = [
            [t, u, d, v]
            for (t, u, d), v in self._user.items()
            if t in wanted and d[:7] >= keep_month
        ]
        keys = [
            _row(k, s)
            for k, s in self._spend.items()
            if k[0] in wanted and (s.open() or s.day >= keep_day)
        ]
        return {
            "v": IMAGE_VERSION,
            "tenants": sorted(wanted),
            "day": sorted(totals),
            "month": sorted(months),
            "user": sorted(users, key=lambda r: (r[0], r[1] or "", r[2])),
            "keys": keys,
        }

    def load(self, image: dict[str, Any]) -> None:
        """Replace the state of the image's tenants with the image (see `image`).

        Raises:
            ValueError: not an image this version can read (the ledger is unchanged).
        """
        if image.get("v") != IMAGE_VERSION:
            raise ValueError(f"unknown ledger image version {image.get('v')!r}")
        spend = {tuple(r[0]): _spend_of(r) for r in image["keys"]}  # validate first
        tenants = set(image["tenants"])
        days = {(t, d): float(v) for t, d, v in image["day"]}
        months = {(t, m): float(v) for t, m, v in image["month"]}
        users = {(t, u, d): float(v) for t, u, d, v in image["user"]}
        self.drop(tenants)
        for k, s in spend.items():
            self._spend[(str(k[0]), str(k[1]), str(k[2]), int(k[3]))] = s
        self._day.update(days)
        self._month.update(months)
        self._user.update(users)

    def drop(self, tenants: Iterable[str]) -> None:
        """Forget everything about `tenants`."""
        gone = set(tenants)
        self._spend = {k: v for k, v in self._spend.items() if k[0] not in gone}
        for totals in (self._day, self._month):
            for k2 in [k for k in totals if k[0] in gone]:
                del totals[k2]
        for k3 in [k for k in self._user if k[0] in gone]:
            del self._user[k3]

    def decision(self, key: Key) -> BudgetEntry | None:
        """The recorded reserve/deny decision for a reservation, if already made."""
        s = self._spend.get(key)
        return s.decision if s else None

    def spent_day(self, tenant: str, day: str) -> float:
        return self._day.get((tenant, day), 0.0)

    def spent_month(self, tenant: str, month: str) -> float:
        return self._month.get((tenant, month), 0.0)

    def spent_user_day(self, tenant: str, user: str, day: str) -> float:
        return self._user.get((tenant, user, day), 0.0)


@dataclass(frozen=True)
class BudgetVerdict:
    """Outcome of a reservation: the model to run (maybe cheaper) or the cap hit."""

    allowed: bool
    model: str
    estimate_usd: float
    rule_id: str = ""
    reason: str = ""
    downgraded_from: str | None = None


_EPS = 1e-12


def _exceeded(
    ledger: Ledger,
    limits: BudgetLimits,
    *,
    tenant: str,
    user: str | None,
    day: str,
    month: str,
    amount: float,
) -> tuple[str, str] | None:
    """The first cap `amount` more would break: (rule id, reason); None if it fits."""
    checks: list[tuple[float | None, float, str, str]] = [
        (limits.daily_usd, ledger.spent_day(tenant, day), "daily", f"day {day}"),
        (
            limits.monthly_usd,
            ledger.spent_month(tenant, month),
            "monthly",
            f"month {month}",
        ),
    ]
    if user is not None:
        checks.append(
            (
                limits.per_user_daily_usd,
                ledger.spent_user_day(tenant, user, day),
                "user-daily",
                f"user {user} on {day}",
            )
        )
    for cap, spent, name, scope in checks:
        if cap is not None and spent + amount > cap + _EPS:
            return (
                f"{limits.rule_id}.{name}",
                f"{name} budget of ${cap:.4f} for {scope} would be exceeded "
                f"(spent ${spent:.4f} + estimated ${amount:.4f})",
            )
    return None


def decide(
    ledger: Ledger,
    limits: BudgetLimits,
    *,
    tenant: str,
    user: str | None,
    day: str,
    month: str,
    choice: tuple[str, float],
    alternatives: list[tuple[str, float]],
    allow_downgrade: bool,
) -> BudgetVerdict:
    """Reserve for the chosen model, else the first cheaper compliant one that fits.

    Args:
        choice: (model, estimate) admission chose.
        alternatives: compliant (model, estimate) in preference order; used only when
            the tenant's policy allows a downgrade and only if cheaper than the choice.
    """
    model, amount = choice
    hit = _exceeded(
        ledger, limits, tenant=tenant, user=user, day=day, month=month, amount=amount
    )
    if hit is None:
        return BudgetVerdict(True, model, amount)
    if allow_downgrade:
        for alt, alt_amount in alternatives:
            if (
                alt_amount < amount
                and _exceeded(
                    ledger,
                    limits,
                    tenant=tenant,
                    user=user,
                    day=day,
                    month=month,
                    amount=alt_amount,
                )
                is None
            ):
                return BudgetVerdict(
                    True,
                    alt,
                    alt_amount,
                    f"{limits.rule_id}.downgrade",
                    hit[1],
                    downgraded_from=model,
                )
    return BudgetVerdict(False, model, amount, hit[0], hit[1])
