"""Vault key material: random keys, Argon2id passphrase wrapping, and the key-check value."""

from __future__ import annotations

import os
from dataclasses import dataclass

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
_KEY_CHECK_LABEL = b"bond vault key check v1"

#: Argon2id memory of every key Bond wraps (vault passphrase, backup passphrase, PIN). No policy
#: or setting changes it, and no release wrote more.
DEFAULT_MEMORY_KIB = 256 * 1024

# Bounds applied when parameters are read back from a header or PIN record, so a tampered one can
# neither make unlocking trivially cheap nor exhaust memory. The memory bound is the most Bond
# itself writes (a header or backup from elsewhere cannot make each try take more): raise it with
# the default, never lower it below a value a release wrote (DECISIONS 40).
MIN_TIME_COST, MAX_TIME_COST = 1, 12
MIN_MEMORY_KIB, MAX_MEMORY_KIB = 8 * 1024, DEFAULT_MEMORY_KIB
MIN_PARALLELISM, MAX_PARALLELISM = 1, 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.7 s on the reference machine, on purpose."""

    time_cost: int = 3
    memory_kib: int = DEFAULT_MEMORY_KIB
    parallelism: int = 2

    def check_bounds(self) -> None:
        if not (
            MIN_TIME_COST <= self.time_cost <= MAX_TIME_COST
            and MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and MIN_PARALLELISM <= self.parallelism <= MAX_PARALLELISM
        ):
            raise ValueError("key derivation parameters are out of bounds")


@dataclass(frozen=True)
class WrappedKey:
    """A vault key sealed with AES-256-GCM under a key derived from a passphrase."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes
    params: KdfParams


class UnwrapError(Exception):
    """The passphrase is wrong or the wrapped key was altered."""


def new_vault_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # imported on use: not needed at start

    params.check_bounds()
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def wrap_key(key: bytes, passphrase: str, associated: bytes, params: KdfParams) -> WrappedKey:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    kek = derive_key(passphrase, salt, params)
    ciphertext = AESGCM(kek).encrypt(nonce, key, associated)
    return WrappedKey(salt=salt, nonce=nonce, ciphertext=ciphertext, params=params)


def unwrap_key(wrapped: WrappedKey, passphrase: str, associated: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = derive_key(passphrase, wrapped.salt, wrapped.params)
    try:
        key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, associated)
    except InvalidTag as exc:
        raise UnwrapError from exc
    if len(key) != KEY_BYTES:
        raise UnwrapError
    return key


def key_check_value(key: bytes, vault_id: str) -> bytes:
    """A value that proves a key belongs to this vault without revealing it."""
    import hmac  # with hashlib, OpenSSL's libcrypto (~5 ms): not before the first window
    from hashlib import sha256

    return hmac.new(key, _KEY_CHECK_LABEL + vault_id.encode("ascii"), sha256).digest()


def key_matches(key: bytes, vault_id: str, expected: bytes) -> bool:
    import hmac

    return hmac.compare_digest(key_check_value(key, vault_id), expected)
