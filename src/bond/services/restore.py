"""Put a backup back in place, keeping the current (perhaps damaged) files aside, never deleting.

Two kinds of backup: the automatic ones in the data folder share the vault's key, so the current
header still unlocks them; a backup file (``bond backup``) carries its own header. A backup file is
unpacked into a staging folder and opened, checked (and migrated if it is older) there, with its
key, before anything of the current vault is touched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from bond.errors import BondError, DamagedVaultError
from bond.security.header import VaultHeader, fsync_dir, write_header
from bond.security.secrets import SecretStore, SecretStoreError
from bond.services.vault_files import KEPT_ASIDE_DIR, RESTORING_DIR, VaultFiles, inspect_vault

log = logging.getLogger(__name__)


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")


def _new_folder(parent: Path, name: str) -> Path:
    """A folder that did not exist before (a second restore in the same second gets "-2")."""
    parent.mkdir(parents=True, exist_ok=True)
    for n in range(1, 1000):
        folder = parent / (name if n == 1 else f"{name}-{n}")
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        return folder
    raise BondError(f"Too many folders in {parent}; please tidy it and try again.")


def _set_aside(files: VaultFiles, paths: list[Path], now: datetime | None) -> Path | None:
    """Move ``paths`` (those that exist) into kept-aside/<time>/; returns that folder."""
    present = [p for p in paths if p.exists()]
    if not present:
        return None
    aside = _new_folder(files.data_dir / KEPT_ASIDE_DIR, _stamp(now))
    for path in present:
        shutil.move(str(path), aside / path.name)
    fsync_dir(aside)
    return aside


def restore_latest_backup(files: VaultFiles, now: datetime | None = None) -> Path:
    """Move the current database aside and copy the newest backup in; returns the aside folder."""
    backups = files.list_backups()
    if not backups:
        raise BondError("There is no backup of this vault to restore.")
    if not files.header.exists():
        raise BondError("The vault's key header is missing, so no backup can be unlocked.")
    aside = _set_aside(files, [files.db, *files.sidecars], now)
    temp = files.db.with_name(files.db.name + ".restoring")
    shutil.copyfile(backups[0], temp)
    with temp.open("rb+") as fh:
        fh.flush()
        os.fsync(fh.fileno())
    temp.replace(files.db)
    fsync_dir(files.data_dir)
    return aside or files.data_dir / KEPT_ASIDE_DIR


@dataclass(frozen=True)
class RestoreResult:
    kept_aside: Path | None  # where the replaced vault now is (None: there was none)
    migrated_from: str | None  # the backup's older schema, when it was upgraded
    keyring: bool  # whether the key is (again) in this computer's keyring


def _keep_in_keyring(header: VaultHeader, key: bytes, secrets: SecretStore) -> bool:
    """A backup of a vault that used the keyring goes back to using it, when there is one."""
    if not header.keyring or not secrets.available():
        return False
    try:
        if secrets.get(header.vault_id) != key.hex():
            secrets.set(header.vault_id, key.hex())
    except SecretStoreError:
        log.warning("the keyring did not take the restored vault's key")
        return False
    return True


def restore_backup_file(
    files: VaultFiles,
    backup: Path,
    key: bytes,
    secrets: SecretStore,
    *,
    confirm: Callable[[], bool] = lambda: True,
    now: datetime | None = None,
) -> RestoreResult | None:
    """Replace the vault in ``files`` by the backup file, whose ``key`` the caller has proven
    against its header. The backup must open and pass its checks first; ``confirm`` is asked
    only then, and only when a vault is there to replace (``None``: not confirmed, nothing
    changed). The replaced vault's files are moved to kept-aside/, even a damaged one, with its
    automatic backups when the restored vault is another one (they need the replaced key)."""
    from bond.security.keys import key_matches
    from bond.services.backup_file import extract_backup, read_backup_header
    from bond.services.vault_service import VaultService

    header = read_backup_header(backup)
    if not key_matches(key, header.vault_id, header.key_check):
        raise BondError("That key does not open this backup.")
    files.data_dir.mkdir(parents=True, exist_ok=True)
    staging = _new_folder(files.data_dir / RESTORING_DIR, _stamp(now))
    staged = VaultFiles(staging)
    try:
        extract_backup(backup, staging)
        # The same checks as any open: key, integrity, cipher integrity, schema (and migration).
        try:
            opened = VaultService(staged, secrets).open(key, migrate=True)
        except DamagedVaultError as exc:
            raise DamagedVaultError(
                f"The backup {backup} is damaged: its database failed Bond's checks. "
                "Nothing was changed."
            ) from exc
        migrated_from = opened.migrated_from
        restored_header = opened.header or header
        opened.close()
        if files.any_exist() and not confirm():
            _discard(staging)
            return None
        keyring = _keep_in_keyring(restored_header, key, secrets)
        write_header(staged.header, replace(restored_header, keyring=keyring))
    except BaseException:
        # Only the unpacked copy goes; the backup file and the current vault are untouched.
        _discard(staging)
        raise
    replaced = [files.db, *files.sidecars, files.header]
    current = inspect_vault(files).header
    if current is None or current.vault_id != restored_header.vault_id:
        replaced.append(files.backups)  # automatic backups open only with the replaced key
    try:
        aside = _set_aside(files, replaced, now)
        for path in (*staged.sidecars, staged.db, staged.header):
            if path.exists():
                os.replace(path, files.data_dir / path.name)
        fsync_dir(files.data_dir)
    except OSError as exc:
        # Renames in one folder rarely fail; if one did, both copies are still there to recover.
        raise BondError(
            f"Restoring stopped half way ({exc.strerror or 'a file could not be moved'}). "
            f"Nothing was deleted: the backup's copy is in {staging} and the vault that was "
            f"there is in {files.data_dir / KEPT_ASIDE_DIR}."
        ) from exc
    for made in staged.list_backups():  # the backup taken before a migration
        files.backups.mkdir(exist_ok=True)
        shutil.move(str(made), files.backups / made.name)
    _discard(staging)
    log.info("restored a vault from a backup file (migrated=%s)", bool(migrated_from))
    return RestoreResult(kept_aside=aside, migrated_from=migrated_from, keyring=keyring)


def _discard(staging: Path) -> None:
    """Remove an unpacked backup copy (the backup file itself stays), and its empty parent."""
    shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(OSError):
        staging.parent.rmdir()
