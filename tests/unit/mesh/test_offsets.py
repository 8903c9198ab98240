"""Commit points with many inputs in flight: never past the lowest unfinished offset."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from services.mesh.offsets import OffsetTracker

TP = ("t", 0)


def test_commit_point_is_lowest_unfinished():
    t = OffsetTracker()
    for o in range(5):
        t.started(TP, o)
    t.finished(TP, 3)
    t.finished(TP, 1)
    assert t.commit_point(TP) == 0
    t.finished(TP, 0)
    assert t.commit_point(TP) == 2
    for o in (2, 4):
        t.finished(TP, o)
    assert t.commit_point(TP) == 5
    assert t.to_commit() == {TP: 5}
    assert t.to_commit() == {}  # unchanged: nothing new to commit


@given(st.integers(min_value=1, max_value=60), st.randoms(use_true_random=False))
def test_never_commits_an_unfinished_offset(n: int, rnd: random.Random):
    t = OffsetTracker()
    for o in range(n):
        t.started(TP, o)
    order = list(range(n))
    rnd.shuffle(order)
    done: set[int] = set()
    for o in order:
        t.finished(TP, o)
        done.add(o)
        point = t.commit_point(TP)
        assert all(x in done for x in range(point))  # everything below is finished
        assert point == n or point not in done
