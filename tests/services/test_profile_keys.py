"""A profile's public key must be the one its private key belongs to (DECISIONS 2, 4 and 40).

Someone who holds the vault key (a partner who shares the passphrase) can rewrite any row. If they
swap a profile's ``public_key`` for their own, whatever the owner saves next would be sealed to
them. Bond checks the pair whenever a private key is opened (by the PIN or by the vault key) and
again before every seal; a mismatch is a plain error and nothing is sealed. PIN records made
before this check (format 1, the ``pin_vaults`` fixture) still open with their PIN and are moved to
format 2, which binds the public key, right after they opened.
"""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bond.domain.pins import PinMismatchError
from bond.domain.profiles import Household
from bond.errors import ProfileKeysMismatchError
from bond.security.sealing import SealingError, new_keypair, unseal
from bond.security.secrets import MemoryStore
from bond.services import startup
from bond.services.boundaries import BoundaryService
from bond.services.keychain import Keychain, LockedProfileError
from bond.services.pins import PinService
from bond.services.profiles import ProfileService
from bond.services.sessions import AnswerKey, SessionService
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import Custody, OpenVault, VaultService
from bond.storage import schema
from bond.storage.models import AnswerRow, BoundaryRow, BoundaryUseRow, ProfileRow
from tests.conftest import FAST_KDF
from tests.fixtures import make_vaults as fx

PIN = "482913"
NOTE = "only Sam should read this"
MESSAGE = "This profile's keys don't match; nothing was changed."
ANA, BEN = (p[0] for p in fx.PROFILES)


# -- helpers ----------------------------------------------------------------------------------
@pytest.fixture
def vault(service: VaultService) -> Iterator[OpenVault]:
    opened = service.create(Custody(keyring=True))
    ProfileService(opened).set_up(Household.COUPLE, ["Sam", "Alex"])
    yield opened
    opened.close()


def people(vault: OpenVault) -> tuple[str, str]:
    a, b = ProfileService(vault).profiles()
    return a.id, b.id


def write_private(vault: OpenVault, keys: Keychain, who: str) -> str:
    sessions = SessionService(vault, keys)
    sid = sessions.start("check-in-alone", [who], together=False)
    sessions.save_answer(sid, "feel", who, {"text": NOTE}, private=True)
    return sid


def swap_public_key(vault: OpenVault, profile_id: str) -> bytes:
    """What the attacker does with the vault key: their own public key in the profile's row.
    Returns the attacker's private key."""
    private, public = new_keypair()
    with vault.db.unit_of_work() as s:
        row = s.get(ProfileRow, profile_id)
        assert row is not None
        row.public_key = public
    return private


def sealed_count(vault: OpenVault) -> int:
    with vault.db.unit_of_work() as s:
        return sum(
            s.scalar(select(func.count()).select_from(table)) or 0
            for table in (AnswerRow, BoundaryRow, BoundaryUseRow)
        )


def nothing_opens_with(vault: OpenVault, private: bytes) -> None:
    with vault.db.unit_of_work() as s:
        payloads = [a.payload for a in s.scalars(select(AnswerRow).where(AnswerRow.sealed))]
        payloads += [b.payload for b in s.scalars(select(BoundaryRow))]
        payloads += [u.payload for u in s.scalars(select(BoundaryUseRow))]
    for payload in payloads:
        with pytest.raises(SealingError):
            unseal(private, payload)


def pin_record(vault: OpenVault, profile_id: str) -> str:
    with vault.db.unit_of_work() as s:
        row = s.get(ProfileRow, profile_id)
        assert row is not None and row.pin_key is not None
        return row.pin_key


def record_format(record: str) -> int:
    """Format 1 records have no "version" field."""
    version = json.loads(record).get("version", 1)
    assert isinstance(version, int)
    return version


def refuses_to_save(
    vault: OpenVault,
    keys: Keychain,
    who: str,
    sid: str,
    error: type[Exception] = ProfileKeysMismatchError,
) -> None:
    """Saving a private answer, a boundary and a boundary use for ``who`` all refuse, plainly
    (``LockedProfileError`` for a PIN profile whose PIN was not given this session)."""
    before = sealed_count(vault)
    with pytest.raises(error) as caught:
        SessionService(vault, keys).save_answer(sid, "again", who, {"text": NOTE}, private=True)
    if isinstance(caught.value, ProfileKeysMismatchError):
        assert caught.value.message == MESSAGE
    with pytest.raises(error):
        BoundaryService(vault, keys).save(who, {"words": NOTE, "action": ""})
    with vault.db.unit_of_work() as s:
        boundary = s.scalars(select(BoundaryRow.id).where(BoundaryRow.profile_id == who)).first()
    if boundary is not None:
        with pytest.raises(error):
            BoundaryService(vault, keys).used(boundary, who, NOTE, 5)
    assert sealed_count(vault) == before


def open_fixture(folder: Path, tmp_path: Path) -> OpenVault:
    data = tmp_path / "vault"
    shutil.copytree(folder, data)
    service = VaultService(VaultFiles(data), MemoryStore(available=False), kdf=fx.FAST_KDF)
    result = startup.unlock_with_passphrase(service, fx.PASSPHRASE)
    assert result.vault is not None
    return result.vault


@pytest.fixture
def old_pin_vault(tmp_path: Path) -> Iterator[OpenVault]:
    """Ana's PIN was set by Bond before format 2: her record has no "version" field."""
    vault = open_fixture(fx.PIN_VAULTS / "pin-format-1", tmp_path)
    assert record_format(pin_record(vault, ANA)) == 1
    yield vault
    vault.close()


def ana_reads_her_boundary(vault: OpenVault, keys: Keychain) -> None:
    (boundary,) = BoundaryService(vault, keys).list(ANA)
    assert boundary.words == fx.BOUNDARY["words"] and boundary.uses == 1


# -- (1) the attack ---------------------------------------------------------------------------
def test_a_swapped_public_key_refuses_the_right_pin_and_nothing_is_sealed_to_it(
    vault: OpenVault,
) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    sid = write_private(vault, keys, sam)
    BoundaryService(vault, keys).save(sam, {"words": "a pause", "action": ""})
    PinService(vault, keys, kdf=FAST_KDF).set_pin(sam, PIN)
    attacker = swap_public_key(vault, sam)

    keys = Keychain(vault)  # the owner's next session
    pins = PinService(vault, keys, kdf=FAST_KDF)
    with pytest.raises(ProfileKeysMismatchError) as caught:
        pins.unlock(sam, PIN)
    assert caught.value.message == MESSAGE
    assert not keys.is_open(sam)
    assert pins.state(sam).failures == 0  # the PIN was not wrong: no backoff
    # Nothing is sealed to a PIN profile before its PIN proved its key this session.
    refuses_to_save(vault, keys, sam, sid, LockedProfileError)
    nothing_opens_with(vault, attacker)


def test_a_swap_after_the_owner_unlocked_is_caught_before_the_next_seal(
    vault: OpenVault,
) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    sid = write_private(vault, keys, sam)
    pins = PinService(vault, keys, kdf=FAST_KDF)
    pins.set_pin(sam, PIN)
    keys.forget()
    pins.unlock(sam, PIN)
    attacker = swap_public_key(vault, sam)
    refuses_to_save(vault, keys, sam, sid)
    keys.switch_to(None)  # "Pass to": the key goes, the autosave must still refuse
    refuses_to_save(vault, keys, sam, sid)
    nothing_opens_with(vault, attacker)


def test_a_swap_on_an_old_format_pin_is_refused_and_the_record_is_not_upgraded(
    old_pin_vault: OpenVault,
) -> None:
    vault = old_pin_vault
    before = pin_record(vault, ANA)
    attacker = swap_public_key(vault, ANA)
    keys = Keychain(vault)
    pins = PinService(vault, keys, kdf=fx.FAST_KDF)
    with pytest.raises(ProfileKeysMismatchError):
        pins.unlock(ANA, fx.PIN)
    assert not keys.is_open(ANA) and pins.state(ANA).failures == 0
    assert pin_record(vault, ANA) == before  # nothing was changed
    with pytest.raises((ProfileKeysMismatchError, LockedProfileError)):
        BoundaryService(vault, keys).save(ANA, {"words": NOTE, "action": ""})
    nothing_opens_with(vault, attacker)


# -- (2) and (3) a PIN set last month ---------------------------------------------------------
def test_an_old_format_pin_opens_without_backoff_and_moves_to_format_2(
    old_pin_vault: OpenVault, tmp_path: Path
) -> None:
    vault = old_pin_vault
    before = json.loads(pin_record(vault, ANA))
    keys = Keychain(vault)
    pins = PinService(vault, keys)  # the shipped cost: an upgrade keeps the record's own
    pins.unlock(ANA, fx.PIN)
    assert pins.state(ANA).failures == 0 and pins.state(ANA).wait_seconds == 0
    ana_reads_her_boundary(vault, keys)
    upgraded = pin_record(vault, ANA)
    assert record_format(upgraded) == 2
    cost = ("kdf", "time_cost", "memory_kib", "parallelism")
    assert {k: json.loads(upgraded)[k] for k in cost} == {k: before[k] for k in cost}

    # Saving works after the upgrade, and so does the next unlock, after a restart too.
    BoundaryService(vault, keys).save(ANA, {"words": NOTE, "action": ""})
    keys.forget()
    pins.unlock(ANA, fx.PIN)
    assert pin_record(vault, ANA) == upgraded  # format 2 is not rewritten again
    assert len(BoundaryService(vault, keys).list(ANA)) == 2
    files = vault.files
    assert files is not None
    vault.close()
    service = VaultService(files, MemoryStore(available=False), kdf=fx.FAST_KDF)
    again = startup.unlock_with_passphrase(service, fx.PASSPHRASE).vault
    assert again is not None
    try:
        keys = Keychain(again)
        PinService(again, keys, kdf=fx.FAST_KDF).unlock(ANA, fx.PIN)
        ana_reads_her_boundary_and_note(again, keys)
        # Bén, who has no PIN, still reads his private answer with the vault key alone.
        answers = SessionService(again, keys).answers(fx.SESSION_ID, [BEN])
        assert answers[AnswerKey("feelings", BEN)] == fx.PRIVATE_ANSWER
    finally:
        again.close()


def ana_reads_her_boundary_and_note(vault: OpenVault, keys: Keychain) -> None:
    words = sorted(b.words for b in BoundaryService(vault, keys).list(ANA))
    assert words == sorted([str(fx.BOUNDARY["words"]), NOTE])


def test_a_wrong_pin_on_the_old_format_counts_and_leaves_the_record_alone(
    old_pin_vault: OpenVault,
) -> None:
    vault = old_pin_vault
    before = pin_record(vault, ANA)
    keys = Keychain(vault)
    pins = PinService(vault, keys, kdf=fx.FAST_KDF)
    for tries in (1, 2):
        with pytest.raises(PinMismatchError) as wrong:
            pins.unlock(ANA, "759215")
        assert wrong.value.failures == tries
    assert pin_record(vault, ANA) == before and not keys.is_open(ANA)
    pins.unlock(ANA, fx.PIN)
    assert pins.state(ANA).failures == 0
    assert record_format(pin_record(vault, ANA)) == 2
    keys.forget()
    with pytest.raises(PinMismatchError) as wrong:
        pins.unlock(ANA, "759215")  # and on format 2, a wrong PIN is still wrong
    assert wrong.value.failures == 1


def test_an_old_format_profile_seals_only_after_its_pin_was_given_once(
    old_pin_vault: OpenVault,
) -> None:
    """A format 1 record names no public key, so before its first unlock there is nothing to
    check a seal against: Bond waits for the PIN rather than seal to an unchecked key."""
    vault = old_pin_vault
    keys = Keychain(vault)
    before = sealed_count(vault)
    with pytest.raises(LockedProfileError):
        BoundaryService(vault, keys).save(ANA, {"words": NOTE, "action": ""})
    assert sealed_count(vault) == before
    PinService(vault, keys, kdf=fx.FAST_KDF).unlock(ANA, fx.PIN)
    keys.switch_to(None)  # locked again, but its public key was proven this session
    BoundaryService(vault, keys).save(ANA, {"words": NOTE, "action": ""})
    keys = Keychain(vault)  # a later session: the PIN proves the key again first
    with pytest.raises(LockedProfileError):
        BoundaryService(vault, keys).save(ANA, {"words": NOTE + ".", "action": ""})
    assert sealed_count(vault) == before + 1


# -- (4) profiles without a PIN ---------------------------------------------------------------
def test_a_profile_without_a_pin_detects_a_swapped_public_key(vault: OpenVault) -> None:
    sam, alex = people(vault)
    keys = Keychain(vault)
    sid = write_private(vault, keys, sam)
    attacker = swap_public_key(vault, sam)

    keys = Keychain(vault)
    with pytest.raises(ProfileKeysMismatchError):
        keys.private_key(sam)
    with pytest.raises(ProfileKeysMismatchError):
        PinService(vault, keys, kdf=FAST_KDF).unlock(sam, "")
    # Readers skip it like a locked profile's items, without failing.
    assert SessionService(vault, keys).answers(sid, [sam]) == {}
    refuses_to_save(vault, keys, sam, sid)
    nothing_opens_with(vault, attacker)
    # The other profile is not affected.
    write_private(vault, keys, alex)


@pytest.mark.parametrize("revision", [r for r in schema.KNOWN_REVISIONS if int(r) >= 2])
def test_fixture_vaults_detect_a_swapped_key_of_a_profile_without_a_pin(
    revision: str, tmp_path: Path
) -> None:
    vault = open_fixture(fx.VAULTS / revision, tmp_path)
    try:
        keys = Keychain(vault)
        answers = SessionService(vault, keys).answers(fx.SESSION_ID, [BEN])
        assert answers[AnswerKey("feelings", BEN)] == fx.PRIVATE_ANSWER
        attacker = swap_public_key(vault, BEN)
        keys = Keychain(vault)
        with pytest.raises(ProfileKeysMismatchError):
            keys.private_key(BEN)
        refuses_to_save(vault, keys, BEN, fx.SESSION_ID)
        nothing_opens_with(vault, attacker)
        ana_reads_her_boundary(vault, keys)  # Ana's keys still match
    finally:
        vault.close()


# -- the record format itself -----------------------------------------------------------------
def test_a_format_2_record_names_its_key_and_a_stripped_one_opens_and_seals_nothing(
    vault: OpenVault,
) -> None:
    """Cutting a format 2 record back to format 1 (to escape the seal check) only makes the
    right PIN fail, as a wrong one would; and a format 1 record names no key to seal to."""
    sam, _ = people(vault)
    keys = Keychain(vault)
    PinService(vault, keys, kdf=FAST_KDF).set_pin(sam, PIN)
    record = json.loads(pin_record(vault, sam))
    assert record["version"] == 2 and record["public_key"]
    with vault.db.unit_of_work() as s:
        row = s.get(ProfileRow, sam)
        assert row is not None
        stripped = {k: v for k, v in record.items() if k not in ("version", "public_key")}
        row.pin_key = json.dumps(stripped, sort_keys=True)
    keys = Keychain(vault)
    with pytest.raises(PinMismatchError):
        PinService(vault, keys, kdf=FAST_KDF).unlock(sam, PIN)
    with pytest.raises(LockedProfileError):
        BoundaryService(vault, keys).save(sam, {"words": NOTE, "action": ""})


def test_a_record_from_a_newer_bond_is_not_read(vault: OpenVault) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    PinService(vault, keys, kdf=FAST_KDF).set_pin(sam, PIN)
    with vault.db.unit_of_work() as s:
        row = s.get(ProfileRow, sam)
        assert row is not None and row.pin_key is not None
        row.pin_key = json.dumps({**json.loads(row.pin_key), "version": 3})
    with pytest.raises(SealingError):
        PinService(vault, Keychain(vault), kdf=FAST_KDF).unlock(sam, PIN)


def test_a_pin_record_naming_the_attackers_key_too_seals_nothing_to_it(vault: OpenVault) -> None:
    """Hostile review H1: the record's own "public_key" is not authenticated without the PIN,
    so someone with the vault key can write theirs into the record and the row alike. A PIN
    profile is sealed to only after its PIN proved its key this session."""
    sam, _ = people(vault)
    keys = Keychain(vault)
    sid = write_private(vault, keys, sam)
    PinService(vault, keys, kdf=FAST_KDF).set_pin(sam, PIN)
    _attacker_private, attacker_public = new_keypair()
    with vault.db.unit_of_work() as s:
        row = s.get(ProfileRow, sam)
        assert row is not None and row.pin_key is not None
        record = json.loads(row.pin_key)
        record["public_key"] = base64.b64encode(attacker_public).decode()
        row.pin_key = json.dumps(record, sort_keys=True)
        row.public_key = attacker_public
    fresh = Keychain(vault)  # the owner's next session, before any PIN
    refuses_to_save(vault, fresh, sam, sid, LockedProfileError)
