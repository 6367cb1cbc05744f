"""A full disk, a read-only data folder and I/O errors: a plain message, the words stay on screen,
and the vault is healthy afterwards.

The disk is a small tmpfs mounted for the test (CI runs as root; elsewhere these tests skip and
say why). A read-only folder is that tmpfs remounted read-only (DECISIONS 30: root ignores file
modes); Linux refuses to remount a file system read-only while a file on it is open for writing,
so a vault that turns read-only mid-typing is covered by the injected errors instead.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from bond.config import AppPaths, resolve_paths
from bond.content.catalog import load_catalog
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.problem import ProblemScreen
from bond.gui.screens.runner import RunnerScreen
from bond.paths import content_dir
from bond.services.exercise_run import ExerciseRun
from bond.services.keychain import Keychain
from bond.services.profiles import ProfileService
from bond.services.sessions import SessionService
from bond.services.vault_service import VaultService
from bond.storage.db import integrity_problems
from tests.gui.conftest import WindowFactory, activate, keys, seed_vault, wait_for_screen
from tests.reliability.damage import hashes

STEP_TEXT = "When you came home late, I felt worried, because I need to know you are safe. "


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB file system of its own, so that filling it fills nothing else."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = _mount("-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount_point))
    if done.returncode != 0:
        pytest.skip(f"could not mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.fixture
def paths(xdg: Path, tmpfs: Path) -> AppPaths:
    """The vault lives on the small tmpfs (replaces the shared ``paths`` fixture here)."""
    return resolve_paths(tmpfs / "vault")


def fill(folder: Path) -> Path:
    """Write a file until the disk is full; returns it (delete it to free the space)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for size in (65536, 4096, 512, 1):  # the last bytes go in smaller and smaller pieces
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
    finally:
        os.close(fd)
    return filler


class Typing:
    """A runner on a text step of a solo exercise, over a real vault."""

    def __init__(self, qtbot: QtBot, service: VaultService) -> None:
        seed_vault(service, ["Kai"])
        self.service = service
        self.key = service.unlock()
        self.vault = service.open(self.key)
        catalog = load_catalog(content_dir())
        self.person = ProfileService(self.vault).profiles()[0].id
        self.run = ExerciseRun(
            self.vault,
            Keychain(self.vault),
            catalog.exercises["four-part-message"],
            [self.person],
            together=False,
        )
        self.runner = RunnerScreen(self.run, {self.person: "Kai"}, catalog.feelings)
        qtbot.addWidget(self.runner)
        self.runner.show()
        while not (self.run.frame.step and self.run.frame.step.type.value == "text"):
            self.runner.go_next()
        self.step_id = self.run.frame.step.id
        self.qtbot = qtbot

    @property
    def box(self) -> object:
        return self.runner.widget.box  # type: ignore[union-attr]

    def type(self, text: str) -> None:
        keys(self.box, text)  # type: ignore[arg-type]

    def on_screen(self) -> str:
        return str(self.box.toPlainText())  # type: ignore[attr-defined]

    def wait_for_failure_message(self) -> str:
        self.runner.flush()
        label = self.runner.ui.saveLabel
        self.qtbot.waitUntil(label.isVisible, timeout=5000)
        return label.text()

    def saved_again(self) -> None:
        """After the trouble is gone, the next keystroke saves everything on screen."""
        self.type(" And now it saved.")
        assert self.runner.flush()
        self.qtbot.waitUntil(lambda: not self.runner.ui.saveLabel.isVisible(), timeout=5000)

    def reopen_and_check(self) -> None:
        """Close, open again through the service: both checks pass, the words are all there."""
        on_screen = self.on_screen()
        self.runner.writes.wait()
        self.vault.close()
        vault = self.service.open(self.key)
        try:
            assert integrity_problems(vault.db.engine) == []
            sessions = SessionService(vault, Keychain(vault))
            (answer,) = [
                v
                for k, v in sessions.answers(self.run.session_id, [self.person]).items()
                if k.step_id == self.step_id
            ]
            assert answer == {"text": on_screen}
        finally:
            vault.close()


def test_disk_full_while_typing_keeps_the_words(
    qtbot: QtBot, service: VaultService, tmpfs: Path
) -> None:
    typing = Typing(qtbot, service)
    typing.type("Before the disk filled. ")
    assert typing.runner.flush()
    filler = fill(tmpfs)
    typing.type(STEP_TEXT * 3)
    message = typing.wait_for_failure_message()
    assert "disk full" in message and "still here" in message
    assert typing.on_screen() == "Before the disk filled. " + STEP_TEXT * 3
    filler.unlink()
    typing.saved_again()
    typing.reopen_and_check()


def failing_with(exc: BaseException) -> Callable[..., None]:
    def save_answer(*_args: object, **_kwargs: object) -> None:
        raise exc

    return save_answer


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.EIO, "Input/output error"),
        OperationalError("INSERT", {}, sqlcipher3.OperationalError("disk I/O error")),
        OperationalError(
            "INSERT", {}, sqlcipher3.OperationalError("attempt to write a readonly database")
        ),
    ],
    ids=["EIO", "sqlite-ioerr", "turned-read-only"],
)
def test_an_io_error_while_typing_keeps_the_words(
    qtbot: QtBot,
    service: VaultService,
    monkeypatch: pytest.MonkeyPatch,
    error: BaseException,
) -> None:
    typing = Typing(qtbot, service)
    typing.type("First words. ")
    assert typing.runner.flush()
    with monkeypatch.context() as patch:
        patch.setattr(typing.run.sessions, "save_answer", failing_with(error))
        typing.type(STEP_TEXT)
        message = typing.wait_for_failure_message()
        assert "couldn't save" in message and "still here" in message
        assert typing.on_screen() == "First words. " + STEP_TEXT
    typing.saved_again()
    typing.reopen_and_check()


def test_read_only_data_folder_is_explained_not_called_damaged(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService, paths: AppPaths, tmpfs: Path
) -> None:
    seed_vault(service, ["Sam"])
    before = hashes(paths.data_dir)
    done = _mount("-o", "remount,ro", str(tmpfs))
    assert done.returncode == 0, done.stderr
    window = make_window()
    wait_for_screen(qtbot, window, ProblemScreen)
    problem = window.screens["problem"].ui
    assert "read-only" in problem.messageLabel.text()
    assert "damaged" not in problem.messageLabel.text()
    assert not problem.restoreButton.isVisible()  # nothing to restore: the vault is fine
    assert hashes(paths.data_dir) == before
    done = _mount("-o", "remount,rw", str(tmpfs))
    assert done.returncode == 0, done.stderr
    activate(problem.retryButton)
    wait_for_screen(qtbot, window, HomeScreen)
    assert window.state.vault is not None
    assert integrity_problems(window.state.vault.db.engine) == []
