"""Opening the vault: first run, the passphrase prompt, a temporary session, and what to do when
the vault cannot be opened (the problem screen and a restore from the latest backup).

A vault that fails to open is never changed here: the problem screen explains and offers a
restore, which keeps the current file aside (PRIVACY.md).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from bond.errors import (
    BondError,
    DamagedVaultError,
    LockedError,
    NewerVaultError,
    UnreadableVaultError,
    WrongKeyError,
)
from bond.gui.features.base import Context, Feature, Place

if TYPE_CHECKING:
    from bond.gui.screens.first_run import FirstRunScreen
    from bond.gui.screens.problem import ProblemScreen
    from bond.gui.screens.unlock import UnlockScreen
    from bond.services.startup import FirstRunPlan, StartResult
    from bond.services.vault_service import OpenVault

log = logging.getLogger(__name__)


class VaultFeature(Feature):
    """From "what does this start need?" to an open vault with its people."""

    #: A vault is open (the shell shows the temporary-session banner, records use).
    opened = Signal()
    #: The vault is open and has its people: Bond can show Home.
    ready = Signal()

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._restore_tried = False  # the latest backup was just restored (see show_problem)
        self.screens.register("unlock", self._build_unlock)
        self.screens.register("problem", self._build_problem)

    def _build_unlock(self) -> UnlockScreen:
        from bond.gui.screens.unlock import UnlockScreen

        screen = UnlockScreen()
        screen.unlock_requested.connect(self._unlock)
        screen.temporary_requested.connect(self._start_temporary)
        return screen

    def _build_problem(self) -> ProblemScreen:
        from bond.gui.screens.problem import ProblemScreen

        screen = ProblemScreen()
        screen.retry_requested.connect(lambda: self.shell.go("start"))
        screen.temporary_requested.connect(self._start_temporary)
        screen.restore_requested.connect(self._restore)
        screen.quit_requested.connect(self.shell.window().close)
        return screen

    def open(self, place: Place, notice: str) -> None:  # the shell starts; nothing to open
        pass

    # -- the start's outcome ---------------------------------------------------------------------
    def started(self, result: StartResult) -> None:
        """Show what the start found: first run, the passphrase prompt, the vault, a problem."""
        from bond.services.startup import StartKind

        if result.kind is not StartKind.PROBLEM:
            self._restore_tried = False
        match result.kind:
            case StartKind.FIRST_RUN:
                self._show_first_run(keyring_available=result.keyring_available)
            case StartKind.NEEDS_PASSPHRASE:
                unlock: UnlockScreen = self.screens["unlock"]
                unlock.reset()
                self.shell.present(unlock)
                unlock.ui.passphraseEdit.setFocus()
            case StartKind.OPENED:
                assert result.vault is not None
                self._vault_opened(result.vault, needs_profiles=result.needs_profiles)
            case StartKind.PROBLEM:
                assert result.error is not None
                self.show_problem(result.error)

    def _show_first_run(self, *, keyring_available: bool, profiles_only: bool = False) -> None:
        from bond.gui.screens.first_run import FirstRunScreen

        vault, policy = self.state.vault, self.ctx.policy
        screen = FirstRunScreen(
            keyring_available=keyring_available,
            profiles_only=profiles_only,
            temporary=bool(vault and vault.temporary),
            passphrase_required_by=self.state.organisation() if policy.require_passphrase else "",
        )
        screen.submitted.connect(self._first_run_submitted)
        self.screens.adopt("first-run", screen)  # a new one each time: nothing typed is kept
        self.shell.present(screen)
        screen.ui.nextButton.setFocus()

    def _first_run_submitted(self, plan: FirstRunPlan) -> None:
        from bond.services import startup

        screen: FirstRunScreen = self.screens["first-run"]

        def failed(exc: BaseException) -> None:
            if isinstance(exc, BondError | ValueError):
                screen.show_error(exc.message if isinstance(exc, BondError) else str(exc))
            else:
                screen.show_error(self.tr("Bond could not finish setting up. Nothing was saved."))
                self.shell.unexpected(exc)

        def opened(vault: OpenVault) -> None:
            self._vault_opened(vault, needs_profiles=False)

        if self.state.vault is not None:  # the vault exists already; only profiles are missing
            vault = self.state.vault
            self.shell.run(
                lambda: startup.add_profiles(vault, plan.household, plan.names), opened, failed
            )
            return
        service = self.ctx.service
        self.shell.run(lambda: startup.complete_first_run(service, plan), opened, failed)

    def _unlock(self, passphrase: str) -> None:
        from bond.services import startup

        unlock: UnlockScreen = self.screens["unlock"]

        def failed(exc: BaseException) -> None:
            if isinstance(exc, WrongKeyError):
                unlock.show_error(
                    self.tr(
                        "That passphrase does not open this vault. "
                        "Please try again; nothing was changed."
                    )
                )
            elif isinstance(exc, BondError):
                self.show_problem(exc)
            else:
                unlock.show_error(self.tr("Bond could not unlock the vault."))
                self.shell.unexpected(exc)

        def opened(result: StartResult) -> None:
            assert result.vault is not None
            self._vault_opened(result.vault, needs_profiles=result.needs_profiles)

        service = self.ctx.service
        self.shell.run(lambda: startup.unlock_with_passphrase(service, passphrase), opened, failed)

    def _start_temporary(self) -> None:
        from bond.services.vault_service import VaultService

        self.shell.wait(self.tr("Starting a temporary session…"))
        self.shell.run(VaultService.temporary, lambda v: self._vault_opened(v, needs_profiles=True))

    def _vault_opened(self, vault: OpenVault, *, needs_profiles: bool) -> None:
        from bond.services.keychain import Keychain

        self.state.vault = vault
        self.state.keychain = Keychain(vault)
        if vault.backup_path is not None:
            log.info("vault upgraded after a backup")
        if not vault.temporary:
            from bond.services.rolling_backups import take_daily

            def not_taken(_exc: BaseException) -> None:
                log.warning("the daily backup could not be taken")  # Bond goes on; told in log

            self.shell.run(lambda: take_daily(vault), lambda _path: None, not_taken)
        self.opened.emit()
        if needs_profiles:
            self._show_first_run(keyring_available=False, profiles_only=True)
            return
        self.ready.emit()

    # -- when the vault cannot be opened ---------------------------------------------------------
    def show_problem(self, error: BondError) -> None:
        """Explain, never change the file; offer the latest backup when it can help."""
        self.shell.wait("")
        files = self.ctx.service.files
        if isinstance(error, NewerVaultError):
            title = self.tr("This vault is from a newer Bond")
        elif isinstance(error, LockedError):
            title = self.tr("Your vault is locked")
        else:  # damaged, or anything else that kept it shut
            title = self.tr("Bond could not open your vault")
        message = error.message
        can_restore = (
            isinstance(error, DamagedVaultError)
            and bool(files.list_backups())
            and files.header.exists()
        )
        if can_restore and self._restore_tried:
            # The latest backup is what is on disk now and it failed too: offering the same
            # restore again would only go round in a circle.
            can_restore = False
            if isinstance(error, UnreadableVaultError):
                # The key opens the backup no better than the file it replaced: the key file,
                # not the database, is what does not fit (one copied from another vault, say).
                message = self.tr(
                    "Bond could not open your vault, even from its latest backup, so what does "
                    "not fit may be the vault's key file (vault.header) rather than the vault "
                    "itself: a key file copied from another vault, for example. Bond has not "
                    "deleted anything; the file the backup replaced is kept in the kept-aside "
                    "folder. If you have another copy of this vault folder, putting its "
                    "vault.header back may open it."
                )
            else:
                message = self.tr("The latest backup is damaged too. %1").replace(
                    "%1", error.message
                )
        paths = self.ctx.paths
        details = (
            self.tr("Your vault folder: %1\nBond's log (it never holds what you wrote): %2")
            .replace("%1", str(paths.data_dir))
            .replace("%2", str(paths.log_file))
        )
        problem: ProblemScreen = self.screens["problem"]
        problem.show_problem(title, message, details, can_restore=can_restore)
        self.shell.present(problem)

    def _restore(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from bond.services.restore import restore_latest_backup

        answer = QMessageBox.question(
            self.shell.window(),
            "Bond",
            self.tr(
                "Restore the latest backup? The current vault file is kept aside in the "
                "vault folder, not deleted. Anything written after the backup was taken "
                "will not be in the restored vault."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        files = self.ctx.service.files

        def restored(_aside: object) -> None:
            self._restore_tried = True  # until a start ends anywhere but the problem screen
            self.shell.go("start")

        self.shell.run(lambda: restore_latest_backup(files), restored)
