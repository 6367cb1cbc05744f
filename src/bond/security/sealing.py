"""Sealing private answers to a profile (DECISIONS 2).

Each profile has an X25519 keypair. Private items are sealed to its public key with libsodium's
sealed box (PyNaCl), so saving never needs the profile's secret. The private key is stored wrapped
with AES-256-GCM under a key derived from the vault key (HKDF-SHA256); once "Privacy and safety"
adds PINs, a PIN-derived key wraps it instead (Argon2id, as for the vault passphrase). Nothing here
is hand-rolled cryptography.

Whoever holds the vault key can rewrite a profile's stored public key, so a public key is trusted
only once it has been shown to belong to the private key (:func:`keys_match`). PIN records are
versioned (DECISIONS 40): format 1 bound only the profile id; format 2 also names and binds the
public key, so a record cannot be paired with another key. Format 1 is still read, and rewritten
as format 2 right after it opened with the right PIN.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass

from bond.security.keys import KEY_BYTES, KdfParams, WrappedKey, derive_key, wrap_key

WRAP_INFO = b"bond profile private key wrap v1"
PIN_INFO = b"bond profile pin wrap v1:"
PIN_INFO_V2 = b"bond profile pin wrap v2:"
#: The PIN record format written now; format 1 records have no "version" field.
PIN_FORMAT = 2
NONCE_BYTES = 12
PUBLIC_KEY_BYTES = 32


class SealingError(Exception):
    """A sealed item or a wrapped key did not decrypt (wrong key or altered data)."""


class WrongPinError(Exception):
    """The PIN did not unwrap the profile's private key."""


class KeyMismatchError(SealingError):
    """A profile's stored public key is not its private key's (or not the one its PIN record
    was made for): it may have been swapped by someone holding the vault key."""


@dataclass(frozen=True)
class ProfileKeys:
    public_key: bytes
    wrapped_private_key: bytes  # nonce || AES-GCM ciphertext


def _wrap_key(vault_key: bytes, profile_id: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=profile_id.encode(), info=WRAP_INFO
    ).derive(vault_key)


def new_keypair() -> tuple[bytes, bytes]:
    """A fresh X25519 keypair as (private, public) bytes."""
    from nacl.public import PrivateKey

    private = PrivateKey.generate()
    return bytes(private), bytes(private.public_key)


def wrap_private_key(vault_key: bytes, profile_id: str, private_key: bytes) -> bytes:
    """The private key wrapped by the vault key (a profile without a PIN)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(_wrap_key(vault_key, profile_id)).encrypt(
        nonce, private_key, profile_id.encode()
    )
    return nonce + wrapped


def new_profile_keys(vault_key: bytes, profile_id: str) -> ProfileKeys:
    private, public = new_keypair()
    return ProfileKeys(public, wrap_private_key(vault_key, profile_id, private))


def unwrap_private_key(vault_key: bytes, profile_id: str, wrapped: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_wrap_key(vault_key, profile_id)).decrypt(
            wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], profile_id.encode()
        )
    except (InvalidTag, ValueError) as exc:
        raise SealingError("the profile key could not be unwrapped") from exc


def public_key_of(private_key: bytes) -> bytes:
    """The X25519 public key that belongs to ``private_key``."""
    from nacl.public import PrivateKey

    return bytes(PrivateKey(private_key).public_key)


def keys_match(private_key: bytes, public_key: bytes | None) -> bool:
    """Whether ``public_key`` is the one ``private_key`` belongs to (public values: ``==``)."""
    if public_key is None or len(private_key) != PUBLIC_KEY_BYTES:
        return False
    return public_key_of(private_key) == public_key


def seal(public_key: bytes, plaintext: bytes) -> bytes:
    from nacl.public import PublicKey, SealedBox

    return bytes(SealedBox(PublicKey(public_key)).encrypt(plaintext))


def unseal(private_key: bytes, sealed: bytes) -> bytes:
    from nacl.exceptions import CryptoError
    from nacl.public import PrivateKey, SealedBox

    try:
        return bytes(SealedBox(PrivateKey(private_key)).decrypt(sealed))
    except CryptoError as exc:
        raise SealingError("a sealed item could not be opened") from exc


def _pin_associated(profile_id: str) -> bytes:
    """Format 1: only the profile id is bound."""
    return PIN_INFO + profile_id.encode()


def _pin_associated_v2(profile_id: str, public_key: bytes) -> bytes:
    """Format 2: the profile id and the public key the record was made for (fixed length, last,
    so the encoding is unambiguous)."""
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise KeyMismatchError("not a profile public key")
    return PIN_INFO_V2 + profile_id.encode() + b":" + public_key


@dataclass(frozen=True)
class PinRecord:
    """A stored PIN record, parsed: its format, the wrapped key and (format 2) its public key."""

    version: int
    wrapped: WrappedKey
    public_key: bytes | None


def read_pin_record(stored: str) -> PinRecord:
    """Parse a PIN record of any known format; ``SealingError`` if damaged or from a newer Bond."""
    import base64
    import binascii

    from bond.security.header import HeaderError, wrapped_from_dict

    try:
        raw = json.loads(stored)
        wrapped = wrapped_from_dict(raw)
        version = raw.get("version", 1)
        if version == 1:
            return PinRecord(1, wrapped, None)
        if version != PIN_FORMAT:
            raise SealingError("the PIN record is from a newer Bond")
        public = base64.b64decode(raw["public_key"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error, HeaderError) as exc:
        raise SealingError("the PIN record is damaged") from exc
    if len(public) != PUBLIC_KEY_BYTES:
        raise SealingError("the PIN record is damaged")
    return PinRecord(version, wrapped, public)


def _pin_record_json(wrapped: WrappedKey, public_key: bytes) -> str:
    import base64

    from bond.security.header import wrapped_to_dict

    record = wrapped_to_dict(wrapped)
    record["version"] = PIN_FORMAT
    record["public_key"] = base64.b64encode(public_key).decode("ascii")
    return json.dumps(record, sort_keys=True)


def wrap_with_pin(private_key: bytes, pin: str, profile_id: str, params: KdfParams) -> str:
    """The private key wrapped by a key derived from the PIN (Argon2id, then AES-256-GCM), as a
    format 2 record bound to the profile and to the private key's own public key."""
    public = public_key_of(private_key)
    wrapped = wrap_key(private_key, pin, _pin_associated_v2(profile_id, public), params)
    return _pin_record_json(wrapped, public)


@dataclass(frozen=True)
class PinUnwrapped:
    """What a right PIN opened: the private key (checked against the stored public key) and,
    when the record was an older format, the same key as a format 2 record to store instead."""

    private_key: bytes
    upgraded: str | None


def unwrap_with_pin(stored: str, pin: str, profile_id: str, public_key: bytes) -> PinUnwrapped:
    """Open a PIN record of any format and check the key pair against the stored ``public_key``.

    Raise ``WrongPinError`` for a wrong PIN, ``KeyMismatchError`` when the private key is not the
    stored public key's (a format 2 record says so before the PIN is even tried), and
    ``SealingError`` for a damaged record. One Argon2id run either way: a format 1 record is
    rewrapped with the key derived from it (same salt and cost, fresh nonce), checked before it
    is returned."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    record = read_pin_record(stored)
    if record.public_key is not None and record.public_key != public_key:
        raise KeyMismatchError("the PIN record was made for another public key")
    wrapped = record.wrapped
    associated = (
        _pin_associated(profile_id)
        if record.version == 1
        else _pin_associated_v2(profile_id, public_key)
    )
    aead = AESGCM(derive_key(pin, wrapped.salt, wrapped.params))
    try:
        private = aead.decrypt(wrapped.nonce, wrapped.ciphertext, associated)
    except InvalidTag as exc:
        raise WrongPinError from exc
    if len(private) != KEY_BYTES:
        raise SealingError("the PIN record is damaged")
    if not keys_match(private, public_key):
        raise KeyMismatchError("the stored public key is not this private key's")
    if record.version == PIN_FORMAT:
        return PinUnwrapped(private, None)
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = aead.encrypt(nonce, private, _pin_associated_v2(profile_id, public_key))
    upgraded = _pin_record_json(
        WrappedKey(wrapped.salt, nonce, ciphertext, wrapped.params), public_key
    )
    # No upgrade may turn a right PIN into a wrong one: read the new record back as an unlock
    # would (same salt and cost, so the same PIN-derived key) before it may be stored.
    again = read_pin_record(upgraded)
    try:
        reopened = aead.decrypt(
            again.wrapped.nonce,
            again.wrapped.ciphertext,
            _pin_associated_v2(profile_id, again.public_key or b""),
        )
    except InvalidTag as exc:
        raise SealingError("the PIN record could not be rewritten") from exc
    if (again.wrapped.salt, again.wrapped.params) != (wrapped.salt, wrapped.params) or (
        reopened != private
    ):
        raise SealingError("the PIN record could not be rewritten")
    return PinUnwrapped(private, upgraded)


def opener(private_key: bytes) -> Callable[[bytes], bytes]:
    """A reusable unsealer for one private key: building the box once saves a third of the time
    when many items are opened (Progress over years of ratings)."""
    from nacl.exceptions import CryptoError
    from nacl.public import PrivateKey, SealedBox

    box = SealedBox(PrivateKey(private_key))

    def open_one(sealed: bytes) -> bytes:
        try:
            return bytes(box.decrypt(sealed))
        except CryptoError as exc:
            raise SealingError("a sealed item could not be opened") from exc

    return open_one
