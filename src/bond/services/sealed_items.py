"""Which rows hold items sealed to a profile, the row each one is bound to, and moving a
profile's older (format 1, unbound) boxes to the bound format 2 (DECISIONS 40).

When: a profile without a PIN is moved when Bond opens the vault (its key is the vault key's);
a profile with a PIN right after its PIN opened it; either of them whenever its keys are rotated
(a PIN set, changed or removed). Only after every box of a profile opened the old way and was
re-sealed bound is the profile marked "bound only"; from then on an unbound box in its rows is
refused as misplaced. The mark lives in the vault's settings (``sealed-bound:<profile id>``).

Limits, said plainly: a format 1 box holds no place, so it is bound to the row it is in when
it is moved (a box moved before that is bound where it was put). The mark is not authenticated:
someone with the vault key can remove it and plant an unbound box copied from an older copy of
the vault (a rolling backup) into another row. And as sealing needs only the public key, they can
always write new boxes to a person's key; binding stops genuine boxes being moved, not forgery.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from bond.security.sealing import (
    Binding,
    MisplacedItemError,
    SealingError,
    bind,
    check_bound,
    keys_match,
    opener,
    public_key_of,
    seal,
    split_bound,
    unwrap_private_key,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from bond.services.vault_service import OpenVault
    from bond.storage.models import AnswerRow, BoundaryRow, BoundaryUseRow

    SealedRow = AnswerRow | BoundaryRow | BoundaryUseRow

log = logging.getLogger(__name__)

BOUND_KEY = "sealed-bound:"  # also spelled out in rebind_profiles_without_pin's query


def answer_binding(answer_id: int, session_id: str, step_id: str, profile_id: str) -> Binding:
    return Binding("answer", str(answer_id), (session_id, step_id), profile_id)


def boundary_binding(boundary_id: str, profile_id: str) -> Binding:
    return Binding("boundary", boundary_id, (), profile_id)


def use_binding(use_id: int, boundary_id: str, profile_id: str) -> Binding:
    return Binding("boundary_use", str(use_id), (boundary_id,), profile_id)


def sealed_items(s: Session, profile_id: str) -> Iterator[tuple[SealedRow, Binding]]:
    """Every row whose payload is sealed to this profile, with the binding it belongs to."""
    from sqlalchemy import select

    from bond.storage.models import AnswerRow, BoundaryRow, BoundaryUseRow

    answers = s.scalars(
        select(AnswerRow).where(AnswerRow.profile_id == profile_id, AnswerRow.sealed.is_(True))
    ).all()
    for answer in answers:
        yield answer, answer_binding(answer.id, answer.session_id, answer.step_id, profile_id)
    for boundary in s.scalars(select(BoundaryRow).where(BoundaryRow.profile_id == profile_id)):
        yield boundary, boundary_binding(boundary.id, profile_id)
    uses = s.scalars(
        select(BoundaryUseRow)
        .join(BoundaryRow, BoundaryUseRow.boundary_id == BoundaryRow.id)
        .where(BoundaryRow.profile_id == profile_id)
    ).all()
    for use in uses:
        yield use, use_binding(use.id, use.boundary_id, profile_id)


def is_bound_only(s: Session, profile_id: str) -> bool:
    from bond.storage.models import SettingRow

    return s.get(SettingRow, BOUND_KEY + profile_id) is not None


def mark_bound_only(s: Session, profile_id: str) -> None:
    from bond.storage.models import SettingRow

    if s.get(SettingRow, BOUND_KEY + profile_id) is None:
        s.add(SettingRow(key=BOUND_KEY + profile_id, value="2"))


def _sealed_checked(public: bytes, raw: bytes, reopen: Callable[[bytes], bytes]) -> bytes:
    """``raw`` sealed to ``public``, opened again before it may replace anything (DECISIONS 40:
    an item moves to the new format only once it is known to open the new way)."""
    payload = seal(public, raw)
    if reopen(payload) != raw:
        raise SealingError("a sealed item could not be re-sealed")
    return payload


def reseal_all(
    s: Session, profile_id: str, old_private: bytes, new_private: bytes
) -> tuple[int, int]:
    """Re-seal every item of the profile to ``new_private``'s public key, bound to its row (keys
    rotated); each new box is opened again before it replaces the old one.

    A format 1 box is bound to the row it is in, unless the profile is already bound-only (then
    an unbound box is suspect and stays as it is, still refused). A bound box keeps its own
    binding, so a misplaced one stays misplaced (and refused), but nothing is lost. Returns
    (items re-sealed, misplaced items kept as they were). Marks the profile bound-only."""
    open_one = opener(old_private)
    reopen = opener(new_private)
    new_public = public_key_of(new_private)
    bound_only = is_bound_only(s, profile_id)
    count = misplaced = 0
    for item, binding in sealed_items(s, profile_id):
        raw = open_one(item.payload)
        try:
            check_bound(raw, binding, allow_unbound=not bound_only)
        except MisplacedItemError:
            misplaced += 1
        else:
            if split_bound(raw)[0] is None:
                raw = bind(binding, raw)
        item.payload = _sealed_checked(new_public, raw, reopen)
        count += 1
    mark_bound_only(s, profile_id)
    if misplaced:
        log.warning("%s sealed items were not in their own rows; kept, still refused", misplaced)
    return count, misplaced


def rebind(s: Session, profile_id: str, private_key: bytes, public_key: bytes) -> int:
    """Move the profile's format 1 boxes to format 2, bound to the rows they are in now, then
    mark it bound-only. Runs once per profile (nothing to do once marked). A box that does not
    open with the key is left as it is (and logged). Returns how many boxes were re-sealed."""
    if is_bound_only(s, profile_id):
        return 0
    open_one: Callable[[bytes], bytes] = opener(private_key)
    moved = 0
    kept_unbound = False
    for item, binding in sealed_items(s, profile_id):
        try:
            raw = open_one(item.payload)
            found, _plain = split_bound(raw)
        except SealingError:
            log.warning("a sealed item could not be opened while moving to the bound format")
            continue
        if found is None:
            try:
                item.payload = _sealed_checked(public_key, bind(binding, raw), open_one)
            except SealingError:
                log.error("a sealed item could not be re-sealed; it stays as it was")
                kept_unbound = True
                continue
            moved += 1
    if not kept_unbound:  # an unbound box left behind must still open
        mark_bound_only(s, profile_id)
    if moved:
        log.info("%s sealed items were bound to their rows", moved)
    return moved


def rebind_profiles_without_pin(vault: OpenVault) -> int:
    """At open: bind the boxes of every PIN-less profile not bound yet (its key is the vault
    key's). Asked on every start without loading SQLAlchemy; one upgrade per profile."""
    waiting = (
        "SELECT count(*) FROM profiles p WHERE p.pin_key IS NULL AND p.public_key IS NOT NULL "
        "AND p.wrapped_private_key IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM settings s WHERE s.key = 'sealed-bound:' || p.id)"
    )
    if vault.key is None or not vault.reader.value(waiting):
        return 0
    from sqlalchemy import select

    from bond.storage.models import ProfileRow

    moved = 0
    with vault.db.unit_of_work() as s:
        rows = s.scalars(select(ProfileRow).where(ProfileRow.pin_key.is_(None))).all()
        for row in rows:
            if row.public_key is None or row.wrapped_private_key is None:
                continue
            if is_bound_only(s, row.id):
                continue
            try:
                private = unwrap_private_key(vault.key, row.id, row.wrapped_private_key)
            except SealingError:
                log.warning("a profile's key could not be unwrapped; its items were not moved")
                continue
            if not keys_match(private, row.public_key):
                log.warning("a profile's stored public key is not its own; nothing was moved")
                continue
            moved += rebind(s, row.id, private, row.public_key)
    return moved
