"""Which keyring Bond uses: the Secret Service asked directly on Linux, the allow-list always.

No real keyring is touched: ``keyring`` and ``secretstorage`` are steered by monkeypatching, so
these run anywhere. The real gnome-keyring round trip is in tests/desktop/test_secret_service.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
import secretstorage
from keyring.backends import SecretService, fail
from keyring.backends.null import Keyring as NullKeyring
from keyring.core import _config_path

from bond.security import secret_service
from bond.security.secrets import KeyringStore, SecretStoreError, _keyring_config_file

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


@pytest.fixture
def no_choice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nobody chose a backend: no environment variable, no keyring config file."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    for name in os.environ:
        if "KEYRING_PROPERTY_" in name:
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _scan_forbidden() -> keyring.backend.KeyringBackend:
    raise AssertionError("keyring.get_keyring() must not be needed here")


class FakeItem:
    def __init__(self, collection: FakeCollection, attributes: dict[str, str]) -> None:
        self.collection = collection
        self.attributes = attributes
        self.session: object | None = None

    def is_locked(self) -> bool:
        return self.collection.locked

    def unlock(self) -> bool:
        self.collection.calls.append(("unlock-item",))
        return self.collection.unlock()

    def get_secret(self) -> bytes:
        self.session = self.session or "dh-session"
        return self.collection.secrets[tuple(sorted(self.attributes.items()))]

    def delete(self) -> None:
        self.collection.calls.append(("delete", self.attributes))


class FakeCollection:
    """Records what a client asks of the default collection."""

    def __init__(self, *, locked: bool = False, unlockable: bool = True) -> None:
        self.locked = locked
        self.unlockable = unlockable
        self.calls: list[tuple[Any, ...]] = []
        self.secrets: dict[tuple[tuple[str, str], ...], bytes] = {}
        self.session: object | None = None
        self.connection = self

    def close(self) -> None:
        self.calls.append(("close",))

    def is_locked(self) -> bool:
        return self.locked

    def unlock(self) -> bool:
        self.calls.append(("unlock",))
        self.locked = not self.unlockable
        return self.locked

    def search_items(self, attributes: dict[str, str]) -> list[FakeItem]:
        self.calls.append(("search", attributes))
        return [
            FakeItem(self, dict(key)) for key in self.secrets if set(attributes.items()) <= set(key)
        ]

    def create_item(
        self, label: str, attributes: dict[str, str], secret: bytes | str, replace: bool = False
    ) -> None:
        data = secret.encode("utf-8") if isinstance(secret, str) else secret
        self.calls.append(("create", label, attributes, data, replace))
        self.secrets[tuple(sorted(attributes.items()))] = data


@pytest.fixture
def fake_bus(monkeypatch: pytest.MonkeyPatch) -> FakeCollection:
    """A Secret Service daemon that answers, seen through ``secretstorage`` by Bond and keyring."""
    collection = FakeCollection()
    monkeypatch.setattr(secretstorage, "dbus_init", lambda: collection)
    monkeypatch.setattr(secretstorage, "check_service_availability", lambda conn: True)
    monkeypatch.setattr(secretstorage, "get_default_collection", lambda conn: collection)
    return collection


def test_secret_service_is_asked_directly(monkeypatch: pytest.MonkeyPatch, no_choice: None) -> None:
    monkeypatch.setattr(keyring, "get_keyring", _scan_forbidden)
    store = KeyringStore()
    assert isinstance(store._resolve(), secret_service.SecretService)


def test_the_direct_path_never_imports_keyring(tmp_path: Path) -> None:
    """The point of issue 9: a start on Linux pays for ``secretstorage`` only. Without a session
    bus the store says so (no fallback)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")
        and "KEYRING_PROPERTY_" not in k
    }
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    env["XDG_RUNTIME_DIR"] = str(tmp_path)  # no bus socket there either
    code = (
        "import sys\n"
        "from bond.security.secrets import KeyringStore, SecretStoreError\n"
        "store = KeyringStore()\n"
        "assert store.available() is False\n"
        "try:\n"
        "    store.get('v')\n"
        "except SecretStoreError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('get() without a Secret Service must fail')\n"
        "print(sorted(m for m in sys.modules if m == 'keyring' or m.startswith('keyring.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_no_secret_service_means_no_keyring(
    monkeypatch: pytest.MonkeyPatch, no_choice: None
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", _scan_forbidden)
    monkeypatch.setattr(secretstorage, "check_service_availability", lambda conn: False)
    closed: list[bool] = []

    class Connection:
        def close(self) -> None:
            closed.append(True)

    monkeypatch.setattr(secretstorage, "dbus_init", Connection)
    store = KeyringStore()
    assert not store.available()
    assert closed == [True]
    with pytest.raises(SecretStoreError):
        store.get("v")


def test_the_config_path_is_keyrings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for value in (str(tmp_path / "xdg"), ""):
        monkeypatch.setenv("XDG_CONFIG_HOME", value)
        assert _keyring_config_file() == _config_path()
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert _keyring_config_file() == _config_path()


def test_items_are_the_ones_keyring_writes_and_reads(
    monkeypatch: pytest.MonkeyPatch, no_choice: None, fake_bus: FakeCollection
) -> None:
    """Same label, attributes, UTF-8 secret and search as keyring's SecretService backend, so
    earlier releases' keys are found and ours stay readable by ``keyring``."""
    monkeypatch.setattr(keyring, "get_keyring", _scan_forbidden)
    theirs = SecretService.Keyring()  # type: ignore[no-untyped-call]
    ours = KeyringStore()
    secret = "ab" * 32 + "é"

    theirs.set_password("bond", "vault-1", secret)
    ours.set("vault-2", secret)
    created = [call for call in fake_bus.calls if call[0] == "create"]
    assert created[1] == (
        "create",
        "Password for 'vault-2' on 'bond'",
        {"username": "vault-2", "service": "bond", "application": "Python keyring library"},
        secret.encode("utf-8"),
        True,
    )
    assert created[0][1:] == (
        created[1][1].replace("vault-2", "vault-1"),
        {**created[1][2], "username": "vault-1"},
        *created[1][3:],
    )

    fake_bus.calls.clear()
    assert ours.get("vault-1") == secret
    assert theirs.get_password("bond", "vault-2") == secret
    assert ours.get("missing") is None
    searches = [call for call in fake_bus.calls if call[0] == "search"]
    assert searches == [
        ("search", {"username": "vault-1", "service": "bond"}),
        ("search", {"username": "vault-2", "service": "bond"}),
        ("search", {"username": "missing", "service": "bond"}),
    ]

    assert ours.delete("vault-1") is True
    assert ours.delete("missing") is False
    assert (
        "delete",
        {"username": "vault-1", "service": "bond", "application": "Python keyring library"},
    ) in fake_bus.calls


def test_one_connection_serves_the_start(
    monkeypatch: pytest.MonkeyPatch, no_choice: None, fake_bus: FakeCollection
) -> None:
    """available() then get() (what opening the vault does) connect once, and the encrypted
    session of the first read is kept for the next."""
    connects: list[bool] = []
    monkeypatch.setattr(secretstorage, "dbus_init", lambda: connects.append(True) or fake_bus)
    fake_bus.secrets[(("service", "bond"), ("username", "v"))] = b"key"
    store = KeyringStore()
    assert store.available()
    assert store.get("v") == "key"
    assert store.get("v") == "key"
    assert connects == [True]
    assert fake_bus.session == "dh-session"


def test_a_locked_collection_is_unlocked_as_keyring_does(
    no_choice: None, fake_bus: FakeCollection
) -> None:
    fake_bus.locked = True
    fake_bus.secrets[(("service", "bond"), ("username", "v"))] = b"key"
    assert KeyringStore().get("v") == "key"
    assert ("unlock",) in fake_bus.calls


def test_a_collection_that_stays_locked_is_no_keyring(
    no_choice: None, fake_bus: FakeCollection
) -> None:
    """The person dismissed the unlock prompt: not available, reads fail, and the connection is
    dropped so a later try asks again."""
    fake_bus.locked, fake_bus.unlockable = True, False
    store = KeyringStore()
    assert not store.available()
    assert ("close",) in fake_bus.calls
    with pytest.raises(SecretStoreError):
        store.get("v")


def test_after_a_fork_the_child_connects_again(
    monkeypatch: pytest.MonkeyPatch, no_choice: None, fake_bus: FakeCollection
) -> None:
    connects: list[bool] = []
    monkeypatch.setattr(secretstorage, "dbus_init", lambda: connects.append(True) or fake_bus)
    store = KeyringStore()
    assert store.available()
    monkeypatch.setattr(os, "getpid", lambda: -1)
    assert store.available()
    assert connects == [True, True]
    assert ("close",) not in fake_bus.calls  # the parent's socket is left alone


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


def test_keyring_properties_go_through_keyring(
    monkeypatch: pytest.MonkeyPatch, no_choice: None, fake_bus: FakeCollection
) -> None:
    """KEYRING_PROPERTY_* (e.g. another collection) are keyring settings: keyring applies them."""
    monkeypatch.setenv("KEYRING_PROPERTY_PREFERRED_COLLECTION", "/org/freedesktop/secrets/x")
    monkeypatch.setattr(keyring, "get_keyring", SecretService.Keyring)
    backend = KeyringStore()._resolve()
    assert backend is not None and not isinstance(backend, secret_service.SecretService)
    assert backend.backend.preferred_collection == "/org/freedesktop/secrets/x"  # type: ignore[attr-defined]


def test_an_allow_listed_chosen_backend_is_used(
    monkeypatch: pytest.MonkeyPatch, no_choice: None, fake_bus: FakeCollection
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    monkeypatch.setattr(keyring, "get_keyring", SecretService.Keyring)
    store = KeyringStore()
    assert store.available()
    store.set("v", "key")
    assert store.get("v") == "key"
    assert store.delete("v") is True


def test_a_keyring_config_file_is_honoured(
    monkeypatch: pytest.MonkeyPatch, no_choice: None, tmp_path: Path
) -> None:
    config = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text("[backend]\ndefault-keyring=keyring.backends.fail.Keyring\n")
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    assert KeyringStore()._resolve() is None  # the config chose a backend Bond does not accept
