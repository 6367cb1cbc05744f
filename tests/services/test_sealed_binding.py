"""Sealed boxes are bound to their rows (issue "Hardening, part 2"; DECISIONS 40).

A box copied into another row (another answer, step, session, boundary or use) does not open
there and says so plainly; boxes sealed by the previous format (no binding) still open, and are
re-sealed bound once their profile's key opened them: at the vault's opening for a profile
without a PIN, at the next right PIN for one with a PIN. Fixture vaults of every released
schema and the PIN vault of the previous release open and move.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bond.domain.pins import PinMismatchError
from bond.domain.profiles import Household
from bond.security.sealing import (
    MisplacedItemError,
    SealingError,
    opener,
    seal,
    split_bound,
    unwrap_private_key,
)
from bond.security.secrets import MemoryStore
from bond.services import startup
from bond.services.boundaries import BoundaryService
from bond.services.history import HistoryService
from bond.services.keychain import Keychain
from bond.services.pins import PinService
from bond.services.profiles import ProfileService
from bond.services.sealed_items import (
    answer_binding,
    is_bound_only,
    rebind_profiles_without_pin,
    sealed_items,
)
from bond.services.sessions import AnswerKey, SessionService
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import Custody, OpenVault, VaultService
from bond.storage import schema
from bond.storage.models import AnswerRow, BoundaryRow, BoundaryUseRow, ProfileRow, SettingRow
from tests.conftest import FAST_KDF
from tests.fixtures import make_vaults as fx

PIN = "482913"
FIRST = {"text": "the first thing I wrote"}
SECOND = {"text": "what I really meant"}


@pytest.fixture
def vault(service: VaultService) -> Iterator[OpenVault]:
    opened = service.create(Custody(keyring=True))
    ProfileService(opened).set_up(Household.COUPLE, ["Sam", "Alex"])
    yield opened
    opened.close()


def people(vault: OpenVault) -> tuple[str, str]:
    a, b = ProfileService(vault).profiles()
    return a.id, b.id


def payload_of(vault: OpenVault, table: type, row_id: object) -> bytes:
    with vault.db.unit_of_work() as s:
        row = s.get(table, row_id)
        assert row is not None
        return bytes(row.payload)


def put_payload(vault: OpenVault, table: type, row_id: object, payload: bytes) -> None:
    with vault.db.unit_of_work() as s:
        s.execute(update(table).where(table.id == row_id).values(payload=payload))


def answer_rows(vault: OpenVault, session_id: str) -> list[AnswerRow]:
    with vault.db.unit_of_work() as s:
        rows = s.scalars(
            select(AnswerRow).where(AnswerRow.session_id == session_id).order_by(AnswerRow.id)
        ).all()
        for row in rows:
            s.expunge(row)
        return list(rows)


def raw_format(vault: OpenVault, profile_id: str, payload: bytes, keys: Keychain) -> int:
    found, _plain = split_bound(opener(keys.private_key(profile_id))(payload))
    return 1 if found is None else 2


# -- a moved box ------------------------------------------------------------------------------
def test_an_answer_moved_to_another_step_does_not_open_and_says_so(vault: OpenVault) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    sessions = SessionService(vault, keys)
    sid = sessions.start("check-in-alone", [sam], together=False)
    sessions.save_answer(sid, "feel", sam, FIRST, private=True)
    sessions.save_answer(sid, "need", sam, SECOND, private=True)
    feel, need = answer_rows(vault, sid)
    assert sessions.answers(sid, [sam]) == {
        AnswerKey("feel", sam): FIRST,
        AnswerKey("need", sam): SECOND,
    }

    # Someone with the vault key copies the "feel" box over the "need" one.
    put_payload(vault, AnswerRow, need.id, feel.payload)
    with pytest.raises(MisplacedItemError) as caught:
        keys.open_json(sam, feel.payload, answer_binding(need.id, sid, "need", sam))
    assert "not where it was saved" in caught.value.message
    assert isinstance(caught.value, ValueError)  # the screens show its message as it is
    # The moved answer is not shown as the "need" answer; the real "feel" one still opens.
    assert sessions.answers(sid, [sam]) == {AnswerKey("feel", sam): FIRST}
    # History shows the step as one that cannot be opened, never the moved words.
    detail = HistoryService(vault, keys, {}).detail(sid, [sam])
    shown = {step.step_id: [a.value for a in step.answers] for step in detail.steps}
    assert shown == {"feel": [FIRST], "need": [None]}


def test_an_older_answer_replayed_over_a_newer_one_does_not_open(vault: OpenVault) -> None:
    """The answer log is append-only: a draft copied over the latest row must not win."""
    sam, _ = people(vault)
    keys = Keychain(vault)
    sessions = SessionService(vault, keys)
    sid = sessions.start("check-in-alone", [sam], together=False)
    sessions.save_answer(sid, "feel", sam, FIRST, private=True)
    sessions.save_answer(sid, "feel", sam, SECOND, private=True)
    draft, latest = answer_rows(vault, sid)
    put_payload(vault, AnswerRow, latest.id, draft.payload)
    assert AnswerKey("feel", sam) not in sessions.answers(sid, [sam])


def test_an_answer_moved_to_another_session_does_not_open(vault: OpenVault) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    sessions = SessionService(vault, keys)
    first = sessions.start("check-in-alone", [sam], together=False)
    sessions.save_answer(first, "feel", sam, FIRST, private=True)
    second = sessions.start("check-in-alone", [sam], together=False)
    (row,) = answer_rows(vault, first)
    # The whole row is moved (its session changed), not only its box.
    with vault.db.unit_of_work() as s:
        s.execute(update(AnswerRow).where(AnswerRow.id == row.id).values(session_id=second))
    assert sessions.answers(second, [sam]) == {}


def test_a_boundary_moved_to_another_boundary_is_refused_plainly(vault: OpenVault) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    boundaries = BoundaryService(vault, keys)
    one = boundaries.save(sam, {"words": "Please knock first.", "action": ""})
    two = boundaries.save(sam, {"words": "I need an hour after work.", "action": ""})
    put_payload(vault, BoundaryRow, two, payload_of(vault, BoundaryRow, one))
    with pytest.raises(MisplacedItemError) as caught:
        boundaries.list(sam)
    assert str(caught.value) == caught.value.message  # plain words, no internals
    assert "Nothing was changed" in caught.value.message
    # What the screen reads: the boundary that opens, and one refused (it says so).
    found = boundaries.readable(sam)
    assert [b.words for b in found.boundaries] == ["Please knock first."]
    assert found.misplaced == 1


def test_a_use_moved_to_another_boundary_or_use_is_refused(vault: OpenVault) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    boundaries = BoundaryService(vault, keys)
    one = boundaries.save(sam, {"words": "Please knock first.", "action": ""})
    two = boundaries.save(sam, {"words": "I need an hour after work.", "action": ""})
    boundaries.used(one, sam, "it went well", 8)
    with vault.db.unit_of_work() as s:
        (use,) = s.scalars(select(BoundaryUseRow)).all()
        use_id = use.id
        s.execute(update(BoundaryUseRow).where(BoundaryUseRow.id == use_id).values(boundary_id=two))
        for item, binding in sealed_items(s, sam):
            if isinstance(item, BoundaryUseRow):
                with pytest.raises(MisplacedItemError):
                    keys.open_json(sam, item.payload, binding)


def test_a_box_of_another_profile_does_not_open(vault: OpenVault) -> None:
    sam, alex = people(vault)
    keys = Keychain(vault)
    boundaries = BoundaryService(vault, keys)
    mine = boundaries.save(sam, {"words": "Please knock first.", "action": ""})
    theirs = boundaries.save(alex, {"words": "Ask before borrowing.", "action": ""})
    put_payload(vault, BoundaryRow, theirs, payload_of(vault, BoundaryRow, mine))
    with pytest.raises(SealingError):
        boundaries.list(alex)


# -- the previous format ----------------------------------------------------------------------
def write_unbound(vault: OpenVault, keys: Keychain, profile_id: str) -> tuple[str, str]:
    """A boundary as the previous Bond sealed it: the JSON alone."""
    boundary_id = BoundaryService(vault, keys).save(profile_id, {"words": "x", "action": ""})
    old = seal(keys.checked_public_key(profile_id), json.dumps({"words": "old words"}).encode())
    put_payload(vault, BoundaryRow, boundary_id, old)
    return boundary_id, "old words"


def reopen(vault: OpenVault, service: VaultService) -> OpenVault:
    vault.close()
    result = startup.start(service)
    assert result.vault is not None
    return result.vault


def test_an_unbound_box_opens_until_its_profile_was_moved_then_is_refused(
    vault: OpenVault, service: VaultService
) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    boundary_id, words = write_unbound(vault, keys, sam)
    with vault.db.unit_of_work() as s:
        s.execute(
            SettingRow.__table__.delete().where(SettingRow.key == "sealed-bound:" + sam)  # type: ignore[attr-defined]
        )
    assert [b.words for b in BoundaryService(vault, keys).list(sam)] == [words]
    assert raw_format(vault, sam, payload_of(vault, BoundaryRow, boundary_id), keys) == 1

    # The next opening binds it to its row (Sam has no PIN: the vault key opens Sam's key).
    vault = reopen(vault, service)
    try:
        keys = Keychain(vault)
        stored = payload_of(vault, BoundaryRow, boundary_id)
        assert raw_format(vault, sam, stored, keys) == 2
        assert [b.words for b in BoundaryService(vault, keys).list(sam)] == [words]
        with vault.db.unit_of_work() as s:
            assert is_bound_only(s, sam)
        # From now on an unbound box in Sam's rows is refused, as a moved one is.
        unbound = seal(keys.checked_public_key(sam), json.dumps({"words": "planted"}).encode())
        put_payload(vault, BoundaryRow, boundary_id, unbound)
        with pytest.raises(MisplacedItemError):
            BoundaryService(vault, keys).list(sam)
    finally:
        vault.close()


def test_a_pin_change_keeps_a_misplaced_box_refused_and_loses_nothing(vault: OpenVault) -> None:
    sam, _ = people(vault)
    keys = Keychain(vault)
    boundaries = BoundaryService(vault, keys)
    one = boundaries.save(sam, {"words": "Please knock first.", "action": ""})
    two = boundaries.save(sam, {"words": "I need an hour after work.", "action": ""})
    put_payload(vault, BoundaryRow, two, payload_of(vault, BoundaryRow, one))
    PinService(vault, keys, kdf=FAST_KDF).set_pin(sam, PIN)  # re-seals everything
    with pytest.raises(MisplacedItemError):
        boundaries.list(sam)
    # Put back where it belongs, the box opens with the new key: nothing was lost.
    put_payload(vault, BoundaryRow, one, payload_of(vault, BoundaryRow, two))
    with vault.db.unit_of_work() as s:
        s.execute(BoundaryRow.__table__.delete().where(BoundaryRow.id == two))  # type: ignore[attr-defined]
    assert [b.words for b in boundaries.list(sam)] == ["Please knock first."]


# -- fixtures of every released schema, and the previous release's PIN vault -------------------
def copy_fixture(folder: Path, tmp_path: Path) -> VaultService:
    data = tmp_path / "vault"
    shutil.copytree(folder, data)
    return VaultService(VaultFiles(data), MemoryStore(available=False), kdf=fx.FAST_KDF)


def stored_formats(vault: OpenVault, profile_id: str, private: bytes) -> list[int]:
    open_one = opener(private)
    with vault.db.unit_of_work() as s:
        return [
            1 if split_bound(open_one(item.payload))[0] is None else 2
            for item, _binding in sealed_items(s, profile_id)
        ]


@pytest.mark.parametrize("revision", [r for r in schema.KNOWN_REVISIONS if int(r) >= 2])
def test_fixture_vaults_open_and_their_boxes_are_bound_at_opening(
    revision: str, tmp_path: Path
) -> None:
    service = copy_fixture(fx.VAULTS / revision, tmp_path)
    vault = startup.unlock_with_passphrase(service, fx.PASSPHRASE).vault
    assert vault is not None
    try:
        assert vault.key is not None
        keys = Keychain(vault)
        ana, ben = (p[0] for p in fx.PROFILES)
        for who in (ana, ben):
            with vault.db.unit_of_work() as s:
                wrapped = s.scalar(
                    select(ProfileRow.wrapped_private_key).where(ProfileRow.id == who)
                )
                assert wrapped is not None
            private = unwrap_private_key(vault.key, who, wrapped)
            formats = stored_formats(vault, who, private)
            assert formats and set(formats) == {2}
        answers = SessionService(vault, keys).answers(fx.SESSION_ID, [ben])
        assert answers[AnswerKey("feelings", ben)] == fx.PRIVATE_ANSWER
        (boundary,) = BoundaryService(vault, keys).list(ana)
        assert boundary.words == fx.BOUNDARY["words"] and boundary.uses == 1
        assert rebind_profiles_without_pin(vault) == 0  # once only
    finally:
        vault.close()


def test_the_previous_releases_pin_vault_opens_and_binds_after_the_pin(tmp_path: Path) -> None:
    service = copy_fixture(fx.PIN_VAULTS / "pin-format-1", tmp_path)
    vault = startup.unlock_with_passphrase(service, fx.PASSPHRASE).vault
    assert vault is not None
    ana = fx.PROFILES[0][0]
    try:
        keys = Keychain(vault)
        with vault.db.unit_of_work() as s:
            assert not is_bound_only(s, ana)  # her key needs her PIN: nothing moved yet
        pins = PinService(vault, keys)
        with pytest.raises(PinMismatchError):  # a wrong PIN moves nothing
            pins.unlock(ana, "000000")
        with vault.db.unit_of_work() as s:
            assert not is_bound_only(s, ana)
        pins.unlock(ana, fx.PIN)
        with vault.db.unit_of_work() as s:
            assert is_bound_only(s, ana)
        assert set(stored_formats(vault, ana, keys.private_key(ana))) == {2}
        (boundary,) = BoundaryService(vault, keys).list(ana)
        assert boundary.words == fx.BOUNDARY["words"] and boundary.uses == 1
        # And again after a restart, with the same PIN.
        files = vault.files
        assert files is not None
        vault.close()
        again = startup.unlock_with_passphrase(
            VaultService(files, MemoryStore(available=False), kdf=fx.FAST_KDF), fx.PASSPHRASE
        ).vault
        assert again is not None
        vault = again
        keys = Keychain(vault)
        PinService(vault, keys).unlock(ana, fx.PIN)
        (boundary,) = BoundaryService(vault, keys).list(ana)
        assert boundary.words == fx.BOUNDARY["words"]
    finally:
        vault.close()
