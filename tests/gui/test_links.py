"""One window, and links into it (DECISIONS 33): ``bond://`` links open their place once the
vault is open, another start hands its link to the open window over the AF_UNIX socket, and the
socket refuses other users, long and slow senders."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bond.config import AppPaths
from bond.gui.app import listen_for_links
from bond.gui.design.toast import toast_for
from bond.gui.instance_link import MAX_PEERS, LinkServer
from bond.gui.main_window import MainWindow
from bond.gui.screens.article import ArticleScreen
from bond.gui.screens.exercises import ExercisesScreen
from bond.gui.screens.first_run import FirstRunScreen
from bond.gui.screens.home import HomeScreen
from bond.gui.screens.library import LibraryScreen
from bond.gui.screens.lock import LockScreen
from bond.gui.screens.support import SupportScreen
from bond.gui.screens.unlock import UnlockScreen
from bond.security.secrets import MemoryStore
from bond.services import hand_over
from bond.services.instance_lock import InstanceLock
from bond.services.links import Link
from bond.services.vault_files import VaultFiles
from bond.services.vault_service import VaultService
from tests.conftest import PASSPHRASE, ROOT, no_network_env
from tests.gui.conftest import WindowFactory, seed_vault, toast_text, wait_for_screen

NOT_HERE = "That link points to something this Bond doesn't have."


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A runtime folder with a short name, as /run/user/<uid> is (a socket path has at most
    107 bytes; pytest's tmp_path is longer)."""
    folder = Path(tempfile.mkdtemp(prefix="bond-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def at_home(qtbot: QtBot, make_window: WindowFactory, service: VaultService) -> MainWindow:
    seed_vault(service, ["Kai"])
    window = make_window()
    wait_for_screen(qtbot, window, HomeScreen)
    return window


@pytest.fixture
def server(
    qtbot: QtBot, at_home: MainWindow, paths: AppPaths, runtime: Path
) -> Iterator[LinkServer]:
    found = listen_for_links(at_home, paths)
    qtbot.waitUntil(lambda: found.listening, timeout=5000)
    yield found
    found.close()


def in_thread(fn: Callable[[], object]) -> list[object]:
    """Run a blocking sender beside the event loop (the window answers from the loop); what it
    returns is in the list once it is done."""
    out: list[object] = []
    threading.Thread(target=lambda: out.append(fn()), daemon=True).start()
    return out


def raw_send(path: Path, data: bytes, *, pause: float = 0.0, rest: bytes = b"") -> bytes:
    """Send ``data`` (then ``rest`` after ``pause``) and return what came back before the end."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(5)
        sock.connect(str(path))
        sock.sendall(data)
        if pause:
            time.sleep(pause)
            try:
                sock.sendall(rest)
            except OSError:
                return b"<closed>"
        answer = b""
        try:
            while chunk := sock.recv(64):
                answer += chunk
        except OSError:
            pass
        return answer


# -- links into the window -----------------------------------------------------------------------
def test_each_kind_of_link_opens_its_place(qtbot: QtBot, at_home: MainWindow) -> None:
    window = at_home
    window.links.open(Link("exercise", "feeling-check"))
    wait_for_screen(qtbot, window, ExercisesScreen)
    browser = window.current_screen()
    assert isinstance(browser, ExercisesScreen)
    current = browser.current()
    assert current is not None and current.id == "feeling-check"
    window.links.open(Link("article", "emotion-skills"))
    wait_for_screen(qtbot, window, ArticleScreen)
    article = window.current_screen()
    assert isinstance(article, ArticleScreen) and article.article.slug == "emotion-skills"
    for link, screen in (
        (Link("library"), LibraryScreen),
        (Link("exercises"), ExercisesScreen),
        (Link("support"), SupportScreen),
        (Link("home"), HomeScreen),
    ):
        window.links.open(link)
        wait_for_screen(qtbot, window, screen)


def test_an_unknown_id_opens_home_with_a_calm_notice(
    qtbot: QtBot, at_home: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = at_home
    shown: list[object] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    said: list[tuple[str, bool]] = []  # what screen readers were told, and whether over Home

    def spy(event: QAccessible.Event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append((event.message(), isinstance(window.current_screen(), HomeScreen)))

    monkeypatch.setattr(QAccessible, "updateAccessibility", spy)
    window.go("library")
    wait_for_screen(qtbot, window, LibraryScreen)
    for link in (Link("exercise", "no-such-exercise"), Link("article", "no-such-article")):
        toast_for(window).hide()
        said.clear()
        window.links.open(link)
        wait_for_screen(qtbot, window, HomeScreen)
        assert toast_text(window) == NOT_HERE  # a toast over Home, nothing pushed down
        assert said == [(NOT_HERE, True)]  # announced once, when Home is on screen
        window.go("library")
        wait_for_screen(qtbot, window, LibraryScreen)
    assert shown == []  # never an error dialog


def test_a_notice_does_not_stay_over_the_lock_screen(qtbot: QtBot, at_home: MainWindow) -> None:
    window = at_home
    window.go("home", "Paused. It is waiting for you below.")
    qtbot.waitUntil(lambda: toast_text(window) == "Paused. It is waiting for you below.")
    window.lock_now()
    assert toast_text(window) == ""  # the lock screen says nothing of what was going on


def test_an_exercise_the_organisation_hides_is_unknown_here(
    qtbot: QtBot, at_home: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = at_home
    monkeypatch.setattr(window.state, "offered", type(window.state.catalog))
    window.links.open(Link("exercise", "feeling-check"))
    wait_for_screen(qtbot, window, HomeScreen)
    assert toast_text(window) == NOT_HERE


def test_a_link_at_start_waits_for_the_vault(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    """``bond --open`` with no Bond running: the app opens, then the place."""
    seed_vault(service, ["Kai"])
    window = make_window()  # start() has begun opening the vault
    window.links.open(Link("article", "emotion-skills"))
    assert window.links.pending == Link("article", "emotion-skills")
    wait_for_screen(qtbot, window, ArticleScreen)
    assert window.links.pending is None
    qtbot.wait(300)  # and Home, had it been loading, does not take over
    assert isinstance(window.current_screen(), ArticleScreen)


def test_a_link_on_the_unlock_screen_waits_for_the_passphrase(
    qtbot: QtBot, make_window: WindowFactory, service: VaultService
) -> None:
    seed_vault(service, ["Kai"], passphrase=PASSPHRASE)
    window = make_window(MemoryStore())  # no keyring copy: the passphrase is asked
    wait_for_screen(qtbot, window, UnlockScreen)
    window.links.open(Link("exercises"))
    qtbot.wait(100)
    assert isinstance(window.current_screen(), UnlockScreen)
    window.screens["unlock"].unlock_requested.emit(PASSPHRASE)
    wait_for_screen(qtbot, window, ExercisesScreen)


def test_a_link_during_first_run_waits_and_support_opens_at_once(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    wait_for_screen(qtbot, window, FirstRunScreen)
    window.links.open(Link("library"))
    qtbot.wait(100)
    assert isinstance(window.current_screen(), FirstRunScreen)
    assert window.links.pending == Link("library")  # waiting for the vault
    window.links.open(Link("support"))  # Get support needs no vault
    wait_for_screen(qtbot, window, SupportScreen)
    assert window.links.pending is None  # the latest link is the one that counts


def test_into_a_locked_window_the_place_opens_after_unlock(
    qtbot: QtBot, at_home: MainWindow
) -> None:
    window = at_home
    window.lock_now()
    window.links.open(Link("article", "emotion-skills"))
    qtbot.wait(200)
    assert isinstance(window.current_screen(), LockScreen)  # nothing shows over the lock
    window.lock_screen.unlock_requested.emit("")  # a keyring vault: no passphrase asked
    wait_for_screen(qtbot, window, ArticleScreen)


def test_support_opens_at_once_even_when_locked(qtbot: QtBot, at_home: MainWindow) -> None:
    window = at_home
    window.lock_now()
    window.links.open(Link("support"))
    wait_for_screen(qtbot, window, SupportScreen)
    assert window.locked()


def test_a_link_waits_for_an_open_dialog(
    qtbot: QtBot, at_home: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = at_home
    modal: list[object] = [object()]
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: modal[0]))
    window.links.open(Link("library"))
    qtbot.wait(400)
    assert isinstance(window.current_screen(), HomeScreen)
    modal[0] = None  # the person answered it
    wait_for_screen(qtbot, window, LibraryScreen)


def test_a_minimised_window_comes_back(qtbot: QtBot, at_home: MainWindow) -> None:
    window = at_home
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    window.links.open(None)
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible()


def test_the_log_names_the_kind_never_the_id(
    qtbot: QtBot, at_home: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")
    at_home.links.open(Link("exercise", "feeling-check"))
    at_home.links.open(Link("article", "no-such-article-xyz"))
    wait_for_screen(qtbot, at_home, HomeScreen)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "a link to exercise" in text
    assert "feeling-check" not in text and "no-such-article-xyz" not in text


# -- the socket -----------------------------------------------------------------------------------
def test_the_socket_is_0600_in_a_0700_folder_and_goes_on_close(
    qtbot: QtBot, at_home: MainWindow, paths: AppPaths, runtime: Path
) -> None:
    found = listen_for_links(at_home, paths)
    qtbot.waitUntil(lambda: found.listening, timeout=5000)
    path = found.path
    assert path is not None and path.parent == runtime / "bond"
    assert stat.S_IMODE(os.lstat(path.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.lstat(path).st_mode) == 0o600
    found.close()
    assert not path.exists()


def test_a_handed_link_opens_in_the_window(
    qtbot: QtBot, server: LinkServer, at_home: MainWindow, paths: AppPaths
) -> None:
    out = in_thread(lambda: hand_over.hand_over(paths.data_dir, Link("library")))
    wait_for_screen(qtbot, at_home, LibraryScreen)
    assert out == [True]
    out = in_thread(lambda: hand_over.hand_over(paths.data_dir, None))  # just show
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out == [True] and isinstance(at_home.current_screen(), LibraryScreen)


def test_many_hand_overs_one_after_another(
    qtbot: QtBot, server: LinkServer, at_home: MainWindow, paths: AppPaths
) -> None:
    """Each connection is let go once answered (none keeps a place among the few read at once)."""
    for n in range(3 * MAX_PEERS):
        link = Link("library") if n % 2 else Link("exercises")
        out = in_thread(lambda link=link: hand_over.hand_over(paths.data_dir, link))
        qtbot.waitUntil(lambda out=out: bool(out), timeout=5000)
        assert out == [True], n
    assert server._peers == set()


def test_a_message_that_is_not_a_link_is_answered_no(
    qtbot: QtBot, server: LinkServer, at_home: MainWindow
) -> None:
    assert server.path is not None
    path = server.path
    out = in_thread(lambda: raw_send(path, b"bond://settings\n"))
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out == [hand_over.NO]
    assert isinstance(at_home.current_screen(), HomeScreen)


def test_a_peer_of_another_user_is_refused(
    qtbot: QtBot, server: LinkServer, at_home: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hand_over, "peer_uid", lambda _conn: os.getuid() + 1)
    assert server.path is not None
    path = server.path
    out = in_thread(lambda: raw_send(path, b"bond://library\n"))
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out == [b""]  # closed without an answer
    qtbot.wait(100)
    assert isinstance(at_home.current_screen(), HomeScreen)


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to become another user")
def test_a_real_process_of_another_user_is_refused(
    qtbot: QtBot, server: LinkServer, at_home: MainWindow
) -> None:
    """The socket's modes already keep other users out; opened up here on purpose, the
    peer-credential check refuses a real ``nobody`` process as well (forked, then setuid)."""
    assert server.path is not None
    path = server.path
    for folder in (path.parent.parent, path.parent):
        os.chmod(folder, 0o711)
    os.chmod(path, 0o666)
    pid = os.fork()
    if pid == 0:  # the child: nobody, and nothing of Qt or pytest
        code = 2
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(5)
                sock.connect(str(path))  # 2 if even this fails
                try:
                    sock.sendall(b"bond://library\n")
                    code = 0 if sock.recv(16) == b"" else 1  # 0: closed without an answer
                except (ConnectionResetError, BrokenPipeError):
                    code = 0  # closed before it could send or read
        finally:
            os._exit(code)
    status: list[int] = []

    def ended() -> bool:
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            status.append(os.waitstatus_to_exitcode(code))
        return bool(done)

    qtbot.waitUntil(ended, timeout=10000)
    assert status == [0]
    qtbot.wait(100)
    assert isinstance(at_home.current_screen(), HomeScreen)


def test_an_oversize_sender_is_cut_off_at_2_kib(
    qtbot: QtBot, server: LinkServer, at_home: MainWindow, paths: AppPaths
) -> None:
    assert server.path is not None
    path = server.path
    out = in_thread(lambda: raw_send(path, b"bond://library" + b"x" * 4000))
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out[0] in (b"", b"<closed>")
    assert isinstance(at_home.current_screen(), HomeScreen)
    # The window still listens.
    out = in_thread(lambda: hand_over.hand_over(paths.data_dir, Link("library")))
    wait_for_screen(qtbot, at_home, LibraryScreen)


def test_a_slow_sender_is_cut_off_after_a_second(
    qtbot: QtBot, server: LinkServer, at_home: MainWindow
) -> None:
    assert server.path is not None
    path = server.path
    started = time.monotonic()
    out = in_thread(lambda: raw_send(path, b"bond://lib", pause=1.6, rest=b"rary\n"))
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    assert out[0] in (b"", b"<closed>")
    assert time.monotonic() - started >= 1.0
    assert isinstance(at_home.current_screen(), HomeScreen)


def test_a_sender_that_never_sends_is_cut_off_too(
    qtbot: QtBot, server: LinkServer, at_home: MainWindow
) -> None:
    assert server.path is not None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(str(server.path))
        sock.settimeout(0)
        started = time.monotonic()
        closed: list[bytes] = []

        def gone() -> bool:
            try:
                closed.append(sock.recv(16))
            except BlockingIOError:
                return False
            return True

        qtbot.waitUntil(gone, timeout=3000)
        assert closed == [b""] and 0.9 <= time.monotonic() - started < 2.5


def test_without_a_runtime_folder_there_is_no_socket(
    qtbot: QtBot, at_home: MainWindow, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    found = listen_for_links(at_home, paths)
    qtbot.waitUntil(lambda: not at_home.ops.busy())
    assert not found.listening
    found.close()


# -- a second start ------------------------------------------------------------------------------
def start_bond(paths: AppPaths, runtime: Path | None, *args: str) -> subprocess.Popen[str]:
    env = no_network_env()
    home = paths.data_dir.parent / "second-home"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_DATA_HOME=str(home / "data"),
        PYTHONPATH=str(ROOT / "src"),
    )
    for name in ("BOND_DATA_DIR", "BOND_POLICY", "XDG_RUNTIME_DIR", "BOND_QUIT_AFTER_FIRST_WINDOW"):
        env.pop(name, None)
    if runtime is not None:
        env["XDG_RUNTIME_DIR"] = str(runtime)
    return subprocess.Popen(
        [sys.executable, "-m", "bond", "--data-dir", str(paths.data_dir), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def held(paths: AppPaths) -> Iterator[None]:
    """The window in this test holds the data folder, as the app does (``run_app``)."""
    lock = InstanceLock(VaultFiles(paths.data_dir).lock)
    lock.acquire()
    yield
    lock.release()


def test_a_second_bond_hands_over_its_link_and_exits_0(
    qtbot: QtBot,
    server: LinkServer,
    at_home: MainWindow,
    paths: AppPaths,
    runtime: Path,
    held: None,
) -> None:
    for link, screen in (("bond://support", SupportScreen), ("bond://library", LibraryScreen)):
        started = time.monotonic()
        child = start_bond(paths, runtime, "--open", link)
        wait_for_screen(qtbot, at_home, screen, timeout=10000)
        qtbot.waitUntil(lambda c=child: c.poll() is not None, timeout=10000)
        took = time.monotonic() - started
        _out, err = child.communicate()
        assert child.returncode == 0, err
        assert took < 5, took
        print(f"hand-over of {link}: {took:.2f} s to exit 0")
    child = start_bond(paths, runtime)  # plain `bond` again: the window comes forward
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=10000)
    assert child.wait() == 0
    assert isinstance(at_home.current_screen(), LibraryScreen)  # and stays where it was


def test_without_a_runtime_folder_a_second_start_says_bond_is_open(
    qtbot: QtBot,
    at_home: MainWindow,
    paths: AppPaths,
    held: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In this process, so the message box can be seen (a real one would wait for a click)."""
    from bond.gui import app
    from bond.logging_setup import shutdown_logging

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    started = time.monotonic()
    try:
        code = app.run_app(paths, link=Link("library"))
    finally:
        shutdown_logging()
    assert code == 1 and time.monotonic() - started < 1
    assert len(said) == 1 and "Bond is already open" in said[0]
    assert isinstance(at_home.current_screen(), HomeScreen)


def test_the_socket_goes_even_when_its_binding_was_never_delivered(
    qtbot: QtBot, at_home: MainWindow, paths: AppPaths, runtime: Path
) -> None:
    """The app may quit right after its first frame (before the worker's result arrives)."""
    found = LinkServer(at_home)
    found.listen(paths.data_dir, lambda fn, _done, _failed: fn())  # never delivered
    path = hand_over.socket_path(paths.data_dir)
    assert path is not None and path.exists() and not found.listening
    found.close()
    assert not path.exists()


def test_two_real_bonds_one_window(paths: AppPaths, runtime: Path) -> None:
    """``python -m bond`` twice for one data folder, as from a terminal or a browser's link:
    the first opens its window with its ``--open`` link, the second hands its link over and
    exits 0; the first's log names the kinds only."""
    first = start_bond(paths, runtime, "--open", "bond://support")
    log = paths.data_dir.parent / "second-home" / "state" / "bond" / "log" / "bond.log"
    try:
        deadline = time.monotonic() + 30
        while "listening for another start" not in (log.read_text() if log.exists() else ""):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, log.read_text() if log.exists() else "no log"
            time.sleep(0.1)
        started = time.monotonic()
        second = start_bond(paths, runtime, "--open", "bond://exercise/feeling-check")
        assert second.wait(10) == 0, second.communicate()
        took = time.monotonic() - started
        assert took < 5
        print(f"hand-over between two real processes: exit 0 after {took:.2f} s")
        deadline = time.monotonic() + 10
        while "handed over: exercise" not in log.read_text():
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        text = log.read_text()
        assert "a link to support" in text and "a link to exercise" in text
        assert "feeling-check" not in text
    finally:
        first.terminate()
        first.wait(10)
