"""A clinic's site policy, as plain data: what the organisation decided for this device.

The policy file (TOML, see ``packaging/clinic/policy.example.toml``) is parsed and checked in
:mod:`bond.services.policy`; everything else reads this frozen value. A policy only ever makes
Bond stricter than the user's own settings (DECISIONS 28). ``Policy.none()`` is "no clinic": the
user decides everything. ``Policy.locked_down()`` is what Bond runs with when a policy file exists
but cannot be read: closed rather than open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

#: The idle lock of a broken policy file (or its own, when shorter).
LOCKED_DOWN_IDLE_MINUTES = 5


class SupportMode(StrEnum):
    """How a clinic's support contacts combine with the built-in ones."""

    EXTEND = "extend"  # the clinic's contacts first, then the built-in ones
    REPLACE = "replace"  # only the clinic's contacts (the emergency number always stays)


@dataclass(frozen=True)
class Policy:
    """Every setting a site policy can fix. Defaults mean "not managed"."""

    #: Shown as "Managed by <organisation>"; empty when there is no policy.
    organisation: str = ""
    #: Where the policy came from (``None``: no policy file).
    source: Path | None = None
    #: A fixed data folder; ``--data-dir`` and ``BOND_DATA_DIR`` cannot move it.
    data_dir: Path | None = None
    #: Why the policy's data folder cannot be used (``file:line: message``), when it names one
    #: that is broken or misplaced: Bond then opens no vault at all rather than use another
    #: folder (see :func:`bond.config.resolve_paths`). Empty when there is nothing wrong.
    data_dir_problem: str = ""

    # [security]
    #: The vault must have a passphrase (a keyring-only vault is not offered).
    require_passphrase: bool = False
    #: Idle lock in minutes; ``None`` leaves it to the user.
    idle_lock_minutes: int | None = None
    #: Whether the user may choose a shorter idle lock than the policy's (never a longer one).
    users_may_change_idle_lock: bool = True
    #: JSON and PDF exports (and ``bond export``) are turned off.
    disable_export: bool = False
    #: "Hand back device" is offered in admin mode (and ``bond wipe`` stays allowed).
    allow_hand_back_wipe: bool = True
    #: An Argon2id hash (PHC string, ``$argon2id$...``) of the admin passphrase; ``""``: no admin.
    admin_passphrase_hash: str = ""
    #: Wipe automatically when Bond has not been used for this many hours; ``None``: never.
    auto_wipe_after_hours: int | None = None

    # [content]
    #: Exercise ids the clinician chose, shown first on Home ("Suggested by <organisation>").
    featured_exercises: tuple[str, ...] = ()
    #: Exercise ids that are not offered on this device.
    hidden_exercises: tuple[str, ...] = ()
    #: Folders of clinic content (exercises/, articles/, support/), validated as untrusted.
    content_packs: tuple[Path, ...] = ()

    # [support]
    support_mode: SupportMode = SupportMode.EXTEND

    #: ``file:line: message`` for each problem found while reading the policy. Non-empty means
    #: the file could not be used as written and Bond runs locked down.
    problems: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def none(cls) -> Policy:
        """No clinic policy: the user decides everything."""
        return cls()

    @classmethod
    def locked_down(
        cls, source: Path, problems: tuple[str, ...], parsed: Policy | None = None
    ) -> Policy:
        """A policy file that could not be used as written: closed rather than open (never a
        crash). ``parsed`` holds what did parse (a failed key left at its default); every value
        in it at least as strict as locked down is kept, so one typo does not move the vault,
        turn auto-wipe off or take admin mode away. A broken data folder stays broken (no vault
        opens) and a broken auto-wipe stays on at its longest (the parser sets both)."""
        base = cls() if parsed is None else parsed
        idle = LOCKED_DOWN_IDLE_MINUTES
        if base.idle_lock_minutes is not None:
            idle = min(base.idle_lock_minutes, idle)
        return cls(
            organisation=base.organisation,
            source=source,
            data_dir=base.data_dir,
            data_dir_problem=base.data_dir_problem,
            require_passphrase=True,
            idle_lock_minutes=idle,
            users_may_change_idle_lock=False,
            disable_export=True,
            allow_hand_back_wipe=base.allow_hand_back_wipe,
            admin_passphrase_hash=base.admin_passphrase_hash,
            auto_wipe_after_hours=base.auto_wipe_after_hours,
            hidden_exercises=base.hidden_exercises,
            problems=problems,
        )

    @property
    def managed(self) -> bool:
        """True when some organisation's policy is in force (valid or not)."""
        return self.source is not None

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def has_admin(self) -> bool:
        return bool(self.admin_passphrase_hash)

    def effective_idle_minutes(self, user_minutes: int) -> int:
        """The idle lock in force: the user's choice, but never longer than the policy's."""
        if self.idle_lock_minutes is None:
            return user_minutes
        if not self.users_may_change_idle_lock:
            return self.idle_lock_minutes
        return (
            min(user_minutes, self.idle_lock_minutes)
            if user_minutes > 0
            else (self.idle_lock_minutes)
        )
