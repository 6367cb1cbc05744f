"""Automatic daily backups (DECISIONS 15): when Bond is used on a day, one encrypted copy of the
vault goes into its backups folder, and the last seven daily copies are kept, so "restore" always
has something recent to offer. Copies taken before migrations are never pruned here."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from bond.services.vault_service import OpenVault
from bond.storage.backup import backup_name

log = logging.getLogger(__name__)

KEEP_DAILY = 7
DAILY = "daily"


def _daily(backups: Path) -> list[Path]:
    return sorted(backups.glob(f"*-{DAILY}.vault"), reverse=True)  # newest first (time stamp)


def take_daily(vault: OpenVault, now: datetime | None = None) -> Path | None:
    """Back up once per (UTC) day; returns the new copy, or None if today's exists already."""
    if vault.files is None or vault.key is None:
        return None  # a temporary session saves nothing, backups included
    now = now or datetime.now(UTC)
    folder = vault.files.backups
    existing = _daily(folder) if folder.is_dir() else []
    today = now.strftime("%Y%m%d")
    if existing and existing[0].name.startswith(today):
        return None
    target = vault.copy_to(folder / backup_name(DAILY, now))
    for old in _daily(folder)[KEEP_DAILY:]:
        old.unlink(missing_ok=True)
    log.info("daily backup taken")
    return target
