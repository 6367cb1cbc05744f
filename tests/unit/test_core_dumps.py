"""A crash must not write decrypted memory to disk ("Hardening, part 1", High 2).

Bond turns core dumps off and, on Linux, makes itself non-dumpable (``PR_SET_DUMPABLE`` 0, as
KeePassXC does) before any key, vault or Qt module is in memory: first thing in
``bond.__main__.main``, which every entry point goes through (the ``bond`` script, ``python -m
bond``, the bundle's launcher). Each check runs in a child process, read from inside it: the
core-size limit with ``getrlimit`` and the dumpable flag with ``prctl(PR_GET_DUMPABLE)``. The
children start with a core limit as a user's ``ulimit -c unlimited`` would leave it, so the
checks mean something on machines whose default is already 0.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="prctl and /proc are Linux's")

SRC = str(Path(__file__).resolve().parents[2] / "src")

#: First, core dumps on as far as the hard limit allows (as ``ulimit -c unlimited`` would leave
#: them); ``state()`` is what the process looks like from inside right now.
STATE = """
import ctypes, json, resource, sys
_soft, _hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (_hard, _hard))
PR_GET_DUMPABLE = 3
def state():
    libc = ctypes.CDLL(None)
    return {
        "dumpable": libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0),
        "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
    }
"""

PROTECTED = {"dumpable": 0, "core": [0, 0]}


def _run(code: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    child_env = {
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("BOND_", "XDG_")) and k != "QT_QPA_PLATFORMTHEME"
        },
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHONPATH": os.pathsep.join(p for p in (SRC, os.environ.get("PYTHONPATH")) if p),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", STATE + code],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env,
        check=False,
    )


def _report(done: subprocess.CompletedProcess[str], marker: str) -> Any:
    lines = [line for line in done.stdout.splitlines() if line.startswith(marker)]
    assert lines, f"no {marker} line; stdout={done.stdout[-500:]!r} stderr={done.stderr[-1500:]!r}"
    report = json.loads(lines[0][len(marker) :])
    return report


def test_protecting_the_process_turns_core_dumps_off_for_good(tmp_path: Path) -> None:
    done = _run(
        """
before = state()
from bond.hardening import protect_process_memory
protect_process_memory()
after = state()
try:  # the hard limit is 0 too: nothing in the process can turn dumps back on
    resource.setrlimit(resource.RLIMIT_CORE, (1024, 1024))
    raised = True
except (ValueError, OSError):
    raised = False
print("REPORT" + json.dumps({"before": before, "after": after, "raised": raised}))
""",
        tmp_path,
    )
    report = _report(done, "REPORT")
    if resource.getrlimit(resource.RLIMIT_CORE)[1] != 0:
        assert report["before"] != PROTECTED  # so the check below is not a default
    assert report["after"] == PROTECTED
    assert report["raised"] is False


def test_a_command_line_verb_is_protected_before_it_reads_a_passphrase(tmp_path: Path) -> None:
    """The real ``bond init --passphrase-stdin`` path: standard input reports the state at the
    moment the verb reads the secret from it (it then gets nothing, so init stops there)."""
    done = _run(
        f"""
import io
class Reporting(io.StringIO):
    def read(self, *args):
        print("READ" + json.dumps(state()), flush=True)
        return super().read(*args)
sys.stdin = Reporting("")
sys.argv = ["bond", "--data-dir", {str(tmp_path / "vault")!r}, "init", "--passphrase-stdin"]
import bond.__main__
bond.__main__.main()
""",
        tmp_path,
    )
    assert _report(done, "READ") == PROTECTED
    assert "standard input was empty" in done.stderr


def test_the_app_is_protected_before_it_looks_up_the_vault_key(tmp_path: Path) -> None:
    """The real ``bond`` (no verb) path up to its first window: the key prefetch, the first
    thing that can bring the key into memory, reports the state when it starts."""
    done = _run(
        f"""
from bond.security import key_prefetch
real_start = key_prefetch.KeyPrefetch.start
def start(*args, **kwargs):
    print("PREFETCH" + json.dumps(state()), flush=True)
    return real_start(*args, **kwargs)
key_prefetch.KeyPrefetch.start = start
sys.argv = ["bond", "--data-dir", {str(tmp_path / "vault")!r}]
import bond.__main__
bond.__main__.main()
""",
        tmp_path,
        QT_QPA_PLATFORM="offscreen",
        BOND_QUIT_AFTER_FIRST_WINDOW="1",
    )
    assert _report(done, "PREFETCH") == PROTECTED


def test_main_protects_the_process_before_it_does_anything_else(tmp_path: Path) -> None:
    """Before the command line is read and before any key, vault, crypto or Qt module is loaded."""
    done = _run(
        """
import bond.hardening, bond.launch
calls = []
heavy = ("bond.security", "bond.storage", "bond.services", "PySide6", "shiboken6",
         "sqlcipher3", "sqlalchemy", "nacl", "argon2", "cryptography", "keyring")
def protect():
    calls.append(["protect", sorted(m for m in sys.modules if m.startswith(heavy))])
def options(argv):
    calls.append(["options", list(argv)])
    raise SystemExit(0)
bond.hardening.protect_process_memory = protect
bond.launch.gui_options = options
sys.argv = ["bond", "--data-dir", "somewhere"]
import bond.__main__
try:
    bond.__main__.main()
finally:
    print("CALLS" + json.dumps(calls))
""",
        tmp_path,
    )
    assert _report(done, "CALLS") == [["protect", []], ["options", ["--data-dir", "somewhere"]]]


HOLDER = """
import sys
from pathlib import Path
from bond.hardening import protect_process_memory
protect_process_memory()
from bond.services.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
sys.stdin.read()
"""

SECOND = """
import errno, os, sys
from pathlib import Path
from bond.errors import VaultBusyError
from bond.services.instance_lock import InstanceLock
try:
    os.readlink(f"/proc/{sys.argv[2]}/exe")
    print("exe readable")
except PermissionError:
    print("exe hidden")
try:
    InstanceLock(Path(sys.argv[1])).acquire()
    print("second Bond got the lock")
except VaultBusyError:
    print("busy")
"""


def test_the_single_instance_lock_holds_when_its_holder_is_non_dumpable(tmp_path: Path) -> None:
    """QLockFile looks up the holder's program through /proc/<pid>/exe, which a non-dumpable
    process hides from other processes of its user; the lock must still hold (its flock does).
    Run as root, the second process drops CAP_SYS_PTRACE to see what a normal user sees."""
    second = [sys.executable, "-c", SECOND]
    if os.geteuid() == 0:
        if not Path("/usr/bin/setpriv").exists():
            pytest.skip("needs setpriv (util-linux) to drop CAP_SYS_PTRACE")
        second = ["/usr/bin/setpriv", "--bounding-set", "-sys_ptrace", "--inh-caps", "-sys_ptrace"]
        second += [sys.executable, "-c", SECOND]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    lock = tmp_path / "vault.lock"
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "held"
            done = subprocess.run(
                [*second, str(lock), str(holder.pid)],
                capture_output=True,
                text=True,
                timeout=60,
                env=env,
                check=True,
            )
        finally:
            holder.communicate("", timeout=30)
    assert done.stdout.split("\n")[:2] == ["exe hidden", "busy"]


@pytest.mark.parametrize("where", ["flatpak", "portal theme"])
def test_where_dialogs_go_through_portals_only_core_dumps_are_turned_off(
    tmp_path: Path, where: str
) -> None:
    """xdg-desktop-portal refuses a non-dumpable caller (it cannot read /proc/<pid>/root), and
    Save as PDF and export go through its file chooser there: the core limit still drops to 0."""
    flatpak = "import bond.hardening as h\nh.os.path.exists = lambda p: p == '/.flatpak-info'\n"
    done = _run(
        (flatpak if where == "flatpak" else "")
        + """
from bond.hardening import protect_process_memory
protect_process_memory()
print("REPORT" + json.dumps(state()))
""",
        tmp_path,
        **({"QT_QPA_PLATFORMTHEME": "xdgdesktopportal"} if where == "portal theme" else {}),
    )
    assert _report(done, "REPORT") == {"dumpable": 1, "core": [0, 0]}
