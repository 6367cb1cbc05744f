"""The Linux desktop integration files agree with each other and pass their validators."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from bond.gui.app import APP_ID
from tests.conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (scripts/bootstrap.sh installs it for CI)")
    return found


def test_desktop_file_validates() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates_offline() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_app_id_everywhere() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(DESKTOP, encoding="utf-8")
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    flatpak = (LINUX / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert f"app-id: {APP_ID}\n" in flatpak


def test_metainfo_licences_and_rating() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("project_license") == "GPL-3.0-or-later AND CC-BY-SA-4.0"
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


def test_metainfo_release_is_the_package_version() -> None:
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    releases = [r.get("version") for r in ET.parse(METAINFO).getroot().iter("release")]
    assert releases and releases[0] == version


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_icon_set_has_every_size() -> None:
    hicolor = LINUX / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert _png_size(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "bond.svg").read_bytes()


def test_window_icon_is_the_packaged_icon_set() -> None:
    """The app's window icon (small PNGs, see bond.gui.app.window_icon) stays the same image as
    the installed icons: make-icons.sh writes both."""
    from bond.gui.app import WINDOW_ICON_SIZES

    hicolor = LINUX / "icons" / "hicolor"
    for size in WINDOW_ICON_SIZES:
        own = ROOT / "resources" / "icons" / f"bond-{size}.png"
        packaged = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert own.read_bytes() == packaged.read_bytes(), own


def test_resources_are_found_in_one_place_only() -> None:
    """House rule: the bundle finds resources through bond/paths.py, not sys._MEIPASS checks."""
    offenders = [
        p for p in (ROOT / "src").rglob("*.py") if "_MEIPASS" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def _notices() -> ModuleType:
    path = ROOT / "packaging" / "tools" / "third_party_notices.py"
    spec = importlib.util.spec_from_file_location("third_party_notices", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_third_party_notices_cover_the_runtime_closure_only() -> None:
    notices = _notices()
    names = {d.metadata["Name"].lower().replace("_", "-") for d in notices.runtime_closure()}
    assert {"pyside6-essentials", "shiboken6", "sqlcipher3", "keyring", "sqlalchemy"} <= names
    if sys.platform.startswith("linux"):
        assert {"secretstorage", "jeepney"} <= names  # keyring's Linux-only requirements
    assert not names & {"bond", "pytest", "ruff", "mypy", "pyinstaller", "hypothesis"}


def test_third_party_notices_carry_qt_lgpl_and_licence_texts(tmp_path: Path) -> None:
    notices = _notices()
    out = tmp_path / "THIRD_PARTY_NOTICES.txt"
    assert notices.main(["--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "ZETETIC LLC" in text  # SQLCipher, compiled into sqlcipher3
    assert "Copyright (c) 2004-2007 Gerhard" in text  # sqlcipher3's own licence file
    for dist in notices.runtime_closure():
        assert f"{dist.metadata['Name']} {dist.version}" in text
