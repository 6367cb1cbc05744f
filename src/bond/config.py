"""Where Bond keeps things on disk, resolved once at start and passed to whoever needs it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from bond.domain.policy import Policy
from bond.errors import BondError

APP_NAME = "bond"
DATA_DIR_ENV = "BOND_DATA_DIR"


class PolicyDataDirError(BondError):
    """The policy names a data folder Bond cannot use: no vault opens, here or anywhere else."""

    @classmethod
    def for_policy(cls, policy: Policy) -> PolicyDataDirError:
        source = policy.source
        return cls(
            f'The policy file "{source}" sets a data folder ("data_dir") that cannot be used, '
            "so Bond will not open a vault, in that folder or in any other.\n"
            f"{policy.data_dir_problem}\n"
            "Ask whoever looks after this computer to fix the policy; "
            f'"bond policy validate {source}" lists what is wrong.'
        )


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
    #: The site policy names the data folder: a wipe empties it but leaves the folder itself.
    policy_data_dir: bool = False

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
    preferences and logs of this loaner's user.

    Raises :class:`PolicyDataDirError` when the policy names a data folder it cannot use (a
    broken or misplaced ``data_dir``): then no folder at all is Bond's, never another one."""
    if policy is not None and policy.data_dir_problem:
        raise PolicyDataDirError.for_policy(policy)
    env = os.environ if environ is None else environ
    dirs = PlatformDirs(APP_NAME, appauthor=False)
    chosen = data_dir if data_dir else env.get(DATA_DIR_ENV) or None
    fixed = policy.data_dir if policy is not None else None
    if fixed is not None:
        data = fixed
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
        policy_data_dir=fixed is not None,
    )
