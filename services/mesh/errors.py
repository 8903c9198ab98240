"""The mesh's exception hierarchy: one root, specific subclasses.

Library errors (fastavro, confluent-kafka, httpx) are re-raised as these with the cause
chained, so callers catch our types and still see the original in the traceback.
"""

from __future__ import annotations


class MeshError(Exception):
    """Root of every error the mesh raises on purpose."""


class ConfigError(MeshError):
    """A settings, fleet or policy file is missing or invalid; the message says what to fix."""


class CodecError(MeshError):
    """Bytes could not be decoded into an event (or an event could not be encoded)."""


class UnknownSchemaError(CodecError):
    """The writer schema's fingerprint is not one this build has ever shipped."""


class EventValidationError(CodecError):
    """The bytes decoded, but the event breaks the contract (missing or invalid fields)."""


class BrokerError(MeshError):
    """The Kafka broker could not be started, reached or used."""
