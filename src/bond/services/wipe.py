"""Hand-back wipe: destroy the key first (crypto-erase), then delete every file Bond wrote."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bond.config import AppPaths
from bond.security.header import HeaderError, destroy_header, read_header
from bond.security.secrets import SecretStore, SecretStoreError
from bond.services.admin import BACKOFF_FILE
from bond.services.vault_files import VaultFiles

#: Files in the state folder that outlive a wipe (see :func:`_clear_state`).
KEPT_STATE_FILES = frozenset({BACKOFF_FILE})
#: When Bond was last used, for a policy's auto-wipe (a time only; see services.auto_wipe).
LAST_USED_FILE = "last-used.json"
#: The word a person types to confirm a wipe: ``bond wipe`` asks for it on a TTY, and admin
#: mode's "Hand back device" asks for the same one (its translation works there too).
CONFIRM_WORD = "WIPE"

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


def _clear_state(folder: Path, report: WipeReport) -> None:
    """The state folder goes, except the admin backoff: a hand-back must not reset the wait
    after wrong admin passphrases, or wiping would be a way to guess again at once."""
    if not folder.is_dir():
        return
    _remove_paths([c for c in sorted(folder.iterdir()) if c.name not in KEPT_STATE_FILES], report)
    if not any(folder.iterdir()):
        try:
            folder.rmdir()
            report.removed.append(folder)
        except OSError:
            log.warning("could not remove the state folder during wipe")


def _remove_empty_data_folder(paths: AppPaths, report: WipeReport) -> None:
    """An emptied data folder goes too (no empty ``~/.local/share/bond`` is left to show Bond
    was used), unless a clinic set it up: a mount point, or the folder its policy names, may
    have an owner and modes Bond could not give it again."""
    folder = paths.data_dir
    if paths.policy_data_dir or folder.is_symlink() or not folder.is_dir():
        return
    try:
        if os.path.ismount(folder) or any(folder.iterdir()):
            return
        folder.rmdir()
        report.removed.append(folder)
    except OSError:
        log.warning("could not remove the emptied data folder")


def _shared_folders(paths: AppPaths) -> tuple[Path, ...]:
    """Preferences, logs, caches and state belong to the default vault; a vault in a folder of
    its own (--data-dir) shares them with others, so they stay."""
    if paths.custom_data_dir:
        return ()
    folders = (paths.config_dir, paths.cache_dir, paths.log_dir, paths.state_dir)
    return tuple(f for f in folders if f != paths.data_dir)


def leftovers(paths: AppPaths) -> list[Path]:
    """What is still there of the folders Bond writes to, after a wipe (empty: all gone).

    Bond writes temporary files only inside its data folder (``.header-*``, a restore being
    checked), so checking that folder covers them; the admin backoff file is expected."""
    remaining: list[Path] = []
    if paths.data_dir.is_dir():
        remaining.extend(sorted(paths.data_dir.iterdir()))
    for folder in _shared_folders(paths):
        if not folder.exists():
            continue
        kept = KEPT_STATE_FILES if folder == paths.state_dir else frozenset()
        children = [c for c in sorted(folder.iterdir()) if c.name not in kept]
        if children or not kept:
            remaining.extend(children or [folder])
    if not paths.custom_data_dir and paths.autostart_file.exists():
        remaining.append(paths.autostart_file)
    return remaining


def wipe(paths: AppPaths, secrets: SecretStore) -> WipeReport:
    """Remove the keyring entry, overwrite and delete the header, then delete Bond's files,
    then verify that nothing is left.

    Files in the data folder that Bond did not write are left alone and reported as remaining.
    The folder itself goes once it is empty, unless it is a mount point or the folder a site
    policy names (see :func:`_remove_empty_data_folder`).
    The caller must hold no open handle on the vault or the log (see :func:`hand_back`).
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
            if secrets.get(header.vault_id) is not None:
                report.keyring_entry_removed = False
                report.keyring_error = (
                    "the OS keyring still holds this vault's key after deleting it"
                )
        except SecretStoreError as exc:
            report.keyring_error = f"{exc}; this vault's key may still be in the keyring"
    if destroy_header(files.header):
        report.removed.append(files.header)
    # In the data folder only Bond's own files go: it may be a folder the person also uses.
    _remove_paths(files.owned_paths(), report)
    for folder in _shared_folders(paths):
        if folder == paths.state_dir:
            _clear_state(folder, report)
        else:
            _remove_folder(folder, report)
    if not paths.custom_data_dir and paths.autostart_file.exists():
        try:
            paths.autostart_file.unlink()
            report.removed.append(paths.autostart_file)
        except OSError:
            log.warning("could not remove the autostart file")
    # The last-used time belongs to the wiped vault, wherever the state folder is shared.
    with contextlib.suppress(OSError):
        if (last := paths.state_dir / LAST_USED_FILE).exists() and paths.custom_data_dir:
            last.unlink()
            report.removed.append(last)
    _remove_empty_data_folder(paths, report)
    report.remaining.extend(leftovers(paths))
    return report


def hand_back(paths: AppPaths, secrets: SecretStore) -> WipeReport:
    """The wipe a clinic does between clients, in the app or as ``bond wipe --yes``.

    The log file is closed first so it can be deleted (on every platform); logging then resumes
    lazily, so the log folder comes back only when the next session writes to it. The report's
    ``remaining`` is the verification: anything listed there is still on disk.
    """
    from bond.logging_setup import file_log_target, setup_logging, shutdown_logging

    target = file_log_target()
    if target is not None:
        shutdown_logging()
    try:
        return wipe(paths, secrets)
    finally:
        if target is not None:
            setup_logging(target, lazy=True)
