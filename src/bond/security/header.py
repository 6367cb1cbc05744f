"""The small JSON header beside the database: vault id, schema, wrapped key, key check.

It holds no private text. It is written atomically (temp file, fsync, rename) so a crash leaves
either the old or the new header, never half of one.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bond.security.keys import KEY_BYTES, NONCE_BYTES, SALT_BYTES, KdfParams, WrappedKey

HEADER_FORMAT = "bond-vault-header"
HEADER_VERSION = 1
MAX_HEADER_BYTES = 16 * 1024


class HeaderError(Exception):
    """The header is missing, unreadable or malformed."""


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    schema_version: str
    key_check: bytes
    keyring: bool
    wrapped: WrappedKey | None = None
    created_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def with_schema(self, schema_version: str) -> VaultHeader:
        return replace(self, schema_version=schema_version)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise HeaderError("expected base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError as exc:
        raise HeaderError("bad base64") from exc


def wrapped_to_dict(w: WrappedKey) -> dict[str, Any]:
    """A passphrase- or PIN-wrapped key as plain JSON values."""
    return {
        "kdf": "argon2id",
        "time_cost": w.params.time_cost,
        "memory_kib": w.params.memory_kib,
        "parallelism": w.params.parallelism,
        "salt": _b64(w.salt),
        "nonce": _b64(w.nonce),
        "ciphertext": _b64(w.ciphertext),
        "cipher": "aes-256-gcm",
    }


def wrapped_from_dict(raw: object) -> WrappedKey:
    """Read a wrapped key back, with its Argon2id cost kept within bounds."""
    if not isinstance(raw, dict) or raw.get("kdf") != "argon2id":
        raise HeaderError("unknown key derivation")
    params = KdfParams(_int(raw, "time_cost"), _int(raw, "memory_kib"), _int(raw, "parallelism"))
    try:
        params.check_bounds()
    except ValueError as exc:
        raise HeaderError(str(exc)) from exc
    return WrappedKey(
        salt=_sized(raw.get("salt"), SALT_BYTES, "salt"),
        nonce=_sized(raw.get("nonce"), NONCE_BYTES, "nonce"),
        ciphertext=_sized(raw.get("ciphertext"), KEY_BYTES + 16, "wrapped key"),
        params=params,
    )


def to_json(header: VaultHeader) -> str:
    wrapped = None if header.wrapped is None else wrapped_to_dict(header.wrapped)
    data = {
        "format": HEADER_FORMAT,
        "version": HEADER_VERSION,
        "vault_id": header.vault_id,
        "schema_version": header.schema_version,
        "created_at": header.created_at,
        "key_check": _b64(header.key_check),
        "keyring": header.keyring,
        "passphrase": wrapped,
    }
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def _sized(value: object, size: int, name: str) -> bytes:
    data = _unb64(value)
    if len(data) != size:
        raise HeaderError(f"the {name} in the header has the wrong length")
    return data


def _int(obj: dict[str, Any], name: str) -> int:
    value = obj.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise HeaderError(f"{name} must be a whole number")
    return value


def from_json(text: str) -> VaultHeader:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise HeaderError("the header is not valid JSON") from exc
    if not isinstance(data, dict) or data.get("format") != HEADER_FORMAT:
        raise HeaderError("this is not a Bond vault header")
    if data.get("version") != HEADER_VERSION:
        raise HeaderError("this header format is not known to this Bond")
    vault_id = data.get("vault_id")
    schema = data.get("schema_version")
    if not isinstance(vault_id, str) or not vault_id or not isinstance(schema, str):
        raise HeaderError("the header lacks its vault id or schema version")
    raw = data.get("passphrase")
    wrapped = None if raw is None else wrapped_from_dict(raw)
    keyring = data.get("keyring")
    if not isinstance(keyring, bool):
        raise HeaderError("the header does not say where the key is kept")
    if not keyring and wrapped is None:
        raise HeaderError("the header names no way to unlock the vault")
    created = data.get("created_at", "")
    return VaultHeader(
        vault_id=vault_id,
        schema_version=schema,
        key_check=_sized(data.get("key_check"), 32, "key check"),
        keyring=keyring,
        wrapped=wrapped,
        created_at=created if isinstance(created, str) else "",
    )


def read_header(path: Path) -> VaultHeader:
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError as exc:
        raise HeaderError("the vault header is missing") from exc
    except OSError as exc:
        raise HeaderError("the vault header could not be read") from exc
    if len(raw) > MAX_HEADER_BYTES:
        raise HeaderError("the vault header is too large")
    try:
        return from_json(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise HeaderError("the vault header is not text") from exc


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_header(path: Path, header: VaultHeader) -> None:
    data = to_json(header).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=".header-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def destroy_header(path: Path) -> bool:
    """Overwrite the header with random bytes, fsync, then delete it (crypto-erase)."""
    if not path.exists():
        return False
    size = max(path.stat().st_size, 1)
    with path.open("r+b") as fh:
        fh.write(os.urandom(size))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
    fsync_dir(path.parent)
    return True
