"""One encrypted copy a day, the last seven kept, migration copies left alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bond.services.rolling_backups import KEEP_DAILY, take_daily
from bond.services.vault_service import Custody, VaultService


def test_one_backup_a_day_and_the_last_seven_kept(service: VaultService) -> None:
    vault = service.create(Custody(keyring=True))
    try:
        assert vault.files is not None
        migration = vault.files.backups / "20200101T000000000000Z-before-schema-0002.vault"
        migration.parent.mkdir(parents=True, exist_ok=True)
        migration.write_bytes(b"older copy")
        day = datetime(2026, 11, 1, 9, tzinfo=UTC)
        first = take_daily(vault, day)
        assert first is not None and first.exists()
        assert take_daily(vault, day + timedelta(hours=5)) is None  # once a day
        for n in range(1, 10):
            take_daily(vault, day + timedelta(days=n))
        daily = sorted(vault.files.backups.glob("*-daily.vault"))
        assert len(daily) == KEEP_DAILY
        assert daily[-1].name.startswith("20261110")
        assert migration.exists()
        assert b"SQLite format 3" not in daily[-1].read_bytes()[:16]  # encrypted, like the vault
    finally:
        vault.close()


def test_a_temporary_session_keeps_no_backups() -> None:
    vault = VaultService.temporary()
    try:
        assert take_daily(vault) is None
    finally:
        vault.close()
