"""The hand-over socket, Qt-free: where it lives, its modes, a stale one replaced, the reading
limits, and a new start that finds nobody listening (DECISIONS 33)."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bond.services import hand_over
from bond.services.hand_over import (
    MAX_MESSAGE,
    OK,
    Listener,
    Reader,
    TooLong,
    socket_path,
    understand,
)
from bond.services.links import Link


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A runtime folder with a short name, as /run/user/<uid> is (a socket's path has at most
    107 bytes; pytest's tmp_path is longer than that allows)."""
    folder = Path(tempfile.mkdtemp(prefix="bond-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_one_socket_per_data_folder_in_the_runtime_folder(runtime: Path, tmp_path: Path) -> None:
    path = socket_path(tmp_path / "a")
    assert path is not None and path.parent == runtime / "bond" and path.suffix == ".sock"
    assert socket_path(tmp_path / "a") == path
    assert socket_path(tmp_path / "b") != path
    (tmp_path / "a").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert socket_path(tmp_path / "link") == path  # the same folder by another name
    assert str(tmp_path) not in path.name  # the folder's name is not in it


def test_no_runtime_folder_means_no_socket(tmp_path: Path) -> None:
    assert socket_path(tmp_path, {}) is None
    assert socket_path(tmp_path, {"XDG_RUNTIME_DIR": ""}) is None
    assert socket_path(tmp_path, {"XDG_RUNTIME_DIR": "relative/run"}) is None
    assert socket_path(tmp_path, {"XDG_RUNTIME_DIR": "/" + "r" * 100}) is None  # too long
    assert not hand_over.hand_over(tmp_path, Link("home"), environ={})


def test_inside_flatpak_the_shared_part_of_the_runtime_folder(tmp_path: Path) -> None:
    env = {"XDG_RUNTIME_DIR": "/run/user/1000", "FLATPAK_ID": "io.github.bond.Bond"}
    path = socket_path(tmp_path, env)
    assert path is not None
    assert path.parent == Path("/run/user/1000/app/io.github.bond.Bond/bond")


def test_the_socket_is_0600_in_a_0700_folder_whatever_the_umask(
    runtime: Path, tmp_path: Path
) -> None:
    path = socket_path(tmp_path / "v")
    assert path is not None
    old = os.umask(0)
    try:
        listener = Listener.bind(path)
    finally:
        os.umask(old)
    assert listener is not None
    try:
        assert stat.S_IMODE(os.lstat(path.parent).st_mode) == 0o700
        info = os.lstat(path)
        assert stat.S_ISSOCK(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o600
        assert info.st_uid == os.getuid()
    finally:
        listener.close()
    assert not path.exists()  # removed on close
    assert os.umask(old) == old  # the umask is given back


def test_a_looser_folder_of_ours_is_tightened(runtime: Path, tmp_path: Path) -> None:
    (runtime / "bond").mkdir(mode=0o755)
    os.chmod(runtime / "bond", 0o755)
    path = socket_path(tmp_path / "v")
    assert path is not None
    listener = Listener.bind(path)
    assert listener is not None
    listener.close()
    assert stat.S_IMODE(os.lstat(runtime / "bond").st_mode) == 0o700


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to make a folder another user owns")
def test_a_folder_that_is_not_ours_is_not_used(runtime: Path, tmp_path: Path) -> None:
    (runtime / "bond").mkdir(mode=0o700)
    os.chown(runtime / "bond", 65534, 65534)
    path = socket_path(tmp_path / "v")
    assert path is not None
    assert Listener.bind(path) is None
    assert not hand_over.hand_over(tmp_path / "v", None, wait_s=0)


def test_a_symlink_in_place_of_the_folder_is_not_used(runtime: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (runtime / "bond").symlink_to(elsewhere)
    path = socket_path(tmp_path / "v")
    assert path is not None and Listener.bind(path) is None
    assert list(elsewhere.iterdir()) == []


def test_a_stale_socket_is_replaced_and_a_live_one_left_alone(
    runtime: Path, tmp_path: Path
) -> None:
    path = socket_path(tmp_path / "v")
    assert path is not None
    (runtime / "bond").mkdir(mode=0o700)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))
    dead.close()  # the file stays, nobody listens: a Bond that was killed
    listener = Listener.bind(path)
    assert listener is not None
    try:
        assert Listener.bind(path) is None  # someone answers there: not taken over
        assert path.exists()
    finally:
        listener.close()
    path.write_text("not a socket")
    listener = Listener.bind(path)
    assert listener is not None
    listener.close()


def test_close_leaves_a_socket_that_is_no_longer_ours(runtime: Path, tmp_path: Path) -> None:
    path = socket_path(tmp_path / "v")
    assert path is not None
    listener = Listener.bind(path)
    assert listener is not None
    path.unlink()
    path.write_text("someone else's")
    listener.close()
    assert path.read_text() == "someone else's"


def _pair() -> tuple[socket.socket, socket.socket]:
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    ours.setblocking(False)
    return ours, theirs


def test_the_reader_takes_one_line_or_what_came_before_the_end() -> None:
    ours, theirs = _pair()
    reader = Reader()
    assert reader.feed(ours) is None  # nothing yet
    theirs.sendall(b"bond://sup")
    assert reader.feed(ours) is None
    theirs.sendall(b"port\nignored")
    assert reader.feed(ours) == b"bond://support"
    ours, theirs = _pair()
    theirs.sendall(b"bond://home")
    theirs.shutdown(socket.SHUT_WR)
    reader = Reader()
    assert reader.feed(ours) is None  # no newline: more may come
    assert reader.feed(ours) == b"bond://home"  # the end: that was all


def test_the_reader_stops_at_2_kib() -> None:
    ours, theirs = _pair()
    theirs.sendall(b"x" * (MAX_MESSAGE + 500))
    reader = Reader()
    with pytest.raises(TooLong):
        for _ in range(10):
            reader.feed(ours)
    ours, theirs = _pair()
    theirs.sendall(b"x" * (MAX_MESSAGE - 1) + b"\n")  # just fits
    assert Reader().feed(ours) == b"x" * (MAX_MESSAGE - 1)


def test_what_a_message_may_say() -> None:
    assert understand(b"bond://article/emotion-skills") == (True, Link("article", "emotion-skills"))
    assert understand(b"") == (True, None)  # show the window, go nowhere
    assert understand(b"bond://home\r") == (True, Link("home"))
    for refused in (b"bond://settings", b"https://example.org", b"\xff\xfe", b"bond://home x"):
        assert understand(refused) == (False, None)


def test_a_new_start_finds_nobody_and_gives_up_after_waiting(runtime: Path, tmp_path: Path) -> None:
    import time

    started = time.monotonic()
    assert not hand_over.hand_over(tmp_path / "v", Link("home"), wait_s=0.3)
    assert 0.3 <= time.monotonic() - started < 2


def test_a_new_start_hands_over_and_reads_the_answer(runtime: Path, tmp_path: Path) -> None:
    """The protocol end to end against a plain listener in a thread (the window's is tested in
    tests/gui/test_links.py)."""
    path = socket_path(tmp_path / "v")
    assert path is not None
    listener = Listener.bind(path)
    assert listener is not None
    got: list[bytes] = []

    def serve() -> None:
        listener.sock.setblocking(True)
        conn, _ = listener.sock.accept()
        with conn:
            assert hand_over.peer_uid(conn) == os.getuid()
            got.append(conn.recv(MAX_MESSAGE))
            conn.sendall(OK)

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        assert hand_over.hand_over(tmp_path / "v", Link("exercise", "feeling-check"), wait_s=2)
    finally:
        thread.join(5)
        listener.close()
    assert got == [b"bond://exercise/feeling-check\n"]


def test_the_hand_over_opens_only_af_unix_sockets(
    runtime: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PRIVACY.md: no network socket, ever; the hand-over is AF_UNIX from end to end."""
    families: list[int] = []
    real = socket.socket

    class Watched(real):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = socket.AF_INET, *args: object, **kwargs: object) -> None:
            families.append(int(family))
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", Watched)
    monkeypatch.setattr(hand_over, "ANSWER_TIMEOUT_S", 0.2)
    path = socket_path(tmp_path / "v")
    assert path is not None
    (runtime / "bond").mkdir(mode=0o700)
    stale = real(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()
    listener = Listener.bind(path)  # probes the stale one, then binds
    assert listener is not None
    try:
        assert not hand_over.hand_over(tmp_path / "other", None, wait_s=0)
        assert hand_over._send(path, b"\n") is False  # connects; nobody answers in time
    finally:
        listener.close()
    assert len(families) >= 3 and set(families) == {socket.AF_UNIX}
