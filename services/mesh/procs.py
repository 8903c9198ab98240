"""Child-process helpers: children that die with their parent, stopped by PID only."""

from __future__ import annotations

import ctypes
import signal
import sys

_PR_SET_PDEATHSIG = 1


# Resolved in the parent: between fork and exec the child only makes one libc call
# (no dlopen, no allocation), which is what is safe in a child of a threaded parent.
_PRCTL = (
    ctypes.CDLL("libc.so.6", use_errno=True).prctl
    if sys.platform.startswith("linux")
    else None
)


def die_with_parent() -> None:
    """In a child before exec: get SIGTERM when the parent dies (Linux), so nothing leaks."""
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, signal.SIGTERM)
