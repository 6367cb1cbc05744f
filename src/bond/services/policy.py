"""The clinic site policy: find the file, check every key strictly, and hash the admin secret.

A policy is written by an organisation's IT and read on every start, so it is treated like any
untrusted file: size-limited, checked key by key, and reported as ``file:line: message``. A file
that exists but cannot be used as written never opens things up and never crashes Bond: it becomes
:meth:`Policy.locked_down` (DECISIONS 28: a policy only makes Bond stricter).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from bond.config import APP_NAME
from bond.domain.policy import Policy, SupportMode

if TYPE_CHECKING:
    from bond.content.checker import Checker
    from bond.content.problems import ContentProblem, KeyPath, TomlDocument

__all__ = [
    "ADMIN_MIN_LENGTH",
    "MAX_POLICY_BYTES",
    "POLICY_ENV",
    "POLICY_FILE",
    "SITE_DIR_ENV",
    "AdminPassphraseTooShort",
    "check_policy_file",
    "find_policy",
    "hash_admin_passphrase",
    "load_policy",
    "parse_policy",
    "policy_path_taken",
    "site_policy_candidates",
    "system_site_dirs",
    "verify_admin_passphrase",
]

log = logging.getLogger(__name__)

POLICY_FILE = "policy.toml"
#: ``--policy FILE`` as an environment variable; ignored while a site policy exists.
POLICY_ENV = "BOND_POLICY"
#: One more site folder to look in, for tests and for packagers who stage a policy. It is looked
#: at after the system's own site folder, so it cannot hide a policy the system has.
SITE_DIR_ENV = "BOND_SITE_CONFIG_DIR"
MAX_POLICY_BYTES = 64 * 1024
ADMIN_MIN_LENGTH = 12  # DECISIONS 28: the hash sits in a world-readable file

ORGANISATION_LIMIT = 80
IDLE_RANGE = (1, 120)
AUTO_WIPE_RANGE = (1, 720)
EXERCISE_ID_LIMIT = 64
MAX_EXERCISE_IDS = 200
MAX_PACKS = 20
PATH_LIMIT = 1024

_TOP = {"organisation", "data_dir", "security", "content", "support"}
_SECURITY = {
    "require_passphrase",
    "idle_lock_minutes",
    "users_may_change_idle_lock",
    "disable_export",
    "allow_hand_back_wipe",
    "admin_passphrase_hash",
    "auto_wipe_after_hours",
}
_CONTENT = {"featured_exercises", "hidden_exercises", "packs"}
_SUPPORT = {"mode"}

# Argon2id PHC string; parameters bounded so a hand-edited hash cannot stall Bond for minutes.
_PHC = re.compile(
    r"^\$argon2id\$v=19\$m=(\d{1,8}),t=(\d{1,3}),p=(\d{1,3})"
    r"\$[A-Za-z0-9+/]{8,128}\$[A-Za-z0-9+/]{16,128}$"
)
_MAX_MEMORY_KIB = 2 * 1024 * 1024
_MAX_TIME_COST = 64
_MAX_LANES = 64

# Control, format (bidi overrides, zero-width), separators, private use, surrogates, unassigned.
_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"}


class AdminPassphraseTooShort(ValueError):
    """The admin passphrase is shorter than :data:`ADMIN_MIN_LENGTH` characters."""


# -- locating -------------------------------------------------------------------------------
def system_site_dirs() -> list[Path]:
    """The system's own site folders: fixed paths only an administrator can write to.

    On Linux this is ``/etc/xdg/bond`` alone: ``XDG_CONFIG_DIRS`` is the user's to set, so a
    folder named there could swap in a looser policy. Elsewhere platformdirs' site folder is
    fixed (``/Library/Application Support/bond``, ``C:\\ProgramData\\bond``).
    """
    if sys.platform.startswith("linux"):
        return [Path("/etc/xdg") / APP_NAME]
    from platformdirs import PlatformDirs

    dirs = PlatformDirs(APP_NAME, appauthor=False, multipath=True)
    return [Path(p) for p in dirs.site_config_dir.split(os.pathsep) if p]


def site_policy_candidates(
    environ: Mapping[str, str] | None = None, *, system_dirs: Sequence[Path] | None = None
) -> list[Path]:
    """Where a site policy may be, in order: the system's site folders, then ``SITE_DIR_ENV``."""
    env = os.environ if environ is None else environ
    folders = list(system_site_dirs() if system_dirs is None else system_dirs)
    extra = env.get(SITE_DIR_ENV)
    if extra:
        folders.append(Path(extra))
    seen: list[Path] = []
    for folder in folders:
        candidate = folder / POLICY_FILE
        if candidate not in seen:
            seen.append(candidate)
    return seen


def find_policy(
    cli_path: str | os.PathLike[str] | None,
    environ: Mapping[str, str] | None = None,
    *,
    site_candidates: Sequence[Path] | None = None,
) -> Path | None:
    """The policy file in force: the site policy if there is one, else ``--policy``, else
    ``BOND_POLICY``. A site policy cannot be replaced from the command line (DECISIONS 28)."""
    env = os.environ if environ is None else environ
    candidates = site_policy_candidates(env) if site_candidates is None else site_candidates
    requested = str(cli_path) if cli_path else env.get(POLICY_ENV) or None
    for candidate in candidates:
        if policy_path_taken(candidate):
            if requested:
                log.info("a site policy is in force; --policy and %s are ignored", POLICY_ENV)
            return candidate
    return Path(requested).expanduser() if requested else None


def policy_path_taken(path: Path) -> bool:
    """True when anything at all is at ``path``, looked at without following a link: a file,
    but also a dangling link, a folder, a FIFO or a device. Whatever it is, it is the policy in
    force, and unless it is a readable regular file Bond runs locked down (never unmanaged)."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (OSError, ValueError):
        return True  # cannot even look: parse_policy says so, and Bond runs locked down
    return True


def _folder_exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return True  # there but unreadable: the pack's own report says so


def load_policy(
    cli_path: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Policy:
    """The policy in force, parsed; ``Policy.none()`` when there is no policy file at all."""
    found = find_policy(cli_path, environ)
    if found is None:
        return Policy.none()
    policy = parse_policy(found)
    if policy.valid:
        log.info("site policy in force")
    else:
        log.warning(
            "the policy file has problems (%d); Bond runs locked down", len(policy.problems)
        )
    return policy


# -- parsing --------------------------------------------------------------------------------
def parse_policy(path: Path) -> Policy:
    """Read and check a policy file. Never raises for bad content: any problem gives
    ``Policy.locked_down(path, problems, parsed)`` with every problem as ``file:line: message``
    (keeping the keys that did parse, where they are at least as strict)."""
    return _parse(path)[0]


def _parse(path: Path) -> tuple[Policy, TomlDocument | None]:
    # The checker and TOML reader load only when there is a policy file (most starts have none).
    from bond.content.problems import ContentProblem, parse_toml_bytes, read_regular_file

    try:
        # A regular file (or a link to one) only, opened without blocking: a FIFO, a device,
        # a folder or a dangling link is a problem, and Bond runs locked down.
        raw = read_regular_file(path, max_bytes=MAX_POLICY_BYTES)
        if isinstance(raw, ContentProblem):
            return Policy.locked_down(path, (str(raw),)), None
        document = parse_toml_bytes(path, raw)
    except (OSError, ValueError) as error:  # e.g. a path the OS refuses outright
        problem = f"{path}: cannot read file ({type(error).__name__})"
        return Policy.locked_down(path, (problem,)), None
    if isinstance(document, ContentProblem):
        return Policy.locked_down(path, (str(document),), _unparsed(path, raw)), None
    parsed: Policy | None = None
    try:
        parsed, problems = _check(document)
    except RecursionError:
        problems = [ContentProblem(path, 0, "values are nested too deeply")]
    if problems:
        return Policy.locked_down(path, tuple(str(p) for p in problems), parsed), document
    assert parsed is not None
    return parsed, document


def _key_lines(text: str, name: str) -> list[int]:
    """The lines of ``text`` that look as if they set ``name`` or open a table of that name,
    for a file TOML could not read. Deliberately loose: a false match only makes Bond stricter.
    """
    word = re.compile(rf"(?<![A-Za-z0-9_-]){re.escape(name)}(?![A-Za-z0-9_-])")
    found: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = line.split("#", 1)[0]
        if word.search(code.split("=", 1)[0]):
            found.append(number)
    return found


def _unparsed(path: Path, raw: bytes) -> Policy:
    """What a file TOML cannot read (a syntax error, not UTF-8) may still have meant: a data
    folder, which then cannot be replaced by another, and an auto-wipe, which stays on."""
    text = raw.decode("utf-8", errors="replace")
    data_dir_problem = ""
    if lines := _key_lines(text, "data_dir"):
        data_dir_problem = (
            f'{path}:{lines[0]}: "data_dir" cannot be read because the file is not valid TOML'
        )
    auto_wipe = AUTO_WIPE_RANGE[1] if _key_lines(text, "auto_wipe_after_hours") else None
    return Policy(data_dir_problem=data_dir_problem, auto_wipe_after_hours=auto_wipe)


def _misplaced(value: object, name: str, where: KeyPath = ()) -> list[KeyPath]:
    """Every place ``name`` is used as a key inside ``value`` (tables and arrays of tables)."""
    found: list[KeyPath] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == name:
                found.append((*where, key))
            found.extend(_misplaced(item, name, (*where, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_misplaced(item, name, (*where, index)))
    return found


def check_policy_file(path: Path) -> tuple[Policy, tuple[str, ...]]:
    """The policy as Bond would use it, plus ``file:line: message`` warnings for what Bond
    can run with but is likely a mistake: exercise ids neither built in nor in the policy's
    packs, and pack folders that are missing or would be skipped. For ``bond policy validate``
    only: the app never locks down over these (an id may come from a pack that is fixed later).
    """
    policy, document = _parse(path)
    if document is None:
        return policy, ()
    from bond.content.catalog import load_catalog
    from bond.content.packs import load_packs
    from bond.paths import content_dir

    builtin = load_catalog(content_dir())
    packs = load_packs(policy.content_packs, policy.organisation, builtin=builtin)
    known = set(builtin.exercises) | set(packs.exercises)
    warnings: list[str] = []
    for index, folder in enumerate(policy.content_packs):
        line = document.index.line_of(("content", "packs", index))
        report = packs.reports[index]
        if not _folder_exists(folder):
            warnings.append(f'{path}:{line}: there is no pack folder at "{folder}"')
        elif not report.loaded:
            warnings.append(
                f'{path}:{line}: the pack "{folder}" has problems and would be skipped; see '
                f'"bond content validate --pack {folder}"'
            )
    for name, ids in (
        ("featured_exercises", policy.featured_exercises),
        ("hidden_exercises", policy.hidden_exercises),
    ):
        for index, exercise_id in enumerate(ids):
            if exercise_id not in known:
                line = document.index.line_of(("content", name, index))
                warnings.append(
                    f'{path}:{line}: "{name}": there is no exercise "{exercise_id}" in Bond '
                    "or in the policy's packs"
                )
    return policy, tuple(warnings)


def _table(check: Checker, data: dict[str, Any], name: str, allowed: set[str]) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        check.report((name,), f'"{name}" must be a table: a [{name}] header with keys below it')
        return {}
    check.fields(value, (name,), allowed, set())
    return value


def _check(document: TomlDocument) -> tuple[Policy, list[ContentProblem]]:
    from bond.content.checker import Checker

    check = Checker(document.path, document.index)
    data = document.data
    check.fields(data, (), _TOP, {"organisation"})
    organisation = _organisation(check, data)
    before = len(check.problems)
    data_dir = _absolute_path(check, data, (), "data_dir")
    # A data folder the policy names but Bond cannot use is never swapped for another one.
    data_dir_problem = str(check.problems[before]) if len(check.problems) > before else ""
    security = _table(check, data, "security", _SECURITY)
    content = _table(check, data, "content", _CONTENT)
    support = _table(check, data, "support", _SUPPORT)
    sec = ("security",)
    idle = _optional_int(check, security, sec, "idle_lock_minutes", IDLE_RANGE)
    auto_wipe = _optional_int(check, security, sec, "auto_wipe_after_hours", AUTO_WIPE_RANGE)
    if auto_wipe is None and "auto_wipe_after_hours" in security:
        auto_wipe = AUTO_WIPE_RANGE[1]  # a broken value keeps auto-wipe on, at the longest
    for where in _misplaced(data, "data_dir"):
        if where != ("data_dir",) and not data_dir_problem:
            line = document.index.line_of(where)
            data_dir_problem = (
                f'{document.path}:{line}: "data_dir" belongs at the top of the file, before '
                "any [table]"
            )
    for where in _misplaced(data, "auto_wipe_after_hours"):
        if where != (*sec, "auto_wipe_after_hours") and auto_wipe is None:
            auto_wipe = AUTO_WIPE_RANGE[1]  # meant, but not where Bond reads it: still on
    featured = _exercise_ids(check, content, "featured_exercises")
    hidden = _exercise_ids(check, content, "hidden_exercises")
    for exercise_id in sorted(set(featured) & set(hidden)):
        check.report(
            ("content", "hidden_exercises"),
            f'"{exercise_id}" is both featured and hidden; please choose one',
        )
    packs = _packs(check, content)
    mode = _mode(check, support)
    policy = Policy(
        organisation=organisation,
        source=document.path,
        data_dir=data_dir,
        data_dir_problem=data_dir_problem,
        require_passphrase=_flag(check, security, "require_passphrase", False),
        idle_lock_minutes=idle,
        users_may_change_idle_lock=_flag(check, security, "users_may_change_idle_lock", True),
        disable_export=_flag(check, security, "disable_export", False),
        allow_hand_back_wipe=_flag(check, security, "allow_hand_back_wipe", True),
        admin_passphrase_hash=_admin_hash(check, security),
        auto_wipe_after_hours=auto_wipe,
        featured_exercises=featured,
        hidden_exercises=hidden,
        content_packs=packs,
        support_mode=SupportMode(mode) if mode else SupportMode.EXTEND,
    )
    return policy, sorted(check.problems, key=lambda p: p.line)  # in the order of the file


def _flag(check: Checker, table: dict[str, Any], name: str, default: bool) -> bool:
    if name not in table:
        return default
    before = len(check.problems)
    value = check.boolean(table, ("security",), name)
    return default if len(check.problems) > before else value  # a bad value is "not set"


def _optional_int(
    check: Checker,
    table: dict[str, Any],
    key: tuple[str, ...],
    name: str,
    bounds: tuple[int, int],
) -> int | None:
    if name not in table:
        return None
    before = len(check.problems)
    value = check.integer(table, key, name, bounds, bounds[0])
    return None if len(check.problems) > before else value  # a bad value is "not set"


def _mode(check: Checker, support: dict[str, Any]) -> str:
    if "mode" not in support:
        return ""
    value = support["mode"]
    allowed = tuple(m.value for m in SupportMode)
    if value not in allowed:
        shown = value if isinstance(value, str) and len(value) <= 20 else "…"
        shown = "…" if _bad_characters(shown) else shown
        check.report(
            ("support", "mode"), f'"mode" must be one of {", ".join(allowed)} (found "{shown}")'
        )
        return ""
    return str(value)


def _bad_characters(text: str) -> bool:
    return any(unicodedata.category(ch) in _FORBIDDEN_CATEGORIES for ch in text)


def _organisation(check: Checker, data: dict[str, Any]) -> str:
    if "organisation" not in data:
        return ""  # reported by fields() as a missing required field
    value = data["organisation"]
    where = ("organisation",)
    if not isinstance(value, str):
        check.report(where, '"organisation" must be text in quotes')
        return ""
    if not value.strip():
        check.report(where, '"organisation" must not be empty')
        return ""
    if len(value) > ORGANISATION_LIMIT:
        check.report(
            where,
            f'"organisation" is too long ({len(value)} characters; limit {ORGANISATION_LIMIT})',
        )
        return ""
    if _bad_characters(value):
        check.report(
            where, '"organisation" holds control or text-direction characters; use plain text'
        )
        return ""
    return value.strip()


def _path_problem(value: object, name: str) -> str:
    if not isinstance(value, str):
        return f'"{name}" must be a folder path in quotes'
    if not value or len(value) > PATH_LIMIT or _bad_characters(value):
        return f'"{name}" must be a plain folder path of 1 to {PATH_LIMIT} characters'
    if not PurePath(value).is_absolute():
        return f'"{name}" must be an absolute path (found "{value}")'
    return ""


def _absolute_path(
    check: Checker, table: dict[str, Any], key: tuple[str, ...], name: str
) -> Path | None:
    if name not in table:
        return None
    value = table[name]
    if problem := _path_problem(value, name):
        check.report((*key, name), problem)
        return None
    return Path(os.path.normpath(value))


def _exercise_ids(check: Checker, content: dict[str, Any], name: str) -> tuple[str, ...]:
    from bond.content.checker import SLUG

    if name not in content:
        return ()
    value = content[name]
    where = ("content", name)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        check.report(where, f'"{name}" must be a list of exercise ids in quotes')
        return ()
    if len(value) > MAX_EXERCISE_IDS:
        check.report(where, f'"{name}" lists too many ids ({len(value)}; limit {MAX_EXERCISE_IDS})')
        return ()
    for item in value:
        if len(item) > EXERCISE_ID_LIMIT or not SLUG.match(item):
            shown = item if len(item) <= EXERCISE_ID_LIMIT and not _bad_characters(item) else "…"
            check.report(
                where, f'"{name}": "{shown}" is not an exercise id (lower-case-with-dashes)'
            )
            return ()
    if len(set(value)) != len(value):
        check.report(where, f'"{name}" lists the same id twice')
        return ()
    return tuple(value)


def _packs(check: Checker, content: dict[str, Any]) -> tuple[Path, ...]:
    if "packs" not in content:
        return ()
    value = content["packs"]
    where = ("content", "packs")
    if not isinstance(value, list):
        check.report(where, '"packs" must be a list of absolute folder paths in quotes')
        return ()
    if len(value) > MAX_PACKS:
        check.report(where, f'"packs" lists too many folders ({len(value)}; limit {MAX_PACKS})')
        return ()
    folders: list[Path] = []
    for item in value:
        if problem := _path_problem(item, "packs"):
            check.report(where, problem)
            return ()
        folders.append(Path(os.path.normpath(item)))
    if len(set(folders)) != len(folders):
        check.report(where, '"packs" lists the same folder twice')
        return ()
    return tuple(folders)


def _admin_hash(check: Checker, security: dict[str, Any]) -> str:
    name = "admin_passphrase_hash"
    if name not in security:
        return ""
    value = security[name]
    where = ("security", name)
    match = _PHC.match(value) if isinstance(value, str) else None
    if match is None:
        check.report(
            where,
            f'"{name}" must be an Argon2id hash ("$argon2id$v=19$m=...") as printed by '
            '"bond policy hash-pin"',
        )
        return ""
    memory, time_cost, lanes = (int(g) for g in match.groups())
    if not (
        8 * lanes <= memory <= _MAX_MEMORY_KIB
        and 1 <= time_cost <= _MAX_TIME_COST
        and 1 <= lanes <= _MAX_LANES
    ):
        check.report(
            where,
            f'"{name}" has Argon2id parameters out of range; make it again with '
            '"bond policy hash-pin"',
        )
        return ""
    return str(value)


# -- the admin passphrase --------------------------------------------------------------------
def hash_admin_passphrase(secret: str) -> str:
    """An Argon2id PHC string for the policy file (argon2-cffi's default, RFC 9106 low-memory)."""
    from argon2 import PasswordHasher

    if len(secret) < ADMIN_MIN_LENGTH:
        raise AdminPassphraseTooShort(
            f"The admin passphrase needs at least {ADMIN_MIN_LENGTH} characters: its hash sits "
            "in a file anyone on this computer can read."
        )
    return PasswordHasher().hash(secret)


def verify_admin_passphrase(policy_hash: str, secret: str) -> bool:
    """True when ``secret`` matches; False for a wrong secret or an unusable hash."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    if not policy_hash or _PHC.match(policy_hash) is None:
        return False
    try:
        return PasswordHasher().verify(policy_hash, secret)
    except (VerificationError, InvalidHashError):
        return False
