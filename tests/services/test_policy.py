"""The site policy: every key, every way it can be wrong (with its line), where it is found."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bond.config import resolve_paths
from bond.domain.policy import Policy, SupportMode
from bond.errors import EXIT_ERROR, BondError
from bond.services import policy as policy_module
from bond.services.policy import (
    AUTO_WIPE_RANGE,
    POLICY_ENV,
    SITE_DIR_ENV,
    AdminPassphraseTooShort,
    check_policy_file,
    find_policy,
    hash_admin_passphrase,
    load_policy,
    parse_policy,
    site_policy_candidates,
    system_site_dirs,
    verify_admin_passphrase,
)
from tests.conftest import ROOT
from tests.services.policy_helpers import NOT_A_FILE, no_hang, put_not_a_readable_file

EXAMPLE = ROOT / "packaging" / "clinic" / "policy.example.toml"
# Shaped like an Argon2id PHC string (parsing checks the shape and bounds, not the secret).
HASH = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHRzYWx0$0f0c1Wk5t2I9pTZp1mE0cw"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str) -> tuple[str, ...]:
    path = write(tmp_path, text)
    policy = parse_policy(path)
    if policy.problems:
        assert policy.require_passphrase and policy.disable_export
        assert not policy.users_may_change_idle_lock and policy.effective_idle_minutes(60) <= 5
        assert policy.featured_exercises == () and policy.content_packs == ()
    return policy.problems


FULL = """\
organisation = "Riverside Clinic"
data_dir = "/srv/bond"

[security]
require_passphrase = true
idle_lock_minutes = 10
users_may_change_idle_lock = false
disable_export = true
allow_hand_back_wipe = false
admin_passphrase_hash = "{hash}"
auto_wipe_after_hours = 72

[content]
featured_exercises = ["weekly-meeting", "longer-out-breath"]
hidden_exercises = ["touch-check-in"]
packs = ["/usr/share/bond-clinic/a", "/opt/pack-b"]

[support]
mode = "replace"
"""


def test_every_key_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, FULL.format(hash=HASH))
    policy = parse_policy(path)
    assert policy.problems == ()
    assert policy == Policy(
        organisation="Riverside Clinic",
        source=path,
        data_dir=Path("/srv/bond"),
        require_passphrase=True,
        idle_lock_minutes=10,
        users_may_change_idle_lock=False,
        disable_export=True,
        allow_hand_back_wipe=False,
        admin_passphrase_hash=HASH,
        auto_wipe_after_hours=72,
        featured_exercises=("weekly-meeting", "longer-out-breath"),
        hidden_exercises=("touch-check-in",),
        content_packs=(Path("/usr/share/bond-clinic/a"), Path("/opt/pack-b")),
        support_mode=SupportMode.REPLACE,
    )
    assert policy.managed and policy.valid and policy.has_admin


def test_only_the_organisation_is_required(tmp_path: Path) -> None:
    path = write(tmp_path, 'organisation = "  Clinic  "\n')
    policy = parse_policy(path)
    assert policy == dataclasses.replace(Policy.none(), organisation="Clinic", source=path)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 1, 'missing required field "organisation"'),
        ('organisation = ""\n', 1, "must not be empty"),
        ("organisation = 3\n", 1, "must be text"),
        (f'organisation = "{"x" * 81}"\n', 1, "too long"),
        ('organisation = "Evil\\u202eClinic"\n', 1, "text-direction"),
        ('organisation = "Two\\nlines"\n', 1, "control"),
        ('organisation = "C"\ncolour = "red"\n', 2, 'unknown field "colour"'),
        ('organisation = "C"\ndata_dir = "relative/path"\n', 2, "absolute path"),
        ('organisation = "C"\ndata_dir = 5\n', 2, "folder path"),
        ('organisation = "C"\n\n[security]\nidle_lock_minutes = 0\n', 4, "from 1 to 120"),
        ('organisation = "C"\n[security]\nidle_lock_minutes = 121\n', 3, "from 1 to 120"),
        ('organisation = "C"\n[security]\nidle_lock_minutes = true\n', 3, "whole number"),
        ('organisation = "C"\n[security]\nauto_wipe_after_hours = 721\n', 3, "1 to 720"),
        ('organisation = "C"\n[security]\nrequire_passphrase = "yes"\n', 3, "true or false"),
        ('organisation = "C"\n[security]\ndisable_export = 1\n', 3, "true or false"),
        ('organisation = "C"\n[security]\nallow_hand_back_wipe = 0\n', 3, "true or false"),
        ('organisation = "C"\n[security]\nusers_may_change_idle_lock = "no"\n', 3, "true or"),
        ('organisation = "C"\n[security]\nadmin_passphrase_hash = "1234"\n', 3, "Argon2id"),
        (
            'organisation = "C"\n[security]\nadmin_passphrase_hash = "$argon2i$v=19$m=8,t=1,p=1'
            '$c2FsdHNhbHRzYWx0$0f0c1Wk5t2I9pTZp1mE0cw"\n',
            3,
            "Argon2id",
        ),
        (
            'organisation = "C"\n[security]\nadmin_passphrase_hash = "$argon2id$v=19$m=99999999,'
            't=1,p=1$c2FsdHNhbHRzYWx0$0f0c1Wk5t2I9pTZp1mE0cw"\n',
            3,
            "out of range",
        ),
        ('organisation = "C"\n[security]\npin = "1"\n', 3, 'unknown field "pin"'),
        ('organisation = "C"\nsecurity = 3\n', 2, "must be a table"),
        ('organisation = "C"\n[content]\nfeatured_exercises = "x"\n', 3, "list of exercise"),
        ('organisation = "C"\n[content]\nhidden_exercises = ["Not An Id"]\n', 3, "not an exercise"),
        ('organisation = "C"\n[content]\nhidden_exercises = ["a", "a"]\n', 3, "twice"),
        (
            'organisation = "C"\n[content]\nfeatured_exercises = ["a"]\nhidden_exercises = ["a"]\n',
            4,
            "both featured and hidden",
        ),
        ('organisation = "C"\n[content]\npacks = ["packs/mine"]\n', 3, "absolute path"),
        ('organisation = "C"\n[content]\npacks = "/opt/p"\n', 3, "list of absolute"),
        ('organisation = "C"\n[content]\npacks = ["/a", "/a/"]\n', 3, "same folder twice"),
        ('organisation = "C"\n[content]\nextra = 1\n', 3, 'unknown field "extra"'),
        ('organisation = "C"\n[support]\nmode = "merge"\n', 3, "must be one of extend, replace"),
        ('organisation = "C"\n[styling]\nx = 1\n', 2, 'unknown field "styling"'),
        ('organisation = "C"\n[security\n', 2, "TOML syntax error"),
    ],
)
def test_each_problem_names_its_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    problems = problems_of(tmp_path, text)
    assert problems, text
    assert problems[0].startswith(f"{tmp_path / 'policy.toml'}:{line}: "), problems
    assert words in problems[0], problems


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    problems = problems_of(
        tmp_path,
        'organisation = "C"\n[security]\nidle_lock_minutes = 0\ndisable_export = "no"\n',
    )
    assert [p.split(":")[1] for p in problems] == ["3", "4"]


def test_an_unreadable_file_runs_locked_down(tmp_path: Path) -> None:
    big = write(tmp_path, 'organisation = "C"\n' + "#" * 70_000)
    assert "too large" in parse_policy(big).problems[0]
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b'organisation = "\xff"\n')
    assert "not valid UTF-8" in parse_policy(binary).problems[0]
    folder = tmp_path / "folder"
    folder.mkdir()
    locked = parse_policy(folder)
    assert locked.require_passphrase and locked.disable_export and not locked.valid
    assert locked.effective_idle_minutes(60) == 5


def test_a_typo_keeps_every_stricter_key_that_parsed(tmp_path: Path) -> None:
    """One bad key must not move the vault, turn auto-wipe off or take admin mode away."""
    text = FULL.format(hash=HASH).replace("[support]", "typo = 1\n[support]")
    path = write(tmp_path, text)
    policy = parse_policy(path)
    assert len(policy.problems) == 1 and 'unknown field "typo"' in policy.problems[0]
    assert policy.organisation == "Riverside Clinic"
    assert policy.data_dir == Path("/srv/bond")
    assert policy.admin_passphrase_hash == HASH and policy.has_admin
    assert policy.auto_wipe_after_hours == 72
    assert policy.allow_hand_back_wipe is False  # as written
    assert policy.idle_lock_minutes == 5  # the smaller of 10 and locked down's 5
    assert policy.require_passphrase and policy.disable_export
    assert not policy.users_may_change_idle_lock
    assert policy.hidden_exercises == ("touch-check-in",)
    # What could open things up or bring in content is not used from a broken file.
    assert policy.featured_exercises == () and policy.content_packs == ()
    assert policy.support_mode is SupportMode.EXTEND


@pytest.mark.parametrize(
    ("security", "expected"),
    [
        ("idle_lock_minutes = 2\nbad = 1", {"idle_lock_minutes": 2}),
        ("idle_lock_minutes = 500", {"idle_lock_minutes": 5}),
        (
            "require_passphrase = false\ndisable_export = false\nusers_may_change_idle_lock = true"
            "\nbad = 1",
            {"require_passphrase": True, "disable_export": True},
        ),
        ("auto_wipe_after_hours = 900", {"auto_wipe_after_hours": 720}),
        ("auto_wipe_after_hours = 24\nbad = 1", {"auto_wipe_after_hours": 24}),
        ("allow_hand_back_wipe = 0", {"allow_hand_back_wipe": True}),
        ("allow_hand_back_wipe = true\nbad = 1", {"allow_hand_back_wipe": True}),
        ('admin_passphrase_hash = "1234"', {"admin_passphrase_hash": ""}),
        (f'admin_passphrase_hash = "{HASH}"\nbad = 1', {"admin_passphrase_hash": HASH}),
    ],
)
def test_locked_down_keeps_each_parsed_key(
    tmp_path: Path, security: str, expected: dict[str, object]
) -> None:
    policy = parse_policy(write(tmp_path, f'organisation = "C"\n[security]\n{security}\n'))
    assert not policy.valid and policy.organisation == "C"
    assert not policy.users_may_change_idle_lock
    for name, value in expected.items():
        assert getattr(policy, name) == value, name


def test_a_bad_data_dir_or_organisation_is_not_used(tmp_path: Path) -> None:
    policy = parse_policy(write(tmp_path, 'organisation = 3\ndata_dir = "/srv/bond"\n'))
    assert policy.organisation == "" and policy.data_dir == Path("/srv/bond")
    policy = parse_policy(write(tmp_path, 'organisation = "C"\ndata_dir = "rel"\n'))
    assert policy.organisation == "C" and policy.data_dir is None


def test_validate_warns_about_unknown_ids_and_missing_packs(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'organisation = "C"\n[content]\nfeatured_exercises = ["weekly-meeting", "no-such-one"]\n'
        'hidden_exercises = ["also-missing"]\npacks = ["/nowhere/pack"]\n',
    )
    policy, warnings = check_policy_file(path)
    assert policy.valid  # the app runs with it: an id may come from a pack fixed later
    assert len(warnings) == 3
    assert warnings[0].startswith(f"{path}:5: ") and '"/nowhere/pack"' in warnings[0]
    assert warnings[1].startswith(f"{path}:3: ") and '"no-such-one"' in warnings[1]
    assert warnings[2].startswith(f"{path}:4: ") and '"also-missing"' in warnings[2]
    assert "weekly-meeting" not in " ".join(warnings)
    # The example names real exercises (its pack folders are only examples).
    assert not [w for w in check_policy_file(EXAMPLE)[1] if "no exercise" in w]


def test_example_file_is_valid_and_mentions_every_key() -> None:
    policy = parse_policy(EXAMPLE)
    assert policy.problems == ()
    text = EXAMPLE.read_text(encoding="utf-8")
    keys = {"content_packs": "packs", "support_mode": "mode"}
    for field in dataclasses.fields(Policy):
        if field.name in ("source", "problems", "data_dir_problem"):
            continue
        assert f"{keys.get(field.name, field.name)} = " in text, field.name
    # Every key is also set to something other than "not managed", so it is really checked.
    assert all(
        getattr(policy, f.name) != getattr(Policy.none(), f.name)
        for f in dataclasses.fields(Policy)
        if f.name
        not in (
            "problems",
            "data_dir_problem",
            "allow_hand_back_wipe",
            "support_mode",
            "users_may_change_idle_lock",
        )
    )


# -- fuzz: bad input never raises and never hangs ---------------------------------------------
@settings(
    max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=2048))
def test_random_bytes_never_raise(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "fuzz.toml"
    path.write_bytes(raw)
    policy = parse_policy(path)
    assert policy.valid or policy.require_passphrase


_SCALARS = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(max_size=90),
    st.floats(allow_nan=True),
    st.lists(st.one_of(st.text(max_size=20), st.integers()), max_size=5),
)
_KEYS = st.sampled_from(
    [
        "organisation",
        "data_dir",
        "require_passphrase",
        "idle_lock_minutes",
        "users_may_change_idle_lock",
        "disable_export",
        "allow_hand_back_wipe",
        "admin_passphrase_hash",
        "auto_wipe_after_hours",
        "featured_exercises",
        "hidden_exercises",
        "packs",
        "mode",
        "other",
    ]
)
_TABLE = st.dictionaries(_KEYS, _SCALARS, max_size=6)


def _escape(c: str) -> str:
    """Every character as TOML allows it in a basic string (surrogates make invalid TOML)."""
    if c.isalnum() or c in " /-_$=,.":
        return c
    return f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}"


def _toml_value(value: object) -> str:
    """A value written as TOML; ``inf`` and ``nan`` are TOML too, so repr() serves for floats."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if value != value else repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, str):
        return '"' + "".join(_escape(c) for c in value) + '"'
    return str(value)


@settings(
    max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    _TABLE,
    st.dictionaries(st.sampled_from(["security", "content", "support", "x"]), _TABLE, max_size=4),
)
def test_random_policies_never_raise(
    tmp_path: Path, top: dict[str, object], tables: dict[str, dict[str, object]]
) -> None:
    lines = [f"{k} = {_toml_value(v)}" for k, v in top.items()]
    for name, table in tables.items():
        lines.append(f"[{name}]")
        lines.extend(f"{k} = {_toml_value(v)}" for k, v in table.items())
    text = "\n".join(lines) + "\n"
    path = tmp_path / "fuzz.toml"
    path.write_text(text, encoding="utf-8")
    policy = parse_policy(path)
    for problem in policy.problems:
        assert problem.startswith(str(path))
    if policy.valid:
        assert policy.organisation and policy.source == path


# -- where the policy comes from ----------------------------------------------------------------
def test_no_policy_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert find_policy(None, {}, site_candidates=[tmp_path / "none.toml"]) is None
    from bond.services import policy as module

    monkeypatch.setattr(module, "site_policy_candidates", lambda _env: [tmp_path / "none.toml"])
    assert load_policy(None, {}) == Policy.none()


def test_cli_path_then_environment(tmp_path: Path) -> None:
    site = [tmp_path / "site" / "policy.toml"]
    assert find_policy("/x/cli.toml", {POLICY_ENV: "/x/env.toml"}, site_candidates=site) == Path(
        "/x/cli.toml"
    )
    assert find_policy(None, {POLICY_ENV: "/x/env.toml"}, site_candidates=site) == Path(
        "/x/env.toml"
    )


def test_site_policy_wins_and_overrides_are_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = tmp_path / "site" / "policy.toml"
    site.parent.mkdir()
    site.write_text('organisation = "Site"\n', encoding="utf-8")
    env = {POLICY_ENV: "/x/env.toml"}
    with caplog.at_level("INFO", logger="bond.services.policy"):
        assert find_policy("/x/cli.toml", env, site_candidates=[site]) == site
    assert "--policy and BOND_POLICY are ignored" in caplog.text
    assert "/x/" not in caplog.text  # paths the user gave are not logged


def test_the_site_dir_variable_is_looked_at_after_the_system_folders(tmp_path: Path) -> None:
    system = tmp_path / "system"
    candidates = site_policy_candidates({SITE_DIR_ENV: str(tmp_path)}, system_dirs=[system])
    assert candidates == [system / "policy.toml", tmp_path / "policy.toml"]
    if sys.platform == "linux":
        assert site_policy_candidates({SITE_DIR_ENV: str(tmp_path)})[0] == Path(
            "/etc/xdg/bond/policy.toml"
        )


def test_xdg_config_dirs_never_counts_as_site_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """XDG_CONFIG_DIRS is the user's: a looser policy there must not replace the system's."""
    fake = tmp_path / "fake" / "bond"
    fake.mkdir(parents=True)
    (fake / "policy.toml").write_text('organisation = "Loose"\n', encoding="utf-8")
    etc = tmp_path / "etc" / "bond"
    etc.mkdir(parents=True)
    (etc / "policy.toml").write_text(
        'organisation = "Site"\n[security]\ndisable_export = true\n', encoding="utf-8"
    )
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "fake"))
    env = {"XDG_CONFIG_DIRS": str(tmp_path / "fake")}
    candidates = site_policy_candidates(env, system_dirs=[etc])
    assert candidates == [etc / "policy.toml"]
    found = find_policy(None, env, site_candidates=candidates)
    assert found == etc / "policy.toml" and parse_policy(found).disable_export
    # With no system file at all, the user's folder still is not a site policy.
    (etc / "policy.toml").unlink()
    assert find_policy(None, env, site_candidates=candidates) is None


@pytest.mark.skipif(sys.platform != "linux", reason="the fixed Linux site folder")
def test_on_linux_only_etc_xdg_is_a_system_site_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    assert system_site_dirs() == [Path("/etc/xdg/bond")]
    candidates = site_policy_candidates({"XDG_CONFIG_DIRS": str(tmp_path)})
    assert candidates == [Path("/etc/xdg/bond/policy.toml")]


def test_site_policy_through_the_variable(tmp_path: Path) -> None:
    (tmp_path / "policy.toml").write_text('organisation = "Site"\n', encoding="utf-8")
    policy = load_policy("/nowhere/cli.toml", {SITE_DIR_ENV: str(tmp_path)})
    assert policy.organisation == "Site"
    assert policy.source == tmp_path / "policy.toml"


def test_a_policy_fixes_the_data_folder(tmp_path: Path) -> None:
    policy = parse_policy(write(tmp_path, 'organisation = "C"\ndata_dir = "/srv/bond"\n'))
    env = {"BOND_DATA_DIR": str(tmp_path / "env")}
    paths = resolve_paths(tmp_path / "cli", env, policy=policy)
    assert paths.data_dir == Path("/srv/bond")
    assert not paths.custom_data_dir
    assert resolve_paths(None, env, policy=policy).data_dir == Path("/srv/bond")
    # Without a data_dir in the policy, --data-dir and BOND_DATA_DIR work as before.
    plain = dataclasses.replace(policy, data_dir=None)
    assert resolve_paths(None, env, policy=plain).data_dir == (tmp_path / "env").resolve()
    assert resolve_paths(tmp_path / "cli", env).data_dir == (tmp_path / "cli").resolve()


# -- the admin passphrase --------------------------------------------------------------------------
def test_hash_and_verify() -> None:
    made = hash_admin_passphrase("a long admin secret")
    assert made.startswith("$argon2id$v=19$")
    assert verify_admin_passphrase(made, "a long admin secret")
    assert not verify_admin_passphrase(made, "a long admin secreT")
    assert not verify_admin_passphrase("", "a long admin secret")
    assert not verify_admin_passphrase("$argon2id$nonsense", "a long admin secret")


def test_the_hash_made_here_passes_the_policy_check(tmp_path: Path) -> None:
    made = hash_admin_passphrase("twelve chars")
    path = write(tmp_path, f'organisation = "C"\n[security]\nadmin_passphrase_hash = "{made}"\n')
    assert parse_policy(path).admin_passphrase_hash == made


def test_a_short_admin_passphrase_is_refused() -> None:
    with pytest.raises(AdminPassphraseTooShort, match="at least 12"):
        hash_admin_passphrase("eleven char")


# -- "Hardening, part 1": what sits at the policy path, data_dir and auto-wipe ------------------
@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links, FIFOs and SIGALRM")
@pytest.mark.parametrize("kind", NOT_A_FILE)
def test_anything_at_the_site_policy_path_but_a_readable_file_runs_locked_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    path = site / "policy.toml"
    put_not_a_readable_file(kind, path, monkeypatch)
    env = {SITE_DIR_ENV: str(site), "BOND_DATA_DIR": str(tmp_path / "env")}
    candidates = [tmp_path / "no-system-site" / "policy.toml", path]
    # The site policy is found, so --policy cannot replace it with a looser file...
    assert find_policy("/x/cli.toml", env, site_candidates=candidates) == path
    monkeypatch.setattr(policy_module, "site_policy_candidates", lambda _env: candidates)
    with no_hang():
        policy = load_policy(None, env)
    # ...and what the app and every verb get is the locked-down policy, with the reason.
    assert policy.managed and not policy.valid and policy.source == path
    assert policy.require_passphrase and policy.disable_export
    assert policy.effective_idle_minutes(60) == 5 and not policy.users_may_change_idle_lock
    assert policy.problems[0].startswith(f"{path}: ")
    # `bond policy validate` reads the file the same way and agrees.
    with no_hang():
        validated, warnings = check_policy_file(path)
    assert validated == policy and validated.problems == policy.problems and warnings == ()
    # Nothing about a data_dir could be read, so the data folder is the usual one.
    assert resolve_paths(None, env, policy=policy).data_dir == (tmp_path / "env").resolve()


def test_a_symlink_to_a_readable_policy_file_is_followed(tmp_path: Path) -> None:
    """Configuration management often links the policy in from elsewhere; that still works."""
    real = write(tmp_path, 'organisation = "C"\n[security]\nidle_lock_minutes = 10\n')
    site = tmp_path / "site"
    site.mkdir()
    (site / "policy.toml").symlink_to(real)
    policy = load_policy(None, {SITE_DIR_ENV: str(site)})
    assert policy.valid and policy.idle_lock_minutes == 10


BAD_DATA_DIR = {
    "relative": 'data_dir = "srv/bond"\n',
    "not text": "data_dir = 5\n",
    "empty": 'data_dir = ""\n',
    "hidden characters": 'data_dir = "/srv/\\u202ebond"\n',
    "too long": f'data_dir = "/{"x" * 1100}"\n',
    "a list": 'data_dir = ["/srv/bond"]\n',
    "in the wrong table": '[security]\ndata_dir = "/srv/bond"\n',
    "nested in a table of its own": '[data_dir]\npath = "/srv/bond"\n',
    "a TOML syntax error": "data_dir = /srv/bond\n",
    "a syntax error elsewhere": 'data_dir = "/srv/bond"\n[security\n',
}


@pytest.mark.parametrize("body", BAD_DATA_DIR.values(), ids=list(BAD_DATA_DIR))
def test_a_broken_data_dir_never_lets_another_folder_be_used(tmp_path: Path, body: str) -> None:
    path = write(tmp_path, f'organisation = "C"\n{body}')
    policy = parse_policy(path)
    assert not policy.valid and policy.require_passphrase and policy.disable_export
    env = {"BOND_DATA_DIR": str(tmp_path / "env")}
    for cli in (None, tmp_path / "cli"):
        with pytest.raises(BondError) as refused:
            resolve_paths(cli, env, policy=policy)
        from bond.config import PolicyDataDirError

        assert isinstance(refused.value, PolicyDataDirError)
        assert refused.value.exit_code == EXIT_ERROR
        message = refused.value.message
        assert str(path) in message and "data_dir" in message and "bond policy validate" in message
    assert not (tmp_path / "env").exists() and not (tmp_path / "cli").exists()


def test_a_good_data_dir_survives_a_typo_elsewhere(tmp_path: Path) -> None:
    """Only a broken data_dir refuses: a typo in another key keeps the policy's folder."""
    policy = parse_policy(write(tmp_path, 'organisation = "C"\ndata_dir = "/srv/bond"\nx = 1\n'))
    assert not policy.valid and policy.data_dir == Path("/srv/bond")
    assert resolve_paths(tmp_path / "cli", {}, policy=policy).data_dir == Path("/srv/bond")


BAD_AUTO_WIPE = {
    "zero": "auto_wipe_after_hours = 0",
    "negative": "auto_wipe_after_hours = -5",
    "too long": "auto_wipe_after_hours = 721",
    "huge": "auto_wipe_after_hours = 100000000000",
    "text": 'auto_wipe_after_hours = "24"',
    "a flag": "auto_wipe_after_hours = true",
    "a fraction": "auto_wipe_after_hours = 1.5",
    "a list": "auto_wipe_after_hours = [24]",
    "a TOML syntax error": "auto_wipe_after_hours = 24h",
}


@pytest.mark.parametrize("line", BAD_AUTO_WIPE.values(), ids=list(BAD_AUTO_WIPE))
def test_a_broken_auto_wipe_keeps_auto_wipe_on_at_the_longest_value(
    tmp_path: Path, line: str
) -> None:
    policy = parse_policy(write(tmp_path, f'organisation = "C"\n[security]\n{line}\n'))
    assert not policy.valid and policy.require_passphrase
    assert policy.auto_wipe_after_hours == AUTO_WIPE_RANGE[1] == 720


def test_an_auto_wipe_in_the_wrong_table_is_still_on(tmp_path: Path) -> None:
    """Written above [security] (or under another table), it is not where Bond reads it."""
    for text in (
        'organisation = "C"\nauto_wipe_after_hours = 24\n[security]\n',
        'organisation = "C"\n[content]\nauto_wipe_after_hours = 24\n',
    ):
        policy = parse_policy(write(tmp_path, text))
        assert not policy.valid and policy.auto_wipe_after_hours == 720
    # A good value next to a problem elsewhere is kept as written (never made longer).
    policy = parse_policy(
        write(tmp_path, 'organisation = "C"\nx = 1\n[security]\nauto_wipe_after_hours = 24\n')
    )
    assert not policy.valid and policy.auto_wipe_after_hours == 24
