"""Single-file encrypted backups, made by ``bond backup`` and put back by ``bond restore``.

A backup file is a ZIP archive with exactly two members, stored uncompressed (encrypted bytes do
not shrink):

- ``vault.header``: the vault's header (JSON, no private text) whose key is wrapped under a
  passphrase: the vault's own, or, for a keyring-only vault, one chosen for the backup
  (DECISIONS 16). So the file restores on another computer, where the keyring has no copy.
- ``vault.db``: a copy of the encrypted database taken with SQLite's online backup API; it stays
  encrypted with the same vault key, so no plaintext is ever written.

Reading treats the file as untrusted input: only a regular file is opened; the entry count, the
members, their compression (none) and sizes are checked before anything is unpacked, and so is
the free space; nothing is extracted by a name taken from the archive, and the header is parsed
by the vault's own reader (which bounds the Argon2id cost it asks for).
"""

from __future__ import annotations

import os
import shutil
import stat
import struct
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

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


# -- reading: the file is untrusted -----------------------------------------------------------
# Only what write_backup writes is read: a regular file, a ZIP with exactly the two members,
# each STORED (every Bond backup so far was written that way: deflate cannot shrink encrypted
# bytes), unencrypted, with sizes that fit in the file. Everything else is refused before one
# byte is unpacked, so a crafted archive can neither fill the disk nor make Bond wait on it.
MAX_ENTRIES = len(MEMBERS)
MAX_DIRECTORY_BYTES = 4096  # the central directory of two short names: about 200 bytes
SPACE_MARGIN = 16 * 1024 * 1024  # room left for the WAL and the header after unpacking
_MASK_ENCRYPTED = 0x1

_END = struct.Struct("<4s4H2LH")  # end of central directory
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")
_END_SIGNATURE, _END64_LOCATOR_SIGNATURE, _END64_SIGNATURE = (
    b"PK\x05\x06",
    b"PK\x06\x07",
    b"PK\x06\x06",
)


def _not_a_backup(path: Path, why: str) -> BackupFileError:
    return BackupFileError(f"{path} is not a Bond backup: {why}.")


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file (after symlinks): never a FIFO, a
    device or a folder. Stat first, so no device is even opened; open without blocking (a FIFO
    swapped in meanwhile cannot hang) and check that the file opened is the one looked at."""
    try:
        seen = os.stat(path)
        if not stat.S_ISREG(seen.st_mode):
            raise _not_a_backup(path, "it is not a regular file")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise BackupFileError(f"There is no file at {path}.") from exc
    except OSError as exc:
        raise BackupFileError(
            f"{path} could not be read ({exc.strerror or 'read error'}). Nothing was changed."
        ) from exc
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (
            seen.st_dev,
            seen.st_ino,
        ):
            raise _not_a_backup(path, "it is not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _directory_extent(fh: BinaryIO, size: int) -> tuple[int, int] | None:
    """(entries, bytes) of the central directory as the end record that zipfile will use says,
    read before zipfile reads and parses the whole directory. The record is found the way
    ``zipfile._EndRecData`` finds it (Python 3.11), Zip64 included. ``None``: no valid one."""
    tail_start = max(size - _END.size - (1 << 16), 0)
    fh.seek(tail_start)
    tail = fh.read(size - tail_start)
    at = len(tail) - _END.size
    if not (at >= 0 and tail[at : at + 4] == _END_SIGNATURE and tail[-2:] == b"\0\0"):
        at = tail.rfind(_END_SIGNATURE)  # an archive comment follows the record
        if at < 0 or at + _END.size > len(tail):
            return None
    record = _END.unpack_from(tail, at)
    entries, directory = record[4], record[5]
    location = tail_start + at
    if location < _END64_LOCATOR.size:
        return entries, directory
    fh.seek(location - _END64_LOCATOR.size)
    locator = fh.read(_END64_LOCATOR.size)
    if len(locator) != _END64_LOCATOR.size or locator[:4] != _END64_LOCATOR_SIGNATURE:
        return entries, directory
    _sig, disk, _offset, disks = _END64_LOCATOR.unpack(locator)
    end64_at = location - _END64_LOCATOR.size - _END64.size
    if disk != 0 or disks > 1 or end64_at < 0:
        return None
    fh.seek(end64_at)
    end64 = fh.read(_END64.size)
    if len(end64) == _END64.size and end64[:4] == _END64_SIGNATURE:
        fields = _END64.unpack(end64)
        entries, directory = fields[7], fields[8]
    return entries, directory


@contextmanager
def _open_archive(path: Path) -> Iterator[tuple[zipfile.ZipFile, int]]:
    """The backup at ``path`` as a checked archive, and the file's size in bytes."""
    with _open_regular(path) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            extent = _directory_extent(fh, size)
            if extent is None:
                raise BackupFileError(f"{path} is not a Bond backup, or it is damaged.")
            entries, directory = extent
            if entries > MAX_ENTRIES or directory > MAX_DIRECTORY_BYTES:
                raise _not_a_backup(path, "it holds other files")
            fh.seek(0)
            zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error) as exc:
            raise BackupFileError(f"{path} is not a Bond backup, or it is damaged.") from exc
        with zf:
            _check_members(path, zf.infolist(), size)
            yield zf, size


def _check_members(path: Path, infos: list[zipfile.ZipInfo], size: int) -> None:
    if len(infos) > MAX_ENTRIES:
        raise _not_a_backup(path, "it holds other files")
    if sorted(info.filename for info in infos) != sorted(MEMBERS):
        raise _not_a_backup(path, "it holds other files")
    for info in infos:
        if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & _MASK_ENCRYPTED:
            raise _not_a_backup(
                path, "its contents are compressed or encrypted, and Bond's never are"
            )
        if (
            info.file_size != info.compress_size
            or info.header_offset + info.compress_size > size
            or (info.filename == HEADER_NAME and info.file_size > MAX_HEADER_BYTES)
        ):
            raise BackupFileError(f"The backup {path} is damaged: its parts do not fit in it.")
    if sum(info.compress_size for info in infos) > size:  # members that overlap
        raise BackupFileError(f"The backup {path} is damaged: its parts do not fit in it.")


def _header_of(path: Path, zf: zipfile.ZipFile) -> VaultHeader:
    try:
        header = from_json(zf.read(HEADER_NAME).decode("utf-8"))
    except (HeaderError, UnicodeDecodeError, zipfile.BadZipFile, EOFError) as exc:
        raise BackupFileError(f"The key header in {path} is damaged.") from exc
    except OSError as exc:
        raise BackupFileError(
            f"{path} could not be read ({exc.strerror or 'read error'}). Nothing was changed."
        ) from exc
    if header.wrapped is None:
        raise BackupFileError(f"The backup {path} has no passphrase, so it cannot be opened.")
    return header


def read_backup_header(path: Path) -> VaultHeader:
    """The header inside a backup file, checked; the database is not read."""
    with _open_archive(path) as (zf, _size):
        return _header_of(path, zf)


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


def _mib(size: int) -> str:
    return f"{max(size, 0) / (1024 * 1024):.0f} MB"


def extract_backup(path: Path, folder: Path) -> VaultHeader:
    """Write the backup's header and encrypted database into ``folder`` (a new, empty one) and
    return that header, as read from the same open file. Checks come first: the members, their
    sizes against the file and the free space in ``folder``. Any error is a :class:`BondError`
    (what ``folder`` holds then is the caller's to discard)."""
    with _open_archive(path) as (zf, _size):
        header = _header_of(path, zf)
        parts = {name: zf.getinfo(name) for name in (HEADER_NAME, DB_NAME)}
        need = sum(info.file_size for info in parts.values()) + SPACE_MARGIN
        try:
            free = shutil.disk_usage(folder).free
        except OSError as exc:
            raise BondError(
                f"Bond could not look at the free space in {folder} "
                f"({exc.strerror or 'read error'}). Nothing was changed."
            ) from exc
        if need > free:
            raise BondError(
                f"There is not enough free space in {folder} to restore this backup: it needs "
                f"about {_mib(need)} and {_mib(free)} are free. Nothing was changed."
            )
        for name, info in parts.items():  # Bond's own names, never one read from the archive
            _unpack(path, zf, info, folder / name)
    try:
        fsync_dir(folder)
    except OSError as exc:
        raise _unpack_failed(folder, exc) from exc
    return header


def _unpack_failed(folder: Path, exc: OSError) -> BondError:
    return BondError(
        f"The backup could not be unpacked into {folder} ({exc.strerror or 'write error'}). "
        "Nothing was changed."
    )


def _unpack(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> None:
    """Copy one stored member, never more bytes than it declares."""
    try:
        with zf.open(info) as src, target.open("xb") as dst:
            left = info.file_size
            while chunk := src.read(min(COPY_CHUNK, left + 1)):
                left -= len(chunk)
                if left < 0:
                    raise BackupFileError(f"The backup {path} is damaged.")
                dst.write(chunk)
            if left:
                raise BackupFileError(f"The backup {path} is damaged.")
            dst.flush()
            os.fsync(dst.fileno())
    except (zipfile.BadZipFile, EOFError) as exc:  # a CRC or length mismatch
        raise BackupFileError(f"The backup {path} is damaged.") from exc
    except OSError as exc:  # a full disk, a file size limit, a read error
        raise _unpack_failed(target.parent, exc) from exc
