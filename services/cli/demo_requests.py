"""The demo's requests: recorded RouterBench prompts and the seed's enterprise scenarios."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources


@dataclass(frozen=True)
class DemoRequest:
    title: str
    text: str
    tenant: str = "default"
    user: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


ENTERPRISE = (
    DemoRequest(
        "banking risk reasoning",
        "A mid-sized bank holds 40% of its assets in 10-year fixed-rate mortgages funded by "
        "overnight deposits. Reason step by step about its interest-rate risk if the central "
        "bank raises rates by 200 basis points, and what hedges it should consider.",
        tenant="acme-bank",
        user="analyst-7",
    ),
    DemoRequest(
        "regulatory text classification",
        "Classify the following clause under MiFID II (best execution, inducements, "
        "suitability or record keeping): 'The firm shall retain all records of client orders "
        "and transactions for a period of at least five years.'",
        tenant="acme-bank",
    ),
    DemoRequest(
        "customer complaint",
        "Analyse the sentiment of this customer complaint and propose a resolution: 'I have "
        "been charged twice for my March invoice and nobody answers the phone. I am furious "
        "and I will close my account if this is not fixed this week.'",
    ),
    DemoRequest(
        "compliance request with PII",
        "Draft a reply to our customer Jane Smith (jane.smith@example.com, IBAN "
        "DE89 3704 0044 0532 0130 00) confirming that her disputed card payment on card "
        "4111 1111 1111 1111 has been refunded.",
        user="support-12",
    ),
    DemoRequest(
        "code refactor",
        "Refactor this Python function to be idiomatic and add type hints:\n\n"
        "def f(l):\n    r = []\n    for i in range(len(l)):\n        if l[i] % 2 == 0:\n"
        "            r.append(l[i] * l[i])\n    return r\n",
    ),
    DemoRequest(
        "draft + calculate + summarise",
        "Draft a short remote-work policy for our engineering team, calculate the yearly "
        "office savings if 120 employees stay home 2 days a week at $38 per desk-day over "
        "48 weeks, and summarise the citations below.\n\nCitations:\n"
        "1. Bloom et al. (2015) found a 13% performance increase among home workers.\n"
        "2. Gartner (2021): 82% of leaders plan to allow remote work some of the time.",
    ),
    DemoRequest(
        "translation",
        "Translate into French: 'Your account statement for November is now available.'",
    ),
)


def recorded(n: int) -> list[DemoRequest]:
    """The first `n` distinct prompts of the bundled RouterBench sample (tenant `demo`)."""
    path = resources.files("services.fleet").joinpath("data/routerbench_sample.jsonl")
    out: list[DemoRequest] = []
    seen_evals: dict[str, int] = {}
    for line in path.read_text().splitlines():
        row = json.loads(line)
        family = row["eval_name"]
        if seen_evals.get(family, 0) >= (n + 2) // 3:
            continue
        seen_evals[family] = seen_evals.get(family, 0) + 1
        out.append(
            DemoRequest(
                f"RouterBench {row['sample_id']}",
                row["prompt"],
                tenant="demo",
                metadata={"sample_id": row["sample_id"]},
            )
        )
        if len(out) == n:
            break
    return out


def demo_requests() -> list[DemoRequest]:
    """A dozen requests: 5 recorded prompts then the enterprise scenarios."""
    return [*recorded(5), *ENTERPRISE]
