"""The router's version: a content hash of its own source, recorded in every decision.

A replay of `mesh.routes` can then tell which code made each decision, and a decision
made by changed code never passes for one made by the old code.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def _source_hash() -> str:
    h = hashlib.sha256()
    for p in sorted(Path(__file__).parent.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


ROUTER_VERSION = _source_hash()
