"""Put an automatic backup back in place, keeping the current (damaged) files aside, never deleting.

Automatic backups share the vault's key, so the existing header still unlocks them.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from bond.errors import BondError
from bond.security.header import fsync_dir
from bond.services.vault_files import KEPT_ASIDE_DIR, VaultFiles


def restore_latest_backup(files: VaultFiles, now: datetime | None = None) -> Path:
    """Move the current database aside and copy the newest backup in; returns the aside folder."""
    backups = files.list_backups()
    if not backups:
        raise BondError("There is no backup of this vault to restore.")
    if not files.header.exists():
        raise BondError("The vault's key header is missing, so no backup can be unlocked.")
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    aside = files.data_dir / KEPT_ASIDE_DIR / stamp
    aside.mkdir(parents=True, exist_ok=False)
    for path in (files.db, *files.sidecars):
        if path.exists():
            shutil.move(str(path), aside / path.name)
    temp = files.db.with_name(files.db.name + ".restoring")
    shutil.copyfile(backups[0], temp)
    with temp.open("rb+") as fh:
        fh.flush()
        os.fsync(fh.fileno())
    temp.replace(files.db)
    fsync_dir(files.data_dir)
    return aside
