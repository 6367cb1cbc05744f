"""Put a backup back in place, keeping the current (perhaps damaged) files aside, never deleting.

Two kinds of backup: the automatic ones in the data folder share the vault's key, so the current
header still unlocks them; a backup file (``bond backup``) carries its own header. A backup file is
unpacked into a staging folder and opened, checked (and migrated if it is older) there, with its
key, before anything of the current vault is touched.

A backup file is untrusted: its vault id is plain text that anyone can copy. An id that already
belongs here to another key (a keyring entry, the vault in the folder, one kept aside) is never
taken over: the backup is restored as a vault of its own, under a new id.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bond.errors import BondError, DamagedVaultError, WrongKeyError
from bond.security.header import HeaderError, VaultHeader, fsync_dir, read_header, write_header
from bond.security.keys import UnwrapError, key_check_value, key_matches, unwrap_key, wrap_key
from bond.security.secrets import SecretStore, SecretStoreError
from bond.services.vault_files import (
    HEADER_NAME,
    KEPT_ASIDE_DIR,
    RESTORING_DIR,
    VaultFiles,
    inspect_vault,
)

if TYPE_CHECKING:
    from bond.services.vault_service import OpenVault

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
    """Move the current database aside and copy the newest backup in; returns the aside folder.

    The copy is made first, beside the vault: a full disk stops it before anything is moved."""
    backups = files.list_backups()
    if not backups:
        raise BondError("There is no backup of this vault to restore.")
    if not files.header.exists():
        raise BondError("The vault's key header is missing, so no backup can be unlocked.")
    temp = files.db.with_name(files.db.name + ".restoring")
    try:
        shutil.copyfile(backups[0], temp)
        with temp.open("rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BondError(
            f"The backup could not be copied into {files.data_dir} "
            f"({exc.strerror or 'write error'}). Nothing was changed."
        ) from exc
    try:
        aside = _set_aside(files, [files.db, *files.sidecars], now)
        temp.replace(files.db)
        fsync_dir(files.data_dir)
    except OSError as exc:
        raise BondError(
            f"Restoring stopped half way ({exc.strerror or 'a file could not be moved'}). "
            f"Nothing was deleted: the backup's copy is {temp} and the vault that was there "
            f"is in {files.data_dir / KEPT_ASIDE_DIR}."
        ) from exc
    return aside or files.data_dir / KEPT_ASIDE_DIR


@dataclass(frozen=True)
class RestoreResult:
    kept_aside: Path | None  # where the replaced vault now is (None: there was none)
    migrated_from: str | None  # the backup's older schema, when it was upgraded
    keyring: bool  # whether the key is (again) in this computer's keyring
    # The backup carried the id of another vault here (another key), so it was restored under
    # an id of its own; that vault and its keyring entry were left alone.
    new_id: bool = False


def _known_headers(files: VaultFiles) -> list[VaultHeader]:
    """The headers of the vault in ``files`` and of the vaults kept aside beside it."""
    found = []
    if (current := inspect_vault(files).header) is not None:
        found.append(current)
    aside = files.data_dir / KEPT_ASIDE_DIR
    with contextlib.suppress(OSError):
        for folder in sorted(aside.iterdir()):
            with contextlib.suppress(HeaderError, OSError):
                found.append(read_header(folder / HEADER_NAME))
    return found


def _holds(stored: str, key: bytes) -> bool:
    """Whether a keyring entry holds ``key`` (as hex)."""
    try:
        return hmac.compare_digest(bytes.fromhex(stored), key)
    except ValueError:
        return False


def _id_taken(files: VaultFiles, header: VaultHeader, key: bytes, secrets: SecretStore) -> bool:
    """Whether ``header``'s vault id already belongs here to a vault with another key.

    The keyring decides first (its account is the id, on the whole computer): an entry with
    another key is another vault's, and must never be overwritten; an entry with this very key
    vouches that the id is this key's. Without one, a vault in the data folder or kept aside
    with the same id and another key check is another vault."""
    if secrets.available():
        try:
            stored = secrets.get(header.vault_id)
        except SecretStoreError:
            stored = None  # unreadable now: nothing will be written there either
        if stored is not None:
            return not _holds(stored, key)
    return any(
        other.vault_id == header.vault_id and not key_matches(key, other.vault_id, other.key_check)
        for other in _known_headers(files)
    )


def _as_another_vault(header: VaultHeader, key: bytes, passphrase: str | None) -> VaultHeader:
    """``header`` under a new vault id: the key check and the passphrase's wrap bind the id, so
    both are made again, the wrap only after ``passphrase`` opened the old one to this key."""
    import uuid

    if header.wrapped is None or passphrase is None:
        raise BondError(
            "This backup carries the id of another vault on this computer, one with another "
            "key. Bond can restore it as a vault of its own, but needs the backup's passphrase "
            "for that. Nothing was changed."
        )
    wrong = WrongKeyError("That passphrase does not open this backup. Nothing was changed.")
    try:
        unwrapped = unwrap_key(header.wrapped, passphrase, header.vault_id.encode())
    except UnwrapError as exc:
        raise wrong from exc
    if not hmac.compare_digest(unwrapped, key):
        raise wrong
    vault_id = str(uuid.uuid4())
    return replace(
        header,
        vault_id=vault_id,
        key_check=key_check_value(key, vault_id),
        wrapped=wrap_key(key, passphrase, vault_id.encode(), header.wrapped.params),
    )


def _keep_in_keyring(header: VaultHeader, key: bytes, secrets: SecretStore) -> bool:
    """A backup of a vault that used the keyring goes back to using it, when there is one. An
    entry that holds another key is another vault's: it is never overwritten."""
    if not header.keyring or not secrets.available():
        return False
    try:
        stored = secrets.get(header.vault_id)
        if stored is None:
            secrets.set(header.vault_id, key.hex())
        elif not _holds(stored, key):
            log.warning("the keyring holds another vault's key under the restored vault's id")
            return False
    except SecretStoreError:
        log.warning("the keyring did not take the restored vault's key")
        return False
    return True


def _stamp_vault_id(opened: OpenVault, vault_id: str) -> None:
    from bond.storage.repositories import MetaRepository

    with opened.db.unit_of_work() as session:
        MetaRepository(session).set("vault_id", vault_id)


def restore_backup_file(
    files: VaultFiles,
    backup: Path,
    key: bytes,
    secrets: SecretStore,
    *,
    passphrase: str | None = None,
    confirm: Callable[[], bool] = lambda: True,
    now: datetime | None = None,
) -> RestoreResult | None:
    """Replace the vault in ``files`` by the backup file, whose ``key`` the caller has proven
    against its header. The backup must open and pass its checks first; ``confirm`` is asked
    only then, and only when a vault is there to replace (``None``: not confirmed, nothing
    changed). The replaced vault's files are moved to kept-aside/, even a damaged one, with its
    automatic backups when the restored vault has another key (they need the replaced key).

    A backup whose vault id belongs here to another key (in the keyring, the data folder or
    kept-aside/) is restored as a vault of its own under a new id, re-bound with the backup's
    ``passphrase`` (which the caller passes when that is how the key was found); without it,
    that is refused and nothing changes. Every failure is a :class:`BondError`."""
    from bond.services.backup_file import BackupFileError, extract_backup, read_backup_header

    header = read_backup_header(backup)
    if not key_matches(key, header.vault_id, header.key_check):
        raise BondError("That key does not open this backup.")
    try:
        files.data_dir.mkdir(parents=True, exist_ok=True)
        staging = _new_folder(files.data_dir / RESTORING_DIR, _stamp(now))
    except OSError as exc:
        raise BondError(
            f"Bond could not make a folder in {files.data_dir} to unpack the backup "
            f"({exc.strerror or 'write error'}). Nothing was changed."
        ) from exc
    staged = VaultFiles(staging)
    try:
        if extract_backup(backup, staging) != header:  # the file was swapped since it was read
            raise BackupFileError(f"The backup {backup} changed while Bond read it.")
        restored_header, migrated_from, new_id = _check_staged(
            staged, key, secrets, files, backup, passphrase
        )
        if files.any_exist() and not confirm():
            _discard(staging)
            return None
        keyring = _keep_in_keyring(restored_header, key, secrets)
        write_header(staged.header, replace(restored_header, keyring=keyring))
    except OSError as exc:
        _discard(staging)
        raise BondError(
            f"The backup could not be made ready in {staging} "
            f"({exc.strerror or 'write error'}). Nothing was changed."
        ) from exc
    except BaseException:
        # Only the unpacked copy goes; the backup file and the current vault are untouched.
        _discard(staging)
        raise
    replaced = [files.db, *files.sidecars, files.header]
    current = inspect_vault(files).header
    if current is None or not key_matches(key, current.vault_id, current.key_check):
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
    try:
        for made in staged.list_backups():  # the backup taken before a migration
            files.backups.mkdir(exist_ok=True)
            shutil.move(str(made), files.backups / made.name)
    except OSError as exc:
        raise BondError(
            f"The backup was restored, but the copy taken before upgrading it could not be "
            f"moved ({exc.strerror or 'write error'}); it is still in {staged.backups}."
        ) from exc
    _discard(staging)
    log.info(
        "restored a vault from a backup file (migrated=%s, new id=%s)", bool(migrated_from), new_id
    )
    return RestoreResult(aside, migrated_from, keyring, new_id=new_id)


def _check_staged(
    staged: VaultFiles,
    key: bytes,
    secrets: SecretStore,
    files: VaultFiles,
    backup: Path,
    passphrase: str | None,
) -> tuple[VaultHeader, str | None, bool]:
    """Open the unpacked copy with the same checks as any open (key, integrity, cipher
    integrity, schema, migration), and give it a new id when its id is taken here. Returns its
    header, the schema it was upgraded from, and whether its id is new."""
    from bond.services.vault_service import VaultService
    from bond.storage.reader import database_error

    try:
        opened = VaultService(staged, secrets).open(key, migrate=True)
    except DamagedVaultError as exc:
        raise DamagedVaultError(
            f"The backup {backup} is damaged: its database failed Bond's checks. "
            "Nothing was changed."
        ) from exc
    except database_error() as exc:  # e.g. the disk filled up while upgrading it
        raise BondError(
            f"The backup could not be checked and upgraded in {staged.data_dir}. "
            "Nothing was changed."
        ) from exc
    try:
        assert opened.header is not None
        header = opened.header
        new_id = _id_taken(files, header, key, secrets)
        if new_id:
            header = _as_another_vault(header, key, passphrase)
            _stamp_vault_id(opened, header.vault_id)
        return header, opened.migrated_from, new_id
    finally:
        opened.close()


def _discard(staging: Path) -> None:
    """Remove an unpacked backup copy (the backup file itself stays), and its empty parent."""
    shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(OSError):
        staging.parent.rmdir()
