"""requirements.lock pins every package with its hashes, and agrees with pyproject.toml.

scripts/lock.sh writes the lock; scripts/bootstrap.sh (run.sh, test.sh, CI, build-bundle.sh)
installs from it with ``--require-hashes``. A pin changed in pyproject.toml without running
scripts/lock.sh fails here, before pip would refuse the install.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements.lock"


def _name(requirement: str) -> str:
    """PEP 503 normalised: ``PySide6_Essentials`` and ``pyside6-essentials`` are one package."""
    return re.sub(r"[-_.]+", "-", requirement).lower()


def locked() -> dict[str, tuple[str, list[str]]]:
    """Each package in the lock: its version and its hashes."""
    entries: dict[str, tuple[str, list[str]]] = {}
    current = ""
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if match := re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^ ;\\]+)", line):
            current = _name(match[1])
            assert current not in entries, f"{current} is locked twice"
            entries[current] = (match[2], [])
        elif text.startswith("--hash="):
            entries[current][1].append(text.removeprefix("--hash=").rstrip(" \\"))
        else:
            raise AssertionError(f"unexpected line in requirements.lock: {line!r}")
    return entries


def direct_pins() -> dict[str, str]:
    """pyproject.toml's own pins: dependencies, the dev and bundle extras, the build backend."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = [
        *data["project"]["dependencies"],
        *data["project"]["optional-dependencies"]["dev"],
        *data["project"]["optional-dependencies"]["bundle"],
        *data["build-system"]["requires"],
    ]
    pins = {}
    for requirement in requirements:
        spec = requirement.split(";")[0].strip()
        name, sep, version = spec.partition("==")
        assert sep, f"{requirement!r} is not pinned with =="
        pins[_name(name)] = version
    return pins


def test_every_locked_package_has_a_version_and_sha256_hashes() -> None:
    entries = locked()
    assert len(entries) > 40
    for name, (_version, hashes) in entries.items():
        assert hashes, f"{name} has no hash"
        assert all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), name


def test_the_lock_holds_pyproject_s_pins_pip_and_the_build_backend() -> None:
    entries = locked()
    for name, version in direct_pins().items():
        assert name in entries, f"{name} is pinned in pyproject.toml but not locked"
        assert entries[name][0] == version, (
            f"{name}: pyproject.toml pins {version}, requirements.lock has {entries[name][0]}; "
            "run scripts/lock.sh"
        )
    assert "pip" in entries  # bootstrap no longer upgrades pip from outside the lock


HASHED = re.compile(r"--require-hashes -r (requirements\.lock|scripts/lock-tools\.txt)")


def test_the_scripts_install_only_from_the_lock() -> None:
    """Every pip install in scripts/ checks hashes, or installs Bond itself without its deps."""
    for script in sorted((ROOT / "scripts").glob("*.sh")):
        for line in script.read_text(encoding="utf-8").splitlines():
            if "pip install" in line and not line.lstrip().startswith("#"):
                assert HASHED.search(line) or (
                    "--no-deps" in line and "--no-build-isolation -e ." in line
                ), f"{script.name}: {line.strip()}"
