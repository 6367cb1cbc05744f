"""`bond policy validate`, `bond policy hash-pin`, `--policy`, and what a policy does to verbs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bond.config import AppPaths
from bond.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from bond.security.secrets import MemoryStore
from bond.services.policy import verify_admin_passphrase
from bond.services.vault_files import VaultFiles
from tests.conftest import FAST_KDF, PASSPHRASE, ROOT
from tests.services.policy_helpers import NOT_A_FILE, no_hang, put_not_a_readable_file
from tests.unit.cli_helpers import FakeConsole, run

EXAMPLE = ROOT / "packaging" / "clinic" / "policy.example.toml"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from bond.services import vault_service

    monkeypatch.setattr(vault_service, "KdfParams", lambda: FAST_KDF)


def policy_file(tmp_path: Path, body: str, name: str = "policy.toml") -> Path:
    path = tmp_path / name
    path.write_text('organisation = "Riverside Clinic"\n' + body, encoding="utf-8")
    return path


def test_validate_a_good_file(xdg: Path, tmp_path: Path) -> None:
    path = policy_file(tmp_path, '[content]\nfeatured_exercises = ["weekly-meeting"]\n')
    console = FakeConsole()
    assert run(["policy", "validate", str(path)], console, MemoryStore()) == EXIT_OK
    assert console.out == "The policy is valid.\n"
    # The example's pack folder is only an example: a warning, still valid.
    console = FakeConsole()
    assert run(["policy", "validate", str(EXAMPLE)], console, MemoryStore()) == EXIT_OK
    assert "warning: " in console.out and "no pack folder" in console.out
    assert "The policy is valid, with 1 warning:" in console.out
    assert "please check it." in console.out  # one warning reads in the singular


def test_validate_warns_about_unknown_ids_without_failing(xdg: Path, tmp_path: Path) -> None:
    path = policy_file(
        tmp_path,
        '[content]\nfeatured_exercises = ["no-such-one"]\nhidden_exercises = ["gone-too"]\n',
    )
    console = FakeConsole()
    assert run(["policy", "validate", str(path)], console, MemoryStore()) == EXIT_OK
    lines = console.out.splitlines()
    assert lines[0].startswith(f"warning: {path}:3: ") and '"no-such-one"' in lines[0]
    assert lines[1].startswith(f"warning: {path}:4: ") and '"gone-too"' in lines[1]
    assert "with 2 warnings" in lines[2] and "please check them." in lines[2]
    # Warnings next to a real problem: both shown, and the problem decides the exit code.
    bad = policy_file(
        tmp_path, '[content]\nfeatured_exercises = ["no-such-one"]\nx = 1\n', "b.toml"
    )
    console = FakeConsole()
    assert run(["policy", "validate", str(bad)], console, MemoryStore()) == EXIT_ERROR
    assert 'unknown field "x"' in console.out and "1 problem." in console.err
    # One problem reads in the singular ("1 problem... they" before).
    assert "Until it is fixed," in console.err and "they" not in console.err


def test_validate_prints_each_problem_with_its_line(xdg: Path, tmp_path: Path) -> None:
    path = policy_file(tmp_path, "[security]\nidle_lock_minutes = 500\nexport = false\n")
    console = FakeConsole()
    assert run(["policy", "validate", str(path)], console, MemoryStore()) == EXIT_ERROR
    lines = console.out.splitlines()
    assert lines[0].startswith(f"{path}:3: ") and "1 to 120" in lines[0]
    assert lines[1].startswith(f"{path}:4: ") and 'unknown field "export"' in lines[1]
    assert "2 problems." in console.err and "5-minute idle lock" in console.err
    assert "Until they are fixed," in console.err


def test_validate_a_missing_file_says_there_is_none(xdg: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    console = FakeConsole()
    assert run(["policy", "validate", str(missing)], console, MemoryStore()) == EXIT_ERROR
    assert f'There is no file at "{missing}".' in console.err
    assert "locked down" not in console.err + console.out
    assert "not a regular file" not in console.err + console.out


def test_hash_pin_reads_one_line_and_prints_only_the_hash(xdg: Path) -> None:
    console = FakeConsole("a long admin secret\nignored second line\n")
    assert run(["policy", "hash-pin"], console, MemoryStore()) == EXIT_OK
    printed = console.out.strip()
    assert console.out.count("\n") == 1 and printed.startswith("$argon2id$")
    assert verify_admin_passphrase(printed, "a long admin secret")
    assert "secret" not in console.out + console.err


@pytest.mark.parametrize("stdin", ["", "\n", "eleven char\n", "eleven char\r\n"])
def test_hash_pin_refuses_a_short_passphrase(xdg: Path, stdin: str) -> None:
    console = FakeConsole(stdin)
    assert run(["policy", "hash-pin"], console, MemoryStore()) == EXIT_USAGE
    assert "at least 12 characters" in console.err
    assert console.out == ""


def test_hash_pin_on_a_terminal_asks_twice(xdg: Path) -> None:
    same = FakeConsole(tty=True, answers=["a long admin secret", "a long admin secret"])
    assert run(["policy", "hash-pin"], same, MemoryStore()) == EXIT_OK
    assert verify_admin_passphrase(same.out.strip(), "a long admin secret")
    differ = FakeConsole(tty=True, answers=["a long admin secret", "another long secret"])
    assert run(["policy", "hash-pin"], differ, MemoryStore()) == EXIT_USAGE
    assert differ.out == ""


def init(paths: AppPaths, store: MemoryStore, *extra: str) -> None:
    argv = ["init", "--data-dir", str(paths.data_dir), "--profile", "Sam", "--passphrase-stdin"]
    assert run([*argv, *extra], FakeConsole(PASSPHRASE), store) == EXIT_OK


@pytest.mark.parametrize("where", ["before", "after", "env"])
def test_export_is_refused_when_the_policy_disables_it(
    paths: AppPaths, store: MemoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    init(paths, store)
    policy = policy_file(tmp_path, "[security]\ndisable_export = true\n")
    out = tmp_path / "out.json"
    verb = ["export", "--output", str(out), "--data-dir", str(paths.data_dir)]
    if where == "before":
        argv = ["--policy", str(policy), *verb]
    elif where == "after":
        argv = [*verb, "--policy", str(policy)]
    else:
        monkeypatch.setenv("BOND_POLICY", str(policy))
        argv = verb
    console = FakeConsole(PASSPHRASE)
    assert run([*argv, "--passphrase-stdin"], console, store) == EXIT_ERROR
    assert "turned off on this computer by Riverside Clinic's policy" in console.err
    assert not out.exists()
    # Without the policy the same export works: the refusal came from the policy alone.
    monkeypatch.delenv("BOND_POLICY", raising=False)
    assert run([*verb, "--passphrase-stdin"], FakeConsole(PASSPHRASE), store) == EXIT_OK
    assert out.exists()


def test_an_invalid_policy_also_turns_export_off(
    paths: AppPaths, store: MemoryStore, tmp_path: Path
) -> None:
    init(paths, store)
    policy = policy_file(tmp_path, "nonsense = 1\n")
    console = FakeConsole(PASSPHRASE)
    argv = ["export", "--output", str(tmp_path / "o.json"), "--data-dir", str(paths.data_dir)]
    assert run([*argv, "--policy", str(policy), "--passphrase-stdin"], console, store) == 1
    assert "Riverside Clinic's policy" in console.err  # the name parsed, the file did not
    unnamed = tmp_path / "unnamed.toml"
    unnamed.write_text("organisation = 3\n", encoding="utf-8")
    console = FakeConsole(PASSPHRASE)
    assert run([*argv, "--policy", str(unnamed), "--passphrase-stdin"], console, store) == 1
    assert "your organisation's policy" in console.err


def test_the_site_policy_wins_over_policy_and_fixes_the_data_folder(
    xdg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    fixed = tmp_path / "fixed"
    policy_file(site, f'data_dir = "{fixed}"\n')
    monkeypatch.setenv("BOND_SITE_CONFIG_DIR", str(site))
    monkeypatch.setenv("BOND_DATA_DIR", str(tmp_path / "env"))
    loose = policy_file(tmp_path, "", name="loose.toml")
    store = MemoryStore()
    argv = ["init", "--data-dir", str(tmp_path / "cli"), "--policy", str(loose)]
    console = FakeConsole()
    assert run(argv, console, store) == EXIT_OK
    assert VaultFiles(fixed).header.exists()
    assert str(fixed) in console.out
    assert not (tmp_path / "cli").exists() and not (tmp_path / "env").exists()


def test_init_with_a_required_passphrase_does_not_use_the_keyring(
    paths: AppPaths, tmp_path: Path
) -> None:
    policy = policy_file(tmp_path, "[security]\nrequire_passphrase = true\n")
    store = MemoryStore()  # a working keyring, which the policy says not to use
    argv = ["init", "--data-dir", str(paths.data_dir), "--policy", str(policy)]
    console = FakeConsole()
    assert run(argv, console, store) == EXIT_ERROR  # as with no keyring (DECISIONS 11)
    assert "requires a passphrase" in console.err and "--passphrase-stdin" in console.err
    assert not VaultFiles(paths.data_dir).any_exist()
    typed = FakeConsole(tty=True, answers=[PASSPHRASE, PASSPHRASE])
    assert run(argv, typed, store) == EXIT_OK
    assert "behind your passphrase" in typed.out
    assert store.secrets == {}
    from bond.security.header import read_header

    header = read_header(VaultFiles(paths.data_dir).header)
    assert not header.keyring and header.wrapped is not None


# -- "Hardening, part 1" ---------------------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links, FIFOs and SIGALRM")
@pytest.mark.parametrize("kind", NOT_A_FILE)
def test_anything_at_the_site_policy_path_but_a_readable_file_locks_the_verbs_down(
    paths: AppPaths, store: MemoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    init(paths, store)
    site = tmp_path / "site"
    site.mkdir()
    path = site / "policy.toml"
    put_not_a_readable_file(kind, path, monkeypatch)
    monkeypatch.setenv("BOND_SITE_CONFIG_DIR", str(site))
    loose = policy_file(tmp_path, "", name="loose.toml")  # --policy cannot replace a site policy
    out = tmp_path / "out.json"
    argv = ["export", "--output", str(out), "--data-dir", str(paths.data_dir)]
    console = FakeConsole(PASSPHRASE)
    with no_hang():
        code = run([*argv, "--policy", str(loose), "--passphrase-stdin"], console, store)
    assert code == EXIT_ERROR
    assert "turned off on this computer by your organisation's policy" in console.err
    assert not out.exists()
    # `bond policy validate` says the same file runs locked down.
    console = FakeConsole()
    with no_hang():
        assert run(["policy", "validate", str(path)], console, store) == EXIT_ERROR
    assert console.out.startswith(f"{path}: ")
    assert "Bond runs locked down with this file" in console.err and "no exports" in console.err


BROKEN_DATA_DIR = {
    "relative": 'data_dir = "relative/bond"\n',
    "a TOML syntax error": "data_dir = /srv/bond\n",
    "in the wrong table": '[security]\nrequire_passphrase = true\ndata_dir = "/srv/bond"\n',
}


@pytest.mark.parametrize("body", BROKEN_DATA_DIR.values(), ids=list(BROKEN_DATA_DIR))
def test_a_broken_data_dir_refuses_every_vault_and_uses_no_other_folder(
    xdg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    path = policy_file(site, body)
    monkeypatch.setenv("BOND_SITE_CONFIG_DIR", str(site))
    monkeypatch.setenv("BOND_DATA_DIR", str(tmp_path / "env"))
    store = MemoryStore()
    cli_dir = tmp_path / "cli"
    out = tmp_path / "out.json"
    for argv in (
        ["init", "--profile", "Sam"],
        ["init", "--data-dir", str(cli_dir)],
        ["check"],
        ["wipe", "--yes"],
        ["backup", "--output", str(out)],
        ["export", "--output", str(out)],
    ):
        console = FakeConsole(PASSPHRASE)
        assert run([*argv, "--passphrase-stdin"], console, store) == EXIT_ERROR, argv
        assert f'The policy file "{path}"' in console.err, argv
        assert '"data_dir"' in console.err and "bond policy validate" in console.err
        assert console.out == ""
    for folder in (cli_dir, tmp_path / "env", xdg / "data" / "bond"):
        assert not folder.exists(), folder
    assert not out.exists() and store.secrets == {}
    # Whoever looks after the computer can still see what is wrong, and content still checks.
    console = FakeConsole()
    assert run(["policy", "validate", str(path)], console, store) == EXIT_ERROR
    assert "data_dir" in console.out
    assert (
        run(["content", "validate", str(ROOT / "resources" / "content")], FakeConsole(), store)
        == EXIT_OK
    )


def test_the_app_refuses_a_broken_data_dir_too_and_says_why(
    xdg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bond.gui.app
    from bond import launch
    from bond.logging_setup import shutdown_logging
    from bond.security.key_prefetch import KeyPrefetch

    site = tmp_path / "site"
    site.mkdir()
    path = policy_file(site, 'data_dir = "relative/bond"\n')
    monkeypatch.setenv("BOND_SITE_CONFIG_DIR", str(site))
    started: list[AppPaths] = []

    def fake_run_app(paths: AppPaths, **_kwargs: object) -> int:
        started.append(paths)
        return EXIT_OK

    monkeypatch.setattr(bond.gui.app, "run_app", fake_run_app)
    monkeypatch.setattr(KeyPrefetch, "start", staticmethod(lambda _header: None))
    monkeypatch.setattr(launch, "has_display", lambda: True)
    warnings: list[str] = []
    refusals: list[str] = []
    try:
        code = launch.start_gui(
            launch.GuiOptions(str(tmp_path / "cli")), warnings.append, refusals.append
        )
    finally:
        shutdown_logging()
    assert code == EXIT_ERROR and started == []
    assert len(warnings) == 1 and f'The policy file "{path}"' in warnings[0]
    assert refusals == warnings  # said in a window too: a menu start has no terminal
    assert not (tmp_path / "cli").exists() and not (xdg / "data" / "bond").exists()
