"""Where Bond keeps things on disk, resolved once at start and passed to whoever needs it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from bond.domain.policy import Policy

APP_NAME = "bond"
DATA_DIR_ENV = "BOND_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """Every folder Bond may write to. Only ``data_dir`` ever holds private (encrypted) data."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path
    state_dir: Path
    autostart_file: Path
    custom_data_dir: bool = False  # --data-dir or BOND_DATA_DIR: config and logs are shared

    @property
    def log_file(self) -> Path:
        return self.log_dir / "bond.log"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "bond.ini"

    def all_dirs(self) -> tuple[Path, ...]:
        return (self.data_dir, self.config_dir, self.cache_dir, self.log_dir, self.state_dir)


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    policy: Policy | None = None,
) -> AppPaths:
    """Build the paths from a site policy's ``data_dir``, then ``--data-dir``, then
    ``BOND_DATA_DIR``, then the platform's defaults. A policy's folder cannot be moved from the
    command line (DECISIONS 28); it counts as Bond's own folder, so a wipe also clears the
    preferences and logs of this loaner's user."""
    env = os.environ if environ is None else environ
    dirs = PlatformDirs(APP_NAME, appauthor=False)
    chosen = data_dir if data_dir else env.get(DATA_DIR_ENV) or None
    if policy is not None and policy.data_dir is not None:
        data = policy.data_dir
        chosen = None
    else:
        data = Path(chosen).expanduser().resolve() if chosen else Path(dirs.user_data_dir)
    config_home = Path(dirs.user_config_dir)
    autostart = Path(dirs.user_config_path.parent / "autostart" / "bond.desktop")
    return AppPaths(
        data_dir=data,
        config_dir=config_home,
        cache_dir=Path(dirs.user_cache_dir),
        log_dir=Path(dirs.user_log_dir),
        state_dir=Path(dirs.user_state_dir),
        autostart_file=autostart,
        custom_data_dir=bool(chosen),
    )
