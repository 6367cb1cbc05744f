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

Sealed items are versioned too. Format 1 sealed the item's JSON alone, so a box could be copied
into another row and still open there. Format 2 (:func:`seal_bound`) seals, ahead of the JSON, a
:class:`Binding` naming the row: its kind, its id, where it sits (session and step, or boundary)
and the owning profile. :func:`open_bound` refuses a box whose binding is not the row it was read
from (:class:`MisplacedItemError`). Format 1 boxes still open until their profile's items have
been re-sealed as format 2 (after the profile's key opened them); from then on an unbound box in
that profile's rows is refused as misplaced too. A sealed box needs only the public key to make,
so the binding stops genuine boxes being moved or replayed, not forged ones (PRIVACY.md).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass

from bond.errors import BondError
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


class MisplacedItemError(SealingError, BondError, ValueError):
    """A sealed item opened with its owner's key but is not in the row it was sealed for (moved,
    replayed, or unbound where only bound items belong). Its message is safe to show; a
    ``ValueError`` too, as the screens show those messages as they are."""

    def __init__(
        self,
        message: str = (
            "A private item is not where it was saved, so Bond did not open it. Someone with "
            "access to this computer's Bond files may have moved it. Nothing was changed."
        ),
    ) -> None:
        BondError.__init__(self, message)


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


#: The sealed-item format written now (format 1: the JSON alone, no binding).
SEAL_FORMAT = 2
_BOUND_MARK = b"\x02"  # never the first byte of JSON text, so format 1 boxes are told apart
_HEAD_BYTES = 2


@dataclass(frozen=True)
class Binding:
    """Where a sealed item belongs: its kind (``answer``, ``boundary``, ``boundary_use``), the
    row's id, the rows it hangs from (``place``: session and step, or boundary) and its owner."""

    kind: str
    row_id: str
    place: tuple[str, ...]
    profile_id: str

    def encode(self) -> bytes:
        return json.dumps(
            [self.kind, self.row_id, list(self.place), self.profile_id],
            separators=(",", ":"),
            ensure_ascii=True,
        ).encode("ascii")


def bind(binding: Binding, plaintext: bytes) -> bytes:
    """``plaintext`` with its binding ahead of it (what a format 2 box holds)."""
    head = binding.encode()
    return _BOUND_MARK + len(head).to_bytes(_HEAD_BYTES, "big") + head + plaintext


def seal_bound(public_key: bytes, binding: Binding, plaintext: bytes) -> bytes:
    """A format 2 box: ``plaintext`` sealed together with the row it belongs to."""
    return seal(public_key, bind(binding, plaintext))


@dataclass(frozen=True)
class Opened:
    """A box's contents without the binding, and the format it was stored in."""

    plaintext: bytes
    format: int


def split_bound(raw: bytes) -> tuple[Binding | None, bytes]:
    """An opened box's binding (``None`` for format 1) and its contents."""
    if raw[:1] != _BOUND_MARK:
        return None, raw
    size = int.from_bytes(raw[1 : 1 + _HEAD_BYTES], "big")
    start = 1 + _HEAD_BYTES
    head = raw[start : start + size]
    try:
        kind, row_id, place, profile_id = json.loads(head.decode("ascii"))
        binding = Binding(str(kind), str(row_id), tuple(str(p) for p in place), str(profile_id))
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        raise SealingError("a sealed item is damaged") from exc
    if len(head) != size or binding.encode() != head:
        raise SealingError("a sealed item is damaged")
    return binding, raw[start + size :]


def check_bound(raw: bytes, binding: Binding, *, allow_unbound: bool) -> Opened:
    """The contents of an opened box, if it belongs to ``binding``'s row; else
    :class:`MisplacedItemError`. A format 1 box passes only with ``allow_unbound``."""
    found, plaintext = split_bound(raw)
    if found is None:
        if not allow_unbound:
            raise MisplacedItemError()
        return Opened(plaintext, 1)
    if found != binding:
        raise MisplacedItemError()
    return Opened(plaintext, SEAL_FORMAT)


def open_bound(
    open_one: Callable[[bytes], bytes], sealed: bytes, binding: Binding, *, allow_unbound: bool
) -> Opened:
    """Open a box of either format with ``open_one`` (see :func:`opener`) and check its row."""
    return check_bound(open_one(sealed), binding, allow_unbound=allow_unbound)
