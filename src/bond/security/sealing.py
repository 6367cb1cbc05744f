"""Sealing private answers to a profile (DECISIONS 2).

Each profile has an X25519 keypair. Private items are sealed to its public key with libsodium's
sealed box (PyNaCl), so saving never needs the profile's secret. The private key is stored wrapped
with AES-256-GCM under a key derived from the vault key (HKDF-SHA256); once "Privacy and safety"
adds PINs, a PIN-derived key wraps it instead. Nothing here is hand-rolled cryptography.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

WRAP_INFO = b"bond profile private key wrap v1"
NONCE_BYTES = 12


class SealingError(Exception):
    """A sealed item or a wrapped key did not decrypt (wrong key or altered data)."""


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


def new_profile_keys(vault_key: bytes, profile_id: str) -> ProfileKeys:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from nacl.public import PrivateKey

    private = PrivateKey.generate()
    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(_wrap_key(vault_key, profile_id)).encrypt(
        nonce, bytes(private), profile_id.encode()
    )
    return ProfileKeys(bytes(private.public_key), nonce + wrapped)


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
