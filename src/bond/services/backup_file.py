"""Single-file encrypted backups, made by ``bond backup`` and put back by ``bond restore``.

A backup file is a ZIP archive with exactly two members, stored uncompressed (encrypted bytes do
not shrink):

- ``vault.header``: the vault's header (JSON, no private text) whose key is wrapped under a
  passphrase: the vault's own, or, for a keyring-only vault, one chosen for the backup
  (DECISIONS 16). So the file restores on another computer, where the keyring has no copy.
- ``vault.db``: a copy of the encrypted database taken with SQLite's online backup API; it stays
  encrypted with the same vault key, so no plaintext is ever written.

Reading treats the file as untrusted input: the members and their sizes are checked, nothing is
extracted by a name taken from the archive, and the header is parsed by the vault's own reader.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

from bond.errors import BondError, WrongKeyError
from bond.security.header import (
    MAX_HEADER_BYTES,
    HeaderError,
    VaultHeader,
    from_json,
    fsync_dir,
)
from bond.security.header import to_json as header_json
from bond.security.keys import KdfParams, UnwrapError, key_matches, unwrap_key, wrap_key
from bond.security.secrets import SecretStore
from bond.services.vault_files import DB_NAME, HEADER_NAME
from bond.services.vault_service import OpenVault, keyring_key, passphrase_problem

ARCHIVE_COMMENT = b"Bond encrypted backup, format 1"
MEMBERS = frozenset({HEADER_NAME, DB_NAME})
COPY_CHUNK = 1024 * 1024


class BackupFileError(BondError):
    """The file is not a Bond backup, or it is damaged."""


def backup_header(vault: OpenVault, passphrase: str | None, kdf: KdfParams) -> VaultHeader:
    """The header that travels with the backup: always wrapped under a passphrase."""
    if vault.header is None or vault.key is None:
        raise BondError("A temporary session has nothing to back up.")
    if vault.header.wrapped is not None:
        return vault.header
    if passphrase is None:
        raise BondError(
            "This vault opens with the OS keyring only, so its backup needs a passphrase of its "
            "own, to open it on another computer."
        )
    if problem := passphrase_problem(passphrase):
        raise BondError(problem)
    wrapped = wrap_key(vault.key, passphrase, vault.header.vault_id.encode(), kdf)
    return replace(vault.header, wrapped=wrapped)


def write_backup(
    vault: OpenVault,
    target: Path,
    *,
    passphrase: str | None = None,
    kdf: KdfParams | None = None,
    overwrite: bool = False,
) -> Path:
    """Write a backup of ``vault`` to ``target``; ``passphrase`` is used only for a vault that
    has none of its own. The file appears whole or not at all (written beside, then renamed)."""
    target = target.expanduser().absolute()
    if target.exists() and not overwrite:
        raise FileExistsError(target)
    if target.is_dir():
        raise IsADirectoryError(target)
    header = backup_header(vault, passphrase, kdf or KdfParams())
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".bond-backup-", dir=target.parent))
    try:
        db_copy = vault.copy_to(work / DB_NAME)
        archive = work / "backup.zip"
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.comment = ARCHIVE_COMMENT
            zf.writestr(HEADER_NAME, header_json(header))
            zf.write(db_copy, DB_NAME)
        with archive.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(archive, target)
        fsync_dir(target.parent)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise BackupFileError(f"There is no file at {path}.") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise BackupFileError(f"{path} is not a Bond backup, or it is damaged.") from exc
    names = [info.filename for info in zf.infolist()]
    if sorted(names) != sorted(MEMBERS):
        zf.close()
        raise BackupFileError(f"{path} is not a Bond backup: it holds other files.")
    return zf


def read_backup_header(path: Path) -> VaultHeader:
    """The header inside a backup file, checked; the database is not read."""
    with _open_archive(path) as zf:
        info = zf.getinfo(HEADER_NAME)
        if info.file_size > MAX_HEADER_BYTES:
            raise BackupFileError(f"{path} is not a Bond backup: its header is too large.")
        try:
            header = from_json(zf.read(info).decode("utf-8"))
        except (HeaderError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
            raise BackupFileError(f"The key header in {path} is damaged.") from exc
    if header.wrapped is None:
        raise BackupFileError(f"The backup {path} has no passphrase, so it cannot be opened.")
    return header


def backup_key_from_keyring(secrets: SecretStore, header: VaultHeader) -> bytes | None:
    """The backup's key from this computer's keyring, checked against the backup's header.

    ``None`` when it cannot come from there (the backup's vault did not use the keyring, the
    keyring is absent or fails, holds nothing or no hex for it, or holds another key): the
    caller then asks for the backup's passphrase. Never raises for a keyring problem."""
    return keyring_key(secrets, header)


def backup_key_from_passphrase(header: VaultHeader, passphrase: str) -> bytes:
    """The backup's key unwrapped with ``passphrase`` and checked against the header.

    Argon2id makes this take up to a second on purpose: call it off the UI thread. Raises
    :class:`WrongKeyError` when the passphrase does not open the backup (nothing is changed),
    :class:`BackupFileError` when the header carries no passphrase-wrapped key at all."""
    if header.wrapped is None:
        raise BackupFileError("This backup has no passphrase, so it cannot be opened.")
    wrong = "That passphrase does not open this backup."
    try:
        key = unwrap_key(header.wrapped, passphrase, header.vault_id.encode())
    except UnwrapError as exc:
        raise WrongKeyError(wrong) from exc
    if not key_matches(key, header.vault_id, header.key_check):  # another vault's wrapped key
        raise WrongKeyError(wrong)
    return key


def extract_backup(path: Path, folder: Path) -> None:
    """Write the backup's header and encrypted database into ``folder`` (a new, empty one)."""
    with _open_archive(path) as zf:
        for name in (HEADER_NAME, DB_NAME):
            try:
                with zf.open(name) as src, (folder / name).open("xb") as dst:
                    shutil.copyfileobj(src, dst, COPY_CHUNK)
                    dst.flush()
                    os.fsync(dst.fileno())
            except (zipfile.BadZipFile, EOFError) as exc:  # a CRC or length mismatch
                raise BackupFileError(f"The backup {path} is damaged.") from exc
    fsync_dir(folder)
