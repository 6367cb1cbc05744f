"""Hand-back wipe: destroy the key first (crypto-erase), then delete every file Bond wrote."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bond.config import AppPaths
from bond.security.header import HeaderError, destroy_header, read_header
from bond.security.secrets import SecretStore, SecretStoreError
from bond.services.vault_files import VaultFiles

log = logging.getLogger(__name__)


@dataclass
class WipeReport:
    removed: list[Path] = field(default_factory=list)
    remaining: list[Path] = field(default_factory=list)
    keyring_entry_removed: bool = False
    keyring_error: str | None = None

    @property
    def nothing_was_there(self) -> bool:
        return not self.removed and not self.keyring_entry_removed and not self.remaining


def _remove_paths(children: list[Path], report: WipeReport) -> None:
    for child in children:
        try:
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
            report.removed.append(child)
        except OSError:
            log.warning("could not remove a file during wipe")


def _remove_folder(folder: Path, report: WipeReport) -> None:
    if not folder.is_dir():
        return
    _remove_paths(sorted(folder.iterdir()), report)
    try:
        folder.rmdir()
        report.removed.append(folder)
    except OSError:
        log.warning("could not remove a folder during wipe")


def wipe(paths: AppPaths, secrets: SecretStore) -> WipeReport:
    """Remove the keyring entry, overwrite and delete the header, then delete Bond's files.

    The data folder itself is left in place (it may be a mount point chosen by a clinic); files
    in it that Bond did not write are left alone and reported as remaining.
    The caller must hold no open handle on the vault or the log.
    """
    report = WipeReport()
    files = VaultFiles(paths.data_dir)
    try:
        header = read_header(files.header)
    except HeaderError:
        header = None
        if files.header.exists():
            report.keyring_error = (
                "the vault header was unreadable, so Bond could not tell which keyring entry "
                "was this vault's; an entry for the service 'bond' may remain"
            )
    if header is not None and header.keyring:
        try:
            if not secrets.available():
                raise SecretStoreError("the OS keyring could not be reached")
            report.keyring_entry_removed = secrets.delete(header.vault_id)
        except SecretStoreError as exc:
            report.keyring_error = f"{exc}; this vault's key may still be in the keyring"
    if destroy_header(files.header):
        report.removed.append(files.header)
    # In the data folder only Bond's own files go: it may be a folder the person also uses.
    _remove_paths(files.owned_paths(), report)
    # Preferences, logs and caches belong to the default vault; a vault in a folder of its own
    # (--data-dir) shares them with others, so they stay.
    shared = (
        ()
        if paths.custom_data_dir
        else (paths.config_dir, paths.cache_dir, paths.log_dir, paths.state_dir)
    )
    for folder in shared:
        if folder != paths.data_dir:
            _remove_folder(folder, report)
    if not paths.custom_data_dir and paths.autostart_file.exists():
        try:
            paths.autostart_file.unlink()
            report.removed.append(paths.autostart_file)
        except OSError:
            log.warning("could not remove the autostart file")
    # Verify: nothing of Bond's may remain.
    if paths.data_dir.is_dir():
        report.remaining.extend(sorted(paths.data_dir.iterdir()))
    for folder in shared:
        if folder != paths.data_dir and folder.exists():
            report.remaining.append(folder)
    if not paths.custom_data_dir and paths.autostart_file.exists():
        report.remaining.append(paths.autostart_file)
    return report
