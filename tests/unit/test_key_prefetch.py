"""The key lookup forked at start only ever saves the app a lookup; it never changes an answer.

Each case runs in a fresh interpreter, as the app does: the fork happens before any thread exists
(a test process has Qt's and pytest's threads). The child's lookup is replaced by a stand-in, so
these tests need no Secret Service; the real one is tried in tests/desktop/test_secret_service.py.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bond.security.header import VaultHeader, write_header
from bond.security.keys import key_check_value

KEY = bytes(range(32))
ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import os, sys, time
from pathlib import Path
import bond.security.key_prefetch as kp
from bond.security.secrets import MemoryStore

answer = {answer!r}
def lookup(account):
    if answer == "hang":
        time.sleep(60)
    if answer == "crash":
        raise RuntimeError("no D-Bus")
    return answer
kp._lookup = lookup
kp.WAIT_S = 0.5
inner = MemoryStore()
inner.set({account!r}, "from-the-store")
prefetch = kp.KeyPrefetch.start(Path({header!r}))
if prefetch is None:
    print("none")
    sys.exit(0)
store = kp.wrap(inner, prefetch)
print(store.available(), store.get({account!r}), store.get({account!r}))
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError:
    print("reaped")
"""


def run(tmp_path: Path, answer: object, *, keyring: bool = True, env: dict | None = None) -> str:
    header = tmp_path / "vault.header"
    vault_id = "v-123"
    write_header(
        header,
        VaultHeader(vault_id, "head", key_check_value(KEY, vault_id), keyring=keyring),
    )
    code = textwrap.dedent(SCRIPT).format(answer=answer, account=vault_id, header=str(header))
    return run_fresh(code, tmp_path, env).strip()


def run_fresh(code: str, home: Path, env: dict | None = None) -> str:
    """Run ``code`` in a fresh interpreter (no threads yet, as when the app forks); its output."""
    base = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src"), "HOME": str(home)}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
        env={**base, **(env or {})},
    )
    return out.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_the_key_the_child_found_answers_the_first_read_only(tmp_path: Path) -> None:
    secret = KEY.hex()
    out = run(tmp_path, b"K" + secret.encode())
    assert out.splitlines() == [f"True {secret} from-the-store", "reaped"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
@pytest.mark.parametrize("answer", [b"N", b"", b"K\xff\xfe", "crash", "hang"])
def test_whatever_the_child_cannot_answer_goes_to_the_keyring_itself(
    tmp_path: Path, answer: object
) -> None:
    """No item, no answer, a garbled answer, a failure or silence: the app's own lookup runs
    (here the stand-in store answers, so nothing was decided by the child), and the child is
    reaped, killed first when it did not answer in time."""
    out = run(tmp_path, answer)
    assert out.splitlines() == ["True from-the-store from-the-store", "reaped"]


def test_no_child_for_a_vault_without_a_keyring_copy_or_a_chosen_backend(tmp_path: Path) -> None:
    assert run(tmp_path, b"N", keyring=False) == "none"
    chosen = {"PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring"}
    assert run(tmp_path, b"N", env=chosen) == "none"


def test_no_child_without_a_vault(tmp_path: Path) -> None:
    from bond.security.key_prefetch import KeyPrefetch

    assert KeyPrefetch.start(tmp_path / "missing.header") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_a_key_never_asked_for_is_discarded_and_its_child_reaped(tmp_path: Path) -> None:
    code = SCRIPT.split("store = kp.wrap", maxsplit=1)[0] + textwrap.dedent(
        """
        prefetch.discard()
        prefetch.discard()  # twice is fine
        print(prefetch.take_secret())
        try:
            os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            print("reaped")
        """
    )
    header = tmp_path / "vault.header"
    write_header(header, VaultHeader("v-1", "head", key_check_value(KEY, "v-1"), keyring=True))
    code = textwrap.dedent(code).format(answer="hang", account="v-1", header=str(header))
    assert run_fresh(code, tmp_path).split() == ["None", "reaped"]


def test_a_header_nested_absurdly_deep_is_refused_not_crashed_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bond.security import key_prefetch
    from bond.security.header import HeaderError, from_json
    from bond.security.key_prefetch import KeyPrefetch

    monkeypatch.setattr(key_prefetch, "secret_service_only", lambda: True)  # reach the header

    with pytest.raises(HeaderError):
        from_json("[" * 5000)
    header = tmp_path / "vault.header"
    header.write_text("[" * 5000)
    assert KeyPrefetch.start(header) is None
