"""Governance: the independent second line of defence.

Re-checks every route against policy before dispatch (fail closed), enforces tenant
budgets through a tenant-keyed ledger, validates every output (PII leakage, blocked
content, size, verifier verdicts; redact, escalate or deny) and writes the hash-
chained audit trail. Each concept is one module; `handler.GovernanceHandler` wires
them to the runner.
"""
