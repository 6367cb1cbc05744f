"""Sealing private answers to a profile (DECISIONS 2).

Each profile has an X25519 keypair. Private items are sealed to its public key with libsodium's
sealed box (PyNaCl), so saving never needs the profile's secret. The private key is stored wrapped
with AES-256-GCM under a key derived from the vault key (HKDF-SHA256); once "Privacy and safety"
adds PINs, a PIN-derived key wraps it instead (Argon2id, as for the vault passphrase). Nothing here
is hand-rolled cryptography.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass

from bond.security.keys import KdfParams, UnwrapError, unwrap_key, wrap_key

WRAP_INFO = b"bond profile private key wrap v1"
PIN_INFO = b"bond profile pin wrap v1:"
NONCE_BYTES = 12


class SealingError(Exception):
    """A sealed item or a wrapped key did not decrypt (wrong key or altered data)."""


class WrongPinError(Exception):
    """The PIN did not unwrap the profile's private key."""


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
    return PIN_INFO + profile_id.encode()


def wrap_with_pin(private_key: bytes, pin: str, profile_id: str, params: KdfParams) -> str:
    """The private key wrapped by a key derived from the PIN (Argon2id, then AES-256-GCM)."""
    from bond.security.header import wrapped_to_dict

    wrapped = wrap_key(private_key, pin, _pin_associated(profile_id), params)
    return json.dumps(wrapped_to_dict(wrapped), sort_keys=True)


def unwrap_with_pin(stored: str, pin: str, profile_id: str) -> bytes:
    """Raise ``WrongPinError`` for a wrong PIN, ``SealingError`` for a damaged record."""
    from bond.security.header import HeaderError, wrapped_from_dict

    try:
        wrapped = wrapped_from_dict(json.loads(stored))
    except (ValueError, HeaderError) as exc:
        raise SealingError("the PIN record is damaged") from exc
    try:
        return unwrap_key(wrapped, pin, _pin_associated(profile_id))
    except UnwrapError as exc:
        raise WrongPinError from exc


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
