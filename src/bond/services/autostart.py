"""Start Bond at login, on Linux through the XDG autostart folder.

The entry holds only the command that starts Bond, which then opens locked. Windows (a shortcut
in shell:startup) and macOS (a Login Item) are documented in the README instead of automated.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ENTRY_NAME = "bond.desktop"


def supported() -> bool:
    return sys.platform.startswith("linux")


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def entry_path() -> Path:
    return autostart_dir() / ENTRY_NAME


def _quoted(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry Specification asks."""
    if arg and not any(ch in arg for ch in " \t\n\"'\\><~|&;$*?#()`="):
        return arg
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    return f'"{escaped}"'


def command(data_dir: Path | None = None) -> str:
    found = shutil.which("bond")
    args = [found] if found else [sys.executable, "-m", "bond"]
    if data_dir is not None:
        args += ["--data-dir", str(data_dir)]
    return " ".join(_quoted(a) for a in args)


def is_enabled() -> bool:
    return entry_path().is_file()


def set_enabled(enabled: bool, data_dir: Path | None = None) -> None:
    """Write or remove the autostart entry (never anything private in it)."""
    path = entry_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    text = (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Bond\n"
        "Comment=Relationship practice, kept on this computer\n"
        f"Exec={command(data_dir)}\n"
        "Icon=bond\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
    temp = path.with_suffix(".tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)
