"""Avro single-object encoding of mesh events.

Wire format (Avro spec, "Single object encoding"): `C3 01`, the 8-byte little-endian
CRC-64-AVRO fingerprint of the writer schema's Parsing Canonical Form, then the Avro binary
body. The reader looks the writer schema up by fingerprint among every version ever shipped
and resolves it to its own current schema, so old events stay readable after compatible
schema changes. Anything that is not a valid event raises a `CodecError` subclass, which the
runner dead-letters.
"""

from __future__ import annotations

import io
from typing import Any

from fastavro import schemaless_reader, schemaless_writer
from pydantic import ValidationError

from services.mesh.errors import CodecError, EventValidationError, UnknownSchemaError
from services.mesh.events import EVENT_TYPES, Event
from services.mesh.schemas import Registry, default_registry

MAGIC = b"\xc3\x01"
HEADER_LEN = 10


class Codec:
    """Encodes events with their current schema; decodes any shipped version."""

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry or default_registry()
        missing = set(EVENT_TYPES) - set(self.registry.current)
        if missing:
            raise CodecError(f"no schema file for events: {', '.join(sorted(missing))}")

    def encode(self, event: Event) -> bytes:
        """Serialize `event` with the current schema of its type.

        Raises:
            CodecError: the event does not fit its schema.
        """
        version = self.registry.current[event.AVRO_NAME]
        buf = io.BytesIO()
        buf.write(MAGIC)
        buf.write(version.fingerprint)
        try:
            schemaless_writer(buf, version.parsed, event.model_dump())
        except (ValueError, TypeError, KeyError) as e:
            raise CodecError(f"cannot encode {event.AVRO_NAME}: {e}") from e
        return buf.getvalue()

    def decode(self, data: bytes | None) -> Event:
        """Read an event written with any shipped version of its schema.

        Raises:
            CodecError: not single-object encoded, truncated, or trailing garbage.
            UnknownSchemaError: the fingerprint is not one this build knows.
            EventValidationError: decoded, but not a valid event.
        """
        name, record = self.decode_record(data)
        try:
            return EVENT_TYPES[name].model_validate(record)
        except ValidationError as e:
            raise EventValidationError(f"invalid {name}: {e}") from e

    def decode_record(self, data: bytes | None) -> tuple[str, dict[str, Any]]:
        """The event's Avro full name and its record, resolved to the reader schema.

        Raises:
            CodecError, UnknownSchemaError: as `decode`.
        """
        if not data or len(data) < HEADER_LEN or data[:2] != MAGIC:
            raise CodecError(
                "not an Avro single-object encoded event (missing C3 01 marker)"
            )
        writer = self.registry.by_fingerprint.get(data[2:HEADER_LEN])
        if writer is None:
            raise UnknownSchemaError(
                f"unknown schema fingerprint {data[2:HEADER_LEN].hex()}: "
                "written by a newer or foreign producer"
            )
        reader = self.registry.current.get(writer.name)
        if reader is None:
            raise UnknownSchemaError(
                f"event type {writer.name} is not known to this reader"
            )
        buf = io.BytesIO(data)
        buf.seek(HEADER_LEN)
        try:
            record: Any = schemaless_reader(buf, writer.parsed, reader.parsed)
        except Exception as e:  # fastavro raises EOFError, ValueError, IndexError, ...
            raise CodecError(
                f"corrupt {writer.name} body: {type(e).__name__}: {e}"
            ) from e
        if buf.tell() != len(data):
            raise CodecError(
                f"{len(data) - buf.tell()} trailing bytes after a {writer.name} body"
            )
        return writer.name, record


def peek_request_id(data: bytes | None, key: bytes | None) -> str | None:
    """Best-effort request id of an undecodable message: the Kafka key, if it is text."""
    if key:
        try:
            text = key.decode("utf-8")
        except UnicodeDecodeError:
            return None
        if text.isprintable() and 0 < len(text) <= 200:
            return text
    return None
