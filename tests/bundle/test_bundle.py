"""Smoke tests of the one-folder bundle: the frozen program, not the source tree.

Each runs dist/bond/bond in a subprocess, so what is proved is that PyInstaller carried what Bond
loads by name: SQLAlchemy's SQLCipher dialect, keyring's Secret Service backend (entry points),
Alembic's migration scripts, QtCharts and the PDF writer, the resources and the Qt plugins.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from tests.bundle.conftest import BUNDLE
from tests.conftest import ROOT

# Python modules travel as plain .pyc files (noarchive in bond.spec): ~13 MB more than the zlib
# archive, for a start ~140 ms sooner; the download (.tar.gz) is the same size.
MAX_UNPACKED_MB = 175
TIMEOUT = 120


def run(program: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def test_version(program: Path, env: dict[str, str]) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    result = run(program, "--version", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Bond {version}"


def test_vault_with_keyring_check_and_pdf(
    program: Path, env: dict[str, str], tmp_path: Path
) -> None:
    vault = tmp_path / "vault"
    made = run(program, "--data-dir", str(vault), "demo", "--weeks", "3", env=env)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "OS keyring" in made.stdout  # the Secret Service backend was found in the bundle
    checked = run(program, "--data-dir", str(vault), "check", env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    pdf = tmp_path / "summary.pdf"
    exported = run(
        program,
        "--data-dir",
        str(vault),
        "export",
        "--format",
        "pdf",
        "--output",
        str(pdf),
        env=env,
    )
    assert exported.returncode == 0, exported.stdout + exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_bundled_content_is_valid(program: Path, env: dict[str, str]) -> None:
    content = BUNDLE / "_internal" / "bond" / "_resources" / "content"
    result = run(program, "content", "validate", str(content), env=env)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("vault_kind", ["first-run", "demo"])
def test_window_opens_and_quits(
    program: Path, env: dict[str, str], tmp_path: Path, vault_kind: str
) -> None:
    vault = tmp_path / "vault"
    if vault_kind == "demo":
        assert (
            run(program, "--data-dir", str(vault), "demo", "--weeks", "1", env=env).returncode == 0
        )
    started, wall = time.monotonic(), time.time()
    result = run(
        program, "--data-dir", str(vault), env={**env, "BOND_QUIT_AFTER_FIRST_WINDOW": "1"}
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    log = (Path(env["XDG_STATE_HOME"]) / "bond" / "log" / "bond.log").read_text()
    shown = [line for line in log.splitlines() if "first window shown" in line]
    assert shown, log
    assert "Traceback" not in log and "Traceback" not in result.stderr
    at = datetime.strptime(shown[0][:23], "%Y-%m-%d %H:%M:%S,%f").timestamp()
    print(
        f"bundle ({vault_kind}): first window {at - wall:.1f} s after launch, "
        f"closed and exited after {seconds:.1f} s"
    )


def test_bundle_is_slim_and_carries_its_notices() -> None:
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    megabytes = sum(p.stat().st_size for p in files) / 1024**2
    assert megabytes <= MAX_UNPACKED_MB, f"{megabytes:.0f} MB"
    names = {p.name for p in files}
    for unwanted in (
        "libQt6WebEngineCore.so.6",
        "libQt6Qml.so.6",
        "libQt6Quick.so.6",
        "libQt6Network.so.6",
        "libgtk-3.so.0",
        "libqgtk3.so",
        "libqsqlite.so",
    ):
        assert unwanted not in names, unwanted
    for wanted in (
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
        "libqsvg.so",
        "libQt6Charts.so.6",
        "libQt6DBus.so.6",
        "qtbase_es.qm",
        "bond_es.qm",
    ):
        assert wanted in names, wanted
    notices = (BUNDLE / "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices and "sqlcipher3" in notices
    assert (BUNDLE / "LICENSE").is_file() and (BUNDLE / "LICENSE-content").is_file()
    assert not any(p.suffix == ".ts" for p in files)  # translation sources stay behind


def _with_core_dumps_allowed(command: list[str]) -> list[str]:
    """``command`` started with core dumps on, as far as the hard limit allows (util-linux)."""
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    limit = "unlimited" if hard == resource.RLIM_INFINITY else str(hard)
    return ["prlimit", f"--core={limit}:{limit}", *command]


def _core_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return " ".join(line.split()[4:6])
    return ""


def _exe_hidden(pid: int) -> bool:
    """Whether another program of the same user is refused /proc/<pid>/exe (as for a
    non-dumpable process); run as root, the look drops CAP_SYS_PTRACE first."""
    look = [sys.executable, "-c", f"import os; os.readlink('/proc/{pid}/exe')"]
    if os.geteuid() == 0:
        look = ["setpriv", "--bounding-set", "-sys_ptrace", "--inh-caps", "-sys_ptrace", *look]
    done = subprocess.run(look, capture_output=True, text=True, timeout=30, check=False)
    return "PermissionError" in done.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="prctl and /proc are Linux's")
def test_the_frozen_program_keeps_its_memory_to_itself(
    program: Path, env: dict[str, str], tmp_path: Path
) -> None:
    """The bundle enters through bond.__main__.main too: while ``bond init --passphrase-stdin``
    waits for the secret, its core limit is 0 and it is non-dumpable (ctypes finds prctl in the
    frozen program), although it was started with core dumps allowed."""
    command = [str(program), "--data-dir", str(tmp_path / "vault"), "init", "--passphrase-stdin"]
    with subprocess.Popen(
        _with_core_dumps_allowed(command),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={k: v for k, v in env.items() if k != "QT_QPA_PLATFORMTHEME"},  # no portal theme
        text=True,
    ) as bond:
        try:
            deadline = time.monotonic() + TIMEOUT
            while _core_limit(bond.pid) != "0 0" and time.monotonic() < deadline:
                time.sleep(0.05)
            assert _core_limit(bond.pid) == "0 0"
            while not _exe_hidden(bond.pid) and time.monotonic() < deadline:
                time.sleep(0.2)
            assert _exe_hidden(bond.pid)
        finally:
            _out, err = bond.communicate("", timeout=TIMEOUT)  # no passphrase: init stops
    assert "standard input was empty" in err
