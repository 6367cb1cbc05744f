"""Which keyring backend Bond uses: Secret Service asked directly on Linux, the allow-list always.

No real keyring is touched: ``keyring`` is steered by monkeypatching, so these run anywhere.
"""

from __future__ import annotations

import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService, fail
from keyring.backends.null import Keyring as NullKeyring
from keyring.compat import properties

from bond.security.secrets import KeyringStore

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


@pytest.fixture
def no_choice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nobody chose a backend: no environment variable, no keyring config file."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _secret_service(monkeypatch: pytest.MonkeyPatch, *, running: bool) -> None:
    """Replace the Secret Service backend by one whose daemon is (or is not) running. It keeps
    the real class's module and name, which is what the allow-list checks."""

    class Keyring(SecretService.Keyring):  # type: ignore[misc]
        @properties.classproperty
        def priority(cls) -> float:
            if not running:
                raise RuntimeError("The Secret Service daemon is neither running nor activatable")
            return 5

    Keyring.__module__ = SecretService.Keyring.__module__
    Keyring.__qualname__ = "Keyring"
    monkeypatch.setattr(SecretService, "Keyring", Keyring)


def _scan_forbidden() -> keyring.backend.KeyringBackend:
    raise AssertionError("keyring.get_keyring() must not be needed here")


def test_secret_service_is_asked_directly(monkeypatch: pytest.MonkeyPatch, no_choice: None) -> None:
    monkeypatch.setattr(keyring, "get_keyring", _scan_forbidden)
    _secret_service(monkeypatch, running=True)
    store = KeyringStore()
    assert isinstance(store._resolve(), SecretService.Keyring)


def test_no_secret_service_means_no_keyring(
    monkeypatch: pytest.MonkeyPatch, no_choice: None
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", _scan_forbidden)
    _secret_service(monkeypatch, running=False)
    store = KeyringStore()
    assert store._resolve() is None
    assert not store.available()


def test_a_chosen_backend_goes_through_keyring_and_the_allow_list(
    monkeypatch: pytest.MonkeyPatch, no_choice: None
) -> None:
    """A backend named in PYTHON_KEYRING_BACKEND is loaded by ``keyring`` as usual; one that is
    not on the allow-list (here the null backend) counts as no keyring, never a fallback."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    asked: list[bool] = []

    def chosen() -> keyring.backend.KeyringBackend:
        asked.append(True)
        return NullKeyring()  # type: ignore[no-untyped-call]

    monkeypatch.setattr(keyring, "get_keyring", chosen)
    store = KeyringStore()
    assert store._resolve() is None
    assert asked == [True]
    assert not store.available()


def test_a_keyring_config_file_is_honoured(
    monkeypatch: pytest.MonkeyPatch, no_choice: None, tmp_path: Path
) -> None:
    config = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text("[backend]\ndefault-keyring=keyring.backends.fail.Keyring\n")
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    _secret_service(monkeypatch, running=True)
    assert KeyringStore()._resolve() is None  # the config chose a backend Bond does not accept
