"""Profiles and the household choice ("just me" or "the two of us")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from bond.domain.profiles import PROFILE_COLORS, Household, Profile, clean_name
from bond.security.sealing import new_profile_keys
from bond.services.vault_service import OnVault
from bond.storage.reader import parse_time

if TYPE_CHECKING:
    from bond.storage.models import ProfileRow

HOUSEHOLD_KEY = "household"
MAX_PROFILES = 2


class ProfileLimitError(ValueError):
    """Bond is for one person or two partners."""


def give_profile_keys(vault_key: bytes, row: ProfileRow) -> None:
    """Every profile gets its sealing keypair when it is made (DECISIONS 2); import uses it too."""
    keys = new_profile_keys(vault_key, row.id)
    row.public_key = keys.public_key
    row.wrapped_private_key = keys.wrapped_private_key


def local_zone_name() -> str:
    import tzlocal  # ~50 ms to import: only when something is recorded

    try:
        return str(tzlocal.get_localzone_name() or "UTC")
    except Exception:
        return "UTC"


class ProfileService(OnVault):
    def _give_keys(self, row: ProfileRow) -> None:
        assert self._vault.key is not None
        give_profile_keys(self._vault.key, row)

    def ensure_keys(self) -> int:
        """Give keys to profiles made before sealing existed (a vault from schema 0001)."""
        keyless = "SELECT count(*) FROM profiles WHERE public_key IS NULL"
        if not self._vault.reader.value(keyless):
            return 0  # every start asks: answered without loading SQLAlchemy
        from sqlalchemy import select

        from bond.storage.models import ProfileRow

        with self._db.unit_of_work() as s:
            rows = s.scalars(select(ProfileRow).where(ProfileRow.public_key.is_(None))).all()
            for row in rows:
                self._give_keys(row)
            return len(rows)

    def profiles(self) -> list[Profile]:
        rows = self._vault.reader.rows(
            "SELECT id, name, color, position, created_at, pin_key IS NOT NULL"
            " FROM profiles ORDER BY position"
        )
        return [
            Profile(
                id=pid,
                name=name,
                color=color,
                position=position,
                created_at=parse_time(created),  # type: ignore[arg-type]  # never NULL
                has_pin=bool(has_pin),
            )
            for pid, name, color, position, created, has_pin in rows
        ]

    def flag(self, name: str) -> bool:
        """A small vault-wide yes/no, such as "the together safety note was read"."""
        return self._vault.reader.setting(f"flag:{name}") == "1"

    def set_flag(self, name: str) -> None:
        from bond.storage.repositories import SettingsRepository

        with self._db.unit_of_work() as s:
            SettingsRepository(s).set(f"flag:{name}", "1")

    def household(self) -> Household | None:
        value = self._vault.reader.setting(HOUSEHOLD_KEY)
        return Household(value) if value in {h.value for h in Household} else None

    def set_up(
        self,
        household: Household,
        names: Sequence[str],
        *,
        at: datetime | None = None,
        tz: str | None = None,
    ) -> list[Profile]:
        """Record who uses Bond and create their profiles, in one transaction."""
        cleaned = [clean_name(n) for n in names]
        expected = 1 if household is Household.SOLO else 2
        if len(cleaned) != expected:
            raise ProfileLimitError(f"Expected {expected} name(s) for this choice.")
        if len(cleaned) == 2 and cleaned[0].casefold() == cleaned[1].casefold():
            raise ProfileLimitError("Please use two different names so Bond can tell you apart.")
        from bond.storage.models import ProfileRow
        from bond.storage.repositories import ProfileRepository, SettingsRepository

        zone = tz or local_zone_name()
        with self._db.unit_of_work() as s:
            repo = ProfileRepository(s)
            if repo.all():
                raise ProfileLimitError("Profiles are already set up in this vault.")
            created = [
                repo.add(name, PROFILE_COLORS[i % len(PROFILE_COLORS)], zone, at)
                for i, name in enumerate(cleaned)
            ]
            for profile in created:
                row = s.get(ProfileRow, profile.id)
                assert row is not None
                self._give_keys(row)
            SettingsRepository(s).set(HOUSEHOLD_KEY, household.value)
        return created

    def add_partner(self, name: str) -> Profile:
        """ "Just me" can become "the two of us" later (DECISIONS 22)."""
        from bond.storage.models import ProfileRow
        from bond.storage.repositories import ProfileRepository, SettingsRepository

        cleaned = clean_name(name)
        with self._db.unit_of_work() as s:
            repo = ProfileRepository(s)
            existing = repo.all()
            if len(existing) >= MAX_PROFILES:
                raise ProfileLimitError("Bond is made for one person or two partners.")
            if any(p.name.casefold() == cleaned.casefold() for p in existing):
                raise ProfileLimitError("Please use a name different from your partner's.")
            profile = repo.add(
                cleaned, PROFILE_COLORS[len(existing) % len(PROFILE_COLORS)], local_zone_name()
            )
            row = s.get(ProfileRow, profile.id)
            assert row is not None
            self._give_keys(row)
            SettingsRepository(s).set(HOUSEHOLD_KEY, Household.COUPLE.value)
        return profile
