"""Create, unlock, open, check and migrate the vault: the rules of PRIVACY.md in one place.

Order matters and is the whole point: the key is proven (header key check or AEAD unwrap) before
the database is touched; the database is proven readable before any pragma could write; a backup
is taken before any migration; a file that fails any step is explained, never modified.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bond import version
from bond.errors import (
    BondError,
    DamagedVaultError,
    KeyringUnavailableError,
    LockedError,
    NeedsUpgradeError,
    NewerVaultError,
    NoVaultError,
    PassphraseRequiredError,
    UnreadableVaultError,
    VaultClosedError,
    VaultExistsError,
    VaultReadOnlyError,
    WrongKeyError,
)
from bond.security.header import VaultHeader, fsync_dir, write_header
from bond.security.keys import (
    KdfParams,
    UnwrapError,
    key_check_value,
    key_matches,
    new_vault_key,
    unwrap_key,
    wrap_key,
)
from bond.security.secrets import SecretStore, SecretStoreError
from bond.services.vault_files import VaultFiles, VaultState, inspect_vault

if TYPE_CHECKING:
    from bond.storage.reader import VaultReader
    from bond.storage.repositories import Database

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 8

DAMAGED_HINT = (
    "Bond has not changed the file. If you have a backup, you can restore it; "
    "otherwise keep the file in case it can be recovered."
)


def passphrase_problem(passphrase: str) -> str | None:
    """A plain message when a new passphrase is too weak to protect the vault."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return (
            f"Please use at least {MIN_PASSPHRASE_LENGTH} characters. A short sentence works well."
        )
    if not passphrase.strip():
        return "A passphrase made only of spaces would be easy to guess."
    return None


def keyring_key(secrets: SecretStore, header: VaultHeader) -> bytes | None:
    """The key ``header`` names from the OS keyring, proven against its key check; ``None``
    (never an error) when there is no usable copy, so the caller asks for the passphrase."""
    if not header.keyring or not secrets.available():
        return None
    try:
        stored = secrets.get(header.vault_id)
    except SecretStoreError:
        log.warning("the keyring could not be read")
        return None
    if stored is None:
        return None
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        return None
    if key_matches(key, header.vault_id, header.key_check):
        return key
    log.warning("the keyring holds a key that does not match this vault")
    return None


@dataclass(frozen=True)
class Custody:
    """Where the new vault key goes: the keyring, a passphrase, or both."""

    keyring: bool
    passphrase: str | None = None

    def __post_init__(self) -> None:
        if not self.keyring and self.passphrase is None:
            raise ValueError("a vault key needs the keyring, a passphrase, or both")


class OpenVault:
    """A vault that is unlocked and ready; ``temporary`` ones live only in memory.

    ``reader`` answers the plain reads of start-up and Home with the driver alone; ``db`` (the
    SQLAlchemy unit of work every other service uses) is made on first use, so the ORM's import
    is paid after Home is on screen, not before (DECISIONS 29)."""

    def __init__(
        self,
        reader: VaultReader,
        files: VaultFiles | None,
        header: VaultHeader | None,
        key: bytes | None,
        *,
        db: Database | Callable[[], Database],
    ) -> None:
        self.reader = reader
        self.files = files
        self.header = header
        self.key = key
        self.migrated_from: str | None = None
        self.backup_path: Path | None = None
        self._db = db if not callable(db) else None
        self._make_db = db if callable(db) else None
        self._db_lock = threading.Lock()
        self._closed = False

    def __repr__(self) -> str:  # never the key
        return f"OpenVault(files={self.files!r}, temporary={self.temporary})"

    @property
    def db(self) -> Database:
        with self._db_lock:
            if self._closed:
                raise VaultClosedError("This vault was closed.")
            if self._db is None:
                assert self._make_db is not None
                self._db = self._make_db()
            return self._db

    @property
    def temporary(self) -> bool:
        return self.files is None

    def copy_to(self, target: Path) -> Path:
        """An encrypted copy of the vault in ``target`` (SQLite's online backup API). It reads
        through a connection of its own, so Home's reads never wait behind a long copy."""
        if self.files is None or self.key is None:
            return self.reader.backup(target, self.key)
        from bond.storage import reader

        source = reader.VaultReader(reader.connect(self.files.db, self.key))
        try:
            return source.backup(target, self.key)
        finally:
            source.close()

    @property
    def uses_keyring(self) -> bool:
        return bool(self.header and self.header.keyring)

    @property
    def uses_passphrase(self) -> bool:
        return bool(self.header and self.header.wrapped)

    def close(self) -> None:
        with self._db_lock:
            if self._closed:
                return
            self._closed = True
            if self._db is not None:
                self._db.dispose()
        self.reader.close()


class OnVault:
    """Base of the services that work on an open vault. They keep the vault, not its ``db``:
    making ``db`` imports SQLAlchemy, which belongs on a worker thread, and only once needed."""

    def __init__(self, vault: OpenVault) -> None:
        self._vault = vault

    @property
    def _db(self) -> Database:
        return self._vault.db


def _needs_upgrade(revision: str | None) -> NeedsUpgradeError:
    return NeedsUpgradeError(
        f"This vault uses an older layout (schema {revision or 'before 0001'}). "
        "Open Bond once to upgrade it; a backup is taken first."
    )


class VaultService:
    """Everything that decides whether and how a vault opens."""

    def __init__(
        self,
        files: VaultFiles,
        secrets: SecretStore,
        *,
        kdf: KdfParams | None = None,
        app_version: str | None = None,
    ) -> None:
        self.files = files
        self.secrets = secrets
        self.kdf = kdf or KdfParams()
        self._app_version = app_version

    @property
    def app_version(self) -> str:
        """Bond's version, read when a vault is opened or made: reading the package metadata
        costs ~30 ms, and the service is built before the first window (DECISIONS 29)."""
        return self._app_version or version()

    # -- creating ---------------------------------------------------------------------------
    def keyring_available(self) -> bool:
        return self.secrets.available()

    def create(self, custody: Custody) -> OpenVault:
        """Make a new, empty vault. Refuses if any vault file is already there."""
        import uuid  # only a new vault needs it (~8 ms at import, on the first window's path)

        from bond.storage import reader, schema
        from bond.storage.db import make_engine
        from bond.storage.reader import VaultReader
        from bond.storage.repositories import Database

        if self.files.any_exist():
            raise VaultExistsError(
                f"There is already a vault in {self.files.data_dir}. Bond never overwrites a vault."
            )
        if custody.passphrase is not None and (problem := passphrase_problem(custody.passphrase)):
            raise BondError(problem)
        if custody.keyring and not self.secrets.available():
            raise KeyringUnavailableError("No working OS keyring was found on this computer.")
        self.files.data_dir.mkdir(parents=True, exist_ok=True)
        key = new_vault_key()
        vault_id = str(uuid.uuid4())
        wrapped = (
            wrap_key(key, custody.passphrase, vault_id.encode(), self.kdf)
            if custody.passphrase is not None
            else None
        )
        header = VaultHeader(
            vault_id=vault_id,
            schema_version=schema.SCHEMA_HEAD,
            key_check=key_check_value(key, vault_id),
            keyring=custody.keyring,
            wrapped=wrapped,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        if custody.keyring:
            try:
                self.secrets.set(vault_id, key.hex())
            except SecretStoreError as exc:
                raise KeyringUnavailableError(
                    "The OS keyring did not accept the key. Nothing was created."
                ) from exc
        try:
            write_header(self.files.header, header)
            engine = make_engine(self.files.db, key)
            schema.upgrade(engine)
            db = Database(engine)
            self._stamp_meta(db, vault_id, created=True)
            fsync_dir(self.files.data_dir)
            vault_reader = VaultReader(reader.connect(self.files.db, key))
        except BaseException:
            # Nothing of value exists yet: undo the half-made vault so a retry can succeed.
            for path in (self.files.db, *self.files.sidecars):
                path.unlink(missing_ok=True)
            self.files.header.unlink(missing_ok=True)
            if custody.keyring:
                try:
                    self.secrets.delete(vault_id)
                except SecretStoreError:
                    log.warning("could not remove the keyring entry of a half-made vault")
            raise
        log.info("created a vault (keyring=%s, passphrase=%s)", custody.keyring, bool(wrapped))
        return OpenVault(vault_reader, self.files, header, key, db=db)

    @staticmethod
    def temporary() -> OpenVault:
        """A vault in memory only: no header, no keyring entry, nothing written to disk."""
        from bond.storage import schema
        from bond.storage.db import make_engine
        from bond.storage.reader import VaultReader
        from bond.storage.repositories import Database

        engine = make_engine(None, None)
        schema.upgrade(engine)
        # Its one connection (a static pool) is shared: reads see what the engine wrote, even a
        # transaction another thread has not committed yet (memory holds one connection only).
        raw = engine.raw_connection()
        shared = raw.driver_connection
        raw.close()  # back to the pool, still open
        # A throwaway key, only in memory, so profile keys can be wrapped as usual.
        return OpenVault(
            VaultReader(shared, owned=False), None, None, new_vault_key(), db=Database(engine)
        )

    # -- unlocking --------------------------------------------------------------------------
    def read_header(self) -> VaultHeader:
        inspection = inspect_vault(self.files)
        match inspection.state:
            case VaultState.ABSENT:
                raise NoVaultError(f"There is no Bond vault in {self.files.data_dir}.")
            case VaultState.HEADER_MISSING:
                raise DamagedVaultError(
                    f"The vault's key header ({self.files.header.name}) is missing, so the vault "
                    f"cannot be unlocked. {DAMAGED_HINT}"
                )
            case VaultState.HEADER_DAMAGED:
                raise DamagedVaultError(
                    f"The vault's key header ({self.files.header.name}) is damaged, so the vault "
                    f"cannot be unlocked. {DAMAGED_HINT}"
                )
            case VaultState.DATABASE_MISSING:
                raise DamagedVaultError(
                    f"The vault's database ({self.files.db.name}) is missing from "
                    f"{self.files.data_dir}. {DAMAGED_HINT}"
                )
        assert inspection.header is not None
        return inspection.header

    def key_from_keyring(self, header: VaultHeader) -> bytes | None:
        """The key from the OS keyring when it is there and matches this vault."""
        return keyring_key(self.secrets, header)

    def needs_passphrase(self) -> bool:
        """True when the vault cannot be unlocked without asking (checks the keyring)."""
        return self.key_from_keyring(self.read_header()) is None

    def unlock(self, passphrase: str | None = None) -> bytes:
        """Prove and return the vault key. Raises :class:`LockedError` subclasses (exit 3)."""
        header = self.read_header()
        if passphrase is None:
            key = self.key_from_keyring(header)
            if key is not None:
                return key
            if header.wrapped is None:
                raise LockedError(
                    "This vault's key is kept in the OS keyring, but the keyring is not available "
                    "or no longer holds it. Unlock your keyring (log in to your desktop session) "
                    "and try again. Nothing was changed."
                )
            raise PassphraseRequiredError("This vault needs its passphrase.")
        if header.wrapped is None:
            raise WrongKeyError("This vault has no passphrase; it opens with the OS keyring.")
        try:
            key = unwrap_key(header.wrapped, passphrase, header.vault_id.encode())
        except UnwrapError as exc:
            raise WrongKeyError("That passphrase does not open this vault.") from exc
        if not key_matches(key, header.vault_id, header.key_check):
            raise WrongKeyError("That passphrase does not open this vault.")
        return key

    # -- opening ----------------------------------------------------------------------------
    def open(
        self,
        key: bytes,
        *,
        migrate: bool = True,
        read_only: bool = False,
        on_backup: Callable[[Path], None] | None = None,
    ) -> OpenVault:
        """Open a vault whose key is proven. Migrates (after a backup) only when ``migrate``.

        Proving, checking and reading the schema use the driver alone (:mod:`bond.storage.reader`);
        SQLAlchemy is loaded when something first uses ``db``, or here to migrate."""
        from bond.storage import reader, schema
        from bond.storage.backup import backup_name

        header = self.read_header()
        self._refuse_empty_file()
        if not read_only and (problem := self._read_only_problem()):
            raise problem
        try:
            conn = reader.connect(self.files.db, key, read_only=read_only)
        except reader.database_error() as exc:
            raise self._unreadable(first_read=True) from exc
        vault_reader = reader.VaultReader(conn)
        try:
            revision, written_by = self._schema_state(vault_reader)
            problems = vault_reader.integrity_problems()
        except reader.database_error() as exc:
            vault_reader.close()
            raise self._unreadable() from exc
        except BaseException:
            vault_reader.close()
            raise
        if problems:
            vault_reader.close()
            log.error("integrity checks failed (%s problems)", len(problems))
            raise DamagedVaultError(
                f"The vault in {self.files.data_dir} failed its integrity check. {DAMAGED_HINT}"
            )
        opened = OpenVault(
            vault_reader, self.files, header, key, db=lambda: self._database(key, read_only)
        )
        if revision == schema.SCHEMA_HEAD:
            if not read_only and written_by != self.app_version:
                try:
                    self._stamp_meta(opened.db, header.vault_id, created=False)
                except BaseException:
                    opened.close()
                    raise
            return opened
        if not migrate or read_only:
            opened.close()
            raise _needs_upgrade(revision)
        target = self.files.backups / backup_name(f"before-schema-{schema.SCHEMA_HEAD}")
        vault_reader.backup(target, key)
        log.info("backup taken before migrating from schema %s", revision)
        if on_backup:
            on_backup(target)
        schema.upgrade(opened.db.engine)
        write_header(self.files.header, header.with_schema(schema.SCHEMA_HEAD))
        self._stamp_meta(opened.db, header.vault_id, created=False)
        opened.header = header.with_schema(schema.SCHEMA_HEAD)
        opened.migrated_from = revision or "empty"
        opened.backup_path = target
        return opened

    @contextmanager
    def reading(self, key: bytes) -> Iterator[OpenVault]:
        """Open read-only for verbs that only look (``export``): an older schema is refused as
        ``check`` refuses it, and the empty WAL files a reader leaves are tidied away."""
        sidecars_before = {p for p in self.files.sidecars if p.exists()}
        try:
            vault = self.open(key, migrate=False, read_only=True)
        except BaseException:
            self.remove_empty_sidecars(sidecars_before)
            raise
        try:
            yield vault
        finally:
            vault.close()
            self.remove_empty_sidecars(sidecars_before)

    def check(self, key: bytes) -> list[str]:
        """Full checks for ``bond check``, read-only. Returns problems (empty means healthy)."""
        from bond.storage import reader, schema

        self.read_header()
        self._refuse_empty_file()
        sidecars_before = {p for p in self.files.sidecars if p.exists()}
        vault_reader: VaultReader | None = None
        try:
            vault_reader = reader.VaultReader(reader.connect(self.files.db, key, read_only=True))
            revision, _ = self._schema_state(vault_reader)
            if revision != schema.SCHEMA_HEAD:
                raise _needs_upgrade(revision)
            return vault_reader.integrity_problems()
        except reader.database_error() as exc:
            raise self._unreadable() from exc
        finally:
            if vault_reader is not None:
                vault_reader.close()
            self.remove_empty_sidecars(sidecars_before)

    # -- helpers ----------------------------------------------------------------------------
    def _read_only_problem(self) -> VaultReadOnlyError | None:
        """A read-only disk or folder makes SQLite fail as if the file were unreadable; say what
        it really is (``access`` reports a read-only mount even to root)."""
        if all(os.access(p, os.W_OK) for p in (self.files.data_dir, self.files.db)):
            return None
        return VaultReadOnlyError(
            f"Bond can't write to its vault folder {self.files.data_dir}: the disk or the folder "
            "is read-only. Nothing was changed. Make it writable again (or ask whoever looks "
            "after this computer), then open Bond again."
        )

    def _unreadable(self, *, first_read: bool = False) -> BondError:
        """``first_read``: the key (right for the header) could not read even the schema, the
        first thing read (see UnreadableVaultError); later failures are damage further in."""
        if problem := self._read_only_problem():
            return problem
        error = UnreadableVaultError if first_read else DamagedVaultError
        return error(
            f"The vault in {self.files.data_dir} could not be read: the key is right, "
            f"so the file itself is damaged. {DAMAGED_HINT}"
        )

    def _refuse_empty_file(self) -> None:
        """An emptied database file is damage, not a new vault: never build on top of it."""
        if self.files.db.stat().st_size == 0:
            raise DamagedVaultError(
                f"The vault's database in {self.files.data_dir} is empty: its contents are "
                f"gone. {DAMAGED_HINT}"
            )

    def _schema_state(self, vault_reader: VaultReader) -> tuple[str | None, str | None]:
        """The vault's schema revision (None: before the first migration) and writer version.

        A database without Bond's schema table is not a Bond vault in any version: damaged.
        A revision this Bond does not know comes from a newer Bond: refused, naming both."""
        from bond.storage import schema

        bond_schema, revision, written_by = vault_reader.schema_state()
        if not bond_schema:
            raise DamagedVaultError(
                f"The vault in {self.files.data_dir} holds none of Bond's data. {DAMAGED_HINT}"
            )
        if not schema.is_known(revision):
            raise NewerVaultError(
                f"This vault was last written by Bond {written_by or 'a newer version'} "
                f"(schema {revision}). This is Bond {self.app_version}, which knows schemas up "
                f"to {schema.SCHEMA_HEAD}. Please install a newer Bond to open it; "
                "nothing was changed."
            )
        return revision, written_by

    def _database(self, key: bytes, read_only: bool) -> Database:
        """The SQLAlchemy unit of work over this vault (imports the ORM: not before needed)."""
        from bond.storage.db import make_engine
        from bond.storage.repositories import Database

        return Database(make_engine(self.files.db, key, read_only=read_only))

    def remove_empty_sidecars(self, existed_before: set[Path]) -> None:
        """A read-only connection leaves an empty WAL and its index behind; tidy them away."""
        wal, shm = self.files.sidecars
        if wal in existed_before or not wal.exists() or wal.stat().st_size != 0:
            return
        wal.unlink(missing_ok=True)
        if shm not in existed_before:
            shm.unlink(missing_ok=True)

    def _stamp_meta(self, db: Database, vault_id: str, *, created: bool) -> None:
        from bond.storage.repositories import MetaRepository

        with db.unit_of_work() as session:
            meta = MetaRepository(session)
            if created:
                meta.set("vault_id", vault_id)
                meta.set("created_by", self.app_version)
            meta.set("bond_version", self.app_version)
