"""Retry delays: full-jitter exponential backoff that honours the provider's hint.

Full jitter (a uniform draw in [0, min(cap, base * 2**n)]) spreads the retries of many
tasks that failed together, so they do not hit a recovering model in lock-step. A
`Retry-After` from the provider is a floor: retrying earlier is guaranteed to fail.
"""

from __future__ import annotations

import random


def backoff_ceiling(retry: int, base_s: float, cap_s: float) -> float:
    """The upper bound of the `retry`-th delay (0-based): min(cap, base * 2**retry)."""
    return min(cap_s, base_s * (2.0 ** min(retry, 62)))


def full_jitter(retry: int, base_s: float, cap_s: float, rng: random.Random) -> float:
    """A delay drawn uniformly from [0, backoff_ceiling(retry)]."""
    return rng.uniform(0.0, backoff_ceiling(retry, base_s, cap_s))


def retry_delay(
    retry: int,
    *,
    base_s: float,
    cap_s: float,
    rng: random.Random,
    retry_after_s: float | None,
) -> float:
    """The wait before the next try: jittered, and at least the provider's hint."""
    delay = full_jitter(retry, base_s, cap_s, rng)
    if retry_after_s is not None:
        delay = max(delay, retry_after_s)
    return delay
