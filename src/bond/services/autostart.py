"""Start Bond at login, on Linux through the XDG autostart folder.

The entry holds only the command that starts Bond, which then opens locked. Windows (a shortcut
in shell:startup) and macOS (a Login Item) are documented in the README instead of automated.
"""

from __future__ import annotations

import os
import shlex
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


def command() -> str:
    found = shutil.which("bond")
    return shlex.quote(found) if found else f"{shlex.quote(sys.executable)} -m bond"


def is_enabled() -> bool:
    return entry_path().is_file()


def set_enabled(enabled: bool) -> None:
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
        f"Exec={command()}\n"
        "Icon=bond\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
    temp = path.with_suffix(".tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)
