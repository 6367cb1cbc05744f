"""Bond's own Secret Service client and ``keyring`` read each other's keys in a real gnome-keyring.

Earlier releases stored vault keys through ``keyring``; Bond now talks to the Secret Service through
``secretstorage`` (issue 9). Both directions must keep working, item for item.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from contextlib import closing
from pathlib import Path

import keyring
import pytest
import secretstorage
from keyring.backends import SecretService

from bond.security import secret_service
from bond.security.header import VaultHeader, write_header
from bond.security.keys import key_check_value
from bond.security.secrets import KeyringStore
from tests.desktop.conftest import secret_tool_lookup


@pytest.fixture
def theirs() -> SecretService.Keyring:
    backend = keyring.get_keyring()
    assert isinstance(backend, SecretService.Keyring), backend
    return backend


def _item(vault_id: str) -> tuple[str, dict[str, str]]:
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        (item,) = collection.search_items({"service": "bond", "username": vault_id})
        return item.get_label(), item.get_attributes()


def test_the_store_talks_to_the_secret_service_directly() -> None:
    store = KeyringStore()
    assert isinstance(store._resolve(), secret_service.SecretService)
    assert store.available()


def test_a_key_stored_by_keyring_is_found(theirs: SecretService.Keyring) -> None:
    vault_id, secret = f"old-{uuid.uuid4()}", os.urandom(32).hex()
    theirs.set_password("bond", vault_id, secret)
    store = KeyringStore()
    assert store.available()
    assert store.get(vault_id) == secret
    assert store.get(f"missing-{uuid.uuid4()}") is None
    assert store.delete(vault_id) is True
    assert theirs.get_password("bond", vault_id) is None
    assert store.delete(vault_id) is False


def test_a_key_stored_now_is_readable_by_keyring(theirs: SecretService.Keyring) -> None:
    old_id, new_id = f"old-{uuid.uuid4()}", f"new-{uuid.uuid4()}"
    secret = os.urandom(32).hex()
    theirs.set_password("bond", old_id, secret)
    store = KeyringStore()
    store.set(new_id, secret)
    store.set(new_id, secret[::-1])  # replaced, not duplicated
    assert theirs.get_password("bond", new_id) == secret[::-1]
    assert secret_tool_lookup(new_id) == secret[::-1]
    old_label, old_attributes = _item(old_id)
    new_label, new_attributes = _item(new_id)
    assert new_label == old_label.replace(old_id, new_id) == f"Password for '{new_id}' on 'bond'"
    # gnome-keyring adds its own ``xdg:`` attributes (``xdg:schema``) to a new item, and a replace
    # may drop them; neither keyring nor Bond sets them, so they are left out of the comparison.
    ours, theirs_too = (
        {k: v for k, v in attributes.items() if not k.startswith("xdg:")}
        for attributes in (new_attributes, old_attributes)
    )
    assert ours == {**theirs_too, "username": new_id}
    assert ours == {"application": "Python keyring library", "service": "bond", "username": new_id}
    theirs.delete_password("bond", new_id)
    assert store.get(new_id) is None
    store.delete(old_id)


def run_then_forget(code: str, theirs: SecretService.Keyring, vault_id: str) -> str:
    """Run ``code`` in a fresh interpreter, then delete the test's key; its output."""
    try:
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
        )
    finally:
        theirs.delete_password("bond", vault_id)
    return out.stdout.strip()


def test_opening_a_vault_never_imports_keyring(theirs: SecretService.Keyring) -> None:
    vault_id, secret = f"start-{uuid.uuid4()}", os.urandom(32).hex()
    theirs.set_password("bond", vault_id, secret)
    code = (
        "import sys\n"
        "from bond.security.secrets import KeyringStore\n"
        "store = KeyringStore()\n"
        "assert store.available()\n"
        f"assert store.get({vault_id!r}) == {secret!r}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'keyring'))\n"
    )
    assert run_then_forget(code, theirs, vault_id) == "[]"


def test_the_key_looked_up_at_start_reaches_the_app_without_its_libraries(
    theirs: SecretService.Keyring, tmp_path: Path
) -> None:
    """The child forked at start (bond.security.key_prefetch) finds the key in the real keyring,
    and the app's process gets it without loading secretstorage, jeepney or cryptography."""
    vault_id, key = f"start-{uuid.uuid4()}", os.urandom(32)
    theirs.set_password("bond", vault_id, key.hex())
    header = tmp_path / "vault.header"
    write_header(header, VaultHeader(vault_id, "head", key_check_value(key, vault_id), True))
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from bond.security.key_prefetch import KeyPrefetch, wrap\n"
        "from bond.security.secrets import KeyringStore\n"
        f"prefetch = KeyPrefetch.start(Path({str(header)!r}))\n"
        "assert prefetch is not None\n"
        "store = wrap(KeyringStore(), prefetch)\n"
        f"assert store.available() and store.get({vault_id!r}) == {key.hex()!r}\n"
        "libraries = ('secretstorage', 'jeepney', 'cryptography', 'keyring')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in libraries))\n"
    )
    assert run_then_forget(code, theirs, vault_id) == "[]"
