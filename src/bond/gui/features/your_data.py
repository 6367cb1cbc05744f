"""Your data: export (JSON, PDF), an encrypted backup, restoring one, and importing an export.

Every file goes where the person chose in a file dialog; Bond never writes outside its folder on
its own. The buttons sit on the Settings screen, which shows what this feature says while it works
and when something goes wrong (``message``); what it has done is a toast.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog

from bond.errors import BondError, LockedError, WrongKeyError
from bond.gui.features.base import Feature


class YourDataFeature(Feature):
    """The work behind Settings → Your data (it has no screen, so no places)."""

    #: What is under way or went wrong (text, whether it is an error), for the Settings screen.
    message = Signal(str, bool)
    #: An import may have added people: the Settings screen reads them again.
    profiles_changed = Signal()

    def run(self, action: str, include_private: bool) -> None:
        """Do ``action`` ("export-json", "export-pdf", "backup", "restore" or "import");
        ``include_private``: the person asked for private answers in an export."""
        if action == "export-json":
            self._export_json(include_private)
        elif action == "export-pdf":
            self._export_pdf(include_private)
        elif action == "backup":
            self._backup()
        elif action == "restore":
            self._restore_from_file()
        elif action == "import":
            self._import_json()
        else:
            raise ValueError(f"unknown data action: {action!r}")

    # -- file dialogs (tests replace these two) ---------------------------------------------
    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        """Ask where to save; the person chooses every place Bond writes to outside its folder."""
        from PySide6.QtWidgets import QFileDialog

        window = self.shell.window()
        chosen, _ = QFileDialog.getSaveFileName(window, title, str(Path.home() / name), pattern)
        window.activateWindow()
        return Path(chosen) if chosen else None

    def _open_path(self, title: str, pattern: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        window = self.shell.window()
        chosen, _ = QFileDialog.getOpenFileName(window, title, str(Path.home()), pattern)
        window.activateWindow()
        return Path(chosen) if chosen else None

    # -- telling the person -----------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.emit(text, error)

    def _done(self, text: str) -> None:
        """It is done: the line on Settings ("Exporting…") goes, and a toast says so."""
        from bond.gui.design.toast import toast_for

        self.message.emit("", False)
        toast_for(self.shell.window()).show_message(text)

    def _data_failed(self, exc: BaseException) -> None:
        """Plain words for what the person can act on; anything else is unexpected."""
        if isinstance(exc, BondError | ValueError):
            self._say(str(exc), error=True)
        elif isinstance(exc, OSError):
            self._say(
                self.tr("Bond could not write there (is the disk full or the folder read-only?)."),
                error=True,
            )
        else:
            self.shell.unexpected(exc)

    def _with_private(self, include_private: bool, then: Callable[[list[str]], None]) -> None:
        """Private answers go in only for one person who asks and whose PIN (if any) is given."""
        if not include_private:
            then([])
            return
        access = self.ctx.access
        person = access.choose()
        if person is None:
            return
        access.ensure_open(person, lambda: then([person]))

    # -- export -----------------------------------------------------------------------------
    def _export_json(self, include_private: bool) -> None:
        vault, keychain = self.state.vault, self.state.keychain
        if vault is None or keychain is None or self.ctx.policy.disable_export:
            return
        path = self._save_path(self.tr("Export as JSON"), "bond-export.json", "JSON (*.json)")
        if path is None:
            return
        from bond.services.export_data import build_export, write_json

        def go(private: list[str]) -> None:
            self._say(self.tr("Exporting…"))
            self.shell.run(
                lambda: write_json(
                    build_export(vault, keychain, include_private_for=private).to_json(),
                    path,
                    overwrite=True,
                ),
                lambda _r: self._done(
                    self.tr("Saved to %1. It is not encrypted.").replace("%1", str(path))
                ),
                self._data_failed,
            )

        self._with_private(include_private, go)

    def _export_pdf(self, include_private: bool) -> None:
        vault, keychain = self.state.vault, self.state.keychain
        if vault is None or keychain is None or self.ctx.policy.disable_export:
            return
        path = self._save_path(self.tr("Save a PDF summary"), "bond-summary.pdf", "PDF (*.pdf)")
        if path is None:
            return
        from bond.gui.reports import render_pdf
        from bond.services.report_data import gather

        exercises = self.state.catalog.exercises

        def written(data: Any) -> None:
            """The data is gathered off the UI thread; Qt paints the PDF on it."""
            try:
                render_pdf(data, path)
            except OSError as exc:
                self._data_failed(exc)
                return
            self._done(self.tr("Saved to %1. It is not encrypted.").replace("%1", str(path)))

        def go(private: list[str]) -> None:
            self._say(self.tr("Preparing the summary…"))
            self.shell.run(
                lambda: gather(vault, keychain, exercises, include_private_for=private),
                written,
                self._data_failed,
            )

        self._with_private(include_private, go)

    # -- backup and restore -----------------------------------------------------------------
    def _backup(self) -> None:
        """A backup is always wrapped under a passphrase: a keyring cannot travel with it."""
        vault = self.state.vault
        if vault is None or vault.temporary:
            return
        path = self._save_path(
            self.tr("Make an encrypted backup"), "bond-backup.zip", self.tr("Bond backup (*.zip)")
        )
        if path is None:
            return
        passphrase: str | None = None
        if not vault.uses_passphrase:
            from bond.gui.passphrase_dialog import PassphraseDialog, PassphraseMode

            dialog = PassphraseDialog(PassphraseMode.SET, self.shell.window())
            dialog.ui.introLabel.setText(
                self.tr(
                    "Your vault opens with this computer's keyring, which a backup cannot take "
                    "along. Choose a passphrase for the backup: you will need it to restore it."
                )
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            passphrase = dialog.new()
        from bond.services.backup_file import write_backup

        kdf = self.ctx.service.kdf
        self._say(self.tr("Writing the backup…"))
        self.shell.run(
            lambda: write_backup(vault, path, passphrase=passphrase, kdf=kdf, overwrite=True),
            lambda _r: self._done(
                self.tr("Backup saved to %1. It is encrypted.").replace("%1", str(path))
            ),
            self._data_failed,
        )

    def _restore_from_file(self) -> None:
        """Find the backup's key: this computer's keyring if it holds the right one, else the
        backup's passphrase (checked on a worker: Argon2id takes most of a second)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        if self.state.vault is None:
            return
        path = self._open_path(self.tr("Restore from a backup"), self.tr("Bond backup (*.zip)"))
        if path is None:
            return
        from bond.services.backup_file import (
            backup_key_from_keyring,
            backup_key_from_passphrase,
            read_backup_header,
        )

        try:
            header = read_backup_header(path)
        except (BondError, OSError) as exc:
            self._data_failed(exc)
            return
        key = backup_key_from_keyring(self.ctx.service.secrets, header)
        if key is None:
            if header.wrapped is None:
                self._say(
                    self.tr("This backup opens only with a keyring this computer does not have."),
                    error=True,
                )
                return
            window = self.shell.window()
            passphrase, ok = QInputDialog.getText(
                window,
                "Bond",
                self.tr("The backup's passphrase:"),
                QLineEdit.EchoMode.Password,
            )
            window.activateWindow()
            if not ok:
                return

            def unwrapped(found: bytes) -> None:
                # The passphrase goes along: a backup whose id is taken here by another key is
                # restored under a new id, re-wrapped with it (services.restore).
                self._confirm_restore(path, found, passphrase)

            def wrong(exc: BaseException) -> None:
                if isinstance(exc, WrongKeyError):
                    self._say(self.tr("That passphrase does not open this backup."), error=True)
                else:
                    self._data_failed(exc)

            self._say(self.tr("Checking the passphrase…"))
            self.shell.run(  # Argon2id takes most of a second: never on the UI thread
                lambda: backup_key_from_passphrase(header, passphrase),
                unwrapped,
                wrong,
            )
            return
        self._confirm_restore(path, key)

    def _confirm_restore(self, path: Path, key: bytes, passphrase: str | None = None) -> None:
        """Ask before replacing the vault; the one here now is kept aside, never deleted."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        window = self.shell.window()
        confirm = QMessageBox.question(
            window,
            "Bond",
            self.tr(
                "Replace what is in Bond now with this backup? The vault that is here now is "
                "kept aside in Bond's folder, not deleted."
            ),
        )
        window.activateWindow()
        if confirm != QMessageBox.StandardButton.Yes:
            return
        from bond.services.restore import restore_backup_file

        files, secrets, chosen_key = self.ctx.service.files, self.ctx.service.secrets, key
        self.shell.wait(self.tr("Restoring…"))

        def failed(exc: BaseException) -> None:
            # Nothing was replaced unless the restore finished; open whatever is there again.
            self.shell.go("start")
            if isinstance(exc, BondError):
                box = QMessageBox(QMessageBox.Icon.Warning, "Bond", str(exc), parent=window)
                box.setTextFormat(Qt.TextFormat.PlainText)  # it may name a path
                box.exec()
            else:
                self.shell.unexpected(exc)

        self.shell.run(
            lambda: restore_backup_file(files, path, chosen_key, secrets, passphrase=passphrase),
            lambda _r: self.shell.go("start"),
            failed,
        )

    # -- import -----------------------------------------------------------------------------
    def _import_json(self) -> None:
        """Merge an export in: only what is not here yet is added, nothing is overwritten."""
        vault, keychain = self.state.vault, self.state.keychain
        if vault is None or keychain is None:
            return
        path = self._open_path(self.tr("Import a JSON export"), "JSON (*.json)")
        if path is None:
            return
        from bond.services.import_data import import_json

        def done(report: Any) -> None:
            added = sum(report.added.values())
            self._done(
                self.tr("Imported %n item(s). Anything already here was left as it was.", "", added)
                if added
                else self.tr("Nothing new: everything in the file was already here.")
            )
            self.profiles_changed.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, LockedError):  # a PIN must prove its owner's key first
                self._say(
                    self.tr(
                        "Some private answers in this file belong to someone with a PIN. Open "
                        "Boundaries and give that PIN, then import again. Nothing was imported."
                    ),
                    error=True,
                )
            else:
                self._data_failed(exc)

        self._say(self.tr("Checking the file…"))
        self.shell.run(lambda: import_json(vault, keychain, path), done, failed)
